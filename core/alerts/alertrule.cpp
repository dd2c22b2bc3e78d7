// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertrule.h"

#include "domain/keytable.h"

namespace costboard {
namespace {

constexpr KeyTable<AlertKind, 5> kindKeys { {
    { AlertKind::BudgetConsumed, "budget-consumed" },
    { AlertKind::Forecast, "forecast" },
    { AlertKind::WeeklySpend, "weekly-spend" },
    { AlertKind::WeekOverWeek, "week-over-week" },
    { AlertKind::Spike, "spike" },
} };
constexpr KeyTable<AlertSeverity, 3> severityKeys { {
    { AlertSeverity::Info, "info" },
    { AlertSeverity::Warning, "warning" },
    { AlertSeverity::Critical, "critical" },
} };
constexpr KeyTable<AlertState, 3> stateKeys { {
    { AlertState::Open, "open" },
    { AlertState::Acknowledged, "acknowledged" },
    { AlertState::Resolved, "resolved" },
} };
constexpr KeyTable<BuiltInRule, 4> builtInRuleKeys { {
    { BuiltInRule::BudgetWarning, "budget-warning" },
    { BuiltInRule::BudgetExceeded, "budget-exceeded" },
    { BuiltInRule::ForecastOverBudget, "forecast-over-budget" },
    { BuiltInRule::WeeklySpike, "weekly-spike" },
} };
constexpr KeyTable<AlertNotice, 3> noticeKeys { {
    { AlertNotice::Fired, "fired" },
    { AlertNotice::Escalated, "escalated" },
    { AlertNotice::Resolved, "resolved" },
} };

} // namespace

QString toKey(AlertKind kind)
{
    return kindKeys.keyOf(kind);
}
QString toKey(AlertSeverity severity)
{
    return severityKeys.keyOf(severity);
}
QString toKey(AlertState state)
{
    return stateKeys.keyOf(state);
}
QString toKey(BuiltInRule rule)
{
    return builtInRuleKeys.keyOf(rule);
}
std::optional<AlertKind> alertKindFromKey(QStringView key)
{
    return kindKeys.valueOf(key);
}
std::optional<AlertSeverity> alertSeverityFromKey(QStringView key)
{
    return severityKeys.valueOf(key);
}
std::optional<AlertState> alertStateFromKey(QStringView key)
{
    return stateKeys.valueOf(key);
}
std::optional<BuiltInRule> builtInRuleFromKey(QStringView key)
{
    return builtInRuleKeys.valueOf(key);
}
QString toKey(AlertNotice notice)
{
    return noticeKeys.keyOf(notice);
}
std::optional<AlertNotice> alertNoticeFromKey(QStringView key)
{
    return noticeKeys.valueOf(key);
}
QList<AlertKind> allAlertKinds()
{
    return kindKeys.values();
}

} // namespace costboard
