// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace costboard {

class Database;

// Numbered schema migrations. Version N is applied once, in its own transaction, and recorded in
// `schema_migrations`; a database with a version above latestVersion() is refused untouched.
// Before an existing SQLite file is upgraded, a copy is written next to it.
class Migrations final
{
public:
    static int latestVersion();
    static int currentVersion(const Database &database);
    // Throws SchemaVersionError when the database is newer than this build, StorageError when it
    // is some other application's SQLite file; writes nothing either way.
    static void refuseNewerSchema(const Database &database);
    static void run(Database &database);
};

} // namespace costboard
