// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

#include "analytics/budgetrule.h"
#include "analytics/positions.h"
#include "domain/entities.h"

namespace costboard {

class Database;

// One month, fiscal quarter or fiscal year.
struct BudgetPeriod
{
    BudgetPeriodKind kind = BudgetPeriodKind::Month;
    QDate start;

    QDate end() const;
    DayRange days() const { return { start, end() }; }
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
    // How a write checks that nobody else changed the budget meanwhile. The first one: against
    // the row version of `before` as the person saw it (0: no budget), stamped by
    // stampVersionsAsRead(); nullopt writes without checking. Once `written`, an undo checks
    // that the budget still holds `after`, a redo that it holds `before`: what this client left.
    std::optional<std::int64_t> versionBefore;
    bool written = false;

    Budget budget(const Money &amount) const;
};

// Gives each change the version its budget has in `asRead` (the budgets a page showed, or as
// read when planning), so that applying it refuses a budget someone else changed since.
void stampVersionsAsRead(QList<BudgetChange> &changes, const QList<Budget> &asRead);

// Writes `changes` in one transaction, so that a refused one leaves every budget as it was:
// each `after` in order, or, when `undo`, each `before` in reverse order. Every write is audited
// by BudgetRepository. A budget that is not as the change expects (see BudgetChange) is someone
// else's change: ConcurrentEditError, nothing written, unless `overwrite` (the person chose to
// replace it). Marks the changes written. Throws Error.
void applyBudgetChanges(Database &database, QList<BudgetChange> &changes, bool undo, bool overwrite = false);

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
    QDate yearEnd() const { return m_book.calendar().yearEnd(m_yearStart); }
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

// Why an amount typed for a budget is refused. ui/ turns the code and its arguments
// (BudgetEntryRefusal) into a sentence in the interface language.
enum class BudgetEntryError
{
    NotAnAmount, // not a number in the currency: "12k", "abc", "1.234" in euros
    Negative, // "-500"
    TooLarge, // above Money::MaxInputMinorUnits: a typo or a unit error
    DerivedCellCannotBeEmptied, // the amount is a share or a sum of the row's budgets of another kind
    AggregateCellCannotBeEmptied, // the amount adds up the budgets of the rows under it
};

struct BudgetEntryRefusal
{
    BudgetEntryError error = BudgetEntryError::NotAnAmount;
    QString typed; // the text as typed
    Money amount; // Negative, TooLarge: the amount read
    Money limit; // TooLarge: the largest budget accepted
    std::optional<PeriodKind> budgetedBy; // DerivedCellCannotBeEmptied: the kind of the row's own budgets
};

// Whether `amount` can be a budget: not negative, not above Money::MaxInputMinorUnits.
std::optional<BudgetEntryRefusal> checkBudgetAmount(const Money &amount);

// What the CFO typed for a budget, read the way `locale` writes numbers (Money::parseTyped), with
// or without the currency's symbol or ISO code: "12 500,50" in French, "€12,500.50" or
// "12,500.50 EUR" in English. Empty text or zero means no budget (an empty `amount`).
struct TypedBudget
{
    std::optional<Money> amount;
    std::optional<BudgetEntryRefusal> refusal;
};
TypedBudget readTypedBudget(QStringView typed, const QString &currency, const QLocale &locale);

// Where the budget a cell of the grid shows comes from.
enum class BudgetCellSource
{
    None, // no budget covers the period
    Entered, // a budget typed for exactly this scope and period
    Derived, // the scope's own budgets of another period kind: a share by days, or a sum
    Aggregate, // the scope has no budget of its own in the year: the sum of the scopes under it
};

// One scope over one period: its figures (budget, actual, forecast, variance, health, as
// scopeFigures() computes them for the dashboard and the projects page) and where its budget
// comes from.
struct BudgetGridCell
{
    ScopeFigures figures;
    BudgetCellSource source = BudgetCellSource::None;
    // The period kind of the scope's own budgets in the year (BudgetBook::ownGranularity): what a
    // Derived amount is made of. Empty for None or Aggregate cells without budgets of their own.
    std::optional<PeriodKind> ownKind;

    const std::optional<std::int64_t> &budget() const { return figures.budget; }
};

struct BudgetGridRow
{
    BudgetScope scope;
    QString projectName; // empty for the portfolio's rows
    QString projectCode;
    QList<BudgetGridCell> periods; // one per BudgetGrid::periods
    BudgetGridCell year; // the whole fiscal year
};

// What typing into a period cell does: refused (and why), or the budget to set (empty: remove
// it), or nothing at all when the cell already shows that amount, so that closing an editor
// unchanged on a grey cell does not turn a derived amount into a budget of its own.
struct BudgetCellEdit
{
    std::optional<BudgetEntryRefusal> refusal;
    std::optional<Money> amount;
    bool changesNothing = false;
};

// The CFO's budget grid of one fiscal year, computed in one go: the rows, their figures per period
// and for the year, where each budget comes from, and the portfolio's position. The budget page's
// model only formats it.
//
// Rows: the portfolio, then (when split by category) its category rows, then every project not
// archived, by name, each followed (when split) by its category rows. Archived projects get no
// row, but their budgets and spend still count in the portfolio's.
struct BudgetGrid
{
    QString currency;
    FiscalCalendar calendar;
    DayRange year;
    // The last day the actuals run to: the end of the reference date's ISO week, as on the
    // dashboard and the projects page (reportingDayOf), at most the year's last day.
    QDate asOf;
    PeriodKind granularity = PeriodKind::Month;
    bool splitByCategory = false;
    QList<BudgetPeriod> periods;
    // Calendar years fiscal years start in: those holding budgets, and a few around today's.
    QList<int> availableYears;
    QList<BudgetGridRow> rows;
    // Every budget as read, with its row version: what an edit of a cell expects to replace.
    QList<Budget> budgets;
    // The portfolio's envelope against its projects' budgets, per period and for the year.
    QList<BudgetBook::PortfolioPosition> periodPositions;
    BudgetBook::PortfolioPosition yearPosition;

    // `referenceDate` is "today"; `fiscalYear` the calendar year the fiscal year starts in (0: the
    // one holding `referenceDate`); `granularity` the columns' period kind (empty: the finest kind
    // the year's budgets use, months when there are none). One grouped read of the daily roll-ups
    // for every row, period and the year (scopeFigures()). Throws Error.
    static BudgetGrid compute(Database &database, const QDate &referenceDate, int fiscalYear = 0,
                              std::optional<PeriodKind> granularity = std::nullopt,
                              bool splitByCategory = false);

    int fiscalYear() const { return year.first.year(); }
    // Whether `period` has begun by asOf: a period that has not has no actual yet, only a forecast.
    bool hasBegun(const DayRange &period) const { return period.first <= asOf; }
    QList<BudgetScope> scopes() const;
    int rowOf(const BudgetScope &scope) const; // -1 when not shown
    int periodOf(const QDate &date) const; // -1 outside the year
    // What typing `typed` into the cell of `row` and `period` (indexes) does, `locale` deciding
    // how numbers are written.
    BudgetCellEdit edit(int row, int period, QStringView typed, const QLocale &locale) const;
};

} // namespace costboard
