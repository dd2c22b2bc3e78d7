// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3;

namespace costboard {

struct ServerAddress;

enum class SqlDialect
{
    Sqlite,
    Postgres
};

// One open CostBoard database: a Qt SQL connection owned by this object, configured, migrated to
// the current schema. Everything that talks SQL takes a `Database &`; nothing outside core/ does.
class Database final
{
public:
    // What openSqlite() does with a path where no file exists.
    enum class IfMissing
    {
        Create, // a new, empty CostBoard database (the demo generator, "New database…")
        Refuse, // StorageError: a mistyped --db must not leave an empty database behind
    };

    // What the caller will do with the database.
    enum class Access
    {
        // Migrates an older schema (after a verified backup) and switches the file to WAL.
        ReadWrite,
        // For the commands that only read (snapshot, export, report): the file is opened
        // read-only and never written, migrated or switched to WAL; a missing or empty file and
        // an older schema are refused (DatabaseNeedsUpgrade says how to upgrade it).
        ReadOnly,
    };

    // Opens a SQLite file, or an in-memory database for ":memory:". Throws SchemaVersionError
    // when the file comes from a newer CostBoard, StorageError (NotACostBoardDatabase) when it
    // is not a CostBoard database (with Refuse, an empty file or an empty SQLite database is not
    // one either), DatabaseMissing when it does not exist and `ifMissing` is Refuse, and
    // StorageError when it cannot be opened or migrated. A refused file is left untouched.
    //
    // Several processes may open the same new or older file at once: the one that takes the
    // migration lock (a lock file beside the database) creates or migrates it, the others wait
    // for it and then find it current.
    static std::unique_ptr<Database> openSqlite(const QString &path, IfMissing ifMissing = IfMissing::Create,
                                                Access access = Access::ReadWrite);

    // Opens the CostBoard database on a PostgreSQL server (a team's shared database). With
    // IfMissing::Create an empty database gets the schema; with Refuse it is ServerNotInitialised.
    // Access::ReadOnly opens a session the server itself keeps from writing. `password`: from
    // the system keychain; empty lets libpq find one (~/.pgpass, PGPASSFILE, a service file).
    // Several clients may open a new or older database at once: one migrates it under an
    // advisory lock while the others wait, then find it current.
    static std::unique_ptr<Database> openPostgres(const ServerAddress &address,
                                                  IfMissing ifMissing = IfMissing::Refuse,
                                                  Access access = Access::ReadWrite,
                                                  const QString &password = QString());

    // Opens `location` as what it names: a server for a "postgresql://" address, else a SQLite
    // file. What every --db and every remembered database goes through.
    static std::unique_ptr<Database> open(const QString &location, IfMissing ifMissing = IfMissing::Refuse,
                                          Access access = Access::ReadWrite,
                                          const QString &password = QString());

    // The SQLite header's application_id that marks a CostBoard database ("CBrd"), stamped by
    // migration 9. Files from earlier versions are recognised by their tables until migrated.
    static constexpr std::int32_t sqliteApplicationId = 0x43427264;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    SqlDialect dialect() const noexcept { return m_dialect; }
    // The file path (SQLite) or the server's address as a URL without password: what open()
    // takes to open the same database again (a worker thread, a later start).
    const QString &location() const noexcept { return m_location; }
    // What the status bar and the log name: the file path, or "user@host:port/database".
    QString displayName() const;
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Replaces the dialect placeholders {ID}, {BIGINT}, {REAL}, {WITHOUT_ROWID} in DDL: the one place where
    // SQLite and PostgreSQL differ in what we write.
    QString adaptDdl(QString ddl) const;

    bool isReadOnly() const noexcept { return m_readOnly; }

private:
    friend class Transaction;
    // What a SQLite file holds, read in one snapshot before anything is written to it.
    struct Contents
    {
        enum class Kind
        {
            Empty, // no table: a new database (or a 0-byte file)
            CostBoard,
            Foreign, // another application's SQLite file
        };
        Kind kind = Kind::Empty;
        int schemaVersion = 0;
    };

    Database(QString connectionName, SqlDialect dialect, QString location);
    void configureSqlite();
    Contents inspectSqlite() const;
    Contents inspectPostgres() const;
    // Throws for a file this open must leave alone (see openSqlite()).
    void refuseUnusable(const Contents &contents, IfMissing ifMissing, Access access) const;
    void enableWriteAheadLog();
    void migrate();

    QString m_connectionName;
    SqlDialect m_dialect;
    QString m_location;
    QString m_displayName;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
};

// A prepared statement that throws StorageError (naming the statement and the driver's message)
// instead of returning false, so no caller can forget to check.
class SqlStatement final
{
public:
    SqlStatement(const Database &database, const QString &sql);

    SqlStatement &bind(const QString &placeholder, const QVariant &value);
    // Text is never bound as NULL by accident: a null QString is stored as ''. Columns that may
    // be NULL are bound explicitly (bindText with emptyIsNull, or a typed null QVariant).
    SqlStatement &bind(const QString &placeholder, const QString &value);
    // Binds a QString, storing an empty string as NULL when `emptyIsNull`.
    SqlStatement &bindText(const QString &placeholder, const QString &value, bool emptyIsNull = false);
    SqlStatement &exec();
    // False at the end of the rows; throws when the driver failed on the way (a SUM that
    // overflows fails on the row that holds it), so a failure never reads as "no more rows".
    bool next();
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    // The whole number in column `index`, 0 for NULL. Text or a real number where a whole number
    // belongs (an amount, a count, an id) throws StorageError(StoredValueNotInteger) instead of
    // reading as 0 or a truncated value.
    qint64 int64(int index) const;
    QString text(int index) const { return m_query.value(index).toString(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    // Runs the statement and returns the first column of the first row (e.g. RETURNING id), then
    // finishes it: SQLite completes an INSERT … RETURNING only when the statement is reset, and an
    // unfinished statement blocks RELEASE/COMMIT.
    QVariant scalar();
    // Releases the result set early, for a reader that outlives its last use.
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    QString m_sql;
};

// Runs one or more semicolon-free statements without results (DDL, PRAGMA).
void execSql(const Database &database, const QString &sql);

// The SQLite connection under Qt's driver, for what Qt does not expose (busy handlers, bulk
// inserts); null on PostgreSQL.
sqlite3 *sqliteHandle(const Database &database);

// One unit of work. Writers take it first thing; the destructor rolls back unless commit() ran,
// so an exception anywhere leaves the database exactly as it was. Nested transactions become
// savepoints, so a repository call inside an import batch joins the batch.
class Transaction final
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_database;
    int m_depth;
    bool m_done = false;
};

} // namespace costboard
