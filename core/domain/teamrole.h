// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace costboard {

// What a person may change in a shared database. The server enforces it with GRANTs
// (teamserver::setUpRoles); the interface reads the same rule (teamserver::mayWrite) to disable
// what the server would refuse anyway.
enum class TeamRole
{
    Viewer, // reads everything
    Controller, // also writes the ledger: budgets, exchange rates, imports, cost lines, alerts
    Admin, // also writes the set-up: projects, rules, the price catalog, the committee's data
};

// Who may write a table.
enum class WriteArea
{
    Ledger, // controllers and admins
    Configuration, // admins
    Schema, // the database's owner only (the migration history)
};

} // namespace costboard
