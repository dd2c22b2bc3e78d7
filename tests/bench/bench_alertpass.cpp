// SPDX-License-Identifier: GPL-3.0-or-later
// Alert evaluation before and after it read once for all rules (issue 14, item 11), on the demo
// portfolio with its default rules, for the week the demo ends on:
// - one snapshot per rule: what the engine computed until then, a DashboardSnapshot of each
//   enabled rule's scope and period (the figures only, nothing stored);
// - one read for every rule: AlertEngine::measure(), the same figures (tst_alertengine holds
//   them equal to the cent);
// - a whole evaluation with nothing new, as after most edits: measured on a read transaction,
//   nothing stored.
// Prints milliseconds; never fails on timing.
//
//   bench_alertpass [--db FILE] [--lines N] [--runs R] [--json]

#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "analytics/dashboardsnapshot.h"
#include "benchsupport.h"
#include "errors.h"
#include "errortexts.h"

using namespace costboard;
using namespace costboard::bench;

namespace {

// The query the engine computed a snapshot for, per rule, before the one read.
DashboardQuery ruleQuery(const AlertRule &rule, const IsoWeek &week)
{
    DashboardQuery query;
    query.referenceWeek = week;
    if (rule.projectId)
        query.projects = { *rule.projectId };
    if (rule.category)
        query.categories = { *rule.category };
    switch (rule.kind) {
    case AlertKind::BudgetConsumed:
    case AlertKind::Forecast:
        query.preset = PeriodPreset::QuarterToDate;
        break;
    case AlertKind::WeeklySpend:
    case AlertKind::WeekOverWeek:
        query.preset = PeriodPreset::Custom;
        query.customRange = { week.previous(), week };
        break;
    case AlertKind::Spike:
        query.preset = PeriodPreset::Custom;
        query.customRange = { week.addWeeks(-rule.trailingWeeks), week };
        break;
    }
    return query;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_alertpass"));
    const BenchOptions options = parseOptions(app);
    try {
        std::unique_ptr<Database> database = openBenchDatabase(options);
        AlertStore(*database).ensureDefaultRules();
        QList<AlertRule> rules = AlertStore(*database).rules();
        rules.removeIf([](const AlertRule &rule) { return !rule.enabled; });
        const IsoWeek week(2026, 48);
        AlertEngine engine(*database);
        engine.evaluate(week); // stores what fires, so that the last figure finds nothing new

        measure(QStringLiteral("alerts: one snapshot per rule (before), %1 rules").arg(rules.size()),
                options.runs, [&] {
                    std::int64_t checksum = 0;
                    for (const AlertRule &rule : std::as_const(rules)) {
                        const DashboardSnapshot snapshot
                            = DashboardSnapshot::compute(*database, ruleQuery(rule, week));
                        checksum += snapshot.kpis.thisWeek.minorUnits();
                    }
                    return QStringLiteral("%1 snapshots (weeks' spend summed: %2)")
                        .arg(rules.size())
                        .arg(checksum);
                });
        measure(QStringLiteral("alerts: one read for every rule, %1 rules").arg(rules.size()), options.runs,
                [&] {
                    int firing = 0;
                    for (const RuleMeasure &found : engine.measure(week))
                        firing += found.fires ? 1 : 0;
                    return QStringLiteral("%1 rules fire").arg(firing);
                });
        measure(QStringLiteral("alerts: evaluate, nothing new"), options.runs, [&] {
            const AlertEvaluation evaluation = engine.evaluate(week);
            return QStringLiteral("%1 open, %2 fired")
                .arg(evaluation.open.size())
                .arg(evaluation.fired.size());
        });
    } catch (const Error &error) {
        out() << "bench_alertpass: " << errorText(error) << Qt::endl;
        return 1;
    }
    logging::shutdown();
    return 0;
}
