// SPDX-License-Identifier: GPL-3.0-or-later
// The committee's evaluation and routing: weighted scores and ranks, versioned scores, the
// routing rules at their edges, and routing decisions with their undo, on a real SQLite file.

#include <QTest>

#include "errors.h"
#include "governance/criteria.h"
#include "governance/decisions.h"
#include "governance/evaluation.h"
#include "governance/routing.h"
#include "storage/auditlog.h"
#include "storage/budgetrepository.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;

namespace {

const QDate today(2026, 11, 30);

Criterion criterion(CriterionId id, int weight, CriterionSense sense = CriterionSense::Benefit)
{
    Criterion result;
    result.id = id;
    result.name = QStringLiteral("c%1").arg(id);
    result.weight = weight;
    result.sense = sense;
    return result;
}

Project project(const QString &code)
{
    Project result;
    result.code = code;
    result.name = QStringLiteral("Project ") + code;
    result.status = ProjectStatus::Active;
    return result;
}

// The shipped criteria by key.
CriterionId shippedCriterion(Database &database, const QString &key)
{
    for (const Criterion &held : CriteriaRepository(database).list()) {
        if (held.key == key)
            return held.id;
    }
    return 0;
}

} // namespace

class TestGovernance : public QObject
{
    Q_OBJECT

private slots:
    void weightedScore_data();
    void weightedScore();
    void ranksShareTies();
    void shippedCriteria();
    void reEvaluationKeepsEarlierScores();
    void badScoreWritesNothing();
    void schemaRefusesOutOfRangeScore();
    void criteriaLeftOutAreArchived();
    void criteriaRefused();
    void routingEdges_data();
    void routingEdges();
    void firstMatchingRuleWins();
    void routingReviewReadsYearBudgetAndScores();
    void routingRulesRefused();
    void routingDecisionAndUndo();
    void decisionNeedsReason();
    void decisionSearch();
};

void TestGovernance::weightedScore_data()
{
    QTest::addColumn<QList<Criterion>>("criteria");
    QTest::addColumn<QList<int>>("scores"); // by criterion in order; -1 not scored
    QTest::addColumn<int>("rounded");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<bool>("complete");

    const QList<Criterion> threeBenefits { criterion(1, 50), criterion(2, 30), criterion(3, 20) };
    // (50×5 + 30×3 + 20×0) × 100 / (100 × 5) = 34000 / 500 = 68
    QTest::newRow("weights") << threeBenefits << QList<int> { 5, 3, 0 } << 68 << qint64(34000) << qint64(500)
                             << true;
    QTest::newRow("all best") << threeBenefits << QList<int> { 5, 5, 5 } << 100 << qint64(50000)
                              << qint64(500) << true;
    // Unscored criteria count for nothing: (50×4) × 100 / (50 × 5) = 80, incomplete.
    QTest::newRow("partly scored") << threeBenefits << QList<int> { 4, -1, -1 } << 80 << qint64(20000)
                                   << qint64(250) << false;
    // A burden is reversed: risk 4 of 5 counts 1. (60×5 + 40×1) × 100 / (100×5) = 68.
    QTest::newRow("burden") << QList<Criterion> { criterion(1, 60), criterion(2, 40, CriterionSense::Burden) }
                            << QList<int> { 5, 4 } << 68 << qint64(34000) << qint64(500) << true;
    // Weight 0 and archived criteria are not active.
    Criterion archived = criterion(3, 90);
    archived.archived = true;
    QTest::newRow("inactive") << QList<Criterion> { criterion(1, 10), criterion(2, 0), archived }
                              << QList<int> { 3, 5, 5 } << 60 << qint64(3000) << qint64(50) << true;
    // 1×1 + 2×2 over 3×5: 500/15 = 33.33 → 33; 2/3 rounds half up to 67 below.
    QTest::newRow("rounds down") << QList<Criterion> { criterion(1, 1), criterion(2, 2) }
                                 << QList<int> { 1, 2 } << 33 << qint64(500) << qint64(15) << true;
    QTest::newRow("rounds half up") << QList<Criterion> { criterion(1, 1), criterion(2, 1) }
                                    << QList<int> { 2, 3 } << 50 << qint64(500) << qint64(10) << true;
    QTest::newRow("none scored") << threeBenefits << QList<int> { -1, -1, -1 } << 0 << qint64(0) << qint64(0)
                                 << false;
}

