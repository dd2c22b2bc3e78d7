// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/followupcommands.h"

#include <QLocale>

#include "governance/committeetext.h"
#include "storage/database.h"
#include "workspace.h"

namespace costboard::ui {

SaveMilestoneCommand::SaveMilestoneCommand(Workspace &workspace, const Milestone &milestone,
                                           const std::optional<Milestone> &before, const QString &projectCode,
                                           QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_after(milestone)
    , m_before(before)
{
    setText((before ? tr("Change the %1 milestone of %2") : tr("Add a %1 milestone to %2"))
                .arg(names::milestoneKind(milestone.kind).toLower(), projectCode));
}

void SaveMilestoneCommand::apply()
{
    m_after.id = FollowUpRepository(m_workspace.database()).saveMilestone(m_after);
}

void SaveMilestoneCommand::revert()
{
    FollowUpRepository repository(m_workspace.database());
    if (m_before) {
        repository.saveMilestone(*m_before);
    } else {
        repository.removeMilestone(m_after.id);
        m_after.id = 0; // a redo adds it again, under a new id
    }
}

RemoveMilestoneCommand::RemoveMilestoneCommand(Workspace &workspace, const Milestone &milestone,
                                               const QString &projectCode, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_milestone(milestone)
{
    setText(
        tr("Remove the %1 milestone of %2").arg(names::milestoneKind(milestone.kind).toLower(), projectCode));
}

void RemoveMilestoneCommand::apply()
{
    FollowUpRepository(m_workspace.database()).removeMilestone(m_milestone.id);
}

void RemoveMilestoneCommand::revert()
{
    Milestone again = m_milestone;
    again.id = 0;
    m_milestone.id = FollowUpRepository(m_workspace.database()).saveMilestone(again);
}

SaveKpiCommand::SaveKpiCommand(Workspace &workspace, const Kpi &kpi, const std::optional<Kpi> &before,
                               QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_after(kpi)
    , m_before(before)
{
    setText((before ? tr("Change the KPI “%1”") : tr("Add the KPI “%1”")).arg(kpi.name.trimmed()));
}

void SaveKpiCommand::apply()
{
    FollowUpRepository repository(m_workspace.database());
    if (m_before)
        m_valuesBefore = repository.values(m_before->id);
    m_after.id = repository.saveKpi(m_after);
}

void SaveKpiCommand::revert()
{
    FollowUpRepository repository(m_workspace.database());
    if (!m_before) {
        repository.removeKpi(m_after.id);
        m_after.id = 0;
        return;
    }
    repository.saveKpi(*m_before);
    if (m_before->cadence != m_after.cadence) {
        for (const KpiValue &value : repository.values(m_before->id))
            repository.setValue(m_before->id, value.periodStart, std::nullopt);
        for (const KpiValue &value : std::as_const(m_valuesBefore))
            repository.setValue(m_before->id, value.periodStart, value);
    }
}

RemoveKpiCommand::RemoveKpiCommand(Workspace &workspace, const Kpi &kpi, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_kpi(kpi)
{
    setText(tr("Remove the KPI “%1”").arg(kpi.name));
}

void RemoveKpiCommand::apply()
{
    FollowUpRepository repository(m_workspace.database());
    m_values = repository.values(m_kpi.id);
    repository.removeKpi(m_kpi.id);
}

void RemoveKpiCommand::revert()
{
    FollowUpRepository repository(m_workspace.database());
    Kpi again = m_kpi;
    again.id = 0;
    m_kpi.id = repository.saveKpi(again);
    for (KpiValue value : std::as_const(m_values)) {
        value.kpiId = m_kpi.id;
        repository.setValue(m_kpi.id, value.periodStart, value);
    }
}

SetKpiValuesCommand::SetKpiValuesCommand(Workspace &workspace, const Kpi &kpi, const QList<Change> &changes,
                                         QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_kpi(kpi.id)
    , m_changes(changes)
{
    setText(tr("Enter %n value(s) of “%1”", nullptr, int(changes.size())).arg(kpi.name));
}

void SetKpiValuesCommand::apply()
{
    FollowUpRepository repository(m_workspace.database());
    const QList<KpiValue> held = repository.values(m_kpi);
    m_before.clear();
    for (const Change &change : std::as_const(m_changes)) {
        std::optional<KpiValue> before;
        for (const KpiValue &value : held)
            if (value.periodStart == change.first)
                before = value;
        m_before << Change { change.first, before };
    }
    // All periods or none: one transaction around the repository's own.
    Transaction transaction(m_workspace.database());
    for (const Change &change : std::as_const(m_changes))
        repository.setValue(m_kpi, change.first, change.second);
    transaction.commit();
}

void SetKpiValuesCommand::revert()
{
    FollowUpRepository repository(m_workspace.database());
    Transaction transaction(m_workspace.database());
    for (const Change &change : std::as_const(m_before))
        repository.setValue(m_kpi, change.first, change.second);
    transaction.commit();
}

RecordSessionDecisionCommand::RecordSessionDecisionCommand(Workspace &workspace,
                                                           const SessionDecision &decision,
                                                           const QString &projectCode, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_request(decision)
{
    setText(tr("%1: %2").arg(names::decisionKind(decision.kind), projectCode));
}

void RecordSessionDecisionCommand::apply()
{
    m_decision = DecisionLog(m_workspace.database()).recordSessionDecision(m_request);
}

void RecordSessionDecisionCommand::revert()
{
    DecisionLog(m_workspace.database()).undoSessionDecision(m_decision);
}

SetDecisionDoneCommand::SetDecisionDoneCommand(Workspace &workspace, const Decision &decision,
                                               const QDate &doneOn, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_decision(decision.id)
    , m_after(doneOn)
    , m_before(decision.doneOn)
{
    setText(doneOn.isValid() ? tr("Mark a decision done") : tr("Mark a decision to do"));
}

void SetDecisionDoneCommand::apply()
{
    DecisionLog(m_workspace.database()).setDone(m_decision, m_after);
}

void SetDecisionDoneCommand::revert()
{
    DecisionLog(m_workspace.database()).setDone(m_decision, m_before);
}

SaveMinutesCommand::SaveMinutesCommand(Workspace &workspace, const CommitteeSession &before,
                                       const QString &minutes, bool held, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_before(before)
    , m_minutes(minutes)
    , m_held(held)
{
    setText(tr("Minutes of the session of %1").arg(QLocale().toString(before.heldOn, QLocale::ShortFormat)));
}

void SaveMinutesCommand::apply()
{
    SessionRepository(m_workspace.database()).saveMinutes(m_before.id, m_minutes, m_held);
}

void SaveMinutesCommand::revert()
{
    SessionRepository(m_workspace.database()).saveMinutes(m_before.id, m_before.minutes, m_before.held);
}

PlanSessionsCommand::PlanSessionsCommand(Workspace &workspace, const SessionCadence &cadence,
                                         const QDate &today, const QDate &until, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_cadence(cadence)
    , m_today(today)
    , m_until(until)
{
    setText(tr("Plan the committee's sessions"));
}

void PlanSessionsCommand::apply()
{
    SessionRepository sessions(m_workspace.database());
    Transaction transaction(m_workspace.database());
    m_cadenceBefore = sessions.cadence();
    QList<SessionId> before;
    for (const CommitteeSession &session : sessions.list())
        before << session.id;
    if (!(m_cadence == m_cadenceBefore))
        sessions.setCadence(m_cadence);
    sessions.planUntil(m_today, m_until);
    m_planned.clear();
    for (const CommitteeSession &session : sessions.list())
        if (!before.contains(session.id))
            m_planned << session.id;
    transaction.commit();
}

void PlanSessionsCommand::revert()
{
    SessionRepository sessions(m_workspace.database());
    Transaction transaction(m_workspace.database());
    for (const SessionId id : std::as_const(m_planned))
        sessions.remove(id);
    if (!(sessions.cadence() == m_cadenceBefore))
        sessions.setCadence(m_cadenceBefore);
    transaction.commit();
}

ScheduleSessionCommand::ScheduleSessionCommand(Workspace &workspace, const QDate &day, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_day(day)
{
    setText(tr("Plan a session on %1").arg(QLocale().toString(day, QLocale::ShortFormat)));
}

void ScheduleSessionCommand::apply()
{
    m_session = SessionRepository(m_workspace.database()).schedule(m_day);
}

void ScheduleSessionCommand::revert()
{
    SessionRepository(m_workspace.database()).remove(m_session);
}

RescheduleSessionCommand::RescheduleSessionCommand(Workspace &workspace, const CommitteeSession &session,
                                                   const QDate &day, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_session(session.id)
    , m_before(session.heldOn)
    , m_after(day)
{
    setText(tr("Move the session of %1").arg(QLocale().toString(session.heldOn, QLocale::ShortFormat)));
}

void RescheduleSessionCommand::apply()
{
    SessionRepository(m_workspace.database()).reschedule(m_session, m_after);
}

void RescheduleSessionCommand::revert()
{
    SessionRepository(m_workspace.database()).reschedule(m_session, m_before);
}

RemoveSessionCommand::RemoveSessionCommand(Workspace &workspace, const CommitteeSession &session,
                                           QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_session(session)
{
    setText(tr("Remove the session of %1").arg(QLocale().toString(session.heldOn, QLocale::ShortFormat)));
}

void RemoveSessionCommand::apply()
{
    SessionRepository(m_workspace.database()).remove(m_session.id);
}

void RemoveSessionCommand::revert()
{
    SessionRepository sessions(m_workspace.database());
    Transaction transaction(m_workspace.database());
    m_session.id = sessions.schedule(m_session.heldOn);
    if (!m_session.minutes.isEmpty() || m_session.held)
        sessions.saveMinutes(m_session.id, m_session.minutes, m_session.held);
    transaction.commit();
}

} // namespace costboard::ui
