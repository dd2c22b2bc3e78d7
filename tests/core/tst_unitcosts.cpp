// SPDX-License-Identifier: GPL-3.0-or-later
// Unit costs: the cost of a million tokens and of a request, tokens per week, per project and per
// model, and a project's cost per unit of its own benchmark. The expected figures are worked out by
// hand in the comments.

#include <QTest>

#include "analytics/unitcosts.h"
#include "import/importer.h"
#include "storage/auditlog.h"
#include "storage/benchmarkvolumes.h"
#include "storage/costlinerepository.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;
using costboard::pricing::ExactAmount;

namespace {

const QString EUR = QStringLiteral("EUR");
const QString USD = QStringLiteral("USD");
const QLocale english(QLocale::English, QLocale::UnitedStates);

DashboardQuery weeks(const IsoWeek &first, const IsoWeek &last, CostBasis basis = CostBasis::Accrual)
{
    DashboardQuery query;
    query.preset = PeriodPreset::Custom;
    query.customRange = { first, last };
    query.referenceWeek = last;
    query.basis = basis;
    return query;
}

CostLine tokenLine(ProjectId project, const QDate &day, std::int64_t cents, std::int64_t tokens,
                   std::optional<std::int64_t> requests, const QString &model = QStringLiteral("gpt-4o"))
{
    CostLine line;
    line.projectId = project;
    line.category = CostCategory::Inference;
    line.incurredOn = day;
    line.amount = Money(cents, EUR);
    line.vendor = QStringLiteral("OpenAI");
    line.quantity = static_cast<double>(tokens);
    line.unit = QStringLiteral("token");
    line.model = model;
    line.requests = requests;
    return line;
}

QString formatted(const std::optional<ExactAmount> &amount)
{
    return amount ? formatUnitCost(*amount, english) : QStringLiteral("none");
}

const UnitCostRow *rowOf(const QList<UnitCostRow> &rows, const QString &label)
{
    for (const UnitCostRow &row : rows)
        if (row.label == label || row.code == label)
            return &row;
    return nullptr;
}

} // namespace

