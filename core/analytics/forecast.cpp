// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/forecast.h"

#include <algorithm>
#include <limits>

#include "domain/money.h"
#include "errors.h"

namespace costboard {
namespace {
// A 128-bit intermediate for sums and products of amounts; GCC and Clang both provide it.
__extension__ typedef __int128 Wide;
} // namespace
} // namespace costboard

namespace costboard::forecast {
namespace {

// Rounds numerator / denominator half away from zero (denominator > 0).
std::int64_t roundedDivision(Wide numerator, Wide denominator)
{
    Wide quotient = numerator / denominator;
    const Wide remainder = numerator % denominator;
    const Wide twice = remainder < 0 ? -2 * remainder : 2 * remainder;
    if (twice >= denominator)
        quotient += numerator < 0 ? -1 : 1;
    // A trend of wild figures can reach past what an amount holds: an error, never a wrapped value.
    if (quotient > std::numeric_limits<std::int64_t>::max()
        || quotient < std::numeric_limits<std::int64_t>::min())
        throw MoneyError(ErrorCode::AmountOverflowScaling);
    return static_cast<std::int64_t>(quotient);
}

} // namespace

std::int64_t trailingAverage(const QList<std::int64_t> &history, int window)
{
    const qsizetype count = std::min<qsizetype>(window, history.size());
    if (count <= 0)
        return 0;
    Wide sum = 0;
    for (qsizetype i = history.size() - count; i < history.size(); ++i)
        sum += history.at(i);
    return roundedDivision(sum, count);
}

std::int64_t linearTrendValue(const QList<std::int64_t> &history, int k)
{
    const Wide n = history.size();
    if (n == 0)
        return 0;
    if (n == 1)
        return std::max<std::int64_t>(0, history.first());
    Wide sumX = 0;
    Wide sumY = 0;
    Wide sumXX = 0;
    Wide sumXY = 0;
    for (qsizetype x = 0; x < history.size(); ++x) {
        sumX += x;
        sumY += history.at(x);
        sumXX += Wide(x) * x;
        sumXY += Wide(x) * history.at(x);
    }
    const Wide sxx = n * sumXX - sumX * sumX; // > 0 for n >= 2
    const Wide sxy = n * sumXY - sumX * sumY;
    const Wide x = n + k;
    // y(x) = mean(y) + slope * (x - mean(x)) = (sumY * sxx + sxy * (n * x - sumX)) / (n * sxx)
    const std::int64_t value = roundedDivision(sumY * sxx + sxy * (n * x - sumX), n * sxx);
    return std::max<std::int64_t>(0, value);
}

std::int64_t linearTrendSum(const QList<std::int64_t> &history, int futureWeeks)
{
    std::int64_t total = 0;
    for (int k = 0; k < futureWeeks; ++k)
        Money::accumulate(total, linearTrendValue(history, k));
    return total;
}

} // namespace costboard::forecast

