// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "pricing/pricecatalog.h"

namespace costboard::pricing {

// Tokens of one model and meter over one usage bucket (a day, usually), as a provider's usage
// report or a usage CSV gives them. An imported usage row carries one.
struct TokenUsage
{
    QString provider; // the catalog's key: "openai", "anthropic", "mistral"
    QString model; // as the report writes it: "gpt-4o-mini-2024-07-18"
    Meter meter = Meter::InputToken;
    std::int64_t tokens = 0;
    // The requests the bucket made. A request reads input and writes output: it is counted once,
    // on the row of the bucket's first meter, so that a sum over rows counts each request once.
    std::int64_t requests = 0;
    // The catalog entry the tokens were priced with; empty: no price was known on the row's day.
    std::optional<std::int64_t> priceId;
};

// The vendor name cost lines of a provider carry. Billing readers write the same name, so a
// provider's bill and the usage it pays for meet: "OpenAI", "Anthropic", "Mistral AI". An unknown
// provider's vendor is its key.
QString providerVendorName(const QString &provider);

// What a usage row costs at the catalog's price on its day.
struct UsagePricing
{
    enum class Status
    {
        Priced,
        Unknown, // no price in force that day (or withdrawn): kept apart, never priced at zero
        TooLarge, // beyond what a row's amount can hold
    };
    Status status = Status::Unknown;
    std::optional<PriceEntry> entry;
    std::int64_t amountNanos = 0; // tokens × price, rounded half away from zero to a nano-unit
};
UsagePricing priceUsage(const PriceCatalog &catalog, const TokenUsage &usage, const QDate &day);

// The calendar month a usage row or a bill line is counted in, as "2026-11": the month of the
// first day it pays for.
QString usageMonthKey(const QDate &firstDay);
// The first day of the month a key names ("2026-11" gives 1 November 2026); invalid for a bad key.
QDate usageMonthStart(const QString &monthKey);

} // namespace costboard::pricing
