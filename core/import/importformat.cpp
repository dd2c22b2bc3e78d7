// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importformat.h"

#include <charconv>
#include <cmath>
#include <memory>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include "domain/category.h"
#include "domain/entities.h"
#include "domain/keytable.h"
#include "domain/money.h"

namespace costboard {
namespace {

constexpr KeyTable<ImportFormat, 11> formatKeys { {
    { ImportFormat::Auto, "auto" },
    { ImportFormat::Csv, "csv" },
    { ImportFormat::Focus, "focus" },
    { ImportFormat::OpenAi, "openai" },
    { ImportFormat::Anthropic, "anthropic" },
    { ImportFormat::Azure, "azure" },
    { ImportFormat::AwsCur, "aws-cur" },
    { ImportFormat::Gcp, "gcp" },
    { ImportFormat::OpenAiUsage, "openai-usage" },
    { ImportFormat::AnthropicUsage, "anthropic-usage" },
    { ImportFormat::UsageCsv, "usage-csv" },
} };

constexpr KeyTable<MappedField, 12> fieldKeys { {
    { MappedField::Date, "date" },
    { MappedField::ServiceStart, "service_start" },
    { MappedField::ServiceEnd, "service_end" },
    { MappedField::Amount, "amount" },
    { MappedField::Currency, "currency" },
    { MappedField::Project, "project" },
    { MappedField::Category, "category" },
    { MappedField::Vendor, "vendor" },
    { MappedField::Description, "description" },
    { MappedField::Quantity, "quantity" },
    { MappedField::Unit, "unit" },
    { MappedField::Reference, "reference" },
} };

constexpr KeyTable<DateOrder, 4> dateOrderKeys { {
    { DateOrder::Unknown, "auto" },
    { DateOrder::YearMonthDay, "ymd" },
    { DateOrder::DayMonthYear, "dmy" },
    { DateOrder::MonthDayYear, "mdy" },
} };

// Rows are reported against the file; every reader shares these helpers.
class ProblemSink
{
public:
    ProblemSink(QString fileName, const std::function<void(ImportProblem &&)> &onProblem)
        : m_fileName(std::move(fileName))
        , m_onProblem(onProblem)
    { }

    void report(qint64 line, const QString &column, QStringView value, ImportProblemCode code,
                const QString &expected = {}) const
    {
        m_onProblem(ImportProblem { m_fileName, line, column, shortenedValue(value), code, expected });
    }

private:
    QString m_fileName;
    const std::function<void(ImportProblem &&)> &m_onProblem;
};

QString expectedDateText(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return QStringLiteral("dd/mm/yyyy");
    case DateOrder::MonthDayYear:
        return QStringLiteral("mm/dd/yyyy");
    default:
        return QStringLiteral("yyyy-mm-dd");
    }
}

// A CSV header resolved to column indexes.
class Header
{
public:
    explicit Header(const CsvRecord &record)
    {
        for (const std::string_view field : record.fields)
            m_names << toQString(trimmed(field));
    }

    int indexOf(const QString &name) const { return m_names.indexOf(name); }
    int firstOf(std::initializer_list<const char *> names) const
    {
        for (const char *name : names) {
            const int index = m_names.indexOf(QLatin1String(name));
            if (index >= 0)
                return index;
        }
        return -1;
    }
    bool has(const char *name) const { return m_names.contains(QLatin1String(name)); }
    const QStringList &names() const { return m_names; }
    QString name(int index) const { return index >= 0 ? m_names.value(index) : QString(); }
    std::optional<QString> duplicate() const
    {
        QSet<QString> seen;
        for (const QString &name : m_names) {
            if (!name.isEmpty() && seen.contains(name))
                return name;
            seen.insert(name);
        }
        return std::nullopt;
    }

private:
    QStringList m_names;
};

std::string_view fieldAt(const CsvRecord &record, int index)
{
    return index >= 0 && static_cast<std::size_t>(index) < record.fields.size()
        ? trimmed(record.fields[static_cast<std::size_t>(index)])
        : std::string_view();
}

QString textAt(const CsvRecord &record, int index)
{
    return toQString(fieldAt(record, index));
}

ImportFormat detectCsvFormat(const Header &header)
{
    if (header.has("ChargePeriodStart")
        && (header.has("BilledCost") || header.has("EffectiveCost") || header.has("BillingCurrency")))
        return ImportFormat::Focus;
    if (header.has("line_item_unblended_cost") || header.has("line_item_usage_start_date"))
        return ImportFormat::AwsCur;
    if (header.has("usage_start_time") && header.has("service.description"))
        return ImportFormat::Gcp;
    if (header.has("CostInBillingCurrency") || header.has("PreTaxCost")
        || (header.has("MeterCategory") && header.has("Cost")))
        return ImportFormat::Azure;
    if (header.has("model") && header.has("input_tokens") && header.has("output_tokens"))
        return ImportFormat::UsageCsv;
    return ImportFormat::Csv;
}

// Tags as compact JSON {"key":"value"}: FOCUS and AWS write an object, Azure the same without
// its braces, GCP an array of {key, value}. Empty when there are none or they do not parse.
QString normalisedTags(std::string_view text, bool keyValueArray = false)
{
    text = trimmed(text);
    if (text.empty() || text == "{}" || text == "[]")
        return QString();
    QByteArray json(text.data(), static_cast<qsizetype>(text.size()));
    if (!keyValueArray && !json.startsWith('{'))
        json = '{' + json + '}';
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return QString();
    QJsonObject tags;
    if (document.isArray()) {
        for (const QJsonValue &entry : document.array())
            tags.insert(entry[QLatin1String("key")].toString(),
                        entry[QLatin1String("value")].toVariant().toString());
    } else {
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            tags.insert(it.key(), it.value().toVariant().toString());
    }
    return tags.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact));
}

// "Reserved instance, 1 year, all upfront", "3-year commitment", "12 months": the term of a
// one-time purchase, which the ledger spreads over its months.
int termMonthsOf(const QString &text)
{
    static const QRegularExpression term(QStringLiteral("(\\d{1,2})\\s*-?\\s*(years?|yrs?|months?|mo)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = term.match(text);
    if (!match.hasMatch())
        return 0;
    const int count = match.captured(1).toInt();
    const bool years = match.captured(2).startsWith(QLatin1Char('y'), Qt::CaseInsensitive);
    return years ? count * 12 : count;
}

QString joined(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty() || second == first)
        return first;
    return first + QStringLiteral(" · ") + second;
}

QString truncatedText(const QString &text, int limit)
{
    return text.size() <= limit ? text : text.left(limit - 1) + QStringLiteral("…");
}

// --- Token usage ----------------------------------------------------------------------------------

// The rows of one usage bucket: one per meter it counts tokens on, each with its tokens as the
// quantity, for the importer to price. The bucket's requests go on its first row; a bucket with no
// tokens at all still says so, on its first meter.
QList<ImportedRow> tokenUsageRows(const QString &provider, const QString &model,
                                  const QList<std::pair<pricing::Meter, std::int64_t>> &tokens,
                                  std::int64_t requests)
{
    const bool anyTokens = std::any_of(tokens.cbegin(), tokens.cend(),
                                       [](const auto &meterTokens) { return meterTokens.second > 0; });
    QList<ImportedRow> rows;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const auto &[meter, count] = tokens.at(i);
        if (count == 0 && (anyTokens || i > 0))
            continue;
        ImportedRow row;
        row.vendor = pricing::providerVendorName(provider);
        row.serviceCategory = QStringLiteral("AI and Machine Learning");
        row.sku = model;
        row.chargeCategory = QStringLiteral("usage");
        row.description
            = truncatedText(model + QStringLiteral(" (") + pricing::meterKey(meter) + QLatin1Char(')'),
                            CostLine::MaxDescriptionLength);
        row.unit = QStringLiteral("token");
        row.quantity = static_cast<double>(count);
        row.usage = pricing::TokenUsage { pricing::catalogName(provider), model,       meter, count,
                                          rows.isEmpty() ? requests : 0,  std::nullopt };
        rows << std::move(row);
    }
    return rows;
}

// What every billing-export reader does with one row once its columns are known.
struct BillingColumns
{
    int amount = -1;
    int currency = -1;
    int start = -1;
    int end = -1; // may be absent (Azure: one date)
    int quantity = -1;
    int unit = -1;
    int account = -1;
    int workspace = -1;
    int serviceCategory = -1;
    int serviceName = -1;
    int sku = -1;
    int description = -1;
    int chargeCategory = -1;
    int chargeClass = -1;
    int frequency = -1;
    int tags = -1;
    int provider = -1;
    int billingAccount = -1;
    int billingPeriod = -1;
    int resource = -1;
    int credits = -1; // GCP
    int commitment = -1;
    bool tagsAreKeyValueArray = false;
    DateOrder dateOrder = DateOrder::YearMonthDay;
};