void TestGovernance::weightedScore()
{
    QFETCH(QList<Criterion>, criteria);
    QFETCH(QList<int>, scores);
    QHash<CriterionId, int> byId;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        if (scores.at(i) >= 0)
            byId.insert(criteria.at(i).id, scores.at(i));
    }
    const WeightedScore score = costboard::weightedScore(criteria, byId);
    QTEST(score.rounded(), "rounded");
    QTEST(qint64(score.numerator), "numerator");
    QTEST(qint64(score.denominator), "denominator");
    QTEST(score.isComplete(), "complete");
}

void TestGovernance::ranksShareTies()
{
    auto database = test::openTestDatabase();
    ProjectRepository projects(*database);
    const ProjectId a = projects.create(project(QStringLiteral("A")));
    const ProjectId b = projects.create(project(QStringLiteral("B")));
    const ProjectId c = projects.create(project(QStringLiteral("C")));
    const ProjectId d = projects.create(project(QStringLiteral("D")));
    CriteriaRepository criteria(*database);
    const CriterionId value = shippedCriterion(*database, QStringLiteral("strategic_value"));
    const CriterionId risk = shippedCriterion(*database, QStringLiteral("risk"));
    QVERIFY(value != 0 && risk != 0);
    const auto evaluate = [&](ProjectId id, int valueScore, int riskScore) {
        criteria.recordEvaluation(id,
                                  { CriterionScore { 0, id, value, valueScore, {}, today, {}, {} },
                                    CriterionScore { 0, id, risk, riskScore, {}, today, {}, {} } });
    };
    // Shipped weights: strategic value 25, risk 15 (a burden).
    evaluate(a, 4, 2); // (25×4 + 15×3)×100 / (40×5) = 14500/200 = 72.5
    evaluate(b, 5, 5); // (125 + 0)×100 / 200 = 62.5
    evaluate(c, 4, 2); // as A: tied
    const PortfolioEvaluation evaluation = PortfolioEvaluation::compute(*database, today);
    QCOMPARE(evaluation.projects.size(), 4);
    QStringList order;
    QList<int> ranks;
    for (const EvaluatedProject &entry : evaluation.projects) {
        order << entry.project.code;
        ranks << entry.rank;
    }
    QCOMPARE(
        order,
        (QStringList { QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("D") }));
    QCOMPARE(ranks, (QList<int> { 1, 1, 3, 0 }));
    QCOMPARE(evaluation.projectOf(a)->score.rounded(), 73);
    QCOMPARE(evaluation.projectOf(b)->score.rounded(), 63);
    QVERIFY(!evaluation.projectOf(a)->score.isComplete());
    QVERIFY(!evaluation.projectOf(d)->score.isScored());
    QCOMPARE(evaluation.projectOf(a)->evaluatedOn, today);
}

void TestGovernance::shippedCriteria()
{
    auto database = test::openTestDatabase();
    const QList<Criterion> criteria = CriteriaRepository(*database).list();
    QStringList keys;
    int total = 0;
    for (const Criterion &held : criteria) {
        keys << held.key + u':' + toKey(held.sense);
        total += held.weight;
    }
    QCOMPARE(
        keys,
        (QStringList { QStringLiteral("strategic_value:benefit"), QStringLiteral("expected_benefit:benefit"),
                       QStringLiteral("risk:burden"), QStringLiteral("data_sensitivity:burden"),
                       QStringLiteral("cost:burden"), QStringLiteral("readiness:benefit") }));
    QCOMPARE(total, 100);
}

