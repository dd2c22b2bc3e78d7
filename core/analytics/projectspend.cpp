#include "analytics/projectspend.h"

#include <algorithm>
#include <map>
#include <utility>

#include <QSet>

#include "storage/database.h"
#include "storage/sqlvalues.h"

namespace costboard {

QHash<ProjectId, std::int64_t> projectSpend(Database &database, const WeekRange &weeks)
{
    QHash<ProjectId, std::int64_t> spend;
    if (!weeks.isValid())
        return spend;
    // week_start is the Monday as ISO text, so a text range over Mondays selects whole weeks.
    SqlStatement query(database,
                       QStringLiteral("SELECT project_id, SUM(reporting_minor) FROM weekly_rollups"
                                      " WHERE week_start >= :from AND week_start <= :to"
                                      " GROUP BY project_id"));
    query.bind(QStringLiteral(":from"), sql::dateValue(weeks.first.monday()))
        .bind(QStringLiteral(":to"), sql::dateValue(weeks.last.monday()))
        .exec();
    while (query.next())
        spend.insert(query.int64(0), query.int64(1));
    return spend;
}

std::int64_t budgetShareBetween(const Budget &budget, const QDate &from, const QDate &to)
{
    const QDate periodEnd = budget.periodEnd();
    if (!budget.periodStart.isValid() || !from.isValid() || !to.isValid())
        return 0;
    const QDate first = std::max(budget.periodStart, from);
    const QDate last = std::min(periodEnd, to);
    if (last < first)
        return 0;
    const qint64 days = first.daysTo(last) + 1;
    const qint64 periodDays = budget.periodStart.daysTo(periodEnd) + 1;
    return budget.amount.scaled(days, periodDays).minorUnits();
}

QHash<ProjectId, std::int64_t> projectBudgets(const QList<Budget> &budgets, const QDate &from,
                                              const QDate &to, const QString &currency)
{
    // (project, category id or 0) -> the budgets of that scope falling in the range.
    std::map<std::pair<ProjectId, int>, QList<Budget>> scopes;
    for (const Budget &budget : budgets) {
        if (!budget.projectId || budget.amount.currency() != currency
            || budgetShareBetween(budget, from, to) == 0)
            continue;
        const int category = budget.category ? static_cast<int>(*budget.category) : 0;
        scopes[{ *budget.projectId, category }] << budget;
    }

    QHash<ProjectId, std::int64_t> totals;
    QSet<ProjectId> withOverallBudget;
    for (const auto &[scope, list] : scopes) {
        if (scope.second == 0)
            withOverallBudget.insert(scope.first);
    }
    for (const auto &[scope, list] : scopes) {
        const auto [project, category] = scope;
        if (category != 0 && withOverallBudget.contains(project))
            continue;
        const auto finest
            = std::min_element(list.cbegin(), list.cend(), [](const Budget &a, const Budget &b) {
                  return static_cast<int>(a.periodKind) < static_cast<int>(b.periodKind);
              })->periodKind;
        std::int64_t sum = 0;
        for (const Budget &budget : list) {
            if (budget.periodKind == finest)
                sum += budgetShareBetween(budget, from, to);
        }
        totals[project] += sum;
    }
    return totals;
}

} // namespace costboard
