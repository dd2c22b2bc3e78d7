// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "analytics/positions.h"

class QSortFilterProxyModel;

namespace costboard::ui {

class ProjectsModel;

// One row, the total of the projects a filter shows: their spend, budgets, what remains and
// forecast added up to the cent and judged by the health rule on the sums (combinedFigures()), in
// the columns of ProjectsModel and with its formatting. No row when no project is shown.
class ProjectsTotalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsTotalModel)

public:
    // `shown` filters `projects`; the total follows its rows as they change.
    ProjectsTotalModel(ProjectsModel *projects, QSortFilterProxyModel *shown, QObject *parent = nullptr);

    const ScopeFigures &figures() const { return m_figures; }
    int projectCount() const { return m_projectCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Enabled, not selectable: the total is no project to edit or archive.
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void recompute();

    QPointer<ProjectsModel> m_projects;
    QPointer<QSortFilterProxyModel> m_shown;
    ScopeFigures m_figures;
    int m_projectCount = 0;
};

} // namespace costboard::ui