void TestGovernance::reEvaluationKeepsEarlierScores()
{
    auto database = test::openTestDatabase();
    const ProjectId id = ProjectRepository(*database).create(project(QStringLiteral("SUP")));
    CriteriaRepository criteria(*database);
    const CriterionId value = shippedCriterion(*database, QStringLiteral("strategic_value"));
    criteria.recordEvaluation(
        id, { CriterionScore { 0, id, value, 2, QStringLiteral("pilot only"), QDate(2026, 9, 1), {}, {} } });
    const QList<std::int64_t> second = criteria.recordEvaluation(
        id, { CriterionScore { 0, id, value, 4, QStringLiteral("rolled out"), QDate(2026, 11, 2), {}, {} } });
    QCOMPARE(criteria.latestScores().value(id).value(value).score, 4);
    const QList<CriterionScore> history = criteria.history(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).score, 4);
    QCOMPARE(history.at(1).score, 2);
    QCOMPARE(history.at(1).note, QStringLiteral("pilot only"));
    // A score entered later for an earlier day does not replace the latest.
    criteria.recordEvaluation(id, { CriterionScore { 0, id, value, 1, {}, QDate(2026, 10, 1), {}, {} } });
    QCOMPARE(criteria.latestScores().value(id).value(value).score, 4);
    // Undo of the re-evaluation: the earlier scores count again.
    criteria.removeScores(second);
    QCOMPARE(criteria.latestScores().value(id).value(value).score, 1);
    QCOMPARE(AuditLog(*database).entriesFor(QStringLiteral("evaluation"), QString::number(id)).size(), 4);
}

void TestGovernance::badScoreWritesNothing()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("scores.sqlite"));
    ProjectId id = 0;
    CriterionId value = 0;
    CriterionId risk = 0;
    {
        auto database = Database::openSqlite(path);
        id = ProjectRepository(*database).create(project(QStringLiteral("SUP")));
        value = shippedCriterion(*database, QStringLiteral("strategic_value"));
        risk = shippedCriterion(*database, QStringLiteral("risk"));
    }
    const QByteArray before = test::fileHash(path);
    {
        auto database = Database::openSqlite(path);
        try {
            // The first score is good, the second is not: neither is written.
            CriteriaRepository(*database).recordEvaluation(
                id,
                { CriterionScore { 0, id, value, 3, {}, today, {}, {} },
                  CriterionScore { 0, id, risk, 6, {}, today, {}, {} } });
            QFAIL("a score of 6 was accepted");
        } catch (const ValidationError &error) {
            QCOMPARE(error.code(), ErrorCode::ValueOutOfRange);
            QCOMPARE(error.field(), QStringLiteral("risk"));
        }
        QVERIFY(CriteriaRepository(*database).latestScores().isEmpty());
    }
    QCOMPARE(test::fileHash(path), before);
}

void TestGovernance::schemaRefusesOutOfRangeScore()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("schema.sqlite"));
    {
        auto database = Database::openSqlite(path);
        ProjectRepository(*database).create(project(QStringLiteral("SUP")));
    }
    // Another tool writing past the application: the schema refuses it.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("criterion_scores\\.score")));
    QVERIFY(!test::rawExec(path,
                           { QStringLiteral("INSERT INTO criterion_scores (project_id, criterion_id, score,"
                                            " scored_on, recorded_at, actor) VALUES (1, 1, 9, '2026-11-30',"
                                            " '2026-11-30T10:00:00Z', 'x')") }));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("projects\\.data_sensitivity")));
    QVERIFY(!test::rawExec(path, { QStringLiteral("UPDATE projects SET data_sensitivity = 'secret'") }));
}

