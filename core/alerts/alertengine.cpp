// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertengine.h"

#include <QHash>
#include <QMap>

#include <spdlog/spdlog.h>

#include "alerts/alertsentence.h"
#include "alerts/alertstore.h"
#include "analytics/budgetrule.h"
#include "analytics/dashboardquery.h"
#include "analytics/forecast.h"
#include "analytics/ledger.h"
#include "domain/displaynames.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"
#include "storage/writewait.h"

namespace costboard {
namespace {

// Ratios are compared in basis points, computed on integers: 10000 = 100 %.
std::int64_t basisPoints(std::int64_t numerator, std::int64_t denominator)
{
    return Money(numerator, QString()).scaled(10'000, denominator).minorUnits();
}

// Whether numerator / denominator (denominator > 0), in units of 1 / scale, reaches `threshold`:
// decided on the exact ratio, not on the rounded value stored for display, so that a cent short
// of the threshold does not fire.
__extension__ typedef __int128 Wide;
bool reaches(std::int64_t numerator, std::int64_t denominator, std::int64_t scale, std::int64_t threshold)
{
    return static_cast<Wide>(numerator) * scale >= static_cast<Wide>(threshold) * denominator;
}

QString alertKey(AlertKind kind, const std::optional<ProjectId> &project,
                 const std::optional<CostCategory> &category, const QString &periodKey)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(toKey(kind))
        .arg(project.value_or(0))
        .arg(category ? static_cast<int>(*category) : 0)
        .arg(periodKey);
}

bool isWeekly(AlertKind kind)
{
    return kind == AlertKind::WeeklySpend || kind == AlertKind::WeekOverWeek || kind == AlertKind::Spike;
}

QString severityWord(AlertSeverity severity)
{
    return toKey(severity);
}

bool inScope(const AlertRule &rule, ProjectId project, CostCategory category)
{
    return (!rule.projectId || *rule.projectId == project) && (!rule.category || *rule.category == category);
}

DayRange weekDays(const IsoWeek &week)
{
    return { week.monday(), week.sunday() };
}

// What the rules of one week read, read once for all of them: the day roll-ups of every project
// x category over the days any rule looks at, the budgets of the fiscal quarter, and the
// quarter's forecast per project x category. Each rule then sums the series in its scope, as the
// dashboard's snapshot of that scope would (its figures are sums over the same series; the
// comparison test on the demo portfolio holds them to it).
class Evaluator final
{
public:
    Evaluator(Database &database, const IsoWeek &week, const QList<AlertRule> &rules)
        : m_week(week)
    {
        const DatabaseSettings settings(database);
        m_calendar = settings.calendar();
        m_currency = settings.reportingCurrency();
        for (const Project &project : ProjectRepository(database).list())
            m_projectNames.insert(project.id, names::project(project));

        // The budget rules read the dashboard's quarter-to-date view of the week: its last day, and
        // the fiscal quarter holding that day, whose budget and forecast they compare.
        DashboardQuery quarterToDate;
        quarterToDate.preset = PeriodPreset::QuarterToDate;
        quarterToDate.referenceWeek = week;
        m_asOf = quarterToDate.days(m_calendar).last;
        m_quarter = m_calendar.period(quarterToDate.forecastPeriodKind(), m_asOf);

        int trailingWeeks = 1; // the weekly rules compare with the week before
        bool budgetRules = false;
        for (const AlertRule &rule : rules) {
            if (!rule.enabled)
                continue;
            if (rule.kind == AlertKind::Spike)
                trailingWeeks = std::max(trailingWeeks, rule.trailingWeeks);
            budgetRules = budgetRules || rule.needsBudget();
        }
        DayRange days { week.addWeeks(-trailingWeeks).monday(), week.sunday() };
        if (budgetRules) {
            const DayRange forecastDays = forecastWindow(m_quarter, m_asOf);
            days = { std::min(days.first, forecastDays.first), std::max(days.last, forecastDays.last) };
        }
        m_window = LedgerWindow::read(database, quarterToDate.basis, days);
        if (budgetRules) {
            m_budgets.emplace(BudgetBook::read(database, m_quarter));
            for (const LedgerSeries &series : m_window.series())
                m_forecasts << forecastSeries(m_window, series, m_quarter, m_asOf);
        }
    }

