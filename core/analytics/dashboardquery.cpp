// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/dashboardquery.h"

#include "domain/keytable.h"

namespace costboard {
namespace {

constexpr KeyTable<PeriodPreset, 6> presetKeys { {
    { PeriodPreset::Last13Weeks, "last-13-weeks" },
    { PeriodPreset::Last26Weeks, "last-26-weeks" },
    { PeriodPreset::QuarterToDate, "quarter-to-date" },
    { PeriodPreset::YearToDate, "year-to-date" },
    { PeriodPreset::Last52Weeks, "last-52-weeks" },
    { PeriodPreset::Custom, "custom" },
} };

} // namespace

QString toKey(PeriodPreset preset)
{
    return presetKeys.keyOf(preset);
}
std::optional<PeriodPreset> periodPresetFromKey(QStringView key)
{
    return presetKeys.valueOf(key);
}
QList<PeriodPreset> allPeriodPresets()
{
    return presetKeys.values();
}

DayRange DashboardQuery::days(const FiscalCalendar &calendar) const
{
    const QDate referenceDay = referenceWeek.sunday();
    switch (preset) {
    case PeriodPreset::Last13Weeks:
        return { referenceWeek.addWeeks(-12).monday(), referenceDay };
    case PeriodPreset::Last26Weeks:
        return { referenceWeek.addWeeks(-25).monday(), referenceDay };
    case PeriodPreset::Last52Weeks:
        return { referenceWeek.addWeeks(-51).monday(), referenceDay };
    case PeriodPreset::QuarterToDate:
        return { calendar.quarter(referenceDay).first, referenceDay };
    case PeriodPreset::YearToDate:
        return { calendar.year(referenceDay).first, referenceDay };
    case PeriodPreset::Custom:
        if (!customRange.isValid())
            return {};
        return { customRange.first.monday(), customRange.last.sunday() };
    }
    return {};
}

WeekRange DashboardQuery::range(const FiscalCalendar &calendar) const
{
    if (preset == PeriodPreset::Custom)
        return customRange;
    const DayRange period = days(calendar);
    return { IsoWeek::fromDate(period.first), IsoWeek::fromDate(period.last) };
}

PeriodKind DashboardQuery::forecastPeriodKind() const
{
    return (preset == PeriodPreset::YearToDate || preset == PeriodPreset::Last52Weeks) ? PeriodKind::Year
                                                                                       : PeriodKind::Quarter;
}

} // namespace costboard
