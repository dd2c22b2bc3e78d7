// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/xlsxexport.h"

#include <algorithm>
#include <list>
#include <memory>
#include <vector>

#include <QFile>
#include <QHash>
#include <QSet>

#include "export/xlsxwriterlibrary.h"

namespace costboard {
namespace {

constexpr int minimumWidth = 8;
constexpr int maximumWidth = 60;
constexpr int sheetNameLimit = 31; // Excel's

// The workbook's C strings must live until it is closed: libxlsxwriter keeps some pointers.
class Utf8Store
{
public:
    char *keep(const QString &text)
    {
        m_strings.push_back(text.toUtf8());
        return m_strings.back().data();
    }

private:
    std::list<QByteArray> m_strings; // a list: growing it never moves the bytes already handed out
};

// Money at the cell-writing boundary. A spreadsheet number is a double: this is the one place
// where minor units become one, so that Excel sums, filters and charts amounts as numbers. A
// double holds every amount below 2^53 minor units (ninety trillion euros) exactly, and the
// division by a power of ten gives the nearest double to the decimal amount, which is what Excel
// itself stores for a typed "1234.56"; every total shown is the exact figure of the snapshot.
double spreadsheetAmount(std::int64_t minorUnits, const QString &currency)
{
    return double(minorUnits) / double(Money::minorPerMajor(currency));
}

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\, not starting or ending
// with an apostrophe, unique in the workbook (case-insensitively).
QString sheetName(const QString &heading, QSet<QString> &used)
{
    QString name = heading;
    for (const QChar forbidden : { u'[', u']', u':', u'*', u'?', u'/', u'\\' })
        name.replace(forbidden, u' ');
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    name = name.left(sheetNameLimit).trimmed();
    while (name.endsWith(u'\''))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString candidate = name;
    for (int n = 2; used.contains(candidate.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = name.left(sheetNameLimit - suffix.size()) + suffix;
    }
    used.insert(candidate.toLower());
    return candidate;
}

// "weekly-by-category" -> "WeeklyByCategory": an Excel table name (letters only, unique).
QString tableName(const QString &key)
{
    QString name;
    for (const QString &part : key.split(u'-', Qt::SkipEmptyParts))
        name += part.front().toUpper() + part.mid(1);
    return name;
}

// Column headings of an Excel table must be unique (Excel repairs the file otherwise).
QStringList uniqueHeadings(const ExportTable &table)
{
    QStringList headings;
    QSet<QString> used;
    for (const ExportColumn &column : table.columns) {
        QString heading = guardedSpreadsheetText(column.heading());
        // The total row's formulas name their column ("SUBTOTAL(109,[Amount])"), where [ ] # and
        // ' would need escaping: a heading keeps to characters a reference takes as they are.
        if (column.total == ExportTotal::Sum) {
            heading.replace(u'\'', QChar(0x2019))
                .replace(u'#', QStringLiteral("No."))
                .replace(u'[', u'(')
                .replace(u']', u')');
        }
        QString candidate = heading;
        for (int n = 2; used.contains(candidate.toLower()); ++n)
            candidate = heading + QStringLiteral(" (%1)").arg(n);
        used.insert(candidate.toLower());
        headings << candidate;
    }
    return headings;
}

// How wide a cell reads, in characters: what a column's width is made to fit.
int displayWidth(const ExportCell &cell)
{
    if (cell.isEmpty)
        return 0;
    switch (cell.type) {
    case ExportValueType::Text:
        return int(cell.text.size()) + 1;
    case ExportValueType::Date:
        return 11;
    case ExportValueType::Money: {
        const int digits = int(QString::number(std::abs(cell.integer)).size());
        return digits + digits / 3 + 5;
    }
    case ExportValueType::Integer:
        return int(QString::number(cell.integer).size()) + 2;
    case ExportValueType::Number:
        return int(QString::number(cell.number, 'g', 10).size()) + 2;
    case ExportValueType::Percent:
        return 8;
    }
    return 0;
}

class WorkbookWriter
{
public:
    WorkbookWriter(const QString &path, const QLocale &locale)
        : m_lxw(XlsxWriterLibrary::get())
        , m_path(path)
        , m_locale(locale)
    {
        lxw_workbook_options options {};
        options.use_zip64 = LXW_TRUE; // the cost lines of a long period can pass 4 GB uncompressed
        m_workbook = m_lxw.workbook_new_opt(m_path.toLocal8Bit().constData(), &options);
        if (!m_workbook)
            throw ExportError(ErrorCode::ExportWorkbookNotCreated, { m_path });
        m_heading = m_lxw.workbook_add_format(m_workbook);
        m_lxw.format_set_bold(m_heading);
        m_lxw.format_set_text_wrap(m_heading);
        m_date = m_lxw.workbook_add_format(m_workbook);
        m_lxw.format_set_num_format(m_date, "yyyy-mm-dd");
        m_percent = m_lxw.workbook_add_format(m_workbook);
        m_lxw.format_set_num_format(m_percent, "0.0%");
        m_integer = m_lxw.workbook_add_format(m_workbook);
        m_lxw.format_set_num_format(m_integer, "0");
        m_number = m_lxw.workbook_add_format(m_workbook);
        m_lxw.format_set_num_format(m_number, "#,##0.###");
    }

    ~WorkbookWriter()
    {
        if (m_workbook) {
            m_lxw.workbook_close(m_workbook); // a failed export: free it, and leave no half file
            QFile::remove(m_path);
        }
    }

    WorkbookWriter(const WorkbookWriter &) = delete;
    WorkbookWriter &operator=(const WorkbookWriter &) = delete;

    void addTable(const ExportTable &table)
    {
        // An Excel sheet holds 1,048,576 rows: the heading and the total row take two of them.
        if (table.rows.size() > LXW_ROW_MAX - 2)
            throw ExportError(
                ErrorCode::ExportTooManyRows,
                { table.key(), QString::number(table.rows.size()), QString::number(LXW_ROW_MAX - 2) });
        lxw_worksheet *sheet = m_lxw.workbook_add_worksheet(
            m_workbook, m_strings.keep(sheetName(table.heading(), m_sheetNames)));
        if (!sheet)
            throw ExportError(ErrorCode::ExportSheetNotAdded, { table.key(), m_path });

        const qsizetype columnCount = table.columns.size();
        QList<int> widths(columnCount, minimumWidth);
        const QStringList headings = uniqueHeadings(table);

        std::vector<lxw_table_column> columns(columnCount);
        std::vector<lxw_table_column *> columnPointers;
        for (qsizetype c = 0; c < columnCount; ++c) {
            const ExportColumn &column = table.columns.at(c);
            lxw_table_column &option = columns[c];
            option = lxw_table_column {};
            option.header = m_strings.keep(headings.at(c));
            option.header_format = m_heading;
            widths[c] = std::max<int>(widths[c], std::min<int>(int(headings.at(c).size()) + 4, 24));
            const ExportCell total = table.totals.value(c, ExportCell::empty(column.type));
            if (column.total == ExportTotal::Label && !total.isEmpty) {
                option.total_string = m_strings.keep(guardedSpreadsheetText(
                    total.text.isEmpty() ? QString::number(total.integer) : total.text));
            } else if (column.total == ExportTotal::Sum && !total.isEmpty) {
                option.total_function = LXW_TABLE_FUNCTION_SUM;
                option.format = formatFor(total);
                option.total_value = total.type == ExportValueType::Money
                    ? spreadsheetAmount(total.integer, total.currency)
                    : double(total.integer);
                widths[c] = std::max(widths[c], displayWidth(total));
            }
            columnPointers.push_back(&option);
        }
        columnPointers.push_back(nullptr);

        // An Excel table holds at least one data row.
        const lxw_row_t lastDataRow = lxw_row_t(std::max<qsizetype>(table.rows.size(), 1));
        lxw_table_options options {};
        QString name = tableName(table.key());
        for (int n = 2; m_tableNames.contains(name); ++n)
            name = tableName(table.key()) + QString::number(n);
        m_tableNames.insert(name);
        options.name = m_strings.keep(name);
        options.total_row = LXW_TRUE;
        options.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
        options.style_type_number = 2;
        options.columns = columnPointers.data();
        const lxw_error added
            = m_lxw.worksheet_add_table(sheet, 0, 0, lastDataRow + 1, lxw_col_t(columnCount - 1), &options);
        if (added != LXW_NO_ERROR)
            throw ExportError(ErrorCode::ExportTableNotAdded,
                              { table.key(), m_path, QString::fromUtf8(m_lxw.lxw_strerror(added)) });

        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const ExportRow &row = table.rows.at(r);
            for (qsizetype c = 0; c < columnCount && c < row.cells.size(); ++c) {
                const ExportCell &cell = row.cells.at(c);
                writeCell(sheet, lxw_row_t(r + 1), lxw_col_t(c), cell);
                widths[c] = std::max(widths[c], displayWidth(cell));
            }
        }

        int frozenColumns = 0;
        if (table.kind == ExportTableKind::WeeklyByCategory || table.kind == ExportTableKind::WeeklyByVendor)
            frozenColumns = 1;
        else if (table.kind == ExportTableKind::WeeklyByProject)
            frozenColumns = 2;
        m_lxw.worksheet_freeze_panes(sheet, 1, lxw_col_t(frozenColumns));
        for (qsizetype c = 0; c < columnCount; ++c)
            m_lxw.worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                                       std::min(widths.at(c), maximumWidth), nullptr);
    }