class CsvFormatReader
{
public:
    CsvFormatReader(const ReaderSettings &settings, const ProblemSink &problems,
                    FormatReader::Outcome &outcome, const std::function<bool(ImportedRow &&)> &onRow)
        : m_settings(settings)
        , m_problems(problems)
        , m_outcome(outcome)
        , m_onRow(onRow)
    { }

    // Returns false on a file problem (reported).
    bool setUp(const Header &header, ImportFormat format, const QByteArray &utf8, char delimiter)
    {
        m_header = std::make_unique<Header>(header);
        m_format = format;
        if (const auto duplicate = header.duplicate()) {
            m_problems.report(1, *duplicate, *duplicate, ImportProblemCode::DuplicateColumn);
            return false;
        }
        switch (format) {
        case ImportFormat::Focus:
            return setUpFocus();
        case ImportFormat::AwsCur:
            return setUpAws();
        case ImportFormat::Azure:
            return setUpAzure();
        case ImportFormat::Gcp:
            return setUpGcp();
        case ImportFormat::Csv:
            return setUpGeneric(utf8, delimiter);
        case ImportFormat::UsageCsv:
            return setUpUsage();
        default:
            return false;
        }
    }

    bool row(const CsvRecord &record)
    {
        ++m_outcome.rowsRead;
        const std::size_t width = static_cast<std::size_t>(m_header->names().size());
        if (record.fields.size() != width) {
            const bool onlyEmptyExtras = record.fields.size() > width
                && std::all_of(record.fields.begin() + static_cast<std::ptrdiff_t>(width),
                               record.fields.end(),
                               [](std::string_view field) { return trimmed(field).empty(); });
            if (!onlyEmptyExtras) {
                m_problems.report(record.line, QString(), QString::number(record.fields.size()),
                                  ImportProblemCode::WrongFieldCount, QString::number(width));
                return true;
            }
        }
        if (m_format == ImportFormat::UsageCsv) {
            QList<ImportedRow> rows = usageRows(record);
            // A usage line is a row per meter it counts tokens on.
            m_outcome.rowsRead += std::max<qsizetype>(1, rows.size()) - 1;
            for (ImportedRow &row : rows)
                if (!m_onRow(std::move(row)))
                    return false;
            return true;
        }
        std::optional<ImportedRow> row
            = m_format == ImportFormat::Csv ? genericRow(record) : billingRow(record);
        if (!row)
            return true;
        return m_onRow(std::move(*row));
    }

private:
    bool require(int index, const char *name)
    {
        if (index >= 0)
            return true;
        m_problems.report(1, QLatin1String(name), QString(), ImportProblemCode::MissingColumn);
        return false;
    }

    bool setUpFocus()
    {
        const Header &h = *m_header;
        BillingColumns &c = m_columns;
        c.amount = m_settings.useEffectiveCost ? h.indexOf(QStringLiteral("EffectiveCost"))
                                               : h.indexOf(QStringLiteral("BilledCost"));
        c.currency = h.indexOf(QStringLiteral("BillingCurrency"));
        c.start = h.indexOf(QStringLiteral("ChargePeriodStart"));
        c.end = h.indexOf(QStringLiteral("ChargePeriodEnd"));
        c.chargeCategory = h.indexOf(QStringLiteral("ChargeCategory"));
        // FOCUS 1.3 renamed ProviderName to ServiceProviderName (and added HostProviderName).
        const bool focus13 = h.has("ServiceProviderName") || h.has("HostProviderName");
        c.provider = focus13 ? h.indexOf(QStringLiteral("ServiceProviderName"))
                             : h.indexOf(QStringLiteral("ProviderName"));
        if (!require(c.amount, m_settings.useEffectiveCost ? "EffectiveCost" : "BilledCost")
            || !require(c.currency, "BillingCurrency") || !require(c.start, "ChargePeriodStart")
            || !require(c.end, "ChargePeriodEnd") || !require(c.chargeCategory, "ChargeCategory")
            || !require(c.provider, focus13 ? "ServiceProviderName" : "ProviderName"))
            return false;
        c.chargeClass = h.indexOf(QStringLiteral("ChargeClass"));
        c.frequency = h.indexOf(QStringLiteral("ChargeFrequency"));
        c.description = h.indexOf(QStringLiteral("ChargeDescription"));
        c.quantity = h.indexOf(QStringLiteral("ConsumedQuantity"));
        c.unit = h.indexOf(QStringLiteral("ConsumedUnit"));
        c.account = h.indexOf(QStringLiteral("SubAccountId"));
        c.resource = h.indexOf(QStringLiteral("ResourceId"));
        c.serviceCategory = h.indexOf(QStringLiteral("ServiceCategory"));
        c.serviceName = h.indexOf(QStringLiteral("ServiceName"));
        c.sku = h.firstOf({ "SkuMeter", "SkuPriceDetails", "SkuId" });
        c.tags = h.indexOf(QStringLiteral("Tags"));
        c.billingAccount = h.indexOf(QStringLiteral("BillingAccountId"));
        c.billingPeriod = h.indexOf(QStringLiteral("BillingPeriodStart"));
        c.commitment = h.indexOf(QStringLiteral("CommitmentDiscountName"));
        return true;
    }

    bool setUpAws()
    {
        const Header &h = *m_header;
        BillingColumns &c = m_columns;
        c.start = h.indexOf(QStringLiteral("line_item_usage_start_date"));
        c.end = h.indexOf(QStringLiteral("line_item_usage_end_date"));
        c.amount = h.indexOf(QStringLiteral("line_item_unblended_cost"));
        c.currency = h.indexOf(QStringLiteral("line_item_currency_code"));
        if (!require(c.start, "line_item_usage_start_date") || !require(c.end, "line_item_usage_end_date")
            || !require(c.amount, "line_item_unblended_cost")
            || !require(c.currency, "line_item_currency_code"))
            return false;
        c.chargeCategory = h.indexOf(QStringLiteral("line_item_line_item_type"));
        c.serviceName = h.firstOf({ "product_servicecode", "line_item_product_code" });
        c.sku = h.indexOf(QStringLiteral("line_item_usage_type"));
        c.description = h.indexOf(QStringLiteral("line_item_line_item_description"));
        c.quantity = h.indexOf(QStringLiteral("line_item_usage_amount"));
        c.unit = h.indexOf(QStringLiteral("pricing_unit"));
        c.account = h.indexOf(QStringLiteral("line_item_usage_account_id"));
        c.resource = h.indexOf(QStringLiteral("line_item_resource_id"));
        c.tags = h.indexOf(QStringLiteral("resource_tags"));
        c.billingAccount = h.indexOf(QStringLiteral("bill_payer_account_id"));
        c.billingPeriod = h.indexOf(QStringLiteral("bill_billing_period_start_date"));
        c.serviceCategory = h.indexOf(QStringLiteral("line_item_product_code"));
        m_provider = pricing::providerVendorName(QStringLiteral("aws"));
        return true;
    }

    bool setUpAzure()
    {
        const Header &h = *m_header;
        BillingColumns &c = m_columns;
        c.start = h.firstOf({ "Date", "UsageDateTime", "date", "UsageDate" });
        c.amount = h.firstOf({ "CostInBillingCurrency", "PreTaxCost", "Cost", "costInBillingCurrency" });
        c.currency = h.firstOf({ "BillingCurrency", "BillingCurrencyCode", "Currency", "billingCurrency" });
        if (!require(c.start, "Date") || !require(c.amount, "CostInBillingCurrency")
            || !require(c.currency, "BillingCurrency"))
            return false;
        c.serviceCategory = h.indexOf(QStringLiteral("MeterCategory"));
        c.serviceName
            = h.firstOf({ "MeterSubCategory", "MeterSubcategory", "ServiceName", "ConsumedService" });
        c.sku = h.indexOf(QStringLiteral("MeterName"));
        c.quantity = h.firstOf({ "Quantity", "UsageQuantity" });
        c.unit = h.indexOf(QStringLiteral("UnitOfMeasure"));
        c.account = h.firstOf({ "SubscriptionId", "SubscriptionGuid" });
        c.workspace = h.indexOf(QStringLiteral("ResourceGroup"));
        c.resource = h.firstOf({ "ResourceId", "InstanceId", "resourceId" });
        c.chargeCategory = h.indexOf(QStringLiteral("ChargeType"));
        c.frequency = h.indexOf(QStringLiteral("Frequency"));
        c.tags = h.indexOf(QStringLiteral("Tags"));
        c.billingAccount = h.firstOf({ "BillingAccountId", "SubscriptionId", "SubscriptionGuid" });
        c.billingPeriod = h.indexOf(QStringLiteral("BillingPeriodStartDate"));
        c.description = h.indexOf(QStringLiteral("ProductName"));
        c.dateOrder = DateOrder::MonthDayYear; // Azure writes MM/DD/YYYY whatever the locale
        m_provider = pricing::providerVendorName(QStringLiteral("azure"));
        return true;
    }

