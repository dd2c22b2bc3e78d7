// SPDX-License-Identifier: GPL-3.0-or-later
// The price catalog and the estimator (core/pricing): exact prices, prices by date, unknown
// prices that never count as zero, price lists (CostBoard's and LiteLLM's), and the article's two
// examples reproduced from catalog entries.

#include <QTemporaryDir>
#include <QTest>

#include "analytics/budgetgrid.h"
#include "domain/unit.h"
#include "pricing/estimate.h"
#include "pricing/estimatebudgets.h"
#include "pricing/pricelistfile.h"
#include "pricing/pricerepository.h"
#include "storage/auditlog.h"
#include "storage/budgetrepository.h"
#include "storage/databasesettings.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::pricing;

namespace {

PriceEntry entry(const char *provider, const char *model, Meter meter, const char *perMillion,
                 const QDate &from, const char *currency = "USD")
{
    PriceEntry e;
    e.provider = QString::fromUtf8(provider);
    e.model = QString::fromUtf8(model);
    e.meter = meter;
    const QString price = QString::fromLatin1(perMillion);
    e.microsPerMillion
        = meterDisplayUnits(meter) == 1'000'000 ? parsePricePerMillion(price) : parsePricePerUnit(price);
    e.currency = QString::fromLatin1(currency);
    e.effectiveFrom = from;
    e.source = QStringLiteral("test");
    e.origin = PriceOrigin::User;
    return e;
}

// Picos of a decimal amount written in major units: "0.006" → 6,000,000,000.
Picos picosOf(const char *major)
{
    return Picos(*parseScaledDecimal(QString::fromLatin1(major), 12));
}

QString fixture(const QString &name)
{
    return QFINDTESTDATA(QStringLiteral("../fixtures/prices/") + name);
}

} // namespace

