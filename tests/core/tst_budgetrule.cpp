// SPDX-License-Identifier: GPL-3.0-or-later
// The one calendar, the one budget rule and the one health rule of core: what every page, alert
// and export asks.

#include <QObject>
#include <QRandomGenerator>
#include <QTest>

#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "analytics/budgetrule.h"
#include "analytics/dashboardsnapshot.h"
#include "analytics/positions.h"
#include "domain/fiscalcalendar.h"
#include "storage/budgetrepository.h"
#include "storage/costlinerepository.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace {

const QString EUR = QStringLiteral("EUR");

} // namespace

class TestBudgetRule : public QObject
{
    Q_OBJECT

private slots:
    void fiscalPeriods_data();
    void fiscalPeriods();
    void periodsOverlappingPartitionTheDays();
    void shareOfDaysAddsUpOverAnyPartition();

    void finestKindPerScopeAndYear();
    void categoryOnlyProjectHasTheSumOfItsCategories();
    void portfolioEnvelopeAndProjectsSideBySide();
    void budgetStraddlingTwoFiscalYears();
    void otherCurrencyDoesNotCount();

    void healthThresholds_data();
    void healthThresholds();

    void categoryOnlyBudgetReadsTheSameEverywhere();
    void fullyConsumedReadsTheSameEverywhere();
};

void TestBudgetRule::fiscalPeriods_data()
{
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("yearFirst");
    QTest::addColumn<QDate>("quarterFirst");
    QTest::addColumn<int>("quarter");
    QTest::addColumn<QString>("yearKey");
    QTest::addColumn<QString>("quarterKey");

    QTest::newRow("january, new year's day")
        << 1 << QDate(2026, 1, 1) << QDate(2026, 1, 1) << QDate(2026, 1, 1) << 1 << QStringLiteral("2026")
        << QStringLiteral("2026-Q1");
    QTest::newRow("january, new year's eve")
        << 1 << QDate(2026, 12, 31) << QDate(2026, 1, 1) << QDate(2026, 10, 1) << 4 << QStringLiteral("2026")
        << QStringLiteral("2026-Q4");
    // 2026-W53 runs from 28 December 2026 to 3 January 2027: days decide, not weeks.
    QTest::newRow("january, Sunday of 2026-W53")
        << 1 << QDate(2027, 1, 3) << QDate(2027, 1, 1) << QDate(2027, 1, 1) << 1 << QStringLiteral("2027")
        << QStringLiteral("2027-Q1");
    QTest::newRow("january, 29 February 2028")
        << 1 << QDate(2028, 2, 29) << QDate(2028, 1, 1) << QDate(2028, 1, 1) << 1 << QStringLiteral("2028")
        << QStringLiteral("2028-Q1");
    QTest::newRow("april, 31 March") << 4 << QDate(2027, 3, 31) << QDate(2026, 4, 1) << QDate(2027, 1, 1) << 4
                                     << QStringLiteral("FY2026") << QStringLiteral("FY2026-Q4");
    QTest::newRow("april, 1 April") << 4 << QDate(2027, 4, 1) << QDate(2027, 4, 1) << QDate(2027, 4, 1) << 1
                                    << QStringLiteral("FY2027") << QStringLiteral("FY2027-Q1");
    QTest::newRow("april, 29 February 2028")
        << 4 << QDate(2028, 2, 29) << QDate(2027, 4, 1) << QDate(2028, 1, 1) << 4 << QStringLiteral("FY2027")
        << QStringLiteral("FY2027-Q4");
    QTest::newRow("april, October") << 4 << QDate(2026, 10, 15) << QDate(2026, 4, 1) << QDate(2026, 10, 1)
                                    << 3 << QStringLiteral("FY2026") << QStringLiteral("FY2026-Q3");
}

