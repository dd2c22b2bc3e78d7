#pragma once

#include <QList>

#include <cstdint>

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
