// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/dashboardsnapshot.h"

#include <algorithm>

#include <QHash>
#include <QSet>

#include "analytics/forecast.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"

namespace costboard {
namespace {

constexpr int historyWeeks = 13;
constexpr int moverCount = 6;

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

DayRange weekDays(const IsoWeek &week)
{
    return { week.monday(), week.sunday() };
}

DayRange spanOf(std::initializer_list<DayRange> ranges)
{
    DayRange span;
    for (const DayRange &range : ranges) {
        if (!range.isValid())
            continue;
        span = span.isValid()
            ? DayRange { std::min(span.first, range.first), std::max(span.last, range.last) }
            : range;
    }
    return span;
}

// The reporting date of a query: the last day of the reporting week that lies in the period.
struct Reporting
{
    IsoWeek week;
    QDate asOf;
    // The day up to which the ledger holds facts for the forecast: asOf, or later when the period
    // shown ended before the reference week (its fiscal period is then partly or wholly known).
    QDate factsUntil;
    DayRange forecastPeriod;
};

Reporting reportingOf(const DashboardQuery &query, const FiscalCalendar &calendar, const DayRange &days,
                      const WeekRange &range)
{
    Reporting reporting;
    reporting.week = std::clamp(query.referenceWeek, range.first, range.last);
    reporting.asOf = std::min(reporting.week.sunday(), days.last);
    reporting.forecastPeriod = calendar.period(query.forecastPeriodKind(), reporting.asOf);
    reporting.factsUntil = query.referenceWeek > range.last
        ? std::min(query.referenceWeek.sunday(), reporting.forecastPeriod.last)
        : reporting.asOf;
    return reporting;
}

} // namespace

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

DashboardSnapshot DashboardSnapshot::compute(Database &database, const DashboardQuery &query, Vendors vendors)
{
    DashboardSnapshot snapshot;
    snapshot.query = query;
    const DatabaseSettings settings(database);
    snapshot.currency = settings.reportingCurrency();
    snapshot.calendar = settings.calendar();
    const FiscalCalendar &calendar = snapshot.calendar;
    snapshot.days = query.days(calendar);
    snapshot.range = query.range(calendar);
    if (!snapshot.range.isValid() || !snapshot.days.isValid())
        return snapshot;

    const Reporting reporting = reportingOf(query, calendar, snapshot.days, snapshot.range);
    const QDate asOf = reporting.asOf;
    const DayRange forecastPeriod = reporting.forecastPeriod;
    const bool showsFuture = query.referenceWeek <= snapshot.range.last;
    const IsoWeek chartEnd = showsFuture
        ? std::max(snapshot.range.last, IsoWeek::fromDate(forecastPeriod.last))
        : snapshot.range.last;
    const IsoWeek historyStart = reporting.week.addWeeks(-(historyWeeks - 1));

    const DayRange needed = spanOf({ snapshot.days, forecastWindow(forecastPeriod, reporting.factsUntil),
                                     DayRange { historyStart.monday(), reporting.week.sunday() },
                                     DayRange { snapshot.range.first.monday(), chartEnd.sunday() } });
    const LedgerWindow window
        = LedgerWindow::read(database, query.basis, needed, query.projects, query.categories);
    const BudgetBook budgets = BudgetBook::read(database, needed);
    const auto budgetOver = [&](const DayRange &span) {
        return budgets.budgetFor(query.projects, query.categories, span);
    };

    // The forecast, bottom-up: one per project x category, summed.
    QList<std::int64_t> expected(forecastPeriod.dayCount(), 0);
    for (const LedgerSeries &series : window.series()) {
        SeriesForecast part = forecastSeries(window, series, forecastPeriod, reporting.factsUntil);
        for (qsizetype i = 0; i < expected.size(); ++i)
            Money::accumulate(expected[i], part.expected.at(i));
        snapshot.forecastParts << part;
    }
    const auto expectedOver = [&](const DayRange &span) {
        const DayRange common = span.intersected(forecastPeriod);
        std::int64_t sum = 0;
        for (QDate day = common.first; common.isValid() && day <= common.last; day = day.addDays(1))
            Money::accumulate(sum, expected.at(forecastPeriod.first.daysTo(day)));
        return sum;
    };
    const DayRange futureDays { reporting.factsUntil.addDays(1), forecastPeriod.last };

    // Weekly points: the period's weeks, then the forecast's.
    for (IsoWeek week = snapshot.range.first; week <= chartEnd; week = week.next()) {
        WeeklyPoint point;
        point.week = week;
        if (snapshot.range.contains(week)) {
            point.days = weekDays(week).intersected(snapshot.days);
            point.future = week > reporting.week;
            for (const LedgerSeries &series : window.series()) {
                const std::int64_t amount = window.total(series, point.days);
                Money::accumulate(point.byCategory[static_cast<std::size_t>(series.category) - 1], amount);
                Money::accumulate(point.actual, amount);
            }
        } else {
            point.days = weekDays(week).intersected(futureDays);
            point.future = true;
        }
        if (showsFuture)
            point.forecast = expectedOver(point.days.intersected(futureDays));
        point.budget = budgetOver(point.days).value_or(0);
        snapshot.points << point;
    }
    const std::optional<std::int64_t> budgetToDate = budgetOver({ snapshot.days.first, asOf });
    const std::optional<std::int64_t> periodBudget = budgetOver(forecastPeriod);
    snapshot.hasBudget = budgetOver(snapshot.days).has_value() || periodBudget.has_value();

    std::int64_t runningActual = 0;
    std::int64_t runningBudget = 0;
    for (WeeklyPoint &point : snapshot.points) {
        if (!point.future)
            Money::accumulate(runningActual, point.actual);
        Money::accumulate(runningBudget, point.budget);
        point.cumulativeActual = runningActual;
        point.cumulativeBudget = runningBudget;
    }

    // KPIs.
    DashboardKpis &kpis = snapshot.kpis;
    kpis.week = reporting.week;
    kpis.asOf = asOf;
    QList<std::int64_t> history;
    for (IsoWeek week = historyStart; week <= reporting.week; week = week.next())
        history << window.total(weekDays(week));
    const std::int64_t thisWeek = history.constLast();
    const std::int64_t previousWeek = history.at(history.size() - 2);
    kpis.thisWeek = snapshot.money(thisWeek);
    kpis.previousWeek = snapshot.money(previousWeek);
    const std::int64_t weekChange = Money::subtractMinorUnits(thisWeek, previousWeek);
    kpis.weekChange = snapshot.money(weekChange);
    kpis.weekChangeRatio = ratio(weekChange, previousWeek);
    kpis.fourWeekAverage = snapshot.money(forecast::trailingAverage(history, 4));

    const std::int64_t toDate = window.total({ snapshot.days.first, asOf });
    kpis.periodToDate = snapshot.money(toDate);
    if (budgetToDate) {
        kpis.budgetToDate = snapshot.money(*budgetToDate);
        kpis.consumedRatio = shareOfBudget(toDate, budgetToDate);
    }

    kpis.forecastPeriodKind = query.forecastPeriodKind();
    kpis.forecastPeriod = forecastPeriod;
    kpis.forecastHorizon = IsoWeek::fromDate(forecastPeriod.last);
    std::int64_t periodActual = 0, committed = 0, scheduled = 0, projected = 0;
    for (const SeriesForecast &part : std::as_const(snapshot.forecastParts)) {
        Money::accumulate(periodActual, part.actual);
        Money::accumulate(committed, part.committed);
        Money::accumulate(scheduled, part.scheduled);
        Money::accumulate(projected, part.projected);
    }
    kpis.forecastPeriodToDate = snapshot.money(periodActual);
    kpis.forecast = snapshot.money(Money::addMinorUnits(Money::addMinorUnits(periodActual, committed),
                                                        Money::addMinorUnits(scheduled, projected)));
    kpis.forecastCommitted = snapshot.money(committed);
    kpis.forecastScheduled = snapshot.money(scheduled);
    kpis.forecastProjected = snapshot.money(projected);
    if (periodBudget) {
        kpis.budgetAtHorizon = snapshot.money(*periodBudget);
        kpis.periodConsumedRatio = shareOfBudget(periodActual, periodBudget);
        kpis.forecastRatio = shareOfBudget(kpis.forecast.minorUnits(), periodBudget);
    }
    kpis.health = BudgetHealthRule::assess(toDate, budgetToDate, kpis.forecast.minorUnits(), periodBudget);
    if (query.projects.isEmpty()
        && (query.categories.isEmpty() || query.categories.size() >= CostCategories::count()))
        snapshot.portfolioBudgets = budgets.portfolioPosition(forecastPeriod);

    // The dashed forecast line: from the reporting week's actual (plus recurring costs of the
    // month in progress not booked yet) through the forecast's weeks.
    snapshot.forecastCumulative = QList<std::int64_t>(snapshot.points.size(), 0);
    const int reportingIndex = snapshot.indexOf(reporting.week);
    if (showsFuture && reportingIndex >= 0) {
        const DayRange knownDays { forecastPeriod.first,
                                   std::min(reporting.factsUntil, forecastPeriod.last) };
        std::int64_t projectedRunning = Money::addMinorUnits(
            snapshot.points.at(reportingIndex).cumulativeActual,
            Money::subtractMinorUnits(expectedOver(knownDays), window.total(knownDays)));
        for (int i = reportingIndex; i < snapshot.points.size(); ++i) {
            if (i > reportingIndex)
                Money::accumulate(projectedRunning, snapshot.points.at(i).forecast);
            snapshot.forecastCumulative[i] = projectedRunning;
        }
    }

    // Breakdowns over the period's days, movers over the reporting week and the one before.
    QHash<ProjectId, Project> projects;
    for (const Project &project : ProjectRepository(database).list())
        projects.insert(project.id, project);
    QHash<ProjectId, std::int64_t> projectTotals;
    QHash<int, std::int64_t> categoryTotals;
    QHash<ProjectId, std::pair<std::int64_t, std::int64_t>> projectMoves; // (this week, previous)
    QHash<int, std::pair<std::int64_t, std::int64_t>> categoryMoves;
    for (const LedgerSeries &series : window.series()) {
        const std::int64_t amount = window.total(series, snapshot.days);
        const int categoryId = static_cast<int>(series.category);
        Money::accumulate(projectTotals[series.projectId], amount);
        Money::accumulate(categoryTotals[categoryId], amount);
        Money::accumulate(snapshot.periodTotal, amount);
        const std::int64_t now = window.total(series, weekDays(reporting.week));
        const std::int64_t before = window.total(series, weekDays(reporting.week.previous()));
        Money::accumulate(projectMoves[series.projectId].first, now);
        Money::accumulate(projectMoves[series.projectId].second, before);
        Money::accumulate(categoryMoves[categoryId].first, now);
        Money::accumulate(categoryMoves[categoryId].second, before);
    }
    snapshot.unconvertedLines = window.unconvertedLines(snapshot.days);
    // A project with nothing in the period is not in its breakdown (it may have a series for the
    // forecast's sake only).
    projectTotals.removeIf([](const auto &entry) { return entry.value() == 0; });

    for (const CategoryInfo &info : CostCategories::all()) {
        if (query.includesCategory(info.category))
            snapshot.byCategory << BreakdownEntry { std::nullopt, info.category, QLatin1String(info.key),
                                                    QString(),
                                                    categoryTotals.value(static_cast<int>(info.category)) };
    }
    snapshot.byCategory = sortedLargestFirst(snapshot.byCategory);
    for (auto it = projectTotals.cbegin(); it != projectTotals.cend(); ++it) {
        const Project project = projects.value(it.key());
        snapshot.byProject << BreakdownEntry { it.key(),     std::nullopt, project.name,
                                               project.code, it.value(),   project.isUnallocated };
        if (project.isUnallocated)
            Money::accumulate(snapshot.unallocatedTotal, it.value());
    }
    std::sort(snapshot.byProject.begin(), snapshot.byProject.end(),
              [](const BreakdownEntry &a, const BreakdownEntry &b) { return a.code < b.code; });
    snapshot.byProject = sortedLargestFirst(snapshot.byProject);
    if (vendors == Vendors::Included) {
        const QHash<QString, std::int64_t> vendorTotals = LedgerWindow::vendorTotals(
            database, query.basis, snapshot.days, query.projects, query.categories);
        for (auto it = vendorTotals.cbegin(); it != vendorTotals.cend(); ++it) {
            if (it.value() != 0)
                snapshot.byVendor << BreakdownEntry { std::nullopt, std::nullopt, it.key(), QString(),
                                                      it.value() };
        }
        std::sort(snapshot.byVendor.begin(), snapshot.byVendor.end(),
                  [](const BreakdownEntry &a, const BreakdownEntry &b) { return a.label < b.label; });
        snapshot.byVendor = sortedLargestFirst(snapshot.byVendor);
    }

    for (auto it = projectMoves.cbegin(); it != projectMoves.cend(); ++it)
        snapshot.movers << Mover { it.key(),  std::nullopt, projects.value(it.key()).name,
                                   it->first, it->second,   projects.value(it.key()).isUnallocated };
    for (auto it = categoryMoves.cbegin(); it != categoryMoves.cend(); ++it) {
        const auto category = static_cast<CostCategory>(it.key());
        snapshot.movers << Mover { std::nullopt, category, CostCategories::key(category), it->first,
                                   it->second };
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

QList<PeriodFigures> periodFigures(Database &database, const DashboardQuery &query, PeriodKind kind)
{
    QList<PeriodFigures> figures;
    const DatabaseSettings settings(database);
    const FiscalCalendar calendar = settings.calendar();
    const DayRange days = query.days(calendar);
    const WeekRange range = query.range(calendar);
    if (!days.isValid() || !range.isValid())
        return figures;
    const Reporting reporting = reportingOf(query, calendar, days, range);
    const QList<DayRange> periods = calendar.periodsOverlapping(kind, days);
    const DayRange whole { periods.constFirst().first, periods.constLast().last };
    const DayRange needed = spanOf({ whole, forecastWindow(whole, reporting.factsUntil) });
    const LedgerWindow window
        = LedgerWindow::read(database, query.basis, needed, query.projects, query.categories);
    const BudgetBook budgets = BudgetBook::read(database, needed);
    for (const DayRange &period : periods) {
        PeriodFigures entry;
        entry.kind = kind;
        entry.days = period;
        entry.key = calendar.periodKey(kind, period.first);
        entry.budget = budgets.budgetFor(query.projects, query.categories, period);
        for (const LedgerSeries &series : window.series()) {
            const SeriesForecast part = forecastSeries(window, series, period, reporting.factsUntil);
            Money::accumulate(entry.actual, part.actual);
            Money::accumulate(entry.forecast, part.total());
        }
        figures << entry;
    }
    return figures;
}

} // namespace costboard
