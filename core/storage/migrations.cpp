// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <spdlog/spdlog.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include "domain/category.h"
#include "domain/unit.h"
#include "errors.h"
#include "pricing/pricerepository.h"
#include "storage/database.h"
#include "storage/domainrules.h"
#include "storage/teamserver.h"

namespace costboard {
namespace {

struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

// Never edit a migration that has shipped: add a new one. Placeholders {ID}, {BIGINT}, {REAL}
// are filled per dialect by Database::adaptDdl(). Dates are ISO 8601 text ("2026-11-23") so
// they sort and compare the same in SQLite and PostgreSQL; money is integer minor units.
QList<Migration> allMigrations()
{
    return {
        { 1,
          "projects, categories, cost lines, weekly roll-ups, budgets, FX rates, audit log, settings",
          {
              QStringLiteral("CREATE TABLE cost_categories ("
                             " id INTEGER PRIMARY KEY,"
                             " key TEXT NOT NULL UNIQUE,"
                             " name_en TEXT NOT NULL,"
                             " name_fr TEXT NOT NULL,"
                             " colour TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE projects ("
                             " id {ID},"
                             " code TEXT NOT NULL UNIQUE,"
                             " name TEXT NOT NULL,"
                             " description TEXT NOT NULL DEFAULT '',"
                             " owner TEXT NOT NULL DEFAULT '',"
                             " sponsor TEXT NOT NULL DEFAULT '',"
                             " business_unit TEXT NOT NULL DEFAULT '',"
                             " status TEXT NOT NULL,"
                             " decision_level TEXT NOT NULL,"
                             " start_date TEXT,"
                             " end_date TEXT,"
                             " archived INTEGER NOT NULL DEFAULT 0,"
                             " created_at TEXT NOT NULL,"
                             " updated_at TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE import_batches ("
                             " id {ID},"
                             " source TEXT NOT NULL,"
                             " file_name TEXT NOT NULL,"
                             " imported_at TEXT NOT NULL,"
                             " line_count INTEGER NOT NULL)"),
              QStringLiteral("CREATE TABLE cost_lines ("
                             " id {ID},"
                             " project_id {BIGINT} NOT NULL REFERENCES projects(id),"
                             " category_id INTEGER NOT NULL REFERENCES cost_categories(id),"
                             " incurred_on TEXT NOT NULL,"
                             " week_start TEXT NOT NULL,"
                             " amount_minor {BIGINT} NOT NULL,"
                             " currency TEXT NOT NULL,"
                             " reporting_minor {BIGINT},"
                             " vendor TEXT NOT NULL DEFAULT '',"
                             " description TEXT NOT NULL DEFAULT '',"
                             " quantity {REAL},"
                             " unit TEXT NOT NULL DEFAULT '',"
                             " source TEXT NOT NULL,"
                             " import_batch_id {BIGINT} REFERENCES import_batches(id),"
                             " external_ref TEXT,"
                             " created_at TEXT NOT NULL,"
                             " updated_at TEXT NOT NULL)"),
              QStringLiteral(
                  "CREATE UNIQUE INDEX cost_lines_external_ref ON cost_lines(source, external_ref)"),
              QStringLiteral(
                  "CREATE INDEX cost_lines_week ON cost_lines(week_start, project_id, category_id)"),
              QStringLiteral("CREATE INDEX cost_lines_project ON cost_lines(project_id, incurred_on)"),
              QStringLiteral("CREATE INDEX cost_lines_incurred ON cost_lines(incurred_on)"),
              QStringLiteral("CREATE INDEX cost_lines_vendor ON cost_lines(vendor)"),
              // Totals per week x project x category x vendor, kept by the repository in the same
              // transaction as every cost-line write: charts read these, never the raw lines.
              QStringLiteral("CREATE TABLE weekly_rollups ("
                             " week_start TEXT NOT NULL,"
                             " project_id {BIGINT} NOT NULL REFERENCES projects(id),"
                             " category_id INTEGER NOT NULL REFERENCES cost_categories(id),"
                             " vendor TEXT NOT NULL,"
                             " reporting_minor {BIGINT} NOT NULL,"
                             " line_count {BIGINT} NOT NULL,"
                             " unconverted_count {BIGINT} NOT NULL,"
                             " PRIMARY KEY (week_start, project_id, category_id, vendor))"),
              QStringLiteral("CREATE TABLE budgets ("
                             " id {ID},"
                             " project_id {BIGINT} REFERENCES projects(id) ON DELETE CASCADE,"
                             " category_id INTEGER REFERENCES cost_categories(id),"
                             " period_kind TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),"
                             " period_start TEXT NOT NULL,"
                             " amount_minor {BIGINT} NOT NULL,"
                             " currency TEXT NOT NULL,"
                             " updated_at TEXT NOT NULL)"),
              QStringLiteral("CREATE UNIQUE INDEX budgets_scope ON budgets("
                             "COALESCE(project_id, 0), COALESCE(category_id, 0), period_kind, period_start)"),
              QStringLiteral("CREATE TABLE fx_rates ("
                             " id {ID},"
                             " currency TEXT NOT NULL,"
                             " quote_currency TEXT NOT NULL,"
                             " valid_from TEXT NOT NULL,"
                             " rate_nanos {BIGINT} NOT NULL CHECK (rate_nanos > 0),"
                             " UNIQUE (currency, quote_currency, valid_from))"),
              QStringLiteral("CREATE TABLE audit_log ("
                             " id {ID},"
                             " at TEXT NOT NULL,"
                             " actor TEXT NOT NULL,"
                             " action TEXT NOT NULL,"
                             " entity TEXT NOT NULL,"
                             " entity_id TEXT NOT NULL,"
                             " details TEXT NOT NULL)"),
              QStringLiteral("CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)"),
              QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
              QStringLiteral("INSERT INTO settings (key, value) VALUES ('reporting_currency', 'EUR')"),
              QStringLiteral("INSERT INTO settings (key, value) VALUES ('fiscal_year_start_month', '1')"),
          } },
        { 2,
          "alert rules and alerts",
          {
              QStringLiteral("CREATE TABLE alert_rules ("
                             " id {ID},"
                             " name TEXT NOT NULL,"
                             " kind TEXT NOT NULL,"
                             " project_id {BIGINT} REFERENCES projects(id) ON DELETE CASCADE,"
                             " category_id INTEGER REFERENCES cost_categories(id),"
                             " threshold {BIGINT} NOT NULL,"
                             " trailing_weeks INTEGER NOT NULL DEFAULT 4,"
                             " severity TEXT NOT NULL,"
                             " enabled INTEGER NOT NULL DEFAULT 1,"
                             " built_in INTEGER NOT NULL DEFAULT 0,"
                             " created_at TEXT NOT NULL,"
                             " updated_at TEXT NOT NULL)"),
              // One alert per kind x scope x period: the natural key the engine upserts on.
              QStringLiteral("CREATE TABLE alerts ("
                             " id {ID},"
                             " rule_id {BIGINT} REFERENCES alert_rules(id) ON DELETE SET NULL,"
                             " kind TEXT NOT NULL,"
                             " project_id {BIGINT} REFERENCES projects(id) ON DELETE CASCADE,"
                             " category_id INTEGER REFERENCES cost_categories(id),"
                             " period_key TEXT NOT NULL,"
                             " week TEXT NOT NULL,"
                             " severity TEXT NOT NULL,"
                             " state TEXT NOT NULL,"
                             " value {BIGINT} NOT NULL,"
                             " threshold {BIGINT} NOT NULL,"
                             " amount_minor {BIGINT} NOT NULL,"
                             " reference_minor {BIGINT} NOT NULL,"
                             " currency TEXT NOT NULL,"
                             " message TEXT NOT NULL,"
                             " fired_at TEXT NOT NULL,"
                             " updated_at TEXT NOT NULL,"
                             " resolved_at TEXT,"
                             " acknowledged_by TEXT,"
                             " acknowledgement_note TEXT,"
                             " is_read INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE UNIQUE INDEX alerts_scope_period ON alerts("
                             "kind, COALESCE(project_id, 0), COALESCE(category_id, 0), period_key)"),
              QStringLiteral("CREATE INDEX alerts_state ON alerts(state, severity)"),
          } },
        { 3,
          "indexes for ordering cost lines by amount",
          {
              // The cost-lines table orders by amount ("largest costs first") and pages on from the
              // last line shown: with these its pages cost milliseconds on a million lines instead
              // of a full sort each. The id is the tie-breaker of that order (SQLite would add it
              // to the index by itself, PostgreSQL would not).
              QStringLiteral("CREATE INDEX cost_lines_reporting ON cost_lines(reporting_minor, id)"),
              QStringLiteral("CREATE INDEX cost_lines_amount ON cost_lines(amount_minor, id)"),
          } },
        { 4,
          "service periods and day-grain roll-ups on the accrual and cash bases",
          {
              // The days a line pays for, [service_start, service_end): NULL for a line that pays
              // for its own date, which every line written before this version does.
              QStringLiteral("ALTER TABLE cost_lines ADD COLUMN service_start TEXT"),
              QStringLiteral("ALTER TABLE cost_lines ADD COLUMN service_end TEXT"),
              // Totals per basis x day x project x category x vendor, kept by the repository in the
              // same transaction as every cost-line write; every figure is read from these. On the
              // accrual basis a line's amount is spread over its service days; on the cash basis it
              // sits on its date. `recurring_minor` is the part from lines of a month or longer
              // (the forecast schedules those); a line counts in `line_count` and
              // `unconverted_count` on its first day only, so that counts add up over any period.
              QStringLiteral("CREATE TABLE daily_rollups ("
                             " basis TEXT NOT NULL CHECK (basis IN ('accrual', 'cash')),"
                             " day TEXT NOT NULL,"
                             " project_id {BIGINT} NOT NULL REFERENCES projects(id),"
                             " category_id INTEGER NOT NULL REFERENCES cost_categories(id),"
                             " vendor TEXT NOT NULL,"
                             " reporting_minor {BIGINT} NOT NULL,"
                             " recurring_minor {BIGINT} NOT NULL,"
                             " line_count {BIGINT} NOT NULL,"
                             " unconverted_count {BIGINT} NOT NULL,"
                             " PRIMARY KEY (basis, day, project_id, category_id, vendor)){WITHOUT_ROWID}"),
              // Every existing line pays for its own date: both bases start out alike.
              QStringLiteral(
                  "INSERT INTO daily_rollups (basis, day, project_id, category_id, vendor, reporting_minor,"
                  " recurring_minor, line_count, unconverted_count)"
                  " SELECT b.basis, c.incurred_on, c.project_id, c.category_id, c.vendor,"
                  " COALESCE(SUM(c.reporting_minor), 0), 0, COUNT(*),"
                  " SUM(CASE WHEN c.reporting_minor IS NULL THEN 1 ELSE 0 END)"
                  " FROM cost_lines c CROSS JOIN (SELECT 'accrual' AS basis UNION ALL SELECT 'cash') b"
                  " GROUP BY b.basis, c.incurred_on, c.project_id, c.category_id, c.vendor"),
              QStringLiteral("DROP TABLE weekly_rollups"),
          } },
        { 5,
          "imports: batches, imported rows, saved mappings, allocation rules and the Unallocated project",
          {
              // One batch per imported file: what it was, what it brought, and whether it was undone.
              // Its rows are inserted together, so [first_row_id, last_row_id] bounds them in
              // import_rows without an index.
              QStringLiteral("ALTER TABLE import_batches ADD COLUMN format TEXT NOT NULL DEFAULT 'csv'"),
              QStringLiteral("ALTER TABLE import_batches ADD COLUMN provider TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE import_batches ADD COLUMN fingerprint TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE import_batches ADD COLUMN file_size {BIGINT} NOT NULL DEFAULT 0"),
              QStringLiteral("ALTER TABLE import_batches ADD COLUMN row_count {BIGINT} NOT NULL DEFAULT 0"),
              QStringLiteral(
                  "ALTER TABLE import_batches ADD COLUMN rejected_count {BIGINT} NOT NULL DEFAULT 0"),
              QStringLiteral(
                  "ALTER TABLE import_batches ADD COLUMN duplicate_count {BIGINT} NOT NULL DEFAULT 0"),
              QStringLiteral(
                  "ALTER TABLE import_batches ADD COLUMN replaced_count {BIGINT} NOT NULL DEFAULT 0"),
              QStringLiteral("ALTER TABLE import_batches ADD COLUMN first_day TEXT"),
              QStringLiteral("ALTER TABLE import_batches ADD COLUMN last_day TEXT"),
              QStringLiteral(
                  "ALTER TABLE import_batches ADD COLUMN reporting_total_minor {BIGINT} NOT NULL DEFAULT 0"),
              QStringLiteral(
                  "ALTER TABLE import_batches ADD COLUMN unallocated_minor {BIGINT} NOT NULL DEFAULT 0"),
              QStringLiteral("ALTER TABLE import_batches ADD COLUMN first_row_id {BIGINT}"),
              QStringLiteral("ALTER TABLE import_batches ADD COLUMN last_row_id {BIGINT}"),
              QStringLiteral("ALTER TABLE import_batches ADD COLUMN status TEXT NOT NULL DEFAULT 'active'"),
              QStringLiteral("ALTER TABLE import_batches ADD COLUMN actor TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE import_batches ADD COLUMN undone_at TEXT"),
              // Every imported row as read, exact to the nano-unit. What rows share (the statement
              // slice, where they were placed, vendor, description, what allocation rules match
              // on) is stored once per batch in import_row_groups; a row keeps its own dates,
              // amount, quantity and reference. A batch's cost lines are its rows summed per group,
              // day and service period: the ledger stays small enough to browse, and nothing of the
              // file is lost. No secondary index on import_rows, so a million rows insert at the
              // speed of a plain table. `replaced_by` marks rows a later export of the same account
              // and period replaced (undoing that import brings them back).
              QStringLiteral("CREATE TABLE import_row_groups ("
                             " id {ID},"
                             " batch_id {BIGINT} NOT NULL REFERENCES import_batches(id),"
                             " slice TEXT NOT NULL,"
                             " project_id {BIGINT} NOT NULL REFERENCES projects(id),"
                             " category_id INTEGER NOT NULL REFERENCES cost_categories(id),"
                             " allocated_by TEXT NOT NULL,"
                             " currency TEXT NOT NULL,"
                             " vendor TEXT NOT NULL,"
                             " description TEXT NOT NULL,"
                             " unit TEXT NOT NULL,"
                             " account TEXT NOT NULL,"
                             " workspace TEXT NOT NULL,"
                             " service_category TEXT NOT NULL,"
                             " service_name TEXT NOT NULL,"
                             " sku TEXT NOT NULL,"
                             " charge_category TEXT NOT NULL,"
                             " tags TEXT NOT NULL)"),
              QStringLiteral("CREATE INDEX import_row_groups_batch ON import_row_groups(batch_id)"),
              QStringLiteral("CREATE TABLE import_rows ("
                             " id {ID},"
                             " batch_id {BIGINT} NOT NULL,"
                             " group_id {BIGINT} NOT NULL,"
                             " line_no {BIGINT} NOT NULL,"
                             " row_key {BIGINT} NOT NULL,"
                             " incurred_on TEXT NOT NULL,"
                             " service_start TEXT,"
                             " service_end TEXT,"
                             " amount_nanos {BIGINT} NOT NULL,"
                             " quantity {REAL},"
                             " external_ref TEXT,"
                             " replaced_by {BIGINT})"),
              QStringLiteral("CREATE INDEX cost_lines_import ON cost_lines(import_batch_id)"
                             " WHERE import_batch_id IS NOT NULL"),
              // Column mappings for generic CSV files, saved by name and reused.
              QStringLiteral("CREATE TABLE import_mappings ("
                             " name TEXT PRIMARY KEY,"
                             " definition TEXT NOT NULL,"
                             " updated_at TEXT NOT NULL)"),
              // Rules that place imported rows in projects (and optionally a category), in order.
              QStringLiteral(
                  "CREATE TABLE allocation_rules ("
                  " id {ID},"
                  " position INTEGER NOT NULL,"
                  " match_kind TEXT NOT NULL CHECK (match_kind IN ('tag', 'account', 'workspace', 'text')),"
                  " match_key TEXT NOT NULL,"
                  " pattern TEXT NOT NULL,"
                  " project_id {BIGINT} NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
                  " category_id INTEGER REFERENCES cost_categories(id),"
                  " created_at TEXT NOT NULL)"),
              // Imported rows that no rule places go to this project, never nowhere.
              QStringLiteral("ALTER TABLE projects ADD COLUMN system_role TEXT"),
              QStringLiteral("UPDATE projects SET system_role = 'unallocated' WHERE code = 'UNALLOCATED'"),
              QStringLiteral(
                  "INSERT INTO projects (code, name, status, decision_level, created_at, updated_at,"
                  " system_role) SELECT 'UNALLOCATED', 'Unallocated', 'active', 'committee',"
                  " CAST(CURRENT_TIMESTAMP AS TEXT), CAST(CURRENT_TIMESTAMP AS TEXT), 'unallocated'"
                  " WHERE NOT EXISTS (SELECT 1 FROM projects WHERE system_role = 'unallocated')"),
          } },
        { 6,
          "no index on the week of a cost line",
          {
              // The week index served the weekly roll-ups that migration 4 replaced by daily ones:
              // nothing reads cost lines by week any more, and every line written paid for it
              // (about a tenth of the time a large import spends on the ledger's indexes).
              QStringLiteral("DROP INDEX cost_lines_week"),
          } },
        { 7,
          "the billed resource of an imported row",
          {
              // FOCUS ResourceId, an AWS ARN, an Azure resource id: kept per row (resources are
              // many; rows are grouped without them), so a cost can be traced to what ran.
              QStringLiteral("ALTER TABLE import_rows ADD COLUMN resource_id TEXT"),
          } },
        { 8,
          "built-in alert rules by key, cost line units by key",
          {
              // A built-in rule is known by its place in the default set, which until now only its
              // kind and threshold said (AlertStore split a built-in rule given other ones).
              QStringLiteral("ALTER TABLE alert_rules ADD COLUMN builtin_key TEXT"),
              QStringLiteral("UPDATE alert_rules SET builtin_key = CASE"
                             " WHEN kind = 'budget-consumed' AND threshold = 8000 THEN 'budget-warning'"
                             " WHEN kind = 'budget-consumed' AND threshold = 10000 THEN 'budget-exceeded'"
                             " WHEN kind = 'forecast' AND threshold = 10000 THEN 'forecast-over-budget'"
                             " WHEN kind = 'spike' AND threshold = 300 THEN 'weekly-spike' END"
                             " WHERE built_in = 1 AND category_id IS NULL"),
              QStringLiteral(
                  "UPDATE alert_rules SET built_in = 0 WHERE built_in = 1 AND builtin_key IS NULL"),
              // The English names versions 1 to 7 gave them: a rule still so named takes its default
              // name, shown in the interface language; a name the user typed stays.
              QStringLiteral(
                  "UPDATE alert_rules SET name = '' WHERE builtin_key IS NOT NULL AND name ="
                  " COALESCE((SELECT code FROM projects WHERE projects.id = alert_rules.project_id),"
                  " 'Portfolio') || ': ' || CASE builtin_key"
                  " WHEN 'budget-warning' THEN '80% of budget consumed'"
                  " WHEN 'budget-exceeded' THEN 'Budget exceeded'"
                  " WHEN 'forecast-over-budget' THEN 'Forecast over budget'"
                  " WHEN 'weekly-spike' THEN 'weekly spike' END"),
              // Units: storeKnownUnitsByKey() below, by the one table of known spellings.
          } },
        // SQLite only, in stampApplicationId(): PostgreSQL has no file header to mark.
        { 9, "the file marked as a CostBoard database (SQLite application_id)", {} },
        // In createDomainTriggers(), from the one list of domain rules (storage/domainrules.h).
        { 10, "stored values kept in their domain: amounts, currencies, categories, dates, counts", {} },
        // SQLite only, in createCostLineSearchIndex(): PostgreSQL searches with ILIKE (issue 13).
        { 11, "a text index over cost lines (description, vendor, external reference)", {} },
        { 12,
          "alert changes not announced yet by the alerts command",
          {
              // Set with each change the engine stores, cleared once `alerts` has printed it: a
              // run killed in between announces it again. Alerts already there were announced.
              QStringLiteral("ALTER TABLE alerts ADD COLUMN pending_notice TEXT"
                             " CHECK (pending_notice IN ('fired', 'escalated', 'resolved'))"),
          } },
        { 13,
          "the model price catalog: dated prices per meter, with their source and history",
          {
              // Entries are only added: a new price, a correction or a withdrawal (a NULL price:
              // unknown from that day) is a row, so what a past line was priced at stays known.
              // The values' domains are rules of storage/domainrules.h; the shipped catalog is
              // seeded after, by PriceRepository::seedShipped().
              QStringLiteral("CREATE TABLE model_prices ("
                             " id {ID},"
                             " provider TEXT NOT NULL,"
                             " model TEXT NOT NULL,"
                             " meter TEXT NOT NULL,"
                             " micros_per_million {BIGINT},"
                             " currency TEXT NOT NULL,"
                             " effective_from TEXT NOT NULL,"
                             " source TEXT NOT NULL,"
                             " origin TEXT NOT NULL,"
                             " recorded_at TEXT NOT NULL)"),
              QStringLiteral(
                  "CREATE INDEX model_prices_key ON model_prices (provider, model, meter, effective_from)"),
          } },
        { 14,
          "token usage: imported tokens and requests, and the price each row and line was priced with",
          {
              // A usage row's group names the provider, model and meter (NULL for billed rows); the
              // row keeps its tokens, requests and the catalog entry that priced them (NULL: no
              // price was known that day, and the row stays out of the ledger).
              QStringLiteral("ALTER TABLE import_row_groups ADD COLUMN usage_provider TEXT"),
              QStringLiteral("ALTER TABLE import_row_groups ADD COLUMN usage_model TEXT"),
              QStringLiteral("ALTER TABLE import_row_groups ADD COLUMN usage_meter TEXT"),
              QStringLiteral("ALTER TABLE import_rows ADD COLUMN tokens {BIGINT}"),
              QStringLiteral("ALTER TABLE import_rows ADD COLUMN requests {BIGINT}"),
              QStringLiteral(
                  "ALTER TABLE import_rows ADD COLUMN price_id {BIGINT} REFERENCES model_prices(id)"),
              QStringLiteral(
                  "ALTER TABLE cost_lines ADD COLUMN price_id {BIGINT} REFERENCES model_prices(id)"),
          } },
        { 15,
          "unit costs: the model and requests of a line, and each project's benchmark unit and weekly "
          "volumes",
          {
              // The model a line's tokens went through and the requests they came in: usage
              // imports fill both. Lines priced from the catalog before this version name their
              // model through their price; their requests come back when the usage is imported again.
              QStringLiteral("ALTER TABLE cost_lines ADD COLUMN model TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE cost_lines ADD COLUMN requests {BIGINT}"),
              QStringLiteral("UPDATE cost_lines SET model = (SELECT p.model FROM model_prices p"
                             " WHERE p.id = cost_lines.price_id) WHERE price_id IS NOT NULL"),
              // Unit costs read the lines of one unit over a range of days.
              QStringLiteral("CREATE INDEX cost_lines_unit ON cost_lines(unit, incurred_on)"),
              // What a project counts its work in ("ticket", "document", "user"): empty when it
              // has no benchmark. Its volume is entered per ISO week (the Monday).
              QStringLiteral("ALTER TABLE projects ADD COLUMN benchmark_unit TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("CREATE TABLE benchmark_volumes ("
                             " project_id {BIGINT} NOT NULL REFERENCES projects(id),"
                             " week_start TEXT NOT NULL,"
                             " volume {BIGINT} NOT NULL,"
                             " PRIMARY KEY (project_id, week_start)){WITHOUT_ROWID}"),
          } },
        { 16,
          "saved estimates: a project's estimate by name and version, month by month and category",
          {
              // Saving an estimate again under its name adds a version: what was promised to the
              // committee stays as it was, to be compared with the actuals.
              QStringLiteral("CREATE TABLE estimates ("
                             " id {ID},"
                             " project_id {BIGINT} NOT NULL REFERENCES projects(id),"
                             " name TEXT NOT NULL,"
                             " version INTEGER NOT NULL,"
                             " first_month TEXT NOT NULL,"
                             " currency TEXT NOT NULL,"
                             " assumptions TEXT NOT NULL,"
                             " saved_at TEXT NOT NULL,"
                             " actor TEXT NOT NULL,"
                             " UNIQUE (project_id, name, version))"),
              QStringLiteral("CREATE TABLE estimate_months ("
                             " estimate_id {BIGINT} NOT NULL REFERENCES estimates(id),"
                             " month_start TEXT NOT NULL,"
                             " category_id INTEGER NOT NULL REFERENCES cost_categories(id),"
                             " amount_minor {BIGINT} NOT NULL,"
                             " PRIMARY KEY (estimate_id, month_start, category_id)){WITHOUT_ROWID}"),
          } },
        { 17,
          "the committee: evaluation criteria and versioned scores, routing rules, the decision log, and "
          "what routing reads of a project",
          {
              // The shipped criteria keep a key and are named in the reader's language until the
              // committee names them; the committee's own have a name. A criterion taken off the list
              // is archived, so that the scores given on it keep it.
              QStringLiteral("CREATE TABLE criteria ("
                             " id {ID},"
                             " key TEXT NOT NULL DEFAULT '',"
                             " name TEXT NOT NULL DEFAULT '',"
                             " sense TEXT NOT NULL,"
                             " weight INTEGER NOT NULL,"
                             " position INTEGER NOT NULL,"
                             " archived INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("INSERT INTO criteria (key, sense, weight, position) VALUES"
                             " ('strategic_value', 'benefit', 25, 0), ('expected_benefit', 'benefit', 25, 1),"
                             " ('risk', 'burden', 15, 2), ('data_sensitivity', 'burden', 10, 3),"
                             " ('cost', 'burden', 15, 4), ('readiness', 'benefit', 10, 5)"),
              // Scores are only added: a re-evaluation keeps the earlier one, and the latest counts.
              QStringLiteral("CREATE TABLE criterion_scores ("
                             " id {ID},"
                             " project_id {BIGINT} NOT NULL REFERENCES projects(id),"
                             " criterion_id {BIGINT} NOT NULL REFERENCES criteria(id),"
                             " score INTEGER NOT NULL,"
                             " note TEXT NOT NULL DEFAULT '',"
                             " scored_on TEXT NOT NULL,"
                             " recorded_at TEXT NOT NULL,"
                             " actor TEXT NOT NULL)"),
              QStringLiteral(
                  "CREATE INDEX criterion_scores_project ON criterion_scores (project_id, scored_on)"),
              QStringLiteral(
                  "ALTER TABLE projects ADD COLUMN data_sensitivity TEXT NOT NULL DEFAULT 'internal'"),
              QStringLiteral("ALTER TABLE projects ADD COLUMN customer_facing INTEGER NOT NULL DEFAULT 0"),
              QStringLiteral(
                  "ALTER TABLE projects ADD COLUMN infrastructure_only INTEGER NOT NULL DEFAULT 0"),
              // A NULL condition does not count; budgets are minor units of the reporting currency.
              QStringLiteral("CREATE TABLE routing_rules ("
                             " id {ID},"
                             " position INTEGER NOT NULL,"
                             " level TEXT NOT NULL,"
                             " budget_at_least {BIGINT},"
                             " budget_below {BIGINT},"
                             " sensitivity_at_least TEXT,"
                             " customer_facing INTEGER,"
                             " infrastructure_only INTEGER,"
                             " criterion_id {BIGINT} REFERENCES criteria(id),"
                             " criterion_at_least INTEGER,"
                             " enabled INTEGER NOT NULL DEFAULT 1)"),
              QStringLiteral("CREATE TABLE decisions ("
                             " id {ID},"
                             " project_id {BIGINT} REFERENCES projects(id),"
                             " kind TEXT NOT NULL,"
                             " reason TEXT NOT NULL DEFAULT '',"
                             " level_before TEXT,"
                             " level_after TEXT,"
                             " level_proposed TEXT,"
                             " decided_on TEXT NOT NULL,"
                             " recorded_at TEXT NOT NULL,"
                             " actor TEXT NOT NULL)"),
              QStringLiteral("CREATE INDEX decisions_project ON decisions (project_id, decided_on)"),
          } },
        { 18,
          "the committee's follow-up: milestones, KPIs with their targets and actuals, sessions with "
          "their minutes, and the decisions taken in them",
          {
              QStringLiteral("CREATE TABLE milestones ("
                             " id {ID},"
                             " project_id {BIGINT} NOT NULL REFERENCES projects(id),"
                             " kind TEXT NOT NULL,"
                             " due_on TEXT NOT NULL,"
                             " done_on TEXT,"
                             " note TEXT NOT NULL DEFAULT '')"),
              QStringLiteral("CREATE INDEX milestones_due ON milestones (due_on)"),
              // Values are thousandths of the KPI's unit: exact, whatever the unit.
              QStringLiteral("CREATE TABLE kpis ("
                             " id {ID},"
                             " project_id {BIGINT} NOT NULL REFERENCES projects(id),"
                             " name TEXT NOT NULL,"
                             " unit TEXT NOT NULL DEFAULT '',"
                             " direction TEXT NOT NULL,"
                             " cadence TEXT NOT NULL,"
                             " target {BIGINT} NOT NULL)"),
              QStringLiteral("CREATE TABLE kpi_values ("
                             " kpi_id {BIGINT} NOT NULL REFERENCES kpis(id),"
                             " period_start TEXT NOT NULL,"
                             " actual {BIGINT} NOT NULL,"
                             " target {BIGINT},"
                             " PRIMARY KEY (kpi_id, period_start)){WITHOUT_ROWID}"),
              QStringLiteral("CREATE TABLE committee_sessions ("
                             " id {ID},"
                             " held_on TEXT NOT NULL UNIQUE,"
                             " minutes TEXT NOT NULL DEFAULT '',"
                             " held INTEGER NOT NULL DEFAULT 0)"),
              // A session's decision keeps what it changed, so that undo puts it back: the status,
              // the level (level_before/after, as routing) or the budget (NULL before: created).
              QStringLiteral(
                  "ALTER TABLE decisions ADD COLUMN session_id {BIGINT} REFERENCES committee_sessions(id)"),
              QStringLiteral("ALTER TABLE decisions ADD COLUMN owner TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE decisions ADD COLUMN due_on TEXT"),
              QStringLiteral("ALTER TABLE decisions ADD COLUMN done_on TEXT"),
              QStringLiteral("ALTER TABLE decisions ADD COLUMN status_before TEXT"),
              QStringLiteral("ALTER TABLE decisions ADD COLUMN status_after TEXT"),
              QStringLiteral("ALTER TABLE decisions ADD COLUMN budget_id {BIGINT}"),
              QStringLiteral("ALTER TABLE decisions ADD COLUMN budget_before {BIGINT}"),
              QStringLiteral("ALTER TABLE decisions ADD COLUMN budget_after {BIGINT}"),
              QStringLiteral("ALTER TABLE decisions ADD COLUMN budget_currency TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("CREATE INDEX decisions_session ON decisions (session_id)"),
          } },
        { 19,
          "the talent side of the committee: the roster and its allocations to projects, the target "
          "shape by level, training plans and the hours of repetitive work automated",
          {
              // Months are stored as their first day. A member's monthly cost is what the roster
              // posts as salaries, split over the projects by share; the rest of the person's time
              // is work outside the AI portfolio and books nothing.
              QStringLiteral("CREATE TABLE team_members ("
                             " id {ID},"
                             " name TEXT NOT NULL,"
                             " role TEXT NOT NULL DEFAULT '',"
                             " level TEXT NOT NULL,"
                             " external INTEGER NOT NULL DEFAULT 0,"
                             " firm TEXT NOT NULL DEFAULT '',"
                             " monthly_cost_minor {BIGINT} NOT NULL,"
                             " currency TEXT NOT NULL,"
                             " first_month TEXT NOT NULL,"
                             " last_month TEXT)"),
              // Shares in basis points (10000 = the whole of the person's time).
              QStringLiteral("CREATE TABLE team_allocations ("
                             " member_id {BIGINT} NOT NULL REFERENCES team_members(id),"
                             " project_id {BIGINT} NOT NULL REFERENCES projects(id),"
                             " share_bp INTEGER NOT NULL,"
                             " PRIMARY KEY (member_id, project_id))"),
              QStringLiteral("CREATE INDEX team_allocations_project ON team_allocations (project_id)"),
              // The committee's target: a diamond (fewer juniors, more confirmed, senior and expert
              // people) until it says otherwise.
              QStringLiteral("CREATE TABLE talent_targets ("
                             " level TEXT NOT NULL PRIMARY KEY,"
                             " percent INTEGER NOT NULL)"),
              QStringLiteral("INSERT INTO talent_targets (level, percent) VALUES ('junior', 10),"
                             " ('confirmed', 25), ('senior', 35), ('expert', 25), ('strategic', 5)"),
              // Each plan's cost is one StaffTraining cost line, found by its external reference.
              QStringLiteral("CREATE TABLE training_plans ("
                             " id {ID},"
                             " name TEXT NOT NULL,"
                             " project_id {BIGINT} NOT NULL REFERENCES projects(id),"
                             " held_on TEXT NOT NULL,"
                             " heads INTEGER NOT NULL,"
                             " cost_per_head_minor {BIGINT} NOT NULL,"
                             " currency TEXT NOT NULL,"
                             " vendor TEXT NOT NULL DEFAULT '')"),
              QStringLiteral("CREATE TABLE automated_hours ("
                             " project_id {BIGINT} NOT NULL REFERENCES projects(id),"
                             " month_start TEXT NOT NULL,"
                             " hours {BIGINT} NOT NULL,"
                             " note TEXT NOT NULL DEFAULT '',"
                             " PRIMARY KEY (project_id, month_start))"),
          } },
        // Budgets and projects are what two people of a team edit at once: each row counts its
        // writes, so a save or an undo made on what someone else has changed since is refused,
        // and names who changed it (changed_by, updated_at). On a server, the names of who wrote what are
        // filled in by the server and every change is announced (teamserver.cpp).
        { 20,
          "teams: budget and project row versions and who changed them; on a server, actors filled "
          "in by the server and change notifications",
          {
              QStringLiteral("ALTER TABLE budgets ADD COLUMN row_version {BIGINT} NOT NULL DEFAULT 1"),
              QStringLiteral("ALTER TABLE budgets ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE projects ADD COLUMN row_version {BIGINT} NOT NULL DEFAULT 1"),
              QStringLiteral("ALTER TABLE projects ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''"),
          } },
    };
}

void ensureMigrationTable(const Database &database)
{
    execSql(database,
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                           " version INTEGER PRIMARY KEY,"
                           " description TEXT NOT NULL,"
                           " applied_at TEXT NOT NULL)"));
}

bool migrationTableExists(const Database &database)
{
    return database.connection().tables().contains(QStringLiteral("schema_migrations"));
}

void seedCategories(const Database &database)
{
    SqlStatement insert(database,
                        QStringLiteral("INSERT INTO cost_categories (id, key, name_en, name_fr, colour)"
                                       " VALUES (:id, :key, :en, :fr, :colour)"));
    for (const CategoryInfo &info : CostCategories::all()) {
        insert.bind(QStringLiteral(":id"), static_cast<int>(info.category))
            .bind(QStringLiteral(":key"), QString::fromUtf8(info.key))
            .bind(QStringLiteral(":en"), QString::fromUtf8(info.englishName))
            .bind(QStringLiteral(":fr"), QString::fromUtf8(info.frenchName))
            .bind(QStringLiteral(":colour"), QString::fromUtf8(info.colour))
            .exec();
    }
}

// Cost line units typed or imported as text ("GPU-hours", "requêtes") become the keys of known
// units, as every write now stores them; other units stay as they are.
void storeKnownUnitsByKey(const Database &database)
{
    QStringList stored;
    SqlStatement distinct(database, QStringLiteral("SELECT DISTINCT unit FROM cost_lines WHERE unit <> ''"));
    distinct.exec();
    while (distinct.next())
        stored << distinct.text(0);
    SqlStatement update(database, QStringLiteral("UPDATE cost_lines SET unit = :key WHERE unit = :typed"));
    for (const QString &typed : std::as_const(stored)) {
        const QString key = units::canonical(typed);
        if (key != typed)
            update.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":typed"), typed).exec();
    }
}

// Rows already out of their domain stay (the self-check reports them, a person decides); every
// later write is checked, by CostBoard or by any other tool, since the schema itself refuses it.
// `tables`: those the migration at hand covers (migration 10 the tables there were then, later
// ones the tables they create).
// Made again with every rule of today: a table whose triggers an earlier migration made (with
// the rules of today, over the columns of then) gets them anew once its new columns exist.
void createDomainTriggers(const Database &database, const QStringList &tables)
{
    for (const QString &table : tables) {
        for (const QString &statement : domainrules::triggerStatements(table, database.dialect()))
            execSql(database, statement);
    }
}

// The search box finds the text typed anywhere inside a line's description, vendor or external
// reference. An FTS5 index of their trigrams (every run of three characters, case folded) answers
// that from the index instead of reading every line. It holds no copy of the text
// (content='cost_lines') and no column sizes (nothing ranks the matches).
// Triggers keep it in the same transaction as every edit and deletion of a line, whichever
// program makes it (a line replaced by INSERT OR REPLACE would leave its old text behind: SQLite
// fires no delete trigger for it; nothing writes cost lines that way). New lines are indexed by
// CostLineRepository, one statement per batch (CostLineSearchIndex::NewLines), in the same
// transaction: any statement that may write to an FTS5 table, through a trigger too (even one whose
// WHEN is false), costs a savepoint of the index, and made an import of one INSERT per line three
// to four times slower. A line another program inserts is reported by the self-check and indexed
// by a rebuild.
void createCostLineSearchIndex(const Database &database)
{
    if (database.dialect() != SqlDialect::Sqlite)
        return;
    const QString columns = QStringLiteral("description, vendor, external_ref");
    const QString newValues = QStringLiteral("new.id, new.description, new.vendor, new.external_ref");
    const QString oldValues = QStringLiteral("old.id, old.description, old.vendor, old.external_ref");
    const QString insertNew
        = QStringLiteral("INSERT INTO cost_lines_search (rowid, %1) VALUES (%2);").arg(columns, newValues);
    const QString deleteOld = QStringLiteral("INSERT INTO cost_lines_search (cost_lines_search, rowid, %1)"
                                             " VALUES ('delete', %2);")
                                  .arg(columns, oldValues);
    const QStringList statements {
        QStringLiteral("CREATE VIRTUAL TABLE cost_lines_search USING fts5(%1, content='cost_lines',"
                       " content_rowid='id', columnsize=0, tokenize='trigram')")
            .arg(columns),
        QStringLiteral("CREATE TRIGGER cost_lines_search_delete AFTER DELETE ON cost_lines BEGIN %1 END")
            .arg(deleteOld),
        // Only a change of the indexed text: re-pricing every line of a currency leaves it alone.
        QStringLiteral("CREATE TRIGGER cost_lines_search_update AFTER UPDATE OF id, %1 ON cost_lines"
                       " BEGIN %2 %3 END")
            .arg(columns, deleteOld, insertNew),
        QStringLiteral("INSERT INTO cost_lines_search (cost_lines_search) VALUES ('rebuild')"),
    };
    for (const QString &statement : statements)
        execSql(database, statement);
}

void stampApplicationId(const Database &database)
{
    if (database.dialect() == SqlDialect::Sqlite)
        execSql(database, QStringLiteral("PRAGMA application_id = %1").arg(Database::sqliteApplicationId));
}

// Makes what was written to `path` durable before it is renamed into place.
bool syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return ::fsync(file.handle()) == 0;
#else
    Q_UNUSED(path);
    return true;
#endif
}

