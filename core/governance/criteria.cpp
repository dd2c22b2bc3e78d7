// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/criteria.h"

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

constexpr KeyTable<CriterionSense, 2> senseKeys { {
    { CriterionSense::Benefit, "benefit" },
    { CriterionSense::Burden, "burden" },
} };

// How a criterion reads in the audit log: its own name, or its shipped key.
QString auditName(const Criterion &criterion)
{
    return criterion.name.isEmpty() ? criterion.key : criterion.name;
}

QString criterionText(const Criterion &criterion)
{
    return QStringLiteral("%1 %2 %3").arg(auditName(criterion), toKey(criterion.sense)).arg(criterion.weight);
}

} // namespace

QString toKey(CriterionSense sense)
{
    return senseKeys.keyOf(sense);
}

std::optional<CriterionSense> criterionSenseFromKey(QStringView key)
{
    return senseKeys.valueOf(key);
}

int favourableScore(const Criterion &criterion, int score)
{
    return criterion.sense == CriterionSense::Benefit ? score : CriterionScore::MaxScore - score;
}

int WeightedScore::rounded() const
{
    if (!isScored())
        return 0;
    return int((2 * numerator + denominator) / (2 * denominator));
}

bool WeightedScore::isBelow(const WeightedScore &other) const
{
    if (!other.isScored())
        return false;
    if (!isScored())
        return true;
    // a/b < c/d with positive denominators; both sides stay far below 2^63 (weights ≤ 100,
    // scores ≤ 5, a few dozen criteria).
    return numerator * other.denominator < other.numerator * denominator;
}

WeightedScore weightedScore(const QList<Criterion> &criteria, const QHash<CriterionId, int> &scores)
{
    WeightedScore result;
    for (const Criterion &criterion : criteria) {
        if (criterion.archived || criterion.weight == 0)
            continue;
        ++result.activeCriteria;
        const auto score = scores.constFind(criterion.id);
        if (score == scores.constEnd())
            continue;
        ++result.scoredCriteria;
        result.numerator += std::int64_t(criterion.weight) * favourableScore(criterion, *score) * 100;
        result.denominator += std::int64_t(criterion.weight) * CriterionScore::MaxScore;
    }
    return result;
}

CriteriaRepository::CriteriaRepository(Database &database)
    : m_database(database)
{ }

QList<Criterion> CriteriaRepository::list(bool includeArchived) const
{
    SqlStatement query(m_database,
                       QStringLiteral("SELECT id, key, name, sense, weight, archived FROM criteria")
                           + (includeArchived ? QString() : QStringLiteral(" WHERE archived = 0"))
                           + QStringLiteral(" ORDER BY position, id"));
    query.exec();
    QList<Criterion> criteria;
    while (query.next()) {
        Criterion criterion;
        criterion.id = query.int64(0);
        criterion.key = query.text(1);
        criterion.name = query.text(2);
        criterion.sense = criterionSenseFromKey(query.text(3)).value_or(CriterionSense::Benefit);
        criterion.weight = int(query.int64(4));
        criterion.archived = query.int64(5) != 0;
        criteria << criterion;
    }
    return criteria;
}

