// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/unitcosts.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

#include <QCoreApplication>
#include <QHash>

#include "analytics/ledger.h"
#include "import/importvalues.h"
#include "pricing/usageledger.h"
#include "storage/benchmarkvolumes.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"

namespace costboard {
namespace {

using pricing::ExactAmount;
using pricing::Picos;

constexpr Picos picosPerMajor = 1'000'000'000'000;

ExactAmount exactFromMinor(std::int64_t minor, const QString &currency)
{
    return ExactAmount(Picos(minor) * (picosPerMajor / Money::minorPerMajor(currency)), currency);
}

// What a token line brings to the tally of some of its days.
TokenTally shareOf(const TokenTally &whole, const DayRange &lineDays, const DayRange &part)
{
    TokenTally share;
    share.costMinor = shareOfDays(whole.costMinor, lineDays, part);
    share.tokens = shareOfDays(whole.tokens, lineDays, part);
    share.requests = shareOfDays(whole.requests, lineDays, part);
    share.requestCostMinor = shareOfDays(whole.requestCostMinor, lineDays, part);
    return share;
}

struct ModelKey
{
    QString model;
    QString vendor;
    bool operator==(const ModelKey &) const = default;
};
size_t qHash(const ModelKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.model, key.vendor);
}

void sortLargestFirst(QList<UnitCostRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const UnitCostRow &a, const UnitCostRow &b) {
        if (a.total.costMinor != b.total.costMinor)
            return a.total.costMinor > b.total.costMinor;
        return a.total.tokens > b.total.tokens;
    });
}

} // namespace

TokenTally &TokenTally::operator+=(const TokenTally &other)
{
    Money::accumulate(costMinor, other.costMinor);
    Money::accumulate(tokens, other.tokens);
    Money::accumulate(requests, other.requests);
    Money::accumulate(requestCostMinor, other.requestCostMinor);
    return *this;
}

std::optional<ExactAmount> unitCost(const TokenTally &tally, UnitCostMeasure measure, const QString &currency)
{
    switch (measure) {
    case UnitCostMeasure::PerMillionTokens:
        if (tally.tokens <= 0)
            return std::nullopt;
        return exactFromMinor(tally.costMinor, currency).scaled(1'000'000, tally.tokens);
    case UnitCostMeasure::PerRequest:
        if (tally.requests <= 0)
            return std::nullopt;
        return exactFromMinor(tally.requestCostMinor, currency).scaled(1, tally.requests);
    }
    return std::nullopt;
}

std::optional<ExactAmount> costPerUnit(std::int64_t costMinor, std::int64_t volume, const QString &currency)
{
    if (volume <= 0)
        return std::nullopt;
    return exactFromMinor(costMinor, currency).scaled(1, volume);
}

QString formatUnitCost(const ExactAmount &cost, const QLocale &locale)
{
    const Picos magnitude = cost.picos() < 0 ? -cost.picos() : cost.picos();
    if (magnitude >= picosPerMajor || magnitude == 0)
        return cost.format(locale, ExactAmount::Precision::Cents);
    // Three significant digits: drop the digits below the third, rounding half away from zero.
    Picos step = 1;
    while (magnitude / (step * 10) >= 100)
        step *= 10;
    const Picos rounded = (magnitude + step / 2) / step * step;
    return ExactAmount(cost.picos() < 0 ? -rounded : rounded, cost.currency())
        .format(locale, ExactAmount::Precision::Exact);
}

