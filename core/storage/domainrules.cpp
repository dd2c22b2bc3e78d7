// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/domainrules.h"

#include "domain/category.h"
#include "domain/money.h"
#include "governance/criteria.h"
#include "governance/decisions.h"
#include "governance/followup.h"
#include "governance/talent.h"
#include "governance/upskilling.h"
#include "pricing/pricecatalog.h"

namespace costboard::domainrules {
namespace {

// `{row}` stands for the row: NEW in a trigger, an alias in the self-check's count.
QString withRow(QString condition, const QString &row)
{
    return condition.replace(QLatin1String("{row}"), row);
}

// The few conditions whose SQL differs between SQLite and PostgreSQL, written once per dialect;
// the rules below are composed of them. On PostgreSQL a column's declared type already refuses
// text where a whole number belongs, which SQLite's type affinity lets through.
class RuleSql
{
public:
    explicit RuleSql(SqlDialect dialect)
        : m_sqlite(dialect == SqlDialect::Sqlite)
    { }

    // True when `column` holds anything but a whole number.
    QString notInteger(const QString &column) const
    {
        return m_sqlite ? QStringLiteral("typeof({row}.%1) <> 'integer'").arg(column)
                        : QStringLiteral("FALSE");
    }

    // Not `NOT IN ('EUR', …)`: in a trigger SQLite builds that list's lookup table again for
    // every row, on disk, which made an import sixty times slower. One search in one string
    // costs nothing.
    QString notListed(const QString &column, const QStringList &keys) const
    {
        return QStringLiteral("%1('|%2|', '|' || {row}.%3 || '|') = 0")
            .arg(m_sqlite ? QLatin1String("instr") : QLatin1String("strpos"), keys.join(u'|'), column);
    }

    // An ISO date that reads back as itself once made a day number: "2026-02-30" becomes
    // "2026-03-02", so it is not one (SQLite's date() alone accepts any day up to 31).
    // PostgreSQL: costboard_iso_date() (made with the triggers) is NULL for text that is no date.
    QString notADate(const QString &column) const
    {
        return m_sqlite
            ? QStringLiteral("{row}.%1 IS NOT date(julianday({row}.%1))").arg(column)
            : QStringLiteral("{row}.%1 IS DISTINCT FROM costboard_iso_date({row}.%1)").arg(column);
    }

    // True unless `column` is the Monday of the ISO week of the date in `dateColumn`.
    QString notMondayOf(const QString &column, const QString &dateColumn) const
    {
        return m_sqlite
            ? QStringLiteral("{row}.%1 IS NOT date({row}.%2, '-6 days', 'weekday 1')").arg(column, dateColumn)
            : QStringLiteral("{row}.%1 IS DISTINCT FROM to_char(date_trunc('week',"
                             " CAST(costboard_iso_date({row}.%2) AS date)), 'YYYY-MM-DD')")
                  .arg(column, dateColumn);
    }

