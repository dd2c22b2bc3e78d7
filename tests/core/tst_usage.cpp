// SPDX-License-Identifier: GPL-3.0-or-later
// Token usage imported from the providers' usage reports and a usage CSV
// (tests/fixtures/usage), priced from the shipped catalog at each row's date, and checked against
// the provider's bill. The expected amounts are worked out by hand in the comments, from the
// catalog's prices per million tokens.

#include <QTemporaryDir>
#include <QTest>

#include "import/importer.h"
#include "pricing/pricerepository.h"
#include "pricing/usageledger.h"
#include "storage/costlinerepository.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;
using costboard::pricing::Meter;
using costboard::pricing::UsageLedger;

namespace {

QString fixture(const QString &name)
{
    return QFINDTESTDATA(QStringLiteral("../fixtures/usage/") + name);
}

// Projects SUP and LEG, figures in dollars so that prices read as the catalog writes them.
void seed(Database &database)
{
    DatabaseSettings(database).setReportingCurrency(QStringLiteral("USD"));
    ProjectRepository projects(database);
    projects.create(makeProject(QStringLiteral("SUP")));
    projects.create(makeProject(QStringLiteral("LEG")));
}

ImportReport importFixture(Database &database, const QString &name)
{
    return Importer(database).importFile(fixture(name), ImportOptions());
}

// What the ledger books from imports, per month of the line's date, in cents.
QStringList bookedByMonth(const Database &database, const QString &source)
{
    return queryRows(database,
                     QStringLiteral("SELECT substr(incurred_on, 1, 7), SUM(amount_minor) FROM cost_lines"
                                    " WHERE source = '%1' GROUP BY 1 ORDER BY 1")
                         .arg(source));
}

const UsageLedger::MonthComparison *monthOf(const UsageLedger::Comparison &comparison, const QString &vendor,
                                            const QString &month)
{
    for (const UsageLedger::MonthComparison &entry : comparison.months)
        if (entry.vendor == vendor && entry.month == month)
            return &entry;
    return nullptr;
}

} // namespace

class TestUsage : public QObject
{
    Q_OBJECT

private slots:
    // OpenAI's input tokens include the cached ones; the price in force changes on 2024-10-01.
    void openAiUsageIsPricedAtEachDaysPrice()
    {
        auto database = openTestDatabase();
        seed(*database);
        const ImportReport report = importFixture(*database, QStringLiteral("openai-usage-completions.json"));
        QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
        QCOMPARE(report.format, ImportFormat::OpenAiUsage);
        QCOMPARE(report.provider, QStringLiteral("OpenAI"));
        // 30 Sep: input, output. 1 Oct: gpt-4o input, cached, output; gpt-4o-mini the same; the
        // unknown model input and output.
        QCOMPARE(report.rowsRead, 10);
        QCOMPARE(report.rowsAccepted, 10);
        QCOMPARE(report.usageRowsPriced, 8);
        QCOMPARE(report.usageRowsUnpriced, 2);
        QCOMPARE(report.unpricedTokens, 15000);
        QCOMPARE(report.usageTokens, 1'100'000 + 1'100'000 + 2'300'000 + 15'000);

        // 30 Sep, gpt-4o at $5 / $15: 1M input = 5.00, 100k output = 1.50.
        // 1 Oct, gpt-4o at $2.50 / $1.25 cached / $10: 600k = 1.50, 400k cached = 0.50, 100k = 1.00.
        // 1 Oct, gpt-4o-mini at $0.15 / $0.075 / $0.60: 1.5M = 0.225, 500k = 0.0375, 300k = 0.18.
        QCOMPARE(bookedByMonth(*database, QStringLiteral("openai-usage")),
                 QStringList({ QStringLiteral("2024-09|650"), QStringLiteral("2024-10|344") }));
        // Each line keeps its tokens and the price it was priced with.
        QCOMPARE(
            queryRows(*database,
                      QStringLiteral(
                          "SELECT c.description, CAST(c.quantity AS INTEGER), c.unit, p.micros_per_million,"
                          " p.effective_from FROM cost_lines c JOIN model_prices p ON"
                          " p.id = c.price_id WHERE c.incurred_on = '2024-10-01'"
                          " AND c.description LIKE 'gpt-4o-2024%' ORDER BY c.description")),
            QStringList({ QStringLiteral("gpt-4o-2024-08-06 (cached-input)|400000|token|1250000|2024-10-01"),
                          QStringLiteral("gpt-4o-2024-08-06 (input)|600000|token|2500000|2024-10-01"),
                          QStringLiteral("gpt-4o-2024-08-06 (output)|100000|token|10000000|2024-10-01") }));
        // The unknown model makes no line: it is not priced at zero.
        QCOMPARE(queryValue(*database,
                            QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE description LIKE"
                                           " 'gpt-5-experimental%'"))
                     .toLongLong(),
                 0);
        QCOMPARE(report.unpriced.size(), 2);
        QCOMPARE(report.unpriced.first().model, QStringLiteral("gpt-5-experimental"));
        QCOMPARE(report.unpriced.first().meter, Meter::InputToken);
        QCOMPARE(report.unpriced.first().tokens, 10000);
    }

