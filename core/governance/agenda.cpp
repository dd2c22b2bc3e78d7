// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/agenda.h"

#include <algorithm>

#include "alerts/alertstore.h"
#include "storage/projectrepository.h"

namespace costboard {

QString SessionAgenda::projectCode(std::optional<ProjectId> id) const
{
    if (!id)
        return {};
    const auto found = projects.constFind(*id);
    return found == projects.cend() ? QString() : found->code;
}

void SessionAgenda::keepProjects(const std::function<bool(ProjectId)> &keep)
{
    const auto about = [&keep](std::optional<ProjectId> id) {
        return id && keep(*id);
    };
    alerts.removeIf([&](const Alert &alert) { return !about(alert.projectId); });
    routing.removeIf([&](const RoutingReviewRow &row) { return !keep(row.project.id); });
    milestones.removeIf([&](const Milestone &milestone) { return !keep(milestone.projectId); });
    kpisOffTarget.removeIf([&](const KpiStatus &status) { return !keep(status.kpi.projectId); });
    decisionsDue.removeIf([&](const Decision &decision) { return !about(decision.projectId); });
    previousDecisions.removeIf([&](const Decision &decision) { return !about(decision.projectId); });
}

SessionAgenda SessionAgenda::compute(Database &database, const QDate &today)
{
    SessionAgenda agenda;
    const SessionRepository sessions(database);
    agenda.session = sessions.next(today);
    const QDate day = agenda.session.heldOn;
    agenda.previous = sessions.previousHeld(day);
    for (const Project &project : ProjectRepository(database).list(true))
        agenda.projects.insert(project.id, project);
    const auto isLive = [&agenda](std::optional<ProjectId> id) {
        return !id || (agenda.projects.contains(*id) && !agenda.projects.value(*id).archived);
    };

    AlertFilter open;
    open.states = { AlertState::Open };
    open.minimumSeverity = AlertSeverity::Warning;
    for (const Alert &alert : AlertStore(database).alerts(open))
        if (isLive(alert.projectId))
            agenda.alerts << alert;
    std::stable_sort(agenda.alerts.begin(), agenda.alerts.end(),
                     [](const Alert &a, const Alert &b) { return a.severity > b.severity; });

    // The routing of the session's fiscal year, as the committee will read it that day.
    for (const RoutingReviewRow &row : RoutingReview::compute(database, day).rows)
        if (row.proposal && row.proposal->level == DecisionLevel::Committee && row.needsDecision())
            agenda.routing << row;

    FollowUpRepository followUp(database);
    for (const Milestone &milestone : followUp.milestones()) {
        const MilestoneState state = milestoneState(milestone, day);
        if ((state == MilestoneState::Due || state == MilestoneState::Late) && isLive(milestone.projectId))
            agenda.milestones << milestone;
    }
    for (const KpiStatus &status : followUp.statuses(day))
        if (status.isOffTarget() && isLive(status.kpi.projectId))
            agenda.kpisOffTarget << status;

    DecisionLog log(database);
    DecisionFilter due;
    due.openAndDueBy = day;
    agenda.decisionsDue = log.list(due);
    std::reverse(agenda.decisionsDue.begin(), agenda.decisionsDue.end()); // the oldest first
    if (agenda.previous) {
        DecisionFilter taken;
        taken.sessionId = agenda.previous->id;
        agenda.previousDecisions = log.list(taken);
    }
    return agenda;
}

} // namespace costboard
