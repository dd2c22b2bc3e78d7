// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databasetransfer.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "storage/database.h"
#include "storage/teamserver.h"
#include "storage/writewait.h"

namespace costboard::transfer {
namespace {

// The server's tables in an order where every table comes after those it refers to.
QStringList tablesParentsFirst(const Database &server)
{
    QStringList tables = server.connection().tables();
    tables.removeAll(QStringLiteral("schema_migrations")); // the server's own migration history
    tables.sort();
    QHash<QString, QSet<QString>> parents;
    SqlStatement references(server,
                            QStringLiteral("SELECT conrelid::regclass::text, confrelid::regclass::text"
                                           " FROM pg_constraint WHERE contype = 'f'"
                                           " AND connamespace = current_schema()::regnamespace"));
    references.exec();
    while (references.next()) {
        if (references.text(0) != references.text(1)) // a row's parent in its own table: ids in order
            parents[references.text(0)].insert(references.text(1));
    }
    QStringList ordered;
    while (ordered.size() < tables.size()) {
        const qsizetype before = ordered.size();
        for (const QString &table : std::as_const(tables)) {
            if (ordered.contains(table))
                continue;
            bool ready = true;
            for (const QString &parent : parents.value(table))
                ready = ready && (ordered.contains(parent) || !tables.contains(parent));
            if (ready)
                ordered << table;
        }
        if (ordered.size() == before) // a cycle (none in the schema): keep the rest as listed
            for (const QString &table : std::as_const(tables))
                if (!ordered.contains(table))
                    ordered << table;
    }
    return ordered;
}

QStringList columnsOf(const Database &database, const QString &table)
{
    QStringList columns;
    if (database.dialect() == SqlDialect::Sqlite) {
        SqlStatement info(database,
                          QStringLiteral("SELECT name FROM pragma_table_info(:table) ORDER BY cid"));
        info.bind(QStringLiteral(":table"), table).exec();
        while (info.next())
            columns << info.text(0);
        return columns;
    }
    SqlStatement info(database,
                      QStringLiteral("SELECT column_name FROM information_schema.columns"
                                     " WHERE table_schema = current_schema() AND table_name = :table"
                                     " ORDER BY ordinal_position"));
    info.bind(QStringLiteral(":table"), table).exec();
    while (info.next())
        columns << info.text(0);
    return columns;
}

// The columns whose totals the copy compares: amounts, prices, rates and counts.
bool isTotalled(const QString &column)
{
    return column.endsWith(QLatin1String("_minor")) || column.endsWith(QLatin1String("_nanos"))
        || column == QLatin1String("line_count") || column == QLatin1String("id");
}

qint64 total(const Database &database, const QString &table, const QString &column)
{
    SqlStatement sum(database, QStringLiteral("SELECT COALESCE(SUM(%1), 0) FROM %2").arg(column, table));
    sum.exec();
    sum.next();
    return sum.int64(0);
}

qint64 rowsOf(const Database &database, const QString &table)
{
    SqlStatement count(database, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    count.exec();
    count.next();
    return count.int64(0);
}

// Data a person wrote: every write of CostBoard leaves an audit entry, and lines come by imports.
void refuseUnlessEmpty(const Database &server)
{
    for (const QString &table : { QStringLiteral("audit_log"), QStringLiteral("cost_lines"),
                                  QStringLiteral("budgets"), QStringLiteral("import_batches") }) {
        const qint64 rows = rowsOf(server, table);
        if (rows > 0)
            throw StorageError(ErrorCode::MigrateTargetNotEmpty,
                               { server.displayName(), table, QString::number(rows) });
    }
}

} // namespace

QList<CopiedTable> copyToServer(Database &from, Database &to)
{
    if (from.dialect() != SqlDialect::Sqlite)
        throw StorageError(ErrorCode::MigrateSourceNotSqlite, { from.displayName() });
    if (to.dialect() != SqlDialect::Postgres)
        throw StorageError(ErrorCode::MigrateTargetNotServer, { to.displayName() });
    refuseUnlessEmpty(to);

    const QStringList tables = tablesParentsFirst(to);
    QList<CopiedTable> copied;
    // The file is read in one snapshot, so that a window writing to it meanwhile cannot make the
    // copy half old, half new.
    ReadSnapshot snapshot(from);
    Transaction transaction(to);
    // Rows keep who wrote them: the server would otherwise name whoever runs the copy.
    const QStringList actorTriggers = teamserver::actorTriggers();
    for (const QString &trigger : actorTriggers)
        execSql(to,
                QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %2")
                    .arg(trigger.section(u' ', 0, 0), trigger.section(u' ', 1, 1)));
    // What the migrations seeded (categories, shipped prices, settings) is replaced by the file's.
    // Children first. (Not std::views::reverse: clang 14 cannot compile libstdc++ 12's ranges.)
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) // NOLINT(modernize-loop-convert)
        execSql(to, QStringLiteral("DELETE FROM %1").arg(*table));

