// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "domain/entities.h"
#include "pricing/estimate.h"
#include "pricing/pricecatalog.h"

namespace costboard {
class Database;
}

namespace costboard::pricing {

// Longest texts a price entry keeps, in characters.
inline constexpr int MaxProviderLength = 60;
inline constexpr int MaxModelLength = CostLine::MaxModelLength; // a line names the model it used
inline constexpr int MaxPriceSourceLength = 500;

// What adding a price list did.
struct PriceListImport
{
    int added = 0;
    // Entries whose price was already in force from that date for that model: adding them again
    // would change nothing, so a list imported twice adds nothing the second time.
    int unchanged = 0;
};

// The price catalog in the database: entries are only ever added (a change, a correction and a
// withdrawal are new entries), each addition in one transaction with its audit entry.
class PriceRepository final
{
public:
    explicit PriceRepository(Database &database);

    PriceCatalog catalog() const;
    // Adds one entry typed by a person (origin User unless the entry says otherwise). Throws
    // ValidationError naming the field: provider, model, price, currency, effective from, source.
    std::int64_t add(PriceEntry entry);
    // Withdraws a meter of a model from `effectiveFrom` on: from that day its price is unknown.
    std::int64_t withdraw(const QString &provider, const QString &model, Meter meter,
                          const QDate &effectiveFrom, const QString &source);
    // Withdraws every meter of a model in force on `effectiveFrom`, in one transaction: a model
    // retired or no longer used at that price.
    void withdrawModel(const QString &provider, const QString &model, const QDate &effectiveFrom,
                       const QString &source);
    // Adds a whole list in one transaction (every entry validated first: one bad entry adds
    // nothing), skipping what is already in force. `listName` goes to the audit log.
    PriceListImport addAll(const QList<PriceEntry> &entries, const QString &listName);

    // How many tokens a word makes, per language: the estimator's words-to-tokens factors.
    TokensPerWord tokensPerWord() const;
    // Validated, stored and audited in one transaction.
    void setTokensPerWord(const TokensPerWord &factors);

    // Seeds the shipped catalog into a new database (migration 13): no audit entry, since no one
    // changed anything. Runs inside the migration's transaction.
    static void seedShipped(Database &database);

private:
    Database &m_database;
};

// Checks an entry before it is stored: the same rules for a form, a file and the command line.
void validatePriceEntry(const PriceEntry &entry);

} // namespace costboard::pricing
