// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/committeetext.h"

#include <utility>

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

#include "alerts/alertsentence.h"
#include "domain/displaynames.h"
#include "errors.h"
#include "storage/projectrepository.h"

namespace costboard {
namespace names {

QString projectStatus(ProjectStatus status)
{
    switch (status) {
    case ProjectStatus::Proposed:
        return QCoreApplication::translate("Labels", "Proposed");
    case ProjectStatus::Evaluating:
        return QCoreApplication::translate("Labels", "Evaluating");
    case ProjectStatus::Approved:
        return QCoreApplication::translate("Labels", "Approved");
    case ProjectStatus::Active:
        return QCoreApplication::translate("Labels", "Active");
    case ProjectStatus::Paused:
        return QCoreApplication::translate("Labels", "Paused");
    case ProjectStatus::Closed:
        return QCoreApplication::translate("Labels", "Closed");
    case ProjectStatus::Rejected:
        return QCoreApplication::translate("Labels", "Rejected");
    }
    return QString();
}

QString decisionLevelShort(DecisionLevel level)
{
    switch (level) {
    case DecisionLevel::Committee:
        return QCoreApplication::translate("Labels", "Committee");
    case DecisionLevel::Cio:
        return QCoreApplication::translate("Labels", "CIO");
    case DecisionLevel::Cfo:
        return QCoreApplication::translate("Labels", "CFO");
    }
    return QString();
}

QString decisionKind(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::RoutingAccepted:
        return QCoreApplication::translate("Labels", "Routing accepted");
    case DecisionKind::RoutingOverridden:
        return QCoreApplication::translate("Labels", "Routing overridden");
    case DecisionKind::Approve:
        return QCoreApplication::translate("Labels", "Approve");
    case DecisionKind::Pause:
        return QCoreApplication::translate("Labels", "Pause");
    case DecisionKind::Stop:
        return QCoreApplication::translate("Labels", "Stop");
    case DecisionKind::ExtendBudget:
        return QCoreApplication::translate("Labels", "Extend budget");
    case DecisionKind::DelegateCio:
        return QCoreApplication::translate("Labels", "Delegate to the CIO");
    case DecisionKind::DelegateCfo:
        return QCoreApplication::translate("Labels", "Delegate to the CFO");
    case DecisionKind::ReEvaluate:
        return QCoreApplication::translate("Labels", "Re-evaluate");
    }
    return QString();
}

QString decisionSummary(const Decision &decision)
{
    QString text = decisionKind(decision.kind);
    if (decision.levelBefore && decision.levelAfter) {
        text += decision.levelBefore == decision.levelAfter
            ? QCoreApplication::translate("Labels", ": stays with %1")
                  .arg(decisionLevelShort(*decision.levelAfter))
            : QCoreApplication::translate("Labels", ": %1 → %2")
                  .arg(decisionLevelShort(*decision.levelBefore), decisionLevelShort(*decision.levelAfter));
    }
    if (decision.kind == DecisionKind::RoutingOverridden && decision.levelProposed)
        text += QCoreApplication::translate("Labels", " (rules proposed %1)")
                    .arg(decisionLevelShort(*decision.levelProposed));
    if (decision.statusBefore && decision.statusAfter)
        text += QCoreApplication::translate("Labels", ": %1 → %2")
                    .arg(projectStatus(*decision.statusBefore), projectStatus(*decision.statusAfter));
    if (decision.budgetAfter)
        text += decision.budgetBefore
            ? QCoreApplication::translate("Labels", ": %1 → %2")
                  .arg(decision.budgetBefore->toString(), decision.budgetAfter->toString())
            : QCoreApplication::translate("Labels", ": new budget of %1")
                  .arg(decision.budgetAfter->toString());
    return text;
}

QString milestoneKind(MilestoneKind kind)
{
    switch (kind) {
    case MilestoneKind::Pilot:
        return QCoreApplication::translate("Labels", "Pilot");
    case MilestoneKind::GoNoGo:
        return QCoreApplication::translate("Labels", "Go/no-go");
    case MilestoneKind::Production:
        return QCoreApplication::translate("Labels", "Production");
    case MilestoneKind::Review:
        return QCoreApplication::translate("Labels", "Review");
    }
    return QString();
}

QString milestoneState(MilestoneState state)
{
    switch (state) {
    case MilestoneState::Done:
        return QCoreApplication::translate("Labels", "done");
    case MilestoneState::Upcoming:
        return QCoreApplication::translate("Labels", "upcoming");
    case MilestoneState::Due:
        return QCoreApplication::translate("Labels", "due");
    case MilestoneState::Late:
        return QCoreApplication::translate("Labels", "late");
    }
    return QString();
}

QString kpiValue(KpiMillis value, const QString &unit, const QLocale &locale)
{
    // The exact decimal, its whole part grouped and its point as the locale writes them.
    const QString plain = plainKpiValue(value);
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const qsizetype point = plain.indexOf(QLatin1Char('.'));
    const QString whole = plain.mid(negative ? 1 : 0, point < 0 ? -1 : point - (negative ? 1 : 0));
    QString number = (negative ? locale.negativeSign() : QString()) + locale.toString(whole.toULongLong());
    if (point >= 0)
        number += locale.decimalPoint() + plain.mid(point + 1);
    if (unit.isEmpty())
        return number;
    // "%" sticks to the number in English, a thin gap in French, as the locale writes percentages.
    const bool percent = unit == QLatin1String("%");
    const QString gap
        = percent && locale.language() != QLocale::French ? QString() : QStringLiteral("\u00a0");
    return number + gap + unit;
}

QString kpiTarget(const Kpi &kpi, KpiMillis target, const QLocale &locale)
{
    return kpi.direction == KpiDirection::AtLeast
        ? QCoreApplication::translate("Labels", "at least %1").arg(kpiValue(target, kpi.unit, locale))
        : QCoreApplication::translate("Labels", "at most %1").arg(kpiValue(target, kpi.unit, locale));
}

QString sessionTitle(const QDate &day, const QLocale &locale)
{
    return QCoreApplication::translate("Labels", "Committee session of %1")
        .arg(locale.toString(day, QLocale::LongFormat));
}

QString talentLevel(TalentLevel level)
{
    switch (level) {
    case TalentLevel::Junior:
        return QCoreApplication::translate("Labels", "Junior");
    case TalentLevel::Confirmed:
        return QCoreApplication::translate("Labels", "Confirmed");
    case TalentLevel::Senior:
        return QCoreApplication::translate("Labels", "Senior");
    case TalentLevel::Expert:
        return QCoreApplication::translate("Labels", "Expert");
    case TalentLevel::Strategic:
        return QCoreApplication::translate("Labels", "Strategic");
    }
    return QString();
}

QString talentShape(TalentShape shape)
{
    switch (shape) {
    case TalentShape::Empty:
        return QCoreApplication::translate("Labels", "no one yet");
    case TalentShape::Pyramid:
        return QCoreApplication::translate("Labels", "pyramid");
    case TalentShape::Diamond:
        return QCoreApplication::translate("Labels", "diamond");
    case TalentShape::Mixed:
        return QCoreApplication::translate("Labels", "mixed");
    }
    return QString();
}

QString sessionHeading(const CommitteeSession &session)
{
    if (session.id == 0)
        return QCoreApplication::translate("Labels", "%1 (not planned yet: the cadence's next day)")
            .arg(sessionTitle(session.heldOn));
    if (session.held)
        return QCoreApplication::translate("Labels", "%1 (held)").arg(sessionTitle(session.heldOn));
    return sessionTitle(session.heldOn);
}

} // namespace names

