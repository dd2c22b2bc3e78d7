// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/budgetrepository.h"

#include <QLocale>
#include <QStringList>

#include <spdlog/spdlog.h>

#include "domain/displaynames.h"
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
    "SELECT id, project_id, category_id, period_kind, period_start, amount_minor, currency, row_version,"
    " changed_by, updated_at FROM budgets");

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
    budget.rowVersion = query.int64(7);
    budget.changedBy = query.text(8);
    budget.changedAt = QDateTime::fromString(query.text(9), Qt::ISODate);
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
    return setChecked(budget, std::nullopt).id;
}

void BudgetRepository::remove(BudgetId id)
{
    const std::optional<Budget> before = find(id);
    if (!before)
        throw ValidationError(QStringLiteral("budget"), ErrorCode::BudgetNotFound, { QString::number(id) });
    removeChecked(*before, before->rowVersion);
}

std::optional<Budget> BudgetRepository::findSame(const Budget &budget) const
{
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
    if (!existing.next())
        return std::nullopt;
    return readBudget(existing);
}

QString BudgetRepository::describe(const Budget &budget) const
{
    QStringList parts;
    if (budget.projectId) {
        const std::optional<Project> project = ProjectRepository(m_database).find(*budget.projectId);
        parts << (project ? names::project(*project) : QString::number(*budget.projectId));
    } else {
        parts << names::portfolio();
    }
    if (budget.category)
        parts << names::category(*budget.category);
    parts << names::periodKey(
        DatabaseSettings(m_database).calendar().periodKey(budget.periodKind, budget.periodStart));
    return parts.join(QStringLiteral(", "));
}

void BudgetRepository::refuseUnseenChange(const std::optional<Budget> &current, ExpectedVersion expected,
                                          const Budget &target) const
{
    if (!expected || (current ? current->rowVersion : 0) == *expected)
        return;
    spdlog::warn("budget {} is at version {}, the write expected {}", current ? current->id : 0,
                 current ? current->rowVersion : 0, *expected);
    throwChangedSince(current, *expected == 0, target);
}

void BudgetRepository::throwChangedSince(const std::optional<Budget> &current, bool expectedNone,
                                         const Budget &target) const
{
    if (!current)
        throw ConcurrentEditError(ErrorCode::BudgetRemovedSinceRead, { describe(target) });
    const QString who = current->changedBy.isEmpty() ? QStringLiteral("?") : current->changedBy;
    const QString when = QLocale().toString(current->changedAt.toLocalTime(), QLocale::ShortFormat);
    throw ConcurrentEditError(expectedNone ? ErrorCode::BudgetCreatedSinceRead
                                           : ErrorCode::BudgetChangedSinceRead,
                              { describe(target), who, when });
}

BudgetRepository::ExpectedVersion BudgetRepository::versionHolding(const Budget &scopeAndPeriod,
                                                                   const std::optional<Money> &amount) const
{
    const std::optional<Budget> current = findSame(scopeAndPeriod);
    if (current ? amount && current->amount == *amount : !amount)
        return current ? current->rowVersion : 0;
    spdlog::warn("budget of {} no longer holds what this client left there",
                 describeScope(scopeAndPeriod).toStdString());
    throwChangedSince(current, !amount, scopeAndPeriod);
}

BudgetRepository::Written BudgetRepository::setChecked(const Budget &budget, ExpectedVersion expected)
{
    Transaction transaction(m_database);
    validate(budget);
    const std::optional<Budget> before = findSame(budget);
    refuseUnseenChange(before, expected, budget);

    Written written;
    if (before) {
        // The version in the WHERE clause: on a server, a client that changed the row between the
        // read above and this write makes it match nothing, instead of being overwritten.
        SqlStatement update(
            m_database,
            QStringLiteral("UPDATE budgets SET amount_minor = :amount, currency = :currency,"
                           " updated_at = :now, changed_by = :actor,"
                           " row_version = row_version + 1"
                           " WHERE id = :id AND row_version = :version RETURNING row_version"));
        update.bind(QStringLiteral(":amount"), qlonglong(budget.amount.minorUnits()))
            .bind(QStringLiteral(":currency"), budget.amount.currency())
            .bind(QStringLiteral(":now"), sql::nowUtc())
            .bind(QStringLiteral(":actor"), AuditLog::actor())
            .bind(QStringLiteral(":id"), qlonglong(before->id))
            .bind(QStringLiteral(":version"), qlonglong(before->rowVersion));
        const QVariant version = update.scalar();
        if (!version.isValid()) {
            refuseUnseenChange(findSame(budget), before->rowVersion, budget);
            throw ConcurrentEditError(ErrorCode::BudgetRemovedSinceRead, { describe(budget) });
        }
        written = { before->id, version.toLongLong() };
    } else {
        SqlStatement insert(
            m_database,
            QStringLiteral("INSERT INTO budgets (project_id, category_id, period_kind, period_start,"
                           " amount_minor, currency, updated_at, changed_by, row_version)"
                           " VALUES (:project, :category, :kind, :start, :amount, :currency, :now, :actor, "
                           "1) RETURNING id"));
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
            .bind(QStringLiteral(":now"), sql::nowUtc())
            .bind(QStringLiteral(":actor"), AuditLog::actor());
        written = { insert.scalar().toLongLong(), 1 };
    }
    // Each side names the budget it describes, so that the audit log's old and new values read on
    // their own: "Legal summarisation, Q4 2026: 40000.00 EUR".
    const auto described = [](const Budget &value) {
        return QStringLiteral("%1: %2 %3")
            .arg(describeScope(value), value.amount.toPlainString(), value.amount.currency());
    };
    AuditLog(m_database)
        .recordChange(before ? QStringLiteral("update") : QStringLiteral("create"), QStringLiteral("budget"),
                      QString::number(written.id), before ? described(*before) : QString(),
                      described(budget));
    transaction.commit();
    spdlog::info("budget {} set (version {})", written.id, written.version);
    return written;
}

BudgetRepository::Written BudgetRepository::removeChecked(const Budget &scopeAndPeriod,
                                                          ExpectedVersion expected)
{
    Transaction transaction(m_database);
    const std::optional<Budget> before = findSame(scopeAndPeriod);
    // Someone else removed it too: what this removal wanted is already so.
    if (!before)
        return {};
    refuseUnseenChange(before, expected, scopeAndPeriod);
    SqlStatement remove(m_database,
                        QStringLiteral("DELETE FROM budgets WHERE id = :id AND row_version = :version"));
    remove.bind(QStringLiteral(":id"), qlonglong(before->id))
        .bind(QStringLiteral(":version"), qlonglong(before->rowVersion))
        .exec();
    if (remove.numRowsAffected() != 1) {
        refuseUnseenChange(findSame(scopeAndPeriod), before->rowVersion, scopeAndPeriod);
        return {};
    }
    AuditLog(m_database)
        .recordChange(
            QStringLiteral("delete"), QStringLiteral("budget"), QString::number(before->id),
            QStringLiteral("%1: %2 %3")
                .arg(describeScope(*before), before->amount.toPlainString(), before->amount.currency()),
            QString());
    transaction.commit();
    spdlog::info("budget {} deleted", before->id);
    return {};
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
