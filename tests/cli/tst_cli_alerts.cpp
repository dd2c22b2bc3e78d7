// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "demo/demoportfolio.h"
#include "storage/database.h"

using namespace costboard;

// `costboard-cli alerts` as cron runs it, against what happens around it: another process
// writing for longer than the database's busy timeout, and a run killed between storing its
// alerts and printing them.
class TestCliAlerts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void waitsForALongWriteAndSeesIt();
    void nothingNewTakesNoWriteLock();
    void alertsStoredButNeverPrintedAreNewAgain();

private:
    // A small demo portfolio of its own (default rules in place when `withRules`), never evaluated.
    QString freshDemo(const QString &name, bool withRules) const;
    QProcess *startAlerts(const QString &path, bool json = true);
    static QJsonObject parseObject(const QByteArray &out);
    static QSet<qint64> idsOf(const QJsonObject &report, const QString &section);

    QTemporaryDir m_dir;
    QString m_templatePath;
    IsoWeek m_week;
};

void TestCliAlerts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(COSTBOARD_CLI_EXECUTABLE)).isExecutable(), COSTBOARD_CLI_EXECUTABLE);
    m_templatePath = m_dir.filePath(QStringLiteral("template.sqlite"));
    DemoOptions options;
    options.weeks = 26;
    options.lines = 2000;
    m_week = options.lastWeek;
    auto database = Database::openSqlite(m_templatePath, Database::IfMissing::Create);
    generateDemoPortfolio(*database, options);
    // One file, no -wal beside it, so that a plain copy is the whole database.
    execSql(*database, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QString TestCliAlerts::freshDemo(const QString &name, bool withRules) const
{
    const QString path = m_dir.filePath(name);
    if (!QFile::copy(m_templatePath, path))
        return {};
    if (withRules) {
        auto database = Database::openSqlite(path, Database::IfMissing::Refuse);
        AlertStore(*database).ensureDefaultRules();
    }
    return path;
}

QProcess *TestCliAlerts::startAlerts(const QString &path, bool json)
{
    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("COSTBOARD_LOG_DIR"), m_dir.filePath(QStringLiteral("logs")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process->setProcessEnvironment(environment);
    QStringList arguments { QStringLiteral("alerts"), QStringLiteral("--db"), path, QStringLiteral("--week"),
                            m_week.toString() };
    if (json)
        arguments << QStringLiteral("--json");
    process->start(QStringLiteral(COSTBOARD_CLI_EXECUTABLE), arguments);
    return process;
}

QJsonObject TestCliAlerts::parseObject(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), out.constData());
    return document.object();
}

QSet<qint64> TestCliAlerts::idsOf(const QJsonObject &report, const QString &section)
{
    QSet<qint64> ids;
    for (const QJsonValue &value : report.value(section).toArray())
        ids << value.toObject().value(QStringLiteral("id")).toInteger();
    return ids;
}

// An import holding the write lock for 7 s (longer than the 5 s busy timeout) while cron runs
// `alerts`: the run waits, says so on stderr, and what it stores is right for the data as the
// writer left it (here, a rule the writer added), not for the snapshot it first read.
void TestCliAlerts::waitsForALongWriteAndSeesIt()
{
    const QString path = freshDemo(QStringLiteral("long-write.sqlite"), true);
    QVERIFY(!path.isEmpty());
    auto writer = Database::openSqlite(path, Database::IfMissing::Refuse);
    auto hold = std::make_unique<Transaction>(*writer);
    AlertRule everyWeek;
    everyWeek.name = QStringLiteral("any spend at all");
    everyWeek.kind = AlertKind::WeeklySpend;
    everyWeek.threshold = 1;
    AlertStore(*writer).createRule(everyWeek);

    QElapsedTimer held;
    held.start();
    QProcess *alerts = startAlerts(path);
    QVERIFY(alerts->waitForStarted(10'000));
    QThread::msleep(7'000);
    hold->commit();
    hold.reset();
    writer.reset();
    QVERIFY(alerts->waitForFinished(60'000));
    const QByteArray out = alerts->readAllStandardOutput();
    const QByteArray err = alerts->readAllStandardError();
    QVERIFY2(held.elapsed() >= 7'000, "the writer let go too early");
    QVERIFY2(
        alerts->exitStatus() == QProcess::NormalExit && alerts->exitCode() == 4,
        QByteArray("exit " + QByteArray::number(alerts->exitCode()) + "\n" + out + "\n" + err).constData());
    QVERIFY2(err.contains("waiting for another CostBoard write to finish"), err.constData());

    const QJsonObject report = parseObject(out);
    QSet<QString> kinds;
    for (const QJsonValue &value : report.value(QStringLiteral("fired")).toArray())
        kinds << value.toObject().value(QStringLiteral("kind")).toString();
    QVERIFY2(kinds.contains(QStringLiteral("weekly-spend")), out.constData());
    QVERIFY2(kinds.contains(QStringLiteral("budget-consumed")), out.constData());
}

// A run with nothing to store or announce needs no write at all: it does not wait for a writer.
void TestCliAlerts::nothingNewTakesNoWriteLock()
{
    const QString path = freshDemo(QStringLiteral("quiet.sqlite"), true);
    QVERIFY(!path.isEmpty());
    QProcess *first = startAlerts(path);
    QVERIFY(first->waitForFinished(60'000));
    QCOMPARE(first->exitCode(), 4);

    auto writer = Database::openSqlite(path, Database::IfMissing::Refuse);
    Transaction hold(*writer);
    QElapsedTimer timer;
    timer.start();
    QProcess *second = startAlerts(path, false);
    QVERIFY(second->waitForFinished(60'000));
    const qint64 elapsed = timer.elapsed();
    hold.commit();
    const QByteArray err = second->readAllStandardError();
    QVERIFY2(second->exitCode() == 4, err.constData());
    QCOMPARE(err, QByteArray()); // a cron mail holds the report only
    QVERIFY2(elapsed < 4'000, QByteArray::number(elapsed).constData());
    QVERIFY(!second->readAllStandardOutput().contains("\nNew\n"));
}

// What a run killed after storing its alerts and before printing them left behind: the next run
// announces them as new (at least once), and the one after that does not.
void TestCliAlerts::alertsStoredButNeverPrintedAreNewAgain()
{
    const QString path = freshDemo(QStringLiteral("killed.sqlite"), true);
    QVERIFY(!path.isEmpty());
    QSet<qint64> stored;
    {
        auto database = Database::openSqlite(path, Database::IfMissing::Refuse);
        for (const Alert &alert : AlertEngine(*database).evaluate(m_week).fired)
            stored << alert.id;
    }
    QVERIFY(!stored.isEmpty());

    QProcess *next = startAlerts(path);
    QVERIFY(next->waitForFinished(60'000));
    const QByteArray out = next->readAllStandardOutput();
    QVERIFY2(next->exitCode() == 4, next->readAllStandardError().constData());
    QCOMPARE(idsOf(parseObject(out), QStringLiteral("fired")), stored);

    QProcess *after = startAlerts(path);
    QVERIFY(after->waitForFinished(60'000));
    const QJsonObject report = parseObject(after->readAllStandardOutput());
    QVERIFY(idsOf(report, QStringLiteral("fired")).isEmpty());
    QCOMPARE(idsOf(report, QStringLiteral("open")), stored);
}

QTEST_GUILESS_MAIN(TestCliAlerts)
#include "tst_cli_alerts.moc"
