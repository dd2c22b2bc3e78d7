// SPDX-License-Identifier: GPL-3.0-or-later
// `costboard-cli check` as a person or a script runs it: a clean demo, a file edited with another
// tool (issue 14's reproducer: a line moved without its roll-ups), --repair, a read-only file, and
// the quick check's warning beside another command's figures.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "demo/demoportfolio.h"
#include "storage/database.h"

using namespace costboard;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_templatePath;

    QString freshDemo(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_templatePath, path) ? path : QString();
    }

    Run run(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COSTBOARD_LOG_DIR"), m_dir.filePath(QStringLiteral("logs")));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(COSTBOARD_CLI_EXECUTABLE), arguments);
        process.waitForFinished(120'000);
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 process.readAllStandardOutput(), process.readAllStandardError() };
    }

    // Plain SQL from outside CostBoard, as the sqlite3 tool would run it.
    static void edit(const QString &path, const QString &statement)
    {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), { path, statement });
        QVERIFY(sqlite.waitForFinished(30'000));
        QVERIFY2(sqlite.exitCode() == 0, sqlite.readAllStandardError().constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_templatePath = m_dir.filePath(QStringLiteral("template.sqlite"));
        DemoOptions options;
        options.weeks = 20;
        options.lines = 2000;
        auto database = Database::openSqlite(m_templatePath);
        generateDemoPortfolio(*database, options);
        execSql(*database, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    void demoChecksClean()
    {
        const QString path = freshDemo(QStringLiteral("clean.sqlite"));
        const Run checked = run({ QStringLiteral("check"), QStringLiteral("--db"), path });
        QCOMPARE(checked.exitCode, 0);
        QVERIFY2(checked.out.contains("No problem found"), checked.out.constData());
        QVERIFY2(checked.err.isEmpty(), checked.err.constData());
    }

    void driftIsFoundThenRepaired()
    {
        const QString path = freshDemo(QStringLiteral("drift.sqlite"));
        edit(path,
             QStringLiteral("UPDATE cost_lines SET incurred_on = date(incurred_on, '-3 days'),"
                            " week_start = date(date(incurred_on, '-3 days'), '-6 days', 'weekday 1')"
                            " WHERE id = (SELECT MIN(id) FROM cost_lines WHERE service_start IS NULL)"));

        const Run found
            = run({ QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--json") });
        QCOMPARE(found.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(found.out).object();
        QCOMPARE(report.value(QStringLiteral("clean")).toBool(true), false);
        QCOMPARE(report.value(QStringLiteral("repaired")).toBool(true), false);
        const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("drift"));

        const Run repaired
            = run({ QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--repair") });
        QCOMPARE(repaired.exitCode, 0);
        QVERIFY2(repaired.out.contains("No problem left"), repaired.out.constData());
        QCOMPARE(run({ QStringLiteral("check"), QStringLiteral("--db"), path }).exitCode, 0);
    }

    // Issue 14, defect 7: a reporting currency 'XXX' set around the schema (triggers dropped)
    // is reported by the check, and beside the figures of every command.
    void valuesOutOfTheirDomainAreReported()
    {
        const QString path = freshDemo(QStringLiteral("domain.sqlite"));
        edit(path,
             QStringLiteral("DROP TRIGGER settings_domain_update;"
                            " UPDATE settings SET value = 'XXX' WHERE key = 'reporting_currency'"));
        const Run checked
            = run({ QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--repair") });
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.out.contains("settings.reporting_currency"), checked.out.constData());
        QVERIFY2(checked.out.contains("Still to be fixed by a person") || !checked.out.contains("Repaired"),
                 checked.out.constData());

        const Run snapshot = run({ QStringLiteral("snapshot"), QStringLiteral("--db"), path });
        QVERIFY2(snapshot.err.contains("settings.reporting_currency"), snapshot.err.constData());
        QVERIFY2(snapshot.err.contains("costboard check --db"), snapshot.err.constData());
    }

    // Without --repair the check only reads: a read-only file is checked and left as it was.
    void checksAReadOnlyFile()
    {
        const QString path = freshDemo(QStringLiteral("readonly.sqlite"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const Run checked = run({ QStringLiteral("check"), QStringLiteral("--db"), path });
        QCOMPARE(checked.exitCode, 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
