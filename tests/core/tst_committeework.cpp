// SPDX-License-Identifier: GPL-3.0-or-later
// The committee's follow-up on a real SQLite file: milestones flagged at their edges, KPIs on and
// off target, the session calendar, the decisions taken in a session (an extended budget undone
// and redone), the agenda generated from a fixture, and the .ics file read back by Python.

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "errors.h"
#include "export/icalendar.h"
#include "governance/agenda.h"
#include "governance/committeetext.h"
#include "governance/decisions.h"
#include "governance/followup.h"
#include "governance/routing.h"
#include "governance/sessions.h"
#include "storage/auditlog.h"
#include "storage/budgetrepository.h"
#include "storage/costlinerepository.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace {

Milestone milestone(ProjectId project, MilestoneKind kind, const QDate &due, const QDate &done = {})
{
    Milestone result;
    result.projectId = project;
    result.kind = kind;
    result.dueOn = due;
    result.doneOn = done;
    return result;
}

// Two projects, a planned session on Tuesday 2026-12-01 and one held on 2026-11-24.
struct Committee
{
    QTemporaryDir directory;
    TestDatabase db;
    ProjectId legal = 0;
    ProjectId claims = 0;
    ProjectId platform = 0;
    SessionId held = 0;
    SessionId planned = 0;

    Committee()
    {
        db = openTestDatabase();
        ProjectRepository projects(*db);
        legal = projects.create(makeProject(QStringLiteral("LEG")));
        Project customer = makeProject(QStringLiteral("CLM"));
        customer.customerFacing = true;
        claims = projects.create(customer);
        Project infrastructure = makeProject(QStringLiteral("INF"));
        infrastructure.infrastructureOnly = true;
        platform = projects.create(infrastructure);
        SessionRepository sessions(*db);
        held = sessions.schedule(QDate(2026, 11, 24));
        sessions.saveMinutes(held, QStringLiteral("Pilot results reviewed."), true);
        planned = sessions.schedule(QDate(2026, 12, 1));
    }

    Database &database() { return *db; }

    DecisionId decide(ProjectId project, DecisionKind kind, const QDate &due, SessionId session = 0)
    {
        SessionDecision decision;
        decision.sessionId = session == 0 ? held : session;
        decision.projectId = project;
        decision.kind = kind;
        decision.reason = QStringLiteral("as discussed");
        decision.owner = QStringLiteral("DSI");
        decision.dueOn = due;
        return DecisionLog(*db).recordSessionDecision(decision);
    }
};

} // namespace

