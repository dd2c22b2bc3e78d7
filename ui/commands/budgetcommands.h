// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "analytics/budgetgrid.h"
#include "commands/workspacecommand.h"
#include "pricing/estimatebudgets.h"

namespace costboard::ui {

// Base of the budget edits: a list of budget writes planned when the command is made (from the
// database as it is then), applied in one transaction, and undone by writing the old amounts
// back in reverse order. One command, one step in the history, however many budgets it writes.
class BudgetChangesCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(BudgetChangesCommand)
    Q_DISABLE_COPY_MOVE(BudgetChangesCommand)

public:
    ~BudgetChangesCommand() override;

    const QList<BudgetChange> &changes() const { return m_changes; }
    // Nothing to write: not worth executing nor a line in the history.
    bool isEmpty() const { return m_changes.isEmpty(); }

protected:
    // `asRead`: the budgets the person saw (a page's read); nullopt reads them now.
    BudgetChangesCommand(Workspace &workspace, QList<BudgetChange> changes, QWidget *errorParent,
                         const std::optional<QList<Budget>> &asRead = std::nullopt);

    void apply() override;
    void revert() override;
    void overwrite(bool forward) override;

private:
    QList<BudgetChange> m_changes;
};

// Gives one period of one scope (a grid cell) an amount, or none. Usually one budget goes from
// its old amount (or none) to the new one (or none); when the period is finer than the way the
// scope's year is budgeted, the year's budgets are split first (FiscalYearBudgets::planSet).
class SetBudgetCommand final : public BudgetChangesCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetBudgetCommand)
    Q_DISABLE_COPY_MOVE(SetBudgetCommand)

public:
    // `scopeName` and `periodName` name the cell in the Edit menu: "Undo Budget of Legal
    // summaries, Mar 2026". Reads the database (throws Error).
    // `asRead`: the budgets the grid showed; a budget someone else changed since is not
    // overwritten unseen (ConcurrentEditError when the command is executed).
    SetBudgetCommand(Workspace &workspace, const BudgetScope &scope, const BudgetPeriod &period,
                     const std::optional<Money> &amount, const QString &scopeName, const QString &periodName,
                     const QList<Budget> &asRead, QWidget *errorParent = nullptr);
};

// Replaces a scope's budgets of one fiscal year by twelve month budgets that add up to `annual`
// exactly (FiscalYearBudgets::planSpreadEvenly).
class SpreadBudgetCommand final : public BudgetChangesCommand
{
    Q_DECLARE_TR_FUNCTIONS(SpreadBudgetCommand)
    Q_DISABLE_COPY_MOVE(SpreadBudgetCommand)

public:
    // `yearStart`: first day of the fiscal year. Reads the database (throws Error).
    SpreadBudgetCommand(Workspace &workspace, const BudgetScope &scope, const QDate &yearStart,
                        const Money &annual, const QString &scopeName, const QString &yearName,
                        QWidget *errorParent = nullptr);
};

// Copies into `period`, for every scope of `scopes` with no amount there yet, the amount it has
// in the period before (planCopyPrevious): next month's budgets from this month's in one step.
class CopyPreviousBudgetsCommand final : public BudgetChangesCommand
{
    Q_DECLARE_TR_FUNCTIONS(CopyPreviousBudgetsCommand)
    Q_DISABLE_COPY_MOVE(CopyPreviousBudgetsCommand)

public:
    // Reads the database (throws Error).
    CopyPreviousBudgetsCommand(Workspace &workspace, const QList<BudgetScope> &scopes,
                               const BudgetPeriod &period, const QString &periodName,
                               const QString &previousName, QWidget *errorParent = nullptr);
};

// Gives a project's inference budget, month by month, the months of an estimate (already in the
// reporting currency: pricing::estimatedMonths), replacing what those months had.
class BudgetsFromEstimateCommand final : public BudgetChangesCommand
{
    Q_DECLARE_TR_FUNCTIONS(BudgetsFromEstimateCommand)
    Q_DISABLE_COPY_MOVE(BudgetsFromEstimateCommand)

public:
    // `projectName` and `modelName` name the step in the Edit menu. Reads the database (throws Error).
    BudgetsFromEstimateCommand(Workspace &workspace, ProjectId projectId,
                               const QList<pricing::EstimatedMonth> &months, const QString &projectName,
                               const QString &modelName, QWidget *errorParent = nullptr);
};

} // namespace costboard::ui
