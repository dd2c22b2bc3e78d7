// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

#include <QCryptographicHash>
#include <QObject>
#include <QTest>

#include <spdlog/spdlog.h>

#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "analytics/dashboardsnapshot.h"
#include "demo/demoportfolio.h"
#include "errors.h"
#include "storage/auditlog.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

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

// The dates of the lines `filter` selects (those with a service period, for the checks of
// one), read into QDates so that the checks below are the same
// C++ on both backends (SQLite and PostgreSQL do their date arithmetic in different SQL).
struct LineDates
{
    QDate incurred;
    QDate serviceStart; // null when the line pays for its own date
    QDate serviceEnd;
};

QList<LineDates> lineDates(const Database &database, const QString &filter)
{
    QList<LineDates> lines;
    for (const QString &row :
         queryRows(database,
                   QStringLiteral("SELECT incurred_on, service_start, service_end FROM cost_lines WHERE ")
                       + filter)) {
        const QStringList parts = row.split(u'|');
        lines << LineDates { QDate::fromString(parts.value(0), Qt::ISODate),
                             QDate::fromString(parts.value(1), Qt::ISODate),
                             QDate::fromString(parts.value(2), Qt::ISODate) };
    }
    return lines;
}

// How many of `lines` break `holds`.
qsizetype countBreaking(const QList<LineDates> &lines, const std::function<bool(const LineDates &)> &holds)
{
    return std::count_if(lines.cbegin(), lines.cend(),
                         [&holds](const LineDates &line) { return !holds(line); });
}

bool isWorkingDay(const QDate &day)
{
    return day.dayOfWeek() <= 5;
}

// Everything the generator writes, minus the creation timestamps.
QByteArray digestOf(const Database &database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries {
        QStringLiteral(
            "SELECT id, code, name, description, owner, sponsor, business_unit, status, decision_level,"
            " start_date, end_date, archived FROM projects ORDER BY id"),
        QStringLiteral("SELECT id, project_id, category_id, incurred_on, week_start, amount_minor, currency,"
                       " reporting_minor, vendor, description, quantity, unit, source, external_ref,"
                       " service_start, service_end FROM cost_lines ORDER BY id"),
        QStringLiteral("SELECT id, project_id, category_id, period_kind, period_start, amount_minor, currency"
                       " FROM budgets ORDER BY id"),
        QStringLiteral(
            "SELECT currency, quote_currency, valid_from, rate_nanos FROM fx_rates ORDER BY valid_from"),
        QStringLiteral("SELECT basis, day, project_id, category_id, vendor, reporting_minor, recurring_minor,"
                       " line_count, unconverted_count FROM daily_rollups"
                       " ORDER BY basis, day, project_id, category_id, vendor"),
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
    query.projects = { project };
    return DashboardSnapshot::compute(database, query).kpis;
}

// A project's weekly spend as the dashboard charts it, on the accrual basis.
QList<std::int64_t> weeklySpend(Database &database, ProjectId project, const WeekRange &weeks,
                                const QList<CostCategory> &categories = {})
{
    DashboardQuery query;
    query.preset = PeriodPreset::Custom;
    query.customRange = weeks;
    query.referenceWeek = weeks.last;
    query.projects = { project };
    query.categories = categories;
    QList<std::int64_t> spend;
    for (const WeeklyPoint &point : DashboardSnapshot::compute(database, query).periodPoints())
        spend << point.actual;
    return spend;
}

QDate quarterStartOf(const QDate &date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

// The cost lines that pay for a month, a calendar quarter or a course rather than for their date.
const QString monthlyLines = QStringLiteral(
    "(category_id IN (6, 8) OR vendor IN ('GitHub', 'Adobe', 'Microsoft', 'Juris Index')"
    " OR (vendor = 'Sentinelle Cyber' AND project_id = (SELECT id FROM projects WHERE code = 'LEG')))");
const QString quarterlyLines
    = QStringLiteral("vendor IN ('PromptLab', 'Connectiv', 'Certi Santé', 'Annotix')");
const QString courseLines = QStringLiteral("category_id = 7");

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
    void carriesThePeriodEachInvoicePaysFor();
    void rollupsMatchTheLines();
    void salariesAccrueWithoutSpikes();
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
    TestDatabase m_demo; // read-only fixture shared by the checks that only look
    DemoSummary m_summary;
};

void TestDemoPortfolio::initTestCase()
{
    // Every repository write logs a line: thousands per generated portfolio drown the test output.
    spdlog::set_level(spdlog::level::warn);
    AuditLog::setActor(QStringLiteral("tester"));
    m_demo = openTestDatabase();
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
    QCOMPARE(
        queryRows(*m_demo, QStringLiteral("SELECT code FROM projects WHERE system_role IS NULL ORDER BY id")),
        QStringList({ QStringLiteral("SUP"), QStringLiteral("DEV"), QStringLiteral("LEG"),
                      QStringLiteral("MKT"), QStringLiteral("RAG"), QStringLiteral("MED"),
                      QStringLiteral("CLM"), QStringLiteral("SAL") }));
    QCOMPARE(
        queryRows(*m_demo,
                  QStringLiteral("SELECT name, decision_level, status FROM projects WHERE code = 'SUP'")),
        QStringList(QStringLiteral("Assistant support client|committee|active")));
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT DISTINCT decision_level FROM projects ORDER BY 1")),
             QStringList({ QStringLiteral("cfo"), QStringLiteral("cio"), QStringLiteral("committee") }));
    QCOMPARE(scalar(*m_demo,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM projects WHERE system_role IS NULL AND (owner = ''"
                        " OR sponsor = '' OR business_unit = '' OR description = '' OR start_date IS NULL)")),
             0);
    // No cost before a project starts; the sales copilot started some 30 weeks ago.
    QCOMPARE(scalar(*m_demo,
                    QStringLiteral("SELECT COUNT(*) FROM cost_lines l JOIN projects p ON p.id = l.project_id"
                                   " WHERE l.incurred_on < p.start_date")),
             0);
    const QString salesStart
        = queryRows(*m_demo, QStringLiteral("SELECT start_date FROM projects WHERE code = 'SAL'")).value(0);
    const qint64 salesWeeks = QDate::fromString(salesStart, Qt::ISODate).daysTo(fixtureWeek.monday()) / 7;
    QVERIFY2(salesWeeks >= 25 && salesWeeks <= 35, qPrintable(salesStart));
}

