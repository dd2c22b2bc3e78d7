// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogovernance.h"

#include <array>

#include "domain/fiscalcalendar.h"
#include "governance/criteria.h"
#include "governance/decisions.h"
#include "governance/followup.h"
#include "governance/routing.h"
#include "governance/sessions.h"
#include "storage/auditlog.h"
#include "storage/budgetrepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"

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

// Milestones relative to the last week: (code, kind, weeks from it, weekday, done).
struct MilestoneProfile
{
    const char *code;
    MilestoneKind kind;
    int weeks;
    int weekday;
    bool done;
    const char *note;
};

// clang-format off
constexpr std::array<MilestoneProfile, 18> milestoneProfiles { {
    { "SUP", MilestoneKind::Pilot, -40, 1, true, "Pilote sur deux plateaux de conseillers." },
    { "SUP", MilestoneKind::GoNoGo, -30, 1, true, "Déploiement décidé après le pilote." },
    { "SUP", MilestoneKind::Production, -26, 1, true, "Ouverture à tous les conseillers." },
    { "SUP", MilestoneKind::Review, 0, 3, false, "Revue trimestrielle des coûts par ticket." },
    { "DEV", MilestoneKind::Production, -34, 1, true, "" },
    { "DEV", MilestoneKind::Review, 6, 4, false, "Bilan annuel de productivité." },
    { "LEG", MilestoneKind::Pilot, -20, 2, true, "Pilote sur les contrats fournisseurs." },
    { "LEG", MilestoneKind::GoNoGo, -3, 1, true, "Extension au service contentieux." },
    { "MKT", MilestoneKind::Review, 1, 4, false, "Revue de la relecture humaine et des droits." },
    { "RAG", MilestoneKind::Production, -8, 1, true, "" },
    { "RAG", MilestoneKind::Review, -2, 4, false, "Qualité des citations de sources." },
    { "MED", MilestoneKind::GoNoGo, -6, 5, true, "Recette HDS validée." },
    { "MED", MilestoneKind::Production, 3, 1, false, "Mise en production sur le cloud HDS." },
    { "CLM", MilestoneKind::Production, -16, 1, true, "" },
    { "CLM", MilestoneKind::Review, -1, 3, true, "Qualité du routage revue avec les gestionnaires." },
    { "SAL", MilestoneKind::Pilot, -12, 1, true, "Pilote sur deux régions." },
    { "SAL", MilestoneKind::GoNoGo, 1, 1, false, "Généralisation à toutes les régions ?" },
    { "CLM", MilestoneKind::Review, 12, 3, false, "" },
} };
// clang-format on

// A KPI with its target and its last six monthly actuals, oldest first, in thousandths.
struct KpiProfile
{
    const char *code;
    const char *name;
    const char *unit;
    KpiDirection direction;
    KpiMillis target;
    std::array<KpiMillis, 6> actuals; // -1: not measured yet that month
};

