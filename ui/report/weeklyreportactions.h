// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace costboard::ui {

class DashboardPage;
class Workspace;

// File → Export Weekly Report…: asks where, writes the weekly committee report (PDF, A4
// portrait) for the week, period and selection the dashboard shows, then offers to open it.
void exportWeeklyReport(Workspace &workspace, const DashboardPage &dashboard, QWidget *parent);
// File → Print Weekly Report…: the same report in a print preview (orientation, page setup),
// printed from there; preview and paper are painted by the same code as the PDF.
void printWeeklyReport(Workspace &workspace, const DashboardPage &dashboard, QWidget *parent);

} // namespace costboard::ui
