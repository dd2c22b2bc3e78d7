// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/talentcommands.h"

#include "storage/database.h"
#include "workspace.h"

namespace costboard::ui {

SaveTeamMemberCommand::SaveTeamMemberCommand(Workspace &workspace, const TeamMember &member,
                                             const std::optional<TeamMember> &before, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_after(member)
    , m_before(before)
{
    setText((before ? tr("Change %1 on the roster") : tr("Add %1 to the roster")).arg(member.name.trimmed()));
}

void SaveTeamMemberCommand::apply()
{
    RosterRepository roster(m_workspace.database());
    if (m_before)
        roster.update(m_after);
    else
        m_after.id = roster.create(m_after);
}

void SaveTeamMemberCommand::revert()
{
    RosterRepository roster(m_workspace.database());
    if (m_before) {
        roster.update(*m_before);
    } else {
        roster.remove(m_after.id);
        m_after.id = 0;
    }
}

RemoveTeamMemberCommand::RemoveTeamMemberCommand(Workspace &workspace, const TeamMember &member,
                                                 QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_member(member)
{
    setText(tr("Remove %1 from the roster").arg(member.name));
}

void RemoveTeamMemberCommand::apply()
{
    RosterRepository(m_workspace.database()).remove(m_member.id);
}

void RemoveTeamMemberCommand::revert()
{
    TeamMember again = m_member;
    again.id = 0;
    m_member.id = RosterRepository(m_workspace.database()).create(again);
}

AddTrainingPlanCommand::AddTrainingPlanCommand(Workspace &workspace, const TrainingPlan &plan,
                                               QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_plan(plan)
{
    setText(tr("Add the training plan “%1”").arg(plan.name.trimmed()));
}

void AddTrainingPlanCommand::apply()
{
    m_plan.id = 0;
    m_plan.id = TrainingPlanRepository(m_workspace.database()).create(m_plan);
}

void AddTrainingPlanCommand::revert()
{
    TrainingPlanRepository(m_workspace.database()).remove(m_plan.id);
}

RemoveTrainingPlanCommand::RemoveTrainingPlanCommand(Workspace &workspace, const TrainingPlan &plan,
                                                     QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_plan(plan)
{
    setText(tr("Remove the training plan “%1”").arg(plan.name));
}

void RemoveTrainingPlanCommand::apply()
{
    TrainingPlanRepository(m_workspace.database()).remove(m_plan.id);
}

void RemoveTrainingPlanCommand::revert()
{
    TrainingPlan again = m_plan;
    again.id = 0;
    m_plan.id = TrainingPlanRepository(m_workspace.database()).create(again);
}

SetAutomatedHoursCommand::SetAutomatedHoursCommand(Workspace &workspace, const QList<AutomatedHours> &entries,
                                                   const QString &projectCode, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_entries(entries)
{
    setText(tr("Automated hours of %1").arg(projectCode));
}

void SetAutomatedHoursCommand::apply()
{
    AutomatedHoursRepository hours(m_workspace.database());
    Transaction transaction(m_workspace.database());
    m_before.clear();
    for (const AutomatedHours &entry : std::as_const(m_entries))
        m_before << std::pair { entry,
                                entry.hours > 0 ? hours.set(entry)
                                                : hours.clear(entry.projectId, entry.month) };
    transaction.commit();
}

void SetAutomatedHoursCommand::revert()
{
    AutomatedHoursRepository hours(m_workspace.database());
    Transaction transaction(m_workspace.database());
    for (const auto &[entry, before] : std::as_const(m_before)) {
        if (before)
            hours.set(*before);
        else
            hours.clear(entry.projectId, entry.month);
    }
    transaction.commit();
}

SetTalentTargetsCommand::SetTalentTargetsCommand(Workspace &workspace, const LevelTargets &targets,
                                                 QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_targets(targets)
{
    setText(tr("Set the target shape of the teams"));
}

void SetTalentTargetsCommand::apply()
{
    m_before = TalentTargetRepository(m_workspace.database()).setTargets(m_targets);
}

void SetTalentTargetsCommand::revert()
{
    TalentTargetRepository(m_workspace.database()).setTargets(m_before);
}

} // namespace costboard::ui
