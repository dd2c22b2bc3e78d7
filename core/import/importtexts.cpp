// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importtexts.h"

#include <QCoreApplication>

namespace costboard {
QString importProblemMessage(const ImportProblem &problem)
{
    const QString value = problem.value;
    switch (problem.code) {
    case ImportProblemCode::FileUnreadable:
        return QCoreApplication::translate("ImportProblem", "the file cannot be read (%1)")
            .arg(problem.expected);
    case ImportProblemCode::EmptyFile:
        return QCoreApplication::translate("ImportProblem", "the file is empty");
    case ImportProblemCode::BinaryFile:
        return QCoreApplication::translate("ImportProblem",
                                           "this is not a text file: expected a CSV or JSON cost file");
    case ImportProblemCode::Utf16File:
        return QCoreApplication::translate(
            "ImportProblem", "the file is in UTF-16: save it as \"CSV UTF-8\" and import it again");
    case ImportProblemCode::LineTooLong:
        return QCoreApplication::translate("ImportProblem",
                                           "the line is longer than 1 MiB: this is not a cost export");
    case ImportProblemCode::TooManyColumns:
        return QCoreApplication::translate("ImportProblem",
                                           "%1 columns, more than the %2 a cost file can have")
            .arg(value, problem.expected);
    case ImportProblemCode::UnknownFormat:
        return QCoreApplication::translate("ImportProblem",
                                           "no known format: choose a column mapping for this CSV file");
    case ImportProblemCode::MissingColumn:
        return problem.column.isEmpty()
            ? QCoreApplication::translate("ImportProblem", "the mapping has no column for the %1")
                  .arg(problem.expected)
            : QCoreApplication::translate("ImportProblem", "the column is missing from the header");
    case ImportProblemCode::DuplicateColumn:
        return QCoreApplication::translate("ImportProblem", "two columns have this name");
    case ImportProblemCode::AmbiguousDates:
        return QCoreApplication::translate(
            "ImportProblem", "every date reads both as day/month and as month/day: choose the date order");
    case ImportProblemCode::UnclosedQuote:
        return QCoreApplication::translate("ImportProblem", "a quoted field is never closed");
    case ImportProblemCode::MalformedQuote:
        return QCoreApplication::translate(
            "ImportProblem", "a quote mark where none may be (a field with quotes must be quoted whole)");
    case ImportProblemCode::WrongFieldCount:
        return QCoreApplication::translate("ImportProblem", "%1 fields where the header has %2")
            .arg(value, problem.expected);
    case ImportProblemCode::MissingValue:
        return QCoreApplication::translate("ImportProblem", "the value is missing");
    case ImportProblemCode::InvalidDate:
        return QCoreApplication::translate("ImportProblem", "\"%1\" is not a date (expected %2)")
            .arg(value, problem.expected);
    case ImportProblemCode::InvalidAmount:
        return QCoreApplication::translate(
                   "ImportProblem", "\"%1\" is not an amount (expected a number such as 1234.56 or 1 234,56)")
            .arg(value);
    case ImportProblemCode::AmountOutOfRange:
        return QCoreApplication::translate("ImportProblem", "\"%1\" is too large for a cost").arg(value);
    case ImportProblemCode::UnknownCurrency:
        return QCoreApplication::translate("ImportProblem",
                                           "\"%1\" is not an ISO 4217 currency code such as EUR or USD")
            .arg(value);
    case ImportProblemCode::MissingExchangeRate:
        return QCoreApplication::translate(
                   "ImportProblem",
                   "no exchange rate from %1 to %2 on that date: add one on the Exchange rates page")
            .arg(value, problem.expected);
    case ImportProblemCode::InvalidServicePeriod:
        return QCoreApplication::translate("ImportProblem",
                                           "the period ends before it starts, or lasts more than %1 days")
            .arg(problem.expected);
    case ImportProblemCode::InvalidJson:
        return QCoreApplication::translate("ImportProblem", "the JSON is malformed (%1)")
            .arg(problem.expected);
    case ImportProblemCode::InvalidQuantity:
        return QCoreApplication::translate("ImportProblem",
                                           "\"%1\" is not a quantity (expected a number of 0 or more)")
            .arg(value);
    case ImportProblemCode::UnknownProject:
        return QCoreApplication::translate("ImportProblem", "no project has the code \"%1\"").arg(value);
    case ImportProblemCode::UnknownCategory:
        return QCoreApplication::translate("ImportProblem", "\"%1\" is not a cost category").arg(value);
    case ImportProblemCode::TextTooLong:
        return QCoreApplication::translate("ImportProblem", "the text is longer than %1 characters")
            .arg(problem.expected);
    case ImportProblemCode::DayTotalOutOfRange:
        return QCoreApplication::translate("ImportProblem",
                                           "with the rows before it of the same day and charge, the total "
                                           "reaches %1 %2: too large for one cost line")
            .arg(value, problem.expected);
    case ImportProblemCode::InvalidTokenCount:
        return QCoreApplication::translate("ImportProblem",
                                           "\"%1\" is not a count of tokens or requests (expected a whole "
                                           "number of 0 or more)")
            .arg(value);
    case ImportProblemCode::CachedTokensExceedInput:
        return QCoreApplication::translate(
                   "ImportProblem", "%1 cached tokens is more than the %2 input tokens that include them")
            .arg(value, problem.expected);
    }
    return QString();
}

QString importProblemLine(const ImportProblem &problem)
{
    QString where = problem.file;
    if (problem.line > 0)
        where += QCoreApplication::translate("ImportProblem", ", line %1").arg(problem.line);
    if (!problem.column.isEmpty())
        where += QCoreApplication::translate("ImportProblem", ", %1").arg(problem.column);
    return where + QStringLiteral(": ") + importProblemMessage(problem);
}

QString importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return QCoreApplication::translate("ImportFormat", "Recognise automatically");
    case ImportFormat::Csv:
        return QCoreApplication::translate("ImportFormat", "CSV with a column mapping");
    case ImportFormat::Focus:
        return QCoreApplication::translate("ImportFormat", "FOCUS billing export");
    case ImportFormat::OpenAi:
        return QCoreApplication::translate("ImportFormat", "OpenAI costs (JSON)");
    case ImportFormat::Anthropic:
        return QCoreApplication::translate("ImportFormat", "Anthropic cost report (JSON)");
    case ImportFormat::Azure:
        return QCoreApplication::translate("ImportFormat", "Azure cost details");
    case ImportFormat::AwsCur:
        return QCoreApplication::translate("ImportFormat", "AWS Cost and Usage Report 2.0");
    case ImportFormat::Gcp:
        return QCoreApplication::translate("ImportFormat", "Google Cloud billing export");
    case ImportFormat::OpenAiUsage:
        return QCoreApplication::translate("ImportFormat", "OpenAI token usage (JSON)");
    case ImportFormat::AnthropicUsage:
        return QCoreApplication::translate("ImportFormat", "Anthropic token usage (JSON)");
    case ImportFormat::UsageCsv:
        return QCoreApplication::translate("ImportFormat", "Token usage (CSV)");
    }
    return QString();
}

