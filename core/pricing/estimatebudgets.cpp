// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing/estimatebudgets.h"

#include "errors.h"
#include "storage/budgetrepository.h"
#include "storage/databasesettings.h"
#include "storage/fxrates.h"

namespace costboard::pricing {

QList<EstimatedMonth> estimatedMonths(const InferenceEstimate &estimate, const QDate &firstMonth,
                                      const FxConverter &converter)
{
    QList<EstimatedMonth> months;
    const QDate start(firstMonth.year(), firstMonth.month(), 1);
    for (const MonthEstimate &month : estimate.months) {
        const QDate monthStart = start.addMonths(month.month - 1);
        const Money cost = month.cost.toMoney();
        const std::optional<Money> converted = converter.convert(cost, monthStart);
        if (!converted) {
            throw ValidationError(
                QStringLiteral("first month"), ErrorCode::EstimateNoExchangeRate,
                { cost.currency(), converter.quoteCurrency(), monthStart.toString(Qt::ISODate) });
        }
        months << EstimatedMonth { monthStart, *converted };
    }
    return months;
}

QList<BudgetChange> planBudgetsFromEstimate(Database &database, const BudgetScope &scope,
                                            const QList<EstimatedMonth> &months)
{
    const DatabaseSettings settings(database);
    const FiscalCalendar calendar = settings.calendar();
    const QString currency = settings.reportingCurrency();
    QList<BudgetChange> plan;
    QDate yearStart;
    QList<Budget> yearBudgets;
    for (const EstimatedMonth &month : months) {
        const DayRange year = calendar.year(month.monthStart);
        if (year.first != yearStart) {
            yearStart = year.first;
            yearBudgets = BudgetRepository(database).overlapping(year.first, year.last);
        }
        const FiscalYearBudgets budgets(yearBudgets, calendar, yearStart, currency);
        const QList<BudgetChange> changes = budgets.planSet(
            scope, BudgetPeriod { BudgetPeriodKind::Month, month.monthStart }, month.amount);
        // The next month of the year is planned on the budgets these writes leave.
        for (const BudgetChange &change : changes) {
            yearBudgets.removeIf([&change](const Budget &budget) {
                return change.scope.matches(budget) && budget.periodKind == change.period.kind
                    && budget.periodStart == change.period.start;
            });
            if (change.after)
                yearBudgets << change.budget(*change.after);
        }
        plan += changes;
    }
    return plan;
}

} // namespace costboard::pricing