class TestCommitteeWork : public QObject
{
    Q_OBJECT

private slots:
    void milestoneStates_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("done");
        QTest::addColumn<int>("expected");
        // Today: Monday 2026-11-30 (W49). Due: this week or next (to Sunday 2026-12-13).
        QTest::newRow("yesterday, undone") << QDate(2026, 11, 29) << QDate() << int(MilestoneState::Late);
        QTest::newRow("yesterday, done")
            << QDate(2026, 11, 29) << QDate(2026, 11, 29) << int(MilestoneState::Done);
        QTest::newRow("today") << QDate(2026, 11, 30) << QDate() << int(MilestoneState::Due);
        QTest::newRow("next Sunday but one") << QDate(2026, 12, 13) << QDate() << int(MilestoneState::Due);
        QTest::newRow("the Monday after") << QDate(2026, 12, 14) << QDate() << int(MilestoneState::Upcoming);
    }

    void milestoneStates()
    {
        QFETCH(QDate, due);
        QFETCH(QDate, done);
        QFETCH(int, expected);
        QCOMPARE(int(milestoneState(milestone(1, MilestoneKind::Pilot, due, done), QDate(2026, 11, 30))),
                 expected);
    }

    void kpiValuesWrittenAndRead()
    {
        QCOMPARE(plainKpiValue(192), QStringLiteral("0.192"));
        QCOMPARE(plainKpiValue(72'500), QStringLiteral("72.5"));
        QCOMPARE(plainKpiValue(-3'000), QStringLiteral("-3"));
        QCOMPARE(plainKpiValue(-5), QStringLiteral("-0.005"));
        const QLocale french(QLocale::French, QLocale::France);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(names::kpiValue(1'234'567, QString(), english), QStringLiteral("1,234.567"));
        QCOMPARE(names::kpiValue(92'500, QStringLiteral("%"), english), QStringLiteral("92.5%"));
        for (const KpiMillis value : { KpiMillis(0), KpiMillis(51), KpiMillis(-1'234'567), Kpi::MaxMillis })
            for (const QLocale &locale : { french, english })
                QCOMPARE(parseKpiMillis(names::kpiValue(value, QString(), locale), locale),
                         std::optional<KpiMillis>(value));
        QCOMPARE(parseKpiMillis(QStringLiteral("0,0515"), french), std::nullopt); // a fourth decimal
        QCOMPARE(parseKpiMillis(QStringLiteral("12 abc"), french), std::nullopt);
    }

    void kpisOnAndOffTarget()
    {
        Committee committee;
        FollowUpRepository followUp(committee.database());
        Kpi cost;
        cost.projectId = committee.legal;
        cost.name = QStringLiteral("Cost per request");
        cost.unit = QStringLiteral("€/request");
        cost.direction = KpiDirection::AtMost;
        cost.cadence = KpiCadence::Week;
        cost.target = 50; // 0.050 €
        cost.id = followUp.saveKpi(cost);
        // A Wednesday's value goes to its week's Monday; at the target is on target.
        followUp.setValue(cost.id, QDate(2026, 11, 18), KpiValue { cost.id, {}, 50, std::nullopt });
        QCOMPARE(followUp.values(cost.id).constFirst().periodStart, QDate(2026, 11, 16));
        QVERIFY(!followUp.statuses(QDate(2026, 11, 30)).constFirst().isOffTarget());
        // One thousandth above an at-most target is off; a period's own target overrides.
        followUp.setValue(cost.id, QDate(2026, 11, 23), KpiValue { cost.id, {}, 51, std::nullopt });
        QVERIFY(followUp.statuses(QDate(2026, 11, 30)).constFirst().isOffTarget());
        QVERIFY(!followUp.statuses(QDate(2026, 11, 22)).constFirst().isOffTarget()); // before it
        followUp.setValue(cost.id, QDate(2026, 11, 23), KpiValue { cost.id, {}, 51, 60 });
        QVERIFY(!followUp.statuses(QDate(2026, 11, 30)).constFirst().isOffTarget());
        // Cleared: the week before is the latest again.
        followUp.setValue(cost.id, QDate(2026, 11, 23), std::nullopt);
        QCOMPARE(followUp.statuses(QDate(2026, 11, 30)).constFirst().latest->periodStart,
                 QDate(2026, 11, 16));

        // An at-least KPI by month; switching it to weeks keeps its values, on Mondays.
        Kpi adoption;
        adoption.projectId = committee.claims;
        adoption.name = QStringLiteral("Adoption");
        adoption.unit = QStringLiteral("%");
        adoption.cadence = KpiCadence::Month;
        adoption.target = 70'000;
        adoption.id = followUp.saveKpi(adoption);
        followUp.setValue(adoption.id, QDate(2026, 11, 20),
                          KpiValue { adoption.id, {}, 69'999, std::nullopt });
        QCOMPARE(followUp.values(adoption.id).constFirst().periodStart, QDate(2026, 11, 1));
        QVERIFY(followUp.statuses(QDate(2026, 11, 30), committee.claims).constFirst().isOffTarget());
        adoption.cadence = KpiCadence::Week;
        followUp.saveKpi(adoption);
        QCOMPARE(followUp.values(adoption.id).constFirst().periodStart, QDate(2026, 10, 26));

        // Bad input names its field and leaves the file as it was.
        const QByteArray before = storedState(*committee.db);
        Kpi unnamed = cost;
        unnamed.id = 0;
        unnamed.name = QStringLiteral("  ");
        QCOMPARE(validationField([&] { followUp.saveKpi(unnamed); }), QStringLiteral("name"));
        QCOMPARE(validationField([&] {
                     followUp.setValue(cost.id, QDate(2026, 11, 30),
                                       KpiValue { cost.id, {}, Kpi::MaxMillis + 1, std::nullopt });
                 }),
                 QStringLiteral("actual"));
        QCOMPARE(storedState(*committee.db), before);
        followUp.removeKpi(adoption.id);
        QCOMPARE(rowCount(committee.database(), QStringLiteral("kpi_values")), 1);
    }

    void sessionCalendar()
    {
        // Weekly on Tuesday by default; every two weeks on Thursday once edited.
        SessionCadence cadence;
        QCOMPARE(cadence.nextOnOrAfter(QDate(2026, 12, 1)), QDate(2026, 12, 1)); // a Tuesday
        QCOMPARE(cadence.nextOnOrAfter(QDate(2026, 12, 2)), QDate(2026, 12, 8));
        cadence = { Qt::Thursday, 2 };
        QCOMPARE(cadence.nextOnOrAfter(QDate(2026, 12, 1), QDate(2026, 11, 26)), QDate(2026, 12, 10));

        Committee committee;
        SessionRepository sessions(committee.database());
        QCOMPARE(sessions.cadence(), SessionCadence());
        sessions.setCadence(cadence);
        QCOMPARE(sessions.cadence(), cadence);
        sessions.setCadence({});
        // Planned after the last session: 8, 15 and 22 December.
        QCOMPARE(sessions.planUntil(QDate(2026, 11, 30), QDate(2026, 12, 22)), 3);
        QCOMPARE(sessions.list().constLast().heldOn, QDate(2026, 12, 22));
        QCOMPARE(sessions.planUntil(QDate(2026, 11, 30), QDate(2026, 12, 22)), 0);

        // The next session is the first not held from today on; past the calendar, the cadence's.
        QCOMPARE(sessions.next(QDate(2026, 11, 24)).heldOn, QDate(2026, 12, 1)); // the 24th is held
        QCOMPARE(sessions.next(QDate(2026, 12, 1)).id, committee.planned);
        const CommitteeSession beyond = sessions.next(QDate(2026, 12, 23));
        QCOMPARE(beyond.id, SessionId(0));
        QCOMPARE(beyond.heldOn, QDate(2026, 12, 29));
        QCOMPARE(sessions.previousHeld(QDate(2026, 12, 1))->id, committee.held);

        const QByteArray before = storedState(*committee.db);
        QCOMPARE(validationField([&] { sessions.schedule(QDate(2026, 12, 8)); }), QStringLiteral("date"));
        QCOMPARE(validationField([&] { sessions.setCadence({ 8, 1 }); }), QStringLiteral("weekday"));
        committee.decide(committee.legal, DecisionKind::ReEvaluate, QDate(2026, 12, 15));
        const QByteArray withDecision = storedState(*committee.db);
        QVERIFY(before != withDecision);
        try {
            sessions.remove(committee.held);
            QFAIL("a session with decisions was removed");
        } catch (const ValidationError &error) {
            QCOMPARE(error.code(), ErrorCode::SessionHasDecisions);
        }
        QCOMPARE(storedState(*committee.db), withDecision);
        sessions.remove(committee.planned);
        QCOMPARE(sessions.list().size(), 4);
    }

    void sessionDecisionsChangeTheProject()
    {
        Committee committee;
        ProjectRepository projects(committee.database());
        DecisionLog log(committee.database());

        const DecisionId pause = committee.decide(committee.legal, DecisionKind::Pause, QDate(2026, 12, 15));
        QCOMPARE(projects.find(committee.legal)->status, ProjectStatus::Paused);
        const DecisionId approve
            = committee.decide(committee.legal, DecisionKind::Approve, QDate(2026, 12, 15));
        QCOMPARE(projects.find(committee.legal)->status, ProjectStatus::Active);
        QCOMPARE(log.find(approve)->statusBefore, std::optional<ProjectStatus>(ProjectStatus::Paused));
        log.undoSessionDecision(approve);
        log.undoSessionDecision(pause);
        QCOMPARE(projects.find(committee.legal)->status, ProjectStatus::Active);

        const DecisionId delegate
            = committee.decide(committee.claims, DecisionKind::DelegateCfo, QDate(2026, 12, 15));
        QCOMPARE(projects.find(committee.claims)->decisionLevel, DecisionLevel::Cfo);
        QCOMPARE(log.find(delegate)->owner, QStringLiteral("DSI"));
        QCOMPARE(log.find(delegate)->sessionId, std::optional<SessionId>(committee.held));
        QCOMPARE(log.find(delegate)->decidedOn, QDate(2026, 11, 24));
        log.undoSessionDecision(delegate);
        QCOMPARE(projects.find(committee.claims)->decisionLevel, DecisionLevel::Cio);

        // A stop before approval rejects; after, it closes.
        QCOMPARE(statusAfter(DecisionKind::Stop, ProjectStatus::Evaluating),
                 std::optional<ProjectStatus>(ProjectStatus::Rejected));
        QCOMPARE(statusAfter(DecisionKind::Stop, ProjectStatus::Active),
                 std::optional<ProjectStatus>(ProjectStatus::Closed));
        QCOMPARE(statusAfter(DecisionKind::Approve, ProjectStatus::Active), std::nullopt);

        // No owner, no due date, a routing kind: refused, the file untouched.
        const QByteArray before = storedState(*committee.db);
        SessionDecision missing;
        missing.sessionId = committee.held;
        missing.projectId = committee.legal;
        missing.kind = DecisionKind::Approve;
        missing.reason = QStringLiteral("go");
        missing.dueOn = QDate(2026, 12, 15);
        QCOMPARE(validationField([&] { log.recordSessionDecision(missing); }), QStringLiteral("owner"));
        missing.owner = QStringLiteral("CEO");
        missing.dueOn = QDate();
        QCOMPARE(validationField([&] { log.recordSessionDecision(missing); }), QStringLiteral("due"));
        missing.dueOn = QDate(2026, 12, 15);
        missing.kind = DecisionKind::RoutingAccepted;
        QCOMPARE(validationField([&] { log.recordSessionDecision(missing); }), QStringLiteral("kind"));
        QCOMPARE(storedState(*committee.db), before);
    }

    void extendedBudgetUndoAndRedo()
    {
        Committee committee;
        Database &database = committee.database();
        BudgetRepository budgets(database);
        const BudgetId q4
            = budgets.set(makeBudget(committee.legal, PeriodKind::Quarter, QDate(2026, 10, 1), 100'000));
        const auto auditCount = [&database] {
            return rowCount(database, QStringLiteral("audit_log"));
        };
        DecisionLog log(database);

        SessionDecision extend;
        extend.sessionId = committee.held;
        extend.projectId = committee.legal;
        extend.kind = DecisionKind::ExtendBudget;
        extend.reason = QStringLiteral("Volumes doubled after the pilot");
        extend.owner = QStringLiteral("DAF");
        extend.dueOn = QDate(2026, 12, 31);
        extend.budget = makeBudget(committee.legal, PeriodKind::Quarter, QDate(2026, 10, 1), 150'000);

        // Not larger: refused, nothing written.
        const QByteArray untouched = storedState(*committee.db);
        SessionDecision smaller = extend;
        smaller.budget->amount = Money(100'000, QStringLiteral("EUR"));
        QCOMPARE(validationField([&] { log.recordSessionDecision(smaller); }), QStringLiteral("budget"));
        SessionDecision elsewhere = extend;
        elsewhere.budget->projectId = committee.claims;
        QCOMPARE(validationField([&] { log.recordSessionDecision(elsewhere); }), QStringLiteral("budget"));
        QCOMPARE(storedState(*committee.db), untouched);

        const qint64 auditBefore = auditCount();
        const auto consistent = [&](std::int64_t amount, int decisions) {
            return budgets.find(q4)->amount.minorUnits() == amount
                && log.list({ committee.legal, {}, {}, {} }).size() == decisions;
        };
        DecisionId id = log.recordSessionDecision(extend);
        QVERIFY(consistent(150'000, 1));
        const Decision recorded = *log.find(id);
        QCOMPARE(recorded.budgetId, std::optional<BudgetId>(q4));
        QCOMPARE(recorded.budgetBefore, std::optional<Money>(Money(100'000, QStringLiteral("EUR"))));
        QCOMPARE(recorded.budgetAfter, std::optional<Money>(Money(150'000, QStringLiteral("EUR"))));
        // The budget's own audit entry and the decision's.
        QCOMPARE(auditCount(), auditBefore + 2);
        log.undoSessionDecision(id);
        QVERIFY(consistent(100'000, 0));
        id = log.recordSessionDecision(extend); // redo
        QVERIFY(consistent(150'000, 1));
        QCOMPARE(auditCount(), auditBefore + 6);
        const QStringList budgetAudit = queryRows(
            database, QStringLiteral("SELECT action FROM audit_log WHERE entity = 'budget' ORDER BY id"));
        QCOMPARE(budgetAudit.size(), 4); // set, extended, put back, extended again

        // A budget the decision created goes away with its undo.
        SessionDecision fresh = extend;
        fresh.budget = makeBudget(committee.legal, PeriodKind::Quarter, QDate(2027, 1, 1), 80'000);
        const DecisionId created = log.recordSessionDecision(fresh);
        QVERIFY(!log.find(created)->budgetBefore);
        QCOMPARE(budgets.list().size(), 2);
        log.undoSessionDecision(created);
        QCOMPARE(budgets.list().size(), 1);
    }

    void agendaFromAFixture()
    {
        Committee committee;
        Database &database = committee.database();
        // Alerts: a critical one on LEG (85 % of its Q4 budget), an info one (its week) left out.
        BudgetRepository(database).set(
            makeBudget(committee.legal, PeriodKind::Quarter, QDate(2026, 10, 1), 100'000));
        CostLineRepository(database).add(
            makeLine(committee.legal, 85'000, QStringLiteral("EUR"), QDate(2026, 11, 18)));
        AlertStore alerts(database);
        AlertRule consumed;
        consumed.name = QStringLiteral("LEG 80 %");
        consumed.projectId = committee.legal;
        consumed.threshold = 8000;
        consumed.severity = AlertSeverity::Critical;
        alerts.createRule(consumed);
        AlertRule quiet = consumed;
        quiet.name = QStringLiteral("LEG weekly spend");
        quiet.kind = AlertKind::WeeklySpend;
        quiet.threshold = 10'000;
        quiet.severity = AlertSeverity::Info;
        alerts.createRule(quiet);
        AlertEngine(database).evaluate(IsoWeek(2026, 47));
        QCOMPARE(alerts.alerts().size(), 2);

        // Routing: customer-facing to the committee (CLM), infrastructure to the CIO.
        RoutingRule customers;
        customers.customerFacing = true;
        customers.level = DecisionLevel::Committee;
        RoutingRule infrastructure;
        infrastructure.infrastructureOnly = true;
        infrastructure.level = DecisionLevel::Cio;
        RoutingRule small;
        small.budgetBelow = 100'000'000;
        small.level = DecisionLevel::Cfo;
        RoutingRuleRepository(database).replaceAll({ customers, infrastructure, small });

        // Milestones on the session's day (Tuesday 2026-12-01): late, due next week, upcoming, done.
        FollowUpRepository followUp(database);
        const MilestoneId late
            = followUp.saveMilestone(milestone(committee.legal, MilestoneKind::Pilot, QDate(2026, 11, 20)));
        const MilestoneId due
            = followUp.saveMilestone(milestone(committee.claims, MilestoneKind::GoNoGo, QDate(2026, 12, 9)));
        followUp.saveMilestone(milestone(committee.platform, MilestoneKind::Production, QDate(2026, 12, 20)));
        followUp.saveMilestone(
            milestone(committee.legal, MilestoneKind::Review, QDate(2026, 11, 10), QDate(2026, 11, 12)));

        // KPIs: December's value counts on 1 December (off target); LEG's cost is on target.
        Kpi adoption;
        adoption.projectId = committee.claims;
        adoption.name = QStringLiteral("Adoption");
        adoption.target = 70'000;
        adoption.id = followUp.saveKpi(adoption);
        followUp.setValue(adoption.id, QDate(2026, 11, 1),
                          KpiValue { adoption.id, {}, 75'000, std::nullopt });
        followUp.setValue(adoption.id, QDate(2026, 12, 1),
                          KpiValue { adoption.id, {}, 60'000, std::nullopt });
        Kpi cost;
        cost.projectId = committee.legal;
        cost.name = QStringLiteral("Cost per request");
        cost.direction = KpiDirection::AtMost;
        cost.target = 50;
        cost.id = followUp.saveKpi(cost);
        followUp.setValue(cost.id, QDate(2026, 11, 1), KpiValue { cost.id, {}, 40, std::nullopt });

        // Decisions of the last session: one due by the session, one later, one done.
        const DecisionId dueDecision
            = committee.decide(committee.claims, DecisionKind::ReEvaluate, QDate(2026, 12, 1));
        committee.decide(committee.legal, DecisionKind::Approve, QDate(2026, 12, 15));
        const DecisionId done
            = committee.decide(committee.platform, DecisionKind::ReEvaluate, QDate(2026, 11, 28));
        DecisionLog(database).setDone(done, QDate(2026, 11, 27));

        const QByteArray before = storedState(*committee.db);
        const SessionAgenda agenda = SessionAgenda::compute(database, QDate(2026, 11, 30));
        QCOMPARE(storedState(*committee.db), before); // reading the agenda writes nothing
        QCOMPARE(agenda.session.id, committee.planned);
        QCOMPARE(agenda.previous->id, committee.held);
        QCOMPARE(agenda.alerts.size(), 1);
        QCOMPARE(agenda.alerts.constFirst().severity, AlertSeverity::Critical);
        QCOMPARE(agenda.projectCode(agenda.alerts.constFirst().projectId), QStringLiteral("LEG"));
        QCOMPARE(agenda.routing.size(), 1);
        QCOMPARE(agenda.routing.constFirst().project.id, committee.claims);
        QCOMPARE(agenda.milestones.size(), 2);
        QCOMPARE(agenda.milestones.at(0).id, late);
        QCOMPARE(agenda.milestones.at(1).id, due);
        QCOMPARE(agenda.kpisOffTarget.size(), 1);
        QCOMPARE(agenda.kpisOffTarget.constFirst().kpi.id, adoption.id);
        QCOMPARE(agenda.kpisOffTarget.constFirst().latest->actual, 60'000);
        QCOMPARE(agenda.decisionsDue.size(), 1);
        QCOMPARE(agenda.decisionsDue.constFirst().id, dueDecision);
        QCOMPARE(agenda.previousDecisions.size(), 3);
        QCOMPARE(agenda.itemCount(), 6);

        // Once CLM's routing is settled by a decision that overrides it, it leaves the agenda.
        DecisionLog(database).recordRouting(committee.claims, DecisionLevel::Committee, DecisionLevel::Cio,
                                            QStringLiteral("The CIO runs it"), QDate(2026, 11, 30));
        QCOMPARE(SessionAgenda::compute(database, QDate(2026, 11, 30)).routing.size(), 0);
    }

    void iCalendarReadBackByPython()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!python.isEmpty(), "python3 is one of the test dependencies (packaging/install-deps.sh)");
        const QString longSummary
            = QStringLiteral("Comité IA : revue hebdomadaire, décisions; budgets \\ suivi — ")
            + QString(60, QChar(u'é'));
        const QList<CalendarEvent> events {
            { QStringLiteral("session-1@costboard"), QDate(2026, 12, 1), longSummary,
              QStringLiteral("Ordre du jour:\n1. Alertes\n2. Jalons") },
            { QStringLiteral("milestone-7@costboard"),
              QDate(2027, 1, 15),
              QStringLiteral("CLM: go/no-go"),
              {} },
        };
        const QByteArray file = iCalendarFile(events, QStringLiteral("Comité"),
                                              QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
        for (const QByteArray &line : file.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("committee.ics"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file);
        out.close();

        // An independent reader: RFC 5545 unfolding and unescaping with the standard library only.
        const QString script = QStringLiteral(R"(
import sys, datetime, json
raw = open(sys.argv[1], 'rb').read().decode('utf-8')
assert '\n' not in raw.replace('\r\n', ''), 'bare LF'
lines = raw.replace('\r\n ', '').split('\r\n')
assert lines[0] == 'BEGIN:VCALENDAR' and lines[-2] == 'END:VCALENDAR' and lines[-1] == ''
def unescape(t):
    out, i = [], 0
    while i < len(t):
        if t[i] == '\\':
            n = t[i + 1]; out.append('\n' if n in 'nN' else n); i += 2
        else:
            out.append(t[i]); i += 1
    return ''.join(out)
events, event = [], None
for line in lines[:-1]:
    name, _, value = line.partition(':')
    if line == 'BEGIN:VEVENT': event = {}
    elif line == 'END:VEVENT': events.append(event); event = None
    elif event is not None:
        key = name.split(';')[0]
        event[key] = unescape(value) if key in ('SUMMARY', 'DESCRIPTION') else value
for e in events:
    start = datetime.datetime.strptime(e['DTSTART'], '%Y%m%d').date()
    end = datetime.datetime.strptime(e['DTEND'], '%Y%m%d').date()
    assert (end - start).days == 1
    e['DAY'] = start.isoformat()
print(json.dumps([[e['UID'], e['DAY'], e['SUMMARY'], e.get('DESCRIPTION', '')] for e in events]))
)");
        QProcess reader;
        reader.start(python, { QStringLiteral("-c"), script, path });
        QVERIFY(reader.waitForFinished(30'000));
        QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
        const QJsonArray read = QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).toArray().at(0).toString(), QStringLiteral("session-1@costboard"));
        QCOMPARE(read.at(0).toArray().at(1).toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(read.at(0).toArray().at(2).toString(), longSummary);
        QCOMPARE(read.at(0).toArray().at(3).toString(),
                 QStringLiteral("Ordre du jour:\n1. Alertes\n2. Jalons"));
        QCOMPARE(read.at(1).toArray().at(1).toString(), QStringLiteral("2027-01-15"));
        QCOMPARE(read.at(1).toArray().at(3).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestCommitteeWork)
#include "tst_committeework.moc"
