// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDate>
#include <QList>

#include "analytics/positions.h"
#include "governance/criteria.h"

namespace costboard {

class Database;

// One project in the committee's ranked portfolio: how it scores and what it costs this fiscal
// year.
struct EvaluatedProject
{
    Project project;
    WeightedScore score;
    QDate evaluatedOn; // the latest score's date; null when never scored
    QHash<CriterionId, CriterionScore> scores; // the latest on each criterion
    ScopeFigures year; // the fiscal year's figures
    int rank = 0; // 1 for the best; equal scores share a rank; 0 when not scored
};

// The ranked portfolio and the value × cost matrix: every project not archived (the Unallocated
// one left out), best weighted score first, unscored last (by name).
struct PortfolioEvaluation
{
    QList<Criterion> criteria; // the active ones, in order
    QString currency; // the reporting currency of the figures
    DayRange year; // the fiscal year of the figures
    QDate asOf; // their last day (fiscalYearToDate)
    QList<EvaluatedProject> projects;

    const EvaluatedProject *projectOf(ProjectId id) const;
    // On `reference` (today): the fiscal year holding it, to the end of its week.
    static PortfolioEvaluation compute(Database &database, const QDate &reference);
};

} // namespace costboard
