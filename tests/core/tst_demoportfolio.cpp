#include "analytics/dashboardsnapshot.h"
#include "demo/demoportfolio.h"
#include "errors.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QObject>
#include <QTest>

#include <memory>
#include <utility>

#include <spdlog/spdlog.h>

using namespace costboard;
using namespace costboard::test;

namespace {

// A mid-quarter week, fixed so that the suite does not depend on today's date.
const IsoWeek fixtureWeek(2026, 20);
constexpr int defaultWeeks = 78;

DemoOptions demoOptions(std::int64_t lines, const IsoWeek &lastWeek = fixtureWeek, int weeks = defaultWeeks,
                        std::uint64_t seed = 2026)
{
    DemoOptions options;
    options.lines = lines;
    options.lastWeek = lastWeek;
    options.weeks = weeks;
    options.seed = seed;
    return options;
}

qint64 scalar(const Database &database, const QString &sql)
{
    return queryValue(database, sql).toLongLong();
}

// Everything the generator writes, minus the creation timestamps.
QByteArray digestOf(const Database &database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries{
        QStringLiteral("SELECT id, code, name, description, owner, sponsor, business_unit, status, decision_level,"
                       " start_date, end_date, archived FROM projects ORDER BY id"),
        QStringLiteral("SELECT id, project_id, category_id, incurred_on, week_start, amount_minor, currency,"
                       " reporting_minor, vendor, description, quantity, unit, source, external_ref"
                       " FROM cost_lines ORDER BY id"),
        QStringLiteral("SELECT id, project_id, category_id, period_kind, period_start, amount_minor, currency"
                       " FROM budgets ORDER BY id"),
        QStringLiteral("SELECT currency, quote_currency, valid_from, rate_nanos FROM fx_rates ORDER BY valid_from"),
        QStringLiteral("SELECT week_start, project_id, category_id, vendor, reporting_minor, line_count,"
                       " unconverted_count FROM weekly_rollups ORDER BY week_start, project_id, category_id, vendor"),
    };
    for (const QString &sql : queries) {
        for (const QString &row : queryRows(database, sql)) {
            hash.addData(row.toUtf8());
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result().toHex();
}

ProjectId projectId(Database &database, const char *code)
{
    const std::optional<Project> project = ProjectRepository(database).findByCode(QString::fromLatin1(code));
    return project ? project->id : 0;
}

DashboardKpis quarterToDate(Database &database, ProjectId project, const IsoWeek &week)
{
    DashboardQuery query;
    query.preset = PeriodPreset::QuarterToDate;
    query.referenceWeek = week;
    query.projects = {project};
    return DashboardSnapshot::compute(database, query).kpis;
}

QDate quarterStartOf(const QDate &date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

class TestDemoPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void writesEightProjects();
    void coversEveryCategory();
    void keepsEveryLineInsideTheWindow();
    void rollupsMatchTheLines();
    void convertsEveryUsdLine();
    void coversThePeriodWithMonthlyRates();
    void shapesLinesLikeTheirCategory();
    void budgetsEveryQuarterOfEveryStartedProject();
    void claimsLastWeekIsASpike();
    void storiesHoldOnTheDashboard_data();
    void storiesHoldOnTheDashboard();
    void lineCountFollowsTheRequest_data();
    void lineCountFollowsTheRequest();
    void amountsDoNotDependOnTheLineCount();
    void sameSeedGivesIdenticalData();
    void differentSeedGivesDifferentData();
    void refusesADatabaseWithProjects();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void reportsProgress();

private:
    std::unique_ptr<Database> m_demo; // read-only fixture shared by the checks that only look
    DemoSummary m_summary;
};

void TestDemoPortfolio::initTestCase()
{
    // Every repository write logs a line: thousands per generated portfolio drown the test output.
    spdlog::set_level(spdlog::level::warn);
    AuditLog::setActor(QStringLiteral("tester"));
    m_demo = openMemoryDatabase();
    m_summary = generateDemoPortfolio(*m_demo, demoOptions(2'000));
}

void TestDemoPortfolio::cleanupTestCase()
{
    m_demo.reset();
    spdlog::set_level(spdlog::level::info);
}

void TestDemoPortfolio::writesEightProjects()
{
    QCOMPARE(m_summary.projects, 8);
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT code FROM projects ORDER BY id")),
             QStringList({QStringLiteral("SUP"), QStringLiteral("DEV"), QStringLiteral("LEG"), QStringLiteral("MKT"),
                          QStringLiteral("RAG"), QStringLiteral("MED"), QStringLiteral("CLM"), QStringLiteral("SAL")}));
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT name, decision_level, status FROM projects WHERE code = 'SUP'")),
             QStringList(QStringLiteral("Assistant support client|committee|active")));
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT DISTINCT decision_level FROM projects ORDER BY 1")),
             QStringList({QStringLiteral("cfo"), QStringLiteral("cio"), QStringLiteral("committee")}));
    QCOMPARE(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM projects WHERE owner = '' OR sponsor = ''"
                                            " OR business_unit = '' OR description = '' OR start_date IS NULL")),
             0);
    // No cost before a project starts; the sales copilot started some 30 weeks ago.
    QCOMPARE(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines l JOIN projects p ON p.id = l.project_id"
                                            " WHERE l.incurred_on < p.start_date")),
             0);
    const QString salesStart = queryRows(*m_demo, QStringLiteral("SELECT start_date FROM projects WHERE code = 'SAL'")).value(0);
    const qint64 salesWeeks = QDate::fromString(salesStart, Qt::ISODate).daysTo(fixtureWeek.monday()) / 7;
    QVERIFY2(salesWeeks >= 25 && salesWeeks <= 35, qPrintable(salesStart));
}

