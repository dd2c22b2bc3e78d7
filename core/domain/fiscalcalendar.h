// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include <QDate>
#include <QList>
#include <QString>

namespace costboard {

// The calendar periods budgets are entered for and figures are reported by.
enum class PeriodKind
{
    Month,
    Quarter,
    Year
};

// A run of whole days, `first` to `last` inclusive. Every period CostBoard reports on (an ISO
// week, a month, a fiscal quarter, a fiscal year, "the quarter to date", a cost line's service
// period) is one of these, so that any two periods can be intersected and no day counts twice.
struct DayRange
{
    QDate first;
    QDate last;

    // [start, endExclusive): the FOCUS ChargePeriodStart/ChargePeriodEnd convention.
    static DayRange fromHalfOpen(const QDate &start, const QDate &endExclusive)
    {
        return { start, endExclusive.addDays(-1) };
    }
    static DayRange singleDay(const QDate &day) { return { day, day }; }

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    qint64 dayCount() const { return isValid() ? first.daysTo(last) + 1 : 0; }
    bool contains(const QDate &day) const { return isValid() && first <= day && day <= last; }
    bool intersects(const DayRange &other) const { return intersected(other).isValid(); }
    // The days both hold; invalid when they share none.
    DayRange intersected(const DayRange &other) const;
    QDate endExclusive() const { return last.addDays(1); }
    bool operator==(const DayRange &other) const = default;
};

// The company's calendar: fiscal years start on the first of `startMonth` (1 = January) and
// their quarters are the following three-month blocks. Every page, dialog, alert and export asks
// this class which fiscal year, quarter or month a date is in; nothing else computes it.
class FiscalCalendar final
{
public:
    explicit FiscalCalendar(int startMonth = 1);

    int startMonth() const noexcept { return m_startMonth; }
    bool startsInJanuary() const noexcept { return m_startMonth == 1; }

    // The fiscal year holding `date`.
    DayRange year(const QDate &date) const;
    QDate yearStart(const QDate &date) const { return year(date).first; }
    QDate yearEnd(const QDate &date) const { return year(date).last; }
    // The calendar year the fiscal year holding `date` starts in: its number in "FY 2026".
    int yearNumber(const QDate &date) const { return yearStart(date).year(); }

    // The fiscal quarter holding `date`, and its number in its fiscal year (1 to 4).
    DayRange quarter(const QDate &date) const;
    int quarterNumber(const QDate &date) const;

    static DayRange month(const QDate &date);

    // The period of `kind` holding `date`.
    DayRange period(PeriodKind kind, const QDate &date) const;
    // Whether a period of `kind` starts on `date` (budgets must start on one).
    bool isPeriodStart(PeriodKind kind, const QDate &date) const { return period(kind, date).first == date; }
    // Every period of `kind` that shares a day with `range`, whole and in order.
    QList<DayRange> periodsOverlapping(PeriodKind kind, const DayRange &range) const;

    // Keys for files and JSON, never translated: "2026" or "FY2026" for a fiscal year that does
    // not start in January; "2026-Q4" or "FY2026-Q1"; months are "2026-11".
    QString yearKey(const QDate &date) const;
    QString quarterKey(const QDate &date) const;
    static QString monthKey(const QDate &date);
    QString periodKey(PeriodKind kind, const QDate &date) const;

    static int monthsIn(PeriodKind kind);

private:
    int m_startMonth;
};

// The part of `amount` (in minor units) that falls on the days of `part` when `amount` is spread
// evenly over the days of `whole`; days of `part` outside `whole` get nothing.
//
// The one rounding policy of the house, for cost lines over their service period and budgets
// over theirs: largest remainder with equal weights, the extra minor units spread evenly through
// the period (day d of n receives round(amount·d/n) − round(amount·(d−1)/n), rounding half away
// from zero). Every day gets the floor or the ceiling of amount/n, any partition of `whole`
// (days, weeks, months, quarters, years) adds up to `amount` exactly, and the share of any range
// costs the same whatever its length.
std::int64_t shareOfDays(std::int64_t amount, const DayRange &whole, const DayRange &part);

} // namespace costboard
