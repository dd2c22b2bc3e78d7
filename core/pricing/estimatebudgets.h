// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

#include "analytics/budgetgrid.h"
#include "analytics/budgetrule.h"
#include "pricing/estimate.h"

namespace costboard {
class Database;
class FxConverter;
} // namespace costboard

namespace costboard::pricing {

// One month of an estimate as a budget holds it: in the reporting currency, in cents.
struct EstimatedMonth
{
    QDate monthStart;
    Money amount;
};

// The estimate's months from `firstMonth` (any day of it) on, in `converter`'s currency at the
// rate of each month's first day. Throws ValidationError ("first month") when a month has no
// rate: a budget in the estimate's currency would count nowhere.
QList<EstimatedMonth> estimatedMonths(const InferenceEstimate &estimate, const QDate &firstMonth,
                                      const FxConverter &converter);

// The budget writes that give `scope` these month amounts, replacing what the scope had in those
// months (a quarter or year budget around them is split first, as on the Budgets page). Each
// fiscal year is planned on its budgets as the earlier months' writes leave them. Reads the
// database; writes nothing (applyBudgetChanges() does, in one transaction).
QList<BudgetChange> planBudgetsFromEstimate(Database &database, const BudgetScope &scope,
                                            const QList<EstimatedMonth> &months);

} // namespace costboard::pricing
