// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "pricing/unitprice.h"

namespace costboard::pricing {

// What a price is for. The keys ("input", "cached-input"…) are stored, written in price files
// and typed on the command line.
enum class Meter
{
    InputToken, // a prompt token read at full price
    CachedInputToken, // a prompt token read from the provider's cache
    CacheWriteToken, // a prompt token written to the cache (Anthropic bills these apart)
    OutputToken, // a generated token
    TrainingToken, // a token seen once in one epoch of fine-tuning
    Image, // a generated image
    AudioMinute, // a minute of audio transcribed or spoken
    HostingHour, // an hour a fine-tuned model is deployed
    GpuHour, // an hour of one GPU rented for self-hosting
};

QString meterKey(Meter meter);
std::optional<Meter> meterFromKey(QStringView key);
QList<Meter> allMeters();
// The unit key (domain/unit.h) a quantity of this meter is counted in: "token", "image"…
QString meterUnit(Meter meter);
// The meter's name in the interface language ("Output tokens", "Jetons de sortie").
QString meterName(Meter meter);
// What the price is quoted per, as people read it: "per 1M tokens", "per image", "per hour".
QString meterPriceBasis(Meter meter);
// How many units a displayed price is for: a million for tokens, one for the rest. Prices are
// typed and shown per that many units and stored per million (UnitPrice).
std::int64_t meterDisplayUnits(Meter meter);

// Where a price came from.
enum class PriceOrigin
{
    Shipped, // the catalog that ships with CostBoard (resources/prices)
    Imported, // a price list file the user imported (LiteLLM's map, CostBoard's own format)
    User, // typed on the Prices page or on the command line
};

QString priceOriginKey(PriceOrigin origin);
std::optional<PriceOrigin> priceOriginFromKey(QStringView key);

// One dated price of one meter of one model. Entries are never changed: a new price, a
// correction or a withdrawal is a new entry, so the history of what was charged stays.
struct PriceEntry
{
    std::int64_t id = 0;
    QString provider; // "openai", "anthropic", "mistral", "scaleway": lower case
    QString model; // as the provider names it in usage reports: "gpt-4o-mini"
    Meter meter = Meter::InputToken;
    // Empty: the meter was withdrawn from that date (the model no longer has that price).
    std::optional<std::int64_t> microsPerMillion;
    QString currency;
    QDate effectiveFrom;
    QString source; // a URL or a file name and date: where the figure was read
    PriceOrigin origin = PriceOrigin::User;
    QDateTime recordedAt; // UTC; among entries of one date, the latest recorded wins

    std::optional<UnitPrice> price() const
    {
        if (!microsPerMillion)
            return std::nullopt;
        return UnitPrice { *microsPerMillion, currency };
    }
    bool sameKey(const PriceEntry &other) const
    {
        return provider == other.provider && model == other.model && meter == other.meter;
    }
};

// The entry's price for its display units (a million tokens, one image, one hour), exact: what a
// list shows. Empty for a withdrawal.
std::optional<ExactAmount> displayedPrice(const PriceEntry &entry);
// "$2.50 per 1M tokens", "2,73 € per hour", or "withdrawn": the price as people read it.
QString priceLabel(const PriceEntry &entry, const QLocale &locale = QLocale());

// A provider or model name as the catalog keys it: trimmed, lower case ("GPT-4o" and "gpt-4o"
// are one model).
QString catalogName(const QString &name);

// The model names a usage report may write for a catalog model: the dated snapshot
// "gpt-4o-mini-2024-07-18" or "claude-3-5-sonnet-20241022" and the "-latest" alias are priced as
// "gpt-4o-mini", "claude-3-5-sonnet" when the catalog has no price of their own; the first
// candidate is the name itself.
QStringList modelNameCandidates(const QString &model);

// Whether a dated model name ("gpt-4o-mini-2024-07-18") is priced as its base name.
enum class ModelMatch
{
    SnapshotsAsBase, // a usage report's name: the snapshot falls back to its base model
    Exact, // a catalog's own key: only that name
};

// Every entry, in memory, to answer "what did this cost on that day?" without a query per row.
class PriceCatalog final
{
public:
    PriceCatalog() = default;
    explicit PriceCatalog(QList<PriceEntry> entries);

    // The entry in force on `date`: among those of the key with effectiveFrom on or before
    // `date`, the latest date, and of that date the latest recorded. Empty when there is none or
    // the meter was withdrawn: an unknown price, never zero. A dated model name falls back to its
    // base name (modelNameCandidates).
    std::optional<PriceEntry> entryOn(const QString &provider, const QString &model, Meter meter,
                                      const QDate &date,
                                      ModelMatch match = ModelMatch::SnapshotsAsBase) const;
    // The prices in force on `date`, one per key, sorted by provider, model and meter.
    QList<PriceEntry> current(const QDate &date) const;
    // Every entry of one model, newest first: its price history.
    QList<PriceEntry> history(const QString &provider, const QString &model) const;
    // The providers that price `model` (usually one; Azure and OpenAI share model names).
    QStringList providersOf(const QString &model) const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<PriceEntry> &entries() const { return m_entries; }

private:
    QList<PriceEntry> m_entries;
    // Indices into m_entries per "provider/model/meter", sorted by (effectiveFrom, recordedAt, id).
    QHash<QString, QList<qsizetype>> m_byKey;
};

} // namespace costboard::pricing
