// SPDX-License-Identifier: GPL-3.0-or-later
// What only a database server shows: its addresses, opening a database that is empty, foreign
// or shared by several clients at once, sessions the server keeps from writing, and writers
// running side by side. Run against the throw-away server of tests/postgres (tst_server_pg).
#include <atomic>
#include <functional>
#include <optional>
#include <thread>
#include <vector>

#include <QObject>
#include <QSqlQuery>
#include <QTest>

#include "storage/costlinerepository.h"
#include "storage/domainrules.h"
#include "storage/projectrepository.h"
#include "storage/serveraddress.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace {

// A database on the test server that holds nothing yet (not even CostBoard's schema), named
// after `purpose` and this process.
QString newEmptyServerDatabase(const QString &purpose)
{
    return createTestServerDatabase(
               QStringLiteral("cbtest_%1_%2").arg(QCoreApplication::applicationPid()).arg(purpose))
        .toUrl();
}

// The code of the error `open` throws; empty when it throws none.
std::optional<ErrorCode> openError(const std::function<void()> &open)
{
    try {
        open();
    } catch (const Error &error) {
        return error.code();
    }
    return std::nullopt;
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

private slots:
    void addressesReadAsLibpqReadsThem_data();
    void addressesReadAsLibpqReadsThem();
    void wrongAddressesNameWhatIsWrong_data();
    void wrongAddressesNameWhatIsWrong();
    void emptyDatabaseIsCreatedOnlyWhenAsked();
    void foreignDatabaseIsRefused();
    void clientsOpeningANewDatabaseTogetherMigrateItOnce();
    void readOnlySessionIsRefusedEveryWriteByTheServer();
    void schemaRefusesWhatBreaksADomainRule();
    void concurrentWritersLoseNoIncrement();
};

void TestServer::addressesReadAsLibpqReadsThem_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("tlsMode");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("host and port") << "postgresql://cfo@db.example.com:5433/costboard"
                                   << "db.example.com" << 5433 << "costboard"
                                   << "cfo"
                                   << ""
                                   << "postgresql://cfo@db.example.com:5433/costboard";
    QTest::newRow("short scheme, TLS") << "postgres://db/costboard?sslmode=verify-full"
                                       << "db" << 0 << "costboard"
                                       << ""
                                       << "verify-full"
                                       << "postgresql://db/costboard?sslmode=verify-full";
    QTest::newRow("socket folder") << "postgresql://ceo@/costboard?host=/var/run/postgresql&port=5432"
                                   << "/var/run/postgresql" << 5432 << "costboard"
                                   << "ceo"
                                   << ""
                                   << "postgresql://ceo@/costboard?host=%2Fvar%2Frun%2Fpostgresql&port=5432";
    QTest::newRow("encoded socket host") << "postgresql://%2Ftmp%2Fpg/cb"
                                         << "/tmp/pg" << 0 << "cb"
                                         << ""
                                         << ""
                                         << "postgresql:///cb?host=%2Ftmp%2Fpg";
    QTest::newRow("IPv6") << "postgresql://[::1]:6000/cb?user=controller"
                          << "::1" << 6000 << "cb"
                          << "controller"
                          << ""
                          << "postgresql://controller@[::1]:6000/cb";
    QTest::newRow("accented user") << "postgresql://h%C3%A9l%C3%A8ne@db/cb"
                                   << "db" << 0 << "cb" << QStringLiteral("hélène") << ""
                                   << "postgresql://h%C3%A9l%C3%A8ne@db/cb";
}

void TestServer::addressesReadAsLibpqReadsThem()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, tlsMode);
    QFETCH(QString, canonical);

    QVERIFY(ServerAddress::isServerUrl(url));
    const ServerAddress address = ServerAddress::fromUrl(url);
    QCOMPARE(address.host, host);
    QCOMPARE(address.port, port);
    QCOMPARE(address.database, database);
    QCOMPARE(address.user, user);
    QCOMPARE(address.tlsMode, tlsMode);
    QCOMPARE(address.toUrl(), canonical);
    QCOMPARE(ServerAddress::fromUrl(address.toUrl()), address);
}

