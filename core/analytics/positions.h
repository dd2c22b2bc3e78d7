// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QList>

#include "analytics/budgetrule.h"
#include "analytics/ledger.h"

namespace costboard {

class Database;

// Where one scope stands over one calendar period, as of a date: the figures the projects page,
// the budget grid and the report show for a project, a category or the portfolio. Computed by
// the same ledger, budget rule, forecast and health rule as the dashboard, so that the pages
// agree to the cent.
struct ScopeFigures
{
    DayRange period;
    std::int64_t actual = 0; // the period's days up to asOf
    std::optional<std::int64_t> budget; // the whole period's
    std::optional<std::int64_t> budgetToDate; // the period's days up to asOf (empty before it starts)
    std::int64_t forecast = 0; // expected over the whole period
    BudgetHealth health = BudgetHealth::NoBudget;
    // Of `actual`, what scopes without a budget spent: none for one scope; for a combination, the
    // spend no budget of it covers (combinedFigures()).
    std::int64_t unbudgetedActual = 0;

    // Spend to date over the whole period's budget.
    std::optional<double> consumedShare() const { return shareOfBudget(actual, budget); }

    // Forecast minus budget: an overrun when positive.
    std::optional<std::int64_t> variance() const
    {
        return budget ? std::optional<std::int64_t>(forecast - *budget) : std::nullopt;
    }

    // What is left of the whole period's budget after the spend to date: negative once it is
    // overspent, empty without a budget. A combination's is the sum of its parts' (spend without a
    // budget draws on none), so a total line adds up its column.
    std::optional<std::int64_t> remaining() const
    {
        return budget ? std::optional<std::int64_t>(*budget - (actual - unbudgetedActual)) : std::nullopt;
    }
};

// Several scopes over the same period taken together (a list of projects): spend and forecast add
// up, budgets add up as BudgetBook::budgetFor() adds a list of projects' (empty when none has
// one), and the health rule judges the sums, as the dashboard does for the same selection.
ScopeFigures combinedFigures(const QList<ScopeFigures> &parts);

// figures[i][j]: scopes[i] over periods[j]. One read of the roll-ups for all of them.
QList<QList<ScopeFigures>> scopeFigures(Database &database, const QList<BudgetScope> &scopes,
                                        const QList<DayRange> &periods, const QDate &asOf,
                                        CostBasis basis = CostBasis::Accrual);

} // namespace costboard
