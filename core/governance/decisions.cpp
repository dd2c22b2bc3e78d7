// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/decisions.h"

#include <spdlog/spdlog.h>

#include "domain/keytable.h"
#include "errors.h"
#include "storage/auditlog.h"
#include "storage/budgetrepository.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"
#include "storage/validation.h"

namespace costboard {
namespace {

constexpr KeyTable<DecisionKind, 9> kindKeys { {
    { DecisionKind::RoutingAccepted, "routing_accepted" },
    { DecisionKind::RoutingOverridden, "routing_overridden" },
    { DecisionKind::Approve, "approve" },
    { DecisionKind::Pause, "pause" },
    { DecisionKind::Stop, "stop" },
    { DecisionKind::ExtendBudget, "extend_budget" },
    { DecisionKind::DelegateCio, "delegate_cio" },
    { DecisionKind::DelegateCfo, "delegate_cfo" },
    { DecisionKind::ReEvaluate, "re_evaluate" },
} };

const QString selectDecisions = QStringLiteral(
    "SELECT d.id, d.project_id, d.kind, d.reason, d.level_before, d.level_after, d.level_proposed,"
    " d.decided_on, d.recorded_at, d.actor, p.code, p.name, d.session_id, d.owner, d.due_on,"
    " d.done_on, d.status_before, d.status_after, d.budget_id, d.budget_before, d.budget_after,"
    " d.budget_currency FROM decisions d"
    " LEFT JOIN projects p ON p.id = d.project_id");

std::optional<ProjectStatus> optionalStatus(const SqlStatement &query, int column)
{
    return query.value(column).isNull() ? std::nullopt : projectStatusFromKey(query.text(column));
}

std::optional<Money> optionalMoney(const SqlStatement &query, int column, const QString &currency)
{
    return query.value(column).isNull() ? std::nullopt
                                        : std::optional<Money>(Money(query.int64(column), currency));
}

std::optional<DecisionLevel> optionalLevel(const SqlStatement &query, int column)
{
    return query.value(column).isNull() ? std::nullopt : decisionLevelFromKey(query.text(column));
}

Decision readDecision(const SqlStatement &query)
{
    Decision decision;
    decision.id = query.int64(0);
    if (!query.value(1).isNull())
        decision.projectId = query.int64(1);
    decision.kind = decisionKindFromKey(query.text(2)).value_or(DecisionKind::RoutingAccepted);
    decision.reason = query.text(3);
    decision.levelBefore = optionalLevel(query, 4);
    decision.levelAfter = optionalLevel(query, 5);
    decision.levelProposed = optionalLevel(query, 6);
    decision.decidedOn = sql::toDate(query.value(7));
    decision.recordedAt = QDateTime::fromString(query.text(8), Qt::ISODate);
    decision.actor = query.text(9);
    if (!query.value(12).isNull())
        decision.sessionId = query.int64(12);
    decision.owner = query.text(13);
    decision.dueOn = sql::toDate(query.value(14));
    decision.doneOn = sql::toDate(query.value(15));
    decision.statusBefore = optionalStatus(query, 16);
    decision.statusAfter = optionalStatus(query, 17);
    if (!query.value(18).isNull())
        decision.budgetId = query.int64(18);
    decision.budgetBefore = optionalMoney(query, 19, query.text(21));
    decision.budgetAfter = optionalMoney(query, 20, query.text(21));
    return decision;
}

} // namespace

QString toKey(DecisionKind kind)
{
    return kindKeys.keyOf(kind);
}

std::optional<DecisionKind> decisionKindFromKey(QStringView key)
{
    return kindKeys.valueOf(key);
}

QList<DecisionKind> allDecisionKinds()
{
    return kindKeys.values();
}

QList<DecisionKind> sessionDecisionKinds()
{
    return { DecisionKind::Approve,      DecisionKind::Pause,       DecisionKind::Stop,
             DecisionKind::ExtendBudget, DecisionKind::DelegateCio, DecisionKind::DelegateCfo,
             DecisionKind::ReEvaluate };
}

std::optional<ProjectStatus> statusAfter(DecisionKind kind, ProjectStatus status)
{
    switch (kind) {
    case DecisionKind::Approve:
        if (status == ProjectStatus::Paused || status == ProjectStatus::Closed)
            return ProjectStatus::Active;
        if (status == ProjectStatus::Proposed || status == ProjectStatus::Evaluating
            || status == ProjectStatus::Rejected)
            return ProjectStatus::Approved;
        return std::nullopt;
    case DecisionKind::Pause:
        if (status == ProjectStatus::Closed || status == ProjectStatus::Rejected
            || status == ProjectStatus::Paused)
            return std::nullopt;
        return ProjectStatus::Paused;
    case DecisionKind::Stop:
        // A project stopped before it was approved is rejected; one that ran is closed.
        if (status == ProjectStatus::Proposed || status == ProjectStatus::Evaluating)
            return ProjectStatus::Rejected;
        if (status == ProjectStatus::Closed || status == ProjectStatus::Rejected)
            return std::nullopt;
        return ProjectStatus::Closed;
    default:
        return std::nullopt;
    }
}

DecisionLog::DecisionLog(Database &database)
    : m_database(database)
{ }

DecisionId DecisionLog::recordRouting(ProjectId project, DecisionLevel proposed, DecisionLevel chosen,
                                      const QString &reason, const QDate &decidedOn)
{
    Transaction transaction(m_database);
    const QString why = validation::requireText(QStringLiteral("reason"), reason, Decision::MaxReasonLength);
    validation::requireDate(QStringLiteral("date"), decidedOn);
    const DecisionLevel before = ProjectRepository(m_database).setDecisionLevel(project, chosen);
    const DecisionKind kind
        = chosen == proposed ? DecisionKind::RoutingAccepted : DecisionKind::RoutingOverridden;
    SqlStatement insert(
        m_database,
        QStringLiteral("INSERT INTO decisions (project_id, kind, reason, level_before, level_after,"
                       " level_proposed, decided_on, recorded_at, actor) VALUES (:project, :kind,"
                       " :reason, :before, :after, :proposed, :decided_on, :now, :actor)"
                       " RETURNING id"));
    insert.bind(QStringLiteral(":project"), qlonglong(project))
        .bind(QStringLiteral(":kind"), toKey(kind))
        .bind(QStringLiteral(":reason"), why)
        .bind(QStringLiteral(":before"), toKey(before))
        .bind(QStringLiteral(":after"), toKey(chosen))
        .bind(QStringLiteral(":proposed"), toKey(proposed))
        .bind(QStringLiteral(":decided_on"), sql::dateValue(decidedOn))
        .bind(QStringLiteral(":now"), sql::nowUtc())
        .bind(QStringLiteral(":actor"), AuditLog::actor());
    const DecisionId id = insert.scalar().toLongLong();
    AuditLog(m_database)
        .record(QStringLiteral("create"), QStringLiteral("decision"), QString::number(id),
                QStringLiteral("%1 for project %2: %3 (proposed %4)")
                    .arg(toKey(kind))
                    .arg(project)
                    .arg(toKey(chosen), toKey(proposed)));
    transaction.commit();
    spdlog::info("decision {} recorded: {} for project {}", id, toKey(kind).toStdString(), project);
    return id;
}

void DecisionLog::undoRouting(DecisionId decision)
{
    Transaction transaction(m_database);
    const std::optional<Decision> held = requireDecision(decision);
    if (held->projectId && held->levelBefore)
        ProjectRepository(m_database).setDecisionLevel(*held->projectId, *held->levelBefore);
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM decisions WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), qlonglong(decision)).exec();
    AuditLog(m_database)
        .record(QStringLiteral("undo"), QStringLiteral("decision"), QString::number(decision),
                QStringLiteral("%1 taken back").arg(toKey(held->kind)));
    transaction.commit();
    spdlog::info("decision {} taken back", decision);
}

