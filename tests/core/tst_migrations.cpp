// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <memory>
#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "analytics/dashboardsnapshot.h"
#include "domain/category.h"
#include "errors.h"
#include "errortexts.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace {

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void freshMemoryDatabaseIsLatest();
    void tablesExist();
    void categoriesSeeded();
    void settingsSeeded();
    void foreignKeysOn();
    void journalModes();
    void fileDatabaseReopensWithoutReapplying();
    void emptyFileIsInitialised();
    void olderSchemaIsBackedUpAndUpgraded();
    void newerSchemaRefusedUntouched();
    void newerSchemaRefusedUntouchedAfterCostBoardWroteIt();
    void foreignSqliteFileRefusedUntouched();
    void nonDatabaseFileRefusedUntouched();
    void missingFolderRefused();
    void parallelFirstOpen_data();
    void parallelFirstOpen();
    void backupsNeverOverwriteEachOther();
    void readOnlyOpenWritesNothing();
    void foreignFileWithAMigrationTableRefusedUntouched();
};

void TestMigrations::freshMemoryDatabaseIsLatest()
{
    const auto database = openTestDatabase();
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(Database::latestSchemaVersion(), Migrations::latestVersion());
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(Migrations::currentVersion(*database), Database::latestSchemaVersion());
    // One row per migration, 1..latest, each once.
    QStringList expected;
    for (int version = 1; version <= Database::latestSchemaVersion(); ++version)
        expected << QString::number(version);
    QCOMPARE(queryRows(*database, QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")),
             expected);
    QCOMPARE(database->dialect(), SqlDialect::Sqlite);
}

void TestMigrations::tablesExist()
{
    const auto database = openTestDatabase();
    const QStringList tables = database->connection().tables();
    for (const char *table : { "cost_categories", "projects", "cost_lines", "daily_rollups", "budgets",
                               "fx_rates", "audit_log", "settings", "schema_migrations", "import_batches" }) {
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    }
}

void TestMigrations::categoriesSeeded()
{
    const auto database = openTestDatabase();
    QCOMPARE(rowCount(*database, QStringLiteral("cost_categories")), 10);
    QStringList expected;
    for (const CategoryInfo &info : CostCategories::all()) {
        expected << QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(static_cast<int>(info.category))
                        .arg(QString::fromUtf8(info.key), QString::fromUtf8(info.englishName),
                             QString::fromUtf8(info.frenchName), QString::fromUtf8(info.colour));
    }
    QCOMPARE(expected.size(), 10);
    QCOMPARE(queryRows(
                 *database,
                 QStringLiteral("SELECT id, key, name_en, name_fr, colour FROM cost_categories ORDER BY id")),
             expected);
}

void TestMigrations::settingsSeeded()
{
    const auto database = openTestDatabase();
    QCOMPARE(queryRows(*database, QStringLiteral("SELECT key, value FROM settings ORDER BY key")),
             (QStringList { QStringLiteral("fiscal_year_start_month|1"),
                            QStringLiteral("reporting_currency|EUR") }));
}

void TestMigrations::foreignKeysOn()
{
    const auto database = openTestDatabase();
    QCOMPARE(queryValue(*database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);

    // And enforced: a cost line pointing at no project is refused by the database itself.
    QSqlQuery insert(database->connection());
    const bool inserted = insert.exec(QStringLiteral(
        "INSERT INTO cost_lines (project_id, category_id, incurred_on, week_start, amount_minor, currency,"
        " source, created_at, updated_at) VALUES (999, 1, '2026-01-05', '2026-01-05', 100, 'EUR', 'manual',"
        " '2026-01-05', '2026-01-05')"));
    QVERIFY(!inserted);
    QCOMPARE(rowCount(*database, QStringLiteral("cost_lines")), 0);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto file = Database::openSqlite(dir.filePath(QStringLiteral("fk.costboard")));
    QCOMPARE(queryValue(*file, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

void TestMigrations::journalModes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto file = Database::openSqlite(dir.filePath(QStringLiteral("wal.costboard")));
    QCOMPARE(queryValue(*file, QStringLiteral("PRAGMA journal_mode")).toString().toLower(),
             QStringLiteral("wal"));
    // NORMAL = 1
    QCOMPARE(queryValue(*file, QStringLiteral("PRAGMA synchronous")).toInt(), 1);
    QVERIFY(queryValue(*file, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);

    const auto memory = openTestDatabase();
    QCOMPARE(queryValue(*memory, QStringLiteral("PRAGMA journal_mode")).toString().toLower(),
             QStringLiteral("memory"));
}

void TestMigrations::fileDatabaseReopensWithoutReapplying()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("reopen.costboard"));

    QStringList migrationsBefore;
    {
        const auto database = Database::openSqlite(path);
        QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(database->location(), QFileInfo(path).absoluteFilePath());
        migrationsBefore = queryRows(
            *database,
            QStringLiteral(
                "SELECT version, description, applied_at FROM schema_migrations ORDER BY version"));
        QCOMPARE(migrationsBefore.size(), Database::latestSchemaVersion());
        QSqlQuery query(database->connection());
        QVERIFY(
            query.exec(QStringLiteral("UPDATE settings SET value = 'USD' WHERE key = 'reporting_currency'")));
    }
    const QStringList filesAfterFirstOpen = filesIn(dir.path());

    for (int round = 0; round < 2; ++round) {
        const auto database = Database::openSqlite(path);
        QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
        // Same rows (same applied_at): nothing re-applied.
        QCOMPARE(
            queryRows(*database,
                      QStringLiteral(
                          "SELECT version, description, applied_at FROM schema_migrations ORDER BY version")),
            migrationsBefore);
        // Seeds not repeated, data kept.
        QCOMPARE(rowCount(*database, QStringLiteral("cost_categories")), 10);
        QCOMPARE(queryValue(*database,
                            QStringLiteral("SELECT value FROM settings WHERE key = 'reporting_currency'"))
                     .toString(),
                 QStringLiteral("USD"));
    }
    // An up-to-date database is not backed up again and again.
    const QStringList backups = QDir(dir.path()).entryList({ QStringLiteral("*.bak") }, QDir::Files);
    QVERIFY2(backups.isEmpty(), qPrintable(backups.join(u',')));
    QCOMPARE(filesIn(dir.path()), filesAfterFirstOpen);
}

void TestMigrations::emptyFileIsInitialised()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.costboard"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const auto database = Database::openSqlite(path);
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(rowCount(*database, QStringLiteral("cost_categories")), 10);
}

// Rows of `sql` read from a file with a plain Qt SQL connection, outside CostBoard.
QStringList rawRows(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-read-") + path;
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            rows = queryRows(db, sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

void TestMigrations::olderSchemaIsBackedUpAndUpgraded()
{
    // A file the previous release wrote (schema version 3, weekly roll-ups): see
    // tests/fixtures/README.md. It opens, is backed up, migrates, and every total is the same to
    // the cent, whether read by week, by project and category, or from the dashboard.
    const QString fixture = QFINDTESTDATA("../fixtures/schema-v3.sqlite");
    QVERIFY2(!fixture.isEmpty(), "tests/fixtures/schema-v3.sqlite is missing");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("previous-release.costboard"));
    QVERIFY(QFile::copy(fixture, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(rawRows(path, QStringLiteral("SELECT MAX(version) FROM schema_migrations")),
             QStringList { QStringLiteral("3") });

    const QStringList weeksBefore
        = rawRows(path,
                  QStringLiteral("SELECT week_start, SUM(reporting_minor), SUM(line_count)"
                                 " FROM weekly_rollups GROUP BY week_start ORDER BY week_start"));
    const QStringList scopesBefore
        = rawRows(path,
                  QStringLiteral("SELECT project_id, category_id, SUM(reporting_minor),"
                                 " SUM(line_count) FROM weekly_rollups"
                                 " GROUP BY project_id, category_id ORDER BY 1, 2"));
    const QStringList linesBefore = rawRows(path,
                                            QStringLiteral("SELECT id, incurred_on, amount_minor, currency,"
                                                           " reporting_minor FROM cost_lines ORDER BY id"));
    QVERIFY(weeksBefore.size() > 50);
    QCOMPARE(linesBefore.size(), 3000);
    // The last 13 weeks up to 2026-W48, as the previous release's dashboard summed them.
    const QString thirteenWeeks
        = rawRows(path,
                  QStringLiteral("SELECT SUM(reporting_minor) FROM weekly_rollups"
                                 " WHERE week_start BETWEEN '2026-08-31' AND '2026-11-23'"))
              .value(0);

    const auto database = Database::openSqlite(path);
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(queryRows(*database,
                       QStringLiteral("SELECT id, incurred_on, amount_minor, currency, reporting_minor"
                                      " FROM cost_lines ORDER BY id")),
             linesBefore);
    QCOMPARE(
        rowCount(*database,
                 QStringLiteral("cost_lines WHERE service_start IS NOT NULL OR service_end IS NOT NULL")),
        0);
    for (const char *basis : { "accrual", "cash" }) {
        // Days grouped back into their ISO weeks (the Monday computed here, not by the migration).
        QMap<QString, std::pair<qint64, qint64>> weeks;
        for (const QString &row :
             queryRows(*database,
                       QStringLiteral("SELECT day, reporting_minor, line_count FROM daily_rollups"
                                      " WHERE basis = '%1'")
                           .arg(QLatin1String(basis)))) {
            const QStringList fields = row.split(u'|');
            const QDate day = QDate::fromString(fields.at(0), Qt::ISODate);
            auto &week = weeks[IsoWeek::fromDate(day).monday().toString(Qt::ISODate)];
            week.first += fields.at(1).toLongLong();
            week.second += fields.at(2).toLongLong();
        }
        QStringList weeksAfter;
        for (auto it = weeks.cbegin(); it != weeks.cend(); ++it)
            weeksAfter << QStringLiteral("%1|%2|%3").arg(it.key()).arg(it->first).arg(it->second);
        QCOMPARE(weeksAfter, weeksBefore);
        QCOMPARE(
            queryRows(*database,
                      QStringLiteral("SELECT project_id, category_id, SUM(reporting_minor), SUM(line_count)"
                                     " FROM daily_rollups WHERE basis = '%1'"
                                     " GROUP BY project_id, category_id ORDER BY 1, 2")
                          .arg(QLatin1String(basis))),
            scopesBefore);
    }
    QCOMPARE(storedRollups(*database), expectedRollups(*database));
    DashboardQuery query;
    query.referenceWeek = IsoWeek(2026, 48);
    QCOMPARE(QString::number(DashboardSnapshot::compute(*database, query).periodTotal), thirteenWeeks);

    // The copy taken before migrating is the version-3 file, data included.
    const QStringList backups = QDir(dir.path()).entryList({ QStringLiteral("*.bak") }, QDir::Files);
    QCOMPARE(backups.size(), 1);
    const QString backupPath = dir.filePath(backups.first());
    QCOMPARE(rawRows(backupPath, QStringLiteral("SELECT MAX(version) FROM schema_migrations")),
             QStringList { QStringLiteral("3") });
    QCOMPARE(rawRows(backupPath,
                     QStringLiteral("SELECT id, incurred_on, amount_minor, currency, reporting_minor"
                                    " FROM cost_lines ORDER BY id")),
             linesBefore);
    QCOMPARE(rawRows(backupPath, QStringLiteral("SELECT COUNT(*) FROM weekly_rollups")).value(0).toInt() > 0,
             true);
}

void TestMigrations::newerSchemaRefusedUntouched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("future.costboard"));
    const int future = Database::latestSchemaVersion() + 1;
    // What a newer CostBoard could have written: the header's mark, its own tables and a higher
    // schema version.
    QVERIFY(rawExec(
        path,
        {
            QStringLiteral("PRAGMA application_id = %1").arg(Database::sqliteApplicationId),
            QStringLiteral(
                "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                " applied_at TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO schema_migrations VALUES (1, 'one', '2026-01-01T00:00:00Z')"),
            QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'future', '2030-01-01T00:00:00Z')")
                .arg(future),
            QStringLiteral("CREATE TABLE projects (id INTEGER PRIMARY KEY, code TEXT, hologram BLOB)"),
            QStringLiteral("INSERT INTO projects (code) VALUES ('SUP')"),
        }));
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = filesIn(dir.path());

    bool refused = false;
    try {
        const auto database = Database::openSqlite(path);
    } catch (const SchemaVersionError &error) {
        refused = true;
        QVERIFY2(errorText(error).contains(QString::number(future)), qPrintable(errorText(error)));
    }
    QVERIFY(refused);
    QCOMPARE(fileHash(path), before);
    QCOMPARE(filesIn(dir.path()), filesBefore); // no backup, no -wal, no -journal left behind

    // Refusing twice changes nothing either.
    QVERIFY_THROWS_EXCEPTION(SchemaVersionError, Database::openSqlite(path));
    QCOMPARE(fileHash(path), before);
}

void TestMigrations::newerSchemaRefusedUntouchedAfterCostBoardWroteIt()
{
    // A real CostBoard file (WAL mode) whose schema a newer build then moved on.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("moved-on.costboard"));
    {
        const auto database = Database::openSqlite(path);
    }
    QVERIFY(rawExec(
        path,
        { QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'future', '2030-01-01T00:00:00Z')")
              .arg(Database::latestSchemaVersion() + 1),
          QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") }));
    const QByteArray before = fileHash(path);
    QVERIFY_THROWS_EXCEPTION(SchemaVersionError, Database::openSqlite(path));
    QCOMPARE(fileHash(path), before);
    QVERIFY(QDir(dir.path()).entryList({ QStringLiteral("*.bak") }, QDir::Files).isEmpty());
}

void TestMigrations::foreignSqliteFileRefusedUntouched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crm.sqlite3"));
    QVERIFY(rawExec(path,
                    {
                        QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"),
                        QStringLiteral("INSERT INTO customers (name) VALUES ('ACME'), ('Globex')"),
                    }));
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = filesIn(dir.path());

    bool refused = false;
    try {
        const auto database = Database::openSqlite(path);
    } catch (const StorageError &error) {
        refused = true;
        QVERIFY2(errorText(error).contains(QStringLiteral("crm.sqlite3")), qPrintable(errorText(error)));
    }
    QVERIFY(refused);
    QCOMPARE(fileHash(path), before);
    QCOMPARE(filesIn(dir.path()), filesBefore);
}

void TestMigrations::nonDatabaseFileRefusedUntouched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Committee notes: this is not a database, it is a text file of some length.\n")
                       .repeated(20));
    }
    const QByteArray before = fileHash(path);
    QVERIFY_THROWS_EXCEPTION(StorageError, Database::openSqlite(path));
    QCOMPARE(fileHash(path), before);
}

void TestMigrations::missingFolderRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY_THROWS_EXCEPTION(
        StorageError, Database::openSqlite(dir.filePath(QStringLiteral("no/such/folder/x.costboard"))));
    QVERIFY_THROWS_EXCEPTION(StorageError, Database::openSqlite(dir.path())); // a folder, not a file
}