class TestPricing : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void pricesAreReadExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("perMillion");
        QTest::addColumn<qint64>("micros"); // -1: refused
        QTest::newRow("per million") << QStringLiteral("2.50") << true << qint64(2'500'000);
        QTest::newRow("decimal comma") << QStringLiteral("0,075") << true << qint64(75'000);
        QTest::newRow("Gemini cached: 18.75 nano-dollars a token")
            << QStringLiteral("0.01875") << true << qint64(18'750);
        QTest::newRow("per token, LiteLLM") << QStringLiteral("2.5e-06") << false << qint64(2'500'000);
        QTest::newRow("per token, sub-nano") << QStringLiteral("1.875e-08") << false << qint64(18'750);
        QTest::newRow("per hour") << QStringLiteral("2.73") << false << qint64(2'730'000'000'000);
        QTest::newRow("zero is a price") << QStringLiteral("0") << true << qint64(0);
        QTest::newRow("finer than a micro per million") << QStringLiteral("1.2345678") << true << qint64(-1);
        QTest::newRow("finer than a pico per unit") << QStringLiteral("1e-13") << false << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-1") << true << qint64(-1);
        QTest::newRow("words") << QStringLiteral("ten") << true << qint64(-1);
        QTest::newRow("empty") << QStringLiteral("") << true << qint64(-1);
        QTest::newRow("too large") << QStringLiteral("2e6") << false << qint64(-1);
    }

    void pricesAreReadExactly()
    {
        QFETCH(QString, text);
        QFETCH(bool, perMillion);
        QFETCH(qint64, micros);
        const auto read = perMillion ? parsePricePerMillion(text) : parsePricePerUnit(text);
        if (micros < 0) {
            QVERIFY2(!read, qPrintable(QString::number(read.value_or(0))));
        } else {
            QVERIFY(read);
            QCOMPARE(*read, micros);
        }
    }

    // A quantity of any meter is counted in a unit CostBoard knows, shown translated.
    void everyMeterCountsInAKnownUnit()
    {
        for (const Meter meter : allMeters()) {
            QVERIFY2(units::isKnownKey(meterUnit(meter)), qPrintable(meterKey(meter)));
            QCOMPARE(meterFromKey(meterKey(meter)), std::optional(meter));
            QVERIFY(!meterName(meter).isEmpty());
        }
    }

    void exactAmountsReadAsMoneyDoes()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale french(QLocale::French, QLocale::France);
        const auto exact = ExactAmount::Precision::Exact;
        QCOMPARE(ExactAmount(picosOf("0.006"), QStringLiteral("USD")).format(english, exact),
                 QStringLiteral("$0.006"));
        QCOMPARE(ExactAmount(picosOf("0.006"), QStringLiteral("USD")).format(english),
                 QStringLiteral("$0.01"));
        QCOMPARE(ExactAmount(picosOf("2.4"), QStringLiteral("USD")).format(english, exact),
                 QStringLiteral("$2.40"));
        QCOMPARE(ExactAmount(picosOf("1234.565"), QStringLiteral("EUR")).format(french),
                 QStringLiteral("1\u202f234,57\u00a0€"));
        QCOMPARE(ExactAmount(picosOf("0.000042"), QStringLiteral("EUR")).format(french, exact),
                 QStringLiteral("0,000042\u00a0€"));
        QCOMPARE(ExactAmount(picosOf("0.01875"), QStringLiteral("USD")).format(english, exact),
                 QStringLiteral("$0.01875"));
        // Cents for budgets: half a cent rounds away from zero.
        QCOMPARE(ExactAmount(picosOf("0.005"), QStringLiteral("USD")).toMoney().minorUnits(), 1);
        QCOMPARE(ExactAmount(picosOf("0.0049"), QStringLiteral("USD")).toMoney().minorUnits(), 0);
        QVERIFY_THROWS_EXCEPTION(
            MoneyError, ExactAmount(1, QStringLiteral("USD")) + ExactAmount(1, QStringLiteral("EUR")));
    }

    // The article: "GPT-4 costs about $0.006 per 1,000 words generated". With the French factor of
    // 1.5 tokens per word (the default), 1,000 words are 1,500 output tokens, and an output
    // price of $4.00 per million tokens makes them cost $0.006 exactly.
    void articleInferenceExample()
    {
        const PriceCatalog catalog(
            { entry("openai", "gpt-4", Meter::InputToken, "2.00", QDate(2023, 3, 14)),
              entry("openai", "gpt-4", Meter::OutputToken, "4.00", QDate(2023, 3, 14)) });
        const TokensPerWord factors;
        QCOMPARE(factors.frenchMilli, 1500);
        QCOMPARE(factors.tokensFor(1000, TextLanguage::French), 1500);

        InferenceAssumptions assumptions;
        assumptions.model = { QStringLiteral("openai"), QStringLiteral("gpt-4") };
        assumptions.requestsPerDay = 1;
        assumptions.inputTokensPerRequest = 0;
        assumptions.outputWordsPerRequest = 1000;
        assumptions.language = TextLanguage::French;
        const InferenceEstimate estimate
            = estimateInference(assumptions, catalog, factors, QDate(2026, 12, 1));
        QCOMPARE(estimate.outputTokensPerRequest, 1500);
        QCOMPARE(estimate.perThousandOutputWords.picos(), picosOf("0.006"));
        QCOMPARE(estimate.perRequest.picos(), picosOf("0.006"));
        QCOMPARE(estimate.perThousandOutputWords.format(QLocale(), ExactAmount::Precision::Exact),
                 QStringLiteral("$0.006"));
        // English text makes fewer tokens of the same words: 1,300 at 1.3, so it costs less.
        assumptions.language = TextLanguage::English;
        QCOMPARE(estimateInference(assumptions, catalog, factors, QDate(2026, 12, 1)).perRequest.picos(),
                 picosOf("0.0052"));
    }

    // The article: training GPT-3.5 Turbo on 100,000 tokens for three epochs costs about $2.40,
    // at $8 per million training tokens. Reproduced from the shipped catalog's entry.
    void articleFineTuningExample()
    {
        const PriceCatalog catalog(shippedPriceList().entries);
        FineTuningAssumptions assumptions;
        assumptions.model = { QStringLiteral("openai"), QStringLiteral("gpt-3.5-turbo") };
        assumptions.trainingTokens = 100'000;
        assumptions.epochs = 3;
        const FineTuningEstimate estimate = estimateFineTuning(assumptions, catalog, QDate(2024, 1, 15));
        QCOMPARE(estimate.trainingPrice.microsPerMillion, std::optional<std::int64_t>(8'000'000));
        QCOMPARE(estimate.trainedTokens, 300'000);
        QCOMPARE(estimate.training.picos(), picosOf("2.40"));
        QCOMPARE(estimate.training.toMoney(), Money(240, QStringLiteral("USD")));
        QVERIFY(estimate.hostingPerMonth.isZero());
    }

    void hostingATunedModelIsPricedByTheHour()
    {
        const PriceCatalog catalog(
            { entry("azure", "gpt-4o-mini", Meter::TrainingToken, "3.30", QDate(2025, 1, 1)),
              entry("azure", "ft:gpt-4o-mini", Meter::HostingHour, "1.70", QDate(2025, 1, 1)) });
        FineTuningAssumptions assumptions;
        assumptions.model = { QStringLiteral("azure"), QStringLiteral("gpt-4o-mini") };
        assumptions.trainingTokens = 1'000'000;
        assumptions.epochs = 2;
        assumptions.hostingHoursPerMonth = FineTuningAssumptions::HoursPerMonth;
        const FineTuningEstimate estimate = estimateFineTuning(assumptions, catalog, QDate(2025, 6, 1));
        QCOMPARE(estimate.training.picos(), picosOf("6.60"));
        QCOMPARE(estimate.hostingPerMonth.picos(), picosOf("1241")); // 730 h × $1.70
        assumptions.tunedModel = QStringLiteral("ft:unknown");
        QVERIFY_THROWS_EXCEPTION(PriceUnknownError,
                                 estimateFineTuning(assumptions, catalog, QDate(2025, 6, 1)));
    }

    void thePriceInForceIsTheLatestOnOrBeforeTheDay()
    {
        PriceEntry launch = entry("openai", "gpt-4o", Meter::InputToken, "5.00", QDate(2024, 5, 13));
        PriceEntry cut = entry("openai", "gpt-4o", Meter::InputToken, "2.50", QDate(2024, 10, 1));
        PriceEntry withdrawn = entry("openai", "gpt-4o", Meter::InputToken, "0", QDate(2026, 1, 1));
        withdrawn.microsPerMillion.reset();
        // A correction of the same day, recorded later, wins over the first figure.
        PriceEntry typo = entry("openai", "gpt-4o", Meter::InputToken, "25.00", QDate(2024, 10, 1));
        typo.recordedAt = QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
        cut.recordedAt = QDateTime(QDate(2025, 1, 2), QTime(9, 0), Qt::UTC);
        const PriceCatalog catalog({ cut, launch, typo, withdrawn });
        const auto priceOn = [&catalog](const QDate &day) {
            const auto found
                = catalog.entryOn(QStringLiteral("OpenAI"), QStringLiteral("GPT-4o"), Meter::InputToken, day);
            return found ? *found->microsPerMillion : std::int64_t(-1);
        };
        QCOMPARE(priceOn(QDate(2024, 5, 12)), -1); // before the first price: unknown
        QCOMPARE(priceOn(QDate(2024, 5, 13)), 5'000'000);
        QCOMPARE(priceOn(QDate(2024, 9, 30)), 5'000'000);
        QCOMPARE(priceOn(QDate(2024, 10, 1)), 2'500'000);
        QCOMPARE(priceOn(QDate(2025, 12, 31)), 2'500'000);
        QCOMPARE(priceOn(QDate(2026, 1, 1)), -1); // withdrawn: unknown, not zero
        QCOMPARE(catalog.current(QDate(2025, 6, 1)).size(), 1);
        QVERIFY(catalog.current(QDate(2026, 6, 1)).isEmpty());
        QCOMPARE(catalog.history(QStringLiteral("openai"), QStringLiteral("gpt-4o")).size(), 4);
        QCOMPARE(
            catalog.history(QStringLiteral("openai"), QStringLiteral("gpt-4o")).constFirst().effectiveFrom,
            QDate(2026, 1, 1));
    }

    void aDatedSnapshotIsPricedAsItsModel_data()
    {
        QTest::addColumn<QString>("usageName");
        QTest::addColumn<QString>("catalogModel");
        QTest::newRow("OpenAI snapshot")
            << QStringLiteral("gpt-4o-mini-2024-07-18") << QStringLiteral("gpt-4o-mini");
        QTest::newRow("Anthropic snapshot")
            << QStringLiteral("claude-3-5-sonnet-20241022") << QStringLiteral("claude-3-5-sonnet");
        QTest::newRow("alias") << QStringLiteral("mistral-large-latest") << QStringLiteral("mistral-large");
        QTest::newRow("Vertex") << QStringLiteral("claude-3-5-sonnet@20240620")
                                << QStringLiteral("claude-3-5-sonnet");
        QTest::newRow("the name itself") << QStringLiteral("gpt-4o") << QStringLiteral("gpt-4o");
    }

    void aDatedSnapshotIsPricedAsItsModel()
    {
        QFETCH(QString, usageName);
        QFETCH(QString, catalogModel);
        const PriceCatalog catalog(
            { entry("p", qPrintable(catalogModel), Meter::OutputToken, "1.00", QDate(2024, 1, 1)) });
        const auto found
            = catalog.entryOn(QStringLiteral("p"), usageName, Meter::OutputToken, QDate(2025, 1, 1));
        QVERIFY(found);
        QCOMPARE(found->model, catalogModel);
        // A catalog's own key is matched exactly: the snapshot is not the base model's entry.
        if (usageName != catalogModel)
            QVERIFY(!catalog.entryOn(QStringLiteral("p"), usageName, Meter::OutputToken, QDate(2025, 1, 1),
                                     ModelMatch::Exact));
    }

    // A preview is a model of its own: "o1-preview" is not priced as "o1".
    void aPreviewIsNotPricedAsItsModel()
    {
        const PriceCatalog catalog(
            { entry("openai", "o1", Meter::OutputToken, "60.00", QDate(2024, 12, 17)) });
        QVERIFY(!catalog.entryOn(QStringLiteral("openai"), QStringLiteral("o1-preview"), Meter::OutputToken,
                                 QDate(2025, 1, 1)));
        QVERIFY(catalog.entryOn(QStringLiteral("openai"), QStringLiteral("o1-2024-12-17"), Meter::OutputToken,
                                QDate(2025, 1, 1)));
    }

    void anUnknownPriceStopsTheEstimate()
    {
        const PriceCatalog catalog(
            { entry("openai", "gpt-4o", Meter::InputToken, "2.50", QDate(2024, 10, 1)),
              entry("openai", "gpt-4o", Meter::OutputToken, "10.00", QDate(2024, 10, 1)) });
        InferenceAssumptions assumptions;
        assumptions.model = { QStringLiteral("openai"), QStringLiteral("gpt-4o") };
        assumptions.requestsPerDay = 100;
        assumptions.inputTokensPerRequest = 1000;
        assumptions.outputTokensPerRequest = 100;
        // Before the model's first price, and with cached tokens the catalog has no price for.
        try {
            estimateInference(assumptions, catalog, TokensPerWord(), QDate(2024, 9, 30));
            QFAIL("an estimate before the first price must not be priced");
        } catch (const PriceUnknownError &error) {
            QCOMPARE(error.arguments(),
                     QStringList({ QStringLiteral("openai"), QStringLiteral("gpt-4o"),
                                   QStringLiteral("input"), QStringLiteral("2024-09-30") }));
        }
        assumptions.cachedInputTokensPerRequest = 800;
        try {
            estimateInference(assumptions, catalog, TokensPerWord(), QDate(2025, 1, 1));
            QFAIL("cached tokens without a cached price must not be priced at zero");
        } catch (const PriceUnknownError &error) {
            QCOMPARE(error.arguments().at(2), QStringLiteral("cached-input"));
        }
        assumptions.model.model = QStringLiteral("no-such-model");
        assumptions.cachedInputTokensPerRequest = 0;
        QVERIFY_THROWS_EXCEPTION(PriceUnknownError,
                                 estimateInference(assumptions, catalog, TokensPerWord(), QDate(2025, 1, 1)));
    }

    // OpenAI's input tokens include the cached ones: of 1,000, 800 read from the cache cost the
    // cached price and 200 the full price.
    void cachedTokensArePricedApart()
    {
        const PriceCatalog catalog(
            { entry("openai", "gpt-4o", Meter::InputToken, "2.50", QDate(2024, 10, 1)),
              entry("openai", "gpt-4o", Meter::CachedInputToken, "1.25", QDate(2024, 10, 1)),
              entry("openai", "gpt-4o", Meter::OutputToken, "10.00", QDate(2024, 10, 1)) });
        InferenceAssumptions assumptions;
        assumptions.model = { QStringLiteral("openai"), QStringLiteral("gpt-4o") };
        assumptions.requestsPerDay = 1000;
        assumptions.inputTokensPerRequest = 1000;
        assumptions.cachedInputTokensPerRequest = 800;
        assumptions.outputTokensPerRequest = 100;
        const InferenceEstimate estimate
            = estimateInference(assumptions, catalog, TokensPerWord(), QDate(2025, 1, 1));
        // 200 × 2.50 + 800 × 1.25 + 100 × 10.00 per million = 2,500 micro-dollars.
        QCOMPARE(estimate.perRequest.picos(), picosOf("0.0025"));
        QCOMPARE(estimate.perWeek.picos(), picosOf("17.50"));
        assumptions.cachedInputTokensPerRequest = 1001;
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 estimateInference(assumptions, catalog, TokensPerWord(), QDate(2025, 1, 1)));
    }

    void monthsGrowFromADayTimesAnAverageMonth()
    {
        const PriceCatalog catalog({ entry("p", "m", Meter::InputToken, "1.00", QDate(2024, 1, 1)),
                                     entry("p", "m", Meter::OutputToken, "1.00", QDate(2024, 1, 1)) });
        InferenceAssumptions assumptions;
        assumptions.model = { QStringLiteral("p"), QStringLiteral("m") };
        assumptions.requestsPerDay = 1000;
        assumptions.inputTokensPerRequest = 500;
        assumptions.outputTokensPerRequest = 500; // $0.001 a request
        assumptions.monthlyGrowthBasisPoints = 1000; // +10 % a month
        const InferenceEstimate estimate
            = estimateInference(assumptions, catalog, TokensPerWord(), QDate(2025, 1, 1), 3);
        QCOMPARE(estimate.months.size(), 3);
        QCOMPARE(estimate.months.at(0).requests, 30'417); // 1,000 × 365 / 12 = 30,416.67
        QCOMPARE(estimate.months.at(1).requests, 33'459); // 30,417 × 1.1 = 33,458.7
        QCOMPARE(estimate.months.at(2).requests, 36'805); // 33,459 × 1.1 = 36,804.9
        QCOMPARE(estimate.perMonth.picos(), picosOf("30.417"));
        QCOMPARE(estimate.total().picos(), picosOf("100.681"));
        QCOMPARE(estimate.perWeek.picos(), picosOf("7"));
        // The first year counts twelve months even when fewer are listed.
        Picos year = 0;
        std::int64_t requests = 30'417;
        for (int month = 1; month <= 12; ++month) {
            if (month > 1)
                requests = (requests * 11 + 5) / 10;
            year += Picos(requests) * 1'000'000'000;
        }
        QCOMPARE(estimate.firstYear.picos(), year);
    }

    void estimatesRefuseValuesOutOfRange()
    {
        const PriceCatalog catalog({ entry("p", "m", Meter::InputToken, "1.00", QDate(2024, 1, 1)),
                                     entry("p", "m", Meter::OutputToken, "1.00", QDate(2024, 1, 1)) });
        InferenceAssumptions assumptions;
        assumptions.model = { QStringLiteral("p"), QStringLiteral("m") };
        assumptions.requestsPerDay = 0;
        assumptions.inputTokensPerRequest = 1;
        try {
            estimateInference(assumptions, catalog, TokensPerWord(), QDate(2025, 1, 1));
            QFAIL("no requests is no workload");
        } catch (const ValidationError &error) {
            QCOMPARE(error.field(), QStringLiteral("requests per day"));
        }
        assumptions.requestsPerDay = 1;
        assumptions.monthlyGrowthBasisPoints = 20'000;
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 estimateInference(assumptions, catalog, TokensPerWord(), QDate(2025, 1, 1)));
        assumptions.monthlyGrowthBasisPoints = 0;
        TokensPerWord silly;
        silly.frenchMilli = 100;
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 estimateInference(assumptions, catalog, silly, QDate(2025, 1, 1)));
        QVERIFY_THROWS_EXCEPTION(
            ValidationError, estimateInference(assumptions, catalog, TokensPerWord(), QDate(2025, 1, 1), 61));
    }

    void theShippedCatalogIsWholeAndDated()
    {
        const PriceListContents shipped = shippedPriceList();
        QVERIFY(shipped.entries.size() > 100);
        QVERIFY(shipped.modelsWithoutPrice.isEmpty());
        for (const PriceEntry &e : shipped.entries) {
            QVERIFY2(e.effectiveFrom.isValid() && !e.source.isEmpty() && e.microsPerMillion,
                     qPrintable(e.provider + u'/' + e.model));
            QCOMPARE(e.origin, PriceOrigin::Shipped);
            validatePriceEntry(e);
        }
        const PriceCatalog catalog(shipped.entries);
        // The history it carries: gpt-4o's price cut of October 2024.
        const auto before = catalog.entryOn(QStringLiteral("openai"), QStringLiteral("gpt-4o"),
                                            Meter::InputToken, QDate(2024, 9, 1));
        const auto after = catalog.entryOn(QStringLiteral("openai"), QStringLiteral("gpt-4o"),
                                           Meter::InputToken, QDate(2024, 11, 1));
        QVERIFY(before && after);
        QCOMPARE(*before->microsPerMillion, 5'000'000);
        QCOMPARE(*after->microsPerMillion, 2'500'000);
    }

    void liteLlmMapIsReadExactly()
    {
        const PriceListContents read = readPriceListFile(fixture(QStringLiteral("litellm-sample.json")),
                                                         PriceOrigin::Imported, QDate(2026, 12, 1));
        QCOMPARE(read.format, PriceListFormat::LiteLlm);
        const PriceCatalog catalog(read.entries);
        const auto price = [&catalog](const char *provider, const char *model, Meter meter) -> std::int64_t {
            const auto found
                = catalog.entryOn(QLatin1String(provider), QLatin1String(model), meter, QDate(2026, 12, 1));
            return found ? *found->microsPerMillion : -1;
        };
        QCOMPARE(price("openai", "gpt-4o", Meter::InputToken), 2'500'000);
        QCOMPARE(price("openai", "gpt-4o", Meter::CachedInputToken), 1'250'000);
        QCOMPARE(price("openai", "gpt-4o", Meter::OutputToken), 10'000'000);
        QCOMPARE(price("azure", "gpt-4o", Meter::InputToken), 2'500'000); // "azure/gpt-4o"
        QCOMPARE(price("google", "gemini-1.5-flash", Meter::CachedInputToken), 18'750); // "gemini/…"
        QCOMPARE(price("anthropic", "claude-3-5-sonnet-20241022", Meter::CacheWriteToken), 3'750'000);
        // $0.0001 a second is $0.006 a minute.
        QCOMPARE(price("openai", "whisper-1", Meter::AudioMinute), 6'000'000'000);
        QCOMPARE(read.entries.constFirst().source, QStringLiteral("LiteLLM litellm-sample.json, 2026-12-01"));
        QCOMPARE(read.entries.constFirst().effectiveFrom, QDate(2026, 12, 1));
        // Priced per pixel, or not priced: listed, left unknown, never free.
        QVERIFY(read.modelsWithoutPrice.contains(QStringLiteral("standard/1024-x-1024/dall-e-3")));
        QVERIFY(read.modelsWithoutPrice.contains(QStringLiteral("ollama/llama2")));
        QCOMPARE(price("openai", "dall-e-3", Meter::OutputToken), -1);
        QVERIFY(!read.modelsWithoutPrice.contains(QStringLiteral("sample_spec")));
    }

    void aBadPriceListNamesFileLineEntryAndField_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("not JSON") << QByteArray("{\n \"a\": \n}") << int(ErrorCode::PriceListNotJson)
                                  << QStringList { QStringLiteral("list.json"), QStringLiteral("3") };
        QTest::newRow("neither format")
            << QByteArray("{\"a\": {\"b\": 1}}") << int(ErrorCode::PriceListFormatUnknown)
            << QStringList { QStringLiteral("list.json") };
        QTest::newRow("LiteLLM text price")
            << QByteArray("{\n  \"gpt-x\": {\"litellm_provider\": \"openai\"},\n  \"gpt-y\": {\n"
                          "    \"litellm_provider\": \"openai\", \"input_cost_per_token\": \"cheap\"}\n}")
            << int(ErrorCode::PriceListPriceInvalid)
            << QStringList { QStringLiteral("list.json"), QStringLiteral("3"), QStringLiteral("gpt-y"),
                             QStringLiteral("input_cost_per_token"), QStringLiteral("cheap") };
        QTest::newRow("LiteLLM negative price")
            << QByteArray(
                   "{\"gpt-y\": {\"litellm_provider\": \"openai\", \"output_cost_per_token\": -1e-06}}")
            << int(ErrorCode::PriceListPriceInvalid)
            << QStringList { QStringLiteral("list.json"), QStringLiteral("1"), QStringLiteral("gpt-y"),
                             QStringLiteral("output_cost_per_token"), QStringLiteral("-1e-06") };
        const QByteArray head("{\"format\": \"costboard-prices\", \"version\": 1, \"prices\": [\n"
                              "  {\"provider\": \"openai\", \"model\": \"a\", \"currency\": \"USD\","
                              " \"effective_from\": \"2025-01-01\", \"source\": \"s\","
                              " \"per_million_tokens\": {\"input\": \"1\"}},\n");
        QTest::newRow("bad date") << head
                + "  {\"provider\": \"openai\", \"model\": \"b\", \"currency\": \"USD\","
                  " \"effective_from\": \"2025-02-30\", \"source\": \"s\"}\n]}"
                                  << int(ErrorCode::PriceListDateInvalid)
                                  << QStringList { QStringLiteral("list.json"), QStringLiteral("3"),
                                                   QStringLiteral("openai/b"),
                                                   QStringLiteral("effective_from"),
                                                   QStringLiteral("2025-02-30") };
        QTest::newRow("bad currency") << head
                + "  {\"provider\": \"openai\", \"model\": \"b\", \"currency\": \"XXY\","
                  " \"effective_from\": \"2025-02-01\", \"source\": \"s\"}\n]}"
                                      << int(ErrorCode::PriceListCurrencyInvalid)
                                      << QStringList { QStringLiteral("list.json"), QStringLiteral("3"),
                                                       QStringLiteral("openai/b"), QStringLiteral("XXY") };
        QTest::newRow("unknown meter")
            << head
                + "  {\"provider\": \"openai\", \"model\": \"b\", \"currency\": \"USD\","
                  " \"effective_from\": \"2025-02-01\", \"source\": \"s\", \"per_unit\": {\"input\": "
                  "\"1\"}}\n]}"
            << int(ErrorCode::PriceListMeterUnknown)
            << QStringList { QStringLiteral("list.json"), QStringLiteral("3"), QStringLiteral("openai/b"),
                             QStringLiteral("per_unit.input"),
                             QStringLiteral("image, audio-minute, hosting-hour, gpu-hour") };
        QTest::newRow("missing source")
            << head
                + "  {\"provider\": \"openai\", \"model\": \"b\", \"currency\": \"USD\","
                  " \"effective_from\": \"2025-02-01\"}\n]}"
            << int(ErrorCode::PriceListFieldMissing)
            << QStringList { QStringLiteral("list.json"), QStringLiteral("3"), QStringLiteral("openai/b"),
                             QStringLiteral("source") };
        QTest::newRow("too precise") << head
                + "  {\"provider\": \"openai\", \"model\": \"b\", \"currency\": \"USD\","
                  " \"effective_from\": \"2025-02-01\", \"source\": \"s\","
                  " \"per_million_tokens\": {\"output\": \"0.0000001\"}}\n]}"
                                     << int(ErrorCode::PriceListPriceInvalid)
                                     << QStringList { QStringLiteral("list.json"), QStringLiteral("3"),
                                                      QStringLiteral("openai/b"),
                                                      QStringLiteral("per_million_tokens.output"),
                                                      QStringLiteral("0.0000001") };
    }

    void aBadPriceListNamesFileLineEntryAndField()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QStringList, arguments);
        try {
            readPriceList(bytes, QStringLiteral("list.json"), PriceOrigin::Imported, QDate(2026, 12, 1));
            QFAIL("the list must be refused");
        } catch (const PriceListError &error) {
            QCOMPARE(int(error.code()), code);
            QCOMPARE(error.arguments().mid(0, arguments.size()), arguments);
        }
    }

    void aWrittenListReadsBackTheSame()
    {
        QList<PriceEntry> entries {
            entry("openai", "gpt-4o", Meter::InputToken, "2.50", QDate(2024, 10, 1)),
            entry("openai", "gpt-4o", Meter::OutputToken, "10.00", QDate(2024, 10, 1)),
            entry("google", "gemini-1.5-flash", Meter::CachedInputToken, "0.01875", QDate(2024, 8, 12)),
            entry("scaleway", "h100-1-80g", Meter::GpuHour, "2.73", QDate(2025, 1, 1), "EUR"),
            entry("openai", "whisper-1", Meter::AudioMinute, "0.006", QDate(2023, 3, 1))
        };
        const PriceListContents read
            = readPriceList(writePriceList(entries), QStringLiteral("out.json"), PriceOrigin::User, QDate());
        QCOMPARE(read.entries.size(), entries.size());
        for (const PriceEntry &original : entries) {
            const auto found
                = PriceCatalog(read.entries)
                      .entryOn(original.provider, original.model, original.meter, original.effectiveFrom);
            QVERIFY(found);
            QCOMPARE(found->microsPerMillion, original.microsPerMillion);
            QCOMPARE(found->currency, original.currency);
        }
    }

    void aNewDatabaseHoldsTheShippedCatalog()
    {
        auto database = test::openTestDatabase();
        const PriceCatalog catalog = PriceRepository(*database).catalog();
        QCOMPARE(catalog.entries().size(), shippedPriceList().entries.size());
        QCOMPARE(catalog.entries().constFirst().origin, PriceOrigin::Shipped);
        // Seeding changed nothing anyone did: no audit entry.
        QVERIFY(AuditLog(*database).entriesFor(QStringLiteral("price")).isEmpty());
    }

    void addingAPriceKeepsTheHistoryAndIsAudited()
    {
        auto database = test::openTestDatabase();
        PriceRepository repository(*database);
        const auto inForce = [&repository](const QDate &day) {
            return repository.catalog().entryOn(QStringLiteral("openai"), QStringLiteral("gpt-4o"),
                                                Meter::OutputToken, day);
        };
        const std::int64_t before = *inForce(QDate(2026, 3, 1))->microsPerMillion;
        repository.add(entry("OpenAI", " GPT-4o ", Meter::OutputToken, "8.00", QDate(2026, 3, 1)));
        QCOMPARE(*inForce(QDate(2026, 3, 1))->microsPerMillion, 8'000'000);
        QCOMPARE(*inForce(QDate(2026, 2, 28))->microsPerMillion, before);
        QCOMPARE(inForce(QDate(2026, 3, 1))->origin, PriceOrigin::User);
        repository.withdraw(QStringLiteral("openai"), QStringLiteral("gpt-4o"), Meter::OutputToken,
                            QDate(2026, 6, 1), QStringLiteral("retired"));
        QVERIFY(!inForce(QDate(2026, 6, 1)));
        const QList<AuditEntry> audit = AuditLog(*database).entriesFor(QStringLiteral("price"));
        QCOMPARE(audit.size(), 2);
        const auto mentions = [&audit](const QString &text) {
            return std::any_of(audit.cbegin(), audit.cend(),
                               [&text](const AuditEntry &e) { return e.details.contains(text); });
        };
        QVERIFY(
            mentions(QStringLiteral("openai/gpt-4o output from 2026-03-01: 8.00 USD per 1M tokens (test)")));
        QVERIFY(mentions(QStringLiteral("openai/gpt-4o output from 2026-06-01: withdrawn (retired)")));
        try {
            repository.add(entry("openai", "gpt-4o", Meter::OutputToken, "1.00", QDate(2026, 3, 1), "EURO"));
            QFAIL("an unknown currency must be refused");
        } catch (const ValidationError &error) {
            QCOMPARE(error.field(), QStringLiteral("currency"));
        }
    }

    void aPriceListImportedTwiceAddsNothingTheSecondTime()
    {
        auto database = test::openTestDatabase();
        PriceRepository repository(*database);
        const PriceListContents list = readPriceListFile(fixture(QStringLiteral("litellm-sample.json")),
                                                         PriceOrigin::Imported, QDate(2026, 12, 1));
        const PriceListImport first = repository.addAll(list.entries, QStringLiteral("litellm-sample.json"));
        // gpt-4o's prices in the map are the shipped catalog's: already in force.
        QVERIFY(first.unchanged > 0);
        QVERIFY(first.added > 0);
        QCOMPARE(first.added + first.unchanged, int(list.entries.size()));
        const qint64 rows = test::rowCount(*database, QStringLiteral("model_prices"));
        const PriceListImport second = repository.addAll(list.entries, QStringLiteral("litellm-sample.json"));
        QCOMPARE(second.added, 0);
        QCOMPARE(second.unchanged, int(list.entries.size()));
        QCOMPARE(test::rowCount(*database, QStringLiteral("model_prices")), rows);
    }

    void aListWithOneBadEntryLeavesTheFileUntouched()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("prices.sqlite"));
        {
            auto database = Database::openSqlite(path);
        }
        const QByteArray hash = test::fileHash(path);
        {
            auto database = Database::openSqlite(path);
            QList<PriceEntry> entries { entry("openai", "new-model", Meter::InputToken, "1.00",
                                              QDate(2026, 1, 1)),
                                        entry("openai", "", Meter::OutputToken, "1.00", QDate(2026, 1, 1)) };
            QVERIFY_THROWS_EXCEPTION(ValidationError,
                                     PriceRepository(*database).addAll(entries, QStringLiteral("x")));
            QCOMPARE(
                test::queryValue(
                    *database, QStringLiteral("SELECT COUNT(*) FROM model_prices WHERE model = 'new-model'"))
                    .toInt(),
                0);
        }
        QCOMPARE(test::fileHash(path), hash);
    }

    void theSchemaRefusesAPriceOutOfItsDomain_data()
    {
        QTest::addColumn<QString>("values");
        QTest::newRow("unknown meter")
            << QStringLiteral("'openai', 'm', 'tokens', 1, 'USD', '2025-01-01', 's', 'user', 'now'");
        QTest::newRow("negative price")
            << QStringLiteral("'openai', 'm', 'input', -1, 'USD', '2025-01-01', 's', 'user', 'now'");
        QTest::newRow("price as text")
            << QStringLiteral("'openai', 'm', 'input', '2.5', 'USD', '2025-01-01', 's', 'user', 'now'");
        QTest::newRow("unknown currency")
            << QStringLiteral("'openai', 'm', 'input', 1, 'usd', '2025-01-01', 's', 'user', 'now'");
        QTest::newRow("not a date") << QStringLiteral(
            "'openai', 'm', 'input', 1, 'USD', '2025-13-01', 's', 'user', 'now'");
        QTest::newRow("unknown origin")
            << QStringLiteral("'openai', 'm', 'input', 1, 'USD', '2025-01-01', 's', 'web', 'now'");
    }

    void theSchemaRefusesAPriceOutOfItsDomain()
    {
        QFETCH(QString, values);
        auto database = test::openTestDatabase();
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO model_prices (provider, model, meter, micros_per_million,"
                           " currency, effective_from, source, origin, recorded_at) VALUES"
                           " ('openai', 'm', 'input', NULL, 'USD', '2025-01-01', 's', 'user', 'now')")));
        QVERIFY(
            !query.exec(QStringLiteral("INSERT INTO model_prices (provider, model, meter, micros_per_million,"
                                       " currency, effective_from, source, origin, recorded_at) VALUES (")
                        + values + u')'));
    }

    void tokensPerWordAreKeptPerDatabase()
    {
        auto database = test::openTestDatabase();
        PriceRepository repository(*database);
        QCOMPARE(repository.tokensPerWord().englishMilli, TokensPerWord::DefaultEnglishMilli);
        TokensPerWord factors;
        factors.frenchMilli = 1700;
        repository.setTokensPerWord(factors);
        QCOMPARE(repository.tokensPerWord().frenchMilli, 1700);
        QCOMPARE(repository.tokensPerWord().tokensFor(1000, TextLanguage::French), 1700);
        factors.englishMilli = 10;
        QVERIFY_THROWS_EXCEPTION(ValidationError, repository.setTokensPerWord(factors));
        QCOMPARE(repository.tokensPerWord().englishMilli, TokensPerWord::DefaultEnglishMilli);
    }

    // An estimate's months become a project's monthly inference budgets in the reporting
    // currency, converted at each month's rate, replacing a quarter budget there by splitting it.
    void anEstimateBecomesMonthlyBudgets()
    {
        auto database = test::openTestDatabase();
        DatabaseSettings(*database).setReportingCurrency(QStringLiteral("EUR"));
        Project project;
        project.code = QStringLiteral("CHAT");
        project.name = QStringLiteral("Support chat");
        project.owner = QStringLiteral("DSI");
        project.status = ProjectStatus::Active;
        project.decisionLevel = DecisionLevel::Cio;
        project.startDate = QDate(2026, 1, 1);
        const ProjectId projectId = ProjectRepository(*database).create(project);
        const PriceCatalog catalog({ entry("p", "m", Meter::InputToken, "1.00", QDate(2024, 1, 1)),
                                     entry("p", "m", Meter::OutputToken, "1.00", QDate(2024, 1, 1)) });
        InferenceAssumptions assumptions;
        assumptions.model = { QStringLiteral("p"), QStringLiteral("m") };
        assumptions.requestsPerDay = 1000;
        assumptions.inputTokensPerRequest = 500;
        assumptions.outputTokensPerRequest = 500; // $0.001 a request: $30.417 the first month
        const InferenceEstimate estimate
            = estimateInference(assumptions, catalog, TokensPerWord(), QDate(2026, 12, 1), 3);

        // No USD rate yet: refused, nothing planned.
        const auto converter = [&database] {
            return FxRateRepository(*database).converterInto(QStringLiteral("EUR"));
        };
        try {
            estimatedMonths(estimate, QDate(2027, 1, 15), converter());
            QFAIL("a budget in dollars would count nowhere");
        } catch (const ValidationError &error) {
            QCOMPARE(error.code(), ErrorCode::EstimateNoExchangeRate);
            QCOMPARE(
                error.arguments(),
                QStringList({ QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("2027-01-01") }));
        }
        // 1 USD = 0.90 EUR from January, 0.80 from February.
        FxRateRepository(*database).setRate(
            { 0, QStringLiteral("USD"), QStringLiteral("EUR"), QDate(2027, 1, 1), 900'000'000 });
        FxRateRepository(*database).setRate(
            { 0, QStringLiteral("USD"), QStringLiteral("EUR"), QDate(2027, 2, 1), 800'000'000 });
        const QList<EstimatedMonth> months = estimatedMonths(estimate, QDate(2027, 1, 15), converter());
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.at(0).monthStart, QDate(2027, 1, 1));
        QCOMPARE(months.at(0).amount, Money(2738, QStringLiteral("EUR"))); // $30.42 × 0.90 = €27.378
        QCOMPARE(
            months.at(1).amount,
            Money(2434, QStringLiteral("EUR"))); // $30.42 × 0.80 = €24.336, the cents of dollars converted
        QCOMPARE(months.at(2).monthStart, QDate(2027, 3, 1));

        // A Q1 budget of €300 for the project's inference: split into months first, then the
        // three months take the estimate's amounts.
        Budget quarter;
        quarter.projectId = projectId;
        quarter.category = CostCategory::Inference;
        quarter.periodKind = BudgetPeriodKind::Quarter;
        quarter.periodStart = QDate(2027, 1, 1);
        quarter.amount = Money(30000, QStringLiteral("EUR"));
        BudgetRepository(*database).set(quarter);
        QList<BudgetChange> plan
            = planBudgetsFromEstimate(*database, BudgetScope { projectId, CostCategory::Inference }, months);
        applyBudgetChanges(*database, plan, false);
        QStringList stored = test::queryRows(*database,
                                             QStringLiteral("SELECT period_kind, period_start, amount_minor,"
                                                            " currency FROM budgets ORDER BY period_start"));
        QCOMPARE(stored,
                 QStringList({ QStringLiteral("month|2027-01-01|2738|EUR"),
                               QStringLiteral("month|2027-02-01|2434|EUR"),
                               QStringLiteral("month|2027-03-01|2434|EUR") }));
        // Undone, the quarter is back as it was.
        applyBudgetChanges(*database, plan, true);
        stored = test::queryRows(
            *database, QStringLiteral("SELECT period_kind, period_start, amount_minor FROM budgets"));
        QCOMPARE(stored, QStringList({ QStringLiteral("quarter|2027-01-01|30000") }));
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
