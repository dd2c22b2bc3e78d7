// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>

#include "alerts/alertrule.h"
#include "storage/writewait.h"

namespace costboard {

class Database;

struct AlertFilter
{
    QList<AlertState> states; // empty: all
    std::optional<AlertSeverity> minimumSeverity;
    std::optional<ProjectId> projectId;

    // The alerts still to deal with: open or acknowledged, not resolved.
    static AlertFilter unresolved() { return { { AlertState::Open, AlertState::Acknowledged }, {}, {} }; }
};

// Rules and alerts in the database. Rule changes and acknowledgements are audited.
class AlertStore final
{
public:
    explicit AlertStore(Database &database);

    AlertRuleId createRule(const AlertRule &rule);
    void updateRule(const AlertRule &rule);
    void setRuleEnabled(AlertRuleId id, bool enabled);
    void removeRule(AlertRuleId id);
    std::optional<AlertRule> findRule(AlertRuleId id) const;
    QList<AlertRule> rules() const;
    void validate(const AlertRule &rule) const;

    // The built-in rule set, for every project that has a budget and for the portfolio:
    // 80 % consumed (warning), 100 % consumed (critical), forecast 100 % (warning), plus a
    // portfolio spike rule (3 x the 4-week average, warning). Adds only what is missing, in one
    // write transaction waiting as `wait` says; writes nothing when nothing is missing.
    int ensureDefaultRules(const WriteWait &wait = {});

    QList<Alert> alerts(const AlertFilter &filter = {}) const;
    std::optional<Alert> findAlert(AlertId id) const;
    // Alerts with a change not announced yet (Alert::pendingNotice), oldest first.
    QList<Alert> pendingNotices() const;
    // Clears the notice of each of these alerts (as pendingNotices() read them) once they have been
    // printed, unless the alert changed since: that newer change stays to be announced.
    void markNotified(const QList<Alert> &announced, const WriteWait &wait = {});
    // Acknowledges an open alert with a note (trimmed; at most 1000 characters), audited.
    void acknowledge(AlertId id, const QString &note);
    void markAllRead();
    // Marks these alerts as seen (those shown on screen), in one transaction.
    void markRead(const QList<AlertId> &ids);
    int unreadCount() const;
    // The worst severity among open (not acknowledged, not resolved) alerts.
    std::optional<AlertSeverity> worstOpenSeverity() const;

private:
    QList<AlertRule> missingDefaultRules() const;

    Database &m_database;
};

} // namespace costboard
