// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "alerts/alertstore.h"
#include "pages/page.h"

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace costboard::ui {

class AlertsModel;
class Workspace;

// The alerts the rules raised: what fired, for which project and week, in which state. The
// committee acknowledges an alert with a note (audited) and jumps to the dashboard filtered on its
// scope. Opening the page marks every alert as read, which clears the navigation's badge.
class AlertCentrePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertCentrePage)

public:
    // The state filter's choices, in the order of its combo box.
    enum class StateFilter
    {
        Unresolved,
        Open,
        Acknowledged,
        Resolved,
        All
    };

    explicit AlertCentrePage(Workspace &workspace, QWidget *parent = nullptr);
    ~AlertCentrePage() override;

    static QString pageTitle() { return tr("Alerts"); }
    static QString pageIconName() { return QStringLiteral("alerts"); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
    void pageShown() override;

    // Open alerts not yet seen (the workspace counts them; see Workspace::unreadAlertCount()).
    int unreadCount() const;
    // What the filter bar asks for.
    AlertFilter filter() const;
    void setStateFilter(StateFilter filter);
    void setMinimumSeverity(std::optional<AlertSeverity> severity);
    void setProjectFilter(std::optional<ProjectId> projectId);

    // For tests.
    AlertsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QPushButton *acknowledgeButton() const { return m_acknowledgeButton; }
    QPushButton *dashboardButton() const { return m_dashboardButton; }
    QString detailsText() const;
    QList<Alert> selectedAlerts() const;
    // Selects alert `id`'s row; returns whether it is listed.
    bool selectAlert(AlertId id);

public slots:
    void refresh() override;
    // Asks for the note (window-modal, non-blocking) and returns the dialog; nullptr when no
    // selected alert can be acknowledged.
    QDialog *acknowledgeSelected();
    // Acknowledges `ids` with `note` and announces the change. On failure returns false and sets
    // `error` (if given) to the message to show; alerts acknowledged before the failure stay so.
    bool acknowledge(const QList<costboard::AlertId> &ids, const QString &note, QString *error = nullptr);
    void showSelectedOnDashboard();

signals:
    // The user wants the dashboard filtered on an alert's scope (no project: the portfolio);
    // `quarterToDate` for the budget alerts, which are about the fiscal quarter so far.
    void showOnDashboard(std::optional<costboard::ProjectId> projectId,
                         std::optional<costboard::CostCategory> category, bool quarterToDate);
    void unreadCountChanged(int count);

private:
    void alertsChanged();
    void markShownRead();
    void reloadProjects();
    void updateActions();
    void updateDetails();
    void updateEmptyState();
    // The acknowledgement column as wide as what it shows, up to a limit.
    void fitAcknowledgementColumn();

    Workspace &m_workspace;
    AlertsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_stateFilter;
    QComboBox *m_severityFilter;
    QComboBox *m_projectFilter;
    QLabel *m_count;
    QPushButton *m_acknowledgeButton;
    QPushButton *m_dashboardButton;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_emptyState;
    QLabel *m_details;
    QString m_loadError;
    bool m_refreshing = false;
};

} // namespace costboard::ui
