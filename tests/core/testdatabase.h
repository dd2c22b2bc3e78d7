// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include "domain/entities.h"
#include "errors.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/teamserver.h"

namespace costboard::test {

__extension__ typedef __int128 TestWide;

// SHA-256 of a file's bytes, empty when it cannot be read: "was this file left untouched?" A
// database's write-ahead log counts too, since a committed write sits there until a checkpoint.
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    QFile log(path + QStringLiteral("-wal"));
    if (log.open(QIODevice::ReadOnly))
        hash.addData(&log);
    return hash.result().toHex();
}

// The PostgreSQL server the suite runs against, from COSTBOARD_TEST_POSTGRES (the address of a
// superuser, set by CTest for the "_pg" runs of a suite); empty for SQLite.
inline QString testServerUrl()
{
    return qEnvironmentVariable("COSTBOARD_TEST_POSTGRES");
}

inline bool testingOnPostgres()
{
    return !testServerUrl().isEmpty();
}

// A connection of the suite's superuser to the server's "postgres" database, for creating and
// dropping the databases the tests use; opened once per test process.
inline QSqlDatabase testServerAdmin()
{
    const QString name = QStringLiteral("costboard-test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const ServerAddress address = ServerAddress::fromUrl(testServerUrl());
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    admin.setHostName(address.host);
    admin.setPort(address.port);
    admin.setUserName(address.user);
    admin.setDatabaseName(QStringLiteral("postgres"));
    if (!admin.open())
        qFatal("cannot reach the test server %s: %s", qPrintable(address.describe()),
               qPrintable(admin.lastError().text()));
    return admin;
}

inline void testServerExec(const QString &sql)
{
    QSqlQuery query(testServerAdmin());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

// Removes a test's database from the server once the test lets it go.
struct TestDatabaseDeleter
{
    TestDatabaseDeleter() = default;
    // So that a database opened as a file (Database::openSqlite) is held the same way.
    TestDatabaseDeleter(std::default_delete<Database>) { } // NOLINT(google-explicit-constructor)

    void operator()(Database *database) const
    {
        const bool server = database && database->dialect() == SqlDialect::Postgres;
        const QString name = server ? ServerAddress::fromUrl(database->location()).database : QString();
        delete database;
        if (server)
            testServerExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
};

using TestDatabase = std::unique_ptr<Database, TestDatabaseDeleter>;

// The address of a new database on the test server, with the current schema: copied from one
// migrated once per process (a tenth of the time migrating each one takes).
// Creates database `name` on the test server, empty or as a copy of `from`, and gives its address.
inline ServerAddress createTestServerDatabase(const QString &name, const QString &from = QString())
{
    testServerExec(from.isEmpty() ? QStringLiteral("CREATE DATABASE %1").arg(name)
                                  : QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, from));
    ServerAddress address = ServerAddress::fromUrl(testServerUrl());
    address.database = name;
    return address;
}

inline QString newTestServerDatabase()
{
    static int made = 0;
    static QString templateName;
    if (templateName.isEmpty()) {
        const QString name = QStringLiteral("cbtest_%1_template").arg(QCoreApplication::applicationPid());
        Database::openPostgres(createTestServerDatabase(name), Database::IfMissing::Create).reset();
        templateName = name;
    }
    return createTestServerDatabase(
               QStringLiteral("cbtest_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made),
               templateName)
        .toUrl();
}

// Who the audit log names for a write made under the client name `clientName`: that name on
// SQLite; on the server, the server's user (filled in by the server, whatever the client says).
inline QString recordedActor(const QString &clientName)
{
    return testingOnPostgres() ? ServerAddress::fromUrl(testServerUrl()).user : clientName;
}

// A login role of the test server, member of CostBoard's `role` (none: no CostBoard role), named
// after `purpose` and this process; dropped when the test lets it go (roles belong to the whole
// server, not to a test's database).
class TestLoginRole
{
public:
    TestLoginRole(const QString &purpose, std::optional<TeamRole> role)
        : m_name(QStringLiteral("cb_%1_%2").arg(purpose).arg(QCoreApplication::applicationPid()))
    {
        testServerExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_name));
        testServerExec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_name));
        if (role)
            testServerExec(QStringLiteral("GRANT %1 TO %2").arg(teamserver::serverRoleName(*role), m_name));
    }
    ~TestLoginRole() { testServerExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_name)); }
    TestLoginRole(const TestLoginRole &) = delete;
    TestLoginRole &operator=(const TestLoginRole &) = delete;

    const QString &name() const { return m_name; }
    // The address of the database at `url` as this role.
    QString url(const QString &databaseUrl) const
    {
        ServerAddress address = ServerAddress::fromUrl(databaseUrl);
        address.user = m_name;
        return address.toUrl();
    }
    std::unique_ptr<Database> open(const QString &databaseUrl) const
    {
        return Database::open(url(databaseUrl));
    }

