// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/portfoliosummary.h"

#include <algorithm>

#include <QHash>

#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"

namespace costboard {

PortfolioSummary PortfolioSummary::compute(Database &database)
{
    PortfolioSummary summary;
    summary.reportingCurrency = DatabaseSettings(database).reportingCurrency();
    summary.total = Money::zero(summary.reportingCurrency);
    for (const CategoryInfo &info : CostCategories::all())
        summary.byCategory << CategoryTotal { info.category, Money::zero(summary.reportingCurrency), 0 };

    QHash<ProjectId, qsizetype> projectIndex;
    for (const Project &project : ProjectRepository(database).list()) {
        projectIndex.insert(project.id, summary.byProject.size());
        summary.byProject << ProjectTotal { project, Money::zero(summary.reportingCurrency), 0 };
    }

    SqlStatement query(
        database,
        QStringLiteral("SELECT project_id, category_id, SUM(reporting_minor), SUM(line_count),"
                       " SUM(unconverted_count), MIN(day), MAX(day)"
                       " FROM daily_rollups WHERE basis = 'cash' GROUP BY project_id, category_id"));
    query.exec();
    QDate firstWeek;
    QDate lastWeek;
    while (query.next()) {
        const Money amount(query.int64(2), summary.reportingCurrency);
        const qint64 lines = query.int64(3);
        const int categoryId = static_cast<int>(query.int64(1));
        if (CostCategories::isValidId(categoryId)) {
            summary.byCategory[categoryId - 1].total += amount;
            Money::accumulate(summary.byCategory[categoryId - 1].lineCount, lines);
        }
        if (const auto found = projectIndex.constFind(query.int64(0)); found != projectIndex.cend()) {
            summary.byProject[*found].total += amount;
            Money::accumulate(summary.byProject[*found].lineCount, lines);
        }
        summary.total += amount;
        Money::accumulate(summary.lineCount, lines);
        Money::accumulate(summary.unconvertedLineCount, query.int64(4));
        const QDate first = sql::toDate(query.value(5));
        const QDate last = sql::toDate(query.value(6));
        if (!firstWeek.isValid() || first < firstWeek)
            firstWeek = first;
        if (!lastWeek.isValid() || last > lastWeek)
            lastWeek = last;
    }
    summary.weeks = WeekRange { IsoWeek::fromDate(firstWeek), IsoWeek::fromDate(lastWeek) };
    std::stable_sort(summary.byProject.begin(), summary.byProject.end(),
                     [](const ProjectTotal &a, const ProjectTotal &b) { return a.total > b.total; });
    return summary;
}

} // namespace costboard