    void close()
    {
        const lxw_error closed = m_lxw.workbook_close(m_workbook);
        m_workbook = nullptr;
        if (closed != LXW_NO_ERROR) {
            QFile::remove(m_path);
            throw ExportError(ErrorCode::ExportCannotWrite,
                              { m_path, QString::fromUtf8(m_lxw.lxw_strerror(closed)) });
        }
    }

private:
    lxw_format *formatFor(const ExportCell &cell)
    {
        switch (cell.type) {
        case ExportValueType::Money: {
            lxw_format *&format = m_money[cell.currency];
            if (!format) {
                format = m_lxw.workbook_add_format(m_workbook);
                m_lxw.format_set_num_format(format, m_strings.keep(xlsxMoneyFormat(cell.currency, m_locale)));
            }
            return format;
        }
        case ExportValueType::Date:
            return m_date;
        case ExportValueType::Percent:
            return m_percent;
        case ExportValueType::Integer:
            return m_integer;
        case ExportValueType::Number:
            return m_number;
        case ExportValueType::Text:
            break;
        }
        return nullptr;
    }

    void writeCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const ExportCell &cell)
    {
        if (cell.isEmpty)
            return;
        lxw_error written = LXW_NO_ERROR;
        switch (cell.type) {
        case ExportValueType::Text:
            if (!cell.text.isEmpty())
                written = m_lxw.worksheet_write_string(
                    sheet, row, column, guardedSpreadsheetText(cell.text).toUtf8().constData(), nullptr);
            break;
        case ExportValueType::Date: {
            lxw_datetime date { cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0.0 };
            written = m_lxw.worksheet_write_datetime(sheet, row, column, &date, m_date);
            break;
        }
        case ExportValueType::Money:
            written = m_lxw.worksheet_write_number(
                sheet, row, column, spreadsheetAmount(cell.integer, cell.currency), formatFor(cell));
            break;
        case ExportValueType::Integer:
            written = m_lxw.worksheet_write_number(sheet, row, column, double(cell.integer), m_integer);
            break;
        case ExportValueType::Number:
            written = m_lxw.worksheet_write_number(sheet, row, column, cell.number, m_number);
            break;
        case ExportValueType::Percent:
            written = m_lxw.worksheet_write_number(sheet, row, column, cell.number, m_percent);
            break;
        }
        if (written != LXW_NO_ERROR)
            throw ExportError(
                ErrorCode::ExportRowNotWritten,
                { QString::number(row), m_path, QString::fromUtf8(m_lxw.lxw_strerror(written)) });
    }

