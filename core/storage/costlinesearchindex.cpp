// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/costlinesearchindex.h"

#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include "storage/database.h"

namespace costboard {

bool CostLineSearchIndex::isUsed(const Database &database)
{
    return database.dialect() == SqlDialect::Sqlite;
}

bool CostLineSearchIndex::isConsistent(const Database &database)
{
    if (!isUsed(database))
        return false;
    // rank = 1 compares the index with the lines themselves, not only with its own structure; a
    // difference is reported as an error (SQLITE_CORRUPT_VTAB), not as a result row.
    QSqlQuery check(database.connection());
    if (!check.exec(QStringLiteral(
            "INSERT INTO cost_lines_search (cost_lines_search, rank) VALUES ('integrity-check', 1)"))) {
        spdlog::warn("the cost-line text index does not match the lines: {}",
                     check.lastError().text().toStdString());
        return false;
    }
    return true;
}

void CostLineSearchIndex::rebuild(Database &database)
{
    if (!isUsed(database))
        return;
    Transaction transaction(database);
    execSql(database, QStringLiteral("INSERT INTO cost_lines_search (cost_lines_search) VALUES ('rebuild')"));
    transaction.commit();
    spdlog::info("rebuilt the cost-line text index");
}

CostLineSearchIndex::NewLines::NewLines(Database &database)
    : m_database(database)
{
    if (isUsed(database)) {
        SqlStatement last(database, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM cost_lines"));
        m_lastIdBefore = last.scalar().toLongLong();
    }
}

void CostLineSearchIndex::NewLines::finish()
{
    if (!m_lastIdBefore)
        return;
    SqlStatement index(
        m_database,
        QStringLiteral("INSERT INTO cost_lines_search (rowid, description, vendor, external_ref)"
                       " SELECT id, description, vendor, external_ref FROM cost_lines"
                       " WHERE id > :last"));
    index.bind(QStringLiteral(":last"), *m_lastIdBefore).exec();
    m_lastIdBefore.reset();
}

} // namespace costboard
