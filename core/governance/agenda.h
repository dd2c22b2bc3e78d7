// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QDate>
#include <QHash>
#include <QList>

#include "alerts/alertrule.h"
#include "governance/decisions.h"
#include "governance/followup.h"
#include "governance/routing.h"
#include "governance/sessions.h"

namespace costboard {

class Database;

// What the committee goes through at its next session, each item pointing at what it is about.
// The page, the weekly report and `costboard agenda` all read this one agenda.
struct SessionAgenda
{
    CommitteeSession session; // the next session (id 0: proposed by the cadence, not planned yet)
    std::optional<CommitteeSession> previous; // the last session held before it
    QHash<ProjectId, Project> projects; // every project an item names

    QList<Alert> alerts; // open warning and critical alerts, the most severe first
    // Projects the rules send to the committee that are decided elsewhere, the proposal unanswered.
    QList<RoutingReviewRow> routing;
    QList<Milestone> milestones; // due or late on the session's day (milestoneState)
    QList<KpiStatus> kpisOffTarget; // by their latest value up to the session
    QList<Decision> decisionsDue; // not done, due by the session's day
    QList<Decision> previousDecisions; // taken in the previous session

    int itemCount() const
    {
        return int(alerts.size() + routing.size() + milestones.size() + kpisOffTarget.size()
                   + decisionsDue.size());
    }
    QString projectCode(std::optional<ProjectId> id) const;
    // Keeps only the items about projects `keep` accepts (a report on some projects); the
    // portfolio's own alerts go too.
    void keepProjects(const std::function<bool(ProjectId)> &keep);

    // The agenda of the session the committee prepares on `today` (SessionRepository::next).
    static SessionAgenda compute(Database &database, const QDate &today);
};

} // namespace costboard