private:
    QString m_name;
};

// Where a test keeps a database that it opens more than once: `filePath` on SQLite, a database of
// its own on the test server.
inline QString newTestDatabaseLocation(const QString &filePath)
{
    return testingOnPostgres() ? newTestServerDatabase() : filePath;
}

// A fresh database per test, with the current schema: in memory on SQLite, or a database of its
// own on the test server, dropped when the test lets it go.
inline TestDatabase openTestDatabase()
{
    if (!testingOnPostgres())
        return TestDatabase(Database::openSqlite(QStringLiteral(":memory:")).release());
    return TestDatabase(
        Database::openPostgres(ServerAddress::fromUrl(newTestServerDatabase()), Database::IfMissing::Refuse)
            .release());
}

// What "the database is exactly as it was" compares: a SQLite file's bytes (fileHash()), else
// every table's rows: of a database in memory, or on PostgreSQL, where a refused insert may still
// have used up a number of a sequence, which no row shows.
inline QByteArray storedState(const Database &database)
{
    if (database.dialect() == SqlDialect::Sqlite && database.location() != QLatin1String(":memory:"))
        return fileHash(database.location());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables = database.connection().tables();
    tables.sort();
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            return {};
        QStringList rows;
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            rows << columns.join(u'|');
        }
        rows.sort();
        const QByteArray contents = table.toUtf8() + '\n' + rows.join(u'\n').toUtf8() + '\n';
        hash.addData(contents);
    }
    return hash.result().toHex();
}

// Runs statements on a plain Qt SQL connection, outside CostBoard: to fabricate files that some
// other program (or a newer CostBoard) wrote.
inline bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
                break;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Every row of `sql` as text, one string per row with columns joined by '|' (NULL shown as
// "NULL"): compact to compare and readable when QCOMPARE prints a difference.
inline QStringList queryRows(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    // PostgreSQL's sums of BIGINTs are NUMERIC: read as exact text, as CostBoard reads them.
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!query.exec(sql)) {
        qWarning("query failed: %s (%s)", qPrintable(query.lastError().text()), qPrintable(sql));
        return { QStringLiteral("<query failed>") };
    }
    QStringList rows;
    while (query.next()) {
        QStringList columns;
        const int count = query.record().count();
        for (int i = 0; i < count; ++i) {
            const QVariant value = query.value(i);
            columns << (value.isNull() ? QStringLiteral("NULL") : value.toString());
        }
        rows << columns.join(u'|');
    }
    return rows;
}

inline QStringList queryRows(const Database &database, const QString &sql)
{
    return queryRows(database.connection(), sql);
}

// First column of the first row of `sql`.
inline QVariant queryValue(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!query.exec(sql) || !query.next()) {
        qWarning("query failed: %s (%s)", qPrintable(query.lastError().text()), qPrintable(sql));
        return {};
    }
    return query.value(0);
}

