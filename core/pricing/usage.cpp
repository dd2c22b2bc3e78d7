// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing/usage.h"

#include "import/importvalues.h"

namespace costboard::pricing {

QString providerVendorName(const QString &provider)
{
    struct Known
    {
        const char *key;
        const char *vendor;
    };
    // The names the billing readers (import/importformat.cpp) give their rows' vendor.
    static constexpr Known known[] = {
        { "openai", "OpenAI" },           { "anthropic", "Anthropic" }, { "azure", "Microsoft Azure" },
        { "aws", "Amazon Web Services" }, { "google", "Google Cloud" }, { "mistral", "Mistral AI" },
        { "scaleway", "Scaleway" },
    };
    const QString key = catalogName(provider);
    for (const Known &entry : known)
        if (key == QLatin1String(entry.key))
            return QString::fromLatin1(entry.vendor);
    return provider.trimmed();
}

UsagePricing priceUsage(const PriceCatalog &catalog, const TokenUsage &usage, const QDate &day)
{
    UsagePricing result;
    result.entry = catalog.entryOn(usage.provider, usage.model, usage.meter, day);
    const std::optional<UnitPrice> price = result.entry ? result.entry->price() : std::nullopt;
    if (!price) {
        result.entry.reset();
        return result;
    }
    if (usage.tokens < 0 || usage.tokens > MaxQuantity) {
        result.status = UsagePricing::Status::TooLarge;
        return result;
    }
    // Picos to nanos, half away from zero (prices and tokens are not negative).
    const Picos nanos = (costOf(usage.tokens, *price).picos() + 500) / 1000;
    if (nanos > Picos(nanos::MaxUnits) * nanos::PerUnit) { // what an imported row may carry
        result.status = UsagePricing::Status::TooLarge;
        return result;
    }
    result.status = UsagePricing::Status::Priced;
    result.amountNanos = static_cast<std::int64_t>(nanos);
    return result;
}

QString usageMonthKey(const QDate &firstDay)
{
    return firstDay.toString(QStringLiteral("yyyy-MM"));
}

QDate usageMonthStart(const QString &monthKey)
{
    return QDate::fromString(monthKey, QStringLiteral("yyyy-MM"));
}

} // namespace costboard::pricing
