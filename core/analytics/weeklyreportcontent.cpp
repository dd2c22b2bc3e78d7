// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/weeklyreportcontent.h"

#include <algorithm>

#include <QFileInfo>

#include "alerts/alertstore.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/importrepository.h"
#include "storage/projectrepository.h"

namespace costboard {
namespace {

// Worst first: severity, then what still needs someone (open before acknowledged before
// resolved), then the latest.
bool worseAlert(const Alert &a, const Alert &b)
{
    if (a.severity != b.severity)
        return a.severity > b.severity;
    if (a.state != b.state)
        return static_cast<int>(a.state) < static_cast<int>(b.state);
    return a.firedAt > b.firedAt;
}

QList<BudgetScope> scopesOf(ProjectId projectId, const QList<CostCategory> &categories)
{
    if (categories.isEmpty())
        return { BudgetScope { projectId, std::nullopt } };
    QList<BudgetScope> scopes;
    for (const CostCategory category : categories)
        scopes << BudgetScope { projectId, category };
    return scopes;
}

} // namespace

QList<Alert> WeeklyReportContent::openAlerts() const
{
    QList<Alert> open;
    for (const Alert &alert : alerts) {
        if (alert.state == AlertState::Open)
            open << alert;
    }
    return open;
}

DashboardQuery weeklyReportQuery(const IsoWeek &week, PeriodPreset preset, const QList<ProjectId> &projects)
{
    DashboardQuery query;
    query.preset = preset;
    query.referenceWeek = week;
    query.projects = projects;
    return query;
}

WeeklyReportContent gatherWeeklyReport(Database &database, const DashboardQuery &query)
{
    WeeklyReportContent content;
    content.generatedAt = QDateTime::currentDateTimeUtc();
    content.snapshot = DashboardSnapshot::compute(database, query);
    const DashboardSnapshot &snapshot = content.snapshot;
    const DashboardKpis &kpis = snapshot.kpis;

    const DatabaseSettings settings(database);
    content.companyName = settings.companyName();
    content.databaseName = QFileInfo(database.location()).fileName();
    if (content.databaseName.isEmpty())
        content.databaseName = database.location();

    for (const ImportBatch &batch : ImportRepository(database).batches()) {
        if (batch.status == ImportBatchStatus::Undone || !batch.importedAt.isValid())
            continue;
        if (!content.lastImport || batch.importedAt > *content.lastImport)
            content.lastImport = batch.importedAt;
    }

    const ProjectRepository projectRepository(database);
    QList<Project> projects = projectRepository.list(true);
    if (const std::optional<Project> unallocated
        = projectRepository.find(projectRepository.unallocatedProjectId());
        unallocated
        && std::none_of(projects.cbegin(), projects.cend(), [](const Project &p) { return p.isUnallocated; }))
        projects << *unallocated;
    for (const Project &project : std::as_const(projects))
        content.projectsById.insert(project.id, project);

    // One read of the roll-ups for every project: the fiscal period, this week and last week.
    QList<Project> selected;
    QList<BudgetScope> scopes;
    QList<qsizetype> firstScope;
    for (const Project &project : std::as_const(projects)) {
        if (!query.includesProject(project.id))
            continue;
        firstScope << scopes.size();
        selected << project;
        scopes << scopesOf(project.id, query.categories);
    }
    firstScope << scopes.size();
    const DayRange thisWeek { kpis.week.monday(), kpis.week.sunday() };
    const IsoWeek previous = kpis.week.previous();
    const DayRange lastWeek { previous.monday(), previous.sunday() };
    const QList<QList<ScopeFigures>> figures
        = scopeFigures(database, scopes, { kpis.forecastPeriod, thisWeek, lastWeek }, kpis.asOf, query.basis);

    for (qsizetype i = 0; i < selected.size(); ++i) {
        WeeklyReportProject row;
        row.project = selected.at(i);
        row.figures.period = kpis.forecastPeriod;
        for (qsizetype s = firstScope.at(i); s < firstScope.at(i + 1); ++s) {
            const ScopeFigures &period = figures.at(s).at(0);
            Money::accumulate(row.figures.actual, period.actual);
            Money::accumulate(row.figures.forecast, period.forecast);
            row.figures.budget = addOptional(row.figures.budget, period.budget);
            row.figures.budgetToDate = addOptional(row.figures.budgetToDate, period.budgetToDate);
            Money::accumulate(row.thisWeek, figures.at(s).at(1).actual);
            Money::accumulate(row.previousWeek, figures.at(s).at(2).actual);
        }
        if (firstScope.at(i + 1) - firstScope.at(i) == 1)
            row.figures.health = figures.at(firstScope.at(i)).at(0).health;
        else
            row.figures.health = BudgetHealthRule::assess(
                kpis.asOf >= kpis.forecastPeriod.first ? std::optional(row.figures.actual) : std::nullopt,
                row.figures.budgetToDate, row.figures.forecast, row.figures.budget);
        const bool archivedAndIdle = row.project.archived && row.figures.actual == 0 && row.thisWeek == 0;
        if (archivedAndIdle
            || (!row.figures.budget && row.figures.actual == 0 && row.figures.forecast == 0
                && row.thisWeek == 0 && row.previousWeek == 0))
            continue;
        content.projects << row;
    }
    std::stable_sort(content.projects.begin(), content.projects.end(),
                     [](const WeeklyReportProject &a, const WeeklyReportProject &b) {
                         if (a.figures.actual != b.figures.actual)
                             return a.figures.actual > b.figures.actual;
                         return a.project.code < b.project.code;
                     });

    // Raised by the end of the week, and not resolved before it began. "Raised by" is by the week
    // evaluated as well as by the clock: Monday morning's evaluation of last week raises alerts
    // that belong in last week's report.
    const QDate monday = kpis.week.monday();
    const QDate sunday = kpis.week.sunday();
    for (const Alert &alert : AlertStore(database).alerts()) {
        const bool raisedByTheClock = !alert.firedAt.isValid() || alert.firedAt.date() <= sunday;
        if (!raisedByTheClock && kpis.week < alert.week)
            continue;
        if (alert.state == AlertState::Resolved && alert.resolvedAt.isValid()
            && alert.resolvedAt.date() < monday)
            continue;
        if (!query.projects.isEmpty() && (!alert.projectId || !query.projects.contains(*alert.projectId)))
            continue;
        if (!query.categories.isEmpty() && alert.category && !query.categories.contains(*alert.category))
            continue;
        content.alerts << alert;
    }
    std::stable_sort(content.alerts.begin(), content.alerts.end(), worseAlert);

    // What each project's latest saved estimate said, against what it cost, to the report's date.
    const pricing::SavedEstimateRepository estimates(database);
    for (const pricing::SavedEstimate &estimate : estimates.latestPerProject()) {
        if (query.includesProject(estimate.projectId) && estimate.firstMonth <= kpis.asOf)
            content.estimates << estimates.againstActual(estimate, kpis.asOf);
    }
    std::stable_sort(
        content.estimates.begin(), content.estimates.end(),
        [&content](const pricing::EstimateAgainstActual &a, const pricing::EstimateAgainstActual &b) {
            return content.projectsById.value(a.estimate.projectId).code
                < content.projectsById.value(b.estimate.projectId).code;
        });
    SessionAgenda agenda = SessionAgenda::compute(database, kpis.asOf);
    if (!query.projects.isEmpty())
        agenda.keepProjects([&query](ProjectId id) { return query.includesProject(id); });
    if (agenda.itemCount() > 0 || !SessionRepository(database).list().isEmpty())
        content.agenda = std::move(agenda);
    return content;
}

} // namespace costboard