QList<Criterion> CriteriaRepository::replaceAll(const QList<Criterion> &criteria)
{
    Transaction transaction(m_database);
    QList<Criterion> before = list(true);
    QSet<QString> names;
    int totalWeight = 0;
    for (const Criterion &criterion : criteria) {
        const QString field
            = auditName(criterion).isEmpty() ? QStringLiteral("criterion") : auditName(criterion);
        if (criterion.key.isEmpty())
            validation::requireText(field, criterion.name, Criterion::MaxNameLength);
        else
            validation::requireLength(field, criterion.name, Criterion::MaxNameLength);
        if (criterion.weight < 0 || criterion.weight > Criterion::MaxWeight)
            throw ValidationError(field, ErrorCode::ValueOutOfRange,
                                  { QString::number(0), QString::number(Criterion::MaxWeight) });
        const QString folded = criterion.name.trimmed().toCaseFolded();
        if (!folded.isEmpty() && names.contains(folded))
            throw ValidationError(field, ErrorCode::CriterionNameTaken, { criterion.name.trimmed() });
        names.insert(folded);
        if (criterion.id != 0) {
            const bool known = std::any_of(before.cbegin(), before.cend(),
                                           [&](const Criterion &held) { return held.id == criterion.id; });
            if (!known)
                throw ValidationError(field, ErrorCode::CriterionNotFound, { QString::number(criterion.id) });
        }
        totalWeight += criterion.weight;
    }
    if (!criteria.isEmpty() && totalWeight == 0)
        throw ValidationError(QStringLiteral("weight"), ErrorCode::CriteriaWeightsZero);

    SqlStatement insert(m_database,
                        QStringLiteral("INSERT INTO criteria (key, name, sense, weight, position, archived)"
                                       " VALUES ('', :name, :sense, :weight, :position, 0)"));
    SqlStatement update(m_database,
                        QStringLiteral("UPDATE criteria SET name = :name, sense = :sense, weight = :weight,"
                                       " position = :position, archived = 0 WHERE id = :id"));
    QSet<CriterionId> kept;
    for (int position = 0; position < criteria.size(); ++position) {
        const Criterion &criterion = criteria.at(position);
        SqlStatement &statement = criterion.id == 0 ? insert : update;
        statement.bindText(QStringLiteral(":name"), criterion.name.trimmed())
            .bind(QStringLiteral(":sense"), toKey(criterion.sense))
            .bind(QStringLiteral(":weight"), criterion.weight)
            .bind(QStringLiteral(":position"), position);
        if (criterion.id != 0) {
            statement.bind(QStringLiteral(":id"), qlonglong(criterion.id));
            kept.insert(criterion.id);
        }
        statement.exec();
    }
    // Left out: archived, so that the scores given on it keep their criterion.
    SqlStatement archive(m_database,
                         QStringLiteral("UPDATE criteria SET archived = 1, position = :position"
                                        " WHERE id = :id"));
    int position = int(criteria.size());
    for (const Criterion &held : before) {
        if (!kept.contains(held.id) && !held.archived)
            archive.bind(QStringLiteral(":position"), position++)
                .bind(QStringLiteral(":id"), qlonglong(held.id))
                .exec();
    }

    QStringList oldValues;
    for (const Criterion &held : before) {
        if (!held.archived)
            oldValues << criterionText(held);
    }
    QStringList newValues;
    for (const Criterion &criterion : criteria)
        newValues << criterionText(criterion);
    AuditLog(m_database)
        .recordChange(QStringLiteral("update"), QStringLiteral("criteria"), QString(),
                      oldValues.join(QStringLiteral(", ")), newValues.join(QStringLiteral(", ")));
    transaction.commit();
    spdlog::info("evaluation criteria replaced: {} active", criteria.size());
    return before;
}

QHash<ProjectId, QHash<CriterionId, CriterionScore>> CriteriaRepository::latestScores() const
{
    // Oldest first: a later score of the same project and criterion replaces the earlier one.
    SqlStatement query(m_database,
                       QStringLiteral("SELECT id, project_id, criterion_id, score, note, scored_on,"
                                      " recorded_at, actor FROM criterion_scores ORDER BY scored_on, id"));
    query.exec();
    QHash<ProjectId, QHash<CriterionId, CriterionScore>> latest;
    while (query.next()) {
        CriterionScore score;
        score.id = query.int64(0);
        score.projectId = query.int64(1);
        score.criterionId = query.int64(2);
        score.score = int(query.int64(3));
        score.note = query.text(4);
        score.scoredOn = sql::toDate(query.value(5));
        score.recordedAt = QDateTime::fromString(query.text(6), Qt::ISODate);
        score.actor = query.text(7);
        latest[score.projectId].insert(score.criterionId, score);
    }
    return latest;
}

QList<CriterionScore> CriteriaRepository::history(ProjectId project) const
{
    SqlStatement query(m_database,
                       QStringLiteral("SELECT id, criterion_id, score, note, scored_on, recorded_at, actor"
                                      " FROM criterion_scores WHERE project_id = :project"
                                      " ORDER BY scored_on DESC, id DESC"));
    query.bind(QStringLiteral(":project"), qlonglong(project)).exec();
    QList<CriterionScore> scores;
    while (query.next()) {
        CriterionScore score;
        score.id = query.int64(0);
        score.projectId = project;
        score.criterionId = query.int64(1);
        score.score = int(query.int64(2));
        score.note = query.text(3);
        score.scoredOn = sql::toDate(query.value(4));
        score.recordedAt = QDateTime::fromString(query.text(5), Qt::ISODate);
        score.actor = query.text(6);
        scores << score;
    }
    return scores;
}

