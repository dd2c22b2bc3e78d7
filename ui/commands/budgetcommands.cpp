// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/budgetcommands.h"

#include <spdlog/spdlog.h>

#include "storage/budgetrepository.h"
#include "workspace.h"

namespace costboard::ui {

BudgetChangesCommand::BudgetChangesCommand(Workspace &workspace, QList<BudgetChange> changes,
                                           QWidget *errorParent, const std::optional<QList<Budget>> &asRead)
    : WorkspaceCommand(workspace, errorParent)
    , m_changes(std::move(changes))
{
    stampVersionsAsRead(m_changes, asRead ? *asRead : BudgetRepository(workspace.database()).list());
}

BudgetChangesCommand::~BudgetChangesCommand() = default;

void BudgetChangesCommand::apply()
{
    applyBudgetChanges(m_workspace.database(), m_changes, false);
    spdlog::info("{} budget write(s) applied", m_changes.size());
}

void BudgetChangesCommand::revert()
{
    applyBudgetChanges(m_workspace.database(), m_changes, true);
    spdlog::info("{} budget write(s) undone", m_changes.size());
}

void BudgetChangesCommand::overwrite(bool forward)
{
    applyBudgetChanges(m_workspace.database(), m_changes, !forward, true);
    spdlog::info("{} budget write(s) {} over someone else's change", m_changes.size(),
                 forward ? "applied" : "undone");
}

SetBudgetCommand::SetBudgetCommand(Workspace &workspace, const BudgetScope &scope, const BudgetPeriod &period,
                                   const std::optional<Money> &amount, const QString &scopeName,
                                   const QString &periodName, const QList<Budget> &asRead,
                                   QWidget *errorParent)
    : BudgetChangesCommand(
        workspace, FiscalYearBudgets::read(workspace.database(), period.start).planSet(scope, period, amount),
        errorParent, asRead)
{
    // The Edit menu and the undo history show the change itself when it is one budget.
    const auto shown = [](const std::optional<Money> &value) {
        return value ? value->toString() : tr("none");
    };
    if (changes().size() == 1 && changes().first().period == period && changes().first().scope == scope)
        setText(
            tr("Budget of %1, %2: %3 → %4")
                .arg(scopeName, periodName, shown(changes().first().before), shown(changes().first().after)));
    else
        setText(tr("Budget of %1, %2").arg(scopeName, periodName));
}

SpreadBudgetCommand::SpreadBudgetCommand(Workspace &workspace, const BudgetScope &scope,
                                         const QDate &yearStart, const Money &annual,
                                         const QString &scopeName, const QString &yearName,
                                         QWidget *errorParent)
    : BudgetChangesCommand(
        workspace, FiscalYearBudgets::read(workspace.database(), yearStart).planSpreadEvenly(scope, annual),
        errorParent)
{
    setText(tr("Spread %1 over the months of %2 for %3").arg(annual.toString(), yearName, scopeName));
}

CopyPreviousBudgetsCommand::CopyPreviousBudgetsCommand(Workspace &workspace, const QList<BudgetScope> &scopes,
                                                       const BudgetPeriod &period, const QString &periodName,
                                                       const QString &previousName, QWidget *errorParent)
    : BudgetChangesCommand(
        workspace,
        planCopyPrevious(FiscalYearBudgets::read(workspace.database(), period.previous().start),
                         FiscalYearBudgets::read(workspace.database(), period.start), scopes, period),
        errorParent)
{
    setText(tr("Copy the budgets of %1 into %2").arg(previousName, periodName));
}

BudgetsFromEstimateCommand::BudgetsFromEstimateCommand(Workspace &workspace, ProjectId projectId,
                                                       const QList<pricing::EstimatedMonth> &months,
                                                       const QString &projectName, const QString &modelName,
                                                       QWidget *errorParent)
    : BudgetChangesCommand(
        workspace,
        pricing::planBudgetsFromEstimate(workspace.database(),
                                         BudgetScope { projectId, CostCategory::Inference }, months),
        errorParent)
{
    setText(tr("Budgets of %1 from the %2 estimate").arg(projectName, modelName));
}

} // namespace costboard::ui
