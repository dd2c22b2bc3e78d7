// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/budgetrepository.h"

#include <spdlog/spdlog.h>

#include "domain/fiscalcalendar.h"
#include "errors.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"
#include "storage/validation.h"

namespace costboard {
namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, project_id, category_id, period_kind, period_start, amount_minor, currency FROM budgets");

Budget readBudget(const SqlStatement &query)
{
    Budget budget;
    budget.id = query.int64(0);
    if (!query.value(1).isNull())
        budget.projectId = query.int64(1);
    if (!query.value(2).isNull())
        budget.category = static_cast<CostCategory>(query.int64(2));
    budget.periodKind = budgetPeriodKindFromKey(query.text(3)).value_or(BudgetPeriodKind::Quarter);
    budget.periodStart = sql::toDate(query.value(4));
    budget.amount = Money(query.int64(5), query.text(6));
    return budget;
}

QString describeScope(const Budget &budget)
{
    return QStringLiteral("%1 %2 %3 from %4")
        .arg(budget.projectId ? QStringLiteral("project %1").arg(*budget.projectId)
                              : QStringLiteral("portfolio"),
             budget.category ? CostCategories::key(*budget.category) : QStringLiteral("all categories"),
             toKey(budget.periodKind), budget.periodStart.toString(Qt::ISODate));
}

} // namespace

BudgetRepository::BudgetRepository(Database &database)
    : m_database(database)
{ }

void BudgetRepository::validate(const Budget &budget) const
{
    if (budget.projectId && !ProjectRepository(m_database).exists(*budget.projectId))
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound,
                              { QString::number(*budget.projectId) });
    if (budget.category)
        validation::requireCategoryId(QStringLiteral("category"), static_cast<int>(*budget.category));
    validation::requireDate(QStringLiteral("period start"), budget.periodStart);
    if (budget.periodStart.day() != 1)
        throw ValidationError(QStringLiteral("period start"), ErrorCode::BudgetPeriodNotMonthStart);
    // Quarters and years follow the fiscal calendar, so that every quarter budget lines up with
    // the quarter-to-date view and the alerts' periods.
    const FiscalCalendar calendar = DatabaseSettings(m_database).calendar();
    if (budget.periodKind == BudgetPeriodKind::Quarter
        && !calendar.isPeriodStart(PeriodKind::Quarter, budget.periodStart))
        throw ValidationError(QStringLiteral("period start"), ErrorCode::BudgetPeriodNotQuarterStart,
                              { budget.periodStart.toString(Qt::ISODate) });
    if (budget.periodKind == BudgetPeriodKind::Year
        && !calendar.isPeriodStart(PeriodKind::Year, budget.periodStart))
        throw ValidationError(QStringLiteral("period start"), ErrorCode::BudgetPeriodNotYearStart,
                              { budget.periodStart.toString(Qt::ISODate) });
    validation::requirePositiveAmount(QStringLiteral("amount"), budget.amount);
}

BudgetId BudgetRepository::set(const Budget &budget)
{
    Transaction transaction(m_database);
    validate(budget);
    SqlStatement existing(
        m_database,
        selectColumns
            + QStringLiteral(
                " WHERE COALESCE(project_id, 0) = :project AND COALESCE(category_id, 0) = :category"
                " AND period_kind = :kind AND period_start = :start"));
    existing.bind(QStringLiteral(":project"), qlonglong(budget.projectId.value_or(0)))
        .bind(QStringLiteral(":category"), budget.category ? static_cast<int>(*budget.category) : 0)
        .bind(QStringLiteral(":kind"), toKey(budget.periodKind))
        .bind(QStringLiteral(":start"), sql::dateValue(budget.periodStart))
        .exec();
    std::optional<Budget> before;
    if (existing.next())
        before = readBudget(existing);
    existing.finish();

    BudgetId id = 0;
    if (before) {
        SqlStatement update(m_database,
                            QStringLiteral("UPDATE budgets SET amount_minor = :amount, currency = :currency,"
                                           " updated_at = :now WHERE id = :id"));
        update.bind(QStringLiteral(":amount"), qlonglong(budget.amount.minorUnits()))
            .bind(QStringLiteral(":currency"), budget.amount.currency())
            .bind(QStringLiteral(":now"), sql::nowUtc())
            .bind(QStringLiteral(":id"), qlonglong(before->id))
            .exec();
        id = before->id;
    } else {
        SqlStatement insert(
            m_database,
            QStringLiteral(
                "INSERT INTO budgets (project_id, category_id, period_kind, period_start,"
                " amount_minor, currency, updated_at)"
                " VALUES (:project, :category, :kind, :start, :amount, :currency, :now) RETURNING id"));
        insert
            .bind(QStringLiteral(":project"),
                  budget.projectId ? QVariant(qlonglong(*budget.projectId)) : sql::nullInt64())
            .bind(QStringLiteral(":category"),
                  budget.category ? QVariant(static_cast<int>(*budget.category))
                                  : QVariant(QMetaType::fromType<int>()))
            .bind(QStringLiteral(":kind"), toKey(budget.periodKind))
            .bind(QStringLiteral(":start"), sql::dateValue(budget.periodStart))
            .bind(QStringLiteral(":amount"), qlonglong(budget.amount.minorUnits()))
            .bind(QStringLiteral(":currency"), budget.amount.currency())
            .bind(QStringLiteral(":now"), sql::nowUtc());
        id = insert.scalar().toLongLong();
    }
    // Each side names the budget it describes, so that the audit log's old and new values read on
    // their own: "Legal summarisation, Q4 2026: 40000.00 EUR".
    const auto described = [](const Budget &value) {
        return QStringLiteral("%1: %2 %3")
            .arg(describeScope(value), value.amount.toPlainString(), value.amount.currency());
    };
    AuditLog(m_database)
        .recordChange(before ? QStringLiteral("update") : QStringLiteral("create"), QStringLiteral("budget"),
                      QString::number(id), before ? described(*before) : QString(), described(budget));
    transaction.commit();
    spdlog::info("budget {} set", id);
    return id;
}

void BudgetRepository::remove(BudgetId id)
{
    Transaction transaction(m_database);
    const std::optional<Budget> before = find(id);
    if (!before)
        throw ValidationError(QStringLiteral("budget"), ErrorCode::BudgetNotFound, { QString::number(id) });
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM budgets WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    AuditLog(m_database)
        .recordChange(
            QStringLiteral("delete"), QStringLiteral("budget"), QString::number(id),
            QStringLiteral("%1: %2 %3")
                .arg(describeScope(*before), before->amount.toPlainString(), before->amount.currency()),
            QString());
    transaction.commit();
    spdlog::info("budget {} deleted", id);
}

std::optional<Budget> BudgetRepository::find(BudgetId id) const
{
    SqlStatement query(m_database, selectColumns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    if (!query.next())
        return std::nullopt;
    return readBudget(query);
}

QList<Budget> BudgetRepository::list() const
{
    SqlStatement query(m_database,
                       selectColumns + QStringLiteral(" ORDER BY period_start, project_id, category_id"));
    query.exec();
    QList<Budget> budgets;
    while (query.next())
        budgets << readBudget(query);
    return budgets;
}

QList<Budget> BudgetRepository::overlapping(const QDate &from, const QDate &to) const
{
    QList<Budget> budgets = list();
    budgets.removeIf(
        [&](const Budget &budget) { return budget.periodEnd() < from || budget.periodStart > to; });
    return budgets;
}

} // namespace costboard