    bool setUpGcp()
    {
        const Header &h = *m_header;
        BillingColumns &c = m_columns;
        c.start = h.indexOf(QStringLiteral("usage_start_time"));
        c.end = h.indexOf(QStringLiteral("usage_end_time"));
        c.amount = h.indexOf(QStringLiteral("cost"));
        c.currency = h.indexOf(QStringLiteral("currency"));
        if (!require(c.start, "usage_start_time") || !require(c.end, "usage_end_time")
            || !require(c.amount, "cost") || !require(c.currency, "currency"))
            return false;
        c.credits = h.indexOf(QStringLiteral("credits"));
        c.serviceName = h.indexOf(QStringLiteral("service.description"));
        c.serviceCategory = c.serviceName;
        c.sku = h.indexOf(QStringLiteral("sku.description"));
        c.quantity = h.indexOf(QStringLiteral("usage.amount"));
        c.unit = h.indexOf(QStringLiteral("usage.unit"));
        c.workspace = h.indexOf(QStringLiteral("project.id"));
        c.account = c.workspace;
        c.resource = h.firstOf({ "resource.global_name", "resource.name" });
        c.tags = h.indexOf(QStringLiteral("labels"));
        c.tagsAreKeyValueArray = true;
        c.chargeCategory = h.indexOf(QStringLiteral("cost_type"));
        c.billingAccount = h.indexOf(QStringLiteral("billing_account_id"));
        c.billingPeriod = h.indexOf(QStringLiteral("invoice.month"));
        m_provider = pricing::providerVendorName(QStringLiteral("google"));
        return true;
    }

    std::optional<ParsedDateTime> dateAt(const CsvRecord &record, int index, DateOrder order)
    {
        const std::string_view text = fieldAt(record, index);
        if (text.empty()) {
            m_problems.report(record.line, m_header->name(index), QString(), ImportProblemCode::MissingValue);
            return std::nullopt;
        }
        const auto parsed = parseDateTime(text, order);
        if (!parsed || parsed->date < QDate(2000, 1, 1) || parsed->date > QDate(2100, 12, 31)) {
            m_problems.report(record.line, m_header->name(index), toQString(text),
                              ImportProblemCode::InvalidDate, expectedDateText(order));
            return std::nullopt;
        }
        return parsed;
    }

    bool amountStatusOk(ValueStatus status, const CsvRecord &record, int index)
    {
        switch (status) {
        case ValueStatus::Ok:
            return true;
        case ValueStatus::Empty:
            m_problems.report(record.line, m_header->name(index), QString(), ImportProblemCode::MissingValue);
            return false;
        case ValueStatus::Invalid:
            m_problems.report(record.line, m_header->name(index), textAt(record, index),
                              ImportProblemCode::InvalidAmount);
            return false;
        case ValueStatus::OutOfRange:
            m_problems.report(record.line, m_header->name(index), textAt(record, index),
                              ImportProblemCode::AmountOutOfRange);
            return false;
        }
        return false;
    }

    bool currencyOk(const CsvRecord &record, int index, const QString &currency)
    {
        if (currency.isEmpty()) {
            m_problems.report(record.line, m_header->name(index), QString(), ImportProblemCode::MissingValue);
            return false;
        }
        if (!Money::isKnownCurrency(currency)) {
            m_problems.report(record.line, m_header->name(index), currency,
                              ImportProblemCode::UnknownCurrency);
            return false;
        }
        return true;
    }

    bool periodOk(const CsvRecord &record, int endIndex, const ImportedRow &row, QStringView endText)
    {
        if (!row.serviceStart.isValid())
            return true;
        const qint64 days = row.serviceStart.daysTo(row.serviceEnd);
        if (days <= 0 || days > CostLine::MaxServiceDays) {
            m_problems.report(record.line, m_header->name(endIndex), endText,
                              ImportProblemCode::InvalidServicePeriod,
                              QString::number(CostLine::MaxServiceDays));
            return false;
        }
        return true;
    }

    void setServiceDays(ImportedRow &row, QDate start, QDate endExclusive)
    {
        row.incurredOn = start;
        if (start.daysTo(endExclusive) == 1) {
            row.serviceStart = QDate();
            row.serviceEnd = QDate();
        } else {
            row.serviceStart = start;
            row.serviceEnd = endExclusive;
        }
    }

    std::optional<ImportedRow> billingRow(const CsvRecord &record)
    {
        const BillingColumns &c = m_columns;
        ImportedRow row;
        row.line = record.line;
        // What rows share (vendor, service, SKU, account, tags, statement, currency) repeats over a
        // million rows: read it once per distinct set of raw fields.
        m_scratch.clear();
        for (const int column : { c.provider, c.serviceCategory, c.serviceName, c.sku, c.account, c.workspace,
                                  c.tags, c.description, c.unit, c.frequency, c.commitment, c.billingPeriod,
                                  c.billingAccount, c.chargeCategory, c.currency }) {
            const std::string_view field = fieldAt(record, column);
            m_scratch.append(field.data(), field.size());
            m_scratch.push_back('\x1F');
        }
        const QByteArray rawKey
            = QByteArray::fromRawData(m_scratch.data(), static_cast<qsizetype>(m_scratch.size()));
        auto cached = m_attributes.constFind(rawKey);
        if (cached == m_attributes.constEnd()) {
            if (m_attributes.size() > 200'000)
                m_attributes.clear();
            SharedAttributes attributes = sharedAttributes(record);
            attributes.id = ++m_lastAttributesId;
            cached = m_attributes.insert(
                QByteArray(m_scratch.data(), static_cast<qsizetype>(m_scratch.size())), attributes);
        }
        const SharedAttributes &shared = *cached;
        row.chargeCategory = shared.chargeCategory;
        if (!m_settings.includeTax
            && row.chargeCategory.compare(QLatin1String("tax"), Qt::CaseInsensitive) == 0) {
            ++m_outcome.rowsExcluded;
            return std::nullopt;
        }
        bool ok = true;
        std::int64_t amount = 0;
        ok = amountStatusOk(parseMachineDecimal(fieldAt(record, c.amount), amount), record, c.amount) && ok;
        if (ok && c.credits >= 0) {
            const std::string_view creditsText = fieldAt(record, c.credits);
            if (!creditsText.empty() && creditsText != "[]") {
                const auto credits = creditsTotal(creditsText);
                if (!credits) {
                    m_problems.report(record.line, m_header->name(c.credits), toQString(creditsText),
                                      ImportProblemCode::InvalidAmount);
                    ok = false;
                } else {
                    amount += *credits;
                }
            }
        }
        row.amountNanos = amount;
        row.currency = shared.currency;
        row.currencyColumn = m_header->name(c.currency);
        ok = currencyOk(record, c.currency, row.currency) && ok;

        const auto start = dateAt(record, c.start, c.dateOrder);
        std::optional<ParsedDateTime> end;
        if (c.end >= 0)
            end = dateAt(record, c.end, c.dateOrder);
        if (!start || (c.end >= 0 && !end))
            return std::nullopt;
        if (end) {
            const ServiceDays days = serviceDaysOf(*start, *end);
            if (!start->isBefore(*end) || days.start.daysTo(days.endExclusive) > CostLine::MaxServiceDays) {
                m_problems.report(record.line, m_header->name(c.end), textAt(record, c.end),
                                  ImportProblemCode::InvalidServicePeriod,
                                  QString::number(CostLine::MaxServiceDays));
                return std::nullopt;
            }
            setServiceDays(row, days.start, days.endExclusive);
        } else {
            row.incurredOn = start->date;
        }
        if (!ok)
            return std::nullopt;

        row.vendor = shared.vendor;
        row.serviceCategory = shared.serviceCategory;
        row.serviceName = shared.serviceName;
        row.sku = shared.sku;
        row.account = shared.account;
        row.workspace = shared.workspace;
        row.tags = shared.tags;
        row.description = shared.description;
        row.unit = shared.unit;
        // Per row, not shared: resources are many, and rows are grouped without them.
        row.resourceId = textAt(record, c.resource);
        if (const std::string_view quantity = fieldAt(record, c.quantity); !quantity.empty())
            row.quantity
                = parseQuantity(quantity); // a negative (refunded) quantity is left out, not an error

        // A one-time purchase for a term (a reservation paid upfront) pays for the whole term.
        if (shared.termMonths > 0
            && row.chargeCategory.compare(QLatin1String("Purchase"), Qt::CaseInsensitive) == 0
            && !row.serviceStart.isValid())
            setServiceDays(row, row.incurredOn, row.incurredOn.addMonths(shared.termMonths));

        // The statement this row belongs to: a later export of the same account and billing
        // period replaces it.
        if (shared.period.isEmpty()) {
            // No billing period in the file: the row's own month is its statement.
            row.slice = shared.slicePrefix + row.incurredOn.toString(QStringLiteral("yyyy-MM"));
        } else {
            row.slice = shared.slice;
            row.sharedAttributesId = shared.id;
        }
        if (m_outcome.provider.isEmpty())
            m_outcome.provider = row.vendor;
        return row;
    }

    struct SharedAttributes
    {
        qint64 id = 0;
        QString vendor;
        QString serviceCategory;
        QString serviceName;
        QString sku;
        QString account;
        QString workspace;
        QString tags;
        QString description;
        QString unit;
        int termMonths = 0; // a one-time purchase's term, from its description
        QString slicePrefix; // "focus|<billing account>|"
        QString period; // "2026-11", or empty: the row's own month
        QString slice; // slicePrefix + period
        QString chargeCategory;
        QString currency;
    };

    SharedAttributes sharedAttributes(const CsvRecord &record)
    {
        const BillingColumns &c = m_columns;
        SharedAttributes shared;
        shared.vendor = truncatedText(c.provider >= 0 ? textAt(record, c.provider) : m_provider,
                                      CostLine::MaxVendorLength);
        shared.serviceCategory = textAt(record, c.serviceCategory);
        shared.serviceName = textAt(record, c.serviceName);
        shared.sku = textAt(record, c.sku);
        shared.account = textAt(record, c.account);
        shared.workspace = textAt(record, c.workspace);
        if (c.tags >= 0)
            shared.tags = normalisedTags(fieldAt(record, c.tags), c.tagsAreKeyValueArray);
        const QString chargeDescription = textAt(record, c.description);
        const QString detail = !shared.sku.isEmpty() && !shared.sku.startsWith(QLatin1Char('{'))
            ? shared.sku
            : chargeDescription;
        shared.description
            = truncatedText(joined(shared.serviceName, detail), CostLine::MaxDescriptionLength);
        shared.unit = truncatedText(textAt(record, c.unit), CostLine::MaxUnitLength);
        if (textAt(record, c.frequency).compare(QLatin1String("One-Time"), Qt::CaseInsensitive) == 0) {
            const int months
                = termMonthsOf(chargeDescription + QLatin1Char(' ') + textAt(record, c.commitment));
            shared.termMonths = months > 0 && months <= 36 ? months : 0;
        }
        shared.period = textAt(record, c.billingPeriod);
        if (const auto periodStart = parseDateTime(fieldAt(record, c.billingPeriod), DateOrder::MonthDayYear))
            shared.period = periodStart->date.toString(QStringLiteral("yyyy-MM"));
        shared.slicePrefix = importFormatKey(m_format) + QLatin1Char('|') + textAt(record, c.billingAccount)
            + QLatin1Char('|');
        shared.slice = shared.slicePrefix + shared.period;
        shared.chargeCategory = textAt(record, c.chargeCategory);
        shared.currency = textAt(record, c.currency).toUpper();
        return shared;
    }

    static std::optional<std::int64_t> creditsTotal(std::string_view text)
    {
        const QJsonDocument document
            = QJsonDocument::fromJson(QByteArray(text.data(), static_cast<qsizetype>(text.size())));
        if (!document.isArray())
            return std::nullopt;
        std::int64_t total = 0;
        for (const QJsonValue &credit : document.array()) {
            const QJsonValue amount = credit[QLatin1String("amount")];
            if (!amount.isDouble())
                return std::nullopt;
            // JSON numbers arrive as doubles: their shortest decimal form is the text written.
            char buffer[64];
            const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, amount.toDouble());
            std::int64_t nanoUnits = 0;
            if (error != std::errc()
                || parseMachineDecimal(std::string_view(buffer, static_cast<std::size_t>(end - buffer)),
                                       nanoUnits)
                    != ValueStatus::Ok)
                return std::nullopt;
            total += nanoUnits;
        }
        return total;
    }

