// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "alerts/alertrule.h"
#include "analytics/dashboardsnapshot.h"
#include "analytics/positions.h"
#include "domain/entities.h"
#include "governance/agenda.h"
#include "pricing/savedestimates.h"

namespace costboard {

class Database;

// One row of the report's project table. `figures` are over the fiscal period of the
// snapshot's forecast (the quarter, or the year for the year-long views), as of the snapshot's
// reporting day: the same computation as the projects page and the budget grid.
struct WeeklyReportProject
{
    Project project;
    ScopeFigures figures;
    std::int64_t thisWeek = 0; // the reporting week's spend
    std::int64_t previousWeek = 0; // the week before's
    std::int64_t weekChange() const { return thisWeek - previousWeek; }
};

// Everything the weekly committee report shows, read once from the database: the dashboard's
// snapshot for the query, and what the snapshot does not hold (the cover's facts, the project
// table and the week's alerts). The renderers format it; nothing here is text for people.
struct WeeklyReportContent
{
    DashboardSnapshot snapshot;
    QString companyName; // empty when not set
    QString databaseName; // the file name of the database
    std::optional<QDateTime> lastImport; // UTC; empty when no file was ever imported
    QDateTime generatedAt; // UTC
    QList<WeeklyReportProject> projects; // the selection's projects with a budget or spend,
                                         // largest spend of the fiscal period first
    QList<Alert> alerts; // raised in the reporting week or still open at its end,
                         // worst first
    QHash<ProjectId, Project> projectsById; // every project an alert or a breakdown names
    // Each selected project's latest saved estimate against its actuals, to the report's last day,
    // by project code.
    QList<pricing::EstimateAgainstActual> estimates;
    // The committee's next session after the report's last day, with its agenda and the last
    // session's decisions; empty when the committee keeps no calendar and nothing calls for it.
    std::optional<SessionAgenda> agenda;

    // The alerts still open (not acknowledged, not resolved), worst first.
    QList<Alert> openAlerts() const;
};

// A dashboard query for the ISO week `week`: the dashboard's default period (or `preset`) ending
// that week, for `projects` (all when empty).
DashboardQuery weeklyReportQuery(const IsoWeek &week, PeriodPreset preset = PeriodPreset::Last13Weeks,
                                 const QList<ProjectId> &projects = {});

// Reads the report's content for `query`. Read-only: writes nothing to the database. Throws Error.
WeeklyReportContent gatherWeeklyReport(Database &database, const DashboardQuery &query);

} // namespace costboard
