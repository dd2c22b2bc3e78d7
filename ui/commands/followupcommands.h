// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include <QList>

#include "commands/workspacecommand.h"
#include "governance/decisions.h"
#include "governance/followup.h"
#include "governance/sessions.h"

namespace costboard::ui {

// Adds a milestone (`before` empty) or changes one; undo removes or restores it.
class SaveMilestoneCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveMilestoneCommand)

public:
    SaveMilestoneCommand(Workspace &workspace, const Milestone &milestone,
                         const std::optional<Milestone> &before, const QString &projectCode,
                         QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    Milestone m_after;
    std::optional<Milestone> m_before;
};

// Removes a milestone; undo adds it back.
class RemoveMilestoneCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveMilestoneCommand)

public:
    RemoveMilestoneCommand(Workspace &workspace, const Milestone &milestone, const QString &projectCode,
                           QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    Milestone m_milestone;
};

// Adds a KPI (`before` empty) or changes one; undo removes or restores it.
class SaveKpiCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveKpiCommand)

public:
    SaveKpiCommand(Workspace &workspace, const Kpi &kpi, const std::optional<Kpi> &before,
                   QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    Kpi m_after;
    std::optional<Kpi> m_before;
    QList<KpiValue> m_valuesBefore; // a cadence change moves them: undo puts them back
};

// Removes a KPI and its values; undo adds both back.
class RemoveKpiCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveKpiCommand)

public:
    RemoveKpiCommand(Workspace &workspace, const Kpi &kpi, QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    Kpi m_kpi;
    QList<KpiValue> m_values;
};

// Sets a KPI's values for some periods (an empty value clears the period); undo sets them back.
class SetKpiValuesCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetKpiValuesCommand)

public:
    using Change = std::pair<QDate, std::optional<KpiValue>>;
    SetKpiValuesCommand(Workspace &workspace, const Kpi &kpi, const QList<Change> &changes,
                        QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    KpiId m_kpi;
    QList<Change> m_changes;
    QList<Change> m_before;
};

// Records a session's decision and what it changes (status, level, budget); undo takes it all back.
class RecordSessionDecisionCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordSessionDecisionCommand)

public:
    RecordSessionDecisionCommand(Workspace &workspace, const SessionDecision &decision,
                                 const QString &projectCode, QWidget *errorParent = nullptr);
    DecisionId decision() const { return m_decision; }

protected:
    void apply() override;
    void revert() override;

private:
    SessionDecision m_request;
    DecisionId m_decision = 0;
};

// Marks a decision done on a day, or to do again (null day).
class SetDecisionDoneCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetDecisionDoneCommand)

public:
    SetDecisionDoneCommand(Workspace &workspace, const Decision &decision, const QDate &doneOn,
                           QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    DecisionId m_decision;
    QDate m_after;
    QDate m_before;
};

// The minutes of a session and whether it was held.
class SaveMinutesCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveMinutesCommand)

public:
    SaveMinutesCommand(Workspace &workspace, const CommitteeSession &before, const QString &minutes,
                       bool held, QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    CommitteeSession m_before;
    QString m_minutes;
    bool m_held;
};

// Sets the cadence and plans its sessions up to a day; undo removes the sessions it planned and
// puts the cadence back.
class PlanSessionsCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanSessionsCommand)

public:
    PlanSessionsCommand(Workspace &workspace, const SessionCadence &cadence, const QDate &today,
                        const QDate &until, QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    SessionCadence m_cadence;
    SessionCadence m_cadenceBefore;
    QDate m_today;
    QDate m_until;
    QList<SessionId> m_planned;
};

// Plans one session on a day (the cadence's next, not stored yet, or another); undo removes it.
class ScheduleSessionCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleSessionCommand)

public:
    ScheduleSessionCommand(Workspace &workspace, const QDate &day, QWidget *errorParent = nullptr);
    SessionId session() const { return m_session; }

protected:
    void apply() override;
    void revert() override;

private:
    QDate m_day;
    SessionId m_session = 0;
};

// Moves a planned session to another day.
class RescheduleSessionCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RescheduleSessionCommand)

public:
    RescheduleSessionCommand(Workspace &workspace, const CommitteeSession &session, const QDate &day,
                             QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    SessionId m_session;
    QDate m_before;
    QDate m_after;
};

// Removes a session without decisions; undo plans it again with its minutes.
class RemoveSessionCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveSessionCommand)

public:
    RemoveSessionCommand(Workspace &workspace, const CommitteeSession &session,
                         QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    CommitteeSession m_session;
};

} // namespace costboard::ui