void TestGovernance::criteriaLeftOutAreArchived()
{
    auto database = test::openTestDatabase();
    const ProjectId id = ProjectRepository(*database).create(project(QStringLiteral("SUP")));
    CriteriaRepository criteria(*database);
    QList<Criterion> list = criteria.list();
    const CriterionId risk = shippedCriterion(*database, QStringLiteral("risk"));
    criteria.recordEvaluation(id, { CriterionScore { 0, id, risk, 2, {}, today, {}, {} } });

    // Risk taken off, a criterion of the committee's added first, readiness renamed.
    list.removeIf([risk](const Criterion &held) { return held.id == risk; });
    Criterion own;
    own.name = QStringLiteral("Adoption by staff");
    own.weight = 20;
    list.prepend(own);
    list.last().name = QStringLiteral("Maturity");
    const QList<Criterion> before = criteria.replaceAll(list);
    QCOMPARE(before.size(), 6);

    const QList<Criterion> active = criteria.list();
    QCOMPARE(active.size(), 6);
    QCOMPARE(active.first().name, QStringLiteral("Adoption by staff"));
    QCOMPARE(active.last().name, QStringLiteral("Maturity"));
    QCOMPARE(active.last().key, QStringLiteral("readiness"));
    const QList<Criterion> all = criteria.list(true);
    QCOMPARE(all.size(), 7);
    QVERIFY(all.last().archived);
    QCOMPARE(all.last().id, risk);
    // The score on the archived criterion stays in the history, and counts no more.
    QCOMPARE(criteria.history(id).size(), 1);
    QVERIFY(!PortfolioEvaluation::compute(*database, today).projectOf(id)->score.isScored());
    // Scoring on it is refused.
    QVERIFY_THROWS_EXCEPTION(
        ValidationError,
        criteria.recordEvaluation(id, { CriterionScore { 0, id, risk, 2, {}, today, {}, {} } }));
    // Putting it back restores it.
    QList<Criterion> restored = criteria.list();
    Criterion back = all.last();
    restored << back;
    criteria.replaceAll(restored);
    QCOMPARE(criteria.list().size(), 7);
}

void TestGovernance::criteriaRefused()
{
    auto database = test::openTestDatabase();
    CriteriaRepository criteria(*database);
    const QList<Criterion> shipped = criteria.list();

    QList<Criterion> heavy = shipped;
    heavy.first().weight = Criterion::MaxWeight + 1;
    QVERIFY_THROWS_EXCEPTION(ValidationError, criteria.replaceAll(heavy));

    QList<Criterion> twice = shipped;
    Criterion own;
    own.name = QStringLiteral("Fit");
    own.weight = 5;
    twice << own << own;
    try {
        criteria.replaceAll(twice);
        QFAIL("two criteria named alike were accepted");
    } catch (const ValidationError &error) {
        QCOMPARE(error.code(), ErrorCode::CriterionNameTaken);
    }

    QList<Criterion> weightless = shipped;
    for (Criterion &held : weightless)
        held.weight = 0;
    try {
        criteria.replaceAll(weightless);
        QFAIL("weights adding up to zero were accepted");
    } catch (const ValidationError &error) {
        QCOMPARE(error.code(), ErrorCode::CriteriaWeightsZero);
    }
    QCOMPARE(criteria.list(), shipped);
}