void TestDemoPortfolio::coversEveryCategory()
{
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT DISTINCT category_id FROM cost_lines ORDER BY 1")),
             QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                          QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                          QStringLiteral("9"), QStringLiteral("10")}));
    // Even a 4-week window, which rare categories can miss, shows all ten.
    const auto shortDemo = openMemoryDatabase();
    generateDemoPortfolio(*shortDemo, demoOptions(500, fixtureWeek, 4));
    QCOMPARE(scalar(*shortDemo, QStringLiteral("SELECT COUNT(DISTINCT category_id) FROM cost_lines")), 10);
}

void TestDemoPortfolio::keepsEveryLineInsideTheWindow()
{
    const QString first = fixtureWeek.addWeeks(1 - defaultWeeks).monday().toString(Qt::ISODate);
    const QString last = fixtureWeek.sunday().toString(Qt::ISODate);
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT MIN(week_start), MAX(incurred_on) <= '%1' FROM cost_lines").arg(last)),
             QStringList(first + QStringLiteral("|1")));
    QCOMPARE(scalar(*m_demo, QStringLiteral("SELECT COUNT(DISTINCT week_start) FROM cost_lines")), defaultWeeks);
    QCOMPARE(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE amount_minor <= 0"
                                            " OR amount_minor > 1000000000000")),
             0);
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT DISTINCT source FROM cost_lines")), QStringList(QStringLiteral("demo")));
}

void TestDemoPortfolio::rollupsMatchTheLines()
{
    const QString fromLines = QStringLiteral(
        "SELECT week_start, project_id, category_id, SUM(reporting_minor), COUNT(*) FROM cost_lines"
        " GROUP BY week_start, project_id, category_id ORDER BY week_start, project_id, category_id");
    const QString fromRollups = QStringLiteral(
        "SELECT week_start, project_id, category_id, SUM(reporting_minor), SUM(line_count) FROM weekly_rollups"
        " GROUP BY week_start, project_id, category_id ORDER BY week_start, project_id, category_id");
    const QStringList expected = queryRows(*m_demo, fromLines);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(queryRows(*m_demo, fromRollups), expected);
}

void TestDemoPortfolio::convertsEveryUsdLine()
{
    QVERIFY(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE currency = 'USD'")) > 0);
    QCOMPARE(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE reporting_minor IS NULL")), 0);
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT DISTINCT currency FROM cost_lines ORDER BY 1")),
             QStringList({QStringLiteral("EUR"), QStringLiteral("USD")}));
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT DISTINCT vendor FROM cost_lines WHERE currency = 'USD' ORDER BY 1")),
             QStringList({QStringLiteral("AWS"), QStringLiteral("GitHub"), QStringLiteral("Google Cloud"),
                          QStringLiteral("OpenAI")}));
    // Converted at 0.90-0.95 EUR per USD (lines of a few cents aside, where rounding dominates).
    QCOMPARE(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE currency = 'USD' AND amount_minor >= 1000"
                                            " AND (reporting_minor * 1000 < amount_minor * 899"
                                            " OR reporting_minor * 1000 > amount_minor * 951)")),
             0);
    QCOMPARE(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE currency = 'EUR'"
                                            " AND reporting_minor <> amount_minor")),
             0);
}

