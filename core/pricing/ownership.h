// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QList>
#include <QString>

#include "domain/category.h"
#include "domain/money.h"
#include "pricing/estimate.h"

namespace costboard {
class FxConverter;
}

namespace costboard::pricing {

// People a project needs: a role's person-days to build it and to run it each month, at the
// role's daily rate (prompt engineers, data scientists, the business experts who review).
struct PeopleRole
{
    QString role;
    std::int64_t buildPersonDays = 0; // once, in the first month
    std::int64_t personDaysPerMonth = 0; // every month after the build
    Money dailyRate;

    static constexpr int MaxRoleLength = 80;
    static constexpr std::int64_t MaxPersonDays = 100'000;
};

struct PeopleAssumptions
{
    QList<PeopleRole> roles;
    // Staff trained to use the tool, once in the first month, at a cost per head.
    std::int64_t trainedHeads = 0;
    Money trainingPerHead;

    static constexpr int MaxRoles = 20;
    static constexpr std::int64_t MaxHeads = 1'000'000;
};

// An open model run on rented (or owned, at an equivalent hourly cost) GPU instances, instead of
// an API: instances are paid by the hour, always on, whatever they serve.
struct SelfHostingAssumptions
{
    ModelChoice instance; // a GPU-hour price of the catalog ("scaleway/h100-1-80g")
    std::int64_t minimumInstances = 1; // kept running for availability
    // Tokens (read and generated) one instance serves a second at full load with the open model.
    std::int64_t tokensPerSecond = 0;
    // The share of its hours an instance does useful work: traffic has peaks and nights. Percent.
    std::int64_t utilisationPercent = 60;
    Money storagePerMonth; // weights, logs, the documents it reads
    // What private hosting of sensitive data adds to the GPU price (health data on an HDS-certified
    // host, for instance), in basis points: 2500 = +25 %.
    std::int64_t privateHostingPremiumBasisPoints = 0;

    static constexpr std::int64_t HoursPerMonth = FineTuningAssumptions::HoursPerMonth;
    static constexpr std::int64_t MaxInstances = 10'000;
    static constexpr std::int64_t MaxTokensPerSecond = 10'000'000;
    static constexpr std::int64_t MaxPremiumBasisPoints = 50'000;
};

// What self-hosting costs a month for a volume, in the reporting currency.
struct SelfHostingCost
{
    std::int64_t instances = 0; // running that month
    Money compute; // instances × hours × GPU price × (1 + premium)
    Money storage;
    Money total() const { return compute + storage; }
};

// Self-hosting against the API for the same workload, in the reporting currency: both costs for
// a monthly volume of requests, and the volume from which self-hosting is cheaper.
class SelfHostingComparison final
{
public:
    // Prices the instance at the catalog's price on `pricedOn`, converts at that day's rates.
    // Throws ValidationError for an assumption out of range, PriceUnknownError for an instance
    // without a GPU-hour price, ValidationError (EstimateNoExchangeRate) for a missing rate.
    SelfHostingComparison(const SelfHostingAssumptions &assumptions, const InferenceEstimate &api,
                          const PriceCatalog &catalog, const FxConverter &converter, const QDate &pricedOn);

    const PriceEntry &instancePrice() const { return m_instancePrice; }
    // Requests one instance serves a month at the assumed utilisation.
    std::int64_t requestsPerInstanceMonth() const { return m_requestsPerInstance; }
    SelfHostingCost selfHostedCost(std::int64_t requestsPerMonth) const;
    Money apiCost(std::int64_t requestsPerMonth) const;
    // The fewest requests a month from which self-hosting costs no more than the API, within
    // `upTo`; empty when the API stays cheaper all the way.
    std::optional<std::int64_t> breakEvenRequestsPerMonth(std::int64_t upTo) const;
    const QString &currency() const { return m_currency; }

private:
    SelfHostingAssumptions m_assumptions;
    PriceEntry m_instancePrice;
    QString m_currency;
    Money m_instanceMonth; // one instance, all month, premium included
    Money m_storage;
    ExactAmount m_apiPerRequest; // in the reporting currency
    std::int64_t m_requestsPerInstance = 0;
};

// The components of a total cost of ownership, each a cost category of the ledger.
enum class OwnershipComponent
{
    Inference, // the API, or the self-hosted instances
    FineTuning, // training once, hosting the tuned model every month
    People, // build and run person-days
    StaffTraining,
};
QList<OwnershipComponent> ownershipComponents();
CostCategory categoryOf(OwnershipComponent component);

struct OwnershipMonth
{
    int month = 1;
    std::int64_t requests = 0;
    QList<Money> byComponent; // in ownershipComponents() order
    Money total;
};

// The horizons a committee reads a total cost of ownership over.
inline constexpr int OwnershipHorizons[] = { 12, 24, 36 };

struct OwnershipEstimate
{
    QString currency; // the reporting currency
    bool selfHosted = false;
    QList<OwnershipMonth> months; // 36
    // The cost of the first `monthCount` months of `component` (empty: all components).
    Money over(int monthCount, std::optional<OwnershipComponent> component = std::nullopt) const;
};

struct OwnershipAssumptions
{
    InferenceAssumptions inference;
    std::optional<FineTuningAssumptions> fineTuning;
    PeopleAssumptions people;
    // Run the workload on GPUs instead of the API.
    std::optional<SelfHostingAssumptions> selfHosting;
};

void validate(const PeopleAssumptions &people);

// 36 months of the whole project in the reporting currency (`converter`'s), at the catalog's
// prices and the exchange rates of `pricedOn`: the inference workload with its growth (or the
// instances serving it), fine-tuning, people and staff training. Throws as estimateInference()
// does, and ValidationError for people or hosting out of range or a missing rate.
OwnershipEstimate estimateOwnership(const OwnershipAssumptions &assumptions, const PriceCatalog &catalog,
                                    const TokensPerWord &tokensPerWord, const FxConverter &converter,
                                    const QDate &pricedOn);

} // namespace costboard::pricing
