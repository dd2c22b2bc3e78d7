#pragma once

#include "analytics/budgetgrid.h"
#include "domain/entities.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QPointer>

#include <cstdint>
#include <functional>
#include <optional>

class QWidget;

namespace costboard::ui {

class Workspace;

// The CFO's budget grid for one fiscal year: a row for the portfolio, then one per project not
// archived (each optionally followed by a row per category); a column per month, quarter or the
// year, then the row's total, its actual and forecast spend over the year and the variance.
//
// Period cells are editable: a typed amount becomes a budget through the workspace's undo stack
// (SetBudgetCommand), so it is validated, audited and undoable, and the dashboard and the alerts
// see it at once. What a cell shows follows FiscalYearBudgets: the budget typed for that period,
// or, in grey italics, what the row's other budgets give it (a quarter's share by days of one of
// its months, the sum of the months of a quarter); a row with no budget of its own shows, also
// in grey, the sum of the rows under it (a project its categories, the portfolio its projects).
class BudgetGridModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetGridModel)

public:
    // Raw values: minor units (qlonglong) for money, a ratio (double) for the variance %; no
    // value for a blank cell.
    static constexpr int SortRole = Qt::UserRole + 1;
    // CellSource of a period or total cell, as an int.
    static constexpr int SourceRole = Qt::UserRole + 2;
    // On every cell and the row's vertical header: the row's project id (qlonglong) and category
    // id (int), no value for the portfolio or all categories.
    static constexpr int ProjectIdRole = Qt::UserRole + 3;
    static constexpr int CategoryRole = Qt::UserRole + 4;

    enum class CellSource
    {
        None,      // blank
        Entered,   // a budget typed for exactly this period and row
        Derived,   // from the row's budgets of another period kind
        Aggregate, // the sum of the rows under it
    };

    // Takes out what people copy along with an amount: a currency symbol or the ISO code.
    static QString withoutCurrency(QString text, const QString &currency);

    explicit BudgetGridModel(Workspace &workspace, QObject *parent = nullptr);
    ~BudgetGridModel() override;

    // "Today": decides the current fiscal year and the week the actuals run to. Tests pin it.
    void setReferenceDate(const QDate &date);
    QDate referenceDate() const { return m_referenceDate; }
    // The fiscal year shown, by the calendar year it starts in; 0 for the current one.
    void setFiscalYear(int startYear);
    int fiscalYear() const { return m_yearStart.year(); }
    void setGranularity(BudgetPeriodKind granularity);
    BudgetPeriodKind granularity() const { return m_granularity.value_or(BudgetPeriodKind::Month); }
    void setSplitByCategory(bool split);
    bool splitByCategory() const { return m_splitByCategory; }
    // Parents the message box of an undo or redo that fails later.
    void setErrorParent(QWidget *widget) { m_errorParent = widget; }

    // Re-reads projects, budgets and spend. The rows are updated in place when they are the same
    // rows and columns as before, so an open editor and the selection survive. Throws Error.
    // Until a granularity is set, the first refresh picks the finest one the year's budgets use.
    void refresh();

    const QString &currency() const { return m_currency; }
    int fiscalYearStartMonth() const { return m_fiscalStartMonth; }
    QDate yearStart() const { return m_yearStart; }
    QDate yearEnd() const { return m_yearStart.addYears(1).addDays(-1); }
    // Calendar years fiscal years start in: those holding budgets, and a few around today's.
    const QList<int> &availableYears() const { return m_availableYears; }
    int currentFiscalYear() const;
    // "FY 2026", or "FY 2026–27" when the fiscal year does not start in January.
    QString yearName(int startYear) const;
    QString periodName(const BudgetPeriod &period) const;

    const QList<BudgetPeriod> &periods() const { return m_periods; }
    bool isPeriodColumn(int column) const { return column >= 0 && column < m_periods.size(); }
    int totalColumn() const { return periodCount(); }
    int actualColumn() const { return periodCount() + 1; }
    int forecastColumn() const { return periodCount() + 2; }
    int varianceColumn() const { return periodCount() + 3; }
    int variancePercentColumn() const { return periodCount() + 4; }
    // The period column holding `date`, or -1.
    int columnOf(const QDate &date) const;

    BudgetScope scopeAt(int row) const { return m_rows.at(row).scope; }
    QString scopeName(int row) const;
    int rowOf(const BudgetScope &scope) const; // -1 when not shown
    QList<BudgetScope> scopes() const;
    // The amount a period or total cell shows, whatever its source.
    std::optional<std::int64_t> amountAt(int row, int column) const;

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
    // Period cells: the text typed (parsed leniently: "12 500,50", "12500.5", "€12,500.50";
    // empty or 0 removes the budget). Invalid text changes nothing and emits editRefused().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A typed amount or an action was refused; `message` says why, ready to show.
    void editRefused(const QString &message);
    // A typed amount or an action was stored (or there was nothing to do): clear any message.
    void editAccepted(const QString &message);

private:
    struct Row
    {
        BudgetScope scope;
        QString label;
        QString code;
        QList<std::optional<std::int64_t>> cells;
        QList<CellSource> sources;
        QList<BudgetPeriodKind> derivedFrom; // for the tooltip of Derived cells
        std::optional<std::int64_t> total;
        ScopeFigures spend;

        std::optional<std::int64_t> variance() const;
    };

    int periodCount() const { return static_cast<int>(m_periods.size()); }
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    QString editText(const Row &row, int column) const;
    bool execute(const std::function<void()> &action);

    Workspace &m_workspace;
    QPointer<QWidget> m_errorParent;
    QDate m_referenceDate;
    int m_requestedYear = 0;
    std::optional<BudgetPeriodKind> m_granularity;
    bool m_splitByCategory = false;

    QString m_currency;
    int m_fiscalStartMonth = 1;
    QDate m_yearStart;
    QList<int> m_availableYears;
    QList<BudgetPeriod> m_periods;
    QList<Row> m_rows;
};

} // namespace costboard::ui