void TestDemoPortfolio::coversThePeriodWithMonthlyRates()
{
    const QStringList rates = queryRows(*m_demo, QStringLiteral("SELECT currency, quote_currency, valid_from, rate_nanos"
                                                                " FROM fx_rates ORDER BY valid_from"));
    QCOMPARE(rates.size(), m_summary.fxRates);
    const QDate firstDay = fixtureWeek.addWeeks(1 - defaultWeeks).monday();
    QDate month(firstDay.year(), firstDay.month(), 1);
    for (const QString &rate : rates) {
        const QStringList fields = rate.split(QLatin1Char('|'));
        QCOMPARE(fields.value(0), QStringLiteral("USD"));
        QCOMPARE(fields.value(1), QStringLiteral("EUR"));
        QCOMPARE(fields.value(2), month.toString(Qt::ISODate));
        const qint64 nanos = fields.value(3).toLongLong();
        QVERIFY2(nanos >= 900'000'000 && nanos <= 950'000'000, qPrintable(rate));
        month = month.addMonths(1);
    }
    QCOMPARE(month, QDate(fixtureWeek.sunday().year(), fixtureWeek.sunday().month(), 1).addMonths(1));
}

void TestDemoPortfolio::shapesLinesLikeTheirCategory()
{
    // Inference in tokens, prompt engineering in person-days, always with a quantity.
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT DISTINCT unit FROM cost_lines WHERE category_id = 1")),
             QStringList(QStringLiteral("tokens")));
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT DISTINCT unit FROM cost_lines WHERE category_id = 3")),
             QStringList(QStringLiteral("person-days")));
    QCOMPARE(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE category_id IN (1, 3)"
                                            " AND (quantity IS NULL OR quantity <= 0)")),
             0);
    // Payroll on the last day of the month; prompt engineering on working days.
    QCOMPARE(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE category_id = 6"
                                            " AND strftime('%d', incurred_on, '+1 day') <> '01'")),
             0);
    QVERIFY(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE category_id = 6")) >= 100);
    QCOMPARE(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE category_id = 3"
                                            " AND strftime('%w', incurred_on) IN ('0', '6')")),
             0);
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT DISTINCT vendor FROM cost_lines WHERE category_id = 6")),
             QStringList(QStringLiteral("Paie interne")));
    // The extra lines go to the granular categories: inference holds most of them.
    const qint64 inference = scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE category_id = 1"));
    QVERIFY2(inference > m_summary.costLines / 3, qPrintable(QString::number(inference)));
}

void TestDemoPortfolio::budgetsEveryQuarterOfEveryStartedProject()
{
    QCOMPARE(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM budgets")), m_summary.budgets);
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT DISTINCT period_kind, currency FROM budgets")),
             QStringList(QStringLiteral("quarter|EUR")));
    QCOMPARE(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM budgets WHERE category_id IS NOT NULL OR amount_minor <= 0")), 0);

    const QDate firstQuarter = quarterStartOf(fixtureWeek.addWeeks(1 - defaultWeeks).monday());
    const QDate lastQuarter = quarterStartOf(fixtureWeek.sunday());
    QStringList quarters;
    for (QDate quarter = firstQuarter; quarter <= lastQuarter; quarter = quarter.addMonths(3))
        quarters << quarter.toString(Qt::ISODate);
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT period_start FROM budgets WHERE project_id IS NULL ORDER BY 1")), quarters);

    for (const Project &project : ProjectRepository(*m_demo).list()) {
        QStringList expected;
        for (QDate quarter = firstQuarter; quarter <= lastQuarter; quarter = quarter.addMonths(3)) {
            if (quarter.addMonths(3) > project.startDate)
                expected << quarter.toString(Qt::ISODate);
        }
        QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT period_start FROM budgets WHERE project_id = %1 ORDER BY 1")
                                        .arg(project.id)),
                 expected);
    }
}

