#include "analytics/dashboardquery.h"
#include "analytics/dashboardsnapshot.h"
#include "analytics/forecast.h"
#include "demo/demoportfolio.h"
#include "domain/fiscalcalendar.h"
#include "export/snapshotjson.h"
#include "storage/budgetrepository.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cstdint>
#include <memory>

using namespace costboard;
using namespace costboard::test;

Q_DECLARE_METATYPE(costboard::IsoWeek)
Q_DECLARE_METATYPE(costboard::PeriodPreset)
Q_DECLARE_METATYPE(costboard::BudgetPeriodKind)
Q_DECLARE_METATYPE(costboard::WeekRange)
Q_DECLARE_METATYPE(costboard::DashboardQuery)

namespace QTest {
template<>
inline char *toString(const IsoWeek &value)
{
    return qstrdup(value.isValid() ? qPrintable(value.toString()) : "<invalid week>");
}
template<>
inline char *toString(const WeekRange &value)
{
    return qstrdup(qPrintable(value.first.toString() + QStringLiteral("..") + value.last.toString()));
}
} // namespace QTest

namespace {

using Minor = std::int64_t;

const QString EUR = QStringLiteral("EUR");
const IsoWeek demoLastWeek(2026, 48);

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Rounds numerator / denominator half away from zero (denominator > 0): what the KPIs promise.
Minor roundedQuotient(Minor numerator, Minor denominator)
{
    Minor quotient = numerator / denominator;
    const Minor remainder = numerator % denominator;
    if (2 * std::abs(remainder) >= denominator)
        quotient += numerator < 0 ? -1 : 1;
    return quotient;
}

Minor floorQuotient(Minor numerator, Minor denominator)
{
    Minor quotient = numerator / denominator;
    if (numerator % denominator != 0 && numerator < 0)
        --quotient;
    return quotient;
}

Minor ceilQuotient(Minor numerator, Minor denominator)
{
    Minor quotient = numerator / denominator;
    if (numerator % denominator != 0 && numerator > 0)
        ++quotient;
    return quotient;
}

// Days of [from, to] that fall in the budget's period.
Minor overlapDays(const Budget &budget, const QDate &from, const QDate &to)
{
    const QDate first = std::max(from, budget.periodStart);
    const QDate last = std::min(to, budget.periodEnd());
    return first > last ? 0 : first.daysTo(last) + 1;
}

Minor periodDays(const Budget &budget)
{
    return budget.periodStart.daysTo(budget.periodEnd()) + 1;
}

// The SQL filter of a query over the raw cost lines, for weeks from..to.
QString lineFilter(const DashboardQuery &query, const IsoWeek &from, const IsoWeek &to)
{
    QString sql = QStringLiteral(" WHERE week_start >= '%1' AND week_start <= '%2'").arg(isoDate(from.monday()), isoDate(to.monday()));
    if (!query.projects.isEmpty()) {
        QStringList ids;
        for (const ProjectId id : query.projects)
            ids << QString::number(id);
        sql += QStringLiteral(" AND project_id IN (%1)").arg(ids.join(u','));
    }
    if (!query.categories.isEmpty()) {
        QStringList ids;
        for (const CostCategory category : query.categories)
            ids << QString::number(static_cast<int>(category));
        sql += QStringLiteral(" AND category_id IN (%1)").arg(ids.join(u','));
    }
    return sql;
}

// key (the first columns joined by '|') -> the last column as an amount.
QMap<QString, Minor> sums(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        qWarning("query failed: %s (%s)", qPrintable(query.lastError().text()), qPrintable(sql));
        return {{QStringLiteral("<query failed>"), -1}};
    }
    QMap<QString, Minor> result;
    while (query.next()) {
        const int columns = query.record().count();
        QStringList key;
        for (int i = 0; i < columns - 1; ++i)
            key << query.value(i).toString();
        result.insert(key.join(u'|'), static_cast<Minor>(query.value(columns - 1).toLongLong()));
    }
    return result;
}

Minor directSum(const Database &database, const DashboardQuery &query, const IsoWeek &from, const IsoWeek &to)
{
    if (to < from)
        return 0;
    return static_cast<Minor>(
        queryValue(database, QStringLiteral("SELECT COALESCE(SUM(reporting_minor), 0) FROM cost_lines") + lineFilter(query, from, to))
            .toLongLong());
}

// The budgets the documented selection rule picks for a query (DashboardSnapshot's header and
// applicableBudgets): portfolio budgets when no project is selected and one exists, else the
// selected projects' own; category budgets only under a category filter; finest period kind per scope.
// The rule of applicableBudgets, restated: per fiscal year, the portfolio's budgets when the query
// takes every project and the portfolio has some that year, else the projects'; per scope and
// fiscal year, the finest period kind.
QList<Budget> expectedBudgets(Database &database, const DashboardQuery &query, const QDate &from, const QDate &to)
{
    const int fiscalStart = DatabaseSettings(database).fiscalYearStartMonth();
    const auto yearOf = [&](const Budget &budget) { return fiscalYearStart(budget.periodStart, fiscalStart); };
    const bool categoryFilter = !query.categories.isEmpty() && query.categories.size() < CostCategories::count();
    QList<Budget> candidates;
    for (const Budget &budget : BudgetRepository(database).list()) {
        if (budget.periodEnd() < from || budget.periodStart > to)
            continue;
        if (categoryFilter ? !(budget.category && query.categories.contains(*budget.category)) : budget.category.has_value())
            continue;
        if (budget.projectId && !query.projects.isEmpty() && !query.projects.contains(*budget.projectId))
            continue;
        candidates << budget;
    }
    QList<Budget> chosen;
    for (const Budget &budget : std::as_const(candidates)) {
        const bool portfolioThatYear = std::any_of(candidates.cbegin(), candidates.cend(), [&](const Budget &other) {
            return !other.projectId && yearOf(other) == yearOf(budget);
        });
        const bool usePortfolio = query.projects.isEmpty() && portfolioThatYear;
        if (usePortfolio == !budget.projectId.has_value())
            chosen << budget;
    }
    const auto sameScopeAndYear = [&](const Budget &a, const Budget &b) {
        return a.projectId == b.projectId && a.category == b.category && yearOf(a) == yearOf(b);
    };
    QList<Budget> finest;
    for (const Budget &budget : std::as_const(chosen)) {
        const bool finerExists = std::any_of(chosen.cbegin(), chosen.cend(), [&](const Budget &other) {
            return sameScopeAndYear(budget, other) && static_cast<int>(other.periodKind) < static_cast<int>(budget.periodKind);
        });
        if (!finerExists)
            finest << budget;
    }
    return finest;
}

Budget makeBudget(std::optional<ProjectId> project, BudgetPeriodKind kind, const QDate &start, Minor amount,
                  std::optional<CostCategory> category = std::nullopt)
{
    Budget budget;
    budget.projectId = project;
    budget.category = category;
    budget.periodKind = kind;
    budget.periodStart = start;
    budget.amount = Money(amount, EUR);
    return budget;
}

DashboardQuery customQuery(const IsoWeek &first, const IsoWeek &last, const IsoWeek &reference)
{
    DashboardQuery query;
    query.preset = PeriodPreset::Custom;
    query.customRange = {first, last};
    query.referenceWeek = reference;
    return query;
}

} // namespace

class TestDashboardSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Query and pure functions.
    void presetKeys();
    void range_data();
    void range();
    void forecastHorizon_data();
    void forecastHorizon();
    void trailingAverage_data();
    void trailingAverage();
    void linearTrendOnPerfectLine();
    void linearTrendClampsAtZero();
    void linearTrendRounding();
    void budgetShareAddsUp_data();
    void budgetShareAddsUp();
    void budgetShareSplitsWeeksAcrossMonths();

    // Snapshots of the generated portfolio against the raw cost lines.
    void demoMatchesRawLines_data();
    void demoMatchesRawLines();
    void moversSortedByAbsoluteChange();
    void moversLeaveOutUnchanged();
    void snapshotJsonMatchesSnapshot();

    // Hand-made cases.
    void emptyPeriod();
    void emptyDatabase();
    void emptyPeriodWithBudget();
    void projectWithoutBudget();
    void budgetScopes();
    void week53();
    void budgetStartingMidPeriod();
    void budgetDetailIsChosenPerFiscalYear();
    void fiscalYearNotStartingInJanuary();
    void referenceWeekBeforePeriod();

private:
    std::unique_ptr<Database> m_demo;
    QHash<QString, ProjectId> m_projectIds; // by code
};

