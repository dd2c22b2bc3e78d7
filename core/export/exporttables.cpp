// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exporttables.h"

#include <array>

#include <QHash>

#include "analytics/dashboardsnapshot.h"
#include "analytics/ledger.h"
#include "domain/category.h"
#include "storage/costlinebrowser.h"
#include "storage/database.h"
#include "storage/projectrepository.h"

namespace costboard {
namespace {

constexpr std::array<std::pair<ExportTableKind, const char *>, 5> tableKeys { {
    { ExportTableKind::WeeklyByCategory, "weekly-by-category" },
    { ExportTableKind::WeeklyByProject, "weekly-by-project" },
    { ExportTableKind::WeeklyByVendor, "weekly-by-vendor" },
    { ExportTableKind::BudgetByPeriod, "budget-by-period" },
    { ExportTableKind::CostLines, "cost-lines" },
} };

// Cost lines are read a page at a time, by key, so a long period never holds a cursor open.
constexpr int costLinePage = 5000;

ExportColumn column(const char *key, ExportValueType type, ExportTotal total = ExportTotal::None,
                    const QString &currency = QString())
{
    return ExportColumn { QLatin1String(key), QString(), type, total, currency };
}

// The columns of a weekly table after its row names: one per week of the period, then the period.
void addWeekColumns(ExportTable &table, const DashboardSnapshot &snapshot, const QList<WeeklyPoint> &points)
{
    for (const WeeklyPoint &point : points)
        table.columns << ExportColumn { point.week.toString(), point.week.toString(), ExportValueType::Money,
                                        ExportTotal::Sum, snapshot.currency };
    table.columns << column("period-total", ExportValueType::Money, ExportTotal::Sum, snapshot.currency);
}

// The total row of a weekly table: each week's spend and the period's, as the snapshot has them.
void addWeeklyTotals(ExportTable &table, const DashboardSnapshot &snapshot, const QList<WeeklyPoint> &points,
                     int labelColumns)
{
    table.totals << ExportCell::ofText(QStringLiteral("Total"));
    for (int i = 1; i < labelColumns; ++i)
        table.totals << ExportCell::empty(ExportValueType::Text);
    for (const WeeklyPoint &point : points)
        table.totals << ExportCell::ofMoney(snapshot.money(point.actual));
    table.totals << ExportCell::ofMoney(snapshot.money(snapshot.periodTotal));
}

ExportTable weeklyByCategory(const DashboardSnapshot &snapshot, const QList<WeeklyPoint> &points,
                             const QString &language)
{
    ExportTable table;
    table.kind = ExportTableKind::WeeklyByCategory;
    table.columns << column("category", ExportValueType::Text, ExportTotal::Label);
    addWeekColumns(table, snapshot, points);
    for (const BreakdownEntry &entry : snapshot.byCategory) {
        ExportRow row;
        row.cells << ExportCell::ofText(CostCategories::displayName(*entry.category, language));
        for (const WeeklyPoint &point : points)
            row.cells << ExportCell::ofMoney(snapshot.money(point.category(*entry.category)));
        row.cells << ExportCell::ofMoney(snapshot.money(entry.amount));
        table.rows << row;
    }
    addWeeklyTotals(table, snapshot, points, 1);
    return table;
}

// Each project's weeks, from the day-grain ledger the snapshot reads, summed over the same days as
// each of the snapshot's points.
ExportTable weeklyByProject(Database &database, const DashboardSnapshot &snapshot,
                            const QList<WeeklyPoint> &points)
{
    const DashboardQuery &query = snapshot.query;
    const LedgerWindow window
        = LedgerWindow::read(database, query.basis, snapshot.days, query.projects, query.categories);
    QHash<ProjectId, QList<std::int64_t>> weeks;
    for (const LedgerSeries &series : window.series()) {
        QList<std::int64_t> &amounts = weeks[series.projectId];
        amounts.resize(points.size(), 0);
        for (qsizetype i = 0; i < points.size(); ++i)
            amounts[i] += window.total(series, points.at(i).days);
    }

    ExportTable table;
    table.kind = ExportTableKind::WeeklyByProject;
    table.columns << column("project-code", ExportValueType::Text, ExportTotal::Label)
                  << column("project", ExportValueType::Text);
    addWeekColumns(table, snapshot, points);
    for (const BreakdownEntry &entry : snapshot.byProject) {
        ExportRow row;
        row.isUnallocatedProject = entry.isUnallocated;
        row.cells << ExportCell::ofText(entry.code) << ExportCell::ofText(entry.label);
        const QList<std::int64_t> amounts
            = weeks.value(*entry.projectId, QList<std::int64_t>(points.size(), 0));
        for (const std::int64_t amount : amounts)
            row.cells << ExportCell::ofMoney(snapshot.money(amount));
        row.cells << ExportCell::ofMoney(snapshot.money(entry.amount));
        table.rows << row;
    }
    addWeeklyTotals(table, snapshot, points, 2);
    return table;
}

// Each vendor's weeks: the ledger's vendor totals (the query the snapshot's vendor breakdown
// makes) over the days of each point.
ExportTable weeklyByVendor(Database &database, const DashboardSnapshot &snapshot,
                           const QList<WeeklyPoint> &points)
{
    const DashboardQuery &query = snapshot.query;
    QList<QHash<QString, std::int64_t>> weeks;
    for (const WeeklyPoint &point : points)
        weeks << LedgerWindow::vendorTotals(database, query.basis, point.days, query.projects,
                                            query.categories);

    ExportTable table;
    table.kind = ExportTableKind::WeeklyByVendor;
    table.columns << column("vendor", ExportValueType::Text, ExportTotal::Label);
    addWeekColumns(table, snapshot, points);
    for (const BreakdownEntry &entry : snapshot.byVendor) {
        ExportRow row;
        row.cells << ExportCell::ofText(entry.label);
        for (const QHash<QString, std::int64_t> &week : std::as_const(weeks))
            row.cells << ExportCell::ofMoney(snapshot.money(week.value(entry.label)));
        row.cells << ExportCell::ofMoney(snapshot.money(entry.amount));
        table.rows << row;
    }
    addWeeklyTotals(table, snapshot, points, 1);
    return table;
}

// The months overlapping the period, each whole, as `snapshot --by month` lists them: the months
// of a partition add up, so their sum is the total row.
ExportTable budgetByPeriod(Database &database, const DashboardSnapshot &snapshot)
{
    ExportTable table;
    table.kind = ExportTableKind::BudgetByPeriod;
    table.columns << column("period", ExportValueType::Text, ExportTotal::Label)
                  << column("first-day", ExportValueType::Date) << column("last-day", ExportValueType::Date)
                  << column("budget", ExportValueType::Money, ExportTotal::Sum, snapshot.currency)
                  << column("actual", ExportValueType::Money, ExportTotal::Sum, snapshot.currency)
                  << column("forecast", ExportValueType::Money, ExportTotal::Sum, snapshot.currency)
                  << column("consumed", ExportValueType::Percent);
    std::int64_t budget = 0;
    std::int64_t actual = 0;
    std::int64_t forecast = 0;
    bool anyBudget = false;
    for (const PeriodFigures &period : periodFigures(database, snapshot.query, PeriodKind::Month)) {
        ExportRow row;
        row.cells << ExportCell::ofText(period.key) << ExportCell::ofDate(period.days.first)
                  << ExportCell::ofDate(period.days.last)
                  << (period.budget ? ExportCell::ofMoney(snapshot.money(*period.budget))
                                    : ExportCell::empty(ExportValueType::Money))
                  << ExportCell::ofMoney(snapshot.money(period.actual))
                  << ExportCell::ofMoney(snapshot.money(period.forecast))
                  << ExportCell::ofRatio(shareOfBudget(period.actual, period.budget));
        table.rows << row;
        anyBudget = anyBudget || period.budget.has_value();
        Money::accumulate(budget, period.budget.value_or(0));
        Money::accumulate(actual, period.actual);
        Money::accumulate(forecast, period.forecast);
    }
    table.totals << ExportCell::ofText(QStringLiteral("Total")) << ExportCell::empty(ExportValueType::Date)
                 << ExportCell::empty(ExportValueType::Date)
                 << (anyBudget ? ExportCell::ofMoney(snapshot.money(budget))
                               : ExportCell::empty(ExportValueType::Money))
                 << ExportCell::ofMoney(snapshot.money(actual))
                 << ExportCell::ofMoney(snapshot.money(forecast))
                 << ExportCell::empty(ExportValueType::Percent);
    return table;
}

// The lines dated in the period, for the snapshot's selection, oldest first, with what they cost
// as invoiced and in the reporting currency; the total is the browser's (converted lines only).
ExportTable costLines(Database &database, const DashboardSnapshot &snapshot, const QString &language)
{
    ExportTable table;
    table.kind = ExportTableKind::CostLines;
    table.columns << column("line", ExportValueType::Integer, ExportTotal::Label)
                  << column("date", ExportValueType::Date) << column("service-start", ExportValueType::Date)
                  << column("service-end", ExportValueType::Date)
                  << column("project-code", ExportValueType::Text) << column("project", ExportValueType::Text)
                  << column("category", ExportValueType::Text) << column("vendor", ExportValueType::Text)
                  << column("description", ExportValueType::Text)
                  << column("quantity", ExportValueType::Number) << column("unit", ExportValueType::Text)
                  << column("amount", ExportValueType::Money) << column("currency", ExportValueType::Text)
                  << column("reporting-amount", ExportValueType::Money, ExportTotal::Sum, snapshot.currency)
                  << column("source", ExportValueType::Text)
                  << column("external-reference", ExportValueType::Text);

    CostLineFilter filter;
    filter.projects = snapshot.query.projects;
    filter.categories = snapshot.query.categories;
    filter.from = snapshot.days.first;
    filter.to = snapshot.days.last;
    const CostLineSort sort { CostLineSortKey::Date, Qt::AscendingOrder };
    const CostLineBrowser browser(database);
    const ProjectId unallocated = ProjectRepository(database).unallocatedProjectId();
    for (QList<CostLineRow> page = browser.page(filter, sort, 0, costLinePage); !page.isEmpty();
         page = browser.pageAfter(filter, sort, page.constLast(), costLinePage)) {
        for (const CostLineRow &line : std::as_const(page)) {
            ExportRow row;
            row.isUnallocatedProject = line.projectId == unallocated;
            row.cells << ExportCell::ofInteger(line.id) << ExportCell::ofDate(line.incurredOn)
                      << ExportCell::ofDate(line.serviceStart)
                      // Stored exclusive; people read the last day paid for.
                      << ExportCell::ofDate(line.serviceEnd.isValid() ? line.serviceEnd.addDays(-1) : QDate())
                      << ExportCell::ofText(line.projectCode) << ExportCell::ofText(line.projectName)
                      << ExportCell::ofText(CostCategories::displayName(line.category, language))
                      << ExportCell::ofText(line.vendor) << ExportCell::ofText(line.description)
                      << (line.quantity ? ExportCell::ofNumber(*line.quantity)
                                        : ExportCell::empty(ExportValueType::Number))
                      << ExportCell::ofText(line.unit) << ExportCell::ofMoney(line.amount)
                      << ExportCell::ofText(line.amount.currency())
                      << (line.reportingAmount ? ExportCell::ofMoney(*line.reportingAmount)
                                               : ExportCell::empty(ExportValueType::Money))
                      << ExportCell::ofText(line.source) << ExportCell::ofText(line.externalRef);
            table.rows << row;
        }
        if (page.size() < costLinePage)
            break;
    }
    const CostLineTotals totals = browser.totals(filter);
    for (const ExportColumn &each : std::as_const(table.columns)) {
        if (each.total == ExportTotal::Label)
            table.totals << ExportCell::ofText(QStringLiteral("Total"));
        else if (each.total == ExportTotal::Sum)
            table.totals << ExportCell::ofMoney(totals.reportingTotal.hasCurrency() ? totals.reportingTotal
                                                                                    : snapshot.money(0));
        else
            table.totals << ExportCell::empty(each.type);
    }
    return table;
}

} // namespace

int ExportTable::columnIndex(const QString &columnKey) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == columnKey)
            return int(i);
    }
    return -1;
}

