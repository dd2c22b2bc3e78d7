// SPDX-License-Identifier: GPL-3.0-or-later
// How long the weekly report takes on a large database: reading its content (the dashboard's
// snapshot, the project table, the alerts) and painting the PDF, offscreen. Prints
// milliseconds; never fails on timing. The whole `costboard report` process adds the start-up of
// Qt and the database (measure it with `time costboard report …`).
//
//   bench_report [--db FILE] [--lines N] [--runs R]

#include <QApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "analytics/weeklyreportcontent.h"
#include "benchsupport.h"
#include "errors.h"
#include "errortexts.h"
#include "report/weeklyreport.h"

using namespace costboard;
using namespace costboard::bench;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_report"));
    QStandardPaths::setTestModeEnabled(true);
    const BenchOptions options = parseOptions(app);
    try {
        std::unique_ptr<Database> database = openBenchDatabase(options);
        QTemporaryDir dir;
        const DashboardQuery query = weeklyReportQuery(IsoWeek(2026, 48));
        measure(QStringLiteral("report content (snapshot, projects, alerts)"), options.runs, [&] {
            const WeeklyReportContent content = gatherWeeklyReport(*database, query);
            return QStringLiteral("%1 projects, %2 alerts")
                .arg(content.projects.size())
                .arg(content.alerts.size());
        });
        const WeeklyReportContent content = gatherWeeklyReport(*database, query);
        for (const QPageLayout::Orientation orientation : { QPageLayout::Portrait, QPageLayout::Landscape }) {
            const QString path = dir.filePath(QStringLiteral("report.pdf"));
            measure(
                orientation == QPageLayout::Portrait ? QStringLiteral("PDF, A4 portrait")
                                                     : QStringLiteral("PDF, A4 landscape"),
                options.runs, [&] {
                    const int pages = render::writeWeeklyReportPdf(path, content, orientation);
                    return QStringLiteral("%1 pages, %2 KiB").arg(pages).arg(QFileInfo(path).size() / 1024);
                });
        }
        measure(QStringLiteral("report, content and PDF"), options.runs, [&] {
            const int pages = render::writeWeeklyReportPdf(dir.filePath(QStringLiteral("whole.pdf")),
                                                           gatherWeeklyReport(*database, query));
            return QStringLiteral("%1 pages").arg(pages);
        });
    } catch (const Error &error) {
        out() << "bench_report failed: " << errorText(error) << Qt::endl;
        return 1;
    }
    return 0;
}