void TestDemoPortfolio::coversEveryCategory()
{
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT DISTINCT category_id FROM cost_lines ORDER BY 1")),
             QStringList({ QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                           QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                           QStringLiteral("9"), QStringLiteral("10") }));
    // Even a 4-week window, which rare categories can miss, shows all ten.
    const auto shortDemo = openTestDatabase();
    generateDemoPortfolio(*shortDemo, demoOptions(500, fixtureWeek, 4));
    QCOMPARE(scalar(*shortDemo, QStringLiteral("SELECT COUNT(DISTINCT category_id) FROM cost_lines")), 10);
}

void TestDemoPortfolio::keepsEveryLineInsideTheWindow()
{
    const QString first = fixtureWeek.addWeeks(1 - defaultWeeks).monday().toString(Qt::ISODate);
    const QString last = fixtureWeek.sunday().toString(Qt::ISODate);
    QCOMPARE(queryRows(
                 *m_demo,
                 QStringLiteral("SELECT MIN(week_start), CASE WHEN MAX(incurred_on) <= '%1' THEN 1 ELSE 0 END"
                                " FROM cost_lines")
                     .arg(last)),
             QStringList(first + QStringLiteral("|1")));
    QCOMPARE(scalar(*m_demo, QStringLiteral("SELECT COUNT(DISTINCT week_start) FROM cost_lines")),
             defaultWeeks);
    QCOMPARE(scalar(*m_demo,
                    QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE amount_minor <= 0"
                                   " OR amount_minor > 1000000000000")),
             0);
    // The marketing project's last OpenAI months come from OpenAI's usage and cost reports; the
    // salaries from the roster, and two courses from training plans.
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT DISTINCT source FROM cost_lines ORDER BY 1")),
             QStringList({ QStringLiteral("demo"), QStringLiteral("openai"), QStringLiteral("openai-usage"),
                           QStringLiteral("roster"), QStringLiteral("training_plan") }));
    QCOMPARE(
        queryRows(*m_demo, QStringLiteral("SELECT DISTINCT source FROM cost_lines WHERE category_id = 6")),
        QStringList(QStringLiteral("roster")));
    QCOMPARE(
        scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE source = 'training_plan'")), 2);
    // A service period holds its invoice's date, so only the month (or quarterly licence) in
    // progress pays for days after the last week.
    QCOMPARE(scalar(*m_demo,
                    QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE service_start IS NOT NULL"
                                   " AND NOT (service_start <= incurred_on AND incurred_on < service_end)")),
             0);
    const QString afterLast = fixtureWeek.sunday().addDays(1).toString(Qt::ISODate);
    const QString currentMonth = FiscalCalendar::month(fixtureWeek.sunday()).first.toString(Qt::ISODate);
    const QString currentQuarter = quarterStartOf(fixtureWeek.sunday()).toString(Qt::ISODate);
    QCOMPARE(queryRows(*m_demo,
                       QStringLiteral("SELECT DISTINCT service_start FROM cost_lines WHERE service_end > '%1'"
                                      " ORDER BY 1")
                           .arg(afterLast)),
             QStringList({ currentQuarter, currentMonth }));
}