// The schema version held by the SQLite file at `path` when it is whole (integrity_check "ok"),
// else -1.
int verifiedSchemaVersion(const QString &path)
{
    const QString connectionName
        = QStringLiteral("costboard-backup-check-%1").arg(QCoreApplication::applicationPid());
    int version = -1;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        copy.setDatabaseName(path);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (copy.open()) {
            QSqlQuery integrity(copy);
            QSqlQuery schema(copy);
            if (integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next()
                && integrity.value(0).toString() == QLatin1String("ok")
                && schema.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) && schema.next())
                version = schema.value(0).toInt();
        }
        copy.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return version;
}

// Copies the database beside itself before migrating it. The copy is written under a temporary
// name, checked (whole, at the version being left), synced, and only then renamed: a crash
// half-way leaves a ".part" file, never a ".bak" that looks whole but holds nothing. Names go
// down to the millisecond and the process, so two upgrades never write over each other's.
void backupBeforeMigrating(const Database &database, int fromVersion)
{
    if (database.dialect() != SqlDialect::Sqlite || database.location() == QLatin1String(":memory:"))
        return;
    const QString backupPath
        = QStringLiteral("%1.v%2-%3-%4.bak")
              .arg(database.location())
              .arg(fromVersion)
              .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz")))
              .arg(QCoreApplication::applicationPid());
    const QString partPath = backupPath + QStringLiteral(".part");
    const auto fail = [&](const QString &reason) {
        QFile::remove(partPath);
        throw StorageError(ErrorCode::BackupFailed, { database.location(), backupPath, reason });
    };
    QFile::remove(partPath);
    // VACUUM INTO writes a consistent copy even with a WAL file beside the database.
    try {
        SqlStatement vacuum(database, QStringLiteral("VACUUM INTO :path"));
        vacuum.bind(QStringLiteral(":path"), partPath).exec();
    } catch (const StorageError &error) {
        fail(QString::fromUtf8(error.what()));
    }
    if (verifiedSchemaVersion(partPath) != fromVersion)
        fail(QStringLiteral("the copy does not read back whole"));
    if (!syncFile(partPath))
        fail(QStringLiteral("the copy cannot be synced to disk"));
    if (QFile::exists(backupPath) || !QFile::rename(partPath, backupPath))
        fail(QStringLiteral("the copy cannot be renamed"));
    spdlog::info("backed up schema version {} database to {}", fromVersion, backupPath.toStdString());
}

} // namespace

