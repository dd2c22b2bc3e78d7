// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/ledger.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <mutex>
#include <vector>

#include <QStringList>

#include "domain/keytable.h"
#include "domain/money.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/writewait.h"

namespace costboard {
namespace {

constexpr KeyTable<CostBasis, 2> basisKeys { {
    { CostBasis::Accrual, "accrual" },
    { CostBasis::Cash, "cash" },
} };

// The WHERE clause of a roll-up read, with its values in the order of their placeholders.
struct RollupFilter
{
    QString sql;
    QList<std::pair<QString, QVariant>> values;

    RollupFilter(CostBasis basis, const DayRange &days, const QList<ProjectId> &projects,
                 const QList<CostCategory> &categories)
    {
        sql = QStringLiteral(" WHERE basis = :basis AND day >= :first AND day <= :last");
        values = { { QStringLiteral(":basis"), toKey(basis) },
                   { QStringLiteral(":first"), sql::dateValue(days.first) },
                   { QStringLiteral(":last"), sql::dateValue(days.last) } };
        if (!projects.isEmpty()) {
            QStringList names;
            for (qsizetype i = 0; i < projects.size(); ++i) {
                names << QStringLiteral(":p%1").arg(i);
                values.append({ names.constLast(), qlonglong(projects.at(i)) });
            }
            sql += QStringLiteral(" AND project_id IN (") + names.join(u',') + u')';
        }
        if (!categories.isEmpty() && categories.size() < CostCategories::count()) {
            QStringList names;
            for (qsizetype i = 0; i < categories.size(); ++i) {
                names << QStringLiteral(":c%1").arg(i);
                values.append({ names.constLast(), static_cast<int>(categories.at(i)) });
            }
            sql += QStringLiteral(" AND category_id IN (") + names.join(u',') + u')';
        }
    }

    void bindTo(SqlStatement &statement) const
    {
        for (const auto &[name, value] : values)
            statement.bind(name, value);
    }
};

// One row of the grouped roll-ups: a project x category on a day.
struct DayRow
{
    qint64 day = 0; // Julian day
    ProjectId projectId = 0;
    int categoryId = 0;
    std::int64_t amount = 0;
    std::int64_t recurring = 0;
    std::int64_t unconverted = 0;
};

// One vendor's spend on a day, in a project x category.
struct VendorRow
{
    qint64 day = 0; // Julian day
    ProjectId projectId = 0;
    int categoryId = 0;
    QString vendor;
    std::int64_t amount = 0;
};

// The projects and categories a read is about; empty lists: all of them (as RollupFilter).
struct Scope
{
    const QList<ProjectId> &projects;
    const QList<CostCategory> &categories;

    bool holds(ProjectId projectId, int categoryId) const
    {
        return (projects.isEmpty() || projects.contains(projectId))
            && (categories.isEmpty() || categories.size() >= CostCategories::count()
                || categories.contains(static_cast<CostCategory>(categoryId)));
    }
};

// The roll-up rows of recent reads, every project and category of a basis, kept while the
// database stays as it was (DataMark). The dashboard reads overlapping days again after every
// filter change, and SQLite hands its rows over at about a microsecond each: a year of the
// demo's roll-ups at 1M lines is 17,500 rows and 16 ms, while slicing and filtering them here
// takes a fraction of a millisecond. Reads inside a transaction, and on PostgreSQL, always go
// to the database. Only what is asked twice is kept: the first read (a window opening, a command)
// reads just its own days and scope, which is cheaper than reading every project's and vendor's.
template <typename Row> class RollupMemo final
{
public:
    // `fetch(span, scope)` reads the rows of `span` from the database, ordered by day: only those
    // of `scope`, or every project's and category's when `scope` is null.
    using Fetch = std::function<std::vector<Row>(const DayRange &span, const Scope *scope)>;

    // The rows of `days` within `scope`, ordered by day.
    std::vector<Row> rows(const Database &database, CostBasis basis, const DayRange &days, const Scope &scope,
                          const Fetch &fetch)
    {
        const std::optional<DataMark> mark = dataMark(database);
        if (!mark)
            return fetch(days, &scope);
        DayRange span = days;
        {
            const std::lock_guard lock(m_mutex);
            // What this connection remembered before a change is of no use any more.
            const auto outdated = [&](const DataMark &seen) {
                return seen.connection == mark->connection && seen != *mark;
            };
            std::erase_if(m_entries, [&](const Entry &entry) { return outdated(entry.mark); });
            std::erase_if(m_askedOnce, [&](const auto &asked) { return outdated(asked.first); });
            for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
                if (it->mark != *mark || it->basis != basis)
                    continue;
                if (it->span.first <= days.first && days.last <= it->span.last) {
                    std::rotate(m_entries.begin(), it, std::next(it)); // most recent first
                    return within(m_entries.front().rows, days, scope);
                }
                // The next period asked for is usually beside this one: read both at once.
                span = { std::min(span.first, it->span.first), std::max(span.last, it->span.last) };
            }
            const std::pair asked { *mark, basis };
            if (std::find(m_askedOnce.cbegin(), m_askedOnce.cend(), asked) == m_askedOnce.cend()) {
                m_askedOnce.insert(m_askedOnce.begin(), asked);
                if (m_askedOnce.size() > maximumEntries)
                    m_askedOnce.pop_back();
                return fetch(days, &scope);
            }
        }
        std::vector<Row> fetched = fetch(span, nullptr);
        std::vector<Row> asked = within(fetched, days, scope);
        const std::lock_guard lock(m_mutex);
        std::erase_if(m_entries,
                      [&](const Entry &entry) { return entry.mark == *mark && entry.basis == basis; });
        m_entries.insert(m_entries.begin(), Entry { *mark, basis, span, std::move(fetched) });
        if (m_entries.size() > maximumEntries)
            m_entries.pop_back();
        return asked;
    }

private:
    struct Entry
    {
        DataMark mark;
        CostBasis basis;
        DayRange span;
        std::vector<Row> rows; // ordered by day
    };
    // Both bases of a few connections (the window's, a worker's).
    static constexpr std::size_t maximumEntries = 6;

