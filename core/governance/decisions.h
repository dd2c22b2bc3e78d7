// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/entities.h"

namespace costboard {

class Database;

using DecisionId = std::int64_t;

// What the committee decided.
enum class DecisionKind
{
    RoutingAccepted, // the project's decisions go where the routing rules propose
    RoutingOverridden, // the committee keeps or sends them elsewhere than proposed
};

QString toKey(DecisionKind kind);
std::optional<DecisionKind> decisionKindFromKey(QStringView key);
QList<DecisionKind> allDecisionKinds();

struct Decision
{
    static constexpr int MaxReasonLength = 1000;

    DecisionId id = 0;
    std::optional<ProjectId> projectId; // empty: about the whole portfolio
    DecisionKind kind = DecisionKind::RoutingAccepted;
    QString reason;
    std::optional<DecisionLevel> levelBefore; // routing: the level the project had
    std::optional<DecisionLevel> levelAfter; // routing: the level it has now
    std::optional<DecisionLevel> levelProposed; // routing: what the rules proposed
    QDate decidedOn;
    QDateTime recordedAt; // filled in by the log
    QString actor; // filled in by the log
};

// Which decisions to list: one project's (all when empty), those whose reason, project code or
// name holds `text` (case-insensitive; all when empty). Newest first.
struct DecisionFilter
{
    std::optional<ProjectId> projectId;
    QString text;
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

    QList<Decision> list(const DecisionFilter &filter = {}) const;
    std::optional<Decision> find(DecisionId decision) const;

private:
    Database &m_database;
};

} // namespace costboard
