// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/isoweek.h"

#include <QRegularExpression>

namespace costboard {

IsoWeek::IsoWeek(int weekYear, int week)
{
    if (weekYear < 1 || weekYear > 9999 || week < 1 || week > weeksInYear(weekYear))
        return;
    m_weekYear = weekYear;
    m_week = week;
}

IsoWeek IsoWeek::fromDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    int weekYear = 0;
    const int week = date.weekNumber(&weekYear); // QDate implements ISO 8601 numbering
    return IsoWeek(weekYear, week);
}

IsoWeek IsoWeek::fromString(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{4})-?[Ww](\\d{1,2})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return {};
    return IsoWeek(match.captured(1).toInt(), match.captured(2).toInt());
}

IsoWeek IsoWeek::current()
{
    return fromDate(QDate::currentDate());
}

int IsoWeek::weeksInYear(int weekYear)
{
    // December 28th always lies in the last ISO week of its year.
    int ignored = 0;
    return QDate(weekYear, 12, 28).weekNumber(&ignored);
}

QDate IsoWeek::monday() const
{
    if (!isValid())
        return {};
    // January 4th is always in week 1.
    const QDate january4(m_weekYear, 1, 4);
    const QDate week1Monday = january4.addDays(1 - january4.dayOfWeek());
    return week1Monday.addDays(qint64(m_week - 1) * 7);
}

QDate IsoWeek::sunday() const
{
    return isValid() ? monday().addDays(6) : QDate();
}

IsoWeek IsoWeek::addWeeks(int weeks) const
{
    return isValid() ? fromDate(monday().addDays(qint64(weeks) * 7)) : IsoWeek();
}

int IsoWeek::weeksTo(const IsoWeek &other) const
{
    return static_cast<int>(monday().daysTo(other.monday()) / 7);
}

QString IsoWeek::toString() const
{
    if (!isValid())
        return QString();
    return QStringLiteral("%1-W%2")
        .arg(m_weekYear, 4, 10, QLatin1Char('0'))
        .arg(m_week, 2, 10, QLatin1Char('0'));
}

QString IsoWeek::shortLabel(bool withYear) const
{
    if (!isValid())
        return QString();
    if (withYear || m_week == 1)
        return toString();
    return QStringLiteral("W%1").arg(m_week, 2, 10, QLatin1Char('0'));
}

} // namespace costboard
