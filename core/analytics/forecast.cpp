#include "analytics/forecast.h"

#include "domain/money.h"

namespace costboard::forecast {
namespace {

__extension__ typedef __int128 Wide;

// Rounds numerator / denominator half away from zero (denominator > 0).
std::int64_t roundedDivision(Wide numerator, Wide denominator)
{
    Wide quotient = numerator / denominator;
    const Wide remainder = numerator % denominator;
    const Wide twice = remainder < 0 ? -2 * remainder : 2 * remainder;
    if (twice >= denominator)
        quotient += numerator < 0 ? -1 : 1;
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
        total += linearTrendValue(history, k);
    return total;
}

} // namespace costboard::forecast
