// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/projectsfilterproxymodel.h"

#include <QRegularExpression>

#include "models/projectsmodel.h"

namespace costboard::ui {

ProjectsFilterProxyModel::ProjectsFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProjectsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Re-sort and re-filter when a refresh updates a row in place (a renamed or archived project).
    setDynamicSortFilter(true);
}

void ProjectsFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    m_words = text.split(whitespace, Qt::SkipEmptyParts);
    invalidateFilter();
}

void ProjectsFilterProxyModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    invalidateFilter();
}

void ProjectsFilterProxyModel::setStatusFilter(std::optional<ProjectStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void ProjectsFilterProxyModel::setDecisionLevelFilter(std::optional<DecisionLevel> level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateFilter();
}

bool ProjectsFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    auto value = [&](int column, int role) {
        return model->index(sourceRow, column, sourceParent).data(role);
    };

    if (!m_showArchived && value(ProjectsModel::ArchivedColumn, ProjectsModel::SortRole).toBool())
        return false;
    if (m_status
        && value(ProjectsModel::StatusColumn, ProjectsModel::SortRole).toInt() != static_cast<int>(*m_status))
        return false;
    if (m_level
        && value(ProjectsModel::DecisionColumn, ProjectsModel::SortRole).toInt()
            != static_cast<int>(*m_level))
        return false;
    if (m_words.isEmpty())
        return true;

    const QString code = value(ProjectsModel::CodeColumn, Qt::DisplayRole).toString();
    const QString name = value(ProjectsModel::NameColumn, Qt::DisplayRole).toString();
    const QString owner = value(ProjectsModel::OwnerColumn, Qt::DisplayRole).toString();
    for (const QString &word : m_words) {
        if (!code.contains(word, Qt::CaseInsensitive) && !name.contains(word, Qt::CaseInsensitive)
            && !owner.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace costboard::ui