QString tokenCountLabel(std::int64_t tokens, const QLocale &locale)
{
    struct Scale
    {
        std::int64_t factor;
        const char *format;
    };
    // Largest first. The short forms a finance page uses: "1.2M", "3,4 Md".
    static const Scale scales[] = {
        { 1'000'000'000'000, QT_TRANSLATE_NOOP("UnitCosts", "%1T") },
        { 1'000'000'000, QT_TRANSLATE_NOOP("UnitCosts", "%1B") },
        { 1'000'000, QT_TRANSLATE_NOOP("UnitCosts", "%1M") },
        { 1'000, QT_TRANSLATE_NOOP("UnitCosts", "%1K") },
    };
    const std::int64_t magnitude = tokens < 0 ? -tokens : tokens;
    for (const Scale &scale : scales) {
        if (magnitude < scale.factor)
            continue;
        // A ratio for display, three significant digits: not money.
        const double value = static_cast<double>(tokens) / static_cast<double>(scale.factor);
        const int decimals = std::abs(value) >= 100 ? 0 : std::abs(value) >= 10 ? 1 : 2;
        QString number = locale.toString(value, 'f', decimals);
        // "1.20M" reads as "1.2M".
        if (decimals > 0) {
            while (number.endsWith(u'0'))
                number.chop(1);
            if (number.endsWith(locale.decimalPoint()))
                number.chop(locale.decimalPoint().size());
        }
        return QCoreApplication::translate("UnitCosts", scale.format).arg(number);
    }
    return locale.toString(qlonglong(tokens));
}

std::optional<double> unitCostChange(const std::optional<ExactAmount> &before,
                                     const std::optional<ExactAmount> &after)
{
    if (!before || !after || before->picos() == 0)
        return std::nullopt;
    // A ratio, not money.
    return static_cast<double>(after->picos() - before->picos()) / static_cast<double>(before->picos());
}

std::optional<ExactAmount> BenchmarkRow::costPerUnitOfWeek(int weekIndex, const QString &currency) const
{
    if (weekIndex < 0 || weekIndex >= volumeByWeek.size() || !volumeByWeek.at(weekIndex))
        return std::nullopt;
    return costPerUnit(costByWeek.value(weekIndex), *volumeByWeek.at(weekIndex), currency);
}

std::optional<ExactAmount> BenchmarkRow::costPerUnitOverPeriod(const QString &currency) const
{
    std::int64_t cost = 0;
    std::int64_t volume = 0;
    for (int index = 0; index < volumeByWeek.size(); ++index) {
        if (!volumeByWeek.at(index))
            continue;
        Money::accumulate(cost, costByWeek.value(index));
        Money::accumulate(volume, *volumeByWeek.at(index));
    }
    return costPerUnit(cost, volume, currency);
}

std::int64_t UnitCostReport::tokensPerWeek(const TokenTally &tally) const
{
    const qint64 dayCount = days.dayCount();
    if (dayCount <= 0)
        return 0;
    // Rounded half up to a whole token.
    const Picos scaled = Picos(tally.tokens) * 7;
    return static_cast<std::int64_t>((2 * scaled + dayCount) / (2 * Picos(dayCount)));
}

UnitCostReport UnitCostReport::compute(Database &database, const DashboardQuery &query)
{
    const DatabaseSettings settings(database);
    const FiscalCalendar calendar = settings.calendar();
    UnitCostReport report;
    report.currency = settings.reportingCurrency();
    report.days = query.days(calendar);
    const WeekRange range = query.range(calendar);
    for (IsoWeek week = range.first; week <= range.last; week = week.next())
        report.weeks << UnitCostWeek { week,
                                       DayRange { week.monday(), week.sunday() }.intersected(report.days) };
    if (!report.weeks.isEmpty())
        report.reportingWeekIndex
            = range.first.weeksTo(std::clamp(query.referenceWeek, range.first, range.last));
    report.portfolioByWeek.resize(report.weeks.size());

    const QHash<ProjectId, Project> projects = [&] {
        QHash<ProjectId, Project> byId;
        for (const Project &project : ProjectRepository(database).list())
            byId.insert(project.id, project);
        return byId;
    }();

    // Every token line whose counted days meet the period: on its date, or over its service
    // period on the accrual basis.
    SqlStatement lines(
        database,
        QStringLiteral(
            "SELECT project_id, category_id, incurred_on, service_start, service_end, reporting_minor,"
            " quantity, requests, model, vendor FROM cost_lines WHERE unit = :unit AND"
            " ((incurred_on >= :first AND incurred_on <= :last) OR (service_start IS NOT NULL"
            " AND service_start <= :last AND service_end > :first))"));
    lines
        .bind(QStringLiteral(":unit"), QStringLiteral("token")) // the unit key (domain/unit.h)
        .bind(QStringLiteral(":first"), sql::dateValue(report.days.first))
        .bind(QStringLiteral(":last"), sql::dateValue(report.days.last))
        .exec();

    QHash<ProjectId, qsizetype> projectRows;
    QHash<ModelKey, qsizetype> modelRows;
    // The row of `key`, made the first time it is asked for.
    const auto rowFor = [&report](QList<UnitCostRow> &rows, auto &indexes, const auto &key) -> UnitCostRow & {
        auto found = indexes.constFind(key);
        if (found == indexes.constEnd()) {
            found = indexes.insert(key, rows.size());
            rows.append(UnitCostRow {});
            rows.last().byWeek.resize(report.weeks.size());
            if constexpr (std::is_same_v<std::decay_t<decltype(key)>, ModelKey>) {
                rows.last().label = key.model;
                rows.last().vendor = key.vendor;
            } else {
                rows.last().projectId = key;
            }
        }
        return rows[*found];
    };
    while (lines.next()) {
        const ProjectId projectId = lines.int64(0);
        const auto category = static_cast<CostCategory>(lines.int64(1));
        if (!query.includesProject(projectId) || !query.includesCategory(category))
            continue;
        CostLine line;
        line.incurredOn = sql::toDate(lines.value(2));
        line.serviceStart = sql::toDate(lines.value(3));
        line.serviceEnd = sql::toDate(lines.value(4));
        const DayRange lineDays = countedDays(line, query.basis);
        if (!lineDays.intersects(report.days))
            continue;
        if (lines.value(5).isNull()) {
            ++report.unconvertedLines;
            continue;
        }
        TokenTally whole;
        whole.costMinor = lines.int64(5);
        whole.tokens = static_cast<std::int64_t>(std::llround(lines.value(6).toDouble()));
        if (!lines.value(7).isNull()) {
            whole.requests = lines.int64(7);
            whole.requestCostMinor = whole.costMinor;
        }
        const ModelKey modelKey { lines.text(8), lines.text(9).trimmed() };

        UnitCostRow &project = rowFor(report.projects, projectRows, projectId);
        UnitCostRow &model = rowFor(report.models, modelRows, modelKey);

        for (int index = 0; index < report.weeks.size(); ++index) {
            const DayRange part = report.weeks.at(index).days.intersected(lineDays);
            if (!part.isValid())
                continue;
            const TokenTally share = shareOf(whole, lineDays, part);
            for (TokenTally *tally : { &project.byWeek[index], &project.total, &model.byWeek[index],
                                       &model.total, &report.portfolioByWeek[index], &report.portfolio })
                *tally += share;
        }
    }
    // Usage of months whose bill stands for it makes no line, but its tokens were still used: they
    // count at their priced cost, so that a billed month does not drop out of the unit costs.
    const FxConverter converter = FxRateRepository(database).converterInto(report.currency);
    for (const pricing::UsageLedger::BilledUsage &usage :
         pricing::UsageLedger(database).billedUsage(report.days)) {
        if (!query.includesProject(usage.projectId) || !query.includesCategory(usage.category))
            continue;
        const Money priced(static_cast<std::int64_t>(divideRounded(
                               usage.amountNanos, nanos::PerUnit / Money::minorPerMajor(usage.currency))),
                           usage.currency);
        const std::optional<Money> converted = converter.convert(priced, usage.day);
        if (!converted) {
            ++report.unconvertedLines;
            continue;
        }
        const TokenTally share { converted->minorUnits(), usage.tokens, usage.requests,
                                 converted->minorUnits() };
        UnitCostRow &project = rowFor(report.projects, projectRows, usage.projectId);
        UnitCostRow &model = rowFor(report.models, modelRows, ModelKey { usage.model, usage.vendor });
        const int index = int(report.weeks.first().week.weeksTo(IsoWeek::fromDate(usage.day)));
        for (TokenTally *tally : { &project.byWeek[index], &project.total, &model.byWeek[index], &model.total,
                                   &report.portfolioByWeek[index], &report.portfolio })
            *tally += share;
    }
    for (UnitCostRow &row : report.projects) {
        const Project project = projects.value(*row.projectId);
        row.code = project.code;
        row.label = project.name;
    }
    sortLargestFirst(report.projects);
    sortLargestFirst(report.models);

    // Benchmarks: the projects that count their work, with the ledger's cost of each week.
    QList<ProjectId> benchmarked;
    for (const Project &project : projects) {
        if (!project.benchmarkUnit.isEmpty() && query.includesProject(project.id))
            benchmarked << project.id;
    }
    if (!benchmarked.isEmpty() && !report.weeks.isEmpty()) {
        const LedgerWindow ledger
            = LedgerWindow::read(database, query.basis, report.days, benchmarked, query.categories);
        const BenchmarkVolumeRepository volumes(database);
        for (const ProjectId id : benchmarked) {
            const Project &project = projects[id];
            BenchmarkRow row { id, project.code, project.name, project.benchmarkUnit, {}, {} };
            const QMap<IsoWeek, std::int64_t> entered = volumes.volumes(
                id, WeekRange { report.weeks.constFirst().week, report.weeks.constLast().week });
            for (const UnitCostWeek &week : report.weeks) {
                std::int64_t cost = 0;
                for (const LedgerSeries &series : ledger.series()) {
                    if (series.projectId == id)
                        Money::accumulate(cost, ledger.total(series, week.days));
                }
                row.costByWeek << cost;
                const auto volume = entered.constFind(week.week);
                row.volumeByWeek << (volume == entered.constEnd() ? std::nullopt
                                                                  : std::optional<std::int64_t>(*volume));
            }
            report.benchmarks << row;
        }
        std::sort(report.benchmarks.begin(), report.benchmarks.end(),
                  [](const BenchmarkRow &a, const BenchmarkRow &b) { return a.code < b.code; });
    }
    return report;
}

} // namespace costboard
