// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "errors.h"
#include "pricing/pricecatalog.h"

namespace costboard::pricing {

// A model's price was needed and the catalog has none for that day: the estimate stops rather
// than count it as free. Arguments: provider, model, what is priced (meter key), date.
class PriceUnknownError : public Error
{
public:
    PriceUnknownError(const QString &provider, const QString &model, Meter meter, const QDate &date)
        : Error(ErrorCode::PriceUnknown, { provider, model, meterKey(meter), date.toString(Qt::ISODate) })
    { }
};

// The language of the text a model reads or writes: French takes more tokens per word.
enum class TextLanguage
{
    English,
    French,
};

QString textLanguageKey(TextLanguage language); // "en", "fr"
std::optional<TextLanguage> textLanguageFromKey(QStringView key);

// How many tokens a word of text makes, in thousandths, per language. Editable per database
// (PriceRepository); the defaults are the usual rules of thumb for OpenAI's and Anthropic's
// tokenizers on business prose: about 1.3 tokens per English word, 1.5 per French word.
struct TokensPerWord
{
    static constexpr std::int64_t DefaultEnglishMilli = 1300;
    static constexpr std::int64_t DefaultFrenchMilli = 1500;
    static constexpr std::int64_t LowestMilli = 500;
    static constexpr std::int64_t HighestMilli = 5000;

    std::int64_t englishMilli = DefaultEnglishMilli;
    std::int64_t frenchMilli = DefaultFrenchMilli;

    std::int64_t milliFor(TextLanguage language) const
    {
        return language == TextLanguage::French ? frenchMilli : englishMilli;
    }
    // The tokens `words` words make, rounded half up to a whole token.
    std::int64_t tokensFor(std::int64_t words, TextLanguage language) const;
    // Throws ValidationError ("tokens per word") outside LowestMilli..HighestMilli.
    void validate() const;
};

struct ModelChoice
{
    QString provider;
    QString model;
};

// Per request, a day: what an inference workload is assumed to be.
struct InferenceAssumptions
{
    ModelChoice model;
    std::int64_t requestsPerDay = 0;
    // Tokens per request, or words (converted with TokensPerWord in `language`) when given.
    std::int64_t inputTokensPerRequest = 0;
    std::int64_t outputTokensPerRequest = 0;
    std::optional<std::int64_t> inputWordsPerRequest;
    std::optional<std::int64_t> outputWordsPerRequest;
    TextLanguage language = TextLanguage::English;
    // Of the input tokens, how many are read from the provider's cache (a fixed system prompt).
    std::int64_t cachedInputTokensPerRequest = 0;
    // Growth of the volume from one month to the next, in basis points (500 = +5 % a month).
    std::int64_t monthlyGrowthBasisPoints = 0;

    static constexpr std::int64_t MaxMonthlyGrowthBasisPoints = 10'000; // doubling every month
    static constexpr std::int64_t MinMonthlyGrowthBasisPoints = -5'000;
};

// Days in an average month, as a fraction: a month's volume is a day's × 365 / 12.
inline constexpr std::int64_t DaysPerYear = 365;
inline constexpr int MaxEstimateMonths = 60;

struct MonthEstimate
{
    int month = 1; // 1 = the first month of the estimate
    std::int64_t requests = 0;
    ExactAmount cost;
};

struct InferenceEstimate
{
    ModelChoice model;
    QDate pricedOn;
    std::int64_t inputTokensPerRequest = 0; // after words were turned into tokens
    std::int64_t outputTokensPerRequest = 0;
    std::int64_t cachedInputTokensPerRequest = 0;
    PriceEntry inputPrice;
    PriceEntry outputPrice;
    std::optional<PriceEntry> cachedInputPrice; // only when cached tokens are assumed
    ExactAmount perRequest;
    // The article's measure: a thousand words generated, at the output price and the language's
    // tokens per word.
    ExactAmount perThousandOutputWords;
    ExactAmount perWeek; // at the first month's volume
    ExactAmount perMonth; // the first month
    ExactAmount firstYear; // twelve months, with the growth
    QList<MonthEstimate> months;

    ExactAmount total() const;
};

// The figures an inference estimate is read by, in the order the command line and the Estimator
// page list them.
enum class EstimateFigure
{
    PerRequest,
    PerThousandOutputWords,
    PerWeek,
    FirstMonth,
    FirstYear,
    Total,
};
QList<EstimateFigure> estimateFigures();
// Its key in JSON ("per_request", "first_year"): the same in every language.
QString estimateFigureKey(EstimateFigure figure);
// Its name in the interface language: "Per request", "Total over 24 months".
QString estimateFigureName(EstimateFigure figure, int months);
ExactAmount estimateFigureValue(const InferenceEstimate &estimate, EstimateFigure figure);
// A request's and a thousand words' cost are fractions of a cent, shown exact; weeks, months and
// years in cents.
ExactAmount::Precision estimateFigurePrecision(EstimateFigure figure);

// Prices the assumptions at the catalog's prices in force on `pricedOn`, over `months` months.
// Throws ValidationError for a value out of range (the field named as on the form and the
// command line), PriceUnknownError for a price the catalog lacks.
InferenceEstimate estimateInference(const InferenceAssumptions &assumptions, const PriceCatalog &catalog,
                                    const TokensPerWord &tokensPerWord, const QDate &pricedOn,
                                    int months = 12);

// The catalog's entry for `meter` of `choice` in force on `on`. Throws PriceUnknownError when it
// has none: a missing price is unknown, never free.
PriceEntry requirePrice(const PriceCatalog &catalog, const ModelChoice &choice, Meter meter, const QDate &on);

// Throws ValidationError naming `field` (as on the form and the command line) unless `value` is
// within [lowest, highest].
void requireWithin(const QString &field, std::int64_t value, std::int64_t lowest, std::int64_t highest);

// Training a model on one's own data, then hosting it.
struct FineTuningAssumptions
{
    ModelChoice model; // the base model, priced per training token
    std::int64_t trainingTokens = 0; // in the training file, seen once per epoch
    std::int64_t epochs = 1;
    // Hours a month the tuned model is deployed (Azure bills hosting by the hour; OpenAI does not).
    std::int64_t hostingHoursPerMonth = 0;
    QString tunedModel; // the tuned model's name in the catalog ("ft:gpt-4o-mini"), for hosting

    static constexpr std::int64_t MaxEpochs = 100;
    static constexpr std::int64_t HoursPerMonth = 730;
};

struct FineTuningEstimate
{
    PriceEntry trainingPrice;
    std::optional<PriceEntry> hostingPrice;
    std::int64_t trainedTokens = 0; // training tokens × epochs
    ExactAmount training; // once
    ExactAmount hostingPerMonth;
};

FineTuningEstimate estimateFineTuning(const FineTuningAssumptions &assumptions, const PriceCatalog &catalog,
                                      const QDate &pricedOn);

} // namespace costboard::pricing