void TestDemoPortfolio::claimsLastWeekIsASpike()
{
    const ProjectId claims = projectId(*m_demo, "CLM");
    auto weekTotal = [&](int weeksBack) {
        return scalar(*m_demo, QStringLiteral("SELECT COALESCE(SUM(reporting_minor), 0) FROM cost_lines"
                                              " WHERE project_id = %1 AND week_start = '%2'")
                                   .arg(claims)
                                   .arg(fixtureWeek.addWeeks(-weeksBack).monday().toString(Qt::ISODate)));
    };
    const qint64 lastWeek = weekTotal(0);
    const qint64 trailing = weekTotal(1) + weekTotal(2) + weekTotal(3) + weekTotal(4);
    QVERIFY(trailing > 0);
    QVERIFY2(lastWeek * 4 >= 3 * trailing, qPrintable(QStringLiteral("%1 vs 4-week average %2").arg(lastWeek).arg(trailing / 4)));
    QVERIFY(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE project_id = %1 AND category_id = 2"
                                           " AND week_start = '%2'")
                                .arg(claims)
                                .arg(fixtureWeek.monday().toString(Qt::ISODate)))
            > 0);
}

void TestDemoPortfolio::storiesHoldOnTheDashboard_data()
{
    QTest::addColumn<QString>("week");
    // Five days into a quarter a trend forecast says little: the overrun shows in the spend to
    // date, and the legal project's forecast and actual cannot part ways yet.
    QTest::addColumn<bool>("quarterUnderway");

    QTest::newRow("mid-quarter") << QStringLiteral("2026-W20") << true;
    QTest::newRow("two thirds into the quarter") << QStringLiteral("2026-W48") << true;
    QTest::newRow("end of quarter") << QStringLiteral("2026-W38") << true;
    QTest::newRow("third week of the year") << QStringLiteral("2026-W03") << true;
    QTest::newRow("window crossing 2026-W53") << QStringLiteral("2027-W10") << true;
    QTest::newRow("week straddling the quarter start") << QStringLiteral("2026-W14") << false;
}

// What the committee sees in the quarter-to-date view: the customer-support assistant has spent
// more than its whole quarter budget already, so its forecast is at least 130% of it (red); the legal summariser is
// forecast over budget while its spend to date is still within it (amber); marketing spends
// about half of its envelope.
void TestDemoPortfolio::storiesHoldOnTheDashboard()
{
    QFETCH(QString, week);
    QFETCH(bool, quarterUnderway);
    const IsoWeek lastWeek = IsoWeek::fromString(week);
    QVERIFY(lastWeek.isValid());
    const auto database = openMemoryDatabase();
    generateDemoPortfolio(*database, demoOptions(100, lastWeek));

    const DashboardKpis support = quarterToDate(*database, projectId(*database, "SUP"), lastWeek);
    QVERIFY(support.consumedRatio && support.forecastRatio);
    QVERIFY2(*support.consumedRatio >= 1.0, qPrintable(QString::number(*support.consumedRatio)));
    QVERIFY2(*support.forecastRatio >= 1.25, qPrintable(QString::number(*support.forecastRatio)));
    // The whole quarter's budget is spent: what raises the critical "budget exceeded" alert.
    QVERIFY(support.budgetAtHorizon);
    QVERIFY2(support.periodToDate.minorUnits() * 100 >= support.budgetAtHorizon->minorUnits() * 102,
             qPrintable(support.periodToDate.toPlainString() + QStringLiteral(" of ") + support.budgetAtHorizon->toPlainString()));
    QCOMPARE(support.health, BudgetHealth::Red);

    // The same overrun read straight from the tables: spend since the quarter's first day against
    // the budget spread evenly over the quarter's days.
    const QDate quarterStart = quarterStartOf(lastWeek.sunday());
    const qint64 quarterDays = quarterStart.daysTo(quarterStart.addMonths(3));
    const qint64 elapsedDays = quarterStart.daysTo(lastWeek.sunday()) + 1;
    auto spentAndBudget = [&](const char *code) {
        const ProjectId id = projectId(*database, code);
        const qint64 spent = scalar(*database, QStringLiteral("SELECT SUM(reporting_minor) FROM cost_lines"
                                                              " WHERE project_id = %1 AND incurred_on >= '%2'")
                                                   .arg(id)
                                                   .arg(quarterStart.toString(Qt::ISODate)));
        const qint64 budget = scalar(*database, QStringLiteral("SELECT amount_minor FROM budgets"
                                                               " WHERE project_id = %1 AND period_start = '%2'")
                                                    .arg(id)
                                                    .arg(quarterStart.toString(Qt::ISODate)));
        return std::pair<qint64, qint64>(spent, budget);
    };
    const auto [supportSpent, supportBudget] = spentAndBudget("SUP");
    QVERIFY2(supportSpent * quarterDays > supportBudget * elapsedDays,
             qPrintable(QStringLiteral("%1 spent, budget %2").arg(supportSpent).arg(supportBudget)));

    const DashboardKpis marketing = quarterToDate(*database, projectId(*database, "MKT"), lastWeek);
    QVERIFY(marketing.forecastRatio);
    QVERIFY2(*marketing.forecastRatio <= 0.65, qPrintable(QString::number(*marketing.forecastRatio)));
    const auto [marketingSpent, marketingBudget] = spentAndBudget("MKT");
    QVERIFY2(marketingSpent * 10 < marketingBudget * 7,
             qPrintable(QStringLiteral("%1 spent, budget %2").arg(marketingSpent).arg(marketingBudget)));

    if (!quarterUnderway)
        return;
    const DashboardKpis legal = quarterToDate(*database, projectId(*database, "LEG"), lastWeek);
    QVERIFY(legal.consumedRatio && legal.forecastRatio);
    QVERIFY2(*legal.forecastRatio > 1.0 && *legal.forecastRatio <= 1.10, qPrintable(QString::number(*legal.forecastRatio)));
    QVERIFY2(*legal.consumedRatio < 1.0, qPrintable(QString::number(*legal.consumedRatio)));
    QCOMPARE(legal.health, BudgetHealth::Amber);
}

