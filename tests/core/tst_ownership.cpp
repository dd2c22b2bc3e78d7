// SPDX-License-Identifier: GPL-3.0-or-later
// The whole cost of a project over 12, 24 and 36 months (people, staff training, fine-tuning and
// inference, by the API or on self-hosted GPUs) and the volume from which self-hosting is cheaper
// than the API. Prices come from a small catalog made here, so that every figure can be worked out
// by hand in the comments; dollars are converted into euros at 0.90.

#include <QTest>

#include "errors.h"
#include "pricing/ownership.h"
#include "pricing/savedestimates.h"
#include "storage/costlinerepository.h"
#include "storage/databasesettings.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::pricing;

namespace {

const QString EUR = QStringLiteral("EUR");
const QString USD = QStringLiteral("USD");
const QDate pricedOn(2026, 6, 1);

PriceEntry price(const QString &model, Meter meter, std::int64_t microsPerMillion, const QString &currency)
{
    PriceEntry entry;
    entry.provider = QStringLiteral("test");
    entry.model = model;
    entry.meter = meter;
    entry.microsPerMillion = microsPerMillion;
    entry.currency = currency;
    entry.effectiveFrom = QDate(2026, 1, 1);
    entry.source = QStringLiteral("tst_ownership");
    return entry;
}

// "cheap": $1 / $2 per million input / output tokens; "dear": $5 / $15. A GPU instance at €2.00
// an hour.
PriceCatalog catalog()
{
    return PriceCatalog({ price(QStringLiteral("cheap"), Meter::InputToken, 1'000'000, USD),
                          price(QStringLiteral("cheap"), Meter::OutputToken, 2'000'000, USD),
                          price(QStringLiteral("dear"), Meter::InputToken, 5'000'000, USD),
                          price(QStringLiteral("dear"), Meter::OutputToken, 15'000'000, USD),
                          price(QStringLiteral("gpu"), Meter::GpuHour, 2'000'000'000'000, EUR) });
}

FxConverter euros()
{
    FxRate rate;
    rate.currency = USD;
    rate.quoteCurrency = EUR;
    rate.validFrom = QDate(2026, 1, 1);
    rate.rateNanos = 900'000'000;
    return FxConverter(EUR, { rate });
}

// 1,000 requests a day of 1,000 tokens read and 500 generated: 30,417 requests a month (× 365 / 12).
InferenceAssumptions workload(const QString &model)
{
    InferenceAssumptions assumptions;
    assumptions.model = { QStringLiteral("test"), model };
    assumptions.requestsPerDay = 1'000;
    assumptions.inputTokensPerRequest = 1'000;
    assumptions.outputTokensPerRequest = 500;
    return assumptions;
}

// A GPU at €2.00 an hour, +25 % for private hosting: €1,825 a month (730 h); €100 of storage.
// 1,000 tokens a second at 50 % use: 876,000 requests of 1,500 tokens a month.
SelfHostingAssumptions gpus()
{
    SelfHostingAssumptions hosting;
    hosting.instance = { QStringLiteral("test"), QStringLiteral("gpu") };
    hosting.tokensPerSecond = 1'000;
    hosting.utilisationPercent = 50;
    hosting.storagePerMonth = Money(10'000, EUR);
    hosting.privateHostingPremiumBasisPoints = 2'500;
    return hosting;
}

Money euro(std::int64_t cents)
{
    return Money(cents, EUR);
}

} // namespace

class TestOwnership : public QObject
{
    Q_OBJECT

private slots:
    // People build in the first month and run after; staff are trained once; the API's dollars
    // are converted at the rate of the prices' day.
    void peopleTrainingAndInferenceOverTheHorizons()
    {
        OwnershipAssumptions assumptions;
        assumptions.inference = workload(QStringLiteral("cheap"));
        assumptions.people.roles = { { QStringLiteral("Prompt engineer"), 10, 2, euro(80'000) },
                                     { QStringLiteral("Business expert"), 5, 0, euro(60'000) } };
        assumptions.people.trainedHeads = 50;
        assumptions.people.trainingPerHead = euro(12'000);
        const OwnershipEstimate estimate
            = estimateOwnership(assumptions, catalog(), TokensPerWord(), euros(), pricedOn);

        QCOMPARE(estimate.currency, EUR);
        QCOMPARE(estimate.months.size(), 36);
        // A request: 1,000 × $1/M + 500 × $2/M = $0.002; a month $60.834 → $60.83 → €54.75.
        QCOMPARE(estimate.months.at(0).requests, 30'417);
        QCOMPARE(estimate.months.at(0).byComponent.at(0), euro(5'475));
        // 10 × €800 + 5 × €600 = €11,000 in the first month; 2 × €800 = €1,600 a month after.
        QCOMPARE(estimate.months.at(0).byComponent.at(2), euro(1'100'000));
        QCOMPARE(estimate.months.at(1).byComponent.at(2), euro(160'000));
        // 50 × €120, once.
        QCOMPARE(estimate.months.at(0).byComponent.at(3), euro(600'000));
        QCOMPARE(estimate.months.at(1).byComponent.at(3), euro(0));
        // Over 12 months: people €11,000 + 11 × €1,600 = €28,600; all: + €6,000 + 12 × €54.75.
        QCOMPARE(estimate.over(12, OwnershipComponent::People), euro(2'860'000));
        QCOMPARE(estimate.over(12), euro(2'860'000 + 600'000 + 12 * 5'475));
        QCOMPARE(estimate.over(36), euro(1'100'000 + 35 * 160'000 + 600'000 + 36 * 5'475));
        QCOMPARE(estimate.over(24, OwnershipComponent::FineTuning), euro(0));
    }

    // Self-hosting costs its instances whatever they serve; the API is paid by the request. With
    // the dear model the API costs €0.01125 a request ($0.0125 × 0.90): one instance (€1,925 a
    // month with storage) is cheaper from 171,112 requests a month (€1,925.01 by the API).
    void selfHostingBreaksEvenWithTheApi()
    {
        const InferenceEstimate dear
            = estimateInference(workload(QStringLiteral("dear")), catalog(), TokensPerWord(), pricedOn);
        const SelfHostingComparison comparison(gpus(), dear, catalog(), euros(), pricedOn);
        QCOMPARE(comparison.requestsPerInstanceMonth(), 876'000);
        QCOMPARE(comparison.selfHostedCost(0).total(), euro(192'500));
        QCOMPARE(comparison.selfHostedCost(876'000).instances, 1);
        QCOMPARE(comparison.selfHostedCost(876'001).instances, 2);
        QCOMPARE(comparison.selfHostedCost(876'001).total(), euro(2 * 182'500 + 10'000));
        QCOMPARE(comparison.breakEvenRequestsPerMonth(10'000'000), std::optional<std::int64_t>(171'112));
        QCOMPARE(comparison.apiCost(171'112), euro(192'501));
        // 171,111 requests cost €1,924.99875 exactly: still below, though it rounds to €1,925.00.
        QCOMPARE(comparison.apiCost(171'100), euro(192'488)); // €1,924.875
        QVERIFY(!comparison.breakEvenRequestsPerMonth(171'111));

        // The cheap model's €0.0018 a request never catches up: a full instance's 876,000
        // requests cost €1,576.80 by the API, less than the instance.
        const InferenceEstimate cheap
            = estimateInference(workload(QStringLiteral("cheap")), catalog(), TokensPerWord(), pricedOn);
        QVERIFY(!SelfHostingComparison(gpus(), cheap, catalog(), euros(), pricedOn)
                     .breakEvenRequestsPerMonth(1'000'000'000));
    }

    // Run on GPUs, the inference of every month costs the instances it needs.
    void ownershipSelfHosted()
    {
        OwnershipAssumptions assumptions;
        assumptions.inference = workload(QStringLiteral("dear"));
        assumptions.selfHosting = gpus();
        const OwnershipEstimate estimate
            = estimateOwnership(assumptions, catalog(), TokensPerWord(), euros(), pricedOn);
        QVERIFY(estimate.selfHosted);
        QCOMPARE(estimate.months.at(0).byComponent.at(0), euro(192'500));
        QCOMPARE(estimate.over(24), euro(24 * 192'500));
    }

    // A saved estimate keeps its months by category; saving it again under its name makes version
    // 2; beside the ledger it gives each month's estimate and actual up to the day compared on.
    void savedEstimateAgainstActual()
    {
        auto database = test::openTestDatabase();
        DatabaseSettings(*database).setReportingCurrency(EUR);
        const ProjectId project
            = ProjectRepository(*database).create(test::makeProject(QStringLiteral("SUP")));
        OwnershipAssumptions assumptions;
        assumptions.inference = workload(QStringLiteral("cheap"));
        assumptions.people.roles = { { QStringLiteral("Prompt engineer"), 10, 2, euro(80'000) } };
        const OwnershipEstimate estimate
            = estimateOwnership(assumptions, catalog(), TokensPerWord(), euros(), pricedOn);
        SavedEstimateRepository repository(*database);
        const SavedEstimate first = repository.save(project, QStringLiteral("Pilot"), QDate(2026, 3, 17),
                                                    estimate, QStringLiteral("1,000 a day"));
        QCOMPARE(first.version, 1);
        QCOMPARE(first.firstMonth, QDate(2026, 3, 1));
        // March: inference €54.75 and people €8,000; April on: €54.75 and €1,600.
        QCOMPARE(first.months.size(), 72);
        QCOMPARE(
            repository.save(project, QStringLiteral("Pilot"), QDate(2026, 3, 1), estimate, QString()).version,
            2);
        QCOMPARE(repository.list(project).size(), 2);
        QCOMPARE(repository.latestPerProject().size(), 1);
        QCOMPARE(repository.latestPerProject().first().version, 2);
        QCOMPARE(repository.list(project).first().months, first.months);

        // Actuals: €9,000 of prompt engineering in March, €500 of inference on 2 April, and a
        // salary that the estimate does not cover.
        CostLineRepository lines(*database);
        CostLine line;
        line.projectId = project;
        line.category = CostCategory::PromptEngineering;
        line.incurredOn = QDate(2026, 3, 20);
        line.amount = euro(900'000);
        lines.add(line);
        line.category = CostCategory::Inference;
        line.incurredOn = QDate(2026, 4, 2);
        line.amount = euro(50'000);
        lines.add(line);
        line.category = CostCategory::Salaries;
        lines.add(line);
        const EstimateAgainstActual comparison = repository.againstActual(first, QDate(2026, 4, 10));
        QCOMPARE(comparison.months.size(), 2);
        QCOMPARE(comparison.months.at(0).estimatedMinor, 5'475 + 800'000);
        QCOMPARE(comparison.months.at(0).actualMinor, 900'000);
        QVERIFY(comparison.months.at(0).complete);
        QCOMPARE(comparison.months.at(1).estimatedMinor, 5'475 + 160'000);
        QCOMPARE(comparison.months.at(1).actualMinor, 50'000);
        QVERIFY(!comparison.months.at(1).complete);
        QCOMPARE(comparison.estimatedToDate, 970'950);
        QCOMPARE(comparison.actualToDate, 950'000);

        // Undoing the save takes the version away, audited.
        repository.remove(first.id);
        QCOMPARE(repository.list(project).size(), 1);
        QVERIFY_THROWS_EXCEPTION(ValidationError, repository.remove(first.id));
    }

    void refusesWhatCannotBeCosted()
    {
        OwnershipAssumptions assumptions;
        assumptions.inference = workload(QStringLiteral("cheap"));
        assumptions.people.roles = { { QStringLiteral("Prompt engineer"), 10, 2, euro(-1) } };
        try {
            estimateOwnership(assumptions, catalog(), TokensPerWord(), euros(), pricedOn);
            QFAIL("a negative daily rate was accepted");
        } catch (const ValidationError &error) {
            QCOMPARE(error.field(), QStringLiteral("daily rate"));
        }
        // Dollars with no rate into euros: no estimate rather than a wrong one.
        assumptions.people.roles.clear();
        try {
            estimateOwnership(assumptions, catalog(), TokensPerWord(), FxConverter(EUR, {}), pricedOn);
            QFAIL("dollars were converted without a rate");
        } catch (const ValidationError &error) {
            QCOMPARE(error.code(), ErrorCode::EstimateNoExchangeRate);
        }
        // An instance with no GPU-hour price is unknown, not free.
        SelfHostingAssumptions unknown = gpus();
        unknown.instance.model = QStringLiteral("no-such-gpu");
        const InferenceEstimate dear
            = estimateInference(workload(QStringLiteral("dear")), catalog(), TokensPerWord(), pricedOn);
        QVERIFY_THROWS_EXCEPTION(PriceUnknownError,
                                 SelfHostingComparison(unknown, dear, catalog(), euros(), pricedOn));
    }
};

QTEST_GUILESS_MAIN(TestOwnership)
#include "tst_ownership.moc"