    // --- token usage CSV --------------------------------------------------------------------
    // date, provider, model, input_tokens (not read from the cache), cached_input_tokens,
    // cache_write_tokens, output_tokens, requests, project: the token columns add up.

    bool setUpUsage()
    {
        m_usage.date = m_header->indexOf(QStringLiteral("date"));
        m_usage.provider = m_header->indexOf(QStringLiteral("provider"));
        m_usage.model = m_header->indexOf(QStringLiteral("model"));
        m_usage.requests = m_header->indexOf(QStringLiteral("requests"));
        m_usage.project = m_header->indexOf(QStringLiteral("project"));
        m_usage.tokens
            = { { pricing::Meter::InputToken, m_header->indexOf(QStringLiteral("input_tokens")) },
                { pricing::Meter::CachedInputToken,
                  m_header->indexOf(QStringLiteral("cached_input_tokens")) },
                { pricing::Meter::CacheWriteToken, m_header->indexOf(QStringLiteral("cache_write_tokens")) },
                { pricing::Meter::OutputToken, m_header->indexOf(QStringLiteral("output_tokens")) } };
        const bool anyTokenColumn
            = std::any_of(m_usage.tokens.cbegin(), m_usage.tokens.cend(),
                          [](const auto &meterColumn) { return meterColumn.second >= 0; });
        return require(m_usage.date, "date") && require(m_usage.provider, "provider")
            && require(m_usage.model, "model") && (anyTokenColumn || require(-1, "input_tokens"));
    }

