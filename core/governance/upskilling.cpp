// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/upskilling.h"

#include <spdlog/spdlog.h>

#include "errors.h"
#include "storage/auditlog.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"
#include "storage/validation.h"

namespace costboard {
namespace {

const QString selectPlans = QStringLiteral(
    "SELECT id, name, project_id, held_on, heads, cost_per_head_minor, currency, vendor FROM training_plans");

TrainingPlan readPlan(const SqlStatement &query)
{
    TrainingPlan plan;
    plan.id = query.int64(0);
    plan.name = query.text(1);
    plan.projectId = query.int64(2);
    plan.heldOn = sql::toDate(query.value(3));
    plan.heads = int(query.int64(4));
    plan.costPerHead = Money(query.int64(5), query.text(6));
    plan.vendor = query.text(7);
    return plan;
}

TrainingPlan normalised(const TrainingPlan &plan)
{
    TrainingPlan stored = plan;
    stored.name = plan.name.trimmed();
    stored.vendor = plan.vendor.trimmed();
    return stored;
}

// The plan's whole cost: overflow-checked, and within what a cost line accepts.
Money totalCost(const TrainingPlan &plan)
{
    const Money total = plan.costPerHead.scaled(plan.heads, 1);
    validation::requireCostAmount(QStringLiteral("amount"), total);
    return total;
}

QString planText(const TrainingPlan &plan)
{
    return QStringLiteral("\"%1\" for project %2 on %3: %4 × %5 %6%7")
        .arg(plan.name)
        .arg(plan.projectId)
        .arg(plan.heldOn.toString(Qt::ISODate))
        .arg(plan.heads)
        .arg(plan.costPerHead.toPlainString(), plan.costPerHead.currency(),
             plan.vendor.isEmpty() ? QString() : QStringLiteral(", by ") + plan.vendor);
}

QString hoursText(const std::optional<AutomatedHours> &entry)
{
    if (!entry)
        return QStringLiteral("none");
    return entry->note.isEmpty() ? QString::number(entry->hours)
                                 : QStringLiteral("%1 (%2)").arg(entry->hours).arg(entry->note);
}

} // namespace

QString TrainingPlanRepository::lineSource()
{
    return QStringLiteral("training_plan");
}

QString TrainingPlanRepository::lineReference(TrainingPlanId id)
{
    return QStringLiteral("training plan %1").arg(id);
}

TrainingPlanRepository::TrainingPlanRepository(Database &database)
    : m_database(database)
{ }

QList<TrainingPlan> TrainingPlanRepository::list() const
{
    SqlStatement query(m_database, selectPlans + QStringLiteral(" ORDER BY held_on, id"));
    query.exec();
    QList<TrainingPlan> plans;
    while (query.next())
        plans << readPlan(query);
    return plans;
}

std::optional<TrainingPlan> TrainingPlanRepository::find(TrainingPlanId id) const
{
    SqlStatement query(m_database, selectPlans + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    if (!query.next())
        return std::nullopt;
    return readPlan(query);
}

void TrainingPlanRepository::validate(const TrainingPlan &plan) const
{
    validation::requireText(QStringLiteral("name"), plan.name, TrainingPlan::MaxNameLength);
    if (!ProjectRepository(m_database).exists(plan.projectId))
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound,
                              { QString::number(plan.projectId) });
    validation::requireDate(QStringLiteral("date"), plan.heldOn);
    if (plan.heads < 1 || plan.heads > TrainingPlan::MaxHeads)
        throw ValidationError(QStringLiteral("heads"), ErrorCode::ValueOutOfRange,
                              { QString::number(1), QString::number(TrainingPlan::MaxHeads) });
    validation::requirePositiveAmount(QStringLiteral("cost per head"), plan.costPerHead);
    validation::requireLength(QStringLiteral("vendor"), plan.vendor.trimmed(), CostLine::MaxVendorLength);
    totalCost(plan);
}

void TrainingPlanRepository::writeLine(TrainingPlanId id, const TrainingPlan &plan)
{
    CostLine line;
    line.projectId = plan.projectId;
    line.category = CostCategory::StaffTraining;
    line.incurredOn = plan.heldOn;
    line.amount = totalCost(plan);
    line.vendor = plan.vendor;
    line.description = plan.name;
    line.quantity = plan.heads;
    line.source = lineSource();
    line.externalRef = lineReference(id);
    CostLineRepository(m_database).add(line);
}

TrainingPlanId TrainingPlanRepository::create(const TrainingPlan &plan)
{
    Transaction transaction(m_database);
    validate(plan);
    const TrainingPlan stored = normalised(plan);
    SqlStatement insert(m_database,
                        QStringLiteral("INSERT INTO training_plans (name, project_id, held_on, heads,"
                                       " cost_per_head_minor, currency, vendor) VALUES (:name, :project,"
                                       " :held_on, :heads, :cost, :currency, :vendor) RETURNING id"));
    insert.bind(QStringLiteral(":name"), stored.name)
        .bind(QStringLiteral(":project"), qlonglong(stored.projectId))
        .bind(QStringLiteral(":held_on"), sql::dateValue(stored.heldOn))
        .bind(QStringLiteral(":heads"), stored.heads)
        .bind(QStringLiteral(":cost"), qlonglong(stored.costPerHead.minorUnits()))
        .bind(QStringLiteral(":currency"), stored.costPerHead.currency())
        .bind(QStringLiteral(":vendor"), stored.vendor);
    const TrainingPlanId id = insert.scalar().toLongLong();
    writeLine(id, stored);
    AuditLog(m_database)
        .record(QStringLiteral("create"), QStringLiteral("training_plan"), QString::number(id),
                planText(stored));
    transaction.commit();
    spdlog::info("training plan {} created for project {}", id, stored.projectId);
    return id;
}

TrainingPlan TrainingPlanRepository::update(const TrainingPlan &plan)
{
    Transaction transaction(m_database);
    const std::optional<TrainingPlan> before = find(plan.id);
    if (!before)
        throw ValidationError(QStringLiteral("training plan"), ErrorCode::TrainingPlanNotFound,
                              { QString::number(plan.id) });
    validate(plan);
    const TrainingPlan stored = normalised(plan);
    SqlStatement update(m_database,
                        QStringLiteral("UPDATE training_plans SET name = :name, project_id = :project,"
                                       " held_on = :held_on, heads = :heads, cost_per_head_minor = :cost,"
                                       " currency = :currency, vendor = :vendor WHERE id = :id"));
    update.bind(QStringLiteral(":name"), stored.name)
        .bind(QStringLiteral(":project"), qlonglong(stored.projectId))
        .bind(QStringLiteral(":held_on"), sql::dateValue(stored.heldOn))
        .bind(QStringLiteral(":heads"), stored.heads)
        .bind(QStringLiteral(":cost"), qlonglong(stored.costPerHead.minorUnits()))
        .bind(QStringLiteral(":currency"), stored.costPerHead.currency())
        .bind(QStringLiteral(":vendor"), stored.vendor)
        .bind(QStringLiteral(":id"), qlonglong(plan.id))
        .exec();
    CostLineRepository(m_database).removeGenerated(lineSource(), lineReference(plan.id));
    writeLine(plan.id, stored);
    AuditLog(m_database)
        .recordChange(QStringLiteral("update"), QStringLiteral("training_plan"), QString::number(plan.id),
                      planText(*before), planText(stored));
    transaction.commit();
    spdlog::info("training plan {} updated", plan.id);
    return *before;
}

TrainingPlan TrainingPlanRepository::remove(TrainingPlanId id)
{
    Transaction transaction(m_database);
    const std::optional<TrainingPlan> before = find(id);
    if (!before)
        throw ValidationError(QStringLiteral("training plan"), ErrorCode::TrainingPlanNotFound,
                              { QString::number(id) });
    CostLineRepository(m_database).removeGenerated(lineSource(), lineReference(id));
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM training_plans WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    AuditLog(m_database)
        .record(QStringLiteral("delete"), QStringLiteral("training_plan"), QString::number(id),
                planText(*before));
    transaction.commit();
    spdlog::info("training plan {} deleted", id);
    TrainingPlan removed = *before;
    removed.id = 0;
    return removed;
}

AutomatedHoursRepository::AutomatedHoursRepository(Database &database)
    : m_database(database)
{ }

QList<AutomatedHours> AutomatedHoursRepository::list(std::optional<ProjectId> project) const
{
    SqlStatement query(m_database,
                       QStringLiteral("SELECT project_id, month_start, hours, note FROM automated_hours")
                           + (project ? QStringLiteral(" WHERE project_id = :project") : QString())
                           + QStringLiteral(" ORDER BY project_id, month_start"));
    if (project)
        query.bind(QStringLiteral(":project"), qlonglong(*project));
    query.exec();
    QList<AutomatedHours> entries;
    while (query.next())
        entries << AutomatedHours { query.int64(0), sql::toDate(query.value(1)), query.int64(2),
                                    query.text(3) };
    return entries;
}

std::optional<AutomatedHours> AutomatedHoursRepository::held(ProjectId project, const QDate &month) const
{
    SqlStatement query(m_database,
                       QStringLiteral("SELECT hours, note FROM automated_hours WHERE project_id = :project"
                                      " AND month_start = :month"));
    query.bind(QStringLiteral(":project"), qlonglong(project))
        .bind(QStringLiteral(":month"), sql::dateValue(month))
        .exec();
    if (!query.next())
        return std::nullopt;
    return AutomatedHours { project, month, query.int64(0), query.text(1) };
}

std::optional<AutomatedHours> AutomatedHoursRepository::set(const AutomatedHours &entry)
{
    Transaction transaction(m_database);
    if (!ProjectRepository(m_database).exists(entry.projectId))
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound,
                              { QString::number(entry.projectId) });
    validation::requireDate(QStringLiteral("month"), entry.month);
    if (entry.hours < 0 || entry.hours > AutomatedHours::MaxHours)
        throw ValidationError(QStringLiteral("hours"), ErrorCode::ValueOutOfRange,
                              { QString::number(0), QString::number(AutomatedHours::MaxHours) });
    validation::requireLength(QStringLiteral("note"), entry.note.trimmed(), AutomatedHours::MaxNoteLength);
    const AutomatedHours stored { entry.projectId, FiscalCalendar::month(entry.month).first, entry.hours,
                                  entry.note.trimmed() };
    const std::optional<AutomatedHours> before = held(stored.projectId, stored.month);
    SqlStatement remove(m_database,
                        QStringLiteral("DELETE FROM automated_hours WHERE project_id = :project"
                                       " AND month_start = :month"));
    remove.bind(QStringLiteral(":project"), qlonglong(stored.projectId))
        .bind(QStringLiteral(":month"), sql::dateValue(stored.month))
        .exec();
    SqlStatement insert(m_database,
                        QStringLiteral("INSERT INTO automated_hours (project_id, month_start, hours, note)"
                                       " VALUES (:project, :month, :hours, :note)"));
    insert.bind(QStringLiteral(":project"), qlonglong(stored.projectId))
        .bind(QStringLiteral(":month"), sql::dateValue(stored.month))
        .bind(QStringLiteral(":hours"), qlonglong(stored.hours))
        .bind(QStringLiteral(":note"), stored.note)
        .exec();
    AuditLog(m_database)
        .recordChange(
            QStringLiteral("update"), QStringLiteral("automated_hours"),
            QStringLiteral("%1 %2").arg(stored.projectId).arg(FiscalCalendar::monthKey(stored.month)),
            hoursText(before), hoursText(stored));
    transaction.commit();
    spdlog::info("automated hours of project {} entered for {}", stored.projectId,
                 FiscalCalendar::monthKey(stored.month).toStdString());
    return before;
}

