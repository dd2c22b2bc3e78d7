// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importproblem.h"

#include "domain/keytable.h"

namespace costboard {
namespace {

constexpr KeyTable<ImportProblemCode, 28> problemKeys { {
    { ImportProblemCode::FileUnreadable, "file-unreadable" },
    { ImportProblemCode::EmptyFile, "empty-file" },
    { ImportProblemCode::BinaryFile, "binary-file" },
    { ImportProblemCode::Utf16File, "utf16-file" },
    { ImportProblemCode::LineTooLong, "line-too-long" },
    { ImportProblemCode::TooManyColumns, "too-many-columns" },
    { ImportProblemCode::UnknownFormat, "unknown-format" },
    { ImportProblemCode::MissingColumn, "missing-column" },
    { ImportProblemCode::DuplicateColumn, "duplicate-column" },
    { ImportProblemCode::AmbiguousDates, "ambiguous-dates" },
    { ImportProblemCode::UnclosedQuote, "unclosed-quote" },
    { ImportProblemCode::MalformedQuote, "malformed-quote" },
    { ImportProblemCode::WrongFieldCount, "wrong-field-count" },
    { ImportProblemCode::MissingValue, "missing-value" },
    { ImportProblemCode::InvalidDate, "invalid-date" },
    { ImportProblemCode::InvalidAmount, "invalid-amount" },
    { ImportProblemCode::AmountOutOfRange, "amount-out-of-range" },
    { ImportProblemCode::UnknownCurrency, "unknown-currency" },
    { ImportProblemCode::MissingExchangeRate, "missing-exchange-rate" },
    { ImportProblemCode::InvalidServicePeriod, "invalid-service-period" },
    { ImportProblemCode::InvalidJson, "invalid-json" },
    { ImportProblemCode::InvalidQuantity, "invalid-quantity" },
    { ImportProblemCode::UnknownProject, "unknown-project" },
    { ImportProblemCode::UnknownCategory, "unknown-category" },
    { ImportProblemCode::TextTooLong, "text-too-long" },
    { ImportProblemCode::DayTotalOutOfRange, "day-total-out-of-range" },
    { ImportProblemCode::InvalidTokenCount, "invalid-token-count" },
    { ImportProblemCode::CachedTokensExceedInput, "cached-tokens-exceed-input" },
} };

} // namespace

QString importProblemKey(ImportProblemCode code)
{
    return problemKeys.keyOf(code);
}

std::optional<ImportProblemCode> importProblemFromKey(QStringView key)
{
    return problemKeys.valueOf(key);
}

bool isFileProblem(ImportProblemCode code)
{
    switch (code) {
    case ImportProblemCode::FileUnreadable:
    case ImportProblemCode::EmptyFile:
    case ImportProblemCode::BinaryFile:
    case ImportProblemCode::Utf16File:
    case ImportProblemCode::LineTooLong:
    case ImportProblemCode::TooManyColumns:
    case ImportProblemCode::UnknownFormat:
    case ImportProblemCode::MissingColumn:
    case ImportProblemCode::DuplicateColumn:
    case ImportProblemCode::AmbiguousDates:
    case ImportProblemCode::InvalidJson:
        return true;
    default:
        return false;
    }
}

QString shortenedValue(QStringView value)
{
    constexpr qsizetype limit = 80;
    if (value.size() <= limit)
        return value.toString();
    return value.left(limit).toString() + QStringLiteral("…");
}

} // namespace costboard