    std::optional<std::int64_t> countAt(const CsvRecord &record, int index)
    {
        const std::string_view text = fieldAt(record, index);
        if (index < 0 || text.empty())
            return 0;
        std::int64_t count = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), count);
        if (error != std::errc() || end != text.data() + text.size() || count < 0
            || count > pricing::MaxQuantity) {
            m_problems.report(record.line, m_header->name(index), toQString(text),
                              ImportProblemCode::InvalidTokenCount);
            return std::nullopt;
        }
        return count;
    }

    QList<ImportedRow> usageRows(const CsvRecord &record)
    {
        const std::optional<ParsedDateTime> date = dateAt(record, m_usage.date, DateOrder::YearMonthDay);
        bool ok = date.has_value();
        QString texts[2];
        const int required[2] = { m_usage.provider, m_usage.model };
        for (int i = 0; i < 2; ++i) {
            texts[i] = textAt(record, required[i]);
            if (texts[i].isEmpty()) {
                m_problems.report(record.line, m_header->name(required[i]), QString(),
                                  ImportProblemCode::MissingValue);
                ok = false;
            }
        }
        QList<std::pair<pricing::Meter, std::int64_t>> tokens;
        for (const auto &[meter, column] : std::as_const(m_usage.tokens)) {
            const std::optional<std::int64_t> count = countAt(record, column);
            ok = count.has_value() && ok;
            if (column >= 0 && count)
                tokens.append({ meter, *count });
        }
        const std::optional<std::int64_t> requests = countAt(record, m_usage.requests);
        ok = requests.has_value() && ok;
        if (!ok)
            return {};
        const QString provider = pricing::catalogName(texts[0]);
        const QString project = textAt(record, m_usage.project);
        QList<ImportedRow> rows = tokenUsageRows(provider, texts[1], tokens, *requests);
        for (ImportedRow &row : rows) {
            row.line = record.line;
            row.incurredOn = date->date;
            row.projectCode = project;
            row.projectColumn = m_header->name(m_usage.project);
            row.serviceName = pricing::providerVendorName(provider);
            // The file is the usage of each provider, project and day it lists: a later file with
            // the same days replaces them.
            row.slice = QStringLiteral("usage-csv|%1|%2|%3")
                            .arg(provider, project.toUpper(), date->date.toString(Qt::ISODate));
        }
        if (m_outcome.provider.isEmpty() && !rows.isEmpty())
            m_outcome.provider = rows.first().vendor;
        return rows;
    }

    // --- generic CSV ------------------------------------------------------------------------

    int mappedColumn(MappedField field) const { return m_mappedColumns.value(field, -1); }

    bool setUpGeneric(const QByteArray &utf8, char delimiter)
    {
        if (!m_settings.mapping) {
            m_problems.report(0, QString(), QString(), ImportProblemCode::UnknownFormat);
            return false;
        }
        const ColumnMapping &mapping = *m_settings.mapping;
        for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            const int index = m_header->indexOf(it.value());
            if (index < 0) {
                m_problems.report(1, it.value(), QString(), ImportProblemCode::MissingColumn);
                return false;
            }
            m_mappedColumns.insert(it.key(), index);
        }
        if (mappedColumn(MappedField::Amount) < 0) {
            m_problems.report(1, QString(), QString(), ImportProblemCode::MissingColumn,
                              mappedFieldKey(MappedField::Amount));
            return false;
        }
        if (mappedColumn(MappedField::Date) < 0 && mappedColumn(MappedField::ServiceStart) < 0) {
            m_problems.report(1, QString(), QString(), ImportProblemCode::MissingColumn,
                              mappedFieldKey(MappedField::Date));
            return false;
        }
        m_provider = mapping.name;
        // Decimal separator and date order: the mapping's, or what the file's values show.
        m_decimalSeparator = mapping.decimalSeparator;
        m_dateOrder = mapping.dateOrder;
        if (m_decimalSeparator == 0 || m_dateOrder == DateOrder::Unknown) {
            const CsvPreview evidence = FormatReader::preview(QString(), utf8, mapping, -1);
            if (m_decimalSeparator == 0)
                m_decimalSeparator
                    = evidence.decimalSeparator ? evidence.decimalSeparator : (delimiter == ';' ? ',' : '.');
            if (m_dateOrder == DateOrder::Unknown) {
                if (evidence.datesAmbiguous) {
                    m_problems.report(0, m_header->name(mappedColumn(MappedField::Date)), QString(),
                                      ImportProblemCode::AmbiguousDates);
                    return false;
                }
                m_dateOrder = evidence.dateOrder;
            }
        }
        return true;
    }

    QString mappedText(const CsvRecord &record, MappedField field) const
    {
        const int column = mappedColumn(field);
        if (column >= 0) {
            const QString text = textAt(record, column);
            if (!text.isEmpty())
                return text;
        }
        return m_settings.mapping->constants.value(field);
    }

    std::optional<ImportedRow> genericRow(const CsvRecord &record)
    {
        ImportedRow row;
        row.line = record.line;
        bool ok = true;
        const int amountColumn = mappedColumn(MappedField::Amount);
        std::int64_t amount = 0;
        ok = amountStatusOk(parseHumanDecimal(fieldAt(record, amountColumn), m_decimalSeparator, amount),
                            record, amountColumn)
            && ok;
        row.amountNanos = amount;

        const int currencyColumn = mappedColumn(MappedField::Currency);
        row.currency = mappedText(record, MappedField::Currency).toUpper();
        row.currencyColumn = m_header->name(currencyColumn);
        ok = currencyOk(record, currencyColumn, row.currency) && ok;

        const int dateColumn = mappedColumn(MappedField::Date);
        const int startColumn = mappedColumn(MappedField::ServiceStart);
        const int endColumn = mappedColumn(MappedField::ServiceEnd);
        std::optional<ParsedDateTime> date;
        if (dateColumn >= 0) {
            date = dateAt(record, dateColumn, m_dateOrder);
            ok = date.has_value() && ok;
        }
        if (startColumn >= 0 && endColumn >= 0 && !fieldAt(record, startColumn).empty()) {
            const auto start = dateAt(record, startColumn, m_dateOrder);
            const auto end = dateAt(record, endColumn, m_dateOrder);
            if (start && end) {
                QDate endExclusive
                    = m_settings.mapping->serviceEndInclusive ? end->date.addDays(1) : end->date;
                row.serviceStart = start->date;
                row.serviceEnd = endExclusive;
                ok = periodOk(record, endColumn, row, textAt(record, endColumn)) && ok;
                if (start->date.daysTo(endExclusive) == 1)
                    row.serviceStart = row.serviceEnd = QDate();
                if (!date)
                    date = start;
            } else {
                ok = false;
            }
        }
        if (!ok || !date)
            return std::nullopt;
        row.incurredOn = date->date;

        auto text = [&](MappedField field, int limit) -> std::optional<QString> {
            const QString value = mappedText(record, field);
            if (value.size() > limit) {
                m_problems.report(record.line, m_header->name(mappedColumn(field)), value,
                                  ImportProblemCode::TextTooLong, QString::number(limit));
                return std::nullopt;
            }
            return value;
        };
        const auto vendor = text(MappedField::Vendor, CostLine::MaxVendorLength);
        const auto description = text(MappedField::Description, CostLine::MaxDescriptionLength);
        const auto unit = text(MappedField::Unit, CostLine::MaxUnitLength);
        const auto reference = text(MappedField::Reference, CostLine::MaxExternalRefLength);
        if (!vendor || !description || !unit || !reference)
            return std::nullopt;
        row.vendor = *vendor;
        row.description = *description;
        row.unit = *unit;
        row.externalRef = *reference;
        const int quantityColumn = mappedColumn(MappedField::Quantity);
        if (const std::string_view quantity = fieldAt(record, quantityColumn); !quantity.empty()) {
            std::int64_t ignored = 0;
            row.quantity = parseQuantity(quantity);
            if (!row.quantity && parseHumanDecimal(quantity, m_decimalSeparator, ignored) == ValueStatus::Ok
                && ignored >= 0)
                row.quantity = static_cast<double>(ignored) / nanos::PerUnit;
            if (!row.quantity) {
                m_problems.report(record.line, m_header->name(quantityColumn), toQString(quantity),
                                  ImportProblemCode::InvalidQuantity);
                return std::nullopt;
            }
        }
        row.projectCode = mappedText(record, MappedField::Project);
        row.projectColumn = m_header->name(mappedColumn(MappedField::Project));
        row.categoryKey = mappedText(record, MappedField::Category);
        row.categoryColumn = m_header->name(mappedColumn(MappedField::Category));
        // A row is itself: its reference when the file has one, else everything it says.
        if (!row.externalRef.isEmpty()) {
            row.rowKey = QStringLiteral("ref|") + row.externalRef;
        } else {
            QString key;
            for (const std::string_view field : record.fields) {
                key += toQString(trimmed(field));
                key += QChar(0x1F);
            }
            row.rowKey = key;
        }
        if (m_outcome.provider.isEmpty())
            m_outcome.provider = m_provider;
        return row;
    }

    const ReaderSettings &m_settings;
    const ProblemSink &m_problems;
    FormatReader::Outcome &m_outcome;
    const std::function<bool(ImportedRow &&)> &m_onRow;
    std::unique_ptr<Header> m_header;
    ImportFormat m_format = ImportFormat::Csv;
    BillingColumns m_columns;
    struct UsageColumns
    {
        int date = -1;
        int provider = -1;
        int model = -1;
        int requests = -1;
        int project = -1;
        QList<std::pair<pricing::Meter, int>> tokens; // meter → column (-1: absent)
    } m_usage;
    QString m_provider;
    QHash<MappedField, int> m_mappedColumns;
    QHash<QByteArray, SharedAttributes> m_attributes;
    std::string m_scratch;
    qint64 m_lastAttributesId = 0;
    char m_decimalSeparator = '.';
    DateOrder m_dateOrder = DateOrder::YearMonthDay;
};

// --- JSON: the providers' cost APIs -------------------------------------------------------------

qint64 lineOfOffset(const QByteArray &utf8, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    return 1 + std::count(utf8.constBegin(), utf8.constBegin() + offset, '\n');
}

class JsonFormatReader
{
public:
    JsonFormatReader(const ProblemSink &problems, FormatReader::Outcome &outcome,
                     const std::function<bool(ImportedRow &&)> &onRow)
        : m_problems(problems)
        , m_outcome(outcome)
        , m_onRow(onRow)
    { }

    static ImportFormat detect(const QJsonDocument &document)
    {
        if (!document.isObject())
            return ImportFormat::Auto;
        const QJsonArray data = document.object().value(QLatin1String("data")).toArray();
        const QJsonObject first = data.isEmpty() ? QJsonObject() : data.first().toObject();
        // A cost report and a usage report have the same buckets: their results tell them apart.
        QJsonObject firstResult;
        for (const auto &bucket : data) {
            const QJsonArray results = bucket.toObject().value(QLatin1String("results")).toArray();
            if (!results.isEmpty()) {
                firstResult = results.first().toObject();
                break;
            }
        }
        if (document.object().value(QLatin1String("object")).toString() == QLatin1String("page")
            || first.contains(QLatin1String("start_time")))
            return firstResult.contains(QLatin1String("input_tokens"))
                    || firstResult.value(QLatin1String("object"))
                           .toString()
                           .startsWith(QLatin1String("organization.usage."))
                ? ImportFormat::OpenAiUsage
                : ImportFormat::OpenAi;
        if (first.contains(QLatin1String("starting_at")))
            return firstResult.contains(QLatin1String("uncached_input_tokens"))
                    || firstResult.contains(QLatin1String("output_tokens"))
                ? ImportFormat::AnthropicUsage
                : ImportFormat::Anthropic;
        return ImportFormat::Auto;
    }

