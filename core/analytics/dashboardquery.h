#pragma once

#include "domain/entities.h"
#include "domain/fiscalcalendar.h"

#include <QList>

namespace costboard {

enum class PeriodPreset { Last13Weeks, Last26Weeks, QuarterToDate, YearToDate, Last52Weeks, Custom };

QString toKey(PeriodPreset preset);
std::optional<PeriodPreset> periodPresetFromKey(QStringView key);
QList<PeriodPreset> allPeriodPresets();

// What the dashboard (and the PDF, the export, the alert engine) is asked to show: a period of
// ISO weeks, a selection of projects and categories. Empty selections mean "all".
struct DashboardQuery
{
    PeriodPreset preset = PeriodPreset::Last13Weeks;
    WeekRange customRange;                  // used when preset == Custom
    IsoWeek referenceWeek = IsoWeek::current(); // "this week"
    QList<ProjectId> projects;
    QList<CostCategory> categories;

    // The weeks shown. Quarters and years are fiscal: they start on `fiscalYearStartMonth`.
    WeekRange range(int fiscalYearStartMonth) const;
    // The last week the forecast runs to: the end of the fiscal quarter (year for YearToDate)
    // holding the reference week, or the custom range's end when that is later.
    IsoWeek forecastHorizon(int fiscalYearStartMonth) const;

    bool includesProject(ProjectId id) const { return projects.isEmpty() || projects.contains(id); }
    bool includesCategory(CostCategory category) const { return categories.isEmpty() || categories.contains(category); }
    bool operator==(const DashboardQuery &other) const = default;
};


} // namespace costboard
