// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

#include "domain/entities.h"

namespace costboard {

class Database;

// Converts amounts into one quote (reporting) currency with the rate valid on a date: the latest
// rate whose validFrom is on or before that date. No rate, no conversion: callers flag the line.
class FxConverter final
{
public:
    FxConverter(QString quoteCurrency, const QList<FxRate> &rates);

    const QString &quoteCurrency() const noexcept { return m_quoteCurrency; }
    std::optional<Money> convert(const Money &amount, const QDate &on) const;
    std::optional<FxRate> rateOn(const QString &currency, const QDate &on) const;

private:
    QString m_quoteCurrency;
    QHash<QString, QList<FxRate>> m_ratesByCurrency; // each list sorted by validFrom
};

// "0.9234" or "0,9234" → 923400000 (nanos); up to 9 decimals, positive. Empty on bad input.
std::optional<std::int64_t> parseRateNanos(QStringView text);
// 923400000 → "0.9234" in `locale` (trailing zeros dropped, at least 2 decimals).
QString formatRateNanos(std::int64_t nanos, const QLocale &locale);

// How many cost lines of each currency have no rate into the reporting currency on their date.
QList<std::pair<QString, qint64>> unconvertedLinesByCurrency(Database &database);

class FxRateRepository final
{
public:
    explicit FxRateRepository(Database &database);

    // Inserts or replaces the rate of (currency, quote, validFrom). Existing cost lines in that
    // currency are re-converted and the roll-ups adjusted in the same transaction.
    std::int64_t setRate(const FxRate &rate);
    void remove(std::int64_t id);
    QList<FxRate> list() const;
    QList<FxRate> ratesInto(const QString &quoteCurrency) const;
    FxConverter converterInto(const QString &quoteCurrency) const;

private:
    Database &m_database;
};

} // namespace costboard