void TestMigrations::parallelFirstOpen_data()
{
    QTest::addColumn<QString>("fixture"); // empty: a new, 0-byte file
    QTest::newRow("new 0-byte file") << QString();
    QTest::newRow("schema version 3") << QFINDTESTDATA("../fixtures/schema-v3.sqlite");
}

// Eight processes open the same file at once, as eight cron jobs or a team's laptops may: every
// one of them succeeds, the schema is created or migrated once, and one backup is written.
void TestMigrations::parallelFirstOpen()
{
    QFETCH(QString, fixture);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.costboard"));
    if (fixture.isEmpty()) {
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    } else {
        QVERIFY(QFile::copy(fixture, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    }

    constexpr int processes = 8;
    std::vector<std::unique_ptr<QProcess>> children;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("COSTBOARD_TEST_OPEN"), path);
    for (int i = 0; i < processes; ++i) {
        auto child = std::make_unique<QProcess>();
        child->setProcessEnvironment(environment);
        child->start(QCoreApplication::applicationFilePath(), {});
        children.push_back(std::move(child));
    }
    for (const auto &child : children) {
        QVERIFY(child->waitForFinished(120'000));
        QVERIFY2(child->exitStatus() == QProcess::NormalExit && child->exitCode() == 0,
                 child->readAllStandardError().constData());
    }
    const auto database = Database::openSqlite(path, Database::IfMissing::Refuse);
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    SqlStatement applied(*database, QStringLiteral("SELECT COUNT(*) FROM schema_migrations"));
    QCOMPARE(applied.scalar().toInt(), Database::latestSchemaVersion());
    const QStringList backups = QDir(dir.path()).entryList({ QStringLiteral("*.bak") }, QDir::Files);
    QCOMPARE(backups.size(), fixture.isEmpty() ? 0 : 1);
    QVERIFY(QDir(dir.path()).entryList({ QStringLiteral("*.part") }, QDir::Files).isEmpty());
}

// Two upgrades of the same file in the same second keep two backups, each whole at the version
// it was taken from, and no half-written copy is left.
void TestMigrations::backupsNeverOverwriteEachOther()
{
    const QString fixture = QFINDTESTDATA("../fixtures/schema-v3.sqlite");
    QVERIFY(!fixture.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("twice.costboard"));
    for (int round = 0; round < 2; ++round) {
        QFile::remove(path);
        QVERIFY(QFile::copy(fixture, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const auto database = Database::openSqlite(path, Database::IfMissing::Refuse);
        QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    }
    const QStringList backups = QDir(dir.path()).entryList({ QStringLiteral("*.bak") }, QDir::Files);
    QCOMPARE(backups.size(), 2);
    for (const QString &backup : backups) {
        const QString backupPath = dir.filePath(backup);
        QCOMPARE(rawRows(backupPath, QStringLiteral("PRAGMA integrity_check")),
                 QStringList { QStringLiteral("ok") });
        QCOMPARE(rawRows(backupPath, QStringLiteral("SELECT MAX(version) FROM schema_migrations")),
                 QStringList { QStringLiteral("3") });
        QVERIFY(rawRows(backupPath, QStringLiteral("SELECT COUNT(*) FROM cost_lines")).value(0).toInt() > 0);
    }
    QVERIFY(QDir(dir.path()).entryList({ QStringLiteral("*.part") }, QDir::Files).isEmpty());
}

// The commands that only read open the file read-only: an older schema, an empty file and a
// current database all stay byte for byte as they were, with nothing written beside them.
void TestMigrations::readOnlyOpenWritesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto expectRefusal = [&](const QString &path, ErrorCode code) {
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = filesIn(dir.path());
        bool refused = false;
        try {
            const auto database
                = Database::openSqlite(path, Database::IfMissing::Refuse, Database::Access::ReadOnly);
        } catch (const StorageError &error) {
            refused = error.code() == code;
            QVERIFY2(refused, error.what());
        }
        QVERIFY(refused);
        QCOMPARE(fileHash(path), before);
        QCOMPARE(filesIn(dir.path()), filesBefore);
    };

    const QString older = dir.filePath(QStringLiteral("older.costboard"));
    QVERIFY(QFile::copy(QFINDTESTDATA("../fixtures/schema-v3.sqlite"), older));
    QVERIFY(QFile::setPermissions(older, QFile::ReadOwner | QFile::WriteOwner));
    expectRefusal(older, ErrorCode::DatabaseNeedsUpgrade);

    const QString empty = dir.filePath(QStringLiteral("empty.costboard"));
    {
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    expectRefusal(empty, ErrorCode::NotACostBoardDatabase);
    QCOMPARE(QFileInfo(empty).size(), 0);

    const QString current = dir.filePath(QStringLiteral("current.costboard"));
    {
        const auto database = Database::openSqlite(current);
        const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("SUP")));
        CostLineRepository(*database).add(makeLine(project, 12'345));
    }
    const QByteArray before = fileHash(current);
    const QStringList filesBefore = filesIn(dir.path());
    {
        const auto database
            = Database::openSqlite(current, Database::IfMissing::Refuse, Database::Access::ReadOnly);
        QVERIFY(database->isReadOnly());
        SqlStatement total(*database, QStringLiteral("SELECT SUM(amount_minor) FROM cost_lines"));
        QCOMPARE(total.scalar().toLongLong(), 12'345);
        // A write through it fails rather than touching the file.
        QVERIFY_THROWS_EXCEPTION(StorageError, execSql(*database, QStringLiteral("DELETE FROM cost_lines")));
    }
    QCOMPARE(fileHash(current), before);
    // SQLite's shared-memory index of a WAL database may appear beside it (any reader makes it);
    // no data goes anywhere: the log stays empty.
    QStringList filesAfter = filesIn(dir.path());
    filesAfter.removeOne(QStringLiteral("current.costboard-shm"));
    if (filesAfter.removeOne(QStringLiteral("current.costboard-wal")))
        QCOMPARE(QFileInfo(current + QStringLiteral("-wal")).size(), 0);
    QCOMPARE(filesAfter, filesBefore);
}

// Another application's file that happens to have a table named schema_migrations is not a
// CostBoard database: refused before anything (the journal mode included) is changed.
void TestMigrations::foreignFileWithAMigrationTableRefusedUntouched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rails.sqlite3"));
    QVERIFY(rawExec(path,
                    {
                        QStringLiteral("CREATE TABLE schema_migrations (version TEXT PRIMARY KEY)"),
                        QStringLiteral("INSERT INTO schema_migrations VALUES ('20260101000000')"),
                        QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)"),
                    }));
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = filesIn(dir.path());
    QVERIFY_THROWS_EXCEPTION(StorageError, Database::openSqlite(path));
    QVERIFY_THROWS_EXCEPTION(
        StorageError, Database::openSqlite(path, Database::IfMissing::Refuse, Database::Access::ReadOnly));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(filesIn(dir.path()), filesBefore);
    QCOMPARE(rawRows(path, QStringLiteral("PRAGMA journal_mode")), QStringList { QStringLiteral("delete") });
}

int main(int argc, char **argv)
{
    // A child process of parallelFirstOpen(): opens the file once, as any CostBoard process would.
    if (const QString path = qEnvironmentVariable("COSTBOARD_TEST_OPEN"); !path.isEmpty()) {
        QCoreApplication application(argc, argv);
        try {
            const auto database = Database::openSqlite(path);
            return database->schemaVersion() == Database::latestSchemaVersion() ? 0 : 2;
        } catch (const Error &error) {
            std::fputs(error.what(), stderr);
            return 1;
        }
    }
    QCoreApplication application(argc, argv);
    TestMigrations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_migrations.moc"