QString ExportTable::exportTableKey(ExportTableKind kind)
{
    for (const auto &[each, key] : tableKeys) {
        if (each == kind)
            return QLatin1String(key);
    }
    return QString();
}

std::optional<ExportTableKind> ExportTable::kindFromKey(QStringView key)
{
    for (const auto &[kind, each] : tableKeys) {
        if (key == QLatin1String(each))
            return kind;
    }
    return std::nullopt;
}

QList<ExportTableKind> ExportTable::allKinds()
{
    QList<ExportTableKind> kinds;
    for (const auto &[kind, key] : tableKeys)
        kinds << kind;
    return kinds;
}

QList<ExportTable> buildExportTables(Database &database, const DashboardSnapshot &snapshot,
                                     const QString &language, const QList<ExportTableKind> &kinds)
{
    QList<ExportTable> tables;
    if (!snapshot.days.isValid())
        return tables;
    const QList<WeeklyPoint> points = snapshot.periodPoints();
    for (const ExportTableKind kind : kinds) {
        switch (kind) {
        case ExportTableKind::WeeklyByCategory:
            tables << weeklyByCategory(snapshot, points, language);
            break;
        case ExportTableKind::WeeklyByProject:
            tables << weeklyByProject(database, snapshot, points);
            break;
        case ExportTableKind::WeeklyByVendor:
            tables << weeklyByVendor(database, snapshot, points);
            break;
        case ExportTableKind::BudgetByPeriod:
            tables << budgetByPeriod(database, snapshot);
            break;
        case ExportTableKind::CostLines:
            tables << costLines(database, snapshot, language);
            break;
        }
    }
    return tables;
}

QString guardedSpreadsheetText(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + text;
    default:
        return text;
    }
}

} // namespace costboard
