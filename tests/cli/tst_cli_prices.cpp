// SPDX-License-Identifier: GPL-3.0-or-later
// `costboard-cli prices` and `costboard-cli estimate` as a person or a script runs them: the
// shipped catalog without a database, a price added and seen by the next estimate, LiteLLM's
// map imported twice, a bad list that leaves the file as it was, and the article's example; token
// usage imported beside a bill, checked with `prices usage` and `prices check`.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "storage/database.h"
#include "storage/databasesettings.h"
#include "testdatabase.h"

using namespace costboard;

namespace {

// Arguments as typed: literals and QStrings alike.
QString argument(const char *text)
{
    return QString::fromUtf8(text);
}

QString argument(const QString &text)
{
    return text;
}

template <typename... Arguments> QStringList args(const Arguments &...arguments)
{
    return QStringList { argument(arguments)... };
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliPrices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run run(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COSTBOARD_LOG_DIR"), m_dir.filePath(QStringLiteral("logs")));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(COSTBOARD_CLI_EXECUTABLE), arguments);
        process.waitForFinished(120'000);
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 process.readAllStandardOutput(), process.readAllStandardError() };
    }

    QString newDatabase(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        Database::openSqlite(path);
        return path;
    }

    static QJsonObject json(const Run &result) { return QJsonDocument::fromJson(result.out).object(); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void listsTheShippedCatalogWithoutADatabase()
    {
        const Run result
            = run(args("prices", "--model", "gpt-4o", "--on", "2024-09-01", "--json", "--lang", "en"));
        QCOMPARE(result.exitCode, 0);
        const QJsonArray prices = json(result).value(QStringLiteral("prices")).toArray();
        QVERIFY(!prices.isEmpty());
        for (const QJsonValue &value : prices) {
            const QJsonObject price = value.toObject();
            QCOMPARE(price.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o"));
            if (price.value(QStringLiteral("meter")).toString() == QLatin1String("input")
                && price.value(QStringLiteral("provider")).toString() == QLatin1String("openai")) {
                QCOMPARE(price.value(QStringLiteral("price")).toString(), QStringLiteral("5.00"));
                QCOMPARE(price.value(QStringLiteral("micros_per_million")).toInteger(), 5'000'000);
            }
        }
        const Run text = run(args("prices", "--provider", "openai", "--model", "gpt-4o", "--lang", "fr"));
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("2,50\u00a0$US par million de jetons"), text.out.constData());
    }

    // The article's figure from the command line: with gpt-4's output at $4.00 per million
    // tokens and French text at 1.5 tokens per word, 1,000 words generated cost $0.006.
    void reproducesTheArticleFromADatabase()
    {
        const QString path = newDatabase(QStringLiteral("article.sqlite"));
        Run set = run(args("prices", "set", "--db", path, "--provider", "openai", "--model", "gpt-4",
                           "--meter", "output", "--price", "4.00", "--effective-from", "2023-03-14",
                           "--source", "the article's figure"));
        QCOMPARE(set.exitCode, 0);
        set = run(args("prices", "set", "--db", path, "--provider", "openai", "--model", "gpt-4", "--meter",
                       "input", "--price", "2.00", "--effective-from", "2023-03-14", "--source",
                       "the article's figure"));
        QCOMPARE(set.exitCode, 0);
        const Run estimate = run(args("estimate", "--db", path, "--model", "gpt-4", "--requests-per-day",
                                      "1000", "--input-tokens", "0", "--words", "1000", "--text-lang", "fr",
                                      "--months", "2", "--on", "2026-12-01", "--json"));
        QCOMPARE(estimate.exitCode, 0);
        const QJsonObject first
            = json(estimate).value(QStringLiteral("estimates")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("output_tokens_per_request")).toInteger(), 1500);
        QCOMPARE(first.value(QStringLiteral("per_thousand_output_words"))
                     .toObject()
                     .value(QStringLiteral("exact"))
                     .toString(),
                 QStringLiteral("0.006"));
        // 1,000 requests a day × $0.006 = $6 a day, $42 a week; 30,417 requests the first month.
        QCOMPARE(
            first.value(QStringLiteral("per_week")).toObject().value(QStringLiteral("minor")).toInteger(),
            4200);
        const QJsonArray months = first.value(QStringLiteral("months")).toArray();
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(0).toObject().value(QStringLiteral("requests")).toInteger(), 30'417);
        QCOMPARE(months.at(0)
                     .toObject()
                     .value(QStringLiteral("cost"))
                     .toObject()
                     .value(QStringLiteral("minor"))
                     .toInteger(),
                 18'250); // 30,417 × $0.006 = $182.502
        QCOMPARE(first.value(QStringLiteral("prices"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("source"))
                     .toString(),
                 QStringLiteral("the article's figure"));

        const Run text = run(args("estimate", "--db", path, "--model", "gpt-4", "--requests-per-day", "1000",
                                  "--input-tokens", "0", "--words", "1000", "--text-lang", "fr", "--on",
                                  "2026-12-01", "--lang", "en"));
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Per 1,000 words generated") && text.out.contains("$0.006"),
                 text.out.constData());
        QVERIFY2(text.out.contains("1.5 tokens per word (French)"), text.out.constData());
    }

    void comparesModelsSideBySide()
    {
        const Run result = run(args("estimate", "--model", "openai/gpt-4o-mini,claude-haiku-4-5",
                                    "--requests-per-day", "2000", "--input-tokens", "1500", "--output-tokens",
                                    "300", "--growth", "5", "--on", "2026-01-15", "--json"));
        QCOMPARE(result.exitCode, 0);
        const QJsonArray estimates = json(result).value(QStringLiteral("estimates")).toArray();
        QCOMPARE(estimates.size(), 2);
        QCOMPARE(estimates.at(0).toObject().value(QStringLiteral("provider")).toString(),
                 QStringLiteral("openai"));
        QCOMPARE(estimates.at(1).toObject().value(QStringLiteral("provider")).toString(),
                 QStringLiteral("anthropic"));
        QCOMPARE(json(result).value(QStringLiteral("monthly_growth_basis_points")).toInteger(), 500);
        // gpt-4o-mini: 1,500 × $0.15 + 300 × $0.60 per million = $0.000405 a request.
        QCOMPARE(estimates.at(0)
                     .toObject()
                     .value(QStringLiteral("per_request"))
                     .toObject()
                     .value(QStringLiteral("exact"))
                     .toString(),
                 QStringLiteral("0.000405"));
    }

    void anUnknownModelIsNotPricedAtZero()
    {
        const Run result = run(args("estimate", "--model", "gpt-99", "--requests-per-day", "10",
                                    "--input-tokens", "10", "--output-tokens", "10", "--lang", "en"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains("no price of input tokens is known for gpt-99"), result.err.constData());
    }

    void aBadCommandLineSaysWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no model") << args("estimate", "--requests-per-day", "1") << QByteArray("--model");
        QTest::newRow("five models") << args("estimate", "--model", "a,b,c,d,e", "--requests-per-day", "1",
                                             "--input-tokens", "1", "--output-tokens", "1")
                                     << QByteArray("one to four");
        QTest::newRow("bad date") << args("prices", "--on", "yesterday") << QByteArray("--on");
        QTest::newRow("bad meter") << args("prices", "set", "--db", "x.sqlite", "--provider", "p", "--model",
                                           "m", "--meter", "tokens", "--price", "1", "--effective-from",
                                           "2026-01-01", "--source", "s")
                                   << QByteArray("--meter");
        QTest::newRow("import without file")
            << args("prices", "import", "--db", "x.sqlite") << QByteArray("one FILE");
    }

    void aBadCommandLineSaysWhatIsWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        if (arguments.contains(QStringLiteral("x.sqlite")))
            arguments.replace(arguments.indexOf(QStringLiteral("x.sqlite")),
                              newDatabase(QStringLiteral("x.sqlite")));
        const Run result = run(arguments << QStringLiteral("--lang") << QStringLiteral("en"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
    }

    void importsLiteLlmsMapOnceAndRefusesABadList()
    {
        const QString path = newDatabase(QStringLiteral("import.sqlite"));
        const QString map = QFINDTESTDATA("../fixtures/prices/litellm-sample.json");
        const Run first = run(
            args("prices", "import", map, "--db", path, "--effective-from", "2026-12-01", "--lang", "en"));
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains("price(s) already in force")
                     || first.out.contains("prices already in force"),
                 first.out.constData());
        QVERIFY2(first.out.contains("ollama/llama2"), first.out.constData());
        const Run second = run(
            args("prices", "import", map, "--db", path, "--effective-from", "2026-12-01", "--lang", "en"));
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(": 0 prices added"), second.out.constData());

        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\n  \"gpt-x\": {\n    \"litellm_provider\": \"openai\",\n    \"input_cost_per_token\": 1e-06,\n"
            "    \"output_cost_per_token\": \"free\"\n  }\n}\n");
        file.close();
        const QByteArray before = test::fileHash(path);
        const Run refused = run(args("prices", "import", bad, "--db", path, "--lang", "en"));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("bad.json, line 2, entry gpt-x, field \"output_cost_per_token\""),
                 refused.err.constData());
        QCOMPARE(test::fileHash(path), before);
    }

    // OpenAI's usage and October's bill ($1.00 above the usage priced from the catalog), imported
    // from the command line: `prices usage` shows the gap and `prices check` the model with no
    // price, exiting 1 while there is one. Neither writes to the file.
    void usageAgainstInvoiceAndTheModelsWithoutPrice()
    {
        const QString path = m_dir.filePath(QStringLiteral("usage.sqlite"));
        {
            auto database = Database::openSqlite(path);
            DatabaseSettings(*database).setReportingCurrency(QStringLiteral("USD"));
        }
        for (const char *file : { "openai-usage-completions.json", "openai-costs-2024-10.json" }) {
            const QString fixture = QFINDTESTDATA(QStringLiteral("../fixtures/usage/") + QLatin1String(file));
            const Run imported = run(args("import", fixture, "--db", path));
            QVERIFY2(imported.exitCode == 0, imported.out.constData());
        }
        const QByteArray before = test::fileHash(path);

        const Run usage = run(args("prices", "usage", "--db", path, "--json"));
        QCOMPARE(usage.exitCode, 0);
        const QJsonArray months = json(usage).value(QStringLiteral("months")).toArray();
        QCOMPARE(months.size(), 2);
        const QJsonObject october = months.at(0).toObject();
        QCOMPARE(october.value(QStringLiteral("month")).toString(), QStringLiteral("2024-10"));
        QCOMPARE(october.value(QStringLiteral("priced_usage_minor")).toInteger(), 344);
        QCOMPARE(october.value(QStringLiteral("billed_minor")).toInteger(), 444);
        QCOMPARE(october.value(QStringLiteral("gap_minor")).toInteger(), 100);
        QCOMPARE(october.value(QStringLiteral("unpriced_tokens")).toInteger(), 15000);
        QVERIFY(!months.at(1).toObject().value(QStringLiteral("billed")).toBool());

        const Run text = run(args("prices", "usage", "--db", path));
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("not billed yet") && text.out.contains("$1.00"), text.out.constData());

        Run check = run(args("prices", "check", "--db", path, "--json"));
        QCOMPARE(check.exitCode, 1);
        const QJsonArray unpriced = json(check).value(QStringLiteral("unpriced")).toArray();
        QCOMPARE(unpriced.size(), 2);
        QCOMPARE(unpriced.at(0).toObject().value(QStringLiteral("model")).toString(),
                 QStringLiteral("gpt-5-experimental"));
        QCOMPARE(unpriced.at(0).toObject().value(QStringLiteral("tokens")).toInteger(), 10000);
        QCOMPARE(test::fileHash(path), before);

        // Priced, and the usage imported again: nothing left unpriced.
        for (const char *meter : { "input", "output" })
            QCOMPARE(run(args("prices", "set", "--db", path, "--provider", "openai", "--model",
                              "gpt-5-experimental", "--meter", meter, "--price", "1.00", "--effective-from",
                              "2024-01-01", "--source", "test"))
                         .exitCode,
                     0);
        QCOMPARE(run(args("import", QFINDTESTDATA("../fixtures/usage/openai-usage-completions.json"), "--db",
                          path))
                     .exitCode,
                 0);
        check = run(args("prices", "check", "--db", path));
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains("Every model seen in the imported usage has a price."));
    }
};

QTEST_GUILESS_MAIN(TestCliPrices)
#include "tst_cli_prices.moc"