class TestUnitCosts : public QObject
{
    Q_OBJECT

private slots:
    // A usage import says which model the tokens went through and how many requests they came in:
    // a bucket's requests ride on its input meter, and its output line says zero, not unknown.
    void usageImportRecordsModelAndRequests()
    {
        auto database = openTestDatabase();
        DatabaseSettings(*database).setReportingCurrency(USD);
        ProjectRepository projects(*database);
        projects.create(makeProject(QStringLiteral("SUP")));
        projects.create(makeProject(QStringLiteral("LEG")));
        const ImportReport report = Importer(*database).importFile(
            QFINDTESTDATA(QStringLiteral("../fixtures/usage/usage.csv")), ImportOptions());
        QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
        QCOMPARE(queryRows(*database,
                           QStringLiteral("SELECT p.code, c.incurred_on, c.model, c.amount_minor,"
                                          " c.requests FROM cost_lines c JOIN projects p ON"
                                          " p.id = c.project_id ORDER BY 1, 2, 4 DESC")),
                 (QStringList { QStringLiteral("LEG|2025-01-30|mistral-small|5|60"),
                                QStringLiteral("LEG|2025-01-30|mistral-small|3|0"),
                                QStringLiteral("SUP|2025-01-29|mistral-small|20|120"),
                                QStringLiteral("SUP|2025-01-29|mistral-small|12|0"),
                                QStringLiteral("SUP|2025-01-30|mistral-small|10|130"),
                                QStringLiteral("SUP|2025-01-30|mistral-small|6|0") }));

        // Week 2025-W05. SUP: 48 cents for 2.4M tokens and 250 requests: $0.20 per million,
        // $0.00192 a request. LEG: 8 cents for 600,000 tokens and 60 requests: $0.1333… and
        // $0.001333…. All: 56 cents, 3M tokens, 310 requests: $0.18666… and $0.0018064….
        const UnitCostReport costs
            = UnitCostReport::compute(*database, weeks(IsoWeek(2025, 5), IsoWeek(2025, 5)));
        QCOMPARE(costs.currency, USD);
        QCOMPARE(costs.portfolio.costMinor, 56);
        QCOMPARE(costs.portfolio.tokens, 3'000'000);
        QCOMPARE(costs.portfolio.requests, 310);
        QCOMPARE(formatted(unitCost(costs.portfolio, UnitCostMeasure::PerMillionTokens, USD)),
                 QStringLiteral("$0.187"));
        QCOMPARE(formatted(unitCost(costs.portfolio, UnitCostMeasure::PerRequest, USD)),
                 QStringLiteral("$0.00181"));
        QCOMPARE(costs.projects.size(), 2);
        QCOMPARE(costs.projects.first().code, QStringLiteral("SUP")); // the larger cost first
        QCOMPARE(formatted(unitCost(costs.projects.first().total, UnitCostMeasure::PerMillionTokens, USD)),
                 QStringLiteral("$0.20"));
        QCOMPARE(unitCost(costs.projects.first().total, UnitCostMeasure::PerRequest, USD)->picos(),
                 pricing::Picos(1'920'000'000)); // $0.00192 exactly
        const UnitCostRow *legal = rowOf(costs.projects, QStringLiteral("LEG"));
        QVERIFY(legal);
        QCOMPARE(formatted(unitCost(legal->total, UnitCostMeasure::PerMillionTokens, USD)),
                 QStringLiteral("$0.133"));
        QCOMPARE(formatted(unitCost(legal->total, UnitCostMeasure::PerRequest, USD)),
                 QStringLiteral("$0.00133"));
        QCOMPARE(costs.models.size(), 1);
        QCOMPARE(costs.models.first().label, QStringLiteral("mistral-small"));
        QCOMPARE(costs.models.first().vendor, QStringLiteral("Mistral AI"));
        QCOMPARE(costs.models.first().total.costMinor, 56);
        // A week of 7 days: tokens per week are the week's tokens.
        QCOMPARE(costs.tokensPerWeek(costs.portfolio), 3'000'000);
    }

    // Once a month's bill is imported, the bill is its cost and its usage makes no line; its
    // tokens still count in unit costs, at their priced cost, so a billed month keeps its figures.
    void billedUsageStillCounts()
    {
        auto database = openTestDatabase();
        DatabaseSettings(*database).setReportingCurrency(USD);
        ProjectRepository(*database).create(makeProject(QStringLiteral("SUP")));
        const auto import = [&](const QString &name) {
            return Importer(*database)
                .importFile(QFINDTESTDATA(QStringLiteral("../fixtures/usage/") + name), ImportOptions())
                .outcome;
        };
        QCOMPARE(import(QStringLiteral("openai-usage-completions.json")), ImportReport::Outcome::Imported);
        // 2024-W40, 30 Sep to 6 Oct: 1.1M tokens on 30 Sep for $6.50; on 1 Oct 1.1M of gpt-4o for
        // $3.00 and 2.3M of gpt-4o-mini for $0.4425; the 15,000 tokens of the unpriced model stay out.
        const DashboardQuery week = weeks(IsoWeek(2024, 40), IsoWeek(2024, 40));
        const UnitCostReport before = UnitCostReport::compute(*database, week);
        QCOMPARE(before.portfolio.tokens, 4'500'000);
        QCOMPARE(before.portfolio.costMinor, 994);

        QCOMPARE(import(QStringLiteral("openai-costs-2024-10.json")), ImportReport::Outcome::Imported);
        QCOMPARE(queryValue(*database,
                            QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE source = 'openai-usage'"
                                           " AND incurred_on >= '2024-10-01'"))
                     .toInt(),
                 0);
        const UnitCostReport after = UnitCostReport::compute(*database, week);
        QCOMPARE(after.portfolio.tokens, before.portfolio.tokens);
        QCOMPARE(after.portfolio.costMinor, 994); // 650 booked + 300 + 44 priced (0.4425 rounded)
        QCOMPARE(after.portfolio.requests, before.portfolio.requests);
        const UnitCostRow *mini = rowOf(after.models, QStringLiteral("gpt-4o-mini"));
        QVERIFY(mini);
        QCOMPARE(mini->total.tokens, 2'300'000);
        QCOMPARE(mini->total.costMinor, 44);
    }

    // A request's cost is the cost of the lines that count requests over those requests: a line
    // that does not say how many requests it made is not divided by the others'.
    void requestCostOnlyFromLinesThatCountRequests()
    {
        auto database = openTestDatabase();
        const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("SUP")));
        CostLineRepository lines(*database);
        lines.add(tokenLine(project, QDate(2026, 3, 2), 1'000, 1'000'000, 100));
        lines.add(tokenLine(project, QDate(2026, 3, 3), 3'000, 1'000'000, std::nullopt));
        // Not tokens: outside every tally.
        CostLine hosting = tokenLine(project, QDate(2026, 3, 3), 50'000, 0, std::nullopt);
        hosting.quantity = 10;
        hosting.unit = QStringLiteral("gpu_hour");
        lines.add(hosting);

        const UnitCostReport costs
            = UnitCostReport::compute(*database, weeks(IsoWeek(2026, 10), IsoWeek(2026, 10)));
        // €40 for 2M tokens: €20 per million. A request: €10 over 100, not €40 over 100.
        QCOMPARE(formatted(unitCost(costs.portfolio, UnitCostMeasure::PerMillionTokens, EUR)),
                 QStringLiteral("€20.00"));
        QCOMPARE(formatted(unitCost(costs.portfolio, UnitCostMeasure::PerRequest, EUR)),
                 QStringLiteral("€0.10"));
        QCOMPARE(costs.portfolio.costMinor, 4'000);
    }

    // On the accrual basis a line's tokens, requests and cost are spread over its service days,
    // as its amount is in the ledger; on the cash basis they sit on its date. The weeks add up.
    void servicePeriodSpreadsTokensLikeTheLedger()
    {
        auto database = openTestDatabase();
        const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("SUP")));
        // 14 days from Monday 2 March 2026 (W10 and W11), dated the 15th (W11): €14.00, 1.4M tokens.
        CostLine line = tokenLine(project, QDate(2026, 3, 15), 1'400, 1'400'000, 140);
        line.serviceStart = QDate(2026, 3, 2);
        line.serviceEnd = QDate(2026, 3, 16);
        CostLineRepository(*database).add(line);

        const UnitCostReport accrual
            = UnitCostReport::compute(*database, weeks(IsoWeek(2026, 10), IsoWeek(2026, 11)));
        QCOMPARE(accrual.weeks.size(), 2);
        QCOMPARE(accrual.portfolioByWeek.at(0).tokens, 700'000);
        QCOMPARE(accrual.portfolioByWeek.at(1).tokens, 700'000);
        QCOMPARE(accrual.portfolioByWeek.at(0).costMinor, 700);
        QCOMPARE(accrual.portfolioByWeek.at(0).requests, 70);
        QCOMPARE(accrual.reportingWeekIndex, 1);
        // Two weeks of 1.4M tokens: 700,000 a week.
        QCOMPARE(accrual.tokensPerWeek(accrual.portfolio), 700'000);

        const UnitCostReport cash = UnitCostReport::compute(
            *database, weeks(IsoWeek(2026, 10), IsoWeek(2026, 11), CostBasis::Cash));
        QCOMPARE(cash.portfolioByWeek.at(0).tokens, 0);
        QCOMPARE(cash.portfolioByWeek.at(1).tokens, 1'400'000);
        QCOMPARE(cash.portfolio.costMinor, 1'400);

        // A week alone counts its own days only.
        const UnitCostReport second
            = UnitCostReport::compute(*database, weeks(IsoWeek(2026, 11), IsoWeek(2026, 11)));
        QCOMPARE(second.portfolio.tokens, 700'000);
        QCOMPARE(second.portfolio.costMinor, 700);
    }

    // Per model at each vendor; a line without a model is grouped apart, and a line without an
    // exchange rate is left out of every tally and counted.
    void modelsAndUnconvertedLines()
    {
        auto database = openTestDatabase();
        ProjectRepository projects(*database);
        const ProjectId support = projects.create(makeProject(QStringLiteral("SUP")));
        const ProjectId legal = projects.create(makeProject(QStringLiteral("LEG")));
        CostLineRepository lines(*database);
        lines.add(tokenLine(support, QDate(2026, 3, 2), 600, 1'000'000, 10, QStringLiteral("gpt-4o")));
        lines.add(tokenLine(legal, QDate(2026, 3, 3), 200, 1'000'000, 10, QStringLiteral("gpt-4o")));
        lines.add(tokenLine(legal, QDate(2026, 3, 4), 30, 1'000'000, 10, QStringLiteral("gpt-4o-mini")));
        CostLine azure = tokenLine(support, QDate(2026, 3, 4), 500, 1'000'000, 10, QStringLiteral("gpt-4o"));
        azure.vendor = QStringLiteral("Microsoft Azure");
        lines.add(azure);
        lines.add(tokenLine(support, QDate(2026, 3, 5), 100, 2'000'000, std::nullopt, QString()));
        CostLine dollars = tokenLine(support, QDate(2026, 3, 5), 100, 1'000'000, 1);
        dollars.amount = Money(100, USD); // no USD rate: no reporting amount
        lines.add(dollars);

        const UnitCostReport costs
            = UnitCostReport::compute(*database, weeks(IsoWeek(2026, 10), IsoWeek(2026, 10)));
        QCOMPARE(costs.unconvertedLines, 1);
        QCOMPARE(costs.portfolio.tokens, 6'000'000);
        QCOMPARE(costs.models.size(), 4);
        // gpt-4o at OpenAI: €8 for 2M tokens; at Azure €5 for 1M; unnamed €1 for 2M; mini €0.30.
        QCOMPARE(costs.models.at(0).label, QStringLiteral("gpt-4o"));
        QCOMPARE(costs.models.at(0).vendor, QStringLiteral("OpenAI"));
        QCOMPARE(formatted(unitCost(costs.models.at(0).total, UnitCostMeasure::PerMillionTokens, EUR)),
                 QStringLiteral("€4.00"));
        QCOMPARE(costs.models.at(1).vendor, QStringLiteral("Microsoft Azure"));
        QCOMPARE(costs.models.at(2).label, QString());
        QCOMPARE(formatted(unitCost(costs.models.at(2).total, UnitCostMeasure::PerRequest, EUR)),
                 QStringLiteral("none"));
        QCOMPARE(formatted(unitCost(costs.models.at(3).total, UnitCostMeasure::PerMillionTokens, EUR)),
                 QStringLiteral("€0.30"));

        // The query's project filter holds.
        DashboardQuery legalOnly = weeks(IsoWeek(2026, 10), IsoWeek(2026, 10));
        legalOnly.projects = { legal };
        const UnitCostReport filtered = UnitCostReport::compute(*database, legalOnly);
        QCOMPARE(filtered.portfolio.costMinor, 230);
        QCOMPARE(filtered.projects.size(), 1);
        QCOMPARE(filtered.unconvertedLines, 0);
    }

    // A project's cost per unit of its benchmark: the week's whole cost (every category the query
    // shows) over the week's volume; over the period, only weeks whose volume was entered count.
    void benchmarkCostPerUnit()
    {
        auto database = openTestDatabase();
        ProjectRepository projects(*database);
        Project support = makeProject(QStringLiteral("SUP"));
        support.benchmarkUnit = QStringLiteral("ticket");
        const ProjectId id = projects.create(support);
        projects.create(makeProject(QStringLiteral("LEG"))); // no benchmark
        CostLineRepository lines(*database);
        lines.add(tokenLine(id, QDate(2026, 3, 2), 30'000, 1'000'000, 100)); // W10: €300
        CostLine people = tokenLine(id, QDate(2026, 3, 3), 20'000, 0, std::nullopt);
        people.category = CostCategory::Salaries; // W10: €200 more, not tokens
        people.quantity.reset();
        people.unit.clear();
        people.model.clear();
        lines.add(people);
        lines.add(tokenLine(id, QDate(2026, 3, 10), 90'000, 3'000'000, 300)); // W11: €900
        lines.add(tokenLine(id, QDate(2026, 3, 17), 10'000, 1'000'000, 100)); // W12: €100, no volume

        BenchmarkVolumeRepository volumes(*database);
        const QList<WeekVolume> before
            = volumes.setVolumes(id, { { IsoWeek(2026, 10), 1'000 }, { IsoWeek(2026, 11), 1'200 } });
        QCOMPARE(
            before,
            (QList<WeekVolume> { { IsoWeek(2026, 10), std::nullopt }, { IsoWeek(2026, 11), std::nullopt } }));

        const UnitCostReport costs
            = UnitCostReport::compute(*database, weeks(IsoWeek(2026, 10), IsoWeek(2026, 12)));
        QCOMPARE(costs.benchmarks.size(), 1);
        const BenchmarkRow &row = costs.benchmarks.first();
        QCOMPARE(row.unit, QStringLiteral("ticket"));
        QCOMPARE(row.costByWeek, (QList<std::int64_t> { 50'000, 90'000, 10'000 }));
        // €500 over 1,000 tickets; €900 over 1,200; W12 unknown; the period: €1,400 over 2,200.
        QCOMPARE(formatted(row.costPerUnitOfWeek(0, EUR)), QStringLiteral("€0.50"));
        QCOMPARE(formatted(row.costPerUnitOfWeek(1, EUR)), QStringLiteral("€0.75"));
        QCOMPARE(formatted(row.costPerUnitOfWeek(2, EUR)), QStringLiteral("none"));
        QCOMPARE(formatted(row.costPerUnitOverPeriod(EUR)), QStringLiteral("€0.636"));

        // The query's categories hold: inference alone is €300 over 1,000 tickets in W10.
        DashboardQuery inference = weeks(IsoWeek(2026, 10), IsoWeek(2026, 12));
        inference.categories = { CostCategory::Inference };
        QCOMPARE(
            formatted(
                UnitCostReport::compute(*database, inference).benchmarks.first().costPerUnitOfWeek(0, EUR)),
            QStringLiteral("€0.30"));
    }

    // Volumes are entered in one transaction with one audit entry; clearing a week takes its
    // volume away; a bad volume changes nothing.
    void volumesAreEnteredWhole()
    {
        auto database = openTestDatabase();
        const ProjectId id = ProjectRepository(*database).create(makeProject(QStringLiteral("SUP")));
        BenchmarkVolumeRepository volumes(*database);
        volumes.setVolumes(id, { { IsoWeek(2026, 10), 1'000 }, { IsoWeek(2026, 11), 1'200 } });
        const QList<WeekVolume> before
            = volumes.setVolumes(id, { { IsoWeek(2026, 10), std::nullopt }, { IsoWeek(2026, 11), 1'300 } });
        QCOMPARE(before, (QList<WeekVolume> { { IsoWeek(2026, 10), 1'000 }, { IsoWeek(2026, 11), 1'200 } }));
        const QMap<IsoWeek, std::int64_t> held = volumes.volumes(id, { IsoWeek(2026, 1), IsoWeek(2026, 52) });
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.value(IsoWeek(2026, 11)), 1'300);
        const QList<AuditEntry> entries = AuditLog(*database).entriesFor(QStringLiteral("benchmark_volume"));
        QCOMPARE(entries.size(), 2);
        const AuditChange change = AuditLog::changeOf(entries.last()); // in the order written
        QCOMPARE(change.before, QStringLiteral("2026-W10 1000, 2026-W11 1200"));
        QCOMPARE(change.after, QStringLiteral("2026-W10 none, 2026-W11 1300"));

        try {
            volumes.setVolumes(id, { { IsoWeek(2026, 12), 5 }, { IsoWeek(2026, 13), -1 } });
            QFAIL("a negative volume was accepted");
        } catch (const ValidationError &error) {
            QCOMPARE(error.code(), ErrorCode::ValueOutOfRange);
            QCOMPARE(error.field(), QStringLiteral("2026-W13"));
        }
        QCOMPARE(volumes.volumes(id, { IsoWeek(2026, 1), IsoWeek(2026, 52) }).size(), 1);
        // The schema refuses what the repository would: a week that is not a Monday.
        QVERIFY(
            !QSqlQuery(database->connection())
                 .exec(QStringLiteral("INSERT INTO benchmark_volumes VALUES (%1, '2026-03-03', 5)").arg(id)));
    }

    // A cost line keeps its model and requests through an edit, and the schema refuses negative
    // requests written by another tool.
    void lineKeepsModelAndRequests()
    {
        auto database = openTestDatabase();
        const ProjectId id = ProjectRepository(*database).create(makeProject(QStringLiteral("SUP")));
        CostLineRepository lines(*database);
        const CostLineId lineId = lines.add(tokenLine(id, QDate(2026, 3, 2), 100, 1'000, 7));
        CostLine line = *lines.find(lineId);
        QCOMPARE(line.model, QStringLiteral("gpt-4o"));
        QCOMPARE(line.requests, std::optional<std::int64_t>(7));
        line.description = QStringLiteral("edited");
        lines.update(line);
        QCOMPARE(lines.find(lineId)->requests, std::optional<std::int64_t>(7));
        line.requests = -3;
        QVERIFY_THROWS_EXCEPTION(ValidationError, lines.update(line));
        QVERIFY(
            !QSqlQuery(database->connection()).exec(QStringLiteral("UPDATE cost_lines SET requests = -1")));
        QCOMPARE(queryValue(*database, QStringLiteral("SELECT requests FROM cost_lines")).toLongLong(), 7);
    }

    void formatting()
    {
        QCOMPARE(formatUnitCost(ExactAmount(2'314'900'000'000, EUR), english), QStringLiteral("€2.31"));
        QCOMPARE(formatUnitCost(ExactAmount(8'123'400'000, EUR), english), QStringLiteral("€0.00812"));
        QCOMPARE(formatUnitCost(ExactAmount(40'550'000'000, USD), english), QStringLiteral("$0.0406"));
        QCOMPARE(formatUnitCost(ExactAmount(999'999'999'999, USD), english), QStringLiteral("$1.00"));
        QCOMPARE(formatUnitCost(ExactAmount(0, USD), english), QStringLiteral("$0.00"));
        QCOMPARE(tokenCountLabel(850, english), QStringLiteral("850"));
        QCOMPARE(tokenCountLabel(12'400, english), QStringLiteral("12.4K"));
        QCOMPARE(tokenCountLabel(1'204'000, english), QStringLiteral("1.2M"));
        QCOMPARE(tokenCountLabel(3'456'000'000, english), QStringLiteral("3.46B"));
        QCOMPARE(tokenCountLabel(345'600'000'000, english), QStringLiteral("346B"));
        QCOMPARE(unitCostChange(ExactAmount(100, EUR), ExactAmount(104, EUR)).value(), 0.04);
        QVERIFY(!unitCostChange(std::nullopt, ExactAmount(104, EUR)));
    }
};

QTEST_GUILESS_MAIN(TestUnitCosts)
#include "tst_unitcosts.moc"