int Migrations::latestVersion()
{
    return allMigrations().constLast().version;
}

int Migrations::currentVersion(const Database &database)
{
    if (!migrationTableExists(database))
        return 0;
    SqlStatement query(database, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    return query.scalar().toInt();
}

void Migrations::refuseNewerSchema(const Database &database)
{
    if (!migrationTableExists(database) && !database.connection().tables().isEmpty()) {
        throw StorageError(ErrorCode::NotACostBoardDatabase, { database.location() });
    }
    const int current = currentVersion(database);
    const int latest = latestVersion();
    if (current > latest) {
        throw SchemaVersionError(ErrorCode::SchemaTooNew,
                                 { database.location(), QString::number(current), QString::number(latest) });
    }
}

void Migrations::run(Database &database)
{
    refuseNewerSchema(database);
    const int current = currentVersion(database);
    const int latest = latestVersion();
    if (current == latest)
        return;

    if (current > 0)
        backupBeforeMigrating(database, current);

    for (const Migration &migration : allMigrations()) {
        if (migration.version <= current)
            continue;
        Transaction transaction(database);
        ensureMigrationTable(database);
        for (const QString &statement : migration.statements)
            execSql(database, database.adaptDdl(statement));
        if (migration.version == 1)
            seedCategories(database);
        if (migration.version == 8)
            storeKnownUnitsByKey(database);
        if (migration.version == 9)
            stampApplicationId(database);
        if (migration.version == 10) {
            QStringList existing = domainrules::tables();
            const QStringList present = database.connection().tables();
            existing.removeIf([&present](const QString &table) { return !present.contains(table); });
            createDomainTriggers(database, existing);
        }
        if (migration.version == 11)
            createCostLineSearchIndex(database);
        if (migration.version == 13) {
            createDomainTriggers(database, { QStringLiteral("model_prices") });
            pricing::PriceRepository::seedShipped(database);
        }
        if (migration.version == 15) // the lines' triggers check the new column too
            createDomainTriggers(database,
                                 { QStringLiteral("cost_lines"), QStringLiteral("benchmark_volumes") });
        if (migration.version == 17)
            createDomainTriggers(database,
                                 { QStringLiteral("projects"), QStringLiteral("criteria"),
                                   QStringLiteral("criterion_scores"), QStringLiteral("routing_rules"),
                                   QStringLiteral("decisions") });
        if (migration.version == 18) // decisions: the session's columns are checked too
            createDomainTriggers(database,
                                 { QStringLiteral("milestones"), QStringLiteral("kpis"),
                                   QStringLiteral("kpi_values"), QStringLiteral("committee_sessions"),
                                   QStringLiteral("decisions") });
        if (migration.version == 19)
            createDomainTriggers(database,
                                 { QStringLiteral("team_members"), QStringLiteral("team_allocations"),
                                   QStringLiteral("talent_targets"), QStringLiteral("training_plans"),
                                   QStringLiteral("automated_hours") });
        if (migration.version == 20 && database.dialect() == SqlDialect::Postgres) {
            // Every table there is; a later migration that creates a table announces it too.
            for (const QString &statement :
                 teamserver::serverTriggerStatements(database.connection().tables()))
                execSql(database, statement);
        }
        SqlStatement record(database,
                            QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at)"
                                           " VALUES (:version, :description, :at)"));
        record.bind(QStringLiteral(":version"), migration.version)
            .bind(QStringLiteral(":description"), QString::fromUtf8(migration.description))
            .bind(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            .exec();
        transaction.commit();
        spdlog::info("applied schema migration {}: {}", migration.version, migration.description);
    }
}

} // namespace costboard
