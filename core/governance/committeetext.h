// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include "export/icalendar.h"
#include "governance/agenda.h"
#include "governance/talentshape.h"

namespace costboard {

// What the committee's records say, in the language of the installed translator and the default
// QLocale, QtCore only: the Committee page, the weekly report, the calendar file and `costboard
// agenda` word them alike. render/labels forwards to these.
namespace names {

QString projectStatus(ProjectStatus status);
QString decisionLevelShort(DecisionLevel level); // "Committee", "CIO", "CFO"
QString decisionKind(DecisionKind kind);
// "Extend budget: €40,000.00 → €60,000.00", "Pause: Active → Paused", "Routing overridden: CIO →
// CFO (rules proposed Committee)".
QString decisionSummary(const Decision &decision);
QString milestoneKind(MilestoneKind kind);
QString milestoneState(MilestoneState state);
// A KPI value with its unit, as few decimals as it needs: "0.051 €/request", "72.5 %".
QString kpiValue(KpiMillis value, const QString &unit, const QLocale &locale = QLocale());
// "at least 70 %" / "at most 0.05 €/request".
QString kpiTarget(const Kpi &kpi, KpiMillis target, const QLocale &locale = QLocale());
// "Committee session of Tuesday 1 December 2026".
QString sessionTitle(const QDate &day, const QLocale &locale = QLocale());
QString talentLevel(TalentLevel level); // "Junior", "Confirmed", "Senior", "Expert", "Strategic"
QString talentShape(TalentShape shape); // "pyramid", "diamond", "mixed" (between the two), "no one yet"

// The title, with "(not planned yet: the cadence's next day)" for a session the calendar does not
// hold, or "(held)".
QString sessionHeading(const CommitteeSession &session);

} // namespace names

// One line of the agenda per item, naming its project by code and name.
namespace agendatext {

QString alert(const SessionAgenda &agenda, const Alert &alert);
QString routing(const SessionAgenda &agenda, const RoutingReviewRow &row);
QString milestone(const SessionAgenda &agenda, const Milestone &milestone);
QString kpi(const SessionAgenda &agenda, const KpiStatus &status);
// A decision still to carry out, or one taken in the last session.
QString decision(const SessionAgenda &agenda, const Decision &decision);

enum class AgendaPart
{
    Alerts,
    Routing,
    Milestones,
    Kpis,
    DecisionsDue,
    PreviousDecisions, // taken in the last session: not an item to discuss, a record
};

// A part's heading: "Open alerts", "Decisions of the session of 24 November 2026".
QString heading(const SessionAgenda &agenda, AgendaPart part);

struct AgendaSection
{
    AgendaPart part;
    QString heading;
    QStringList items;
};

// The parts that have items, in the agenda's order, each item's line; the last session's
// decisions at the end when `withPreviousDecisions`.
QList<AgendaSection> sections(const SessionAgenda &agenda, bool withPreviousDecisions);
// When no part has an item.
QString nothingToDiscuss();
// The agenda as plain text, one heading per part with its items, for the calendar and the terminal.
QString plainText(const SessionAgenda &agenda, bool withPreviousDecisions);

} // namespace agendatext

// The committee's calendar for the members: every session stored (the next one carrying its
// agenda, the held ones their decisions) and the cadence's next one when it is not planned yet,
// and the milestones of the projects not archived. The UIDs stay the same from one export to the
// next, so a calendar that imports the file again updates its events.
QList<CalendarEvent> committeeCalendarEvents(Database &database, const QDate &today);
// Writes those events to `path` as an iCalendar file, whole or not at all; returns how many.
// Throws Error (ExportCannotWrite) when the file cannot be written.
int writeCommitteeCalendar(Database &database, const QDate &today, const QString &path);

} // namespace costboard
