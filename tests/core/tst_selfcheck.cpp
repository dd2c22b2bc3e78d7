// SPDX-License-Identifier: GPL-3.0-or-later
// The self-check (`costboard check`), the schema's domain rules and overflow-proof sums, on a
// real SQLite file holding a demo portfolio. Damage is done the way the reproducers did
// it: with plain SQL from outside CostBoard.

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "analytics/dashboardsnapshot.h"
#include "analytics/ledger.h"
#include "demo/demoportfolio.h"
#include "errors.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/domainrules.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "storage/selfcheck.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace {

bool hasFinding(const CheckReport &report, ErrorCode code, const QString &argument = QString())
{
    return std::any_of(report.findings.cbegin(), report.findings.cend(), [&](const CheckFinding &finding) {
        return finding.code == code && (argument.isEmpty() || finding.arguments.contains(argument));
    });
}

QString describe(const CheckReport &report)
{
    QStringList lines;
    for (const CheckFinding &finding : report.findings)
        lines << englishErrorSentence(finding.code, finding.arguments);
    return lines.join(u'\n');
}

} // namespace

class TestSelfCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // A small demo portfolio in a fresh file for each test.
    TestDatabase openDemo()
    {
        m_path = m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path);
        auto database = Database::openSqlite(m_path);
        DemoOptions options;
        options.weeks = 20;
        options.lines = 3'000;
        generateDemoPortfolio(*database, options);
        return database;
    }

    // The first line that pays for its own date, and its date.
    static std::pair<qint64, QDate> singleDayLine(const Database &database)
    {
        const qint64 id
            = queryValue(database,
                         QStringLiteral("SELECT MIN(id) FROM cost_lines WHERE service_start IS NULL"))
                  .toLongLong();
        const QDate day = QDate::fromString(
            queryValue(database, QStringLiteral("SELECT incurred_on FROM cost_lines WHERE id = %1").arg(id))
                .toString(),
            Qt::ISODate);
        return { id, day };
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void demoIsClean()
    {
        auto database = openDemo();
        const CheckReport full = SelfCheck(*database).run(SelfCheck::Depth::Full);
        QVERIFY2(full.isClean(), qPrintable(describe(full)));
        QVERIFY(SelfCheck(*database).run(SelfCheck::Depth::AtOpen).isClean());
    }

    // Issue 14, defect 5: a line whose date moved without its roll-ups. Deleting it used to leave
    // a phantom total on one day and line_count -1 on the other.
    void driftedRollupsAreFoundRefusedAndRepaired()
    {
        auto database = openDemo();
        const auto [id, day] = singleDayLine(*database);
        const QDate moved = day.addDays(-3);
        QVERIFY(rawExec(
            m_path,
            { QStringLiteral("UPDATE cost_lines SET incurred_on = '%1', week_start = '%2' WHERE id = %3")
                  .arg(moved.toString(Qt::ISODate),
                       moved.addDays(1 - moved.dayOfWeek()).toString(Qt::ISODate))
                  .arg(id) }));

        const CheckReport found = SelfCheck(*database).run(SelfCheck::Depth::Full);
        QVERIFY2(hasFinding(found, ErrorCode::CheckRollupsDrift), qPrintable(describe(found)));
        QVERIFY(found.isRepairable());

        // The schema refuses the delete that would take the moved day's count below zero, and
        // the file is left as it was.
        const QByteArray before = fileHash(m_path);
        try {
            CostLineRepository(*database).remove(id);
            QFAIL("deleting a line the roll-ups do not hold on its day should be refused");
        } catch (const StorageError &error) {
            QCOMPARE(error.code(), ErrorCode::ValueRefusedBySchema);
            QCOMPARE(error.arguments().value(0), QStringLiteral("daily_rollups.line_count"));
        }
        QCOMPARE(rowCount(*database, QStringLiteral("cost_lines WHERE id = %1").arg(id)), 1);
        QCOMPARE(fileHash(m_path), before);

        SelfCheck(*database).repair();
        const CheckReport repaired = SelfCheck(*database).run(SelfCheck::Depth::Full);
        QVERIFY2(repaired.isClean(), qPrintable(describe(repaired)));
        CostLineRepository(*database).remove(id);
        QCOMPARE(storedRollups(*database), expectedRollups(*database));
        QCOMPARE(
            queryValue(*database, QStringLiteral("SELECT MIN(line_count) FROM daily_rollups")).toLongLong()
                >= 0,
            true);
    }

    // Issue 14, defect 7: values no write of CostBoard makes are refused by the schema itself,
    // whoever writes them.
    void schemaRefusesValuesOutOfTheirDomain_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("rule");
        QTest::newRow("text amount") << QStringLiteral(
            "UPDATE cost_lines SET amount_minor = 'abc' WHERE id = 1")
                                     << QStringLiteral("cost_lines.amount_minor");
        QTest::newRow("amount beyond the limit")
            << QStringLiteral("UPDATE cost_lines SET amount_minor = %1 WHERE id = 1")
                   .arg(Money::MaxInputMinorUnits + 1)
            << QStringLiteral("cost_lines.amount_minor");
        QTest::newRow("real reporting amount")
            << QStringLiteral("UPDATE cost_lines SET reporting_minor = 12.5 WHERE id = 1")
            << QStringLiteral("cost_lines.reporting_minor");
        QTest::newRow("unknown category")
            << QStringLiteral("UPDATE cost_lines SET category_id = 42 WHERE id = 1")
            << QStringLiteral("cost_lines.category_id");
        QTest::newRow("missing project")
            << QStringLiteral("UPDATE cost_lines SET project_id = 9999 WHERE id = 1")
            << QStringLiteral("cost_lines.project_id");
        QTest::newRow("impossible date")
            << QStringLiteral("UPDATE cost_lines SET incurred_on = '2026-02-30' WHERE id = 1")
            << QStringLiteral("cost_lines.incurred_on");
        QTest::newRow("unknown reporting currency")
            << QStringLiteral("UPDATE settings SET value = 'XXX' WHERE key = 'reporting_currency'")
            << QStringLiteral("settings.reporting_currency");
        QTest::newRow("negative roll-up count") << QStringLiteral("UPDATE daily_rollups SET line_count = -1")
                                                << QStringLiteral("daily_rollups.line_count");
        QTest::newRow("budget in an unknown currency")
            << QStringLiteral("UPDATE budgets SET currency = 'EU'") << QStringLiteral("budgets.currency");
        QTest::newRow("fiscal month 13")
            << QStringLiteral("UPDATE settings SET value = '13' WHERE key = 'fiscal_year_start_month'")
            << QStringLiteral("settings.fiscal_year_start_month");
    }

    void schemaRefusesValuesOutOfTheirDomain()
    {
        QFETCH(QString, statement);
        QFETCH(QString, rule);
        auto database = openDemo();
        const QByteArray before = fileHash(m_path);
        try {
            execSql(*database, statement);
            QFAIL("the schema accepted a value out of its domain");
        } catch (const StorageError &error) {
            QCOMPARE(error.code(), ErrorCode::ValueRefusedBySchema);
            QCOMPARE(error.arguments().value(0), rule);
        }
        QCOMPARE(fileHash(m_path), before);
    }

    // Rows written before the rules (or with the triggers dropped) are reported, one finding per
    // rule, and never "repaired" by a guess.
    void storedValuesOutOfTheirDomainAreReported()
    {
        auto database = openDemo();
        QStringList statements;
        for (const QString &table : domainrules::tables())
            statements << QStringLiteral("DROP TRIGGER %1_domain_update").arg(table);
        statements << QStringLiteral("UPDATE cost_lines SET amount_minor = 'abc' WHERE id = 5")
                   << QStringLiteral("UPDATE cost_lines SET category_id = 42 WHERE id = 6")
                   << QStringLiteral("UPDATE settings SET value = 'XXX' WHERE key = 'reporting_currency'");
        QVERIFY(rawExec(m_path, statements));

        const CheckReport atOpen = SelfCheck(*database).run(SelfCheck::Depth::AtOpen);
        QVERIFY2(
            hasFinding(atOpen, ErrorCode::CheckOutOfDomain, QStringLiteral("settings.reporting_currency")),
            qPrintable(describe(atOpen)));
        const CheckReport full = SelfCheck(*database).run(SelfCheck::Depth::Full);
        for (const QString &rule :
             { QStringLiteral("cost_lines.amount_minor"), QStringLiteral("cost_lines.category_id"),
               QStringLiteral("settings.reporting_currency") })
            QVERIFY2(hasFinding(full, ErrorCode::CheckOutOfDomain, rule),
                     qPrintable(rule + u'\n' + describe(full)));
        QVERIFY(hasFinding(full, ErrorCode::CheckBrokenReferences, QStringLiteral("cost_lines")));
        QVERIFY(!full.isRepairable());
    }

    // Text where a whole number belongs is an error, never 0.
    void textInAnAmountIsNotReadAsZero()
    {
        auto database = openDemo();
        QVERIFY(rawExec(m_path,
                        { QStringLiteral("DROP TRIGGER daily_rollups_domain_update"),
                          QStringLiteral("UPDATE daily_rollups SET reporting_minor = 'abc' WHERE day ="
                                         " (SELECT MAX(day) FROM daily_rollups WHERE basis = 'cash')"
                                         " AND basis = 'cash'") }));
        DashboardQuery query;
        query.basis = CostBasis::Cash;
        try {
            DashboardSnapshot::compute(*database, query);
            QFAIL("a text amount was summed");
        } catch (const Error &error) {
            QVERIFY2(error.code() == ErrorCode::StoredValueNotInteger
                         || error.code() == ErrorCode::AmountOverflowSum,
                     error.what());
        }
    }

    // Issue 14, defect 6: sums wrapped round to -9223372036734251808. In SQL (one day's rows) and
    // in C++ (days summed), an overflow is an error.
    void sumsThatOverflowAreErrors()
    {
        auto database = openDemo();
        const auto [id, day] = singleDayLine(*database);
        Q_UNUSED(id);
        QVERIFY(rawExec(m_path,
                        { QStringLiteral("DROP TRIGGER daily_rollups_domain_update"),
                          QStringLiteral("UPDATE daily_rollups SET reporting_minor = 5000000000000000000"
                                         " WHERE basis = 'cash'") }));
        const DayRange days { day, day.addDays(30) };
        try {
            const LedgerWindow window = LedgerWindow::read(*database, CostBasis::Cash, days, {}, {});
            const std::int64_t total = window.total(days);
            QFAIL(qPrintable(QStringLiteral("an overflowing sum read as %1").arg(total)));
        } catch (const Error &error) {
            QCOMPARE(error.code(), ErrorCode::AmountOverflowSum);
        }
        try {
            DashboardQuery query;
            query.basis = CostBasis::Cash;
            const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
            QFAIL(qPrintable(QStringLiteral("an overflowing period read as %1").arg(snapshot.periodTotal)));
        } catch (const Error &error) {
            QCOMPARE(error.code(), ErrorCode::AmountOverflowSum);
        }
    }

    void checkedArithmetic()
    {
        const std::int64_t max = std::numeric_limits<std::int64_t>::max();
        QCOMPARE(Money::addMinorUnits(max - 1, 1), max);
        QVERIFY_THROWS_EXCEPTION(MoneyError, Money::addMinorUnits(max, 1));
        QVERIFY_THROWS_EXCEPTION(MoneyError,
                                 Money::subtractMinorUnits(std::numeric_limits<std::int64_t>::min(), 1));
        std::int64_t total = max - 5;
        QVERIFY_THROWS_EXCEPTION(MoneyError, Money::accumulate(total, 6));
        QCOMPARE(total, max - 5); // left as it was
        // Ten million lines of the largest accepted amount still sum.
        QVERIFY(Money::MaxInputMinorUnits * Money::MaxLedgerLines <= max);
    }

    // A line is bounded in its own currency and once converted: a weaker reporting currency turns
    // an accepted amount into more minor units.
    void convertedAmountIsBounded()
    {
        auto database = openDemo();
        FxRate rate;
        rate.currency = QStringLiteral("GBP");
        rate.quoteCurrency = QStringLiteral("EUR");
        rate.validFrom = QDate(2000, 1, 1);
        rate.rateNanos = 1'200'000'000; // 1 GBP = 1.20 EUR
        FxRateRepository(*database).setRate(rate);
        CostLine line;
        line.projectId
            = queryValue(*database, QStringLiteral("SELECT MIN(id) FROM projects WHERE system_role IS NULL"))
                  .toLongLong();
        line.category = CostCategory::Inference;
        line.incurredOn = QDate(2026, 3, 2);
        line.amount = Money(Money::MaxInputMinorUnits, QStringLiteral("GBP"));
        const qint64 lines = rowCount(*database, QStringLiteral("cost_lines"));
        try {
            CostLineRepository(*database).add(line);
            QFAIL("a line worth more than the limit once converted was accepted");
        } catch (const ValidationError &error) {
            QCOMPARE(error.code(), ErrorCode::AmountTooLarge);
        }
        QCOMPARE(rowCount(*database, QStringLiteral("cost_lines")), lines);
        line.amount = Money(Money::MaxInputMinorUnits / 2, QStringLiteral("GBP"));
        CostLineRepository(*database).add(line);
        QCOMPARE(rowCount(*database, QStringLiteral("cost_lines")), lines + 1);
    }

    // `costboard check` without --repair only reads: a read-only file in a read-only folder.
    void checksAReadOnlyDatabase()
    {
        openDemo().reset();
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup);
        const QByteArray before = fileHash(m_path);
        {
            auto database
                = Database::openSqlite(m_path, Database::IfMissing::Refuse, Database::Access::ReadOnly);
            const CheckReport report = SelfCheck(*database).run(SelfCheck::Depth::Full);
            QVERIFY2(report.isClean(), qPrintable(describe(report)));
        }
        QCOMPARE(fileHash(m_path), before);
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestSelfCheck)
#include "tst_selfcheck.moc"
