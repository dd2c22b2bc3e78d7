// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "import/csvreader.h"
#include "import/importproblem.h"
#include "import/importvalues.h"
#include "pricing/usage.h"

namespace costboard {

enum class ImportFormat
{
    Auto,
    Csv,
    Focus,
    OpenAi,
    Anthropic,
    Azure,
    AwsCur,
    Gcp,
    // Token usage, priced from the model price catalog at each row's date.
    OpenAiUsage, // OpenAI's organization usage for completions (JSON buckets)
    AnthropicUsage, // Anthropic's usage report for messages (JSON buckets)
    UsageCsv, // date, provider, model, tokens per meter, requests and project, one row a day
};

// "csv", "focus", "openai", "anthropic", "azure", "aws-cur", "gcp", "openai-usage",
// "anthropic-usage", "usage-csv"
QString importFormatKey(ImportFormat format);
std::optional<ImportFormat> importFormatFromKey(QStringView key);
QList<ImportFormat> concreteImportFormats();
// Whether a format's rows are tokens priced from the catalog rather than billed amounts.
bool isUsageFormat(ImportFormat format);

// How importing the same data again leaves nothing doubled. A billing export (and an API bucket)
// is the provider's whole statement for an account and period: a later one replaces it. A
// generic CSV has no such statement: rows already imported are skipped.
enum class ReimportPolicy
{
    ReplaceSlices,
    SkipDuplicateRows
};
ReimportPolicy reimportPolicyOf(ImportFormat format);

// One row of a file, read and checked as far as the file alone allows. The importer places it
// (project, category), converts it and books it.
struct ImportedRow
{
    qint64 line = 0; // as in ImportProblem (0 for JSON)
    QString location; // JSON path of the row for JSON files
    QDate incurredOn;
    QDate serviceStart; // null: the row pays for `incurredOn` alone
    QDate serviceEnd; // exclusive
    std::int64_t amountNanos = 0;
    QString currency;
    QString vendor;
    QString description;
    std::optional<double> quantity;
    QString unit;
    QString externalRef;
    QString resourceId; // the billed resource (FOCUS ResourceId, an AWS ARN, an Azure resource id)
    QString rowKey; // what makes the row itself (SkipDuplicateRows); empty: the whole row's text
    QString slice; // the statement it belongs to (ReplaceSlices): format, account, period
    // What allocation matches on.
    QString projectCode; // given by the file or mapping: must exist
    QString categoryKey; // given by the file or mapping: must exist
    QString account; // sub-account, subscription, usage account
    QString workspace; // provider project or workspace id
    QString serviceCategory;
    QString serviceName;
    QString sku; // SKU, meter, usage type, line item (the model and token type)
    QString chargeCategory;
    QString tags; // {"key":"value",...} as compact JSON, or empty
    // Usage formats: the row's tokens. The reader leaves the amount and currency empty; the
    // importer prices the tokens from the catalog at the row's date.
    std::optional<pricing::TokenUsage> usage;
    // Non-zero: rows of this read with the same value have the same vendor, description, unit,
    // account, workspace, service, SKU, tags, charge category, currency and slice (the reader read
    // them once).
    qint64 sharedAttributesId = 0;
    // Column names for problems found after reading (unknown project, missing rate).
    QString currencyColumn;
    QString projectColumn;
    QString categoryColumn;
};

// Fields of a generic CSV mapping.
enum class MappedField
{
    Date,
    ServiceStart,
    ServiceEnd,
    Amount,
    Currency,
    Project,
    Category,
    Vendor,
    Description,
    Quantity,
    Unit,
    Reference
};
QString mappedFieldKey(MappedField field);
std::optional<MappedField> mappedFieldFromKey(QStringView key);
QList<MappedField> allMappedFields();

// How a generic CSV file's columns become cost-line fields, saved by name and reused.
struct ColumnMapping
{
    QString name;
    char delimiter = 0; // 0: detect
    char decimalSeparator = 0; // 0: detect
    DateOrder dateOrder = DateOrder::Unknown; // Unknown: detect, and ask when the dates do not tell
    bool serviceEndInclusive = true; // "from 1 Nov to 30 Nov", as people write periods
    QHash<MappedField, QString> columns; // field → header
    QHash<MappedField, QString> constants; // field → value for every row (a column wins)

    QJsonObject toJson() const;
    static ColumnMapping fromJson(const QJsonObject &json);
    bool operator==(const ColumnMapping &) const = default;
};

struct ReaderSettings
{
    ImportFormat format = ImportFormat::Auto;
    std::optional<ColumnMapping> mapping; // required for generic CSV
    bool useEffectiveCost = false; // FOCUS: EffectiveCost (amortised) instead of BilledCost
    bool includeTax = true; // FOCUS, AWS, GCP: tax rows count as costs
};

// The first rows of a CSV file as text, for the mapping dialog, and what was detected.
struct CsvPreview
{
    QString encoding;
    char delimiter = ',';
    char decimalSeparator = 0;
    DateOrder dateOrder = DateOrder::Unknown;
    bool datesAmbiguous = false;
    ImportFormat detectedFormat = ImportFormat::Csv;
    QStringList header;
    QList<QStringList> rows;
    std::optional<ImportProblem> problem;
};

class FormatReader final
{
public:
    struct Outcome
    {
        ImportFormat format = ImportFormat::Auto;
        QString provider; // "Amazon Web Services", "OpenAI"… or the mapping's name
        QString encoding;
        qint64 rowsRead = 0; // data rows seen, good or bad
        qint64 rowsExcluded = 0; // left out by a setting (tax rows when tax is excluded)
        bool fileProblem = false;
        bool stopped = false;
    };

    // Reads a whole file's bytes: `onFormat` once the format is known (before any row), every
    // row to `onRow` (return false to stop), every problem to `onProblem`. A file problem stops
    // reading.
    static Outcome read(const QString &fileName, const QByteArray &bytes, const ReaderSettings &settings,
                        const std::function<void(ImportFormat)> &onFormat,
                        const std::function<bool(ImportedRow &&)> &onRow,
                        const std::function<void(ImportProblem &&)> &onProblem);

    static CsvPreview preview(const QString &fileName, const QByteArray &bytes,
                              const std::optional<ColumnMapping> &mapping, int rowCount = 20);

    // A column mapping guessed from a header: "Date", "Montant", "Amount (EUR)"…
    static ColumnMapping guessMapping(const QStringList &header);
};

} // namespace costboard
