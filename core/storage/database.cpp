// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include <sqlite3.h>

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "storage/domainrules.h"
#include "storage/migrations.h"
#include "storage/serveraddress.h"

namespace costboard {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("costboard-%1").arg(counter.fetchAndAddRelaxed(1));
}

// True when `path` starts with SQLite's 16-byte header; an empty file counts as one when
// `emptyIsNew` (SQLite turns it into a new database).
bool hasSqliteHeader(const QString &path, bool emptyIsNew)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // unreadable: let SQLite say why
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return emptyIsNew;
    return header == QByteArray("SQLite format 3\0", 16);
}

// How long an open waits for another process that is creating or migrating the same file.
constexpr int migrationLockWaitMs = 120'000;

// The PostgreSQL advisory lock a client holds while it creates or migrates the schema: the
// same number SQLite files carry as their application_id ("CBrd").
constexpr std::int64_t postgresMigrationLock = Database::sqliteApplicationId;

QString describe(const QSqlError &error)
{
    const QString text = error.text().trimmed();
    return text.isEmpty() ? QStringLiteral("unknown database error") : text;
}

} // namespace

Database::Database(QString connectionName, SqlDialect dialect, QString location)
    : m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
    , m_location(std::move(location))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::openSqlite(const QString &path, IfMissing ifMissing, Access access)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        throw StorageError(ErrorCode::SqliteDriverMissing);
    if (access == Access::ReadOnly)
        ifMissing = IfMissing::Refuse; // a read creates nothing

    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile())
            throw StorageError(ErrorCode::NotADatabaseFile, { path });
        if (!info.exists() && ifMissing == IfMissing::Refuse)
            throw StorageError(ErrorCode::DatabaseMissing, { path });
        if (!info.absoluteDir().exists())
            throw StorageError(ErrorCode::DatabaseFolderMissing, { path, info.absolutePath() });
        // SQLite reads any file as an empty database until a statement fails on it: recognise
        // the header first, so a text file gets one clear sentence and stays untouched.
        if (info.exists() && !hasSqliteHeader(path, ifMissing == IfMissing::Create))
            throw StorageError(ErrorCode::NotACostBoardDatabase, { path });
    }

    const QString location = inMemory ? path : QFileInfo(path).absoluteFilePath();
    std::unique_ptr<Database> database(new Database(nextConnectionName(), SqlDialect::Sqlite, location));
    database->m_readOnly = access == Access::ReadOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        QStringList options { QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000") };
        db.setDatabaseName(path);
        if (database->m_readOnly) {
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
            // In a folder this user cannot write, SQLite cannot make the WAL index beside the
            // file: a checkpointed database (no -wal left) is then read as immutable.
            const QFileInfo info(location);
            if (!QFileInfo(info.absolutePath()).isWritable()
                && !QFileInfo::exists(location + QStringLiteral("-wal"))) {
                options << QStringLiteral("QSQLITE_OPEN_URI");
                QUrl uri = QUrl::fromLocalFile(location);
                uri.setQuery(QStringLiteral("immutable=1"));
                db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            }
        }
        db.setConnectOptions(options.join(u';'));
        if (!db.open())
            throw StorageError(ErrorCode::DatabaseCannotOpen, { path, describe(db.lastError()) });
    }
    database->configureSqlite();
    Contents contents = database->inspectSqlite();
    database->refuseUnusable(contents, ifMissing, access);
    if (database->m_readOnly) {
        spdlog::info("opened database {} read-only (schema version {})", location.toStdString(),
                     contents.schemaVersion);
        return database;
    }

    if (contents.kind == Contents::Kind::CostBoard && contents.schemaVersion == latestSchemaVersion()) {
        database->enableWriteAheadLog();
    } else if (inMemory) {
        database->migrate();
    } else {
        // Creating or migrating is done by one process at a time: the others wait here, then read
        // the version again and find nothing left to do (it was read before the lock was held).
        QLockFile lock(location + QStringLiteral(".lock"));
        lock.setStaleLockTime(0); // a long migration is not stale; a dead process's lock is
        if (!lock.tryLock(migrationLockWaitMs))
            throw StorageError(ErrorCode::DatabaseBusyMigrating, { path });
        contents = database->inspectSqlite();
        database->refuseUnusable(contents, ifMissing, access);
        database->enableWriteAheadLog();
        database->migrate();
    }
    spdlog::info("opened database {} (schema version {})", location.toStdString(), database->schemaVersion());
    return database;
}