    const XlsxWriterLibrary &m_lxw;
    QString m_path;
    QLocale m_locale;
    lxw_workbook *m_workbook = nullptr;
    Utf8Store m_strings;
    QSet<QString> m_sheetNames;
    QSet<QString> m_tableNames; // Excel refuses a workbook with two tables of one name
    lxw_format *m_heading = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_percent = nullptr;
    lxw_format *m_integer = nullptr;
    lxw_format *m_number = nullptr;
    QHash<QString, lxw_format *> m_money;
};

} // namespace

QString xlsxMoneyFormat(const QString &currency, const QLocale &locale)
{
    const int decimals = Money::decimalsOf(currency);
    const QString number
        = QStringLiteral("#,##0") + (decimals > 0 ? u'.' + QString(decimals, u'0') : QString());
    const QString symbol = Money::symbolOf(currency, locale);
    // Where the locale writes the symbol, and whether it spaces it: as Money::toString() does.
    const QString sample = Money(100, currency).toString(locale);
    const qsizetype symbolAt = sample.indexOf(symbol);
    const qsizetype digitAt = sample.indexOf(u'1');
    const bool symbolFirst = symbolAt >= 0 && symbolAt < digitAt;
    const bool spaced = symbolFirst ? sample.at(symbolAt + symbol.size()).isSpace()
                                    : digitAt >= 0 && symbolAt > 0 && sample.at(symbolAt - 1).isSpace();
    QString spacedSymbol = symbol;
    if (spaced)
        spacedSymbol = symbolFirst ? QString(symbol + u' ') : QString(u' ' + symbol);
    const QString quoted = u'"' + spacedSymbol + u'"';
    const QString positive = symbolFirst ? quoted + number : number + quoted;
    return positive + u';' + u'-' + positive;
}

void writeXlsxFile(const QList<ExportTable> &tables, const QLocale &locale, const QString &path)
{
    QFile::remove(path);
    WorkbookWriter writer(path, locale);
    for (const ExportTable &table : tables)
        writer.addTable(table);
    writer.close();
}

} // namespace costboard