QStringList importUsageLines(const ImportReport &report, const QLocale &locale)
{
    QStringList lines;
    const qint64 usageRows = report.usageRowsPriced + report.usageRowsUnpriced;
    if (usageRows > 0)
        lines << QCoreApplication::translate("ImportReport",
                                             "%1 tokens: %n row(s) priced from the model price catalog",
                                             nullptr, int(report.usageRowsPriced))
                     .arg(locale.toString(qlonglong(report.usageTokens)));
    if (report.usageRowsBilled > 0)
        lines << QCoreApplication::translate(
            "ImportReport",
            "%n priced row(s) fall in months whose bill is imported: the bill is "
            "their cost, and they are its check (usage against invoice)",
            nullptr, int(report.usageRowsBilled));
    if (report.usageRowsUnpriced > 0) {
        lines << QCoreApplication::translate(
                     "ImportReport",
                     "%n row(s) of %1 tokens have no price on their day: they are not "
                     "booked (never at zero). Add the price, then import the file again:",
                     nullptr, int(report.usageRowsUnpriced))
                     .arg(locale.toString(qlonglong(report.unpricedTokens)));
        for (const ImportReport::UnpricedUsage &unpriced : report.unpriced)
            lines << QCoreApplication::translate("ImportReport", "    %1 %2, %3: %4 tokens")
                         .arg(unpriced.provider, unpriced.model, pricing::meterName(unpriced.meter),
                              locale.toString(qlonglong(unpriced.tokens)));
    }
    if (report.usageRebookedMinor < 0)
        lines << QCoreApplication::translate(
                     "ImportReport",
                     "the bill now stands for %1 of usage priced from the catalog in the "
                     "same months, which is no longer counted")
                     .arg(Money(-report.usageRebookedMinor, report.reportingCurrency).toString(locale));
    return lines;
}

} // namespace costboard
