// SPDX-License-Identifier: GPL-3.0-or-later
// Core errors carry a code and the values of the sentence, never the sentence: these tests check
// that each family of error keeps both from the throw to the catch, that the catalogue has a
// sentence for every code, and that the limits the repositories enforce are the published ones.
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "alerts/alertstore.h"
#include "demo/demoportfolio.h"
#include "errors.h"
#include "errortexts.h"
#include "export/csvexport.h"
#include "export/exporttables.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "storage/validation.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace {

// Runs `action` and returns the error of type E it throws; fails the test when it throws nothing.
template <typename E> std::optional<E> caught(const std::function<void()> &action)
{
    try {
        action();
    } catch (const E &error) {
        return error;
    }
    return std::nullopt;
}

} // namespace

class TestErrorTexts : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeHasAnEnglishSentence()
    {
        // The catalogue's switch has no default, so a code without a sentence does not compile;
        // this checks that no sentence is empty or left with an unfilled placeholder.
        for (int value = 0; value <= static_cast<int>(ErrorCode::ExportRowNotWritten); ++value) {
            const auto code = static_cast<ErrorCode>(value);
            const QStringList arguments { QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"),
                                          QStringLiteral("a4") };
            const QString sentence = englishErrorSentence(code, arguments);
            QVERIFY2(!sentence.isEmpty() && !sentence.startsWith(QLatin1String("error ")),
                     qPrintable(QString::number(value)));
            QVERIFY2(!sentence.contains(QRegularExpression(QStringLiteral("%[1-9]"))), qPrintable(sentence));
            // No translator installed: what people read is the English sentence.
            QCOMPARE(errorSentence(code, arguments), sentence);
        }
    }

    void argumentsAreFilledOnce()
    {
        // A path may hold "%2": it is shown as it is, not replaced by the next argument.
        const StorageError error(
            ErrorCode::DatabaseCannotOpen,
            { QStringLiteral("/data/100%2 sure.sqlite"), QStringLiteral("disk I/O error") });
        QCOMPARE(errorText(error), QStringLiteral("Cannot open /data/100%2 sure.sqlite: disk I/O error"));
        QCOMPARE(QString::fromUtf8(error.what()), errorText(error));
    }

    void validationErrorNamesItsField()
    {
        const ValidationError error(QStringLiteral("business unit"), ErrorCode::TextTooLong,
                                    { QStringLiteral("121"), QStringLiteral("120") });
        QCOMPARE(error.field(), QStringLiteral("business unit"));
        QCOMPARE(QString::fromUtf8(error.what()),
                 QStringLiteral("business unit: is 121 characters long; at most 120 are allowed"));
        QCOMPARE(errorReason(error), QStringLiteral("is 121 characters long; at most 120 are allowed"));
        QCOMPARE(errorText(error),
                 QStringLiteral("Business unit: is 121 characters long; at most 120 are allowed"));
        // A key the catalogue does not know (a command-line option) is shown as it is.
        QCOMPARE(fieldLabel(QStringLiteral("--week")), QStringLiteral("--week"));
        const ValidationError noField(QString(), ErrorCode::AlertRuleNoLongerExists);
        QCOMPARE(errorText(noField), QStringLiteral("The alert rule no longer exists."));
    }

    void validationFamilyKeepsCodeAndArguments()
    {
        auto database = openTestDatabase();
        ProjectRepository projects(*database);
        Project project = makeProject(QStringLiteral("SUP"), QStringLiteral("Support"));
        project.description = QString(validation::limits::ProjectDescriptionLength + 1, u'x');
        auto error = caught<ValidationError>([&] { projects.create(project); });
        QVERIFY(error);
        QCOMPARE(error->field(), QStringLiteral("description"));
        QCOMPARE(error->code(), ErrorCode::TextTooLong);
        QCOMPARE(error->arguments(),
                 QStringList({ QString::number(validation::limits::ProjectDescriptionLength + 1),
                               QString::number(validation::limits::ProjectDescriptionLength) }));

        project.description
            = QString(validation::limits::ProjectDescriptionLength, u'x'); // the limit itself is fine
        const ProjectId id = projects.create(project);
        QVERIFY(id > 0);

        Project sameCode = makeProject(QStringLiteral("SUP"), QStringLiteral("Other"));
        error = caught<ValidationError>([&] { projects.create(sameCode); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::ProjectCodeTaken);
        QCOMPARE(error->arguments(), QStringList({ QStringLiteral("SUP"), QStringLiteral("Support") }));
        QCOMPARE(errorText(*error), QStringLiteral("Code: \"SUP\" is already used by project \"Support\""));
    }

    void projectCodeLimitIsThePublishedOne()
    {
        auto database = openTestDatabase();
        ProjectRepository projects(*database);
        const QString longest(validation::limits::ProjectCodeLength, u'C');
        QVERIFY(validation::isProjectCode(longest));
        QVERIFY(projects.create(makeProject(longest, QStringLiteral("Longest"))) > 0);
        const QString tooLong = longest + u'C';
        QVERIFY(!validation::isProjectCode(tooLong));
        const auto error
            = caught<ValidationError>([&] { projects.create(makeProject(tooLong, QStringLiteral("Long"))); });
        QVERIFY(error);
        QCOMPARE(error->field(), QStringLiteral("code"));
        QCOMPARE(error->code(), ErrorCode::TextTooLong);
        QCOMPARE(error->arguments().last(), QString::number(validation::limits::ProjectCodeLength));
    }

    void alertThresholdLimitsAreThePublishedOnes()
    {
        auto database = openTestDatabase();
        AlertStore store(*database);
        AlertRule rule;
        rule.name = QStringLiteral("Budget watch");
        rule.kind = AlertKind::BudgetConsumed;
        rule.threshold = validation::limits::BudgetShareHighest;
        QVERIFY(store.createRule(rule) > 0);
        rule.threshold = validation::limits::BudgetShareHighest + 1;
        auto error = caught<ValidationError>([&] { store.createRule(rule); });
        QVERIFY(error);
        QCOMPARE(error->field(), QStringLiteral("threshold"));
        QCOMPARE(error->code(), ErrorCode::ThresholdBudgetPercent);
        QCOMPARE(error->arguments(), QStringList({ QStringLiteral("1"), QStringLiteral("1000") }));

        rule.kind = AlertKind::Spike;
        rule.threshold = validation::limits::SpikeMultipleLowest;
        rule.trailingWeeks = validation::limits::TrailingWeeksMost + 1;
        error = caught<ValidationError>([&] { store.createRule(rule); });
        QVERIFY(error);
        QCOMPARE(error->field(), QStringLiteral("trailing weeks"));
        QCOMPARE(error->code(), ErrorCode::TrailingWeeksOutOfRange);
        QCOMPARE(error->arguments(),
                 QStringList({ QString::number(validation::limits::TrailingWeeksFewest),
                               QString::number(validation::limits::TrailingWeeksMost) }));
    }

    void fxRateLimitsAreThePublishedOnes()
    {
        auto database = openTestDatabase();
        FxRateRepository rates(*database);
        FxRate rate;
        rate.currency = QStringLiteral("USD");
        rate.quoteCurrency = QStringLiteral("EUR");
        rate.validFrom = QDate(2026, 1, 1);
        rate.rateNanos = validation::limits::FxRateLowestNanos;
        QVERIFY(rates.setRate(rate) > 0);
        rate.rateNanos = validation::limits::FxRateHighestNanos + 1;
        const auto error = caught<ValidationError>([&] { rates.setRate(rate); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::FxRateOutOfRange);
        QCOMPARE(error->field(), QStringLiteral("rate"));
    }

    void dateLimitsNameTheRange()
    {
        const auto error = caught<ValidationError>(
            [] { validation::requireDate(QStringLiteral("date"), validation::latestDate.addDays(1)); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::DateOutOfRange);
        QCOMPARE(error->arguments(),
                 QStringList({ QStringLiteral("2101-01-01"), QStringLiteral("2000-01-01"),
                               QStringLiteral("2100-12-31") }));
    }

    void moneyFamilyKeepsCodeAndArguments()
    {
        const Money euros(100, QStringLiteral("EUR"));
        const Money dollars(100, QStringLiteral("USD"));
        auto error = caught<MoneyError>([&] { (void)(euros - dollars); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::CurrencyMismatchSubtract);
        QCOMPARE(error->arguments(), QStringList({ QStringLiteral("EUR"), QStringLiteral("USD") }));
        error = caught<MoneyError>([&] { (void)euros.scaled(1, 0); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::ZeroDenominator);
        QVERIFY(error->arguments().isEmpty());
    }

    void storageFamilyKeepsCodeAndArguments()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        // A folder where the database file should be.
        const auto error = caught<StorageError>([&] { Database::openSqlite(folder.path()); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::NotADatabaseFile);
        QCOMPARE(error->arguments(), QStringList({ folder.path() }));
        const QString missingFolder = folder.filePath(QStringLiteral("absent/costs.sqlite"));
        const auto missing = caught<StorageError>([&] { Database::openSqlite(missingFolder); });
        QVERIFY(missing);
        QCOMPARE(missing->code(), ErrorCode::DatabaseFolderMissing);
        QCOMPARE(missing->arguments().first(), missingFolder);
    }

    void exportFamilyKeepsCodeAndArguments()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("absent/table.csv"));
        ExportTable table;
        const auto error = caught<ExportError>([&] { writeCsvFile(table, QLocale::c(), path); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::ExportCannotWrite);
        QCOMPARE(error->arguments().size(), 2);
        QCOMPARE(error->arguments().first(), path);
        QVERIFY(errorText(*error).startsWith(QStringLiteral("cannot write ") + path));
    }

    void demoOptionsLimitsAreThePublishedOnes()
    {
        auto database = openTestDatabase();
        DemoOptions options;
        options.weeks = DemoOptions::FewestWeeks - 1;
        const auto error = caught<ValidationError>([&] { generateDemoPortfolio(*database, options); });
        QVERIFY(error);
        QCOMPARE(error->field(), QStringLiteral("weeks"));
        QCOMPARE(error->code(), ErrorCode::DemoWeeksOutOfRange);
        QCOMPARE(error->arguments(),
                 QStringList({ QString::number(DemoOptions::FewestWeeks - 1),
                               QString::number(DemoOptions::FewestWeeks),
                               QString::number(DemoOptions::MostWeeks) }));
    }
};

QTEST_GUILESS_MAIN(TestErrorTexts)
#include "tst_errortexts.moc"
