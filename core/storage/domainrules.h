// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "storage/database.h"

namespace costboard {

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

// Every rule, in the order the self-check reports them, in the SQL of `dialect` (the keys and
// their order are the same in both).
const QList<DomainRule> &all(SqlDialect dialect);
// The tables the rules cover, each once, in order.
QStringList tables();
// The statements that (re)make the triggers refusing a row that breaks a rule of `table`, on
// insert and on update: any program's write is checked, not only CostBoard's.
QStringList triggerStatements(const QString &table, SqlDialect dialect);
// The rules of `table`, in order.
QList<DomainRule> rulesOf(const QString &table, SqlDialect dialect);
// One pass over `table` counting, per rule of rulesOf(table) in order, the stored rows that break
// it: one column per rule.
QString violationCountsQuery(const QString &table, SqlDialect dialect);
// The prefix of the message a refused write carries: what errors map back to
// ErrorCode::ValueRefusedBySchema, with the rule's key after it.
QString refusalPrefix();

} // namespace domainrules
} // namespace costboard