void TestGovernance::routingEdges_data()
{
    QTest::addColumn<RoutingRule>("rule");
    QTest::addColumn<Project>("facts");
    QTest::addColumn<std::optional<std::int64_t>>("budget");
    QTest::addColumn<int>("riskScore"); // -1: not scored
    QTest::addColumn<bool>("matches");

    RoutingRule large;
    large.budgetAtLeast = 50'000'000; // €500,000.00
    const Project plain = project(QStringLiteral("P"));
    QTest::newRow("budget at the threshold")
        << large << plain << std::optional<std::int64_t>(50'000'000) << -1 << true;
    QTest::newRow("budget a cent below")
        << large << plain << std::optional<std::int64_t>(49'999'999) << -1 << false;
    QTest::newRow("no budget") << large << plain << std::optional<std::int64_t>() << -1 << false;

    RoutingRule small;
    small.budgetBelow = 10'000'000;
    small.customerFacing = false;
    QTest::newRow("below: at the threshold")
        << small << plain << std::optional<std::int64_t>(10'000'000) << -1 << false;
    QTest::newRow("below: a cent under")
        << small << plain << std::optional<std::int64_t>(9'999'999) << -1 << true;
    QTest::newRow("below: zero budget") << small << plain << std::optional<std::int64_t>(0) << -1 << true;
    QTest::newRow("below: unknown budget") << small << plain << std::optional<std::int64_t>() << -1 << false;
    Project customer = plain;
    customer.customerFacing = true;
    QTest::newRow("below but customer-facing")
        << small << customer << std::optional<std::int64_t>(100) << -1 << false;

    RoutingRule sensitive;
    sensitive.sensitivityAtLeast = DataSensitivity::Personal;
    Project confidential = plain;
    confidential.dataSensitivity = DataSensitivity::Confidential;
    Project personal = plain;
    personal.dataSensitivity = DataSensitivity::Personal;
    Project health = plain;
    health.dataSensitivity = DataSensitivity::Health;
    QTest::newRow("confidential is not personal")
        << sensitive << confidential << std::optional<std::int64_t>() << -1 << false;
    QTest::newRow("personal data") << sensitive << personal << std::optional<std::int64_t>() << -1 << true;
    QTest::newRow("health data") << sensitive << health << std::optional<std::int64_t>() << -1 << true;

    RoutingRule infrastructure;
    infrastructure.infrastructureOnly = true;
    infrastructure.level = DecisionLevel::Cio;
    Project platform = plain;
    platform.infrastructureOnly = true;
    QTest::newRow("infrastructure") << infrastructure << platform << std::optional<std::int64_t>() << -1
                                    << true;
    QTest::newRow("a use case") << infrastructure << plain << std::optional<std::int64_t>() << -1 << false;

    RoutingRule risky;
    risky.criterion = 3;
    risky.criterionAtLeast = 4;
    QTest::newRow("risk 4 of 4") << risky << plain << std::optional<std::int64_t>() << 4 << true;
    QTest::newRow("risk 3 of 4") << risky << plain << std::optional<std::int64_t>() << 3 << false;
    QTest::newRow("risk not scored") << risky << plain << std::optional<std::int64_t>() << -1 << false;

    RoutingRule disabled = large;
    disabled.enabled = false;
    QTest::newRow("disabled") << disabled << plain << std::optional<std::int64_t>(90'000'000) << -1 << false;
    QTest::newRow("no condition") << RoutingRule {} << plain << std::optional<std::int64_t>(1) << -1 << false;
}

void TestGovernance::routingEdges()
{
    QFETCH(RoutingRule, rule);
    QFETCH(Project, facts);
    QFETCH(std::optional<std::int64_t>, budget);
    QFETCH(int, riskScore);
    RoutingFacts routing { facts, budget, {} };
    if (riskScore >= 0)
        routing.scores.insert(3, riskScore);
    QTEST(routingRuleMatches(rule, routing), "matches");
}