std::unique_ptr<Database> Database::openPostgres(const ServerAddress &address, IfMissing ifMissing,
                                                 Access access, const QString &password)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StorageError(ErrorCode::PostgresDriverMissing);
    if (access == Access::ReadOnly)
        ifMissing = IfMissing::Refuse;

    std::unique_ptr<Database> database(
        new Database(nextConnectionName(), SqlDialect::Postgres, address.toUrl()));
    database->m_displayName = address.describe();
    database->m_readOnly = access == Access::ReadOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
        db.setHostName(address.host);
        if (address.port != 0)
            db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        if (!password.isEmpty())
            db.setPassword(password);
        QStringList options { QStringLiteral("connect_timeout=10"),
                              QStringLiteral("application_name=CostBoard") };
        if (!address.tlsMode.isEmpty())
            options << QStringLiteral("sslmode=") + address.tlsMode;
        if (!address.service.isEmpty())
            options << QStringLiteral("service=") + address.service;
        // The server refuses every write of a session that only reads, whatever the code does.
        if (database->m_readOnly)
            options << QStringLiteral("options='-c default_transaction_read_only=on'");
        db.setConnectOptions(options.join(u';'));
        if (!db.open())
            throw StorageError(ErrorCode::DatabaseCannotOpen,
                               { database->m_displayName, describe(db.lastError()) });
    }
    // Dates and text compare as the code writes them, whatever the server's defaults are.
    execSql(*database, QStringLiteral("SET client_encoding = 'UTF8'"));
    execSql(*database, QStringLiteral("SET TIME ZONE 'UTC'"));
    execSql(*database, QStringLiteral("SET client_min_messages = warning"));
    Contents contents = database->inspectPostgres();
    database->refuseUnusable(contents, ifMissing, access);
    if (!database->m_readOnly
        && !(contents.kind == Contents::Kind::CostBoard && contents.schemaVersion == latestSchemaVersion())) {
        // One client creates or migrates the schema; the others wait here, then find it current.
        execSql(*database, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(postgresMigrationLock));
        try {
            contents = database->inspectPostgres();
            database->refuseUnusable(contents, ifMissing, access);
            database->migrate();
        } catch (...) {
            execSql(*database, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(postgresMigrationLock));
            throw;
        }
        execSql(*database, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(postgresMigrationLock));
    }
    spdlog::info("opened database {}{} (schema version {})", database->m_displayName.toStdString(),
                 database->m_readOnly ? " read-only" : "", database->schemaVersion());
    return database;
}

std::unique_ptr<Database> Database::open(const QString &location, IfMissing ifMissing, Access access,
                                         const QString &password)
{
    if (ServerAddress::isServerUrl(location))
        return openPostgres(ServerAddress::fromUrl(location), ifMissing, access, password);
    return openSqlite(location, ifMissing, access);
}

QString Database::displayName() const
{
    return m_displayName.isEmpty() ? m_location : m_displayName;
}

