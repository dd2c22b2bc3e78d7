// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/evaluation.h"

#include <algorithm>

#include "analytics/dashboardquery.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"

namespace costboard {

const EvaluatedProject *PortfolioEvaluation::projectOf(ProjectId id) const
{
    for (const EvaluatedProject &entry : projects) {
        if (entry.project.id == id)
            return &entry;
    }
    return nullptr;
}

PortfolioEvaluation PortfolioEvaluation::compute(Database &database, const QDate &reference)
{
    PortfolioEvaluation evaluation;
    const DatabaseSettings settings(database);
    const FiscalYearToDate toDate = fiscalYearToDate(settings.calendar(), reference);
    evaluation.year = toDate.year;
    evaluation.asOf = toDate.asOf;
    evaluation.currency = settings.reportingCurrency();
    const CriteriaRepository criteria(database);
    evaluation.criteria = criteria.list();
    const QHash<ProjectId, QHash<CriterionId, CriterionScore>> latest = criteria.latestScores();

    QList<BudgetScope> scopes;
    for (const Project &project : ProjectRepository(database).list(false)) {
        if (project.isUnallocated)
            continue;
        EvaluatedProject entry;
        entry.project = project;
        QHash<CriterionId, int> counted;
        for (const Criterion &criterion : std::as_const(evaluation.criteria)) {
            const auto score = latest.value(project.id).constFind(criterion.id);
            if (score == latest.value(project.id).constEnd())
                continue;
            entry.scores.insert(criterion.id, *score);
            counted.insert(criterion.id, score->score);
            if (!entry.evaluatedOn.isValid() || score->scoredOn > entry.evaluatedOn)
                entry.evaluatedOn = score->scoredOn;
        }
        entry.score = weightedScore(evaluation.criteria, counted);
        evaluation.projects << entry;
        scopes << BudgetScope { project.id, std::nullopt };
    }

    // The fiscal year's spend, budget and forecast by the same rules as the projects page.
    const QList<QList<ScopeFigures>> figures
        = scopeFigures(database, scopes, { evaluation.year }, evaluation.asOf);
    for (qsizetype index = 0; index < evaluation.projects.size(); ++index)
        evaluation.projects[index].year = figures.at(index).constFirst();

    std::stable_sort(
        evaluation.projects.begin(), evaluation.projects.end(),
        [](const EvaluatedProject &a, const EvaluatedProject &b) { return b.score.isBelow(a.score); });
    int rank = 0;
    for (qsizetype index = 0; index < evaluation.projects.size(); ++index) {
        EvaluatedProject &entry = evaluation.projects[index];
        if (!entry.score.isScored())
            break;
        const bool tied = index > 0 && !entry.score.isBelow(evaluation.projects.at(index - 1).score);
        rank = tied ? rank : int(index) + 1;
        entry.rank = rank;
    }
    return evaluation;
}

} // namespace costboard
