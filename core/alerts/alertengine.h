// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>

#include "alerts/alertrule.h"
#include "storage/writewait.h"

namespace costboard {

class Database;

struct AlertEvaluation
{
    QList<Alert> fired; // new alerts (or alerts that came back after resolving)
    QList<Alert> escalated; // existing alerts that crossed a higher threshold
    QList<Alert> resolved; // alerts whose condition cleared
    QList<Alert> open; // every alert still open or acknowledged after the evaluation
};

// What one enabled rule finds for a week, before anything is stored.
struct RuleMeasure
{
    AlertRule rule;
    // The alert the rule would raise, with its figures; empty when the rule has nothing to
    // compare (no budget for the quarter, nothing spent the week before, no trailing spend).
    std::optional<Alert> measured;
    bool fires = false; // the figures reach the rule's threshold
};

// Evaluates every enabled rule for a week against the figures the dashboard computes, and
// records the outcome: an alert fires once per rule kind x scope x period, escalates when a
// higher threshold is crossed, and resolves itself when the condition clears. Running it twice
// for the same data changes nothing the second time.
//
// The rules are measured on a read transaction (a writer elsewhere carries on) from one read of
// the roll-ups and budgets shared by all of them; the write lock is taken only when there is
// something to store, and what was measured is measured again inside it if the database changed
// in between.
class AlertEngine final
{
public:
    explicit AlertEngine(Database &database);

    // How storing waits for another write (by default, the connection's busy timeout).
    void setWriteWait(WriteWait wait) { m_writeWait = std::move(wait); }

    AlertEvaluation evaluate(const IsoWeek &week);

    // Every enabled rule measured for `week`, in the order of AlertStore::rules(). Reads only.
    QList<RuleMeasure> measure(const IsoWeek &week) const;

private:
    Database &m_database;
    WriteWait m_writeWait;
};

// "2026-Q4" for the fiscal quarter holding `week` (named by the calendar year of its first day).
QString fiscalQuarterKey(const IsoWeek &week, const FiscalCalendar &calendar);

} // namespace costboard