    static std::vector<Row> within(const std::vector<Row> &rows, const DayRange &days, const Scope &scope)
    {
        const auto before = [](const Row &row, qint64 day) {
            return row.day < day;
        };
        const auto after = [](qint64 day, const Row &row) {
            return day < row.day;
        };
        const auto first = std::lower_bound(rows.cbegin(), rows.cend(), days.first.toJulianDay(), before);
        const auto last = std::upper_bound(first, rows.cend(), days.last.toJulianDay(), after);
        std::vector<Row> kept;
        std::copy_if(first, last, std::back_inserter(kept),
                     [&](const Row &row) { return scope.holds(row.projectId, row.categoryId); });
        return kept;
    }

    std::mutex m_mutex;
    std::vector<Entry> m_entries;
    std::vector<std::pair<DataMark, CostBasis>> m_askedOnce; // read once, not kept yet
};

RollupMemo<DayRow> &dayRowMemo()
{
    static RollupMemo<DayRow> memo;
    return memo;
}

RollupMemo<VendorRow> &vendorRowMemo()
{
    static RollupMemo<VendorRow> memo;
    return memo;
}

// Runs `select` (its first column the day) over the roll-ups of `span`, within `scope` (null: every
// project and category), with `tail` after the WHERE clause, and makes a row of each result row
// with `makeRow(julianDay, query)`; the rows come out ordered by day. A day that is not a date
// cannot be placed: the schema refuses it and the self-check reports one written before the rule.
template <typename Row, typename MakeRow>
std::vector<Row> fetchRows(const Database &database, CostBasis basis, const DayRange &span,
                           const Scope *scope, const QString &select, const QString &tail, MakeRow makeRow)
{
    const RollupFilter filter(basis, span, scope ? scope->projects : QList<ProjectId>(),
                              scope ? scope->categories : QList<CostCategory>());
    SqlStatement query(database, select + QStringLiteral(" FROM daily_rollups") + filter.sql + tail);
    filter.bindTo(query);
    query.exec();
    std::vector<Row> rows;
    while (query.next()) {
        if (const QDate day = sql::toDate(query.value(0)); day.isValid())
            rows.push_back(makeRow(day.toJulianDay(), query));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.day < b.day; });
    return rows;
}

} // namespace

DayRange countedDays(const CostLine &line, CostBasis basis)
{
    return basis == CostBasis::Accrual ? line.serviceDays() : DayRange::singleDay(line.incurredOn);
}

QString toKey(CostBasis basis)
{
    return basisKeys.keyOf(basis);
}
std::optional<CostBasis> costBasisFromKey(QStringView key)
{
    return basisKeys.valueOf(key);
}

