// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/entities.h"
#include "governance/sessions.h"

namespace costboard {

class Database;

using DecisionId = std::int64_t;

// What the committee decided.
enum class DecisionKind
{
    RoutingAccepted, // the project's decisions go where the routing rules propose
    RoutingOverridden, // the committee keeps or sends them elsewhere than proposed
    // Taken in a session, each with an owner and a due date:
    Approve, // the project goes ahead (proposed, evaluated or paused: approved or active again)
    Pause, // the project is paused
    Stop, // the project is closed
    ExtendBudget, // one of its budgets is raised
    DelegateCio, // its decisions go to the CIO
    DelegateCfo, // its decisions go to the CFO
    ReEvaluate, // it is to be scored again
};

// The kinds a session records (all but the routing answers).
QList<DecisionKind> sessionDecisionKinds();
// What a session decision makes of a project's status; empty when it leaves it as it is.
std::optional<ProjectStatus> statusAfter(DecisionKind kind, ProjectStatus status);

QString toKey(DecisionKind kind);
std::optional<DecisionKind> decisionKindFromKey(QStringView key);
QList<DecisionKind> allDecisionKinds();

struct Decision
{
    static constexpr int MaxReasonLength = 1000;
    static constexpr int MaxOwnerLength = 120;

    DecisionId id = 0;
    std::optional<ProjectId> projectId; // empty: about the whole portfolio
    DecisionKind kind = DecisionKind::RoutingAccepted;
    QString reason;
    std::optional<DecisionLevel> levelBefore; // routing: the level the project had
    std::optional<DecisionLevel> levelAfter; // routing: the level it has now
    std::optional<DecisionLevel> levelProposed; // routing: what the rules proposed
    std::optional<SessionId> sessionId; // the session it was taken in
    QString owner; // who carries it out
    QDate dueOn; // by when
    QDate doneOn; // null while it is still to be done
    std::optional<ProjectStatus> statusBefore; // approve, pause, stop
    std::optional<ProjectStatus> statusAfter;
    std::optional<BudgetId> budgetId; // extend budget: the budget raised
    std::optional<Money> budgetBefore; // empty: the budget was created by the decision
    std::optional<Money> budgetAfter;
    QDate decidedOn;
    QDateTime recordedAt; // filled in by the log
    QString actor; // filled in by the log
};

// Which decisions to list: one project's (all when empty), one session's, those whose reason,
// owner, project code or name holds `text` (case-insensitive; all when empty), those still to be
// done by `dueBy`. Newest first.
struct DecisionFilter
{
    std::optional<ProjectId> projectId;
    QString text;
    std::optional<SessionId> sessionId;
    QDate openAndDueBy;
};

// What a session decides for a project. `budget` is the budget an ExtendBudget decision sets
// (its scope the project's): larger than the budget it replaces, when there is one.
struct SessionDecision
{
    SessionId sessionId = 0;
    ProjectId projectId = 0;
    DecisionKind kind = DecisionKind::Approve;
    QString reason;
    QString owner;
    QDate dueOn;
    std::optional<Budget> budget;
};

// The committee's decisions, each written in the same transaction as what it changes.
class DecisionLog final
{
public:
    explicit DecisionLog(Database &database);

    // Gives `project` the decision level `chosen` and logs why: "accepted" when it is what the
    // rules `proposed`, "overridden" otherwise (keeping the current level against a proposal is an
    // override too). One transaction: the project, the log and the audit entry. Throws
    // ValidationError ("reason") without a reason, ("project") for an unknown project.
    DecisionId recordRouting(ProjectId project, DecisionLevel proposed, DecisionLevel chosen,
                             const QString &reason, const QDate &decidedOn);
    // Undo of recordRouting(): the project's level before it, and the entry removed.
    void undoRouting(DecisionId decision);

    // Records a session's decision and carries it out in the same transaction: the project's
    // status, its decision level or its budget (audited each). Throws ValidationError for a
    // missing reason, owner or due date, an unknown session or project, a routing kind, or a
    // budget that is not the project's or does not grow.
    DecisionId recordSessionDecision(const SessionDecision &decision);
    // Undo of recordSessionDecision(): the status, level or budget as they were, the entry removed.
    void undoSessionDecision(DecisionId decision);
    // Marks a decision done on `day`, or still to do when `day` is null.
    void setDone(DecisionId decision, const QDate &day);

    QList<Decision> list(const DecisionFilter &filter = {}) const;
    std::optional<Decision> find(DecisionId decision) const;

private:
    // find(), or ValidationError (DecisionNotFound) when the decision is not in the log.
    std::optional<Decision> requireDecision(DecisionId decision) const;

    Database &m_database;
};

} // namespace costboard
