// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "analytics/ledger.h"
#include "domain/entities.h"
#include "domain/fiscalcalendar.h"

namespace costboard {

enum class PeriodPreset
{
    Last13Weeks,
    Last26Weeks,
    QuarterToDate,
    YearToDate,
    Last52Weeks,
    Custom
};

QString toKey(PeriodPreset preset);
std::optional<PeriodPreset> periodPresetFromKey(QStringView key);
QList<PeriodPreset> allPeriodPresets();

// The last day reported on a reference date: "to date" runs through the end (Sunday) of the ISO
// week holding it, on the dashboard as on every page.
inline QDate reportingDayOf(const QDate &reference)
{
    return IsoWeek::fromDate(reference).sunday();
}

// What the pages of a fiscal year's figures (the projects page, the committee's evaluation) show
// on a reference day: the fiscal year holding it, counted to the end of its ISO week but never past
// the year's last day, so that they agree with each other and with the dashboard's "year to date".
struct FiscalYearToDate
{
    DayRange year;
    QDate asOf;
};
inline FiscalYearToDate fiscalYearToDate(const FiscalCalendar &calendar, const QDate &reference)
{
    const DayRange year = calendar.year(reference);
    return { year, std::min(reportingDayOf(reference), year.last) };
}

// What the dashboard (and the PDF, the export, the alert engine) is asked to show: a period, a
// selection of projects and categories, and the basis. Empty selections mean "all".
struct DashboardQuery
{
    PeriodPreset preset = PeriodPreset::Last13Weeks;
    WeekRange customRange; // used when preset == Custom
    IsoWeek referenceWeek = IsoWeek::current(); // "this week"
    QList<ProjectId> projects;
    // Set when `projects` are the projects decided at one level (the CEO's view: the committee's
    // projects): the filter bar and the report name the selection by it, and it is what is
    // remembered, so that a project routed elsewhere later leaves the view. Empty: any level.
    std::optional<DecisionLevel> decisionLevel;
    QList<CostCategory> categories;
    CostBasis basis = CostBasis::Accrual;

    // The days of the period: whole ISO weeks for the "last N weeks" presets and custom ranges;
    // for "quarter to date" and "year to date" the fiscal period's first day to the reference
    // week's Sunday, so that a week straddling the period's start counts only its own days.
    DayRange days(const FiscalCalendar &calendar) const;
    // The ISO weeks holding those days (the first or last may be partial).
    WeekRange range(const FiscalCalendar &calendar) const;
    // The fiscal period the forecast is about: the year for "year to date" and "last 52 weeks",
    // else the quarter, holding `asOf` (the last day reported).
    PeriodKind forecastPeriodKind() const;

    bool includesProject(ProjectId id) const { return projects.isEmpty() || projects.contains(id); }
    bool includesCategory(CostCategory category) const
    {
        return categories.isEmpty() || categories.contains(category);
    }
    bool operator==(const DashboardQuery &other) const = default;
};

} // namespace costboard
