// SPDX-License-Identifier: GPL-3.0-or-later
// What only a database server shows: its addresses, opening a database that is empty, foreign
// or shared by several clients at once, sessions the server keeps from writing, and writers
// running side by side. Run against the throw-away server of tests/postgres (tst_server_pg).
#include <atomic>
#include <functional>
#include <optional>
#include <thread>
#include <vector>

#include <QFile>
#include <QObject>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "import/importer.h"
#include "storage/auditlog.h"
#include "storage/budgetrepository.h"
#include "storage/costlinerepository.h"
#include "storage/domainrules.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "storage/serveraddress.h"
#include "storage/teamserver.h"
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

Budget octoberBudget(ProjectId project, std::int64_t minorUnits)
{
    Budget budget;
    budget.projectId = project;
    budget.periodKind = BudgetPeriodKind::Month;
    budget.periodStart = QDate(2026, 10, 1);
    budget.amount = Money(minorUnits, QStringLiteral("EUR"));
    return budget;
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
    void concurrentImportsLoseNoIncrement();
    void everyTableSaysWhoWritesIt();
    void rolesAreEnforcedByTheServer();
    void onlyTheOwnerSetsUpRoles();
    void changesAreAnnouncedToOtherClients();
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

// Two people importing at the same moment: two bills of the same days, projects and services
// (each import one transaction adding to the same roll-up rows: none is lost), then the same bill
// twice (the second replaces the first, as it would one after the other: not booked twice).
void TestServer::concurrentImportsLoseNoIncrement()
{
    const QString url = newTestServerDatabase();
    {
        const std::unique_ptr<Database> database = Database::open(url);
        for (const char *code : { "SUP", "LEG", "CLM", "MKT" })
            ProjectRepository(*database).create(makeProject(QLatin1String(code)));
        FxRate dollar;
        dollar.currency = QStringLiteral("USD");
        dollar.quoteCurrency = QStringLiteral("EUR");
        dollar.validFrom = QDate(2020, 1, 1);
        dollar.rateNanos = 920'000'000;
        FxRateRepository(*database).setRate(dollar);
    }
    QFile original(QFINDTESTDATA(QStringLiteral("../fixtures/import/valid/focus-1.0.csv")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bill = original.readAll();
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QByteArray &contents) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    };
    const auto importTogether = [&](const QStringList &paths) {
        std::atomic<int> failures = 0;
        std::vector<ImportReport> reports(paths.size());
        const auto importer = [&](qsizetype client) {
            try {
                const std::unique_ptr<Database> database = Database::open(url);
                reports[client] = Importer(*database).importFile(paths.at(client), {});
            } catch (const Error &error) {
                qWarning("import %lld: %s", static_cast<long long>(client), error.what());
                ++failures;
            }
        };
        std::vector<std::thread> clients;
        for (qsizetype client = 0; client < paths.size(); ++client)
            clients.emplace_back(importer, client);
        for (std::thread &client : clients)
            client.join();
        if (failures.load() != 0)
            reports.clear();
        return reports;
    };
    const auto bookedLines = [&] {
        const std::unique_ptr<Database> database = Database::open(url);
        [&] {
            QCOMPARE(storedRollups(*database), expectedRollups(*database));
        }();
        return queryValue(*database,
                          QStringLiteral("SELECT SUM(line_count) FROM daily_rollups WHERE basis = 'cash'"))
            .toLongLong();
    };

    // The second account's bill: the same days and services, its own line items.
    const QString first = write(QStringLiteral("first.csv"), bill);
    const QString second
        = write(QStringLiteral("second.csv"), QByteArray(bill).replace("123456789012", "123456789099"));
    std::vector<ImportReport> reports = importTogether({ first, second });
    QCOMPARE(reports.size(), std::size_t(2));
    for (const ImportReport &report : reports) {
        QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
        QCOMPARE(report.rowsAccepted, qint64(24));
    }
    const qint64 bothBills = bookedLines();
    QVERIFY(bothBills >= 48);

    // The first account's bill again, from two people at once: booked once, not three times.
    const QString again = write(QStringLiteral("again.csv"), QByteArray(bill).replace("8QWXYZ", "7QWXYZ"));
    const QString againCopy
        = write(QStringLiteral("again-copy.csv"), QByteArray(bill).replace("8QWXYZ", "6QWXYZ"));
    reports = importTogether({ again, againCopy });
    QCOMPARE(reports.size(), std::size_t(2));
    QCOMPARE(bookedLines(), bothBills);
}

void TestServer::everyTableSaysWhoWritesIt()
{
    TestDatabase database = openTestDatabase();
    const QStringList tables = database->connection().tables();
    QVERIFY(tables.size() > 30);
    for (const QString &table : tables)
        QVERIFY2(teamserver::writeAreaOf(table).has_value(), qPrintable(table));
    // Each table in one area, and the areas together are every table.
    QCOMPARE(teamserver::tablesOf(WriteArea::Ledger).size()
                 + teamserver::tablesOf(WriteArea::Configuration).size()
                 + teamserver::tablesOf(WriteArea::Schema).size(),
             tables.size());
}

void TestServer::rolesAreEnforcedByTheServer()
{
    TestDatabase owner = openTestDatabase();
    teamserver::setUpRoles(*owner);
    teamserver::setUpRoles(*owner); // again: nothing changes, nothing fails
    const QString url = owner->location();
    const ProjectId project = ProjectRepository(*owner).create(makeProject(QStringLiteral("TEAM")));
    QCOMPARE(teamserver::sessionRole(*owner), TeamRole::Admin);

    const TestLoginRole viewerLogin(QStringLiteral("viewer"), TeamRole::Viewer);
    const TestLoginRole controllerLogin(QStringLiteral("controller"), TeamRole::Controller);
    const TestLoginRole adminLogin(QStringLiteral("admin"), TeamRole::Admin);
    const TestLoginRole strangerLogin(QStringLiteral("stranger"), std::nullopt);

    {
        // A viewer reads, and the server refuses what it writes, with or without CostBoard.
        const std::unique_ptr<Database> viewer = viewerLogin.open(url);
        QCOMPARE(teamserver::sessionRole(*viewer), TeamRole::Viewer);
        QCOMPARE(ProjectRepository(*viewer).list().size(), ProjectRepository(*owner).list().size());
        const QByteArray before = storedState(*owner);
        QSqlQuery insert(viewer->connection());
        QVERIFY(!insert.exec(QStringLiteral("INSERT INTO budgets (project_id, period_kind, period_start,"
                                            " amount_minor, currency, updated_at)"
                                            " VALUES (%1, 'month', '2026-10-01', 100, 'EUR', 'now')")
                                 .arg(project)));
        QCOMPARE(insert.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY2(insert.lastError().databaseText().contains(QLatin1String("permission denied")),
                 qPrintable(insert.lastError().databaseText()));
        QCOMPARE(openError([&] { BudgetRepository(*viewer).set(octoberBudget(project, 100)); }),
                 std::optional(ErrorCode::ServerRoleRefused));
        QCOMPARE(storedState(*owner), before);
    }
    {
        // A controller writes budgets; the audit log and the budget name the server's user, not
        // the name the client gives; projects are refused.
        const std::unique_ptr<Database> controller = controllerLogin.open(url);
        QCOMPARE(teamserver::sessionRole(*controller), TeamRole::Controller);
        AuditLog::ScopedActor pretender(QStringLiteral("The CEO"));
        BudgetRepository(*controller).set(octoberBudget(project, 250000));
        QCOMPARE(queryValue(*owner,
                            QStringLiteral("SELECT actor FROM audit_log WHERE entity = 'budget'"
                                           " ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 controllerLogin.name());
        QCOMPARE(BudgetRepository(*owner).list().first().changedBy, controllerLogin.name());
        const QByteArray before = storedState(*owner);
        QCOMPARE(
            openError([&] { ProjectRepository(*controller).create(makeProject(QStringLiteral("NOPE"))); }),
            std::optional(ErrorCode::ServerRoleRefused));
        QCOMPARE(storedState(*owner), before);
    }
    {
        const std::unique_ptr<Database> admin = adminLogin.open(url);
        QCOMPARE(teamserver::sessionRole(*admin), TeamRole::Admin);
        const qint64 projects = rowCount(*owner, QStringLiteral("projects"));
        ProjectRepository(*admin).create(makeProject(QStringLiteral("ADMIN")));
        QCOMPARE(rowCount(*owner, QStringLiteral("projects")), projects + 1);
    }
    // A login with no CostBoard role reads nothing; granted one, it has exactly that one.
    QCOMPARE(openError([&] { ProjectRepository(*strangerLogin.open(url)).list(); }),
             std::optional(ErrorCode::ServerRoleRefused));
    teamserver::grantRole(*owner, strangerLogin.name(), TeamRole::Controller);
    QCOMPARE(teamserver::sessionRole(*strangerLogin.open(url)), TeamRole::Controller);
    teamserver::grantRole(*owner, strangerLogin.name(), TeamRole::Viewer);
    QCOMPARE(teamserver::sessionRole(*strangerLogin.open(url)), TeamRole::Viewer);
}

void TestServer::onlyTheOwnerSetsUpRoles()
{
    TestDatabase owner = openTestDatabase();
    teamserver::setUpRoles(*owner);
    const TestLoginRole adminLogin(QStringLiteral("notowner"), TeamRole::Admin);
    const std::unique_ptr<Database> admin = adminLogin.open(owner->location());
    QCOMPARE(openError([&] { teamserver::setUpRoles(*admin); }), std::optional(ErrorCode::ServerNotOwner));
}

// What another client commits is announced: a client listening hears the table and the writer's
// server process, and tells its own changes from the others'.
void TestServer::changesAreAnnouncedToOtherClients()
{
    TestDatabase listener = openTestDatabase();
    const std::unique_ptr<Database> writer = Database::open(listener->location());
    QSqlDriver *driver = listener->connection().driver();
    QVERIFY(driver->subscribeToNotification(teamserver::changeChannel()));
    QSignalSpy heard(driver, &QSqlDriver::notification);

    const ProjectId project = ProjectRepository(*writer).create(makeProject(QStringLiteral("NEWS")));
    BudgetRepository(*writer).set(octoberBudget(project, 100));
    const QString writerPid = QString::number(teamserver::backendProcessId(*writer));
    QTRY_VERIFY_WITH_TIMEOUT(heard.size() >= 2, 5000);
    QStringList payloads;
    for (const QList<QVariant> &signal : std::as_const(heard))
        payloads << signal.at(2).toString();
    QVERIFY2(payloads.contains(QStringLiteral("projects ") + writerPid), qPrintable(payloads.join(u',')));
    QVERIFY2(payloads.contains(QStringLiteral("budgets ") + writerPid), qPrintable(payloads.join(u',')));
    QVERIFY(writerPid != QString::number(teamserver::backendProcessId(*listener)));
    // A transaction rolled back announces nothing.
    heard.clear();
    {
        Transaction transaction(*writer);
        BudgetRepository(*writer).set(octoberBudget(project, 200));
    }
    QTest::qWait(300);
    QCOMPARE(heard.size(), 0);
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
