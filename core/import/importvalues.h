// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <QDate>
#include <QString>

class QJsonValue;

namespace costboard {

// Amounts in files are exact decimals, often finer than a cent (a token costs 0.0000025 USD).
// They are read into integer nano-units (10^-9) so that a file's rows add up exactly before the
// ledger rounds its lines to minor units. Never a double.
namespace nanos {
inline constexpr std::int64_t PerUnit = 1'000'000'000;
// The largest amount one row may carry: nine billion units, well inside 64 bits of nano-units.
inline constexpr std::int64_t MaxUnits = 9'000'000'000;
} // namespace nanos

enum class ValueStatus
{
    Ok,
    Empty,
    Invalid,
    OutOfRange
};

// The decimal text of a JSON number or string: for a number, the shortest form that reads back
// as the same double, which is the text the file wrote for any value of up to fifteen significant
// digits (QJsonDocument hands numbers over as double; no arithmetic is done on it). Empty for
// any other value.
std::optional<std::string> jsonDecimalText(const QJsonValue &value);

// A machine-written decimal as billing exports write them: "-12.345678901", "1.5E-7", "0".
// Digits past the ninth decimal are rounded half away from zero.
ValueStatus parseMachineDecimal(std::string_view text, std::int64_t &nanoUnits);

// A decimal as people and spreadsheets write it: "1 234,56", "1,234.56", "1234.56 €",
// "$10,000.00 ", "(12.50)", "-45,00". `decimalSeparator` is '.' or ','; thousands separators
// (space, no-break space, the other of '.'/',', apostrophe) must group digits by three.
ValueStatus parseHumanDecimal(std::string_view text, char decimalSeparator, std::int64_t &nanoUnits);

// Which of '.' and ',' a column of human amounts uses for decimals, judged from a sample value:
// 0 when the value does not tell (no separator, or "1,234" which reads both ways).
char decimalSeparatorOf(std::string_view text);

// Exact sums of nano-units: a million rows of billions overflow 64 bits (g++ and clang).
__extension__ typedef __int128 WideNanos;

// `value` / `divisor` rounded half away from zero: the one rounding of imported amounts, from
// nano-units to minor units and from nano-cents to nano-units.
WideNanos divideRounded(WideNanos value, std::int64_t divisor);

// Rounds nano-units to a currency's minor units (`minorPerMajor` = 100 for EUR).
std::int64_t nanosToMinor(std::int64_t nanoUnits, std::int64_t minorPerMajor);

enum class DateOrder
{
    Unknown,
    YearMonthDay,
    DayMonthYear,
    MonthDayYear
};

// A calendar date: ISO 8601 ("2026-11-03", with or without a time) or d/m/y, m/d/y with '/',
// '.' or '-' and two- or four-digit years ("5/1/25" is 2025). A time and a zone ("Z",
// "+02:00", " UTC") are accepted and the date is taken in UTC.
struct ParsedDateTime
{
    QDate date; // in UTC
    bool atMidnight = true;
    int secondsOfDay = 0; // in UTC

    bool isBefore(const ParsedDateTime &other) const
    {
        return date < other.date || (date == other.date && secondsOfDay < other.secondsOfDay);
    }
};
std::optional<ParsedDateTime> parseDateTime(std::string_view text, DateOrder order);

// For a d/m/y-or-m/d/y value: which orders it allows (a day > 12 decides).
struct DateOrderEvidence
{
    bool dayFirstPossible = false;
    bool monthFirstPossible = false;
    bool isSlashed = false; // not ISO
};
DateOrderEvidence dateOrderEvidence(std::string_view text);

// The days a charge covers from its start and exclusive end instants: [start day, end day),
// where an end after midnight covers its own day too. An hourly charge covers one day.
struct ServiceDays
{
    QDate start;
    QDate endExclusive;
};
ServiceDays serviceDaysOf(const ParsedDateTime &start, const ParsedDateTime &end);

// A quantity (tokens, hours): a finite, non-negative number.
std::optional<double> parseQuantity(std::string_view text);

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string_view trimmed(std::string_view text);

} // namespace costboard