std::optional<AutomatedHours> AutomatedHoursRepository::clear(ProjectId project, const QDate &month)
{
    validation::requireDate(QStringLiteral("month"), month);
    Transaction transaction(m_database);
    const QDate first = FiscalCalendar::month(month).first;
    const std::optional<AutomatedHours> before = held(project, first);
    if (!before)
        return std::nullopt;
    SqlStatement remove(m_database,
                        QStringLiteral("DELETE FROM automated_hours WHERE project_id = :project"
                                       " AND month_start = :month"));
    remove.bind(QStringLiteral(":project"), qlonglong(project))
        .bind(QStringLiteral(":month"), sql::dateValue(first))
        .exec();
    AuditLog(m_database)
        .recordChange(QStringLiteral("update"), QStringLiteral("automated_hours"),
                      QStringLiteral("%1 %2").arg(project).arg(FiscalCalendar::monthKey(first)),
                      hoursText(before), hoursText(std::nullopt));
    transaction.commit();
    spdlog::info("automated hours of project {} cleared for {}", project,
                 FiscalCalendar::monthKey(first).toStdString());
    return before;
}

QHash<ProjectId, std::int64_t> AutomatedHoursRepository::totals(const DayRange &days) const
{
    QHash<ProjectId, std::int64_t> totals;
    if (!days.isValid())
        return totals;
    SqlStatement query(m_database,
                       QStringLiteral("SELECT project_id, month_start, hours FROM automated_hours"
                                      " WHERE month_start >= :first AND month_start <= :last"));
    query.bind(QStringLiteral(":first"), sql::dateValue(FiscalCalendar::month(days.first).first))
        .bind(QStringLiteral(":last"), sql::dateValue(days.last))
        .exec();
    while (query.next()) {
        const DayRange month = FiscalCalendar::month(sql::toDate(query.value(1)));
        Money::accumulate(totals[query.int64(0)], shareOfDays(query.int64(2), month, days));
    }
    return totals;
}

} // namespace costboard
