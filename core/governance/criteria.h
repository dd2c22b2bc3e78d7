// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "domain/entities.h"

namespace costboard {

class Database;

using CriterionId = std::int64_t;

// Whether a high score speaks for a project (strategic value, expected benefit, readiness) or
// against it (risk, data sensitivity, cost).
enum class CriterionSense
{
    Benefit,
    Burden
};

QString toKey(CriterionSense sense);
std::optional<CriterionSense> criterionSenseFromKey(QStringView key);

// What the committee evaluates projects on. The criteria the schema ships with have a `key` and
// are shown under a translated name until the committee names them itself; the committee's own
// have a name and no key.
struct Criterion
{
    static constexpr int MaxWeight = 100;
    static constexpr int MaxNameLength = 80;

    CriterionId id = 0; // 0 until stored
    QString key; // "strategic_value" for a shipped criterion, else empty
    QString name; // the committee's name; empty: the shipped key's translated name
    CriterionSense sense = CriterionSense::Benefit;
    int weight = 1; // 0 to MaxWeight: its share is weight over the active criteria's total
    bool archived = false; // kept for the scores already given, counted no more

    bool operator==(const Criterion &) const = default;
};

// One score of one project on one criterion, as the committee gave it on `scoredOn`. A
// re-evaluation adds scores; the earlier ones stay, and the latest counts.
struct CriterionScore
{
    static constexpr int MinScore = 0;
    static constexpr int MaxScore = 5;
    static constexpr int MaxNoteLength = 500;

    std::int64_t id = 0;
    ProjectId projectId = 0;
    CriterionId criterionId = 0;
    int score = 0;
    QString note;
    QDate scoredOn;
    QDateTime recordedAt; // filled in by the repository
    QString actor; // filled in by the repository
};

// A score as the ranking counts it: a benefit's own score, a burden's reversed, so that on every
// criterion a higher figure is better for the project.
int favourableScore(const Criterion &criterion, int score);

// A project's evaluation: its weighted score over the active criteria it was scored on, from 0
// to 100 (the best score on every criterion), exact as a fraction so that ranks never tie by
// rounding.
struct WeightedScore
{
    std::int64_t numerator = 0; // Σ weight × favourable score × 100
    std::int64_t denominator = 0; // Σ weight × MaxScore over the scored criteria; 0: not scored
    int scoredCriteria = 0;
    int activeCriteria = 0;

    bool isScored() const { return denominator > 0; }
    bool isComplete() const { return isScored() && scoredCriteria == activeCriteria; }
    // For display and charts only; rank with operator<.
    double value() const { return isScored() ? double(numerator) / double(denominator) : 0.0; }
    // Whole points, rounded half up.
    int rounded() const;
    // Whether this scores strictly below `other`: unscored below any score.
    bool isBelow(const WeightedScore &other) const;
};

// Weights the latest scores of one project: `scores` by criterion id.
WeightedScore weightedScore(const QList<Criterion> &criteria, const QHash<CriterionId, int> &scores);

class CriteriaRepository final
{
public:
    explicit CriteriaRepository(Database &database);

    // In the committee's order; with `includeArchived`, the archived ones at their place too.
    QList<Criterion> list(bool includeArchived = false) const;
    // Replaces the committee's list (the order given is kept): new criteria (id 0) are added,
    // those left out are archived, never deleted (their scores stay). One transaction, one audit
    // entry. Throws ValidationError naming the criterion for a weight out of range, an empty or
    // duplicate name, or an active list whose weights add up to zero. Returns the list before.
    QList<Criterion> replaceAll(const QList<Criterion> &criteria);

    // The scores that count: the latest of each project on each criterion, by project then
    // criterion.
    QHash<ProjectId, QHash<CriterionId, CriterionScore>> latestScores() const;
    // Every score of one project, latest first.
    QList<CriterionScore> history(ProjectId project) const;
    // Records one evaluation of `project` (several criteria, one date) in one transaction with
    // one audit entry; returns the new scores' ids, for undo. Throws ValidationError naming the
    // criterion for a score out of range, an unknown or archived criterion or a note too long.
    QList<std::int64_t> recordEvaluation(ProjectId project, const QList<CriterionScore> &scores);
    // Takes an evaluation back (undo): the scores with these ids, in one transaction.
    void removeScores(const QList<std::int64_t> &ids);

private:
    Database &m_database;
};

} // namespace costboard
