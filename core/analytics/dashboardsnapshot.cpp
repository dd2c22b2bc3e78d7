#include "analytics/dashboardsnapshot.h"

#include "analytics/forecast.h"
#include "domain/fiscalcalendar.h"
#include "storage/budgetrepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace costboard {
namespace {

// How many past weeks feed the forecasts: a quarter, so that one odd week does not swing it.
constexpr int trendWindowWeeks = 13;
// Fewer weeks than this and a regression line is noise: use the run rate instead.
constexpr int minimumWeeksForTrend = 8;
constexpr int moverCount = 6;

std::int64_t daysThrough(const Budget &budget, const QDate &date)
{
    const qint64 total = budget.periodStart.daysTo(budget.periodEnd()) + 1;
    const qint64 days = budget.periodStart.daysTo(date) + 1;
    return std::clamp<qint64>(days, 0, total);
}

std::int64_t cumulativeShare(const Budget &budget, const QDate &through)
{
    const qint64 total = budget.periodStart.daysTo(budget.periodEnd()) + 1;
    return budget.amount.scaled(daysThrough(budget, through), total).minorUnits();
}

// The budgets that apply to the query, one level of detail per scope and fiscal year, the rule
// the Budgets page enters them by (FiscalYearBudgets): for each fiscal year, the portfolio budget
// when every project is selected and one exists for that year, else the selected projects' own;
// category budgets only when the query selects categories. Within one scope and fiscal year only
// the finest period kind is used, so a year budget and its months are never counted twice, and
// next year's months planned in December do not hide this year's quarters.
QList<Budget> applicableBudgets(const QList<Budget> &all, const DashboardQuery &query, int fiscalYearStartMonth)
{
    const bool categoryFilter = !query.categories.isEmpty() && query.categories.size() < CostCategories::count();
    auto matchesCategory = [&](const Budget &budget) {
        return categoryFilter ? (budget.category && query.categories.contains(*budget.category)) : !budget.category;
    };
    auto yearOf = [&](const Budget &budget) { return fiscalYearStart(budget.periodStart, fiscalYearStartMonth); };

    QList<Budget> portfolio;
    QList<Budget> projects;
    QSet<QDate> portfolioYears;
    for (const Budget &budget : all) {
        if (!matchesCategory(budget))
            continue;
        if (!budget.projectId) {
            portfolio << budget;
            portfolioYears.insert(yearOf(budget));
        } else if (query.includesProject(*budget.projectId)) {
            projects << budget;
        }
    }
    QList<Budget> chosen;
    if (query.projects.isEmpty()) {
        chosen = portfolio;
        for (const Budget &budget : std::as_const(projects)) {
            if (!portfolioYears.contains(yearOf(budget)))
                chosen << budget;
        }
    } else {
        chosen = projects;
    }

    QHash<QString, int> finest;
    auto scopeKey = [&](const Budget &budget) {
        return QStringLiteral("%1/%2/%3")
            .arg(budget.projectId.value_or(0))
            .arg(budget.category ? static_cast<int>(*budget.category) : 0)
            .arg(yearOf(budget).toJulianDay());
    };
    for (const Budget &budget : std::as_const(chosen)) {
        const QString key = scopeKey(budget);
        finest[key] = std::min(finest.value(key, 99), static_cast<int>(budget.periodKind));
    }
    chosen.removeIf([&](const Budget &budget) { return static_cast<int>(budget.periodKind) != finest.value(scopeKey(budget)); });
    return chosen;
}

struct RollupRow
{
    QDate weekStart;
    ProjectId projectId;
    int categoryId;
    QString vendor;
    std::int64_t amount;
    std::int64_t unconverted;
};

QList<RollupRow> readRollups(Database &database, const QDate &from, const QDate &to)
{
    SqlStatement query(database, QStringLiteral("SELECT week_start, project_id, category_id, vendor, reporting_minor,"
                                                " unconverted_count FROM weekly_rollups"
                                                " WHERE week_start >= :from AND week_start <= :to"));
    query.bind(QStringLiteral(":from"), sql::dateValue(from)).bind(QStringLiteral(":to"), sql::dateValue(to)).exec();
    QList<RollupRow> rows;
    while (query.next()) {
        rows << RollupRow{sql::toDate(query.value(0)), query.int64(1), static_cast<int>(query.int64(2)), query.text(3),
                          query.int64(4), query.int64(5)};
    }
    return rows;
}

QList<BreakdownEntry> sortedLargestFirst(QList<BreakdownEntry> entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const BreakdownEntry &a, const BreakdownEntry &b) { return a.amount > b.amount; });
    return entries;
}

