// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include "analytics/positions.h"
#include "domain/entities.h"

namespace costboard {
class Database;
}

namespace costboard::ui {

// Every project (archived ones included: the filter proxy hides them) with its budget, spend,
// what remains of the budget, forecast and share of budget consumed in the current fiscal year, in
// the reporting currency. The total of the rows a view shows is ProjectsTotalModel's.
class ProjectsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsModel)

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        StatusColumn,
        DecisionColumn,
        OwnerColumn,
        BudgetColumn,
        SpendColumn,
        RemainingColumn,
        ForecastColumn,
        ConsumedColumn,
        ArchivedColumn,
        ColumnCount
    };
    // Raw values for sorting and filtering: minor units for money (the budget -1 and what remains of
    // it the lowest value when there is none), a ratio for % consumed (-1 when there is no budget),
    // the enum's pipeline order for status and decision level.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ProjectIdRole = Qt::UserRole + 2;

    explicit ProjectsModel(Database &database, QObject *parent = nullptr);
    ~ProjectsModel() override;

    // "Today": decides the fiscal year and the last week of "spend to date". Defaults to the
    // current date; tests pin it so that their figures do not move with the calendar.
    void setReferenceDate(const QDate &date);
    QDate referenceDate() const { return m_referenceDate; }

    // Re-reads projects, budgets and spend. Rows are matched by project id and updated in place,
    // so a view keeps its selection and scroll position across a refresh. Throws Error.
    void refresh();

    const QString &currency() const { return m_currency; }
    QDate fiscalYearStart() const { return m_fiscalYearStart; }
    QDate fiscalYearEnd() const
    {
        return m_fiscalYearStart.isValid()
            ? FiscalCalendar(m_fiscalYearStart.month()).yearEnd(m_fiscalYearStart)
            : QDate();
    }
    // "FY 2026", or "FY 2026–27" when the fiscal year does not start in January (labels.h).
    QString fiscalYearLabel() const;
    // The last day of "spend to date": the end of the reference week, within the fiscal year.
    QDate spendUntil() const { return m_asOf; }

    // The project shown in `row`; rows are in no particular order (the proxy sorts).
    const Project &projectAt(int row) const;
    std::optional<Project> project(ProjectId id) const;
    int rowOf(ProjectId id) const; // -1 when absent
    QList<Project> projects() const;
    // The fiscal-year figures of `row`, and of `rows` taken together (the core's combinedFigures()).
    const ScopeFigures &figuresAt(int row) const;
    ScopeFigures totalOf(const QList<int> &rows) const;
    // How the money and health columns (BudgetColumn to ConsumedColumn) show `figures`, for a
    // project's row and for the total row alike; other columns and roles give nothing.
    QVariant figureData(const ScopeFigures &figures, int column, int role) const;
    static bool isFigureColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        Project project;
        ScopeFigures figures; // over the fiscal year: budget (empty: none), spend to date, forecast
    };

    QVariant projectData(const Project &project, int column, int role) const;

    Database &m_database;
    QDate m_referenceDate;
    QString m_currency;
    QDate m_fiscalYearStart;
    QDate m_asOf;
    QList<Row> m_rows;
};

} // namespace costboard::ui