    bool read(const QJsonDocument &document, ImportFormat format)
    {
        const QJsonArray buckets = document.object().value(QLatin1String("data")).toArray();
        for (qsizetype b = 0; b < buckets.size(); ++b) {
            const QJsonObject bucket = buckets.at(b).toObject();
            const QString bucketPath = QStringLiteral("data[%1]").arg(b);
            const bool openAi = format == ImportFormat::OpenAi || format == ImportFormat::OpenAiUsage;
            std::optional<ServiceDays> days
                = openAi ? openAiDays(bucket, bucketPath) : anthropicDays(bucket, bucketPath);
            const QJsonArray results = bucket.value(QLatin1String("results")).toArray();
            for (qsizetype r = 0; r < results.size(); ++r) {
                if (!days) {
                    ++m_outcome.rowsRead;
                    continue;
                }
                const QString path = bucketPath + QStringLiteral(".results[%1]").arg(r);
                QList<ImportedRow> rows;
                const QJsonObject result = results.at(r).toObject();
                switch (format) {
                case ImportFormat::OpenAi:
                    if (std::optional<ImportedRow> row = openAiRow(result, path))
                        rows << std::move(*row);
                    break;
                case ImportFormat::Anthropic:
                    if (std::optional<ImportedRow> row = anthropicRow(result, path))
                        rows << std::move(*row);
                    break;
                case ImportFormat::OpenAiUsage:
                    rows = openAiUsageRows(result, path);
                    break;
                default:
                    rows = anthropicUsageRows(result, path);
                    break;
                }
                // A usage result is a row per meter it counts tokens on.
                m_outcome.rowsRead += std::max<qsizetype>(1, rows.size());
                for (ImportedRow &row : rows) {
                    row.location = path;
                    row.incurredOn = days->start;
                    if (days->start.daysTo(days->endExclusive) > 1) {
                        row.serviceStart = days->start;
                        row.serviceEnd = days->endExclusive;
                    }
                    // The bucket is the provider's statement for its period: importing it again
                    // replaces it.
                    row.slice = importFormatKey(format) + QLatin1Char('|') + days->start.toString(Qt::ISODate)
                        + QLatin1Char('|') + days->endExclusive.toString(Qt::ISODate);
                    if (!m_onRow(std::move(row)))
                        return false;
                }
            }
        }
        return true;
    }

private:
    std::optional<ServiceDays> openAiDays(const QJsonObject &bucket, const QString &path)
    {
        const QJsonValue start = bucket.value(QLatin1String("start_time"));
        const QJsonValue end = bucket.value(QLatin1String("end_time"));
        const auto toDay = [](const QJsonValue &value) -> std::optional<ParsedDateTime> {
            if (!value.isDouble())
                return std::nullopt;
            const double seconds = value.toDouble();
            if (!(seconds >= 946684800.0 && seconds < 4133980800.0) || std::floor(seconds) != seconds)
                return std::nullopt;
            const QDateTime instant = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
            return ParsedDateTime { instant.date(), instant.time() == QTime(0, 0),
                                    instant.time().msecsSinceStartOfDay() / 1000 };
        };
        const auto startDay = toDay(start);
        if (!startDay) {
            report(path + QStringLiteral(".start_time"), start, ImportProblemCode::InvalidDate);
            return std::nullopt;
        }
        const auto endDay = toDay(end);
        if (!endDay) {
            report(path + QStringLiteral(".end_time"), end, ImportProblemCode::InvalidDate);
            return std::nullopt;
        }
        return checkedDays(*startDay, *endDay, path + QStringLiteral(".end_time"), end);
    }

    std::optional<ServiceDays> anthropicDays(const QJsonObject &bucket, const QString &path)
    {
        const auto day = [&](const char *key) -> std::optional<ParsedDateTime> {
            const QJsonValue value = bucket.value(QLatin1String(key));
            const QByteArray text = value.toString().toUtf8();
            const auto parsed
                = parseDateTime(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                                DateOrder::YearMonthDay);
            if (!parsed)
                report(path + QLatin1Char('.') + QLatin1String(key), value,
                       value.isNull() || value.isUndefined() ? ImportProblemCode::MissingValue
                                                             : ImportProblemCode::InvalidDate);
            return parsed;
        };
        const auto start = day("starting_at");
        if (!start)
            return std::nullopt;
        const auto end = day("ending_at");
        if (!end)
            return std::nullopt;
        return checkedDays(*start, *end, path + QStringLiteral(".ending_at"),
                           bucket.value(QLatin1String("ending_at")));
    }

    std::optional<ServiceDays> checkedDays(const ParsedDateTime &start, const ParsedDateTime &end,
                                           const QString &endPath, const QJsonValue &endValue)
    {
        const ServiceDays days = serviceDaysOf(start, end);
        if (!start.isBefore(end) || days.start.daysTo(days.endExclusive) > CostLine::MaxServiceDays) {
            report(endPath, endValue, ImportProblemCode::InvalidServicePeriod,
                   QString::number(CostLine::MaxServiceDays));
            return std::nullopt;
        }
        return days;
    }

