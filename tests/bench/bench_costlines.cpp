// SPDX-License-Identifier: GPL-3.0-or-later
// How the cost-lines page behaves on a large database: counts, first pages under each kind of
// filter and order, deep pages, and the item model's first fetch. Prints milliseconds; never
// fails on timing.
//
//   bench_costlines [--db FILE] [--lines N] [--runs R]
//
// FILE (or $COSTBOARD_BENCH_DB) is reused when it already holds cost lines, generated with the
// demo portfolio otherwise; by default a 1,000,000-line database in the temporary folder.

#include "benchsupport.h"
#include "errors.h"
#include "errortexts.h"
#include "models/costlinesmodel.h"
#include "storage/costlinebrowser.h"
#include "storage/projectrepository.h"

using namespace costboard;
using namespace costboard::bench;

namespace {

QString rowsResult(const QList<CostLineRow> &rows)
{
    return QStringLiteral("%1 rows").arg(rows.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_costlines"));

    const BenchOptions options = parseOptions(app);
    const int runs = options.runs;
    try {
        std::unique_ptr<Database> database = openBenchDatabase(options);
        CostLineRepository repository(*database);

        CostLineBrowser browser(*database);
        const QList<Project> projects = ProjectRepository(*database).list();
        const ProjectId someProject = projects.isEmpty() ? 0 : projects.first().id;
        const QStringList vendors = browser.vendors();
        const CostLineSort byDate;
        constexpr int pageSize = 500;

        CostLineFilter none;
        CostLineFilter project;
        project.projects = { someProject };
        CostLineFilter category;
        category.categories = { CostCategory::Inference };
        CostLineFilter vendor;
        vendor.vendor = vendors.isEmpty() ? QString() : vendors.constLast();
        CostLineFilter commonText;
        commonText.text = QStringLiteral("api");
        CostLineFilter rareText;
        rareText.text = QStringLiteral("zzz-not-there");
        CostLineFilter innerText; // inside words, on many lines
        innerText.text = QStringLiteral("stral");
        CostLineFilter twoWords;
        twoWords.text = QStringLiteral("mistral revue");
        CostLineFilter weekCategory; // the dashboard's drill-down: one week x one category
        weekCategory.categories = { CostCategory::Inference };
        weekCategory.from = IsoWeek(2026, 40).monday();
        weekCategory.to = IsoWeek(2026, 40).sunday();
        CostLineFilter oddPeriod; // not aligned on weeks: roll-ups for the middle, lines at the ends
        oddPeriod.from = QDate(2026, 2, 11);
        oddPeriod.to = QDate(2026, 7, 23);
        CostLineFilter combined = oddPeriod;
        combined.projects = project.projects;
        combined.categories = { CostCategory::Inference, CostCategory::Cloud };

        const auto countOf = [&browser](const CostLineFilter &filter) {
            return [&browser, filter] {
                return QStringLiteral("%L1 lines").arg(browser.count(filter));
            };
        };
        const auto totalsOf = [&browser](const CostLineFilter &filter) {
            return [&browser, filter] {
                const CostLineTotals totals = browser.totals(filter);
                return QStringLiteral("%L1 lines, %2")
                    .arg(totals.lines)
                    .arg(totals.reportingTotal.toPlainString());
            };
        };
        const auto firstPage = [&browser, pageSize](const CostLineFilter &filter, const CostLineSort &sort) {
            return [&browser, filter, sort, pageSize] {
                return rowsResult(browser.page(filter, sort, 0, pageSize));
            };
        };

        out() << "-- counts" << Qt::endl;
        measure(QStringLiteral("count, no filter"), runs, countOf(none));
        measure(QStringLiteral("totals (count + sum), no filter"), runs, totalsOf(none));
        measure(QStringLiteral("count, one project"), runs, countOf(project));
        measure(QStringLiteral("count, one category"), runs, countOf(category));
        measure(QStringLiteral("count, one vendor"), runs, countOf(vendor));
        measure(QStringLiteral("count, one week x category"), runs, countOf(weekCategory));
        measure(QStringLiteral("count, period not on week boundaries"), runs, countOf(oddPeriod));
        measure(QStringLiteral("count, period + project + 2 categories"), runs, countOf(combined));
        measure(QStringLiteral("count, text \"api\""), runs, countOf(commonText));
        measure(QStringLiteral("count, text matching nothing"), runs, countOf(rareText));
        measure(QStringLiteral("totals, text \"api\""), runs, totalsOf(commonText));
        measure(QStringLiteral("totals, text matching nothing"), runs, totalsOf(rareText));
        measure(QStringLiteral("totals, text \"stral\" (inside words)"), runs, totalsOf(innerText));

        out() << Qt::endl << "-- first page (" << pageSize << " lines)" << Qt::endl;
        measure(QStringLiteral("no filter, newest first"), runs, firstPage(none, byDate));
        measure(QStringLiteral("no filter, oldest first"), runs,
                firstPage(none, { CostLineSortKey::Date, Qt::AscendingOrder }));
        measure(QStringLiteral("one project"), runs, firstPage(project, byDate));
        measure(QStringLiteral("one category"), runs, firstPage(category, byDate));
        measure(QStringLiteral("one vendor"), runs, firstPage(vendor, byDate));
        measure(QStringLiteral("one week x category"), runs, firstPage(weekCategory, byDate));
        measure(QStringLiteral("period + project + 2 categories"), runs, firstPage(combined, byDate));
        measure(QStringLiteral("text \"api\""), runs, firstPage(commonText, byDate));
        measure(QStringLiteral("text matching nothing"), runs, firstPage(rareText, byDate));
        measure(QStringLiteral("text \"stral\" (inside words)"), runs, firstPage(innerText, byDate));
        measure(QStringLiteral("text of two words \"mistral revue\""), runs, firstPage(twoWords, byDate));
        measure(QStringLiteral("text matching nothing, by amount (EUR)"), runs,
                firstPage(rareText, { CostLineSortKey::ReportingAmount, Qt::DescendingOrder }));
        measure(QStringLiteral("sorted by amount, largest first"), runs,
                firstPage(none, { CostLineSortKey::Amount, Qt::DescendingOrder }));
        measure(QStringLiteral("sorted by amount (EUR), largest first"), runs,
                firstPage(none, { CostLineSortKey::ReportingAmount, Qt::DescendingOrder }));
        measure(QStringLiteral("sorted by amount (EUR), smallest first"), runs,
                firstPage(none, { CostLineSortKey::ReportingAmount, Qt::AscendingOrder }));
        measure(QStringLiteral("sorted by vendor"), runs,
                firstPage(none, { CostLineSortKey::Vendor, Qt::AscendingOrder }));
        measure(QStringLiteral("sorted by project"), runs,
                firstPage(none, { CostLineSortKey::Project, Qt::AscendingOrder }));
        measure(QStringLiteral("sorted by category"), runs,
                firstPage(none, { CostLineSortKey::Category, Qt::AscendingOrder }));
        measure(QStringLiteral("sorted by description"), runs,
                firstPage(none, { CostLineSortKey::Description, Qt::AscendingOrder }));
        measure(QStringLiteral("one project, sorted by amount (EUR)"), runs,
                firstPage(project, { CostLineSortKey::ReportingAmount, Qt::DescendingOrder }));

        out() << Qt::endl << "-- deep pages" << Qt::endl;
        measure(QStringLiteral("OFFSET 100000, newest first"), runs,
                [&] { return rowsResult(browser.page(none, byDate, 100'000, pageSize)); });
        const QList<CostLineRow> before = browser.page(none, byDate, 99'999, 1);
        if (!before.isEmpty()) {
            measure(QStringLiteral("keyset after line 100000, newest first"), runs, [&] {
                return rowsResult(browser.pageAfter(none, byDate, before.constFirst(), pageSize));
            });
        }
        const CostLineSort byAmount { CostLineSortKey::ReportingAmount, Qt::DescendingOrder };
        const QList<CostLineRow> beforeByAmount = browser.page(none, byAmount, 99'999, 1);
        if (!beforeByAmount.isEmpty()) {
            measure(QStringLiteral("OFFSET 100000, by amount (EUR)"), runs,
                    [&] { return rowsResult(browser.page(none, byAmount, 100'000, pageSize)); });
            measure(QStringLiteral("keyset after line 100000, by amount (EUR)"), runs, [&] {
                return rowsResult(browser.pageAfter(none, byAmount, beforeByAmount.constFirst(), pageSize));
            });
        }
        const QList<CostLineRow> deep = browser.page(none, byAmount, 899'999, 1);
        if (!deep.isEmpty()) {
            measure(QStringLiteral("OFFSET 900000, by amount (EUR)"), runs,
                    [&] { return rowsResult(browser.page(none, byAmount, 900'000, pageSize)); });
            measure(QStringLiteral("keyset after line 900000, by amount (EUR)"), runs, [&] {
                return rowsResult(browser.pageAfter(none, byAmount, deep.constFirst(), pageSize));
            });
        }

        out() << Qt::endl << "-- item model" << Qt::endl;
        measure(QStringLiteral("model constructed (first fetch)"), runs, [&] {
            ui::CostLinesModel model(*database);
            return QStringLiteral("%1 rows").arg(model.rowCount());
        });
        ui::CostLinesModel model(*database);
        measure(QStringLiteral("model fetchMore (next %1 lines)").arg(model.pageSize()), runs, [&] {
            model.fetchMore(QModelIndex());
            return QStringLiteral("%1 rows loaded").arg(model.rowCount());
        });
        measure(QStringLiteral("model sort by amount (EUR)"), runs, [&] {
            model.sort(ui::CostLinesModel::DateColumn, Qt::DescendingOrder);
            model.sort(ui::CostLinesModel::ReportingAmountColumn, Qt::DescendingOrder);
            return QStringLiteral("%1 rows (includes a re-sort by date)").arg(model.rowCount());
        });
        measure(QStringLiteral("model setFilter(text \"api\")"), runs, [&] {
            model.setFilter(commonText);
            return QStringLiteral("%1 rows").arg(model.rowCount());
        });
        measure(QStringLiteral("model data() for 40 visible rows x all columns"), runs, [&] {
            int cells = 0;
            for (int row = 0; row < std::min(40, model.rowCount()); ++row)
                for (int column = 0; column < model.columnCount(); ++column)
                    cells += model.index(row, column).data().isValid() ? 1 : 0;
            return QStringLiteral("%1 cells").arg(cells);
        });
    } catch (const Error &error) {
        out() << "error: " << errorText(error) << Qt::endl;
        return 1;
    }
    logging::shutdown();
    return 0;
}
