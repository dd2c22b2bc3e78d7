// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace costboard::sql {

// Dates travel as ISO 8601 text so that SQLite and PostgreSQL store and compare them alike.
inline QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

inline QVariant nullInt64()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

} // namespace costboard::sql
