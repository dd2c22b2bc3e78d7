// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogovernance.h"

#include <array>

#include "governance/criteria.h"
#include "governance/decisions.h"
#include "governance/routing.h"
#include "storage/auditlog.h"
#include "storage/database.h"

namespace costboard {
namespace {

struct RoutingFactsProfile
{
    const char *code;
    DataSensitivity sensitivity;
    bool customerFacing;
    bool infrastructureOnly;
};

// clang-format off
constexpr std::array<RoutingFactsProfile, 8> routingFacts { {
    { "SUP", DataSensitivity::Personal, true, false },     // clients' exchanges
    { "DEV", DataSensitivity::Confidential, false, true },  // source code, a tool of the IT teams
    { "LEG", DataSensitivity::Confidential, false, false }, // contracts, internal
    { "MKT", DataSensitivity::Internal, true, false },      // published content
    { "RAG", DataSensitivity::Confidential, false, true },  // the search platform others build on
    { "MED", DataSensitivity::Health, false, false },       // HDS-hosted medical records
    { "CLM", DataSensitivity::Personal, false, false },     // claims of named policyholders
    { "SAL", DataSensitivity::Personal, true, false },      // e-mails to named prospects
} };
// clang-format on

// Scores on the six shipped criteria, in their order (strategic value, expected benefit, risk,
// data sensitivity, cost, readiness); -1: not scored.
struct ScoreProfile
{
    const char *code;
    std::array<int, 6> scores;
    const char *note; // on the strategic value
};

// clang-format off
constexpr std::array<ScoreProfile, 8> scoreProfiles { {
    { "SUP", { 5, 4, 3, 3, 4, 4 }, "Priorité du plan stratégique : satisfaction client et délais de réponse." },
    { "DEV", { 3, 4, 2, 2, 3, 4 }, "Gain de productivité mesuré sur trois équipes pilotes." },
    { "LEG", { 3, 3, 3, 3, 2, 3 }, "Utile à la direction juridique ; extension au contentieux à confirmer." },
    { "MKT", { 2, 3, 2, 1, 2, 4 }, "Contenus relus avant publication ; valeur surtout en volume." },
    { "RAG", { 4, 3, 2, 3, 3, 4 }, "Socle réutilisé par d'autres projets (citations des sources)." },
    { "MED", { 5, 5, 4, 5, 5, 2 }, "Fort enjeu métier, mais hébergement HDS coûteux et recette longue." },
    { "CLM", { 4, 4, 2, 4, 3, 4 }, "Routage des sinistres : gain de délai dès la déclaration." },
    { "SAL", { 3, 2, 3, -1, -1, -1 }, "Pilote sur deux régions : à réévaluer à la fin du pilote." },
} };
// clang-format on

// The support assistant's first evaluation, six months earlier: before its roll-out.
constexpr std::array<int, 6> supportFirstScores { 4, 4, 2, 3, 3, 3 };

} // namespace

void applyDemoRoutingFacts(Project &project)
{
    for (const RoutingFactsProfile &facts : routingFacts) {
        if (project.code == QLatin1String(facts.code)) {
            project.dataSensitivity = facts.sensitivity;
            project.customerFacing = facts.customerFacing;
            project.infrastructureOnly = facts.infrastructureOnly;
        }
    }
}

void writeDemoGovernance(Database &database, const QHash<QString, ProjectId> &projects, const QDate &lastDay)
{
    // The committee's secretary keeps its records.
    const AuditLog::ScopedActor secretary(QStringLiteral("Claire Dubois"));
    CriteriaRepository criteria(database);
    const QList<Criterion> shipped = criteria.list();
    // The committee met on the Monday four weeks before the last week; the support assistant was
    // re-evaluated last week.
    // Weeks by the calendar's ISO week, not by counting days.
    const IsoWeek lastWeek = IsoWeek::fromDate(lastDay);
    const QDate evaluatedOn = lastWeek.addWeeks(-4).monday();
    const auto evaluate = [&](ProjectId project, const std::array<int, 6> &scores, const QString &note,
                              const QDate &day) {
        QList<CriterionScore> given;
        for (std::size_t index = 0; index < scores.size() && index < std::size_t(shipped.size()); ++index) {
            if (scores[index] < 0)
                continue;
            CriterionScore score;
            score.criterionId = shipped.at(qsizetype(index)).id;
            score.score = scores[index];
            score.note = index == 0 ? note : QString();
            score.scoredOn = day;
            given << score;
        }
        criteria.recordEvaluation(project, given);
    };
    evaluate(projects.value(QStringLiteral("SUP")), supportFirstScores,
             QStringLiteral("Pilote prometteur ; déploiement à décider."), lastWeek.addWeeks(-26).monday());
    for (const ScoreProfile &profile : scoreProfiles) {
        const QString code = QString::fromLatin1(profile.code);
        evaluate(projects.value(code), profile.scores, QString::fromUtf8(profile.note),
                 code == QLatin1String("SUP") ? lastWeek.addWeeks(-1).monday() : evaluatedOn);
    }

    // The committee keeps large budgets, personal or health data and what customers see; the CIO
    // takes infrastructure; the CFO small internal projects.
    RoutingRule large;
    large.budgetAtLeast = 80'000'000; // €800,000.00
    RoutingRule sensitive;
    sensitive.sensitivityAtLeast = DataSensitivity::Personal;
    RoutingRule customers;
    customers.customerFacing = true;
    RoutingRule infrastructure;
    infrastructure.infrastructureOnly = true;
    infrastructure.level = DecisionLevel::Cio;
    RoutingRule small;
    small.budgetBelow = 40'000'000; // €400,000.00
    small.customerFacing = false;
    small.level = DecisionLevel::Cfo;
    RoutingRuleRepository(database).replaceAll({ large, sensitive, customers, infrastructure, small });

    DecisionLog log(database);
    log.recordRouting(projects.value(QStringLiteral("DEV")), DecisionLevel::Cio, DecisionLevel::Cio,
                      QStringLiteral("Outil des équipes informatiques, sans donnée client : la DSI décide."),
                      evaluatedOn);
    log.recordRouting(projects.value(QStringLiteral("LEG")), DecisionLevel::Cfo, DecisionLevel::Cfo,
                      QStringLiteral("Budget modeste, usage interne : délégation à la DAF confirmée."),
                      evaluatedOn);
    // Marketing's content reaches customers, so the rules propose the committee; the committee
    // keeps it with the CIO because every text is reviewed before it is published.
    log.recordRouting(projects.value(QStringLiteral("MKT")), DecisionLevel::Committee, DecisionLevel::Cio,
                      QStringLiteral("Chaque contenu est relu par l'équipe marketing avant publication : "
                                     "délégation à la DSI maintenue, revue au prochain trimestre."),
                      lastWeek.addWeeks(-2).monday());
}

} // namespace costboard
