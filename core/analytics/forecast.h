// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include <QList>

#include "analytics/ledger.h"
#include "domain/money.h"

namespace costboard::forecast {

// Both forecasts work on weekly totals in minor units with integer arithmetic only.

// Mean of the last `window` values (fewer when history is shorter), rounded half away from zero.
std::int64_t trailingAverage(const QList<std::int64_t> &history, int window);

// Sum of the next `futureWeeks` values of the least-squares line through `history`
// (x = 0..n-1), each clamped at zero: spend does not go negative. Exact: the regression is
// solved in 128-bit integers, one rounding per predicted week.
std::int64_t linearTrendSum(const QList<std::int64_t> &history, int futureWeeks);

// The same line's predicted value for week index n + k (k >= 0), clamped at zero.
std::int64_t linearTrendValue(const QList<std::int64_t> &history, int k);

} // namespace costboard::forecast

namespace costboard {

// How one part of a forecast was made.
enum class ForecastMethod
{
    None, // nothing to forecast: no spend in the trailing weeks
    Trend, // variable spend: least-squares trend of the trailing weeks, one-off weeks left out
    RunRate, // variable spend: average of the last four weeks (too little history for a trend)
    NotExtrapolated, // variable spend: mostly empty weeks, one-off invoices: nothing projected
};

QString toKey(ForecastMethod method);

// The forecast of one project × category series over a fiscal period, from its first day to its
// last, made on `asOf`. Everything is integer minor units; series forecasts add up, so the
// portfolio's forecast is the sum of its projects' and of its categories', to the cent.
//
// - Actual: what the ledger holds for the period's days up to `asOf`.
// - Committed: what the ledger already holds for the days after `asOf` (a licence paid for the
//   year ahead, on the accrual basis).
// - Scheduled: recurring costs (lines of a month or longer: payroll, subscriptions, reserved
//   capacity) for each month of the period that has none booked yet, at the amount of the last
//   month that has (this month or the previous one); a month in progress counts whole.
// - Projected: variable spend after `asOf`, from the trailing 13 seven-day blocks ending on
//   `asOf` (recurring part excluded). Blocks above three times the median are one-off and count
//   as the median; a trend needs 8 blocks since spending began, else the run rate of the last 4;
//   a series whose blocks are mostly empty is not extrapolated.
struct SeriesForecast
{
    ProjectId projectId = 0;
    CostCategory category = CostCategory::Inference;
    std::int64_t actual = 0;
    std::int64_t committed = 0;
    std::int64_t scheduled = 0;
    std::int64_t projected = 0;
    ForecastMethod variableMethod = ForecastMethod::None;
    // Per day of the period: the actual spend up to `asOf`, what is expected afterwards, plus
    // recurring costs of the month in progress not booked yet on the days up to `asOf`.
    QList<std::int64_t> expected;

    std::int64_t total() const
    {
        return Money::addMinorUnits(Money::addMinorUnits(actual, committed),
                                    Money::addMinorUnits(scheduled, projected));
    }
};

// How many seven-day blocks feed the variable projection, and how far back a recurring month is
// looked for: the window a LedgerWindow must cover (see forecastWindow()).
constexpr int ForecastHistoryBlocks = 13;

// The days a LedgerWindow needs to forecast `period` on `asOf`.
DayRange forecastWindow(const DayRange &period, const QDate &asOf);

SeriesForecast forecastSeries(const LedgerWindow &window, const LedgerSeries &series, const DayRange &period,
                              const QDate &asOf);

} // namespace costboard
