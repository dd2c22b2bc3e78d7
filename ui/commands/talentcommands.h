// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "commands/workspacecommand.h"
#include "governance/talent.h"
#include "governance/talentshape.h"
#include "governance/upskilling.h"

namespace costboard::ui {

// Adds a person to the roster (`before` empty) or changes one; undo removes or restores them. The
// salaries already posted stay as they are until their months are posted again.
class SaveTeamMemberCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveTeamMemberCommand)

public:
    SaveTeamMemberCommand(Workspace &workspace, const TeamMember &member,
                          const std::optional<TeamMember> &before, QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    TeamMember m_after;
    std::optional<TeamMember> m_before;
};

class RemoveTeamMemberCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveTeamMemberCommand)

public:
    RemoveTeamMemberCommand(Workspace &workspace, const TeamMember &member, QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    TeamMember m_member;
};

// Adds a training plan and its Staff training line; undo removes both.
class AddTrainingPlanCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddTrainingPlanCommand)

public:
    AddTrainingPlanCommand(Workspace &workspace, const TrainingPlan &plan, QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    TrainingPlan m_plan;
};

class RemoveTrainingPlanCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveTrainingPlanCommand)

public:
    RemoveTrainingPlanCommand(Workspace &workspace, const TrainingPlan &plan, QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    TrainingPlan m_plan;
};

// Sets a project's automated hours for some months (zero hours clears a month); undo sets back.
class SetAutomatedHoursCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetAutomatedHoursCommand)

public:
    SetAutomatedHoursCommand(Workspace &workspace, const QList<AutomatedHours> &entries,
                             const QString &projectCode, QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    QList<AutomatedHours> m_entries;
    QList<std::pair<AutomatedHours, std::optional<AutomatedHours>>> m_before;
};

class SetTalentTargetsCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetTalentTargetsCommand)

public:
    SetTalentTargetsCommand(Workspace &workspace, const LevelTargets &targets,
                            QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    LevelTargets m_targets;
    LevelTargets m_before {};
};

} // namespace costboard::ui
