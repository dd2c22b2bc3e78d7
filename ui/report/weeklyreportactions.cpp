// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/weeklyreportactions.h"

#include <optional>

#include <QApplication>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QUrl>

#include <spdlog/spdlog.h>

#include "analytics/weeklyreportcontent.h"
#include "errors.h"
#include "errortexts.h"
#include "labels.h"
#include "pages/dashboardpage.h"
#include "report/weeklyreport.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

// Reads the report's content for the dashboard's query, or explains why it cannot.
std::optional<WeeklyReportContent> gatherFor(Workspace &workspace, const DashboardPage &dashboard,
                                             QWidget *parent)
{
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        WeeklyReportContent content = gatherWeeklyReport(workspace.database(), dashboard.snapshot().query);
        QApplication::restoreOverrideCursor();
        return content;
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        spdlog::error("weekly report: {}", error.what());
        QMessageBox::warning(
            parent, QCoreApplication::translate("WeeklyReportActions", "Weekly Report"),
            QCoreApplication::translate("WeeklyReportActions", "The report could not be prepared: %1")
                .arg(costboard::errorText(error)));
        return std::nullopt;
    }
}

} // namespace

void exportWeeklyReport(Workspace &workspace, const DashboardPage &dashboard, QWidget *parent)
{
    const IsoWeek week = dashboard.snapshot().kpis.week;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("WeeklyReportActions", "Export Weekly Report"),
        QDir(folder).filePath(render::weeklyReportFileName(week)),
        QCoreApplication::translate("WeeklyReportActions", "PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const std::optional<WeeklyReportContent> content = gatherFor(workspace, dashboard, parent);
    if (!content)
        return;
    int pages = 0;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        pages = render::writeWeeklyReportPdf(path, *content);
        QApplication::restoreOverrideCursor();
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        spdlog::error("weekly report not written: {}", error.what());
        QMessageBox::warning(
            parent, QCoreApplication::translate("WeeklyReportActions", "Export Weekly Report"),
            QCoreApplication::translate("WeeklyReportActions", "The report could not be written: %1")
                .arg(costboard::errorText(error)));
        return;
    }
    spdlog::info("weekly report {} written ({} pages)", week.toString().toStdString(), pages);
    const QMessageBox::StandardButton answer = QMessageBox::question(
        parent, QCoreApplication::translate("WeeklyReportActions", "Export Weekly Report"),
        QCoreApplication::translate("WeeklyReportActions",
                                    "The report for %1 was saved to %2 (%n page(s)). Open it now?", nullptr,
                                    pages)
            .arg(weekLabel(week), QDir::toNativeSeparators(path)),
        QMessageBox::Open | QMessageBox::Close, QMessageBox::Open);
    if (answer == QMessageBox::Open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void printWeeklyReport(Workspace &workspace, const DashboardPage &dashboard, QWidget *parent)
{
    const std::optional<WeeklyReportContent> content = gatherFor(workspace, dashboard, parent);
    if (!content)
        return;
    // At the screen's resolution, as the PDF: the charts measure their text for it.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(QCoreApplication::translate("WeeklyReportActions", "Weekly cost report %1")
                           .arg(weekLabel(content->snapshot.kpis.week)));
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(QCoreApplication::translate("WeeklyReportActions", "Print Weekly Report"));
    QObject::connect(
        &preview, &QPrintPreviewDialog::paintRequested, &preview, [&content, parent](QPrinter *target) {
            try {
                render::paintWeeklyReport(*target, *content);
            } catch (const Error &error) {
                spdlog::error("weekly report not printed: {}", error.what());
                QMessageBox::warning(
                    parent, QCoreApplication::translate("WeeklyReportActions", "Print Weekly Report"),
                    QCoreApplication::translate("WeeklyReportActions", "The report could not be printed: %1")
                        .arg(costboard::errorText(error)));
            }
        });
    preview.exec();
}

} // namespace costboard::ui