std::optional<double> ratio(std::int64_t numerator, std::int64_t denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return static_cast<double>(numerator) / static_cast<double>(denominator);
}

BudgetHealth healthOf(const DashboardKpis &kpis)
{
    if (!kpis.budgetToDate && !kpis.budgetAtHorizon)
        return BudgetHealth::NoBudget;
    const double consumed = kpis.consumedRatio.value_or(0.0);
    const double forecast = kpis.forecastRatio.value_or(consumed);
    if (consumed >= 1.0 || forecast > 1.10)
        return BudgetHealth::Red;
    if (forecast > 1.0 || consumed > 0.9)
        return BudgetHealth::Amber;
    return BudgetHealth::Green;
}

} // namespace

std::int64_t budgetShareForWeek(const Budget &budget, const IsoWeek &week)
{
    return cumulativeShare(budget, week.sunday()) - cumulativeShare(budget, week.monday().addDays(-1));
}

QList<WeeklyPoint> DashboardSnapshot::periodPoints() const
{
    QList<WeeklyPoint> inPeriod;
    for (const WeeklyPoint &point : points) {
        if (range.contains(point.week))
            inPeriod << point;
    }
    return inPeriod;
}

int DashboardSnapshot::indexOf(const IsoWeek &week) const
{
    if (points.isEmpty() || !week.isValid())
        return -1;
    const int index = points.first().week.weeksTo(week);
    return (index >= 0 && index < points.size()) ? index : -1;
}