void TestGovernance::firstMatchingRuleWins()
{
    RoutingRule large;
    large.budgetAtLeast = 50'000'000;
    large.level = DecisionLevel::Committee;
    RoutingRule infrastructure;
    infrastructure.infrastructureOnly = true;
    infrastructure.level = DecisionLevel::Cio;
    RoutingRule small;
    small.budgetBelow = 10'000'000;
    small.level = DecisionLevel::Cfo;
    const QList<RoutingRule> rules { large, infrastructure, small };

    Project platform = project(QStringLiteral("P"));
    platform.infrastructureOnly = true;
    QCOMPARE(proposeDecisionLevel(rules, RoutingFacts { platform, 60'000'000, {} }),
             (RoutingProposal { DecisionLevel::Committee, 0 }));
    QCOMPARE(proposeDecisionLevel(rules, RoutingFacts { platform, 5'000'000, {} }),
             (RoutingProposal { DecisionLevel::Cio, 1 }));
    QCOMPARE(proposeDecisionLevel(rules, RoutingFacts { project(QStringLiteral("Q")), 5'000'000, {} }),
             (RoutingProposal { DecisionLevel::Cfo, 2 }));
    // No rule matches: the committee keeps it.
    QCOMPARE(proposeDecisionLevel(rules, RoutingFacts { project(QStringLiteral("Q")), 20'000'000, {} }),
             (RoutingProposal { DecisionLevel::Committee, -1 }));
    // Without an enabled rule there is nothing to propose.
    QVERIFY(!proposeDecisionLevel({}, RoutingFacts { platform, 1, {} }));
    RoutingRule off = small;
    off.enabled = false;
    QVERIFY(!proposeDecisionLevel({ off }, RoutingFacts { platform, 1, {} }));
}

void TestGovernance::routingReviewReadsYearBudgetAndScores()
{
    auto database = test::openTestDatabase();
    ProjectRepository projects(*database);
    const ProjectId big = projects.create(project(QStringLiteral("BIG")));
    const ProjectId small = projects.create(project(QStringLiteral("SML")));
    const ProjectId risky = projects.create(project(QStringLiteral("RSK")));
    BudgetRepository budgets(*database);
    // Four quarters of €150,000: €600,000 for fiscal 2026.
    for (int month : { 1, 4, 7, 10 }) {
        Budget budget;
        budget.projectId = big;
        budget.periodKind = BudgetPeriodKind::Quarter;
        budget.periodStart = QDate(2026, month, 1);
        budget.amount = Money(15'000'000, QStringLiteral("EUR"));
        budgets.set(budget);
    }
    Budget smallYear;
    smallYear.projectId = small;
    smallYear.periodKind = BudgetPeriodKind::Year;
    smallYear.periodStart = QDate(2026, 1, 1);
    smallYear.amount = Money(8'000'000, QStringLiteral("EUR"));
    budgets.set(smallYear);
    // Next year's budget does not count this year.
    Budget nextYear = smallYear;
    nextYear.periodStart = QDate(2027, 1, 1);
    nextYear.amount = Money(90'000'000, QStringLiteral("EUR"));
    budgets.set(nextYear);
    const CriterionId risk = shippedCriterion(*database, QStringLiteral("risk"));
    CriteriaRepository(*database).recordEvaluation(
        risky, { CriterionScore { 0, risky, risk, 5, {}, today, {}, {} } });

    RoutingRule large;
    large.budgetAtLeast = 50'000'000;
    RoutingRule highRisk;
    highRisk.criterion = risk;
    highRisk.criterionAtLeast = 4;
    RoutingRule cheap;
    cheap.budgetBelow = 10'000'000;
    cheap.level = DecisionLevel::Cfo;
    RoutingRuleRepository(*database).replaceAll({ large, highRisk, cheap });

    const RoutingReview review = RoutingReview::compute(*database, today);
    QCOMPARE(review.currency, QStringLiteral("EUR"));
    QCOMPARE(review.rows.size(), 3);
    QCOMPARE(review.rowOf(big)->yearBudget, std::optional<std::int64_t>(60'000'000));
    QCOMPARE(review.rowOf(big)->proposal, (RoutingProposal { DecisionLevel::Committee, 0 }));
    QVERIFY(!review.rowOf(big)->differs());
    QCOMPARE(review.rowOf(small)->yearBudget, std::optional<std::int64_t>(8'000'000));
    QCOMPARE(review.rowOf(small)->proposal, (RoutingProposal { DecisionLevel::Cfo, 2 }));
    QVERIFY(review.rowOf(small)->differs());
    QVERIFY(review.rowOf(small)->needsDecision());

    // The committee keeps the small project against the CFO proposal: settled, not to decide again.
    DecisionLog(*database).recordRouting(small, DecisionLevel::Cfo, DecisionLevel::Committee,
                                         QStringLiteral("Board asked"), today);
    const RoutingReview settled = RoutingReview::compute(*database, today);
    QVERIFY(settled.rowOf(small)->differs());
    QVERIFY(settled.rowOf(small)->isSettled());
    QVERIFY(!settled.rowOf(small)->needsDecision());
    // Once the rules propose something else, the committee has a new proposal to answer.
    RoutingRule cio = cheap;
    cio.level = DecisionLevel::Cio;
    RoutingRuleRepository(*database).replaceAll({ large, highRisk, cio });
    QVERIFY(RoutingReview::compute(*database, today).rowOf(small)->needsDecision());
    RoutingRuleRepository(*database).replaceAll({ large, highRisk, cheap });
    QCOMPARE(review.rowOf(risky)->proposal, (RoutingProposal { DecisionLevel::Committee, 1 }));
    // In January 2027 the small project's budget is next year's €900,000: the large-budget rule.
    const RoutingReview next = RoutingReview::compute(*database, QDate(2027, 1, 4));
    QCOMPARE(next.rowOf(small)->yearBudget, std::optional<std::int64_t>(90'000'000));
    QCOMPARE(next.rowOf(small)->proposal, (RoutingProposal { DecisionLevel::Committee, 0 }));
    // The big project has no budget in 2027: no budget rule matches it, and nothing else does.
    QCOMPARE(next.rowOf(big)->proposal, (RoutingProposal { DecisionLevel::Committee, -1 }));
}