void TestDemoPortfolio::carriesThePeriodEachInvoicePaysFor()
{
    // Payroll, subscriptions and seats: the whole month of their date (payroll at its end, the
    // others on its first day).
    const QList<LineDates> monthly
        = lineDates(*m_demo, monthlyLines + QStringLiteral(" AND service_start IS NOT NULL"));
    QVERIFY(monthly.size() >= 200);
    QCOMPARE(countBreaking(monthly,
                           [](const LineDates &line) {
                               const QDate first(line.incurred.year(), line.incurred.month(), 1);
                               return line.serviceStart == first && line.serviceEnd == first.addMonths(1)
                                   && (line.incurred.day() == 1
                                       || line.incurred.addDays(1) == line.serviceEnd);
                           }),
             0);
    // Quarterly licences: the calendar quarter they are invoiced on the first day of.
    const QList<LineDates> quarterly
        = lineDates(*m_demo, quarterlyLines + QStringLiteral(" AND service_start IS NOT NULL"));
    QVERIFY(quarterly.size() >= 16);
    QCOMPARE(countBreaking(quarterly,
                           [](const LineDates &line) {
                               return line.serviceStart == line.incurred && line.incurred.day() == 1
                                   && line.incurred.month() % 3 == 1
                                   && line.serviceEnd == line.incurred.addMonths(3);
                           }),
             0);
    // Courses: two or three working days from their invoice.
    const QList<LineDates> courses
        = lineDates(*m_demo, courseLines + QStringLiteral(" AND service_start IS NOT NULL"));
    QVERIFY(courses.size() >= 5);
    QCOMPARE(countBreaking(courses,
                           [](const LineDates &line) {
                               const qint64 days = line.serviceStart.daysTo(line.serviceEnd);
                               return line.serviceStart == line.incurred && (days == 2 || days == 3)
                                   && isWorkingDay(line.serviceStart)
                                   && isWorkingDay(line.serviceEnd.addDays(-1));
                           }),
             0);
    // Usage, jobs, consultants' days and audits pay for their own date.
    QCOMPARE(scalar(*m_demo,
                    QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE NOT (%1 OR %2 OR %3)"
                                   " AND service_start IS NOT NULL")
                        .arg(monthlyLines, quarterlyLines, courseLines)),
             0);
}

