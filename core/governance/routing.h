// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QHash>
#include <QList>
#include <QString>

#include "domain/entities.h"
#include "governance/criteria.h"
#include "governance/decisions.h"

namespace costboard {

class Database;

using RoutingRuleId = std::int64_t;

// One of the committee's rules proposing where a project's decisions belong: when every condition
// it sets holds, it proposes `level`. A condition left empty does not count. Budgets are the
// project's budget for the fiscal year, in minor units of the reporting currency; a project
// without one matches no budget condition (an unknown budget is not a small one).
struct RoutingRule
{
    RoutingRuleId id = 0; // 0 until stored
    DecisionLevel level = DecisionLevel::Committee;
    std::optional<std::int64_t> budgetAtLeast;
    std::optional<std::int64_t> budgetBelow;
    std::optional<DataSensitivity> sensitivityAtLeast;
    std::optional<bool> customerFacing;
    std::optional<bool> infrastructureOnly;
    // The project's latest score on `criterion` is at least `criterionAtLeast`.
    std::optional<CriterionId> criterion;
    int criterionAtLeast = 0;
    bool enabled = true;

    bool hasCondition() const
    {
        return budgetAtLeast || budgetBelow || sensitivityAtLeast || customerFacing || infrastructureOnly
            || criterion;
    }
    bool operator==(const RoutingRule &) const = default;
};

// What the rules read of one project.
struct RoutingFacts
{
    Project project;
    std::optional<std::int64_t> yearBudget;
    QHash<CriterionId, int> scores; // latest score per criterion
};

bool routingRuleMatches(const RoutingRule &rule, const RoutingFacts &facts);

// Where the rules send a project: the first enabled rule that matches, in the committee's order;
// when none does, the committee keeps the project (`ruleIndex` -1).
struct RoutingProposal
{
    DecisionLevel level = DecisionLevel::Committee;
    int ruleIndex = -1; // into the rules evaluated
    bool operator==(const RoutingProposal &) const = default;
};

// Empty when no rule is enabled: without rules there is nothing to propose.
std::optional<RoutingProposal> proposeDecisionLevel(const QList<RoutingRule> &rules,
                                                    const RoutingFacts &facts);

class RoutingRuleRepository final
{
public:
    explicit RoutingRuleRepository(Database &database);

    // In the committee's order.
    QList<RoutingRule> list() const;
    // Replaces every rule (in the order given) in one transaction with one audit entry; returns the
    // rules before, for undo. Throws ValidationError naming the rule ("rule 2") for a rule without
    // a condition, a budget out of range or below ≥ above, an unknown criterion or a score out of
    // range.
    QList<RoutingRule> replaceAll(const QList<RoutingRule> &rules);

private:
    Database &m_database;
};

// Every project's current decision level beside the level the rules propose, as of a day: the
// projects page, the committee page and the agenda read this.
struct RoutingReviewRow
{
    Project project;
    std::optional<std::int64_t> yearBudget;
    std::optional<RoutingProposal> proposal;
    // The committee's latest routing decision on the project, if any.
    std::optional<Decision> lastDecision;

    // The rules propose another level than the project's.
    bool differs() const { return proposal && proposal->level != project.decisionLevel; }
    // The committee already answered this proposal: its latest decision overrode the same proposed
    // level, and the project still has the level it chose.
    bool isSettled() const
    {
        return proposal && lastDecision && lastDecision->levelProposed == proposal->level
            && lastDecision->levelAfter == project.decisionLevel;
    }
    // What the committee has to decide: a proposal it has not answered.
    bool needsDecision() const { return differs() && !isSettled(); }
};

struct RoutingReview
{
    QString currency; // the reporting currency the budgets are in
    DayRange fiscalYear; // the year whose budgets the rules read
    QList<RoutingRule> rules;
    QList<RoutingReviewRow> rows; // every project not archived, by name; the Unallocated one left out

    const RoutingReviewRow *rowOf(ProjectId project) const;
    // On `reference` (today): the budgets of the fiscal year holding it.
    static RoutingReview compute(Database &database, const QDate &reference);
};

} // namespace costboard
