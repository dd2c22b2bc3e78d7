// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

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

void Workspace::notifyDataChanged()
{
    emit dataChanged();
    evaluateAlerts();
}

void Workspace::evaluateAlerts()
{
    try {
        // New budgets bring their default rules with them (80 %, 100 %, forecast 100 %).
        AlertStore(*m_database).ensureDefaultRules();
        m_lastEvaluation = AlertEngine(*m_database).evaluate(alertWeek());
    } catch (const Error &error) {
        spdlog::error("alert evaluation failed: {}", error.what());
        return;
    }
    emit alertsChanged(m_lastEvaluation);
}

} // namespace costboard::ui