void TestGovernance::routingRulesRefused()
{
    auto database = test::openTestDatabase();
    RoutingRuleRepository rules(*database);
    RoutingRule good;
    good.budgetAtLeast = 100;
    rules.replaceAll({ good });
    const auto refused = [&](const RoutingRule &rule, ErrorCode code) {
        try {
            rules.replaceAll({ good, rule });
            return false;
        } catch (const ValidationError &error) {
            return error.code() == code && error.field() == QStringLiteral("rule 2");
        }
    };
    QVERIFY(refused(RoutingRule {}, ErrorCode::RoutingRuleWithoutCondition));
    RoutingRule reversed;
    reversed.budgetAtLeast = 500;
    reversed.budgetBelow = 500;
    QVERIFY(refused(reversed, ErrorCode::RoutingBudgetsReversed));
    RoutingRule negative;
    negative.budgetBelow = -1;
    QVERIFY(refused(negative, ErrorCode::ValueOutOfRange));
    RoutingRule unknown;
    unknown.criterion = 999;
    QVERIFY(refused(unknown, ErrorCode::CriterionNotFound));
    RoutingRule tooHigh;
    tooHigh.criterion = 1;
    tooHigh.criterionAtLeast = 6;
    QVERIFY(refused(tooHigh, ErrorCode::ValueOutOfRange));
    QCOMPARE(rules.list().size(), 1);
    QCOMPARE(*rules.list().first().budgetAtLeast, 100);
}

