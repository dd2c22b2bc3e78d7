// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing/pricecatalog.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>

#include "domain/keytable.h"

namespace costboard::pricing {
namespace {

constexpr KeyTable<Meter, 9> meterKeys { {
    { Meter::InputToken, "input" },
    { Meter::CachedInputToken, "cached-input" },
    { Meter::CacheWriteToken, "cache-write" },
    { Meter::OutputToken, "output" },
    { Meter::TrainingToken, "training" },
    { Meter::Image, "image" },
    { Meter::AudioMinute, "audio-minute" },
    { Meter::HostingHour, "hosting-hour" },
    { Meter::GpuHour, "gpu-hour" },
} };

constexpr KeyTable<PriceOrigin, 3> originKeys { {
    { PriceOrigin::Shipped, "shipped" },
    { PriceOrigin::Imported, "imported" },
    { PriceOrigin::User, "user" },
} };

bool isTokenMeter(Meter meter)
{
    switch (meter) {
    case Meter::InputToken:
    case Meter::CachedInputToken:
    case Meter::CacheWriteToken:
    case Meter::OutputToken:
    case Meter::TrainingToken:
        return true;
    case Meter::Image:
    case Meter::AudioMinute:
    case Meter::HostingHour:
    case Meter::GpuHour:
        return false;
    }
    return false;
}

QString keyOf(const QString &provider, const QString &model, Meter meter)
{
    return provider + u'/' + model + u'/' + meterKey(meter);
}

bool isEarlier(const PriceEntry &left, const PriceEntry &right)
{
    if (left.effectiveFrom != right.effectiveFrom)
        return left.effectiveFrom < right.effectiveFrom;
    if (left.recordedAt != right.recordedAt)
        return left.recordedAt < right.recordedAt;
    return left.id < right.id;
}

} // namespace

QString meterKey(Meter meter)
{
    return meterKeys.keyOf(meter);
}

std::optional<Meter> meterFromKey(QStringView key)
{
    return meterKeys.valueOf(key);
}

QList<Meter> allMeters()
{
    return meterKeys.values();
}

QString meterUnit(Meter meter)
{
    switch (meter) {
    case Meter::Image:
        return QStringLiteral("image");
    case Meter::AudioMinute:
        return QStringLiteral("minute");
    case Meter::HostingHour:
        return QStringLiteral("hour");
    case Meter::GpuHour:
        return QStringLiteral("gpu_hour");
    default:
        return QStringLiteral("token");
    }
}

QString meterName(Meter meter)
{
    switch (meter) {
    case Meter::InputToken:
        return QCoreApplication::translate("Pricing", "Input tokens");
    case Meter::CachedInputToken:
        return QCoreApplication::translate("Pricing", "Cached input tokens");
    case Meter::CacheWriteToken:
        return QCoreApplication::translate("Pricing", "Cache write tokens");
    case Meter::OutputToken:
        return QCoreApplication::translate("Pricing", "Output tokens");
    case Meter::TrainingToken:
        return QCoreApplication::translate("Pricing", "Training tokens");
    case Meter::Image:
        return QCoreApplication::translate("Pricing", "Images");
    case Meter::AudioMinute:
        return QCoreApplication::translate("Pricing", "Audio minutes");
    case Meter::HostingHour:
        return QCoreApplication::translate("Pricing", "Hosting hours");
    case Meter::GpuHour:
        return QCoreApplication::translate("Pricing", "GPU-hours");
    }
    return QString();
}

QString meterPriceBasis(Meter meter)
{
    switch (meter) {
    case Meter::Image:
        return QCoreApplication::translate("Pricing", "per image");
    case Meter::AudioMinute:
        return QCoreApplication::translate("Pricing", "per minute");
    case Meter::HostingHour:
    case Meter::GpuHour:
        return QCoreApplication::translate("Pricing", "per hour");
    default:
        return QCoreApplication::translate("Pricing", "per 1M tokens");
    }
}

std::int64_t meterDisplayUnits(Meter meter)
{
    return isTokenMeter(meter) ? 1'000'000 : 1;
}

std::optional<ExactAmount> displayedPrice(const PriceEntry &entry)
{
    const auto price = entry.price();
    if (!price)
        return std::nullopt;
    return costOf(meterDisplayUnits(entry.meter), *price);
}

QString priceLabel(const PriceEntry &entry, const QLocale &locale)
{
    const auto amount = displayedPrice(entry);
    if (!amount)
        return QCoreApplication::translate("Pricing", "withdrawn", "a price no longer in force");
    //: A price and what it is for: "$2.50 per 1M tokens", "2,73 € per hour".
    return QCoreApplication::translate("Pricing", "%1 %2")
        .arg(amount->format(locale, ExactAmount::Precision::Exact), meterPriceBasis(entry.meter));
}

QString priceOriginKey(PriceOrigin origin)
{
    return originKeys.keyOf(origin);
}

std::optional<PriceOrigin> priceOriginFromKey(QStringView key)
{
    return originKeys.valueOf(key);
}

QString catalogName(const QString &name)
{
    return name.trimmed().toLower();
}

QStringList modelNameCandidates(const QString &model)
{
    const QString name = catalogName(model);
    QStringList candidates { name };
    // A snapshot date at the end ("-2024-07-18", "-20241022", "@20240620") or the moving alias
    // "-latest". Not "-preview": a preview is a model of its own, often priced apart.
    static const QRegularExpression snapshot(
        QStringLiteral("(?:[-@](?:\\d{4}-\\d{2}-\\d{2}|\\d{8}|latest))+$"));
    QString base = name;
    base.remove(snapshot);
    if (!base.isEmpty() && base != name)
        candidates << base;
    return candidates;
}

PriceCatalog::PriceCatalog(QList<PriceEntry> entries)
    : m_entries(std::move(entries))
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const PriceEntry &entry = m_entries.at(i);
        m_byKey[keyOf(entry.provider, entry.model, entry.meter)] << i;
    }
    for (QList<qsizetype> &indices : m_byKey) {
        std::sort(indices.begin(), indices.end(), [this](qsizetype left, qsizetype right) {
            return isEarlier(m_entries[left], m_entries[right]);
        });
    }
}

