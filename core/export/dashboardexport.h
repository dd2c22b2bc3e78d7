// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include "export/exporttables.h"

namespace costboard {
class Database;
struct DashboardSnapshot;

// Names the tables, their columns, their total rows and the rows buildExportTables() leaves to
// the reader (the Unallocated project, sales without a vendor, months) in the language of the
// installed translator: tables are built with stable keys, the way errors carry codes. QtCore
// only, so the window's File > Export and the headless `costboard-cli export` write the same files.
void nameExportTables(QList<ExportTable> &tables);

// The CSV files an export to `path` writes: `path` itself for one table, else one file per table
// beside it, named after the table ("costs.csv" -> "costs-weekly-by-category.csv").
QStringList csvExportPaths(const QString &path, const QList<ExportTableKind> &kinds);

// Exports the dashboard's tables for `snapshot` in the interface language (QLocale()): an Excel
// workbook when `path` ends in .xlsx, else CSV files (csvExportPaths()). Returns the files
// written; throws ExportError.
QStringList exportDashboardTables(Database &database, const DashboardSnapshot &snapshot, const QString &path,
                                  const QList<ExportTableKind> &kinds = ExportTable::allKinds());

} // namespace costboard
