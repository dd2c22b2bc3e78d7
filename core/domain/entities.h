// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QDate>
#include <QDateTime>
#include <QString>

#include "domain/category.h"
#include "domain/fiscalcalendar.h"
#include "domain/isoweek.h"
#include "domain/money.h"

namespace costboard {

using ProjectId = std::int64_t;
using CostLineId = std::int64_t;
using BudgetId = std::int64_t;

// Where a project stands in the committee's pipeline.
enum class ProjectStatus
{
    Proposed,
    Evaluating,
    Approved,
    Active,
    Paused,
    Closed,
    Rejected
};

// Who decides for the project: the committee chaired by the CEO, or a delegate.
enum class DecisionLevel
{
    Committee,
    Cio,
    Cfo
};

// How sensitive the data a project reads or produces is, from least to most: decision routing
// sends personal and health data up to the committee.
enum class DataSensitivity
{
    Internal,
    Confidential,
    Personal,
    Health
};

// Budgets are entered per calendar period: a month, a fiscal quarter or a fiscal year.
using BudgetPeriodKind = PeriodKind;

QString toKey(ProjectStatus status);
QString toKey(DecisionLevel level);
QString toKey(BudgetPeriodKind kind);
QString toKey(DataSensitivity sensitivity);
std::optional<ProjectStatus> projectStatusFromKey(QStringView key);
std::optional<DecisionLevel> decisionLevelFromKey(QStringView key);
std::optional<BudgetPeriodKind> budgetPeriodKindFromKey(QStringView key);
std::optional<DataSensitivity> dataSensitivityFromKey(QStringView key);
QList<ProjectStatus> allProjectStatuses();
QList<DecisionLevel> allDecisionLevels();
QList<DataSensitivity> allDataSensitivities();

struct Project
{
    ProjectId id = 0; // 0 until stored
    QString code; // short unique handle used in files and the CLI: "SUP"
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
    // What the project's work is counted in, in the singular ("ticket", "document", "user"): its
    // cost per unit is its weekly cost over the volume entered for the week. Empty: no benchmark.
    QString benchmarkUnit;
    // What decision routing reads of the project besides its budget and scores.
    DataSensitivity dataSensitivity = DataSensitivity::Internal;
    bool customerFacing = false; // its output reaches customers, not only staff
    bool infrastructureOnly = false; // a platform the other projects run on, with no use of its own
    // The project imported rows go to when no allocation rule places them: created by the
    // schema, shown under a translated name, never deleted.
    bool isUnallocated = false;
};

// The projects of `projects` whose decisions belong to `level`, in their order.
QList<ProjectId> projectsDecidedAt(const QList<Project> &projects, DecisionLevel level);

// One incurred cost. `amount` is what the invoice says; `reportingAmount` is the same cost in the
// reporting currency at the FX rate valid on `incurredOn`, absent when no rate is known.
//
// `incurredOn` is the invoice (or usage) date: the cash basis counts the line on that day. The
// accrual basis spreads it over the days of its service period, [serviceStart, serviceEnd), end
// exclusive as in FOCUS's ChargePeriodStart/End; a line without one pays for its own date.
struct CostLine
{
    // A service period longer than this is a typing or unit error (three years and a leap day).
    static constexpr qint64 MaxServiceDays = 3 * 365 + 1;
    // A service period of at least this many days is a recurring cost (payroll, a subscription, a
    // licence, reserved capacity): the forecast schedules it instead of extrapolating it.
    static constexpr qint64 RecurringMinimumDays = 28;
    // Longest texts a line keeps, in characters: what a form accepts and what an import checks.
    static constexpr int MaxVendorLength = 120;
    static constexpr int MaxDescriptionLength = 500;
    static constexpr int MaxUnitLength = 40;
    static constexpr int MaxExternalRefLength = 200;
    static constexpr int MaxModelLength = 120; // a model's name, here and in the price catalog

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
    QDate serviceStart; // null: the line pays for `incurredOn` alone
    QDate serviceEnd; // exclusive; null exactly when serviceStart is
    // Usage priced from the catalog: the price entry (model_prices) the tokens were priced with.
    std::optional<std::int64_t> priceId;
    // Token usage: the model the tokens went through, as its provider names it ("gpt-4o-mini"),
    // and the requests that read and wrote them. Empty when not known. Unit costs per model and
    // per request are read from these (analytics/unitcosts.h).
    QString model;
    std::optional<std::int64_t> requests;

    IsoWeek week() const { return IsoWeek::fromDate(incurredOn); }
    bool hasServicePeriod() const { return serviceStart.isValid(); }
    // The days the line pays for: its service period, or its own date.
    DayRange serviceDays() const
    {
        return hasServicePeriod() ? DayRange::fromHalfOpen(serviceStart, serviceEnd)
                                  : DayRange::singleDay(incurredOn);
    }
    bool isRecurring() const { return serviceDays().dayCount() >= RecurringMinimumDays; }
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
    // How many times the stored row was written (1 when created), who wrote it last and when:
    // what a save checks so that it never overwrites a change it has not seen. Not written by
    // set(): the repository counts.
    std::int64_t rowVersion = 0;
    QString changedBy;
    QDateTime changedAt;

    QDate periodEnd() const;
    DayRange days() const { return { periodStart, periodEnd() }; }
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
    QString action; // "create", "update", "delete", "import", "archive"
    QString entity; // "project", "cost_line", "budget", …
    QString entityId;
    QString details; // human-readable: what changed, old → new
};

} // namespace costboard
