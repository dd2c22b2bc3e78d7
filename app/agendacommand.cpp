// SPDX-License-Identifier: GPL-3.0-or-later
// `costboard agenda --db FILE [--on DATE] [--json] [--ics FILE]`: the committee's next session, as
// the Committee page and the weekly report show it (core/governance/agenda.h).

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "commands.h"
#include "commandsupport.h"
#include "errors.h"
#include "governance/committeetext.h"
#include "storage/database.h"

namespace costboard::cli {
namespace {

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject sessionJson(const CommitteeSession &session)
{
    QJsonObject object;
    object.insert(QStringLiteral("date"), dateJson(session.heldOn));
    object.insert(QStringLiteral("id"), session.id == 0 ? QJsonValue() : QJsonValue(qint64(session.id)));
    object.insert(QStringLiteral("planned"), session.id != 0);
    object.insert(QStringLiteral("held"), session.held);
    return object;
}

QJsonObject decisionJson(const SessionAgenda &agenda, const Decision &decision)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), qint64(decision.id));
    object.insert(QStringLiteral("kind"), toKey(decision.kind));
    object.insert(QStringLiteral("project_code"), agenda.projectCode(decision.projectId));
    object.insert(QStringLiteral("reason"), decision.reason);
    object.insert(QStringLiteral("owner"), decision.owner);
    object.insert(QStringLiteral("decided_on"), dateJson(decision.decidedOn));
    object.insert(QStringLiteral("due_on"), dateJson(decision.dueOn));
    object.insert(QStringLiteral("done_on"), dateJson(decision.doneOn));
    if (decision.budgetAfter) {
        object.insert(QStringLiteral("budget_after_minor"), qint64(decision.budgetAfter->minorUnits()));
        object.insert(QStringLiteral("budget_before_minor"),
                      decision.budgetBefore ? QJsonValue(qint64(decision.budgetBefore->minorUnits()))
                                            : QJsonValue());
        object.insert(QStringLiteral("currency"), decision.budgetAfter->currency());
    }
    object.insert(QStringLiteral("message"), agendatext::decision(agenda, decision));
    return object;
}

QJsonObject agendaJson(const SessionAgenda &agenda)
{
    QJsonObject root;
    root.insert(QStringLiteral("session"), sessionJson(agenda.session));
    root.insert(QStringLiteral("previous_session"),
                agenda.previous ? QJsonValue(sessionJson(*agenda.previous)) : QJsonValue());
    QJsonArray alerts;
    for (const Alert &alert : agenda.alerts)
        alerts << alertToJson(alert, agenda.projects);
    root.insert(QStringLiteral("alerts"), alerts);
    QJsonArray routing;
    for (const RoutingReviewRow &row : agenda.routing) {
        QJsonObject object;
        object.insert(QStringLiteral("project_code"), row.project.code);
        object.insert(QStringLiteral("decision_level"), toKey(row.project.decisionLevel));
        object.insert(QStringLiteral("proposed_level"), toKey(row.proposal->level));
        object.insert(QStringLiteral("message"), agendatext::routing(agenda, row));
        routing << object;
    }
    root.insert(QStringLiteral("routing"), routing);
    QJsonArray milestones;
    for (const Milestone &milestone : agenda.milestones) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), qint64(milestone.id));
        object.insert(QStringLiteral("project_code"), agenda.projectCode(milestone.projectId));
        object.insert(QStringLiteral("kind"), toKey(milestone.kind));
        object.insert(QStringLiteral("due_on"), dateJson(milestone.dueOn));
        object.insert(QStringLiteral("late"),
                      milestoneState(milestone, agenda.session.heldOn) == MilestoneState::Late);
        object.insert(QStringLiteral("message"), agendatext::milestone(agenda, milestone));
        milestones << object;
    }
    root.insert(QStringLiteral("milestones"), milestones);
    QJsonArray kpis;
    for (const KpiStatus &status : agenda.kpisOffTarget) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), qint64(status.kpi.id));
        object.insert(QStringLiteral("project_code"), agenda.projectCode(status.kpi.projectId));
        object.insert(QStringLiteral("name"), status.kpi.name);
        object.insert(QStringLiteral("unit"), status.kpi.unit);
        object.insert(QStringLiteral("direction"), toKey(status.kpi.direction));
        object.insert(QStringLiteral("period_start"), dateJson(status.latest->periodStart));
        object.insert(QStringLiteral("actual"), plainKpiValue(status.latest->actual));
        object.insert(QStringLiteral("target"), plainKpiValue(status.latest->targetOf(status.kpi)));
        object.insert(QStringLiteral("message"), agendatext::kpi(agenda, status));
        kpis << object;
    }
    root.insert(QStringLiteral("kpis_off_target"), kpis);
    QJsonArray due;
    for (const Decision &decision : agenda.decisionsDue)
        due << decisionJson(agenda, decision);
    root.insert(QStringLiteral("decisions_due"), due);
    QJsonArray previous;
    for (const Decision &decision : agenda.previousDecisions)
        previous << decisionJson(agenda, decision);
    root.insert(QStringLiteral("previous_decisions"), previous);
    root.insert(QStringLiteral("item_count"), agenda.itemCount());
    return root;
}

} // namespace

int runAgenda(const Invocation &invocation)
{
    return runGuarded("agenda", exitcode::Failed, [&] {
        const QDate today = dateOption("--on", invocation.on, QDate::currentDate());
        std::unique_ptr<Database> database = openExistingDatabase(invocation, Database::Access::ReadOnly);
        const SessionAgenda agenda = SessionAgenda::compute(*database, today);
        QTextStream out(stdout);
        if (!invocation.calendarPath.isEmpty()) {
            const int events = writeCommitteeCalendar(*database, today, invocation.calendarPath);
            if (!invocation.json)
                out << QCoreApplication::translate("costboard::cli", "Calendar written to %1 (%n event(s))",
                                                   "", events)
                           .arg(invocation.calendarPath)
                    << "\n\n";
        }
        if (invocation.json) {
            out << QJsonDocument(agendaJson(agenda)).toJson(QJsonDocument::Indented);
            return exitcode::Ok;
        }
        out << names::sessionHeading(agenda.session) << "\n";
        if (agenda.previous)
            out << QCoreApplication::translate("costboard::cli", "Since the session of %1")
                       .arg(QLocale().toString(agenda.previous->heldOn, QLocale::LongFormat))
                << "\n";
        out << "\n" << agendatext::plainText(agenda, true);
        return exitcode::Ok;
    });
}

} // namespace costboard::cli
