// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/ledger.h"

#include <algorithm>

#include <QStringList>

#include "domain/keytable.h"
#include "domain/money.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

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

} // namespace

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
    const RollupFilter filter(basis, days, projects, categories);
    SqlStatement query(database,
                       QStringLiteral("SELECT day, project_id, category_id, SUM(reporting_minor),"
                                      " SUM(recurring_minor), SUM(unconverted_count) FROM daily_rollups")
                           + filter.sql + QStringLiteral(" GROUP BY day, project_id, category_id"));
    filter.bindTo(query);
    query.exec();
    const qsizetype length = days.dayCount();
    QHash<std::pair<ProjectId, int>, qsizetype> indexOfSeries;
    while (query.next()) {
        const int categoryId = static_cast<int>(query.int64(2));
        if (!CostCategories::isValidId(categoryId))
            continue;
        const std::pair<ProjectId, int> key { query.int64(1), categoryId };
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
        const qsizetype day = days.first.daysTo(sql::toDate(query.value(0)));
        if (day < 0 || day >= length)
            continue;
        LedgerSeries &series = window.m_series[*found];
        Money::accumulate(series.amount[day], query.int64(3));
        Money::accumulate(series.recurring[day], query.int64(4));
        Money::accumulate(series.unconverted[day], query.int64(5));
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
    const RollupFilter filter(basis, range, projects, categories);
    SqlStatement query(database,
                       QStringLiteral("SELECT vendor, SUM(reporting_minor) FROM daily_rollups") + filter.sql
                           + QStringLiteral(" GROUP BY vendor"));
    filter.bindTo(query);
    query.exec();
    while (query.next())
        totals.insert(query.text(0), query.int64(1));
    return totals;
}

} // namespace costboard
