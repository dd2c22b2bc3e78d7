// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demousage.h"

#include <map>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "domain/isoweek.h"
#include "errors.h"
#include "import/importer.h"
#include "pricing/pricerepository.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/sqlvalues.h"

namespace costboard {
namespace {

// A request as the marketing team makes them: a brief and its context in, an article out.
struct RequestShape
{
    const char *model;
    std::int64_t input; // of which `cached` were read from the cache
    std::int64_t cached;
    std::int64_t output;
    int costShare; // percent of the day's spend
};
constexpr RequestShape shapes[] = {
    { "gpt-4o-2024-08-06", 1800, 600, 700, 80 },
    { "gpt-4o-mini", 2400, 0, 900, 20 },
};
constexpr const char *workspace = "proj_marketing";

qint64 secondsOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

// One request's cost in pico-dollars at the catalog's price that day; zero when a price is missing.
pricing::Picos requestCost(const pricing::PriceCatalog &catalog, const RequestShape &shape, const QDate &day)
{
    const std::pair<pricing::Meter, std::int64_t> parts[] = {
        { pricing::Meter::InputToken, shape.input - shape.cached },
        { pricing::Meter::CachedInputToken, shape.cached },
        { pricing::Meter::OutputToken, shape.output },
    };
    pricing::Picos total = 0;
    for (const auto &[meter, tokens] : parts) {
        if (tokens == 0)
            continue;
        const std::optional<pricing::PriceEntry> entry
            = catalog.entryOn(QStringLiteral("openai"), QString::fromLatin1(shape.model), meter, day);
        if (!entry || !entry->price())
            return 0;
        total += pricing::costOf(tokens, *entry->price()).picos();
    }
    return total;
}

// Pico-dollars as the decimal text a cost report writes, rounded half up to the cent: "12.34".
QString dollarsText(pricing::Picos picos)
{
    const qint64 cents = qint64((picos + 5'000'000'000) / 10'000'000'000);
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

void importOrThrow(Database &database, const QString &name, const QJsonObject &report)
{
    const ImportReport result = Importer(database).importBytes(
        name, QJsonDocument(report).toJson(QJsonDocument::Compact), ImportOptions());
    if (result.outcome != ImportReport::Outcome::Imported)
        throw StorageError(ErrorCode::DemoImportFailed,
                           { name, result.problems.isEmpty() ? QString() : result.problems.first().column });
}

// The months the demo's OpenAI spend is imported for: three closed and billed, and the current one.
struct UsageWindow
{
    QDate first; // a Monday: whole weeks are replaced, the same however many lines the demo has
    QDate billedUntil; // exclusive: the current month is not billed yet
    QDate gapMonth; // its bill has images the usage does not count

    explicit UsageWindow(const QDate &lastDay)
    {
        const QDate currentMonth(lastDay.year(), lastDay.month(), 1);
        // The first Monday of the month three months back.
        first = IsoWeek::fromDate(currentMonth.addMonths(-3).addDays(6)).monday();
        billedUntil = currentMonth;
        gapMonth = currentMonth.addMonths(-2);
    }
    bool hasImages(const QDate &day) const
    {
        return day >= gapMonth && day < gapMonth.addMonths(1) && day.dayOfWeek() == 2;
    }
};

} // namespace

qint64 expectedDemoUsageLines(const QDate &lastDay)
{
    const UsageWindow window(lastDay);
    qint64 lines = 0;
    for (QDate day = window.first; day <= lastDay; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        // Booked usage: gpt-4o's input, cached input and output, gpt-4o-mini's input and output.
        // Billed: a line per model, and the images.
        lines += day < window.billedUntil ? 2 + (window.hasImages(day) ? 1 : 0) : 5;
    }
    return lines;
}

DemoUsageSummary writeDemoTokenUsage(Database &database, ProjectId marketingProject, const QDate &lastDay)
{
    // Whole weeks, so that what is replaced is the same however many lines the demo has.
    const UsageWindow window(lastDay);
    const QDate &first = window.first;

    // The generated OpenAI inference of those months, in dollar cents per day.
    SqlStatement query(
        database,
        QStringLiteral("SELECT id, incurred_on, amount_minor FROM cost_lines WHERE project_id = :project"
                       " AND vendor = 'OpenAI' AND currency = 'USD' AND service_start IS NULL"
                       " AND incurred_on >= :first AND incurred_on <= :last"
                       " AND import_batch_id IS NULL"));
    query.bind(QStringLiteral(":project"), qlonglong(marketingProject))
        .bind(QStringLiteral(":first"), sql::dateValue(first))
        .bind(QStringLiteral(":last"), sql::dateValue(lastDay))
        .exec();
    QList<CostLineId> replaced;
    std::map<qint64, std::int64_t> centsByWeek; // by the Monday's julian day
    while (query.next()) {
        replaced << query.int64(0);
        centsByWeek[IsoWeek::fromDate(sql::toDate(query.value(1))).monday().toJulianDay()] += query.int64(2);
    }
    if (centsByWeek.empty())
        return {};
    // A week's spend over its working days, in whole cents that add up to it.
    std::map<qint64, std::int64_t> centsByDay;
    for (const auto &[monday, cents] : centsByWeek)
        for (qint64 day = 0; day < 5; ++day)
            centsByDay[monday + day] = cents * (day + 1) / 5 - cents * day / 5;
    CostLineRepository(database).removeMany(replaced);

    AllocationRule rule;
    rule.match = AllocationMatch::Workspace;
    rule.pattern = QString::fromLatin1(workspace);
    rule.projectId = marketingProject;
    ImportRepository(database).addRule(rule);

    const pricing::PriceCatalog catalog = pricing::PriceRepository(database).catalog();
    QJsonArray usageBuckets;
    QJsonArray billBuckets;
    DemoUsageSummary summary;
    for (const auto &[julianDay, cents] : centsByDay) {
        const QDate day = QDate::fromJulianDay(julianDay);
        QJsonArray usage;
        QJsonArray billed;
        for (const RequestShape &shape : shapes) {
            const pricing::Picos perRequest = requestCost(catalog, shape, day);
            if (perRequest == 0)
                continue;
            // The requests the day's share of spend buys, at that day's prices.
            const pricing::Picos share = pricing::Picos(cents) * shape.costShare * 100'000'000;
            const qint64 requests = qint64((share + perRequest / 2) / perRequest);
            usage << QJsonObject { { QStringLiteral("object"),
                                     QStringLiteral("organization.usage.completions.result") },
                                   { QStringLiteral("model"), QString::fromLatin1(shape.model) },
                                   { QStringLiteral("project_id"), QString::fromLatin1(workspace) },
                                   { QStringLiteral("num_model_requests"), requests },
                                   { QStringLiteral("input_tokens"), requests * shape.input },
                                   { QStringLiteral("input_cached_tokens"), requests * shape.cached },
                                   { QStringLiteral("output_tokens"), requests * shape.output } };
            // What OpenAI bills for them, to the cent.
            const pricing::Picos billedPicos = pricing::Picos(requests) * perRequest;
            billed << QJsonObject { { QStringLiteral("object"), QStringLiteral("organization.costs.result") },
                                    { QStringLiteral("amount"),
                                      QJsonObject { { QStringLiteral("value"), dollarsText(billedPicos) },
                                                    { QStringLiteral("currency"), QStringLiteral("usd") } } },
                                    { QStringLiteral("line_item"), QString::fromLatin1(shape.model) },
                                    { QStringLiteral("project_id"), QString::fromLatin1(workspace) } };
        }
        // Speech transcribed for video subtitles: a model the catalog does not price.
        if (day.dayOfWeek() == 3)
            usage << QJsonObject { { QStringLiteral("object"),
                                     QStringLiteral("organization.usage.completions.result") },
                                   { QStringLiteral("model"), QStringLiteral("gpt-4o-transcribe") },
                                   { QStringLiteral("project_id"), QString::fromLatin1(workspace) },
                                   { QStringLiteral("num_model_requests"), 40 },
                                   { QStringLiteral("input_tokens"), 96'000 },
                                   { QStringLiteral("output_tokens"), 18'000 } };
        // Images for the spring campaign: billed, but not in the completions usage.
        if (window.hasImages(day))
            billed << QJsonObject { { QStringLiteral("object"), QStringLiteral("organization.costs.result") },
                                    { QStringLiteral("amount"),
                                      QJsonObject { { QStringLiteral("value"), QStringLiteral("36.80") },
                                                    { QStringLiteral("currency"), QStringLiteral("usd") } } },
                                    { QStringLiteral("line_item"), QStringLiteral("dall-e-3, images") },
                                    { QStringLiteral("project_id"), QString::fromLatin1(workspace) } };
        const QJsonObject bucketTimes { { QStringLiteral("object"), QStringLiteral("bucket") },
                                        { QStringLiteral("start_time"), secondsOf(day) },
                                        { QStringLiteral("end_time"), secondsOf(day.addDays(1)) } };
        QJsonObject usageBucket = bucketTimes;
        usageBucket.insert(QStringLiteral("results"), usage);
        usageBuckets << usageBucket;
        summary.usageRows += usage.size();
        if (day < window.billedUntil) {
            QJsonObject billBucket = bucketTimes;
            billBucket.insert(QStringLiteral("results"), billed);
            billBuckets << billBucket;
            summary.billRows += billed.size();
        }
    }
    const auto page = [](const QJsonArray &buckets) {
        return QJsonObject { { QStringLiteral("object"), QStringLiteral("page") },
                             { QStringLiteral("data"), buckets },
                             { QStringLiteral("has_more"), false } };
    };
    importOrThrow(database, QStringLiteral("openai-usage-marketing.json"), page(usageBuckets));
    importOrThrow(database, QStringLiteral("openai-costs-marketing.json"), page(billBuckets));
    return summary;
}

} // namespace costboard