void TestGovernance::routingDecisionAndUndo()
{
    auto database = test::openTestDatabase();
    Project platform = project(QStringLiteral("PLT"));
    platform.decisionLevel = DecisionLevel::Committee;
    const ProjectId id = ProjectRepository(*database).create(platform);
    DecisionLog log(*database);
    const qsizetype auditBefore = AuditLog(*database).latest(1000).size();

    const DecisionId accepted = log.recordRouting(id, DecisionLevel::Cio, DecisionLevel::Cio,
                                                  QStringLiteral("Infrastructure only"), today);
    QCOMPARE(ProjectRepository(*database).find(id)->decisionLevel, DecisionLevel::Cio);
    const std::optional<Decision> entry = log.find(accepted);
    QVERIFY(entry);
    QCOMPARE(entry->kind, DecisionKind::RoutingAccepted);
    QCOMPARE(entry->levelBefore, std::optional<DecisionLevel>(DecisionLevel::Committee));
    QCOMPARE(entry->levelAfter, std::optional<DecisionLevel>(DecisionLevel::Cio));
    QCOMPARE(entry->reason, QStringLiteral("Infrastructure only"));
    QCOMPARE(entry->decidedOn, today);
    // The project's change and the decision: two audit entries.
    QCOMPARE(AuditLog(*database).latest(1000).size(), auditBefore + 2);

    // Keeping the committee against a CFO proposal is an override.
    const DecisionId overridden
        = log.recordRouting(id, DecisionLevel::Cfo, DecisionLevel::Committee,
                            QStringLiteral("Board asked to follow it"), today.addDays(7));
    QCOMPARE(log.find(overridden)->kind, DecisionKind::RoutingOverridden);
    QCOMPARE(ProjectRepository(*database).find(id)->decisionLevel, DecisionLevel::Committee);
    QCOMPARE(log.list().size(), 2);
    QCOMPARE(log.list().first().id, overridden);

    log.undoRouting(overridden);
    QCOMPARE(ProjectRepository(*database).find(id)->decisionLevel, DecisionLevel::Cio);
    log.undoRouting(accepted);
    QCOMPARE(ProjectRepository(*database).find(id)->decisionLevel, DecisionLevel::Committee);
    QVERIFY(log.list().isEmpty());
    try {
        log.undoRouting(accepted);
        QFAIL("a decision was taken back twice");
    } catch (const ValidationError &error) {
        QCOMPARE(error.code(), ErrorCode::DecisionNotFound);
    }
}

void TestGovernance::decisionNeedsReason()
{
    auto database = test::openTestDatabase();
    const ProjectId id = ProjectRepository(*database).create(project(QStringLiteral("P")));
    try {
        DecisionLog(*database).recordRouting(id, DecisionLevel::Cfo, DecisionLevel::Cfo, QStringLiteral("  "),
                                             today);
        QFAIL("a decision without a reason was accepted");
    } catch (const ValidationError &error) {
        QCOMPARE(error.code(), ErrorCode::TextEmpty);
        QCOMPARE(error.field(), QStringLiteral("reason"));
    }
    QCOMPARE(ProjectRepository(*database).find(id)->decisionLevel, DecisionLevel::Committee);
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             DecisionLog(*database).recordRouting(999, DecisionLevel::Cfo, DecisionLevel::Cfo,
                                                                  QStringLiteral("why"), today));
    QVERIFY(DecisionLog(*database).list().isEmpty());
}

void TestGovernance::decisionSearch()
{
    auto database = test::openTestDatabase();
    ProjectRepository projects(*database);
    const ProjectId support = projects.create(project(QStringLiteral("SUP")));
    const ProjectId legal = projects.create(project(QStringLiteral("LEX")));
    DecisionLog log(*database);
    log.recordRouting(support, DecisionLevel::Cio, DecisionLevel::Cio, QStringLiteral("Hébergement privé"),
                      today);
    log.recordRouting(legal, DecisionLevel::Cfo, DecisionLevel::Committee, QStringLiteral("Données de santé"),
                      today);
    QCOMPARE(log.list({ support, {}, {}, {} }).size(), 1);
    QCOMPARE(log.list({ std::nullopt, QStringLiteral("DONNÉES"), {}, {} }).size(), 1);
    QCOMPARE(log.list({ std::nullopt, QStringLiteral("lex"), {}, {} }).first().projectId,
             std::optional<ProjectId>(legal));
    QCOMPARE(log.list({ support, QStringLiteral("santé"), {}, {} }).size(), 0);
}

QTEST_GUILESS_MAIN(TestGovernance)
#include "tst_governance.moc"