    // Anthropic's input tokens are only the uncached ones: input, cache reads and cache writes add up.
    void anthropicUsageCountsCacheReadsAndWritesApart()
    {
        auto database = openTestDatabase();
        seed(*database);
        const ImportReport report = importFixture(*database, QStringLiteral("anthropic-usage-messages.json"));
        QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
        QCOMPARE(report.format, ImportFormat::AnthropicUsage);
        QCOMPARE(report.usageRowsPriced, 4);
        QCOMPARE(report.usageTokens, 600'000 + 400'000 + 100'000 + 200'000);
        // claude-3-5-haiku-20241022 as claude-3-5-haiku: 600k × $0.80 = 0.48, 400k × $0.08 = 0.032,
        // 100k × $1.00 = 0.10, 200k × $4.00 = 0.80: $1.412, booked as $1.41.
        QCOMPARE(bookedByMonth(*database, QStringLiteral("anthropic-usage")),
                 QStringList({ QStringLiteral("2025-06|141") }));
        QCOMPARE(queryRows(*database,
                           QStringLiteral(
                               "SELECT r.tokens, r.amount_nanos FROM import_rows r JOIN import_row_groups"
                               " g ON g.id = r.group_id WHERE g.usage_meter = 'cached-input'")),
                 QStringList({ QStringLiteral("400000|32000000") }));
    }

    // A usage CSV places rows by project; the price of mistral-small fell on 2025-01-30.
    void usageCsvIsPlacedByProjectAndPricedAtTheEdge()
    {
        auto database = openTestDatabase();
        seed(*database);
        const ImportReport report = importFixture(*database, QStringLiteral("usage.csv"));
        QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
        QCOMPARE(report.format, ImportFormat::UsageCsv);
        QCOMPARE(report.provider, QStringLiteral("Mistral AI"));
        // 29 Jan at $0.20 / $0.60: 0.20 + 0.12; 30 Jan at $0.10 / $0.30: SUP 0.10 + 0.06, LEG 0.05 + 0.03.
        QCOMPARE(
            queryRows(
                *database,
                QStringLiteral(
                    "SELECT p.code, c.incurred_on, SUM(c.amount_minor), CAST(SUM(c.quantity) AS INTEGER) FROM"
                    " cost_lines c JOIN projects p ON p.id = c.project_id GROUP BY 1, 2"
                    " ORDER BY 1, 2")),
            QStringList({ QStringLiteral("LEG|2025-01-30|8|600000"),
                          QStringLiteral("SUP|2025-01-29|32|1200000"),
                          QStringLiteral("SUP|2025-01-30|16|1200000") }));
        QCOMPARE(queryValue(*database, QStringLiteral("SELECT SUM(requests) FROM import_rows")).toLongLong(),
                 310);

        // The same file again replaces its days: nothing is counted twice.
        const ImportReport again = importFixture(*database, QStringLiteral("usage.csv"));
        QCOMPARE(again.outcome, ImportReport::Outcome::Imported);
        QCOMPARE(again.replacedRows, 6);
        QCOMPARE(
            queryValue(*database, QStringLiteral("SELECT SUM(amount_minor) FROM cost_lines")).toLongLong(),
            56);
    }

