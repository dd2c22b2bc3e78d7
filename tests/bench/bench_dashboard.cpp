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

namespace {

// Counts the paint events every widget of the application receives.
class PaintCounter final : public QObject
{
public:
    PaintCounter() { QCoreApplication::instance()->installEventFilter(this); }
    int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_paints;
        return false;
    }

private:
    int m_paints = 0;
};

// Runs the event loop until a change has been laid out and painted: one frame. Qt posts the
// layout requests, the charts' updates and the repaints they lead to one after another,
// and each pass of the loop only handles what was posted before it started; the frame is over
// once three passes in a row painted nothing.
void settle(const PaintCounter &counter)
{
    for (int quiet = 0, pass = 0; quiet < 3 && pass < 100; ++pass) {
        const int before = counter.paints();
        QCoreApplication::processEvents();
        quiet = counter.paints() == before ? quiet + 1 : 0;
    }
}

} // namespace

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
        const PaintCounter counter;
        settle(counter);
        int flip = 0;
        // A refresh is counted to the end of its frame: the snapshot, the widgets updated, and the
        // layouts and paints that follow (settle()); the paints are counted to show it.
        measure(QStringLiteral("dashboard page refresh after a filter change"), options.runs, [&] {
            DashboardQuery query = page.filterBar()->query();
            query.preset = (++flip % 2) ? PeriodPreset::Last52Weeks : PeriodPreset::QuarterToDate;
            const int paintsBefore = counter.paints();
            page.filterBar()->setQuery(query); // recomputes and updates the widgets synchronously
            settle(counter);
            return QStringLiteral("%1 weeks, %2 paint events")
                .arg(page.snapshot().points.size())
                .arg(counter.paints() - paintsBefore);
        });
        measure(QStringLiteral("dashboard page refresh, one project"), options.runs, [&] {
            const int paintsBefore = counter.paints();
            page.filterOnProject(projects.at(flip++ % projects.size()).id);
            settle(counter);
            return QStringLiteral("total %1, %2 paint events")
                .arg(page.snapshot().periodTotal)
                .arg(counter.paints() - paintsBefore);
        });
    } catch (const Error &error) {
        out() << "bench_dashboard: " << errorText(error) << Qt::endl;
        return 1;
    }
    return 0;
}
