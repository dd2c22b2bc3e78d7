// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <optional>

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QPointer>

#include "analytics/budgetgrid.h"
#include "domain/entities.h"

class QWidget;

namespace costboard::ui {

class Workspace;

// The CFO's budget grid for one fiscal year, as BudgetGrid computes it in core: a row for the
// portfolio, then one per project not archived (each optionally followed by a row per category).
// The year's totals come first (budget, actual, forecast, variance, variance %), then a column per
// month, quarter or the year showing one measure, picked on the page: the budget, the actual, the
// forecast or the variance. This model only formats the grid and turns typing into commands.
//
// Why the totals come first: at 1366 × 768 with twelve month columns the grid is wider than the
// screen, and the year's totals are what the committee reads first. Right after the row names
// (the vertical header, which never scrolls) they are in view as soon as the page opens, with no
// horizontal scrolling; scrolling to the last months moves them out, and Home brings them back.
// A second, frozen view would keep them in view even then, but it would have to keep its rows,
// heights, selection, editor and keyboard focus in step with the first one, and a screen reader
// would read every row twice: one view is worth more than that.
//
// Budget cells are editable: a typed amount becomes a budget through the workspace's undo stack
// (SetBudgetCommand), so it is validated, audited and undoable, and the dashboard and the alerts
// see it at once. What they show follows BudgetGrid: the budget typed for that period, or, in grey
// italics, what the row's other budgets give it (a quarter's share by days of one of its months,
// the sum of the months of a quarter) or the sum of the rows under it.
class BudgetGridModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetGridModel)

