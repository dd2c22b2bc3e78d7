// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "alerts/alertstore.h"
#include "errors.h"
#include "errortexts.h"
#include "storage/database.h"

namespace costboard::ui {

Workspace::Workspace(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{ }

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
        // New budgets bring their default rules with them (80 %, 100 %, forecast 100 %).
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
