// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>

#include <QList>

#include "analytics/budgetrule.h"
#include "analytics/dashboardquery.h"
#include "analytics/forecast.h"
#include "domain/entities.h"

namespace costboard {

class Database;

// One week of the dashboard. Amounts are minor units of DashboardSnapshot::currency.
struct WeeklyPoint
{
    IsoWeek week;
    DayRange days; // the week's days that count: fewer than 7 where
                   // the week straddles the period's start or end
    std::array<std::int64_t, 10> byCategory {}; // index: category id - 1
    std::int64_t actual = 0; // sum of byCategory
    std::int64_t budget = 0; // budget spread into this week
    std::int64_t cumulativeActual = 0; // from the first week of the period
    std::int64_t cumulativeBudget = 0;
    std::int64_t forecast = 0; // expected spend of the days after the reporting date
    bool future = false; // after the reporting week: forecast only

    std::int64_t category(CostCategory c) const { return byCategory[static_cast<std::size_t>(c) - 1]; }
    bool isPartial() const { return days.dayCount() < 7; }
};

struct BreakdownEntry
{
    std::optional<ProjectId> projectId; // by-project entries
    std::optional<CostCategory> category; // by-category entries
    QString label; // project name, category key or vendor
    QString code; // project code
    std::int64_t amount = 0;
    bool isUnallocated = false; // the Unallocated project: imported rows no rule placed
};

struct Mover
{
    std::optional<ProjectId> projectId;
    std::optional<CostCategory> category;
    QString label;
    std::int64_t thisWeek = 0;
    std::int64_t previousWeek = 0;
    bool isUnallocated = false; // the Unallocated project
    std::int64_t change() const { return Money::subtractMinorUnits(thisWeek, previousWeek); }
};

// Every ratio names its budget and its period: "of the budget to date" compares the period's
// spend with the budget of the same days; "of the Q4 budget" compares the spend (or the forecast)
// of the fiscal period holding the reporting date with that period's whole budget.
struct DashboardKpis
{
    IsoWeek week; // the reporting week: the query's, clamped into the period
    QDate asOf; // the last day reported: the week's Sunday, or the period's end
    Money thisWeek;
    Money previousWeek;
    Money weekChange;
    std::optional<double> weekChangeRatio; // a ratio, not money; empty when last week was zero
    Money fourWeekAverage;
    Money periodToDate; // the period's days up to asOf
    std::optional<Money> budgetToDate; // the budget of the same days
    std::optional<double> consumedRatio; // periodToDate / budgetToDate

    // The fiscal quarter (or year) holding asOf, and its forecast.
    PeriodKind forecastPeriodKind = PeriodKind::Quarter;
    DayRange forecastPeriod;
    IsoWeek forecastHorizon; // the week of the fiscal period's last day
    Money forecastPeriodToDate; // spend of the fiscal period known as actual: up to asOf,
                                // or later when the period shown ended before the
                                // reference week (the days since are facts too)
    Money forecast; // spend expected over the whole fiscal period
    Money forecastCommitted; // of which: booked for days after asOf
    Money forecastScheduled; // recurring costs not booked yet
    Money forecastProjected; // variable spend projected
    std::optional<Money> budgetAtHorizon; // the fiscal period's whole budget
    std::optional<double> periodConsumedRatio; // forecastPeriodToDate / budgetAtHorizon
    std::optional<double> forecastRatio; // forecast / budgetAtHorizon
    BudgetHealth health = BudgetHealth::NoBudget;
};

// Everything the dashboard, the PDF report, the exports and the alert engine show for one query,
// computed once from the daily roll-ups. Renderers format these values; they never re-aggregate.
struct DashboardSnapshot
{
    DashboardQuery query;
    QString currency;
    FiscalCalendar calendar;
    DayRange days; // the period's days
    WeekRange range; // the weeks holding them
    QList<WeeklyPoint> points; // range.first .. max(range.last, horizon); later weeks are `future`
    QList<std::int64_t> forecastCumulative; // aligned with points; empty values before the reporting week
    bool hasBudget = false;
    // The portfolio's envelope, its projects' budgets and the difference, over the fiscal period
    // of the forecast (shown for the whole portfolio only).
    BudgetBook::PortfolioPosition portfolioBudgets;
    QList<SeriesForecast> forecastParts; // per project x category, the forecast's parts and methods
    QList<BreakdownEntry> byCategory; // all categories of the selection, largest first
    QList<BreakdownEntry> byProject; // largest first
    QList<BreakdownEntry> byVendor; // largest first
    QList<Mover> movers; // largest absolute week-over-week change first, at most 6
    DashboardKpis kpis;
    std::int64_t periodTotal = 0; // every day of the period (days after asOf too, when a custom
                                  // range runs past the reporting week)
    std::int64_t unconvertedLines = 0; // lines in the period with no FX rate: not in any total
    std::int64_t unallocatedTotal = 0; // of periodTotal: in the Unallocated project

    // The share of the period's spend placed in a project (1 when there is no spend).
    double allocatedShare() const
    {
        return periodTotal == 0 ? 1.0 : 1.0 - double(unallocatedTotal) / double(periodTotal);
    }

    Money money(std::int64_t minorUnits) const { return Money(minorUnits, currency); }
    // Points of the period only (without the forecast weeks after range.last).
    QList<WeeklyPoint> periodPoints() const;
    int indexOf(const IsoWeek &week) const;

    // The vendor breakdown takes a third of the time of a snapshot (one more read of the daily
    // roll-ups, by vendor). The tables, the report and `snapshot` list it; the dashboard page, which
    // never shows it, skips it and leaves byVendor empty.
    enum class Vendors
    {
        Included,
        Skipped
    };
    static DashboardSnapshot compute(Database &database, const DashboardQuery &query,
                                     Vendors vendors = Vendors::Included);
};

// The actual, budget and forecast of one calendar period (a month, fiscal quarter or fiscal
// year) for a selection: `snapshot --by` lists these so that anyone can check that the months add
// up to the quarters and the quarters to the year.
struct PeriodFigures
{
    PeriodKind kind = PeriodKind::Month;
    DayRange days;
    QString key; // "2026-11", "2026-Q4", "FY2026"
    std::int64_t actual = 0; // days up to asOf
    std::optional<std::int64_t> budget;
    std::int64_t forecast = 0; // actual, then expected spend after asOf
};

// The periods of `kind` overlapping the query's days (each whole), for its selection and basis,
// as of the query's reporting date.
QList<PeriodFigures> periodFigures(Database &database, const DashboardQuery &query, PeriodKind kind);

} // namespace costboard
