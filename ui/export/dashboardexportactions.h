// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace costboard::render::charts {
class PaintedChart;
} // namespace costboard::render::charts

namespace costboard::ui {

class DashboardPage;
class Workspace;

// File → Export to Excel… and Export to CSV…: ask where, then write the tables of the snapshot the
// dashboard shows (its period, selection and basis), in the interface language. CSV writes one
// file per table beside the chosen name ("costs.csv" -> "costs-weekly-by-category.csv", …), as
// `costboard export` does, so the CFO gets every table from one dialog.
void exportDashboardToExcel(Workspace &workspace, const DashboardPage &dashboard, QWidget *parent);
void exportDashboardToCsv(Workspace &workspace, const DashboardPage &dashboard, QWidget *parent);

// A right-click menu on a chart: "Save Chart as PNG" at 1×, 2× or 3× its size on screen, and
// "Save Chart as SVG…".
void installChartSaveMenu(render::charts::PaintedChart *chart);

} // namespace costboard::ui
