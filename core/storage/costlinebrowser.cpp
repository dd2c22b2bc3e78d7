// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/costlinebrowser.h"

#include <algorithm>

#include <QHash>
#include <QPair>
#include <QStringList>
#include <QVariant>

#include "storage/costlinesearchindex.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/sqlvalues.h"

namespace costboard {
namespace {

// WHERE terms and the values they bind, built together so a placeholder can never be left
// unbound or bound to the wrong term.
class Conditions final
{
public:
    void add(const QString &term) { m_terms << term; }
    QString placeholder(const QVariant &value)
    {
        const QString name = QStringLiteral(":w%1").arg(m_values.size());
        m_values.append({ name, value });
        return name;
    }
    QString whereClause() const
    {
        return m_terms.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + m_terms.join(QStringLiteral(" AND "));
    }
    void bindTo(SqlStatement &statement) const
    {
        for (const auto &[name, value] : m_values)
            statement.bind(name, value);
    }

private:
    QStringList m_terms;
    QList<QPair<QString, QVariant>> m_values;
};

// SQLite's LIKE ignores ASCII case, PostgreSQL's does not (the other dialect difference of this
// file: only SQLite has the text index).
QString likeOperator(const Database &database)
{
    return database.dialect() == SqlDialect::Postgres ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

// `word` somewhere inside the description, the vendor or the external reference, by reading them.
void addLikeTerm(Conditions &where, const QString &word, const Database &database)
{
    const QString pattern = u'%' + CostLineBrowser::escapeLike(word) + u'%';
    const QString like = u' ' + likeOperator(database) + u' ';
    const QString escape = QStringLiteral(" ESCAPE '\\'");
    // One placeholder per use: not every driver binds a repeated name to all its places.
    where.add(QStringLiteral("(c.description") + like + where.placeholder(pattern) + escape
              + QStringLiteral(" OR c.vendor") + like + where.placeholder(pattern) + escape
              + QStringLiteral(" OR c.external_ref") + like + where.placeholder(pattern) + escape + u')');
}

// The index holds every run of three characters, so it answers for a word of three or more; a
// shorter one is looked for in the lines that the longer words left (or in all of them).
constexpr qsizetype ShortestIndexedWord = 3;

// What the search text asks (CostLineFilter::text): every word inside one of the three columns.
// On SQLite the words of three characters or more are looked up in the trigram index that
// migration 11 keeps (cost_lines_search), each as one quoted FTS5 string: whatever is typed,
// quotes, '*', '-', NEAR or AND included, is text to find, never query syntax.
struct TextSearch
{
    QString indexQuery; // the FTS5 query of the indexed words; empty: none
    QStringList scannedWords; // read in the lines themselves

    TextSearch(const QString &text, const Database &database)
    {
        QStringList quoted;
        for (const QString &word : CostLineBrowser::searchWords(text)) {
            // The trigram tokenizer counts code points, not UTF-16 units.
            if (CostLineSearchIndex::isUsed(database) && word.toUcs4().size() >= ShortestIndexedWord)
                quoted << u'"' + QString(word).replace(u'"', QStringLiteral("\"\"")) + u'"';
            else
                scannedWords << word;
        }
        indexQuery = quoted.join(u' ');
    }
};

// How the lines the index found are joined to the rest of the query.
enum class IndexUse
{
    // Read each line found by its id: a few lines, or any number when all are counted.
    Lookup,
    // Keep the lines found in a set and walk the list in its order until a page is full: for a
    // page of a search that finds so many lines that reading and sorting them all would cost more.
    Membership,
};

// Pages of a search finding more lines than this walk the list (IndexUse::Membership).
constexpr int MostLinesLookedUpForAPage = 10'000;

bool findsManyLines(const Database &database, const TextSearch &search)
{
    if (search.indexQuery.isEmpty())
        return false;
    SqlStatement probe(database,
                       QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM cost_lines_search"
                                      " WHERE cost_lines_search MATCH :query LIMIT :limit)"));
    probe.bind(QStringLiteral(":query"), search.indexQuery)
        .bind(QStringLiteral(":limit"), MostLinesLookedUpForAPage + 1);
    return probe.scalar().toLongLong() > MostLinesLookedUpForAPage;
}

void addTextTerms(Conditions &where, const TextSearch &search, const Database &database, IndexUse use)
{
    for (const QString &word : search.scannedWords)
        addLikeTerm(where, word, database);
    if (!search.indexQuery.isEmpty()) {
        // The unary + keeps SQLite from reading the lines by id (its choice for `c.id IN`).
        where.add((use == IndexUse::Membership ? QStringLiteral("+c.id") : QStringLiteral("c.id"))
                  + QStringLiteral(" IN (SELECT rowid FROM cost_lines_search WHERE cost_lines_search MATCH ")
                  + where.placeholder(search.indexQuery) + u')');
    }
}

// The restrictions both tables share: `daily_rollups` and `cost_lines` name these columns alike.
void addDimensionTerms(Conditions &where, const CostLineFilter &filter, const QString &alias)
{
    if (!filter.projects.isEmpty()) {
        QStringList names;
        for (const ProjectId id : filter.projects)
            names << where.placeholder(qlonglong(id));
        where.add(alias + QStringLiteral("project_id IN (") + names.join(u',') + u')');
    }
    if (!filter.categories.isEmpty()) {
        QStringList names;
        for (const CostCategory category : filter.categories)
            names << where.placeholder(static_cast<int>(category));
        where.add(alias + QStringLiteral("category_id IN (") + names.join(u',') + u')');
    }
    if (!filter.vendor.isEmpty())
        where.add(alias + QStringLiteral("vendor = ") + where.placeholder(filter.vendor.trimmed()));
}

void addLineTerms(Conditions &where, const CostLineFilter &filter, const QDate &from, const QDate &to,
                  const Database &database, IndexUse indexUse = IndexUse::Lookup)
{
    addDimensionTerms(where, filter, QStringLiteral("c."));
    if (from.isValid())
        where.add(QStringLiteral("c.incurred_on >= ") + where.placeholder(sql::dateValue(from)));
    if (to.isValid())
        where.add(QStringLiteral("c.incurred_on <= ") + where.placeholder(sql::dateValue(to)));
    addTextTerms(where, TextSearch(filter.text, database), database, indexUse);
}

struct SortColumn
{
    QString expression;
    bool nullable;
};

SortColumn sortColumn(CostLineSortKey key)
{
    switch (key) {
    case CostLineSortKey::Date:
        return { QStringLiteral("c.incurred_on"), false };
    case CostLineSortKey::ServiceStart:
        return { QStringLiteral("COALESCE(c.service_start, c.incurred_on)"), false };
    case CostLineSortKey::Project:
        return { QStringLiteral("p.name"), false };
    case CostLineSortKey::Category:
        return { QStringLiteral("c.category_id"), false };
    case CostLineSortKey::Vendor:
        return { QStringLiteral("c.vendor"), false };
    case CostLineSortKey::Description:
        return { QStringLiteral("c.description"), false };
    case CostLineSortKey::Quantity:
        return { QStringLiteral("c.quantity"), true };
    case CostLineSortKey::Amount:
        return { QStringLiteral("c.amount_minor"), false };
    case CostLineSortKey::ReportingAmount:
        return { QStringLiteral("c.reporting_minor"), true };
    case CostLineSortKey::Source:
        return { QStringLiteral("c.source"), false };
    }
    return { QStringLiteral("c.incurred_on"), false };
}

QVariant sortValue(CostLineSortKey key, const CostLineRow &row)
{
    switch (key) {
    case CostLineSortKey::Date:
        return sql::dateValue(row.incurredOn);
    case CostLineSortKey::ServiceStart:
        return sql::dateValue(row.serviceStart.isValid() ? row.serviceStart : row.incurredOn);
    case CostLineSortKey::Project:
        return row.projectName;
    case CostLineSortKey::Category:
        return static_cast<int>(row.category);
    case CostLineSortKey::Vendor:
        return row.vendor;
    case CostLineSortKey::Description:
        return row.description;
    case CostLineSortKey::Quantity:
        return row.quantity ? QVariant(*row.quantity) : QVariant();
    case CostLineSortKey::Amount:
        return qlonglong(row.amount.minorUnits());
    case CostLineSortKey::ReportingAmount:
        return row.reportingAmount ? QVariant(qlonglong(row.reportingAmount->minorUnits())) : QVariant();
    case CostLineSortKey::Source:
        return row.source;
    }
    return {};
}

// "Comes after `last` in this order", as one or two index ranges read one after the other. NULL
// is the lowest value (SQLite's own rule, spelled out with NULLS FIRST/LAST for PostgreSQL), so
// the ORDER BY still matches an index read forwards or backwards. Each part is a plain range the
// index can seek to (`expr <= :k` leads); an OR across NULL and non-NULL values would make SQLite
// scan from the first line instead, so what lies beyond the NULLs (or beyond the values) is the
// separate Continuation part, read only when the first part does not fill the page.
enum class KeysetPart
{
    Seek,
    Continuation
};

bool addKeysetTerm(Conditions &where, const CostLineSort &sort, const CostLineRow &last, KeysetPart part)
{
    const SortColumn column = sortColumn(sort.key);
    const QVariant value = sortValue(sort.key, last);
    const QString &e = column.expression;
    const bool ascending = sort.order == Qt::AscendingOrder;
    if (part == KeysetPart::Continuation) {
        if (!column.nullable)
            return false;
        if (value.isNull() && ascending) {
            where.add(QStringLiteral("%1 IS NOT NULL").arg(e)); // the NULLs came first, the values follow
            return true;
        }
        if (!value.isNull() && !ascending) {
            where.add(QStringLiteral("%1 IS NULL").arg(e)); // the values came first, the NULLs follow
            return true;
        }
        return false;
    }
    const QString id = where.placeholder(qlonglong(last.id));
    if (value.isNull()) {
        where.add(ascending ? QStringLiteral("(%1 IS NULL AND c.id > %2)").arg(e, id)
                            : QStringLiteral("(%1 IS NULL AND c.id < %2)").arg(e, id));
        return true;
    }
    const QString k1 = where.placeholder(value);
    const QString k2 = where.placeholder(value);
    where.add(ascending ? QStringLiteral("(%1 >= %2 AND (%1 > %3 OR c.id > %4))").arg(e, k1, k2, id)
                        : QStringLiteral("(%1 <= %2 AND (%1 < %3 OR c.id < %4))").arg(e, k1, k2, id));
    return true;
}

QString orderByClause(const CostLineSort &sort)
{
    const SortColumn column = sortColumn(sort.key);
    const bool ascending = sort.order == Qt::AscendingOrder;
    QString clause = QStringLiteral(" ORDER BY ") + column.expression
        + (ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    if (column.nullable)
        clause += ascending ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST");
    clause += ascending ? QStringLiteral(", c.id ASC") : QStringLiteral(", c.id DESC");
    return clause;
}

// Line count, converted total, unconverted count: from the lines themselves, for one date range.
struct RawTotals
{
    qint64 lines = 0;
    qint64 reportingMinor = 0;
    qint64 unconverted = 0;
};

RawTotals rawTotals(const Database &database, const CostLineFilter &filter, const QDate &from,
                    const QDate &to, bool withAmounts)
{
    Conditions where;
    addLineTerms(where, filter, from, to, database);
    // COUNT alone can be answered from the smallest index; the sums need the table rows.
    const QString columns = withAmounts ? QStringLiteral("COUNT(*), COALESCE(SUM(c.reporting_minor), 0),"
                                                         " COALESCE(SUM(CASE WHEN c.reporting_minor IS NULL"
                                                         " THEN 1 ELSE 0 END), 0)")
                                        : QStringLiteral("COUNT(*), 0, 0");
    SqlStatement statement(database,
                           QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM cost_lines c")
                               + where.whereClause());
    where.bindTo(statement);
    statement.exec();
    RawTotals totals;
    if (statement.next())
        totals = { statement.int64(0), statement.int64(1), statement.int64(2) };
    return totals;
}

// The same from the daily roll-ups of the cash basis, which hold each line once, on its date:
// thousands of rows instead of millions of lines, for any range of dates.
RawTotals rollupTotals(const Database &database, const CostLineFilter &filter)
{
    Conditions where;
    addDimensionTerms(where, filter, QStringLiteral("r."));
    where.add(QStringLiteral("r.basis = 'cash'"));
    if (filter.from.isValid())
        where.add(QStringLiteral("r.day >= ") + where.placeholder(sql::dateValue(filter.from)));
    if (filter.to.isValid())
        where.add(QStringLiteral("r.day <= ") + where.placeholder(sql::dateValue(filter.to)));
    SqlStatement statement(database,
                           QStringLiteral("SELECT COALESCE(SUM(r.line_count), 0),"
                                          " COALESCE(SUM(r.reporting_minor), 0),"
                                          " COALESCE(SUM(r.unconverted_count), 0) FROM daily_rollups r")
                               + where.whereClause());
    where.bindTo(statement);
    statement.exec();
    RawTotals totals;
    if (statement.next())
        totals = { statement.int64(0), statement.int64(1), statement.int64(2) };
    return totals;
}

RawTotals computeTotals(const Database &database, const CostLineFilter &filter, bool withAmounts)
{
    if (!filter.text.trimmed().isEmpty())
        return rawTotals(database, filter, filter.from, filter.to, withAmounts);
    return rollupTotals(database, filter);
}

// Only ordering by project needs the projects table in the query. Joining it otherwise makes
// SQLite walk cost_lines by project (for the join's sake) instead of by the ORDER BY, twice as
// slow on a million lines: the few projects' codes and names are looked up separately.
QString selectRows(bool joinProjects)
{
    return QStringLiteral(
               "SELECT c.id, c.project_id, c.category_id, c.incurred_on, c.amount_minor, c.currency,"
               " c.reporting_minor, c.vendor, c.description, c.quantity, c.unit, c.source, c.external_ref,"
               " c.service_start, c.service_end FROM cost_lines c")
        + (joinProjects ? QStringLiteral(" JOIN projects p ON p.id = c.project_id") : QString());
}

CostLineRow readRow(const SqlStatement &query, const QString &reportingCurrency)
{
    CostLineRow row;
    row.id = query.int64(0);
    row.projectId = query.int64(1);
    row.category = static_cast<CostCategory>(query.int64(2));
    row.incurredOn = sql::toDate(query.value(3));
    row.amount = Money(query.int64(4), query.text(5));
    if (!query.value(6).isNull())
        row.reportingAmount = Money(query.int64(6), reportingCurrency);
    row.vendor = query.text(7);
    row.description = query.text(8);
    if (!query.value(9).isNull())
        row.quantity = query.value(9).toDouble();
    row.unit = query.text(10);
    row.source = query.text(11);
    row.externalRef = query.text(12);
    row.serviceStart = sql::toDate(query.value(13));
    row.serviceEnd = sql::toDate(query.value(14));
    return row;
}

} // namespace

CostLineBrowser::CostLineBrowser(Database &database)
    : m_database(database)
{ }

QStringList CostLineBrowser::searchWords(const QString &text)
{
    QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words;
}

QString CostLineBrowser::escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

qint64 CostLineBrowser::count(const CostLineFilter &filter) const
{
    return computeTotals(m_database, filter, false).lines;
}

CostLineTotals CostLineBrowser::totals(const CostLineFilter &filter) const
{
    const RawTotals raw = computeTotals(m_database, filter, true);
    return { raw.lines, Money(raw.reportingMinor, DatabaseSettings(m_database).reportingCurrency()),
             raw.unconverted };
}

QList<CostLineRow> CostLineBrowser::page(const CostLineFilter &filter, const CostLineSort &sort,
                                         qint64 offset, int limit) const
{
    return query(filter, sort, nullptr, offset, limit);
}

QList<CostLineRow> CostLineBrowser::pageAfter(const CostLineFilter &filter, const CostLineSort &sort,
                                              const CostLineRow &last, int limit) const
{
    return query(filter, sort, &last, 0, limit);
}

QList<CostLineRow> CostLineBrowser::query(const CostLineFilter &filter, const CostLineSort &sort,
                                          const CostLineRow *after, qint64 offset, int limit) const
{
    if (limit <= 0)
        return {};
    const QString reportingCurrency = DatabaseSettings(m_database).reportingCurrency();
    const IndexUse indexUse = findsManyLines(m_database, TextSearch(filter.text, m_database))
        ? IndexUse::Membership
        : IndexUse::Lookup;
    QList<CostLineRow> rows;
    rows.reserve(std::min(limit, 1000));
    for (const KeysetPart part : { KeysetPart::Seek, KeysetPart::Continuation }) {
        Conditions where;
        addLineTerms(where, filter, filter.from, filter.to, m_database, indexUse);
        if (after && !addKeysetTerm(where, sort, *after, part))
            break;
        const int wanted = limit - int(rows.size());
        QString sql = selectRows(sort.key == CostLineSortKey::Project) + where.whereClause()
            + orderByClause(sort) + QStringLiteral(" LIMIT :limit");
        if (offset > 0)
            sql += QStringLiteral(" OFFSET :offset");
        SqlStatement statement(m_database, sql);
        where.bindTo(statement);
        statement.bind(QStringLiteral(":limit"), wanted);
        if (offset > 0)
            statement.bind(QStringLiteral(":offset"), offset);
        statement.exec();
        while (statement.next())
            rows.append(readRow(statement, reportingCurrency));
        if (!after || rows.size() >= limit)
            break;
    }

    QHash<ProjectId, QPair<QString, QString>> projects;
    SqlStatement names(m_database, QStringLiteral("SELECT id, code, name FROM projects"));
    names.exec();
    while (names.next())
        projects.insert(names.int64(0), { names.text(1), names.text(2) });
    for (CostLineRow &row : rows) {
        const QPair<QString, QString> project = projects.value(row.projectId);
        row.projectCode = project.first;
        row.projectName = project.second;
    }
    return rows;
}

QStringList CostLineBrowser::vendors() const
{
    // The roll-ups hold every (week, project, category, vendor) in use: a few thousand rows to
    // read instead of an index of every line.
    SqlStatement statement(
        m_database,
        QStringLiteral("SELECT DISTINCT vendor FROM daily_rollups WHERE basis = 'cash' AND vendor <> ''"
                       " ORDER BY vendor"));
    statement.exec();
    QStringList names;
    while (statement.next())
        names << statement.text(0);
    return names;
}

} // namespace costboard