std::optional<PriceEntry> PriceCatalog::entryOn(const QString &provider, const QString &model, Meter meter,
                                                const QDate &date, ModelMatch match) const
{
    const QString providerName = catalogName(provider);
    const QStringList candidates
        = match == ModelMatch::Exact ? QStringList { catalogName(model) } : modelNameCandidates(model);
    for (const QString &candidate : candidates) {
        const auto found = m_byKey.constFind(keyOf(providerName, candidate, meter));
        if (found == m_byKey.constEnd())
            continue;
        const PriceEntry *inForce = nullptr;
        for (const qsizetype index : *found) {
            if (m_entries[index].effectiveFrom > date)
                break;
            inForce = &m_entries[index];
        }
        if (inForce == nullptr || !inForce->microsPerMillion)
            return std::nullopt;
        return *inForce;
    }
    return std::nullopt;
}

QList<PriceEntry> PriceCatalog::current(const QDate &date) const
{
    QList<PriceEntry> inForce;
    for (const QList<qsizetype> &indices : m_byKey) {
        const PriceEntry *latest = nullptr;
        for (const qsizetype index : indices) {
            if (m_entries[index].effectiveFrom > date)
                break;
            latest = &m_entries[index];
        }
        if (latest != nullptr && latest->microsPerMillion)
            inForce << *latest;
    }
    std::sort(inForce.begin(), inForce.end(), [](const PriceEntry &left, const PriceEntry &right) {
        return std::tie(left.provider, left.model, left.meter)
            < std::tie(right.provider, right.model, right.meter);
    });
    return inForce;
}

QList<PriceEntry> PriceCatalog::history(const QString &provider, const QString &model) const
{
    const QString providerName = catalogName(provider);
    const QString modelName = catalogName(model);
    QList<PriceEntry> entries;
    for (const PriceEntry &entry : m_entries) {
        if (entry.provider == providerName && entry.model == modelName)
            entries << entry;
    }
    // Newest date first; within a date, in the meters' order, the latest recorded first.
    std::sort(entries.begin(), entries.end(), [](const PriceEntry &left, const PriceEntry &right) {
        if (left.effectiveFrom != right.effectiveFrom)
            return left.effectiveFrom > right.effectiveFrom;
        if (left.meter != right.meter)
            return left.meter < right.meter;
        return isEarlier(right, left);
    });
    return entries;
}

QStringList PriceCatalog::providersOf(const QString &model) const
{
    QStringList providers;
    for (const QString &candidate : modelNameCandidates(model)) {
        for (const PriceEntry &entry : m_entries) {
            if (entry.model == candidate && !providers.contains(entry.provider))
                providers << entry.provider;
        }
        if (!providers.isEmpty())
            break;
    }
    providers.sort();
    return providers;
}

} // namespace costboard::pricing
