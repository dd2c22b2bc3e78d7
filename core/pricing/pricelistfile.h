// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "errors.h"
#include "pricing/pricecatalog.h"

namespace costboard::pricing {

// A price list file that cannot be read, is not one, or holds a value CostBoard cannot take. The
// arguments name the file, the line, the entry and the field (errors.h lists them per code).
class PriceListError : public Error
{
public:
    using Error::Error;
};

enum class PriceListFormat
{
    // CostBoard's own: {"format": "costboard-prices", "prices": [...]}, what resources/prices
    // ships and what the Prices page exports. Decimals are strings, dated, with their source.
    CostBoard,
    // The JSON map LiteLLM publishes (model_prices_and_context_window.json): prices per single
    // token or second, undated, keyed by model, with "litellm_provider".
    LiteLlm,
};

struct PriceListContents
{
    PriceListFormat format = PriceListFormat::CostBoard;
    QList<PriceEntry> entries;
    // Models the file lists without any price CostBoard reads (embeddings priced per character,
    // image models priced per pixel, placeholders): named so the import can say so, not dropped
    // in silence.
    QStringList modelsWithoutPrice;
};

// Reads a price list. `fileName` names the file in errors. LiteLLM's map has no dates: its
// prices take effect on `effectiveFrom` (the day of the import), with the file and that day as
// their source. Every entry gets `origin`. Throws PriceListError.
PriceListContents readPriceList(const QByteArray &bytes, const QString &fileName, PriceOrigin origin,
                                const QDate &effectiveFrom);
PriceListContents readPriceListFile(const QString &path, PriceOrigin origin, const QDate &effectiveFrom);

// The catalog that ships with CostBoard (resources/prices/catalog.json, compiled in).
PriceListContents shippedPriceList();

// Entries written in CostBoard's own format, grouped per model and date as the file keeps them.
QByteArray writePriceList(const QList<PriceEntry> &entries);

} // namespace costboard::pricing
