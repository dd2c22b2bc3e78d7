// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "domain/teamrole.h"
#include "storage/database.h"

namespace costboard {

namespace teamserver {

// The server role ("costboard_controller") of a team role.
QString serverRoleName(TeamRole role);
// The key of a team role ("viewer", "controller", "admin"): what `admin grant` takes and what
// people read, translated by names::teamRole.
QString roleKey(TeamRole role);
std::optional<TeamRole> roleFromKey(const QString &key);

// Who may write `table`: every table of the schema is listed (a new one must say who writes it);
// nullopt for a table this build does not know.
std::optional<WriteArea> writeAreaOf(const QString &table);
// The tables of an area, sorted.
QStringList tablesOf(WriteArea area);
// Whether `role` may write what `area` holds: the one rule of who writes what.
bool mayWrite(TeamRole role, WriteArea area);

// The role the server grants the session: the highest whose tables it may insert into, asked of
// the server itself (has_table_privilege), so it is what the GRANTs say whoever set them. A
// SQLite file is the single user's: Admin, or Viewer when opened read-only.
TeamRole sessionRole(const Database &database);

// Creates (when missing) the three server roles, costboard_viewer ⊂ costboard_controller ⊂
// costboard_admin, and grants them what writeAreaOf() says, in one transaction. The session must
// own the schema (ServerNotOwner otherwise). Running it again changes nothing; after a newer
// CostBoard added tables, it grants them too.
void setUpRoles(Database &database);

// Makes the login role `user` a member of exactly one team role (the others revoked), in one
// transaction. The login role itself is the server administrator's (CREATE ROLE … LOGIN).
void grantRole(Database &database, const QString &user, TeamRole role);

// Inside an import's transaction: on a server, waits until no other import is writing, and keeps
// the others waiting until this one commits or rolls back. An import reads what is already there
// (rows it would duplicate, slices of a bill it replaces) and must see the one before it, as
// SQLite's single writer guarantees; without it, the same bill imported twice at once would be
// booked twice.
void takeImportTurn(Database &database);

// The channel on which the server announces every committed change of a CostBoard table; the
// payload is "table pid" (the writer's backend process, so a client can skip its own changes).
QString changeChannel();
// The backend process id of this session (pg_backend_pid()), 0 on SQLite.
qint64 backendProcessId(const Database &database);

// The PostgreSQL-only statements of the team server (migration 20): the actors of the audit log
// and of the other tables that record one filled in by the server (current_user), the budgets'
// changed_by, and the change notifications of every table of `tables`.
QStringList serverTriggerStatements(const QStringList &tables);
// Those of the triggers above that fill in who wrote a row, as "table trigger": what a copy of
// rows written elsewhere turns off, so that they keep their authors.
QStringList actorTriggers();

} // namespace teamserver
} // namespace costboard