DashboardSnapshot DashboardSnapshot::compute(Database &database, const DashboardQuery &query)
{
    DashboardSnapshot snapshot;
    snapshot.query = query;
    const DatabaseSettings settings(database);
    snapshot.currency = settings.reportingCurrency();
    const int fiscalStart = settings.fiscalYearStartMonth();
    snapshot.range = query.range(fiscalStart);
    if (!snapshot.range.isValid())
        return snapshot;

    // The reporting week lies in the period: a period entirely after the query's week (a custom
    // range in the future) reports its first week rather than an index before the first point.
    const IsoWeek reportingWeek = std::clamp(query.referenceWeek, snapshot.range.first, snapshot.range.last);
    IsoWeek horizon = query.referenceWeek <= snapshot.range.last ? query.forecastHorizon(fiscalStart) : snapshot.range.last;
    horizon = std::max(horizon, snapshot.range.last);
    const IsoWeek chartEnd = horizon;
    const IsoWeek historyStart = std::min(snapshot.range.first, reportingWeek.addWeeks(-(trendWindowWeeks - 1)));

    // Weekly totals from the history start (for forecasts) to the end of the chart.
    const int historyWeeks = historyStart.weeksTo(chartEnd) + 1;
    QList<std::int64_t> historyTotals(historyWeeks, 0);
    for (int i = 0; i < snapshot.range.weekCount() + snapshot.range.last.weeksTo(chartEnd); ++i) {
        WeeklyPoint point;
        point.week = snapshot.range.first.addWeeks(i);
        point.future = point.week > reportingWeek;
        snapshot.points << point;
    }

    QHash<ProjectId, Project> projects;
    for (const Project &project : ProjectRepository(database).list())
        projects.insert(project.id, project);

    QHash<ProjectId, std::int64_t> projectTotals;
    QHash<int, std::int64_t> categoryTotals;
    QHash<QString, std::int64_t> vendorTotals;
    QHash<ProjectId, std::pair<std::int64_t, std::int64_t>> projectMoves; // (this week, previous)
    QHash<int, std::pair<std::int64_t, std::int64_t>> categoryMoves;

    for (const RollupRow &row : readRollups(database, historyStart.monday(), chartEnd.monday())) {
        if (!query.includesProject(row.projectId) || !CostCategories::isValidId(row.categoryId))
            continue;
        const auto category = static_cast<CostCategory>(row.categoryId);
        if (!query.includesCategory(category))
            continue;
        const IsoWeek week = IsoWeek::fromDate(row.weekStart);
        historyTotals[historyStart.weeksTo(week)] += row.amount;

        if (week == reportingWeek) {
            projectMoves[row.projectId].first += row.amount;
            categoryMoves[row.categoryId].first += row.amount;
        } else if (week == reportingWeek.previous()) {
            projectMoves[row.projectId].second += row.amount;
            categoryMoves[row.categoryId].second += row.amount;
        }

        if (!snapshot.range.contains(week))
            continue;
        WeeklyPoint &point = snapshot.points[snapshot.range.first.weeksTo(week)];
        point.byCategory[static_cast<std::size_t>(row.categoryId - 1)] += row.amount;
        point.actual += row.amount;
        projectTotals[row.projectId] += row.amount;
        categoryTotals[row.categoryId] += row.amount;
        vendorTotals[row.vendor.isEmpty() ? QString() : row.vendor] += row.amount;
        snapshot.periodTotal += row.amount;
        snapshot.unconvertedLines += row.unconverted;
    }

    // Budget per week, spread by day.
    const QList<Budget> budgets = applicableBudgets(
        BudgetRepository(database).overlapping(snapshot.range.first.monday(), chartEnd.sunday()), query, fiscalStart);
    snapshot.hasBudget = !budgets.isEmpty();
    for (WeeklyPoint &point : snapshot.points) {
        for (const Budget &budget : budgets) {
            if (budget.amount.currency() == snapshot.currency)
                point.budget += budgetShareForWeek(budget, point.week);
        }
    }

    std::int64_t runningActual = 0;
    std::int64_t runningBudget = 0;
    for (WeeklyPoint &point : snapshot.points) {
        if (!point.future)
            runningActual += point.actual;
        runningBudget += point.budget;
        point.cumulativeActual = runningActual;
        point.cumulativeBudget = runningBudget;
    }

    // KPIs.
    DashboardKpis &kpis = snapshot.kpis;
    kpis.week = reportingWeek;
    const int reportingHistoryIndex = historyStart.weeksTo(reportingWeek);
    const QList<std::int64_t> history = historyTotals.mid(0, reportingHistoryIndex + 1);
    // The trend is fitted on the weeks since spending began: leading empty weeks of a young
    // project are not data, and a line through them would overstate its growth.
    QList<std::int64_t> trendHistory = history.mid(std::max<qsizetype>(0, history.size() - trendWindowWeeks));
    while (!trendHistory.isEmpty() && trendHistory.first() == 0)
        trendHistory.removeFirst();
    const std::int64_t thisWeek = history.value(reportingHistoryIndex);
    const std::int64_t previousWeek = history.value(reportingHistoryIndex - 1);
    kpis.thisWeek = snapshot.money(thisWeek);
    kpis.previousWeek = snapshot.money(previousWeek);
    kpis.weekChange = snapshot.money(thisWeek - previousWeek);
    kpis.weekChangeRatio = ratio(thisWeek - previousWeek, previousWeek);
    kpis.fourWeekAverage = snapshot.money(forecast::trailingAverage(history, 4));

    const int reportingIndex = snapshot.indexOf(reportingWeek);
    const WeeklyPoint &reportingPoint = snapshot.points.at(reportingIndex);
    kpis.periodToDate = snapshot.money(reportingPoint.cumulativeActual);
    if (snapshot.hasBudget) {
        kpis.budgetToDate = snapshot.money(reportingPoint.cumulativeBudget);
        kpis.consumedRatio = ratio(reportingPoint.cumulativeActual, reportingPoint.cumulativeBudget);
    }

    kpis.forecastHorizon = horizon;
    const int remainingWeeks = reportingWeek.weeksTo(horizon);
    const std::int64_t runRate = reportingPoint.cumulativeActual
        + forecast::trailingAverage(history, 4) * remainingWeeks;
    const std::int64_t trend = reportingPoint.cumulativeActual + forecast::linearTrendSum(trendHistory, remainingWeeks);
    kpis.runRateForecast = snapshot.money(runRate);
    kpis.trendForecast = snapshot.money(trend);
    kpis.forecastMethod = trendHistory.size() >= minimumWeeksForTrend ? ForecastMethod::LinearTrend : ForecastMethod::RunRate;
    kpis.forecast = kpis.forecastMethod == ForecastMethod::LinearTrend ? kpis.trendForecast : kpis.runRateForecast;
    if (snapshot.hasBudget) {
        const std::int64_t budgetAtHorizon = snapshot.points.constLast().cumulativeBudget;
        kpis.budgetAtHorizon = snapshot.money(budgetAtHorizon);
        kpis.forecastRatio = ratio(kpis.forecast.minorUnits(), budgetAtHorizon);
    }
    kpis.health = healthOf(kpis);

    // The dashed forecast line: from the reporting week's actual to the horizon.
    snapshot.forecastCumulative = QList<std::int64_t>(snapshot.points.size(), 0);
    std::int64_t projected = reportingPoint.cumulativeActual;
    const std::int64_t average = forecast::trailingAverage(history, 4);
    for (int i = reportingIndex; i < snapshot.points.size(); ++i) {
        if (i > reportingIndex) {
            const int k = i - reportingIndex - 1;
            projected += kpis.forecastMethod == ForecastMethod::LinearTrend ? forecast::linearTrendValue(trendHistory, k) : average;
        }
        snapshot.forecastCumulative[i] = projected;
    }

    // Breakdowns.
    for (auto it = categoryTotals.cbegin(); it != categoryTotals.cend(); ++it) {
        const auto category = static_cast<CostCategory>(it.key());
        snapshot.byCategory << BreakdownEntry{std::nullopt, category, CostCategories::key(category), QString(), it.value()};
    }
    for (const CategoryInfo &info : CostCategories::all()) {
        if (query.includesCategory(info.category) && !categoryTotals.contains(static_cast<int>(info.category)))
            snapshot.byCategory << BreakdownEntry{std::nullopt, info.category, QLatin1String(info.key), QString(), 0};
    }
    snapshot.byCategory = sortedLargestFirst(snapshot.byCategory);
    for (auto it = projectTotals.cbegin(); it != projectTotals.cend(); ++it) {
        const Project project = projects.value(it.key());
        snapshot.byProject << BreakdownEntry{it.key(), std::nullopt, project.name, project.code, it.value()};
    }
    snapshot.byProject = sortedLargestFirst(snapshot.byProject);
    for (auto it = vendorTotals.cbegin(); it != vendorTotals.cend(); ++it)
        snapshot.byVendor << BreakdownEntry{std::nullopt, std::nullopt, it.key(), QString(), it.value()};
    snapshot.byVendor = sortedLargestFirst(snapshot.byVendor);

    // Movers: projects and categories whose week-over-week change is largest either way.
    for (auto it = projectMoves.cbegin(); it != projectMoves.cend(); ++it) {
        snapshot.movers << Mover{it.key(), std::nullopt, projects.value(it.key()).name, it->first, it->second};
    }
    for (auto it = categoryMoves.cbegin(); it != categoryMoves.cend(); ++it) {
        const auto category = static_cast<CostCategory>(it.key());
        snapshot.movers << Mover{std::nullopt, category, CostCategories::key(category), it->first, it->second};
    }
    std::stable_sort(snapshot.movers.begin(), snapshot.movers.end(), [](const Mover &a, const Mover &b) {
        const std::int64_t left = std::abs(a.change());
        const std::int64_t right = std::abs(b.change());
        return left != right ? left > right : a.label < b.label;
    });
    snapshot.movers.removeIf([](const Mover &mover) { return mover.change() == 0; });
    if (snapshot.movers.size() > moverCount)
        snapshot.movers.resize(moverCount);
    return snapshot;
}

} // namespace costboard
