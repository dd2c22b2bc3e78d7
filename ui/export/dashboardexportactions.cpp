// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/dashboardexportactions.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include "chartimage.h"
#include "charts/paintedchart.h"
#include "errortexts.h"
#include "export/dashboardexport.h"
#include "import/databasetask.h"
#include "pages/dashboardpage.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

// "costboard-2026-W36-W48": the weeks the file holds, so two exports do not overwrite each other.
QString suggestedName(const DashboardSnapshot &snapshot, const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = QStringLiteral("costboard");
    if (snapshot.range.isValid())
        name += u'-' + snapshot.range.first.toString() + u'-'
            + snapshot.range.last.toString().section(u'-', 1);
    return QDir(folder).filePath(name + suffix);
}

void exportTo(Workspace &workspace, const DashboardPage &dashboard, QWidget *parent, const QString &path)
{
    try {
        // Off the interface thread, behind a progress dialog: the cost lines of a long period on
        // a large ledger take seconds to write, and the window must keep painting meanwhile.
        // The page's snapshot has no vendor breakdown (the page does not show it): the tables
        // read the same view again, whole.
        const DashboardQuery query = dashboard.snapshot().query;
        QStringList written;
        runDatabaseTask(workspace, parent,
                        QCoreApplication::translate("DashboardExport", "Exporting the dashboard's tables…"),
                        false, [&](Database &database, TaskProgress &) {
                            written = exportDashboardTables(
                                database, DashboardSnapshot::compute(database, query), path);
                        });
        spdlog::info("exported the dashboard's tables to {} file(s)", written.size());
        QStringList names;
        for (const QString &file : written)
            names << QFileInfo(file).fileName();
        QMessageBox::information(
            parent, QCoreApplication::translate("DashboardExport", "Export"),
            QCoreApplication::translate("DashboardExport", "The dashboard's tables were written to %1:\n%2")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()), names.join(u'\n')));
    } catch (const Error &error) {
        spdlog::error("export failed: {}", error.what());
        QMessageBox::warning(
            parent, QCoreApplication::translate("DashboardExport", "Export"),
            QCoreApplication::translate("DashboardExport", "The export could not be written: %1")
                .arg(costboard::errorText(error)));
    }
}

void saveChart(render::charts::PaintedChart *chart, double scale, bool svg)
{
    const QString title = chart->title();
    const QString filter = svg ? QCoreApplication::translate("DashboardExport", "SVG images (*.svg)")
                               : QCoreApplication::translate("DashboardExport", "PNG images (*.png)");
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString name = title.isEmpty() ? chart->objectName() : title;
    name.replace(u'/', u'-');
    if (name.isEmpty())
        name = QStringLiteral("chart");
    QString path = QFileDialog::getSaveFileName(
        chart,
        svg ? QCoreApplication::translate("DashboardExport", "Save Chart as SVG")
            : QCoreApplication::translate("DashboardExport", "Save Chart as PNG"),
        QDir(folder).filePath(name + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const QString problem = svg ? render::saveChartAsSvg(*chart, chart->size(), path)
                                : render::saveChartAsPng(*chart, chart->size(), scale, path);
    if (!problem.isEmpty())
        QMessageBox::warning(
            chart, QCoreApplication::translate("DashboardExport", "Save Chart"),
            QCoreApplication::translate("DashboardExport", "The chart could not be saved to %1: %2")
                .arg(QDir::toNativeSeparators(path), problem));
}

} // namespace

void exportDashboardToExcel(Workspace &workspace, const DashboardPage &dashboard, QWidget *parent)
{
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("DashboardExport", "Export to Excel"),
        suggestedName(dashboard.snapshot(), QStringLiteral(".xlsx")),
        QCoreApplication::translate("DashboardExport", "Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    exportTo(workspace, dashboard, parent, path);
}

void exportDashboardToCsv(Workspace &workspace, const DashboardPage &dashboard, QWidget *parent)
{
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("DashboardExport", "Export to CSV"),
        suggestedName(dashboard.snapshot(), QStringLiteral(".csv")),
        QCoreApplication::translate("DashboardExport", "CSV files, one per table (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    exportTo(workspace, dashboard, parent, path);
}

void installChartSaveMenu(render::charts::PaintedChart *chart)
{
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(chart, &QWidget::customContextMenuRequested, chart, [chart](const QPoint &position) {
        QMenu menu(chart);
        QMenu *png = menu.addMenu(QCoreApplication::translate("DashboardExport", "Save Chart as PNG"));
        const QSize size = chart->size();
        for (const int scale : { 1, 2, 3 }) {
            png->addAction(QCoreApplication::translate("DashboardExport", "%1× (%2 × %3 pixels)…",
                                                       "a picture's scale and size")
                               .arg(scale)
                               .arg(size.width() * scale)
                               .arg(size.height() * scale),
                           chart, [chart, scale] { saveChart(chart, scale, false); });
        }
        menu.addAction(QCoreApplication::translate("DashboardExport", "Save Chart as SVG…"), chart,
                       [chart] { saveChart(chart, 1, true); });
        menu.exec(chart->mapToGlobal(position));
    });
}

} // namespace costboard::ui