    QString periodKeyFor(AlertKind kind) const
    {
        return isWeekly(kind) ? m_week.toString() : fiscalQuarterKey(m_week, m_calendar);
    }

    RuleMeasure measure(const AlertRule &rule) const
    {
        RuleMeasure result;
        result.rule = rule;
        Alert alert;
        alert.ruleId = rule.id;
        alert.kind = rule.kind;
        alert.projectId = rule.projectId;
        alert.category = rule.category;
        alert.periodKey = periodKeyFor(rule.kind);
        alert.week = m_week;
        alert.severity = rule.severity;
        alert.threshold = rule.threshold;
        alert.currency = m_currency;

        switch (rule.kind) {
        case AlertKind::BudgetConsumed:
        case AlertKind::Forecast: {
            const std::optional<std::int64_t> budget = quarterBudget(rule);
            if (!budget || *budget <= 0)
                return result;
            const auto [actual, forecast] = quarterSpend(rule);
            const std::int64_t spend = rule.kind == AlertKind::BudgetConsumed ? actual : forecast;
            alert.amountMinor = spend;
            alert.referenceMinor = *budget;
            alert.value = basisPoints(spend, *budget);
            result.fires = reaches(spend, *budget, 10'000, rule.threshold);
            break;
        }
        case AlertKind::WeeklySpend:
        case AlertKind::WeekOverWeek: {
            const std::int64_t thisWeek = spendOver(rule, weekDays(m_week));
            alert.amountMinor = thisWeek;
            if (rule.kind == AlertKind::WeeklySpend) {
                alert.referenceMinor = rule.threshold;
                alert.value = thisWeek;
                result.fires = thisWeek >= rule.threshold;
            } else {
                const std::int64_t previous = spendOver(rule, weekDays(m_week.previous()));
                if (previous <= 0)
                    return result;
                const std::int64_t growth = Money::subtractMinorUnits(thisWeek, previous);
                alert.referenceMinor = previous;
                alert.value = basisPoints(growth, previous);
                result.fires = reaches(growth, previous, 10'000, rule.threshold);
            }
            break;
        }
        case AlertKind::Spike: {
            const std::int64_t trailingTotal = spendOver(
                rule, { m_week.addWeeks(-rule.trailingWeeks).monday(), m_week.previous().sunday() });
            const std::int64_t average
                = Money(trailingTotal, QString()).scaled(1, rule.trailingWeeks).minorUnits();
            if (average <= 0)
                return result;
            const std::int64_t thisWeek = spendOver(rule, weekDays(m_week));
            alert.amountMinor = thisWeek;
            alert.referenceMinor = average;
            // thisWeek / (trailingTotal / N), exactly: the average shown is rounded. The product is
            // checked: an overflow is an error, never a smaller spike.
            const std::int64_t weekTimesN
                = Money(thisWeek, QString()).scaled(rule.trailingWeeks, 1).minorUnits();
            alert.value = Money(weekTimesN, QString()).scaled(100, trailingTotal).minorUnits();
            result.fires = reaches(weekTimesN, trailingTotal, 100, rule.threshold);
            break;
        }
        }
        if (result.fires)
            alert.message = sentence(rule, alert);
        result.measured = alert;
        return result;
    }

private:
    // The spend of the rule's scope over `days` (within the window read).
    std::int64_t spendOver(const AlertRule &rule, const DayRange &days) const
    {
        std::int64_t sum = 0;
        for (const LedgerSeries &series : m_window.series()) {
            if (inScope(rule, series.projectId, series.category))
                Money::accumulate(sum, m_window.total(series, days));
        }
        return sum;
    }

    std::optional<std::int64_t> quarterBudget(const AlertRule &rule) const
    {
        const QList<ProjectId> projects
            = rule.projectId ? QList<ProjectId> { *rule.projectId } : QList<ProjectId>();
        const QList<CostCategory> categories
            = rule.category ? QList<CostCategory> { *rule.category } : QList<CostCategory>();
        return m_budgets->budgetFor(projects, categories, m_quarter);
    }

    // The quarter's spend known as actual, and its forecast, for the rule's scope: the parts
    // summed as the snapshot's KPIs sum them.
    std::pair<std::int64_t, std::int64_t> quarterSpend(const AlertRule &rule) const
    {
        std::int64_t actual = 0, committed = 0, scheduled = 0, projected = 0;
        for (const SeriesForecast &part : m_forecasts) {
            if (!inScope(rule, part.projectId, part.category))
                continue;
            Money::accumulate(actual, part.actual);
            Money::accumulate(committed, part.committed);
            Money::accumulate(scheduled, part.scheduled);
            Money::accumulate(projected, part.projected);
        }
        return { actual,
                 Money::addMinorUnits(Money::addMinorUnits(actual, committed),
                                      Money::addMinorUnits(scheduled, projected)) };
    }

    // The stored copy of the sentence everybody reads (for the log and mails), in the language
    // of whoever evaluated; the pages and the command line word it again in their own.
    QString sentence(const AlertRule &rule, const Alert &alert) const
    {
        return alertSentence(alert, rule.projectId ? m_projectNames.value(*rule.projectId) : QString());
    }

    IsoWeek m_week;
    FiscalCalendar m_calendar;
    QString m_currency;
    QHash<ProjectId, QString> m_projectNames;
    QDate m_asOf;
    DayRange m_quarter;
    LedgerWindow m_window;
    std::optional<BudgetBook> m_budgets;
    QList<SeriesForecast> m_forecasts;
};

// A change the evaluation stores, decided on what was read before anything is written.
struct Change
{
    enum class Write
    {
        Insert,
        Update,
        Resolve
    };
    Write write = Write::Update;
    Alert alert; // as it is to be stored
    std::optional<AlertNotice> event; // what the change announces (evaluation.fired, ...)
};

// The evaluation of `week` as changes to the stored alerts: reads only.
QList<Change> planChanges(Database &database, const IsoWeek &week)
{
    AlertStore store(database);
    QList<AlertRule> rules = store.rules();
    rules.removeIf([](const AlertRule &rule) { return !rule.enabled; });
    const Evaluator evaluator(database, week, rules);

    // The strongest matching rule of each kind x scope x period decides the alert. Ordered by that
    // key, so that new alerts are stored (and numbered) in the same order at every run and on
    // every backend, not in a hash's per-process order.
    QMap<QString, Alert> matches;
    QHash<QString, AlertRule> matchedRules;
    for (const AlertRule &rule : std::as_const(rules)) {
        const RuleMeasure found = evaluator.measure(rule);
        if (!found.fires)
            continue;
        const QString key = alertKey(rule.kind, rule.projectId, rule.category, found.measured->periodKey);
        const auto existing = matchedRules.constFind(key);
        if (existing == matchedRules.cend() || rule.severity > existing->severity
            || (rule.severity == existing->severity && rule.threshold > existing->threshold)) {
            matches.insert(key, *found.measured);
            matchedRules.insert(key, rule);
        }
    }

    QHash<QString, Alert> stored;
    for (const Alert &alert : store.alerts())
        stored.insert(alertKey(alert.kind, alert.projectId, alert.category, alert.periodKey), alert);

    QList<Change> changes;
    for (auto it = matches.cbegin(); it != matches.cend(); ++it) {
        Alert alert = it.value();
        const auto found = stored.constFind(it.key());
        if (found == stored.cend()) {
            alert.state = AlertState::Open;
            alert.pendingNotice = AlertNotice::Fired;
            changes << Change { Change::Write::Insert, alert, AlertNotice::Fired };
            continue;
        }
        const Alert &before = *found;
        if (week < before.week)
            continue; // found by a later week's evaluation: looking back leaves it alone
        alert.id = before.id;
        // Back within the same period at no higher severity, after the committee acknowledged it
        // (spend removed and restored, a rule toggled): the acknowledgement still stands, so the
        // alert is neither re-opened nor announced again.
        const bool backAsAcknowledged = before.state == AlertState::Resolved
            && !before.acknowledgedBy.isEmpty() && alert.severity <= before.severity;
        const bool cameBack = before.state == AlertState::Resolved && !backAsAcknowledged;
        const bool escalates = !cameBack && alert.severity > before.severity;
        if (!cameBack && !backAsAcknowledged && !escalates && before.value == alert.value
            && before.severity >= alert.severity)
            continue; // already known: an alert fires once per period
        // A weaker rule matching later (the critical one no longer does) keeps the alert at its
        // reached severity: de-escalation is not a recovery; the alert resolves when nothing matches.
        if (!cameBack && !escalates && before.severity > alert.severity) {
            alert.severity = before.severity;
            alert.threshold = before.threshold;
            alert.ruleId = before.ruleId;
        }
        alert.state = (cameBack || escalates) ? AlertState::Open
            : backAsAcknowledged              ? AlertState::Acknowledged
                                              : before.state;
        alert.read = !(cameBack || escalates) && before.read;
        std::optional<AlertNotice> event;
        if (cameBack)
            event = AlertNotice::Fired;
        else if (escalates)
            event = AlertNotice::Escalated;
        // Not announced yet as new, it is still new when it escalates: the report says so once.
        // A resolution not announced yet is void once the alert is back.
        if (event)
            alert.pendingNotice = before.pendingNotice == AlertNotice::Fired ? AlertNotice::Fired : *event;
        else if (before.pendingNotice != AlertNotice::Resolved)
            alert.pendingNotice = before.pendingNotice;
        changes << Change { Change::Write::Update, alert, event };
    }

    // Alerts of the evaluated periods that no rule matches any more have recovered; alerts of
    // periods that ended before this week are closed with them.
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const Alert &alert = *it;
        if (alert.state == AlertState::Resolved || matches.contains(it.key()) || week < alert.week)
            continue;
        const bool currentPeriod = alert.periodKey == evaluator.periodKeyFor(alert.kind);
        const bool pastPeriod = !currentPeriod && alert.week < week;
        if (!currentPeriod && !pastPeriod)
            continue;
        Alert resolvedAlert = alert;
        resolvedAlert.state = AlertState::Resolved;
        resolvedAlert.pendingNotice = AlertNotice::Resolved;
        changes << Change { Change::Write::Resolve, resolvedAlert, AlertNotice::Resolved };
    }
    return changes;
}

QVariant noticeValue(const std::optional<AlertNotice> &notice)
{
    return notice ? QVariant(toKey(*notice)) : QVariant(QMetaType::fromType<QString>());
}

// Writes the changes (inside the caller's write transaction) and sorts them into the evaluation.
void storeChanges(Database &database, const QList<Change> &changes, AlertEvaluation &evaluation)
{
    const QString now = sql::nowUtc();
    SqlStatement insert(
        database,
        QStringLiteral("INSERT INTO alerts (rule_id, kind, project_id, category_id, period_key, week,"
                       " severity, state, value, threshold, amount_minor, reference_minor, currency,"
                       " message, fired_at, updated_at, is_read, pending_notice)"
                       " VALUES (:rule, :kind, :project, :category, :period, :week, :severity, 'open',"
                       " :value, :threshold, :amount, :reference, :currency, :message, :now, :now, 0,"
                       " :notice)"
                       " RETURNING id"));
    SqlStatement update(
        database,
        QStringLiteral(
            "UPDATE alerts SET rule_id = :rule, week = :week, severity = :severity, state = :state,"
            " value = :value, threshold = :threshold, amount_minor = :amount,"
            " reference_minor = :reference, currency = :currency, message = :message,"
            " updated_at = :now, resolved_at = NULL, is_read = :read, pending_notice = :notice"
            " WHERE id = :id"));
    SqlStatement resolve(database,
                         QStringLiteral("UPDATE alerts SET state = 'resolved', resolved_at = :now,"
                                        " updated_at = :now, pending_notice = :notice WHERE id = :id"));
    auto bindValues = [&](SqlStatement &statement, const Alert &alert) {
        statement.bind(QStringLiteral(":rule"), qlonglong(alert.ruleId))
            .bind(QStringLiteral(":week"), alert.week.toString())
            .bind(QStringLiteral(":severity"), toKey(alert.severity))
            .bind(QStringLiteral(":value"), qlonglong(alert.value))
            .bind(QStringLiteral(":threshold"), qlonglong(alert.threshold))
            .bind(QStringLiteral(":amount"), qlonglong(alert.amountMinor))
            .bind(QStringLiteral(":reference"), qlonglong(alert.referenceMinor))
            .bind(QStringLiteral(":currency"), alert.currency)
            .bind(QStringLiteral(":message"), alert.message)
            .bind(QStringLiteral(":notice"), noticeValue(alert.pendingNotice))
            .bind(QStringLiteral(":now"), now);
    };

    for (const Change &change : changes) {
        Alert alert = change.alert;
        switch (change.write) {
        case Change::Write::Insert:
            bindValues(insert, alert);
            insert.bind(QStringLiteral(":kind"), toKey(alert.kind))
                .bind(QStringLiteral(":project"),
                      alert.projectId ? QVariant(qlonglong(*alert.projectId)) : sql::nullInt64())
                .bind(QStringLiteral(":category"),
                      alert.category ? QVariant(static_cast<int>(*alert.category))
                                     : QVariant(QMetaType::fromType<int>()));
            insert.bind(QStringLiteral(":period"), alert.periodKey);
            alert.id = insert.scalar().toLongLong();
            spdlog::warn("alert {} fired: {} ({})", alert.id, toKey(alert.kind).toStdString(),
                         severityWord(alert.severity).toStdString());
            break;
        case Change::Write::Update:
            bindValues(update, alert);
            update.bind(QStringLiteral(":state"), toKey(alert.state))
                .bind(QStringLiteral(":read"), alert.read ? 1 : 0)
                .bind(QStringLiteral(":id"), qlonglong(alert.id))
                .exec();
            break;
        case Change::Write::Resolve:
            resolve.bind(QStringLiteral(":now"), now)
                .bind(QStringLiteral(":notice"), noticeValue(alert.pendingNotice))
                .bind(QStringLiteral(":id"), qlonglong(alert.id))
                .exec();
            spdlog::info("alert {} resolved", alert.id);
            break;
        }
        if (change.event == AlertNotice::Fired)
            evaluation.fired << alert;
        else if (change.event == AlertNotice::Escalated)
            evaluation.escalated << alert;
        else if (change.event == AlertNotice::Resolved)
            evaluation.resolved << alert;
    }
}

} // namespace

QString fiscalQuarterKey(const IsoWeek &week, const FiscalCalendar &calendar)
{
    // The quarter whose quarter-to-date view (DashboardQuery::days) holds the week's last day,
    // since the budget rules read that view: 2026-W53, 28 Dec - 3 Jan, is 2027-Q1.
    return calendar.quarterKey(week.sunday());
}

AlertEngine::AlertEngine(Database &database)
    : m_database(database)
{ }

AlertEvaluation AlertEngine::evaluate(const IsoWeek &week)
{
    AlertEvaluation evaluation;
    if (inTransaction(m_database)) {
        // The caller's transaction holds the reads and the writes together already.
        Transaction transaction(m_database);
        storeChanges(m_database, planChanges(m_database, week), evaluation);
        transaction.commit();
    } else {
        QList<Change> changes;
        std::int64_t versionRead = 0;
        {
            const ReadSnapshot snapshot(m_database);
            changes = planChanges(m_database, week);
            versionRead = dataVersion(m_database);
        }
        // Nothing new: no write lock at all, so a long write elsewhere does not hold this up.
        if (!changes.isEmpty()) {
            runInWriteTransaction(m_database, m_writeWait, [&] {
                // Another connection wrote since the measure (the wait may have been for it): the
                // changes are decided again on what is there now, under the lock, before storing.
                if (dataVersion(m_database) != versionRead) {
                    spdlog::info("database changed while alerts were evaluated: evaluating again");
                    changes = planChanges(m_database, week);
                }
                storeChanges(m_database, changes, evaluation);
            });
        }
    }
    evaluation.open = AlertStore(m_database).alerts(AlertFilter::unresolved());
    return evaluation;
}

QList<RuleMeasure> AlertEngine::measure(const IsoWeek &week) const
{
    const ReadSnapshot snapshot(m_database);
    QList<AlertRule> rules = AlertStore(m_database).rules();
    rules.removeIf([](const AlertRule &rule) { return !rule.enabled; });
    const Evaluator evaluator(m_database, week, rules);
    QList<RuleMeasure> measures;
    for (const AlertRule &rule : std::as_const(rules))
        measures << evaluator.measure(rule);
    return measures;
}

} // namespace costboard
