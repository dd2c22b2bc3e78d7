// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/teamserver.h"

#include <array>
#include <utility>

#include <spdlog/spdlog.h>

#include "errors.h"

namespace costboard::teamserver {
namespace {

struct TableArea
{
    const char *table;
    WriteArea area;
};

// Every table of the schema and who writes it. The ledger is what a controller keeps up to date
// week after week (and what its writes carry along: roll-ups, alerts, the audit log); the
// configuration is what the committee decides.
constexpr std::array tableAreas {
    TableArea { "alerts", WriteArea::Ledger },
    TableArea { "audit_log", WriteArea::Ledger },
    TableArea { "benchmark_volumes", WriteArea::Ledger },
    TableArea { "budgets", WriteArea::Ledger },
    TableArea { "cost_lines", WriteArea::Ledger },
    TableArea { "daily_rollups", WriteArea::Ledger },
    TableArea { "estimate_months", WriteArea::Ledger },
    TableArea { "estimates", WriteArea::Ledger },
    TableArea { "fx_rates", WriteArea::Ledger },
    TableArea { "import_batches", WriteArea::Ledger },
    TableArea { "import_mappings", WriteArea::Ledger },
    TableArea { "import_row_groups", WriteArea::Ledger },
    TableArea { "import_rows", WriteArea::Ledger },
    TableArea { "alert_rules", WriteArea::Configuration },
    TableArea { "allocation_rules", WriteArea::Configuration },
    TableArea { "automated_hours", WriteArea::Configuration },
    TableArea { "committee_sessions", WriteArea::Configuration },
    TableArea { "cost_categories", WriteArea::Configuration },
    TableArea { "criteria", WriteArea::Configuration },
    TableArea { "criterion_scores", WriteArea::Configuration },
    TableArea { "decisions", WriteArea::Configuration },
    TableArea { "kpi_values", WriteArea::Configuration },
    TableArea { "kpis", WriteArea::Configuration },
    TableArea { "milestones", WriteArea::Configuration },
    TableArea { "model_prices", WriteArea::Configuration },
    TableArea { "projects", WriteArea::Configuration },
    TableArea { "routing_rules", WriteArea::Configuration },
    TableArea { "settings", WriteArea::Configuration },
    TableArea { "talent_targets", WriteArea::Configuration },
    TableArea { "team_allocations", WriteArea::Configuration },
    TableArea { "team_members", WriteArea::Configuration },
    TableArea { "training_plans", WriteArea::Configuration },
    TableArea { "schema_migrations", WriteArea::Schema },
};

// The columns that name who wrote a row. On the server they are filled in by the server
// (current_user), not by the client: a client cannot write another person's name there.
constexpr std::array<std::pair<const char *, const char *>, 9> actorColumns { {
    { "audit_log", "actor" },
    { "import_batches", "actor" },
    { "estimates", "actor" },
    { "criterion_scores", "actor" },
    { "decisions", "actor" },
    { "alerts", "acknowledged_by" },
    { "import_row_groups", "allocated_by" },
    { "budgets", "changed_by" },
    { "projects", "changed_by" },
} };

QString quotedIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString currentSchema(const Database &database)
{
    SqlStatement schema(database, QStringLiteral("SELECT current_schema()"));
    return schema.scalar().toString();
}

} // namespace

QString serverRoleName(TeamRole role)
{
    return QStringLiteral("costboard_") + roleKey(role);
}

QString roleKey(TeamRole role)
{
    switch (role) {
    case TeamRole::Viewer:
        return QStringLiteral("viewer");
    case TeamRole::Controller:
        return QStringLiteral("controller");
    case TeamRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<TeamRole> roleFromKey(const QString &key)
{
    for (TeamRole role : { TeamRole::Viewer, TeamRole::Controller, TeamRole::Admin }) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

std::optional<WriteArea> writeAreaOf(const QString &table)
{
    for (const TableArea &entry : tableAreas) {
        if (table == QLatin1String(entry.table))
            return entry.area;
    }
    return std::nullopt;
}

QStringList tablesOf(WriteArea area)
{
    QStringList tables;
    for (const TableArea &entry : tableAreas) {
        if (entry.area == area)
            tables << QString::fromLatin1(entry.table);
    }
    tables.sort();
    return tables;
}

bool mayWrite(TeamRole role, WriteArea area)
{
    switch (area) {
    case WriteArea::Ledger:
        return role == TeamRole::Controller || role == TeamRole::Admin;
    case WriteArea::Configuration:
        return role == TeamRole::Admin;
    case WriteArea::Schema:
        return false;
    }
    return false;
}

TeamRole sessionRole(const Database &database)
{
    if (database.isReadOnly())
        return TeamRole::Viewer;
    if (database.dialect() == SqlDialect::Sqlite)
        return TeamRole::Admin;
    // One table stands for its area: setUpRoles() grants an area's tables together.
    SqlStatement privileges(database,
                            QStringLiteral("SELECT has_table_privilege(:configuration, 'INSERT'),"
                                           " has_table_privilege(:ledger, 'INSERT')"));
    privileges.bind(QStringLiteral(":configuration"), QStringLiteral("projects"))
        .bind(QStringLiteral(":ledger"), QStringLiteral("budgets"))
        .exec();
    if (!privileges.next())
        return TeamRole::Viewer;
    if (privileges.value(0).toBool())
        return TeamRole::Admin;
    if (privileges.value(1).toBool())
        return TeamRole::Controller;
    return TeamRole::Viewer;
}

void setUpRoles(Database &database)
{
    if (database.dialect() != SqlDialect::Postgres)
        return;
    SqlStatement owner(database,
                       QStringLiteral("SELECT pg_has_role(current_user, tableowner, 'USAGE'), current_user"
                                      " FROM pg_tables WHERE schemaname = current_schema()"
                                      " AND tablename = 'schema_migrations'"));
    owner.exec();
    if (!owner.next() || !owner.value(0).toBool())
        throw StorageError(ErrorCode::ServerNotOwner, { database.displayName(), owner.text(1) });
    owner.finish();

    Transaction transaction(database);
    const QString schema = quotedIdentifier(currentSchema(database));
    QStringList statements;
    for (TeamRole role : { TeamRole::Viewer, TeamRole::Controller, TeamRole::Admin }) {
        // Roles belong to the whole server: another database's set-up may be creating the same
        // one at this moment (unique_violation), or may have done it before (duplicate_object).
        statements << QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN;"
                                     " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
                          .arg(serverRoleName(role));
    }
    const QString viewer = serverRoleName(TeamRole::Viewer);
    const QString controller = serverRoleName(TeamRole::Controller);
    const QString admin = serverRoleName(TeamRole::Admin);
    statements
        << QStringLiteral("GRANT %1 TO %2").arg(viewer, controller)
        << QStringLiteral("GRANT %1 TO %2").arg(controller, admin)
        << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, viewer)
        << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, viewer)
        << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, controller)
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
               .arg(tablesOf(WriteArea::Ledger).join(QStringLiteral(", ")), controller)
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
               .arg(tablesOf(WriteArea::Configuration).join(QStringLiteral(", ")), admin);
    for (const QString &statement : std::as_const(statements))
        execSql(database, statement);
    transaction.commit();
    spdlog::info("team roles set up on {}", database.displayName().toStdString());
}

void grantRole(Database &database, const QString &user, TeamRole role)
{
    if (database.dialect() != SqlDialect::Postgres)
        return;
    Transaction transaction(database);
    const QString login = quotedIdentifier(user);
    // Only the memberships it has: revoking one it lacks makes the server warn.
    SqlStatement held(database,
                      QStringLiteral("SELECT r.rolname FROM pg_auth_members m"
                                     " JOIN pg_roles r ON r.oid = m.roleid"
                                     " JOIN pg_roles u ON u.oid = m.member"
                                     " WHERE u.rolname = :user"
                                     " AND r.rolname IN (:viewer, :controller, :admin)"));
    held.bind(QStringLiteral(":user"), user)
        .bind(QStringLiteral(":viewer"), serverRoleName(TeamRole::Viewer))
        .bind(QStringLiteral(":controller"), serverRoleName(TeamRole::Controller))
        .bind(QStringLiteral(":admin"), serverRoleName(TeamRole::Admin))
        .exec();
    QStringList revoked;
    while (held.next())
        revoked << held.text(0);
    held.finish();
    for (const QString &membership : std::as_const(revoked))
        execSql(database, QStringLiteral("REVOKE %1 FROM %2").arg(quotedIdentifier(membership), login));
    execSql(database, QStringLiteral("GRANT %1 TO %2").arg(serverRoleName(role), login));
    transaction.commit();
    spdlog::info("{} is now {} on {}", user.toStdString(), roleKey(role).toStdString(),
                 database.displayName().toStdString());
}

void takeImportTurn(Database &database)
{
    if (database.dialect() != SqlDialect::Postgres)
        return;
    // Released by the server with the transaction, whichever way it ends.
    constexpr std::int64_t importLock = Database::sqliteApplicationId + 1;
    execSql(database, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(importLock));
}

QString changeChannel()
{
    return QStringLiteral("costboard_changes");
}

qint64 backendProcessId(const Database &database)
{
    if (database.dialect() != SqlDialect::Postgres)
        return 0;
    SqlStatement pid(database, QStringLiteral("SELECT pg_backend_pid()"));
    return pid.scalar().toLongLong();
}

QStringList actorTriggers()
{
    QStringList triggers;
    for (const auto &[table, column] : actorColumns)
        triggers << QStringLiteral("%1 %1_%2_from_server").arg(QLatin1String(table), QLatin1String(column));
    return triggers;
}

QStringList serverTriggerStatements(const QStringList &tables)
{
    QStringList statements;
    for (const auto &[table, column] : actorColumns) {
        if (!tables.contains(QLatin1String(table)))
            continue;
        const QString function
            = QStringLiteral("costboard_%1_%2_from_server").arg(QLatin1String(table), QLatin1String(column));
        statements << QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$"
                                     " BEGIN IF NEW.%2 IS NOT NULL THEN NEW.%2 := current_user; END IF;"
                                     " RETURN NEW; END $$")
                          .arg(function, QLatin1String(column))
                   << QStringLiteral("CREATE TRIGGER %1_%2_from_server BEFORE INSERT OR UPDATE OF %2 ON %1"
                                     " FOR EACH ROW EXECUTE FUNCTION %3()")
                          .arg(QLatin1String(table), QLatin1String(column), function);
    }
    statements
        << QStringLiteral(
               "CREATE OR REPLACE FUNCTION costboard_announce_change() RETURNS trigger LANGUAGE plpgsql"
               " AS $$ BEGIN PERFORM pg_notify('%1', TG_TABLE_NAME || ' ' || pg_backend_pid());"
               " RETURN NULL; END $$")
               .arg(changeChannel());
    for (const QString &table : tables) {
        // Once per statement, and the server sends a payload once per transaction: an import of
        // a million lines is one notification.
        statements << QStringLiteral(
                          "CREATE TRIGGER %1_announce_change AFTER INSERT OR UPDATE OR DELETE ON %1"
                          " FOR EACH STATEMENT EXECUTE FUNCTION costboard_announce_change()")
                          .arg(table);
    }
    return statements;
}

} // namespace costboard::teamserver