Database::Contents Database::inspectPostgres() const
{
    Contents contents;
    QSet<QString> tables;
    SqlStatement names(*this,
                       // pg_tables, not information_schema: that one hides the tables a login may
                       // not read, and a login without a CostBoard role would see an empty database.
                       QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"));
    names.exec();
    while (names.next())
        tables.insert(names.text(0));
    names.finish();
    if (tables.contains(QStringLiteral("schema_migrations"))
        && tables.contains(QStringLiteral("cost_lines"))) {
        contents.kind = Contents::Kind::CostBoard;
        SqlStatement version(*this,
                             QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
        contents.schemaVersion = version.scalar().toInt();
    } else if (!tables.isEmpty()) {
        contents.kind = Contents::Kind::Foreign;
    }
    return contents;
}

void Database::configureSqlite()
{
    // Connection-level settings only: nothing here writes to the file, so a database we are
    // about to refuse (newer schema) stays byte-for-byte as it was.
    execSql(*this, QStringLiteral("PRAGMA foreign_keys = ON"));
    execSql(*this, QStringLiteral("PRAGMA busy_timeout = 5000"));
    SqlStatement check(*this, QStringLiteral("PRAGMA foreign_keys"));
    if (!check.exec().next() || check.int64(0) != 1)
        throw StorageError(ErrorCode::ForeignKeysUnsupported);
}

Database::Contents Database::inspectSqlite() const
{
    // One read transaction, so that a process creating the schema at this moment is seen
    // either before or after, never half-way (tables without their version).
    execSql(*this, QStringLiteral("BEGIN"));
    Contents contents;
    try {
        SqlStatement applicationId(*this, QStringLiteral("PRAGMA application_id"));
        const std::int64_t stamp = applicationId.scalar().toLongLong();
        QSet<QString> tables;
        SqlStatement names(*this,
                           QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                          " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
        names.exec();
        while (names.next())
            tables.insert(names.text(0));
        names.finish();
        // Versions 1 to 8 did not stamp the header: their own tables say whose the file is.
        const bool costBoardTables = tables.contains(QStringLiteral("schema_migrations"))
            && tables.contains(QStringLiteral("cost_categories"))
            && tables.contains(QStringLiteral("cost_lines"));
        if (stamp == sqliteApplicationId || (stamp == 0 && costBoardTables))
            contents.kind = Contents::Kind::CostBoard;
        else if (stamp != 0 || !tables.isEmpty())
            contents.kind = Contents::Kind::Foreign;
        if (contents.kind == Contents::Kind::CostBoard
            && tables.contains(QStringLiteral("schema_migrations"))) {
            SqlStatement version(*this,
                                 QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
            contents.schemaVersion = version.scalar().toInt();
        }
    } catch (...) {
        execSql(*this, QStringLiteral("ROLLBACK"));
        throw;
    }
    execSql(*this, QStringLiteral("COMMIT"));
    return contents;
}

void Database::refuseUnusable(const Contents &contents, IfMissing ifMissing, Access access) const
{
    const bool inMemory = m_location == QLatin1String(":memory:");
    if (contents.kind == Contents::Kind::Foreign)
        throw StorageError(ErrorCode::NotACostBoardDatabase, { displayName() });
    // An existing file with no CostBoard schema (an empty SQLite file) is somebody else's: only
    // a caller that may create a database turns it into one.
    if (contents.kind == Contents::Kind::Empty && !inMemory && ifMissing == IfMissing::Refuse) {
        if (m_dialect == SqlDialect::Postgres)
            throw StorageError(ErrorCode::ServerNotInitialised, { displayName() });
        throw StorageError(ErrorCode::NotACostBoardDatabase, { displayName() });
    }
    const int latest = latestSchemaVersion();
    if (contents.schemaVersion > latest) {
        throw SchemaVersionError(
            ErrorCode::SchemaTooNew,
            { m_location, QString::number(contents.schemaVersion), QString::number(latest) });
    }
    if (access == Access::ReadOnly && contents.schemaVersion < latest)
        throw StorageError(ErrorCode::DatabaseNeedsUpgrade,
                           { m_location, QString::number(contents.schemaVersion), QString::number(latest) });
}

void Database::enableWriteAheadLog()
{
    // WAL lets the dashboard read while an import writes; it needs a local file system.
    if (m_location == QLatin1String(":memory:"))
        return;
    SqlStatement journal(*this, QStringLiteral("PRAGMA journal_mode = WAL"));
    const QString mode = journal.scalar().toString().toLower();
    // SQLite answers with the mode it is in: anything else means it could not switch (a
    // network file system, a read-only medium), and readers would then block the writers.
    if (mode != QLatin1String("wal"))
        throw StorageError(ErrorCode::WriteAheadLogUnavailable, { m_location, mode });
    execSql(*this, QStringLiteral("PRAGMA synchronous = NORMAL"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

int Database::schemaVersion() const
{
    return Migrations::currentVersion(*this);
}

void Database::migrate()
{
    Migrations::run(*this);
}

QString Database::adaptDdl(QString ddl) const
{
    const bool sqlite = m_dialect == SqlDialect::Sqlite;
    ddl.replace(QLatin1String("{ID}"),
                sqlite ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                       : QLatin1String("BIGSERIAL PRIMARY KEY"));
    ddl.replace(QLatin1String("{BIGINT}"), sqlite ? QLatin1String("INTEGER") : QLatin1String("BIGINT"));
    ddl.replace(QLatin1String("{REAL}"), sqlite ? QLatin1String("REAL") : QLatin1String("DOUBLE PRECISION"));
    // A table read in primary-key ranges (the daily roll-ups) is stored in that order in SQLite.
    ddl.replace(QLatin1String("{WITHOUT_ROWID}"),
                sqlite ? QLatin1String(" WITHOUT ROWID") : QLatin1String(""));
    return ddl;
}

SqlStatement::SqlStatement(const Database &database, const QString &sql)
    : m_query(database.connection())
    , m_sql(sql)
{
    // Forward-only reads SQLite's rows as they come. Qt's PostgreSQL driver reads such a query
    // row by row from the socket, so that no other statement can run on the connection until
    // the last row: a reader that writes as it reads (re-pricing lines) takes its rows at once.
    m_query.setForwardOnly(database.dialect() == SqlDialect::Sqlite);
    // PostgreSQL sums BIGINTs as NUMERIC: read as its exact text (int64() parses it), never as
    // a double that would round a large total.
    if (database.dialect() == SqlDialect::Postgres)
        m_query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!m_query.prepare(sql)) {
        spdlog::error("cannot prepare SQL: {} ({})", describe(m_query.lastError()).toStdString(),
                      sql.simplified().left(200).toStdString());
        throw StorageError(ErrorCode::DatabaseFailure, { describe(m_query.lastError()) });
    }
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString inside a variant is text too ('' as SQLite's binding stores it; Qt's
    // PostgreSQL driver would write NULL); a typed null variant stays NULL.
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        m_query.bindValue(placeholder, QStringLiteral(""));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QString &value)
{
    m_query.bindValue(placeholder, value.isNull() ? QStringLiteral("") : value);
    return *this;
}

SqlStatement &SqlStatement::bindText(const QString &placeholder, const QString &value, bool emptyIsNull)
{
    if (emptyIsNull && value.isEmpty())
        m_query.bindValue(placeholder, QVariant(QMetaType::fromType<QString>()));
    else
        m_query.bindValue(placeholder, value.isNull() ? QStringLiteral("") : value);
    return *this;
}

namespace {

// SQLite stops a SUM() that leaves 64 bits with "integer overflow": that is an amount overflow,
// said as such rather than as a database failure.
[[noreturn]] void throwFailure(const QSqlError &error, const QString &sql)
{
    spdlog::error("SQL failed: {} ({})", describe(error).toStdString(),
                  sql.simplified().left(200).toStdString());
    const QString text = error.databaseText();
    // SQLite: "integer overflow"; PostgreSQL: "bigint out of range" (a sum cast back to BIGINT).
    if (text.contains(QLatin1String("integer overflow"))
        || text.contains(QLatin1String("bigint out of range")))
        throw StorageError(ErrorCode::AmountOverflowSum);
    if (const qsizetype at = text.indexOf(domainrules::refusalPrefix()); at >= 0)
        throw StorageError(ErrorCode::ValueRefusedBySchema,
                           { text.mid(at + domainrules::refusalPrefix().size())
                                 .section(QRegularExpression(QStringLiteral("\\s")), 0, 0) });
    // PostgreSQL's insufficient_privilege: the session's role may not write there (a viewer,
    // or a controller changing a project); the server, not the interface, is the guard.
    if (error.nativeErrorCode() == QLatin1String("42501"))
        throw StorageError(ErrorCode::ServerRoleRefused, { text.trimmed() });
    throw StorageError(ErrorCode::DatabaseFailure, { describe(error) });
}

} // namespace

SqlStatement &SqlStatement::exec()
{
    if (!m_query.exec())
        throwFailure(m_query.lastError(), m_sql);
    return *this;
}

bool SqlStatement::next()
{
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        throwFailure(m_query.lastError(), m_sql);
    return false;
}

qint64 SqlStatement::int64(int index) const
{
    const QVariant stored = m_query.value(index);
    switch (stored.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return stored.toLongLong();
    case QMetaType::QString:
        // A PostgreSQL NUMERIC (a SUM of BIGINTs), as exact text: a whole number that fits, or
        // a sum past 64 bits. SQLite's text in a number's place is no number at all.
        if (m_query.driver() && m_query.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
            bool ok = false;
            const qint64 number = stored.toString().toLongLong(&ok);
            if (ok)
                return number;
            static const QRegularExpression wholeNumber(QStringLiteral("^-?[0-9]+$"));
            if (wholeNumber.match(stored.toString()).hasMatch())
                throw StorageError(ErrorCode::AmountOverflowSum);
        }
        [[fallthrough]];
    default:
        if (stored.isNull())
            return 0;
        spdlog::error("a whole number was expected in column {} of ({}), not {}", index,
                      m_sql.simplified().left(200).toStdString(), stored.toString().left(40).toStdString());
        throw StorageError(ErrorCode::StoredValueNotInteger, { stored.toString().left(40) });
    }
}

QVariant SqlStatement::scalar()
{
    exec();
    const QVariant result = next() ? value(0) : QVariant();
    m_query.finish();
    return result;
}

sqlite3 *sqliteHandle(const Database &database)
{
    if (database.dialect() != SqlDialect::Sqlite)
        return nullptr;
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void execSql(const Database &database, const QString &sql)
{
    if (database.dialect() == SqlDialect::Postgres) {
        // Qt's driver prepares every statement it is given first, and PostgreSQL prepares no
        // DDL, SET, BEGIN or SAVEPOINT: these run as they are.
        QSqlQuery query(database.connection());
        if (!query.exec(sql))
            throwFailure(query.lastError(), sql);
        return;
    }
    SqlStatement statement(database, sql);
    statement.exec();
}

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_depth(database.m_transactionDepth)
{
    if (m_depth == 0) {
        // IMMEDIATE takes the write lock now rather than at the first write, so two writers wait
        // on the busy timeout instead of one failing half-way with SQLITE_BUSY.
        execSql(database,
                database.dialect() == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                         : QStringLiteral("BEGIN"));
    } else {
        execSql(database, QStringLiteral("SAVEPOINT costboard_%1").arg(m_depth));
    }
    ++database.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_database.m_transactionDepth;
    try {
        if (m_depth == 0)
            execSql(m_database, QStringLiteral("ROLLBACK"));
        else {
            execSql(m_database, QStringLiteral("ROLLBACK TO SAVEPOINT costboard_%1").arg(m_depth));
            execSql(m_database, QStringLiteral("RELEASE SAVEPOINT costboard_%1").arg(m_depth));
        }
        spdlog::warn("transaction rolled back");
    } catch (const Error &error) {
        spdlog::error("rollback failed: {}", error.what());
    }
}

void Transaction::commit()
{
    if (m_done)
        throw StorageError(ErrorCode::TransactionCommittedTwice);
    if (m_depth == 0)
        execSql(m_database, QStringLiteral("COMMIT"));
    else
        execSql(m_database, QStringLiteral("RELEASE SAVEPOINT costboard_%1").arg(m_depth));
    --m_database.m_transactionDepth;
    m_done = true;
}

} // namespace costboard