void TestDemoPortfolio::rollupsMatchTheLines()
{
    // The cash basis holds each line on its date; a month or more is recurring.
    // (A line of 28 days or more: its service end sorts after its start's day plus 28, as ISO
    // dates do; written with text only, so that both backends read it alike.)
    QVERIFY(queryRows(*m_demo,
                      QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE service_start IS NOT NULL"
                                     " AND service_end IS NULL"))
            == QStringList(QStringLiteral("0")));
    QStringList recurringIds;
    for (const QString &row : queryRows(
             *m_demo,
             QStringLiteral(
                 "SELECT id, service_start, service_end FROM cost_lines WHERE service_start IS NOT NULL"))) {
        const QStringList parts = row.split(u'|');
        if (QDate::fromString(parts.at(1), Qt::ISODate).daysTo(QDate::fromString(parts.at(2), Qt::ISODate))
            >= CostLine::RecurringMinimumDays)
            recurringIds << parts.at(0);
    }
    QVERIFY(!recurringIds.isEmpty());
    const QString fromLines
        = QStringLiteral("SELECT incurred_on, project_id, category_id, vendor, SUM(reporting_minor),"
                         " SUM(CASE WHEN id IN (%1) THEN reporting_minor ELSE 0 END),"
                         " COUNT(*), SUM(CASE WHEN reporting_minor IS NULL THEN 1 ELSE 0 END) FROM cost_lines"
                         " GROUP BY incurred_on, project_id, category_id, vendor ORDER BY 1, 2, 3, 4")
              .arg(recurringIds.join(u','));
    const QString cashRollups
        = QStringLiteral("SELECT day, project_id, category_id, vendor, reporting_minor, recurring_minor, "
                         "line_count, unconverted_count"
                         " FROM daily_rollups WHERE basis = 'cash' ORDER BY 1, 2, 3, 4");
    const QStringList expected = queryRows(*m_demo, fromLines);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(queryRows(*m_demo, cashRollups), expected);

    // The accrual basis spreads the same amounts over their service days: the totals agree.
    const QString totalsOf
        = QStringLiteral("SELECT project_id, category_id, vendor, SUM(reporting_minor),"
                         " SUM(recurring_minor), SUM(line_count) FROM daily_rollups WHERE basis = '%1'"
                         " GROUP BY project_id, category_id, vendor ORDER BY 1, 2, 3");
    QCOMPARE(queryRows(*m_demo, totalsOf.arg(QStringLiteral("accrual"))),
             queryRows(*m_demo, totalsOf.arg(QStringLiteral("cash"))));
    // Each month's salaries on the accrual basis are that month's payroll (the roster's lines of
    // the project for the month, one per person), to the cent.
    QCOMPARE(scalar(*m_demo,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM (SELECT project_id, service_start, service_end,"
                        " SUM(reporting_minor) AS payroll FROM cost_lines WHERE category_id = 6"
                        " GROUP BY project_id, service_start, service_end) c"
                        " WHERE c.payroll <> (SELECT SUM(r.reporting_minor) FROM daily_rollups r"
                        " WHERE r.basis = 'accrual' AND r.project_id = c.project_id AND r.category_id = 6"
                        " AND r.day >= c.service_start AND r.day < c.service_end)")),
             0);

    // And the roll-ups kept while writing are the ones rebuilt from the lines, day by day.
    const auto database = openTestDatabase();
    generateDemoPortfolio(*database, demoOptions(1'000, fixtureWeek, 26));
    const QString everyRow
        = QStringLiteral("SELECT basis, day, project_id, category_id, vendor, reporting_minor,"
                         " recurring_minor, line_count, unconverted_count FROM daily_rollups"
                         " ORDER BY 1, 2, 3, 4, 5");
    const QStringList written = queryRows(*database, everyRow);
    CostLineRepository(*database).rebuildRollups();
    QCOMPARE(queryRows(*database, everyRow), written);
}

// Payroll is booked once a month, but the weekly chart shows it accrued over the month's days:
// no spike every four or five weeks.
void TestDemoPortfolio::salariesAccrueWithoutSpikes()
{
    const WeekRange lastHalfYear { fixtureWeek.addWeeks(-25), fixtureWeek };
    int projectsWithPayroll = 0;
    for (const Project &project : ProjectRepository(*m_demo).list()) {
        QList<std::int64_t> weeks
            = weeklySpend(*m_demo, project.id, lastHalfYear, { CostCategory::Salaries });
        QCOMPARE(weeks.size(), 26);
        std::sort(weeks.begin(), weeks.end());
        const std::int64_t median = (weeks.at(12) + weeks.at(13)) / 2;
        if (weeks.constLast() == 0)
            continue;
        ++projectsWithPayroll;
        QVERIFY2(median > 0 && weeks.constLast() * 2 < median * 3,
                 qPrintable(QStringLiteral("%1: largest week %2, median %3")
                                .arg(project.code)
                                .arg(weeks.constLast())
                                .arg(median)));
    }
    QCOMPARE(projectsWithPayroll, 7); // all but the legal project, whose lawyers' time is not charged
}

void TestDemoPortfolio::convertsEveryUsdLine()
{
    QVERIFY(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE currency = 'USD'")) > 0);
    QCOMPARE(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE reporting_minor IS NULL")),
             0);
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT DISTINCT currency FROM cost_lines ORDER BY 1")),
             QStringList({ QStringLiteral("EUR"), QStringLiteral("USD") }));
    QCOMPARE(
        queryRows(*m_demo,
                  QStringLiteral("SELECT DISTINCT vendor FROM cost_lines WHERE currency = 'USD' ORDER BY 1")),
        QStringList({ QStringLiteral("AWS"), QStringLiteral("GitHub"), QStringLiteral("Google Cloud"),
                      QStringLiteral("OpenAI") }));
    // Converted at 0.90-0.95 EUR per USD (lines of a few cents aside, where rounding dominates).
    QCOMPARE(scalar(*m_demo,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM cost_lines WHERE currency = 'USD' AND amount_minor >= 1000"
                        " AND (reporting_minor * 1000 < amount_minor * 899"
                        " OR reporting_minor * 1000 > amount_minor * 951)")),
             0);
    QCOMPARE(scalar(*m_demo,
                    QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE currency = 'EUR'"
                                   " AND reporting_minor <> amount_minor")),
             0);
}

