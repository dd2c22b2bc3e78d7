#include "analytics/dashboardquery.h"

#include "domain/keytable.h"

namespace costboard {
namespace {

constexpr KeyTable<PeriodPreset, 6> presetKeys{{
    {PeriodPreset::Last13Weeks, "last-13-weeks"},
    {PeriodPreset::Last26Weeks, "last-26-weeks"},
    {PeriodPreset::QuarterToDate, "quarter-to-date"},
    {PeriodPreset::YearToDate, "year-to-date"},
    {PeriodPreset::Last52Weeks, "last-52-weeks"},
    {PeriodPreset::Custom, "custom"},
}};

} // namespace

QString toKey(PeriodPreset preset) { return presetKeys.keyOf(preset); }
std::optional<PeriodPreset> periodPresetFromKey(QStringView key) { return presetKeys.valueOf(key); }
QList<PeriodPreset> allPeriodPresets() { return presetKeys.values(); }

WeekRange DashboardQuery::range(int fiscalYearStartMonth) const
{
    switch (preset) {
    case PeriodPreset::Last13Weeks:
        return {referenceWeek.addWeeks(-12), referenceWeek};
    case PeriodPreset::Last26Weeks:
        return {referenceWeek.addWeeks(-25), referenceWeek};
    case PeriodPreset::Last52Weeks:
        return {referenceWeek.addWeeks(-51), referenceWeek};
    case PeriodPreset::QuarterToDate:
        return {IsoWeek::fromDate(fiscalQuarterStart(referenceWeek.sunday(), fiscalYearStartMonth)), referenceWeek};
    case PeriodPreset::YearToDate:
        return {IsoWeek::fromDate(fiscalYearStart(referenceWeek.sunday(), fiscalYearStartMonth)), referenceWeek};
    case PeriodPreset::Custom:
        return customRange;
    }
    return {};
}

IsoWeek DashboardQuery::forecastHorizon(int fiscalYearStartMonth) const
{
    const QDate reference = referenceWeek.sunday();
    const QDate periodStart = preset == PeriodPreset::YearToDate ? fiscalYearStart(reference, fiscalYearStartMonth)
                                                                 : fiscalQuarterStart(reference, fiscalYearStartMonth);
    const int months = preset == PeriodPreset::YearToDate ? 12 : 3;
    IsoWeek horizon = IsoWeek::fromDate(periodStart.addMonths(months).addDays(-1));
    if (preset == PeriodPreset::Custom && customRange.isValid() && customRange.last > horizon)
        horizon = customRange.last;
    return horizon;
}

} // namespace costboard
