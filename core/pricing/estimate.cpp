// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing/estimate.h"

#include <QCoreApplication>

#include "domain/keytable.h"
#include "pricing/pricerepository.h"
#include "storage/validation.h"

namespace costboard::pricing {
namespace {

constexpr KeyTable<TextLanguage, 2> languageKeys { {
    { TextLanguage::English, "en" },
    { TextLanguage::French, "fr" },
} };

// a × b / c rounded half up, for non-negative whole numbers that fit Picos.
std::int64_t roundedRatio(std::int64_t a, std::int64_t b, std::int64_t c)
{
    const Picos product = Picos(a) * b;
    return static_cast<std::int64_t>((2 * product + c) / (2 * Picos(c)));
}

} // namespace

void requireWithin(const QString &field, std::int64_t value, std::int64_t lowest, std::int64_t highest)
{
    if (value < lowest || value > highest)
        throw ValidationError(field, ErrorCode::ValueOutOfRange,
                              { QString::number(lowest), QString::number(highest) });
}

PriceEntry requirePrice(const PriceCatalog &catalog, const ModelChoice &choice, Meter meter, const QDate &on)
{
    const auto entry = catalog.entryOn(choice.provider, choice.model, meter, on);
    if (!entry)
        throw PriceUnknownError(choice.provider, choice.model, meter, on);
    return *entry;
}

QString textLanguageKey(TextLanguage language)
{
    return languageKeys.keyOf(language);
}

std::optional<TextLanguage> textLanguageFromKey(QStringView key)
{
    return languageKeys.valueOf(key);
}

std::int64_t TokensPerWord::tokensFor(std::int64_t words, TextLanguage language) const
{
    return roundedRatio(words, milliFor(language), 1000);
}

void TokensPerWord::validate() const
{
    for (const std::int64_t milli : { englishMilli, frenchMilli }) {
        if (milli < LowestMilli || milli > HighestMilli) {
            throw ValidationError(QStringLiteral("tokens per word"), ErrorCode::ValueOutOfRange,
                                  { formatScaledDecimal(LowestMilli, 3, 1, QLocale()),
                                    formatScaledDecimal(HighestMilli, 3, 1, QLocale()) });
        }
    }
}

ExactAmount InferenceEstimate::total() const
{
    ExactAmount sum;
    for (const MonthEstimate &month : months)
        sum += month.cost;
    return sum;
}

QList<EstimateFigure> estimateFigures()
{
    return { EstimateFigure::PerRequest, EstimateFigure::PerThousandOutputWords,
             EstimateFigure::PerWeek,    EstimateFigure::FirstMonth,
             EstimateFigure::FirstYear,  EstimateFigure::Total };
}

QString estimateFigureKey(EstimateFigure figure)
{
    switch (figure) {
    case EstimateFigure::PerRequest:
        return QStringLiteral("per_request");
    case EstimateFigure::PerThousandOutputWords:
        return QStringLiteral("per_thousand_output_words");
    case EstimateFigure::PerWeek:
        return QStringLiteral("per_week");
    case EstimateFigure::FirstMonth:
        return QStringLiteral("per_month");
    case EstimateFigure::FirstYear:
        return QStringLiteral("first_year");
    case EstimateFigure::Total:
        return QStringLiteral("total");
    }
    return QString();
}

QString estimateFigureName(EstimateFigure figure, int months)
{
    switch (figure) {
    case EstimateFigure::PerRequest:
        return QCoreApplication::translate("Pricing", "Per request");
    case EstimateFigure::PerThousandOutputWords:
        return QCoreApplication::translate("Pricing", "Per 1,000 words generated");
    case EstimateFigure::PerWeek:
        return QCoreApplication::translate("Pricing", "Per week");
    case EstimateFigure::FirstMonth:
        return QCoreApplication::translate("Pricing", "First month");
    case EstimateFigure::FirstYear:
        return QCoreApplication::translate("Pricing", "First 12 months");
    case EstimateFigure::Total:
        return QCoreApplication::translate("Pricing", "Total over %n month(s)", nullptr, months);
    }
    return QString();
}

ExactAmount estimateFigureValue(const InferenceEstimate &estimate, EstimateFigure figure)
{
    switch (figure) {
    case EstimateFigure::PerRequest:
        return estimate.perRequest;
    case EstimateFigure::PerThousandOutputWords:
        return estimate.perThousandOutputWords;
    case EstimateFigure::PerWeek:
        return estimate.perWeek;
    case EstimateFigure::FirstMonth:
        return estimate.perMonth;
    case EstimateFigure::FirstYear:
        return estimate.firstYear;
    case EstimateFigure::Total:
        return estimate.total();
    }
    return ExactAmount();
}

ExactAmount::Precision estimateFigurePrecision(EstimateFigure figure)
{
    return figure == EstimateFigure::PerRequest || figure == EstimateFigure::PerThousandOutputWords
        ? ExactAmount::Precision::Exact
        : ExactAmount::Precision::Cents;
}

InferenceEstimate estimateInference(const InferenceAssumptions &assumptions, const PriceCatalog &catalog,
                                    const TokensPerWord &tokensPerWord, const QDate &pricedOn, int months)
{
    validation::requireText(QStringLiteral("model"), assumptions.model.model, MaxModelLength);
    requireWithin(QStringLiteral("months"), months, 1, MaxEstimateMonths);
    requireWithin(QStringLiteral("requests per day"), assumptions.requestsPerDay, 1,
                  MaxQuantity / DaysPerYear);
    requireWithin(QStringLiteral("monthly growth"), assumptions.monthlyGrowthBasisPoints,
                  InferenceAssumptions::MinMonthlyGrowthBasisPoints,
                  InferenceAssumptions::MaxMonthlyGrowthBasisPoints);
    tokensPerWord.validate();

    // A request's tokens are bounded so that a month of the largest volume stays a quantity.
    constexpr std::int64_t MaxTokensPerRequest = 100'000'000;
    InferenceEstimate estimate;
    estimate.model = assumptions.model;
    estimate.pricedOn = pricedOn;
    if (assumptions.inputWordsPerRequest) {
        requireWithin(QStringLiteral("input words"), *assumptions.inputWordsPerRequest, 0,
                      MaxTokensPerRequest);
        estimate.inputTokensPerRequest
            = tokensPerWord.tokensFor(*assumptions.inputWordsPerRequest, assumptions.language);
    } else {
        estimate.inputTokensPerRequest = assumptions.inputTokensPerRequest;
    }
    if (assumptions.outputWordsPerRequest) {
        requireWithin(QStringLiteral("output words"), *assumptions.outputWordsPerRequest, 0,
                      MaxTokensPerRequest);
        estimate.outputTokensPerRequest
            = tokensPerWord.tokensFor(*assumptions.outputWordsPerRequest, assumptions.language);
    } else {
        estimate.outputTokensPerRequest = assumptions.outputTokensPerRequest;
    }
    requireWithin(QStringLiteral("input tokens"), estimate.inputTokensPerRequest, 0, MaxTokensPerRequest);
    requireWithin(QStringLiteral("output tokens"), estimate.outputTokensPerRequest, 0, MaxTokensPerRequest);
    requireWithin(QStringLiteral("cached input tokens"), assumptions.cachedInputTokensPerRequest, 0,
                  estimate.inputTokensPerRequest);
    if (estimate.inputTokensPerRequest + estimate.outputTokensPerRequest == 0)
        throw ValidationError(QStringLiteral("output tokens"), ErrorCode::AmountNotPositive);
    estimate.cachedInputTokensPerRequest = assumptions.cachedInputTokensPerRequest;

    // Every price the workload needs, or no estimate: a missing one is unknown, not free.
    estimate.inputPrice = requirePrice(catalog, assumptions.model, Meter::InputToken, pricedOn);
    estimate.outputPrice = requirePrice(catalog, assumptions.model, Meter::OutputToken, pricedOn);
    if (estimate.cachedInputTokensPerRequest > 0)
        estimate.cachedInputPrice
            = requirePrice(catalog, assumptions.model, Meter::CachedInputToken, pricedOn);

    const std::int64_t uncachedInput = estimate.inputTokensPerRequest - estimate.cachedInputTokensPerRequest;
    estimate.perRequest = costOf(uncachedInput, *estimate.inputPrice.price())
        + costOf(estimate.outputTokensPerRequest, *estimate.outputPrice.price());
    if (estimate.cachedInputPrice)
        estimate.perRequest
            += costOf(estimate.cachedInputTokensPerRequest, *estimate.cachedInputPrice->price());
    estimate.perThousandOutputWords
        = costOf(tokensPerWord.tokensFor(1000, assumptions.language), *estimate.outputPrice.price());

    // The first month's requests; each next month's grows by the rate, rounded to whole requests.
    std::int64_t requests = roundedRatio(assumptions.requestsPerDay, DaysPerYear, 12);
    for (int month = 1; month <= months; ++month) {
        if (month > 1) {
            requests = roundedRatio(requests, 10'000 + assumptions.monthlyGrowthBasisPoints, 10'000);
            if (requests > MaxQuantity)
                throw ValidationError(QStringLiteral("monthly growth"), ErrorCode::QuantityTooLarge,
                                      { QString::number(requests), QString::number(MaxQuantity) });
        }
        estimate.months << MonthEstimate { month, requests, estimate.perRequest.scaled(requests, 1) };
        if (month <= 12)
            estimate.firstYear += estimate.months.constLast().cost;
    }
    estimate.perMonth = estimate.months.constFirst().cost;
    estimate.perWeek = estimate.perRequest.scaled(assumptions.requestsPerDay * 7, 1);
    // Fewer than twelve months asked: the year still reads as twelve, at the same growth.
    for (int month = months + 1; month <= 12; ++month) {
        requests = roundedRatio(requests, 10'000 + assumptions.monthlyGrowthBasisPoints, 10'000);
        estimate.firstYear += estimate.perRequest.scaled(requests, 1);
    }
    return estimate;
}

FineTuningEstimate estimateFineTuning(const FineTuningAssumptions &assumptions, const PriceCatalog &catalog,
                                      const QDate &pricedOn)
{
    validation::requireText(QStringLiteral("model"), assumptions.model.model, MaxModelLength);
    requireWithin(QStringLiteral("training tokens"), assumptions.trainingTokens, 1,
                  MaxQuantity / FineTuningAssumptions::MaxEpochs);
    requireWithin(QStringLiteral("epochs"), assumptions.epochs, 1, FineTuningAssumptions::MaxEpochs);
    requireWithin(QStringLiteral("hosting hours"), assumptions.hostingHoursPerMonth, 0,
                  FineTuningAssumptions::HoursPerMonth);

    FineTuningEstimate estimate;
    estimate.trainingPrice = requirePrice(catalog, assumptions.model, Meter::TrainingToken, pricedOn);
    estimate.trainedTokens = assumptions.trainingTokens * assumptions.epochs;
    estimate.training = costOf(estimate.trainedTokens, *estimate.trainingPrice.price());
    estimate.hostingPerMonth = ExactAmount::zero(estimate.trainingPrice.currency);
    if (assumptions.hostingHoursPerMonth > 0) {
        const ModelChoice tuned { assumptions.model.provider,
                                  assumptions.tunedModel.isEmpty()
                                      ? QStringLiteral("ft:") + assumptions.model.model
                                      : assumptions.tunedModel };
        estimate.hostingPrice = requirePrice(catalog, tuned, Meter::HostingHour, pricedOn);
        estimate.hostingPerMonth = costOf(assumptions.hostingHoursPerMonth, *estimate.hostingPrice->price());
    }
    return estimate;
}

} // namespace costboard::pricing