void TestDashboardSnapshot::initTestCase()
{
    m_demo = openMemoryDatabase();
    DemoOptions options;
    options.weeks = 52;
    options.lines = 5'000;
    options.seed = 7;
    options.lastWeek = demoLastWeek;
    const DemoSummary summary = generateDemoPortfolio(*m_demo, options);
    QVERIFY(summary.costLines >= 4'000);
    QVERIFY(summary.budgets > 0);
    for (const Project &project : ProjectRepository(*m_demo).list())
        m_projectIds.insert(project.code, project.id);
    QCOMPARE(m_projectIds.size(), 8);
    // The roll-ups the snapshot reads are the ones the lines imply: otherwise every comparison
    // below would test the repository rather than the analytics.
    QCOMPARE(storedRollups(*m_demo), expectedRollups(*m_demo));
}

// ---------------------------------------------------------------------------------------------
// Query and pure functions

void TestDashboardSnapshot::presetKeys()
{
    const QList<PeriodPreset> presets = allPeriodPresets();
    QCOMPARE(presets.size(), 6);
    for (const PeriodPreset preset : presets) {
        QVERIFY(!toKey(preset).isEmpty());
        QCOMPARE(periodPresetFromKey(toKey(preset)), std::optional<PeriodPreset>(preset));
    }
    QCOMPARE(periodPresetFromKey(u"year-to-date"), std::optional<PeriodPreset>(PeriodPreset::YearToDate));
    QVERIFY(!periodPresetFromKey(u"last-12-weeks").has_value());
    QVERIFY(!periodPresetFromKey(u"").has_value());
}

void TestDashboardSnapshot::range_data()
{
    QTest::addColumn<PeriodPreset>("preset");
    QTest::addColumn<int>("fiscalStart");
    QTest::addColumn<IsoWeek>("reference");
    QTest::addColumn<IsoWeek>("first");
    QTest::addColumn<IsoWeek>("last");

    const IsoWeek w48(2026, 48);
    QTest::newRow("13 weeks") << PeriodPreset::Last13Weeks << 1 << w48 << IsoWeek(2026, 36) << w48;
    QTest::newRow("26 weeks") << PeriodPreset::Last26Weeks << 1 << w48 << IsoWeek(2026, 23) << w48;
    QTest::newRow("52 weeks crosses a year") << PeriodPreset::Last52Weeks << 1 << w48 << IsoWeek(2025, 49) << w48;
    QTest::newRow("13 weeks over week 53") << PeriodPreset::Last13Weeks << 1 << IsoWeek(2027, 2) << IsoWeek(2026, 43)
                                           << IsoWeek(2027, 2);
    // 2026-10-01 is a Thursday in 2026-W40; 2026-01-01 a Thursday in 2026-W01.
    QTest::newRow("quarter, january year") << PeriodPreset::QuarterToDate << 1 << w48 << IsoWeek(2026, 40) << w48;
    QTest::newRow("year, january year") << PeriodPreset::YearToDate << 1 << w48 << IsoWeek(2026, 1) << w48;
    // Fiscal year from April: quarters start in April, July, October, January.
    QTest::newRow("quarter, april year") << PeriodPreset::QuarterToDate << 4 << w48 << IsoWeek(2026, 40) << w48;
    QTest::newRow("year, april year") << PeriodPreset::YearToDate << 4 << w48 << IsoWeek(2026, 14) << w48;
    QTest::newRow("quarter, april year, in march") << PeriodPreset::QuarterToDate << 4 << IsoWeek(2026, 10)
                                                   << IsoWeek(2026, 1) << IsoWeek(2026, 10);
    // 2025-04-01 is a Tuesday in 2025-W14.
    QTest::newRow("year, april year, in march") << PeriodPreset::YearToDate << 4 << IsoWeek(2026, 10) << IsoWeek(2025, 14)
                                                << IsoWeek(2026, 10);
    QTest::newRow("year, july year") << PeriodPreset::YearToDate << 7 << w48 << IsoWeek(2026, 27) << w48;
    // Fiscal quarters Feb, May, Aug, Nov: 2026-11-01 is a Sunday, the last day of 2026-W44.
    QTest::newRow("quarter, february year") << PeriodPreset::QuarterToDate << 2 << w48 << IsoWeek(2026, 44) << w48;
    // 2027-01-01 is a Friday in 2026-W53.
    QTest::newRow("quarter starting in week 53") << PeriodPreset::QuarterToDate << 1 << IsoWeek(2027, 1) << IsoWeek(2026, 53)
                                                 << IsoWeek(2027, 1);
    QTest::newRow("year starting in week 53") << PeriodPreset::YearToDate << 1 << IsoWeek(2027, 3) << IsoWeek(2026, 53)
                                              << IsoWeek(2027, 3);
    QTest::newRow("custom") << PeriodPreset::Custom << 4 << w48 << IsoWeek(2025, 50) << IsoWeek(2026, 3);
}

void TestDashboardSnapshot::range()
{
    QFETCH(PeriodPreset, preset);
    QFETCH(int, fiscalStart);
    QFETCH(IsoWeek, reference);
    QFETCH(IsoWeek, first);
    QFETCH(IsoWeek, last);

    DashboardQuery query;
    query.preset = preset;
    query.referenceWeek = reference;
    if (preset == PeriodPreset::Custom)
        query.customRange = {first, last};
    const WeekRange range = query.range(fiscalStart);
    QCOMPARE(range.first, first);
    QCOMPARE(range.last, last);
    QVERIFY(range.isValid());
}

void TestDashboardSnapshot::forecastHorizon_data()
{
    QTest::addColumn<PeriodPreset>("preset");
    QTest::addColumn<int>("fiscalStart");
    QTest::addColumn<IsoWeek>("reference");
    QTest::addColumn<WeekRange>("custom");
    QTest::addColumn<IsoWeek>("horizon");

    const IsoWeek w48(2026, 48);
    // The quarter holding 2026-W48 ends on Thursday 2026-12-31, in 2026-W53.
    QTest::newRow("13 weeks: quarter end") << PeriodPreset::Last13Weeks << 1 << w48 << WeekRange() << IsoWeek(2026, 53);
    QTest::newRow("52 weeks: quarter end") << PeriodPreset::Last52Weeks << 1 << w48 << WeekRange() << IsoWeek(2026, 53);
    QTest::newRow("quarter") << PeriodPreset::QuarterToDate << 1 << w48 << WeekRange() << IsoWeek(2026, 53);
    QTest::newRow("year") << PeriodPreset::YearToDate << 1 << w48 << WeekRange() << IsoWeek(2026, 53);
    QTest::newRow("quarter, april year") << PeriodPreset::QuarterToDate << 4 << w48 << WeekRange() << IsoWeek(2026, 53);
    // The fiscal year April 2026 - March 2027 ends on Wednesday 2027-03-31, in 2027-W13.
    QTest::newRow("year, april year") << PeriodPreset::YearToDate << 4 << w48 << WeekRange() << IsoWeek(2027, 13);
    // 2026-03-31 is a Tuesday in 2026-W14.
    QTest::newRow("quarter, april year, in march") << PeriodPreset::QuarterToDate << 4 << IsoWeek(2026, 10) << WeekRange()
                                                   << IsoWeek(2026, 14);
    QTest::newRow("year, april year, in march") << PeriodPreset::YearToDate << 4 << IsoWeek(2026, 10) << WeekRange()
                                                << IsoWeek(2026, 14);
    // Fiscal year from July: ends 2027-06-30, a Wednesday in 2027-W26.
    QTest::newRow("year, july year") << PeriodPreset::YearToDate << 7 << w48 << WeekRange() << IsoWeek(2027, 26);
    QTest::newRow("custom ending later") << PeriodPreset::Custom << 1 << w48 << WeekRange{IsoWeek(2026, 1), IsoWeek(2027, 10)}
                                         << IsoWeek(2027, 10);
    QTest::newRow("custom ending earlier") << PeriodPreset::Custom << 1 << w48 << WeekRange{IsoWeek(2026, 1), IsoWeek(2026, 20)}
                                           << IsoWeek(2026, 53);
}

void TestDashboardSnapshot::forecastHorizon()
{
    QFETCH(PeriodPreset, preset);
    QFETCH(int, fiscalStart);
    QFETCH(IsoWeek, reference);
    QFETCH(WeekRange, custom);
    QFETCH(IsoWeek, horizon);

    DashboardQuery query;
    query.preset = preset;
    query.referenceWeek = reference;
    query.customRange = custom;
    QCOMPARE(query.forecastHorizon(fiscalStart), horizon);
}

void TestDashboardSnapshot::trailingAverage_data()
{
    QTest::addColumn<QList<qint64>>("history");
    QTest::addColumn<int>("window");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("empty") << QList<qint64>{} << 4 << qint64(0);
    QTest::newRow("zero window") << QList<qint64>{5, 6} << 0 << qint64(0);
    QTest::newRow("exact") << QList<qint64>{100, 200, 300, 400} << 4 << qint64(250);
    QTest::newRow("last four only") << QList<qint64>{1'000'000, 100, 200, 300, 400} << 4 << qint64(250);
    QTest::newRow("shorter history") << QList<qint64>{10, 20} << 4 << qint64(15);
    QTest::newRow("half rounds up") << QList<qint64>{1, 2} << 2 << qint64(2);
    QTest::newRow("third rounds down") << QList<qint64>{1, 1, 2} << 3 << qint64(1);
    QTest::newRow("two thirds round up") << QList<qint64>{1, 2, 2} << 3 << qint64(2);
    QTest::newRow("negative half away from zero") << QList<qint64>{-1, -2} << 2 << qint64(-2);
    QTest::newRow("quarter") << QList<qint64>{0, 0, 0, 1} << 4 << qint64(0);
    QTest::newRow("three quarters") << QList<qint64>{0, 1, 1, 1} << 4 << qint64(1);
    QTest::newRow("large") << QList<qint64>{4'000'000'000'000'000'000, 4'000'000'000'000'000'001} << 2
                           << qint64(4'000'000'000'000'000'001);
}

void TestDashboardSnapshot::trailingAverage()
{
    QFETCH(QList<qint64>, history);
    QFETCH(int, window);
    QFETCH(qint64, expected);
    QList<Minor> values;
    for (const qint64 value : history)
        values << value;
    QCOMPARE(qint64(forecast::trailingAverage(values, window)), expected);
}

void TestDashboardSnapshot::linearTrendOnPerfectLine()
{
    const QList<Minor> history{100, 200, 300};
    QCOMPARE(qint64(forecast::linearTrendValue(history, 0)), qint64(400));
    QCOMPARE(qint64(forecast::linearTrendValue(history, 1)), qint64(500));
    QCOMPARE(qint64(forecast::linearTrendSum(history, 2)), qint64(900));
    QCOMPARE(qint64(forecast::linearTrendSum(history, 0)), qint64(0));

    // A flat line predicts itself; a long exact line stays exact far ahead.
    QCOMPARE(qint64(forecast::linearTrendSum(QList<Minor>(13, 12'345), 5)), qint64(5 * 12'345));
    QList<Minor> longLine;
    for (int x = 0; x < 13; ++x)
        longLine << 1'000'000 + 37'013 * x;
    QCOMPARE(qint64(forecast::linearTrendValue(longLine, 0)), qint64(1'000'000 + 37'013 * 13));
    QCOMPARE(qint64(forecast::linearTrendValue(longLine, 39)), qint64(1'000'000 + 37'013 * 52));
    Minor expected = 0;
    for (int k = 0; k < 10; ++k)
        expected += 1'000'000 + 37'013 * (13 + k);
    QCOMPARE(qint64(forecast::linearTrendSum(longLine, 10)), qint64(expected));

    // Fewer than two points: no slope.
    QCOMPARE(qint64(forecast::linearTrendValue({}, 3)), qint64(0));
    QCOMPARE(qint64(forecast::linearTrendValue({700}, 3)), qint64(700));
    QCOMPARE(qint64(forecast::linearTrendSum({700}, 3)), qint64(2100));
}

void TestDashboardSnapshot::linearTrendClampsAtZero()
{
    const QList<Minor> falling{500, 400, 300};
    QCOMPARE(qint64(forecast::linearTrendValue(falling, 0)), qint64(200));
    QCOMPARE(qint64(forecast::linearTrendValue(falling, 1)), qint64(100));
    QCOMPARE(qint64(forecast::linearTrendValue(falling, 2)), qint64(0));
    QCOMPARE(qint64(forecast::linearTrendValue(falling, 3)), qint64(0)); // -100 clamped
    QCOMPARE(qint64(forecast::linearTrendSum(falling, 6)), qint64(300));
    QCOMPARE(qint64(forecast::linearTrendSum({300, 200, 100}, 4)), qint64(0));
    QCOMPARE(qint64(forecast::linearTrendValue({-50}, 0)), qint64(0));
}

void TestDashboardSnapshot::linearTrendRounding()
{
    // 0, 0, 1: mean 1/3, slope 1/2: 4/3 at x = 3 and 11/6 at x = 4.
    const QList<Minor> history{0, 0, 1};
    QCOMPARE(qint64(forecast::linearTrendValue(history, 0)), qint64(1));
    QCOMPARE(qint64(forecast::linearTrendValue(history, 1)), qint64(2));
    // 0, 1: slope 1, exactly 2 and 3 next; 0, 0, 0, 1: 1/4 + 3/10 (x - 3/2) = 1.0 at x = 4 and 1.3 at x = 5.
    QCOMPARE(qint64(forecast::linearTrendSum({0, 1}, 2)), qint64(5));
    QCOMPARE(qint64(forecast::linearTrendValue({0, 0, 0, 1}, 0)), qint64(1));
    QCOMPARE(qint64(forecast::linearTrendValue({0, 0, 0, 1}, 1)), qint64(1));
    // 0, 1, 0, 2: mean 3/4, slope 1/2: exactly 2 at x = 4 and 5/2 at x = 5, which rounds up.
    QCOMPARE(qint64(forecast::linearTrendValue({0, 1, 0, 2}, 0)), qint64(2));
    QCOMPARE(qint64(forecast::linearTrendValue({0, 1, 0, 2}, 1)), qint64(3));
    // 0, 1, 1 gives mean 2/3, slope 1/2, y(3) = 2/3 + 1 = 5/3 -> 2, y(5) = 2/3 + 2 = 8/3 -> 3.
    QCOMPARE(qint64(forecast::linearTrendValue({0, 1, 1}, 0)), qint64(2));
    QCOMPARE(qint64(forecast::linearTrendValue({0, 1, 1}, 2)), qint64(3));
    // y = 0.5 + 0 * x: half rounds up.
    QCOMPARE(qint64(forecast::linearTrendValue({0, 1, 1, 0}, 0)), qint64(1));
}

void TestDashboardSnapshot::budgetShareAddsUp_data()
{
    QTest::addColumn<BudgetPeriodKind>("kind");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("days");

    const QList<qint64> amounts{1, 7, 100'001, 99'999'999, 310'000};
    struct Period
    {
        const char *name;
        BudgetPeriodKind kind;
        QDate start;
        int days;
    };
    const Period periods[] = {
        {"february 2026 (28 days)", BudgetPeriodKind::Month, QDate(2026, 2, 1), 28},
        {"february 2024 (29 days)", BudgetPeriodKind::Month, QDate(2024, 2, 1), 29},
        {"april 2026 (30 days)", BudgetPeriodKind::Month, QDate(2026, 4, 1), 30},
        {"january 2026 (31 days)", BudgetPeriodKind::Month, QDate(2026, 1, 1), 31},
        {"december 2026 (ends in week 53)", BudgetPeriodKind::Month, QDate(2026, 12, 1), 31},
        {"Q1 2026 (90 days)", BudgetPeriodKind::Quarter, QDate(2026, 1, 1), 90},
        {"Q1 2024 (91 days)", BudgetPeriodKind::Quarter, QDate(2024, 1, 1), 91},
        {"Q4 2026 (92 days)", BudgetPeriodKind::Quarter, QDate(2026, 10, 1), 92},
        {"fiscal quarter from february", BudgetPeriodKind::Quarter, QDate(2026, 2, 1), 89},
        {"year 2026", BudgetPeriodKind::Year, QDate(2026, 1, 1), 365},
        {"year 2024 (leap)", BudgetPeriodKind::Year, QDate(2024, 1, 1), 366},
        {"fiscal year from april 2026", BudgetPeriodKind::Year, QDate(2026, 4, 1), 365},
        {"fiscal year from march 2027 (leap february)", BudgetPeriodKind::Year, QDate(2027, 3, 1), 366},
        {"fiscal year from july 2026", BudgetPeriodKind::Year, QDate(2026, 7, 1), 365},
    };
    for (const Period &period : periods) {
        for (const qint64 amount : amounts) {
            QTest::addRow("%s, %lld", period.name, amount) << period.kind << period.start << amount << period.days;
        }
    }
}

void TestDashboardSnapshot::budgetShareAddsUp()
{
    QFETCH(BudgetPeriodKind, kind);
    QFETCH(QDate, start);
    QFETCH(qint64, amount);
    QFETCH(int, days);

    const Budget budget = makeBudget(std::nullopt, kind, start, amount);
    QCOMPARE(periodDays(budget), Minor(days));

    const IsoWeek first = IsoWeek::fromDate(start);
    const IsoWeek last = IsoWeek::fromDate(budget.periodEnd());
    // Nothing before the period's first week nor after its last.
    QCOMPARE(qint64(budgetShareForWeek(budget, first.previous())), qint64(0));
    QCOMPARE(qint64(budgetShareForWeek(budget, first.addWeeks(-10))), qint64(0));
    QCOMPARE(qint64(budgetShareForWeek(budget, last.next())), qint64(0));
    QCOMPARE(qint64(budgetShareForWeek(budget, last.addWeeks(10))), qint64(0));

    Minor total = 0;
    for (IsoWeek week = first; week <= last; week = week.next()) {
        const Minor share = budgetShareForWeek(budget, week);
        // Spread evenly by day: each week is within a cent of its exact proportional share.
        const Minor weekDays = overlapDays(budget, week.monday(), week.sunday());
        QVERIFY2(weekDays > 0, qPrintable(week.toString()));
        const Minor exactTimesDays = Minor(amount) * weekDays; // share * days of the period, exactly
        QVERIFY2(std::abs(share * days - exactTimesDays) < days,
                 qPrintable(QStringLiteral("%1: share %2 for %3 of %4 days of %5").arg(week.toString()).arg(share).arg(weekDays).arg(days).arg(amount)));
        QVERIFY(share >= 0);
        total += share;
    }
    QCOMPARE(qint64(total), amount);
}

void TestDashboardSnapshot::budgetShareSplitsWeeksAcrossMonths()
{
    // February 2026: 28 days at 100.00 a day. 2026-W05 (Jan 26 - Feb 1) holds one of its days,
    // 2026-W09 (Feb 23 - Mar 1) six.
    const Budget february = makeBudget(std::nullopt, BudgetPeriodKind::Month, QDate(2026, 2, 1), 280'000);
    QCOMPARE(qint64(budgetShareForWeek(february, IsoWeek(2026, 4))), qint64(0));
    QCOMPARE(qint64(budgetShareForWeek(february, IsoWeek(2026, 5))), qint64(10'000));
    QCOMPARE(qint64(budgetShareForWeek(february, IsoWeek(2026, 6))), qint64(70'000));
    QCOMPARE(qint64(budgetShareForWeek(february, IsoWeek(2026, 9))), qint64(60'000));
    QCOMPARE(qint64(budgetShareForWeek(february, IsoWeek(2026, 10))), qint64(0));

    // 2026-W53 (Dec 28 - Jan 3): four days of December, three of January.
    const Budget december = makeBudget(std::nullopt, BudgetPeriodKind::Month, QDate(2026, 12, 1), 310'000);
    const Budget january = makeBudget(std::nullopt, BudgetPeriodKind::Month, QDate(2027, 1, 1), 620'000);
    QCOMPARE(qint64(budgetShareForWeek(december, IsoWeek(2026, 53))), qint64(40'000));
    QCOMPARE(qint64(budgetShareForWeek(january, IsoWeek(2026, 53))), qint64(60'000));
    QCOMPARE(qint64(budgetShareForWeek(january, IsoWeek(2027, 1))), qint64(140'000));

    // A year starting on a Wednesday (fiscal year from April 2026, 365 days at 10.00).
    const Budget year = makeBudget(std::nullopt, BudgetPeriodKind::Year, QDate(2026, 4, 1), 365'000);
    QCOMPARE(qint64(budgetShareForWeek(year, IsoWeek(2026, 13))), qint64(0));
    QCOMPARE(qint64(budgetShareForWeek(year, IsoWeek(2026, 14))), qint64(5'000));
    QCOMPARE(qint64(budgetShareForWeek(year, IsoWeek(2026, 15))), qint64(7'000));
    QCOMPARE(qint64(budgetShareForWeek(year, IsoWeek(2027, 13))), qint64(3'000)); // Mar 29 - 31 2027
    QCOMPARE(qint64(budgetShareForWeek(year, IsoWeek(2027, 14))), qint64(0));
}

// ---------------------------------------------------------------------------------------------
// The generated portfolio against the raw lines

void TestDashboardSnapshot::demoMatchesRawLines_data()
{
    QTest::addColumn<DashboardQuery>("query");

    struct Filter
    {
        const char *name;
        QStringList projects;
        QList<CostCategory> categories;
    };
    QList<CostCategory> everyCategory;
    for (const CategoryInfo &info : CostCategories::all())
        everyCategory << info.category;
    const QList<Filter> filters{
        {"all", {}, {}},
        {"SUP", {QStringLiteral("SUP")}, {}},
        {"DEV+LEG", {QStringLiteral("DEV"), QStringLiteral("LEG")}, {}},
        {"SAL", {QStringLiteral("SAL")}, {}},
        {"inference", {}, {CostCategory::Inference}},
        {"salaries+cloud", {}, {CostCategory::Salaries, CostCategory::Cloud}},
        {"SUP inference", {QStringLiteral("SUP")}, {CostCategory::Inference}},
        {"every category listed", {}, everyCategory},
        {"every project listed", {QStringLiteral("SUP"), QStringLiteral("DEV"), QStringLiteral("LEG"), QStringLiteral("MKT"),
                                  QStringLiteral("RAG"), QStringLiteral("MED"), QStringLiteral("CLM"), QStringLiteral("SAL")}, {}},
    };

    struct Period
    {
        const char *name;
        PeriodPreset preset;
        WeekRange custom;
    };
    const QList<Period> periods{
        {"13 weeks", PeriodPreset::Last13Weeks, {}},
        {"26 weeks", PeriodPreset::Last26Weeks, {}},
        {"quarter", PeriodPreset::QuarterToDate, {}},
        {"year", PeriodPreset::YearToDate, {}},
        {"52 weeks", PeriodPreset::Last52Weeks, {}},
        {"custom in the past", PeriodPreset::Custom, {IsoWeek(2026, 10), IsoWeek(2026, 30)}},
        {"custom into the future", PeriodPreset::Custom, {IsoWeek(2026, 40), IsoWeek(2027, 5)}},
    };

    for (const Period &period : periods) {
        for (const Filter &filter : filters) {
            DashboardQuery query;
            query.preset = period.preset;
            query.customRange = period.custom;
            query.referenceWeek = demoLastWeek;
            for (const QString &code : filter.projects)
                query.projects << m_projectIds.value(code);
            query.categories = filter.categories;
            QTest::addRow("%s / %s", period.name, filter.name) << query;
        }
    }
}

void TestDashboardSnapshot::demoMatchesRawLines()
{
    QFETCH(DashboardQuery, query);
    Database &database = *m_demo;
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(database, query);

    QCOMPARE(snapshot.currency, EUR);
    const WeekRange range = query.range(1);
    QCOMPARE(snapshot.range, range);
    QVERIFY(range.isValid());

    // The reporting week, the horizon and the shape of the chart.
    const IsoWeek reporting = std::min(query.referenceWeek, range.last);
    QCOMPARE(snapshot.kpis.week, reporting);
    const IsoWeek horizon = query.referenceWeek <= range.last ? std::max(query.forecastHorizon(1), range.last) : range.last;
    QCOMPARE(snapshot.kpis.forecastHorizon, horizon);
    QCOMPARE(snapshot.points.size(), qsizetype(range.first.weeksTo(horizon) + 1));
    QCOMPARE(snapshot.forecastCumulative.size(), snapshot.points.size());
    for (int i = 0; i < snapshot.points.size(); ++i) {
        QCOMPARE(snapshot.points.at(i).week, range.first.addWeeks(i));
        QCOMPARE(snapshot.points.at(i).future, snapshot.points.at(i).week > reporting);
        QCOMPARE(snapshot.indexOf(snapshot.points.at(i).week), i);
    }
    QCOMPARE(snapshot.periodPoints().size(), qsizetype(range.weekCount()));

    // Every week x category of the period, to the cent.
    const QString filter = lineFilter(query, range.first, range.last);
    const QMap<QString, Minor> weekCategory = sums(
        database, QStringLiteral("SELECT week_start, category_id, SUM(reporting_minor) FROM cost_lines") + filter
                      + QStringLiteral(" GROUP BY week_start, category_id"));
    QStringList expectedCells;
    QStringList actualCells;
    QStringList expectedWeeks;
    QStringList actualWeeks;
    Minor expectedSum = 0;
    for (const WeeklyPoint &point : snapshot.points) {
        const bool inPeriod = range.contains(point.week);
        Minor weekTotal = 0;
        for (const CategoryInfo &info : CostCategories::all()) {
            const QString key = QStringLiteral("%1|%2").arg(isoDate(point.week.monday())).arg(static_cast<int>(info.category));
            const Minor expected = inPeriod ? weekCategory.value(key, 0) : 0;
            weekTotal += expected;
            expectedCells << QStringLiteral("%1 %2 %3").arg(point.week.toString(), QLatin1String(info.key)).arg(expected);
            actualCells << QStringLiteral("%1 %2 %3").arg(point.week.toString(), QLatin1String(info.key)).arg(point.category(info.category));
        }
        expectedWeeks << QStringLiteral("%1 %2").arg(point.week.toString()).arg(weekTotal);
        actualWeeks << QStringLiteral("%1 %2").arg(point.week.toString()).arg(point.actual);
        expectedSum += weekTotal;
    }
    QCOMPARE(actualCells, expectedCells);
    QCOMPARE(actualWeeks, expectedWeeks);
    // No line of the period was left out of the weekly points.
    Minor allCells = 0;
    for (const Minor value : weekCategory)
        allCells += value;
    QCOMPARE(qint64(expectedSum), qint64(allCells));

    const Minor periodTotal = directSum(database, query, range.first, range.last);
    QCOMPARE(qint64(snapshot.periodTotal), qint64(periodTotal));
    QCOMPARE(qint64(snapshot.unconvertedLines),
             queryValue(database, QStringLiteral("SELECT COUNT(*) FROM cost_lines") + filter + QStringLiteral(" AND reporting_minor IS NULL"))
                 .toLongLong());

    // Breakdowns.
    const QMap<QString, Minor> byProject =
        sums(database, QStringLiteral("SELECT project_id, SUM(reporting_minor) FROM cost_lines") + filter + QStringLiteral(" GROUP BY project_id"));
    QMap<QString, Minor> snapshotByProject;
    const QList<Project> projects = ProjectRepository(database).list();
    for (const BreakdownEntry &entry : snapshot.byProject) {
        QVERIFY(entry.projectId.has_value());
        QVERIFY(!entry.category.has_value());
        snapshotByProject.insert(QString::number(*entry.projectId), entry.amount);
        const auto project = std::find_if(projects.cbegin(), projects.cend(), [&](const Project &p) { return p.id == *entry.projectId; });
        QVERIFY(project != projects.cend());
        QCOMPARE(entry.code, project->code);
        QCOMPARE(entry.label, project->name);
    }
    QCOMPARE(snapshotByProject, byProject);

    const QMap<QString, Minor> byCategory =
        sums(database, QStringLiteral("SELECT category_id, SUM(reporting_minor) FROM cost_lines") + filter + QStringLiteral(" GROUP BY category_id"));
    QMap<QString, Minor> snapshotByCategory;
    QMap<QString, Minor> expectedByCategory;
    for (const CategoryInfo &info : CostCategories::all()) {
        if (query.includesCategory(info.category))
            expectedByCategory.insert(QLatin1String(info.key), byCategory.value(QString::number(static_cast<int>(info.category)), 0));
    }
    for (const BreakdownEntry &entry : snapshot.byCategory) {
        QVERIFY(entry.category.has_value());
        QVERIFY(!entry.projectId.has_value());
        QCOMPARE(entry.label, CostCategories::key(*entry.category));
        snapshotByCategory.insert(entry.label, entry.amount);
    }
    QCOMPARE(snapshot.byCategory.size(), expectedByCategory.size());
    QCOMPARE(snapshotByCategory, expectedByCategory);

    const QMap<QString, Minor> byVendor =
        sums(database, QStringLiteral("SELECT vendor, SUM(reporting_minor) FROM cost_lines") + filter + QStringLiteral(" GROUP BY vendor"));
    QMap<QString, Minor> snapshotByVendor;
    for (const BreakdownEntry &entry : snapshot.byVendor) {
        QVERIFY(!entry.projectId && !entry.category);
        snapshotByVendor.insert(entry.label, entry.amount);
    }
    QCOMPARE(snapshotByVendor, byVendor);

    for (const QList<BreakdownEntry> *list : {&snapshot.byProject, &snapshot.byCategory, &snapshot.byVendor}) {
        Minor sum = 0;
        for (int i = 0; i < list->size(); ++i) {
            sum += list->at(i).amount;
            if (i > 0)
                QVERIFY2(list->at(i - 1).amount >= list->at(i).amount, "breakdown not sorted largest first");
        }
        QCOMPARE(qint64(sum), qint64(periodTotal));
    }

    // Cumulative lines.
    Minor runningActual = 0;
    Minor runningBudget = 0;
    for (const WeeklyPoint &point : snapshot.points) {
        if (!point.future)
            runningActual += point.actual;
        runningBudget += point.budget;
        QCOMPARE(qint64(point.cumulativeActual), qint64(runningActual));
        QCOMPARE(qint64(point.cumulativeBudget), qint64(runningBudget));
    }

    // Budgets: which ones apply, and each week's share within a cent per budget of its exact
    // day-proportional value; a budget lying wholly inside the chart counts exactly once.
    const IsoWeek chartEnd = snapshot.points.constLast().week;
    const QList<Budget> budgets = expectedBudgets(database, query, range.first.monday(), chartEnd.sunday());
    QCOMPARE(snapshot.hasBudget, !budgets.isEmpty());
    Minor lowTotal = 0;
    Minor highTotal = 0;
    for (const Budget &budget : budgets) {
        const Minor days = overlapDays(budget, range.first.monday(), chartEnd.sunday());
        lowTotal += floorQuotient(budget.amount.minorUnits() * days, periodDays(budget));
        highTotal += ceilQuotient(budget.amount.minorUnits() * days, periodDays(budget));
    }
    for (const WeeklyPoint &point : snapshot.points) {
        Minor low = 0;
        Minor high = 0;
        for (const Budget &budget : budgets) {
            const Minor days = overlapDays(budget, point.week.monday(), point.week.sunday());
            low += floorQuotient(budget.amount.minorUnits() * days, periodDays(budget));
            high += ceilQuotient(budget.amount.minorUnits() * days, periodDays(budget));
        }
        QVERIFY2(low <= point.budget && point.budget <= high,
                 qPrintable(QStringLiteral("%1: budget %2 outside [%3, %4]").arg(point.week.toString()).arg(point.budget).arg(low).arg(high)));
    }
    QVERIFY2(lowTotal <= runningBudget && runningBudget <= highTotal,
             qPrintable(QStringLiteral("chart budget %1 outside [%2, %3]").arg(runningBudget).arg(lowTotal).arg(highTotal)));

    // KPIs against direct sums.
    const DashboardKpis &kpis = snapshot.kpis;
    const Minor thisWeek = directSum(database, query, reporting, reporting);
    const Minor previousWeek = directSum(database, query, reporting.previous(), reporting.previous());
    QCOMPARE(kpis.thisWeek, snapshot.money(thisWeek));
    QCOMPARE(kpis.previousWeek, snapshot.money(previousWeek));
    QCOMPARE(kpis.weekChange, snapshot.money(thisWeek - previousWeek));
    if (previousWeek == 0) {
        QVERIFY(!kpis.weekChangeRatio.has_value());
    } else {
        QVERIFY(kpis.weekChangeRatio.has_value());
        QCOMPARE(*kpis.weekChangeRatio, double(thisWeek - previousWeek) / double(previousWeek));
    }
    const Minor lastFour = directSum(database, query, reporting.addWeeks(-3), reporting);
    QCOMPARE(kpis.fourWeekAverage, snapshot.money(roundedQuotient(lastFour, 4)));
    const Minor periodToDate = directSum(database, query, range.first, reporting);
    QCOMPARE(kpis.periodToDate, snapshot.money(periodToDate));
    const WeeklyPoint &reportingPoint = snapshot.points.at(snapshot.indexOf(reporting));
    QCOMPARE(qint64(reportingPoint.cumulativeActual), qint64(periodToDate));
    if (snapshot.hasBudget) {
        QVERIFY(kpis.budgetToDate.has_value());
        QCOMPARE(*kpis.budgetToDate, snapshot.money(reportingPoint.cumulativeBudget));
        if (reportingPoint.cumulativeBudget != 0) {
            QVERIFY(kpis.consumedRatio.has_value());
            QCOMPARE(*kpis.consumedRatio, double(periodToDate) / double(reportingPoint.cumulativeBudget));
        }
        QVERIFY(kpis.budgetAtHorizon.has_value());
        QCOMPARE(*kpis.budgetAtHorizon, snapshot.money(snapshot.points.constLast().cumulativeBudget));
        QVERIFY(kpis.health != BudgetHealth::NoBudget);
    } else {
        QVERIFY(!kpis.budgetToDate.has_value());
        QVERIFY(!kpis.consumedRatio.has_value());
        QVERIFY(!kpis.budgetAtHorizon.has_value());
        QVERIFY(!kpis.forecastRatio.has_value());
        QCOMPARE(kpis.health, BudgetHealth::NoBudget);
    }

    // Forecasts: the run rate from the 4-week average, the trend from the last 13 weeks.
    const int remaining = reporting.weeksTo(horizon);
    QCOMPARE(kpis.runRateForecast, snapshot.money(periodToDate + roundedQuotient(lastFour, 4) * remaining));
    QList<Minor> trendHistory;
    for (int k = -12; k <= 0; ++k)
        trendHistory << directSum(database, query, reporting.addWeeks(k), reporting.addWeeks(k));
    QCOMPARE(kpis.trendForecast, snapshot.money(periodToDate + forecast::linearTrendSum(trendHistory, remaining)));
    QCOMPARE(kpis.forecast, kpis.forecastMethod == ForecastMethod::LinearTrend ? kpis.trendForecast : kpis.runRateForecast);
    const int reportingIndex = snapshot.indexOf(reporting);
    QCOMPARE(qint64(snapshot.forecastCumulative.at(reportingIndex)), qint64(periodToDate));
    QCOMPARE(qint64(snapshot.forecastCumulative.constLast()), qint64(kpis.forecast.minorUnits()));
    for (int i = reportingIndex + 1; i < snapshot.forecastCumulative.size(); ++i)
        QVERIFY(snapshot.forecastCumulative.at(i) >= snapshot.forecastCumulative.at(i - 1));
}

void TestDashboardSnapshot::moversSortedByAbsoluteChange()
{
    Database &database = *m_demo;
    DashboardQuery query;
    query.preset = PeriodPreset::Last13Weeks;
    query.referenceWeek = demoLastWeek;
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(database, query);

    const QString thisMonday = isoDate(demoLastWeek.monday());
    const QString previousMonday = isoDate(demoLastWeek.previous().monday());
    auto weekSums = [&](const QString &column, const QString &monday) {
        return sums(database, QStringLiteral("SELECT %1, SUM(reporting_minor) FROM cost_lines WHERE week_start = '%2' GROUP BY %1")
                                  .arg(column, monday));
    };
    struct Change
    {
        QString key;
        Minor thisWeek;
        Minor previousWeek;
    };
    QList<Change> changes;
    for (const QString &column : {QStringLiteral("project_id"), QStringLiteral("category_id")}) {
        const QMap<QString, Minor> now = weekSums(column, thisMonday);
        const QMap<QString, Minor> before = weekSums(column, previousMonday);
        QStringList keys = now.keys() + before.keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            if (now.value(key) != before.value(key))
                changes << Change{column.left(1) + key, now.value(key), before.value(key)};
        }
    }
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        return std::abs(a.thisWeek - a.previousWeek) > std::abs(b.thisWeek - b.previousWeek);
    });
    QVERIFY(changes.size() >= 6); // the generated week moves more than six things

    QCOMPARE(snapshot.movers.size(), qsizetype(6));
    for (int i = 0; i < snapshot.movers.size(); ++i) {
        const Mover &mover = snapshot.movers.at(i);
        QVERIFY(mover.projectId.has_value() != mover.category.has_value());
        const QString key = mover.projectId ? QStringLiteral("p%1").arg(*mover.projectId)
                                            : QStringLiteral("c%1").arg(static_cast<int>(*mover.category));
        const auto direct = std::find_if(changes.cbegin(), changes.cend(), [&](const Change &c) { return c.key == key; });
        QVERIFY2(direct != changes.cend(), qPrintable(key));
        QCOMPARE(qint64(mover.thisWeek), qint64(direct->thisWeek));
        QCOMPARE(qint64(mover.previousWeek), qint64(direct->previousWeek));
        QCOMPARE(qint64(mover.change()), qint64(direct->thisWeek - direct->previousWeek));
        // The i-th mover has the i-th largest absolute change of all projects and categories.
        QCOMPARE(qint64(std::abs(mover.change())), qint64(std::abs(changes.at(i).thisWeek - changes.at(i).previousWeek)));
        if (i > 0)
            QVERIFY(std::abs(snapshot.movers.at(i - 1).change()) >= std::abs(mover.change()));
        QVERIFY(mover.change() != 0);
        QVERIFY(!mover.label.isEmpty());
    }
}

void TestDashboardSnapshot::moversLeaveOutUnchanged()
{
    const auto database = openMemoryDatabase();
    ProjectRepository projects(*database);
    const ProjectId steady = projects.create(makeProject(QStringLiteral("S"), QStringLiteral("Steady")));
    const ProjectId growing = projects.create(makeProject(QStringLiteral("G"), QStringLiteral("Growing")));
    CostLineRepository lines(*database);
    lines.add(makeLine(steady, 1'000, EUR, QDate(2026, 11, 17)));                          // 2026-W47
    lines.add(makeLine(steady, 1'000, EUR, QDate(2026, 11, 24)));                          // 2026-W48
    lines.add(makeLine(growing, 500, EUR, QDate(2026, 11, 18), CostCategory::Cloud));
    lines.add(makeLine(growing, 800, EUR, QDate(2026, 11, 25), CostCategory::Cloud));
    lines.add(makeLine(growing, 50, EUR, QDate(2026, 11, 10), CostCategory::Salaries)); // 2026-W46: not a mover

    DashboardQuery query;
    query.referenceWeek = IsoWeek(2026, 48);
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
    QCOMPARE(snapshot.movers.size(), qsizetype(2));
    QStringList labels;
    for (const Mover &mover : snapshot.movers) {
        QCOMPARE(qint64(mover.thisWeek), qint64(800));
        QCOMPARE(qint64(mover.previousWeek), qint64(500));
        labels << mover.label;
    }
    QCOMPARE(labels, (QStringList{QStringLiteral("Growing"), QStringLiteral("cloud")}));
    QCOMPARE(snapshot.movers.first().projectId, std::optional<ProjectId>(growing));
    QCOMPARE(snapshot.movers.last().category, std::optional<CostCategory>(CostCategory::Cloud));
}

void TestDashboardSnapshot::snapshotJsonMatchesSnapshot()
{
    DashboardQuery query;
    query.preset = PeriodPreset::QuarterToDate;
    query.referenceWeek = demoLastWeek;
    query.projects << m_projectIds.value(QStringLiteral("SUP")) << m_projectIds.value(QStringLiteral("RAG"));
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(*m_demo, query);
    QVERIFY(snapshot.periodTotal > 0);
    const QJsonObject json = snapshotToJson(snapshot);

    QCOMPARE(json.value(QStringLiteral("currency")).toString(), EUR);
    QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-W40"));
    QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("2026-W48"));
    QCOMPARE(json.value(QStringLiteral("preset")).toString(), QStringLiteral("quarter-to-date"));
    QCOMPARE(json.value(QStringLiteral("total_minor")).toInteger(), qint64(snapshot.periodTotal));
    QCOMPARE(json.value(QStringLiteral("total_minor")).toInteger(),
             qint64(directSum(*m_demo, query, snapshot.range.first, snapshot.range.last)));
    QCOMPARE(json.value(QStringLiteral("has_budget")).toBool(), snapshot.hasBudget);
    QCOMPARE(json.value(QStringLiteral("project_filter")).toArray().size(), qsizetype(2));

    const QJsonObject kpis = json.value(QStringLiteral("kpis")).toObject();
    QCOMPARE(kpis.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W48"));
    QCOMPARE(kpis.value(QStringLiteral("this_week_minor")).toInteger(), qint64(snapshot.kpis.thisWeek.minorUnits()));
    QCOMPARE(kpis.value(QStringLiteral("period_to_date_minor")).toInteger(), qint64(snapshot.kpis.periodToDate.minorUnits()));
    QCOMPARE(kpis.value(QStringLiteral("forecast_minor")).toInteger(), qint64(snapshot.kpis.forecast.minorUnits()));
    QCOMPARE(kpis.value(QStringLiteral("forecast_horizon")).toString(), QStringLiteral("2026-W53"));
    QVERIFY(snapshot.kpis.budgetToDate.has_value());
    QCOMPARE(kpis.value(QStringLiteral("budget_to_date_minor")).toInteger(), qint64(snapshot.kpis.budgetToDate->minorUnits()));

    const QJsonArray weeks = json.value(QStringLiteral("weeks")).toArray();
    QCOMPARE(weeks.size(), snapshot.points.size());
    Minor inPeriodSum = 0;
    for (int i = 0; i < weeks.size(); ++i) {
        const QJsonObject week = weeks.at(i).toObject();
        const WeeklyPoint &point = snapshot.points.at(i);
        QCOMPARE(week.value(QStringLiteral("week")).toString(), point.week.toString());
        QCOMPARE(week.value(QStringLiteral("in_period")).toBool(), snapshot.range.contains(point.week));
        QCOMPARE(week.value(QStringLiteral("future")).toBool(), point.future);
        QCOMPARE(week.value(QStringLiteral("actual_minor")).toInteger(), qint64(point.actual));
        QCOMPARE(week.value(QStringLiteral("budget_minor")).toInteger(), qint64(point.budget));
        QCOMPARE(week.value(QStringLiteral("cumulative_actual_minor")).toInteger(), qint64(point.cumulativeActual));
        QCOMPARE(week.value(QStringLiteral("cumulative_budget_minor")).toInteger(), qint64(point.cumulativeBudget));
        QCOMPARE(week.value(QStringLiteral("forecast_cumulative_minor")).toInteger(), qint64(snapshot.forecastCumulative.at(i)));
        const QJsonObject byCategory = week.value(QStringLiteral("by_category_minor")).toObject();
        Minor categorySum = 0;
        for (const CategoryInfo &info : CostCategories::all()) {
            QCOMPARE(byCategory.value(QLatin1String(info.key)).toInteger(0), qint64(point.category(info.category)));
            categorySum += byCategory.value(QLatin1String(info.key)).toInteger(0);
        }
        QCOMPARE(qint64(categorySum), qint64(point.actual));
        if (week.value(QStringLiteral("in_period")).toBool())
            inPeriodSum += week.value(QStringLiteral("actual_minor")).toInteger();
    }
    QCOMPARE(qint64(inPeriodSum), qint64(snapshot.periodTotal));

    const QJsonArray byProject = json.value(QStringLiteral("by_project")).toArray();
    QCOMPARE(byProject.size(), snapshot.byProject.size());
    for (int i = 0; i < byProject.size(); ++i) {
        const QJsonObject entry = byProject.at(i).toObject();
        QCOMPARE(entry.value(QStringLiteral("project_id")).toInteger(), qint64(*snapshot.byProject.at(i).projectId));
        QCOMPARE(entry.value(QStringLiteral("code")).toString(), snapshot.byProject.at(i).code);
        QCOMPARE(entry.value(QStringLiteral("amount_minor")).toInteger(), qint64(snapshot.byProject.at(i).amount));
    }
    const QJsonArray byCategory = json.value(QStringLiteral("by_category")).toArray();
    QCOMPARE(byCategory.size(), qsizetype(CostCategories::count()));
    for (int i = 0; i < byCategory.size(); ++i) {
        const QJsonObject entry = byCategory.at(i).toObject();
        QCOMPARE(entry.value(QStringLiteral("category")).toString(), CostCategories::key(*snapshot.byCategory.at(i).category));
        QCOMPARE(entry.value(QStringLiteral("amount_minor")).toInteger(), qint64(snapshot.byCategory.at(i).amount));
    }
    QCOMPARE(json.value(QStringLiteral("movers")).toArray().size(), snapshot.movers.size());

    // No budget: the ratios and budget amounts are null, not zero.
    DashboardQuery categoryQuery = query;
    categoryQuery.categories << CostCategory::Inference; // the demo has no category budgets
    const QJsonObject unbudgeted = snapshotToJson(DashboardSnapshot::compute(*m_demo, categoryQuery));
    QCOMPARE(unbudgeted.value(QStringLiteral("has_budget")).toBool(), false);
    const QJsonObject unbudgetedKpis = unbudgeted.value(QStringLiteral("kpis")).toObject();
    QVERIFY(unbudgetedKpis.value(QStringLiteral("budget_to_date_minor")).isNull());
    QVERIFY(unbudgetedKpis.value(QStringLiteral("consumed_ratio")).isNull());
    QVERIFY(unbudgetedKpis.value(QStringLiteral("forecast_ratio")).isNull());
    QCOMPARE(unbudgetedKpis.value(QStringLiteral("health")).toString(), QStringLiteral("no-budget"));
    QCOMPARE(unbudgeted.value(QStringLiteral("category_filter")).toArray().at(0).toString(), QStringLiteral("inference"));
}

// ---------------------------------------------------------------------------------------------
// Hand-made cases

void TestDashboardSnapshot::emptyPeriod()
{
    // Years before the generated history: no lines, no budgets.
    const DashboardSnapshot snapshot =
        DashboardSnapshot::compute(*m_demo, customQuery(IsoWeek(2020, 1), IsoWeek(2020, 10), IsoWeek(2020, 10)));
    QCOMPARE(snapshot.range, (WeekRange{IsoWeek(2020, 1), IsoWeek(2020, 10)}));
    QCOMPARE(snapshot.periodPoints().size(), qsizetype(10));
    QCOMPARE(snapshot.points.size(), qsizetype(14)); // the forecast runs to the quarter's end, 2020-W14
    for (const WeeklyPoint &point : snapshot.points) {
        QCOMPARE(qint64(point.actual), qint64(0));
        QCOMPARE(qint64(point.budget), qint64(0));
        QCOMPARE(qint64(point.cumulativeActual), qint64(0));
        QVERIFY(std::all_of(point.byCategory.cbegin(), point.byCategory.cend(), [](Minor value) { return value == 0; }));
    }
    QCOMPARE(qint64(snapshot.periodTotal), qint64(0));
    QVERIFY(!snapshot.hasBudget);
    QVERIFY(snapshot.byProject.isEmpty());
    QVERIFY(snapshot.byVendor.isEmpty());
    QVERIFY(snapshot.movers.isEmpty());
    QCOMPARE(snapshot.byCategory.size(), qsizetype(CostCategories::count()));
    for (const BreakdownEntry &entry : snapshot.byCategory)
        QCOMPARE(qint64(entry.amount), qint64(0));
    QCOMPARE(snapshot.kpis.thisWeek, Money(0, EUR));
    QCOMPARE(snapshot.kpis.periodToDate, Money(0, EUR));
    QCOMPARE(snapshot.kpis.forecast, Money(0, EUR));
    QVERIFY(!snapshot.kpis.weekChangeRatio.has_value());
    QVERIFY(!snapshot.kpis.consumedRatio.has_value());
    QCOMPARE(snapshot.kpis.health, BudgetHealth::NoBudget);
    QCOMPARE(snapshotToJson(snapshot).value(QStringLiteral("total_minor")).toInteger(-1), qint64(0));
}

void TestDashboardSnapshot::emptyDatabase()
{
    const auto database = openMemoryDatabase();
    for (const PeriodPreset preset : allPeriodPresets()) {
        DashboardQuery query;
        query.preset = preset;
        query.referenceWeek = IsoWeek(2026, 48);
        query.customRange = {IsoWeek(2026, 40), IsoWeek(2026, 52)};
        const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
        QCOMPARE(snapshot.range, query.range(1));
        QVERIFY(!snapshot.points.isEmpty());
        QCOMPARE(qint64(snapshot.periodTotal), qint64(0));
        QVERIFY(!snapshot.hasBudget);
        QVERIFY(snapshot.byProject.isEmpty());
        QCOMPARE(snapshot.kpis.health, BudgetHealth::NoBudget);
        QCOMPARE(snapshot.kpis.forecast, Money(0, EUR));
    }
}

void TestDashboardSnapshot::emptyPeriodWithBudget()
{
    const auto database = openMemoryDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("P")));
    BudgetRepository(*database).set(makeBudget(project, BudgetPeriodKind::Quarter, QDate(2026, 10, 1), 920'000));

    const DashboardSnapshot snapshot =
        DashboardSnapshot::compute(*database, customQuery(IsoWeek(2026, 41), IsoWeek(2026, 44), IsoWeek(2026, 44)));
    QVERIFY(snapshot.hasBudget);
    QCOMPARE(qint64(snapshot.periodTotal), qint64(0));
    for (const WeeklyPoint &point : snapshot.periodPoints())
        QCOMPARE(qint64(point.budget), qint64(70'000)); // 10,000 a day, whole weeks of October
    QCOMPARE(snapshot.points.constLast().week, IsoWeek(2026, 53));
    QCOMPARE(qint64(snapshot.points.constLast().budget), qint64(40'000)); // Dec 28 - 31
    QCOMPARE(snapshot.kpis.budgetToDate, std::optional<Money>(Money(280'000, EUR)));
    QCOMPARE(snapshot.kpis.budgetAtHorizon, std::optional<Money>(Money(880'000, EUR))); // Oct 5 - Dec 31
    QCOMPARE(snapshot.kpis.consumedRatio, std::optional<double>(0.0));
    QCOMPARE(snapshot.kpis.health, BudgetHealth::Green);
}

void TestDashboardSnapshot::projectWithoutBudget()
{
    const auto database = openMemoryDatabase();
    ProjectRepository projects(*database);
    const ProjectId budgeted = projects.create(makeProject(QStringLiteral("A")));
    const ProjectId unbudgeted = projects.create(makeProject(QStringLiteral("B")));
    CostLineRepository lines(*database);
    for (int day = 0; day < 28; day += 3) {
        lines.add(makeLine(budgeted, 10'000 + day, EUR, QDate(2026, 11, 2).addDays(day)));
        lines.add(makeLine(unbudgeted, 5'000 + day, EUR, QDate(2026, 11, 2).addDays(day), CostCategory::Cloud, QStringLiteral("AWS")));
    }
    BudgetRepository budgets(*database);
    budgets.set(makeBudget(budgeted, BudgetPeriodKind::Quarter, QDate(2026, 10, 1), 920'000));
    budgets.set(makeBudget(std::nullopt, BudgetPeriodKind::Quarter, QDate(2026, 10, 1), 1'840'000));

    DashboardQuery query = customQuery(IsoWeek(2026, 45), IsoWeek(2026, 48), IsoWeek(2026, 48));
    query.projects = {unbudgeted};
    const DashboardSnapshot alone = DashboardSnapshot::compute(*database, query);
    QVERIFY(!alone.hasBudget);
    QVERIFY(!alone.kpis.budgetToDate.has_value());
    QVERIFY(!alone.kpis.consumedRatio.has_value());
    QVERIFY(!alone.kpis.budgetAtHorizon.has_value());
    QVERIFY(!alone.kpis.forecastRatio.has_value());
    QCOMPARE(alone.kpis.health, BudgetHealth::NoBudget);
    for (const WeeklyPoint &point : alone.points) {
        QCOMPARE(qint64(point.budget), qint64(0));
        QCOMPARE(qint64(point.cumulativeBudget), qint64(0));
    }
    QCOMPARE(qint64(alone.periodTotal), qint64(directSum(*database, query, alone.range.first, alone.range.last)));
    QCOMPARE(alone.byProject.size(), qsizetype(1));
    QCOMPARE(alone.byProject.first().code, QStringLiteral("B"));
    QCOMPARE(alone.byVendor.size(), qsizetype(1));
    QCOMPARE(alone.byVendor.first().label, QStringLiteral("AWS"));

    query.projects = {budgeted};
    const DashboardSnapshot withBudget = DashboardSnapshot::compute(*database, query);
    QVERIFY(withBudget.hasBudget);
    // Nov 2 .. Nov 29 is 28 days of a 92-day quarter of 920,000: 10,000 a day.
    QCOMPARE(withBudget.kpis.budgetToDate, std::optional<Money>(Money(280'000, EUR)));
    QVERIFY(withBudget.kpis.consumedRatio.has_value());
    QCOMPARE(*withBudget.kpis.consumedRatio, double(withBudget.periodTotal) / 280'000.0);
    QVERIFY(withBudget.kpis.health != BudgetHealth::NoBudget);
}

void TestDashboardSnapshot::budgetScopes()
{
    const auto database = openMemoryDatabase();
    ProjectRepository projects(*database);
    const ProjectId a = projects.create(makeProject(QStringLiteral("A")));
    const ProjectId b = projects.create(makeProject(QStringLiteral("B")));
    BudgetRepository budgets(*database);
    // 10,000 a day for A, 20,000 for B, 50,000 for the portfolio, 1,000 for A's inference; A
    // also has a year budget that its months refine and must not be added to them.
    budgets.set(makeBudget(a, BudgetPeriodKind::Month, QDate(2026, 11, 1), 300'000));
    budgets.set(makeBudget(a, BudgetPeriodKind::Year, QDate(2026, 1, 1), 99'999'999));
    budgets.set(makeBudget(b, BudgetPeriodKind::Month, QDate(2026, 11, 1), 600'000));
    budgets.set(makeBudget(std::nullopt, BudgetPeriodKind::Month, QDate(2026, 11, 1), 1'500'000));
    budgets.set(makeBudget(a, BudgetPeriodKind::Month, QDate(2026, 11, 1), 30'000, CostCategory::Inference));

    // 2026-W46: Nov 9 .. 15, seven days of November.
    auto weekBudget = [&](QList<ProjectId> selected, QList<CostCategory> categories) {
        DashboardQuery query = customQuery(IsoWeek(2026, 46), IsoWeek(2026, 46), IsoWeek(2026, 46));
        query.projects = selected;
        query.categories = categories;
        const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
        return snapshot.hasBudget ? snapshot.points.first().budget : Minor(-1);
    };
    QCOMPARE(qint64(weekBudget({}, {})), qint64(350'000));     // the portfolio's
    QCOMPARE(qint64(weekBudget({a}, {})), qint64(70'000));     // A's months, not its year
    QCOMPARE(qint64(weekBudget({b}, {})), qint64(140'000));
    QCOMPARE(qint64(weekBudget({a, b}, {})), qint64(210'000)); // the selected projects' own
    QCOMPARE(qint64(weekBudget({a}, {CostCategory::Inference})), qint64(7'000));
    QCOMPARE(qint64(weekBudget({b}, {CostCategory::Inference})), qint64(-1)); // no budget for that
    QCOMPARE(qint64(weekBudget({}, {CostCategory::Cloud})), qint64(-1));
}

void TestDashboardSnapshot::week53()
{
    const auto database = openMemoryDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("W")));
    CostLineRepository lines(*database);
    lines.add(makeLine(project, 1'000, EUR, QDate(2026, 12, 27)));                       // Sunday of 2026-W52
    lines.add(makeLine(project, 2'000, EUR, QDate(2026, 12, 31)));                       // 2026-W53
    lines.add(makeLine(project, 3'000, EUR, QDate(2027, 1, 1), CostCategory::Cloud));    // 2026-W53
    lines.add(makeLine(project, 500, EUR, QDate(2027, 1, 3), CostCategory::Cloud));      // Sunday of 2026-W53
    lines.add(makeLine(project, 4'000, EUR, QDate(2027, 1, 4)));                         // 2027-W01
    lines.add(makeLine(project, 100, EUR, QDate(2027, 1, 11)));                          // 2027-W02
    QCOMPARE(queryRows(*database, QStringLiteral("SELECT DISTINCT week_start FROM cost_lines ORDER BY 1")),
             (QStringList{QStringLiteral("2026-12-21"), QStringLiteral("2026-12-28"), QStringLiteral("2027-01-04"),
                          QStringLiteral("2027-01-11")}));
    BudgetRepository budgets(*database);
    budgets.set(makeBudget(project, BudgetPeriodKind::Month, QDate(2026, 12, 1), 310'000)); // 10,000 a day
    budgets.set(makeBudget(project, BudgetPeriodKind::Month, QDate(2027, 1, 1), 620'000));  // 20,000 a day

    DashboardQuery query = customQuery(IsoWeek(2026, 52), IsoWeek(2027, 2), IsoWeek(2027, 2));
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
    const QList<WeeklyPoint> points = snapshot.periodPoints();
    QCOMPARE(points.size(), qsizetype(4));
    const QList<IsoWeek> weeks{IsoWeek(2026, 52), IsoWeek(2026, 53), IsoWeek(2027, 1), IsoWeek(2027, 2)};
    const QList<Minor> actuals{1'000, 5'500, 4'000, 100};
    const QList<Minor> budgetsPerWeek{70'000, 40'000 + 60'000, 140'000, 140'000};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(points.at(i).week, weeks.at(i));
        QCOMPARE(qint64(points.at(i).actual), qint64(actuals.at(i)));
        QCOMPARE(qint64(points.at(i).budget), qint64(budgetsPerWeek.at(i)));
    }
    QCOMPARE(qint64(points.at(1).category(CostCategory::Inference)), qint64(2'000));
    QCOMPARE(qint64(points.at(1).category(CostCategory::Cloud)), qint64(3'500));
    QCOMPARE(qint64(snapshot.periodTotal), qint64(10'600));
    QCOMPARE(qint64(snapshot.periodTotal), qint64(directSum(*database, query, snapshot.range.first, snapshot.range.last)));
    QCOMPARE(snapshot.kpis.week, IsoWeek(2027, 2));
    QCOMPARE(snapshot.kpis.thisWeek, Money(100, EUR));
    QCOMPARE(snapshot.kpis.previousWeek, Money(4'000, EUR));
    QCOMPARE(snapshot.kpis.fourWeekAverage, Money(2'650, EUR));
    QCOMPARE(snapshot.kpis.periodToDate, Money(10'600, EUR));
    QCOMPARE(snapshot.kpis.budgetToDate, std::optional<Money>(Money(450'000, EUR)));
    QCOMPARE(snapshot.kpis.consumedRatio, std::optional<double>(10'600.0 / 450'000.0));

    // Week 53 as the reporting week: its neighbours are 2026-W52 and 2027-W01.
    query.referenceWeek = IsoWeek(2026, 53);
    const DashboardSnapshot reportingW53 = DashboardSnapshot::compute(*database, query);
    QCOMPARE(reportingW53.kpis.week, IsoWeek(2026, 53));
    QCOMPARE(reportingW53.kpis.thisWeek, Money(5'500, EUR));
    QCOMPARE(reportingW53.kpis.previousWeek, Money(1'000, EUR));
    QCOMPARE(reportingW53.kpis.periodToDate, Money(6'500, EUR));
    QCOMPARE(reportingW53.points.at(2).future, true);

    // A rolling 13-week window ending in 2027 holds 2026-W53 in sequence.
    DashboardQuery rolling;
    rolling.preset = PeriodPreset::Last13Weeks;
    rolling.referenceWeek = IsoWeek(2027, 2);
    const DashboardSnapshot window = DashboardSnapshot::compute(*database, rolling);
    QCOMPARE(window.range, (WeekRange{IsoWeek(2026, 43), IsoWeek(2027, 2)}));
    const QList<WeeklyPoint> windowPoints = window.periodPoints();
    QCOMPARE(windowPoints.size(), qsizetype(13));
    QCOMPARE(windowPoints.at(10).week, IsoWeek(2026, 53));
    QCOMPARE(qint64(windowPoints.at(10).actual), qint64(5'500));
    QCOMPARE(qint64(window.periodTotal), qint64(10'600));

    const QJsonArray jsonWeeks = snapshotToJson(snapshot).value(QStringLiteral("weeks")).toArray();
    QCOMPARE(jsonWeeks.at(1).toObject().value(QStringLiteral("week")).toString(), QStringLiteral("2026-W53"));
    QCOMPARE(jsonWeeks.at(1).toObject().value(QStringLiteral("actual_minor")).toInteger(), qint64(5'500));
}

void TestDashboardSnapshot::budgetStartingMidPeriod()
{
    const auto database = openMemoryDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("M")));
    // March 2026 at 10,000 a day; 2026-W09 (Feb 23 - Mar 1) holds its first day, 2026-W14
    // (Mar 30 - Apr 5) its last two.
    BudgetRepository(*database).set(makeBudget(project, BudgetPeriodKind::Month, QDate(2026, 3, 1), 310'000));
    CostLineRepository lines(*database);
    lines.add(makeLine(project, 12'345, EUR, QDate(2026, 2, 10)));
    lines.add(makeLine(project, 54'321, EUR, QDate(2026, 3, 10)));

    const DashboardSnapshot snapshot =
        DashboardSnapshot::compute(*database, customQuery(IsoWeek(2026, 6), IsoWeek(2026, 15), IsoWeek(2026, 12)));
    QVERIFY(snapshot.hasBudget);
    QCOMPARE(snapshot.points.size(), qsizetype(10));
    const QList<Minor> expected{0, 0, 0, 10'000, 70'000, 70'000, 70'000, 70'000, 20'000, 0};
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(qint64(snapshot.points.at(i).budget), qint64(expected.at(i)));
    QCOMPARE(qint64(snapshot.points.constLast().cumulativeBudget), qint64(310'000));
    // Budget to date at 2026-W12 (through Mar 22): 22 days.
    QCOMPARE(snapshot.kpis.budgetToDate, std::optional<Money>(Money(220'000, EUR)));
    QCOMPARE(snapshot.kpis.periodToDate, Money(66'666, EUR));
    QCOMPARE(snapshot.kpis.consumedRatio, std::optional<double>(66'666.0 / 220'000.0));

    // A period that ends before the budget starts: nothing budgeted to date, but the forecast runs
    // to the end of the quarter (2026-W14), where the budget is due in full.
    const DashboardSnapshot before =
        DashboardSnapshot::compute(*database, customQuery(IsoWeek(2026, 2), IsoWeek(2026, 8), IsoWeek(2026, 8)));
    QVERIFY(before.hasBudget);
    QCOMPARE(qint64(before.periodTotal), qint64(12'345));
    QCOMPARE(before.kpis.budgetToDate, std::optional<Money>(Money(0, EUR)));
    QVERIFY(!before.kpis.consumedRatio.has_value()); // no division by a zero budget
    QCOMPARE(before.kpis.forecastHorizon, IsoWeek(2026, 14));
    QCOMPARE(before.kpis.budgetAtHorizon, std::optional<Money>(Money(310'000, EUR)));
    QVERIFY(before.kpis.health != BudgetHealth::NoBudget);

    // ... and once the reporting week is past the period, the chart stops with it: no budget.
    const DashboardSnapshot past =
        DashboardSnapshot::compute(*database, customQuery(IsoWeek(2026, 2), IsoWeek(2026, 8), IsoWeek(2026, 20)));
    QCOMPARE(past.points.size(), qsizetype(7));
    QVERIFY(!past.hasBudget);
    QCOMPARE(qint64(past.periodTotal), qint64(12'345));
    QCOMPARE(past.kpis.health, BudgetHealth::NoBudget);
}

void TestDashboardSnapshot::budgetDetailIsChosenPerFiscalYear()
{
    const auto database = openMemoryDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("Y")));
    BudgetRepository budgets(*database);
    // 2025 budgeted by quarter (Q4: 92 days at 1,000 a day), January 2026 already by month
    // (31 days at 1,000 a day), as a CFO plans the next year in December.
    budgets.set(makeBudget(project, BudgetPeriodKind::Quarter, QDate(2025, 10, 1), 92'000));
    budgets.set(makeBudget(project, BudgetPeriodKind::Month, QDate(2026, 1, 1), 31'000));
    const DashboardQuery yearEnd = customQuery(IsoWeek(2025, 52), IsoWeek(2026, 2), IsoWeek(2026, 2));
    DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, yearEnd);
    QCOMPARE(snapshot.periodPoints().size(), qsizetype(3));
    // 2026-W01 (29 Dec - 4 Jan): three days of the quarter, four of January.
    for (const WeeklyPoint &point : snapshot.periodPoints())
        QCOMPARE(qint64(point.budget), qint64(7'000));

    // A portfolio budget for 2026 only: 2025 still counts the projects' budgets.
    budgets.set(makeBudget(std::nullopt, BudgetPeriodKind::Month, QDate(2026, 1, 1), 62'000));
    snapshot = DashboardSnapshot::compute(*database, yearEnd);
    const QList<Minor> expected{7'000, 3'000 + 8'000, 14'000};
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(qint64(snapshot.periodPoints().at(i).budget), qint64(expected.at(i)));
    const QList<Budget> applied = expectedBudgets(*database, yearEnd, IsoWeek(2025, 52).monday(), IsoWeek(2026, 2).sunday());
    QCOMPARE(applied.size(), qsizetype(2));
}

void TestDashboardSnapshot::fiscalYearNotStartingInJanuary()
{
    const auto database = openMemoryDatabase();
    DatabaseSettings(*database).setFiscalYearStartMonth(4);
    QCOMPARE(DatabaseSettings(*database).fiscalYearStartMonth(), 4);
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("F")));
    // The whole portfolio's fiscal year April 2026 - March 2027, 1,000 a day.
    BudgetRepository(*database).set(makeBudget(std::nullopt, BudgetPeriodKind::Year, QDate(2026, 4, 1), 365'000));
    CostLineRepository lines(*database);
    lines.add(makeLine(project, 1'111, EUR, QDate(2026, 3, 31))); // 2026-W14, before the fiscal year: still in the period's first week
    lines.add(makeLine(project, 2'222, EUR, QDate(2026, 4, 1)));
    lines.add(makeLine(project, 3'333, EUR, QDate(2026, 11, 24)));

    DashboardQuery query;
    query.preset = PeriodPreset::YearToDate;
    query.referenceWeek = IsoWeek(2026, 48);
    const DashboardSnapshot year = DashboardSnapshot::compute(*database, query);
    QCOMPARE(year.range, (WeekRange{IsoWeek(2026, 14), IsoWeek(2026, 48)}));
    QCOMPARE(year.kpis.forecastHorizon, IsoWeek(2027, 13));
    QCOMPARE(year.points.constLast().week, IsoWeek(2027, 13));
    QCOMPARE(qint64(year.points.first().budget), qint64(5'000)); // Apr 1 - 5
    // Apr 1 .. Nov 29: 243 days; the whole year by the horizon.
    QCOMPARE(year.kpis.budgetToDate, std::optional<Money>(Money(243'000, EUR)));
    QCOMPARE(year.kpis.budgetAtHorizon, std::optional<Money>(Money(365'000, EUR)));
    QCOMPARE(qint64(year.periodTotal), qint64(6'666));
    QCOMPARE(year.kpis.periodToDate, Money(6'666, EUR));

    query.preset = PeriodPreset::QuarterToDate;
    const DashboardSnapshot quarter = DashboardSnapshot::compute(*database, query);
    QCOMPARE(quarter.range, (WeekRange{IsoWeek(2026, 40), IsoWeek(2026, 48)}));
    QCOMPARE(quarter.kpis.forecastHorizon, IsoWeek(2026, 53));
    // Sep 28 .. Nov 29: 63 days; Sep 28 .. Jan 3: 98 days.
    QCOMPARE(quarter.kpis.budgetToDate, std::optional<Money>(Money(63'000, EUR)));
    QCOMPARE(quarter.kpis.budgetAtHorizon, std::optional<Money>(Money(98'000, EUR)));
    QCOMPARE(qint64(quarter.periodTotal), qint64(3'333));
}

void TestDashboardSnapshot::referenceWeekBeforePeriod()
{
    // A custom period after the reporting week (e.g. `costboard snapshot --from 2027-W01 --to
    // 2027-W10` run in 2026): the reporting week is clamped into the period, nothing crashes.
    const auto database = openMemoryDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("R")));
    CostLineRepository lines(*database);
    lines.add(makeLine(project, 700, EUR, QDate(2027, 1, 5)));
    lines.add(makeLine(project, 900, EUR, QDate(2027, 1, 13)));

    const DashboardSnapshot snapshot =
        DashboardSnapshot::compute(*database, customQuery(IsoWeek(2027, 1), IsoWeek(2027, 10), IsoWeek(2026, 48)));
    QCOMPARE(snapshot.range, (WeekRange{IsoWeek(2027, 1), IsoWeek(2027, 10)}));
    QCOMPARE(snapshot.kpis.week, IsoWeek(2027, 1));
    QCOMPARE(snapshot.periodPoints().size(), qsizetype(10));
    QCOMPARE(qint64(snapshot.periodTotal), qint64(1'600));
    QCOMPARE(snapshot.kpis.thisWeek, Money(700, EUR));
    QCOMPARE(snapshot.kpis.periodToDate, Money(700, EUR));
    QVERIFY(!snapshot.points.first().future);
    QVERIFY(snapshot.points.at(1).future);
    // A line after the reporting week is in the period's total but not in the actual line to date.
    QCOMPARE(qint64(snapshot.points.at(1).actual), qint64(900));
    QCOMPARE(qint64(snapshot.points.at(1).cumulativeActual), qint64(700));
    QCOMPARE(qint64(snapshot.points.constLast().cumulativeActual), qint64(700));
}

QTEST_GUILESS_MAIN(TestDashboardSnapshot)
#include "tst_dashboardsnapshot.moc"
