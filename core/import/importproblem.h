// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace costboard {

// What is wrong with a file or one of its rows. Core names the problem with a code and its
// arguments; ui/ and the command line turn it into a sentence in the user's language.
enum class ImportProblemCode
{
    FileUnreadable, // the file cannot be opened or read
    EmptyFile, // no bytes, or only blank lines
    BinaryFile, // NUL or control bytes: not a text file
    Utf16File, // UTF-16 text: save it as UTF-8 (or Windows-1252) CSV
    LineTooLong, // a physical line longer than CsvLimits::MaxLineBytes
    TooManyColumns, // a header wider than CsvLimits::MaxColumns
    UnknownFormat, // no format recognised from the columns or keys, and no mapping given
    MissingColumn, // a column the format needs is absent from the header
    DuplicateColumn, // two columns of the header have the same name
    AmbiguousDates, // every date reads both as day/month and month/day: the user must say
    UnclosedQuote, // a quoted field never closed before the end of the file
    MalformedQuote, // a quote inside an unquoted field, or text after a closing quote
    WrongFieldCount, // `expected`: the header's field count
    MissingValue, // a required field is empty
    InvalidDate, // `expected`: the date format
    InvalidAmount, // not a decimal number (exponents, NaN, several separators…)
    AmountOutOfRange, // beyond what a cost line can hold
    UnknownCurrency, // not an ISO 4217 code CostBoard knows
    MissingExchangeRate, // no rate into the reporting currency on the row's date; `expected`: that currency
    InvalidServicePeriod, // the end is not after the start, or the period is longer than the limit
    InvalidJson, // `expected`: the parser's own words
    InvalidQuantity, // negative or not a number
    UnknownProject, // a project code the database does not have
    UnknownCategory, // a category key CostBoard does not have
    TextTooLong, // `expected`: the limit in characters
    // With the rows before it that make the same cost line (same day, service period and
    // charge), the total is beyond what a cost line can hold; `value`: that total in major units,
    // `expected`: its currency.
    DayTotalOutOfRange,
    InvalidTokenCount, // not a whole number of tokens or requests from 0 to pricing::MaxQuantity
    // OpenAI counts cached tokens within the input tokens: more cached than input is a broken
    // row; `expected`: the input tokens.
    CachedTokensExceedInput,
};

struct ImportProblem
{
    QString file; // the file's name as the user chose it
    qint64 line = 0; // 1-based physical line where the row starts (the header is line 1); 0: none
    QString column; // the column's header as written, a JSON path, or empty
    QString value; // the offending value, shortened
    ImportProblemCode code = ImportProblemCode::InvalidAmount;
    QString expected; // the code's argument (see each code)

    bool operator==(const ImportProblem &) const = default;
};

// The stable key of a code ("wrong-field-count"), used in JSON output, saved reports and tests.
QString importProblemKey(ImportProblemCode code);
std::optional<ImportProblemCode> importProblemFromKey(QStringView key);
// True for problems about the file as a whole: no row of it can be imported.
bool isFileProblem(ImportProblemCode code);
// A value shortened for a report line: a 50 MB field is not echoed back whole.
QString shortenedValue(QStringView value);

} // namespace costboard
