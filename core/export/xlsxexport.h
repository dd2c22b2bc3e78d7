// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include "export/exporttables.h"

namespace costboard {

// Writes `tables` into a new Excel workbook at `path` (replaced if it exists), one sheet per
// table, with libxlsxwriter: each sheet is an Excel table (filter buttons, banded rows) with a
// total row of SUBTOTAL formulas that also carry the exact totals as their cached values; money
// is a number in the currency's format (`"€"#,##0.00` in English, `#,##0.00 "€"` in French, the
// currency's own number of decimals), dates are dates, ratios percentages; the header row (and
// the names of a weekly table's rows) stay in view when scrolling; columns fit their content.
// `locale` places the currency symbol and names sheets. Throws ExportError naming the file.
void writeXlsxFile(const QList<ExportTable> &tables, const QLocale &locale, const QString &path);

// The number format a money cell of `currency` gets in a workbook for `locale`.
QString xlsxMoneyFormat(const QString &currency, const QLocale &locale);

} // namespace costboard
