// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace costboard {

class Database;

// What a stored value must be, said once as SQL over a row of its table: the schema refuses a
// write that breaks it (triggers made by migration 10, so that a change made with another tool is
// refused too), and the self-check counts the rows already there that break it (rows written
// before the rule existed, or with the triggers dropped).
struct DomainRule
{
    QString key; // "cost_lines.amount_minor": stable, shown in reports and in the schema's refusal
    QString table;
    // True for a row that breaks the rule; the row is named `row`.
    QString breaks;
};

namespace domainrules {

// Every rule, in the order the self-check reports them.
const QList<DomainRule> &all();
// The tables the rules cover, each once, in order.
QStringList tables();
// The trigger statements that make the schema refuse a row breaking a rule of `table`, on insert
// and on update. SQLite only: PostgreSQL gets the same conditions as CHECK constraints (issue 13).
QStringList sqliteTriggers(const QString &table);
// The rules of `table`, in order.
QList<DomainRule> rulesOf(const QString &table);
// One pass over `table` counting, per rule of rulesOf(table) in order, the stored rows that break
// it: one column per rule.
QString violationCountsQuery(const QString &table);
// The prefix of the message a refused write carries: what errors map back to
// ErrorCode::ValueRefusedBySchema, with the rule's key after it.
QString refusalPrefix();

} // namespace domainrules
} // namespace costboard
