// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/money.h"
#include "errors.h"

namespace costboard {

class Database;
struct DashboardSnapshot;

// What a cell holds. Writers turn each type into what a spreadsheet knows: money into a number in
// the currency's format, dates into dates, ratios into percentages.
enum class ExportValueType
{
    Text,
    Date,
    Money, // exact minor units of a currency
    Integer, // a count or an identifier
    Number, // a measured quantity (tokens, GPU-hours): not money, may have decimals
    Percent, // a ratio: 0.928 is 92.8 %
};

struct ExportCell
{
    ExportValueType type = ExportValueType::Text;
    bool isEmpty = true;
    QString text;
    QDate date;
    std::int64_t integer = 0; // Integer, and Money's minor units
    QString currency; // Money
    double number = 0; // Number, Percent

    static ExportCell empty(ExportValueType type) { return ExportCell { type, true, {}, {}, 0, {}, 0 }; }
    static ExportCell ofText(const QString &text)
    {
        return ExportCell { ExportValueType::Text, false, text, {}, 0, {}, 0 };
    }
    static ExportCell ofDate(const QDate &date)
    {
        return date.isValid() ? ExportCell { ExportValueType::Date, false, {}, date, 0, {}, 0 }
                              : empty(ExportValueType::Date);
    }
    static ExportCell ofMoney(const Money &money)
    {
        return ExportCell { ExportValueType::Money, false, {}, {}, money.minorUnits(), money.currency(), 0 };
    }
    static ExportCell ofInteger(std::int64_t value)
    {
        return ExportCell { ExportValueType::Integer, false, {}, {}, value, {}, 0 };
    }
    static ExportCell ofNumber(double value)
    {
        return ExportCell { ExportValueType::Number, false, {}, {}, 0, {}, value };
    }
    static ExportCell ofRatio(std::optional<double> ratio)
    {
        return ratio ? ExportCell { ExportValueType::Percent, false, {}, {}, 0, {}, *ratio }
                     : empty(ExportValueType::Percent);
    }
    Money money() const { return Money(integer, currency); }
};

// What the total row shows under a column: nothing, the row's name ("Total"), or the column's sum.
enum class ExportTotal
{
    None,
    Label,
    Sum
};

struct ExportColumn
{
    // Stable and language-neutral: "project-code", "amount"; a week's column is its ISO week
    // ("2026-W48") and the category table's first columns are named by the categories' keys.
    QString key;
    // As people read it: the builder names columns named by data (weeks); the rest is named in
    // the interface language by render::nameExportTables(), and falls back to the key.
    QString title;
    ExportValueType type = ExportValueType::Text;
    ExportTotal total = ExportTotal::None;
    // Money columns whose cells all share one currency (the reporting currency): named in headings
    // where a file has no currency format. Empty when each cell has its own (amounts as invoiced).
    QString currency;

    QString heading() const { return title.isEmpty() ? key : title; }
};

struct ExportRow
{
    QList<ExportCell> cells; // one per column
    bool isUnallocatedProject = false; // named in the interface language like on screen
};

enum class ExportTableKind
{
    WeeklyByCategory,
    WeeklyByProject,
    WeeklyByVendor,
    BudgetByPeriod,
    CostLines
};

// One table of an export: a sheet of the workbook, one CSV file. Its total row is part of the
// table, with the exact figures of the snapshot, so a writer never sums money itself.
struct ExportTable
{
    ExportTableKind kind = ExportTableKind::WeeklyByCategory;
    QString title; // named by render::nameExportTables(); falls back to the key
    QList<ExportColumn> columns;
    QList<ExportRow> rows;
    QList<ExportCell> totals; // the total row: one per column (empty where ExportTotal::None)

    QString key() const { return exportTableKey(kind); }
    QString heading() const { return title.isEmpty() ? key() : title; }
    int columnIndex(const QString &key) const;

    // "weekly-by-category", "weekly-by-project", "weekly-by-vendor", "budget-by-period",
    // "cost-lines": sheet names in files, `costboard export --table`, CSV file names.
    static QString exportTableKey(ExportTableKind kind);
    static std::optional<ExportTableKind> kindFromKey(QStringView key);
    static QList<ExportTableKind> allKinds();
};

// A table could not be written: the file cannot be created, or the writer refused the data.
class ExportError final : public Error
{
public:
    using Error::Error;
};

// The tables of the dashboard's data for one snapshot: weekly spend by category, project and
// vendor (one row each, one column per week of the period, and the period's total), budget
// against actual by month, and the cost lines dated in the period. Every week, breakdown and
// total comes from the snapshot or from the same day-grain ledger it reads; the cost lines from
// CostLineBrowser. `language` ("en", "fr") names the categories, which are bilingual data.
QList<ExportTable> buildExportTables(Database &database, const DashboardSnapshot &snapshot,
                                     const QString &language,
                                     const QList<ExportTableKind> &kinds = ExportTable::allKinds());

// The OWASP guard against formula injection (CSV injection): text that a spreadsheet would read
// as a formula, a cell starting with '=', '+', '-', '@', a tab or a carriage return, gets a
// leading single quote so that it stays text. Only for text cells: numbers are written as numbers.
QString guardedSpreadsheetText(const QString &text);

} // namespace costboard
