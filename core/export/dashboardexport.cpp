// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/dashboardexport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "analytics/dashboardsnapshot.h"
#include "domain/displaynames.h"
#include "export/csvexport.h"
#include "export/xlsxexport.h"

namespace costboard {
namespace {

QString tableTitle(ExportTableKind kind)
{
    switch (kind) {
    case ExportTableKind::WeeklyByCategory:
        return QCoreApplication::translate("ExportTables", "Weekly by category",
                                           "a sheet name: at most 31 characters");
    case ExportTableKind::WeeklyByProject:
        return QCoreApplication::translate("ExportTables", "Weekly by project",
                                           "a sheet name: at most 31 characters");
    case ExportTableKind::WeeklyByVendor:
        return QCoreApplication::translate("ExportTables", "Weekly by vendor",
                                           "a sheet name: at most 31 characters");
    case ExportTableKind::BudgetByPeriod:
        return QCoreApplication::translate("ExportTables", "Budget by month",
                                           "a sheet name: at most 31 characters");
    case ExportTableKind::CostLines:
        return QCoreApplication::translate("ExportTables", "Cost lines",
                                           "a sheet name: at most 31 characters");
    }
    return QString();
}

// Column headings by key; weeks are named by the builder ("2026-W48").
QString columnTitle(const ExportColumn &column)
{
    static const std::pair<const char *, const char *> titles[] = {
        { "category", QT_TRANSLATE_NOOP("ExportTables", "Category") },
        { "project-code", QT_TRANSLATE_NOOP("ExportTables", "Project code") },
        { "project", QT_TRANSLATE_NOOP("ExportTables", "Project") },
        { "vendor", QT_TRANSLATE_NOOP("ExportTables", "Vendor") },
        { "period-total", QT_TRANSLATE_NOOP("ExportTables", "Period total") },
        { "period", QT_TRANSLATE_NOOP("ExportTables", "Period") },
        { "first-day", QT_TRANSLATE_NOOP("ExportTables", "First day") },
        { "last-day", QT_TRANSLATE_NOOP("ExportTables", "Last day") },
        { "budget", QT_TRANSLATE_NOOP("ExportTables", "Budget") },
        { "actual", QT_TRANSLATE_NOOP("ExportTables", "Actual") },
        { "forecast", QT_TRANSLATE_NOOP("ExportTables", "Forecast") },
        { "consumed", QT_TRANSLATE_NOOP("ExportTables", "Budget consumed (%)") },
        { "line", QT_TRANSLATE_NOOP("ExportTables", "Line") },
        { "date", QT_TRANSLATE_NOOP("ExportTables", "Date") },
        { "service-start", QT_TRANSLATE_NOOP("ExportTables", "Service from") },
        { "service-end", QT_TRANSLATE_NOOP("ExportTables", "Service to") },
        { "description", QT_TRANSLATE_NOOP("ExportTables", "Description") },
        { "quantity", QT_TRANSLATE_NOOP("ExportTables", "Quantity") },
        { "unit", QT_TRANSLATE_NOOP("ExportTables", "Unit") },
        { "amount", QT_TRANSLATE_NOOP("ExportTables", "Amount invoiced") },
        { "currency", QT_TRANSLATE_NOOP("ExportTables", "Currency") },
        { "reporting-amount", QT_TRANSLATE_NOOP("ExportTables", "Amount") },
        { "source", QT_TRANSLATE_NOOP("ExportTables", "Source") },
        { "external-reference", QT_TRANSLATE_NOOP("ExportTables", "External reference") },
    };
    for (const auto &[key, title] : titles) {
        if (column.key == QLatin1String(key))
            return QCoreApplication::translate("ExportTables", title);
    }
    return column.title;
}

} // namespace

void nameExportTables(QList<ExportTable> &tables)
{
    const QString unallocatedName = names::unallocatedProject();
    const QString noVendor = QCoreApplication::translate("ExportTables", "(no vendor)");
    const QString total = QCoreApplication::translate("ExportTables", "Total", "the total row of a table");
    for (ExportTable &table : tables) {
        table.title = tableTitle(table.kind);
        for (ExportColumn &column : table.columns)
            column.title = columnTitle(column);
        const int project = table.columnIndex(QStringLiteral("project"));
        const int vendor = table.kind == ExportTableKind::WeeklyByVendor
            ? table.columnIndex(QStringLiteral("vendor"))
            : -1;
        const int period = table.columnIndex(QStringLiteral("period"));
        for (ExportRow &row : table.rows) {
            if (project >= 0 && row.isUnallocatedProject)
                row.cells[project].text = unallocatedName;
            if (vendor >= 0 && row.cells.at(vendor).text.isEmpty())
                row.cells[vendor] = ExportCell::ofText(noVendor);
            if (period >= 0)
                row.cells[period].text = names::capitalized(names::periodKey(row.cells.at(period).text));
        }
        for (qsizetype c = 0; c < table.totals.size() && c < table.columns.size(); ++c) {
            if (table.columns.at(c).total == ExportTotal::Label)
                table.totals[c] = ExportCell::ofText(total);
        }
    }
}

QStringList csvExportPaths(const QString &path, const QList<ExportTableKind> &kinds)
{
    if (kinds.size() == 1)
        return { path };
    const QFileInfo info(path);
    QString base = info.filePath();
    if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    QStringList paths;
    for (const ExportTableKind kind : kinds)
        paths << base + u'-' + ExportTable::exportTableKey(kind) + QStringLiteral(".csv");
    return paths;
}

QStringList exportDashboardTables(Database &database, const DashboardSnapshot &snapshot, const QString &path,
                                  const QList<ExportTableKind> &kinds)
{
    const QLocale locale;
    QList<ExportTable> tables = buildExportTables(database, snapshot, locale.name().left(2), kinds);
    nameExportTables(tables);
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        writeXlsxFile(tables, locale, path);
        return { path };
    }
    const QStringList paths = csvExportPaths(path, kinds);
    for (qsizetype i = 0; i < tables.size(); ++i)
        writeCsvFile(tables.at(i), locale, paths.at(i));
    return paths;
}

} // namespace costboard
