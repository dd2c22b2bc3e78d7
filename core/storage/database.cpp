#include "storage/database.h"

#include "errors.h"
#include "storage/migrations.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <spdlog/spdlog.h>

namespace costboard {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("costboard-%1").arg(counter.fetchAndAddRelaxed(1));
}

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
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::openSqlite(const QString &path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        throw StorageError(QStringLiteral("The Qt SQLite driver (QSQLITE) is not installed"));

    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile())
            throw StorageError(QStringLiteral("%1 is not a database file").arg(path));
        if (!info.absoluteDir().exists())
            throw StorageError(QStringLiteral("Cannot create %1: the folder %2 does not exist")
                                   .arg(path, info.absolutePath()));
    }

    std::unique_ptr<Database> database(new Database(nextConnectionName(), SqlDialect::Sqlite,
                                                    inMemory ? path : QFileInfo(path).absoluteFilePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            throw StorageError(QStringLiteral("Cannot open %1: %2").arg(path, describe(db.lastError())));
    }
    database->configureSqlite();
    Migrations::refuseNewerSchema(*database);
    database->enableWriteAheadLog();
    database->migrate();
    spdlog::info("opened database {} (schema version {})", database->m_location.toStdString(),
                 database->schemaVersion());
    return database;
}

void Database::configureSqlite()
{
    // Connection-level settings only: nothing here writes to the file, so a database we are
    // about to refuse (newer schema) stays byte-for-byte as it was.
    execSql(*this, QStringLiteral("PRAGMA foreign_keys = ON"));
    execSql(*this, QStringLiteral("PRAGMA busy_timeout = 5000"));
    SqlStatement check(*this, QStringLiteral("PRAGMA foreign_keys"));
    if (!check.exec().next() || check.int64(0) != 1)
        throw StorageError(QStringLiteral("This SQLite build cannot enforce foreign keys"));
}

void Database::enableWriteAheadLog()
{
    // WAL lets the dashboard read while an import writes; it needs a local file system.
    if (m_location == QLatin1String(":memory:"))
        return;
    SqlStatement journal(*this, QStringLiteral("PRAGMA journal_mode = WAL"));
    journal.exec();
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
                sqlite ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT") : QLatin1String("BIGSERIAL PRIMARY KEY"));
    ddl.replace(QLatin1String("{BIGINT}"), sqlite ? QLatin1String("INTEGER") : QLatin1String("BIGINT"));
    ddl.replace(QLatin1String("{REAL}"), sqlite ? QLatin1String("REAL") : QLatin1String("DOUBLE PRECISION"));
    // A table read in primary-key ranges (the daily roll-ups) is stored in that order in SQLite.
    ddl.replace(QLatin1String("{WITHOUT_ROWID}"), sqlite ? QLatin1String(" WITHOUT ROWID") : QLatin1String(""));
    return ddl;
}

SqlStatement::SqlStatement(const Database &database, const QString &sql)
    : m_query(database.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        spdlog::error("cannot prepare SQL: {} ({})", describe(m_query.lastError()).toStdString(),
                      sql.simplified().left(200).toStdString());
        throw StorageError(QStringLiteral("Database error: %1").arg(describe(m_query.lastError())));
    }
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
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

SqlStatement &SqlStatement::exec()
{
    if (!m_query.exec()) {
        const QSqlError error = m_query.lastError();
        spdlog::error("SQL failed: {} ({})", describe(error).toStdString(), m_sql.simplified().left(200).toStdString());
        throw StorageError(QStringLiteral("Database error: %1").arg(describe(error)));
    }
    return *this;
}

QVariant SqlStatement::scalar()
{
    exec();
    const QVariant result = next() ? value(0) : QVariant();
    m_query.finish();
    return result;
}

void execSql(const Database &database, const QString &sql)
{
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
        execSql(database, database.dialect() == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
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
        else
        {
            execSql(m_database, QStringLiteral("ROLLBACK TO SAVEPOINT costboard_%1").arg(m_depth));
            execSql(m_database, QStringLiteral("RELEASE SAVEPOINT costboard_%1").arg(m_depth));
        }
        spdlog::warn("transaction rolled back");
    } catch (const Error &error) {
        spdlog::error("rollback failed: {}", error.message().toStdString());
    }
}

void Transaction::commit()
{
    if (m_done)
        throw StorageError(QStringLiteral("Transaction committed twice"));
    if (m_depth == 0)
        execSql(m_database, QStringLiteral("COMMIT"));
    else
        execSql(m_database, QStringLiteral("RELEASE SAVEPOINT costboard_%1").arg(m_depth));
    --m_database.m_transactionDepth;
    m_done = true;
}

} // namespace costboard