void TestDemoPortfolio::coversThePeriodWithMonthlyRates()
{
    const QStringList rates
        = queryRows(*m_demo,
                    QStringLiteral("SELECT currency, quote_currency, valid_from, rate_nanos"
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
    // (A bill's lines, imported from OpenAI's cost report, have amounts only.)
    QCOMPARE(queryRows(*m_demo,
                       QStringLiteral("SELECT DISTINCT unit FROM cost_lines WHERE category_id = 1"
                                      " AND source <> 'openai'")),
             QStringList(QStringLiteral("token")));
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT DISTINCT unit FROM cost_lines WHERE category_id = 3")),
             QStringList(QStringLiteral("person_day")));
    QCOMPARE(scalar(*m_demo,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM cost_lines WHERE category_id IN (1, 3) AND source <> 'openai'"
                        " AND (quantity IS NULL OR quantity <= 0)")),
             0);
    // Salaries posted from the roster on the last day of the month they pay for; prompt
    // engineering on working days.
    QCOMPARE(countBreaking(lineDates(*m_demo, QStringLiteral("category_id = 6")),
                           [](const LineDates &line) { return line.incurred.addDays(1).day() == 1; }),
             0);
    QVERIFY(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE category_id = 6")) >= 100);
    QCOMPARE(countBreaking(lineDates(*m_demo, QStringLiteral("category_id = 3")),
                           [](const LineDates &line) { return isWorkingDay(line.incurred); }),
             0);
    // Internal staff under no vendor, the two consultants under their firms.
    QCOMPARE(
        queryRows(*m_demo,
                  QStringLiteral("SELECT DISTINCT vendor FROM cost_lines WHERE category_id = 6 ORDER BY 1")),
        QStringList({ QString(), QStringLiteral("Kairos Conseil"), QStringLiteral("Néria Conseil") }));
    // The extra lines go to the granular categories: inference holds most of them.
    const qint64 inference
        = scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE category_id = 1"));
    QVERIFY2(inference > m_summary.costLines / 3, qPrintable(QString::number(inference)));
}

void TestDemoPortfolio::budgetsEveryQuarterOfEveryStartedProject()
{
    // Besides the planned budgets, the one the committee's extension created: the legal project's
    // next quarter, a fifth above this one.
    QCOMPARE(scalar(*m_demo,
                    QStringLiteral("SELECT COUNT(*) FROM decisions WHERE kind = 'extend_budget'"
                                   " AND budget_before IS NULL")),
             1);
    QCOMPARE(scalar(*m_demo, QStringLiteral("SELECT COUNT(*) FROM budgets")), m_summary.budgets + 1);
    QCOMPARE(queryRows(*m_demo, QStringLiteral("SELECT DISTINCT period_kind, currency FROM budgets")),
             QStringList(QStringLiteral("quarter|EUR")));
    QCOMPARE(scalar(*m_demo,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM budgets WHERE category_id IS NOT NULL OR amount_minor <= 0")),
             0);

    const QDate firstQuarter = quarterStartOf(fixtureWeek.addWeeks(1 - defaultWeeks).monday());
    const QDate lastQuarter = quarterStartOf(fixtureWeek.sunday());
    QStringList quarters;
    for (QDate quarter = firstQuarter; quarter <= lastQuarter; quarter = quarter.addMonths(3))
        quarters << quarter.toString(Qt::ISODate);
    QCOMPARE(
        queryRows(*m_demo,
                  QStringLiteral("SELECT period_start FROM budgets WHERE project_id IS NULL ORDER BY 1")),
        quarters);

    for (const Project &project : ProjectRepository(*m_demo).list()) {
        QStringList expected;
        for (QDate quarter = firstQuarter; quarter <= lastQuarter; quarter = quarter.addMonths(3)) {
            if (quarter.addMonths(3) > project.startDate)
                expected << quarter.toString(Qt::ISODate);
        }
        if (project.code == QLatin1String("LEG")) {
            expected << lastQuarter.addMonths(3).toString(Qt::ISODate);
            QCOMPARE(scalar(*m_demo,
                            QStringLiteral("SELECT amount_minor FROM budgets WHERE project_id = %1"
                                           " AND period_start = '%2'")
                                .arg(project.id)
                                .arg(expected.constLast())),
                     scalar(*m_demo,
                            QStringLiteral("SELECT amount_minor FROM budgets WHERE project_id = %1"
                                           " AND period_start = '%2'")
                                .arg(project.id)
                                .arg(lastQuarter.toString(Qt::ISODate)))
                         / 100 * 120);
        }
        QCOMPARE(queryRows(*m_demo,
                           QStringLiteral("SELECT period_start FROM budgets WHERE project_id = %1 ORDER BY 1")
                               .arg(project.id)),
                 expected);
    }
}

void TestDemoPortfolio::claimsLastWeekIsASpike()
{
    const ProjectId claims = projectId(*m_demo, "CLM");
    // As the weekly chart and the spike alert read it: on the accrual basis.
    const QList<std::int64_t> weeks = weeklySpend(*m_demo, claims, { fixtureWeek.addWeeks(-4), fixtureWeek });
    QCOMPARE(weeks.size(), 5);
    const qint64 lastWeek = weeks.at(4);
    const qint64 trailing = weeks.at(0) + weeks.at(1) + weeks.at(2) + weeks.at(3);
    QVERIFY(trailing > 0);
    QVERIFY2(lastWeek * 4 >= 3 * trailing,
             qPrintable(QStringLiteral("%1 vs 4-week average %2").arg(lastWeek).arg(trailing / 4)));
    QVERIFY(scalar(*m_demo,
                   QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE project_id = %1 AND category_id = 2"
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
    QTest::addColumn<int>("fiscalYearStartMonth");

    QTest::newRow("mid-quarter") << QStringLiteral("2026-W20") << true << 1;
    QTest::newRow("two thirds into the quarter") << QStringLiteral("2026-W48") << true << 1;
    QTest::newRow("end of quarter") << QStringLiteral("2026-W38") << true << 1;
    QTest::newRow("third week of the year") << QStringLiteral("2026-W03") << true << 1;
    QTest::newRow("window crossing 2026-W53") << QStringLiteral("2027-W10") << true << 1;
    QTest::newRow("week straddling the quarter start") << QStringLiteral("2026-W14") << false << 1;
    // Other fiscal years: from February, the calendar quarters that quarterly licences pay for
    // straddle two fiscal quarters.
    QTest::newRow("fiscal year from February") << QStringLiteral("2026-W20") << true << 2;
    QTest::newRow("fiscal year from April") << QStringLiteral("2026-W48") << true << 4;
}

// What the committee sees in the quarter-to-date view, on the accrual basis: the customer-support
// assistant has spent more than its whole quarter budget already, so its forecast is at least
// 125% of it (red, and a critical "budget exceeded" alert); the legal summariser is forecast over
// budget while its spend to date is still within the budget to date (amber, a forecast warning);
// the claims classifier's last week is a spike; marketing spends about half of its envelope.
void TestDemoPortfolio::storiesHoldOnTheDashboard()
{
    QFETCH(QString, week);
    QFETCH(bool, quarterUnderway);
    QFETCH(int, fiscalYearStartMonth);
    const IsoWeek lastWeek = IsoWeek::fromString(week);
    QVERIFY(lastWeek.isValid());
    const auto database = openTestDatabase();
    DatabaseSettings(*database).setFiscalYearStartMonth(fiscalYearStartMonth);
    generateDemoPortfolio(*database, demoOptions(100, lastWeek));
    const auto ratioText = [](const std::optional<double> &ratio) {
        return QString::number(ratio.value_or(-1));
    };

    const DashboardKpis support = quarterToDate(*database, projectId(*database, "SUP"), lastWeek);
    QVERIFY(support.consumedRatio && support.periodConsumedRatio && support.forecastRatio);
    QVERIFY2(*support.periodConsumedRatio >= 1.02, qPrintable(ratioText(support.periodConsumedRatio)));
    QVERIFY2(*support.consumedRatio >= 1.02, qPrintable(ratioText(support.consumedRatio)));
    QVERIFY2(*support.forecastRatio >= 1.25, qPrintable(ratioText(support.forecastRatio)));
    QCOMPARE(support.health, BudgetHealth::Red);

    // The same overrun read straight from the tables: accrued spend since the quarter's first day
    // against the whole quarter's budget.
    const QDate quarterStart = DatabaseSettings(*database).calendar().quarter(lastWeek.sunday()).first;
    auto spentAndBudget = [&](const char *code) {
        const ProjectId id = projectId(*database, code);
        const qint64 spent
            = scalar(*database,
                     QStringLiteral("SELECT SUM(reporting_minor) FROM daily_rollups"
                                    " WHERE basis = 'accrual' AND project_id = %1"
                                    " AND day >= '%2' AND day <= '%3'")
                         .arg(id)
                         .arg(quarterStart.toString(Qt::ISODate), lastWeek.sunday().toString(Qt::ISODate)));
        const qint64 budget = scalar(*database,
                                     QStringLiteral("SELECT amount_minor FROM budgets"
                                                    " WHERE project_id = %1 AND period_start = '%2'")
                                         .arg(id)
                                         .arg(quarterStart.toString(Qt::ISODate)));
        return std::pair<qint64, qint64>(spent, budget);
    };
    const auto [supportSpent, supportBudget] = spentAndBudget("SUP");
    QCOMPARE(supportSpent, support.periodToDate.minorUnits());
    QVERIFY2(supportSpent > supportBudget,
             qPrintable(QStringLiteral("%1 spent, budget %2").arg(supportSpent).arg(supportBudget)));

    const DashboardKpis marketing = quarterToDate(*database, projectId(*database, "MKT"), lastWeek);
    QVERIFY(marketing.forecastRatio && marketing.consumedRatio);
    QVERIFY2(*marketing.forecastRatio <= 0.65, qPrintable(ratioText(marketing.forecastRatio)));
    QVERIFY2(*marketing.consumedRatio < 0.9, qPrintable(ratioText(marketing.consumedRatio)));
    QCOMPARE(marketing.health, BudgetHealth::Green);
    const auto [marketingSpent, marketingBudget] = spentAndBudget("MKT");
    QVERIFY2(marketingSpent * 10 < marketingBudget * 7,
             qPrintable(QStringLiteral("%1 spent, budget %2").arg(marketingSpent).arg(marketingBudget)));

    // The alerts the committee opens the dashboard on, from the built-in rules.
    AlertStore(*database).ensureDefaultRules();
    const QList<Alert> alerts = AlertEngine(*database).evaluate(lastWeek).open;
    const auto alertOf = [&](const char *code, AlertKind kind) {
        const ProjectId id = projectId(*database, code);
        const auto found = std::find_if(alerts.cbegin(), alerts.cend(), [&](const Alert &alert) {
            return alert.projectId == id && alert.kind == kind && !alert.category;
        });
        return found == alerts.cend() ? std::optional<Alert>() : std::optional<Alert>(*found);
    };
    const std::optional<Alert> supportConsumed = alertOf("SUP", AlertKind::BudgetConsumed);
    QVERIFY(supportConsumed);
    QCOMPARE(supportConsumed->severity, AlertSeverity::Critical);
    QVERIFY(alertOf("CLM", AlertKind::Spike));
    QVERIFY(!alertOf("MKT", AlertKind::Forecast));
    QVERIFY(!alertOf("MKT", AlertKind::BudgetConsumed));

    if (!quarterUnderway)
        return;
    const DashboardKpis legal = quarterToDate(*database, projectId(*database, "LEG"), lastWeek);
    QVERIFY(legal.consumedRatio && legal.periodConsumedRatio && legal.forecastRatio);
    QVERIFY2(*legal.forecastRatio > 1.0 && *legal.forecastRatio <= 1.10,
             qPrintable(ratioText(legal.forecastRatio)));
    QVERIFY2(*legal.consumedRatio < 1.0, qPrintable(ratioText(legal.consumedRatio)));
    QVERIFY2(*legal.periodConsumedRatio < 1.0, qPrintable(ratioText(legal.periodConsumedRatio)));
    QCOMPARE(legal.health, BudgetHealth::Amber);
    QVERIFY(alertOf("LEG", AlertKind::Forecast));
    const std::optional<Alert> legalConsumed = alertOf("LEG", AlertKind::BudgetConsumed);
    QVERIFY(!legalConsumed || legalConsumed->severity < AlertSeverity::Critical);
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
    const auto database = openTestDatabase();
    const DemoSummary summary = generateDemoPortfolio(*database, demoOptions(lines, fixtureWeek, weeks));
    const qint64 stored = scalar(*database, QStringLiteral("SELECT COUNT(*) FROM cost_lines"));
    QCOMPARE(summary.costLines, stored);
    QVERIFY2(stored * 100 >= lines * 95 && stored * 100 <= lines * 105, qPrintable(QString::number(stored)));
}

// Lines only split the weekly totals: asking for more lines changes no total and no budget.
void TestDemoPortfolio::amountsDoNotDependOnTheLineCount()
{
    const auto few = openTestDatabase();
    const auto many = openTestDatabase();
    generateDemoPortfolio(*few, demoOptions(2'000));
    generateDemoPortfolio(*many, demoOptions(8'000));
    const QString cellTotals = QStringLiteral(
        "SELECT week_start, project_id, category_id, currency, SUM(amount_minor) FROM cost_lines"
        " GROUP BY week_start, project_id, category_id, currency ORDER BY 1, 2, 3, 4");
    const QString budgets
        = QStringLiteral("SELECT project_id, period_start, amount_minor FROM budgets ORDER BY id");
    QCOMPARE(queryRows(*many, cellTotals), queryRows(*few, cellTotals));
    QCOMPARE(queryRows(*many, budgets), queryRows(*few, budgets));
    QVERIFY(scalar(*many, QStringLiteral("SELECT COUNT(*) FROM cost_lines"))
            > 3 * scalar(*few, QStringLiteral("SELECT COUNT(*) FROM cost_lines")));
}

void TestDemoPortfolio::sameSeedGivesIdenticalData()
{
    const auto first = openTestDatabase();
    const auto second = openTestDatabase();
    generateDemoPortfolio(*first, demoOptions(3'000, fixtureWeek, defaultWeeks, 7));
    generateDemoPortfolio(*second, demoOptions(3'000, fixtureWeek, defaultWeeks, 7));
    QCOMPARE(digestOf(*second), digestOf(*first));
}

void TestDemoPortfolio::differentSeedGivesDifferentData()
{
    const auto other = openTestDatabase();
    generateDemoPortfolio(*other, demoOptions(2'000, fixtureWeek, defaultWeeks, 2027));
    QVERIFY(digestOf(*other) != digestOf(*m_demo));
    const QString total = QStringLiteral("SELECT SUM(amount_minor) FROM cost_lines");
    QVERIFY(scalar(*other, total) != scalar(*m_demo, total));
}

void TestDemoPortfolio::refusesADatabaseWithProjects()
{
    const auto database = openTestDatabase();
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
    QTest::newRow("521 weeks") << 521 << qint64(1'000) << QStringLiteral("2026-W20")
                               << QStringLiteral("weeks");
    QTest::newRow("negative weeks") << -78 << qint64(1'000) << QStringLiteral("2026-W20")
                                    << QStringLiteral("weeks");
    QTest::newRow("99 lines") << 78 << qint64(99) << QStringLiteral("2026-W20") << QStringLiteral("lines");
    QTest::newRow("20,000,001 lines")
        << 78 << qint64(20'000'001) << QStringLiteral("2026-W20") << QStringLiteral("lines");
    QTest::newRow("invalid week") << 78 << qint64(1'000) << QString() << QStringLiteral("last week");
    QTest::newRow("history before 2000")
        << 78 << qint64(1'000) << QStringLiteral("2001-W10") << QStringLiteral("last week");
    QTest::newRow("budgets after 2100")
        << 78 << qint64(1'000) << QStringLiteral("2100-W50") << QStringLiteral("last week");
}

void TestDemoPortfolio::rejectsBadOptions()
{
    QFETCH(int, weeks);
    QFETCH(qint64, lines);
    QFETCH(QString, lastWeek);
    QFETCH(QString, field);
    const auto database = openTestDatabase();
    const DemoOptions options = demoOptions(lines, IsoWeek::fromString(lastWeek), weeks);
    try {
        generateDemoPortfolio(*database, options);
        QFAIL("no ValidationError");
    } catch (const ValidationError &error) {
        QCOMPARE(error.field(), field);
    }
    // Only the Unallocated project the schema creates: the demo wrote nothing.
    QCOMPARE(queryRows(*database, QStringLiteral("SELECT code FROM projects")),
             QStringList { QStringLiteral("UNALLOCATED") });
    QVERIFY(isOutsideTransaction(*database));
}

void TestDemoPortfolio::reportsProgress()
{
    const auto database = openTestDatabase();
    QList<std::int64_t> reported;
    const DemoSummary summary = generateDemoPortfolio(*database, demoOptions(25'000, fixtureWeek, 26),
                                                      [&](std::int64_t written) { reported << written; });
    QVERIFY(reported.size() >= 2);
    for (qsizetype index = 1; index < reported.size(); ++index)
        QVERIFY(reported.at(index) > reported.at(index - 1));
    QCOMPARE(reported.constLast(), summary.generatedLines);
}

QTEST_GUILESS_MAIN(TestDemoPortfolio)

#include "tst_demoportfolio.moc"