DecisionId DecisionLog::recordSessionDecision(const SessionDecision &decision)
{
    Transaction transaction(m_database);
    if (!sessionDecisionKinds().contains(decision.kind))
        throw ValidationError(QStringLiteral("kind"), ErrorCode::DecisionKindNotForSession,
                              { toKey(decision.kind) });
    const std::optional<CommitteeSession> session = SessionRepository(m_database).find(decision.sessionId);
    if (!session)
        throw ValidationError(QStringLiteral("session"), ErrorCode::SessionNotFound,
                              { QString::number(decision.sessionId) });
    ProjectRepository projects(m_database);
    const std::optional<Project> project = projects.find(decision.projectId);
    if (!project)
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound,
                              { QString::number(decision.projectId) });
    const QString why
        = validation::requireText(QStringLiteral("reason"), decision.reason, Decision::MaxReasonLength);
    const QString owner
        = validation::requireText(QStringLiteral("owner"), decision.owner, Decision::MaxOwnerLength);
    validation::requireDate(QStringLiteral("due"), decision.dueOn);

    Decision held;
    held.kind = decision.kind;
    if (const std::optional<ProjectStatus> after = statusAfter(decision.kind, project->status)) {
        held.statusBefore = projects.setStatus(project->id, *after);
        held.statusAfter = after;
    }
    if (decision.kind == DecisionKind::DelegateCio || decision.kind == DecisionKind::DelegateCfo) {
        const DecisionLevel level
            = decision.kind == DecisionKind::DelegateCio ? DecisionLevel::Cio : DecisionLevel::Cfo;
        held.levelBefore = projects.setDecisionLevel(project->id, level);
        held.levelAfter = level;
    }
    if (decision.kind == DecisionKind::ExtendBudget) {
        if (!decision.budget || decision.budget->projectId != decision.projectId)
            throw ValidationError(QStringLiteral("budget"), ErrorCode::BudgetNotTheProjects,
                                  { project->code });
        BudgetRepository budgets(m_database);
        for (const Budget &existing : budgets.list())
            if (existing.projectId == decision.budget->projectId
                && existing.category == decision.budget->category
                && existing.periodKind == decision.budget->periodKind
                && existing.periodStart == decision.budget->periodStart)
                held.budgetBefore = existing.amount;
        if (held.budgetBefore && decision.budget->amount.minorUnits() <= held.budgetBefore->minorUnits())
            throw ValidationError(QStringLiteral("budget"), ErrorCode::BudgetExtensionNotLarger,
                                  { held.budgetBefore->toPlainString(), held.budgetBefore->currency() });
        held.budgetId = budgets.set(*decision.budget);
        held.budgetAfter = decision.budget->amount;
    }
    SqlStatement insert(
        m_database,
        QStringLiteral("INSERT INTO decisions (project_id, kind, reason, level_before, level_after,"
                       " decided_on, recorded_at, actor, session_id, owner, due_on, status_before,"
                       " status_after, budget_id, budget_before, budget_after, budget_currency)"
                       " VALUES (:project, :kind, :reason, :before, :after, :decided_on, :now, :actor,"
                       " :session, :owner, :due, :status_before, :status_after, :budget, :budget_before,"
                       " :budget_after, :currency) RETURNING id"));
    const auto optionalKey = [](const auto &value) {
        return value ? QVariant(toKey(*value)) : QVariant(QMetaType::fromType<QString>());
    };
    const auto optionalMinor = [](const std::optional<Money> &money) {
        return money ? QVariant(qlonglong(money->minorUnits())) : sql::nullInt64();
    };
    insert.bind(QStringLiteral(":project"), qlonglong(project->id))
        .bind(QStringLiteral(":kind"), toKey(decision.kind))
        .bind(QStringLiteral(":reason"), why)
        .bind(QStringLiteral(":before"), optionalKey(held.levelBefore))
        .bind(QStringLiteral(":after"), optionalKey(held.levelAfter))
        .bind(QStringLiteral(":decided_on"), sql::dateValue(session->heldOn))
        .bind(QStringLiteral(":now"), sql::nowUtc())
        .bind(QStringLiteral(":actor"), AuditLog::actor())
        .bind(QStringLiteral(":session"), qlonglong(session->id))
        .bind(QStringLiteral(":owner"), owner)
        .bind(QStringLiteral(":due"), sql::dateValue(decision.dueOn))
        .bind(QStringLiteral(":status_before"), optionalKey(held.statusBefore))
        .bind(QStringLiteral(":status_after"), optionalKey(held.statusAfter))
        .bind(QStringLiteral(":budget"),
              held.budgetId ? QVariant(qlonglong(*held.budgetId)) : sql::nullInt64())
        .bind(QStringLiteral(":budget_before"), optionalMinor(held.budgetBefore))
        .bind(QStringLiteral(":budget_after"), optionalMinor(held.budgetAfter))
        .bind(QStringLiteral(":currency"), held.budgetAfter ? held.budgetAfter->currency() : QString());
    const DecisionId id = insert.scalar().toLongLong();
    AuditLog(m_database)
        .record(QStringLiteral("create"), QStringLiteral("decision"), QString::number(id),
                QStringLiteral("%1 for project %2 in session %3, owner %4, due %5")
                    .arg(toKey(decision.kind))
                    .arg(project->id)
                    .arg(session->heldOn.toString(Qt::ISODate), owner, decision.dueOn.toString(Qt::ISODate)));
    transaction.commit();
    spdlog::info("decision {} recorded: {} for project {}", id, toKey(decision.kind).toStdString(),
                 project->id);
    return id;
}