    void report(const QString &path, const QJsonValue &value, ImportProblemCode code,
                const QString &expected = {})
    {
        const QString text = value.isString()
            ? value.toString()
            : QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1);
        m_problems.report(0, path, text, code, expected);
    }

    bool amountOk(const QJsonValue &value, const QString &path, std::int64_t &nanoUnits, bool inCents)
    {
        if (value.isNull() || value.isUndefined()) {
            report(path, value, ImportProblemCode::MissingValue);
            return false;
        }
        const auto text = jsonDecimalText(value);
        const ValueStatus status = text ? parseMachineDecimal(*text, nanoUnits) : ValueStatus::Invalid;
        if (status == ValueStatus::Ok) {
            if (inCents)
                nanoUnits
                    = static_cast<std::int64_t>(divideRounded(nanoUnits, 100)); // nano-cents to nano-units
            return true;
        }
        report(path, value,
               status == ValueStatus::OutOfRange  ? ImportProblemCode::AmountOutOfRange
                   : status == ValueStatus::Empty ? ImportProblemCode::MissingValue
                                                  : ImportProblemCode::InvalidAmount);
        return false;
    }

    bool currencyOk(const QString &currency, const QString &path, const QJsonValue &value)
    {
        if (currency.isEmpty()) {
            report(path, value, ImportProblemCode::MissingValue);
            return false;
        }
        if (!Money::isKnownCurrency(currency)) {
            report(path, value, ImportProblemCode::UnknownCurrency);
            return false;
        }
        return true;
    }

    std::optional<ImportedRow> openAiRow(const QJsonObject &result, const QString &path)
    {
        ImportedRow row;
        const QJsonObject amount = result.value(QLatin1String("amount")).toObject();
        bool ok = amountOk(amount.value(QLatin1String("value")), path + QStringLiteral(".amount.value"),
                           row.amountNanos, false);
        row.currency = amount.value(QLatin1String("currency")).toString().toUpper();
        row.currencyColumn = path + QStringLiteral(".amount.currency");
        ok = currencyOk(row.currency, row.currencyColumn, amount.value(QLatin1String("currency"))) && ok;
        if (!ok)
            return std::nullopt;
        const QString lineItem = result.value(QLatin1String("line_item")).toString();
        row.vendor = pricing::providerVendorName(QStringLiteral("openai"));
        row.serviceCategory = QStringLiteral("AI and Machine Learning");
        row.serviceName = QStringLiteral("OpenAI API");
        row.sku = lineItem;
        row.workspace = result.value(QLatin1String("project_id")).toString();
        row.description = truncatedText(lineItem.isEmpty() ? QStringLiteral("OpenAI API") : lineItem,
                                        CostLine::MaxDescriptionLength);
        if (m_outcome.provider.isEmpty())
            m_outcome.provider = row.vendor;
        return row;
    }

    std::optional<ImportedRow> anthropicRow(const QJsonObject &result, const QString &path)
    {
        ImportedRow row;
        // The cost report gives amounts in cents, as decimal strings.
        bool ok = amountOk(result.value(QLatin1String("amount")), path + QStringLiteral(".amount"),
                           row.amountNanos, true);
        row.currency = result.value(QLatin1String("currency")).toString().toUpper();
        row.currencyColumn = path + QStringLiteral(".currency");
        ok = currencyOk(row.currency, row.currencyColumn, result.value(QLatin1String("currency"))) && ok;
        if (!ok)
            return std::nullopt;
        const QString model = result.value(QLatin1String("model")).toString();
        const QString tokenType = result.value(QLatin1String("token_type")).toString();
        const QString costType = result.value(QLatin1String("cost_type")).toString();
        row.vendor = pricing::providerVendorName(QStringLiteral("anthropic"));
        row.serviceCategory = QStringLiteral("AI and Machine Learning");
        row.serviceName = QStringLiteral("Claude API");
        row.sku = joined(model, tokenType.isEmpty() ? costType : tokenType);
        row.chargeCategory = costType;
        row.workspace = result.value(QLatin1String("workspace_id")).toString();
        const QString description = result.value(QLatin1String("description")).toString();
        row.description = truncatedText(description.isEmpty() ? joined(QStringLiteral("Claude API"), row.sku)
                                                              : description,
                                        CostLine::MaxDescriptionLength);
        if (m_outcome.provider.isEmpty())
            m_outcome.provider = row.vendor;
        return row;
    }

    // A count of tokens or requests: absent is none; otherwise a whole number from 0 to
    // pricing::MaxQuantity.
    std::optional<std::int64_t> tokenCount(const QJsonObject &object, const char *key, const QString &path)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return 0;
        const double count = value.toDouble(-1);
        if (!value.isDouble() || !(count >= 0) || count > double(pricing::MaxQuantity)
            || std::floor(count) != count) {
            report(path + QLatin1Char('.') + QLatin1String(key), value, ImportProblemCode::InvalidTokenCount);
            return std::nullopt;
        }
        return static_cast<std::int64_t>(count);
    }

    std::optional<QString> usageModel(const QJsonObject &result, const QString &path)
    {
        const QString model = result.value(QLatin1String("model")).toString().trimmed();
        if (model.isEmpty()) {
            // Reports grouped without the model cannot be priced.
            report(path + QStringLiteral(".model"), result.value(QLatin1String("model")),
                   ImportProblemCode::MissingValue);
            return std::nullopt;
        }
        return model;
    }

    QList<ImportedRow> openAiUsageRows(const QJsonObject &result, const QString &path)
    {
        const std::optional<QString> model = usageModel(result, path);
        const auto input = tokenCount(result, "input_tokens", path);
        const auto cached = tokenCount(result, "input_cached_tokens", path);
        const auto output = tokenCount(result, "output_tokens", path);
        const auto requests = tokenCount(result, "num_model_requests", path);
        if (!model || !input || !cached || !output || !requests)
            return {};
        // OpenAI's input tokens include the cached ones.
        if (*cached > *input) {
            m_problems.report(0, path + QStringLiteral(".input_cached_tokens"), QString::number(*cached),
                              ImportProblemCode::CachedTokensExceedInput, QString::number(*input));
            return {};
        }
        return usageRows(QStringLiteral("openai"), *model,
                         result.value(QLatin1String("project_id")).toString(),
                         { { pricing::Meter::InputToken, *input - *cached },
                           { pricing::Meter::CachedInputToken, *cached },
                           { pricing::Meter::OutputToken, *output } },
                         *requests, QStringLiteral("OpenAI API"));
    }

    QList<ImportedRow> anthropicUsageRows(const QJsonObject &result, const QString &path)
    {
        const std::optional<QString> model = usageModel(result, path);
        const auto uncached = tokenCount(result, "uncached_input_tokens", path);
        const auto cacheRead = tokenCount(result, "cache_read_input_tokens", path);
        const auto output = tokenCount(result, "output_tokens", path);
        // Cache writes by lifetime; older reports give one figure.
        const QJsonObject creation = result.value(QLatin1String("cache_creation")).toObject();
        const QString creationPath = path + QStringLiteral(".cache_creation");
        const auto fiveMinutes = tokenCount(creation, "ephemeral_5m_input_tokens", creationPath);
        const auto oneHour = tokenCount(creation, "ephemeral_1h_input_tokens", creationPath);
        const auto flat = tokenCount(result, "cache_creation_input_tokens", path);
        if (!model || !uncached || !cacheRead || !output || !fiveMinutes || !oneHour || !flat)
            return {};
        // Anthropic's input tokens are only the uncached ones: the three add up.
        return usageRows(QStringLiteral("anthropic"), *model,
                         result.value(QLatin1String("workspace_id")).toString(),
                         { { pricing::Meter::InputToken, *uncached },
                           { pricing::Meter::CachedInputToken, *cacheRead },
                           { pricing::Meter::CacheWriteToken, *fiveMinutes + *oneHour + *flat },
                           { pricing::Meter::OutputToken, *output } },
                         0, QStringLiteral("Claude API"));
    }

    QList<ImportedRow> usageRows(const QString &provider, const QString &model, const QString &workspace,
                                 const QList<std::pair<pricing::Meter, std::int64_t>> &tokens,
                                 std::int64_t requests, const QString &serviceName)
    {
        QList<ImportedRow> rows = tokenUsageRows(provider, model, tokens, requests);
        for (ImportedRow &row : rows) {
            row.workspace = workspace;
            row.serviceName = serviceName;
        }
        if (m_outcome.provider.isEmpty())
            m_outcome.provider = pricing::providerVendorName(provider);
        return rows;
    }

    const ProblemSink &m_problems;
    FormatReader::Outcome &m_outcome;
    const std::function<bool(ImportedRow &&)> &m_onRow;
};

bool looksLikeJson(const QByteArray &utf8)
{
    for (const char c : utf8) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

} // namespace

QString importFormatKey(ImportFormat format)
{
    return formatKeys.keyOf(format);
}

std::optional<ImportFormat> importFormatFromKey(QStringView key)
{
    return formatKeys.valueOf(key);
}

QList<ImportFormat> concreteImportFormats()
{
    return { ImportFormat::Csv,       ImportFormat::Focus,       ImportFormat::OpenAi,
             ImportFormat::Anthropic, ImportFormat::Azure,       ImportFormat::AwsCur,
             ImportFormat::Gcp,       ImportFormat::OpenAiUsage, ImportFormat::AnthropicUsage,
             ImportFormat::UsageCsv };
}

bool isUsageFormat(ImportFormat format)
{
    return format == ImportFormat::OpenAiUsage || format == ImportFormat::AnthropicUsage
        || format == ImportFormat::UsageCsv;
}

ReimportPolicy reimportPolicyOf(ImportFormat format)
{
    return format == ImportFormat::Csv ? ReimportPolicy::SkipDuplicateRows : ReimportPolicy::ReplaceSlices;
}

QString mappedFieldKey(MappedField field)
{
    return fieldKeys.keyOf(field);
}

std::optional<MappedField> mappedFieldFromKey(QStringView key)
{
    return fieldKeys.valueOf(key);
}

QList<MappedField> allMappedFields()
{
    return fieldKeys.values();
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject columnsJson;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        columnsJson.insert(mappedFieldKey(it.key()), it.value());
    QJsonObject constantsJson;
    for (auto it = constants.cbegin(); it != constants.cend(); ++it)
        constantsJson.insert(mappedFieldKey(it.key()), it.value());
    QJsonObject json;
    json.insert(QLatin1String("delimiter"), delimiter ? QString(QLatin1Char(delimiter)) : QString());
    json.insert(QLatin1String("decimal_separator"),
                decimalSeparator ? QString(QLatin1Char(decimalSeparator)) : QString());
    json.insert(QLatin1String("date_order"), dateOrderKeys.keyOf(dateOrder));
    json.insert(QLatin1String("service_end_inclusive"), serviceEndInclusive);
    json.insert(QLatin1String("columns"), columnsJson);
    json.insert(QLatin1String("constants"), constantsJson);
    return json;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &json)
{
    ColumnMapping mapping;
    const QString delimiter = json.value(QLatin1String("delimiter")).toString();
    mapping.delimiter
        = delimiter == QLatin1String("\\t") ? '\t' : (delimiter.size() == 1 ? delimiter.at(0).toLatin1() : 0);
    const QString decimal = json.value(QLatin1String("decimal_separator")).toString();
    mapping.decimalSeparator
        = decimal == QLatin1String(",") ? ',' : (decimal == QLatin1String(".") ? '.' : 0);
    mapping.dateOrder = dateOrderKeys.valueOf(json.value(QLatin1String("date_order")).toString())
                            .value_or(DateOrder::Unknown);
    mapping.serviceEndInclusive = json.value(QLatin1String("service_end_inclusive")).toBool(true);
    const QJsonObject columnsJson = json.value(QLatin1String("columns")).toObject();
    for (auto it = columnsJson.begin(); it != columnsJson.end(); ++it) {
        if (const auto field = mappedFieldFromKey(it.key()); field && !it.value().toString().isEmpty())
            mapping.columns.insert(*field, it.value().toString());
    }
    const QJsonObject constantsJson = json.value(QLatin1String("constants")).toObject();
    for (auto it = constantsJson.begin(); it != constantsJson.end(); ++it) {
        if (const auto field = mappedFieldFromKey(it.key()); field && !it.value().toString().isEmpty())
            mapping.constants.insert(*field, it.value().toString());
    }
    return mapping;
}

