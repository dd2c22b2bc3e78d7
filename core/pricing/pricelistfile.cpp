// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing/pricelistfile.h"

#include <algorithm>
#include <map>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include "domain/money.h"
#include "import/importvalues.h"

namespace costboard::pricing {
namespace {

const QLatin1String CostBoardFormatName("costboard-prices");

// Where things start in the file, for messages that name a line: QJsonDocument keeps no
// positions. One pass over the text, outside strings: the line of each member of the root object
// (LiteLLM's models) and of each object two levels down (CostBoard's entries, in order).
struct FileLines
{
    QHash<QString, int> rootMembers;
    QList<int> entryObjects;

    static FileLines of(const QByteArray &bytes)
    {
        FileLines lines;
        int line = 1;
        int depth = 0;
        bool inString = false;
        bool escaped = false;
        QByteArray text;
        int textLine = 1;
        for (const char c : bytes) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                    text += c;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                } else {
                    text += c;
                }
            } else if (c == '"') {
                inString = true;
                text.clear();
                textLine = line;
            } else if (c == ':' && depth == 1) {
                lines.rootMembers.insert(QString::fromUtf8(text), textLine);
            } else if (c == '{' || c == '[') {
                if (c == '{' && depth == 2)
                    lines.entryObjects << line;
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            }
            if (c == '\n')
                ++line;
        }
        return lines;
    }
};

int lineAtOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// A JSON value that should be a decimal: a string as written, or a number as the file wrote it.
QString decimalText(const QJsonValue &value)
{
    const auto text = jsonDecimalText(value);
    return text ? QString::fromStdString(*text) : QString();
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

struct EntryContext
{
    QString fileName;
    int line;
    QString entry;

    [[noreturn]] void fail(ErrorCode code, const QStringList &more) const
    {
        QStringList arguments { fileName, QString::number(line), entry };
        arguments += more;
        throw PriceListError(code, arguments);
    }
};

QString requiredText(const QJsonObject &object, const QString &field, const EntryContext &context)
{
    QString text = object.value(field).toString().trimmed();
    if (text.isEmpty())
        context.fail(ErrorCode::PriceListFieldMissing, { field });
    return text;
}

std::int64_t readPrice(const QJsonValue &value, const QString &field, bool perMillion,
                       const EntryContext &context)
{
    const QString text = decimalText(value);
    const auto micros = perMillion ? parsePricePerMillion(text) : parsePricePerUnit(text);
    if (!micros)
        context.fail(ErrorCode::PriceListPriceInvalid, { field, jsonText(value) });
    return *micros;
}

PriceListContents readCostBoardList(const QJsonObject &root, const QByteArray &bytes, const QString &fileName,
                                    PriceOrigin origin)
{
    const FileLines lines = FileLines::of(bytes);
    PriceListContents contents;
    contents.format = PriceListFormat::CostBoard;
    const QJsonArray prices = root.value(QLatin1String("prices")).toArray();
    for (qsizetype i = 0; i < prices.size(); ++i) {
        const QJsonObject object = prices.at(i).toObject();
        EntryContext context { fileName, i < lines.entryObjects.size() ? lines.entryObjects.at(i) : 1,
                               QString::number(i + 1) };
        PriceEntry base;
        base.origin = origin;
        base.provider = catalogName(requiredText(object, QStringLiteral("provider"), context));
        base.model = catalogName(requiredText(object, QStringLiteral("model"), context));
        context.entry = base.provider + u'/' + base.model;
        base.currency = requiredText(object, QStringLiteral("currency"), context).toUpper();
        if (!Money::isKnownCurrency(base.currency))
            context.fail(ErrorCode::PriceListCurrencyInvalid, { base.currency });
        const QString dateText = requiredText(object, QStringLiteral("effective_from"), context);
        base.effectiveFrom = QDate::fromString(dateText, Qt::ISODate);
        if (!base.effectiveFrom.isValid())
            context.fail(ErrorCode::PriceListDateInvalid, { QStringLiteral("effective_from"), dateText });
        base.source = requiredText(object, QStringLiteral("source"), context);

        bool anyPrice = false;
        for (const auto &[group, perMillion] : { std::pair { QStringLiteral("per_million_tokens"), true },
                                                 std::pair { QStringLiteral("per_unit"), false } }) {
            const QJsonObject meters = object.value(group).toObject();
            for (auto it = meters.begin(); it != meters.end(); ++it) {
                const auto meter = meterFromKey(it.key());
                if (!meter || (meterDisplayUnits(*meter) == 1'000'000) != perMillion) {
                    QStringList keys;
                    for (const Meter known : allMeters()) {
                        if ((meterDisplayUnits(known) == 1'000'000) == perMillion)
                            keys << meterKey(known);
                    }
                    context.fail(ErrorCode::PriceListMeterUnknown,
                                 { group + u'.' + it.key(), keys.join(QStringLiteral(", ")) });
                }
                PriceEntry entry = base;
                entry.meter = *meter;
                // Micro-units per million units are pico-units per unit: a price per unit
                // ("2.73" an hour) is read at that scale, a price per million tokens at micro.
                entry.microsPerMillion = readPrice(it.value(), group + u'.' + it.key(), perMillion, context);
                contents.entries << entry;
                anyPrice = true;
            }
        }
        if (!anyPrice)
            contents.modelsWithoutPrice << context.entry;
    }
    return contents;
}

// LiteLLM's fields, per single token or unit, and the meter each prices. Per second of audio is
// read as per minute (×60).
struct LiteLlmField
{
    const char *name;
    Meter meter;
    int unitsPerMeterUnit;
};

constexpr LiteLlmField liteLlmFields[] = {
    { "input_cost_per_token", Meter::InputToken, 1 },
    { "cache_read_input_token_cost", Meter::CachedInputToken, 1 },
    { "cache_creation_input_token_cost", Meter::CacheWriteToken, 1 },
    { "output_cost_per_token", Meter::OutputToken, 1 },
    { "output_cost_per_image", Meter::Image, 1 },
    { "input_cost_per_second", Meter::AudioMinute, 60 },
};

PriceListContents readLiteLlmMap(const QJsonObject &root, const QByteArray &bytes, const QString &fileName,
                                 PriceOrigin origin, const QDate &effectiveFrom)
{
    const FileLines lines = FileLines::of(bytes);
    PriceListContents contents;
    contents.format = PriceListFormat::LiteLlm;
    const QString source = QStringLiteral("LiteLLM %1, %2")
                               .arg(QFileInfo(fileName).fileName(), effectiveFrom.toString(Qt::ISODate));
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("sample_spec") || !it.value().isObject())
            continue;
        const QJsonObject object = it.value().toObject();
        const EntryContext context { fileName, lines.rootMembers.value(it.key(), 1), it.key() };
        QString provider = catalogName(object.value(QLatin1String("litellm_provider")).toString());
        // "azure/gpt-4o", "gemini/gemini-1.5-flash": the provider's own name for the model is
        // what its usage reports write; the prefix is LiteLLM's name for the provider.
        QString model = catalogName(it.key());
        if (model.startsWith(provider + u'/'))
            model = model.mid(provider.size() + 1);
        // LiteLLM names Google's Gemini API "gemini"; the catalog names providers by company.
        if (provider == QLatin1String("gemini"))
            provider = QStringLiteral("google");
        const bool anyPriceField = std::any_of(
            std::begin(liteLlmFields), std::end(liteLlmFields),
            [&object](const LiteLlmField &field) { return object.contains(QLatin1String(field.name)); });
        if (!anyPriceField) {
            contents.modelsWithoutPrice << it.key();
            continue;
        }
        // A price without its provider cannot be looked up: the file is wrong, not the model.
        if (provider.isEmpty())
            context.fail(ErrorCode::PriceListFieldMissing, { QStringLiteral("litellm_provider") });
        PriceEntry base;
        base.provider = provider;
        base.model = model;
        base.currency = QStringLiteral("USD");
        base.effectiveFrom = effectiveFrom;
        base.source = source;
        base.origin = origin;

        QList<PriceEntry> modelEntries;
        bool anyNonZero = false;
        for (const LiteLlmField &field : liteLlmFields) {
            const QJsonValue value = object.value(QLatin1String(field.name));
            if (value.isUndefined() || value.isNull())
                continue;
            const std::int64_t perUnit = readPrice(value, QLatin1String(field.name), false, context);
            if (perUnit > MaxMicrosPerMillion / field.unitsPerMeterUnit)
                context.fail(ErrorCode::PriceListPriceInvalid,
                             { QLatin1String(field.name), jsonText(value) });
            PriceEntry entry = base;
            entry.meter = field.meter;
            entry.microsPerMillion = perUnit * field.unitsPerMeterUnit;
            modelEntries << entry;
            anyNonZero = anyNonZero || perUnit != 0;
        }
        // A model whose only prices are zeros (an image model priced per pixel, with
        // "output_cost_per_token": 0) is not free: its price is one CostBoard does not read, so
        // it stays unknown rather than priced at zero.
        const bool anyPrice = anyNonZero;
        if (anyPrice)
            contents.entries += modelEntries;
        if (!anyPrice)
            contents.modelsWithoutPrice << it.key();
    }
    return contents;
}

} // namespace

