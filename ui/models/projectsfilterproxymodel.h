// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QSortFilterProxyModel>
#include <QStringList>

#include "domain/entities.h"

namespace costboard::ui {

// Filters and sorts a ProjectsModel: free text over code, name and owner, archived projects hidden
// unless asked for, optionally one status and one decision level. Sorts by ProjectsModel::SortRole so that
// money sorts by amount and statuses by pipeline order, not alphabetically.
class ProjectsFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsFilterProxyModel)

public:
    explicit ProjectsFilterProxyModel(QObject *parent = nullptr);

    // Every whitespace-separated word must appear (case-insensitively) in the code, the name or
    // the owner: "chat dupont" finds Dupont's chatbot.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }

    // Empty: every status.
    void setStatusFilter(std::optional<ProjectStatus> status);
    std::optional<ProjectStatus> statusFilter() const { return m_status; }
    // Empty: every decision level. The CEO sees only what the committee decides.
    void setDecisionLevelFilter(std::optional<DecisionLevel> level);
    std::optional<DecisionLevel> decisionLevelFilter() const { return m_level; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
    QStringList m_words;
    bool m_showArchived = false;
    std::optional<ProjectStatus> m_status;
    std::optional<DecisionLevel> m_level;
};

} // namespace costboard::ui