void TestDemoPortfolio::lineCountFollowsTheRequest_data()
{
    QTest::addColumn<qint64>("lines");
    QTest::addColumn<int>("weeks");

    QTest::newRow("2,000 lines, 78 weeks") << qint64(2'000) << 78;
    QTest::newRow("20,000 lines, 78 weeks") << qint64(20'000) << 78;
    QTest::newRow("3,000 lines, 26 weeks") << qint64(3'000) << 26;
}

void TestDemoPortfolio::lineCountFollowsTheRequest()
{
    QFETCH(qint64, lines);
    QFETCH(int, weeks);
    const auto database = openMemoryDatabase();
    const DemoSummary summary = generateDemoPortfolio(*database, demoOptions(lines, fixtureWeek, weeks));
    const qint64 stored = scalar(*database, QStringLiteral("SELECT COUNT(*) FROM cost_lines"));
    QCOMPARE(summary.costLines, stored);
    QVERIFY2(stored * 100 >= lines * 95 && stored * 100 <= lines * 105, qPrintable(QString::number(stored)));
}

// Lines only split the weekly totals: asking for more lines changes no total and no budget.
void TestDemoPortfolio::amountsDoNotDependOnTheLineCount()
{
    const auto few = openMemoryDatabase();
    const auto many = openMemoryDatabase();
    generateDemoPortfolio(*few, demoOptions(2'000));
    generateDemoPortfolio(*many, demoOptions(8'000));
    const QString cellTotals = QStringLiteral(
        "SELECT week_start, project_id, category_id, currency, SUM(amount_minor) FROM cost_lines"
        " GROUP BY week_start, project_id, category_id, currency ORDER BY 1, 2, 3, 4");
    const QString budgets = QStringLiteral("SELECT project_id, period_start, amount_minor FROM budgets ORDER BY id");
    QCOMPARE(queryRows(*many, cellTotals), queryRows(*few, cellTotals));
    QCOMPARE(queryRows(*many, budgets), queryRows(*few, budgets));
    QVERIFY(scalar(*many, QStringLiteral("SELECT COUNT(*) FROM cost_lines"))
            > 3 * scalar(*few, QStringLiteral("SELECT COUNT(*) FROM cost_lines")));
}

void TestDemoPortfolio::sameSeedGivesIdenticalData()
{
    const auto first = openMemoryDatabase();
    const auto second = openMemoryDatabase();
    generateDemoPortfolio(*first, demoOptions(3'000, fixtureWeek, defaultWeeks, 7));
    generateDemoPortfolio(*second, demoOptions(3'000, fixtureWeek, defaultWeeks, 7));
    QCOMPARE(digestOf(*second), digestOf(*first));
}

void TestDemoPortfolio::differentSeedGivesDifferentData()
{
    const auto other = openMemoryDatabase();
    generateDemoPortfolio(*other, demoOptions(2'000, fixtureWeek, defaultWeeks, 2027));
    QVERIFY(digestOf(*other) != digestOf(*m_demo));
    const QString total = QStringLiteral("SELECT SUM(amount_minor) FROM cost_lines");
    QVERIFY(scalar(*other, total) != scalar(*m_demo, total));
}

void TestDemoPortfolio::refusesADatabaseWithProjects()
{
    const auto database = openMemoryDatabase();
    ProjectRepository(*database).create(makeProject(QStringLiteral("POC")));
    const QStringList before = databaseContents(*database);
    QVERIFY_THROWS_EXCEPTION(StorageError, generateDemoPortfolio(*database, demoOptions(500)));
    QCOMPARE(databaseContents(*database), before);
    QVERIFY(isOutsideTransaction(*database));

    // Nor twice into the same database.
    const QStringList demo = databaseContents(*m_demo);
    QVERIFY_THROWS_EXCEPTION(StorageError, generateDemoPortfolio(*m_demo, demoOptions(500)));
    QCOMPARE(databaseContents(*m_demo), demo);
}

void TestDemoPortfolio::rejectsBadOptions_data()
{
    QTest::addColumn<int>("weeks");
    QTest::addColumn<qint64>("lines");
    QTest::addColumn<QString>("lastWeek");
    QTest::addColumn<QString>("field");

    QTest::newRow("3 weeks") << 3 << qint64(1'000) << QStringLiteral("2026-W20") << QStringLiteral("weeks");
    QTest::newRow("521 weeks") << 521 << qint64(1'000) << QStringLiteral("2026-W20") << QStringLiteral("weeks");
    QTest::newRow("negative weeks") << -78 << qint64(1'000) << QStringLiteral("2026-W20") << QStringLiteral("weeks");
    QTest::newRow("99 lines") << 78 << qint64(99) << QStringLiteral("2026-W20") << QStringLiteral("lines");
    QTest::newRow("20,000,001 lines") << 78 << qint64(20'000'001) << QStringLiteral("2026-W20") << QStringLiteral("lines");
    QTest::newRow("invalid week") << 78 << qint64(1'000) << QString() << QStringLiteral("last week");
    QTest::newRow("history before 2000") << 78 << qint64(1'000) << QStringLiteral("2001-W10") << QStringLiteral("last week");
    QTest::newRow("budgets after 2100") << 78 << qint64(1'000) << QStringLiteral("2100-W50") << QStringLiteral("last week");
}

void TestDemoPortfolio::rejectsBadOptions()
{
    QFETCH(int, weeks);
    QFETCH(qint64, lines);
    QFETCH(QString, lastWeek);
    QFETCH(QString, field);
    const auto database = openMemoryDatabase();
    const DemoOptions options = demoOptions(lines, IsoWeek::fromString(lastWeek), weeks);
    try {
        generateDemoPortfolio(*database, options);
        QFAIL("no ValidationError");
    } catch (const ValidationError &error) {
        QCOMPARE(error.field(), field);
    }
    QCOMPARE(rowCount(*database, QStringLiteral("projects")), 0);
    QVERIFY(isOutsideTransaction(*database));
}

void TestDemoPortfolio::reportsProgress()
{
    const auto database = openMemoryDatabase();
    QList<std::int64_t> reported;
    const DemoSummary summary = generateDemoPortfolio(*database, demoOptions(25'000, fixtureWeek, 26),
                                                      [&](std::int64_t written) { reported << written; });
    QVERIFY(reported.size() >= 2);
    for (qsizetype index = 1; index < reported.size(); ++index)
        QVERIFY(reported.at(index) > reported.at(index - 1));
    QCOMPARE(reported.constLast(), summary.costLines);
}

QTEST_GUILESS_MAIN(TestDemoPortfolio)

#include "tst_demoportfolio.moc"