void TestBudgetRule::fiscalPeriods()
{
    QFETCH(int, startMonth);
    QFETCH(QDate, day);
    QFETCH(QDate, yearFirst);
    QFETCH(QDate, quarterFirst);
    QFETCH(int, quarter);
    QFETCH(QString, yearKey);
    QFETCH(QString, quarterKey);
    const FiscalCalendar calendar(startMonth);
    QCOMPARE(calendar.year(day), (DayRange { yearFirst, yearFirst.addYears(1).addDays(-1) }));
    QCOMPARE(calendar.quarter(day), (DayRange { quarterFirst, quarterFirst.addMonths(3).addDays(-1) }));
    QCOMPARE(calendar.quarterNumber(day), quarter);
    QCOMPARE(calendar.yearKey(day), yearKey);
    QCOMPARE(calendar.quarterKey(day), quarterKey);
    QCOMPARE(FiscalCalendar::month(day).first, QDate(day.year(), day.month(), 1));
    QVERIFY(calendar.year(day).contains(day) && calendar.quarter(day).contains(day));
    QVERIFY(calendar.isPeriodStart(PeriodKind::Quarter, quarterFirst));
    QVERIFY(!calendar.isPeriodStart(PeriodKind::Quarter, quarterFirst.addMonths(1)));
}

void TestBudgetRule::periodsOverlappingPartitionTheDays()
{
    // Months, quarters and fiscal years each cover a range of days exactly once.
    for (const int startMonth : { 1, 4, 7, 12 }) {
        const FiscalCalendar calendar(startMonth);
        const DayRange range { QDate(2025, 11, 17), QDate(2028, 3, 2) };
        for (const PeriodKind kind : { PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year }) {
            const QList<DayRange> periods = calendar.periodsOverlapping(kind, range);
            QVERIFY(!periods.isEmpty());
            QVERIFY(periods.first().contains(range.first));
            QVERIFY(periods.last().contains(range.last));
            for (qsizetype i = 1; i < periods.size(); ++i)
                QCOMPARE(periods.at(i).first, periods.at(i - 1).last.addDays(1));
        }
    }
}