void TestServer::wrongAddressesNameWhatIsWrong_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("part");

    QTest::newRow("port") << "postgresql://db:54x/cb" << ErrorCode::ServerUrlInvalid << "54x";
    QTest::newRow("port range") << "postgresql://db:70000/cb" << ErrorCode::ServerUrlInvalid << "70000";
    QTest::newRow("TLS mode") << "postgresql://db/cb?sslmode=always" << ErrorCode::ServerUrlInvalid
                              << "sslmode=always";
    QTest::newRow("parameter") << "postgresql://db/cb?schema=x" << ErrorCode::ServerUrlInvalid << "schema";
    QTest::newRow("no database") << "postgresql://db" << ErrorCode::ServerUrlInvalid << "dbname";
    QTest::newRow("several hosts") << "postgresql://a,b/cb" << ErrorCode::ServerUrlInvalid << "a,b";
    QTest::newRow("password") << "postgresql://cfo:secret@db/cb" << ErrorCode::ServerUrlHasPassword << "";
    QTest::newRow("password parameter")
        << "postgresql://db/cb?password=secret" << ErrorCode::ServerUrlHasPassword << "";
}

void TestServer::wrongAddressesNameWhatIsWrong()
{
    QFETCH(QString, url);
    QFETCH(ErrorCode, code);
    QFETCH(QString, part);
    try {
        ServerAddress::fromUrl(url);
        QFAIL("the address was read");
    } catch (const StorageError &error) {
        QCOMPARE(error.code(), code);
        QCOMPARE(error.arguments().value(1), part);
        // The password is never repeated in what is shown or logged.
        QVERIFY(!QString::fromUtf8(error.what()).contains(QLatin1String("secret")));
    }
}

