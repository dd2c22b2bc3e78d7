// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include "domain/category.h"
#include "domain/teamrole.h"

namespace costboard {

class IsoWeek;
struct Project;

// The names of domain values that people read, in the language of the installed translator and
// the default QLocale: QtCore only, so the command line without a GUI words them exactly as the
// window, the report and the exports do. render/labels forwards to these.
namespace names {

// The project that holds what no rule could place.
QString unallocatedProject();
QString project(const Project &project);
// The whole portfolio, where a project would be named (a budget of all projects).
QString portfolio();
// A team role as people read it ("viewer", "contrôleur").
QString teamRole(TeamRole role);
// A cost category in the interface language ("Inference", "Inférence").
QString category(CostCategory category);
// A fiscal year by the calendar year it starts in: "FY 2026", or "FY 2026–27" when it does not
// start in January.
QString fiscalYear(int startYear, bool startsInJanuary);
// A period key of FiscalCalendar::periodKey ("2026", "FY2026", "2026-Q4", "FY2026-Q1", "2026-11")
// as people read it: "FY 2026", "Q4 2026", "Nov 2026".
QString periodKey(const QString &key);
// The first letter upper-cased (a month name at the start of a cell).
QString capitalized(QString text);
// An ISO week as people read it: "2026-W48" in English, "2026-S48" in French (files and JSON keep
// IsoWeek::toString()).
QString week(const IsoWeek &week);
// A percentage in the locale's way: "80%" in English, "80 %" (non-breaking space) in French.
QString percent(double percent, int decimals, const QLocale &locale = QLocale(), bool withSign = false);

} // namespace names
} // namespace costboard
