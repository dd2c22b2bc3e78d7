// SPDX-License-Identifier: GPL-3.0-or-later
#include <chrono>
#include <memory>
#include <thread>

#include <QElapsedTimer>
#include <QObject>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "errors.h"
#include "errortexts.h"
#include "storage/auditlog.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "storage/writewait.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace {

// Monday 2026-11-16 .. Sunday 2026-11-22.
const IsoWeek week47(2026, 47);
const QDate tuesday47(2026, 11, 17);

QString notices(const QList<Alert> &alerts)
{
    QStringList words;
    for (const Alert &alert : alerts)
        words << QStringLiteral("%1:%2:%3")
                     .arg(alert.id)
                     .arg(alert.pendingNotice ? toKey(*alert.pendingNotice) : QStringLiteral("-"),
                          toKey(alert.severity));
    return words.join(u' ');
}

} // namespace

// How alerts reach the people who act on them: each stored change waits in the database until the
// `alerts` report holding it has been printed (at least once, never lost to a kill), and storing
// waits for another writer instead of failing while it measures beside it.
class TestAlertDelivery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void changeWaitsUntilAnnounced();
    void escalationBeforeAnnouncementIsStillNew();
    void resolutionIsAnnouncedToo();
    void announcingSkipsAnAlertThatChangedSince();
    void nothingNewWritesNothingBesideAWriter();
    void storingWaitsForAnotherWriter();
    void storingGivesUpWithAClearError();
    void whatChangedDuringTheWaitIsMeasuredAgain();

private:
    TestDatabase openAgain() const { return Database::openSqlite(m_path, Database::IfMissing::Refuse); }
    void spend(Database &database, std::int64_t minor) const
    {
        CostLineRepository(database).add(makeLine(m_project, minor, QStringLiteral("EUR"), tuesday47));
    }

    QTemporaryDir m_dir;
    QString m_path;
    TestDatabase m_db;
    ProjectId m_project = 0;
    int m_count = 0;
};

void TestAlertDelivery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    AuditLog::setActor(QStringLiteral("cron.test"));
}

// A file (other connections open it too): one project and two rules on its weekly spend, a warning
// from 1,000.00 and a critical alert from 5,000.00.
void TestAlertDelivery::init()
{
    m_path = m_dir.filePath(QStringLiteral("delivery-%1.sqlite").arg(++m_count));
    m_db = Database::openSqlite(m_path, Database::IfMissing::Create);
    m_project = ProjectRepository(*m_db).create(makeProject(QStringLiteral("LEG")));
    AlertStore store(*m_db);
    for (const auto &[threshold, severity] :
         { std::pair { 100'000, AlertSeverity::Warning }, std::pair { 500'000, AlertSeverity::Critical } }) {
        AlertRule rule;
        rule.name = QStringLiteral("weekly %1").arg(threshold);
        rule.kind = AlertKind::WeeklySpend;
        rule.projectId = m_project;
        rule.threshold = threshold;
        rule.severity = severity;
        store.createRule(rule);
    }
}

void TestAlertDelivery::cleanup()
{
    m_db.reset();
}

