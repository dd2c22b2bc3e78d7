// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageLayout>
#include <QString>

#include "analytics/weeklyreportcontent.h"

class QPagedPaintDevice;

namespace costboard::render {

// The weekly committee report: a cover; the executive summary (KPI tiles and the three
// sentences); the weekly chart with its budget line and the cumulative chart with the forecast;
// the breakdowns by category, project and vendor; the project table; the week's alerts. Every
// page carries its number and a footer naming the database. Text is drawn as text and charts as
// vectors, so the PDF stays sharp and searchable.
//
// Paints onto `device` (a QPdfWriter, or the QPrinter of a print preview or a print dialog) with
// the device's own page size, orientation and margins, and returns the number of pages. The
// device's resolution should be the screen's (weeklyReportResolution()): the charts lay their
// text out for it. Needs a QApplication (the charts are widgets).
int paintWeeklyReport(QPagedPaintDevice &device, const WeeklyReportContent &content);

// Writes the report as an A4 PDF at `path` and returns its page count. Throws Error when the
// file cannot be written.
int writeWeeklyReportPdf(const QString &path, const WeeklyReportContent &content,
                         QPageLayout::Orientation orientation = QPageLayout::Portrait);

// The resolution the report is painted at: the screen's logical DPI, which is what the chart
// classes measure their text with.
int weeklyReportResolution();

// The report's file name for a week: "costboard-report-2026-W49.pdf".
QString weeklyReportFileName(const IsoWeek &week);

} // namespace costboard::render
