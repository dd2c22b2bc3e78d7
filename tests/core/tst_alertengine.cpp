// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTest>

#include "alerts/alertengine.h"
#include "alerts/alertrule.h"
#include "alerts/alertstore.h"
#include "analytics/dashboardsnapshot.h"
#include "demo/demoportfolio.h"
#include "errors.h"
#include "storage/auditlog.h"
#include "storage/budgetrepository.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

Q_DECLARE_METATYPE(costboard::AlertKind)
Q_DECLARE_METATYPE(costboard::IsoWeek)

namespace QTest {
template <> inline char *toString(const IsoWeek &value)
{
    return qstrdup(value.isValid() ? qPrintable(value.toString()) : "<invalid week>");
}
} // namespace QTest

namespace {

using Minor = std::int64_t;

const QString EUR = QStringLiteral("EUR");
const QString USD = QStringLiteral("USD");
const QString GBP = QStringLiteral("GBP");
// Monday 2026-11-16 .. Sunday 2026-11-22, in the fourth quarter of 2026 (2026-W40 .. 2026-W53).
const IsoWeek week47(2026, 47);

// A day of `week`: 1 = Monday .. 7 = Sunday (Tuesday by default).
QDate dayOf(const IsoWeek &week, int day = 2)
{
    return week.monday().addDays(day - 1);
}

// numerator / denominator rounded half away from zero (denominator > 0), as the stored values.
Minor roundedQuotient(Minor numerator, Minor denominator)
{
    Minor quotient = numerator / denominator;
    if (2 * std::abs(numerator % denominator) >= denominator)
        quotient += numerator < 0 ? -1 : 1;
    return quotient;
}

QString sev(AlertSeverity severity)
{
    return toKey(severity);
}

QString sev(const std::optional<AlertSeverity> &severity)
{
    return severity ? toKey(*severity) : QStringLiteral("<none>");
}

QString st(AlertState state)
{
    return toKey(state);
}

// A small book of two projects; everything else is added by each test to the cent.
struct Book
{
    TestDatabase db;
    ProjectId legal = 0;
    ProjectId claims = 0;

    Database &database() { return *db; }

    CostLineId spend(ProjectId project, Minor minor, const QDate &on,
                     CostCategory category = CostCategory::Inference, const QString &currency = EUR)
    {
        return CostLineRepository(*db).add(makeLine(project, minor, currency, on, category));
    }

    BudgetId budget(std::optional<ProjectId> project, Minor minor,
                    BudgetPeriodKind kind = BudgetPeriodKind::Quarter,
                    const QDate &start = QDate(2026, 10, 1),
                    std::optional<CostCategory> category = std::nullopt)
    {
        return BudgetRepository(*db).set(makeBudget(project, kind, start, minor, category, EUR));
    }

    AlertRuleId rule(AlertKind kind, Minor threshold, std::optional<ProjectId> project,
                     AlertSeverity severity = AlertSeverity::Warning,
                     std::optional<CostCategory> category = std::nullopt, int trailingWeeks = 4)
    {
        AlertRule value;
        value.name = QStringLiteral("%1 at %2").arg(toKey(kind)).arg(threshold);
        value.kind = kind;
        value.projectId = project;
        value.category = category;
        value.threshold = threshold;
        value.trailingWeeks = trailingWeeks;
        value.severity = severity;
        return AlertStore(*db).createRule(value);
    }