// A run killed after storing and before printing leaves the change to announce: the next run
// finds it still pending (and prints it), and only marking it after printing clears it.
void TestAlertDelivery::changeWaitsUntilAnnounced()
{
    AlertStore store(*m_db);
    QVERIFY(store.pendingNotices().isEmpty());
    spend(*m_db, 200'000);
    AlertEvaluation evaluation = AlertEngine(*m_db).evaluate(week47);
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    const AlertId id = evaluation.fired.first().id;
    QCOMPARE(notices(store.pendingNotices()), QStringLiteral("%1:fired:warning").arg(id));

    // The next run (the first was killed before it printed): nothing changes, it is still to tell.
    evaluation = AlertEngine(*m_db).evaluate(week47);
    QVERIFY(evaluation.fired.isEmpty());
    const QList<Alert> pending = store.pendingNotices();
    QCOMPARE(notices(pending), QStringLiteral("%1:fired:warning").arg(id));

    // Printed, then marked: the run after that has nothing new.
    store.markNotified(pending);
    QVERIFY(store.pendingNotices().isEmpty());
    evaluation = AlertEngine(*m_db).evaluate(week47);
    QVERIFY(evaluation.fired.isEmpty());
    QVERIFY(store.pendingNotices().isEmpty());
    QCOMPARE(store.findAlert(id)->state, AlertState::Open); // the alert itself is untouched
}

void TestAlertDelivery::escalationBeforeAnnouncementIsStillNew()
{
    AlertStore store(*m_db);
    spend(*m_db, 200'000);
    const AlertId id = AlertEngine(*m_db).evaluate(week47).fired.first().id;
    spend(*m_db, 400'000);
    const AlertEvaluation evaluation = AlertEngine(*m_db).evaluate(week47);
    QCOMPARE(evaluation.escalated.size(), qsizetype(1));
    // Never announced: the report says once that it is new, at the severity it has now.
    QCOMPARE(notices(store.pendingNotices()), QStringLiteral("%1:fired:critical").arg(id));
    store.markNotified(store.pendingNotices());
    QVERIFY(store.pendingNotices().isEmpty());
}

void TestAlertDelivery::resolutionIsAnnouncedToo()
{
    AlertStore store(*m_db);
    spend(*m_db, 200'000);
    const AlertId id = AlertEngine(*m_db).evaluate(week47).fired.first().id;
    store.markNotified(store.pendingNotices());

    spend(*m_db, 400'000);
    AlertEngine(*m_db).evaluate(week47);
    QCOMPARE(notices(store.pendingNotices()), QStringLiteral("%1:escalated:critical").arg(id));
    store.markNotified(store.pendingNotices());

    for (const AlertRule &rule : store.rules())
        store.setRuleEnabled(rule.id, false);
    const AlertEvaluation evaluation = AlertEngine(*m_db).evaluate(week47);
    QCOMPARE(evaluation.resolved.size(), qsizetype(1));
    QCOMPARE(notices(store.pendingNotices()), QStringLiteral("%1:resolved:critical").arg(id));
    store.markNotified(store.pendingNotices());
    QVERIFY(store.pendingNotices().isEmpty());
}

// Another evaluation (the window's, after an edit) escalated the alert between the report's
// reading and its marking: the escalation was not printed, so it stays to announce.
void TestAlertDelivery::announcingSkipsAnAlertThatChangedSince()
{
    AlertStore store(*m_db);
    spend(*m_db, 200'000);
    const AlertId id = AlertEngine(*m_db).evaluate(week47).fired.first().id;
    store.markNotified(store.pendingNotices());
    spend(*m_db, 50'000);
    AlertEngine(*m_db).evaluate(week47); // new figures, nothing to announce
    QVERIFY(store.pendingNotices().isEmpty());

    spend(*m_db, 400'000);
    AlertEngine(*m_db).evaluate(week47);
    const QList<Alert> printed = store.pendingNotices();
    QCOMPARE(notices(printed), QStringLiteral("%1:escalated:critical").arg(id));
    for (const AlertRule &rule : store.rules())
        store.setRuleEnabled(rule.id, false);
    AlertEngine(*m_db).evaluate(week47); // resolved meanwhile
    store.markNotified(printed);
    QCOMPARE(notices(store.pendingNotices()), QStringLiteral("%1:resolved:critical").arg(id));
}

// The quiet run of most weeks: measured on a read transaction beside a writer, nothing to store,
// so it neither waits for the write lock nor writes a byte.
void TestAlertDelivery::nothingNewWritesNothingBesideAWriter()
{
    spend(*m_db, 200'000);
    AlertEngine(*m_db).evaluate(week47);
    AlertStore(*m_db).markNotified(AlertStore(*m_db).pendingNotices());
    const qint64 writes = queryValue(*m_db, QStringLiteral("SELECT total_changes()")).toLongLong();

    const auto writer = openAgain();
    Transaction hold(*writer);
    spend(*writer, 1); // not committed: the evaluation does not see it
    QElapsedTimer timer;
    timer.start();
    const AlertEvaluation evaluation = AlertEngine(*m_db).evaluate(week47);
    QVERIFY2(timer.elapsed() < 2'000, QByteArray::number(timer.elapsed()).constData());
    QVERIFY(evaluation.fired.isEmpty() && evaluation.escalated.isEmpty() && evaluation.resolved.isEmpty());
    QCOMPARE(evaluation.open.size(), qsizetype(1));
    QCOMPARE(queryValue(*m_db, QStringLiteral("SELECT total_changes()")).toLongLong(), writes);
    hold.commit();
}

// A writer in another thread (its own connection) holds the write lock for 1.5 s, longer than
// the wait SQLite gives by itself here (set to 0.2 s): storing waits, says so once, then stores.
void TestAlertDelivery::storingWaitsForAnotherWriter()
{
    spend(*m_db, 200'000);
    execSql(*m_db, QStringLiteral("PRAGMA busy_timeout = 200"));
    QSemaphore holding;
    std::thread writer([&] {
        const auto connection = openAgain();
        Transaction hold(*connection);
        execSql(*connection, QStringLiteral("UPDATE projects SET name = name"));
        holding.release();
        std::this_thread::sleep_for(std::chrono::milliseconds(1'500));
        hold.commit();
    });
    holding.acquire();
    int waited = 0;
    AlertEngine engine(*m_db);
    engine.setWriteWait({ std::chrono::seconds(20), [&] {
                             ++waited;
                         } });
    QElapsedTimer timer;
    timer.start();
    AlertEvaluation evaluation;
    bool stored = true;
    try {
        evaluation = engine.evaluate(week47);
    } catch (const Error &error) {
        qWarning("%s", error.what());
        stored = false;
    }
    const qint64 elapsed = timer.elapsed();
    writer.join();
    QVERIFY(stored);
    QCOMPARE(waited, 1);
    QVERIFY2(elapsed >= 1'000, QByteArray::number(elapsed).constData());
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    QCOMPARE(rowCount(*m_db, QStringLiteral("alerts")), qint64(1));
    // The connection's own timeout is back once the lock is held.
    QCOMPARE(queryValue(*m_db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 200);
}

void TestAlertDelivery::storingGivesUpWithAClearError()
{
    spend(*m_db, 200'000);
    const auto writer = openAgain();
    auto hold = std::make_unique<Transaction>(*writer);
    execSql(*writer, QStringLiteral("UPDATE projects SET name = name"));
    int waited = 0;
    AlertEngine engine(*m_db);
    engine.setWriteWait({ std::chrono::milliseconds(1'000), [&] {
                             ++waited;
                         } });
    QElapsedTimer timer;
    timer.start();
    std::optional<ErrorCode> code;
    QString text;
    try {
        engine.evaluate(week47);
    } catch (const StorageError &error) {
        code = error.code();
        text = errorText(error);
    }
    QVERIFY2(code == ErrorCode::DatabaseWriteBusy, qPrintable(text));
    QVERIFY2(text.contains(m_path) && text.contains(QStringLiteral("1 s")), qPrintable(text));
    QCOMPARE(waited, 1);
    QVERIFY(timer.elapsed() >= 900);
    hold.reset(); // rolled back
    QCOMPARE(rowCount(*m_db, QStringLiteral("alerts")), qint64(0));
    QVERIFY(AlertStore(*m_db).pendingNotices().isEmpty());
    // The next write on the connection works as before.
    QCOMPARE(engine.evaluate(week47).fired.size(), qsizetype(1));
}

// The writer the evaluation waited for changed the figures: the rules are measured again under
// the write lock, so what is stored (critical) is right for the data as the writer left it, not
// for the snapshot first read (a warning).
void TestAlertDelivery::whatChangedDuringTheWaitIsMeasuredAgain()
{
    spend(*m_db, 200'000);
    QSemaphore holding;
    std::thread writer([&] {
        const auto connection = openAgain();
        Transaction hold(*connection);
        spend(*connection, 400'000);
        holding.release();
        std::this_thread::sleep_for(std::chrono::milliseconds(1'000));
        hold.commit();
    });
    holding.acquire();
    AlertEngine engine(*m_db);
    engine.setWriteWait({ std::chrono::seconds(20), {} });
    AlertEvaluation evaluation;
    try {
        evaluation = engine.evaluate(week47);
    } catch (const Error &error) {
        qWarning("%s", error.what());
    }
    writer.join();
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    QCOMPARE(toKey(evaluation.fired.first().severity), toKey(AlertSeverity::Critical));
    QCOMPARE(qint64(evaluation.fired.first().amountMinor), qint64(600'000));
    QCOMPARE(notices(AlertStore(*m_db).pendingNotices()),
             QStringLiteral("%1:fired:critical").arg(evaluation.fired.first().id));
}

QTEST_GUILESS_MAIN(TestAlertDelivery)
#include "tst_alertdelivery.moc"
