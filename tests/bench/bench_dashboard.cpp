// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the dashboard answers on a large database: the snapshot for every period preset and
// for filters, and the whole page refresh after a filter change (snapshot + charts + tiles),
// offscreen. Prints milliseconds; never fails on timing.
//
//   bench_dashboard [--db FILE] [--lines N] [--runs R]

#include <QApplication>
#include <QStandardPaths>

#include "analytics/dashboardsnapshot.h"
#include "benchsupport.h"
#include "errors.h"
#include "errortexts.h"
#include "pages/dashboardpage.h"
#include "storage/projectrepository.h"
#include "widgets/dashboardfilterbar.h"
#include "workspace.h"

using namespace costboard;
using namespace costboard::bench;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_dashboard"));
    QStandardPaths::setTestModeEnabled(true);
    const BenchOptions options = parseOptions(app);
    try {
        auto workspace = std::make_unique<ui::Workspace>(openBenchDatabase(options));
        Database &database = workspace->database();
        const QList<Project> projects = ProjectRepository(database).list();
        const IsoWeek week(2026, 48);

        for (const PeriodPreset preset : allPeriodPresets()) {
            if (preset == PeriodPreset::Custom)
                continue;
            DashboardQuery query;
            query.preset = preset;
            query.referenceWeek = week;
            measure(QStringLiteral("snapshot, %1").arg(toKey(preset)), options.runs, [&] {
                const DashboardSnapshot snapshot = DashboardSnapshot::compute(database, query);
                return QStringLiteral("%1 weeks, total %2")
                    .arg(snapshot.points.size())
                    .arg(snapshot.money(snapshot.periodTotal).toPlainString());
            });
        }
        DashboardQuery filtered;
        filtered.preset = PeriodPreset::Last52Weeks;
        filtered.referenceWeek = week;
        filtered.projects = { projects.first().id, projects.last().id };
        filtered.categories = { CostCategory::Inference, CostCategory::Cloud };
        measure(QStringLiteral("snapshot, 52 weeks, 2 projects x 2 categories"), options.runs, [&] {
            return QStringLiteral("total %1").arg(DashboardSnapshot::compute(database, filtered).periodTotal);
        });

        ui::DashboardPage page(*workspace);
        page.resize(1366, 700);
        page.show();
        page.setReferenceWeek(week);
        QCoreApplication::processEvents();
        int flip = 0;
        measure(QStringLiteral("dashboard page refresh after a filter change"), options.runs, [&] {
            DashboardQuery query = page.filterBar()->query();
            query.preset = (++flip % 2) ? PeriodPreset::Last52Weeks : PeriodPreset::QuarterToDate;
            page.filterBar()->setQuery(query); // recomputes and redraws synchronously
            QCoreApplication::processEvents();
            return QStringLiteral("%1 weeks").arg(page.snapshot().points.size());
        });
        measure(QStringLiteral("dashboard page refresh, one project"), options.runs, [&] {
            page.filterOnProject(projects.at(flip++ % projects.size()).id);
            QCoreApplication::processEvents();
            return QStringLiteral("total %1").arg(page.snapshot().periodTotal);
        });
    } catch (const Error &error) {
        out() << "bench_dashboard: " << errorText(error) << Qt::endl;
        return 1;
    }
    return 0;
}
