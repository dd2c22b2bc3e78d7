// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <algorithm>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QSqlDriver>
#include <QWidget>

#include <spdlog/spdlog.h>

#include "alerts/alertstore.h"
#include "domain/displaynames.h"
#include "errors.h"
#include "errortexts.h"
#include "storage/database.h"
#include "storage/teamserver.h"

namespace costboard::ui {

Workspace::Workspace(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    try {
        m_role = teamserver::sessionRole(*m_database);
    } catch (const Error &error) {
        // Unknown: the least that can be shown. The server refuses what the role may not do anyway.
        spdlog::error("the session's role could not be read: {}", error.what());
        m_role = TeamRole::Viewer;
    }
    spdlog::info("session role on {}: {}", m_database->displayName().toStdString(),
                 teamserver::roleKey(m_role).toStdString());
    listenForChanges();
}

bool Workspace::mayWrite(WriteArea area) const
{
    return teamserver::mayWrite(m_role, area);
}

QString Workspace::readOnlyReason(WriteArea area) const
{
    if (mayWrite(area))
        return QString();
    if (m_database->isReadOnly())
        return tr("The database is open read-only.");
    if (area == WriteArea::Ledger)
        return tr("Your role on this server (%1) reads only; a CostBoard administrator can make you a "
                  "controller.")
            .arg(names::teamRole(m_role));
    return tr("Your role on this server (%1) does not change the set-up (projects, rules, prices, the "
              "committee); a CostBoard administrator can.")
        .arg(names::teamRole(m_role));
}

namespace {

// Turns its control off again whenever something turns it on.
class WriteGuard final : public QObject
{
public:
    WriteGuard(QObject *control, const QString &reason)
        : QObject(control)
        , m_reason(reason)
    {
        if (auto *view = qobject_cast<QAbstractItemView *>(control)) {
            // A list stays readable: only the double-click that would open a form is swallowed.
            view->viewport()->installEventFilter(this);
        } else if (auto *action = qobject_cast<QAction *>(control)) {
            action->setEnabled(false);
            action->setToolTip(reason);
            connect(action, &QAction::enabledChanged, this, [action](bool enabled) {
                if (enabled)
                    action->setEnabled(false);
            });
        } else if (auto *widget = qobject_cast<QWidget *>(control)) {
            widget->setEnabled(false);
            widget->setToolTip(reason);
            widget->installEventFilter(this);
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonDblClick && !qobject_cast<QAbstractButton *>(watched))
            return true;
        if (event->type() == QEvent::EnabledChange) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->isEnabled())
                widget->setEnabled(false);
        } else if (event->type() == QEvent::ToolTipChange) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->toolTip() != m_reason)
                widget->setToolTip(m_reason);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QString m_reason;
};

} // namespace

void Workspace::guardWrites(QObject *control, WriteArea area)
{
    if (!control || mayWrite(area))
        return;
    new WriteGuard(control, readOnlyReason(area));
}

void Workspace::guardWritesIn(QWidget *root, WriteArea area, const QList<QObject *> &reading)
{
    if (mayWrite(area))
        return;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!reading.contains(button))
            guardWrites(button, area);
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        guardWrites(view, area);
        for (QAction *action : view->actions()) {
            if (!reading.contains(action))
                guardWrites(action, area);
        }
    }
}

void Workspace::listenForChanges()
{
    if (m_database->dialect() != SqlDialect::Postgres)
        return;
    try {
        m_backendProcess = teamserver::backendProcessId(*m_database);
    } catch (const Error &error) {
        spdlog::error("no change notifications: {}", error.what());
        return;
    }
    QSqlDriver *driver = m_database->connection().driver();
    if (!driver->subscribeToNotification(teamserver::changeChannel())) {
        spdlog::error("no change notifications: the driver refused the subscription");
        return;
    }
    // A burst of changes (an import, a colleague's undo of many budgets) refreshes once.
    m_changeDebounce = new QTimer(this);
    m_changeDebounce->setSingleShot(true);
    m_changeDebounce->setInterval(300);
    connect(m_changeDebounce, &QTimer::timeout, this, &Workspace::notifyDataChanged);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (channel != teamserver::changeChannel())
                    return;
                const QString table = payload.toString().section(u' ', 0, 0);
                const qint64 writer = payload.toString().section(u' ', 1, 1).toLongLong();
                // This window's own writes have refreshed it already.
                if (writer == m_backendProcess)
                    return;
                spdlog::debug("{} changed by server process {}", table.toStdString(), writer);
                emit changedElsewhere(table);
                if (!m_changeDebounce->isActive())
                    m_changeDebounce->start();
            });
}

Workspace::~Workspace() = default;

void Workspace::setDashboardPrefetch(std::future<std::optional<PrefetchedDashboard>> prefetch)
{
    m_dashboardPrefetch = std::move(prefetch);
}

std::optional<PrefetchedDashboard> Workspace::takeDashboardPrefetch()
{
    if (!m_dashboardPrefetch.valid())
        return std::nullopt;
    return m_dashboardPrefetch.get();
}

void Workspace::discardDashboardPrefetch()
{
    m_dashboardPrefetch = {};
}

void Workspace::notifyDataChanged()
{
    discardDashboardPrefetch();
    emit dataChanged();
    evaluateAlerts();
}

void Workspace::evaluateAlerts()
{
    try {
        if (!mayWrite(WriteArea::Ledger)) {
            // A viewer's window stores nothing: it shows what the writers' evaluations stored.
            m_lastEvaluation = AlertEvaluation {};
            m_lastEvaluation.open = AlertStore(*m_database).alerts(AlertFilter::unresolved());
            m_evaluated = true;
            countUnreadAlerts();
            emit alertsChanged(m_lastEvaluation);
            return;
        }
        // New budgets bring their default rules with them (80 %, 100 %, forecast 100 %); rules
        // are the set-up, which an administrator's window adds when a controller's cannot.
        if (mayWrite(WriteArea::Configuration))
            AlertStore(*m_database).ensureDefaultRules();
        m_lastEvaluation = AlertEngine(*m_database).evaluate(alertWeek());
        m_evaluated = true;
    } catch (const Error &error) {
        spdlog::error("alert evaluation failed: {}", error.what());
        return;
    }
    countUnreadAlerts();
    emit alertsChanged(m_lastEvaluation);
}

QList<Alert> Workspace::unresolvedAlerts() const
{
    if (m_evaluated)
        return m_lastEvaluation.open;
    try {
        return AlertStore(*m_database).alerts(AlertFilter::unresolved());
    } catch (const Error &error) {
        spdlog::error("open alerts could not be read: {}", error.what());
        return {};
    }
}

int Workspace::unreadAlertCount()
{
    if (m_unreadAlerts < 0)
        countUnreadAlerts();
    return std::max(m_unreadAlerts, 0);
}

void Workspace::countUnreadAlerts()
{
    int count = 0;
    try {
        count = AlertStore(*m_database).unreadCount();
    } catch (const Error &error) {
        spdlog::error("unread alerts could not be counted: {}", error.what());
        return;
    }
    if (count == m_unreadAlerts)
        return;
    m_unreadAlerts = count;
    emit unreadAlertCountChanged(count);
}

} // namespace costboard::ui