FormatReader::Outcome FormatReader::read(const QString &fileName, const QByteArray &bytes,
                                         const ReaderSettings &settings,
                                         const std::function<void(ImportFormat)> &onFormat,
                                         const std::function<bool(ImportedRow &&)> &onRow,
                                         const std::function<void(ImportProblem &&)> &onProblem)
{
    Outcome outcome;
    const ProblemSink problems(fileName, onProblem);
    DecodedText text = DecodedText::decode(bytes);
    outcome.encoding = text.encoding;
    if (text.problem) {
        problems.report(text.problemLine, QString(), QString(), *text.problem);
        outcome.fileProblem = true;
        return outcome;
    }

    const bool jsonFormat = settings.format == ImportFormat::OpenAi
        || settings.format == ImportFormat::Anthropic || settings.format == ImportFormat::OpenAiUsage
        || settings.format == ImportFormat::AnthropicUsage;
    if (jsonFormat || (settings.format == ImportFormat::Auto && looksLikeJson(text.utf8))) {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(text.utf8, &error);
        if (error.error != QJsonParseError::NoError) {
            problems.report(lineOfOffset(text.utf8, error.offset), QString(), QString(),
                            ImportProblemCode::InvalidJson, error.errorString());
            outcome.fileProblem = true;
            return outcome;
        }
        const ImportFormat detected = JsonFormatReader::detect(document);
        const ImportFormat format = settings.format == ImportFormat::Auto ? detected : settings.format;
        if (format == ImportFormat::Auto || !document.isObject()) {
            problems.report(0, QString(), QString(), ImportProblemCode::UnknownFormat);
            outcome.fileProblem = true;
            return outcome;
        }
        outcome.format = format;
        onFormat(format);
        JsonFormatReader reader(problems, outcome, onRow);
        outcome.stopped = !reader.read(document, format);
        return outcome;
    }

    const char delimiter = settings.mapping && settings.mapping->delimiter
        ? settings.mapping->delimiter
        : CsvReader::detectDelimiter(
            std::string_view(text.utf8.constData(),
                             static_cast<std::size_t>(std::min<qsizetype>(text.utf8.size(), 64 * 1024))));
    std::optional<CsvFormatReader> reader;
    bool headerRead = false;
    QStringList headerNames;
    outcome.stopped = !CsvReader::read(
        text.utf8, delimiter,
        [&](const CsvRecord &record) {
            if (!headerRead) {
                headerRead = true;
                if (record.fields.size() > static_cast<std::size_t>(CsvLimits::MaxColumns)) {
                    problems.report(record.line, QString(), QString::number(record.fields.size()),
                                    ImportProblemCode::TooManyColumns,
                                    QString::number(CsvLimits::MaxColumns));
                    outcome.fileProblem = true;
                    return false;
                }
                const Header header(record);
                headerNames = header.names();
                ImportFormat format = settings.format;
                if (format == ImportFormat::Auto)
                    format = detectCsvFormat(header);
                outcome.format = format;
                reader.emplace(settings, problems, outcome, onRow);
                if (!reader->setUp(header, format, text.utf8, delimiter)) {
                    outcome.fileProblem = true;
                    return false;
                }
                onFormat(format);
                return true;
            }
            return reader->row(record);
        },
        [&](qint64 line, int fieldIndex, ImportProblemCode code) {
            if (reader)
                ++outcome.rowsRead;
            problems.report(line, headerNames.value(fieldIndex), QString(), code);
        });
    if (outcome.fileProblem)
        outcome.stopped = false;
    return outcome;
}

CsvPreview FormatReader::preview(const QString &fileName, const QByteArray &bytes,
                                 const std::optional<ColumnMapping> &mapping, int rowCount)
{
    CsvPreview preview;
    DecodedText text = DecodedText::decode(bytes);
    preview.encoding = text.encoding;
    if (text.problem) {
        preview.problem
            = ImportProblem { fileName, text.problemLine, QString(), QString(), *text.problem, QString() };
        return preview;
    }
    if (looksLikeJson(text.utf8)) {
        preview.detectedFormat = JsonFormatReader::detect(QJsonDocument::fromJson(text.utf8));
        return preview;
    }
    preview.delimiter = mapping && mapping->delimiter
        ? mapping->delimiter
        : CsvReader::detectDelimiter(
            std::string_view(text.utf8.constData(),
                             static_cast<std::size_t>(std::min<qsizetype>(text.utf8.size(), 64 * 1024))));
    int amountColumn = -1;
    int dateColumn = -1;
    bool dayFirst = true;
    bool monthFirst = true;
    bool slashed = false;
    int commaVotes = 0;
    int pointVotes = 0;
    CsvReader::read(
        text.utf8, preview.delimiter,
        [&](const CsvRecord &record) {
            QStringList fields;
            if (preview.header.isEmpty() || rowCount >= 0) {
                for (const std::string_view field : record.fields)
                    fields << toQString(trimmed(field));
            }
            if (preview.header.isEmpty()) {
                preview.header = fields;
                preview.detectedFormat = detectCsvFormat(Header(record));
                const ColumnMapping columns = mapping ? *mapping : guessMapping(fields);
                amountColumn = preview.header.indexOf(columns.columns.value(MappedField::Amount));
                dateColumn = preview.header.indexOf(columns.columns.value(MappedField::Date));
                return true;
            }
            if (rowCount >= 0 && preview.rows.size() < rowCount)
                preview.rows << fields;
            if (const std::string_view amount = fieldAt(record, amountColumn); !amount.empty()) {
                const char separator = decimalSeparatorOf(amount);
                commaVotes += separator == ',';
                pointVotes += separator == '.';
            }
            if (const std::string_view date = fieldAt(record, dateColumn); !date.empty()) {
                const DateOrderEvidence evidence = dateOrderEvidence(date);
                if (evidence.isSlashed) {
                    slashed = true;
                    dayFirst = dayFirst && evidence.dayFirstPossible;
                    monthFirst = monthFirst && evidence.monthFirstPossible;
                }
            }
            // The mapping dialog needs a screenful; a decision on dates may need every row.
            return rowCount < 0 || preview.rows.size() < rowCount || (slashed && dayFirst && monthFirst);
        },
        [](qint64, int, ImportProblemCode) {});
    preview.decimalSeparator = commaVotes > pointVotes ? ',' : (pointVotes > 0 ? '.' : 0);
    if (!slashed)
        preview.dateOrder = DateOrder::YearMonthDay;
    else if (dayFirst && !monthFirst)
        preview.dateOrder = DateOrder::DayMonthYear;
    else if (monthFirst && !dayFirst)
        preview.dateOrder = DateOrder::MonthDayYear;
    else if (dayFirst && monthFirst)
        preview.datesAmbiguous = true;
    else
        preview.dateOrder = DateOrder::DayMonthYear; // no order reads every date: let the rows say which
    return preview;
}

ColumnMapping FormatReader::guessMapping(const QStringList &header)
{
    // Header words in English and French, lower case without accents.
    static const QList<std::pair<MappedField, QStringList>> synonyms = {
        { MappedField::Date,
          { QStringLiteral("date"), QStringLiteral("invoice date"), QStringLiteral("date facture"),
            QStringLiteral("date de facture") } },
        { MappedField::ServiceStart,
          { QStringLiteral("service start"), QStringLiteral("period start"), QStringLiteral("debut"),
            QStringLiteral("debut de periode") } },
        { MappedField::ServiceEnd,
          { QStringLiteral("service end"), QStringLiteral("period end"), QStringLiteral("fin"),
            QStringLiteral("fin de periode") } },
        { MappedField::Amount,
          { QStringLiteral("amount"), QStringLiteral("montant"), QStringLiteral("cost"),
            QStringLiteral("cout"), QStringLiteral("total"), QStringLiteral("montant ht") } },
        { MappedField::Currency,
          { QStringLiteral("currency"), QStringLiteral("devise"), QStringLiteral("monnaie") } },
        { MappedField::Project,
          { QStringLiteral("project"), QStringLiteral("projet"), QStringLiteral("project code"),
            QStringLiteral("code projet") } },
        { MappedField::Category,
          { QStringLiteral("category"), QStringLiteral("categorie"), QStringLiteral("nature") } },
        { MappedField::Vendor,
          { QStringLiteral("vendor"), QStringLiteral("supplier"), QStringLiteral("fournisseur"),
            QStringLiteral("provider"), QStringLiteral("prestataire") } },
        { MappedField::Description,
          { QStringLiteral("description"), QStringLiteral("libelle"), QStringLiteral("label"),
            QStringLiteral("memo") } },
        { MappedField::Quantity,
          { QStringLiteral("quantity"), QStringLiteral("quantite"), QStringLiteral("qty") } },
        { MappedField::Unit, { QStringLiteral("unit"), QStringLiteral("unite") } },
        { MappedField::Reference,
          { QStringLiteral("reference"), QStringLiteral("ref"), QStringLiteral("invoice"),
            QStringLiteral("facture"), QStringLiteral("id"), QStringLiteral("numero") } },
    };
    const auto plain = [](const QString &text) {
        QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
        decomposed.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
        return decomposed.simplified();
    };
    ColumnMapping mapping;
    for (const auto &[field, words] : synonyms) {
        for (const QString &column : header) {
            if (words.contains(plain(column)) && !mapping.columns.values().contains(column)) {
                mapping.columns.insert(field, column);
                break;
            }
        }
    }
    return mapping;
}

} // namespace costboard
