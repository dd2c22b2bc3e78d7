// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>

#include <QString>

namespace costboard {

class Database;

// How a write waits for another connection's write (an import, another process) to finish.
struct WriteWait
{
    // Zero: the connection's own busy timeout, after which the write fails as any other would.
    std::chrono::milliseconds limit { 0 };
    // Called once, when the write lock is found taken and the wait begins: a command line tells
    // the person (or the cron mail) why nothing happens.
    std::function<void()> onWaiting;
};

// Runs `work` in one write transaction (a Transaction, committed when `work` returns). With a
// limit, the write lock is waited for up to that long, `onWaiting` said once, and a write still
// held by another connection then is StorageError(DatabaseWriteBusy), naming the wait.
void runInWriteTransaction(Database &database, const WriteWait &wait, const std::function<void()> &work);

// A read transaction: every read inside sees the database as it was at the first one, while
// writers in other connections carry on beside it (WAL). Inside a transaction already open on
// the connection, it adds nothing: that transaction holds the reads together.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(Database &database);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    // Whether this snapshot opened its own read transaction (no transaction was open).
    bool isOwn() const noexcept { return m_own; }

private:
    Database &m_database;
    bool m_own = false;
};

// Whether a transaction is open on the connection (SQLite's autocommit mode is off).
bool inTransaction(const Database &database);

// A number that changes whenever another connection commits to the database (SQLite's
// data_version). Compared inside one connection only: its own commits do not change it. On
// PostgreSQL every call gives a new number: "something may have changed".
std::int64_t dataVersion(const Database &database);

// What a connection sees of the data, as a value: two equal marks mean that no row changed in
// between, neither by this connection (SQLite's count of the rows it changed) nor by another one
// (data_version). Empty where that cannot be told: inside a transaction, whose work may still be
// rolled back, and on PostgreSQL.
struct DataMark
{
    QString connection;
    std::int64_t ownChanges = 0;
    std::int64_t othersVersion = 0;

    bool operator==(const DataMark &other) const = default;
};
std::optional<DataMark> dataMark(const Database &database);

} // namespace costboard
