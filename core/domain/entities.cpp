// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/entities.h"

#include "domain/keytable.h"

namespace costboard {
namespace {

constexpr KeyTable<ProjectStatus, 7> statusKeys { {
    { ProjectStatus::Proposed, "proposed" },
    { ProjectStatus::Evaluating, "evaluating" },
    { ProjectStatus::Approved, "approved" },
    { ProjectStatus::Active, "active" },
    { ProjectStatus::Paused, "paused" },
    { ProjectStatus::Closed, "closed" },
    { ProjectStatus::Rejected, "rejected" },
} };

constexpr KeyTable<DecisionLevel, 3> decisionKeys { {
    { DecisionLevel::Committee, "committee" },
    { DecisionLevel::Cio, "cio" },
    { DecisionLevel::Cfo, "cfo" },
} };

constexpr KeyTable<BudgetPeriodKind, 3> periodKeys { {
    { BudgetPeriodKind::Month, "month" },
    { BudgetPeriodKind::Quarter, "quarter" },
    { BudgetPeriodKind::Year, "year" },
} };

constexpr KeyTable<DataSensitivity, 4> sensitivityKeys { {
    { DataSensitivity::Internal, "internal" },
    { DataSensitivity::Confidential, "confidential" },
    { DataSensitivity::Personal, "personal" },
    { DataSensitivity::Health, "health" },
} };

} // namespace

QString toKey(ProjectStatus status)
{
    return statusKeys.keyOf(status);
}
QString toKey(DecisionLevel level)
{
    return decisionKeys.keyOf(level);
}
QString toKey(BudgetPeriodKind kind)
{
    return periodKeys.keyOf(kind);
}
QString toKey(DataSensitivity sensitivity)
{
    return sensitivityKeys.keyOf(sensitivity);
}
std::optional<ProjectStatus> projectStatusFromKey(QStringView key)
{
    return statusKeys.valueOf(key);
}
std::optional<DecisionLevel> decisionLevelFromKey(QStringView key)
{
    return decisionKeys.valueOf(key);
}
std::optional<BudgetPeriodKind> budgetPeriodKindFromKey(QStringView key)
{
    return periodKeys.valueOf(key);
}
std::optional<DataSensitivity> dataSensitivityFromKey(QStringView key)
{
    return sensitivityKeys.valueOf(key);
}
QList<ProjectStatus> allProjectStatuses()
{
    return statusKeys.values();
}
QList<DecisionLevel> allDecisionLevels()
{
    return decisionKeys.values();
}

QList<DataSensitivity> allDataSensitivities()
{
    return sensitivityKeys.values();
}

QList<ProjectId> projectsDecidedAt(const QList<Project> &projects, DecisionLevel level)
{
    QList<ProjectId> ids;
    for (const Project &project : projects) {
        if (project.decisionLevel == level && !project.isUnallocated)
            ids << project.id;
    }
    return ids;
}

QDate Budget::periodEnd() const
{
    return periodStart.isValid() ? periodStart.addMonths(FiscalCalendar::monthsIn(periodKind)).addDays(-1)
                                 : QDate();
}

} // namespace costboard
