// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "domain/entities.h"
#include "domain/money.h"
#include "import/importvalues.h"
#include "pricing/usage.h"

namespace costboard {
class Database;
struct ImportedRow;
} // namespace costboard

namespace costboard::pricing {

// Imported token usage beside the provider's bills.
//
// A bill is a cost line imported from a billing file (a cost report or a billing export, not
// typed by hand and not priced from usage), counted in the month of the first day it pays for.
// Usage is booked in the ledger, priced from the catalog, for the months its vendor has no bill
// in: once the bill of a month is imported, the bill is that month's cost and the usage its check
// (usage against invoice). Usage with no price known on its day is never booked.
class UsageLedger final
{
public:
    // The gap between a bill and its priced usage that asks for a look: 1 %.
    static constexpr std::int64_t GapReviewBasisPoints = 100;

    explicit UsageLedger(Database &database);

    // The months ("2026-11", usageMonthKey) a bill of `vendor` covers.
    QSet<QString> billedMonths(const QString &vendor) const;

    // Whether the ledger books an imported row: every billed row; a usage row when it was priced
    // and its month is not billed. Bills are read once per vendor.
    bool books(const ImportedRow &row);
    // Forgets the bills read, after they changed.
    void forgetBills() { m_billedMonths.clear(); }

    // One provider's month: its priced usage beside its bill, in the reporting currency.
    struct MonthComparison
    {
        QString vendor; // "OpenAI"
        QString month; // "2026-11"
        std::int64_t pricedMinor = 0; // the usage priced from the catalog
        std::int64_t billedMinor = 0; // the bill's lines
        bool billed = false; // a bill of that month was imported
        std::int64_t tokens = 0; // every token of the month, priced or not
        std::int64_t requests = 0;
        std::int64_t unpricedTokens = 0; // tokens of models with no price that day
        qint64 unconvertedRows = 0; // usage or bill rows with no exchange rate on their day
        // What the bill says beyond the priced usage: positive when the bill is higher.
        std::int64_t gapMinor() const { return billedMinor - pricedMinor; }
        // The gap in basis points of the bill (10000 = 100 %); empty without a bill or when it is zero.
        std::optional<std::int64_t> gapBasisPoints() const;
        // A gap of more than GapReviewBasisPoints either way: a wrong price, a usage export that
        // misses something, or a charge usage does not count. Rounding of a bill's lines stays below.
        bool gapNeedsReview() const;
    };
    struct Comparison
    {
        QString reportingCurrency;
        QList<MonthComparison> months; // by vendor, then month
    };
    // Every provider month that has usage, newest month first within a vendor.
    Comparison usageAgainstInvoice() const;

    // Priced usage the ledger does not book because a bill of its month stands for it, summed per
    // project, category, model and day: its tokens still count in unit costs, at their priced
    // cost (usage against invoice shows how far the bill is from that).
    struct BilledUsage
    {
        ProjectId projectId = 0;
        CostCategory category = CostCategory::Inference;
        QString vendor;
        QString model;
        QDate day;
        QString currency;
        WideNanos amountNanos = 0;
        std::int64_t tokens = 0;
        std::int64_t requests = 0;
    };
    QList<BilledUsage> billedUsage(const DayRange &days) const;

    // Models seen in usage with no price on some of their days (`costboard prices check`).
    struct UnpricedModel
    {
        QString provider;
        QString model;
        Meter meter = Meter::InputToken;
        std::int64_t tokens = 0;
        qint64 rows = 0;
        QDate firstDay;
        QDate lastDay;
        bool priceKnownNow = false; // the catalog has a price for the last day now: import again
    };
    QList<UnpricedModel> unpricedModels() const;

private:
    struct UsageRow
    {
        ProjectId projectId = 0;
        CostCategory category = CostCategory::Inference;
        QString vendor;
        QString provider;
        QString model;
        Meter meter = Meter::InputToken;
        QDate day;
        QString currency;
        std::int64_t amountNanos = 0;
        std::int64_t tokens = 0;
        std::int64_t requests = 0;
        bool priced = false;
    };
    // Rows of active usage imports that no later import replaced, of the days of `days` when given.
    QList<UsageRow> activeUsageRows(const std::optional<DayRange> &days = std::nullopt) const;

    Database &m_database;
    QHash<QString, QSet<QString>> m_billedMonths; // by vendor
};

} // namespace costboard::pricing
