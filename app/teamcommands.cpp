// SPDX-License-Identifier: GPL-3.0-or-later
// The team server's commands: `admin init-server` and `admin grant` (roles the server enforces),
// `migrate` (a single-user file copied to the server) and `backup` (both backends).

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include "commands.h"
#include "commandsupport.h"
#include "domain/displaynames.h"
#include "errors.h"
#include "errortexts.h"
#include "storage/database.h"
#include "storage/databasetransfer.h"
#include "storage/serveraddress.h"
#include "storage/teamserver.h"

namespace costboard::cli {
namespace {

std::unique_ptr<Database> openOrUnavailable(const QString &location, Database::IfMissing ifMissing,
                                            Database::Access access)
{
    try {
        return Database::open(location, ifMissing, access);
    } catch (const Error &error) {
        throw DatabaseUnavailable { errorText(error), error.what() };
    }
}

void requireServer(const char *option, const QString &location)
{
    if (!ServerAddress::isServerUrl(location))
        throw BadOption(QLatin1String(option),
                        QCoreApplication::translate("costboard::cli",
                                                    "\"%1\" is not a server address such as "
                                                    "postgresql://user@host/database")
                            .arg(location));
}

} // namespace

int runAdmin(const Invocation &invocation)
{
    return runGuarded("admin", exitcode::Failed, [&] {
        requireServer("--db", invocation.databasePath);
        QTextStream out(stdout);
        if (invocation.adminAction == QLatin1String("init-server")) {
            // The schema first (an empty database gets it), then the roles and their GRANTs.
            const std::unique_ptr<Database> database = openOrUnavailable(
                invocation.databasePath, Database::IfMissing::Create, Database::Access::ReadWrite);
            teamserver::setUpRoles(*database);
            out << QCoreApplication::translate(
                       "costboard::cli",
                       "%1 is ready at schema version %2, with the roles %3 (reads), %4 "
                       "(also budgets, rates, imports and cost lines) and %5 (also "
                       "projects, rules, prices and the committee).")
                       .arg(database->displayName())
                       .arg(database->schemaVersion())
                       .arg(teamserver::serverRoleName(TeamRole::Viewer),
                            teamserver::serverRoleName(TeamRole::Controller),
                            teamserver::serverRoleName(TeamRole::Admin))
                << "\n"
                << QCoreApplication::translate(
                       "costboard::cli",
                       "Give each person a role: costboard admin grant --db %1 --user "
                       "NAME --role viewer|controller|admin")
                       .arg(invocation.databasePath)
                << "\n";
            return exitcode::Ok;
        }
        const std::optional<TeamRole> role = teamserver::roleFromKey(invocation.grantRole);
        if (!role)
            throw BadOption(QStringLiteral("--role"),
                            QCoreApplication::translate("costboard::cli",
                                                        "\"%1\" is not a role: viewer, controller or admin")
                                .arg(invocation.grantRole));
        const std::unique_ptr<Database> database = openOrUnavailable(
            invocation.databasePath, Database::IfMissing::Refuse, Database::Access::ReadWrite);
        teamserver::grantRole(*database, invocation.grantUser, *role);
        out << QCoreApplication::translate("costboard::cli", "%1 is now %2 on %3.")
                   .arg(invocation.grantUser, names::teamRole(*role), database->displayName())
            << "\n";
        return exitcode::Ok;
    });
}

int runMigrate(const Invocation &invocation)
{
    return runGuarded("migrate", exitcode::Failed, [&] {
        if (ServerAddress::isServerUrl(invocation.from))
            throw StorageError(ErrorCode::MigrateSourceNotSqlite, { invocation.from });
        requireServer("--to", invocation.to);
        const std::unique_ptr<Database> from
            = openOrUnavailable(invocation.from, Database::IfMissing::Refuse, Database::Access::ReadOnly);
        const std::unique_ptr<Database> to
            = openOrUnavailable(invocation.to, Database::IfMissing::Create, Database::Access::ReadWrite);
        const QList<transfer::CopiedTable> tables = transfer::copyToServer(*from, *to);
        qint64 rows = 0;
        int totals = 0;
        for (const transfer::CopiedTable &table : tables) {
            rows += table.rows;
            totals += static_cast<int>(table.checkedTotals.size());
        }
        QTextStream out(stdout);
        if (invocation.verbose) {
            for (const transfer::CopiedTable &table : tables)
                out << QStringLiteral("  %1  %2\n").arg(table.table, -20).arg(QLocale().toString(table.rows));
        }
        out << QCoreApplication::translate(
                   "costboard::cli",
                   "Copied %1 rows of %2 tables from %3 to %4 in one transaction; the "
                   "counts and %5 totals are equal on both sides.")
                   .arg(QLocale().toString(rows))
                   .arg(tables.size())
                   .arg(from->displayName(), to->displayName())
                   .arg(totals)
            << "\n";
        return exitcode::Ok;
    });
}

int runBackup(const Invocation &invocation)
{
    return runGuarded("backup", exitcode::Failed, [&] {
        const std::unique_ptr<Database> database = openOrUnavailable(
            invocation.databasePath, Database::IfMissing::Refuse, Database::Access::ReadOnly);
        transfer::backup(*database, invocation.exportPath);
        QTextStream(stdout) << QCoreApplication::translate("costboard::cli", "Backed up %1 to %2.")
                                   .arg(database->displayName(), invocation.exportPath)
                            << "\n";
        return exitcode::Ok;
    });
}

} // namespace costboard::cli
