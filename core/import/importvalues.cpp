// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importvalues.h"

#include <charconv>
#include <cmath>
#include <string>

#include <QJsonValue>

namespace costboard {

std::optional<std::string> jsonDecimalText(const QJsonValue &value)
{
    if (value.isString()) {
        const QByteArray text = value.toString().toUtf8();
        return std::string(text.constData(), static_cast<std::size_t>(text.size()));
    }
    if (!value.isDouble())
        return std::nullopt;
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value.toDouble());
    if (error != std::errc())
        return std::nullopt;
    return std::string(buffer, static_cast<std::size_t>(end - buffer));
}

namespace {

using Int128 = WideNanos;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// `digits` x 10^-scale, as nano-units, rounded half away from zero.
ValueStatus scaleToNanos(bool negative, std::string_view digits, int scale, std::int64_t &nanoUnits)
{
    while (!digits.empty() && digits.front() == '0')
        digits.remove_prefix(1);
    if (digits.empty()) {
        nanoUnits = 0;
        return ValueStatus::Ok;
    }
    constexpr Int128 limit = Int128(nanos::MaxUnits) * nanos::PerUnit;
    const int shift = 9 - scale; // nano = digits x 10^shift
    if (static_cast<int>(digits.size()) + shift > 20)
        return ValueStatus::OutOfRange;
    if (shift < 0 && -shift > static_cast<int>(digits.size())) {
        // Smaller than half a nano-unit at most: rounds to zero.
        nanoUnits = 0;
        return ValueStatus::Ok;
    }
    Int128 value = 0;
    const std::size_t kept = shift >= 0 ? digits.size() : digits.size() - static_cast<std::size_t>(-shift);
    for (std::size_t i = 0; i < kept; ++i)
        value = value * 10 + (digits[i] - '0');
    if (shift >= 0) {
        for (int i = 0; i < shift; ++i)
            value *= 10;
    } else if (kept < digits.size() && digits[kept] >= '5') {
        ++value; // half away from zero: the first dropped digit decides
    }
    if (value > limit)
        return ValueStatus::OutOfRange;
    nanoUnits = static_cast<std::int64_t>(negative ? -value : value);
    return ValueStatus::Ok;
}

ValueStatus parseDecimal(std::string_view text, bool allowExponent, std::int64_t &nanoUnits)
{
    if (text.empty())
        return ValueStatus::Empty;
    bool negative = false;
    if (text.front() == '-' || text.front() == '+') {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    std::string digits;
    int scale = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    std::size_t i = 0;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            seenDigit = true;
            if (!(digits.empty() && c == '0'))
                digits.push_back(c);
            if (seenPoint)
                ++scale;
        } else if (c == '.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!seenDigit)
        return ValueStatus::Invalid;
    if (i < text.size()) {
        if (!allowExponent || (text[i] != 'e' && text[i] != 'E'))
            return ValueStatus::Invalid;
        std::string_view exponentText = text.substr(i + 1);
        if (!exponentText.empty() && exponentText.front() == '+')
            exponentText.remove_prefix(1);
        int exponent = 0;
        const auto [end, error]
            = std::from_chars(exponentText.data(), exponentText.data() + exponentText.size(), exponent);
        if (error == std::errc::result_out_of_range)
            return ValueStatus::OutOfRange;
        if (error != std::errc() || end != exponentText.data() + exponentText.size() || exponentText.empty())
            return ValueStatus::Invalid;
        if (exponent > 400 || exponent < -400)
            return digits.empty() || exponent < 0 ? (nanoUnits = 0, ValueStatus::Ok)
                                                  : ValueStatus::OutOfRange;
        scale -= exponent;
    }
    // Scale digits counted leading zeros of the fraction: "0.05" is digits "5" at scale 2.
    return scaleToNanos(negative, digits, scale, nanoUnits);
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Strips spaces (ASCII, no-break, narrow no-break) from both ends.
std::string_view trimSpaces(std::string_view text)
{
    bool changed = true;
    while (changed && !text.empty()) {
        changed = false;
        for (std::string_view space : { std::string_view(" "), std::string_view("\t"),
                                        std::string_view("\xC2\xA0"), std::string_view("\xE2\x80\xAF") }) {
            if (startsWith(text, space)) {
                text.remove_prefix(space.size());
                changed = true;
            }
            if (endsWith(text, space)) {
                text.remove_suffix(space.size());
                changed = true;
            }
        }
    }
    return text;
}

bool stripCurrencyMark(std::string_view &text)
{
    for (std::string_view symbol :
         { std::string_view("\xE2\x82\xAC"), std::string_view("$"), std::string_view("\xC2\xA3"),
           std::string_view("\xC2\xA5"), std::string_view("CHF") }) {
        if (startsWith(text, symbol)) {
            text.remove_prefix(symbol.size());
            return true;
        }
        if (endsWith(text, symbol)) {
            text.remove_suffix(symbol.size());
            return true;
        }
    }
    // A three-letter ISO code before or after the number ("EUR 12,50", "12.50 USD").
    auto isUpper = [](char c) {
        return c >= 'A' && c <= 'Z';
    };
    if (text.size() > 3 && isUpper(text[0]) && isUpper(text[1]) && isUpper(text[2])) {
        text.remove_prefix(3);
        return true;
    }
    if (text.size() > 3 && isUpper(text[text.size() - 1]) && isUpper(text[text.size() - 2])
        && isUpper(text[text.size() - 3])) {
        text.remove_suffix(3);
        return true;
    }
    return false;
}

int daysInMonthOk(int year, int month, int day)
{
    return QDate::isValid(year, month, day);
}

std::optional<int> readNumber(std::string_view &text, std::size_t minDigits, std::size_t maxDigits)
{
    std::size_t count = 0;
    int value = 0;
    while (count < text.size() && isDigit(text[count]) && count < maxDigits) {
        value = value * 10 + (text[count] - '0');
        ++count;
    }
    if (count < minDigits || (count < text.size() && isDigit(text[count])))
        return std::nullopt;
    text.remove_prefix(count);
    return value;
}

// "T12:30:00", " 12:30", ".123", then "Z", "+02:00", "+0200", " UTC" or nothing.
bool readTimeAndZone(std::string_view text, int &secondsOfDay, int &offsetSeconds)
{
    secondsOfDay = 0;
    offsetSeconds = 0;
    if (text.empty())
        return true;
    if (text.front() != 'T' && text.front() != ' ')
        return false;
    text.remove_prefix(1);
    const auto hour = readNumber(text, 2, 2);
    if (!hour || text.empty() || text.front() != ':')
        return false;
    text.remove_prefix(1);
    const auto minute = readNumber(text, 2, 2);
    if (!minute)
        return false;
    int second = 0;
    if (!text.empty() && text.front() == ':') {
        text.remove_prefix(1);
        const auto parsed = readNumber(text, 2, 2);
        if (!parsed)
            return false;
        second = *parsed;
        if (!text.empty() && text.front() == '.') {
            text.remove_prefix(1);
            while (!text.empty() && isDigit(text.front()))
                text.remove_prefix(1);
        }
    }
    if (*hour > 24 || *minute > 59 || second > 60 || (*hour == 24 && (*minute != 0 || second != 0)))
        return false;
    secondsOfDay = *hour * 3600 + *minute * 60 + second;
    if (text == "Z" || text == " UTC" || text == "UTC" || text.empty())
        return true;
    if (text.front() == '+' || text.front() == '-') {
        const int sign = text.front() == '-' ? -1 : 1;
        text.remove_prefix(1);
        const auto zoneHour = readNumber(text, 2, 2);
        if (!zoneHour)
            return false;
        if (!text.empty() && text.front() == ':')
            text.remove_prefix(1);
        const auto zoneMinute = text.empty() ? std::optional<int>(0) : readNumber(text, 2, 2);
        if (!zoneMinute || !text.empty() || *zoneHour > 14 || *zoneMinute > 59)
            return false;
        offsetSeconds = sign * (*zoneHour * 3600 + *zoneMinute * 60);
        return true;
    }
    return false;
}

std::optional<ParsedDateTime> finishDate(int year, int month, int day, std::string_view rest)
{
    if (!daysInMonthOk(year, month, day))
        return std::nullopt;
    int secondsOfDay = 0;
    int offsetSeconds = 0;
    if (!readTimeAndZone(rest, secondsOfDay, offsetSeconds))
        return std::nullopt;
    const QDate date(year, month, day);
    // The instant in UTC: the local time minus the zone's offset, perhaps on the day before or after.
    const int utcSeconds = secondsOfDay - offsetSeconds;
    const int dayShift = utcSeconds < 0 ? -1 : utcSeconds / 86400;
    const int utcSecondsOfDay = utcSeconds - dayShift * 86400;
    return ParsedDateTime { date.addDays(dayShift), utcSecondsOfDay == 0, utcSecondsOfDay };
}

struct SlashedParts
{
    int first = 0;
    int second = 0;
    int year = 0;
    std::string_view rest;
};

std::optional<SlashedParts> slashedParts(std::string_view text)
{
    SlashedParts parts;
    const auto first = readNumber(text, 1, 2);
    if (!first || text.empty() || (text.front() != '/' && text.front() != '.' && text.front() != '-'))
        return std::nullopt;
    const char separator = text.front();
    text.remove_prefix(1);
    const auto second = readNumber(text, 1, 2);
    if (!second || text.empty() || text.front() != separator)
        return std::nullopt;
    text.remove_prefix(1);
    std::string_view yearText = text;
    const auto year = readNumber(text, 2, 4);
    if (!year)
        return std::nullopt;
    const std::size_t yearDigits = yearText.size() - text.size();
    if (yearDigits == 3)
        return std::nullopt;
    parts.first = *first;
    parts.second = *second;
    parts.year = yearDigits == 2 ? 2000 + *year : *year;
    parts.rest = text;
    return parts;
}

} // namespace

std::string_view trimmed(std::string_view text)
{
    return trimSpaces(text);
}

ValueStatus parseMachineDecimal(std::string_view text, std::int64_t &nanoUnits)
{
    text = trimSpaces(text);
    return parseDecimal(text, true, nanoUnits);
}

ValueStatus parseHumanDecimal(std::string_view text, char decimalSeparator, std::int64_t &nanoUnits)
{
    text = trimSpaces(text);
    if (text.empty())
        return ValueStatus::Empty;
    bool negative = false;
    if (text.size() >= 2 && text.front() == '(' && text.back() == ')') {
        negative = true;
        text = trimSpaces(text.substr(1, text.size() - 2));
    }
    if (stripCurrencyMark(text))
        text = trimSpaces(text);
    auto takeSign = [&](bool atFront) {
        for (std::string_view minus :
             { std::string_view("-"), std::string_view("\xE2\x88\x92"), std::string_view("+") }) {
            if (atFront ? startsWith(text, minus) : endsWith(text, minus)) {
                if (minus != "+")
                    negative = !negative;
                atFront ? text.remove_prefix(minus.size()) : text.remove_suffix(minus.size());
                return true;
            }
        }
        return false;
    };
    if (!takeSign(true))
        takeSign(false);
    if (stripCurrencyMark(text)) // "-$12.50", "-12,50 €"
        text = trimSpaces(text);
    if (text.empty())
        return ValueStatus::Invalid;

    const char otherSeparator = decimalSeparator == ',' ? '.' : ',';
    std::string digits;
    int scale = 0;
    bool inFraction = false;
    int groupLength = 0; // digits since the last thousands separator
    int groupsClosed = 0;
    int firstGroupLength = -1;
    std::string_view groupSeparator;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (isDigit(c)) {
            digits.push_back(c);
            ++groupLength;
            if (inFraction)
                ++scale;
            ++i;
            continue;
        }
        if (c == decimalSeparator) {
            if (inFraction || digits.empty())
                return ValueStatus::Invalid;
            if (groupsClosed > 0 && groupLength != 3)
                return ValueStatus::Invalid;
            inFraction = true;
            ++i;
            continue;
        }
        std::string_view separator;
        for (std::string_view candidate :
             { std::string_view(" "), std::string_view("\xC2\xA0"), std::string_view("\xE2\x80\xAF"),
               std::string_view("'"), std::string_view(&otherSeparator, 1) }) {
            if (startsWith(text.substr(i), candidate)) {
                separator = candidate;
                break;
            }
        }
        if (separator.empty() || inFraction || groupLength == 0)
            return ValueStatus::Invalid;
        if (!groupSeparator.empty() && groupSeparator != separator)
            return ValueStatus::Invalid;
        groupSeparator = separator;
        if (firstGroupLength < 0) {
            firstGroupLength = groupLength;
            if (groupLength > 3)
                return ValueStatus::Invalid;
        } else if (groupLength != 3) {
            return ValueStatus::Invalid;
        }
        ++groupsClosed;
        groupLength = 0;
        i += separator.size();
    }
    if (digits.empty() || (inFraction && scale == 0))
        return ValueStatus::Invalid;
    if (groupsClosed > 0 && !inFraction && groupLength != 3)
        return ValueStatus::Invalid;
    return scaleToNanos(negative, digits, scale, nanoUnits);
}

char decimalSeparatorOf(std::string_view text)
{
    const std::size_t comma = text.rfind(',');
    const std::size_t point = text.rfind('.');
    if (comma != std::string_view::npos && point != std::string_view::npos)
        return comma > point ? ',' : '.';
    const std::size_t position = comma != std::string_view::npos ? comma : point;
    if (position == std::string_view::npos)
        return 0;
    const char separator = text[position];
    if (text.find(separator) != position)
        return separator == ',' ? '.' : ','; // "1,234,567": repeated, so a thousands separator
    std::size_t trailingDigits = 0;
    while (position + 1 + trailingDigits < text.size() && isDigit(text[position + 1 + trailingDigits]))
        ++trailingDigits;
    return trailingDigits == 3 ? 0 : separator;
}

WideNanos divideRounded(WideNanos value, std::int64_t divisor)
{
    const WideNanos whole = value / divisor;
    const WideNanos remainder = value % divisor;
    if (2 * (remainder < 0 ? -remainder : remainder) >= divisor)
        return whole + (value < 0 ? -1 : 1);
    return whole;
}

std::int64_t nanosToMinor(std::int64_t nanoUnits, std::int64_t minorPerMajor)
{
    return static_cast<std::int64_t>(divideRounded(nanoUnits, nanos::PerUnit / minorPerMajor));
}

std::optional<ParsedDateTime> parseDateTime(std::string_view text, DateOrder order)
{
    text = trimSpaces(text);
    if (text.size() >= 10 && isDigit(text[0]) && isDigit(text[3]) && text[4] == '-') {
        std::string_view rest = text;
        const auto year = readNumber(rest, 4, 4);
        if (!year || rest.empty() || rest.front() != '-')
            return std::nullopt;
        rest.remove_prefix(1);
        const auto month = readNumber(rest, 2, 2);
        if (!month || rest.empty() || rest.front() != '-')
            return std::nullopt;
        rest.remove_prefix(1);
        const auto day = readNumber(rest, 2, 2);
        if (!day)
            return std::nullopt;
        return finishDate(*year, *month, *day, rest);
    }
    const auto parts = slashedParts(text);
    if (!parts)
        return std::nullopt;
    switch (order) {
    case DateOrder::DayMonthYear:
        return finishDate(parts->year, parts->second, parts->first, parts->rest);
    case DateOrder::MonthDayYear:
        return finishDate(parts->year, parts->first, parts->second, parts->rest);
    case DateOrder::YearMonthDay:
    case DateOrder::Unknown:
        return std::nullopt;
    }
    return std::nullopt;
}

DateOrderEvidence dateOrderEvidence(std::string_view text)
{
    DateOrderEvidence evidence;
    const auto parts = slashedParts(trimSpaces(text));
    if (!parts)
        return evidence;
    evidence.isSlashed = true;
    evidence.dayFirstPossible = QDate::isValid(parts->year, parts->second, parts->first);
    evidence.monthFirstPossible = QDate::isValid(parts->year, parts->first, parts->second);
    return evidence;
}

ServiceDays serviceDaysOf(const ParsedDateTime &start, const ParsedDateTime &end)
{
    return { start.date, end.atMidnight ? end.date : end.date.addDays(1) };
}

std::optional<double> parseQuantity(std::string_view text)
{
    text = trimSpaces(text);
    if (text.empty())
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value) || value < 0)
        return std::nullopt;
    return value;
}

} // namespace costboard
