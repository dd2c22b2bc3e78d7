// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/entities.h"

namespace costboard {

using AlertRuleId = std::int64_t;
using AlertId = std::int64_t;

// What a rule watches (AWS Budgets / Azure Cost Management / Kubecost all offer these shapes).
enum class AlertKind
{
    BudgetConsumed, // actual spend of the fiscal quarter >= threshold % of its budget
    Forecast, // forecast spend at quarter end >= threshold % of the budget
    WeeklySpend, // one week's spend >= an absolute amount
    WeekOverWeek, // this week vs last week growth >= threshold %
    Spike, // this week >= K x the average of the N weeks before it
};

enum class AlertSeverity
{
    Info = 0,
    Warning = 1,
    Critical = 2
};

// The rules of the default set (AlertStore::ensureDefaultRules()). A built-in rule keeps which one
// it is as a key in the database, so its name is shown in the interface language from the key,
// never recognised from stored English text.
enum class BuiltInRule
{
    BudgetWarning, // 80 % of the fiscal quarter's budget consumed
    BudgetExceeded, // 100 % consumed
    ForecastOverBudget, // forecast at quarter end above the budget
    WeeklySpike, // a week at 3 x the average of the 4 before it
};
enum class AlertState
{
    Open,
    Acknowledged,
    Resolved
};

// What `alerts` (the report a cron job mails) has still to announce about an alert: set with
// each change the engine stores, whoever evaluated, and cleared only once the report holding it
// has been printed. A run killed in between leaves it set, so the next run announces it again:
// at least once, never lost. The alert centre's read/unread is another matter (Alert::read).
enum class AlertNotice
{
    Fired, // new, or back after it resolved
    Escalated, // crossed a higher threshold
    Resolved, // its condition cleared
};

QString toKey(AlertKind kind);
QString toKey(AlertSeverity severity);
QString toKey(AlertState state);
QString toKey(BuiltInRule rule);
QString toKey(AlertNotice notice);
std::optional<AlertKind> alertKindFromKey(QStringView key);
std::optional<AlertSeverity> alertSeverityFromKey(QStringView key);
std::optional<AlertState> alertStateFromKey(QStringView key);
std::optional<BuiltInRule> builtInRuleFromKey(QStringView key);
std::optional<AlertNotice> alertNoticeFromKey(QStringView key);
QList<AlertKind> allAlertKinds();

// Thresholds are integers in a unit fixed by the kind, so rules compare exactly:
// - BudgetConsumed, Forecast, WeekOverWeek: basis points of a ratio (8000 = 80 %);
// - WeeklySpend: minor units of the reporting currency;
// - Spike: hundredths of the multiple (300 = 3 x), with `trailingWeeks` the N of the average.
struct AlertRule
{
    AlertRuleId id = 0;
    // Empty for a built-in rule that keeps its default name: that name is shown from `builtIn`
    // (render::alertRuleName()). A name typed by the user is kept and shown as typed.
    QString name;
    AlertKind kind = AlertKind::BudgetConsumed;
    std::optional<ProjectId> projectId; // empty: the whole portfolio
    std::optional<CostCategory> category; // empty: every category
    std::int64_t threshold = 8000;
    int trailingWeeks = 4;
    AlertSeverity severity = AlertSeverity::Warning;
    bool enabled = true;
    std::optional<BuiltInRule> builtIn; // which rule of the default set it is; still editable

    bool needsBudget() const { return kind == AlertKind::BudgetConsumed || kind == AlertKind::Forecast; }
    bool hasDefaultName() const { return builtIn && name.trimmed().isEmpty(); }
};

// A rule that fired for its scope and period. One alert per (kind, scope, period): a higher
// threshold crossed later escalates it, and it resolves itself when the condition clears.
struct Alert
{
    AlertId id = 0;
    AlertRuleId ruleId = 0;
    AlertKind kind = AlertKind::BudgetConsumed;
    std::optional<ProjectId> projectId;
    std::optional<CostCategory> category;
    QString periodKey; // "2026-Q4" (fiscal quarter) or "2026-W48"
    IsoWeek week; // the week evaluated when it fired or last changed
    AlertSeverity severity = AlertSeverity::Warning;
    AlertState state = AlertState::Open;
    std::int64_t value = 0; // in the unit of the kind's threshold
    std::int64_t threshold = 0;
    std::int64_t amountMinor = 0; // the spend behind the value (reporting currency)
    std::int64_t referenceMinor = 0; // the budget, last week's spend, or the trailing average
    QString currency;
    QString message; // the sentence for logs, the CLI and mails, in English; the UI
                     // renders its own translated sentence from the fields above
    QDateTime firedAt;
    QDateTime updatedAt;
    QDateTime resolvedAt;
    QString acknowledgedBy;
    QString acknowledgementNote;
    bool read = false;
    std::optional<AlertNotice> pendingNotice; // not announced by `alerts` yet
};

} // namespace costboard
