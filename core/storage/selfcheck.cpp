// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/selfcheck.h"

#include <optional>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "storage/auditlog.h"
#include "storage/costlinerepository.h"
#include "storage/costlinesearchindex.h"
#include "storage/database.h"
#include "storage/domainrules.h"
#include "storage/fxrates.h"
#include "storage/importrepository.h"
#include "storage/sqlvalues.h"
#include "storage/writewait.h"

namespace costboard {
namespace {

// The tables the at-open check reads whole: a handful of rows each, or (the roll-ups) one row per
// day, project, category and vendor, which a single indexed pass covers in milliseconds.
const QStringList smallTables
    = { QStringLiteral("settings"), QStringLiteral("budgets"), QStringLiteral("fx_rates") };

const QString rollupColumns = QStringLiteral("basis, day, project_id, category_id, vendor, reporting_minor, "
                                             "recurring_minor, line_count, unconverted_count");

void add(CheckReport &report, CheckFinding::Kind kind, ErrorCode code, QStringList arguments)
{
    report.findings << CheckFinding { kind, code, std::move(arguments) };
}

// SQLite's own check of the file's pages and indexes. A PostgreSQL server checks its storage
// itself (and its administrator runs amcheck): nothing a client could add.
void checkIntegrity(const Database &database, CheckReport &report)
{
    if (database.dialect() != SqlDialect::Sqlite)
        return;
    SqlStatement integrity(database, QStringLiteral("PRAGMA integrity_check"));
    integrity.exec();
    QStringList problems;
    while (integrity.next()) {
        const QString line = integrity.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        add(report, CheckFinding::Kind::Damage, ErrorCode::CheckIntegrity,
            { QString::number(problems.size()), problems.constFirst() });
}

void checkReferences(const Database &database, CheckReport &report)
{
    // SQLite lets a program with foreign keys off break them; PostgreSQL never does.
    if (database.dialect() == SqlDialect::Sqlite) {
        SqlStatement broken(database,
                            QStringLiteral("SELECT \"table\", parent, COUNT(*) FROM pragma_foreign_key_check"
                                           " GROUP BY \"table\", parent ORDER BY \"table\", parent"));
        broken.exec();
        while (broken.next())
            add(report, CheckFinding::Kind::Damage, ErrorCode::CheckBrokenReferences,
                { QString::number(broken.int64(2)), broken.text(0), broken.text(1) });
    }

    // Imported rows keep their batch without a declared reference (a million rows insert faster).
    SqlStatement orphans(database,
                         QStringLiteral("SELECT COUNT(*) FROM import_rows r WHERE NOT EXISTS"
                                        " (SELECT 1 FROM import_batches b WHERE b.id = r.batch_id)"));
    if (const qint64 count = orphans.scalar().toLongLong(); count > 0)
        add(report, CheckFinding::Kind::Damage, ErrorCode::CheckOrphanRows,
            { QString::number(count), QStringLiteral("import_rows"), QStringLiteral("import_batches") });
}

void checkDomains(const Database &database, const QStringList &tables, CheckReport &report)
{
    for (const QString &table : tables) {
        const QList<DomainRule> rules = domainrules::rulesOf(table, database.dialect());
        SqlStatement counts(database, domainrules::violationCountsQuery(table, database.dialect()));
        counts.exec();
        if (!counts.next())
            continue;
        for (int i = 0; i < rules.size(); ++i) {
            if (const qint64 count = counts.int64(i); count > 0)
                add(report,
                    table == QLatin1String("daily_rollups") ? CheckFinding::Kind::Drift
                                                            : CheckFinding::Kind::OutOfDomain,
                    ErrorCode::CheckOutOfDomain, { QString::number(count), rules.at(i).key });
        }
    }
}

void checkRollups(Database &database, CheckReport &report)
{
    // The schemas' names: SQLite's file and temporary database, PostgreSQL's session's own schema.
    const bool server = database.dialect() == SqlDialect::Postgres;
    const QString expected
        = server ? QStringLiteral("pg_temp.expected_rollups") : QStringLiteral("temp.expected_rollups");
    const QString stored = server ? QStringLiteral("daily_rollups") : QStringLiteral("main.daily_rollups");
    execSql(database, QStringLiteral("DROP TABLE IF EXISTS %1").arg(expected));
    execSql(database,
            database.adaptDdl(
                QStringLiteral("CREATE TEMP TABLE expected_rollups (basis TEXT NOT NULL, day TEXT NOT NULL,"
                               " project_id {BIGINT} NOT NULL, category_id {BIGINT} NOT NULL,"
                               " vendor TEXT NOT NULL, reporting_minor {BIGINT} NOT NULL,"
                               " recurring_minor {BIGINT} NOT NULL, line_count {BIGINT} NOT NULL,"
                               " unconverted_count {BIGINT} NOT NULL,"
                               " PRIMARY KEY (basis, day, project_id, category_id, vendor))")));
    try {
        CostLineRepository(database).writeRollupsFromLines(expected);
    } catch (const StorageError &error) {
        // A line with a service period holding text where its amount belongs cannot be spread
        // over its days: the domain check reports it, and there is nothing to compare with.
        if (error.code() != ErrorCode::StoredValueNotInteger)
            throw;
        execSql(database, QStringLiteral("DROP TABLE %1").arg(expected));
        return;
    }
    SqlStatement differing(
        database,
        QStringLiteral("SELECT COUNT(*), MIN(day), MAX(day) FROM ("
                       " SELECT * FROM (SELECT %1 FROM %2 EXCEPT SELECT %1 FROM %3) stored_only"
                       " UNION ALL"
                       " SELECT * FROM (SELECT %1 FROM %3 EXCEPT SELECT %1 FROM %2) expected_only) differing")
            .arg(rollupColumns, stored, expected));
    differing.exec();
    if (differing.next() && differing.int64(0) > 0)
        add(report, CheckFinding::Kind::Drift, ErrorCode::CheckRollupsDrift,
            { QString::number(differing.int64(0)), differing.text(1), differing.text(2) });
    differing.finish(); // a table being read cannot be dropped
    execSql(database, QStringLiteral("DROP TABLE %1").arg(expected));
}

void checkImportTotals(const Database &database, CheckReport &report)
{
    SqlStatement drifted(
        database,
        QStringLiteral(
            "SELECT COUNT(*) FROM import_batches b WHERE"
            " b.line_count <> (SELECT COUNT(*) FROM cost_lines c WHERE c.import_batch_id = b.id)"
            " OR b.reporting_total_minor <> (SELECT COALESCE(SUM(c.reporting_minor), 0) FROM cost_lines c"
            " WHERE c.import_batch_id = b.id)"
            " OR b.unallocated_minor <> (SELECT COALESCE(SUM(c.reporting_minor), 0) FROM cost_lines c"
            " JOIN projects p ON p.id = c.project_id WHERE c.import_batch_id = b.id"
            " AND p.system_role = 'unallocated')"));
    if (const qint64 count = drifted.scalar().toLongLong(); count > 0)
        add(report, CheckFinding::Kind::Drift, ErrorCode::CheckImportTotalsDrift, { QString::number(count) });
}

// A line's reporting amount is its amount converted at the rate of its date: recomputed here
// with the one converter every write uses.
void checkReportingAmounts(Database &database, CheckReport &report)
{
    SqlStatement currency(database,
                          QStringLiteral("SELECT value FROM settings WHERE key = 'reporting_currency'"));
    const QString reporting = currency.scalar().toString();
    if (!Money::isKnownCurrency(reporting))
        return; // reported by the settings' domain rule; nothing converts into an unknown currency
    const FxConverter converter = FxRateRepository(database).converterInto(reporting);
    // SQLite may hold text where an amount belongs (its domain rule reports it); PostgreSQL's
    // column types hold none.
    SqlStatement lines(
        database,
        QStringLiteral("SELECT amount_minor, currency, incurred_on, reporting_minor FROM cost_lines")
            + (database.dialect() == SqlDialect::Sqlite
                   ? QStringLiteral(" WHERE typeof(amount_minor) = 'integer'"
                                    " AND typeof(reporting_minor) IN ('integer', 'null')")
                   : QString()));
    lines.exec();
    qint64 drifted = 0;
    while (lines.next()) {
        if (!Money::isKnownCurrency(lines.text(1)))
            continue; // reported by the lines' domain rule
        const std::optional<Money> expected
            = converter.convert(Money(lines.int64(0), lines.text(1)), sql::toDate(lines.value(2)));
        const bool storedNull = lines.value(3).isNull();
        if (expected ? storedNull || expected->minorUnits() != lines.int64(3) : !storedNull)
            ++drifted;
    }
    if (drifted > 0)
        add(report, CheckFinding::Kind::Drift, ErrorCode::CheckReportingAmountsDrift,
            { QString::number(drifted) });
}

// SQLite checks the search index only on a connection that may write (it writes nothing): a
// read-only check leaves it out.
void checkSearchIndex(const Database &database, CheckReport &report)
{
    if (database.isReadOnly() || !CostLineSearchIndex::isUsed(database))
        return;
    if (!CostLineSearchIndex::isConsistent(database))
        add(report, CheckFinding::Kind::Drift, ErrorCode::CheckSearchIndexDrift, {});
}

} // namespace

bool CheckReport::isRepairable() const
{
    return std::all_of(findings.cbegin(), findings.cend(),
                       [](const CheckFinding &finding) { return finding.repairable(); });
}

SelfCheck::SelfCheck(Database &database)
    : m_database(database)
{ }

CheckReport SelfCheck::run(Depth depth) const
{
    CheckReport report;
    // Every count sees the same state while another process writes. Nothing is written: the
    // recomputed roll-ups go to a temporary table, which lives outside the file, so a read-only
    // database can be checked.
    // On a server, a session that only reads may not create even a temporary table: the whole
    // check is one transaction that may, rolled back at the end, so nothing is ever kept.
    std::optional<Transaction> serverCheck;
    if (m_database.dialect() == SqlDialect::Postgres && depth == Depth::Full && !inTransaction(m_database)) {
        serverCheck.emplace(m_database);
        execSql(m_database, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ WRITE"));
    }
    const ReadSnapshot snapshot(m_database);
    if (depth == Depth::AtOpen) {
        checkDomains(m_database, smallTables + QStringList { QStringLiteral("daily_rollups") }, report);
        return report;
    }
    checkIntegrity(m_database, report);
    checkReferences(m_database, report);
    checkDomains(m_database, domainrules::tables(), report);
    checkRollups(m_database, report);
    checkImportTotals(m_database, report);
    checkReportingAmounts(m_database, report);
    checkSearchIndex(m_database, report);
    spdlog::info("self-check found {} problem(s)", report.findings.size());
    return report;
}

void SelfCheck::repair()
{
    Transaction transaction(m_database);
    // Reporting amounts first: the roll-ups and the import totals are sums of them.
    CostLineRepository(m_database).reconvertAll();
    ImportRepository imports(m_database);
    for (const ImportBatch &batch : imports.batches())
        imports.refreshBatchFigures(batch.id);
    if (CostLineSearchIndex::isUsed(m_database))
        CostLineSearchIndex::rebuild(m_database);
    AuditLog(m_database)
        .record(QStringLiteral("repair"), QStringLiteral("database"), QString(),
                QStringLiteral(
                    "reporting amounts, daily roll-ups, import totals and the search index rebuilt from"
                    " the cost lines"));
    transaction.commit();
    spdlog::info("self-check repair: derived tables rebuilt");
}

} // namespace costboard
