// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "analytics/dashboardsnapshot.h"
#include "domain/category.h"
#include "errors.h"
#include "errortexts.h"
#include "storage/database.h"
#include "storage/migrations.h"
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
};

void TestMigrations::freshMemoryDatabaseIsLatest()
{
    const auto database = openMemoryDatabase();
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
    const auto database = openMemoryDatabase();
    const QStringList tables = database->connection().tables();
    for (const char *table : { "cost_categories", "projects", "cost_lines", "daily_rollups", "budgets",
                               "fx_rates", "audit_log", "settings", "schema_migrations", "import_batches" }) {
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    }
}

void TestMigrations::categoriesSeeded()
{
    const auto database = openMemoryDatabase();
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
    const auto database = openMemoryDatabase();
    QCOMPARE(queryRows(*database, QStringLiteral("SELECT key, value FROM settings ORDER BY key")),
             (QStringList { QStringLiteral("fiscal_year_start_month|1"),
                            QStringLiteral("reporting_currency|EUR") }));
}

void TestMigrations::foreignKeysOn()
{
    const auto database = openMemoryDatabase();
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

    const auto memory = openMemoryDatabase();
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
    // What a newer CostBoard could have written: its own tables and a higher schema version.
    QVERIFY(rawExec(
        path,
        {
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

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
