// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLocale>
#include <QString>

#include "export/exporttables.h"

namespace costboard {

// The CSV a spreadsheet of `locale` opens without an import wizard: UTF-8 with a byte-order mark
// (Excel otherwise reads Windows-1252), fields separated by ',' with a decimal point, or by ';'
// where the locale writes a decimal comma (French); RFC 4180 quoting and CRLF line ends. The
// header row, the rows, then the total row. Amounts are plain decimals without grouping or
// symbol (the heading names the currency), dates ISO 8601, percentages as numbers of percent.
QByteArray tableToCsv(const ExportTable &table, const QLocale &locale);

// The field separator and decimal separator tableToCsv() uses for `locale`.
QChar csvSeparatorFor(const QLocale &locale);
QChar csvDecimalPointFor(const QLocale &locale);

// Writes tableToCsv() to `path` (replacing it). Throws ExportError naming the file.
void writeCsvFile(const ExportTable &table, const QLocale &locale, const QString &path);

} // namespace costboard
