// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QtGlobal>

namespace costboard {

class Database;

// The trigram index the search box reads (cost_lines_search, SQLite only; see migration 11). It
// holds no text of its own. Triggers keep it in step with every edit and deletion of a line;
// CostLineRepository indexes the lines it inserts (NewLines), in the same transaction.
class CostLineSearchIndex final
{
public:
    // Whether this database searches with the index (SQLite) or by reading the lines (PostgreSQL).
    static bool isUsed(const Database &database);
    // Whether the index holds exactly the text of every cost line. Writes nothing, but SQLite
    // refuses the check on a read-only connection: false there, and on a database without it.
    static bool isConsistent(const Database &database);
    // Builds the index again from the lines, inside the caller's transaction if there is one.
    static void rebuild(Database &database);

    // Indexes, in one statement, the lines inserted since it was made (the ids above every id
    // then in use: AUTOINCREMENT never gives one back). Make it inside the writer's transaction
    // before the first insert, call finish() before that transaction commits; a rollback undoes
    // both.
    class NewLines final
    {
    public:
        explicit NewLines(Database &database);
        NewLines(const NewLines &) = delete;
        NewLines &operator=(const NewLines &) = delete;
        void finish();

    private:
        Database &m_database;
        std::optional<qint64> m_lastIdBefore; // none: no index to keep
    };
};

} // namespace costboard
