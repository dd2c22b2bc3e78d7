// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
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

    // The row version a checked write expects where it writes: nullopt checks nothing, 0 means
    // "no budget there", n the budget at version n (Budget::rowVersion as it was read).
    using ExpectedVersion = std::optional<std::int64_t>;
    struct Written
    {
        BudgetId id = 0; // 0 when the budget was removed
        std::int64_t version = 0; // the row's version now; 0 when removed
    };
    // set() and the removal of the budget of `budget`'s scope and period, refusing with
    // ConcurrentEditError (who changed it, when) when the row is not as `expected`: someone
    // else's change is never overwritten unseen. The check and the write are one statement, so
    // two clients of a server cannot both pass it.
    Written setChecked(const Budget &budget, ExpectedVersion expected);
    Written removeChecked(const Budget &scopeAndPeriod, ExpectedVersion expected);

    // The budget of `budget`'s scope, period kind and start, if there is one.
    std::optional<Budget> findSame(const Budget &budget) const;
    // The version of the budget of `scopeAndPeriod`'s scope and period while it holds `amount`
    // (nullopt: no budget; then 0): what an undo or a redo expects, since it replaces what this
    // client left there. ConcurrentEditError (who, when) when it holds anything else.
    ExpectedVersion versionHolding(const Budget &scopeAndPeriod, const std::optional<Money> &amount) const;

    std::optional<Budget> find(BudgetId id) const;
    QList<Budget> list() const;
    QList<Budget> overlapping(const QDate &from, const QDate &to) const;

private:
    void validate(const Budget &budget) const;
    // Throws ConcurrentEditError when `current` is not what `expected` says was read.
    void refuseUnseenChange(const std::optional<Budget> &current, ExpectedVersion expected,
                            const Budget &target) const;
    // The refusal of a write that found `current` (none: removed) where it expected something
    // else (`expectedNone`: no budget).
    [[noreturn]] void throwChangedSince(const std::optional<Budget> &current, bool expectedNone,
                                        const Budget &target) const;
    QString describe(const Budget &budget) const;

    Database &m_database;
};

} // namespace costboard