    for (const QString &table : tables) {
        const QStringList serverColumns = columnsOf(to, table);
        QStringList columns = columnsOf(from, table);
        columns.removeIf([&](const QString &column) { return !serverColumns.contains(column); });
        CopiedTable result { table, 0, {} };
        if (!columns.isEmpty()) {
            QStringList placeholders;
            for (qsizetype i = 0; i < columns.size(); ++i)
                placeholders << QStringLiteral(":c%1").arg(i);
            // By id where there is one: a row whose parent is in its own table comes after it.
            SqlStatement read(from,
                              QStringLiteral("SELECT %1 FROM %2%3")
                                  .arg(columns.join(QStringLiteral(", ")), table,
                                       columns.contains(QStringLiteral("id")) ? QStringLiteral(" ORDER BY id")
                                                                              : QString()));
            SqlStatement write(
                to,
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
            read.exec();
            while (read.next()) {
                for (qsizetype i = 0; i < columns.size(); ++i) {
                    const QVariant value = read.value(static_cast<int>(i));
                    // SQLite's NULL comes back untyped; text and numbers as they are.
                    write.bind(placeholders.at(i),
                               value.isNull() ? QVariant(QMetaType::fromType<QString>()) : value);
                }
                write.exec();
                ++result.rows;
            }
        }
        if (serverColumns.contains(QStringLiteral("id")))
            execSql(to,
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                   " COALESCE(MAX(id), 0) + 1, false) FROM %1")
                        .arg(table));
        copied << result;
    }
    for (const QString &trigger : actorTriggers)
        execSql(to,
                QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %2")
                    .arg(trigger.section(u' ', 0, 0), trigger.section(u' ', 1, 1)));

    // The check, inside the transaction: a difference leaves the server as it was.
    for (CopiedTable &table : copied) {
        const qint64 fileRows = rowsOf(from, table.table);
        const qint64 serverRows = rowsOf(to, table.table);
        if (fileRows != serverRows)
            throw StorageError(ErrorCode::MigrateCopyDiffers,
                               { table.table, QStringLiteral("rows"), QString::number(fileRows),
                                 QString::number(serverRows) });
        const QStringList fileColumns = columnsOf(from, table.table);
        for (const QString &column : columnsOf(to, table.table)) {
            if (!isTotalled(column) || !fileColumns.contains(column))
                continue;
            const qint64 fileTotal = total(from, table.table, column);
            const qint64 serverTotal = total(to, table.table, column);
            if (fileTotal != serverTotal)
                throw StorageError(
                    ErrorCode::MigrateCopyDiffers,
                    { table.table, column, QString::number(fileTotal), QString::number(serverTotal) });
            table.checkedTotals << column;
        }
    }
    transaction.commit();
    spdlog::info("copied {} tables from {} to {}", copied.size(), from.displayName().toStdString(),
                 to.displayName().toStdString());
    return copied;
}

void backup(const Database &database, const QString &target)
{
    if (QFile::exists(target))
        throw StorageError(ErrorCode::BackupFailed,
                           { database.displayName(), target, QStringLiteral("the file exists already") });
    if (database.dialect() == SqlDialect::Sqlite) {
        // VACUUM INTO writes a consistent copy even while others write (and with a WAL beside it).
        try {
            SqlStatement vacuum(database, QStringLiteral("VACUUM INTO :path"));
            vacuum.bind(QStringLiteral(":path"), target).exec();
            // Read back: a CostBoard database at the same version, or no backup at all.
            const std::unique_ptr<Database> copy
                = Database::openSqlite(target, Database::IfMissing::Refuse, Database::Access::ReadOnly);
            if (copy->schemaVersion() != database.schemaVersion())
                throw StorageError(
                    ErrorCode::BackupFailed,
                    { database.displayName(), target, QStringLiteral("the copy does not read back whole") });
        } catch (const StorageError &error) {
            QFile::remove(target);
            if (error.code() == ErrorCode::BackupFailed)
                throw;
            throw StorageError(ErrorCode::BackupFailed,
                               { database.displayName(), target, QString::fromUtf8(error.what()) });
        }
        spdlog::info("backed up {} to {}", database.displayName().toStdString(), target.toStdString());
        return;
    }

    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (tool.isEmpty())
        throw StorageError(ErrorCode::BackupToolMissing,
                           { QStringLiteral("pg_dump"), QStringLiteral("postgresql-client-15") });
    QProcess dump;
    // The address without a password: pg_dump finds it where libpq does (~/.pgpass, a service).
    dump.start(tool,
               { QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                 QStringLiteral("--file=") + target, QStringLiteral("--dbname=") + database.location() });
    const bool finished = dump.waitForFinished(-1);
    if (!finished || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        QFile::remove(target);
        const QString said
            = QString::fromLocal8Bit(dump.readAllStandardError()).trimmed().section(u'\n', 0, 0);
        throw StorageError(ErrorCode::BackupToolFailed,
                           { QStringLiteral("pg_dump"), QString::number(dump.exitCode()),
                             said.isEmpty() ? dump.errorString() : said });
    }
    spdlog::info("backed up {} to {} with pg_dump", database.displayName().toStdString(),
                 target.toStdString());
}

} // namespace costboard::transfer