void DecisionLog::undoSessionDecision(DecisionId decision)
{
    Transaction transaction(m_database);
    const std::optional<Decision> held = requireDecision(decision);
    ProjectRepository projects(m_database);
    if (held->projectId && held->statusBefore)
        projects.setStatus(*held->projectId, *held->statusBefore);
    if (held->projectId && held->levelBefore)
        projects.setDecisionLevel(*held->projectId, *held->levelBefore);
    if (held->budgetId) {
        BudgetRepository budgets(m_database);
        if (held->budgetBefore) {
            std::optional<Budget> budget = budgets.find(*held->budgetId);
            if (!budget)
                throw ValidationError(QStringLiteral("budget"), ErrorCode::BudgetNotFound,
                                      { QString::number(*held->budgetId) });
            budget->amount = *held->budgetBefore;
            budgets.set(*budget);
        } else {
            budgets.remove(*held->budgetId);
        }
    }
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM decisions WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), qlonglong(decision)).exec();
    AuditLog(m_database)
        .record(QStringLiteral("undo"), QStringLiteral("decision"), QString::number(decision),
                QStringLiteral("%1 taken back").arg(toKey(held->kind)));
    transaction.commit();
    spdlog::info("decision {} taken back", decision);
}

void DecisionLog::setDone(DecisionId decision, const QDate &day)
{
    Transaction transaction(m_database);
    const std::optional<Decision> held = requireDecision(decision);
    validation::requireOptionalDate(QStringLiteral("done"), day);
    SqlStatement update(m_database, QStringLiteral("UPDATE decisions SET done_on = :day WHERE id = :id"));
    update.bind(QStringLiteral(":day"), sql::dateValue(day))
        .bind(QStringLiteral(":id"), qlonglong(decision))
        .exec();
    AuditLog(m_database)
        .recordChange(QStringLiteral("update"), QStringLiteral("decision"), QString::number(decision),
                      held->doneOn.isValid() ? QStringLiteral("done ") + held->doneOn.toString(Qt::ISODate)
                                             : QStringLiteral("to do"),
                      day.isValid() ? QStringLiteral("done ") + day.toString(Qt::ISODate)
                                    : QStringLiteral("to do"));
    transaction.commit();
}

