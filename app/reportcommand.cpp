// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include "analytics/weeklyreportcontent.h"
#include "commandsupport.h"
#include "domain/displaynames.h"
#include "report/weeklyreport.h"
#include "storage/database.h"

namespace costboard::cli {

int runReport(const Invocation &invocation)
{
    return runGuarded("report", exitcode::Failed, [&] {
        QTextStream out(stdout);
        const IsoWeek week = weekOption(invocation);
        const PeriodPreset preset = periodOption(invocation, PeriodPreset::Last13Weeks);
        const QPageLayout::Orientation orientation = invocation.orientation == QLatin1String("landscape")
            ? QPageLayout::Landscape
            : QPageLayout::Portrait;
        auto database = openExistingDatabase(invocation, Database::Access::ReadOnly);
        DashboardQuery query = weeklyReportQuery(week, preset, {});
        selectProjects(invocation, *database, query);
        // Read-only: the report shows the alerts as stored; `costboard alerts` evaluates them.
        const WeeklyReportContent content = gatherWeeklyReport(*database, query);
        const int pages = render::writeWeeklyReportPdf(invocation.reportPath, content, orientation);
        out << QCoreApplication::translate("costboard::cli", "Weekly report %1 written to %2")
                   .arg(names::week(week), QFileInfo(invocation.reportPath).absoluteFilePath())
            << "\n  " << QCoreApplication::translate("costboard::cli", "pages: %1").arg(pages) << "\n";
        return exitcode::Ok;
    });
}

} // namespace costboard::cli
