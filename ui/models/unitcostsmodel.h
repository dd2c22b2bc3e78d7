// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "analytics/unitcosts.h"

namespace costboard::ui {

// Unit costs per project or per model: the reporting week's tokens, cost of a million tokens and
// of a request, and its change from the week before; then the period's tokens a week and unit
// costs. Figures come from core's UnitCostReport; the model only formats them.
class UnitCostsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitCostsModel)

public:
    enum class Grouping
    {
        Projects,
        Models,
    };
    enum Column
    {
        NameColumn,
        VendorColumn, // models only: who bills it
        WeekTokensColumn,
        WeekPerMillionColumn,
        WeekChangeColumn,
        WeekPerRequestColumn,
        TokensPerWeekColumn,
        PeriodPerMillionColumn,
        PeriodPerRequestColumn,
        ColumnCount
    };

    explicit UnitCostsModel(Grouping grouping, QObject *parent = nullptr);
    void setReport(const UnitCostReport &report);
    const UnitCostRow &rowAt(int row) const { return rows().at(row); }
    // Projects by code alone (their name in the tooltip): on a narrow page the figures keep room.
    void setCompactNames(bool compact);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const QList<UnitCostRow> &rows() const
    {
        return m_grouping == Grouping::Projects ? m_report.projects : m_report.models;
    }
    QString displayed(const UnitCostRow &row, int column) const;

    Grouping m_grouping;
    UnitCostReport m_report;
    bool m_compactNames = false;
};

// Each benchmarked project's cost per unit of its work: the reporting week's volume, cost and cost
// per unit with its change from the week before, and the period's cost per unit.
class BenchmarkCostsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchmarkCostsModel)

public:
    enum Column
    {
        ProjectColumn,
        UnitColumn,
        WeekVolumeColumn,
        WeekCostColumn,
        WeekPerUnitColumn,
        WeekChangeColumn,
        PeriodPerUnitColumn,
        WeeksEnteredColumn,
        ColumnCount
    };

    explicit BenchmarkCostsModel(QObject *parent = nullptr);
    void setReport(const UnitCostReport &report);
    const BenchmarkRow &rowAt(int row) const { return m_report.benchmarks.at(row); }
    void setCompactNames(bool compact);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString displayed(const BenchmarkRow &row, int column) const;

    UnitCostReport m_report;
    bool m_compactNames = false;
};

// The change of a unit cost as a table cell shows it ("+4 %") and the colour it takes: dearer in
// the bad tone, cheaper in the good one.
QString unitCostChangeText(const std::optional<double> &change);
QVariant unitCostChangeColour(const std::optional<double> &change);

} // namespace costboard::ui
