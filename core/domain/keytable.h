// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include <QList>
#include <QString>

namespace costboard {

// The stable text keys of an enum, as stored in the database and written in files and on the
// command line: one table per enum, read both ways.
template <typename Enum, std::size_t N> struct KeyTable
{
    std::pair<Enum, const char *> entries[N];

    QString keyOf(Enum value) const
    {
        for (const auto &[entry, key] : entries) {
            if (entry == value)
                return QLatin1String(key);
        }
        return QString();
    }

    std::optional<Enum> valueOf(QStringView key) const
    {
        for (const auto &[entry, text] : entries) {
            if (key.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
                return entry;
        }
        return std::nullopt;
    }

    QList<Enum> values() const
    {
        QList<Enum> list;
        for (const auto &entry : entries)
            list << entry.first;
        return list;
    }
};

} // namespace costboard
