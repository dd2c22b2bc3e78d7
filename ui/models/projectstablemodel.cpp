// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/projectstablemodel.h"

#include <QSortFilterProxyModel>

#include "models/projectstotalmodel.h"

namespace costboard::ui {

ProjectsTableModel::ProjectsTableModel(ProjectsModel *projects, QSortFilterProxyModel *shown, QObject *parent)
    : QConcatenateTablesProxyModel(parent)
    , m_projects(shown)
    , m_total(nullptr)
{
    addSourceModel(shown);
    // Created after this model follows `shown`: the total changes only once this model has taken
    // in the projects' change, never in the middle of it.
    m_total = new ProjectsTotalModel(projects, shown, this);
    addSourceModel(m_total);
    // The header's own signal: a currency or fiscal-year change renames the column tooltips.
    connect(shown, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
}

void ProjectsTableModel::sort(int column, Qt::SortOrder order)
{
    if (m_projects)
        m_projects->sort(column, order);
}

QVariant ProjectsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_projects)
        return m_projects->headerData(section, orientation, role);
    return QConcatenateTablesProxyModel::headerData(section, orientation, role);
}

bool ProjectsTableModel::isTotalRow(int row) const
{
    return m_projects && row >= m_projects->rowCount() && row < rowCount();
}

} // namespace costboard::ui