QList<std::int64_t> CriteriaRepository::recordEvaluation(ProjectId project,
                                                         const QList<CriterionScore> &scores)
{
    Transaction transaction(m_database);
    if (!ProjectRepository(m_database).exists(project))
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound,
                              { QString::number(project) });
    const QList<Criterion> criteria = list(true);
    QStringList summary;
    for (const CriterionScore &score : scores) {
        const auto criterion = std::find_if(criteria.cbegin(), criteria.cend(), [&](const Criterion &held) {
            return held.id == score.criterionId;
        });
        if (criterion == criteria.cend())
            throw ValidationError(QStringLiteral("criterion"), ErrorCode::CriterionNotFound,
                                  { QString::number(score.criterionId) });
        const QString field = auditName(*criterion);
        if (criterion->archived)
            throw ValidationError(field, ErrorCode::CriterionArchived, { field });
        if (score.score < CriterionScore::MinScore || score.score > CriterionScore::MaxScore)
            throw ValidationError(
                field, ErrorCode::ValueOutOfRange,
                { QString::number(CriterionScore::MinScore), QString::number(CriterionScore::MaxScore) });
        validation::requireLength(field, score.note, CriterionScore::MaxNoteLength);
        validation::requireDate(QStringLiteral("date"), score.scoredOn);
        summary << QStringLiteral("%1 %2").arg(field).arg(score.score);
    }

    SqlStatement insert(m_database,
                        QStringLiteral("INSERT INTO criterion_scores (project_id, criterion_id, score, note,"
                                       " scored_on, recorded_at, actor) VALUES (:project, :criterion, :score,"
                                       " :note, :scored_on, :now, :actor) RETURNING id"));
    QList<std::int64_t> ids;
    for (const CriterionScore &score : scores) {
        insert.bind(QStringLiteral(":project"), qlonglong(project))
            .bind(QStringLiteral(":criterion"), qlonglong(score.criterionId))
            .bind(QStringLiteral(":score"), score.score)
            .bindText(QStringLiteral(":note"), score.note.trimmed())
            .bind(QStringLiteral(":scored_on"), sql::dateValue(score.scoredOn))
            .bind(QStringLiteral(":now"), sql::nowUtc())
            .bind(QStringLiteral(":actor"), AuditLog::actor());
        ids << insert.scalar().toLongLong();
    }
    if (!scores.isEmpty())
        AuditLog(m_database)
            .recordChange(QStringLiteral("create"), QStringLiteral("evaluation"), QString::number(project),
                          QString(),
                          scores.constFirst().scoredOn.toString(Qt::ISODate) + u' '
                              + summary.join(QStringLiteral(", ")));
    transaction.commit();
    spdlog::info("evaluation of project {} recorded: {} score(s)", project, scores.size());
    return ids;
}

void CriteriaRepository::removeScores(const QList<std::int64_t> &ids)
{
    if (ids.isEmpty())
        return;
    Transaction transaction(m_database);
    SqlStatement project(m_database,
                         QStringLiteral("SELECT project_id FROM criterion_scores WHERE id = :id"));
    project.bind(QStringLiteral(":id"), qlonglong(ids.constFirst()));
    const QVariant projectId = project.scalar();
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM criterion_scores WHERE id = :id"));
    int removed = 0;
    for (const std::int64_t id : ids) {
        remove.bind(QStringLiteral(":id"), qlonglong(id)).exec();
        removed += remove.numRowsAffected();
    }
    AuditLog(m_database)
        .record(QStringLiteral("undo"), QStringLiteral("evaluation"), projectId.toString(),
                QStringLiteral("%1 score(s) taken back").arg(removed));
    transaction.commit();
    spdlog::info("{} evaluation score(s) taken back", removed);
}

} // namespace costboard
