// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/governancecommands.h"

#include "labels.h"
#include "workspace.h"

namespace costboard::ui {

ReplaceCriteriaCommand::ReplaceCriteriaCommand(Workspace &workspace, const QList<Criterion> &criteria,
                                               QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_criteria(criteria)
{
    setText(tr("Edit the evaluation criteria"));
}

void ReplaceCriteriaCommand::apply()
{
    const QList<Criterion> before = CriteriaRepository(m_workspace.database()).replaceAll(m_criteria);
    // The criteria the change added have ids now: a redo after an undo names them by id, so that
    // it does not add them a second time.
    if (m_before.isEmpty())
        m_before = before;
    const QList<Criterion> after = CriteriaRepository(m_workspace.database()).list();
    if (after.size() == m_criteria.size())
        m_criteria = after;
}

void ReplaceCriteriaCommand::revert()
{
    QList<Criterion> active;
    for (const Criterion &criterion : std::as_const(m_before)) {
        if (!criterion.archived)
            active << criterion;
    }
    CriteriaRepository(m_workspace.database()).replaceAll(active);
}

RecordEvaluationCommand::RecordEvaluationCommand(Workspace &workspace, ProjectId project,
                                                 const QString &projectCode,
                                                 const QList<CriterionScore> &scores, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_project(project)
    , m_scores(scores)
{
    setText(tr("Score %1 on %n criterion(s)", nullptr, int(scores.size())).arg(projectCode));
}

void RecordEvaluationCommand::apply()
{
    m_recorded = CriteriaRepository(m_workspace.database()).recordEvaluation(m_project, m_scores);
}

void RecordEvaluationCommand::revert()
{
    CriteriaRepository(m_workspace.database()).removeScores(m_recorded);
}

ReplaceRoutingRulesCommand::ReplaceRoutingRulesCommand(Workspace &workspace, const QList<RoutingRule> &rules,
                                                       QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_rules(rules)
{
    setText(tr("Edit the routing rules"));
}

void ReplaceRoutingRulesCommand::apply()
{
    m_before = RoutingRuleRepository(m_workspace.database()).replaceAll(m_rules);
}

void ReplaceRoutingRulesCommand::revert()
{
    RoutingRuleRepository(m_workspace.database()).replaceAll(m_before);
}

RecordRoutingDecisionCommand::RecordRoutingDecisionCommand(Workspace &workspace, ProjectId project,
                                                           const QString &projectCode, DecisionLevel proposed,
                                                           DecisionLevel chosen, const QString &reason,
                                                           const QDate &decidedOn, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_project(project)
    , m_proposed(proposed)
    , m_chosen(chosen)
    , m_reason(reason)
    , m_decidedOn(decidedOn)
{
    setText(tr("%1 decides for %2").arg(render::decisionLevelShortLabel(chosen), projectCode));
}

void RecordRoutingDecisionCommand::apply()
{
    m_decision = DecisionLog(m_workspace.database())
                     .recordRouting(m_project, m_proposed, m_chosen, m_reason, m_decidedOn);
}

void RecordRoutingDecisionCommand::revert()
{
    DecisionLog(m_workspace.database()).undoRouting(m_decision);
}

} // namespace costboard::ui