QList<Decision> DecisionLog::list(const DecisionFilter &filter) const
{
    QStringList conditions;
    if (filter.projectId)
        conditions << QStringLiteral("d.project_id = :project");
    if (filter.sessionId)
        conditions << QStringLiteral("d.session_id = :session");
    if (filter.openAndDueBy.isValid())
        conditions << QStringLiteral("d.done_on IS NULL AND d.due_on <= :due");
    SqlStatement query(m_database,
                       selectDecisions
                           + (conditions.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")))
                           + QStringLiteral(" ORDER BY d.decided_on DESC, d.id DESC"));
    if (filter.projectId)
        query.bind(QStringLiteral(":project"), qlonglong(*filter.projectId));
    if (filter.sessionId)
        query.bind(QStringLiteral(":session"), qlonglong(*filter.sessionId));
    if (filter.openAndDueBy.isValid())
        query.bind(QStringLiteral(":due"), sql::dateValue(filter.openAndDueBy));
    query.exec();
    const QString text = filter.text.trimmed();
    QList<Decision> decisions;
    while (query.next()) {
        // Searched here rather than with LIKE: the log holds hundreds of entries, and SQLite's
        // LIKE folds only ASCII case ("Décision").
        if (!text.isEmpty()
            && !(query.text(3).contains(text, Qt::CaseInsensitive)
                 || query.text(10).contains(text, Qt::CaseInsensitive)
                 || query.text(11).contains(text, Qt::CaseInsensitive)
                 || query.text(13).contains(text, Qt::CaseInsensitive)))
            continue;
        decisions << readDecision(query);
    }
    return decisions;
}

std::optional<Decision> DecisionLog::requireDecision(DecisionId decision) const
{
    std::optional<Decision> held = find(decision);
    if (!held)
        throw ValidationError(QStringLiteral("decision"), ErrorCode::DecisionNotFound,
                              { QString::number(decision) });
    return held;
}

std::optional<Decision> DecisionLog::find(DecisionId decision) const
{
    SqlStatement query(m_database, selectDecisions + QStringLiteral(" WHERE d.id = :id"));
    query.bind(QStringLiteral(":id"), qlonglong(decision)).exec();
    if (!query.next())
        return std::nullopt;
    return readDecision(query);
}

} // namespace costboard
