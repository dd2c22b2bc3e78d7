#pragma once

#include <QDate>

namespace costboard {

// The company's fiscal year starts on the first of `fiscalYearStartMonth` (1 = January); its
// quarters are the following three-month blocks. Budgets and quarter-to-date views follow it.
inline QDate fiscalYearStart(const QDate &date, int fiscalYearStartMonth)
{
    const int year = date.month() >= fiscalYearStartMonth ? date.year() : date.year() - 1;
    return QDate(year, fiscalYearStartMonth, 1);
}

inline QDate fiscalQuarterStart(const QDate &date, int fiscalYearStartMonth)
{
    const QDate yearStart = fiscalYearStart(date, fiscalYearStartMonth);
    const int monthsIntoYear = (date.year() - yearStart.year()) * 12 + date.month() - yearStart.month();
    return yearStart.addMonths(monthsIntoYear / 3 * 3);
}

} // namespace costboard