    // A bad token count names the file, line and field, and leaves the database file as it was.
    void aBadTokenCountIsRefusedWithItsPlace()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("usage.sqlite"));
        {
            auto database = Database::openSqlite(path);
            seed(*database);
        }
        const QByteArray before = fileHash(path);
        {
            auto database = Database::openSqlite(path);
            const ImportReport report = importFixture(*database, QStringLiteral("usage-bad-tokens.csv"));
            QCOMPARE(report.outcome, ImportReport::Outcome::RowsRejected);
            QCOMPARE(report.problems.size(), 1);
            const ImportProblem &problem = report.problems.first();
            QCOMPARE(problem.file, QStringLiteral("usage-bad-tokens.csv"));
            QCOMPARE(problem.line, 3);
            QCOMPARE(problem.column, QStringLiteral("output_tokens"));
            QCOMPARE(problem.value, QStringLiteral("12.5"));
            QCOMPARE(problem.code, ImportProblemCode::InvalidTokenCount);
        }
        QCOMPARE(fileHash(path), before);
    }

    // A usage CSV, named as such, without a single token column is refused as a whole, never read
    // as rows of nothing.
    void aUsageCsvWithoutTokenColumnsIsRefused()
    {
        auto database = openTestDatabase();
        seed(*database);
        ImportOptions options;
        options.reader.format = ImportFormat::UsageCsv;
        const ImportReport report = Importer(*database).importBytes(
            QStringLiteral("u.csv"),
            QByteArray("date,provider,model,requests\n2025-01-29,mistral,mistral-small,12\n"), options);
        QCOMPARE(report.outcome, ImportReport::Outcome::FileRejected);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().code, ImportProblemCode::MissingColumn);
        QCOMPARE(report.problems.first().column, QStringLiteral("input_tokens"));
        QCOMPARE(rowCount(*database, QStringLiteral("import_batches")), 0);
    }

    // More cached tokens than input tokens is a broken OpenAI row.
    void moreCachedThanInputIsRefused()
    {
        auto database = openTestDatabase();
        seed(*database);
        const QByteArray json
            = R"({"object": "page", "data": [{"start_time": 1727740800, "end_time": 1727827200,
            "results": [{"object": "organization.usage.completions.result", "model": "gpt-4o",
                         "input_tokens": 100, "input_cached_tokens": 101, "output_tokens": 5,
                         "num_model_requests": 1}]}]})";
        const ImportReport report
            = Importer(*database).importBytes(QStringLiteral("u.json"), json, ImportOptions());
        QCOMPARE(report.outcome, ImportReport::Outcome::RowsRejected);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().code, ImportProblemCode::CachedTokensExceedInput);
        QCOMPARE(report.problems.first().column, QStringLiteral("data[0].results[0].input_cached_tokens"));
        QCOMPARE(report.problems.first().expected, QStringLiteral("100"));
        QCOMPARE(rowCount(*database, QStringLiteral("import_rows")), 0);
    }

    // The bill of October is $1.00 above the usage priced from the catalog. Once imported, it is
    // October's cost and the usage its check; undoing it books the usage again.
    void usageAgainstInvoiceShowsTheGapAndTheBillIsNotCountedTwice()
    {
        auto database = openTestDatabase();
        seed(*database);
        QCOMPARE(importFixture(*database, QStringLiteral("openai-usage-completions.json")).outcome,
                 ImportReport::Outcome::Imported);
        UsageLedger ledger(*database);
        {
            const UsageLedger::Comparison before = ledger.usageAgainstInvoice();
            QCOMPARE(before.reportingCurrency, QStringLiteral("USD"));
            const auto *october = monthOf(before, QStringLiteral("OpenAI"), QStringLiteral("2024-10"));
            QVERIFY(october);
            QVERIFY(!october->billed);
            QCOMPARE(october->pricedMinor, 344);
            QCOMPARE(october->tokens, 3'415'000);
            QCOMPARE(october->unpricedTokens, 15'000);
            QCOMPARE(october->requests, 1420);
        }

        const ImportReport bill = importFixture(*database, QStringLiteral("openai-costs-2024-10.json"));
        QCOMPARE(bill.outcome, ImportReport::Outcome::Imported);
        QCOMPARE(bill.usageRebookedMinor, -344); // October's usage no longer booked
        QVERIFY(
            queryValue(*database,
                       QStringLiteral("SELECT details FROM audit_log WHERE action = 'import'"
                                      " ORDER BY id DESC LIMIT 1"))
                .toString()
                .endsWith(QStringLiteral("priced usage of the months it bills no longer booked: 3.44 USD")));
        QCOMPARE(ledger.billedMonths(QStringLiteral("OpenAI")), QSet<QString>({ QStringLiteral("2024-10") }));

        const UsageLedger::Comparison after = ledger.usageAgainstInvoice();
        QCOMPARE(after.months.size(), 2);
        const auto *october = monthOf(after, QStringLiteral("OpenAI"), QStringLiteral("2024-10"));
        QVERIFY(october);
        QVERIFY(october->billed);
        QCOMPARE(october->billedMinor, 444);
        QCOMPARE(october->pricedMinor, 344);
        QCOMPARE(october->gapMinor(), 100);
        QCOMPARE(october->gapBasisPoints(), std::optional<std::int64_t>(2252)); // 1.00 / 4.44
        const auto *september = monthOf(after, QStringLiteral("OpenAI"), QStringLiteral("2024-09"));
        QVERIFY(september);
        QVERIFY(!september->billed);
        QCOMPARE(september->pricedMinor, 650);
        QVERIFY(!september->gapBasisPoints());

        // October is counted once: the bill, not the bill and the usage.
        QCOMPARE(bookedByMonth(*database, QStringLiteral("openai-usage")),
                 QStringList({ QStringLiteral("2024-09|650") }));
        QCOMPARE(queryValue(*database,
                            QStringLiteral("SELECT SUM(reporting_minor) FROM daily_rollups"
                                           " WHERE basis = 'accrual' AND day >= '2024-10-01'"))
                     .toLongLong(),
                 444);
        QCOMPARE(storedRollups(*database), [&] {
            CostLineRepository(*database).rebuildRollups();
            return storedRollups(*database);
        }());

        // A usage import after the bill does not book October either.
        QCOMPARE(importFixture(*database, QStringLiteral("openai-usage-completions.json")).usageRowsBilled,
                 6);
        QCOMPARE(bookedByMonth(*database, QStringLiteral("openai-usage")),
                 QStringList({ QStringLiteral("2024-09|650") }));

        Importer(*database).undo(*bill.batchId);
        QVERIFY(queryValue(*database,
                           QStringLiteral("SELECT details FROM audit_log WHERE action = 'undo'"
                                          " ORDER BY id DESC LIMIT 1"))
                    .toString()
                    .endsWith(QStringLiteral("priced usage of the months it billed booked again: 3.44 USD")));
        QCOMPARE(bookedByMonth(*database, QStringLiteral("openai-usage")),
                 QStringList({ QStringLiteral("2024-09|650"), QStringLiteral("2024-10|344") }));
        ledger.forgetBills();
        QVERIFY(ledger.billedMonths(QStringLiteral("OpenAI")).isEmpty());
    }

    // `prices check`: the models seen in usage with no price, and whether one was added since.
    void unpricedModelsAreListedUntilPriced()
    {
        auto database = openTestDatabase();
        seed(*database);
        importFixture(*database, QStringLiteral("openai-usage-completions.json"));
        UsageLedger ledger(*database);
        QList<UsageLedger::UnpricedModel> unpriced = ledger.unpricedModels();
        QCOMPARE(unpriced.size(), 2);
        QCOMPARE(unpriced.at(0).provider, QStringLiteral("openai"));
        QCOMPARE(unpriced.at(0).model, QStringLiteral("gpt-5-experimental"));
        QCOMPARE(unpriced.at(0).meter, Meter::InputToken);
        QCOMPARE(unpriced.at(0).tokens, 10000);
        QCOMPARE(unpriced.at(0).firstDay, QDate(2024, 10, 1));
        QVERIFY(!unpriced.at(0).priceKnownNow);
        QCOMPARE(unpriced.at(1).meter, Meter::OutputToken);

        pricing::PriceEntry entry;
        entry.provider = QStringLiteral("openai");
        entry.model = QStringLiteral("gpt-5-experimental");
        entry.meter = Meter::InputToken;
        entry.microsPerMillion = 1'000'000;
        entry.currency = QStringLiteral("USD");
        entry.effectiveFrom = QDate(2024, 9, 1);
        entry.source = QStringLiteral("test");
        pricing::PriceRepository(*database).add(entry);
        unpriced = ledger.unpricedModels();
        QVERIFY(unpriced.at(0).priceKnownNow);
        QVERIFY(!unpriced.at(1).priceKnownNow);

        // Imported again, the input is priced (10,000 × $1 per million = $0.01); the output is not.
        const ImportReport again = importFixture(*database, QStringLiteral("openai-usage-completions.json"));
        QCOMPARE(again.usageRowsUnpriced, 1);
        QCOMPARE(ledger.unpricedModels().size(), 1);
        QCOMPARE(ledger.unpricedModels().first().meter, Meter::OutputToken);
    }
};

QTEST_GUILESS_MAIN(TestUsage)
#include "tst_usage.moc"
