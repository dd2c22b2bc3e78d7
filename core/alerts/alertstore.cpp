// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertstore.h"

#include <QSet>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "storage/auditlog.h"
#include "storage/budgetrepository.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"
#include "storage/validation.h"
#include "storage/writewait.h"

namespace costboard {
namespace {

const QString ruleColumns = QStringLiteral("SELECT id, name, kind, project_id, category_id, threshold, "
                                           "trailing_weeks, severity, enabled, builtin_key"
                                           " FROM alert_rules");

const QString alertColumns = QStringLiteral(
    "SELECT id, rule_id, kind, project_id, category_id, period_key, week, severity, state, value, threshold,"
    " amount_minor, reference_minor, currency, message, fired_at, updated_at, resolved_at, acknowledged_by,"
    " acknowledgement_note, is_read, pending_notice FROM alerts");

QVariant optionalId(const std::optional<ProjectId> &id)
{
    return id ? QVariant(qlonglong(*id)) : sql::nullInt64();
}

QVariant optionalCategory(const std::optional<CostCategory> &category)
{
    return category ? QVariant(static_cast<int>(*category)) : QVariant(QMetaType::fromType<int>());
}

AlertRule readRule(const SqlStatement &query)
{
    AlertRule rule;
    rule.id = query.int64(0);
    rule.name = query.text(1);
    rule.kind = alertKindFromKey(query.text(2)).value_or(AlertKind::BudgetConsumed);
    if (!query.value(3).isNull())
        rule.projectId = query.int64(3);
    if (!query.value(4).isNull())
        rule.category = static_cast<CostCategory>(query.int64(4));
    rule.threshold = query.int64(5);
    rule.trailingWeeks = static_cast<int>(query.int64(6));
    rule.severity = alertSeverityFromKey(query.text(7)).value_or(AlertSeverity::Warning);
    rule.enabled = query.int64(8) != 0;
    rule.builtIn = builtInRuleFromKey(query.text(9));
    return rule;
}

Alert readAlert(const SqlStatement &query)
{
    Alert alert;
    alert.id = query.int64(0);
    alert.ruleId = query.int64(1);
    alert.kind = alertKindFromKey(query.text(2)).value_or(AlertKind::BudgetConsumed);
    if (!query.value(3).isNull())
        alert.projectId = query.int64(3);
    if (!query.value(4).isNull())
        alert.category = static_cast<CostCategory>(query.int64(4));
    alert.periodKey = query.text(5);
    alert.week = IsoWeek::fromString(query.text(6));
    alert.severity = alertSeverityFromKey(query.text(7)).value_or(AlertSeverity::Warning);
    alert.state = alertStateFromKey(query.text(8)).value_or(AlertState::Open);
    alert.value = query.int64(9);
    alert.threshold = query.int64(10);
    alert.amountMinor = query.int64(11);
    alert.referenceMinor = query.int64(12);
    alert.currency = query.text(13);
    alert.message = query.text(14);
    alert.firedAt = QDateTime::fromString(query.text(15), Qt::ISODate);
    alert.updatedAt = QDateTime::fromString(query.text(16), Qt::ISODate);
    alert.resolvedAt = QDateTime::fromString(query.text(17), Qt::ISODate);
    alert.acknowledgedBy = query.text(18);
    alert.acknowledgementNote = query.text(19);
    alert.read = query.int64(20) != 0;
    alert.pendingNotice = alertNoticeFromKey(query.text(21));
    return alert;
}

// Every setting a rule has, so that an audit entry "before → after" shows what changed.
QString describeRule(const AlertRule &rule)
{
    const QString scope
        = QStringLiteral("project %1, category %2")
              .arg(rule.projectId ? QString::number(*rule.projectId) : QStringLiteral("all"),
                   rule.category ? CostCategories::key(*rule.category) : QStringLiteral("all"));
    QString text = QStringLiteral("%1: %2 threshold %3, %4, %5, %6")
                       .arg(rule.hasDefaultName() ? QStringLiteral("built-in %1").arg(toKey(*rule.builtIn))
                                                  : rule.name,
                            toKey(rule.kind))
                       .arg(rule.threshold)
                       .arg(scope, toKey(rule.severity),
                            rule.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"));
    if (rule.kind == AlertKind::Spike)
        text += QStringLiteral(", over %1 weeks").arg(rule.trailingWeeks);
    return text;
}

// A threshold stored in hundredths (basis points of a percent, hundredths of a multiple) as the
// number a person types: 110 -> "1.1", 100000 -> "1000".
QString hundredths(std::int64_t stored)
{
    return QString::number(static_cast<double>(stored) / 100.0);
}

void bindRule(SqlStatement &statement, const AlertRule &rule)
{
    statement.bind(QStringLiteral(":name"), rule.name.trimmed())
        .bind(QStringLiteral(":kind"), toKey(rule.kind))
        .bind(QStringLiteral(":project"), optionalId(rule.projectId))
        .bind(QStringLiteral(":category"), optionalCategory(rule.category))
        .bind(QStringLiteral(":threshold"), qlonglong(rule.threshold))
        .bind(QStringLiteral(":trailing"), rule.trailingWeeks)
        .bind(QStringLiteral(":severity"), toKey(rule.severity))
        .bind(QStringLiteral(":enabled"), rule.enabled ? 1 : 0)
        .bind(QStringLiteral(":built_in"), rule.builtIn ? 1 : 0)
        .bind(QStringLiteral(":builtin_key"),
              rule.builtIn ? QVariant(toKey(*rule.builtIn)) : QVariant(QMetaType::fromType<QString>()))
        .bind(QStringLiteral(":now"), sql::nowUtc());
}

} // namespace

AlertStore::AlertStore(Database &database)
    : m_database(database)
{ }

void AlertStore::validate(const AlertRule &rule) const
{
    // A built-in rule may keep its default name, which is not stored: it is shown translated.
    if (!rule.hasDefaultName())
        validation::requireText(QStringLiteral("name"), rule.name, validation::limits::AlertRuleNameLength);
    if (rule.projectId && !ProjectRepository(m_database).exists(*rule.projectId))
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound,
                              { QString::number(*rule.projectId) });
    if (rule.category)
        validation::requireCategoryId(QStringLiteral("category"), static_cast<int>(*rule.category));
    switch (rule.kind) {
    case AlertKind::BudgetConsumed:
    case AlertKind::Forecast:
        if (rule.threshold < validation::limits::BudgetShareLowest
            || rule.threshold > validation::limits::BudgetShareHighest)
            throw ValidationError(QStringLiteral("threshold"), ErrorCode::ThresholdBudgetPercent,
                                  { hundredths(validation::limits::BudgetShareLowest),
                                    hundredths(validation::limits::BudgetShareHighest) });
        break;
    case AlertKind::WeekOverWeek:
        if (rule.threshold < validation::limits::GrowthLowest
            || rule.threshold > validation::limits::GrowthHighest)
            throw ValidationError(QStringLiteral("threshold"), ErrorCode::ThresholdGrowthPercent,
                                  { hundredths(validation::limits::GrowthLowest),
                                    hundredths(validation::limits::GrowthHighest) });
        break;
    case AlertKind::WeeklySpend:
        if (rule.threshold <= 0 || rule.threshold > Money::MaxInputMinorUnits)
            throw ValidationError(QStringLiteral("threshold"), ErrorCode::ThresholdAmountNotPositive);
        break;
    case AlertKind::Spike:
        if (rule.threshold < validation::limits::SpikeMultipleLowest
            || rule.threshold > validation::limits::SpikeMultipleHighest)
            throw ValidationError(QStringLiteral("threshold"), ErrorCode::ThresholdMultiple,
                                  { hundredths(validation::limits::SpikeMultipleLowest),
                                    hundredths(validation::limits::SpikeMultipleHighest) });
        if (rule.trailingWeeks < validation::limits::TrailingWeeksFewest
            || rule.trailingWeeks > validation::limits::TrailingWeeksMost)
            throw ValidationError(QStringLiteral("trailing weeks"), ErrorCode::TrailingWeeksOutOfRange,
                                  { QString::number(validation::limits::TrailingWeeksFewest),
                                    QString::number(validation::limits::TrailingWeeksMost) });
        break;
    }
}

AlertRuleId AlertStore::createRule(const AlertRule &rule)
{
    Transaction transaction(m_database);
    validate(rule);
    SqlStatement insert(
        m_database,
        QStringLiteral("INSERT INTO alert_rules (name, kind, project_id, category_id, threshold,"
                       " trailing_weeks, severity, enabled, built_in, builtin_key, created_at, updated_at)"
                       " VALUES (:name, :kind, :project, :category, :threshold, :trailing, :severity,"
                       " :enabled, :built_in, :builtin_key, :now, :now) RETURNING id"));
    bindRule(insert, rule);
    const AlertRuleId id = insert.scalar().toLongLong();
    AuditLog(m_database)
        .record(QStringLiteral("create"), QStringLiteral("alert_rule"), QString::number(id),
                describeRule(rule));
    transaction.commit();
    spdlog::info("alert rule {} created", id);
    return id;
}

void AlertStore::updateRule(const AlertRule &rule)
{
    Transaction transaction(m_database);
    const std::optional<AlertRule> before = findRule(rule.id);
    if (!before)
        throw ValidationError(QStringLiteral("rule"), ErrorCode::AlertRuleNotFound,
                              { QString::number(rule.id) });
    validate(rule);
    SqlStatement update(
        m_database,
        QStringLiteral("UPDATE alert_rules SET name = :name, kind = :kind, project_id = :project,"
                       " category_id = :category, threshold = :threshold,"
                       " trailing_weeks = :trailing, severity = :severity, enabled = :enabled,"
                       " built_in = :built_in, builtin_key = :builtin_key, updated_at = :now"
                       " WHERE id = :id"));
    bindRule(update, rule);
    update.bind(QStringLiteral(":id"), qlonglong(rule.id)).exec();
    AuditLog(m_database)
        .record(QStringLiteral("update"), QStringLiteral("alert_rule"), QString::number(rule.id),
                describeRule(*before) + QStringLiteral(" → ") + describeRule(rule));
    transaction.commit();
    spdlog::info("alert rule {} updated", rule.id);
}

void AlertStore::setRuleEnabled(AlertRuleId id, bool enabled)
{
    std::optional<AlertRule> rule = findRule(id);
    if (!rule)
        throw ValidationError(QStringLiteral("rule"), ErrorCode::AlertRuleNotFound, { QString::number(id) });
    rule->enabled = enabled;
    updateRule(*rule);
}

void AlertStore::removeRule(AlertRuleId id)
{
    Transaction transaction(m_database);
    const std::optional<AlertRule> before = findRule(id);
    if (!before)
        throw ValidationError(QStringLiteral("rule"), ErrorCode::AlertRuleNotFound, { QString::number(id) });
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM alert_rules WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    AuditLog(m_database)
        .record(QStringLiteral("delete"), QStringLiteral("alert_rule"), QString::number(id),
                describeRule(*before));
    transaction.commit();
    spdlog::info("alert rule {} deleted", id);
}

std::optional<AlertRule> AlertStore::findRule(AlertRuleId id) const
{
    SqlStatement query(m_database, ruleColumns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    if (!query.next())
        return std::nullopt;
    return readRule(query);
}

QList<AlertRule> AlertStore::rules() const
{
    SqlStatement query(m_database,
                       ruleColumns + QStringLiteral(" ORDER BY COALESCE(project_id, 0), kind, threshold"));
    query.exec();
    QList<AlertRule> list;
    while (query.next())
        list << readRule(query);
    return list;
}

QList<AlertRule> AlertStore::missingDefaultRules() const
{
    const QList<AlertRule> existing = rules();
    // By identity: a built-in rule renamed, disabled or given another severity is still there.
    auto has = [&](BuiltInRule which, const std::optional<ProjectId> &project) {
        return std::any_of(existing.cbegin(), existing.cend(), [&](const AlertRule &rule) {
            return rule.builtIn == which && rule.projectId == project && !rule.category;
        });
    };

    QSet<ProjectId> budgeted;
    bool portfolioBudget = false;
    for (const Budget &budget : BudgetRepository(m_database).list()) {
        if (budget.projectId)
            budgeted.insert(*budget.projectId);
        else
            portfolioBudget = true;
    }

    struct Template
    {
        BuiltInRule which;
        AlertKind kind;
        std::int64_t threshold;
        AlertSeverity severity;
    };
    static constexpr Template budgetTemplates[] = {
        { BuiltInRule::BudgetWarning, AlertKind::BudgetConsumed, 8000, AlertSeverity::Warning },
        { BuiltInRule::BudgetExceeded, AlertKind::BudgetConsumed, 10000, AlertSeverity::Critical },
        { BuiltInRule::ForecastOverBudget, AlertKind::Forecast, 10000, AlertSeverity::Warning },
    };

    QList<AlertRule> missing;
    // No name: a built-in rule's name is shown from its key, in the interface language.
    auto add = [&](const Template &entry, const std::optional<ProjectId> &project) {
        if (has(entry.which, project))
            return;
        AlertRule rule;
        rule.builtIn = entry.which;
        rule.kind = entry.kind;
        rule.projectId = project;
        rule.threshold = entry.threshold;
        rule.severity = entry.severity;
        missing << rule;
    };
    const QList<Project> projects = ProjectRepository(m_database).list(false);
    for (const Project &project : projects) {
        if (!budgeted.contains(project.id))
            continue;
        for (const Template &entry : budgetTemplates)
            add(entry, project.id);
    }
    if (portfolioBudget) {
        for (const Template &entry : budgetTemplates)
            add(entry, std::nullopt);
    }
    // Spikes matter per project: a portfolio average hides one project tripling its spend.
    static constexpr Template spikeTemplate { BuiltInRule::WeeklySpike, AlertKind::Spike, 300,
                                              AlertSeverity::Warning };
    for (const Project &project : projects)
        add(spikeTemplate, project.id); // over the default 4 trailing weeks
    return missing;
}

int AlertStore::ensureDefaultRules(const WriteWait &wait)
{
    // Looked for first, so that a database with its rules in place is not written to at all.
    {
        const ReadSnapshot snapshot(m_database);
        if (missingDefaultRules().isEmpty())
            return 0;
    }
    int created = 0;
    runInWriteTransaction(m_database, wait, [&] {
        for (const AlertRule &rule : missingDefaultRules()) {
            createRule(rule);
            ++created;
        }
    });
    if (created > 0)
        spdlog::info("{} default alert rules created", created);
    return created;
}

QList<Alert> AlertStore::alerts(const AlertFilter &filter) const
{
    SqlStatement query(m_database, alertColumns + QStringLiteral(" ORDER BY updated_at DESC, id DESC"));
    query.exec();
    QList<Alert> list;
    while (query.next()) {
        Alert alert = readAlert(query);
        if (!filter.states.isEmpty() && !filter.states.contains(alert.state))
            continue;
        if (filter.minimumSeverity && alert.severity < *filter.minimumSeverity)
            continue;
        if (filter.projectId && alert.projectId != filter.projectId)
            continue;
        list << alert;
    }
    return list;
}

QList<Alert> AlertStore::pendingNotices() const
{
    SqlStatement query(m_database,
                       alertColumns + QStringLiteral(" WHERE pending_notice IS NOT NULL ORDER BY id"));
    query.exec();
    QList<Alert> list;
    while (query.next())
        list << readAlert(query);
    return list;
}

void AlertStore::markNotified(const QList<Alert> &announced, const WriteWait &wait)
{
    if (announced.isEmpty())
        return;
    runInWriteTransaction(m_database, wait, [&] {
        // Only the change that was printed: an alert that changed again since (escalated, resolved
        // by another evaluation) keeps its notice for the next report.
        SqlStatement update(m_database,
                            QStringLiteral("UPDATE alerts SET pending_notice = NULL WHERE id = :id"
                                           " AND pending_notice = :notice AND severity = :severity"
                                           " AND state = :state"));
        for (const Alert &alert : announced) {
            if (!alert.pendingNotice)
                continue;
            update.bind(QStringLiteral(":id"), qlonglong(alert.id))
                .bind(QStringLiteral(":notice"), toKey(*alert.pendingNotice))
                .bind(QStringLiteral(":severity"), toKey(alert.severity))
                .bind(QStringLiteral(":state"), toKey(alert.state))
                .exec();
        }
    });
    spdlog::info("{} alert changes announced", announced.size());
}

std::optional<Alert> AlertStore::findAlert(AlertId id) const
{
    SqlStatement query(m_database, alertColumns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    if (!query.next())
        return std::nullopt;
    return readAlert(query);
}

void AlertStore::acknowledge(AlertId id, const QString &typedNote)
{
    // Validated as stored: trailing blank lines do not count against the limit.
    const QString note = typedNote.trimmed();
    Transaction transaction(m_database);
    const std::optional<Alert> alert = findAlert(id);
    if (!alert)
        throw ValidationError(QStringLiteral("alert"), ErrorCode::AlertNotFound, { QString::number(id) });
    if (alert->state == AlertState::Resolved)
        throw ValidationError(QStringLiteral("alert"), ErrorCode::AlertAlreadyResolved);
    validation::requireLength(QStringLiteral("note"), note, validation::limits::AlertNoteLength);
    SqlStatement update(m_database,
                        QStringLiteral("UPDATE alerts SET state = 'acknowledged', acknowledged_by = :actor,"
                                       " acknowledgement_note = :note, is_read = 1, updated_at = :now"
                                       " WHERE id = :id"));
    update.bind(QStringLiteral(":actor"), AuditLog::actor())
        .bind(QStringLiteral(":note"), note)
        .bind(QStringLiteral(":now"), sql::nowUtc())
        .bind(QStringLiteral(":id"), qlonglong(id))
        .exec();
    AuditLog(m_database)
        .record(QStringLiteral("acknowledge"), QStringLiteral("alert"), QString::number(id),
                QStringLiteral("%1 — note: %2").arg(alert->message, note));
    transaction.commit();
    spdlog::info("alert {} acknowledged", id);
}

void AlertStore::markAllRead()
{
    execSql(m_database, QStringLiteral("UPDATE alerts SET is_read = 1 WHERE is_read = 0"));
}

void AlertStore::markRead(const QList<AlertId> &ids)
{
    Transaction transaction(m_database);
    SqlStatement update(m_database,
                        QStringLiteral("UPDATE alerts SET is_read = 1 WHERE id = :id AND is_read = 0"));
    for (const AlertId id : ids)
        update.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    transaction.commit();
}

int AlertStore::unreadCount() const
{
    SqlStatement query(m_database,
                       QStringLiteral("SELECT COUNT(*) FROM alerts WHERE is_read = 0 AND state = 'open'"));
    return query.scalar().toInt();
}

std::optional<AlertSeverity> AlertStore::worstOpenSeverity() const
{
    std::optional<AlertSeverity> worst;
    for (const Alert &alert : alerts({ { AlertState::Open }, std::nullopt, std::nullopt })) {
        if (!worst || alert.severity > *worst)
            worst = alert.severity;
    }
    return worst;
}

} // namespace costboard
