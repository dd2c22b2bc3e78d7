#pragma once

#include "analytics/dashboardquery.h"
#include "domain/entities.h"

#include <QList>

#include <array>
#include <optional>

namespace costboard {

class Database;

// One week of the dashboard. Amounts are minor units of DashboardSnapshot::currency.
struct WeeklyPoint
{
    IsoWeek week;
    std::array<std::int64_t, 10> byCategory{}; // index: category id - 1
    std::int64_t actual = 0;                    // sum of byCategory
    std::int64_t budget = 0;                    // budget spread into this week
    std::int64_t cumulativeActual = 0;          // from the first week of the period
    std::int64_t cumulativeBudget = 0;
    bool future = false;                        // after the reporting week: forecast only

    std::int64_t category(CostCategory c) const { return byCategory[static_cast<std::size_t>(c) - 1]; }
};

struct BreakdownEntry
{
    std::optional<ProjectId> projectId;    // by-project entries
    std::optional<CostCategory> category;  // by-category entries
    QString label;                         // project name, category key or vendor
    QString code;                          // project code
    std::int64_t amount = 0;
};

enum class ForecastMethod { RunRate, LinearTrend };
enum class BudgetHealth { NoBudget, Green, Amber, Red };

struct Mover
{
    std::optional<ProjectId> projectId;
    std::optional<CostCategory> category;
    QString label;
    std::int64_t thisWeek = 0;
    std::int64_t previousWeek = 0;
    std::int64_t change() const { return thisWeek - previousWeek; }
};

struct DashboardKpis
{
    IsoWeek week;                        // the reporting week: the query's, clamped into the period
    Money thisWeek;
    Money previousWeek;
    Money weekChange;
    std::optional<double> weekChangeRatio; // a ratio, not money; empty when last week was zero
    Money fourWeekAverage;
    Money periodToDate;
    std::optional<Money> budgetToDate;     // budget of the period's weeks up to the reporting week
    std::optional<double> consumedRatio;   // periodToDate / budgetToDate
    IsoWeek forecastHorizon;
    ForecastMethod forecastMethod = ForecastMethod::RunRate;
    Money forecast;                        // cumulative spend expected at the horizon (chosen method)
    Money runRateForecast;
    Money trendForecast;
    std::optional<Money> budgetAtHorizon;
    std::optional<double> forecastRatio;   // forecast / budgetAtHorizon
    BudgetHealth health = BudgetHealth::NoBudget;
};

// Everything the dashboard, the PDF report, the exports and the alert engine show for one query,
// computed once from the weekly roll-ups. Renderers format these values; they never re-aggregate.
struct DashboardSnapshot
{
    DashboardQuery query;
    QString currency;
    WeekRange range;                 // the period shown
    QList<WeeklyPoint> points;       // range.first .. max(range.last, horizon); later weeks are `future`
    QList<std::int64_t> forecastCumulative; // aligned with points; empty values before the reporting week
    bool hasBudget = false;
    QList<BreakdownEntry> byCategory; // all categories of the selection, largest first
    QList<BreakdownEntry> byProject;  // largest first
    QList<BreakdownEntry> byVendor;   // largest first
    QList<Mover> movers;              // largest absolute week-over-week change first, at most 6
    DashboardKpis kpis;
    std::int64_t periodTotal = 0;
    std::int64_t unconvertedLines = 0; // lines in the period with no FX rate: not in any total

    Money money(std::int64_t minorUnits) const { return Money(minorUnits, currency); }
    // Points of the period only (without the forecast weeks after range.last).
    QList<WeeklyPoint> periodPoints() const;
    int indexOf(const IsoWeek &week) const;

    static DashboardSnapshot compute(Database &database, const DashboardQuery &query);
};

// Spreads a budget evenly over the days of its period and returns the part falling in `week`;
// the parts of all weeks add up to the budget exactly (largest-remainder rounding by day).
std::int64_t budgetShareForWeek(const Budget &budget, const IsoWeek &week);

} // namespace costboard
