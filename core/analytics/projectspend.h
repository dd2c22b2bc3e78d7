#pragma once

#include <cstdint>

#include <QHash>
#include <QList>

#include "domain/entities.h"

namespace costboard {

class Database;

// Spend per project over whole ISO weeks, in minor units of the reporting currency, read from the
// weekly roll-ups. Weeks rather than days because the roll-ups are weekly: a range that starts or
// ends mid-week counts those weeks whole, exactly as the dashboard's periods do, so the projects
// table and the dashboard agree to the cent. Projects with no spend in the range are absent.
// Lines in a currency without an FX rate are not counted (they have no reporting amount).
QHash<ProjectId, std::int64_t> projectSpend(Database &database, const WeekRange &weeks);

// The part of `budget` that falls between `from` and `to` (inclusive), spread evenly by day over
// the budget's period, in minor units of the budget's currency. A budget whose period lies inside
// the range counts whole; one straddling its edge counts pro rata.
std::int64_t budgetShareBetween(const Budget &budget, const QDate &from, const QDate &to);

// Budget per project between `from` and `to`, in minor units of `currency` (budgets in another
// currency are skipped, as the dashboard does). One level of detail per project so nothing is
// counted twice: the project's all-category budgets when it has any in the range, else the sum of
// its per-category budgets; within a scope only the finest period kind (month before quarter
// before year). Projects with no budget in the range are absent.
QHash<ProjectId, std::int64_t> projectBudgets(const QList<Budget> &budgets, const QDate &from,
                                              const QDate &to, const QString &currency);

} // namespace costboard
