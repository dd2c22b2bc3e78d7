// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log as the Audit log page reads it: old and new values, filters by entity and by
// days, and the actor taken from the user's name.

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "settings/appsettings.h"
#include "storage/auditlog.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;

class TestAuditLog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void changeOf_data();
    void changeOf();
    void recordChangeReadsBack();
    void projectEditHasOldAndNewValues();
    void filtersByEntity();
    void filtersByLocalDays();
    void listsEntitiesAndFirstEntry();
    void actorIsTheUserName();

private:
    // Moves entry `id` to `utc` (ISO 8601): the log only ever writes "now".
    void moveEntry(qint64 id, const QString &utc);

    test::TestDatabase m_database;
};

void TestAuditLog::initTestCase()
{
    // AppSettings reads QSettings: keep the developer's own settings out of it.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CostBoardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_auditlog"));
}

void TestAuditLog::init()
{
    m_database = test::openTestDatabase();
    QSettings().clear();
    AuditLog::setActor(QStringLiteral("tester"));
}

void TestAuditLog::cleanup()
{
    m_database.reset();
    AuditLog::setActor(QString());
    QSettings().clear();
}

void TestAuditLog::moveEntry(qint64 id, const QString &utc)
{
    execSql(*m_database, QStringLiteral("UPDATE audit_log SET at = '%1' WHERE id = %2").arg(utc).arg(id));
}

void TestAuditLog::changeOf_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("details");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::newRow("setting") << "update"
                             << "\"EUR\" → \"USD\""
                             << "\"EUR\""
                             << "\"USD\"";
    QTest::newRow("budget") << "update"
                            << "portfolio all categories quarter from 2026-01-01: 100.00 EUR → 120.00 EUR"
                            << "portfolio all categories quarter from 2026-01-01: 100.00 EUR"
                            << "120.00 EUR";
    QTest::newRow("creation") << "create"
                              << "created SUP \"Support\""
                              << ""
                              << "created SUP \"Support\"";
    QTest::newRow("deletion") << "delete"
                              << "project 3, inference, 2026-04-02"
                              << "project 3, inference, 2026-04-02"
                              << "";
    QTest::newRow("undone import") << "undo"
                                   << "costs.csv: 10 rows and 8 lines removed"
                                   << "costs.csv: 10 rows and 8 lines removed"
                                   << "";
    // FX rates name their pair with an arrow of their own, without spaces: not a change.
    QTest::newRow("fx pair") << "set"
                             << "USD→EUR from 2026-01-01: 920000000 / 10^9"
                             << ""
                             << "USD→EUR from 2026-01-01: 920000000 / 10^9";
    QTest::newRow("older project edit") << "update"
                                        << "name \"A\" → \"B\"; status proposed → active"
                                        << "name \"A\"; status proposed"
                                        << "\"B\"; active";
}

void TestAuditLog::changeOf()
{
    QFETCH(QString, action);
    QFETCH(QString, details);
    QFETCH(QString, before);
    QFETCH(QString, after);
    AuditEntry entry;
    entry.action = action;
    entry.details = details;
    const AuditChange change = AuditLog::changeOf(entry);
    QCOMPARE(change.before, before);
    QCOMPARE(change.after, after);
}

void TestAuditLog::recordChangeReadsBack()
{
    AuditLog log(*m_database);
    // A value holding the arrow itself must not split the entry in the wrong place.
    log.recordChange(QStringLiteral("update"), QStringLiteral("setting"), QStringLiteral("company_name"),
                     QStringLiteral("Acme → Old"), QStringLiteral("Acme New"));
    const QList<AuditEntry> entries
        = log.entriesFor(QStringLiteral("setting"), QStringLiteral("company_name"));
    QCOMPARE(entries.size(), qsizetype(1));
    const AuditChange change = AuditLog::changeOf(entries.first());
    QCOMPARE(change.before, QStringLiteral("Acme -> Old"));
    QCOMPARE(change.after, QStringLiteral("Acme New"));
    QCOMPARE(entries.first().actor, test::recordedActor(QStringLiteral("tester")));
}

void TestAuditLog::projectEditHasOldAndNewValues()
{
    ProjectRepository projects(*m_database);
    Project project;
    project.code = QStringLiteral("SUP");
    project.name = QStringLiteral("Support bot");
    project.owner = QStringLiteral("Dupont");
    project.startDate = QDate(2026, 1, 1);
    project.id = projects.create(project);
    project.name = QStringLiteral("Support assistant");
    project.status = ProjectStatus::Active;
    projects.update(project);

    const QList<AuditEntry> entries
        = AuditLog(*m_database).entriesFor(QStringLiteral("project"), QString::number(project.id));
    QCOMPARE(entries.size(), qsizetype(2));
    const AuditChange change = AuditLog::changeOf(entries.last());
    QCOMPARE(change.before, QStringLiteral("name \"Support bot\"; status proposed"));
    QCOMPARE(change.after, QStringLiteral("name \"Support assistant\"; status active"));
}

