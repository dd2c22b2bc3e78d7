#pragma once

#include "domain/category.h"
#include "domain/isoweek.h"
#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace costboard {

using ProjectId = std::int64_t;
using CostLineId = std::int64_t;
using BudgetId = std::int64_t;

// Where a project stands in the committee's pipeline.
enum class ProjectStatus { Proposed, Evaluating, Approved, Active, Paused, Closed, Rejected };

// Who decides for the project: the committee chaired by the CEO, or a delegate.
enum class DecisionLevel { Committee, Cio, Cfo };

enum class BudgetPeriodKind { Month, Quarter, Year };

QString toKey(ProjectStatus status);
QString toKey(DecisionLevel level);
QString toKey(BudgetPeriodKind kind);
std::optional<ProjectStatus> projectStatusFromKey(QStringView key);
std::optional<DecisionLevel> decisionLevelFromKey(QStringView key);
std::optional<BudgetPeriodKind> budgetPeriodKindFromKey(QStringView key);
QList<ProjectStatus> allProjectStatuses();
QList<DecisionLevel> allDecisionLevels();

struct Project
{
    ProjectId id = 0; // 0 until stored
    QString code;     // short unique handle used in files and the CLI: "SUP"
    QString name;
    QString description;
    QString owner;
    QString sponsor;
    QString businessUnit;
    ProjectStatus status = ProjectStatus::Proposed;
    DecisionLevel decisionLevel = DecisionLevel::Committee;
    QDate startDate;
    QDate endDate; // null while open-ended
    bool archived = false;
};

// One incurred cost. `amount` is what the invoice says; `reportingAmount` is the same cost in the
// reporting currency at the FX rate valid on `incurredOn`, absent when no rate is known.
struct CostLine
{
    CostLineId id = 0;
    ProjectId projectId = 0;
    CostCategory category = CostCategory::Inference;
    QDate incurredOn;
    Money amount;
    std::optional<Money> reportingAmount; // filled in by the repository, never by callers
    QString vendor;
    QString description;
    std::optional<double> quantity; // tokens, words, GPU-hours, person-days: not money
    QString unit;
    QString source = QStringLiteral("manual");
    std::optional<std::int64_t> importBatchId;
    QString externalRef; // empty, or unique within `source`: re-importing a file adds nothing

    IsoWeek week() const { return IsoWeek::fromDate(incurredOn); }
};

// An amount the CFO allows for a project (or the whole portfolio when `projectId` is empty),
// optionally for one category, over one month, quarter or year starting on `periodStart`.
struct Budget
{
    BudgetId id = 0;
    std::optional<ProjectId> projectId;
    std::optional<CostCategory> category;
    BudgetPeriodKind periodKind = BudgetPeriodKind::Quarter;
    QDate periodStart;
    Money amount;

    QDate periodEnd() const;
};

// One unit of `currency` is worth `rateNanos / 10^9` units of `quoteCurrency` from `validFrom` on.
// A ratio, not money: it is stored as an integer so conversions are exact and repeatable.
struct FxRate
{
    std::int64_t id = 0;
    QString currency;
    QString quoteCurrency;
    QDate validFrom;
    std::int64_t rateNanos = 0;

    static constexpr std::int64_t Scale = 1'000'000'000;
};

struct AuditEntry
{
    std::int64_t id = 0;
    QDateTime at;
    QString actor;
    QString action;   // "create", "update", "delete", "import", "archive"
    QString entity;   // "project", "cost_line", "budget", …
    QString entityId;
    QString details;  // human-readable: what changed, old → new
};

} // namespace costboard