namespace agendatext {
namespace {

QString projectOf(const SessionAgenda &agenda, std::optional<ProjectId> id)
{
    if (!id || !agenda.projects.contains(*id))
        return QCoreApplication::translate("Labels", "The portfolio");
    const Project &project = agenda.projects.value(*id);
    return QStringLiteral("%1 — %2").arg(project.code, names::project(project));
}

QString day(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

QString alert(const SessionAgenda &agenda, const Alert &alert)
{
    const QString scope = alert.projectId && agenda.projects.contains(*alert.projectId)
        ? names::project(agenda.projects.value(*alert.projectId))
        : QString();
    return alertSentence(alert, scope);
}

QString routing(const SessionAgenda &agenda, const RoutingReviewRow &row)
{
    return QCoreApplication::translate("Labels", "%1: the rules propose the committee; %2 decides now")
        .arg(projectOf(agenda, row.project.id), names::decisionLevelShort(row.project.decisionLevel));
}

QString milestone(const SessionAgenda &agenda, const Milestone &milestone)
{
    return QCoreApplication::translate("Labels", "%1: %2 %3 on %4")
        .arg(projectOf(agenda, milestone.projectId), names::milestoneKind(milestone.kind),
             names::milestoneState(milestoneState(milestone, agenda.session.heldOn)), day(milestone.dueOn));
}

QString kpi(const SessionAgenda &agenda, const KpiStatus &status)
{
    if (!status.latest)
        return QCoreApplication::translate("Labels", "%1: %2")
            .arg(projectOf(agenda, status.kpi.projectId), status.kpi.name);
    return QCoreApplication::translate("Labels", "%1: %2 at %3 for a target of %4 (%5)")
        .arg(projectOf(agenda, status.kpi.projectId), status.kpi.name,
             names::kpiValue(status.latest->actual, status.kpi.unit),
             names::kpiTarget(status.kpi, status.latest->targetOf(status.kpi)),
             day(status.latest->periodStart));
}

QString decision(const SessionAgenda &agenda, const Decision &decision)
{
    QString text = QCoreApplication::translate("Labels", "%1: %2")
                       .arg(projectOf(agenda, decision.projectId), names::decisionSummary(decision));
    if (!decision.owner.isEmpty())
        text += QCoreApplication::translate("Labels", " — %1, due %2")
                    .arg(decision.owner, day(decision.dueOn));
    if (decision.doneOn.isValid())
        text += QCoreApplication::translate("Labels", " (done %1)").arg(day(decision.doneOn));
    return text;
}

QString heading(const SessionAgenda &agenda, AgendaPart part)
{
    switch (part) {
    case AgendaPart::Alerts:
        return QCoreApplication::translate("Labels", "Open alerts");
    case AgendaPart::Routing:
        return QCoreApplication::translate("Labels", "Projects for the committee");
    case AgendaPart::Milestones:
        return QCoreApplication::translate("Labels", "Milestones due or late");
    case AgendaPart::Kpis:
        return QCoreApplication::translate("Labels", "KPIs off target");
    case AgendaPart::DecisionsDue:
        return QCoreApplication::translate("Labels", "Decisions due");
    case AgendaPart::PreviousDecisions:
        return agenda.previous ? QCoreApplication::translate("Labels", "Decisions of the session of %1")
                                     .arg(QLocale().toString(agenda.previous->heldOn, QLocale::LongFormat))
                               : QString();
    }
    return QString();
}

QList<AgendaSection> sections(const SessionAgenda &agenda, bool withPreviousDecisions)
{
    QList<AgendaSection> result;
    const auto add = [&](AgendaPart part, const QStringList &items) {
        if (!items.isEmpty())
            result << AgendaSection { part, heading(agenda, part), items };
    };
    QStringList items;
    for (const Alert &entry : agenda.alerts)
        items << alert(agenda, entry);
    add(AgendaPart::Alerts, std::exchange(items, {}));
    for (const RoutingReviewRow &row : agenda.routing)
        items << routing(agenda, row);
    add(AgendaPart::Routing, std::exchange(items, {}));
    for (const Milestone &entry : agenda.milestones)
        items << milestone(agenda, entry);
    add(AgendaPart::Milestones, std::exchange(items, {}));
    for (const KpiStatus &status : agenda.kpisOffTarget)
        items << kpi(agenda, status);
    add(AgendaPart::Kpis, std::exchange(items, {}));
    for (const Decision &entry : agenda.decisionsDue)
        items << decision(agenda, entry);
    add(AgendaPart::DecisionsDue, std::exchange(items, {}));
    if (withPreviousDecisions) {
        for (const Decision &entry : agenda.previousDecisions)
            items << decision(agenda, entry);
        add(AgendaPart::PreviousDecisions, std::exchange(items, {}));
    }
    return result;
}

QString nothingToDiscuss()
{
    return QCoreApplication::translate("Labels", "Nothing calls for the committee's attention.");
}

QString plainText(const SessionAgenda &agenda, bool withPreviousDecisions)
{
    QString text;
    if (agenda.itemCount() == 0)
        text += nothingToDiscuss() + u'\n';
    for (const AgendaSection &section : sections(agenda, withPreviousDecisions)) {
        if (!text.isEmpty())
            text += u'\n';
        text += QStringLiteral("%1 (%2)\n").arg(section.heading).arg(section.items.size());
        for (const QString &item : section.items)
            text += QStringLiteral("  - ") + item + u'\n';
    }
    return text;
}

} // namespace agendatext

QList<CalendarEvent> committeeCalendarEvents(Database &database, const QDate &today)
{
    QList<CalendarEvent> events;
    const SessionAgenda agenda = SessionAgenda::compute(database, today);
    QList<CommitteeSession> sessions = SessionRepository(database).list();
    if (agenda.session.id == 0)
        sessions << agenda.session;
    DecisionLog log(database);
    for (const CommitteeSession &session : sessions) {
        CalendarEvent event;
        event.uid = session.id == 0
            ? QStringLiteral("costboard-session-%1").arg(session.heldOn.toString(Qt::ISODate))
            : QStringLiteral("costboard-session-%1").arg(session.id);
        event.day = session.heldOn;
        event.summary = names::sessionTitle(session.heldOn);
        if (session.heldOn == agenda.session.heldOn) {
            event.description = agendatext::plainText(agenda, true);
        } else if (session.held) {
            DecisionFilter taken;
            taken.sessionId = session.id;
            QStringList lines;
            for (const Decision &decision : log.list(taken))
                lines << QStringLiteral("- ") + agendatext::decision(agenda, decision);
            event.description = lines.join(u'\n');
        }
        events << event;
    }
    for (const Milestone &milestone : FollowUpRepository(database).milestones()) {
        if (!agenda.projects.contains(milestone.projectId)
            || agenda.projects.value(milestone.projectId).archived)
            continue;
        const Project &project = agenda.projects.value(milestone.projectId);
        CalendarEvent event;
        event.uid = QStringLiteral("costboard-milestone-%1").arg(milestone.id);
        event.day = milestone.dueOn;
        event.summary = QStringLiteral("%1 — %2: %3")
                            .arg(project.code, names::project(project), names::milestoneKind(milestone.kind));
        event.description = milestone.note;
        events << event;
    }
    return events;
}

int writeCommitteeCalendar(Database &database, const QDate &today, const QString &path)
{
    const QList<CalendarEvent> events = committeeCalendarEvents(database, today);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(iCalendarFile(events, QCoreApplication::translate("Labels", "GenAI committee"),
                                    QDateTime::currentDateTimeUtc()))
            < 0
        || !file.commit())
        throw Error(ErrorCode::ExportCannotWrite, { path, file.errorString() });
    return int(events.size());
}

} // namespace costboard
