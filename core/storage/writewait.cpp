// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/writewait.h"

#include <libpq-fe.h>
#include <optional>
#include <sqlite3.h>

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QSqlDriver>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "storage/database.h"

namespace costboard {
namespace {

// SQLite's busy handler while one write lock is taken: retries until the limit and says once
// that it waits. restore() gives the connection its own busy timeout back.
class LongBusyWait final
{
public:
    LongBusyWait(sqlite3 *handle, const WriteWait &wait, int ownTimeoutMs)
        : m_handle(handle)
        , m_wait(wait)
        , m_ownTimeoutMs(ownTimeoutMs)
    {
        m_timer.start();
        sqlite3_busy_handler(m_handle, &LongBusyWait::retry, this);
    }
    ~LongBusyWait() { restore(); }
    LongBusyWait(const LongBusyWait &) = delete;
    LongBusyWait &operator=(const LongBusyWait &) = delete;

    void restore()
    {
        if (m_restored)
            return;
        sqlite3_busy_timeout(m_handle, m_ownTimeoutMs);
        m_restored = true;
    }
    bool gaveUp() const { return m_gaveUp; }

private:
    static int retry(void *context, int attempt)
    {
        auto *self = static_cast<LongBusyWait *>(context);
        if (attempt == 0 && self->m_wait.onWaiting) {
            try {
                self->m_wait.onWaiting();
            } catch (...) {
                // Telling is a courtesy: the wait goes on without it (no exception crosses SQLite).
            }
        }
        if (self->m_timer.elapsed() >= self->m_wait.limit.count()) {
            self->m_gaveUp = true;
            return 0;
        }
        sqlite3_sleep(attempt < 10 ? 10 : 100);
        return 1;
    }

    sqlite3 *m_handle;
    const WriteWait &m_wait;
    int m_ownTimeoutMs;
    QElapsedTimer m_timer;
    bool m_gaveUp = false;
    bool m_restored = false;
};

} // namespace

void runInWriteTransaction(Database &database, const WriteWait &wait, const std::function<void()> &work)
{
    sqlite3 *handle = sqliteHandle(database);
    if (wait.limit.count() <= 0 || !handle || inTransaction(database)) {
        Transaction transaction(database);
        work();
        transaction.commit();
        return;
    }
    const int ownTimeoutMs = [&] {
        SqlStatement timeout(database, QStringLiteral("PRAGMA busy_timeout"));
        return timeout.scalar().toInt();
    }();
    std::optional<Transaction> transaction;
    {
        LongBusyWait busy(handle, wait, ownTimeoutMs);
        try {
            transaction.emplace(database);
        } catch (const StorageError &) {
            if (!busy.gaveUp())
                throw;
            spdlog::error("gave up waiting {} ms for another write to {}", wait.limit.count(),
                          database.location().toStdString());
            throw StorageError(ErrorCode::DatabaseWriteBusy,
                               { database.location(), QString::number(wait.limit.count() / 1000.0) });
        }
    }
    // Held: the rest of the transaction runs as any other write does.
    work();
    transaction->commit();
}

ReadSnapshot::ReadSnapshot(Database &database)
    : m_database(database)
{
    if (inTransaction(database))
        return;
    // PostgreSQL's default isolation takes a new snapshot at every statement.
    execSql(database,
            database.dialect() == SqlDialect::Sqlite
                ? QStringLiteral("BEGIN")
                : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
    m_own = true;
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_own)
        return;
    try {
        // Nothing was written: ending it releases the snapshot, whichever way.
        execSql(m_database, QStringLiteral("COMMIT"));
    } catch (const Error &error) {
        spdlog::error("ending a read transaction failed: {}", error.what());
    }
}

bool inTransaction(const Database &database)
{
    if (sqlite3 *handle = sqliteHandle(database))
        return sqlite3_get_autocommit(handle) == 0;
    const QVariant handle = database.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "PGconn*") == 0)
        return PQtransactionStatus(*static_cast<PGconn *const *>(handle.constData())) != PQTRANS_IDLE;
    return false;
}

std::int64_t dataVersion(const Database &database)
{
    if (database.dialect() == SqlDialect::Sqlite) {
        SqlStatement version(database, QStringLiteral("PRAGMA data_version"));
        return version.scalar().toLongLong();
    }
    // PostgreSQL keeps no such number: a new one at every call, so that the caller always reads
    // again under its write lock.
    static QAtomicInteger<qint64> calls;
    return -calls.fetchAndAddRelaxed(1) - 1;
}

std::optional<DataMark> dataMark(const Database &database)
{
    sqlite3 *handle = sqliteHandle(database);
    if (!handle || sqlite3_get_autocommit(handle) == 0)
        return std::nullopt;
    // Counts the rows changed by INSERT, UPDATE and DELETE, triggers included, committed or not;
    // outside a transaction every change it counts is committed.
    return DataMark { database.connection().connectionName(), sqlite3_total_changes64(handle),
                      dataVersion(database) };
}

} // namespace costboard
