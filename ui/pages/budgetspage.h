// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/budgetgrid.h"
#include "pages/page.h"

class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QTableView;

namespace costboard::ui {

class BudgetGridModel;
class Workspace;

// Where the CFO sets the budgets: a grid of the portfolio and its projects (optionally split by
// category) against the months, quarters or the year of one fiscal year. The year's budget,
// actual, forecast and variance come first; the period columns show the measure picked on the
// toolbar (budget, actual, forecast or variance). Budgets are typed into the cells; every change
// goes through the workspace's undo stack (validated, audited, undoable) and shows at once on the
// dashboard and in the alerts. The row names sit in the vertical header, which never scrolls, and
// the year's columns right after them, in view without scrolling (BudgetGridModel says why). A
// line under the toolbar sets the portfolio's envelope against the sum of its projects' budgets,
// for the year and for the period of the current cell.
class BudgetsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetsPage)

public:
    explicit BudgetsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~BudgetsPage() override;

    static QString pageTitle() { return tr("Budgets"); }
    static QString pageIconName() { return QStringLiteral("budgets"); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }

    // For tests.
    BudgetGridModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString message() const;

public slots:
    void refresh() override;
    // Opens the "spread a yearly amount" form (window-modal, non-blocking) for the current row.
    QDialog *openSpreadDialog();
    // Gives `scope` twelve equal month budgets adding up to `annual` in the shown fiscal year.
    bool spreadYearly(const BudgetScope &scope, const Money &annual);
    // Copies the previous period's budgets into the selected period column (the current period
    // when no period is selected) for every row that has none there; returns the number written.
    int copyPreviousPeriod();
    // Empties the current cell: removes the budget typed there.
    void clearCurrentCell();

private:
    void showMessage(const QString &text, bool error);
    void syncControls();
    void showPortfolioPosition();
    int targetColumn() const;

    Workspace &m_workspace;
    BudgetGridModel *m_model;
    QComboBox *m_yearCombo;
    QLabel *m_yearRange;
    QComboBox *m_granularityCombo;
    QComboBox *m_measureCombo;
    QCheckBox *m_splitCheck;
    QPushButton *m_spreadButton;
    QPushButton *m_copyButton;
    QLabel *m_currencyNote;
    QLabel *m_position;
    QLabel *m_hint;
    QTableView *m_view;
    QLabel *m_message;
};

} // namespace costboard::ui