PriceListContents readPriceList(const QByteArray &bytes, const QString &fileName, PriceOrigin origin,
                                const QDate &effectiveFrom)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        throw PriceListError(
            ErrorCode::PriceListNotJson,
            { fileName, QString::number(lineAtOffset(bytes, parseError.offset)), parseError.errorString() });
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() == CostBoardFormatName)
        return readCostBoardList(root, bytes, fileName, origin);
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.value().toObject().contains(QLatin1String("litellm_provider")))
            return readLiteLlmMap(root, bytes, fileName, origin, effectiveFrom);
    }
    throw PriceListError(ErrorCode::PriceListFormatUnknown, { fileName });
}

PriceListContents readPriceListFile(const QString &path, PriceOrigin origin, const QDate &effectiveFrom)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw PriceListError(ErrorCode::PriceListUnreadable, { path, file.errorString() });
    return readPriceList(file.readAll(), path, origin, effectiveFrom);
}

PriceListContents shippedPriceList()
{
    const QString path = QStringLiteral(":/costboard/prices/catalog.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw PriceListError(ErrorCode::PriceListUnreadable, { path, file.errorString() });
    return readPriceList(file.readAll(), QStringLiteral("catalog.json"), PriceOrigin::Shipped, QDate());
}

QByteArray writePriceList(const QList<PriceEntry> &entries)
{
    // One object per (provider, model, currency, date, source), as the shipped file is written.
    std::map<std::tuple<QString, QString, QDate, QString, QString>, QJsonObject> groups;
    for (const PriceEntry &entry : entries) {
        if (!entry.microsPerMillion)
            continue;
        QJsonObject &object
            = groups[{ entry.provider, entry.model, entry.effectiveFrom, entry.currency, entry.source }];
        const bool perMillion = meterDisplayUnits(entry.meter) == 1'000'000;
        const QString group = perMillion ? QStringLiteral("per_million_tokens") : QStringLiteral("per_unit");
        QJsonObject prices = object.value(group).toObject();
        // Micro-units per million units are pico-units (10^-12) per single unit.
        prices.insert(meterKey(entry.meter),
                      formatScaledDecimal(*entry.microsPerMillion, perMillion ? 6 : 12, 2, QLocale::c()));
        object.insert(group, prices);
    }
    QJsonArray prices;
    for (auto &[key, object] : groups) {
        const auto &[provider, model, effectiveFrom, currency, source] = key;
        object.insert(QStringLiteral("provider"), provider);
        object.insert(QStringLiteral("model"), model);
        object.insert(QStringLiteral("currency"), currency);
        object.insert(QStringLiteral("effective_from"), effectiveFrom.toString(Qt::ISODate));
        object.insert(QStringLiteral("source"), source);
        prices.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), CostBoardFormatName);
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("prices"), prices);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace costboard::pricing
