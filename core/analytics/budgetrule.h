// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QHash>
#include <QList>
#include <QString>

#include "domain/entities.h"
#include "domain/fiscalcalendar.h"

namespace costboard {

class Database;

// Whose budget: one project or the whole portfolio (no project), all categories or one.
struct BudgetScope
{
    std::optional<ProjectId> projectId;
    std::optional<CostCategory> category;

    bool isPortfolio() const { return !projectId; }
    bool matches(const Budget &budget) const
    {
        return budget.projectId == projectId && budget.category == category;
    }
    bool operator==(const BudgetScope &other) const = default;
};

// Which budgets count, written once: every page, alert, export and command asks this class.
//
// Within one scope (project or portfolio × category or all) and one fiscal year, only the finest
// period kind entered counts (months before quarters before the year), so a year budget and its
// months are never added up, and next year's months planned in December do not hide this year's
// quarters. A scope with budgets of its own in a fiscal year has those; otherwise:
// - a project without an all-category budget has the sum of its category budgets;
// - the portfolio without an envelope of its own has the sum of its projects' budgets.
// A budget over a range of days is its share by days (shareOfDays), so any partition of a period
// adds up to the period's budget. Budgets in another currency than the reporting one do not
// count (they are amounts the CFO typed, never converted).
class BudgetBook final
{
public:
    BudgetBook(const QList<Budget> &budgets, const FiscalCalendar &calendar, const QString &currency);
    // Reads every budget that shares a day with `days`, in the database's calendar and currency.
    static BudgetBook read(Database &database, const DayRange &days);

    const FiscalCalendar &calendar() const { return m_calendar; }
    const QString &currency() const { return m_currency; }

    // The budget of one scope over `days`; empty when no counted budget covers any of them.
    std::optional<std::int64_t> budgetOf(const BudgetScope &scope, const DayRange &days) const;

    // The budget of a dashboard selection over `days`: `projects` empty means the portfolio,
    // `categories` empty (or all of them) means every category. The portfolio with every category
    // is its envelope when it has one; a list of projects is the sum of theirs; a list of
    // categories the sum of their category budgets.
    std::optional<std::int64_t> budgetFor(const QList<ProjectId> &projects,
                                          const QList<CostCategory> &categories, const DayRange &days) const;

    // The portfolio's envelope (its own budget), the sum of its projects' budgets, and the
    // difference: a reserve not yet allocated to a project when positive, an overcommitment
    // when negative.
    struct PortfolioPosition
    {
        std::optional<std::int64_t> envelope;
        std::optional<std::int64_t> projectsTotal;
        std::optional<std::int64_t> unallocated() const
        {
            if (!envelope)
                return std::nullopt;
            return Money::subtractMinorUnits(*envelope, projectsTotal.value_or(0));
        }
    };
    PortfolioPosition portfolioPosition(const DayRange &days) const;

    // Whether the scope has budgets of its own (not derived from the scopes under it) in the
    // fiscal year holding `day`, and the finest period kind among them.
    std::optional<PeriodKind> ownGranularity(const BudgetScope &scope, const QDate &day) const;
    // Every project that has at least one budget.
    QList<ProjectId> budgetedProjects() const;

private:
    struct YearScope
    {
        QList<Budget> counted; // the finest kind's budgets of the scope in the year
    };
    struct ScopeKey
    {
        ProjectId project; // 0: the portfolio
        int category; // 0: all categories
        qint64 yearStart; // Julian day of the fiscal year's first day
        bool operator==(const ScopeKey &) const = default;
    };
    friend size_t qHash(const ScopeKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.project, key.category, key.yearStart);
    }
    static ScopeKey scopeKey(const std::optional<ProjectId> &project,
                             const std::optional<CostCategory> &category, const QDate &yearStart);
    const YearScope *yearScope(const BudgetScope &scope, const QDate &yearStart) const;
    std::optional<std::int64_t> ownShare(const BudgetScope &scope, const DayRange &days) const;
    std::optional<std::int64_t> projectShare(ProjectId project, const std::optional<CostCategory> &category,
                                             const DayRange &days) const;
    std::optional<std::int64_t> portfolioShare(const std::optional<CostCategory> &category,
                                               const DayRange &days) const;

    FiscalCalendar m_calendar;
    QString m_currency;
    QHash<ScopeKey, YearScope> m_scopes;
    QList<ProjectId> m_projects;
};

// Adds two optional amounts: empty only when both are.
std::optional<std::int64_t> addOptional(const std::optional<std::int64_t> &a,
                                        const std::optional<std::int64_t> &b);

// How a budget stands, in one rule for the dashboard tiles, the projects page, the budget grid,
// the report and the alerts. Compared exactly on integers:
// - red: spent more than the budget to date, or forecast above 110 % of the period's budget;
// - amber: spent 90 % or more of the budget to date (exactly 100 % included), or forecast above
//   the period's budget;
// - green otherwise; no budget when neither budget is known.
enum class BudgetHealth
{
    NoBudget,
    Green,
    Amber,
    Red
};

// "no-budget", "green", "amber", "red": for files and JSON.
QString toKey(BudgetHealth health);

// The share of `budget` that `amount` is (1.0 = all of it): "% consumed", "% of the budget" on
// every page, slide, report and export. Empty without a positive budget. A display value only:
// health is decided on integers by BudgetHealthRule.
std::optional<double> shareOfBudget(std::int64_t amount, std::optional<std::int64_t> budget);

struct BudgetHealthRule
{
    static constexpr std::int64_t AmberConsumedBasisPoints = 9'000; // from 90 % consumed
    static constexpr std::int64_t RedConsumedBasisPoints = 10'000; // above 100 % consumed
    static constexpr std::int64_t AmberForecastBasisPoints = 10'000; // forecast above 100 %
    static constexpr std::int64_t RedForecastBasisPoints = 11'000; // forecast above 110 %

    // `spent` against `budgetToDate`, and `forecast` against `periodBudget` (either pair may be
    // missing: a period not started has no spend, a cell may show a consumed ratio alone).
    static BudgetHealth assess(std::optional<std::int64_t> spent, std::optional<std::int64_t> budgetToDate,
                               std::optional<std::int64_t> forecast,
                               std::optional<std::int64_t> periodBudget);
    // The health of a consumed ratio alone: for cells that show one.
    static BudgetHealth ofConsumed(std::int64_t spent, std::int64_t budget)
    {
        return assess(spent, budget, std::nullopt, std::nullopt);
    }
};

} // namespace costboard