void TestAuditLog::filtersByEntity()
{
    AuditLog log(*m_database);
    log.record(QStringLiteral("create"), QStringLiteral("budget"), QStringLiteral("1"), QStringLiteral("b1"));
    log.record(QStringLiteral("create"), QStringLiteral("project"), QStringLiteral("7"),
               QStringLiteral("p7"));
    log.record(QStringLiteral("update"), QStringLiteral("budget"), QStringLiteral("1"),
               QStringLiteral("1 → 2"));

    AuditFilter filter;
    filter.entity = QStringLiteral("budget");
    const QList<AuditEntry> budgets = log.entries(filter);
    QCOMPARE(budgets.size(), qsizetype(2));
    // Newest first.
    QCOMPARE(budgets.at(0).action, QStringLiteral("update"));
    QCOMPARE(budgets.at(1).details, QStringLiteral("b1"));
    QCOMPARE(log.entries(AuditFilter {}).size(), qsizetype(3));
    filter.entity = QStringLiteral("alert");
    QVERIFY(log.entries(filter).isEmpty());
}

void TestAuditLog::filtersByLocalDays()
{
    AuditLog log(*m_database);
    for (int i = 0; i < 4; ++i)
        log.record(QStringLiteral("update"), QStringLiteral("setting"), QString::number(i),
                   QString::number(i));
    const QList<AuditEntry> all = log.latest(10);
    // Local midnight of 10, 11, 12 March 2026, plus one second before the 11th begins, written as UTC.
    const auto utcOf = [](const QDate &day, const QTime &time) {
        return QDateTime(day, time).toUTC().toString(Qt::ISODateWithMs);
    };
    moveEntry(all.at(3).id, utcOf(QDate(2026, 3, 10), QTime(9, 0)));
    moveEntry(all.at(2).id, utcOf(QDate(2026, 3, 10), QTime(23, 59, 59)));
    moveEntry(all.at(1).id, utcOf(QDate(2026, 3, 11), QTime(0, 0)));
    moveEntry(all.at(0).id, utcOf(QDate(2026, 3, 12), QTime(12, 0)));

    const auto idsFor = [&log](const QDate &from, const QDate &to) {
        QStringList ids;
        AuditFilter filter;
        filter.from = from;
        filter.to = to;
        for (const AuditEntry &entry : log.entries(filter))
            ids << entry.entityId;
        return ids.join(u',');
    };
    QCOMPARE(idsFor(QDate(2026, 3, 10), QDate(2026, 3, 10)), QStringLiteral("1,0"));
    QCOMPARE(idsFor(QDate(2026, 3, 11), QDate(2026, 3, 11)), QStringLiteral("2"));
    QCOMPARE(idsFor(QDate(2026, 3, 11), QDate(2026, 3, 12)), QStringLiteral("3,2"));
    QCOMPARE(idsFor(QDate(2026, 3, 11), QDate()), QStringLiteral("3,2"));
    QCOMPARE(idsFor(QDate(), QDate(2026, 3, 10)), QStringLiteral("1,0"));
    QCOMPARE(idsFor(QDate(2026, 3, 13), QDate(2026, 3, 31)), QString());
    // The times read back as they were written.
    QCOMPARE(log.latest(1).first().at.toLocalTime(), QDateTime(QDate(2026, 3, 12), QTime(12, 0)));
}

void TestAuditLog::listsEntitiesAndFirstEntry()
{
    AuditLog log(*m_database);
    QVERIFY(log.entities().isEmpty());
    QVERIFY(!log.firstEntryTime().isValid());
    log.record(QStringLiteral("create"), QStringLiteral("project"), QStringLiteral("1"), QString());
    log.record(QStringLiteral("create"), QStringLiteral("budget"), QStringLiteral("1"), QString());
    log.record(QStringLiteral("delete"), QStringLiteral("project"), QStringLiteral("1"), QString());
    QCOMPARE(log.entities(), (QStringList { QStringLiteral("budget"), QStringLiteral("project") }));
    moveEntry(log.latest(3).last().id, QStringLiteral("2026-02-01T08:00:00.000Z"));
    QCOMPARE(log.firstEntryTime(), QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC));
}

void TestAuditLog::actorIsTheUserName()
{
    AuditLog::setActor(QString());
    AppSettings::userName().reset();
    const QString login = AuditLog::actor();
    QVERIFY(!login.isEmpty()); // the operating-system login, or "unknown"

    AppSettings::userName().set(QStringLiteral("  Claire Martin "));
    QCOMPARE(AuditLog::actor(), QStringLiteral("Claire Martin"));
    DatabaseSettings(*m_database).setCompanyName(QStringLiteral("Acme"));
    const QList<AuditEntry> entries
        = AuditLog(*m_database).entriesFor(QStringLiteral("setting"), QStringLiteral("company_name"));
    QCOMPARE(entries.size(), qsizetype(1));
    QCOMPARE(entries.first().actor, test::recordedActor(QStringLiteral("Claire Martin")));

    // A process-wide actor (a server login, tests) still wins over the preference.
    AuditLog::setActor(QStringLiteral("svc-import"));
    QCOMPARE(AuditLog::actor(), QStringLiteral("svc-import"));
    AuditLog::setActor(QString());
    AppSettings::userName().set(QString(300, u'x'));
    QCOMPARE(AuditLog::actor().size(), qsizetype(AuditLog::MaxActorLength));
    AppSettings::userName().set(QStringLiteral("   "));
    QCOMPARE(AuditLog::actor(), login);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