inline qint64 rowCount(const Database &database, const QString &table)
{
    return queryValue(database, QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

// The roll-up table as stored, and as it must be: recomputed from scratch from the cost lines.
// Both sorted as text, so that they compare row by row.
inline QStringList storedRollups(const Database &database)
{
    QStringList rows
        = queryRows(database,
                    QStringLiteral("SELECT basis, day, project_id, category_id, vendor, reporting_minor,"
                                   " recurring_minor, line_count, unconverted_count FROM daily_rollups"));
    rows.sort();
    return rows;
}

// Of `amount` spread evenly over n days, what the first k days hold: round(amount * k / n),
// rounded half away from zero, as FiscalCalendar's shareOfDays documents. Written apart from it,
// so that tests have an oracle of their own.
inline qint64 expectedFirstDaysShare(qint64 amount, qint64 k, qint64 n)
{
    if (k <= 0)
        return 0;
    if (k >= n)
        return amount;
    const TestWide product = static_cast<TestWide>(amount) * k;
    TestWide quotient = product / n;
    const TestWide remainder = product % n;
    if ((remainder < 0 ? -remainder : remainder) * 2 >= n)
        quotient += product < 0 ? -1 : 1;
    return static_cast<qint64>(quotient);
}

// Day d (1-based) of n's part of `amount`.
inline qint64 expectedDayShare(qint64 amount, qint64 day, qint64 days)
{
    return expectedFirstDaysShare(amount, day, days) - expectedFirstDaysShare(amount, day - 1, days);
}

// The accrual-basis spend of one project from `first` to `last`, from the raw cost lines.
inline qint64 expectedAccruedSpend(const Database &database, ProjectId project, const QDate &first,
                                   const QDate &last)
{
    QSqlQuery query(database.connection());
    query.prepare(
        QStringLiteral("SELECT incurred_on, service_start, service_end, reporting_minor FROM cost_lines"
                       " WHERE project_id = ? AND reporting_minor IS NOT NULL"));
    query.addBindValue(qlonglong(project));
    if (!query.exec())
        return -1;
    qint64 total = 0;
    while (query.next()) {
        const QDate incurred = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const QDate start
            = query.value(1).isNull() ? incurred : QDate::fromString(query.value(1).toString(), Qt::ISODate);
        const QDate end = query.value(2).isNull() ? incurred.addDays(1)
                                                  : QDate::fromString(query.value(2).toString(), Qt::ISODate);
        const qint64 days = start.daysTo(end);
        for (qint64 d = 1; d <= days; ++d) {
            const QDate day = start.addDays(d - 1);
            if (day >= first && day <= last)
                total += expectedDayShare(query.value(3).toLongLong(), d, days);
        }
    }
    return total;
}

// An oracle written apart from the repository's: each line on its date (cash), and spread over
// its service days (accrual) by expectedDayShare(); counts on the first day.
inline QStringList expectedRollups(const Database &database)
{
    struct Totals
    {
        qint64 amount = 0;
        qint64 recurring = 0;
        qint64 lines = 0;
        qint64 unconverted = 0;
        bool touched = false;
    };
    std::map<QString, Totals> rows; // "basis|day|project|category|vendor"
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT incurred_on, service_start, service_end, project_id, category_id, vendor,"
                           " reporting_minor FROM cost_lines")))
        return { QStringLiteral("<query failed>") };
    while (query.next()) {
        const QDate incurred = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const QDate first
            = query.value(1).isNull() ? incurred : QDate::fromString(query.value(1).toString(), Qt::ISODate);
        const QDate end = query.value(2).isNull() ? incurred.addDays(1)
                                                  : QDate::fromString(query.value(2).toString(), Qt::ISODate);
        const QString dimensions
            = QStringLiteral("%1|%2|%3")
                  .arg(query.value(3).toString(), query.value(4).toString(), query.value(5).toString());
        const bool converted = !query.value(6).isNull();
        const qint64 amount = query.value(6).toLongLong();
        const qint64 days = first.daysTo(end);
        const bool recurring = days >= CostLine::RecurringMinimumDays;
        Totals &cash = rows[QStringLiteral("cash|") + incurred.toString(Qt::ISODate) + u'|' + dimensions];
        cash.amount += amount;
        cash.recurring += recurring ? amount : 0;
        cash.lines += 1;
        cash.unconverted += converted ? 0 : 1;
        for (qint64 d = 1; d <= days; ++d) {
            Totals &accrual = rows[QStringLiteral("accrual|") + first.addDays(d - 1).toString(Qt::ISODate)
                                   + u'|' + dimensions];
            const qint64 share = expectedDayShare(amount, d, days);
            accrual.amount += share;
            accrual.recurring += recurring ? share : 0;
            accrual.touched = true;
            if (d == 1) {
                accrual.lines += 1;
                accrual.unconverted += converted ? 0 : 1;
            }
        }
    }
    QStringList expected;
    for (const auto &[key, totals] : rows) {
        if (totals.amount == 0 && totals.recurring == 0 && totals.lines == 0 && totals.unconverted == 0)
            continue;
        expected << QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(key)
                        .arg(totals.amount)
                        .arg(totals.recurring)
                        .arg(totals.lines)
                        .arg(totals.unconverted);
    }
    expected.sort();
    return expected;
}

