// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace costboard {

class Database;

namespace transfer {

// What the copy of one table checked: its rows, and the totals of its amount columns, equal in the
// file and on the server.
struct CopiedTable
{
    QString table;
    qint64 rows = 0;
    QStringList checkedTotals; // "amount_minor", "reporting_minor"…
};

// Copies every row of the single-user SQLite database `from` into `to`, a database on a server
// that holds no data yet (MigrateTargetNotEmpty otherwise), in one transaction on the server: the
// same ids, the same actors and dates in the audit log, the sequences continuing after the
// highest id. Before committing, the counts of rows and the totals of every amount column of
// every table are compared; a difference rolls it all back (MigrateCopyDiffers). `from` is only
// read. Throws Error.
QList<CopiedTable> copyToServer(Database &from, Database &to);

// Writes a consistent copy of `database` to `target`, a file that must not exist yet: SQLite's
// VACUUM INTO (read back and checked whole), or pg_dump's custom format for a server
// (BackupToolMissing when pg_dump is not installed, BackupToolFailed when it fails). Writes
// nothing to the database itself.
void backup(const Database &database, const QString &target);

} // namespace transfer
} // namespace costboard
