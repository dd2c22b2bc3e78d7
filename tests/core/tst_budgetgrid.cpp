// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "analytics/budgetgrid.h"
#include "storage/budgetrepository.h"
#include "storage/costlinerepository.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace {

// Monday of 2026-W25: the actuals run to Sunday 21 June 2026.
const QDate referenceDate(2026, 6, 15);
const QDate asOf(2026, 6, 21);
const DayRange fy2026 { QDate(2026, 1, 1), QDate(2026, 12, 31) };
const QString eurCode = QStringLiteral("EUR");

void setBudget(Database &database, std::optional<ProjectId> project, PeriodKind kind, const QDate &start,
               std::int64_t minorUnits, std::optional<CostCategory> category = std::nullopt)
{
    BudgetRepository(database).set(makeBudget(project, kind, start, minorUnits, category, eurCode));
}

// A line over the service days [start, endExclusive).
CostLine serviceLine(ProjectId project, std::int64_t minorUnits, const QDate &start,
                     const QDate &endExclusive, CostCategory category)
{
    CostLine line = makeLine(project, minorUnits, eurCode, start, category);
    line.serviceStart = start;
    line.serviceEnd = endExclusive;
    return line;
}

std::optional<std::int64_t> budgetSum(const QList<BudgetGridCell> &cells, qsizetype from, qsizetype count)
{
    std::optional<std::int64_t> sum;
    for (qsizetype i = from; i < from + count; ++i)
        sum = addOptional(sum, cells.at(i).budget());
    return sum;
}

std::int64_t actualSum(const QList<BudgetGridCell> &cells, qsizetype from, qsizetype count)
{
    std::int64_t sum = 0;
    for (qsizetype i = from; i < from + count; ++i)
        sum += cells.at(i).figures.actual;
    return sum;
}

std::int64_t forecastSum(const QList<BudgetGridCell> &cells, qsizetype from, qsizetype count)
{
    std::int64_t sum = 0;
    for (qsizetype i = from; i < from + count; ++i)
        sum += cells.at(i).figures.forecast;
    return sum;
}

} // namespace

class TestBudgetGrid : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    TestDatabase m_database;

    Database &database() { return *m_database; }

    ProjectId createProject(const QString &code, const QString &name)
    {
        return ProjectRepository(database()).create(makeProject(code, name));
    }

