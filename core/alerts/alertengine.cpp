// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertengine.h"

#include <QHash>

#include <spdlog/spdlog.h>

#include "alerts/alertsentence.h"
#include "alerts/alertstore.h"
#include "analytics/dashboardsnapshot.h"
#include "domain/displaynames.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"

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

struct Candidate
{
    AlertRule rule;
    Alert alert;
};

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

class Evaluator final
{
public:
    Evaluator(Database &database, const IsoWeek &week)
        : m_database(database)
        , m_week(week)
        , m_calendar(DatabaseSettings(database).calendar())
    {
        for (const Project &project : ProjectRepository(database).list())
            m_projectNames.insert(project.id, names::project(project));
    }

    QString periodKeyFor(AlertKind kind) const
    {
        return isWeekly(kind) ? m_week.toString() : fiscalQuarterKey(m_week, m_calendar);
    }

    std::optional<Candidate> evaluate(const AlertRule &rule) const
    {
        DashboardQuery query;
        query.referenceWeek = m_week;
        if (rule.projectId)
            query.projects = { *rule.projectId };
        if (rule.category)
            query.categories = { *rule.category };

        Alert alert;
        alert.ruleId = rule.id;
        alert.kind = rule.kind;
        alert.projectId = rule.projectId;
        alert.category = rule.category;
        alert.periodKey = periodKeyFor(rule.kind);
        alert.week = m_week;
        alert.severity = rule.severity;
        alert.threshold = rule.threshold;

        switch (rule.kind) {
        case AlertKind::BudgetConsumed:
        case AlertKind::Forecast: {
            query.preset = PeriodPreset::QuarterToDate;
            const DashboardSnapshot snapshot = DashboardSnapshot::compute(m_database, query);
            if (!snapshot.kpis.budgetAtHorizon || snapshot.kpis.budgetAtHorizon->minorUnits() <= 0)
                return std::nullopt;
            const std::int64_t budget = snapshot.kpis.budgetAtHorizon->minorUnits();
            const std::int64_t spend = rule.kind == AlertKind::BudgetConsumed
                ? snapshot.kpis.forecastPeriodToDate.minorUnits()
                : snapshot.kpis.forecast.minorUnits();
            alert.currency = snapshot.currency;
            alert.amountMinor = spend;
            alert.referenceMinor = budget;
            alert.value = basisPoints(spend, budget);
            if (!reaches(spend, budget, 10'000, rule.threshold))
                return std::nullopt;
            alert.message = sentence(rule, alert);
            return Candidate { rule, alert };
        }
        case AlertKind::WeeklySpend:
        case AlertKind::WeekOverWeek: {
            query.preset = PeriodPreset::Custom;
            query.customRange = { m_week.previous(), m_week };
            const DashboardSnapshot snapshot = DashboardSnapshot::compute(m_database, query);
            const std::int64_t thisWeek = snapshot.kpis.thisWeek.minorUnits();
            const std::int64_t previous = snapshot.kpis.previousWeek.minorUnits();
            alert.currency = snapshot.currency;
            alert.amountMinor = thisWeek;
            if (rule.kind == AlertKind::WeeklySpend) {
                alert.referenceMinor = rule.threshold;
                alert.value = thisWeek;
                if (thisWeek < rule.threshold)
                    return std::nullopt;
                alert.message = sentence(rule, alert);
            } else {
                if (previous <= 0)
                    return std::nullopt;
                alert.referenceMinor = previous;
                alert.value = basisPoints(thisWeek - previous, previous);
                if (!reaches(thisWeek - previous, previous, 10'000, rule.threshold))
                    return std::nullopt;
                alert.message = sentence(rule, alert);
            }
            return Candidate { rule, alert };
        }
        case AlertKind::Spike: {
            query.preset = PeriodPreset::Custom;
            query.customRange = { m_week.addWeeks(-rule.trailingWeeks), m_week };
            const DashboardSnapshot snapshot = DashboardSnapshot::compute(m_database, query);
            std::int64_t trailingTotal = 0;
            for (const WeeklyPoint &point : snapshot.points) {
                if (point.week < m_week)
                    trailingTotal += point.actual;
            }
            const std::int64_t average
                = Money(trailingTotal, QString()).scaled(1, rule.trailingWeeks).minorUnits();
            if (average <= 0)
                return std::nullopt;
            const std::int64_t thisWeek = snapshot.kpis.thisWeek.minorUnits();
            alert.currency = snapshot.currency;
            alert.amountMinor = thisWeek;
            alert.referenceMinor = average;
            // thisWeek / (trailingTotal / N), exactly: the average shown is rounded.
            alert.value
                = Money(thisWeek * rule.trailingWeeks, QString()).scaled(100, trailingTotal).minorUnits();
            if (!reaches(thisWeek * rule.trailingWeeks, trailingTotal, 100, rule.threshold))
                return std::nullopt;
            alert.message = sentence(rule, alert);
            return Candidate { rule, alert };
        }
        }
        return std::nullopt;
    }

private:
    // The stored copy of the sentence everybody reads (for the log and mails), in the language
    // of whoever evaluated; the pages and the command line word it again in their own.
    QString sentence(const AlertRule &rule, const Alert &alert) const
    {
        return alertSentence(alert, rule.projectId ? m_projectNames.value(*rule.projectId) : QString());
    }

    Database &m_database;
    IsoWeek m_week;
    FiscalCalendar m_calendar;
    QHash<ProjectId, QString> m_projectNames;
};

QString severityWord(AlertSeverity severity)
{
    return toKey(severity);
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
    Transaction transaction(m_database);
    AlertStore store(m_database);
    const Evaluator evaluator(m_database, week);

    // The strongest matching rule of each kind x scope x period decides the alert.
    QHash<QString, Candidate> matches;
    for (const AlertRule &rule : store.rules()) {
        if (!rule.enabled)
            continue;
        std::optional<Candidate> candidate = evaluator.evaluate(rule);
        if (!candidate)
            continue;
        const QString key = alertKey(rule.kind, rule.projectId, rule.category, candidate->alert.periodKey);
        const auto existing = matches.constFind(key);
        if (existing == matches.cend() || candidate->rule.severity > existing->rule.severity
            || (candidate->rule.severity == existing->rule.severity
                && candidate->rule.threshold > existing->rule.threshold))
            matches.insert(key, *candidate);
    }

    QHash<QString, Alert> stored;
    for (const Alert &alert : store.alerts())
        stored.insert(alertKey(alert.kind, alert.projectId, alert.category, alert.periodKey), alert);

    const QString now = sql::nowUtc();
    SqlStatement insert(
        m_database,
        QStringLiteral("INSERT INTO alerts (rule_id, kind, project_id, category_id, period_key, week,"
                       " severity, state, value, threshold, amount_minor, reference_minor, currency,"
                       " message, fired_at, updated_at, is_read)"
                       " VALUES (:rule, :kind, :project, :category, :period, :week, :severity, 'open',"
                       " :value, :threshold, :amount, :reference, :currency, :message, :now, :now, 0)"
                       " RETURNING id"));
    SqlStatement update(
        m_database,
        QStringLiteral(
            "UPDATE alerts SET rule_id = :rule, week = :week, severity = :severity, state = :state,"
            " value = :value, threshold = :threshold, amount_minor = :amount,"
            " reference_minor = :reference, currency = :currency, message = :message,"
            " updated_at = :now, resolved_at = NULL, is_read = :read WHERE id = :id"));
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
            .bind(QStringLiteral(":now"), now);
    };

    for (auto it = matches.cbegin(); it != matches.cend(); ++it) {
        Alert alert = it->alert;
        const auto found = stored.constFind(it.key());
        if (found == stored.cend()) {
            bindValues(insert, alert);
            insert.bind(QStringLiteral(":kind"), toKey(alert.kind))
                .bind(QStringLiteral(":project"),
                      alert.projectId ? QVariant(qlonglong(*alert.projectId)) : sql::nullInt64())
                .bind(QStringLiteral(":category"),
                      alert.category ? QVariant(static_cast<int>(*alert.category))
                                     : QVariant(QMetaType::fromType<int>()))
                .bind(QStringLiteral(":period"), alert.periodKey);
            alert.id = insert.scalar().toLongLong();
            alert.state = AlertState::Open;
            evaluation.fired << alert;
            spdlog::warn("alert {} fired: {} ({})", alert.id, toKey(alert.kind).toStdString(),
                         severityWord(alert.severity).toStdString());
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
        bindValues(update, alert);
        update.bind(QStringLiteral(":state"), toKey(alert.state))
            .bind(QStringLiteral(":read"), alert.read ? 1 : 0)
            .bind(QStringLiteral(":id"), qlonglong(alert.id))
            .exec();
        if (cameBack)
            evaluation.fired << alert;
        else if (escalates)
            evaluation.escalated << alert;
    }

    // Alerts of the evaluated periods that no rule matches any more have recovered; alerts of
    // periods that ended before this week are closed with them.
    SqlStatement resolve(m_database,
                         QStringLiteral("UPDATE alerts SET state = 'resolved', resolved_at = :now,"
                                        " updated_at = :now WHERE id = :id"));
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const Alert &alert = *it;
        if (alert.state == AlertState::Resolved || matches.contains(it.key()) || week < alert.week)
            continue;
        const bool currentPeriod = alert.periodKey == evaluator.periodKeyFor(alert.kind);
        const bool pastPeriod = !currentPeriod && alert.week < week;
        if (!currentPeriod && !pastPeriod)
            continue;
        resolve.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), qlonglong(alert.id)).exec();
        Alert resolvedAlert = alert;
        resolvedAlert.state = AlertState::Resolved;
        evaluation.resolved << resolvedAlert;
        spdlog::info("alert {} resolved", alert.id);
    }
    transaction.commit();

    evaluation.open
        = store.alerts({ { AlertState::Open, AlertState::Acknowledged }, std::nullopt, std::nullopt });
    return evaluation;
}

} // namespace costboard
