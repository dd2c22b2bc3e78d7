// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/decisions.h"

#include <spdlog/spdlog.h>

#include "domain/keytable.h"
#include "errors.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"
#include "storage/validation.h"

namespace costboard {
namespace {

constexpr KeyTable<DecisionKind, 2> kindKeys { {
    { DecisionKind::RoutingAccepted, "routing_accepted" },
    { DecisionKind::RoutingOverridden, "routing_overridden" },
} };

const QString selectDecisions = QStringLiteral(
    "SELECT d.id, d.project_id, d.kind, d.reason, d.level_before, d.level_after, d.level_proposed,"
    " d.decided_on, d.recorded_at, d.actor, p.code, p.name FROM decisions d"
    " LEFT JOIN projects p ON p.id = d.project_id");

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
    const std::optional<Decision> held = find(decision);
    if (!held)
        throw ValidationError(QStringLiteral("decision"), ErrorCode::DecisionNotFound,
                              { QString::number(decision) });
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

QList<Decision> DecisionLog::list(const DecisionFilter &filter) const
{
    SqlStatement query(m_database,
                       selectDecisions
                           + (filter.projectId ? QStringLiteral(" WHERE d.project_id = :project") : QString())
                           + QStringLiteral(" ORDER BY d.decided_on DESC, d.id DESC"));
    if (filter.projectId)
        query.bind(QStringLiteral(":project"), qlonglong(*filter.projectId));
    query.exec();
    const QString text = filter.text.trimmed();
    QList<Decision> decisions;
    while (query.next()) {
        // Searched here rather than with LIKE: the log holds hundreds of entries, and SQLite's
        // LIKE folds only ASCII case ("Décision").
        if (!text.isEmpty()
            && !(query.text(3).contains(text, Qt::CaseInsensitive)
                 || query.text(10).contains(text, Qt::CaseInsensitive)
                 || query.text(11).contains(text, Qt::CaseInsensitive)))
            continue;
        decisions << readDecision(query);
    }
    return decisions;
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
