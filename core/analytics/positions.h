#pragma once

#include "analytics/budgetrule.h"
#include "analytics/ledger.h"

#include <QList>

#include <cstdint>
#include <optional>

namespace costboard {

class Database;

// Where one scope stands over one calendar period, as of a date: the figures the projects page,
// the budget grid and the report show for a project, a category or the portfolio. Computed by
// the same ledger, budget rule, forecast and health rule as the dashboard, so that the pages
// agree to the cent.
struct ScopeFigures
{
    DayRange period;
    std::int64_t actual = 0;                   // the period's days up to asOf
    std::optional<std::int64_t> budget;        // the whole period's
    std::optional<std::int64_t> budgetToDate;  // the period's days up to asOf (empty before it starts)
    std::int64_t forecast = 0;                 // expected over the whole period
    BudgetHealth health = BudgetHealth::NoBudget;

    // Spend to date over the whole period's budget.
    std::optional<double> consumedShare() const { return shareOfBudget(actual, budget); }

    // Forecast minus budget: an overrun when positive.
    std::optional<std::int64_t> variance() const
    {
        return budget ? std::optional<std::int64_t>(forecast - *budget) : std::nullopt;
    }
};

// figures[i][j]: scopes[i] over periods[j]. One read of the roll-ups for all of them.
QList<QList<ScopeFigures>> scopeFigures(Database &database, const QList<BudgetScope> &scopes,
                                        const QList<DayRange> &periods, const QDate &asOf,
                                        CostBasis basis = CostBasis::Accrual);

} // namespace costboard
