// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing/ownership.h"

#include "errors.h"
#include "storage/fxrates.h"
#include "storage/validation.h"

namespace costboard::pricing {
namespace {

// `amount` in `converter`'s currency at the rate of `on`.
Money converted(const Money &amount, const FxConverter &converter, const QDate &on)
{
    const std::optional<Money> result = converter.convert(amount, on);
    if (!result)
        throw ValidationError(QStringLiteral("prices of"), ErrorCode::EstimateNoExchangeRate,
                              { amount.currency(), converter.quoteCurrency(), on.toString(Qt::ISODate) });
    return *result;
}

// An exact amount converted without rounding to cents: a request costs a fraction of one.
ExactAmount converted(const ExactAmount &amount, const FxConverter &converter, const QDate &on)
{
    if (amount.currency() == converter.quoteCurrency())
        return amount;
    const std::optional<FxRate> rate = converter.rateOn(amount.currency(), on);
    if (!rate)
        throw ValidationError(QStringLiteral("prices of"), ErrorCode::EstimateNoExchangeRate,
                              { amount.currency(), converter.quoteCurrency(), on.toString(Qt::ISODate) });
    return ExactAmount(amount.picos(), converter.quoteCurrency()).scaled(rate->rateNanos, FxRate::Scale);
}

void requireAmount(const QString &field, const Money &amount)
{
    if (amount.minorUnits() < 0)
        throw ValidationError(field, ErrorCode::AmountNotPositive);
    validation::requireWithinInputLimit(field, amount);
}

} // namespace

void validate(const PeopleAssumptions &people)
{
    requireWithin(QStringLiteral("roles"), people.roles.size(), 0, PeopleAssumptions::MaxRoles);
    for (const PeopleRole &role : people.roles) {
        validation::requireText(QStringLiteral("role"), role.role, PeopleRole::MaxRoleLength);
        requireWithin(QStringLiteral("build person-days"), role.buildPersonDays, 0,
                      PeopleRole::MaxPersonDays);
        requireWithin(QStringLiteral("person-days a month"), role.personDaysPerMonth, 0,
                      PeopleRole::MaxPersonDays);
        requireAmount(QStringLiteral("daily rate"), role.dailyRate);
    }
    requireWithin(QStringLiteral("trained staff"), people.trainedHeads, 0, PeopleAssumptions::MaxHeads);
    if (people.trainedHeads > 0)
        requireAmount(QStringLiteral("training per head"), people.trainingPerHead);
}

SelfHostingComparison::SelfHostingComparison(const SelfHostingAssumptions &assumptions,
                                             const InferenceEstimate &api, const PriceCatalog &catalog,
                                             const FxConverter &converter, const QDate &pricedOn)
    : m_assumptions(assumptions)
    , m_currency(converter.quoteCurrency())
{
    requireWithin(QStringLiteral("instances"), assumptions.minimumInstances, 1,
                  SelfHostingAssumptions::MaxInstances);
    requireWithin(QStringLiteral("tokens per second"), assumptions.tokensPerSecond, 1,
                  SelfHostingAssumptions::MaxTokensPerSecond);
    requireWithin(QStringLiteral("utilisation"), assumptions.utilisationPercent, 1, 100);
    requireWithin(QStringLiteral("private hosting premium"), assumptions.privateHostingPremiumBasisPoints, 0,
                  SelfHostingAssumptions::MaxPremiumBasisPoints);
    requireAmount(QStringLiteral("storage"), assumptions.storagePerMonth);

    m_instancePrice = requirePrice(catalog, assumptions.instance, Meter::GpuHour, pricedOn);
    const ExactAmount instanceMonth
        = costOf(SelfHostingAssumptions::HoursPerMonth, *m_instancePrice.price())
              .scaled(10'000 + assumptions.privateHostingPremiumBasisPoints, 10'000);
    m_instanceMonth = converted(instanceMonth.toMoney(), converter, pricedOn);
    m_storage = assumptions.storagePerMonth.minorUnits() == 0
        ? Money::zero(m_currency)
        : converted(assumptions.storagePerMonth, converter, pricedOn);
    m_apiPerRequest = converted(api.perRequest, converter, pricedOn);

    // Requests an instance serves a month: its tokens a second over the month's useful hours,
    // over the tokens of a request (read and generated), rounded down: a part request is not served.
    const std::int64_t tokensPerRequest = api.inputTokensPerRequest + api.outputTokensPerRequest;
    const Picos tokensPerMonth = Picos(assumptions.tokensPerSecond) * 3600
        * SelfHostingAssumptions::HoursPerMonth * assumptions.utilisationPercent / 100;
    m_requestsPerInstance
        = static_cast<std::int64_t>(tokensPerMonth / std::max<std::int64_t>(1, tokensPerRequest));
    if (m_requestsPerInstance <= 0)
        throw ValidationError(QStringLiteral("tokens per second"), ErrorCode::AmountNotPositive);
}

SelfHostingCost SelfHostingComparison::selfHostedCost(std::int64_t requestsPerMonth) const
{
    SelfHostingCost cost;
    const std::int64_t needed
        = (std::max<std::int64_t>(0, requestsPerMonth) + m_requestsPerInstance - 1) / m_requestsPerInstance;
    cost.instances = std::max(m_assumptions.minimumInstances, needed);
    cost.compute = m_instanceMonth.scaled(cost.instances, 1);
    cost.storage = m_storage;
    return cost;
}

Money SelfHostingComparison::apiCost(std::int64_t requestsPerMonth) const
{
    return m_apiPerRequest.scaled(requestsPerMonth, 1).toMoney();
}

std::optional<std::int64_t> SelfHostingComparison::breakEvenRequestsPerMonth(std::int64_t upTo) const
{
    if (m_apiPerRequest.picos() <= 0)
        return std::nullopt;
    const Picos picosPerMinor = Picos(1'000'000'000'000) / Money::minorPerMajor(m_currency);
    // Within each band of volume served by the same number of instances, self-hosting costs the
    // same: the API catches up with it at that cost over a request's price.
    for (std::int64_t instances = m_assumptions.minimumInstances;; ++instances) {
        const std::int64_t first
            = instances == m_assumptions.minimumInstances ? 0 : (instances - 1) * m_requestsPerInstance + 1;
        const std::int64_t last = instances * m_requestsPerInstance;
        if (first > upTo)
            return std::nullopt;
        const Picos selfHosted = Picos(selfHostedCost(last).total().minorUnits()) * picosPerMinor;
        const Picos perRequest = m_apiPerRequest.picos();
        const std::int64_t catchUp = static_cast<std::int64_t>((selfHosted + perRequest - 1) / perRequest);
        const std::int64_t volume = std::max(first, catchUp);
        if (volume <= last)
            return volume <= upTo ? std::optional<std::int64_t>(volume) : std::nullopt;
    }
}

QList<OwnershipComponent> ownershipComponents()
{
    return { OwnershipComponent::Inference, OwnershipComponent::FineTuning, OwnershipComponent::People,
             OwnershipComponent::StaffTraining };
}

CostCategory categoryOf(OwnershipComponent component)
{
    switch (component) {
    case OwnershipComponent::Inference:
        return CostCategory::Inference;
    case OwnershipComponent::FineTuning:
        return CostCategory::FineTuning;
    case OwnershipComponent::People:
        return CostCategory::PromptEngineering;
    case OwnershipComponent::StaffTraining:
        return CostCategory::StaffTraining;
    }
    return CostCategory::Inference;
}

Money OwnershipEstimate::over(int monthCount, std::optional<OwnershipComponent> component) const
{
    Money sum = Money::zero(currency);
    const qsizetype index = component ? ownershipComponents().indexOf(*component) : -1;
    for (const OwnershipMonth &month : months) {
        if (month.month > monthCount)
            break;
        sum += index >= 0 ? month.byComponent.at(index) : month.total;
    }
    return sum;
}

OwnershipEstimate estimateOwnership(const OwnershipAssumptions &assumptions, const PriceCatalog &catalog,
                                    const TokensPerWord &tokensPerWord, const FxConverter &converter,
                                    const QDate &pricedOn)
{
    constexpr int monthCount = OwnershipHorizons[std::size(OwnershipHorizons) - 1];
    validate(assumptions.people);
    const InferenceEstimate inference
        = estimateInference(assumptions.inference, catalog, tokensPerWord, pricedOn, monthCount);
    std::optional<SelfHostingComparison> selfHosting;
    if (assumptions.selfHosting)
        selfHosting.emplace(*assumptions.selfHosting, inference, catalog, converter, pricedOn);
    std::optional<FineTuningEstimate> fineTuning;
    if (assumptions.fineTuning)
        fineTuning = estimateFineTuning(*assumptions.fineTuning, catalog, pricedOn);

    OwnershipEstimate estimate;
    estimate.currency = converter.quoteCurrency();
    estimate.selfHosted = selfHosting.has_value();
    const Money zero = Money::zero(estimate.currency);
    const auto inCurrency = [&](const Money &amount) {
        return amount.minorUnits() == 0 ? zero : converted(amount, converter, pricedOn);
    };
    Money build = zero;
    Money run = zero;
    for (const PeopleRole &role : assumptions.people.roles) {
        build += inCurrency(role.dailyRate).scaled(role.buildPersonDays, 1);
        run += inCurrency(role.dailyRate).scaled(role.personDaysPerMonth, 1);
    }
    const Money training = assumptions.people.trainedHeads > 0
        ? inCurrency(assumptions.people.trainingPerHead).scaled(assumptions.people.trainedHeads, 1)
        : zero;
    const Money tuning = fineTuning ? inCurrency(fineTuning->training.toMoney()) : zero;
    const Money tunedHosting = fineTuning ? inCurrency(fineTuning->hostingPerMonth.toMoney()) : zero;

    for (const MonthEstimate &month : inference.months) {
        OwnershipMonth entry;
        entry.month = month.month;
        entry.requests = month.requests;
        const bool first = month.month == 1;
        entry.byComponent = {
            selfHosting ? selfHosting->selfHostedCost(month.requests).total()
                        : inCurrency(month.cost.toMoney()),
            (first ? tuning : zero) + tunedHosting,
            first ? build : run,
            first ? training : zero,
        };
        entry.total = zero;
        for (const Money &amount : std::as_const(entry.byComponent))
            entry.total += amount;
        estimate.months << entry;
    }
    return estimate;
}

} // namespace costboard::pricing