private slots:
    void init() { m_database = openTestDatabase(); }

    void cleanup() { m_database.reset(); }

    void monthsAddUpToQuartersAndQuartersToTheYear()
    {
        const ProjectId alpha = createProject(QStringLiteral("ALP"), QStringLiteral("Alpha assistant"));
        const ProjectId beta = createProject(QStringLiteral("BET"), QStringLiteral("Beta search"));
        CostLineRepository lines(database());
        std::int64_t spentToDate = 0;
        // Alpha: twenty weeks of growing variable spend up to the reporting week (a trend), a
        // licence paid month by month from January to May (recurring: scheduled for the months
        // after), a line of last year and one booked for August (committed).
        for (int week = 0; week < 20; ++week) {
            const QDate day = asOf.addDays(-7 * week - 4);
            const std::int64_t amount = 40'000 - 1'111 * week;
            lines.add(makeLine(alpha, amount, eurCode, day,
                               week % 2 ? CostCategory::Cloud : CostCategory::Inference));
            spentToDate += amount;
        }
        for (int month = 1; month <= 5; ++month) {
            lines.add(serviceLine(alpha, 300'001, QDate(2026, month, 1), QDate(2026, month + 1, 1),
                                  CostCategory::LicencesOther));
            spentToDate += 300'001;
        }
        lines.add(makeLine(alpha, 99'900, eurCode, QDate(2025, 12, 10)));
        lines.add(makeLine(alpha, 77'700, eurCode, QDate(2026, 8, 3)));
        // Beta: a service period across the end of Q1 (21 days), and a few days of spend.
        lines.add(serviceLine(beta, 100'001, QDate(2026, 3, 20), QDate(2026, 4, 10), CostCategory::Cloud));
        spentToDate += 100'001;
        for (int week = 0; week < 6; ++week) {
            lines.add(makeLine(beta, 12'345, eurCode, asOf.addDays(-7 * week - 2), CostCategory::Inference));
            spentToDate += 12'345;
        }
        // Alpha by quarter (91 or 92 days: shares that do not divide evenly), Beta by month, the
        // portfolio by year.
        setBudget(database(), alpha, PeriodKind::Quarter, QDate(2026, 1, 1), 900'001);
        setBudget(database(), alpha, PeriodKind::Quarter, QDate(2026, 4, 1), 910'003);
        setBudget(database(), alpha, PeriodKind::Quarter, QDate(2026, 7, 1), 920'007);
        for (int month = 1; month <= 12; ++month)
            setBudget(database(), beta, PeriodKind::Month, QDate(2026, month, 1), 100'000 + 7 * month);
        setBudget(database(), std::nullopt, PeriodKind::Year, QDate(2026, 1, 1), 5'000'003);

        const BudgetGrid months
            = BudgetGrid::compute(database(), referenceDate, 2026, PeriodKind::Month, true);
        const BudgetGrid quarters
            = BudgetGrid::compute(database(), referenceDate, 2026, PeriodKind::Quarter, true);
        const BudgetGrid year = BudgetGrid::compute(database(), referenceDate, 2026, PeriodKind::Year, true);
        QCOMPARE(months.asOf, asOf);
        QCOMPARE(months.periods.size(), 12);
        QCOMPARE(quarters.periods.size(), 4);
        QCOMPARE(year.periods.size(), 1);
        QCOMPARE(months.rows.size(), 3 * (1 + CostCategories::count()));
        QCOMPARE(quarters.scopes(), months.scopes());
        QCOMPARE(year.scopes(), months.scopes());

        for (qsizetype r = 0; r < months.rows.size(); ++r) {
            const BudgetGridRow &byMonth = months.rows.at(r);
            const BudgetGridRow &byQuarter = quarters.rows.at(r);
            const BudgetGridRow &byYear = year.rows.at(r);
            const QByteArray where = QByteArray::number(r);
            for (qsizetype q = 0; q < 4; ++q) {
                const ScopeFigures &quarter = byQuarter.periods.at(q).figures;
                QVERIFY2(budgetSum(byMonth.periods, 3 * q, 3) == quarter.budget, where);
                QCOMPARE(actualSum(byMonth.periods, 3 * q, 3), quarter.actual);
                QCOMPARE(forecastSum(byMonth.periods, 3 * q, 3), quarter.forecast);
            }
            const ScopeFigures &whole = byYear.periods.constFirst().figures;
            QVERIFY2(budgetSum(byQuarter.periods, 0, 4) == whole.budget, where);
            QCOMPARE(actualSum(byQuarter.periods, 0, 4), whole.actual);
            QCOMPARE(forecastSum(byQuarter.periods, 0, 4), whole.forecast);
            // The year column of every view is that same year.
            for (const BudgetGrid *grid : { &months, &quarters, &year }) {
                const ScopeFigures &total = grid->rows.at(r).year.figures;
                QVERIFY2(total.budget == whole.budget, where);
                QCOMPARE(total.actual, whole.actual);
                QCOMPARE(total.forecast, whole.forecast);
                QCOMPARE(total.health, whole.health);
            }
        }

        // The figures themselves: the actual is every line's days up to asOf; the forecast adds
        // what is booked after it, the licence for June to December and a projection.
        const BudgetGridRow &portfolio = year.rows.at(year.rowOf(BudgetScope {}));
        QCOMPARE(portfolio.year.figures.actual, spentToDate);
        QCOMPARE(portfolio.year.budget(), std::optional<std::int64_t>(5'000'003));
        const BudgetGridRow &alphaRow = year.rows.at(year.rowOf(BudgetScope { alpha, std::nullopt }));
        QVERIFY(alphaRow.year.figures.forecast > alphaRow.year.figures.actual + 77'700 + 7 * 300'001);
        QCOMPARE(alphaRow.year.budget(), std::optional<std::int64_t>(900'001 + 910'003 + 920'007));
        // December: Alpha has no Q4 budget, Beta its month's.
        QVERIFY(!months.rows.at(months.rowOf(BudgetScope { alpha, std::nullopt })).periods.at(11).budget());
        QCOMPARE(months.rows.at(months.rowOf(BudgetScope { beta, std::nullopt })).periods.at(11).budget(),
                 std::optional<std::int64_t>(100'084));
        // Before a month begins it has no actual; its forecast is what is expected.
        const BudgetGridCell &july
            = months.rows.at(months.rowOf(BudgetScope { alpha, std::nullopt })).periods.at(6);
        QVERIFY(!months.hasBegun(july.figures.period));
        QCOMPARE(july.figures.actual, 0);
        QVERIFY(july.figures.forecast > 300'001);
        QVERIFY(!july.figures.budgetToDate);
    }

    void aProjectBudgetedByCategoryShowsTheirSum()
    {
        const ProjectId gamma = createProject(QStringLiteral("GAM"), QStringLiteral("Gamma"));
        CostLineRepository lines(database());
        lines.add(makeLine(gamma, 11'000, eurCode, QDate(2026, 2, 3), CostCategory::Inference));
        lines.add(makeLine(gamma, 22'000, eurCode, QDate(2026, 5, 4), CostCategory::Cloud));
        lines.add(makeLine(gamma, 4'000, eurCode, QDate(2026, 5, 5), CostCategory::Salaries));
        setBudget(database(), gamma, PeriodKind::Quarter, QDate(2026, 4, 1), 300'000,
                  CostCategory::Inference);
        setBudget(database(), gamma, PeriodKind::Year, QDate(2026, 1, 1), 1'200'000, CostCategory::Cloud);

        const BudgetGrid grid = BudgetGrid::compute(database(), referenceDate, 0, std::nullopt, true);
        QCOMPARE(grid.fiscalYear(), 2026);
        QCOMPARE(grid.granularity, PeriodKind::Quarter); // the finest kind the year's budgets use
        const BudgetScope project { gamma, std::nullopt };
        const BudgetGridRow &row = grid.rows.at(grid.rowOf(project));
        const BudgetGridRow &inference
            = grid.rows.at(grid.rowOf(BudgetScope { gamma, CostCategory::Inference }));
        const BudgetGridRow &cloud = grid.rows.at(grid.rowOf(BudgetScope { gamma, CostCategory::Cloud }));
        const BudgetGridRow &salaries
            = grid.rows.at(grid.rowOf(BudgetScope { gamma, CostCategory::Salaries }));
        QVERIFY(!row.year.ownKind);
        for (qsizetype q = 0; q < 4; ++q) {
            const DayRange days = grid.periods.at(q).days();
            const std::int64_t cloudShare = shareOfDays(1'200'000, fy2026, days);
            const BudgetGridCell &cell = row.periods.at(q);
            QCOMPARE(cell.budget(), std::optional<std::int64_t>(cloudShare + (q == 1 ? 300'000 : 0)));
            QCOMPARE(cell.source, BudgetCellSource::Aggregate);
            QCOMPARE(cloud.periods.at(q).source, BudgetCellSource::Derived);
            QCOMPARE(cloud.periods.at(q).ownKind, std::optional(PeriodKind::Year));
            QCOMPARE(inference.periods.at(q).source,
                     q == 1 ? BudgetCellSource::Entered : BudgetCellSource::None);
            QCOMPARE(salaries.periods.at(q).source, BudgetCellSource::None);
            // The project's spend and forecast are its categories', to the cent.
            std::int64_t actual = 0;
            std::int64_t forecast = 0;
            for (const CategoryInfo &info : CostCategories::all()) {
                const BudgetGridCell &part
                    = grid.rows.at(grid.rowOf(BudgetScope { gamma, info.category })).periods.at(q);
                actual += part.figures.actual;
                forecast += part.figures.forecast;
            }
            QCOMPARE(cell.figures.actual, actual);
            QCOMPARE(cell.figures.forecast, forecast);
        }
        QCOMPARE(row.year.budget(), std::optional<std::int64_t>(1'500'000));
        QCOMPARE(row.year.source, BudgetCellSource::Aggregate);
        QCOMPARE(cloud.year.source, BudgetCellSource::Entered);
        QCOMPARE(row.year.figures.actual, 37'000);
        QCOMPARE(row.periods.at(0).figures.actual, 11'000);
        QCOMPARE(row.periods.at(1).figures.actual, 26'000);
        QCOMPARE(row.year.figures.variance(), std::optional(row.year.figures.forecast - 1'500'000));
    }

    void thePortfolioRowWithAndWithoutAnEnvelope()
    {
        const ProjectId alpha = createProject(QStringLiteral("ALP"), QStringLiteral("Alpha"));
        const ProjectId beta = createProject(QStringLiteral("BET"), QStringLiteral("Beta"));
        const ProjectId archived = createProject(QStringLiteral("OLD"), QStringLiteral("Archived pilot"));
        CostLineRepository lines(database());
        lines.add(makeLine(alpha, 10'000, eurCode, QDate(2026, 3, 3)));
        lines.add(makeLine(beta, 20'000, eurCode, QDate(2026, 4, 3)));
        lines.add(makeLine(archived, 5'000, eurCode, QDate(2026, 1, 5)));
        setBudget(database(), alpha, PeriodKind::Year, QDate(2026, 1, 1), 1'000'000);
        setBudget(database(), beta, PeriodKind::Quarter, QDate(2026, 1, 1), 250'000);
        setBudget(database(), beta, PeriodKind::Quarter, QDate(2026, 4, 1), 250'000);
        setBudget(database(), archived, PeriodKind::Year, QDate(2026, 1, 1), 100'000);
        ProjectRepository(database()).setArchived(archived, true);

        // Without an envelope: the sum of the projects, archived ones included; no reserve.
        BudgetGrid grid = BudgetGrid::compute(database(), referenceDate, 2026, PeriodKind::Quarter);
        QCOMPARE(grid.rows.size(), 3); // the portfolio, Alpha, Beta: no row for the archived project
        QCOMPARE(grid.rows.at(1).projectName, QStringLiteral("Alpha"));
        QCOMPARE(grid.rows.at(2).projectName, QStringLiteral("Beta"));
        const BudgetGridRow *portfolio = &grid.rows.at(grid.rowOf(BudgetScope {}));
        QCOMPARE(portfolio->year.budget(), std::optional<std::int64_t>(1'600'000));
        QCOMPARE(portfolio->year.source, BudgetCellSource::Aggregate);
        QCOMPARE(portfolio->periods.at(0).source, BudgetCellSource::Aggregate);
        QCOMPARE(portfolio->year.figures.actual, 35'000);
        QVERIFY(!grid.yearPosition.envelope);
        QCOMPARE(grid.yearPosition.projectsTotal, std::optional<std::int64_t>(1'600'000));
        QVERIFY(!grid.yearPosition.unallocated());

        // An envelope: the portfolio's own budget, and the reserve beside it.
        setBudget(database(), std::nullopt, PeriodKind::Year, QDate(2026, 1, 1), 2'000'000);
        grid = BudgetGrid::compute(database(), referenceDate, 2026, PeriodKind::Quarter);
        portfolio = &grid.rows.at(grid.rowOf(BudgetScope {}));
        QCOMPARE(portfolio->year.budget(), std::optional<std::int64_t>(2'000'000));
        QCOMPARE(portfolio->year.source, BudgetCellSource::Entered);
        QCOMPARE(portfolio->periods.at(0).source, BudgetCellSource::Derived);
        QCOMPARE(portfolio->year.figures.actual, 35'000);
        QCOMPARE(grid.yearPosition.envelope, std::optional<std::int64_t>(2'000'000));
        QCOMPARE(grid.yearPosition.projectsTotal, std::optional<std::int64_t>(1'600'000));
        QCOMPARE(grid.yearPosition.unallocated(), std::optional<std::int64_t>(400'000));
        QCOMPARE(grid.periodPositions.size(), 4);
        std::int64_t envelopes = 0;
        std::int64_t projects = 0;
        for (qsizetype q = 0; q < 4; ++q) {
            const BudgetBook::PortfolioPosition &position = grid.periodPositions.at(q);
            QCOMPARE(position.envelope, portfolio->periods.at(q).budget());
            envelopes += position.envelope.value_or(0);
            projects += position.projectsTotal.value_or(0);
        }
        QCOMPARE(envelopes, 2'000'000);
        QCOMPARE(projects, 1'600'000);
        // Q3: Beta has no budget, Alpha and the archived pilot their shares of the year.
        QCOMPARE(grid.periodPositions.at(2).projectsTotal,
                 std::optional<std::int64_t>(shareOfDays(1'000'000, fy2026, grid.periods.at(2).days())
                                             + shareOfDays(100'000, fy2026, grid.periods.at(2).days())));

        // An overcommitment: the projects above the envelope.
        setBudget(database(), std::nullopt, PeriodKind::Year, QDate(2026, 1, 1), 1'500'000);
        grid = BudgetGrid::compute(database(), referenceDate, 2026, PeriodKind::Year);
        QCOMPARE(grid.yearPosition.unallocated(), std::optional<std::int64_t>(-100'000));
        QCOMPARE(grid.periodPositions.constFirst().unallocated(), std::optional<std::int64_t>(-100'000));
    }

    void availableYearsAndDefaults()
    {
        const ProjectId alpha = createProject(QStringLiteral("ALP"), QStringLiteral("Alpha"));
        setBudget(database(), alpha, PeriodKind::Quarter, QDate(2021, 1, 1), 1'000);
        setBudget(database(), alpha, PeriodKind::Month, QDate(2026, 5, 1), 1'000);
        BudgetGrid grid = BudgetGrid::compute(database(), referenceDate);
        QCOMPARE(grid.availableYears, (QList<int> { 2021, 2024, 2025, 2026, 2027 }));
        QCOMPARE(grid.granularity, PeriodKind::Month);
        grid = BudgetGrid::compute(database(), referenceDate, 2021);
        QCOMPARE(grid.granularity, PeriodKind::Quarter);
        QCOMPARE(grid.asOf, QDate(2021, 12, 31)); // a past year: its actuals run to its end
        grid = BudgetGrid::compute(database(), referenceDate, 2030);
        QCOMPARE(grid.granularity, PeriodKind::Month); // no budgets: months
        QVERIFY(grid.availableYears.contains(2030));
        QCOMPARE(grid.periodOf(QDate(2030, 2, 14)), 1);
        QCOMPARE(grid.periodOf(QDate(2029, 12, 31)), -1);
    }

    void typedEntries_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("error"); // -1: accepted
        QTest::addColumn<qint64>("minorUnits"); // -1: no budget
        const int accepted = -1;
        QTest::newRow("negative") << QStringLiteral("en") << QStringLiteral("-500")
                                  << int(BudgetEntryError::Negative) << qint64(-1);
        QTest::newRow("negative with symbol") << QStringLiteral("fr") << QStringLiteral("-500 €")
                                              << int(BudgetEntryError::Negative) << qint64(-1);
        QTest::newRow("thousands as k") << QStringLiteral("en") << QStringLiteral("12k")
                                        << int(BudgetEntryError::NotAnAmount) << qint64(-1);
        QTest::newRow("text") << QStringLiteral("en") << QStringLiteral("abc")
                              << int(BudgetEntryError::NotAnAmount) << qint64(-1);
        QTest::newRow("three decimals") << QStringLiteral("en") << QStringLiteral("1.234")
                                        << int(BudgetEntryError::NotAnAmount) << qint64(-1);
        QTest::newRow("too large") << QStringLiteral("en") << QStringLiteral("99999999999")
                                   << int(BudgetEntryError::TooLarge) << qint64(-1);
        QTest::newRow("French grouping")
            << QStringLiteral("fr") << QStringLiteral("12 500,50") << accepted << qint64(1'250'050);
        QTest::newRow("French with symbol")
            << QStringLiteral("fr") << QStringLiteral("12 500,50 €") << accepted << qint64(1'250'050);
        QTest::newRow("English with symbol")
            << QStringLiteral("en") << QStringLiteral("€12,500.50") << accepted << qint64(1'250'050);
        QTest::newRow("English with code")
            << QStringLiteral("en") << QStringLiteral("12,500.50 eur") << accepted << qint64(1'250'050);
        QTest::newRow("empty") << QStringLiteral("en") << QStringLiteral("") << accepted << qint64(-1);
        QTest::newRow("zero") << QStringLiteral("en") << QStringLiteral("0") << accepted << qint64(-1);
    }

    void typedEntries()
    {
        QFETCH(QString, language);
        QFETCH(QString, typed);
        QFETCH(int, error);
        QFETCH(qint64, minorUnits);
        const QLocale locale = language == QLatin1String("fr")
            ? QLocale(QLocale::French, QLocale::France)
            : QLocale(QLocale::English, QLocale::UnitedStates);
        const TypedBudget read = readTypedBudget(typed, eurCode, locale);
        if (error >= 0) {
            QVERIFY(read.refusal);
            QCOMPARE(int(read.refusal->error), error);
            QCOMPARE(read.refusal->typed, typed);
            QVERIFY(!read.amount);
            if (read.refusal->error == BudgetEntryError::Negative)
                QCOMPARE(read.refusal->amount, Money(-50'000, eurCode));
            if (read.refusal->error == BudgetEntryError::TooLarge)
                QCOMPARE(read.refusal->limit, Money(Money::MaxInputMinorUnits, eurCode));
            return;
        }
        QVERIFY2(!read.refusal,
                 qPrintable(read.refusal ? QString::number(int(read.refusal->error)) : QString()));
        if (minorUnits < 0)
            QVERIFY(!read.amount);
        else
            QCOMPARE(read.amount, std::optional(Money(minorUnits, eurCode)));
    }

    void cellEdits()
    {
        const ProjectId alpha = createProject(QStringLiteral("ALP"), QStringLiteral("Alpha"));
        const ProjectId beta = createProject(QStringLiteral("BET"), QStringLiteral("Beta"));
        // Q1 has 90 days: 100.00 a day, January 3,100.00. Beta: March typed.
        setBudget(database(), alpha, PeriodKind::Quarter, QDate(2026, 1, 1), 900'000);
        setBudget(database(), beta, PeriodKind::Month, QDate(2026, 3, 1), 50'000);
        const BudgetGrid grid = BudgetGrid::compute(database(), referenceDate, 2026, PeriodKind::Month);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const int alphaRow = grid.rowOf(BudgetScope { alpha, std::nullopt });
        const int betaRow = grid.rowOf(BudgetScope { beta, std::nullopt });
        const int portfolioRow = grid.rowOf(BudgetScope {});

        // Emptying a grey cell is refused: the amount is not the cell's own.
        BudgetCellEdit edit = grid.edit(alphaRow, 0, u"", english);
        QVERIFY(edit.refusal);
        QCOMPARE(edit.refusal->error, BudgetEntryError::DerivedCellCannotBeEmptied);
        QCOMPARE(edit.refusal->budgetedBy, std::optional(PeriodKind::Quarter));
        edit = grid.edit(portfolioRow, 2, u"0", english);
        QVERIFY(edit.refusal);
        QCOMPARE(edit.refusal->error, BudgetEntryError::AggregateCellCannotBeEmptied);
        // What a grey cell shows, typed again, writes nothing.
        edit = grid.edit(alphaRow, 0, u"3,100.00", english);
        QVERIFY(!edit.refusal);
        QVERIFY(edit.changesNothing);
        // Another amount is a budget for the cell.
        edit = grid.edit(alphaRow, 0, u"3200", english);
        QVERIFY(!edit.refusal);
        QVERIFY(!edit.changesNothing);
        QCOMPARE(edit.amount, std::optional(Money(320'000, eurCode)));
        // A typed budget can be emptied; an empty cell emptied changes nothing.
        edit = grid.edit(betaRow, 2, u" ", english);
        QVERIFY(!edit.refusal);
        QVERIFY(!edit.amount);
        QVERIFY(!edit.changesNothing);
        edit = grid.edit(betaRow, 3, u"", english);
        QVERIFY(!edit.refusal);
        QVERIFY(edit.changesNothing);
        // Bad text is refused whatever the cell.
        for (const QString &typed :
             { QStringLiteral("-500"), QStringLiteral("12k"), QStringLiteral("abc") }) {
            for (const int row : { alphaRow, betaRow, portfolioRow }) {
                edit = grid.edit(row, 2, typed, english);
                QVERIFY2(edit.refusal, qPrintable(typed));
                QVERIFY(!edit.amount);
            }
        }
    }

    void aSpreadAmountIsCheckedLikeATypedOne()
    {
        QVERIFY(!checkBudgetAmount(Money(0, eurCode)));
        QVERIFY(!checkBudgetAmount(Money(Money::MaxInputMinorUnits, eurCode)));
        QCOMPARE(checkBudgetAmount(Money(-1, eurCode))->error, BudgetEntryError::Negative);
        QCOMPARE(checkBudgetAmount(Money(Money::MaxInputMinorUnits + 1, eurCode))->error,
                 BudgetEntryError::TooLarge);
    }
};

QTEST_GUILESS_MAIN(TestBudgetGrid)
#include "tst_budgetgrid.moc"
