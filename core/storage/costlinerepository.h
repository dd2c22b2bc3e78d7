// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QList>

#include "domain/entities.h"

namespace costboard {

class Database;
class FxConverter;
class SqlStatement;

// Cost lines and the daily roll-ups that summarise them. Every write converts the line into the
// reporting currency, updates `daily_rollups` by the difference it makes (on the accrual basis
// spread over the line's service days, on the cash basis on its date) and records an audit entry
// for changes and deletions, all in one transaction.
class CostLineRepository final
{
public:
    explicit CostLineRepository(Database &database);

    CostLineId add(const CostLine &line);
    // Adds many lines in one transaction (imports, the demo generator): all or nothing. Lines
    // whose (source, externalRef) is already stored are skipped and counted in `duplicates`.
    // `progress` (optional) is called with the number of lines written so far.
    struct BatchResult
    {
        qint64 inserted = 0;
        qint64 duplicates = 0;
    };
    BatchResult addAll(const QList<CostLine> &lines, const std::function<void(qint64)> &progress = {});
    // Deletes the cost lines of an import batch and their roll-ups (its audit entry is the
    // batch's own); returns how many.
    qint64 removeBatchLines(std::int64_t batchId);
    // Deletes the lines another record generated under `source` (the roster's monthly salaries,
    // a training plan's cost: governance/talent.h) and their roll-ups: those dated within
    // `dated`, or the one with `externalRef`. Their audit entry is the generating write's own;
    // returns how many.
    qint64 removeGenerated(const QString &source, const DayRange &dated);
    qint64 removeGenerated(const QString &source, const QString &externalRef);
    void update(const CostLine &line);
    void remove(CostLineId id);
    void removeMany(const QList<CostLineId> &ids);

    std::optional<CostLine> find(CostLineId id) const;
    qint64 count() const;

    // Recomputes reporting amounts of every line from the FX rates and rebuilds the roll-ups from
    // scratch. For a change of reporting currency or rates, and as a repair tool.
    void reconvertAll();
    void rebuildRollups();
    // Writes the roll-ups the stored lines give into `table`, which is empty and shaped like
    // daily_rollups: the self-check compares them with what is stored.
    void writeRollupsFromLines(const QString &table) const;

    // Validation shared with importers, so a file error and a form error read the same.
    void validate(const CostLine &line) const;

private:
    // Deletes the lines `where` selects (a condition on cost_lines, bound by `bind`) and their
    // roll-ups, without an audit entry.
    qint64 removeWhere(const QString &where, const std::function<void(SqlStatement &)> &bind);

    Database &m_database;
};

} // namespace costboard
