// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/projectstotalmodel.h"

#include <QFont>
#include <QSortFilterProxyModel>

#include "models/projectsmodel.h"

namespace costboard::ui {

ProjectsTotalModel::ProjectsTotalModel(ProjectsModel *projects, QSortFilterProxyModel *shown, QObject *parent)
    : QAbstractTableModel(parent)
    , m_projects(projects)
    , m_shown(shown)
{
    // Filtering, sorting and refreshes all reach the total through the filter's signals.
    connect(shown, &QAbstractItemModel::rowsInserted, this, &ProjectsTotalModel::recompute);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, &ProjectsTotalModel::recompute);
    connect(shown, &QAbstractItemModel::modelReset, this, &ProjectsTotalModel::recompute);
    connect(shown, &QAbstractItemModel::layoutChanged, this, &ProjectsTotalModel::recompute);
    connect(shown, &QAbstractItemModel::dataChanged, this, &ProjectsTotalModel::recompute);
    connect(projects, &QAbstractItemModel::headerDataChanged, this, &ProjectsTotalModel::recompute);
    recompute();
}

void ProjectsTotalModel::recompute()
{
    if (!m_projects || !m_shown)
        return;
    QList<int> rows;
    const int shownRows = m_shown->rowCount();
    rows.reserve(shownRows);
    for (int row = 0; row < shownRows; ++row)
        rows << m_shown->mapToSource(m_shown->index(row, 0)).row();
    const ScopeFigures figures = m_projects->totalOf(rows);
    const bool had = m_projectCount > 0;
    const bool has = shownRows > 0;
    if (!had && has)
        beginInsertRows(QModelIndex(), 0, 0);
    else if (had && !has)
        beginRemoveRows(QModelIndex(), 0, 0);
    m_figures = figures;
    m_projectCount = shownRows;
    if (!had && has)
        endInsertRows();
    else if (had && !has)
        endRemoveRows();
    else if (has)
        emit dataChanged(index(0, 0), index(0, ProjectsModel::ColumnCount - 1));
}

int ProjectsTotalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_projectCount == 0 ? 0 : 1;
}

int ProjectsTotalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ProjectsModel::ColumnCount;
}

QVariant ProjectsTotalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_projects)
        return {};
    const int column = index.column();
    if (role == Qt::FontRole) {
        // Bold like a ledger's total line, whatever colour the health rule gives the cell.
        QFont font = m_projects->figureData(m_figures, column, role).value<QFont>();
        font.setBold(true);
        return font;
    }
    if (ProjectsModel::isFigureColumn(column))
        return m_projects->figureData(m_figures, column, role);
    switch (role) {
    case Qt::DisplayRole:
        if (column == ProjectsModel::CodeColumn)
            return tr("Total");
        if (column == ProjectsModel::NameColumn)
            return tr("%n project(s) shown", nullptr, m_projectCount);
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("The projects the filters show, added up; the health colours judge the sums by the "
                  "dashboard's rule");
    }
    return {};
}

QVariant ProjectsTotalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_projects ? m_projects->headerData(section, orientation, role) : QVariant();
}

Qt::ItemFlags ProjectsTotalModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

} // namespace costboard::ui