// Everything a write can touch, for "the database is exactly as it was" checks.
inline QStringList databaseContents(const Database &database)
{
    QStringList all;
    all << QStringLiteral("[cost_lines]")
        << queryRows(database,
                     QStringLiteral(
                         "SELECT id, project_id, category_id, incurred_on, week_start,"
                         " amount_minor, currency, reporting_minor, vendor, description,"
                         " source, external_ref, service_start, service_end FROM cost_lines ORDER BY id"));
    all << QStringLiteral("[daily_rollups]") << storedRollups(database);
    all << QStringLiteral("[projects]")
        << queryRows(database, QStringLiteral("SELECT id, code, name, archived FROM projects ORDER BY id"));
    all << QStringLiteral("[budgets]")
        << queryRows(database,
                     QStringLiteral("SELECT id, project_id, category_id, period_kind, period_start,"
                                    " amount_minor, currency FROM budgets ORDER BY id"));
    all << QStringLiteral("[fx_rates]")
        << queryRows(database,
                     QStringLiteral("SELECT id, currency, quote_currency, valid_from, rate_nanos"
                                    " FROM fx_rates ORDER BY id"));
    all << QStringLiteral("[audit_log]")
        << queryRows(
               database,
               QStringLiteral("SELECT id, action, entity, entity_id, details FROM audit_log ORDER BY id"));
    all << QStringLiteral("[settings]")
        << queryRows(database, QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    return all;
}

// True when the connection is in autocommit mode, i.e. no transaction or savepoint was left
// open: a plain BEGIN is refused inside one.
inline bool isOutsideTransaction(const Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("BEGIN")))
        return false;
    return query.exec(QStringLiteral("ROLLBACK"));
}

// A valid project that only needs a code to be unique.
inline Project makeProject(const QString &code, const QString &name = QString())
{
    Project project;
    project.code = code;
    project.name = name.isEmpty() ? QStringLiteral("Project ") + code : name;
    project.owner = QStringLiteral("Owner");
    project.status = ProjectStatus::Active;
    project.decisionLevel = DecisionLevel::Cio;
    project.startDate = QDate(2025, 1, 1);
    return project;
}

// A valid cost line: 123.45 EUR of inference for `projectId` on 2026-03-10.
inline CostLine makeLine(ProjectId projectId, std::int64_t minorUnits = 12345,
                         const QString &currency = QStringLiteral("EUR"),
                         QDate incurredOn = QDate(2026, 3, 10),
                         CostCategory category = CostCategory::Inference,
                         const QString &vendor = QStringLiteral("OpenAI"))
{
    CostLine line;
    line.projectId = projectId;
    line.category = category;
    line.incurredOn = incurredOn;
    line.amount = Money(minorUnits, currency);
    line.vendor = vendor;
    line.description = QStringLiteral("test line");
    return line;
}

inline Budget makeBudget(std::optional<ProjectId> projectId, PeriodKind kind, const QDate &start,
                         std::int64_t minorUnits, std::optional<CostCategory> category = std::nullopt,
                         const QString &currency = QStringLiteral("EUR"))
{
    Budget budget;
    budget.projectId = projectId;
    budget.category = category;
    budget.periodKind = kind;
    budget.periodStart = start;
    budget.amount = Money(minorUnits, currency);
    return budget;
}

// Runs `action`, expecting a ValidationError; returns its field ("<no error>" / "<other error>"
// otherwise) so a data-driven test can QCOMPARE the field that was named.
inline QString validationField(const std::function<void()> &action)
{
    try {
        action();
    } catch (const ValidationError &error) {
        return error.field();
    } catch (const std::exception &error) {
        return QStringLiteral("<other error: %1>").arg(QString::fromUtf8(error.what()));
    }
    return QStringLiteral("<no error>");
}

} // namespace costboard::test
