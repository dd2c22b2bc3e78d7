// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <future>
#include <memory>
#include <optional>

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include "alerts/alertengine.h"
#include "analytics/dashboardquery.h"
#include "analytics/dashboardsnapshot.h"
#include "domain/teamrole.h"

namespace costboard {
class Database;
}

namespace costboard::ui {

// The dashboard's first figures and the query they answer, computed before the page exists.
struct PrefetchedDashboard
{
    DashboardQuery query;
    DashboardSnapshot snapshot;
};

// The open database as the widgets see it. Every page that writes calls notifyDataChanged()
// afterwards; every page that shows data listens to dataChanged() and refreshes, so an edit
// anywhere shows everywhere without a restart.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    explicit Workspace(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~Workspace() override;

    Database &database() const { return *m_database; }

    // What this session may change: the role the server grants it (teamserver::sessionRole),
    // read once at open; a SQLite file is its single user's.
    TeamRole role() const { return m_role; }
    bool mayWrite(WriteArea area) const;
    // Why the session may not write `area`, for a tooltip: empty when it may.
    QString readOnlyReason(WriteArea area) const;
    // Keeps `control` (a QWidget or a QAction) disabled, with readOnlyReason() as its tooltip,
    // when the role may not write `area`, whatever its page later enables; of a list or table
    // (a QAbstractItemView), only the double-click that opens its edit form is turned off. The interface only
    // spares people a refusal: the server is the guard.
    void guardWrites(QObject *control, WriteArea area);
    // guardWrites() for every button, view and view action inside `root` (a tab whose buttons
    // all change its data), except `reading` (an export, a "show").
    void guardWritesIn(QWidget *root, WriteArea area, const QList<QObject *> &reading = {});
    // One history for every edit of this database (projects, cost lines, budgets): Ctrl+Z
    // undoes the last change whatever page made it. Commands call notifyDataChanged().
    QUndoStack *undoStack() { return &m_undoStack; }

    // The week alerts are evaluated for: this week, unless set (tests, a demo of a past week).
    IsoWeek alertWeek() const { return m_alertWeek.isValid() ? m_alertWeek : IsoWeek::current(); }
    void setAlertWeek(const IsoWeek &week) { m_alertWeek = week; }
    // A session that only looks (--screenshot): pages show the data but nothing counts as read.
    bool isViewOnly() const { return m_viewOnly; }
    void setViewOnly(bool viewOnly) { m_viewOnly = viewOnly; }
    const AlertEvaluation &lastEvaluation() const { return m_lastEvaluation; }
    // The unresolved alerts: the last evaluation's, or before the first one (the window evaluates
    // once its first page has painted) those the database holds from the evaluation before.
    QList<Alert> unresolvedAlerts() const;
    // Open alerts not yet seen: the navigation's badge and the alerts page's. Read on the first
    // ask, then again after each evaluation and whenever alerts are marked read, so that the
    // badge is right whether or not the alerts page exists.
    int unreadAlertCount();
    void countUnreadAlerts();

    // Start-up: the dashboard's first snapshot, computed on a worker thread while the window is
    // built (DashboardPage::prefetchFirstSnapshot). take…() waits for it if it is still being
    // computed and hands it over once; a change to the data, or the window's first paint,
    // discards it.
    void setDashboardPrefetch(std::future<std::optional<PrefetchedDashboard>> prefetch);
    std::optional<PrefetchedDashboard> takeDashboardPrefetch();
    void discardDashboardPrefetch();

public slots:
    // Emits dataChanged() and then re-evaluates the alert rules against the new data.
    void notifyDataChanged();
    // Evaluates every alert rule for alertWeek() and emits alertsChanged(); at start-up and after
    // each data change. Errors are logged, never thrown at the caller.
    void evaluateAlerts();

signals:
    void dataChanged();
    // Another client changed the shared database (a server's notification): dataChanged()
    // follows, at most a few times a second however many changes arrive.
    void changedElsewhere(const QString &table);
    // `evaluation.fired` and `evaluation.escalated` are what is new since the last evaluation.
    void alertsChanged(const costboard::AlertEvaluation &evaluation);
    void unreadAlertCountChanged(int count);

private:
    // Subscribes to the server's change notifications (teamserver::changeChannel()).
    void listenForChanges();

    std::unique_ptr<Database> m_database;
    TeamRole m_role = TeamRole::Admin;
    qint64 m_backendProcess = 0;
    QTimer *m_changeDebounce = nullptr;
    QUndoStack m_undoStack;
    IsoWeek m_alertWeek;
    bool m_viewOnly = false;
    AlertEvaluation m_lastEvaluation;
    bool m_evaluated = false;
    int m_unreadAlerts = -1; // -1: not read yet
    std::future<std::optional<PrefetchedDashboard>> m_dashboardPrefetch;
};

} // namespace costboard::ui
