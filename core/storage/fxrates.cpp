// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/fxrates.h"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "storage/auditlog.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/validation.h"

namespace costboard {

FxConverter::FxConverter(QString quoteCurrency, const QList<FxRate> &rates)
    : m_quoteCurrency(std::move(quoteCurrency))
{
    for (const FxRate &rate : rates) {
        if (rate.quoteCurrency == m_quoteCurrency)
            m_ratesByCurrency[rate.currency].append(rate);
    }
    for (QList<FxRate> &list : m_ratesByCurrency)
        std::sort(list.begin(), list.end(),
                  [](const FxRate &a, const FxRate &b) { return a.validFrom < b.validFrom; });
}

std::optional<FxRate> FxConverter::rateOn(const QString &currency, const QDate &on) const
{
    const auto found = m_ratesByCurrency.constFind(currency);
    if (found == m_ratesByCurrency.cend())
        return std::nullopt;
    const QList<FxRate> &rates = *found;
    // First rate that starts after `on`; the one before it is in force.
    const auto after
        = std::upper_bound(rates.cbegin(), rates.cend(), on,
                           [](const QDate &date, const FxRate &rate) { return date < rate.validFrom; });
    if (after == rates.cbegin())
        return std::nullopt;
    return *(after - 1);
}

std::optional<Money> FxConverter::convert(const Money &amount, const QDate &on) const
{
    if (amount.currency() == m_quoteCurrency)
        return amount;
    const std::optional<FxRate> rate = rateOn(amount.currency(), on);
    if (!rate)
        return std::nullopt;
    // minor_quote = minor_foreign × rate × 10^quoteDecimals / (Scale × 10^foreignDecimals), in one
    // rounding: converting JPY 1 (no decimals) must still give EUR 0.01, not 0.
    const Money converted = amount.scaled(rate->rateNanos * Money::minorPerMajor(m_quoteCurrency),
                                          FxRate::Scale * Money::minorPerMajor(amount.currency()));
    return Money(converted.minorUnits(), m_quoteCurrency);
}

std::optional<std::int64_t> parseRateNanos(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    qsizetype separator = trimmed.indexOf(u'.');
    if (separator < 0)
        separator = trimmed.indexOf(u',');
    const QString whole = separator < 0 ? trimmed : trimmed.left(separator);
    const QString fraction = separator < 0 ? QString() : trimmed.mid(separator + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (fraction.size() > 9 || whole.size() > 7)
        return std::nullopt;
    const QString digits = whole + fraction;
    for (const QChar c : digits) {
        if (!c.isDigit())
            return std::nullopt;
    }
    const std::int64_t nanos = (whole.isEmpty() ? 0 : whole.toLongLong()) * FxRate::Scale
        + (fraction.isEmpty() ? 0 : fraction.leftJustified(9, u'0').toLongLong());
    if (nanos <= 0)
        return std::nullopt;
    return nanos;
}

QString formatRateNanos(std::int64_t nanos, const QLocale &locale)
{
    QString fraction = QString::number(nanos % FxRate::Scale).rightJustified(9, u'0');
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return locale.toString(qlonglong(nanos / FxRate::Scale)) + locale.decimalPoint() + fraction;
}

QList<std::pair<QString, qint64>> unconvertedLinesByCurrency(Database &database)
{
    SqlStatement query(
        database,
        QStringLiteral("SELECT currency, COUNT(*) FROM cost_lines WHERE reporting_minor IS NULL"
                       " GROUP BY currency ORDER BY currency"));
    query.exec();
    QList<std::pair<QString, qint64>> counts;
    while (query.next())
        counts.append({ query.text(0), query.int64(1) });
    return counts;
}

FxRateRepository::FxRateRepository(Database &database)
    : m_database(database)
{ }

std::int64_t FxRateRepository::setRate(const FxRate &rate)
{
    validation::requireCurrency(QStringLiteral("currency"), rate.currency);
    validation::requireCurrency(QStringLiteral("quote currency"), rate.quoteCurrency);
    if (rate.currency == rate.quoteCurrency)
        throw ValidationError(QStringLiteral("currency"), ErrorCode::FxRateSameCurrency);
    validation::requireDate(QStringLiteral("valid from"), rate.validFrom);
    if (rate.rateNanos < validation::limits::FxRateLowestNanos
        || rate.rateNanos > validation::limits::FxRateHighestNanos)
        throw ValidationError(QStringLiteral("rate"), ErrorCode::FxRateOutOfRange,
                              { QStringLiteral("0.000001"), QStringLiteral("1000000") });

    Transaction transaction(m_database);
    SqlStatement upsert(
        m_database,
        QStringLiteral("INSERT INTO fx_rates (currency, quote_currency, valid_from, rate_nanos)"
                       " VALUES (:currency, :quote, :valid_from, :rate)"
                       " ON CONFLICT (currency, quote_currency, valid_from) DO UPDATE SET rate_nanos = "
                       "excluded.rate_nanos"
                       " RETURNING id"));
    upsert.bind(QStringLiteral(":currency"), rate.currency)
        .bind(QStringLiteral(":quote"), rate.quoteCurrency)
        .bind(QStringLiteral(":valid_from"), sql::dateValue(rate.validFrom))
        .bind(QStringLiteral(":rate"), qlonglong(rate.rateNanos));
    const std::int64_t id = upsert.scalar().toLongLong();
    AuditLog(m_database)
        .record(QStringLiteral("set"), QStringLiteral("fx_rate"), QString::number(id),
                QStringLiteral("%1→%2 from %3: %4 / 10^9")
                    .arg(rate.currency, rate.quoteCurrency, rate.validFrom.toString(Qt::ISODate))
                    .arg(rate.rateNanos));
    // Rates change the converted amount of lines in that currency: re-convert in the same unit of work.
    CostLineRepository(m_database).reconvertAll();
    transaction.commit();
    spdlog::info("FX rate {} set", id);
    return id;
}

void FxRateRepository::remove(std::int64_t id)
{
    Transaction transaction(m_database);
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM fx_rates WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    if (remove.numRowsAffected() != 1)
        throw ValidationError(QStringLiteral("rate"), ErrorCode::FxRateNotFound, { QString::number(id) });
    AuditLog(m_database)
        .record(QStringLiteral("delete"), QStringLiteral("fx_rate"), QString::number(id), QString());
    CostLineRepository(m_database).reconvertAll();
    transaction.commit();
    spdlog::info("FX rate {} deleted", id);
}

QList<FxRate> FxRateRepository::list() const
{
    SqlStatement query(
        m_database,
        QStringLiteral("SELECT id, currency, quote_currency, valid_from, rate_nanos FROM fx_rates"
                       " ORDER BY currency, quote_currency, valid_from"));
    query.exec();
    QList<FxRate> rates;
    while (query.next()) {
        rates << FxRate { query.int64(0), query.text(1), query.text(2), sql::toDate(query.value(3)),
                          query.int64(4) };
    }
    return rates;
}

QList<FxRate> FxRateRepository::ratesInto(const QString &quoteCurrency) const
{
    QList<FxRate> rates = list();
    rates.removeIf([&](const FxRate &rate) { return rate.quoteCurrency != quoteCurrency; });
    return rates;
}

FxConverter FxRateRepository::converterInto(const QString &quoteCurrency) const
{
    return FxConverter(quoteCurrency, ratesInto(quoteCurrency));
}

} // namespace costboard
