// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/entities.h"

namespace costboard {

class Database;

// Which cost lines to show. Empty lists and null dates mean "no restriction"; every restriction
// that is set must hold (AND), a list matches any of its values (OR).
struct CostLineFilter
{
    QList<ProjectId> projects;
    QList<CostCategory> categories;
    QDate from; // inclusive
    QDate to; // inclusive
    QString vendor; // the stored vendor name exactly (the form's completer offers them)
    // Words separated by spaces; each one must appear, in any case, inside the description, the
    // vendor or the external reference (not necessarily the same one): "ropic" finds "Anthropic".
    // Every character is matched literally ('%', '_', quotes, '*'). Accents count: "societe" does
    // not find "Société".
    QString text;

    bool isEmpty() const
    {
        return projects.isEmpty() && categories.isEmpty() && from.isNull() && to.isNull() && vendor.isEmpty()
            && text.isEmpty();
    }
    bool operator==(const CostLineFilter &other) const = default;
};

// The columns a cost-line list can be ordered by. The line id always breaks ties, in the same
// direction, so the order is total and paging never repeats or skips a line.
enum class CostLineSortKey
{
    Date,
    ServiceStart, // the first day the line pays for (its date when it has no service period)
    Project, // by project name
    Category, // by category number: the fixed order of legends and charts
    Vendor,
    Description,
    Quantity,
    Amount, // the amount as invoiced, in minor units of its own currency
    ReportingAmount, // lines without an exchange rate sort below every converted one
    Source,
};

struct CostLineSort
{
    CostLineSortKey key = CostLineSortKey::Date;
    Qt::SortOrder order = Qt::DescendingOrder; // newest first

    bool operator==(const CostLineSort &other) const = default;
};

// One line of the list, with what a table shows next to it (the project's code and name).
struct CostLineRow
{
    CostLineId id = 0;
    ProjectId projectId = 0;
    QString projectCode;
    QString projectName;
    CostCategory category = CostCategory::Inference;
    QDate incurredOn;
    Money amount;
    std::optional<Money> reportingAmount; // in the database's reporting currency
    QString vendor;
    QString description;
    std::optional<double> quantity;
    QString unit;
    QString source;
    QString externalRef;
    QDate serviceStart; // null: the line pays for its own date
    QDate serviceEnd; // exclusive
};

// How many lines a filter selects and what they add up to in the reporting currency.
struct CostLineTotals
{
    qint64 lines = 0;
    Money reportingTotal; // of the converted lines
    qint64 unconverted = 0; // lines without an exchange rate, not in reportingTotal
};

// The read side of the cost-lines table: filtered, ordered, paged queries that stay fast on
// millions of lines because ordering, filtering and counting happen in SQL on indexed columns and
// only one page at a time is read.
class CostLineBrowser final
{
public:
    explicit CostLineBrowser(Database &database);

    // Counting and totalling read `daily_rollups` on the cash basis (each line once, on its date),
    // or the raw lines when a text filter is set (the roll-ups do not know descriptions).
    qint64 count(const CostLineFilter &filter) const;
    CostLineTotals totals(const CostLineFilter &filter) const;

    // `limit` lines from position `offset` of the ordered, filtered list.
    QList<CostLineRow> page(const CostLineFilter &filter, const CostLineSort &sort, qint64 offset,
                            int limit) const;
    // The `limit` lines that follow `last` in that order (keyset paging): reading page 2,000 costs
    // what page 1 costs, where an OFFSET would walk every line before it.
    QList<CostLineRow> pageAfter(const CostLineFilter &filter, const CostLineSort &sort,
                                 const CostLineRow &last, int limit) const;

    // Every vendor name in use, sorted, for completers.
    QStringList vendors() const;

    // The words of a search text (CostLineFilter::text), each once.
    static QStringList searchWords(const QString &text);

    // '%' '_' and '\' made literal for a LIKE pattern written with ESCAPE '\'.
    static QString escapeLike(const QString &text);

private:
    QList<CostLineRow> query(const CostLineFilter &filter, const CostLineSort &sort, const CostLineRow *after,
                             qint64 offset, int limit) const;

    Database &m_database;
};

} // namespace costboard
