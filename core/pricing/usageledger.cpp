// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing/usageledger.h"

#include <algorithm>
#include <map>

#include "import/importformat.h"
#include "import/importvalues.h"
#include "pricing/pricerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/fxrates.h"
#include "storage/sqlvalues.h"

namespace costboard::pricing {
namespace {

QList<ImportFormat> usageFormats()
{
    QList<ImportFormat> formats;
    for (const ImportFormat format : concreteImportFormats())
        if (isUsageFormat(format))
            formats << format;
    return formats;
}

// " IN (:usage0, :usage1, …)" over the usage formats' keys, bound by bindUsageFormats.
QString usageFormatList()
{
    QStringList placeholders;
    for (qsizetype i = 0; i < usageFormats().size(); ++i)
        placeholders << QStringLiteral(":usage%1").arg(i);
    return QStringLiteral(" IN (") + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
}

void bindUsageFormats(SqlStatement &statement)
{
    const QList<ImportFormat> formats = usageFormats();
    for (qsizetype i = 0; i < formats.size(); ++i)
        statement.bind(QStringLiteral(":usage%1").arg(i), importFormatKey(formats.at(i)));
}

// The bill lines of a vendor: imported from a billing file, with the first day they pay for.
struct BillLine
{
    QDate firstDay;
    std::optional<std::int64_t> reportingMinor;
};

QList<BillLine> billLines(Database &database, const QString &vendor)
{
    SqlStatement query(
        database,
        QStringLiteral("SELECT COALESCE(service_start, incurred_on), reporting_minor FROM cost_lines"
                       " WHERE vendor = :vendor AND import_batch_id IS NOT NULL AND source NOT")
            + usageFormatList());
    query.bind(QStringLiteral(":vendor"), vendor);
    bindUsageFormats(query);
    query.exec();
    QList<BillLine> lines;
    while (query.next())
        lines << BillLine { sql::toDate(query.value(0)),
                            query.value(1).isNull() ? std::nullopt
                                                    : std::optional<std::int64_t>(query.int64(1)) };
    return lines;
}

} // namespace

UsageLedger::UsageLedger(Database &database)
    : m_database(database)
{ }

QSet<QString> UsageLedger::billedMonths(const QString &vendor) const
{
    QSet<QString> months;
    for (const BillLine &line : billLines(m_database, vendor))
        months.insert(usageMonthKey(line.firstDay));
    return months;
}

bool UsageLedger::books(const ImportedRow &row)
{
    if (!row.usage)
        return true;
    if (!row.usage->priceId)
        return false;
    auto found = m_billedMonths.constFind(row.vendor);
    if (found == m_billedMonths.constEnd())
        found = m_billedMonths.insert(row.vendor, billedMonths(row.vendor));
    return !found->contains(usageMonthKey(row.serviceStart.isValid() ? row.serviceStart : row.incurredOn));
}

std::optional<std::int64_t> UsageLedger::MonthComparison::gapBasisPoints() const
{
    if (!billed || billedMinor == 0)
        return std::nullopt;
    return static_cast<std::int64_t>(divideRounded(WideNanos(gapMinor()) * 10000, billedMinor));
}

bool UsageLedger::MonthComparison::gapNeedsReview() const
{
    if (billed && billedMinor == 0)
        return pricedMinor != 0; // a bill of nothing for priced usage
    const std::optional<std::int64_t> basisPoints = gapBasisPoints();
    return basisPoints && (*basisPoints > GapReviewBasisPoints || *basisPoints < -GapReviewBasisPoints);
}

QList<UsageLedger::UsageRow> UsageLedger::activeUsageRows(const std::optional<DayRange> &days) const
{
    SqlStatement query(
        m_database,
        QStringLiteral("SELECT g.vendor, g.usage_provider, g.usage_model, g.usage_meter,"
                       " COALESCE(r.service_start, r.incurred_on), g.currency, r.amount_nanos, r.tokens,"
                       " r.requests, r.price_id, g.project_id, g.category_id FROM import_batches b"
                       " JOIN import_rows r ON r.id BETWEEN b.first_row_id AND b.last_row_id"
                       " JOIN import_row_groups g ON g.id = r.group_id"
                       " WHERE b.status = 'active' AND r.replaced_by IS NULL AND g.usage_meter IS NOT NULL"
                       " AND b.format")
            + usageFormatList()
            + (days ? QStringLiteral(" AND COALESCE(r.service_start, r.incurred_on) BETWEEN :first AND :last")
                    : QString()));
    bindUsageFormats(query);
    if (days)
        query.bind(QStringLiteral(":first"), sql::dateValue(days->first))
            .bind(QStringLiteral(":last"), sql::dateValue(days->last));
    query.exec();
    QList<UsageRow> rows;
    while (query.next()) {
        const std::optional<Meter> meter = meterFromKey(query.text(3));
        if (!meter)
            continue; // written by a newer version: not a meter this one prices
        UsageRow row;
        row.projectId = query.int64(10);
        row.category = static_cast<CostCategory>(query.int64(11));
        row.vendor = query.text(0);
        row.provider = query.text(1);
        row.model = query.text(2);
        row.meter = *meter;
        row.day = sql::toDate(query.value(4));
        row.currency = query.text(5);
        row.amountNanos = query.int64(6);
        row.tokens = query.int64(7);
        row.requests = query.int64(8);
        row.priced = !query.value(9).isNull();
        rows << row;
    }
    return rows;
}

UsageLedger::Comparison UsageLedger::usageAgainstInvoice() const
{
    Comparison comparison;
    comparison.reportingCurrency = DatabaseSettings(m_database).reportingCurrency();
    const FxConverter converter = FxRateRepository(m_database).converterInto(comparison.reportingCurrency);

    std::map<std::pair<QString, QString>, MonthComparison> months; // (vendor, month)
    // Priced usage per vendor, day and currency, exact to the nano-unit, rounded once a day.
    std::map<std::tuple<QString, qint64, QString>, WideNanos> pricedByDay;
    for (const UsageRow &row : activeUsageRows()) {
        MonthComparison &month = months[{ row.vendor, usageMonthKey(row.day) }];
        month.tokens += row.tokens;
        month.requests += row.requests;
        if (!row.priced) {
            month.unpricedTokens += row.tokens;
            continue;
        }
        pricedByDay[{ row.vendor, row.day.toJulianDay(), row.currency }] += row.amountNanos;
    }
    for (const auto &[key, nanos] : pricedByDay) {
        const auto &[vendor, julianDay, currency] = key;
        const QDate day = QDate::fromJulianDay(julianDay);
        MonthComparison &month = months[{ vendor, usageMonthKey(day) }];
        const Money amount(
            static_cast<std::int64_t>(divideRounded(nanos, nanos::PerUnit / Money::minorPerMajor(currency))),
            currency);
        if (const std::optional<Money> converted = converter.convert(amount, day))
            Money::accumulate(month.pricedMinor, converted->minorUnits());
        else
            ++month.unconvertedRows;
    }

    QSet<QString> vendors;
    for (const auto &[key, month] : months)
        vendors.insert(key.first);
    for (const QString &vendor : std::as_const(vendors)) {
        for (const BillLine &line : billLines(m_database, vendor)) {
            const auto found = months.find({ vendor, usageMonthKey(line.firstDay) });
            if (found == months.end())
                continue; // a bill of a month without usage has nothing to check
            found->second.billed = true;
            if (line.reportingMinor)
                Money::accumulate(found->second.billedMinor, *line.reportingMinor);
            else
                ++found->second.unconvertedRows;
        }
    }
    for (auto &[key, month] : months) {
        month.vendor = key.first;
        month.month = key.second;
        comparison.months << month;
    }
    std::stable_sort(comparison.months.begin(), comparison.months.end(),
                     [](const MonthComparison &a, const MonthComparison &b) {
                         return a.vendor != b.vendor ? a.vendor < b.vendor : a.month > b.month;
                     });
    return comparison;
}

QList<UsageLedger::BilledUsage> UsageLedger::billedUsage(const DayRange &days) const
{
    QHash<QString, QSet<QString>> billed; // by vendor
    std::map<std::tuple<ProjectId, int, QString, QString, qint64, QString>, BilledUsage> sums;
    for (const UsageRow &row : activeUsageRows(days)) {
        if (!row.priced || !days.contains(row.day))
            continue;
        auto months = billed.constFind(row.vendor);
        if (months == billed.constEnd())
            months = billed.insert(row.vendor, billedMonths(row.vendor));
        if (!months->contains(usageMonthKey(row.day)))
            continue; // booked: the ledger's own line counts it
        BilledUsage &sum = sums[{ row.projectId, static_cast<int>(row.category), row.vendor, row.model,
                                  row.day.toJulianDay(), row.currency }];
        sum.projectId = row.projectId;
        sum.category = row.category;
        sum.vendor = row.vendor;
        sum.model = row.model;
        sum.day = row.day;
        sum.currency = row.currency;
        sum.amountNanos += row.amountNanos;
        sum.tokens += row.tokens;
        sum.requests += row.requests;
    }
    QList<BilledUsage> list;
    for (const auto &[key, sum] : sums)
        list << sum;
    return list;
}

QList<UsageLedger::UnpricedModel> UsageLedger::unpricedModels() const
{
    std::map<std::tuple<QString, QString, int>, UnpricedModel> models;
    for (const UsageRow &row : activeUsageRows()) {
        if (row.priced)
            continue;
        UnpricedModel &model = models[{ row.provider, row.model, static_cast<int>(row.meter) }];
        model.provider = row.provider;
        model.model = row.model;
        model.meter = row.meter;
        model.tokens += row.tokens;
        ++model.rows;
        if (!model.firstDay.isValid() || row.day < model.firstDay)
            model.firstDay = row.day;
        if (!model.lastDay.isValid() || row.day > model.lastDay)
            model.lastDay = row.day;
    }
    QList<UnpricedModel> list;
    if (models.empty())
        return list;
    const PriceCatalog catalog = PriceRepository(m_database).catalog();
    for (auto &[key, model] : models) {
        model.priceKnownNow
            = catalog.entryOn(model.provider, model.model, model.meter, model.lastDay).has_value();
        list << model;
    }
    return list;
}

} // namespace costboard::pricing
