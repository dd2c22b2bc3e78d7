// SPDX-License-Identifier: GPL-3.0-or-later
#include <functional>

#include <QObject>
#include <QTest>

#include "analytics/portfoliosummary.h"
#include "errors.h"
#include "storage/auditlog.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace {

const QString EUR = QStringLiteral("EUR");
const QString USD = QStringLiteral("USD");
const QString JPY = QStringLiteral("JPY");
const QString KWD = QStringLiteral("KWD");
const QString GBP = QStringLiteral("GBP");

FxRate rate(const QString &currency, const QString &quote, QDate from, std::int64_t nanos)
{
    FxRate value;
    value.currency = currency;
    value.quoteCurrency = quote;
    value.validFrom = from;
    value.rateNanos = nanos;
    return value;
}

} // namespace

class TestFxRates : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void converterPicksLatestRateOnDate_data();
    void converterPicksLatestRateOnDate();
    void converterOtherCurrencies();
    void convertRounding_data();
    void convertRounding();
    void rateRepositoryStoresAndReplaces();
    void rateValidation_data();
    void rateValidation();
    void lineWithoutRateIsUnconverted();
    void settingRateLaterReconverts();
    void jpyLineConvertedWithItsDecimals();
    void changingReportingCurrencyReconverts();

private:
    TestDatabase m_database;
    ProjectId m_project = 0;
};

void TestFxRates::init()
{
    m_database = openTestDatabase();
    m_project = ProjectRepository(*m_database).create(makeProject(QStringLiteral("SUP")));
}

void TestFxRates::cleanup()
{
    m_database.reset();
}

void TestFxRates::converterPicksLatestRateOnDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("nanos"); // 0: no rate

    QTest::newRow("before the first rate") << QDate(2025, 12, 31) << qint64(0);
    QTest::newRow("first day of the first rate") << QDate(2026, 1, 1) << qint64(900'000'000);
    QTest::newRow("last day of the first rate") << QDate(2026, 2, 28) << qint64(900'000'000);
    QTest::newRow("second rate starts") << QDate(2026, 3, 1) << qint64(950'000'000);
    QTest::newRow("day before third") << QDate(2026, 6, 14) << qint64(950'000'000);
    QTest::newRow("third rate starts") << QDate(2026, 6, 15) << qint64(1'000'000'000);
    QTest::newRow("far future") << QDate(2099, 1, 1) << qint64(1'000'000'000);
}

void TestFxRates::converterPicksLatestRateOnDate()
{
    QFETCH(QDate, date);
    QFETCH(qint64, nanos);

    // Given out of order, and mixed with rates into another quote currency.
    const FxConverter converter(EUR,
                                { rate(USD, EUR, QDate(2026, 3, 1), 950'000'000),
                                  rate(USD, QStringLiteral("CHF"), QDate(2020, 1, 1), 800'000'000),
                                  rate(USD, EUR, QDate(2026, 6, 15), 1'000'000'000),
                                  rate(USD, EUR, QDate(2026, 1, 1), 900'000'000),
                                  rate(GBP, EUR, QDate(2020, 1, 1), 1'150'000'000) });
    QCOMPARE(converter.quoteCurrency(), EUR);
    const std::optional<FxRate> found = converter.rateOn(USD, date);
    const std::optional<Money> converted = converter.convert(Money(10000, USD), date);
    if (nanos == 0) {
        QVERIFY(!found);
        QVERIFY(!converted);
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->rateNanos, nanos);
    QCOMPARE(found->currency, USD);
    QCOMPARE(found->quoteCurrency, EUR);
    QVERIFY(found->validFrom <= date);
    QVERIFY(converted);
    QCOMPARE(converted->currency(), EUR);
    QCOMPARE(converted->minorUnits(), nanos / 100'000); // 100.00 USD
}

void TestFxRates::converterOtherCurrencies()
{
    const FxConverter converter(EUR,
                                { rate(USD, QStringLiteral("CHF"), QDate(2020, 1, 1), 800'000'000),
                                  rate(GBP, EUR, QDate(2020, 1, 1), 1'150'000'000) });
    // The reporting currency needs no rate.
    const std::optional<Money> same = converter.convert(Money(-4321, EUR), QDate(1999, 1, 1));
    QVERIFY(same);
    QCOMPARE(same->minorUnits(), -4321);
    QCOMPARE(same->currency(), EUR);
    // A rate into CHF does not convert into EUR.
    QVERIFY(!converter.rateOn(USD, QDate(2026, 1, 1)));
    QVERIFY(!converter.convert(Money(100, USD), QDate(2026, 1, 1)));
    QVERIFY(!converter.convert(Money(100, JPY), QDate(2026, 1, 1)));
    const std::optional<Money> pounds = converter.convert(Money(1000, GBP), QDate(2026, 1, 1));
    QVERIFY(pounds);
    QCOMPARE(pounds->minorUnits(), 1150);

    const FxConverter empty(EUR, {});
    QVERIFY(!empty.convert(Money(1, USD), QDate(2026, 1, 1)));
    QCOMPARE(empty.convert(Money(1, EUR), QDate(2026, 1, 1))->minorUnits(), 1);
}

void TestFxRates::convertRounding_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<qint64>("expected");

    // Exact decimal arithmetic, one rounding, half away from zero:
    // expected = round(minor / 10^fromDecimals * rate * 10^quoteDecimals).
    QTest::newRow("USD exact") << USD << EUR << qint64(10000) << qint64(900'000'000) << qint64(9000);
    QTest::newRow("USD half up") << USD << EUR << qint64(12345) << qint64(900'000'000) << qint64(11111);
    QTest::newRow("USD half away negative")
        << USD << EUR << qint64(-12345) << qint64(900'000'000) << qint64(-11111);
    QTest::newRow("USD 4.625 cents") << USD << EUR << qint64(5) << qint64(925'000'000) << qint64(5);
    QTest::newRow("USD just under half") << USD << EUR << qint64(1) << qint64(499'999'999) << qint64(0);
    QTest::newRow("USD large") << USD << EUR << qint64(Money::MaxInputMinorUnits) << qint64(1'234'567'891)
                               << qint64(1'111'111'101'900); // 9 * 10^11 * 1.234567891
    // JPY has no decimals: 1 yen at 0.006123 EUR is 0.6123 cent.
    QTest::newRow("JPY 1000 -> 6.12 EUR") << JPY << EUR << qint64(1000) << qint64(6'123'000) << qint64(612);
    QTest::newRow("JPY 1 -> 1 cent") << JPY << EUR << qint64(1) << qint64(6'123'000) << qint64(1);
    QTest::newRow("JPY 150000 -> 918.45 EUR")
        << JPY << EUR << qint64(150'000) << qint64(6'123'000) << qint64(91'845);
    QTest::newRow("JPY -150000") << JPY << EUR << qint64(-150'000) << qint64(6'123'000) << qint64(-91'845);
    // Into JPY: 1.00 EUR at 162.5 JPY is 162.5 -> 163 yen.
    QTest::newRow("EUR 1.00 -> JPY") << EUR << JPY << qint64(100) << qint64(162'500'000'000) << qint64(163);
    QTest::newRow("EUR 0.01 -> JPY") << EUR << JPY << qint64(1) << qint64(162'500'000'000) << qint64(2);
    QTest::newRow("EUR -0.01 -> JPY") << EUR << JPY << qint64(-1) << qint64(162'500'000'000) << qint64(-2);
    // KWD has three decimals.
    QTest::newRow("KWD 1234.567 x3") << KWD << EUR << qint64(1'234'567) << qint64(3'000'000'000)
                                     << qint64(370'370);
    QTest::newRow("KWD 0.002 x7.3 -> 1.46 cents")
        << KWD << EUR << qint64(2) << qint64(7'300'000'000) << qint64(1);
    QTest::newRow("EUR 0.01 -> 3.3 fils") << EUR << KWD << qint64(1) << qint64(330'000'000) << qint64(3);
    QTest::newRow("EUR 12.34 -> KWD") << EUR << KWD << qint64(1234) << qint64(330'000'000) << qint64(4072);
}

void TestFxRates::convertRounding()
{
    QFETCH(QString, from);
    QFETCH(QString, quote);
    QFETCH(qint64, minor);
    QFETCH(qint64, nanos);
    QFETCH(qint64, expected);

    const FxConverter converter(quote, { rate(from, quote, QDate(2026, 1, 1), nanos) });
    const std::optional<Money> converted = converter.convert(Money(minor, from), QDate(2026, 5, 5));
    QVERIFY(converted);
    QCOMPARE(converted->currency(), quote);
    QCOMPARE(converted->minorUnits(), expected);
}

void TestFxRates::rateRepositoryStoresAndReplaces()
{
    FxRateRepository rates(*m_database);
    const std::int64_t first = rates.setRate(rate(USD, EUR, QDate(2026, 1, 1), 900'000'000));
    const std::int64_t second = rates.setRate(rate(USD, EUR, QDate(2026, 3, 1), 950'000'000));
    rates.setRate(rate(EUR, USD, QDate(2026, 1, 1), 1'100'000'000));
    QVERIFY(first > 0);
    QVERIFY(second != first);
    QCOMPARE(rates.list().size(), 3);
    QCOMPARE(rates.ratesInto(EUR).size(), 2);
    QCOMPARE(rates.ratesInto(USD).size(), 1);
    QVERIFY(rates.ratesInto(GBP).isEmpty());

    // Same currency, quote and start: replaced, not duplicated.
    QCOMPARE(rates.setRate(rate(USD, EUR, QDate(2026, 1, 1), 910'000'000)), first);
    QCOMPARE(rates.list().size(), 3);
    const FxConverter converter = rates.converterInto(EUR);
    QCOMPARE(converter.rateOn(USD, QDate(2026, 2, 1))->rateNanos, 910'000'000);
    QCOMPARE(converter.rateOn(USD, QDate(2026, 3, 1))->rateNanos, 950'000'000);
    QCOMPARE(converter.rateOn(USD, QDate(2026, 3, 1))->id, second);

    QVERIFY(!AuditLog(*m_database).entriesFor(QStringLiteral("fx_rate")).isEmpty());

    rates.remove(second);
    QCOMPARE(rates.list().size(), 2);
    QCOMPARE(rates.converterInto(EUR).rateOn(USD, QDate(2026, 3, 1))->rateNanos, 910'000'000);
    QCOMPARE(validationField([&] { rates.remove(second); }), QStringLiteral("rate"));
}

void TestFxRates::rateValidation_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown currency") << QStringLiteral("EUE") << EUR << QDate(2026, 1, 1)
                                      << qint64(1'000'000'000) << QStringLiteral("currency");
    QTest::newRow("unknown quote") << USD << QStringLiteral("EUE") << QDate(2026, 1, 1)
                                   << qint64(1'000'000'000) << QStringLiteral("quote currency");
    QTest::newRow("into itself") << EUR << EUR << QDate(2026, 1, 1) << qint64(1'000'000'000)
                                 << QStringLiteral("currency");
    QTest::newRow("no date") << USD << EUR << QDate() << qint64(1'000'000'000)
                             << QStringLiteral("valid from");
    QTest::newRow("date before 2000")
        << USD << EUR << QDate(1999, 12, 31) << qint64(1'000'000'000) << QStringLiteral("valid from");
    QTest::newRow("zero rate") << USD << EUR << QDate(2026, 1, 1) << qint64(0) << QStringLiteral("rate");
    QTest::newRow("negative rate") << USD << EUR << QDate(2026, 1, 1) << qint64(-900'000'000)
                                   << QStringLiteral("rate");
}

void TestFxRates::rateValidation()
{
    QFETCH(QString, currency);
    QFETCH(QString, quote);
    QFETCH(QDate, from);
    QFETCH(qint64, nanos);
    QFETCH(QString, field);

    const QStringList before = databaseContents(*m_database);
    QCOMPARE(
        validationField([&] { FxRateRepository(*m_database).setRate(rate(currency, quote, from, nanos)); }),
        field);
    QCOMPARE(databaseContents(*m_database), before);
}

void TestFxRates::lineWithoutRateIsUnconverted()
{
    CostLineRepository lines(*m_database);
    const CostLineId euros = lines.add(makeLine(m_project, 10000, EUR, QDate(2026, 2, 10)));
    const CostLineId dollars = lines.add(makeLine(m_project, 12345, USD, QDate(2026, 2, 11)));

    QVERIFY(!lines.find(dollars)->reportingAmount);
    QVERIFY(queryValue(*m_database,
                       QStringLiteral("SELECT reporting_minor FROM cost_lines WHERE id = %1").arg(dollars))
                .isNull());
    QCOMPARE(lines.find(euros)->reportingAmount->minorUnits(), 10000);

    QCOMPARE(storedRollups(*m_database),
             (QStringList { QStringLiteral("accrual|2026-02-10|%1|1|OpenAI|10000|0|1|0").arg(m_project),
                            QStringLiteral("accrual|2026-02-11|%1|1|OpenAI|0|0|1|1").arg(m_project),
                            QStringLiteral("cash|2026-02-10|%1|1|OpenAI|10000|0|1|0").arg(m_project),
                            QStringLiteral("cash|2026-02-11|%1|1|OpenAI|0|0|1|1").arg(m_project) }));
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));

    const PortfolioSummary summary = PortfolioSummary::compute(*m_database);
    QCOMPARE(summary.unconvertedLineCount, 1);
    QCOMPARE(summary.lineCount, 2);
    QCOMPARE(summary.total.minorUnits(), 10000); // the USD line is not in the total
    QCOMPARE(summary.byCategory.at(0).total.minorUnits(), 10000);
    QCOMPARE(summary.byProject.first().total.minorUnits(), 10000);
}

void TestFxRates::settingRateLaterReconverts()
{
    CostLineRepository lines(*m_database);
    FxRateRepository rates(*m_database);
    const CostLineId euros = lines.add(makeLine(m_project, 10000, EUR, QDate(2026, 2, 10)));
    const CostLineId dollars = lines.add(makeLine(m_project, 12345, USD, QDate(2026, 2, 11)));
    const CostLineId early
        = lines.add(makeLine(m_project, 5000, USD, QDate(2025, 12, 15), CostCategory::Cloud));
    QCOMPARE(PortfolioSummary::compute(*m_database).unconvertedLineCount, 2);

    rates.setRate(rate(USD, EUR, QDate(2026, 1, 1), 900'000'000));
    QCOMPARE(lines.find(dollars)->reportingAmount->minorUnits(), 11111); // 111.105 -> 111.11
    QCOMPARE(lines.find(dollars)->reportingAmount->currency(), EUR);
    QVERIFY(!lines.find(early)->reportingAmount); // before the first rate
    QCOMPARE(lines.find(euros)->reportingAmount->minorUnits(), 10000);
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
    QCOMPARE(queryValue(*m_database,
                        QStringLiteral("SELECT SUM(reporting_minor) || '/' || SUM(unconverted_count)"
                                       " FROM daily_rollups WHERE basis = 'cash'"
                                       " AND day BETWEEN '2026-02-09' AND '2026-02-15'"))
                 .toString(),
             QStringLiteral("21111/0"));
    PortfolioSummary summary = PortfolioSummary::compute(*m_database);
    QCOMPARE(summary.unconvertedLineCount, 1);
    QCOMPARE(summary.total.minorUnits(), 21111);

    // A newer rate applies to lines from its date on.
    const std::int64_t february = rates.setRate(rate(USD, EUR, QDate(2026, 2, 1), 800'000'000));
    QCOMPARE(lines.find(dollars)->reportingAmount->minorUnits(), 9876);
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
    QCOMPARE(PortfolioSummary::compute(*m_database).total.minorUnits(), 19876);

    // An older rate reaches the early line.
    rates.setRate(rate(USD, EUR, QDate(2025, 12, 1), 1'000'000'000));
    QCOMPARE(lines.find(early)->reportingAmount->minorUnits(), 5000);
    summary = PortfolioSummary::compute(*m_database);
    QCOMPARE(summary.unconvertedLineCount, 0);
    QCOMPARE(summary.total.minorUnits(), 24876);
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));

    // Removing a rate falls back to the one before.
    rates.remove(february);
    QCOMPARE(lines.find(dollars)->reportingAmount->minorUnits(), 11111);
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
    QCOMPARE(PortfolioSummary::compute(*m_database).total.minorUnits(), 26111);

    // New lines use the rates already stored.
    const CostLineId later = lines.add(makeLine(m_project, 100, USD, QDate(2026, 7, 1)));
    QCOMPARE(lines.find(later)->reportingAmount->minorUnits(), 90);
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
}

void TestFxRates::jpyLineConvertedWithItsDecimals()
{
    FxRateRepository(*m_database).setRate(rate(JPY, EUR, QDate(2026, 1, 1), 6'123'000));
    CostLineRepository lines(*m_database);
    const CostLineId id = lines.add(makeLine(m_project, 150'000, JPY, QDate(2026, 4, 1)));
    const std::optional<CostLine> line = lines.find(id);
    QVERIFY(line);
    QCOMPARE(line->amount.minorUnits(), 150'000); // 150 000 yen, stored as is
    QCOMPARE(line->amount.currency(), JPY);
    QVERIFY(line->reportingAmount);
    QCOMPARE(line->reportingAmount->minorUnits(), 91'845); // 918.45 EUR
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
}

void TestFxRates::changingReportingCurrencyReconverts()
{
    CostLineRepository lines(*m_database);
    FxRateRepository rates(*m_database);
    rates.setRate(rate(USD, EUR, QDate(2025, 1, 1), 900'000'000));
    rates.setRate(rate(EUR, USD, QDate(2025, 1, 1), 1'080'000'000));
    const CostLineId euros = lines.add(makeLine(m_project, 10000, EUR));
    const CostLineId dollars = lines.add(makeLine(m_project, 12345, USD));
    const CostLineId pounds = lines.add(makeLine(m_project, 500, GBP));

    DatabaseSettings(*m_database).setReportingCurrency(USD);
    QCOMPARE(lines.find(euros)->reportingAmount->minorUnits(), 10800);
    QCOMPARE(lines.find(euros)->reportingAmount->currency(), USD);
    QCOMPARE(lines.find(dollars)->reportingAmount->minorUnits(), 12345);
    QVERIFY(!lines.find(pounds)->reportingAmount);
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
    PortfolioSummary summary = PortfolioSummary::compute(*m_database);
    QCOMPARE(summary.reportingCurrency, USD);
    QCOMPARE(summary.total, Money(23145, USD));
    QCOMPARE(summary.unconvertedLineCount, 1);

    DatabaseSettings(*m_database).setReportingCurrency(EUR);
    QCOMPARE(lines.find(euros)->reportingAmount->minorUnits(), 10000);
    QCOMPARE(lines.find(dollars)->reportingAmount->minorUnits(), 11111);
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
    summary = PortfolioSummary::compute(*m_database);
    QCOMPARE(summary.total, Money(21111, EUR));
}

QTEST_GUILESS_MAIN(TestFxRates)
#include "tst_fxrates.moc"
