// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "commands/workspacecommand.h"
#include "governance/criteria.h"
#include "governance/decisions.h"
#include "governance/routing.h"

namespace costboard::ui {

// Replaces the committee's evaluation criteria; undo puts the list before back (criteria added
// by the change stay archived, with no score).
class ReplaceCriteriaCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceCriteriaCommand)

public:
    ReplaceCriteriaCommand(Workspace &workspace, const QList<Criterion> &criteria,
                           QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    QList<Criterion> m_criteria;
    QList<Criterion> m_before;
};

// Records one evaluation of a project; undo takes its scores back, redo records them again.
class RecordEvaluationCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordEvaluationCommand)

public:
    RecordEvaluationCommand(Workspace &workspace, ProjectId project, const QString &projectCode,
                            const QList<CriterionScore> &scores, QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    ProjectId m_project;
    QList<CriterionScore> m_scores;
    QList<std::int64_t> m_recorded;
};

class ReplaceRoutingRulesCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceRoutingRulesCommand)

public:
    ReplaceRoutingRulesCommand(Workspace &workspace, const QList<RoutingRule> &rules,
                               QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    QList<RoutingRule> m_rules;
    QList<RoutingRule> m_before;
};

// Accepts or overrides a routing proposal: the project's level and the decision log together.
class RecordRoutingDecisionCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordRoutingDecisionCommand)

public:
    RecordRoutingDecisionCommand(Workspace &workspace, ProjectId project, const QString &projectCode,
                                 DecisionLevel proposed, DecisionLevel chosen, const QString &reason,
                                 const QDate &decidedOn, QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    ProjectId m_project;
    DecisionLevel m_proposed;
    DecisionLevel m_chosen;
    QString m_reason;
    QDate m_decidedOn;
    DecisionId m_decision = 0;
};

} // namespace costboard::ui