LedgerWindow LedgerWindow::read(Database &database, CostBasis basis, const DayRange &days,
                                const QList<ProjectId> &projects, const QList<CostCategory> &categories)
{
    LedgerWindow window;
    window.m_basis = basis;
    window.m_days = days;
    if (!days.isValid())
        return window;
    const auto fetch = [&](const DayRange &span, const Scope *scope) {
        return fetchRows<DayRow>(
            database, basis, span, scope,
            QStringLiteral("SELECT day, project_id, category_id, SUM(reporting_minor), SUM(recurring_minor),"
                           " SUM(unconverted_count)"),
            QStringLiteral(" GROUP BY day, project_id, category_id"),
            [](qint64 day, const SqlStatement &query) {
                return DayRow { day,
                                query.int64(1),
                                static_cast<int>(query.int64(2)),
                                query.int64(3),
                                query.int64(4),
                                query.int64(5) };
            });
    };
    const std::vector<DayRow> rows
        = dayRowMemo().rows(database, basis, days, Scope { projects, categories }, fetch);
    const qsizetype length = days.dayCount();
    const qint64 firstDay = days.first.toJulianDay();
    QHash<std::pair<ProjectId, int>, qsizetype> indexOfSeries;
    for (const DayRow &row : rows) {
        const int categoryId = row.categoryId;
        if (!CostCategories::isValidId(categoryId))
            continue;
        const std::pair<ProjectId, int> key { row.projectId, categoryId };
        auto found = indexOfSeries.constFind(key);
        if (found == indexOfSeries.cend()) {
            LedgerSeries series;
            series.projectId = key.first;
            series.category = static_cast<CostCategory>(categoryId);
            series.amount = QList<std::int64_t>(length, 0);
            series.recurring = QList<std::int64_t>(length, 0);
            series.unconverted = QList<std::int64_t>(length, 0);
            found = indexOfSeries.insert(key, window.m_series.size());
            window.m_series << series;
        }
        const qsizetype day = row.day - firstDay;
        if (day < 0 || day >= length)
            continue;
        LedgerSeries &series = window.m_series[*found];
        Money::accumulate(series.amount[day], row.amount);
        Money::accumulate(series.recurring[day], row.recurring);
        Money::accumulate(series.unconverted[day], row.unconverted);
    }
    // A stable order (project, then category) so that sums and lists read the same every time.
    std::sort(window.m_series.begin(), window.m_series.end(),
              [](const LedgerSeries &a, const LedgerSeries &b) {
                  return a.projectId != b.projectId ? a.projectId < b.projectId : a.category < b.category;
              });
    return window;
}

int LedgerWindow::indexOf(const QDate &day) const
{
    return m_days.contains(day) ? static_cast<int>(m_days.first.daysTo(day)) : -1;
}

std::int64_t LedgerWindow::total(const LedgerSeries &series, const DayRange &range) const
{
    const DayRange common = m_days.intersected(range);
    if (!common.isValid())
        return 0;
    std::int64_t sum = 0;
    for (int i = indexOf(common.first), last = indexOf(common.last); i <= last; ++i)
        Money::accumulate(sum, series.amount.at(i));
    return sum;
}

std::int64_t LedgerWindow::total(const DayRange &range) const
{
    std::int64_t sum = 0;
    for (const LedgerSeries &series : m_series)
        Money::accumulate(sum, total(series, range));
    return sum;
}

std::int64_t LedgerWindow::unconvertedLines(const DayRange &range) const
{
    const DayRange common = m_days.intersected(range);
    if (!common.isValid())
        return 0;
    std::int64_t sum = 0;
    for (const LedgerSeries &series : m_series) {
        for (int i = indexOf(common.first), last = indexOf(common.last); i <= last; ++i)
            Money::accumulate(sum, series.unconverted.at(i));
    }
    return sum;
}

QHash<QString, std::int64_t> LedgerWindow::vendorTotals(Database &database, CostBasis basis,
                                                        const DayRange &range,
                                                        const QList<ProjectId> &projects,
                                                        const QList<CostCategory> &categories)
{
    QHash<QString, std::int64_t> totals;
    if (!range.isValid())
        return totals;
    // The roll-ups' own rows: their key is (basis, day, project, category, vendor).
    const auto fetch = [&](const DayRange &span, const Scope *scope) {
        return fetchRows<VendorRow>(
            database, basis, span, scope,
            QStringLiteral("SELECT day, project_id, category_id, vendor, reporting_minor"), QString(),
            [](qint64 day, const SqlStatement &query) {
                return VendorRow { day, query.int64(1), static_cast<int>(query.int64(2)), query.text(3),
                                   query.int64(4) };
            });
    };
    for (const VendorRow &row :
         vendorRowMemo().rows(database, basis, range, Scope { projects, categories }, fetch))
        Money::accumulate(totals[row.vendor], row.amount);
    return totals;
}

} // namespace costboard