// clang-format off
constexpr std::array<KpiProfile, 7> kpiProfiles { {
    { "SUP", "Coût par ticket traité", "€/ticket", KpiDirection::AtMost, 180,
      { 210, 200, 190, 188, 185, 192 } },
    { "SUP", "Adoption par les conseillers", "%", KpiDirection::AtLeast, 80'000,
      { 62'000, 68'000, 74'000, 79'000, 82'000, 85'000 } },
    { "DEV", "Heures gagnées par développeur", "h/mois", KpiDirection::AtLeast, 6'000,
      { 4'500, 5'200, 6'100, 6'400, 6'800, 7'000 } },
    { "LEG", "Qualité des synthèses", "/5", KpiDirection::AtLeast, 4'000,
      { 3'800, 4'100, 4'200, 4'000, 3'900, 3'700 } },
    { "CLM", "Sinistres bien routés", "%", KpiDirection::AtLeast, 92'000,
      { 90'500, 91'800, 92'400, 93'100, 93'000, 93'600 } },
    { "MED", "Temps de lecture d'un dossier", "min", KpiDirection::AtMost, 12'000,
      { 18'000, 16'000, 15'000, 13'000, 12'500, 11'800 } },
    { "SAL", "Taux de réponse des prospects", "%", KpiDirection::AtLeast, 6'000,
      { -1, -1, -1, 4'800, 5'500, 5'900 } },
} };
// clang-format on

// Milestones, KPIs, the session calendar with three past sessions and their decisions, as the
// committee's secretary kept them.
void writeDemoFollowUp(Database &database, const QHash<QString, ProjectId> &projects, const QDate &lastDay)
{
    const IsoWeek lastWeek = IsoWeek::fromDate(lastDay);
    FollowUpRepository followUp(database);
    for (const MilestoneProfile &profile : milestoneProfiles) {
        Milestone milestone;
        milestone.projectId = projects.value(QString::fromLatin1(profile.code));
        milestone.kind = profile.kind;
        milestone.dueOn = lastWeek.addWeeks(profile.weeks).monday().addDays(profile.weekday - 1);
        if (profile.done)
            milestone.doneOn = milestone.dueOn;
        milestone.note = QString::fromUtf8(profile.note);
        followUp.saveMilestone(milestone);
    }
    // Monthly KPIs: the six months before the one the history ends in.
    const QDate lastMonth = FiscalCalendar::month(FiscalCalendar::month(lastDay).first.addDays(-1)).first;
    for (const KpiProfile &profile : kpiProfiles) {
        Kpi kpi;
        kpi.projectId = projects.value(QString::fromLatin1(profile.code));
        kpi.name = QString::fromUtf8(profile.name);
        kpi.unit = QString::fromUtf8(profile.unit);
        kpi.direction = profile.direction;
        kpi.cadence = KpiCadence::Month;
        kpi.target = profile.target;
        kpi.id = followUp.saveKpi(kpi);
        QDate month = lastMonth;
        for (std::size_t back = 0; back < profile.actuals.size(); ++back) {
            const KpiMillis actual = profile.actuals[profile.actuals.size() - 1 - back];
            if (actual >= 0)
                followUp.setValue(kpi.id, month, KpiValue { kpi.id, month, actual, std::nullopt });
            month = FiscalCalendar::month(month.addDays(-1)).first;
        }
    }

    // Every other Monday: three sessions held, four planned.
    SessionRepository sessions(database);
    sessions.setCadence({ Qt::Monday, 2 });
    const auto holdSession = [&](int weeks, const char *minutes) {
        const SessionId id = sessions.schedule(lastWeek.addWeeks(weeks).monday());
        sessions.saveMinutes(id, QString::fromUtf8(minutes), true);
        return id;
    };
    const SessionId first = holdSession(-5,
                                        "Présents : DG (président), DSI, DAF, direction juridique.\n"
                                        "Évaluation du portefeuille sur les six critères ; routage "
                                        "des décisions confirmé pour le copilote développeurs et la "
                                        "synthèse juridique.");
    const SessionId second = holdSession(-3,
                                         "Présents : DG, DSI, DAF.\nRéévaluation de la synthèse "
                                         "juridique : extension au contentieux validée. Contenus "
                                         "marketing laissés à la DSI.");
    const SessionId third = holdSession(-1,
                                        "Présents : DG, DSI, DAF, relation client.\nAssistant "
                                        "support client réévalué : dépassement budgétaire expliqué "
                                        "par les volumes, plan de réduction du coût par ticket "
                                        "demandé.");
    sessions.planUntil(lastDay, lastWeek.addWeeks(7).sunday());

    DecisionLog log(database);
    const auto decide
        = [&](SessionId session, const char *code, DecisionKind kind, const char *reason, const char *owner,
              const QDate &due, std::optional<Budget> budget = std::nullopt) {
              SessionDecision decision;
              decision.sessionId = session;
              decision.projectId = projects.value(QString::fromLatin1(code));
              decision.kind = kind;
              decision.reason = QString::fromUtf8(reason);
              decision.owner = QString::fromUtf8(owner);
              decision.dueOn = due;
              decision.budget = std::move(budget);
              return log.recordSessionDecision(decision);
          };
    const DecisionId legalReview = decide(first, "LEG", DecisionKind::ReEvaluate,
                                          "Extension au contentieux : réévaluer valeur et coûts avant "
                                          "d'engager le trimestre suivant.",
                                          "Sophie Martin", lastWeek.addWeeks(-3).monday());
    log.setDone(legalReview, lastWeek.addWeeks(-3).monday());
    decide(first, "MED", DecisionKind::Approve, "Passage en production sur le cloud HDS après la recette.",
           "Élodie Roux", lastWeek.addWeeks(3).monday());
    // The legal project's next quarter grows by a fifth for the litigation team.
    const FiscalCalendar calendar = DatabaseSettings(database).calendar();
    const QDate nextQuarter = calendar.quarter(lastDay).last.addDays(1);
    Budget extended;
    extended.projectId = projects.value(QStringLiteral("LEG"));
    extended.periodKind = BudgetPeriodKind::Quarter;
    extended.periodStart = nextQuarter;
    extended.amount = Money(0, QStringLiteral("EUR"));
    for (const Budget &budget : BudgetRepository(database).list())
        if (budget.projectId == extended.projectId && !budget.category
            && budget.periodKind == BudgetPeriodKind::Quarter
            && budget.periodStart == calendar.quarter(lastDay).first)
            extended.amount = Money(budget.amount.minorUnits() / 100 * 120, budget.amount.currency());
    if (extended.amount.minorUnits() > 0) {
        const DecisionId extension
            = decide(second, "LEG", DecisionKind::ExtendBudget,
                     "Extension au contentieux validée : budget du trimestre suivant relevé de 20 %.",
                     "Hélène Fournier", lastWeek.addWeeks(-1).monday(), extended);
        log.setDone(extension, lastWeek.addWeeks(-2).monday().addDays(2));
    }
    decide(second, "SAL", DecisionKind::ReEvaluate,
           "Fin du pilote sur deux régions : compléter l'évaluation (données, coût, maturité).",
           "Julie Chevalier", lastWeek.addWeeks(1).monday());
    decide(third, "SUP", DecisionKind::Approve,
           "Maintien malgré le dépassement : plan de réduction du coût par ticket à présenter.",
           "Camille Lefèvre", lastWeek.addWeeks(1).monday());
}

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
    // The committee meets every other Monday: it evaluated the portfolio five weeks before the last
    // week, and re-evaluated the support assistant last week. Weeks by the calendar's ISO week, not
    // by counting days.
    const IsoWeek lastWeek = IsoWeek::fromDate(lastDay);
    const QDate evaluatedOn = lastWeek.addWeeks(-5).monday();
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
                      lastWeek.addWeeks(-3).monday());
    writeDemoFollowUp(database, projects, lastDay);
}

} // namespace costboard