    // True unless `column` is the first day of its month.
    QString notFirstOfMonth(const QString &column) const
    {
        return m_sqlite ? QStringLiteral("{row}.%1 IS NOT date({row}.%1, 'start of month')").arg(column)
                        : QStringLiteral("{row}.%1 IS DISTINCT FROM to_char(date_trunc('month',"
                                         " CAST(costboard_iso_date({row}.%1) AS date)), 'YYYY-MM-DD')")
                              .arg(column);
    }

private:
    bool m_sqlite;
};

QList<DomainRule> makeRules(SqlDialect dialect)
{
    const RuleSql sql(dialect);
    const auto notAKnownCurrency = [&sql](const QString &column) {
        return QStringLiteral("(length({row}.%1) <> 3 OR %2)")
            .arg(column, sql.notListed(column, Money::knownCurrencies()));
    };
    const auto notAKnownCategory = [&sql](const QString &column) {
        QStringList ids;
        for (const CategoryInfo &info : CostCategories::all())
            ids << QString::number(static_cast<int>(info.category));
        return QStringLiteral("(%1 OR %2)").arg(sql.notInteger(column), sql.notListed(column, ids));
    };
    const auto notOneOf = [&sql](const QString &column, const QStringList &keys) {
        return sql.notListed(column, keys);
    };
    // A whole number within the input limit (Money::MaxInputMinorUnits), which ten million
    // lines cannot sum past.
    const auto notAnAmount = [&sql](const QString &column) {
        return QStringLiteral("%1 OR abs({row}.%2) > %3")
            .arg(sql.notInteger(column), column)
            .arg(Money::MaxInputMinorUnits);
    };
    const auto notAWholeCount = [&sql](const QString &column) {
        return QStringLiteral("%1 OR {row}.%2 < 0").arg(sql.notInteger(column), column);
    };
    const auto notADate = [&sql](const QString &column) {
        return sql.notADate(column);
    };

    QList<DomainRule> rules;
    const auto rule = [&](const QString &table, const QString &column, const QString &breaks) {
        rules << DomainRule { table + QLatin1Char('.') + column, table, breaks };
    };

    rule(QStringLiteral("cost_lines"), QStringLiteral("amount_minor"),
         notAnAmount(QStringLiteral("amount_minor")));
    rule(QStringLiteral("cost_lines"), QStringLiteral("reporting_minor"),
         QStringLiteral("{row}.reporting_minor IS NOT NULL AND (%1)")
             .arg(notAnAmount(QStringLiteral("reporting_minor"))));
    rule(QStringLiteral("cost_lines"), QStringLiteral("currency"),
         notAKnownCurrency(QStringLiteral("currency")));
    rule(QStringLiteral("cost_lines"), QStringLiteral("category_id"),
         notAKnownCategory(QStringLiteral("category_id")));
    rule(QStringLiteral("cost_lines"), QStringLiteral("project_id"),
         QStringLiteral("NOT EXISTS (SELECT 1 FROM projects WHERE projects.id = {row}.project_id)"));
    rule(QStringLiteral("cost_lines"), QStringLiteral("incurred_on"),
         notADate(QStringLiteral("incurred_on")));
    // The Monday of the line's ISO week, kept beside its date.
    rule(QStringLiteral("cost_lines"), QStringLiteral("week_start"),
         sql.notMondayOf(QStringLiteral("week_start"), QStringLiteral("incurred_on")));
    rule(QStringLiteral("cost_lines"), QStringLiteral("service_period"),
         QStringLiteral("({row}.service_start IS NULL) <> ({row}.service_end IS NULL)"
                        " OR ({row}.service_start IS NOT NULL AND (%1 OR %2"
                        " OR {row}.service_end <= {row}.service_start))")
             .arg(notADate(QStringLiteral("service_start")), notADate(QStringLiteral("service_end"))));

    rule(QStringLiteral("cost_lines"), QStringLiteral("requests"),
         QStringLiteral("{row}.requests IS NOT NULL AND (%1)")
             .arg(notAWholeCount(QStringLiteral("requests"))));

    rule(QStringLiteral("benchmark_volumes"), QStringLiteral("volume"),
         notAWholeCount(QStringLiteral("volume")));
    // A Monday: the volume of an ISO week.
    rule(QStringLiteral("benchmark_volumes"), QStringLiteral("week_start"),
         sql.notMondayOf(QStringLiteral("week_start"), QStringLiteral("week_start")));

    const auto keysOf = [](const auto &values) {
        QStringList keys;
        for (const auto value : values)
            keys << toKey(value);
        return keys;
    };
    rule(QStringLiteral("projects"), QStringLiteral("data_sensitivity"),
         notOneOf(QStringLiteral("data_sensitivity"), keysOf(allDataSensitivities())));
    rule(
        QStringLiteral("criteria"), QStringLiteral("sense"),
        notOneOf(QStringLiteral("sense"), { toKey(CriterionSense::Benefit), toKey(CriterionSense::Burden) }));
    rule(QStringLiteral("criteria"), QStringLiteral("weight"),
         QStringLiteral("%1 OR {row}.weight < 0 OR {row}.weight > %2")
             .arg(sql.notInteger(QStringLiteral("weight")))
             .arg(Criterion::MaxWeight));
    rule(QStringLiteral("criterion_scores"), QStringLiteral("score"),
         QStringLiteral("%1 OR {row}.score < %2 OR {row}.score > %3")
             .arg(sql.notInteger(QStringLiteral("score")))
             .arg(CriterionScore::MinScore)
             .arg(CriterionScore::MaxScore));
    rule(QStringLiteral("criterion_scores"), QStringLiteral("scored_on"),
         notADate(QStringLiteral("scored_on")));
    rule(QStringLiteral("routing_rules"), QStringLiteral("level"),
         notOneOf(QStringLiteral("level"), keysOf(allDecisionLevels())));
    rule(QStringLiteral("routing_rules"), QStringLiteral("sensitivity_at_least"),
         QStringLiteral("{row}.sensitivity_at_least IS NOT NULL AND %1")
             .arg(notOneOf(QStringLiteral("sensitivity_at_least"), keysOf(allDataSensitivities()))));
    rule(QStringLiteral("decisions"), QStringLiteral("kind"),
         notOneOf(QStringLiteral("kind"), keysOf(allDecisionKinds())));
    rule(QStringLiteral("decisions"), QStringLiteral("decided_on"), notADate(QStringLiteral("decided_on")));
    const auto nullOr = [](const QString &column, const QString &condition) {
        return QStringLiteral("{row}.%1 IS NOT NULL AND (%2)").arg(column, condition);
    };
    for (const char *column : { "due_on", "done_on" })
        rule(QStringLiteral("decisions"), QLatin1String(column),
             nullOr(QLatin1String(column), notADate(QLatin1String(column))));
    for (const char *column : { "status_before", "status_after" })
        rule(QStringLiteral("decisions"), QLatin1String(column),
             nullOr(QLatin1String(column), notOneOf(QLatin1String(column), keysOf(allProjectStatuses()))));
    rule(QStringLiteral("decisions"), QStringLiteral("budget_after"),
         nullOr(QStringLiteral("budget_after"), notAnAmount(QStringLiteral("budget_after"))));
    rule(QStringLiteral("milestones"), QStringLiteral("kind"),
         notOneOf(QStringLiteral("kind"), keysOf(allMilestoneKinds())));
    rule(QStringLiteral("milestones"), QStringLiteral("due_on"), notADate(QStringLiteral("due_on")));
    rule(QStringLiteral("milestones"), QStringLiteral("done_on"),
         nullOr(QStringLiteral("done_on"), notADate(QStringLiteral("done_on"))));
    rule(
        QStringLiteral("kpis"), QStringLiteral("direction"),
        notOneOf(QStringLiteral("direction"), { toKey(KpiDirection::AtLeast), toKey(KpiDirection::AtMost) }));
    rule(QStringLiteral("kpis"), QStringLiteral("cadence"),
         notOneOf(QStringLiteral("cadence"), { toKey(KpiCadence::Week), toKey(KpiCadence::Month) }));
    rule(QStringLiteral("kpis"), QStringLiteral("target"), sql.notInteger(QStringLiteral("target")));
    rule(QStringLiteral("kpi_values"), QStringLiteral("actual"), sql.notInteger(QStringLiteral("actual")));
    rule(QStringLiteral("kpi_values"), QStringLiteral("period_start"),
         notADate(QStringLiteral("period_start")));
    rule(QStringLiteral("committee_sessions"), QStringLiteral("held_on"),
         notADate(QStringLiteral("held_on")));

    // Months are stored as their first day.
    const auto notAMonth = [&sql](const QString &column) {
        return QStringLiteral("%1 OR %2").arg(sql.notADate(column), sql.notFirstOfMonth(column));
    };
    rule(QStringLiteral("team_members"), QStringLiteral("level"),
         notOneOf(QStringLiteral("level"), keysOf(allTalentLevels())));
    rule(QStringLiteral("team_members"), QStringLiteral("monthly_cost_minor"),
         QStringLiteral("%1 OR {row}.monthly_cost_minor < 0")
             .arg(notAnAmount(QStringLiteral("monthly_cost_minor"))));
    rule(QStringLiteral("team_members"), QStringLiteral("currency"),
         notAKnownCurrency(QStringLiteral("currency")));
    rule(QStringLiteral("team_members"), QStringLiteral("first_month"),
         notAMonth(QStringLiteral("first_month")));
    rule(QStringLiteral("team_members"), QStringLiteral("last_month"),
         QStringLiteral("{row}.last_month IS NOT NULL AND (%1 OR {row}.last_month < {row}.first_month)")
             .arg(notAMonth(QStringLiteral("last_month"))));
    rule(QStringLiteral("team_allocations"), QStringLiteral("share_bp"),
         QStringLiteral("%1 OR {row}.share_bp <= 0"
                        " OR (SELECT SUM(a.share_bp) FROM team_allocations a"
                        " WHERE a.member_id = {row}.member_id) > %2")
             .arg(sql.notInteger(QStringLiteral("share_bp")))
             .arg(TeamMember::FullTimeBasisPoints));
    rule(QStringLiteral("talent_targets"), QStringLiteral("level"),
         notOneOf(QStringLiteral("level"), keysOf(allTalentLevels())));
    rule(QStringLiteral("talent_targets"), QStringLiteral("percent"),
         QStringLiteral("%1 OR {row}.percent < 0 OR {row}.percent > 100")
             .arg(sql.notInteger(QStringLiteral("percent"))));
    rule(QStringLiteral("training_plans"), QStringLiteral("heads"),
         QStringLiteral("%1 OR {row}.heads < 1 OR {row}.heads > %2")
             .arg(sql.notInteger(QStringLiteral("heads")))
             .arg(TrainingPlan::MaxHeads));
    rule(QStringLiteral("training_plans"), QStringLiteral("cost_per_head_minor"),
         QStringLiteral("%1 OR {row}.cost_per_head_minor <= 0")
             .arg(notAnAmount(QStringLiteral("cost_per_head_minor"))));
    rule(QStringLiteral("training_plans"), QStringLiteral("currency"),
         notAKnownCurrency(QStringLiteral("currency")));
    rule(QStringLiteral("training_plans"), QStringLiteral("held_on"), notADate(QStringLiteral("held_on")));
    rule(QStringLiteral("automated_hours"), QStringLiteral("hours"),
         QStringLiteral("%1 OR {row}.hours > %2")
             .arg(notAWholeCount(QStringLiteral("hours")))
             .arg(AutomatedHours::MaxHours));
    rule(QStringLiteral("automated_hours"), QStringLiteral("month_start"),
         notAMonth(QStringLiteral("month_start")));

    // The roll-ups are derived: a row out of its domain is a sign of drift (the self-check
    // rebuilds them), and the schema refuses a write that would make one, such as a count below
    // zero after deleting a line the roll-ups never held.
    for (const char *column : { "reporting_minor", "recurring_minor" })
        rule(QStringLiteral("daily_rollups"), QLatin1String(column), sql.notInteger(QLatin1String(column)));
    rule(QStringLiteral("daily_rollups"), QStringLiteral("line_count"),
         notAWholeCount(QStringLiteral("line_count")));
    rule(QStringLiteral("daily_rollups"), QStringLiteral("unconverted_count"),
         QStringLiteral("%1 OR {row}.unconverted_count > {row}.line_count")
             .arg(notAWholeCount(QStringLiteral("unconverted_count"))));
    rule(QStringLiteral("daily_rollups"), QStringLiteral("category_id"),
         notAKnownCategory(QStringLiteral("category_id")));
    rule(QStringLiteral("daily_rollups"), QStringLiteral("day"), notADate(QStringLiteral("day")));

    rule(QStringLiteral("budgets"), QStringLiteral("amount_minor"),
         QStringLiteral("%1 OR {row}.amount_minor < 0").arg(notAnAmount(QStringLiteral("amount_minor"))));
    // A budget in another currency than the reporting one is allowed and counts nowhere
    // (BudgetBook): only a known currency is required.
    rule(QStringLiteral("budgets"), QStringLiteral("currency"),
         notAKnownCurrency(QStringLiteral("currency")));
    rule(QStringLiteral("budgets"), QStringLiteral("category_id"),
         QStringLiteral("{row}.category_id IS NOT NULL AND %1")
             .arg(notAKnownCategory(QStringLiteral("category_id"))));
    rule(QStringLiteral("budgets"), QStringLiteral("period_start"), notADate(QStringLiteral("period_start")));

    rule(QStringLiteral("fx_rates"), QStringLiteral("rate_nanos"),
         QStringLiteral("%1 OR {row}.rate_nanos <= 0").arg(sql.notInteger(QStringLiteral("rate_nanos"))));
    rule(QStringLiteral("fx_rates"), QStringLiteral("currency"),
         QStringLiteral("%1 OR %2")
             .arg(notAKnownCurrency(QStringLiteral("currency")),
                  notAKnownCurrency(QStringLiteral("quote_currency"))));
    rule(QStringLiteral("fx_rates"), QStringLiteral("valid_from"), notADate(QStringLiteral("valid_from")));

    // A NULL price is a withdrawal (unknown from that day), never a zero.
    rule(QStringLiteral("model_prices"), QStringLiteral("micros_per_million"),
         QStringLiteral("{row}.micros_per_million IS NOT NULL AND (%1"
                        " OR {row}.micros_per_million < 0 OR {row}.micros_per_million > %2)")
             .arg(sql.notInteger(QStringLiteral("micros_per_million")))
             .arg(pricing::MaxMicrosPerMillion));
    rule(QStringLiteral("model_prices"), QStringLiteral("meter"), notOneOf(QStringLiteral("meter"), [] {
             QStringList keys;
             for (const pricing::Meter meter : pricing::allMeters())
                 keys << pricing::meterKey(meter);
             return keys;
         }()));
    rule(QStringLiteral("model_prices"), QStringLiteral("origin"),
         notOneOf(QStringLiteral("origin"),
                  { pricing::priceOriginKey(pricing::PriceOrigin::Shipped),
                    pricing::priceOriginKey(pricing::PriceOrigin::Imported),
                    pricing::priceOriginKey(pricing::PriceOrigin::User) }));
    rule(QStringLiteral("model_prices"), QStringLiteral("currency"),
         notAKnownCurrency(QStringLiteral("currency")));
    rule(QStringLiteral("model_prices"), QStringLiteral("effective_from"),
         notADate(QStringLiteral("effective_from")));

    rule(QStringLiteral("settings"), QStringLiteral("reporting_currency"),
         QStringLiteral("{row}.key = 'reporting_currency' AND %1")
             .arg(notAKnownCurrency(QStringLiteral("value"))));
    rule(QStringLiteral("settings"), QStringLiteral("fiscal_year_start_month"),
         QStringLiteral("{row}.key = 'fiscal_year_start_month' AND %1")
             .arg(sql.notListed(QStringLiteral("value"),
                                { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                  QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                                  QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
                                  QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12") })));
    return rules;
}

} // namespace

const QList<DomainRule> &all(SqlDialect dialect)
{
    static const QList<DomainRule> sqliteRules = makeRules(SqlDialect::Sqlite);
    static const QList<DomainRule> postgresRules = makeRules(SqlDialect::Postgres);
    return dialect == SqlDialect::Sqlite ? sqliteRules : postgresRules;
}

QStringList tables()
{
    QStringList names;
    for (const DomainRule &rule : all(SqlDialect::Sqlite)) {
        if (!names.contains(rule.table))
            names << rule.table;
    }
    return names;
}

QList<DomainRule> rulesOf(const QString &table, SqlDialect dialect)
{
    QList<DomainRule> rules;
    for (const DomainRule &rule : all(dialect)) {
        if (rule.table == table)
            rules << rule;
    }
    return rules;
}

QString violationCountsQuery(const QString &table, SqlDialect dialect)
{
    QStringList counts;
    for (const DomainRule &rule : rulesOf(table, dialect))
        counts << QStringLiteral("COALESCE(SUM(CASE WHEN %1 THEN 1 ELSE 0 END), 0)")
                      .arg(withRow(rule.breaks, QStringLiteral("row")));
    return QStringLiteral("SELECT %1 FROM %2 AS row").arg(counts.join(QLatin1String(", ")), table);
}

QString refusalPrefix()
{
    return QStringLiteral("CostBoard domain rule broken: ");
}

QStringList triggerStatements(const QString &table, SqlDialect dialect)
{
    QStringList statements;
    if (dialect == SqlDialect::Sqlite) {
        for (const char *event : { "insert", "update" })
            statements
                << QStringLiteral("DROP TRIGGER IF EXISTS %1_domain_%2").arg(table, QLatin1String(event));
        QStringList checks;
        for (const DomainRule &rule : rulesOf(table, dialect))
            checks << QStringLiteral(" SELECT RAISE(ABORT, '%1%2') WHERE %3;")
                          .arg(refusalPrefix(), rule.key, withRow(rule.breaks, QStringLiteral("NEW")));
        for (const char *event : { "INSERT", "UPDATE" }) {
            // AFTER, not BEFORE: an upsert fires BEFORE INSERT with the increment it is about to
            // add (a roll-up's -1 on deleting a line) even when it goes on to update the row;
            // AFTER sees the row as written, and RAISE(ABORT) still undoes the whole statement.
            statements << QStringLiteral(
                              "CREATE TRIGGER %1_domain_%2 AFTER %3 ON %1 FOR EACH ROW BEGIN%4 END")
                              .arg(table, QString::fromLatin1(event).toLower(), QLatin1String(event),
                                   checks.join(QString()));
        }
        return statements;
    }
    // PostgreSQL: one function per table, run after each row is written (for the same reason as
    // above); an exception undoes the whole statement. The dates' rule reads text through
    // costboard_iso_date(), which returns NULL rather than failing on what is no date.
    statements << QStringLiteral(
        "CREATE OR REPLACE FUNCTION costboard_iso_date(value TEXT) RETURNS TEXT"
        " LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN"
        " IF value IS NULL OR value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN RETURN NULL; END IF;"
        " RETURN to_char(CAST(value AS date), 'YYYY-MM-DD');"
        " EXCEPTION WHEN OTHERS THEN RETURN NULL; END $$");
    QString checks;
    for (const DomainRule &rule : rulesOf(table, dialect))
        checks += QStringLiteral(" IF %1 THEN RAISE EXCEPTION '%2%3'; END IF;")
                      .arg(withRow(rule.breaks, QStringLiteral("NEW")), refusalPrefix(), rule.key);
    statements << QStringLiteral("CREATE OR REPLACE FUNCTION %1_domain() RETURNS trigger LANGUAGE plpgsql"
                                 " AS $$ BEGIN%2 RETURN NULL; END $$")
                      .arg(table, checks)
               << QStringLiteral("DROP TRIGGER IF EXISTS %1_domain ON %1").arg(table)
               << QStringLiteral("CREATE TRIGGER %1_domain AFTER INSERT OR UPDATE ON %1 FOR EACH ROW"
                                 " EXECUTE FUNCTION %1_domain()")
                      .arg(table);
    return statements;
}

} // namespace costboard::domainrules