public:
    // Raw values: minor units (qlonglong) for money, a ratio (double) for the variance %; no
    // value for a blank cell.
    static constexpr int SortRole = Qt::UserRole + 1;
    // BudgetCellSource of a cell's budget (period cells and the year's budget), as an int.
    static constexpr int SourceRole = Qt::UserRole + 2;
    // On every cell and the row's vertical header: the row's project id (qlonglong) and category
    // id (int), no value for the portfolio or all categories.
    static constexpr int ProjectIdRole = Qt::UserRole + 3;
    static constexpr int CategoryRole = Qt::UserRole + 4;

    // The year's columns, then the periods'.
    enum Column : int
    {
        YearBudgetColumn,
        YearActualColumn,
        YearForecastColumn,
        YearVarianceColumn,
        YearVariancePercentColumn,
        FirstPeriodColumn,
    };

    // What the period columns show.
    enum class Measure
    {
        Budget,
        Actual,
        Forecast,
        Variance
    };

    // The sentence, in the interface language, that says why a typed amount was refused.
    // `scopeName` names the row (scopeName()).
    static QString refusalMessage(const BudgetEntryRefusal &refusal, const QString &scopeName = QString());

    explicit BudgetGridModel(Workspace &workspace, QObject *parent = nullptr);
    ~BudgetGridModel() override;

    // "Today": decides the current fiscal year and the day the actuals run to. Tests pin it.
    void setReferenceDate(const QDate &date);
    QDate referenceDate() const { return m_referenceDate; }
    // The fiscal year shown, by the calendar year it starts in; 0 for the current one.
    void setFiscalYear(int startYear);
    int fiscalYear() const { return m_grid.fiscalYear(); }
    void setGranularity(BudgetPeriodKind granularity);
    BudgetPeriodKind granularity() const { return m_granularity.value_or(BudgetPeriodKind::Month); }
    void setSplitByCategory(bool split);
    bool splitByCategory() const { return m_splitByCategory; }
    // Changes what the period columns show at once; no re-read.
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    // Parents the message box of an undo or redo that fails later.
    void setErrorParent(QWidget *widget) { m_errorParent = widget; }

    // Re-reads the grid (BudgetGrid::compute). The rows are updated in place when they are the
    // same rows and columns as before, so an open editor and the selection survive. Throws Error.
    // Until a granularity is set, the first refresh picks the finest one the year's budgets use.
    void refresh();

    const BudgetGrid &grid() const { return m_grid; }
    const QString &currency() const { return m_grid.currency; }
    int fiscalYearStartMonth() const { return m_grid.calendar.startMonth(); }
    QDate yearStart() const { return m_grid.year.first; }
    QDate yearEnd() const { return m_grid.year.last; }
    const QList<int> &availableYears() const { return m_grid.availableYears; }
    int currentFiscalYear() const;
    // "FY 2026", or "FY 2026–27" when the fiscal year does not start in January.
    QString yearName(int startYear) const;
    QString periodName(const BudgetPeriod &period) const;

    const QList<BudgetPeriod> &periods() const { return m_grid.periods; }
    bool isPeriodColumn(int column) const
    {
        return column >= FirstPeriodColumn && periodIndex(column) < periodCount();
    }
    bool isYearColumn(int column) const { return column >= 0 && column < FirstPeriodColumn; }
    int periodColumn(int period) const { return FirstPeriodColumn + period; }
    int periodIndex(int column) const { return column - FirstPeriodColumn; }
    // The period column holding `date`, or -1.
    int columnOf(const QDate &date) const;

    BudgetScope scopeAt(int row) const { return m_grid.rows.at(row).scope; }
    QString scopeName(int row) const;
    int rowOf(const BudgetScope &scope) const { return m_grid.rowOf(scope); }
    QList<BudgetScope> scopes() const { return m_grid.scopes(); }
    // The budget a period cell or the year's budget column shows, whatever its source.
    std::optional<std::int64_t> amountAt(int row, int column) const;
    // The portfolio's envelope, the sum of its projects' budgets and the difference over the
    // year (`period` -1) or a period, as one line: "FY 2026: portfolio envelope €1,200,000.00 ·
    // sum of the project budgets €1,000,000.00 · unallocated reserve €200,000.00". With `html`,
    // an overcommitment is in red.
    QString portfolioPositionText(int period, bool html) const;

    // The user actions; each reports a refusal through editRefused() and returns false.
    // Applies to the shown fiscal year.
    bool spreadEvenly(const BudgetScope &scope, const Money &annual);
    // Copies into the period of `column` the previous period's budget of every row whose cell is
    // blank; returns the number of budgets written (0: nothing to copy, -1: refused).
    int copyPreviousPeriod(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Budget cells: the text typed, read by BudgetGrid::edit ("12 500,50", "12500.5",
    // "€12,500.50"; empty or 0 removes the budget). A refused text changes nothing and emits
    // editRefused() with the reason.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A typed amount or an action was refused; `message` says why, ready to show.
    void editRefused(const QString &message);
    // A typed amount or an action was stored (or there was nothing to do): clear any message.
    void editAccepted(const QString &message);

private:
    int periodCount() const { return static_cast<int>(m_grid.periods.size()); }
    // The cell of a period or year column.
    const BudgetGridCell &cellAt(const BudgetGridRow &row, int column) const;
    // What a column shows: the year's columns their own measure, the period columns the one picked.
    Measure measureOf(int column) const;
    bool isBudgetCell(int column) const;
    std::optional<std::int64_t> valueAt(const BudgetGridRow &row, int column) const;
    QVariant displayData(const BudgetGridRow &row, int column) const;
    QVariant sortData(const BudgetGridRow &row, int column) const;
    QVariant toolTip(const BudgetGridRow &row, int column) const;
    QString budgetToolTip(const BudgetGridRow &row, const BudgetGridCell &cell,
                          const BudgetPeriod &period) const;
    QString editText(const BudgetGridRow &row, int column) const;
    bool execute(const std::function<void()> &action);

    Workspace &m_workspace;
    QPointer<QWidget> m_errorParent;
    QDate m_referenceDate;
    int m_requestedYear = 0;
    std::optional<BudgetPeriodKind> m_granularity;
    bool m_splitByCategory = false;
    Measure m_measure = Measure::Budget;
    BudgetGrid m_grid;
};

} // namespace costboard::ui
