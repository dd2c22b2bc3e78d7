// SPDX-License-Identifier: GPL-3.0-or-later
// The team server's commands as an administrator runs them, against the test server
// (tst_cli_team_pg): `admin init-server` and `admin grant`, `migrate` of the demo (the snapshot
// JSON identical before and after), and `backup` of both backends, read back by their own tools.
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "domain/isoweek.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "storage/teamserver.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A server database holding nothing yet, named after this process and `purpose`.
QString emptyServerDatabase(const QString &purpose)
{
    return createTestServerDatabase(
               QStringLiteral("cbcli_%1_%2").arg(QCoreApplication::applicationPid()).arg(purpose))
        .toUrl();
}

} // namespace

class TestCliTeam : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    Run run(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COSTBOARD_LOG_DIR"), m_dir.filePath(QStringLiteral("logs")));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(COSTBOARD_CLI_EXECUTABLE), arguments);
        if (!process.waitForFinished(300000))
            return {};
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run demo
            = run({ QStringLiteral("demo"), QStringLiteral("--db"), m_demo, QStringLiteral("--weeks"),
                    QStringLiteral("20"), QStringLiteral("--lines"), QStringLiteral("3000") });
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    // The demo moved to the server: every table's rows and totals checked by the command, and the
    // dashboard's snapshot JSON byte for byte the same on both backends.
    void migrateMovesTheDemoAndTheSnapshotStaysTheSame()
    {
        const QString server = emptyServerDatabase(QStringLiteral("migrate"));
        const QByteArray fileBefore = fileHash(m_demo);
        const Run migrate
            = run({ QStringLiteral("migrate"), QStringLiteral("--from"), m_demo, QStringLiteral("--to"),
                    server, QStringLiteral("--lang"), QStringLiteral("en") });
        QVERIFY2(migrate.exitCode == 0, migrate.err.constData());
        QVERIFY2(migrate.out.contains("in one transaction; the counts and"), migrate.out.constData());
        QCOMPARE(fileHash(m_demo), fileBefore); // the file is only read

        // The audit log keeps who wrote what in the file, not who ran the copy (before `alerts`
        // below stores its evaluation, as the server user on the server).
        const std::unique_ptr<Database> file
            = Database::open(m_demo, Database::IfMissing::Refuse, Database::Access::ReadOnly);
        const std::unique_ptr<Database> copy = Database::open(server);
        const QString actors
            = QStringLiteral("SELECT actor, COUNT(*) FROM audit_log GROUP BY actor ORDER BY actor");
        QCOMPARE(queryRows(*copy, actors), queryRows(*file, actors));
        for (const QString &week : { QStringLiteral("2026-W40"), IsoWeek::current().toString() }) {
            const QStringList snapshot { QStringLiteral("snapshot"), QStringLiteral("--json"),
                                         QStringLiteral("--week"),   week,
                                         QStringLiteral("--by"),     QStringLiteral("month,quarter") };
            const Run fromFile = run(snapshot + QStringList { QStringLiteral("--db"), m_demo });
            const Run fromServer = run(snapshot + QStringList { QStringLiteral("--db"), server });
            QVERIFY2(fromFile.exitCode == 0, fromFile.err.constData());
            QVERIFY2(fromServer.exitCode == 0, fromServer.err.constData());
            QVERIFY(fromFile.out.size() > 1000);
            QCOMPARE(fromServer.out, fromFile.out);
        }
        const Run alertsFromFile
            = run({ QStringLiteral("alerts"), QStringLiteral("--json"), QStringLiteral("--db"), m_demo });
        const Run alertsFromServer
            = run({ QStringLiteral("alerts"), QStringLiteral("--json"), QStringLiteral("--db"), server });
        QCOMPARE(alertsFromServer.out, alertsFromFile.out);

        // The whole check works on the server too, and only reads: a drifted roll-up is found, and
        // the check leaves no trace (its recomputed roll-ups live in a transaction rolled back).
        const Run clean = run({ QStringLiteral("check"), QStringLiteral("--db"), server,
                                QStringLiteral("--lang"), QStringLiteral("en") });
        QVERIFY2(clean.exitCode == 0, QByteArray(clean.out + clean.err).constData());
        execSql(*copy,
                QStringLiteral("UPDATE daily_rollups SET reporting_minor = reporting_minor + 1"
                               " WHERE ctid = (SELECT MIN(ctid) FROM daily_rollups)"));
        const QByteArray drifted = storedState(*copy);
        const Run drift = run({ QStringLiteral("check"), QStringLiteral("--db"), server,
                                QStringLiteral("--lang"), QStringLiteral("en") });
        QCOMPARE(drift.exitCode, 1);
        QVERIFY2(QByteArray(drift.out + drift.err).contains("daily total(s) between"),
                 QByteArray(drift.out + drift.err).constData());
        QCOMPARE(storedState(*copy), drifted);

        // New rows go on numbering after the copied ones.
        const qint64 lastProject
            = queryValue(*copy, QStringLiteral("SELECT MAX(id) FROM projects")).toLongLong();
        QVERIFY(lastProject > 0);
        QCOMPARE(qint64(ProjectRepository(*copy).create(makeProject(QStringLiteral("AFTER")))),
                 lastProject + 1);

        // Copied once: a second copy into the same database is refused and changes nothing.
        const QByteArray serverBefore = storedState(*copy);
        const Run again
            = run({ QStringLiteral("migrate"), QStringLiteral("--from"), m_demo, QStringLiteral("--to"),
                    server, QStringLiteral("--lang"), QStringLiteral("en") });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already holds data"), again.err.constData());
        QCOMPARE(storedState(*copy), serverBefore);
    }

    void initServerGrantsRolesTheServerEnforces()
    {
        const QString server = emptyServerDatabase(QStringLiteral("init"));
        const Run init = run({ QStringLiteral("admin"), QStringLiteral("init-server"), QStringLiteral("--db"),
                               server, QStringLiteral("--lang"), QStringLiteral("en") });
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QVERIFY2(init.out.contains("costboard_viewer"), init.out.constData());

        const QString login = QStringLiteral("cb_cli_%1").arg(QCoreApplication::applicationPid());
        testServerExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
        testServerExec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login));
        const Run grant = run({ QStringLiteral("admin"), QStringLiteral("grant"), QStringLiteral("--db"),
                                server, QStringLiteral("--user"), login, QStringLiteral("--role"),
                                QStringLiteral("viewer"), QStringLiteral("--lang"), QStringLiteral("en") });
        QVERIFY2(grant.exitCode == 0, grant.err.constData());
        QCOMPARE(grant.out.trimmed(),
                 QStringLiteral("%1 is now viewer on %2.")
                     .arg(login, ServerAddress::fromUrl(server).describe())
                     .toUtf8());
        ServerAddress asLogin = ServerAddress::fromUrl(server);
        asLogin.user = login;
        {
            const std::unique_ptr<Database> viewer = Database::openPostgres(asLogin);
            QCOMPARE(teamserver::sessionRole(*viewer), TeamRole::Viewer);
        }
        // A role that does not exist is a bad command line.
        const Run bad
            = run({ QStringLiteral("admin"), QStringLiteral("grant"), QStringLiteral("--db"), server,
                    QStringLiteral("--user"), login, QStringLiteral("--role"), QStringLiteral("boss") });
        QCOMPARE(bad.exitCode, 2);
        testServerExec(QStringLiteral("DROP ROLE %1").arg(login));
    }

    // A backup of each backend, read back by its own tools: the copy holds the same lines.
    void backupsReadBack()
    {
        const QString copy = m_dir.filePath(QStringLiteral("backup.sqlite"));
        const Run fileBackup = run(
            { QStringLiteral("backup"), QStringLiteral("--db"), m_demo, QStringLiteral("--out"), copy });
        QVERIFY2(fileBackup.exitCode == 0, fileBackup.err.constData());
        const QString lines = QStringLiteral("SELECT COUNT(*), SUM(amount_minor) FROM cost_lines");
        {
            const std::unique_ptr<Database> original
                = Database::open(m_demo, Database::IfMissing::Refuse, Database::Access::ReadOnly);
            const std::unique_ptr<Database> restored
                = Database::open(copy, Database::IfMissing::Refuse, Database::Access::ReadOnly);
            QCOMPARE(queryRows(*restored, lines), queryRows(*original, lines));
        }
        // Never over an existing file.
        const QByteArray copyBefore = fileHash(copy);
        const Run twice = run(
            { QStringLiteral("backup"), QStringLiteral("--db"), m_demo, QStringLiteral("--out"), copy });
        QCOMPARE(twice.exitCode, 1);
        QCOMPARE(fileHash(copy), copyBefore);

        const QString server = emptyServerDatabase(QStringLiteral("backup"));
        QCOMPARE(run({ QStringLiteral("migrate"), QStringLiteral("--from"), m_demo, QStringLiteral("--to"),
                       server })
                     .exitCode,
                 0);
        const QString dump = m_dir.filePath(QStringLiteral("server.dump"));
        const Run serverBackup = run(
            { QStringLiteral("backup"), QStringLiteral("--db"), server, QStringLiteral("--out"), dump });
        QVERIFY2(serverBackup.exitCode == 0, serverBackup.err.constData());
        // pg_restore lists what the dump holds: the cost lines' table and its rows.
        QProcess list;
        list.start(QStandardPaths::findExecutable(QStringLiteral("pg_restore"),
                                                  { QStringLiteral("/usr/lib/postgresql/15/bin") }),
                   { QStringLiteral("--list"), dump });
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(list.exitCode(), 0);
        const QByteArray contents = list.readAllStandardOutput();
        QVERIFY2(contents.contains("TABLE DATA public cost_lines"), contents.left(2000).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cli_team.moc"