void TestBudgetRule::shareOfDaysAddsUpOverAnyPartition()
{
    QRandomGenerator random(2026);
    for (int round = 0; round < 300; ++round) {
        const qint64 amount = qint64(random.bounded(2'000'000'001)) - 1'000'000'000;
        const QDate first = QDate(2025, 1, 1).addDays(random.bounded(1500));
        const DayRange whole { first, first.addDays(random.bounded(1100)) };
        // Random cuts into consecutive parts.
        qint64 sum = 0;
        QDate start = whole.first;
        while (start <= whole.last) {
            const QDate end = std::min(whole.last, start.addDays(random.bounded(40)));
            const qint64 part = shareOfDays(amount, whole, { start, end });
            const qint64 days = start.daysTo(end) + 1;
            // Each day gets the floor or the ceiling of amount / n.
            const qint64 n = whole.dayCount();
            QVERIFY(part * n >= amount * days - n * days && part * n <= amount * days + n * days);
            sum += part;
            start = end.addDays(1);
        }
        QCOMPARE(sum, amount);
        // Outside the whole, nothing; day by day, the oracle of the tests.
        QCOMPARE(shareOfDays(amount, whole, { whole.last.addDays(1), whole.last.addDays(30) }), 0);
        const qint64 day = random.bounded(int(whole.dayCount()));
        QCOMPARE(shareOfDays(amount, whole, DayRange::singleDay(whole.first.addDays(day))),
                 expectedDayShare(amount, day + 1, whole.dayCount()));
    }
}

void TestBudgetRule::finestKindPerScopeAndYear()
{
    const FiscalCalendar calendar(1);
    const BudgetBook book({ makeBudget(7, PeriodKind::Year, QDate(2026, 1, 1), 1'200'000),
                            makeBudget(7, PeriodKind::Quarter, QDate(2026, 1, 1), 300'000),
                            makeBudget(7, PeriodKind::Quarter, QDate(2026, 4, 1), 100'000),
                            // Next year's months, planned in December, do not hide this year's quarters.
                            makeBudget(7, PeriodKind::Month, QDate(2027, 1, 1), 50'000) },
                          calendar, EUR);
    const BudgetScope scope { 7, std::nullopt };
    QCOMPARE(book.ownGranularity(scope, QDate(2026, 6, 1)), std::optional(PeriodKind::Quarter));
    QCOMPARE(book.budgetOf(scope, calendar.year(QDate(2026, 6, 1))), std::optional<std::int64_t>(400'000));
    QCOMPARE(book.budgetOf(scope, { QDate(2026, 1, 1), QDate(2027, 1, 31) }),
             std::optional<std::int64_t>(450'000));
    QCOMPARE(book.budgetOf(scope, calendar.quarter(QDate(2026, 8, 1))), std::nullopt);
    // February is days 32 to 59 of the quarter's 90: round(300000 * 59 / 90) - round(300000 * 31 / 90).
    QCOMPARE(book.budgetOf(scope, FiscalCalendar::month(QDate(2026, 2, 1))),
             std::optional<std::int64_t>(196'667 - 103'333));
}

void TestBudgetRule::categoryOnlyProjectHasTheSumOfItsCategories()
{
    const FiscalCalendar calendar(1);
    const BudgetBook book(
        { makeBudget(3, PeriodKind::Quarter, QDate(2026, 10, 1), 600'000, CostCategory::Inference),
          makeBudget(3, PeriodKind::Month, QDate(2026, 11, 1), 90'000, CostCategory::Cloud) },
        calendar, EUR);
    const DayRange q4 = calendar.quarter(QDate(2026, 11, 1));
    QCOMPARE(book.budgetOf({ 3, std::nullopt }, q4), std::optional<std::int64_t>(690'000));
    QCOMPARE(book.budgetFor({ 3 }, {}, q4), std::optional<std::int64_t>(690'000));
    QCOMPARE(book.budgetFor({ 3 }, { CostCategory::Cloud }, q4), std::optional<std::int64_t>(90'000));
    QCOMPARE(book.budgetFor({ 3 }, { CostCategory::Salaries }, q4), std::nullopt);
    // The portfolio without an envelope is the sum of its projects, category-only ones included.
    QCOMPARE(book.budgetFor({}, {}, q4), std::optional<std::int64_t>(690'000));
    QVERIFY(!book.ownGranularity({ 3, std::nullopt }, q4.first));
}

void TestBudgetRule::portfolioEnvelopeAndProjectsSideBySide()
{
    const FiscalCalendar calendar(1);
    const DayRange q4 = calendar.quarter(QDate(2026, 11, 1));
    const BudgetBook reserve({ makeBudget(std::nullopt, PeriodKind::Quarter, q4.first, 1'000'000),
                               makeBudget(1, PeriodKind::Quarter, q4.first, 500'000),
                               makeBudget(2, PeriodKind::Quarter, q4.first, 300'000, CostCategory::Cloud) },
                             calendar, EUR);
    QCOMPARE(reserve.budgetFor({}, {}, q4), std::optional<std::int64_t>(1'000'000));
    QCOMPARE(reserve.budgetFor({ 1, 2 }, {}, q4), std::optional<std::int64_t>(800'000));
    const BudgetBook::PortfolioPosition position = reserve.portfolioPosition(q4);
    QCOMPARE(position.envelope, std::optional<std::int64_t>(1'000'000));
    QCOMPARE(position.projectsTotal, std::optional<std::int64_t>(800'000));
    QCOMPARE(position.unallocated(), std::optional<std::int64_t>(200'000));

    const BudgetBook overcommitted({ makeBudget(std::nullopt, PeriodKind::Quarter, q4.first, 700'000),
                                     makeBudget(1, PeriodKind::Quarter, q4.first, 500'000),
                                     makeBudget(2, PeriodKind::Quarter, q4.first, 300'000) },
                                   calendar, EUR);
    QCOMPARE(overcommitted.portfolioPosition(q4).unallocated(), std::optional<std::int64_t>(-100'000));
    const BudgetBook noEnvelope({ makeBudget(1, PeriodKind::Quarter, q4.first, 500'000) }, calendar, EUR);
    QCOMPARE(noEnvelope.portfolioPosition(q4).unallocated(), std::nullopt);
    QCOMPARE(noEnvelope.budgetFor({}, {}, q4), std::optional<std::int64_t>(500'000));
}

void TestBudgetRule::budgetStraddlingTwoFiscalYears()
{
    // A quarter entered while the fiscal year started in December (Dec 2025 - Feb 2026, 90 days)
    // counts in each calendar year by its days once the year starts in January.
    const FiscalCalendar calendar(1);
    const BudgetBook book({ makeBudget(5, PeriodKind::Quarter, QDate(2025, 12, 1), 90'000) }, calendar, EUR);
    QCOMPARE(book.budgetOf({ 5, std::nullopt }, calendar.year(QDate(2026, 1, 1))),
             std::optional<std::int64_t>(59'000));
    QCOMPARE(book.budgetOf({ 5, std::nullopt }, calendar.year(QDate(2025, 1, 1))),
             std::optional<std::int64_t>(31'000));
}

void TestBudgetRule::otherCurrencyDoesNotCount()
{
    const FiscalCalendar calendar(1);
    Budget dollars = makeBudget(1, PeriodKind::Year, QDate(2026, 1, 1), 100'000);
    dollars.amount = Money(100'000, QStringLiteral("USD"));
    const BudgetBook book({ dollars }, calendar, EUR);
    QCOMPARE(book.budgetOf({ 1, std::nullopt }, calendar.year(QDate(2026, 5, 1))), std::nullopt);
}

void TestBudgetRule::healthThresholds_data()
{
    QTest::addColumn<qint64>("spent");
    QTest::addColumn<qint64>("budgetToDate");
    QTest::addColumn<qint64>("forecast");
    QTest::addColumn<qint64>("periodBudget");
    QTest::addColumn<int>("health");
    const int green = int(BudgetHealth::Green);
    const int amber = int(BudgetHealth::Amber);
    const int red = int(BudgetHealth::Red);
    QTest::newRow("89.99 % consumed") << qint64(8'999) << qint64(10'000) << qint64(0) << qint64(0) << green;
    QTest::newRow("90 % consumed") << qint64(9'000) << qint64(10'000) << qint64(0) << qint64(0) << amber;
    QTest::newRow("exactly 100 % consumed")
        << qint64(10'000) << qint64(10'000) << qint64(0) << qint64(0) << amber;
    QTest::newRow("a cent over") << qint64(10'001) << qint64(10'000) << qint64(0) << qint64(0) << red;
    QTest::newRow("forecast exactly at budget")
        << qint64(0) << qint64(0) << qint64(10'000) << qint64(10'000) << green;
    QTest::newRow("forecast a cent over")
        << qint64(0) << qint64(0) << qint64(10'001) << qint64(10'000) << amber;
    QTest::newRow("forecast at 110 %") << qint64(0) << qint64(0) << qint64(11'000) << qint64(10'000) << amber;
    QTest::newRow("forecast above 110 %")
        << qint64(0) << qint64(0) << qint64(11'001) << qint64(10'000) << red;
    QTest::newRow("no budget") << qint64(500) << qint64(0) << qint64(900) << qint64(0)
                               << int(BudgetHealth::NoBudget);
}

void TestBudgetRule::healthThresholds()
{
    QFETCH(qint64, spent);
    QFETCH(qint64, budgetToDate);
    QFETCH(qint64, forecast);
    QFETCH(qint64, periodBudget);
    QFETCH(int, health);
    const auto optional = [](qint64 value) {
        return value > 0 ? std::optional<std::int64_t>(value) : std::nullopt;
    };
    QCOMPARE(int(BudgetHealthRule::assess(spent, optional(budgetToDate), forecast, optional(periodBudget))),
             health);
}

void TestBudgetRule::categoryOnlyBudgetReadsTheSameEverywhere()
{
    // LEG's story from the issue: its quarter budget replaced by two category budgets of the
    // same total. The dashboard, the projects page's core figures, the grid's and the alerts all
    // see the budget.
    const auto database = openTestDatabase();
    const ProjectId legal
        = ProjectRepository(*database).create(makeProject(QStringLiteral("LEG"), QStringLiteral("Legal")));
    BudgetRepository budgets(*database);
    budgets.set(
        makeBudget(legal, PeriodKind::Quarter, QDate(2026, 10, 1), 3'000'000, CostCategory::Inference));
    budgets.set(
        makeBudget(legal, PeriodKind::Quarter, QDate(2026, 10, 1), 1'000'000, CostCategory::Salaries));
    CostLineRepository(*database).add(makeLine(legal, 3'900'000, EUR, QDate(2026, 11, 20)));

    DashboardQuery query;
    query.preset = PeriodPreset::QuarterToDate;
    query.referenceWeek = IsoWeek(2026, 48);
    query.projects = { legal };
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
    QVERIFY(snapshot.hasBudget);
    QCOMPARE(snapshot.kpis.budgetAtHorizon->minorUnits(), 4'000'000);

    const QList<QList<ScopeFigures>> figures
        = scopeFigures(*database, { BudgetScope { legal, std::nullopt } },
                       { FiscalCalendar(1).quarter(QDate(2026, 11, 1)) }, IsoWeek(2026, 48).sunday());
    QCOMPARE(figures.at(0).at(0).budget, std::optional<std::int64_t>(4'000'000));
    QCOMPARE(figures.at(0).at(0).actual, 3'900'000);

    AlertStore store(*database);
    QVERIFY(store.ensureDefaultRules() >= 3);
    const AlertEvaluation evaluation = AlertEngine(*database).evaluate(IsoWeek(2026, 48));
    bool consumedFired = false;
    for (const Alert &alert : evaluation.fired) {
        if (alert.kind == AlertKind::BudgetConsumed && alert.projectId == legal) {
            consumedFired = true;
            QCOMPARE(qint64(alert.referenceMinor), qint64(4'000'000));
        }
    }
    QVERIFY2(consumedFired, "97.5 % of a category-only budget must fire the 80 % rule");
}

void TestBudgetRule::fullyConsumedReadsTheSameEverywhere()
{
    // Spend exactly equal to the budget to date: amber on the dashboard's rule and in the core
    // figures behind the projects page and the grid alike.
    const auto database = openTestDatabase();
    const ProjectId project
        = ProjectRepository(*database).create(makeProject(QStringLiteral("FUL"), QStringLiteral("Full")));
    BudgetRepository(*database).set(makeBudget(project, PeriodKind::Month, QDate(2026, 11, 1), 3'000'000));
    CostLine line = makeLine(project, 3'000'000, EUR, QDate(2026, 11, 30));
    line.serviceStart = QDate(2026, 11, 1);
    line.serviceEnd = QDate(2026, 12, 1);
    CostLineRepository(*database).add(line);

    DashboardQuery query;
    query.preset = PeriodPreset::Custom;
    query.customRange = { IsoWeek::fromDate(QDate(2026, 11, 2)), IsoWeek::fromDate(QDate(2026, 11, 29)) };
    query.referenceWeek = query.customRange.last;
    query.projects = { project };
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
    QCOMPARE(snapshot.kpis.periodToDate.minorUnits(), snapshot.kpis.budgetToDate->minorUnits());
    QCOMPARE(int(BudgetHealthRule::ofConsumed(snapshot.kpis.periodToDate.minorUnits(),
                                              snapshot.kpis.budgetToDate->minorUnits())),
             int(BudgetHealth::Amber));

    const DayRange november = FiscalCalendar::month(QDate(2026, 11, 1));
    const QList<QList<ScopeFigures>> figures
        = scopeFigures(*database, { BudgetScope { project, std::nullopt } }, { november }, november.last);
    QCOMPARE(figures.at(0).at(0).actual, 3'000'000);
    QCOMPARE(figures.at(0).at(0).budgetToDate, std::optional<std::int64_t>(3'000'000));
    QCOMPARE(int(figures.at(0).at(0).health), int(BudgetHealth::Amber));
}

QTEST_GUILESS_MAIN(TestBudgetRule)
#include "tst_budgetrule.moc"
