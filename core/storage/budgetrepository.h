// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>

#include "domain/entities.h"

namespace costboard {

class Database;

class BudgetRepository final
{
public:
    explicit BudgetRepository(Database &database);

    // Stores the budget of a scope (project or portfolio, category or all, period kind, start),
    // replacing the one already there; the period start must be the first day of a month,
    // quarter or year. Audited with the old and new amount.
    BudgetId set(const Budget &budget);
    void remove(BudgetId id);

    std::optional<Budget> find(BudgetId id) const;
    QList<Budget> list() const;
    QList<Budget> overlapping(const QDate &from, const QDate &to) const;

private:
    void validate(const Budget &budget) const;

    Database &m_database;
};

} // namespace costboard
