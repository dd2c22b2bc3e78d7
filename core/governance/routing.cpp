// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/routing.h"

#include <spdlog/spdlog.h>

#include "analytics/budgetrule.h"
#include "errors.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"

namespace costboard {
namespace {

QVariant optionalInteger(const std::optional<std::int64_t> &value)
{
    return value ? QVariant(qlonglong(*value)) : sql::nullInt64();
}

QVariant optionalFlag(const std::optional<bool> &value)
{
    return value ? QVariant(*value ? 1 : 0) : sql::nullInt64();
}

std::optional<std::int64_t> readOptionalInteger(const SqlStatement &query, int column)
{
    return query.value(column).isNull() ? std::nullopt : std::optional<std::int64_t>(query.int64(column));
}

// A rule as the audit log reads it: its conditions by their keys, then the level.
QString auditText(const RoutingRule &rule)
{
    QStringList conditions;
    if (rule.budgetAtLeast)
        conditions << QStringLiteral("budget>=%1").arg(*rule.budgetAtLeast);
    if (rule.budgetBelow)
        conditions << QStringLiteral("budget<%1").arg(*rule.budgetBelow);
    if (rule.sensitivityAtLeast)
        conditions << QStringLiteral("data>=%1").arg(toKey(*rule.sensitivityAtLeast));
    if (rule.customerFacing)
        conditions << (*rule.customerFacing ? QStringLiteral("customer-facing") : QStringLiteral("internal"));
    if (rule.infrastructureOnly)
        conditions << (*rule.infrastructureOnly ? QStringLiteral("infrastructure")
                                                : QStringLiteral("use case"));
    if (rule.criterion)
        conditions << QStringLiteral("criterion %1>=%2").arg(*rule.criterion).arg(rule.criterionAtLeast);
    return conditions.join(u'&') + QStringLiteral("->") + toKey(rule.level)
        + (rule.enabled ? QString() : QStringLiteral(" (off)"));
}

} // namespace

bool routingRuleMatches(const RoutingRule &rule, const RoutingFacts &facts)
{
    if (!rule.enabled || !rule.hasCondition())
        return false;
    if ((rule.budgetAtLeast || rule.budgetBelow) && !facts.yearBudget)
        return false;
    if (rule.budgetAtLeast && *facts.yearBudget < *rule.budgetAtLeast)
        return false;
    if (rule.budgetBelow && *facts.yearBudget >= *rule.budgetBelow)
        return false;
    if (rule.sensitivityAtLeast && facts.project.dataSensitivity < *rule.sensitivityAtLeast)
        return false;
    if (rule.customerFacing && facts.project.customerFacing != *rule.customerFacing)
        return false;
    if (rule.infrastructureOnly && facts.project.infrastructureOnly != *rule.infrastructureOnly)
        return false;
    if (rule.criterion) {
        const auto score = facts.scores.constFind(*rule.criterion);
        if (score == facts.scores.constEnd() || *score < rule.criterionAtLeast)
            return false;
    }
    return true;
}

std::optional<RoutingProposal> proposeDecisionLevel(const QList<RoutingRule> &rules,
                                                    const RoutingFacts &facts)
{
    const bool anyEnabled = std::any_of(rules.cbegin(), rules.cend(), [](const RoutingRule &rule) {
        return rule.enabled && rule.hasCondition();
    });
    if (!anyEnabled)
        return std::nullopt;
    for (int index = 0; index < rules.size(); ++index) {
        if (routingRuleMatches(rules.at(index), facts))
            return RoutingProposal { rules.at(index).level, index };
    }
    return RoutingProposal { DecisionLevel::Committee, -1 };
}

RoutingRuleRepository::RoutingRuleRepository(Database &database)
    : m_database(database)
{ }

QList<RoutingRule> RoutingRuleRepository::list() const
{
    SqlStatement query(
        m_database,
        QStringLiteral("SELECT id, level, budget_at_least, budget_below, sensitivity_at_least,"
                       " customer_facing, infrastructure_only, criterion_id, criterion_at_least,"
                       " enabled FROM routing_rules ORDER BY position, id"));
    query.exec();
    QList<RoutingRule> rules;
    while (query.next()) {
        RoutingRule rule;
        rule.id = query.int64(0);
        rule.level = decisionLevelFromKey(query.text(1)).value_or(DecisionLevel::Committee);
        rule.budgetAtLeast = readOptionalInteger(query, 2);
        rule.budgetBelow = readOptionalInteger(query, 3);
        if (!query.value(4).isNull())
            rule.sensitivityAtLeast = dataSensitivityFromKey(query.text(4));
        if (!query.value(5).isNull())
            rule.customerFacing = query.int64(5) != 0;
        if (!query.value(6).isNull())
            rule.infrastructureOnly = query.int64(6) != 0;
        rule.criterion = readOptionalInteger(query, 7);
        rule.criterionAtLeast = int(readOptionalInteger(query, 8).value_or(0));
        rule.enabled = query.int64(9) != 0;
        rules << rule;
    }
    return rules;
}

QList<RoutingRule> RoutingRuleRepository::replaceAll(const QList<RoutingRule> &rules)
{
    Transaction transaction(m_database);
    QList<RoutingRule> before = list();
    const QList<Criterion> criteria = CriteriaRepository(m_database).list(true);
    for (int index = 0; index < rules.size(); ++index) {
        const RoutingRule &rule = rules.at(index);
        const QString field = QStringLiteral("rule %1").arg(index + 1);
        if (!rule.hasCondition())
            throw ValidationError(field, ErrorCode::RoutingRuleWithoutCondition);
        for (const std::optional<std::int64_t> &budget : { rule.budgetAtLeast, rule.budgetBelow }) {
            if (budget && (*budget < 0 || *budget > Money::MaxInputMinorUnits))
                throw ValidationError(field, ErrorCode::ValueOutOfRange,
                                      { QString::number(0), QString::number(Money::MaxInputMinorUnits) });
        }
        if (rule.budgetAtLeast && rule.budgetBelow && *rule.budgetBelow <= *rule.budgetAtLeast)
            throw ValidationError(field, ErrorCode::RoutingBudgetsReversed);
        if (rule.criterion) {
            const bool known = std::any_of(criteria.cbegin(), criteria.cend(),
                                           [&](const Criterion &held) { return held.id == *rule.criterion; });
            if (!known)
                throw ValidationError(field, ErrorCode::CriterionNotFound,
                                      { QString::number(*rule.criterion) });
            if (rule.criterionAtLeast < CriterionScore::MinScore
                || rule.criterionAtLeast > CriterionScore::MaxScore)
                throw ValidationError(
                    field, ErrorCode::ValueOutOfRange,
                    { QString::number(CriterionScore::MinScore), QString::number(CriterionScore::MaxScore) });
        }
    }

    execSql(m_database, QStringLiteral("DELETE FROM routing_rules"));
    SqlStatement insert(
        m_database,
        QStringLiteral("INSERT INTO routing_rules (position, level, budget_at_least, budget_below,"
                       " sensitivity_at_least, customer_facing, infrastructure_only, criterion_id,"
                       " criterion_at_least, enabled) VALUES (:position, :level, :at_least,"
                       " :below, :sensitivity, :customer, :infrastructure, :criterion,"
                       " :criterion_at_least, :enabled)"));
    for (int index = 0; index < rules.size(); ++index) {
        const RoutingRule &rule = rules.at(index);
        insert.bind(QStringLiteral(":position"), index)
            .bind(QStringLiteral(":level"), toKey(rule.level))
            .bind(QStringLiteral(":at_least"), optionalInteger(rule.budgetAtLeast))
            .bind(QStringLiteral(":below"), optionalInteger(rule.budgetBelow))
            .bind(QStringLiteral(":sensitivity"),
                  rule.sensitivityAtLeast ? QVariant(toKey(*rule.sensitivityAtLeast))
                                          : QVariant(QMetaType::fromType<QString>()))
            .bind(QStringLiteral(":customer"), optionalFlag(rule.customerFacing))
            .bind(QStringLiteral(":infrastructure"), optionalFlag(rule.infrastructureOnly))
            .bind(QStringLiteral(":criterion"), optionalInteger(rule.criterion))
            .bind(QStringLiteral(":criterion_at_least"),
                  rule.criterion ? QVariant(rule.criterionAtLeast) : sql::nullInt64())
            .bind(QStringLiteral(":enabled"), rule.enabled ? 1 : 0)
            .exec();
    }
    QStringList oldValues;
    for (const RoutingRule &rule : before)
        oldValues << auditText(rule);
    QStringList newValues;
    for (const RoutingRule &rule : rules)
        newValues << auditText(rule);
    AuditLog(m_database)
        .recordChange(QStringLiteral("update"), QStringLiteral("routing_rules"), QString(),
                      oldValues.join(QStringLiteral("; ")), newValues.join(QStringLiteral("; ")));
    transaction.commit();
    spdlog::info("routing rules replaced: {}", rules.size());
    return before;
}

const RoutingReviewRow *RoutingReview::rowOf(ProjectId project) const
{
    for (const RoutingReviewRow &row : rows) {
        if (row.project.id == project)
            return &row;
    }
    return nullptr;
}

RoutingReview RoutingReview::compute(Database &database, const QDate &reference)
{
    RoutingReview review;
    const DatabaseSettings settings(database);
    review.currency = settings.reportingCurrency();
    review.fiscalYear = settings.calendar().year(reference);
    review.rules = RoutingRuleRepository(database).list();
    const BudgetBook budgets = BudgetBook::read(database, review.fiscalYear);
    const QHash<ProjectId, QHash<CriterionId, CriterionScore>> scores
        = CriteriaRepository(database).latestScores();
    // Newest first: the first routing decision met for a project is its latest.
    QHash<ProjectId, Decision> latestDecisions;
    for (const Decision &decision : DecisionLog(database).list()) {
        if (decision.projectId && decision.levelProposed && !latestDecisions.contains(*decision.projectId))
            latestDecisions.insert(*decision.projectId, decision);
    }
    for (const Project &project : ProjectRepository(database).list(false)) {
        if (project.isUnallocated)
            continue;
        RoutingFacts facts { project,
                             budgets.budgetOf(BudgetScope { project.id, std::nullopt }, review.fiscalYear),
                             {} };
        for (const CriterionScore &score : scores.value(project.id))
            facts.scores.insert(score.criterionId, score.score);
        RoutingReviewRow row { project, facts.yearBudget, proposeDecisionLevel(review.rules, facts),
                               std::nullopt };
        if (latestDecisions.contains(project.id))
            row.lastDecision = latestDecisions.value(project.id);
        review.rows << row;
    }
    return review;
}

} // namespace costboard
