// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/budgetrule.h"

#include <algorithm>

#include <QSet>

#include "storage/budgetrepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"

namespace costboard {

BudgetBook::ScopeKey BudgetBook::scopeKey(const std::optional<ProjectId> &project,
                                          const std::optional<CostCategory> &category, const QDate &yearStart)
{
    return ScopeKey { project.value_or(0), category ? static_cast<int>(*category) : 0,
                      yearStart.toJulianDay() };
}

namespace {

__extension__ typedef __int128 Wide;

bool isFiner(PeriodKind kind, PeriodKind than)
{
    return static_cast<int>(kind) < static_cast<int>(than);
}

// Whether numerator / denominator exceeds (or reaches) basisPoints / 10,000, exactly.
bool above(std::int64_t numerator, std::int64_t denominator, std::int64_t basisPoints)
{
    return Wide(numerator) * 10'000 > Wide(basisPoints) * denominator;
}
bool atLeast(std::int64_t numerator, std::int64_t denominator, std::int64_t basisPoints)
{
    return Wide(numerator) * 10'000 >= Wide(basisPoints) * denominator;
}

} // namespace

std::optional<std::int64_t> addOptional(const std::optional<std::int64_t> &a,
                                        const std::optional<std::int64_t> &b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return Money::addMinorUnits(*a, *b);
}

BudgetBook::BudgetBook(const QList<Budget> &budgets, const FiscalCalendar &calendar, const QString &currency)
    : m_calendar(calendar)
    , m_currency(currency)
{
    QSet<ProjectId> projects;
    for (const Budget &budget : budgets) {
        if (budget.amount.currency() != currency || !budget.periodStart.isValid())
            continue;
        if (budget.projectId)
            projects.insert(*budget.projectId);
        // A budget counts in every fiscal year it shares days with: one entered before the fiscal
        // year's start month changed can straddle two.
        for (const DayRange &year : m_calendar.periodsOverlapping(PeriodKind::Year, budget.days())) {
            YearScope &scope = m_scopes[scopeKey(budget.projectId, budget.category, year.first)];
            if (!scope.counted.isEmpty() && isFiner(scope.counted.first().periodKind, budget.periodKind))
                continue;
            if (!scope.counted.isEmpty() && isFiner(budget.periodKind, scope.counted.first().periodKind))
                scope.counted.clear();
            scope.counted << budget;
        }
    }
    m_projects = QList<ProjectId>(projects.cbegin(), projects.cend());
    std::sort(m_projects.begin(), m_projects.end());
}

BudgetBook BudgetBook::read(Database &database, const DayRange &days)
{
    const DatabaseSettings settings(database);
    const FiscalCalendar calendar = settings.calendar();
    // Whole fiscal years: the rule picks the finest kind per year, so it needs all of a year's
    // budgets even for one day of it.
    const QDate from = calendar.yearStart(days.first);
    const QDate to = calendar.yearEnd(days.last);
    return BudgetBook(BudgetRepository(database).overlapping(from, to), calendar,
                      settings.reportingCurrency());
}

const BudgetBook::YearScope *BudgetBook::yearScope(const BudgetScope &scope, const QDate &yearStart) const
{
    const auto found = m_scopes.constFind(scopeKey(scope.projectId, scope.category, yearStart));
    return found == m_scopes.cend() ? nullptr : &*found;
}

std::optional<PeriodKind> BudgetBook::ownGranularity(const BudgetScope &scope, const QDate &day) const
{
    const YearScope *found = yearScope(scope, m_calendar.yearStart(day));
    if (!found || found->counted.isEmpty())
        return std::nullopt;
    return found->counted.first().periodKind;
}

QList<ProjectId> BudgetBook::budgetedProjects() const
{
    return m_projects;
}

std::optional<std::int64_t> BudgetBook::ownShare(const BudgetScope &scope, const DayRange &days) const
{
    // `days` lies within one fiscal year here.
    const YearScope *found = yearScope(scope, m_calendar.yearStart(days.first));
    if (!found)
        return std::nullopt;
    std::optional<std::int64_t> sum;
    for (const Budget &budget : found->counted) {
        if (budget.days().intersects(days))
            sum = Money::addMinorUnits(sum.value_or(0),
                                       shareOfDays(budget.amount.minorUnits(), budget.days(), days));
    }
    return sum;
}

std::optional<std::int64_t> BudgetBook::projectShare(ProjectId project,
                                                     const std::optional<CostCategory> &category,
                                                     const DayRange &days) const
{
    const BudgetScope own { project, category };
    if (category || ownGranularity(own, days.first))
        return ownShare(own, days);
    std::optional<std::int64_t> sum;
    for (const CategoryInfo &info : CostCategories::all())
        sum = addOptional(sum, ownShare(BudgetScope { project, info.category }, days));
    return sum;
}

std::optional<std::int64_t> BudgetBook::portfolioShare(const std::optional<CostCategory> &category,
                                                       const DayRange &days) const
{
    const BudgetScope own { std::nullopt, category };
    if (ownGranularity(own, days.first))
        return ownShare(own, days);
    std::optional<std::int64_t> sum;
    for (const ProjectId project : m_projects)
        sum = addOptional(sum, projectShare(project, category, days));
    return sum;
}

std::optional<std::int64_t> BudgetBook::budgetOf(const BudgetScope &scope, const DayRange &days) const
{
    std::optional<std::int64_t> total;
    for (const DayRange &year : m_calendar.periodsOverlapping(PeriodKind::Year, days)) {
        const DayRange part = year.intersected(days);
        total = addOptional(total,
                            scope.projectId ? projectShare(*scope.projectId, scope.category, part)
                                            : portfolioShare(scope.category, part));
    }
    return total;
}

std::optional<std::int64_t> BudgetBook::budgetFor(const QList<ProjectId> &projects,
                                                  const QList<CostCategory> &categories,
                                                  const DayRange &days) const
{
    QList<std::optional<CostCategory>> wanted;
    if (categories.isEmpty() || categories.size() >= CostCategories::count())
        wanted << std::nullopt;
    else
        for (const CostCategory category : categories)
            wanted << category;

    std::optional<std::int64_t> total;
    for (const std::optional<CostCategory> &category : std::as_const(wanted)) {
        if (projects.isEmpty()) {
            total = addOptional(total, budgetOf(BudgetScope { std::nullopt, category }, days));
            continue;
        }
        for (const ProjectId project : projects)
            total = addOptional(total, budgetOf(BudgetScope { project, category }, days));
    }
    return total;
}

BudgetBook::PortfolioPosition BudgetBook::portfolioPosition(const DayRange &days) const
{
    PortfolioPosition position;
    for (const DayRange &year : m_calendar.periodsOverlapping(PeriodKind::Year, days)) {
        const DayRange part = year.intersected(days);
        position.envelope = addOptional(position.envelope, ownShare(BudgetScope {}, part));
        for (const ProjectId project : m_projects)
            position.projectsTotal
                = addOptional(position.projectsTotal, projectShare(project, std::nullopt, part));
    }
    return position;
}

std::optional<double> shareOfBudget(std::int64_t amount, std::optional<std::int64_t> budget)
{
    if (!budget || *budget <= 0)
        return std::nullopt;
    return static_cast<double>(amount) / static_cast<double>(*budget);
}

QString toKey(BudgetHealth health)
{
    switch (health) {
    case BudgetHealth::NoBudget:
        return QStringLiteral("no-budget");
    case BudgetHealth::Green:
        return QStringLiteral("green");
    case BudgetHealth::Amber:
        return QStringLiteral("amber");
    case BudgetHealth::Red:
        return QStringLiteral("red");
    }
    return QString();
}

BudgetHealth BudgetHealthRule::assess(std::optional<std::int64_t> spent,
                                      std::optional<std::int64_t> budgetToDate,
                                      std::optional<std::int64_t> forecast,
                                      std::optional<std::int64_t> periodBudget)
{
    const bool hasConsumed = spent && budgetToDate && *budgetToDate > 0;
    const bool hasForecast = forecast && periodBudget && *periodBudget > 0;
    if (!hasConsumed && !hasForecast)
        return BudgetHealth::NoBudget;
    if ((hasConsumed && above(*spent, *budgetToDate, RedConsumedBasisPoints))
        || (hasForecast && above(*forecast, *periodBudget, RedForecastBasisPoints)))
        return BudgetHealth::Red;
    if ((hasConsumed && atLeast(*spent, *budgetToDate, AmberConsumedBasisPoints))
        || (hasForecast && above(*forecast, *periodBudget, AmberForecastBasisPoints)))
        return BudgetHealth::Amber;
    return BudgetHealth::Green;
}

} // namespace costboard
