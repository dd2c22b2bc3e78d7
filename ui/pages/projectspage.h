// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "domain/entities.h"
#include "pages/page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace costboard::ui {

class ProjectDialog;
class ProjectsFilterProxyModel;
class ProjectsModel;
class ProjectsTableModel;
class ProjectsTotalModel;
class Workspace;

// The committee's list of GenAI projects: who owns them, where they stand, how much of this
// fiscal year's budget they have used and what remains, their forecast, and the total of those
// shown on the last row. Create, edit and archive go through the workspace's undo stack; the page
// refreshes whenever the workspace announces a change.
class ProjectsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsPage)

public:
    explicit ProjectsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~ProjectsPage() override;

    static QString pageTitle() { return tr("Projects"); }
    static QString pageIconName() { return QStringLiteral("projects"); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
    void activateSearch() override;

    // For tests.
    ProjectsModel *model() const { return m_model; }
    ProjectsFilterProxyModel *proxy() const { return m_proxy; }
    ProjectsTableModel *tableModel() const { return m_table; }
    ProjectsTotalModel *totalModel() const;
    QTableView *view() const { return m_view; }
    // The project of the current row, if any.
    std::optional<Project> selectedProject() const;
    // Selects `id`'s row when the filter shows it; returns whether it does.
    bool selectProject(ProjectId id);

public slots:
    void refresh() override;
    // Open the form (window-modal, non-blocking) and return it; it stores through the undo stack.
    ProjectDialog *newProject();
    ProjectDialog *editSelectedProject();
    void toggleArchivedSelected();

private:
    QWidget *createEmptyState();
    void updateActions();
    void updateEmptyState();

    Workspace &m_workspace;
    ProjectsModel *m_model;
    ProjectsFilterProxyModel *m_proxy;
    ProjectsTableModel *m_table;
    QLabel *m_caption;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QComboBox *m_levelFilter;
    QCheckBox *m_showArchived;
    QLabel *m_count;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_archiveButton;
    QPushButton *m_estimateButton;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QWidget *m_emptyState;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
};

} // namespace costboard::ui
