// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvexport.h"

#include <QSaveFile>

namespace costboard {
namespace {

QString quotedField(const QString &text, QChar separator)
{
    const bool needsQuotes
        = text.contains(separator) || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

// Numbers are written in the C locale's digits, then their decimal point swapped: no grouping,
// so that every spreadsheet reads them back as numbers.
QString withDecimalPoint(QString number, QChar decimalPoint)
{
    if (decimalPoint != u'.')
        number.replace(u'.', decimalPoint);
    return number;
}

QString cellText(const ExportCell &cell, QChar decimalPoint)
{
    if (cell.isEmpty)
        return QString();
    switch (cell.type) {
    case ExportValueType::Text:
        return guardedSpreadsheetText(cell.text);
    case ExportValueType::Date:
        return cell.date.toString(Qt::ISODate);
    case ExportValueType::Money:
        return withDecimalPoint(cell.money().toPlainString(), decimalPoint);
    case ExportValueType::Integer:
        return QString::number(cell.integer);
    case ExportValueType::Number:
        return withDecimalPoint(QString::number(cell.number, 'g', 15), decimalPoint);
    case ExportValueType::Percent:
        return withDecimalPoint(QString::number(cell.number * 100.0, 'f', 2), decimalPoint);
    }
    return QString();
}

QString headingOf(const ExportColumn &column)
{
    QString heading = column.heading();
    // A CSV has no currency format: a column of one currency says which in its heading, unless
    // its name already does ("2026-W48" columns share the table's "Period total (EUR)").
    if (column.type == ExportValueType::Money && !column.currency.isEmpty()
        && !heading.contains(column.currency) && column.key != column.title)
        heading += QStringLiteral(" (") + column.currency + u')';
    return guardedSpreadsheetText(heading);
}

} // namespace

QChar csvDecimalPointFor(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QChar(u',') : QChar(u'.');
}

QChar csvSeparatorFor(const QLocale &locale)
{
    return csvDecimalPointFor(locale) == u',' ? QChar(u';') : QChar(u',');
}

QByteArray tableToCsv(const ExportTable &table, const QLocale &locale)
{
    const QChar separator = csvSeparatorFor(locale);
    const QChar decimalPoint = csvDecimalPointFor(locale);
    QString text;
    const auto addLine = [&](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &field : fields)
            quoted << quotedField(field, separator);
        text += quoted.join(separator) + QStringLiteral("\r\n");
    };
    QStringList headings;
    for (const ExportColumn &column : table.columns)
        headings << headingOf(column);
    addLine(headings);
    const auto addCells = [&](const QList<ExportCell> &cells) {
        QStringList fields;
        fields.reserve(cells.size());
        for (const ExportCell &cell : cells)
            fields << cellText(cell, decimalPoint);
        addLine(fields);
    };
    for (const ExportRow &row : table.rows)
        addCells(row.cells);
    if (!table.totals.isEmpty())
        addCells(table.totals);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

void writeCsvFile(const ExportTable &table, const QLocale &locale, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ExportError(ErrorCode::ExportCannotWrite, { path, file.errorString() });
    const QByteArray bytes = tableToCsv(table, locale);
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw ExportError(ErrorCode::ExportCannotWrite, { path, file.errorString() });
}

} // namespace costboard
