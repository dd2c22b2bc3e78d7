// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/category.h"
#include "domain/entities.h"
#include "pricing/ownership.h"

namespace costboard {
class Database;
}

namespace costboard::pricing {

// One month of a saved estimate, in one cost category, in the reporting currency.
struct SavedEstimateMonth
{
    QDate monthStart;
    CostCategory category = CostCategory::Inference;
    Money amount;
    bool operator==(const SavedEstimateMonth &) const = default;
};

// An estimate as it was saved for a project: what the committee approved, kept as it was. Saving
// it again under its name makes the next version.
struct SavedEstimate
{
    std::int64_t id = 0;
    ProjectId projectId = 0;
    QString name;
    int version = 1;
    QDate firstMonth;
    QString currency;
    QString assumptions; // what it assumed, as people read it
    QDateTime savedAt; // UTC
    QString actor;
    QList<SavedEstimateMonth> months;

    static constexpr int MaxNameLength = 120;
    static constexpr int MaxAssumptionsLength = 2000;
};

// An estimate's months beside what the ledger holds for the project in the same categories, up to
// a day: the follow-up the committee asked for.
struct EstimateAgainstActual
{
    struct Month
    {
        QDate monthStart;
        std::int64_t estimatedMinor = 0;
        std::int64_t actualMinor = 0;
        bool complete = true; // the month ended before the day compared on
        std::int64_t gapMinor() const { return Money::subtractMinorUnits(actualMinor, estimatedMinor); }
    };
    SavedEstimate estimate;
    QList<Month> months; // from the estimate's first month to the month of the day compared on
    std::int64_t estimatedToDate = 0;
    std::int64_t actualToDate = 0;
    // actual / estimated − 1 to date, a ratio; empty when nothing was estimated.
    std::optional<double> gapRatio() const;
};

class SavedEstimateRepository final
{
public:
    explicit SavedEstimateRepository(Database &database);

    // Saves the 36 months of `estimate` from `firstMonth` (any day of it) as the next version of
    // `name` for `project`, by cost category, in one transaction with an audit entry. Returns the
    // saved estimate. Throws ValidationError for an unknown project, an empty or long name, or an
    // estimate in another currency than the reporting one.
    SavedEstimate save(ProjectId project, const QString &name, const QDate &firstMonth,
                       const OwnershipEstimate &estimate, const QString &assumptions);
    // Takes a saved version away (undo of a save), audited.
    void remove(std::int64_t id);
    // Every version of every estimate of `project` (all projects when empty), newest first, months
    // included.
    QList<SavedEstimate> list(std::optional<ProjectId> project = std::nullopt) const;
    // Each project's latest saved version, by project code.
    QList<SavedEstimate> latestPerProject() const;
    // The estimate beside the project's actuals (accrual basis) month by month up to `asOf`.
    EstimateAgainstActual againstActual(const SavedEstimate &estimate, const QDate &asOf) const;

private:
    Database &m_database;
};

} // namespace costboard::pricing