    AlertEvaluation evaluate(const IsoWeek &week = week47) { return AlertEngine(*db).evaluate(week); }
    QList<Alert> alerts() { return AlertStore(*db).alerts(); }
    Alert alert(AlertId id) { return AlertStore(*db).findAlert(id).value_or(Alert {}); }
    qint64 alertRows() { return rowCount(*db, QStringLiteral("alerts")); }
};

// Rows inserted, updated or deleted through the connection since it opened: unchanged means
// nothing was written at all (timestamps have whole seconds, so comparing them would not tell).
qint64 writesSoFar(const Database &database)
{
    return queryValue(database, QStringLiteral("SELECT total_changes()")).toLongLong();
}

Book makeBook()
{
    Book book;
    book.db = openTestDatabase();
    ProjectRepository projects(*book.db);
    book.legal = projects.create(makeProject(QStringLiteral("LEG"), QStringLiteral("Legal summarisation")));
    book.claims
        = projects.create(makeProject(QStringLiteral("CLM"), QStringLiteral("Claims classification")));
    return book;
}

QList<AlertId> idsOf(const QList<Alert> &alerts)
{
    QList<AlertId> ids;
    for (const Alert &alert : alerts)
        ids << alert.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

// What one kind's scenario must store when it fires.
struct Expected
{
    Minor threshold = 0;
    Minor amount = 0;
    Minor reference = 0;
    Minor value = 0;
    QString periodKey;
    QString message;
};

// Builds, for `kind`, a book where the rule's condition sits `offset` minor units from its
// threshold (negative: below, 0: exactly at, positive: above) and returns what the alert holds.
Expected setUpKind(Book &book, AlertKind kind, Minor offset)
{
    Expected expected;
    const ProjectId legal = book.legal;
    switch (kind) {
    case AlertKind::BudgetConsumed:
        // 80 % of a 40,000.00 quarter budget is 32,000.00, spent in two weeks of the quarter.
        book.budget(legal, 4'000'000);
        book.spend(legal, 1'000'000, QDate(2026, 10, 6));
        book.spend(legal, 2'200'000 + offset, dayOf(week47));
        book.spend(book.claims, 9'000'000, dayOf(week47)); // another project: not in this scope
        expected.threshold = 8'000;
        expected.amount = 3'200'000 + offset;
        expected.reference = 4'000'000;
        expected.value = roundedQuotient(expected.amount * 10'000, expected.reference);
        expected.periodKey = QStringLiteral("2026-Q4");
        expected.message = QStringLiteral(
            "Legal summarisation has consumed 80% of its Q4 2026 budget (€32,000 of €40,000)");
        break;
    case AlertKind::Forecast:
        // 4,000.00 a week for four weeks: run rate (too few weeks for a trend) 16,000 to date
        // (22 November) + five weeks of 4,000 + four sevenths of a week to 31 December
        // (2,285.71) = 38,285.71, against a budget `offset` cents below it.
        book.budget(legal, 3'828'571 - offset);
        for (int week = 44; week <= 47; ++week)
            book.spend(legal, 400'000, dayOf(IsoWeek(2026, week)));
        expected.threshold = 10'000;
        expected.amount = 3'828'571;
        expected.reference = 3'828'571 - offset;
        expected.value = roundedQuotient(expected.amount * 10'000, expected.reference);
        expected.periodKey = QStringLiteral("2026-Q4");
        expected.message = QStringLiteral("Legal summarisation is forecast to reach 100% of its Q4 2026 "
                                          "budget (€38,286 of €38,286)");
        break;
    case AlertKind::WeeklySpend:
        // A limit of 5,000.00 a week; the week before spent more, which does not count.
        book.spend(legal, 900'000, dayOf(week47.previous()));
        book.spend(legal, 200'000, dayOf(week47, 1));
        book.spend(legal, 300'000 + offset, dayOf(week47, 7));
        expected.threshold = 500'000;
        expected.amount = 500'000 + offset;
        expected.reference = 500'000;
        expected.value = expected.amount;
        expected.periodKey = QStringLiteral("2026-W47");
        expected.message = QStringLiteral(
            "Legal summarisation spent €5,000 in 2026-W47, above the weekly limit of €5,000");
        break;
    case AlertKind::WeekOverWeek:
        // +50 %: 10,000.00 then 15,000.00.
        book.spend(legal, 1'000'000, dayOf(week47.previous()));
        book.spend(legal, 1'500'000 + offset, dayOf(week47));
        expected.threshold = 5'000;
        expected.amount = 1'500'000 + offset;
        expected.reference = 1'000'000;
        expected.value = roundedQuotient((expected.amount - expected.reference) * 10'000, expected.reference);
        expected.periodKey = QStringLiteral("2026-W47");
        expected.message = QStringLiteral(
            "Legal summarisation spend grew 50% in 2026-W47 (€15,000 against €10,000 the week before)");
        break;
    case AlertKind::Spike:
        // 3 x the average of the four weeks before (1,000.00); the fifth week back is outside
        // the window however large it is.
        book.spend(legal, 5'000'000, dayOf(IsoWeek(2026, 42)));
        book.spend(legal, 80'000, dayOf(IsoWeek(2026, 43)));
        book.spend(legal, 120'000, dayOf(IsoWeek(2026, 44)));
        book.spend(legal, 90'000, dayOf(IsoWeek(2026, 45)));
        book.spend(legal, 110'000, dayOf(IsoWeek(2026, 46)));
        book.spend(legal, 300'000 + offset, dayOf(week47));
        expected.threshold = 300;
        expected.amount = 300'000 + offset;
        expected.reference = 100'000;
        expected.value = roundedQuotient(expected.amount * 100, expected.reference);
        expected.periodKey = QStringLiteral("2026-W47");
        expected.message = QStringLiteral(
            "Legal summarisation spent €3,000 in 2026-W47, 3.0 times its recent weekly average of €1,000");
        break;
    }
    return expected;
}

// A rule measured the way the engine measured before it read once for all rules: one
// DashboardSnapshot of the rule's scope per rule, its KPIs and weekly points read as they were.
RuleMeasure measuredBySnapshot(Database &database, const IsoWeek &week, const AlertRule &rule)
{
    const FiscalCalendar calendar = DatabaseSettings(database).calendar();
    DashboardQuery query;
    query.referenceWeek = week;
    if (rule.projectId)
        query.projects = { *rule.projectId };
    if (rule.category)
        query.categories = { *rule.category };
    RuleMeasure result;
    result.rule = rule;
    Alert alert;
    alert.kind = rule.kind;
    alert.periodKey = (rule.kind == AlertKind::BudgetConsumed || rule.kind == AlertKind::Forecast)
        ? fiscalQuarterKey(week, calendar)
        : week.toString();
    alert.threshold = rule.threshold;
    const auto exactly = [](Minor numerator, Minor denominator, Minor scale, Minor threshold) {
        return static_cast<TestWide>(numerator) * scale >= static_cast<TestWide>(threshold) * denominator;
    };
    switch (rule.kind) {
    case AlertKind::BudgetConsumed:
    case AlertKind::Forecast: {
        query.preset = PeriodPreset::QuarterToDate;
        const DashboardSnapshot snapshot = DashboardSnapshot::compute(database, query);
        if (!snapshot.kpis.budgetAtHorizon || snapshot.kpis.budgetAtHorizon->minorUnits() <= 0)
            return result;
        const Minor budget = snapshot.kpis.budgetAtHorizon->minorUnits();
        const Minor spend = rule.kind == AlertKind::BudgetConsumed
            ? snapshot.kpis.forecastPeriodToDate.minorUnits()
            : snapshot.kpis.forecast.minorUnits();
        alert.currency = snapshot.currency;
        alert.amountMinor = spend;
        alert.referenceMinor = budget;
        alert.value = roundedQuotient(spend * 10'000, budget);
        result.fires = exactly(spend, budget, 10'000, rule.threshold);
        break;
    }
    case AlertKind::WeeklySpend:
    case AlertKind::WeekOverWeek: {
        query.preset = PeriodPreset::Custom;
        query.customRange = { week.previous(), week };
        const DashboardSnapshot snapshot = DashboardSnapshot::compute(database, query);
        const Minor thisWeek = snapshot.kpis.thisWeek.minorUnits();
        const Minor previous = snapshot.kpis.previousWeek.minorUnits();
        alert.currency = snapshot.currency;
        alert.amountMinor = thisWeek;
        if (rule.kind == AlertKind::WeeklySpend) {
            alert.referenceMinor = rule.threshold;
            alert.value = thisWeek;
            result.fires = thisWeek >= rule.threshold;
        } else {
            if (previous <= 0)
                return result;
            alert.referenceMinor = previous;
            alert.value = roundedQuotient((thisWeek - previous) * 10'000, previous);
            result.fires = exactly(thisWeek - previous, previous, 10'000, rule.threshold);
        }
        break;
    }
    case AlertKind::Spike: {
        query.preset = PeriodPreset::Custom;
        query.customRange = { week.addWeeks(-rule.trailingWeeks), week };
        const DashboardSnapshot snapshot = DashboardSnapshot::compute(database, query);
        Minor trailingTotal = 0;
        for (const WeeklyPoint &point : snapshot.points) {
            if (point.week < week)
                trailingTotal += point.actual;
        }
        const Minor average = roundedQuotient(trailingTotal, rule.trailingWeeks);
        if (average <= 0)
            return result;
        const Minor thisWeek = snapshot.kpis.thisWeek.minorUnits();
        alert.currency = snapshot.currency;
        alert.amountMinor = thisWeek;
        alert.referenceMinor = average;
        alert.value = roundedQuotient(thisWeek * rule.trailingWeeks * 100, trailingTotal);
        result.fires = exactly(thisWeek * rule.trailingWeeks, trailingTotal, 100, rule.threshold);
        break;
    }
    }
    result.measured = alert;
    return result;
}

} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void keys();
    void eachKindAroundItsThreshold_data();
    void eachKindAroundItsThreshold();
    void overrunMessage();
    void scopes_data();
    void scopes();
    void fxConvertedAndMissingRate();
    void monthlyBudgetsAndWeeksAcrossMonths();
    void fiscalYearFromApril();
    void fiscalQuarterKey_data();
    void fiscalQuarterKey();
    void quarterOfAWeekStraddlingQuarters();

    void firesOncePerPeriod();
    void escalation();
    void strongestMatchingRuleDecides();
    void resolutionWhenSpendRemoved();
    void resolutionWhenBudgetRaised();
    void weeklyAlertsOfPastWeeksResolve();
    void earlierWeekLeavesNewerAlertsAlone();
    void disabledRule();
    void acknowledgedAlertComingBackStaysAcknowledged();

    void ensureDefaultRules();
    void acknowledge();
    void ruleChangesAudited();
    void validate_data();
    void validate();
    void severityAndUnreadCounts();

    void demoPortfolio();
    void oneReadMeasuresAsSnapshotsDo_data();
    void oneReadMeasuresAsSnapshotsDo();
};

void TestAlertEngine::initTestCase()
{
    AuditLog::setActor(QStringLiteral("cfo.test"));
    // The stored sentence is worded in the default locale (no translator: English).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestAlertEngine::keys()
{
    const QList<AlertKind> kinds = allAlertKinds();
    QCOMPARE(kinds.size(), 5);
    for (const AlertKind kind : kinds)
        QCOMPARE(alertKindFromKey(toKey(kind)), std::optional<AlertKind>(kind));
    for (const AlertSeverity severity :
         { AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical })
        QCOMPARE(alertSeverityFromKey(toKey(severity)), std::optional<AlertSeverity>(severity));
    for (const AlertState state : { AlertState::Open, AlertState::Acknowledged, AlertState::Resolved })
        QCOMPARE(alertStateFromKey(toKey(state)), std::optional<AlertState>(state));
    QVERIFY(!alertKindFromKey(u"nonsense"));
    QVERIFY(AlertSeverity::Critical > AlertSeverity::Warning && AlertSeverity::Warning > AlertSeverity::Info);
}

// ---------------------------------------------------------------------------------------------
// What a rule compares, and what the alert says

void TestAlertEngine::eachKindAroundItsThreshold_data()
{
    QTest::addColumn<AlertKind>("kind");
    QTest::addColumn<qint64>("offset");

    for (const AlertKind kind : allAlertKinds()) {
        const QByteArray name = toKey(kind).toLatin1();
        QTest::addRow("%s, a cent below", name.constData()) << kind << qint64(-1);
        QTest::addRow("%s, exactly at", name.constData()) << kind << qint64(0);
        QTest::addRow("%s, a cent above", name.constData()) << kind << qint64(1);
    }
}

void TestAlertEngine::eachKindAroundItsThreshold()
{
    QFETCH(AlertKind, kind);
    QFETCH(qint64, offset);

    Book book = makeBook();
    const Expected expected = setUpKind(book, kind, offset);
    const AlertRuleId ruleId = book.rule(kind, expected.threshold, book.legal, AlertSeverity::Critical);

    const AlertEvaluation evaluation = book.evaluate();
    QVERIFY(evaluation.escalated.isEmpty());
    QVERIFY(evaluation.resolved.isEmpty());
    // Thresholds are ">=" on the exact amounts: a cent short does not fire, however the
    // percentage would round.
    if (offset < 0) {
        QVERIFY2(evaluation.fired.isEmpty(), qPrintable(evaluation.fired.value(0).message));
        QCOMPARE(book.alertRows(), qint64(0));
        QVERIFY(evaluation.open.isEmpty());
        return;
    }
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    QCOMPARE(evaluation.open.size(), qsizetype(1));
    QCOMPARE(book.alertRows(), qint64(1));

    const Alert fired = evaluation.fired.first();
    const Alert stored = book.alert(fired.id);
    QCOMPARE(qint64(stored.id), qint64(fired.id));
    for (const Alert &alert : { fired, stored }) {
        QCOMPARE(qint64(alert.ruleId), qint64(ruleId));
        QCOMPARE(toKey(alert.kind), toKey(kind));
        QCOMPARE(qint64(alert.projectId.value_or(-1)), qint64(book.legal));
        QVERIFY(!alert.category);
        QCOMPARE(alert.periodKey, expected.periodKey);
        QCOMPARE(alert.week, week47);
        QCOMPARE(sev(alert.severity), sev(AlertSeverity::Critical));
        QCOMPARE(st(alert.state), st(AlertState::Open));
        QCOMPARE(qint64(alert.threshold), qint64(expected.threshold));
        QCOMPARE(qint64(alert.value), qint64(expected.value));
        QVERIFY(alert.value >= alert.threshold);
        QCOMPARE(qint64(alert.amountMinor), qint64(expected.amount));
        QCOMPARE(qint64(alert.referenceMinor), qint64(expected.reference));
        QCOMPARE(alert.currency, EUR);
        QCOMPARE(alert.message, expected.message);
        QVERIFY(!alert.read);
    }
    QVERIFY(stored.firedAt.isValid());
    QVERIFY(stored.updatedAt.isValid());
    QVERIFY(!stored.resolvedAt.isValid());
    QVERIFY(stored.acknowledgedBy.isEmpty());
    QVERIFY(stored.acknowledgementNote.isEmpty());
}

void TestAlertEngine::overrunMessage()
{
    // The committee's sentence: the percentage rounded to a whole number, amounts in whole euros.
    Book book = makeBook();
    book.budget(book.legal, 4'000'000);
    book.spend(book.legal, 4'120'000, QDate(2026, 11, 3));
    book.rule(AlertKind::BudgetConsumed, 10'000, book.legal, AlertSeverity::Critical);
    const AlertEvaluation evaluation = book.evaluate();
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    const Alert alert = evaluation.fired.first();
    QCOMPARE(qint64(alert.value), qint64(10'300));
    QCOMPARE(
        alert.message,
        QStringLiteral("Legal summarisation has consumed 103% of its Q4 2026 budget (€41,200 of €40,000)"));
}

void TestAlertEngine::scopes_data()
{
    QTest::addColumn<bool>("forProject");
    QTest::addColumn<bool>("forCategory");
    QTest::addColumn<qint64>("weekSpend");
    QTest::addColumn<qint64>("quarterSpend");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<QString>("scopeName");

    // See scopes(): what each scope adds up.
    QTest::newRow("project") << true << false << qint64(120'000) << qint64(220'000) << qint64(1'000'000)
                             << QStringLiteral("Legal summarisation");
    QTest::newRow("category") << false << true << qint64(130'000) << qint64(330'000) << qint64(3'000'000)
                              << QStringLiteral("The portfolio (inference)");
    QTest::newRow("project x category")
        << true << true << qint64(100'000) << qint64(150'000) << qint64(500'000)
        << QStringLiteral("Legal summarisation (inference)");
    QTest::newRow("portfolio") << false << false << qint64(154'000) << qint64(654'000) << qint64(10'000'000)
                               << QStringLiteral("The portfolio");
}

void TestAlertEngine::scopes()
{
    QFETCH(bool, forProject);
    QFETCH(bool, forCategory);
    QFETCH(qint64, weekSpend);
    QFETCH(qint64, quarterSpend);
    QFETCH(qint64, budget);
    QFETCH(QString, scopeName);

    Book book = makeBook();
    const auto inference = CostCategory::Inference;
    const auto cloud = CostCategory::Cloud;
    // This week: LEG 1,000 inference + 200 cloud, CLM 300 inference + 40 cloud.
    book.spend(book.legal, 100'000, dayOf(week47), inference);
    book.spend(book.legal, 20'000, dayOf(week47), cloud);
    book.spend(book.claims, 30'000, dayOf(week47), inference);
    book.spend(book.claims, 4'000, dayOf(week47), cloud);
    // Earlier in the quarter: LEG 500 inference + 500 cloud, CLM 1,500 inference + 2,500 cloud.
    book.spend(book.legal, 50'000, QDate(2026, 10, 14), inference);
    book.spend(book.legal, 50'000, QDate(2026, 10, 14), cloud);
    book.spend(book.claims, 150'000, QDate(2026, 10, 14), inference);
    book.spend(book.claims, 250'000, QDate(2026, 10, 14), cloud);
    // One budget per scope, so each rule has to pick its own.
    book.budget(book.legal, 1'000'000);
    book.budget(book.claims, 2'000'000);
    book.budget(book.legal, 500'000, BudgetPeriodKind::Quarter, QDate(2026, 10, 1), inference);
    book.budget(std::nullopt, 3'000'000, BudgetPeriodKind::Quarter, QDate(2026, 10, 1), inference);
    book.budget(std::nullopt, 10'000'000);

    const std::optional<ProjectId> project = forProject ? std::optional<ProjectId>(book.legal) : std::nullopt;
    const std::optional<CostCategory> category
        = forCategory ? std::optional<CostCategory>(inference) : std::nullopt;
    book.rule(AlertKind::WeeklySpend, 1, project, AlertSeverity::Warning, category);
    book.rule(AlertKind::BudgetConsumed, 100, project, AlertSeverity::Warning, category);

    const AlertEvaluation evaluation = book.evaluate();
    QCOMPARE(evaluation.fired.size(), qsizetype(2));
    for (const Alert &alert : evaluation.fired) {
        QCOMPARE(qint64(alert.projectId.value_or(0)), qint64(project.value_or(0)));
        QCOMPARE(alert.category.has_value(), forCategory);
        if (forCategory)
            QCOMPARE(static_cast<int>(*alert.category), static_cast<int>(inference));
        QVERIFY2(alert.message.startsWith(scopeName + u' '), qPrintable(alert.message));
        if (alert.kind == AlertKind::WeeklySpend) {
            QCOMPARE(qint64(alert.amountMinor), weekSpend);
        } else {
            QCOMPARE(toKey(alert.kind), toKey(AlertKind::BudgetConsumed));
            QCOMPARE(qint64(alert.amountMinor), quarterSpend);
            QCOMPARE(qint64(alert.referenceMinor), budget);
            QCOMPARE(qint64(alert.value), qint64(roundedQuotient(quarterSpend * 10'000, budget)));
        }
    }
    // Stored with their scope: the row holds the project and category columns.
    const Alert stored = book.alert(evaluation.fired.first().id);
    QCOMPARE(qint64(stored.projectId.value_or(0)), qint64(project.value_or(0)));
    QCOMPARE(stored.category.has_value(), forCategory);
}

void TestAlertEngine::fxConvertedAndMissingRate()
{
    // Alerts read converted amounts: a USD invoice counts at the rate of its date; a GBP one
    // without any rate counts nowhere until a rate exists.
    Book book = makeBook();
    FxRate usd;
    usd.currency = USD;
    usd.quoteCurrency = EUR;
    usd.validFrom = QDate(2026, 1, 1);
    usd.rateNanos = 900'000'000;
    FxRateRepository(book.database()).setRate(usd);
    usd.validFrom = QDate(2026, 11, 19); // Thursday of 2026-W47: lines from then on at 0.95
    usd.rateNanos = 950'000'000;
    FxRateRepository(book.database()).setRate(usd);

    book.spend(book.legal, 100'000, dayOf(week47, 1), CostCategory::Inference, USD); // 900.00 EUR
    book.spend(book.legal, 100'000, dayOf(week47, 5), CostCategory::Inference, USD); // 950.00 EUR
    book.spend(book.legal, 50'000, dayOf(week47), CostCategory::Inference, GBP); // no rate
    book.rule(AlertKind::WeeklySpend, 185'000, book.legal);
    book.rule(AlertKind::WeeklySpend, 185'001, book.claims);

    AlertEvaluation evaluation = book.evaluate();
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    Alert alert = evaluation.fired.first();
    QCOMPARE(qint64(alert.amountMinor), qint64(185'000));
    QCOMPARE(alert.currency, EUR);
    QVERIFY2(alert.message.contains(QStringLiteral("€1,850")), qPrintable(alert.message));

    // The GBP line is converted once its rate arrives, and the alert follows (no new alert).
    FxRate gbp;
    gbp.currency = GBP;
    gbp.quoteCurrency = EUR;
    gbp.validFrom = QDate(2026, 1, 1);
    gbp.rateNanos = 1'150'000'000;
    FxRateRepository(book.database()).setRate(gbp);
    evaluation = book.evaluate();
    QVERIFY(evaluation.fired.isEmpty());
    QCOMPARE(book.alertRows(), qint64(1));
    alert = book.alert(alert.id);
    QCOMPARE(qint64(alert.amountMinor), qint64(185'000 + 57'500));
    QCOMPARE(qint64(alert.value), qint64(242'500));
    QVERIFY2(alert.message.contains(QStringLiteral("€2,425")), qPrintable(alert.message));
}

void TestAlertEngine::monthlyBudgetsAndWeeksAcrossMonths()
{
    // Month budgets of 31, 30 and 31 days at 1,000.00 a day make the quarter's 92,000.00. The
    // quarter is its own days: 2026-W40 starts on Monday 28 September, but neither the
    // September budget nor the spend of 29 September counts in the fourth quarter, exactly as
    // on the dashboard.
    Book book = makeBook();
    book.budget(book.legal, 3'000'000, BudgetPeriodKind::Month, QDate(2026, 9, 1));
    book.budget(book.legal, 3'100'000, BudgetPeriodKind::Month, QDate(2026, 10, 1));
    book.budget(book.legal, 3'000'000, BudgetPeriodKind::Month, QDate(2026, 11, 1));
    book.budget(book.legal, 3'100'000, BudgetPeriodKind::Month, QDate(2026, 12, 1));
    book.budget(book.legal, 3'100'000, BudgetPeriodKind::Month, QDate(2027, 1, 1));
    book.spend(book.legal, 123'456, QDate(2026, 9, 27)); // Sunday of 2026-W39: not in the quarter
    book.spend(book.legal, 500'000, QDate(2026, 9, 29)); // Tuesday of 2026-W40: the third quarter
    book.spend(book.legal, 200'000, QDate(2026, 10, 1)); // Thursday of 2026-W40
    book.spend(book.legal, 4'400'000, QDate(2026, 11, 17));
    book.rule(AlertKind::BudgetConsumed, 5'000, book.legal);

    const AlertEvaluation evaluation = book.evaluate();
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    const Alert alert = evaluation.fired.first();
    QCOMPARE(alert.periodKey, QStringLiteral("2026-Q4"));
    QCOMPARE(qint64(alert.referenceMinor), qint64(9'200'000));
    QCOMPARE(qint64(alert.amountMinor), qint64(4'600'000));
    QCOMPARE(qint64(alert.value), qint64(5'000));
    QCOMPARE(
        alert.message,
        QStringLiteral("Legal summarisation has consumed 50% of its Q4 2026 budget (€46,000 of €92,000)"));

    // The same numbers as the dashboard's quarter-to-date view of the project.
    DashboardQuery query;
    query.preset = PeriodPreset::QuarterToDate;
    query.referenceWeek = week47;
    query.projects = { book.legal };
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(book.database(), query);
    QCOMPARE(qint64(snapshot.kpis.periodToDate.minorUnits()), qint64(alert.amountMinor));
    QCOMPARE(qint64(snapshot.kpis.budgetAtHorizon.value_or(Money()).minorUnits()),
             qint64(alert.referenceMinor));
}

void TestAlertEngine::fiscalYearFromApril()
{
    // Fiscal year April 2026 - March 2027: October to December is its third quarter. A year
    // budget of 1,000.00 a day gives its 92 days 92,000.00.
    Book book = makeBook();
    DatabaseSettings(book.database()).setFiscalYearStartMonth(4);
    book.budget(book.legal, 36'500'000, BudgetPeriodKind::Year, QDate(2026, 4, 1));
    book.spend(book.legal, 9'200'000, QDate(2026, 11, 18));
    book.rule(AlertKind::BudgetConsumed, 10'000, book.legal, AlertSeverity::Critical);
    book.rule(AlertKind::WeeklySpend, 100, book.legal);

    const AlertEvaluation evaluation = book.evaluate();
    QCOMPARE(evaluation.fired.size(), qsizetype(2));
    for (const Alert &alert : evaluation.fired) {
        if (alert.kind == AlertKind::WeeklySpend) {
            QCOMPARE(alert.periodKey, QStringLiteral("2026-W47"));
            continue;
        }
        QCOMPARE(alert.periodKey, QStringLiteral("FY2026-Q3"));
        QCOMPARE(qint64(alert.referenceMinor), qint64(9'200'000));
        QCOMPARE(qint64(alert.value), qint64(10'000));
        QCOMPARE(
            alert.message,
            QStringLiteral(
                "Legal summarisation has consumed 100% of its Q3 FY 2026–27 budget (€92,000 of €92,000)"));
    }
}

void TestAlertEngine::fiscalQuarterKey_data()
{
    QTest::addColumn<int>("fiscalStart");
    QTest::addColumn<IsoWeek>("week");
    QTest::addColumn<QString>("key");

    // Fiscal year = calendar year.
    QTest::newRow("jan: W01 2026 (Mon 29 Dec 2025)") << 1 << IsoWeek(2026, 1) << QStringLiteral("2026-Q1");
    QTest::newRow("jan: W13 2026 (ends 29 Mar)") << 1 << IsoWeek(2026, 13) << QStringLiteral("2026-Q1");
    // Wednesday 1 April in 2026-W14: the week holds the quarter's first day and its Thursday.
    QTest::newRow("jan: W14 2026 straddles Q1/Q2") << 1 << IsoWeek(2026, 14) << QStringLiteral("2026-Q2");
    QTest::newRow("jan: W27 2026 straddles Q2/Q3") << 1 << IsoWeek(2026, 27) << QStringLiteral("2026-Q3");
    QTest::newRow("jan: W39 2026") << 1 << IsoWeek(2026, 39) << QStringLiteral("2026-Q3");
    QTest::newRow("jan: W40 2026 straddles Q3/Q4") << 1 << IsoWeek(2026, 40) << QStringLiteral("2026-Q4");
    QTest::newRow("jan: W48 2026") << 1 << IsoWeek(2026, 48) << QStringLiteral("2026-Q4");
    QTest::newRow("jan: W52 2026") << 1 << IsoWeek(2026, 52) << QStringLiteral("2026-Q4");
    // Fiscal year from April: April-June Q1, July-September Q2, October-December Q3,
    // January-March Q4 of the fiscal year named after the calendar year it starts in.
    QTest::newRow("apr: W13 2026") << 4 << IsoWeek(2026, 13) << QStringLiteral("FY2025-Q4");
    QTest::newRow("apr: W14 2026 straddles the fiscal year")
        << 4 << IsoWeek(2026, 14) << QStringLiteral("FY2026-Q1");
    QTest::newRow("apr: W27 2026") << 4 << IsoWeek(2026, 27) << QStringLiteral("FY2026-Q2");
    QTest::newRow("apr: W40 2026") << 4 << IsoWeek(2026, 40) << QStringLiteral("FY2026-Q3");
    QTest::newRow("apr: W48 2026") << 4 << IsoWeek(2026, 48) << QStringLiteral("FY2026-Q3");
    QTest::newRow("apr: W02 2027") << 4 << IsoWeek(2027, 2) << QStringLiteral("FY2026-Q4");
    QTest::newRow("apr: W12 2027 (ends Sun 28 Mar)") << 4 << IsoWeek(2027, 12) << QStringLiteral("FY2026-Q4");
    // Thursday 1 April 2027 in 2027-W13 (29 Mar - 4 Apr).
    QTest::newRow("apr: W13 2027 straddles the fiscal year")
        << 4 << IsoWeek(2027, 13) << QStringLiteral("FY2027-Q1");
    QTest::newRow("apr: W14 2027") << 4 << IsoWeek(2027, 14) << QStringLiteral("FY2027-Q1");
    // Quarters starting on a Friday, Saturday or Sunday: the week holding the quarter's first
    // day is the quarter's first week, as in the dashboard's quarter-to-date view (see
    // quarterOfAWeekStraddlingQuarters), though its Thursday is still in the quarter before.
    // Friday 1 January 2027 in 2026-W53 (28 Dec - 3 Jan):
    QTest::newRow("jan: W53 2026 holds 1 January (Fri)")
        << 1 << IsoWeek(2026, 53) << QStringLiteral("2027-Q1");
    QTest::newRow("apr: W53 2026 holds 1 January (Fri)")
        << 4 << IsoWeek(2026, 53) << QStringLiteral("FY2026-Q4");
    // Saturday 1 October 2022 in 2022-W39 (26 Sep - 2 Oct).
    QTest::newRow("jan: W39 2022 holds 1 October (Sat)")
        << 1 << IsoWeek(2022, 39) << QStringLiteral("2022-Q4");
    // Sunday 1 July 2029 in 2029-W26 (25 Jun - 1 Jul): the April year's second quarter.
    QTest::newRow("apr: W26 2029 holds 1 July (Sun)")
        << 4 << IsoWeek(2029, 26) << QStringLiteral("FY2029-Q2");
    QTest::newRow("apr: W25 2029") << 4 << IsoWeek(2029, 25) << QStringLiteral("FY2029-Q1");
}

void TestAlertEngine::fiscalQuarterKey()
{
    QFETCH(int, fiscalStart);
    QFETCH(IsoWeek, week);
    QFETCH(QString, key);
    QCOMPARE(costboard::fiscalQuarterKey(week, FiscalCalendar(fiscalStart)), key);

    // The key names the quarter whose quarter-to-date view the budget rules read.
    DashboardQuery query;
    query.preset = PeriodPreset::QuarterToDate;
    query.referenceWeek = week;
    const WeekRange range = query.range(FiscalCalendar(fiscalStart));
    QCOMPARE(costboard::fiscalQuarterKey(range.first, FiscalCalendar(fiscalStart)), key);
}

void TestAlertEngine::quarterOfAWeekStraddlingQuarters()
{
    // 2026-W53 runs from Monday 28 December 2026 to Sunday 3 January 2027. The dashboard's
    // quarter-to-date view for it is the first quarter of 2027 (its range starts with the
    // week holding 1 January): the budget alerts evaluated for that week read those numbers,
    // so they must be named after that quarter, and must not overwrite the fourth quarter's.
    Book book = makeBook();
    book.budget(book.legal, 9'200'000); // Q4 2026, 92 days
    book.budget(book.legal, 9'000'000, BudgetPeriodKind::Quarter, QDate(2027, 1, 1)); // Q1 2027, 90 days
    book.spend(book.legal, 9'660'000, QDate(2026, 12, 22)); // 2026-W52
    book.spend(book.legal, 700'000, QDate(2027, 1, 2)); // Saturday of 2026-W53
    book.rule(AlertKind::BudgetConsumed, 10'000, book.legal, AlertSeverity::Critical);
    book.rule(AlertKind::BudgetConsumed, 100, book.legal, AlertSeverity::Info);

    QCOMPARE(costboard::fiscalQuarterKey(IsoWeek(2026, 52), FiscalCalendar(1)), QStringLiteral("2026-Q4"));
    QCOMPARE(costboard::fiscalQuarterKey(IsoWeek(2026, 53), FiscalCalendar(1)), QStringLiteral("2027-Q1"));
    QCOMPARE(costboard::fiscalQuarterKey(IsoWeek(2027, 1), FiscalCalendar(1)), QStringLiteral("2027-Q1"));

    AlertEvaluation evaluation = book.evaluate(IsoWeek(2026, 52));
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    const Alert q4 = evaluation.fired.first();
    QCOMPARE(q4.periodKey, QStringLiteral("2026-Q4"));
    QCOMPARE(sev(q4.severity), sev(AlertSeverity::Critical));
    // The quarter is its 92 days, whatever the weeks: none of the Q1 budget is in its total.
    QCOMPARE(qint64(q4.referenceMinor), qint64(9'200'000));
    QCOMPARE(
        q4.message,
        QStringLiteral("Legal summarisation has consumed 105% of its Q4 2026 budget (€96,600 of €92,000)"));

    evaluation = book.evaluate(IsoWeek(2026, 53));
    DashboardQuery query;
    query.preset = PeriodPreset::QuarterToDate;
    query.referenceWeek = IsoWeek(2026, 53);
    query.projects = { book.legal };
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(book.database(), query);
    QCOMPARE(snapshot.range.first, IsoWeek(2026, 53));
    QCOMPARE(snapshot.days, (DayRange { QDate(2027, 1, 1), QDate(2027, 1, 3) }));
    // The whole Q1 budget; the spend of 1-3 January, not of 28-31 December.
    QCOMPARE(qint64(snapshot.kpis.budgetAtHorizon.value_or(Money()).minorUnits()), qint64(9'000'000));
    QCOMPARE(qint64(snapshot.kpis.periodToDate.minorUnits()), qint64(700'000));

    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    const Alert q1 = evaluation.fired.first();
    QVERIFY(q1.id != q4.id);
    QCOMPARE(q1.periodKey, QStringLiteral("2027-Q1"));
    QCOMPARE(sev(q1.severity), sev(AlertSeverity::Info));
    QCOMPARE(qint64(q1.amountMinor), qint64(700'000));
    QCOMPARE(qint64(q1.referenceMinor), qint64(9'000'000));
    QCOMPARE(q1.message,
             QStringLiteral("Legal summarisation has consumed 8% of its Q1 2027 budget (€7,000 of €90,000)"));
    // The fourth quarter's alert keeps its own numbers, and closes with its period.
    const Alert q4After = book.alert(q4.id);
    QCOMPARE(q4After.periodKey, QStringLiteral("2026-Q4"));
    QCOMPARE(qint64(q4After.amountMinor), qint64(9'660'000));
    QCOMPARE(qint64(q4After.referenceMinor), qint64(9'200'000));
    QCOMPARE(sev(q4After.severity), sev(AlertSeverity::Critical));
    QCOMPARE(st(q4After.state), st(AlertState::Resolved));
    QCOMPARE(idsOf(evaluation.resolved), QList<AlertId> { q4.id });
    QCOMPARE(q4After.message, q4.message);
    QCOMPARE(book.alertRows(), qint64(2));
}

// ---------------------------------------------------------------------------------------------
// Life of an alert

void TestAlertEngine::firesOncePerPeriod()
{
    Book book = makeBook();
    book.budget(book.legal, 4'000'000);
    book.spend(book.legal, 3'300'000, dayOf(week47));
    book.spend(book.legal, 600'000, dayOf(week47.previous()));
    book.rule(AlertKind::BudgetConsumed, 8'000, book.legal);
    book.rule(AlertKind::WeeklySpend, 1'000'000, book.legal);
    book.rule(AlertKind::WeekOverWeek, 10'000, book.legal);
    book.rule(AlertKind::Spike, 300, book.legal);

    AlertEvaluation evaluation = book.evaluate();
    QCOMPARE(evaluation.fired.size(), qsizetype(4));
    QCOMPARE(book.alertRows(), qint64(4));
    const QList<Alert> before = book.alerts();

    // Same data: nothing fires, escalates or resolves; nothing is even written.
    const qint64 writes = writesSoFar(book.database());
    evaluation = book.evaluate();
    QCOMPARE(writesSoFar(book.database()), writes);
    QVERIFY(evaluation.fired.isEmpty());
    QVERIFY(evaluation.escalated.isEmpty());
    QVERIFY(evaluation.resolved.isEmpty());
    QCOMPARE(evaluation.open.size(), qsizetype(4));
    QCOMPARE(book.alertRows(), qint64(4));
    const QList<Alert> again = book.alerts();
    for (const Alert &alert : before) {
        const auto match
            = std::find_if(again.cbegin(), again.cend(), [&](const Alert &a) { return a.id == alert.id; });
        QVERIFY(match != again.cend());
        QCOMPARE(match->updatedAt, alert.updatedAt);
        QCOMPARE(match->message, alert.message);
        QCOMPARE(st(match->state), st(AlertState::Open));
    }

    // Unrelated changes (another project's spend, a new project, a budget elsewhere): still
    // nothing new.
    book.spend(book.claims, 5'000'000, dayOf(week47));
    ProjectRepository(book.database()).create(makeProject(QStringLiteral("NEW")));
    book.budget(book.claims, 1'000'000);
    evaluation = book.evaluate();
    QVERIFY(evaluation.fired.isEmpty());
    QVERIFY(evaluation.escalated.isEmpty());
    QVERIFY(evaluation.resolved.isEmpty());
    QCOMPARE(book.alertRows(), qint64(4));

    // More spend in the same scope, under the next threshold: the alert is updated, not re-fired,
    // and an acknowledgement and read flag survive.
    const Alert consumed = *std::find_if(before.cbegin(), before.cend(),
                                         [](const Alert &a) { return a.kind == AlertKind::BudgetConsumed; });
    AlertStore(book.database()).acknowledge(consumed.id, QStringLiteral("Known, a one-off"));
    book.spend(book.legal, 100'000, dayOf(week47, 3));
    evaluation = book.evaluate();
    QVERIFY(evaluation.fired.isEmpty());
    QVERIFY(evaluation.escalated.isEmpty());
    QCOMPARE(book.alertRows(), qint64(4));
    const Alert updated = book.alert(consumed.id);
    QCOMPARE(qint64(updated.amountMinor), qint64(4'000'000));
    QCOMPARE(qint64(updated.value), qint64(10'000));
    QCOMPARE(st(updated.state), st(AlertState::Acknowledged));
    QVERIFY(updated.read);
    QCOMPARE(updated.acknowledgementNote, QStringLiteral("Known, a one-off"));
}

void TestAlertEngine::escalation()
{
    Book book = makeBook();
    book.budget(book.legal, 4'000'000);
    const AlertRuleId warning
        = book.rule(AlertKind::BudgetConsumed, 8'000, book.legal, AlertSeverity::Warning);
    const AlertRuleId critical
        = book.rule(AlertKind::BudgetConsumed, 10'000, book.legal, AlertSeverity::Critical);

    // 82.5 %: the warning.
    book.spend(book.legal, 3'300'000, QDate(2026, 11, 3));
    AlertEvaluation evaluation = book.evaluate();
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    const AlertId id = evaluation.fired.first().id;
    Alert alert = book.alert(id);
    QCOMPARE(qint64(alert.ruleId), qint64(warning));
    QCOMPARE(sev(alert.severity), sev(AlertSeverity::Warning));
    QCOMPARE(qint64(alert.threshold), qint64(8'000));
    QCOMPARE(qint64(alert.value), qint64(8'250));
    AlertStore(book.database()).acknowledge(id, QStringLiteral("Watching it"));
    AlertStore(book.database()).markAllRead();
    QCOMPARE(st(book.alert(id).state), st(AlertState::Acknowledged));

    // 103 %: the same alert becomes critical, open and unread again.
    book.spend(book.legal, 820'000, dayOf(week47));
    evaluation = book.evaluate();
    QVERIFY(evaluation.fired.isEmpty());
    QVERIFY(evaluation.resolved.isEmpty());
    QCOMPARE(idsOf(evaluation.escalated), QList<AlertId> { id });
    QCOMPARE(book.alertRows(), qint64(1));
    alert = book.alert(id);
    QCOMPARE(qint64(alert.ruleId), qint64(critical));
    QCOMPARE(sev(alert.severity), sev(AlertSeverity::Critical));
    QCOMPARE(st(alert.state), st(AlertState::Open));
    QVERIFY(!alert.read);
    QCOMPARE(qint64(alert.threshold), qint64(10'000));
    QCOMPARE(qint64(alert.value), qint64(10'300));
    QCOMPARE(qint64(alert.amountMinor), qint64(4'120'000));
    QCOMPARE(alert.week, week47);
    QCOMPARE(
        alert.message,
        QStringLiteral("Legal summarisation has consumed 103% of its Q4 2026 budget (€41,200 of €40,000)"));
    QCOMPARE(sev(evaluation.escalated.first().severity), sev(AlertSeverity::Critical));
    QCOMPARE(sev(AlertStore(book.database()).worstOpenSeverity()), sev(AlertSeverity::Critical));

    // Evaluating again changes nothing.
    evaluation = book.evaluate();
    QVERIFY(evaluation.fired.isEmpty() && evaluation.escalated.isEmpty() && evaluation.resolved.isEmpty());

    // Back to 90 %: only the warning rule matches; the alert stays critical (a partial recovery
    // is not a resolution) and is not re-announced.
    book.spend(book.legal, -520'000, dayOf(week47, 4)); // a credit note
    evaluation = book.evaluate();
    QVERIFY(evaluation.fired.isEmpty() && evaluation.escalated.isEmpty() && evaluation.resolved.isEmpty());
    alert = book.alert(id);
    QCOMPARE(sev(alert.severity), sev(AlertSeverity::Critical));
    QCOMPARE(st(alert.state), st(AlertState::Open));
    QCOMPARE(qint64(alert.amountMinor), qint64(3'600'000));
    QCOMPARE(book.alertRows(), qint64(1));
}

void TestAlertEngine::strongestMatchingRuleDecides()
{
    // Two rules of one kind and scope fire one alert, at the highest severity that matches.
    Book book = makeBook();
    book.spend(book.legal, 700'000, dayOf(week47));
    book.rule(AlertKind::WeeklySpend, 100'000, book.legal, AlertSeverity::Critical);
    book.rule(AlertKind::WeeklySpend, 500'000, book.legal, AlertSeverity::Warning);
    book.rule(AlertKind::WeeklySpend, 200'000, book.legal, AlertSeverity::Info);
    const AlertEvaluation evaluation = book.evaluate();
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    QCOMPARE(sev(evaluation.fired.first().severity), sev(AlertSeverity::Critical));
    QCOMPARE(qint64(evaluation.fired.first().threshold), qint64(100'000));
    QCOMPARE(book.alertRows(), qint64(1));
}

void TestAlertEngine::resolutionWhenSpendRemoved()
{
    Book book = makeBook();
    book.budget(book.legal, 4'000'000);
    book.spend(book.legal, 2'000'000, QDate(2026, 10, 20));
    const CostLineId line = book.spend(book.legal, 1'500'000, dayOf(week47));
    book.rule(AlertKind::BudgetConsumed, 8'000, book.legal);

    AlertEvaluation evaluation = book.evaluate();
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    const AlertId id = evaluation.fired.first().id;
    AlertStore(book.database()).acknowledge(id, QStringLiteral("Invoice under review"));

    // The line was booked twice by mistake: deleting it clears the condition.
    CostLineRepository(book.database()).remove(line);
    evaluation = book.evaluate();
    QVERIFY(evaluation.fired.isEmpty());
    QCOMPARE(idsOf(evaluation.resolved), QList<AlertId> { id });
    QCOMPARE(st(evaluation.resolved.first().state), st(AlertState::Resolved));
    QVERIFY(evaluation.open.isEmpty());
    Alert alert = book.alert(id);
    QCOMPARE(st(alert.state), st(AlertState::Resolved));
    QVERIFY(alert.resolvedAt.isValid());
    QVERIFY(!AlertStore(book.database()).worstOpenSeverity());

    // Resolved stays resolved, and is reported once.
    evaluation = book.evaluate();
    QVERIFY(evaluation.resolved.isEmpty() && evaluation.fired.isEmpty());
    QCOMPARE(st(book.alert(id).state), st(AlertState::Resolved));

    // It comes back in the same quarter at the same severity: the same row, with its new figures,
    // under the acknowledgement the committee already gave (see
    // acknowledgedAlertComingBackStaysAcknowledged), so not announced again.
    const CostLineId again = book.spend(book.legal, 1'300'000, dayOf(week47, 5));
    evaluation = book.evaluate();
    QVERIFY(evaluation.fired.isEmpty());
    QVERIFY(evaluation.escalated.isEmpty());
    QCOMPARE(book.alertRows(), qint64(1));
    alert = book.alert(id);
    QCOMPARE(st(alert.state), st(AlertState::Acknowledged));
    QVERIFY(!alert.resolvedAt.isValid());
    QCOMPARE(qint64(alert.amountMinor), qint64(3'300'000));
    QCOMPARE(idsOf(evaluation.open), QList<AlertId> { id });

    // Without an acknowledgement, coming back is news: re-opened and announced.
    CostLineRepository(book.database()).remove(again);
    QCOMPARE(idsOf(book.evaluate().resolved), QList<AlertId> { id });
    execSql(book.database(),
            QStringLiteral("UPDATE alerts SET acknowledged_by = NULL, acknowledgement_note = NULL"));
    book.spend(book.legal, 1'300'000, dayOf(week47, 5));
    evaluation = book.evaluate();
    QCOMPARE(idsOf(evaluation.fired), QList<AlertId> { id });
    alert = book.alert(id);
    QCOMPARE(st(alert.state), st(AlertState::Open));
    QVERIFY(!alert.read);
}

void TestAlertEngine::resolutionWhenBudgetRaised()
{
    Book book = makeBook();
    book.budget(book.legal, 4'000'000);
    book.spend(book.legal, 4'100'000, dayOf(week47));
    book.rule(AlertKind::BudgetConsumed, 10'000, book.legal, AlertSeverity::Critical);
    AlertEvaluation evaluation = book.evaluate();
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    const AlertId id = evaluation.fired.first().id;

    // The CFO raises the quarter's budget to 50,000.00: 82 %, under the rule.
    book.budget(book.legal, 5'000'000);
    evaluation = book.evaluate();
    QCOMPARE(idsOf(evaluation.resolved), QList<AlertId> { id });
    QCOMPARE(st(book.alert(id).state), st(AlertState::Resolved));
    QVERIFY(book.alert(id).resolvedAt.isValid());

    // Removing the budget altogether: a budget rule without a budget has nothing to say.
    book.budget(book.legal, 4'000'000);
    evaluation = book.evaluate();
    QCOMPARE(idsOf(evaluation.fired), QList<AlertId> { id });
    BudgetRepository(book.database()).remove(BudgetRepository(book.database()).list().first().id);
    evaluation = book.evaluate();
    QCOMPARE(idsOf(evaluation.resolved), QList<AlertId> { id });
}

void TestAlertEngine::weeklyAlertsOfPastWeeksResolve()
{
    Book book = makeBook();
    book.rule(AlertKind::WeeklySpend, 100'000, book.legal);
    book.spend(book.legal, 150'000, dayOf(IsoWeek(2026, 46)));
    book.spend(book.legal, 50'000, dayOf(week47));

    AlertEvaluation evaluation = book.evaluate(IsoWeek(2026, 46));
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    const AlertId w46 = evaluation.fired.first().id;
    QCOMPARE(evaluation.fired.first().periodKey, QStringLiteral("2026-W46"));

    // The next week is under the limit: the past week's alert closes with its week.
    evaluation = book.evaluate(week47);
    QVERIFY(evaluation.fired.isEmpty());
    QCOMPARE(idsOf(evaluation.resolved), QList<AlertId> { w46 });
    QCOMPARE(st(book.alert(w46).state), st(AlertState::Resolved));
    QVERIFY(evaluation.open.isEmpty());

    // The week after fires again: a new alert for the new week.
    book.spend(book.legal, 120'000, dayOf(IsoWeek(2026, 48)));
    evaluation = book.evaluate(IsoWeek(2026, 48));
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    QVERIFY(evaluation.fired.first().id != w46);
    QCOMPARE(evaluation.fired.first().periodKey, QStringLiteral("2026-W48"));
    QCOMPARE(book.alertRows(), qint64(2));
}

void TestAlertEngine::earlierWeekLeavesNewerAlertsAlone()
{
    // A look back (`costboard alerts --week 2026-W45`) must not resolve, downgrade or rewrite
    // what a later week found: neither that week's own alerts nor the quarter's.
    Book book = makeBook();
    book.budget(book.legal, 4'000'000);
    book.spend(book.legal, 100'000, dayOf(IsoWeek(2026, 45)));
    book.spend(book.legal, 4'100'000, dayOf(week47));
    book.rule(AlertKind::WeeklySpend, 1'000'000, book.legal);
    book.rule(AlertKind::BudgetConsumed, 10'000, book.legal, AlertSeverity::Critical);

    AlertEvaluation evaluation = book.evaluate(week47);
    QCOMPARE(evaluation.fired.size(), qsizetype(2));
    const QList<Alert> before = book.alerts();

    const qint64 writes = writesSoFar(book.database());
    evaluation = book.evaluate(IsoWeek(2026, 45));
    QCOMPARE(writesSoFar(book.database()), writes);
    QVERIFY(evaluation.fired.isEmpty());
    QVERIFY(evaluation.escalated.isEmpty());
    QVERIFY2(evaluation.resolved.isEmpty(), qPrintable(evaluation.resolved.value(0).message));
    QCOMPARE(book.alertRows(), qint64(2));
    for (const Alert &alert : before) {
        const Alert now = book.alert(alert.id);
        QCOMPARE(st(now.state), st(AlertState::Open));
        QCOMPARE(now.week, week47);
        QCOMPARE(qint64(now.amountMinor), qint64(alert.amountMinor));
        QCOMPARE(now.message, alert.message);
        QCOMPARE(now.updatedAt, alert.updatedAt);
    }
}

void TestAlertEngine::disabledRule()
{
    Book book = makeBook();
    book.spend(book.legal, 500'000, dayOf(week47));
    const AlertRuleId ruleId = book.rule(AlertKind::WeeklySpend, 100'000, book.legal);
    AlertStore store(book.database());

    store.setRuleEnabled(ruleId, false);
    QVERIFY(!store.findRule(ruleId)->enabled);
    AlertEvaluation evaluation = book.evaluate();
    QVERIFY(evaluation.fired.isEmpty());
    QCOMPARE(book.alertRows(), qint64(0));

    store.setRuleEnabled(ruleId, true);
    evaluation = book.evaluate();
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    const AlertId id = evaluation.fired.first().id;

    // Disabling it again: its alert of the current week resolves.
    store.setRuleEnabled(ruleId, false);
    evaluation = book.evaluate();
    QCOMPARE(idsOf(evaluation.resolved), QList<AlertId> { id });
    QCOMPARE(st(book.alert(id).state), st(AlertState::Resolved));
}

void TestAlertEngine::acknowledgedAlertComingBackStaysAcknowledged()
{
    Book book = makeBook();
    book.spend(book.legal, 500'000, dayOf(week47));
    const AlertRuleId warning = book.rule(AlertKind::WeeklySpend, 100'000, book.legal);
    AlertStore store(book.database());
    const AlertId id = book.evaluate().fired.first().id;
    store.acknowledge(id, QStringLiteral("Known: migration week"));

    // The condition clears and returns (a rule toggled, a line deleted and restored by undo):
    // the committee's acknowledgement stands; nothing is announced again.
    store.setRuleEnabled(warning, false);
    QCOMPARE(idsOf(book.evaluate().resolved), QList<AlertId> { id });
    store.setRuleEnabled(warning, true);
    AlertEvaluation evaluation = book.evaluate();
    QVERIFY(evaluation.fired.isEmpty());
    QVERIFY(evaluation.escalated.isEmpty());
    Alert alert = book.alert(id);
    QCOMPARE(st(alert.state), st(AlertState::Acknowledged));
    QVERIFY(alert.read);
    QCOMPARE(alert.acknowledgementNote, QStringLiteral("Known: migration week"));

    // Coming back worse is news: open again, and announced.
    store.setRuleEnabled(warning, false);
    book.evaluate();
    book.rule(AlertKind::WeeklySpend, 400'000, book.legal, AlertSeverity::Critical);
    evaluation = book.evaluate();
    QCOMPARE(idsOf(evaluation.fired), QList<AlertId> { id });
    alert = book.alert(id);
    QCOMPARE(st(alert.state), st(AlertState::Open));
    QVERIFY(!alert.read);
}

// ---------------------------------------------------------------------------------------------
// The store

void TestAlertEngine::ensureDefaultRules()
{
    Book book = makeBook();
    AlertStore store(book.database());
    // No budget yet: one spike rule per project.
    QCOMPARE(store.ensureDefaultRules(), 2);
    QCOMPARE(store.ensureDefaultRules(), 0);

    // A budget for LEG, an archived project (no rules), a third project without a budget.
    book.budget(book.legal, 4'000'000);
    const ProjectId third = ProjectRepository(book.database()).create(makeProject(QStringLiteral("RAG")));
    const ProjectId archived = ProjectRepository(book.database()).create(makeProject(QStringLiteral("OLD")));
    book.budget(archived, 1'000'000);
    ProjectRepository(book.database()).setArchived(archived, true);
    QCOMPARE(store.ensureDefaultRules(), 3 + 1);
    QCOMPARE(store.ensureDefaultRules(), 0);

    // A portfolio budget brings the portfolio's three.
    book.budget(std::nullopt, 20'000'000);
    QCOMPARE(store.ensureDefaultRules(), 3);
    QCOMPARE(store.ensureDefaultRules(), 0);

    const QList<AlertRule> rules = store.rules();
    QCOMPARE(rules.size(), 2 + 4 + 3);
    QHash<QString, int> byScope;
    for (const AlertRule &rule : rules) {
        QVERIFY(rule.builtIn);
        QVERIFY(rule.enabled);
        QVERIFY(!rule.category);
        QVERIFY(rule.projectId != archived);
        const QString scope = rule.projectId ? QString::number(*rule.projectId) : QStringLiteral("portfolio");
        ++byScope[scope];
        switch (rule.kind) {
        case AlertKind::BudgetConsumed:
            QVERIFY(rule.projectId == book.legal || !rule.projectId);
            QVERIFY((rule.threshold == 8'000 && rule.severity == AlertSeverity::Warning)
                    || (rule.threshold == 10'000 && rule.severity == AlertSeverity::Critical));
            break;
        case AlertKind::Forecast:
            QVERIFY(rule.projectId == book.legal || !rule.projectId);
            QCOMPARE(qint64(rule.threshold), qint64(10'000));
            QCOMPARE(sev(rule.severity), sev(AlertSeverity::Warning));
            break;
        case AlertKind::Spike:
            QVERIFY(rule.projectId.has_value());
            QCOMPARE(qint64(rule.threshold), qint64(300));
            QCOMPARE(rule.trailingWeeks, 4);
            QCOMPARE(sev(rule.severity), sev(AlertSeverity::Warning));
            break;
        default:
            QFAIL(qPrintable(QStringLiteral("unexpected default rule ") + rule.name));
        }
    }
    QCOMPARE(byScope.value(QString::number(book.legal)), 4);
    QCOMPARE(byScope.value(QString::number(book.claims)), 1);
    QCOMPARE(byScope.value(QString::number(third)), 1);
    QCOMPARE(byScope.value(QStringLiteral("portfolio")), 3);
    // Every rule created is audited.
    QCOMPARE(AuditLog(book.database()).entriesFor(QStringLiteral("alert_rule")).size(),
             qsizetype(rules.size()));
}

void TestAlertEngine::acknowledge()
{
    Book book = makeBook();
    book.spend(book.legal, 500'000, dayOf(week47));
    book.rule(AlertKind::WeeklySpend, 100'000, book.legal);
    const AlertId id = book.evaluate().fired.first().id;
    AlertStore store(book.database());

    QCOMPARE(validationField([&] { store.acknowledge(id, QString(1001, u'x')); }), QStringLiteral("note"));
    QCOMPARE(validationField([&] { store.acknowledge(id + 1000, QStringLiteral("ghost")); }),
             QStringLiteral("alert"));
    QCOMPARE(st(book.alert(id).state), st(AlertState::Open));
    QVERIFY(AuditLog(book.database()).entriesFor(QStringLiteral("alert")).isEmpty());

    store.acknowledge(id, QStringLiteral("  Expected: year-end batch  "));
    const Alert alert = book.alert(id);
    QCOMPARE(st(alert.state), st(AlertState::Acknowledged));
    QCOMPARE(alert.acknowledgementNote, QStringLiteral("Expected: year-end batch"));
    QCOMPARE(alert.acknowledgedBy, recordedActor(QStringLiteral("cfo.test")));
    QVERIFY(alert.read);
    const QList<AuditEntry> entries
        = AuditLog(book.database()).entriesFor(QStringLiteral("alert"), QString::number(id));
    QCOMPARE(entries.size(), qsizetype(1));
    QCOMPARE(entries.first().action, QStringLiteral("acknowledge"));
    QCOMPARE(entries.first().actor, recordedActor(QStringLiteral("cfo.test")));
    QVERIFY2(entries.first().details.contains(QStringLiteral("Expected: year-end batch")),
             qPrintable(entries.first().details));
    QVERIFY2(entries.first().details.contains(alert.message), qPrintable(entries.first().details));

    // An acknowledged alert is still there (acknowledged) after evaluating again.
    QCOMPARE(book.evaluate().open.size(), qsizetype(1));

    // Once resolved, acknowledging is refused and changes nothing.
    book.evaluate(IsoWeek(2026, 48));
    QCOMPARE(st(book.alert(id).state), st(AlertState::Resolved));
    QCOMPARE(validationField([&] { store.acknowledge(id, QStringLiteral("too late")); }),
             QStringLiteral("alert"));
    QCOMPARE(book.alert(id).acknowledgementNote, QStringLiteral("Expected: year-end batch"));
    QCOMPARE(AuditLog(book.database()).entriesFor(QStringLiteral("alert"), QString::number(id)).size(),
             qsizetype(1));
}

void TestAlertEngine::ruleChangesAudited()
{
    Book book = makeBook();
    AlertStore store(book.database());
    AlertRule rule;
    rule.name = QStringLiteral("LEG weekly cap");
    rule.kind = AlertKind::WeeklySpend;
    rule.projectId = book.legal;
    rule.threshold = 250'000;
    const AlertRuleId id = store.createRule(rule);
    rule.id = id;
    rule.threshold = 300'000;
    rule.severity = AlertSeverity::Critical;
    rule.category = CostCategory::Cloud; // the scope shows in the audit too
    store.updateRule(rule);
    QCOMPARE(qint64(store.findRule(id)->threshold), qint64(300'000));
    QCOMPARE(sev(store.findRule(id)->severity), sev(AlertSeverity::Critical));
    store.removeRule(id);
    QVERIFY(!store.findRule(id));

    const QList<AuditEntry> entries
        = AuditLog(book.database()).entriesFor(QStringLiteral("alert_rule"), QString::number(id));
    QCOMPARE(entries.size(), qsizetype(3));
    QCOMPARE(entries.at(0).action, QStringLiteral("create"));
    QCOMPARE(entries.at(1).action, QStringLiteral("update"));
    QCOMPARE(entries.at(2).action, QStringLiteral("delete"));
    for (const AuditEntry &entry : entries) {
        QCOMPARE(entry.actor, recordedActor(QStringLiteral("cfo.test")));
        QVERIFY2(entry.details.contains(QStringLiteral("LEG weekly cap")), qPrintable(entry.details));
    }
    QVERIFY2(entries.at(1).details.contains(QStringLiteral("250000"))
                 && entries.at(1).details.contains(QStringLiteral("300000")),
             qPrintable(entries.at(1).details));
    QVERIFY2(entries.at(1).details.contains(QStringLiteral("category all"))
                 && entries.at(1).details.contains(QStringLiteral("category cloud")),
             qPrintable(entries.at(1).details));
    QVERIFY2(entries.at(1).details.contains(QStringLiteral("project %1").arg(book.legal)),
             qPrintable(entries.at(1).details));

    // Changing or deleting a rule that does not exist is refused, and not audited.
    QCOMPARE(validationField([&] { store.updateRule(rule); }), QStringLiteral("rule"));
    QCOMPARE(validationField([&] { store.removeRule(id); }), QStringLiteral("rule"));
    QCOMPARE(AuditLog(book.database()).entriesFor(QStringLiteral("alert_rule")).size(), qsizetype(3));

    // Deleting a rule keeps the alerts it raised (they lose their rule id).
    book.spend(book.legal, 500'000, dayOf(week47));
    const AlertRuleId other = book.rule(AlertKind::WeeklySpend, 100'000, book.legal);
    const AlertId alertId = book.evaluate().fired.first().id;
    store.removeRule(other);
    QCOMPARE(book.alertRows(), qint64(1));
    QCOMPARE(qint64(book.alert(alertId).ruleId), qint64(0));
}

void TestAlertEngine::validate_data()
{
    QTest::addColumn<AlertKind>("kind");
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<int>("trailingWeeks");
    QTest::addColumn<QString>("field");

    const QString ok = QStringLiteral("<no error>");
    const QString threshold = QStringLiteral("threshold");
    for (const AlertKind kind : { AlertKind::BudgetConsumed, AlertKind::Forecast }) {
        const QByteArray name = toKey(kind).toLatin1();
        QTest::addRow("%s 0.99 %%", name.constData()) << kind << qint64(99) << 4 << threshold;
        QTest::addRow("%s 1 %%", name.constData()) << kind << qint64(100) << 4 << ok;
        QTest::addRow("%s 1000 %%", name.constData()) << kind << qint64(100'000) << 4 << ok;
        QTest::addRow("%s 1000.01 %%", name.constData()) << kind << qint64(100'001) << 4 << threshold;
        QTest::addRow("%s negative", name.constData()) << kind << qint64(-8'000) << 4 << threshold;
    }
    QTest::newRow("week-over-week 0.99 %") << AlertKind::WeekOverWeek << qint64(99) << 4 << threshold;
    QTest::newRow("week-over-week 1 %") << AlertKind::WeekOverWeek << qint64(100) << 4 << ok;
    QTest::newRow("week-over-week 10000 %") << AlertKind::WeekOverWeek << qint64(1'000'000) << 4 << ok;
    QTest::newRow("week-over-week above 10000 %")
        << AlertKind::WeekOverWeek << qint64(1'000'001) << 4 << threshold;
    QTest::newRow("weekly spend 0") << AlertKind::WeeklySpend << qint64(0) << 4 << threshold;
    QTest::newRow("weekly spend negative") << AlertKind::WeeklySpend << qint64(-1) << 4 << threshold;
    QTest::newRow("weekly spend 1 cent") << AlertKind::WeeklySpend << qint64(1) << 4 << ok;
    QTest::newRow("weekly spend maximum")
        << AlertKind::WeeklySpend << qint64(Money::MaxInputMinorUnits) << 4 << ok;
    QTest::newRow("weekly spend above maximum")
        << AlertKind::WeeklySpend << qint64(Money::MaxInputMinorUnits + 1) << 4 << threshold;
    QTest::newRow("spike 1.09x") << AlertKind::Spike << qint64(109) << 4 << threshold;
    QTest::newRow("spike 1.1x") << AlertKind::Spike << qint64(110) << 4 << ok;
    QTest::newRow("spike 100x") << AlertKind::Spike << qint64(10'000) << 4 << ok;
    QTest::newRow("spike 100.01x") << AlertKind::Spike << qint64(10'001) << 4 << threshold;
    QTest::newRow("spike 1 trailing week")
        << AlertKind::Spike << qint64(300) << 1 << QStringLiteral("trailing weeks");
    QTest::newRow("spike 2 trailing weeks") << AlertKind::Spike << qint64(300) << 2 << ok;
    QTest::newRow("spike 52 trailing weeks") << AlertKind::Spike << qint64(300) << 52 << ok;
    QTest::newRow("spike 53 trailing weeks")
        << AlertKind::Spike << qint64(300) << 53 << QStringLiteral("trailing weeks");
    // Trailing weeks only mean something to a spike rule.
    QTest::newRow("weekly spend ignores trailing weeks") << AlertKind::WeeklySpend << qint64(100) << 0 << ok;
}

void TestAlertEngine::validate()
{
    QFETCH(AlertKind, kind);
    QFETCH(qint64, threshold);
    QFETCH(int, trailingWeeks);
    QFETCH(QString, field);

    Book book = makeBook();
    AlertStore store(book.database());
    AlertRule rule;
    rule.name = QStringLiteral("A rule");
    rule.kind = kind;
    rule.projectId = book.legal;
    rule.threshold = threshold;
    rule.trailingWeeks = trailingWeeks;
    QCOMPARE(validationField([&] { store.validate(rule); }), field);
    // createRule validates the same way and stores nothing (nor audits) when refused.
    QCOMPARE(validationField([&] { store.createRule(rule); }), field);
    const bool valid = field == QStringLiteral("<no error>");
    QCOMPARE(store.rules().size(), qsizetype(valid ? 1 : 0));
    QCOMPARE(AuditLog(book.database()).entriesFor(QStringLiteral("alert_rule")).size(),
             qsizetype(valid ? 1 : 0));

    if (!valid)
        return;
    // The scope and name are checked whatever the kind.
    AlertRule ghost = rule;
    ghost.projectId = book.claims + 100;
    QCOMPARE(validationField([&] { store.validate(ghost); }), QStringLiteral("project"));
    AlertRule nameless = rule;
    nameless.name = QStringLiteral("   ");
    QCOMPARE(validationField([&] { store.validate(nameless); }), QStringLiteral("name"));
    AlertRule badCategory = rule;
    badCategory.category = static_cast<CostCategory>(99);
    QCOMPARE(validationField([&] { store.validate(badCategory); }), QStringLiteral("category"));
    // Updating to an invalid value is refused too and leaves the stored rule as it was.
    AlertRule update = store.rules().first();
    update.projectId = book.claims + 100;
    QCOMPARE(validationField([&] { store.updateRule(update); }), QStringLiteral("project"));
    QCOMPARE(qint64(store.rules().first().projectId.value_or(0)), qint64(book.legal));
}

void TestAlertEngine::severityAndUnreadCounts()
{
    Book book = makeBook();
    AlertStore store(book.database());
    QVERIFY(!store.worstOpenSeverity());
    QCOMPARE(store.unreadCount(), 0);

    book.spend(book.legal, 500'000, dayOf(week47));
    book.spend(book.claims, 500'000, dayOf(week47));
    book.rule(AlertKind::WeeklySpend, 100'000, book.legal, AlertSeverity::Info);
    book.rule(AlertKind::WeeklySpend, 100'000, book.claims, AlertSeverity::Warning);
    AlertEvaluation evaluation = book.evaluate();
    QCOMPARE(evaluation.fired.size(), qsizetype(2));
    QCOMPARE(sev(store.worstOpenSeverity()), sev(AlertSeverity::Warning));
    QCOMPARE(store.unreadCount(), 2);

    book.rule(AlertKind::WeeklySpend, 400'000, std::nullopt, AlertSeverity::Critical);
    evaluation = book.evaluate();
    QCOMPARE(evaluation.fired.size(), qsizetype(1));
    const AlertId critical = evaluation.fired.first().id;
    QCOMPARE(sev(store.worstOpenSeverity()), sev(AlertSeverity::Critical));
    QCOMPARE(store.unreadCount(), 3);

    // Acknowledged alerts are neither "open" for the worst severity nor unread.
    store.acknowledge(critical, QStringLiteral("Seen"));
    QCOMPARE(sev(store.worstOpenSeverity()), sev(AlertSeverity::Warning));
    QCOMPARE(store.unreadCount(), 2);

    // Filters.
    QCOMPARE(store.alerts({ { AlertState::Open }, std::nullopt, std::nullopt }).size(), qsizetype(2));
    QCOMPARE(store.alerts({ { AlertState::Acknowledged }, std::nullopt, std::nullopt }).size(), qsizetype(1));
    QCOMPARE(store.alerts({ {}, AlertSeverity::Warning, std::nullopt }).size(), qsizetype(2));
    QCOMPARE(store.alerts({ {}, std::nullopt, book.claims }).size(), qsizetype(1));

    store.markAllRead();
    QCOMPARE(store.unreadCount(), 0);
    QCOMPARE(sev(store.worstOpenSeverity()), sev(AlertSeverity::Warning)); // read is not acknowledged
    for (const Alert &alert : store.alerts())
        QVERIFY(alert.read);

    // Resolved alerts count for neither.
    book.evaluate(IsoWeek(2026, 48));
    QVERIFY(!store.worstOpenSeverity());
    QCOMPARE(store.unreadCount(), 0);
}

// ---------------------------------------------------------------------------------------------
// The demo portfolio tells its stories through the default rules

void TestAlertEngine::demoPortfolio()
{
    const auto database = openTestDatabase();
    DemoOptions options;
    options.weeks = 26;
    options.lines = 3'000;
    options.lastWeek = IsoWeek(2026, 48);
    const DemoSummary summary = generateDemoPortfolio(*database, options);
    QVERIFY(summary.costLines >= 2'000);

    QHash<QString, ProjectId> ids;
    for (const Project &project : ProjectRepository(*database).list())
        ids.insert(project.code, project.id);
    QSet<ProjectId> budgeted;
    bool portfolioBudget = false;
    for (const Budget &budget : BudgetRepository(*database).list()) {
        if (budget.projectId)
            budgeted.insert(*budget.projectId);
        else
            portfolioBudget = true;
    }

    AlertStore store(*database);
    const int created = store.ensureDefaultRules();
    QCOMPARE(created, int(3 * budgeted.size() + (portfolioBudget ? 3 : 0) + ids.size()));
    QCOMPARE(store.ensureDefaultRules(), 0);

    AlertEngine engine(*database);
    AlertEvaluation evaluation = engine.evaluate(IsoWeek(2026, 48));
    QVERIFY(!evaluation.fired.isEmpty());
    auto find = [&](AlertKind kind, const QString &code) -> std::optional<Alert> {
        for (const Alert &alert : evaluation.fired) {
            if (alert.kind == kind && alert.projectId == ids.value(code) && !alert.category)
                return alert;
        }
        return std::nullopt;
    };
    QStringList messages;
    for (const Alert &alert : evaluation.fired)
        messages << QStringLiteral("[%1] %2").arg(toKey(alert.severity), alert.message);

    const std::optional<Alert> overrun = find(AlertKind::BudgetConsumed, QStringLiteral("SUP"));
    QVERIFY2(overrun, qPrintable(messages.join(u'\n')));
    QCOMPARE(sev(overrun->severity), sev(AlertSeverity::Critical));
    QVERIFY(overrun->value >= 10'000);
    QVERIFY2(overrun->message.startsWith(QStringLiteral("Assistant support client has consumed ")),
             qPrintable(overrun->message));
    QVERIFY2(overrun->message.contains(QStringLiteral("of its Q4 2026 budget")),
             qPrintable(overrun->message));

    const std::optional<Alert> trending = find(AlertKind::Forecast, QStringLiteral("LEG"));
    QVERIFY2(trending, qPrintable(messages.join(u'\n')));
    QCOMPARE(sev(trending->severity), sev(AlertSeverity::Warning));
    QVERIFY(trending->value >= 10'000);
    // LEG's story: over budget by the forecast only, not yet in what it has spent.
    const std::optional<Alert> legalConsumed = find(AlertKind::BudgetConsumed, QStringLiteral("LEG"));
    QVERIFY2(!legalConsumed || legalConsumed->severity != AlertSeverity::Critical,
             qPrintable(messages.join(u'\n')));

    const std::optional<Alert> spike = find(AlertKind::Spike, QStringLiteral("CLM"));
    QVERIFY2(spike, qPrintable(messages.join(u'\n')));
    QCOMPARE(sev(spike->severity), sev(AlertSeverity::Warning));
    QVERIFY(spike->value >= 300);
    QCOMPARE(spike->periodKey, QStringLiteral("2026-W48"));

    // The snapshot agrees with the alert to the cent.
    DashboardQuery query;
    query.preset = PeriodPreset::QuarterToDate;
    query.referenceWeek = IsoWeek(2026, 48);
    query.projects = { ids.value(QStringLiteral("SUP")) };
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
    QCOMPARE(qint64(snapshot.kpis.periodToDate.minorUnits()), qint64(overrun->amountMinor));
    QCOMPARE(qint64(snapshot.kpis.budgetAtHorizon.value_or(Money()).minorUnits()),
             qint64(overrun->referenceMinor));

    const qint64 rows = rowCount(*database, QStringLiteral("alerts"));
    QCOMPARE(rows, qint64(evaluation.fired.size()));
    const qint64 writes = writesSoFar(*database);
    evaluation = engine.evaluate(IsoWeek(2026, 48));
    QCOMPARE(writesSoFar(*database), writes);
    QVERIFY(evaluation.fired.isEmpty());
    QVERIFY(evaluation.escalated.isEmpty());
    QVERIFY(evaluation.resolved.isEmpty());
    QCOMPARE(rowCount(*database, QStringLiteral("alerts")), rows);
    QCOMPARE(sev(store.worstOpenSeverity()), sev(AlertSeverity::Critical));
}

// ---------------------------------------------------------------------------------------------
// One read for every rule finds what one snapshot per rule found, to the cent

void TestAlertEngine::oneReadMeasuresAsSnapshotsDo_data()
{
    QTest::addColumn<int>("fiscalYearStartMonth");
    QTest::newRow("calendar year") << 1;
    QTest::newRow("fiscal year from April") << 4;
}

void TestAlertEngine::oneReadMeasuresAsSnapshotsDo()
{
    QFETCH(int, fiscalYearStartMonth);
    const auto database = openTestDatabase();
    DemoOptions options;
    options.weeks = 52;
    options.lines = 4'000;
    options.lastWeek = IsoWeek(2026, 48);
    generateDemoPortfolio(*database, options);
    DatabaseSettings(*database).setFiscalYearStartMonth(fiscalYearStartMonth);
    AlertStore store(*database);
    QVERIFY(store.ensureDefaultRules() > 20);

    // Beyond the defaults: every kind, portfolio and project scopes, with and without a category,
    // trailing windows of several lengths, and a disabled rule, which is not measured.
    QHash<QString, ProjectId> ids;
    for (const Project &project : ProjectRepository(*database).list())
        ids.insert(project.code, project.id);
    const ProjectId support = ids.value(QStringLiteral("SUP"));
    const ProjectId legal = ids.value(QStringLiteral("LEG"));
    QVERIFY(support != 0 && legal != 0);
    auto add = [&](AlertKind kind, Minor threshold, std::optional<ProjectId> project,
                   std::optional<CostCategory> category = std::nullopt, int trailingWeeks = 4,
                   bool enabled = true) {
        AlertRule rule;
        rule.name = QStringLiteral("extra %1").arg(toKey(kind));
        rule.kind = kind;
        rule.threshold = threshold;
        rule.projectId = project;
        rule.category = category;
        rule.trailingWeeks = trailingWeeks;
        rule.enabled = enabled;
        store.createRule(rule);
    };
    add(AlertKind::WeeklySpend, 5'000'000, std::nullopt);
    add(AlertKind::WeeklySpend, 100'000, legal, CostCategory::Inference);
    add(AlertKind::WeekOverWeek, 1'000, std::nullopt);
    add(AlertKind::WeekOverWeek, 500, support, CostCategory::Salaries);
    add(AlertKind::Spike, 150, std::nullopt, std::nullopt, 2);
    add(AlertKind::Spike, 120, support, std::nullopt, 8);
    add(AlertKind::Spike, 200, std::nullopt, CostCategory::Inference, 13);
    add(AlertKind::BudgetConsumed, 5'000, std::nullopt, CostCategory::Inference);
    add(AlertKind::Forecast, 9'000, legal, CostCategory::Inference);
    add(AlertKind::BudgetConsumed, 1'000, support, std::nullopt, 4, false);

    const QList<AlertRule> enabled = [&] {
        QList<AlertRule> rules = store.rules();
        rules.removeIf([](const AlertRule &rule) { return !rule.enabled; });
        return rules;
    }();
    AlertEngine engine(*database);
    // The demo's last weeks, a quarter's first week, a week before the data began, weeks after
    // it ended, and 2026-W53, which straddles the end of the calendar year.
    const QList<IsoWeek> weeks { IsoWeek(2026, 48), IsoWeek(2026, 47), IsoWeek(2026, 40),
                                 IsoWeek(2026, 27), IsoWeek(2026, 14), IsoWeek(2025, 50),
                                 IsoWeek(2025, 30), IsoWeek(2026, 53), IsoWeek(2027, 2) };
    int compared = 0, firing = 0, unmeasured = 0;
    for (const IsoWeek &week : weeks) {
        const QList<RuleMeasure> measures = engine.measure(week);
        QCOMPARE(measures.size(), enabled.size());
        for (qsizetype i = 0; i < measures.size(); ++i) {
            const RuleMeasure &found = measures.at(i);
            const RuleMeasure expected = measuredBySnapshot(*database, week, enabled.at(i));
            const QByteArray where = QStringLiteral("%1, rule %2 (%3)")
                                         .arg(week.toString())
                                         .arg(enabled.at(i).id)
                                         .arg(toKey(enabled.at(i).kind))
                                         .toUtf8();
            QCOMPARE(found.rule.id, enabled.at(i).id);
            QVERIFY2(found.measured.has_value() == expected.measured.has_value(), where.constData());
            QVERIFY2(found.fires == expected.fires, where.constData());
            ++compared;
            if (!expected.measured) {
                ++unmeasured;
                continue;
            }
            firing += expected.fires ? 1 : 0;
            QVERIFY2(found.measured->amountMinor == expected.measured->amountMinor, where.constData());
            QVERIFY2(found.measured->referenceMinor == expected.measured->referenceMinor, where.constData());
            QVERIFY2(found.measured->value == expected.measured->value, where.constData());
            QVERIFY2(found.measured->currency == expected.measured->currency, where.constData());
            QVERIFY2(found.measured->periodKey == expected.measured->periodKey, where.constData());
            QCOMPARE(found.measured->message.isEmpty(), !expected.fires);
        }
    }
    // The comparison covers rules that fire, rules that do not, and rules with nothing to compare.
    QVERIFY2(firing >= 10, QByteArray::number(firing).constData());
    QVERIFY2(compared - firing - unmeasured >= 50,
             QByteArray::number(compared - firing - unmeasured).constData());
    QVERIFY2(unmeasured >= 5, QByteArray::number(unmeasured).constData());
}

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
