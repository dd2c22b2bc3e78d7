// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "alerts/alertrule.h"

namespace costboard {

class Database;

struct AlertEvaluation
{
    QList<Alert> fired; // new alerts (or alerts that came back after resolving)
    QList<Alert> escalated; // existing alerts that crossed a higher threshold
    QList<Alert> resolved; // alerts whose condition cleared
    QList<Alert> open; // every alert still open or acknowledged after the evaluation
};

// Evaluates every enabled rule for a week against the same DashboardSnapshot the dashboard
// computes, and records the outcome: an alert fires once per rule kind x scope x period,
// escalates when a higher threshold is crossed, and resolves itself when the condition clears.
// Running it twice for the same data changes nothing the second time.
class AlertEngine final
{
public:
    explicit AlertEngine(Database &database);

    AlertEvaluation evaluate(const IsoWeek &week);

private:
    Database &m_database;
};

// "2026-Q4" for the fiscal quarter holding `week` (named by the calendar year of its first day).
QString fiscalQuarterKey(const IsoWeek &week, const FiscalCalendar &calendar);

} // namespace costboard
