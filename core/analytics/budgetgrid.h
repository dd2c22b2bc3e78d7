#pragma once

#include "analytics/budgetrule.h"
#include "analytics/positions.h"
#include "domain/entities.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace costboard {

class Database;

// One month, fiscal quarter or fiscal year.
struct BudgetPeriod
{
    BudgetPeriodKind kind = BudgetPeriodKind::Month;
    QDate start;

    QDate end() const;
    DayRange days() const { return {start, end()}; }
    // The period of the same kind just before this one (December before January, Q4 before Q1).
    BudgetPeriod previous() const;
    bool operator==(const BudgetPeriod &other) const = default;
};

// The periods of the fiscal year starting on `yearStart`: 12 months, 4 quarters or the year.
QList<BudgetPeriod> fiscalPeriods(const QDate &yearStart, BudgetPeriodKind kind);

// `total` in `parts` amounts that differ by at most one minor unit and add up to it exactly (the
// largest-remainder method with equal weights: the first periods take the extra units).
QList<std::int64_t> splitEvenly(std::int64_t total, int parts);

// One budget write: the budget of `scope` for `period` goes from `before` to `after` (empty: no
// budget). Undo writes `before` back; budgets are found by scope and period, never by id, since
// ids change when a removed budget is created again.
struct BudgetChange
{
    BudgetScope scope;
    BudgetPeriod period;
    std::optional<Money> before;
    std::optional<Money> after;

    Budget budget(const Money &amount) const;
};

// Writes `changes` in one transaction, so that a refused one leaves every budget as it was:
// each `after` in order, or, when `undo`, each `before` in reverse order. Every write is audited
// by BudgetRepository. Throws Error.
void applyBudgetChanges(Database &database, const QList<BudgetChange> &changes, bool undo);

// The budgets of one fiscal year as the budget grid edits them. What counts is BudgetBook's rule
// (the finest kind per scope and year); the planners below keep one kind per scope and year, so
// that no budget typed is ever left uncounted.
class FiscalYearBudgets final
{
public:
    // `budgets`: any list (those outside the year or in another currency are ignored).
    FiscalYearBudgets(const QList<Budget> &budgets, const FiscalCalendar &calendar, const QDate &yearStart,
                      const QString &currency);
    // Reads the budgets of the fiscal year holding `date` from the database.
    static FiscalYearBudgets read(Database &database, const QDate &date);

    QDate yearStart() const { return m_yearStart; }
    QDate yearEnd() const { return m_yearStart.addYears(1).addDays(-1); }
    const QString &currency() const { return m_currency; }
    bool isEmpty() const { return m_budgets.isEmpty(); }

    const BudgetBook &book() const { return m_book; }
    std::optional<BudgetPeriodKind> granularity(const BudgetScope &scope) const;
    // What the scope's own budgets give `period` (BudgetBook's rule, without the sums of the
    // scopes under it); empty when none of them covers any day of it.
    std::optional<std::int64_t> amount(const BudgetScope &scope, const BudgetPeriod &period) const;
    // True when `period` holds a budget typed for exactly that period (not derived from others).
    bool isEntered(const BudgetScope &scope, const BudgetPeriod &period) const;
    // The budget stored for exactly this scope and period, whether it counts or not.
    std::optional<Money> stored(const BudgetScope &scope, const BudgetPeriod &period) const;

    // The writes that give `period` the amount `amount` (empty: no budget) for `scope`:
    // - at the scope's granularity (or when it has no budget yet): that one budget;
    // - finer than it (a month where the year is budgeted by quarter): the scope's budgets of the
    //   year are first split into periods of the finer kind by their share by days, so every
    //   other period keeps the amount it showed, then `period` is set;
    // - coarser (a quarter where the year is budgeted by month): the amount is spread evenly over
    //   the finer periods it covers (an empty amount removes them).
    // Empty when nothing would change. `period` must lie in this fiscal year.
    QList<BudgetChange> planSet(const BudgetScope &scope, const BudgetPeriod &period,
                                const std::optional<Money> &amount) const;
    // The writes that give `scope` twelve month budgets adding up to `annual` exactly, replacing
    // its quarter and year budgets of the year.
    QList<BudgetChange> planSpreadEvenly(const BudgetScope &scope, const Money &annual) const;

private:
    QList<Budget> scopeBudgets(const BudgetScope &scope) const;
    QList<Budget> effectiveBudgets(const BudgetScope &scope) const;

    QDate m_yearStart;
    QString m_currency;
    QList<Budget> m_budgets; // overlapping the year, in the currency
    BudgetBook m_book;
};

// The writes that copy, for each scope of `scopes` whose `target` period has no amount yet, the
// amount its `target.previous()` period has (planned with planSet(), so the rule above holds).
// `source` is the fiscal year holding the previous period, `target` the one holding `target`
// (the same object when both lie in one fiscal year).
QList<BudgetChange> planCopyPrevious(const FiscalYearBudgets &source, const FiscalYearBudgets &target,
                                     const QList<BudgetScope> &scopes, const BudgetPeriod &targetPeriod);

} // namespace costboard
