// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QConcatenateTablesProxyModel>
#include <QPointer>

class QSortFilterProxyModel;

namespace costboard::ui {

class ProjectsModel;
class ProjectsTotalModel;

// What the projects table shows: the filtered, sorted projects, then their total as the last row.
// Sorting a column sorts the projects only, so the total stays at the bottom.
class ProjectsTableModel final : public QConcatenateTablesProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsTableModel)

public:
    // `shown` filters and sorts `projects`.
    ProjectsTableModel(ProjectsModel *projects, QSortFilterProxyModel *shown, QObject *parent = nullptr);

    ProjectsTotalModel *totalModel() const { return m_total; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Headers are the projects' (the total's would do as well; both ask ProjectsModel).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Whether `row` is the total's.
    bool isTotalRow(int row) const;

private:
    QPointer<QSortFilterProxyModel> m_projects;
    ProjectsTotalModel *m_total;
};

} // namespace costboard::ui
