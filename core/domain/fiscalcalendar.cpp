// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/fiscalcalendar.h"

#include <algorithm>

#include "domain/money.h"

namespace costboard {
namespace {

// Share of `amount` over the first `days` of `total` days, rounded once.
std::int64_t runningShare(std::int64_t amount, qint64 days, qint64 total)
{
    if (days <= 0)
        return 0;
    if (days >= total)
        return amount;
    return Money(amount, QString()).scaled(days, total).minorUnits();
}

} // namespace

DayRange DayRange::intersected(const DayRange &other) const
{
    if (!isValid() || !other.isValid())
        return {};
    const DayRange common { std::max(first, other.first), std::min(last, other.last) };
    return common.isValid() ? common : DayRange {};
}

FiscalCalendar::FiscalCalendar(int startMonth)
    : m_startMonth(std::clamp(startMonth, 1, 12))
{ }

DayRange FiscalCalendar::year(const QDate &date) const
{
    if (!date.isValid())
        return {};
    const int startYear = date.month() >= m_startMonth ? date.year() : date.year() - 1;
    const QDate start(startYear, m_startMonth, 1);
    return { start, start.addYears(1).addDays(-1) };
}

int FiscalCalendar::quarterNumber(const QDate &date) const
{
    const QDate start = yearStart(date);
    const int monthsInto = (date.year() - start.year()) * 12 + date.month() - start.month();
    return monthsInto / 3 + 1;
}

DayRange FiscalCalendar::quarter(const QDate &date) const
{
    if (!date.isValid())
        return {};
    const QDate start = yearStart(date).addMonths((quarterNumber(date) - 1) * 3);
    return { start, start.addMonths(3).addDays(-1) };
}

DayRange FiscalCalendar::month(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QDate start(date.year(), date.month(), 1);
    return { start, start.addMonths(1).addDays(-1) };
}

DayRange FiscalCalendar::period(PeriodKind kind, const QDate &date) const
{
    switch (kind) {
    case PeriodKind::Month:
        return month(date);
    case PeriodKind::Quarter:
        return quarter(date);
    case PeriodKind::Year:
        return year(date);
    }
    return {};
}

QList<DayRange> FiscalCalendar::periodsOverlapping(PeriodKind kind, const DayRange &range) const
{
    QList<DayRange> periods;
    if (!range.isValid())
        return periods;
    for (DayRange current = period(kind, range.first); current.first <= range.last;
         current = period(kind, current.last.addDays(1)))
        periods << current;
    return periods;
}

QString FiscalCalendar::yearKey(const QDate &date) const
{
    const QString number = QString::number(yearNumber(date));
    return startsInJanuary() ? number : QStringLiteral("FY") + number;
}

QString FiscalCalendar::quarterKey(const QDate &date) const
{
    return QStringLiteral("%1-Q%2").arg(yearKey(date)).arg(quarterNumber(date));
}

QString FiscalCalendar::monthKey(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

QString FiscalCalendar::periodKey(PeriodKind kind, const QDate &date) const
{
    switch (kind) {
    case PeriodKind::Month:
        return monthKey(date);
    case PeriodKind::Quarter:
        return quarterKey(date);
    case PeriodKind::Year:
        return yearKey(date);
    }
    return {};
}

int FiscalCalendar::monthsIn(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Month:
        return 1;
    case PeriodKind::Quarter:
        return 3;
    case PeriodKind::Year:
        return 12;
    }
    return 1;
}

std::int64_t shareOfDays(std::int64_t amount, const DayRange &whole, const DayRange &part)
{
    const DayRange common = whole.intersected(part);
    if (!common.isValid())
        return 0;
    const qint64 total = whole.dayCount();
    const qint64 through = whole.first.daysTo(common.last) + 1;
    const qint64 before = whole.first.daysTo(common.first);
    return runningShare(amount, through, total) - runningShare(amount, before, total);
}

} // namespace costboard