void TestServer::emptyDatabaseIsCreatedOnlyWhenAsked()
{
    const QString url = newEmptyServerDatabase(QStringLiteral("empty"));
    QCOMPARE(openError([&] { Database::open(url, Database::IfMissing::Refuse); }),
             std::optional(ErrorCode::ServerNotInitialised));
    QCOMPARE(openError([&] { Database::open(url, Database::IfMissing::Create, Database::Access::ReadOnly); }),
             std::optional(ErrorCode::ServerNotInitialised));
    const std::unique_ptr<Database> created = Database::open(url, Database::IfMissing::Create);
    QCOMPARE(created->dialect(), SqlDialect::Postgres);
    QCOMPARE(created->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(created->location(), url);
    QCOMPARE(created->displayName(), ServerAddress::fromUrl(url).describe());
}

void TestServer::foreignDatabaseIsRefused()
{
    const QString url = newEmptyServerDatabase(QStringLiteral("foreign"));
    {
        const std::unique_ptr<Database> created = Database::open(url, Database::IfMissing::Create);
        execSql(*created, QStringLiteral("DROP TABLE schema_migrations"));
    }
    QCOMPARE(openError([&] { Database::open(url, Database::IfMissing::Create); }),
             std::optional(ErrorCode::NotACostBoardDatabase));
}

void TestServer::clientsOpeningANewDatabaseTogetherMigrateItOnce()
{
    const QString url = newEmptyServerDatabase(QStringLiteral("together"));
    constexpr int clients = 4;
    std::vector<std::thread> threads;
    std::atomic<int> opened = 0;
    for (int i = 0; i < clients; ++i) {
        threads.emplace_back([&] {
            try {
                if (Database::open(url, Database::IfMissing::Create)->schemaVersion()
                    == Database::latestSchemaVersion())
                    ++opened;
            } catch (const Error &error) {
                qWarning("%s", error.what());
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(opened.load(), clients);
    const std::unique_ptr<Database> database = Database::open(url);
    QCOMPARE(queryValue(*database, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
             Database::latestSchemaVersion());
    QCOMPARE(queryValue(*database, QStringLiteral("SELECT COUNT(*) FROM cost_categories")).toInt(), 10);
}

void TestServer::readOnlySessionIsRefusedEveryWriteByTheServer()
{
    const QString url = newTestServerDatabase();
    const std::unique_ptr<Database> reader
        = Database::open(url, Database::IfMissing::Refuse, Database::Access::ReadOnly);
    QVERIFY(reader->isReadOnly());
    const QByteArray before = storedState(*reader);
    QCOMPARE(openError([&] { ProjectRepository(*reader).create(makeProject(QStringLiteral("NEW"))); }),
             std::optional(ErrorCode::DatabaseFailure));
    // Not the interface's guard: the server's, whatever SQL the session sends.
    QSqlQuery raw(reader->connection());
    QVERIFY(!raw.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));
    QVERIFY(raw.lastError().databaseText().contains(QLatin1String("read-only transaction")));
    QCOMPARE(storedState(*reader), before);
}

void TestServer::schemaRefusesWhatBreaksADomainRule()
{
    TestDatabase database = openTestDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("DOM")));
    const QByteArray before = storedState(*database);
    const QStringList refused {
        QStringLiteral(
            "INSERT INTO cost_lines (project_id, category_id, incurred_on, week_start, amount_minor,"
            " currency, source, created_at, updated_at) VALUES (%1, 1, '2026-02-30', '2026-02-23',"
            " 100, 'EUR', 'manual', 'now', 'now')")
            .arg(project),
        QStringLiteral(
            "INSERT INTO cost_lines (project_id, category_id, incurred_on, week_start, amount_minor,"
            " currency, source, created_at, updated_at) VALUES (%1, 1, '2026-03-04', '2026-03-04',"
            " 100, 'EUR', 'manual', 'now', 'now')")
            .arg(project),
        QStringLiteral(
            "INSERT INTO cost_lines (project_id, category_id, incurred_on, week_start, amount_minor,"
            " currency, source, created_at, updated_at) VALUES (%1, 1, '2026-03-04', '2026-03-02',"
            " 100, 'XYZ', 'manual', 'now', 'now')")
            .arg(project),
        QStringLiteral("UPDATE settings SET value = '13' WHERE key = 'fiscal_year_start_month'"),
    };
    const QStringList rules { QStringLiteral("cost_lines.incurred_on"),
                              QStringLiteral("cost_lines.week_start"), QStringLiteral("cost_lines.currency"),
                              QStringLiteral("settings.fiscal_year_start_month") };
    for (qsizetype i = 0; i < refused.size(); ++i) {
        try {
            execSql(*database, refused.at(i));
            QFAIL(qPrintable(QStringLiteral("accepted: ") + refused.at(i)));
        } catch (const StorageError &error) {
            QCOMPARE(error.code(), ErrorCode::ValueRefusedBySchema);
            QCOMPARE(error.arguments().value(0), rules.at(i));
        }
    }
    execSql(*database,
            QStringLiteral("INSERT INTO cost_lines (project_id, category_id, incurred_on, week_start,"
                           " amount_minor, currency, source, created_at, updated_at) VALUES (%1, 1,"
                           " '2026-03-04', '2026-03-02', 100, 'EUR', 'manual', 'now', 'now')")
                .arg(project));
    QVERIFY(storedState(*database) != before);
}

// Two clients adding lines to the same project, day, category and vendor at once: every line
// adds to the same roll-up rows, and none of the increments is lost.
void TestServer::concurrentWritersLoseNoIncrement()
{
    const QString url = newTestServerDatabase();
    ProjectId project = 0;
    {
        const std::unique_ptr<Database> database = Database::open(url);
        project = ProjectRepository(*database).create(makeProject(QStringLiteral("BOTH")));
    }
    constexpr int linesEach = 150;
    std::atomic<int> failures = 0;
    const auto writer = [&](int client) {
        try {
            const std::unique_ptr<Database> database = Database::open(url);
            CostLineRepository lines(*database);
            for (int i = 0; i < linesEach; ++i) {
                CostLine line
                    = makeLine(project, 100 + client, QStringLiteral("EUR"), QDate(2026, 3, 10 + i % 3));
                if (i % 10 == 0) { // a month of service: spread over many of the same days
                    line.serviceStart = QDate(2026, 3, 1);
                    line.serviceEnd = QDate(2026, 4, 1);
                }
                lines.add(line);
            }
        } catch (const Error &error) {
            qWarning("client %d: %s", client, error.what());
            ++failures;
        }
    };
    std::thread first(writer, 1);
    std::thread second(writer, 2);
    first.join();
    second.join();
    QCOMPARE(failures.load(), 0);

    const std::unique_ptr<Database> database = Database::open(url);
    QCOMPARE(rowCount(*database, QStringLiteral("cost_lines")), qint64(2 * linesEach));
    QCOMPARE(queryValue(*database,
                        QStringLiteral("SELECT SUM(line_count) FROM daily_rollups WHERE basis = 'cash'"))
                 .toLongLong(),
             qint64(2 * linesEach));
    QCOMPARE(
        queryValue(*database,
                   QStringLiteral("SELECT SUM(reporting_minor) FROM daily_rollups WHERE basis = 'accrual'"))
            .toLongLong(),
        qint64(linesEach * 101 + linesEach * 102));
    QCOMPARE(storedRollups(*database), expectedRollups(*database));
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
