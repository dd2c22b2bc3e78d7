// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>

#include <QDate>
#include <QString>

namespace costboard {

// An ISO 8601 week: weeks start on Monday, week 1 is the week holding the year's first Thursday,
// so a week-year has 52 or 53 weeks and its first days may belong to the previous calendar year.
class IsoWeek final
{
public:
    IsoWeek() = default; // invalid
    // Returns an invalid week when `week` is not in 1..weeksInYear(year).
    IsoWeek(int weekYear, int week);

    static IsoWeek fromDate(const QDate &date);
    // Parses "2026-W48" (also "2026W48" and "2026-w48"); returns an invalid week otherwise.
    static IsoWeek fromString(QStringView text);
    static IsoWeek current();

    static int weeksInYear(int weekYear);

    bool isValid() const noexcept { return m_week > 0; }
    int weekYear() const noexcept { return m_weekYear; }
    int week() const noexcept { return m_week; }

    QDate monday() const;
    QDate sunday() const;
    bool contains(const QDate &date) const { return fromDate(date) == *this; }

    IsoWeek addWeeks(int weeks) const;
    IsoWeek next() const { return addWeeks(1); }
    IsoWeek previous() const { return addWeeks(-1); }
    // Number of weeks from this to `other` (negative when `other` is earlier).
    int weeksTo(const IsoWeek &other) const;

    // "2026-W48"
    QString toString() const;
    // "W48" for dense chart axes; the year is added on week 1 or when `withYear`.
    QString shortLabel(bool withYear = false) const;

    bool operator==(const IsoWeek &other) const = default;
    std::strong_ordering operator<=>(const IsoWeek &other) const = default;

private:
    int m_weekYear = 0;
    int m_week = 0;
};

// A closed range of ISO weeks, first to last inclusive.
struct WeekRange
{
    IsoWeek first;
    IsoWeek last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    int weekCount() const { return isValid() ? first.weeksTo(last) + 1 : 0; }
    bool contains(const IsoWeek &week) const { return isValid() && first <= week && week <= last; }
    QString toString() const { return first.toString() + QStringLiteral(" – ") + last.toString(); }
    bool operator==(const WeekRange &other) const = default;
};

} // namespace costboard