namespace costboard {
namespace {

constexpr int minimumBlocksForTrend = 8;
constexpr int runRateBlocks = 4;
constexpr int oneOffMedianMultiple = 3;

std::int64_t median(QList<std::int64_t> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values.at(n / 2)
                 : static_cast<std::int64_t>((Wide(values.at(n / 2 - 1)) + values.at(n / 2)) / 2);
}

} // namespace

QString toKey(ForecastMethod method)
{
    switch (method) {
    case ForecastMethod::None:
        return QStringLiteral("none");
    case ForecastMethod::Trend:
        return QStringLiteral("trend");
    case ForecastMethod::RunRate:
        return QStringLiteral("run-rate");
    case ForecastMethod::NotExtrapolated:
        return QStringLiteral("not-extrapolated");
    }
    return QString();
}

DayRange forecastWindow(const DayRange &period, const QDate &asOf)
{
    const QDate historyStart = asOf.addDays(-7 * ForecastHistoryBlocks + 1);
    const QDate previousMonth = FiscalCalendar::month(asOf).first.addMonths(-1);
    return { std::min({ period.first, historyStart, previousMonth }), std::max(period.last, asOf) };
}

SeriesForecast forecastSeries(const LedgerWindow &window, const LedgerSeries &series, const DayRange &period,
                              const QDate &asOf)
{
    SeriesForecast result;
    result.projectId = series.projectId;
    result.category = series.category;
    result.expected = QList<std::int64_t>(period.dayCount(), 0);
    const auto valueOn = [&](const QList<std::int64_t> &values, const QDate &day) -> std::int64_t {
        const int index = window.indexOf(day);
        return index < 0 ? 0 : values.at(index);
    };

    // What the ledger holds: actual up to asOf, committed after.
    for (QDate day = period.first; day <= period.last; day = day.addDays(1)) {
        const std::int64_t booked = valueOn(series.amount, day);
        Money::accumulate(result.expected[period.first.daysTo(day)], booked);
        Money::accumulate(day <= asOf ? result.actual : result.committed, booked);
    }

    // Recurring costs: months of the period from the one holding asOf on with none booked.
    const auto recurringIn = [&](const DayRange &month) {
        std::int64_t sum = 0;
        for (QDate day = month.first; day <= month.last; day = day.addDays(1))
            Money::accumulate(sum, valueOn(series.recurring, day));
        return sum;
    };
    const DayRange thisMonth = FiscalCalendar::month(asOf);
    std::int64_t monthly = recurringIn(thisMonth);
    if (monthly == 0)
        monthly = recurringIn(FiscalCalendar::month(thisMonth.first.addDays(-1)));
    if (monthly != 0) {
        for (DayRange month = thisMonth; month.first <= period.last;
             month = FiscalCalendar::month(month.last.addDays(1))) {
            if (month.last < period.first || recurringIn(month) != 0)
                continue;
            const DayRange days = month.intersected(period);
            for (QDate day = days.first; day <= days.last; day = day.addDays(1)) {
                const std::int64_t share = shareOfDays(monthly, month, DayRange::singleDay(day));
                Money::accumulate(result.expected[period.first.daysTo(day)], share);
                Money::accumulate(result.scheduled, share);
            }
        }
    }

    // Variable spend after asOf.
    if (asOf >= period.last)
        return result;
    QList<std::int64_t> blocks;
    for (int block = ForecastHistoryBlocks - 1; block >= 0; --block) {
        const QDate last = asOf.addDays(-7 * block);
        std::int64_t sum = 0;
        for (QDate day = last.addDays(-6); day <= last; day = day.addDays(1))
            Money::accumulate(
                sum, Money::subtractMinorUnits(valueOn(series.amount, day), valueOn(series.recurring, day)));
        blocks << sum;
    }
    // Blocks before spending began are not data: a young series is not a series of zeros.
    while (!blocks.isEmpty() && blocks.first() == 0)
        blocks.removeFirst();
    if (blocks.isEmpty())
        return result;
    const qsizetype emptyBlocks = std::count(blocks.cbegin(), blocks.cend(), std::int64_t(0));
    if (emptyBlocks * 2 > blocks.size()) {
        result.variableMethod = ForecastMethod::NotExtrapolated;
        return result;
    }
    // A one-off (an invoice, a retraining) is in the actual already; the projection sees the
    // series' ordinary level in its place, so it does not carry the one-off into later weeks.
    const std::int64_t typical = median(blocks);
    for (std::int64_t &value : blocks) {
        if (Wide(value) > Wide(typical) * oneOffMedianMultiple)
            value = typical;
    }
    const bool trend = blocks.size() >= minimumBlocksForTrend;
    result.variableMethod = trend ? ForecastMethod::Trend : ForecastMethod::RunRate;
    const std::int64_t runRate = forecast::trailingAverage(blocks, runRateBlocks);
    for (int block = 0;; ++block) {
        const DayRange days { asOf.addDays(7 * block + 1), asOf.addDays(7 * block + 7) };
        if (days.first > period.last)
            break;
        const std::int64_t value = trend ? forecast::linearTrendValue(blocks, block) : runRate;
        const DayRange inPeriod = days.intersected(period);
        if (!inPeriod.isValid())
            continue; // a week after asOf but before the period (a future month of the grid)
        for (QDate day = inPeriod.first; day <= inPeriod.last; day = day.addDays(1)) {
            const std::int64_t share = shareOfDays(value, days, DayRange::singleDay(day));
            Money::accumulate(result.expected[period.first.daysTo(day)], share);
            Money::accumulate(result.projected, share);
        }
    }
    return result;
}

} // namespace costboard
