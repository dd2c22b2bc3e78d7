// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <random>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include "analytics/budgetrule.h"
#include "analytics/dashboardquery.h"
#include "analytics/dashboardsnapshot.h"
#include "analytics/forecast.h"
#include "analytics/ledger.h"
#include "demo/demoportfolio.h"
#include "domain/fiscalcalendar.h"
#include "export/snapshotjson.h"
#include "storage/budgetrepository.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

Q_DECLARE_METATYPE(costboard::IsoWeek)
Q_DECLARE_METATYPE(costboard::PeriodPreset)
Q_DECLARE_METATYPE(costboard::PeriodKind)
Q_DECLARE_METATYPE(costboard::WeekRange)
Q_DECLARE_METATYPE(costboard::DayRange)
Q_DECLARE_METATYPE(costboard::DashboardQuery)
Q_DECLARE_METATYPE(costboard::CostBasis)
Q_DECLARE_METATYPE(costboard::BudgetHealth)

namespace QTest {
template <> inline char *toString(const IsoWeek &value)
{
    return qstrdup(value.isValid() ? qPrintable(value.toString()) : "<invalid week>");
}
template <> inline char *toString(const WeekRange &value)
{
    return qstrdup(qPrintable(value.first.toString() + QStringLiteral("..") + value.last.toString()));
}
template <> inline char *toString(const DayRange &value)
{
    return qstrdup(qPrintable(value.first.toString(Qt::ISODate) + QStringLiteral("..")
                              + value.last.toString(Qt::ISODate)));
}
} // namespace QTest

namespace {

using Minor = std::int64_t;
__extension__ typedef __int128 Wide;

constexpr int CategoryCount = 10;
const QString EUR = QStringLiteral("EUR");
const IsoWeek demoLastWeek(2026, 48);

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

DayRange weekDays(const IsoWeek &week)
{
    return { week.monday(), week.sunday() };
}

bool isValidRange(const DayRange &range)
{
    return range.first.isValid() && range.last.isValid() && range.first <= range.last;
}

// The days both ranges hold, computed here rather than by DayRange::intersected.
DayRange commonDays(const DayRange &a, const DayRange &b)
{
    if (!isValidRange(a) || !isValidRange(b))
        return {};
    const DayRange common { std::max(a.first, b.first), std::min(a.last, b.last) };
    return common.first <= common.last ? common : DayRange {};
}

QString text(const std::optional<Minor> &value)
{
    return value ? QString::number(*value) : QStringLiteral("none");
}

QString text(Minor value)
{
    return QString::number(value);
}

std::optional<double> expectedRatio(Minor numerator, Minor denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return static_cast<double>(numerator) / static_cast<double>(denominator);
}

QString text(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 17) : QStringLiteral("none");
}

// Rounds numerator / denominator half away from zero (denominator > 0): what the KPIs promise.
Minor roundedQuotient(Minor numerator, Minor denominator)
{
    Minor quotient = numerator / denominator;
    const Minor remainder = numerator % denominator;
    if (2 * std::abs(remainder) >= denominator)
        quotient += numerator < 0 ? -1 : 1;
    return quotient;
}

// The rounding policy of fiscalcalendar.h, restated: of `amount` spread evenly over n days, the
// first k days hold round(amount * k / n), rounded half away from zero, so that day d receives
// round(amount * d / n) - round(amount * (d - 1) / n).
Minor firstDaysShare(Minor amount, qint64 k, qint64 n)
{
    return expectedFirstDaysShare(amount, k, n);
}

// What `amount` spread over the days of `whole` puts on the days of `part`.
Minor expectedShare(Minor amount, const DayRange &whole, const DayRange &part)
{
    const DayRange common = commonDays(whole, part);
    if (!isValidRange(common))
        return 0;
    const qint64 n = whole.first.daysTo(whole.last) + 1;
    return firstDaysShare(amount, whole.first.daysTo(common.last) + 1, n)
        - firstDaysShare(amount, whole.first.daysTo(common.first), n);
}

// The fiscal year holding `date` when years start on the first of `startMonth`.
DayRange fiscalYearOf(const QDate &date, int startMonth)
{
    const int startYear = date.month() >= startMonth ? date.year() : date.year() - 1;
    const QDate first(startYear, startMonth, 1);
    return { first, first.addYears(1).addDays(-1) };
}

// ---------------------------------------------------------------------------------------------
// The raw cost lines, and what they add up to on each basis

struct RawLine
{
    ProjectId project = 0;
    int category = 0;
    QString vendor;
    QDate incurred;
    DayRange service; // the days paid for: the service period, or the line's own date
    std::optional<Minor> amount; // in the reporting currency; none without an FX rate
};

QList<RawLine> readLines(const Database &database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    QList<RawLine> lines;
    if (!query.exec(
            QStringLiteral("SELECT project_id, category_id, vendor, incurred_on, service_start, service_end,"
                           " reporting_minor FROM cost_lines"))) {
        qWarning("query failed: %s", qPrintable(query.lastError().text()));
        return lines;
    }
    while (query.next()) {
        RawLine line;
        line.project = query.value(0).toLongLong();
        line.category = query.value(1).toInt();
        line.vendor = query.value(2).toString();
        line.incurred = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        if (query.value(4).isNull()) {
            line.service = { line.incurred, line.incurred };
        } else {
            line.service = { QDate::fromString(query.value(4).toString(), Qt::ISODate),
                             QDate::fromString(query.value(5).toString(), Qt::ISODate).addDays(-1) };
        }
        if (!query.value(6).isNull())
            line.amount = query.value(6).toLongLong();
        lines << line;
    }
    return lines;
}

// The projects and categories a query selects, restated (empty: all).
bool selects(const DashboardQuery &query, ProjectId project, int category)
{
    if (!query.projects.isEmpty() && !query.projects.contains(project))
        return false;
    if (query.categories.isEmpty())
        return true;
    return std::any_of(query.categories.cbegin(), query.categories.cend(),
                       [&](CostCategory c) { return static_cast<int>(c) == category; });
}

// Every line per day, project and category on one basis, written apart from the repository: on
// the cash basis on its date; on the accrual basis spread over its service days as
// testdatabase.h's expectedRollups() spreads it (day d of n: round(A*d/n) - round(A*(d-1)/n)).
class RawLedger
{
public:
    RawLedger() = default;
    RawLedger(const QList<RawLine> &lines, CostBasis onBasis)
        : m_basis(onBasis)
        , m_lines(lines)
    {
        QDate first;
        QDate last;
        for (const RawLine &line : lines) {
            const DayRange paid = paidDays(line);
            if (!first.isValid() || paid.first < first)
                first = paid.first;
            if (!last.isValid() || paid.last > last)
                last = paid.last;
            if (!m_projects.contains(line.project))
                m_projects << line.project;
        }
        if (!first.isValid())
            return;
        m_first = first;
        m_dayCount = first.daysTo(last) + 1;
        m_cells = QList<Minor>(m_dayCount * m_projects.size() * CategoryCount, 0);
        for (const RawLine &line : lines) {
            if (!line.amount)
                continue;
            const DayRange paid = paidDays(line);
            const qint64 n = paid.first.daysTo(paid.last) + 1;
            const qsizetype project = m_projects.indexOf(line.project);
            for (qint64 d = 1; d <= n; ++d)
                cell(m_first.daysTo(paid.first) + d - 1, project, line.category)
                    += firstDaysShare(*line.amount, d, n) - firstDaysShare(*line.amount, d - 1, n);
        }
    }

    CostBasis basis() const { return m_basis; }

    std::array<Minor, CategoryCount> byCategory(const DashboardQuery &query, const DayRange &range) const
    {
        std::array<Minor, CategoryCount> sums {};
        if (m_dayCount == 0 || !isValidRange(range))
            return sums;
        const qint64 from = std::max<qint64>(0, m_first.daysTo(range.first));
        const qint64 to = std::min<qint64>(m_dayCount - 1, m_first.daysTo(range.last));
        for (qint64 day = from; day <= to; ++day) {
            for (qsizetype p = 0; p < m_projects.size(); ++p) {
                for (int c = 1; c <= CategoryCount; ++c) {
                    if (selects(query, m_projects.at(p), c))
                        sums[static_cast<std::size_t>(c - 1)] += cell(day, p, c);
                }
            }
        }
        return sums;
    }

    Minor sum(const DashboardQuery &query, const DayRange &range) const
    {
        Minor total = 0;
        for (const Minor value : byCategory(query, range))
            total += value;
        return total;
    }

    // Non-zero totals only, keyed by project id.
    QMap<QString, Minor> byProject(const DashboardQuery &query, const DayRange &range) const
    {
        QMap<QString, Minor> totals;
        for (const ProjectId project : m_projects) {
            DashboardQuery one = query;
            if (!query.projects.isEmpty() && !query.projects.contains(project))
                continue;
            one.projects = { project };
            if (const Minor amount = sum(one, range); amount != 0)
                totals.insert(QString::number(project), amount);
        }
        return totals;
    }

    // Non-zero totals only, keyed by vendor.
    QMap<QString, Minor> byVendor(const DashboardQuery &query, const DayRange &range) const
    {
        QMap<QString, Minor> totals;
        for (const RawLine &line : m_lines) {
            if (line.amount && selects(query, line.project, line.category))
                totals[line.vendor] += expectedShare(*line.amount, paidDays(line), range);
        }
        totals.removeIf([](const auto &entry) { return entry.value() == 0; });
        return totals;
    }

    // Lines without a reporting amount, on the first day they pay for.
    qint64 unconverted(const DashboardQuery &query, const DayRange &range) const
    {
        qint64 count = 0;
        for (const RawLine &line : m_lines) {
            if (!line.amount && selects(query, line.project, line.category)
                && isValidRange(commonDays(range, DayRange { paidDays(line).first, paidDays(line).first })))
                ++count;
        }
        return count;
    }

private:
    DayRange paidDays(const RawLine &line) const
    {
        return m_basis == CostBasis::Cash ? DayRange { line.incurred, line.incurred } : line.service;
    }
    Minor &cell(qint64 day, qsizetype project, int category)
    {
        return m_cells[(day * m_projects.size() + project) * CategoryCount + category - 1];
    }
    Minor cell(qint64 day, qsizetype project, int category) const
    {
        return m_cells.at((day * m_projects.size() + project) * CategoryCount + category - 1);
    }

    CostBasis m_basis = CostBasis::Accrual;
    QList<RawLine> m_lines;
    QDate m_first;
    qint64 m_dayCount = 0;
    QList<ProjectId> m_projects;
    QList<Minor> m_cells;
};

// The SQL filter of a query's selection over the raw cost lines.
QString selectionFilter(const DashboardQuery &query)
{
    QString sql;
    if (!query.projects.isEmpty()) {
        QStringList ids;
        for (const ProjectId id : query.projects)
            ids << QString::number(id);
        sql += QStringLiteral(" AND project_id IN (%1)").arg(ids.join(u','));
    }
    if (!query.categories.isEmpty()) {
        QStringList ids;
        for (const CostCategory category : query.categories)
            ids << QString::number(static_cast<int>(category));
        sql += QStringLiteral(" AND category_id IN (%1)").arg(ids.join(u','));
    }
    return sql;
}

// key (the first columns joined by '|') -> the last column as an amount.
QMap<QString, Minor> sums(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        qWarning("query failed: %s (%s)", qPrintable(query.lastError().text()), qPrintable(sql));
        return { { QStringLiteral("<query failed>"), -1 } };
    }
    QMap<QString, Minor> result;
    while (query.next()) {
        const int columns = query.record().count();
        QStringList key;
        for (int i = 0; i < columns - 1; ++i)
            key << query.value(i).toString();
        result.insert(key.join(u'|'), static_cast<Minor>(query.value(columns - 1).toLongLong()));
    }
    return result;
}

// The cash basis straight from the cost lines: SUM(reporting_minor) of the lines dated in `days`.
std::array<Minor, CategoryCount> sqlCashByCategory(const Database &database, const DashboardQuery &query,
                                                   const DayRange &days)
{
    std::array<Minor, CategoryCount> result {};
    if (!isValidRange(days))
        return result;
    const QMap<QString, Minor> byCategory
        = sums(database,
               QStringLiteral("SELECT category_id, SUM(reporting_minor) FROM cost_lines WHERE incurred_on"
                              " BETWEEN '%1' AND '%2'")
                       .arg(isoDate(days.first), isoDate(days.last))
                   + selectionFilter(query) + QStringLiteral(" GROUP BY category_id"));
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        result[static_cast<std::size_t>(it.key().toInt() - 1)] = it.value();
    return result;
}

Minor sqlCashSum(const Database &database, const DashboardQuery &query, const DayRange &days)
{
    Minor total = 0;
    for (const Minor value : sqlCashByCategory(database, query, days))
        total += value;
    return total;
}

// ---------------------------------------------------------------------------------------------
// The budget rule of budgetrule.h, restated from its text (not by calling BudgetBook):
// - within one scope (a project or the portfolio, one category or all) and one fiscal year, only
//   the finest period kind entered counts: months before quarters before the year;
// - a scope with budgets of its own in a fiscal year has those; otherwise a project without an
//   all-category budget has the sum of its category budgets, and the portfolio without an
//   envelope of its own the sum of its projects' budgets;
// - a budget's part of a range of days is its share by days (the one rounding policy);
// - budgets in another currency than the reporting one do not count;
// - no budget (empty) when no counted budget covers any of the days.
class BudgetOracle
{
public:
    explicit BudgetOracle(Database &database)
        : m_startMonth(DatabaseSettings(database).fiscalYearStartMonth())
    {
        const QString currency = DatabaseSettings(database).reportingCurrency();
        for (const Budget &budget : BudgetRepository(database).list()) {
            if (budget.amount.currency() != currency)
                continue;
            m_budgets << budget;
            if (budget.projectId && !m_projects.contains(*budget.projectId))
                m_projects << *budget.projectId;
        }
    }

    // A dashboard selection: `projects` empty is the portfolio; `categories` empty or all of them
    // is every category, else the sum of the listed categories' budgets.
    std::optional<Minor> selection(const QList<ProjectId> &projects, const QList<CostCategory> &categories,
                                   const DayRange &days) const
    {
        QList<std::optional<CostCategory>> wanted;
        const QSet<CostCategory> distinct(categories.cbegin(), categories.cend());
        if (distinct.isEmpty() || distinct.size() == CategoryCount)
            wanted << std::nullopt;
        else
            for (const CostCategory category : categories)
                wanted << category;
        std::optional<Minor> total;
        for (const std::optional<CostCategory> &category : std::as_const(wanted)) {
            if (projects.isEmpty())
                total = plus(total, ofScope(std::nullopt, category, days));
            else
                for (const ProjectId project : projects)
                    total = plus(total, ofScope(project, category, days));
        }
        return total;
    }
    std::optional<Minor> selection(const DashboardQuery &query, const DayRange &days) const
    {
        return selection(query.projects, query.categories, days);
    }

    // The portfolio's own all-category budget, and the sum of its projects' budgets.
    std::optional<Minor> envelope(const DayRange &days) const
    {
        std::optional<Minor> total;
        for (const DayRange &year : yearsOf(days))
            total = plus(total, own(std::nullopt, std::nullopt, year));
        return total;
    }
    std::optional<Minor> projectsTotal(const DayRange &days) const
    {
        std::optional<Minor> total;
        for (const DayRange &year : yearsOf(days))
            for (const ProjectId project : m_projects)
                total = plus(total, ofProject(project, std::nullopt, year));
        return total;
    }

private:
    static std::optional<Minor> plus(const std::optional<Minor> &a, const std::optional<Minor> &b)
    {
        if (!a || !b)
            return a ? a : b;
        return *a + *b;
    }
    static int fineness(PeriodKind kind)
    {
        switch (kind) {
        case PeriodKind::Month:
            return 0;
        case PeriodKind::Quarter:
            return 1;
        case PeriodKind::Year:
            return 2;
        }
        return 3;
    }

    // `days` cut at the fiscal years' boundaries.
    QList<DayRange> yearsOf(const DayRange &days) const
    {
        QList<DayRange> parts;
        if (!isValidRange(days))
            return parts;
        for (QDate day = days.first; day <= days.last;) {
            const DayRange year = fiscalYearOf(day, m_startMonth);
            parts << DayRange { day, std::min(year.last, days.last) };
            day = year.last.addDays(1);
        }
        return parts;
    }

    // The budgets of exactly this scope that count in the fiscal year holding `day`.
    QList<Budget> counted(const std::optional<ProjectId> &project,
                          const std::optional<CostCategory> &category, const QDate &day) const
    {
        const DayRange year = fiscalYearOf(day, m_startMonth);
        QList<Budget> inYear;
        int finest = 3;
        for (const Budget &budget : m_budgets) {
            if (budget.projectId != project || budget.category != category
                || fiscalYearOf(budget.periodStart, m_startMonth) != year)
                continue;
            inYear << budget;
            finest = std::min(finest, fineness(budget.periodKind));
        }
        inYear.removeIf([&](const Budget &budget) { return fineness(budget.periodKind) != finest; });
        return inYear;
    }

    // `days` lie in one fiscal year from here on.
    std::optional<Minor> own(const std::optional<ProjectId> &project,
                             const std::optional<CostCategory> &category, const DayRange &days) const
    {
        std::optional<Minor> total;
        for (const Budget &budget : counted(project, category, days.first)) {
            const int months = budget.periodKind == PeriodKind::Month ? 1
                : budget.periodKind == PeriodKind::Quarter            ? 3
                                                                      : 12;
            const DayRange period { budget.periodStart, budget.periodStart.addMonths(months).addDays(-1) };
            if (isValidRange(commonDays(period, days)))
                total = total.value_or(0) + expectedShare(budget.amount.minorUnits(), period, days);
        }
        return total;
    }
    std::optional<Minor> ofProject(ProjectId project, const std::optional<CostCategory> &category,
                                   const DayRange &days) const
    {
        if (category || !counted(project, std::nullopt, days.first).isEmpty())
            return own(project, category, days);
        std::optional<Minor> total;
        for (int c = 1; c <= CategoryCount; ++c)
            total = plus(total, own(project, static_cast<CostCategory>(c), days));
        return total;
    }
    std::optional<Minor> ofPortfolio(const std::optional<CostCategory> &category, const DayRange &days) const
    {
        if (!counted(std::nullopt, category, days.first).isEmpty())
            return own(std::nullopt, category, days);
        std::optional<Minor> total;
        for (const ProjectId project : m_projects)
            total = plus(total, ofProject(project, category, days));
        return total;
    }
    std::optional<Minor> ofScope(const std::optional<ProjectId> &project,
                                 const std::optional<CostCategory> &category, const DayRange &days) const
    {
        std::optional<Minor> total;
        for (const DayRange &year : yearsOf(days))
            total = plus(total, project ? ofProject(*project, category, year) : ofPortfolio(category, year));
        return total;
    }

    int m_startMonth = 1;
    QList<Budget> m_budgets;
    QList<ProjectId> m_projects;
};

// ---------------------------------------------------------------------------------------------
// Building blocks of the hand-made databases

// A line invoiced on `invoiced` that pays for [first, endExclusive).
CostLine serviceLine(ProjectId project, Minor amount, const QDate &invoiced, const QDate &first,
                     const QDate &endExclusive, CostCategory category = CostCategory::Inference,
                     const QString &vendor = QStringLiteral("OpenAI"))
{
    CostLine line = makeLine(project, amount, EUR, invoiced, category, vendor);
    line.serviceStart = first;
    line.serviceEnd = endExclusive;
    return line;
}

DashboardQuery customQuery(const IsoWeek &first, const IsoWeek &last, const IsoWeek &reference)
{
    DashboardQuery query;
    query.preset = PeriodPreset::Custom;
    query.customRange = { first, last };
    query.referenceWeek = reference;
    return query;
}

DashboardQuery presetQuery(PeriodPreset preset, const IsoWeek &reference,
                           CostBasis basis = CostBasis::Accrual)
{
    DashboardQuery query;
    query.preset = preset;
    query.referenceWeek = reference;
    query.basis = basis;
    return query;
}

const char *basisName(CostBasis basis)
{
    return basis == CostBasis::Cash ? "cash" : "accrual";
}

Minor partsTotal(const DashboardSnapshot &snapshot)
{
    Minor total = 0;
    for (const SeriesForecast &part : snapshot.forecastParts)
        total += part.total();
    return total;
}

} // namespace

namespace {

// A small portfolio with a fiscal year from April and every kind of budget the rule knows: the
// portfolio's envelope, a project's year refined by its months, another's quarters next to its
// category budgets, a project budgeted by categories alone, one without budgets, a budget in
// another currency; lines with and without service periods, credit notes, and a line without
// an FX rate.
TestDatabase makeAprilPortfolio()
{
    auto database = openTestDatabase();
    DatabaseSettings(*database).setFiscalYearStartMonth(4);
    ProjectRepository projects(*database);
    const ProjectId a = projects.create(makeProject(QStringLiteral("A")));
    const ProjectId b = projects.create(makeProject(QStringLiteral("B")));
    const ProjectId c = projects.create(makeProject(QStringLiteral("C")));
    const ProjectId d = projects.create(makeProject(QStringLiteral("D")));

    BudgetRepository budgets(*database);
    budgets.set(makeBudget(std::nullopt, PeriodKind::Year, QDate(2026, 4, 1), 85'000'017));
    budgets.set(makeBudget(a, PeriodKind::Year, QDate(2026, 4, 1), 70'000'000)); // refined by its months
    for (int i = 0; i < 12; ++i)
        budgets.set(makeBudget(a, PeriodKind::Month, QDate(2026, 4, 1).addMonths(i), 5'400'000 + 1'001 * i));
    budgets.set(makeBudget(a, PeriodKind::Quarter, QDate(2026, 1, 1), 21'000'000)); // FY2025's last quarter
    for (int i = 0; i < 4; ++i) {
        budgets.set(
            makeBudget(b, PeriodKind::Quarter, QDate(2026, 4, 1).addMonths(3 * i), 3'100'007 + 13 * i));
        budgets.set(makeBudget(b, PeriodKind::Quarter, QDate(2026, 4, 1).addMonths(3 * i), 250'001,
                               CostCategory::Cloud));
    }
    budgets.set(makeBudget(c, PeriodKind::Year, QDate(2026, 4, 1), 1'200'003, CostCategory::StaffTraining));
    for (int i = 0; i < 6; ++i)
        budgets.set(
            makeBudget(c, PeriodKind::Month, QDate(2026, 4, 1).addMonths(i), 150'007, CostCategory::Cloud));
    Budget dollars = makeBudget(d, PeriodKind::Year, QDate(2026, 4, 1), 9'999'999);
    dollars.amount = Money(9'999'999, QStringLiteral("USD"));
    budgets.set(dollars);

    std::mt19937_64 random(20260401);
    const auto below = [&](int n) {
        return static_cast<Minor>(random() % static_cast<std::uint64_t>(n));
    };
    QList<CostLine> lines;
    for (QDate day(2026, 1, 5); day <= QDate(2027, 3, 21); day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5 && below(10) < 8)
            lines << makeLine(a, 20'000 + below(20'001), EUR, day, CostCategory::Inference);
        if (below(60) == 0)
            lines << makeLine(a, -(1'000 + below(50'000)), EUR, day,
                              CostCategory::Inference); // a credit note
        if (day.dayOfWeek() == 1)
            lines << makeLine(b, 140'000 + below(20'001), EUR, day, CostCategory::Cloud,
                              QStringLiteral("AWS"));
        if (below(40) == 0) {
            const int courseDays = 2 + static_cast<int>(below(2));
            lines << serviceLine(c, 300'000 + below(100'000), day, day, day.addDays(courseDays),
                                 CostCategory::StaffTraining, QStringLiteral("Academy"));
        }
        if (day == FiscalCalendar::month(day).last)
            lines << serviceLine(a, 4'500'000 + 777 * day.month(), day, FiscalCalendar::month(day).first,
                                 day.addDays(1), CostCategory::Salaries, QStringLiteral("Payroll"));
        if (day.day() == 1 && (day.month() - 1) % 3 == 0)
            lines << serviceLine(b, 1'200'000 + 7 * day.month(), day, day, day.addMonths(3),
                                 CostCategory::LicencesOther, QStringLiteral("Licensor"));
        if (day.day() == 1)
            lines << serviceLine(d, 99'999, day, day, day.addMonths(1), CostCategory::Infrastructure,
                                 QStringLiteral("Host"));
    }
    lines << makeLine(d, 5'000, QStringLiteral("USD"), QDate(2026, 6, 10), CostCategory::Cloud,
                      QStringLiteral("AWS"));
    CostLineRepository(*database).addAll(lines);
    return database;
}

} // namespace

class TestDashboardSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Query and pure functions.
    void presetKeys();
    void queryDays_data();
    void queryDays();
    void forecastPeriodOfQuery_data();
    void forecastPeriodOfQuery();
    void trailingAverage_data();
    void trailingAverage();
    void linearTrendOnPerfectLine();
    void linearTrendClampsAtZero();
    void linearTrendRounding();
    void shareOfDaysPartitions_data();
    void shareOfDaysPartitions();
    void shareOfDaysOutsideWhole();
    void shareOfDaysExamples_data();
    void shareOfDaysExamples();
    void healthRule_data();
    void healthRule();

    // Snapshots of generated portfolios against the raw cost lines.
    void demoMatchesRawLines_data();
    void demoMatchesRawLines();
    void periodFiguresPartitionTheSameTotal_data();
    void periodFiguresPartitionTheSameTotal();
    void forecastAddsUpOverProjectsAndCategories_data();
    void forecastAddsUpOverProjectsAndCategories();
    void moversSortedByAbsoluteChange_data();
    void moversSortedByAbsoluteChange();
    void moversLeaveOutUnchanged();
    void snapshotJsonMatchesSnapshot();

    // Hand-made cases.
    void emptyPeriod();
    void emptyDatabase();
    void emptyPeriodWithBudget();
    void projectWithoutBudget();
    void vendorsSkippedLeaveTheRestAlone();
    void budgetScopes();
    void projectBudgetedByCategoriesOnly();
    void week53();
    void quarterStartWeekIsSplit_data();
    void quarterStartWeekIsSplit();
    void fiscalYearsAddUp_data();
    void fiscalYearsAddUp();
    void budgetStartingMidPeriod();
    void budgetDetailIsChosenPerFiscalYear();
    void fiscalYearNotStartingInJanuary();
    void referenceWeekBeforePeriod();
    void healthAtTheThresholds_data();
    void healthAtTheThresholds();
    void recurringCostsAreScheduled_data();
    void recurringCostsAreScheduled();
    void oneOffInvoiceMovesForecastByItsAmount_data();
    void oneOffInvoiceMovesForecastByItsAmount();
    void accrualAndCashBasis();

private:
    Database &portfolio(const QString &name) { return name == QLatin1String("april") ? *m_april : *m_demo; }
    const RawLedger &rawLedger(const QString &name, CostBasis basis) const
    {
        if (name == QLatin1String("april"))
            return basis == CostBasis::Cash ? m_aprilCash : m_aprilAccrual;
        return basis == CostBasis::Cash ? m_demoCash : m_demoAccrual;
    }

    TestDatabase m_demo;
    TestDatabase m_april;
    QHash<QString, ProjectId> m_projectIds; // the demo's, by code
    QHash<QString, ProjectId> m_aprilIds;
    RawLedger m_demoAccrual;
    RawLedger m_demoCash;
    RawLedger m_aprilAccrual;
    RawLedger m_aprilCash;
};

void TestDashboardSnapshot::initTestCase()
{
    m_demo = openTestDatabase();
    DemoOptions options;
    options.weeks = 52;
    options.lines = 5'000;
    options.seed = 7;
    options.lastWeek = demoLastWeek;
    const DemoSummary summary = generateDemoPortfolio(*m_demo, options);
    QVERIFY(summary.costLines >= 4'000);
    QVERIFY(summary.budgets > 0);
    for (const Project &project : ProjectRepository(*m_demo).list())
        m_projectIds.insert(project.code, project.id);
    QCOMPARE(m_projectIds.size(), 8);
    // The roll-ups the snapshot reads are the ones the lines imply: otherwise every comparison
    // below would test the repository rather than the analytics.
    QCOMPARE(storedRollups(*m_demo), expectedRollups(*m_demo));
    // The demo's monthly and quarterly invoices pay for service periods: the accrual basis
    // spreads them, so the two bases differ and both are compared with the raw lines.
    QVERIFY(
        queryValue(*m_demo, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE service_start IS NOT NULL"))
            .toLongLong()
        > 0);
    const QList<RawLine> demoLines = readLines(*m_demo);
    m_demoAccrual = RawLedger(demoLines, CostBasis::Accrual);
    m_demoCash = RawLedger(demoLines, CostBasis::Cash);

    m_april = makeAprilPortfolio();
    for (const Project &project : ProjectRepository(*m_april).list())
        m_aprilIds.insert(project.code, project.id);
    QCOMPARE(storedRollups(*m_april), expectedRollups(*m_april));
    QCOMPARE(
        queryValue(*m_april, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE reporting_minor IS NULL"))
            .toLongLong(),
        qint64(1));
    const QList<RawLine> aprilLines = readLines(*m_april);
    m_aprilAccrual = RawLedger(aprilLines, CostBasis::Accrual);
    m_aprilCash = RawLedger(aprilLines, CostBasis::Cash);
}

// ---------------------------------------------------------------------------------------------
// Query and pure functions

void TestDashboardSnapshot::presetKeys()
{
    const QList<PeriodPreset> presets = allPeriodPresets();
    QCOMPARE(presets.size(), 6);
    for (const PeriodPreset preset : presets) {
        QVERIFY(!toKey(preset).isEmpty());
        QCOMPARE(periodPresetFromKey(toKey(preset)), std::optional<PeriodPreset>(preset));
    }
    QCOMPARE(periodPresetFromKey(u"year-to-date"), std::optional<PeriodPreset>(PeriodPreset::YearToDate));
    QVERIFY(!periodPresetFromKey(u"last-12-weeks").has_value());
    QVERIFY(!periodPresetFromKey(u"").has_value());
    QCOMPARE(toKey(CostBasis::Accrual), QStringLiteral("accrual"));
    QCOMPARE(toKey(CostBasis::Cash), QStringLiteral("cash"));
    QCOMPARE(costBasisFromKey(u"cash"), std::optional<CostBasis>(CostBasis::Cash));
    QVERIFY(!costBasisFromKey(u"invoice").has_value());
    QCOMPARE(DashboardQuery().basis, CostBasis::Accrual);
}

void TestDashboardSnapshot::queryDays_data()
{
    QTest::addColumn<PeriodPreset>("preset");
    QTest::addColumn<int>("fiscalStart");
    QTest::addColumn<IsoWeek>("reference");
    QTest::addColumn<WeekRange>("custom");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<WeekRange>("weeks");

    using P = PeriodPreset;
    const IsoWeek w48(2026, 48);
    const auto row = [](const char *name, P preset, int fiscalStart, const IsoWeek &reference,
                        const QDate &first, const QDate &last, const IsoWeek &firstWeek,
                        const IsoWeek &lastWeek, const WeekRange &custom = {}) {
        QTest::newRow(name) << preset << fiscalStart << reference << custom << first << last
                            << WeekRange { firstWeek, lastWeek };
    };
    // Last N weeks: whole ISO weeks ending on the reference week's Sunday.
    row("13 weeks", P::Last13Weeks, 1, w48, QDate(2026, 8, 31), QDate(2026, 11, 29), IsoWeek(2026, 36), w48);
    row("26 weeks", P::Last26Weeks, 1, w48, QDate(2026, 6, 1), QDate(2026, 11, 29), IsoWeek(2026, 23), w48);
    row("52 weeks crosses a year", P::Last52Weeks, 1, w48, QDate(2025, 12, 1), QDate(2026, 11, 29),
        IsoWeek(2025, 49), w48);
    row("13 weeks over week 53", P::Last13Weeks, 1, IsoWeek(2027, 2), QDate(2026, 10, 19), QDate(2027, 1, 17),
        IsoWeek(2026, 43), IsoWeek(2027, 2));
    row("52 weeks over 29 february 2028", P::Last52Weeks, 4, IsoWeek(2028, 9), QDate(2027, 3, 8),
        QDate(2028, 3, 5), IsoWeek(2027, 10), IsoWeek(2028, 9));
    // To date: from the fiscal period's first day (2026-10-01 is a Thursday of 2026-W40).
    row("quarter, january year", P::QuarterToDate, 1, w48, QDate(2026, 10, 1), QDate(2026, 11, 29),
        IsoWeek(2026, 40), w48);
    row("year, january year", P::YearToDate, 1, w48, QDate(2026, 1, 1), QDate(2026, 11, 29), IsoWeek(2026, 1),
        w48);
    row("quarter, april year", P::QuarterToDate, 4, w48, QDate(2026, 10, 1), QDate(2026, 11, 29),
        IsoWeek(2026, 40), w48);
    row("year, april year", P::YearToDate, 4, w48, QDate(2026, 4, 1), QDate(2026, 11, 29), IsoWeek(2026, 14),
        w48);
    row("quarter, april year, in march", P::QuarterToDate, 4, IsoWeek(2026, 10), QDate(2026, 1, 1),
        QDate(2026, 3, 8), IsoWeek(2026, 1), IsoWeek(2026, 10));
    row("year, april year, in march", P::YearToDate, 4, IsoWeek(2026, 10), QDate(2025, 4, 1),
        QDate(2026, 3, 8), IsoWeek(2025, 14), IsoWeek(2026, 10));
    row("year, july year", P::YearToDate, 7, w48, QDate(2026, 7, 1), QDate(2026, 11, 29), IsoWeek(2026, 27),
        w48);
    row("quarter starting on a sunday (february year)", P::QuarterToDate, 2, w48, QDate(2026, 11, 1),
        QDate(2026, 11, 29), IsoWeek(2026, 44), w48);
    row("quarter starting on a monday", P::QuarterToDate, 1, IsoWeek(2024, 5), QDate(2024, 1, 1),
        QDate(2024, 2, 4), IsoWeek(2024, 1), IsoWeek(2024, 5));
    row("reference week straddling the quarter's start", P::QuarterToDate, 1, IsoWeek(2026, 40),
        QDate(2026, 10, 1), QDate(2026, 10, 4), IsoWeek(2026, 40), IsoWeek(2026, 40));
    // 2026-W53 runs from Monday 28 December 2026 to Sunday 3 January 2027.
    row("quarter in week 53", P::QuarterToDate, 1, IsoWeek(2026, 53), QDate(2027, 1, 1), QDate(2027, 1, 3),
        IsoWeek(2026, 53), IsoWeek(2026, 53));
    row("year in week 53", P::YearToDate, 1, IsoWeek(2026, 53), QDate(2027, 1, 1), QDate(2027, 1, 3),
        IsoWeek(2026, 53), IsoWeek(2026, 53));
    row("quarter in week 53, april year", P::QuarterToDate, 4, IsoWeek(2026, 53), QDate(2027, 1, 1),
        QDate(2027, 1, 3), IsoWeek(2026, 53), IsoWeek(2026, 53));
    row("year in week 53, april year", P::YearToDate, 4, IsoWeek(2026, 53), QDate(2026, 4, 1),
        QDate(2027, 1, 3), IsoWeek(2026, 14), IsoWeek(2026, 53));
    row("quarter after week 53", P::QuarterToDate, 1, IsoWeek(2027, 1), QDate(2027, 1, 1), QDate(2027, 1, 10),
        IsoWeek(2026, 53), IsoWeek(2027, 1));
    row("year after week 53", P::YearToDate, 1, IsoWeek(2027, 3), QDate(2027, 1, 1), QDate(2027, 1, 24),
        IsoWeek(2026, 53), IsoWeek(2027, 3));
    // 29 February 2028 is a Tuesday of 2028-W09; 1 January 2028 a Saturday of 2027-W52.
    row("quarter over 29 february 2028", P::QuarterToDate, 1, IsoWeek(2028, 9), QDate(2028, 1, 1),
        QDate(2028, 3, 5), IsoWeek(2027, 52), IsoWeek(2028, 9));
    row("quarter ending 29 february 2028 (march year)", P::QuarterToDate, 3, IsoWeek(2028, 8),
        QDate(2027, 12, 1), QDate(2028, 2, 27), IsoWeek(2027, 48), IsoWeek(2028, 8));
    row("quarter after 29 february 2028 (march year)", P::QuarterToDate, 3, IsoWeek(2028, 9),
        QDate(2028, 3, 1), QDate(2028, 3, 5), IsoWeek(2028, 9), IsoWeek(2028, 9));
    row("year ending 29 february 2028 (march year)", P::YearToDate, 3, IsoWeek(2028, 8), QDate(2027, 3, 1),
        QDate(2028, 2, 27), IsoWeek(2027, 9), IsoWeek(2028, 8));
    // Custom ranges are whole weeks.
    row("custom", P::Custom, 4, w48, QDate(2025, 12, 8), QDate(2026, 1, 18), IsoWeek(2025, 50),
        IsoWeek(2026, 3), WeekRange { IsoWeek(2025, 50), IsoWeek(2026, 3) });
    row("custom over week 53", P::Custom, 1, w48, QDate(2026, 12, 21), QDate(2027, 1, 17), IsoWeek(2026, 52),
        IsoWeek(2027, 2), WeekRange { IsoWeek(2026, 52), IsoWeek(2027, 2) });
}

void TestDashboardSnapshot::queryDays()
{
    QFETCH(PeriodPreset, preset);
    QFETCH(int, fiscalStart);
    QFETCH(IsoWeek, reference);
    QFETCH(WeekRange, custom);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(WeekRange, weeks);

    DashboardQuery query;
    query.preset = preset;
    query.referenceWeek = reference;
    query.customRange = custom;
    const FiscalCalendar calendar(fiscalStart);
    QCOMPARE(query.days(calendar), (DayRange { first, last }));
    QCOMPARE(query.range(calendar), weeks);

    // The snapshot's points are those weeks cut to those days, in order, each day once.
    const auto database = openTestDatabase();
    DatabaseSettings(*database).setFiscalYearStartMonth(fiscalStart);
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
    QCOMPARE(snapshot.days, (DayRange { first, last }));
    QCOMPARE(snapshot.range, weeks);
    const QList<WeeklyPoint> points = snapshot.periodPoints();
    QCOMPARE(points.size(), qsizetype(weeks.weekCount()));
    QDate next = first;
    for (const WeeklyPoint &point : points) {
        QCOMPARE(point.days,
                 (DayRange { std::max(point.week.monday(), first), std::min(point.week.sunday(), last) }));
        QCOMPARE(point.days.first, next);
        QCOMPARE(point.isPartial(), point.days.first.daysTo(point.days.last) < 6);
        next = point.days.last.addDays(1);
    }
    QCOMPARE(next, last.addDays(1));
}

void TestDashboardSnapshot::forecastPeriodOfQuery_data()
{
    QTest::addColumn<PeriodPreset>("preset");
    QTest::addColumn<int>("fiscalStart");
    QTest::addColumn<IsoWeek>("reference");
    QTest::addColumn<WeekRange>("custom");
    QTest::addColumn<PeriodKind>("kind");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<DayRange>("period");
    QTest::addColumn<IsoWeek>("horizon");
    QTest::addColumn<QString>("key");

    using P = PeriodPreset;
    const IsoWeek w48(2026, 48);
    const QDate sunday48(2026, 11, 29);
    const DayRange q4 { QDate(2026, 10, 1), QDate(2026, 12, 31) }; // ends on a Thursday of 2026-W53
    const DayRange year2026 { QDate(2026, 1, 1), QDate(2026, 12, 31) };
    const DayRange q1of2027 { QDate(2027, 1, 1), QDate(2027, 3, 31) }; // ends on a Wednesday of 2027-W13
    const auto row = [](const char *name, P preset, int fiscalStart, const IsoWeek &reference,
                        PeriodKind kind, const QDate &asOf, const DayRange &period, const IsoWeek &horizon,
                        const char *key, const WeekRange &custom = {}) {
        QTest::newRow(name) << preset << fiscalStart << reference << custom << kind << asOf << period
                            << horizon << QString::fromLatin1(key);
    };
    row("13 weeks: the quarter", P::Last13Weeks, 1, w48, PeriodKind::Quarter, sunday48, q4, IsoWeek(2026, 53),
        "2026-Q4");
    row("26 weeks: the quarter", P::Last26Weeks, 1, w48, PeriodKind::Quarter, sunday48, q4, IsoWeek(2026, 53),
        "2026-Q4");
    row("52 weeks: the year", P::Last52Weeks, 1, w48, PeriodKind::Year, sunday48, year2026, IsoWeek(2026, 53),
        "2026");
    row("quarter to date", P::QuarterToDate, 1, w48, PeriodKind::Quarter, sunday48, q4, IsoWeek(2026, 53),
        "2026-Q4");
    row("year to date", P::YearToDate, 1, w48, PeriodKind::Year, sunday48, year2026, IsoWeek(2026, 53),
        "2026");
    row("quarter, april year", P::QuarterToDate, 4, w48, PeriodKind::Quarter, sunday48, q4, IsoWeek(2026, 53),
        "FY2026-Q3");
    row("year, april year", P::YearToDate, 4, w48, PeriodKind::Year, sunday48,
        DayRange { QDate(2026, 4, 1), QDate(2027, 3, 31) }, IsoWeek(2027, 13), "FY2026");
    row("52 weeks, april year", P::Last52Weeks, 4, w48, PeriodKind::Year, sunday48,
        DayRange { QDate(2026, 4, 1), QDate(2027, 3, 31) }, IsoWeek(2027, 13), "FY2026");
    // 2026-03-31 is a Tuesday of 2026-W14.
    row("quarter, april year, in march", P::QuarterToDate, 4, IsoWeek(2026, 10), PeriodKind::Quarter,
        QDate(2026, 3, 8), DayRange { QDate(2026, 1, 1), QDate(2026, 3, 31) }, IsoWeek(2026, 14),
        "FY2025-Q4");
    row("year, april year, in march", P::YearToDate, 4, IsoWeek(2026, 10), PeriodKind::Year,
        QDate(2026, 3, 8), DayRange { QDate(2025, 4, 1), QDate(2026, 3, 31) }, IsoWeek(2026, 14), "FY2025");
    row("year, july year", P::YearToDate, 7, w48, PeriodKind::Year, sunday48,
        DayRange { QDate(2026, 7, 1), QDate(2027, 6, 30) }, IsoWeek(2027, 26), "FY2026");
    // The reporting date decides, not the reference week's Monday.
    row("quarter in week 53", P::QuarterToDate, 1, IsoWeek(2026, 53), PeriodKind::Quarter, QDate(2027, 1, 3),
        q1of2027, IsoWeek(2027, 13), "2027-Q1");
    row("13 weeks ending in week 53", P::Last13Weeks, 1, IsoWeek(2026, 53), PeriodKind::Quarter,
        QDate(2027, 1, 3), q1of2027, IsoWeek(2027, 13), "2027-Q1");
    row("reference week straddling the quarter's start", P::QuarterToDate, 1, IsoWeek(2026, 40),
        PeriodKind::Quarter, QDate(2026, 10, 4), q4, IsoWeek(2026, 53), "2026-Q4");
    row("custom ending later", P::Custom, 1, w48, PeriodKind::Quarter, sunday48, q4, IsoWeek(2026, 53),
        "2026-Q4", WeekRange { IsoWeek(2026, 1), IsoWeek(2027, 10) });
    // The reporting week is clamped into the period: 2026-W20 ends on 17 May.
    row("custom ending earlier", P::Custom, 1, w48, PeriodKind::Quarter, QDate(2026, 5, 17),
        DayRange { QDate(2026, 4, 1), QDate(2026, 6, 30) }, IsoWeek(2026, 27), "2026-Q2",
        WeekRange { IsoWeek(2026, 1), IsoWeek(2026, 20) });
    row("quarter ending 29 february 2028 (march year)", P::QuarterToDate, 3, IsoWeek(2028, 8),
        PeriodKind::Quarter, QDate(2028, 2, 27), DayRange { QDate(2027, 12, 1), QDate(2028, 2, 29) },
        IsoWeek(2028, 9), "FY2027-Q4");
    row("year ending 29 february 2028 (march year)", P::YearToDate, 3, IsoWeek(2028, 8), PeriodKind::Year,
        QDate(2028, 2, 27), DayRange { QDate(2027, 3, 1), QDate(2028, 2, 29) }, IsoWeek(2028, 9), "FY2027");
}

void TestDashboardSnapshot::forecastPeriodOfQuery()
{
    QFETCH(PeriodPreset, preset);
    QFETCH(int, fiscalStart);
    QFETCH(IsoWeek, reference);
    QFETCH(WeekRange, custom);
    QFETCH(PeriodKind, kind);
    QFETCH(QDate, asOf);
    QFETCH(DayRange, period);
    QFETCH(IsoWeek, horizon);
    QFETCH(QString, key);
    QCOMPARE(IsoWeek::fromDate(period.last), horizon); // the table itself

    DashboardQuery query;
    query.preset = preset;
    query.referenceWeek = reference;
    query.customRange = custom;
    QCOMPARE(query.forecastPeriodKind(), kind);

    const auto database = openTestDatabase();
    DatabaseSettings(*database).setFiscalYearStartMonth(fiscalStart);
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
    QCOMPARE(snapshot.kpis.asOf, asOf);
    QCOMPARE(snapshot.kpis.forecastPeriodKind, kind);
    QCOMPARE(snapshot.kpis.forecastPeriod, period);
    QCOMPARE(snapshot.kpis.forecastHorizon, horizon);
    // The chart runs through the horizon's week, unless the reference week is past the period.
    QCOMPARE(snapshot.points.constLast().week,
             reference <= snapshot.range.last ? std::max(snapshot.range.last, horizon) : snapshot.range.last);
    const QJsonObject kpis = snapshotToJson(snapshot).value(QStringLiteral("kpis")).toObject();
    QCOMPARE(kpis.value(QStringLiteral("forecast_period")).toString(), key);
    QCOMPARE(kpis.value(QStringLiteral("forecast_period_first_day")).toString(), isoDate(period.first));
    QCOMPARE(kpis.value(QStringLiteral("forecast_period_last_day")).toString(), isoDate(period.last));
    QCOMPARE(kpis.value(QStringLiteral("forecast_horizon")).toString(), horizon.toString());
    QCOMPARE(kpis.value(QStringLiteral("as_of")).toString(), isoDate(asOf));
}

void TestDashboardSnapshot::trailingAverage_data()
{
    QTest::addColumn<QList<qint64>>("history");
    QTest::addColumn<int>("window");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("empty") << QList<qint64> {} << 4 << qint64(0);
    QTest::newRow("zero window") << QList<qint64> { 5, 6 } << 0 << qint64(0);
    QTest::newRow("exact") << QList<qint64> { 100, 200, 300, 400 } << 4 << qint64(250);
    QTest::newRow("last four only") << QList<qint64> { 1'000'000, 100, 200, 300, 400 } << 4 << qint64(250);
    QTest::newRow("shorter history") << QList<qint64> { 10, 20 } << 4 << qint64(15);
    QTest::newRow("half rounds up") << QList<qint64> { 1, 2 } << 2 << qint64(2);
    QTest::newRow("third rounds down") << QList<qint64> { 1, 1, 2 } << 3 << qint64(1);
    QTest::newRow("two thirds round up") << QList<qint64> { 1, 2, 2 } << 3 << qint64(2);
    QTest::newRow("negative half away from zero") << QList<qint64> { -1, -2 } << 2 << qint64(-2);
    QTest::newRow("quarter") << QList<qint64> { 0, 0, 0, 1 } << 4 << qint64(0);
    QTest::newRow("three quarters") << QList<qint64> { 0, 1, 1, 1 } << 4 << qint64(1);
    QTest::newRow("large") << QList<qint64> { 4'000'000'000'000'000'000, 4'000'000'000'000'000'001 } << 2
                           << qint64(4'000'000'000'000'000'001);
}

void TestDashboardSnapshot::trailingAverage()
{
    QFETCH(QList<qint64>, history);
    QFETCH(int, window);
    QFETCH(qint64, expected);
    QList<Minor> values;
    for (const qint64 value : history)
        values << value;
    QCOMPARE(qint64(forecast::trailingAverage(values, window)), expected);
}

void TestDashboardSnapshot::linearTrendOnPerfectLine()
{
    const QList<Minor> history { 100, 200, 300 };
    QCOMPARE(qint64(forecast::linearTrendValue(history, 0)), qint64(400));
    QCOMPARE(qint64(forecast::linearTrendValue(history, 1)), qint64(500));
    QCOMPARE(qint64(forecast::linearTrendSum(history, 2)), qint64(900));
    QCOMPARE(qint64(forecast::linearTrendSum(history, 0)), qint64(0));

    // A flat line predicts itself; a long exact line stays exact far ahead.
    QCOMPARE(qint64(forecast::linearTrendSum(QList<Minor>(13, 12'345), 5)), qint64(5 * 12'345));
    QList<Minor> longLine;
    for (int x = 0; x < 13; ++x)
        longLine << 1'000'000 + 37'013 * x;
    QCOMPARE(qint64(forecast::linearTrendValue(longLine, 0)), qint64(1'000'000 + 37'013 * 13));
    QCOMPARE(qint64(forecast::linearTrendValue(longLine, 39)), qint64(1'000'000 + 37'013 * 52));
    Minor expected = 0;
    for (int k = 0; k < 10; ++k)
        expected += 1'000'000 + 37'013 * (13 + k);
    QCOMPARE(qint64(forecast::linearTrendSum(longLine, 10)), qint64(expected));

    // Fewer than two points: no slope.
    QCOMPARE(qint64(forecast::linearTrendValue({}, 3)), qint64(0));
    QCOMPARE(qint64(forecast::linearTrendValue({ 700 }, 3)), qint64(700));
    QCOMPARE(qint64(forecast::linearTrendSum({ 700 }, 3)), qint64(2100));
}

void TestDashboardSnapshot::linearTrendClampsAtZero()
{
    const QList<Minor> falling { 500, 400, 300 };
    QCOMPARE(qint64(forecast::linearTrendValue(falling, 0)), qint64(200));
    QCOMPARE(qint64(forecast::linearTrendValue(falling, 1)), qint64(100));
    QCOMPARE(qint64(forecast::linearTrendValue(falling, 2)), qint64(0));
    QCOMPARE(qint64(forecast::linearTrendValue(falling, 3)), qint64(0)); // -100 clamped
    QCOMPARE(qint64(forecast::linearTrendSum(falling, 6)), qint64(300));
    QCOMPARE(qint64(forecast::linearTrendSum({ 300, 200, 100 }, 4)), qint64(0));
    QCOMPARE(qint64(forecast::linearTrendValue({ -50 }, 0)), qint64(0));
}

void TestDashboardSnapshot::linearTrendRounding()
{
    // 0, 0, 1: mean 1/3, slope 1/2: 4/3 at x = 3 and 11/6 at x = 4.
    const QList<Minor> history { 0, 0, 1 };
    QCOMPARE(qint64(forecast::linearTrendValue(history, 0)), qint64(1));
    QCOMPARE(qint64(forecast::linearTrendValue(history, 1)), qint64(2));
    // 0, 1: slope 1, exactly 2 and 3 next; 0, 0, 0, 1: 1/4 + 3/10 (x - 3/2) = 1.0 at x = 4 and 1.3 at x = 5.
    QCOMPARE(qint64(forecast::linearTrendSum({ 0, 1 }, 2)), qint64(5));
    QCOMPARE(qint64(forecast::linearTrendValue({ 0, 0, 0, 1 }, 0)), qint64(1));
    QCOMPARE(qint64(forecast::linearTrendValue({ 0, 0, 0, 1 }, 1)), qint64(1));
    // 0, 1, 0, 2: mean 3/4, slope 1/2: exactly 2 at x = 4 and 5/2 at x = 5, which rounds up.
    QCOMPARE(qint64(forecast::linearTrendValue({ 0, 1, 0, 2 }, 0)), qint64(2));
    QCOMPARE(qint64(forecast::linearTrendValue({ 0, 1, 0, 2 }, 1)), qint64(3));
    // 0, 1, 1 gives mean 2/3, slope 1/2, y(3) = 2/3 + 1 = 5/3 -> 2, y(5) = 2/3 + 2 = 8/3 -> 3.
    QCOMPARE(qint64(forecast::linearTrendValue({ 0, 1, 1 }, 0)), qint64(2));
    QCOMPARE(qint64(forecast::linearTrendValue({ 0, 1, 1 }, 2)), qint64(3));
    // y = 0.5 + 0 * x: half rounds up.
    QCOMPARE(qint64(forecast::linearTrendValue({ 0, 1, 1, 0 }, 0)), qint64(1));
}

namespace {

Minor floorQuotient(Minor numerator, Minor denominator)
{
    Minor quotient = numerator / denominator;
    if (numerator % denominator != 0 && numerator < 0)
        --quotient;
    return quotient;
}

Minor ceilQuotient(Minor numerator, Minor denominator)
{
    Minor quotient = numerator / denominator;
    if (numerator % denominator != 0 && numerator > 0)
        ++quotient;
    return quotient;
}

QString describe(Minor amount, const DayRange &whole, const DayRange &part)
{
    return QStringLiteral("%1 over %2..%3, part %4..%5")
        .arg(amount)
        .arg(isoDate(whole.first), isoDate(whole.last), isoDate(part.first), isoDate(part.last));
}

constexpr qint64 None = std::numeric_limits<qint64>::min();

std::optional<std::int64_t> optionalOf(qint64 value)
{
    return value == None ? std::nullopt : std::optional<std::int64_t>(value);
}

} // namespace

void TestDashboardSnapshot::shareOfDaysPartitions_data()
{
    QTest::addColumn<QString>("partition");
    QTest::addColumn<int>("seed");
    QTest::newRow("days") << QStringLiteral("days") << 1;
    QTest::newRow("iso weeks") << QStringLiteral("weeks") << 2;
    QTest::newRow("months") << QStringLiteral("months") << 3;
    QTest::newRow("fiscal quarters") << QStringLiteral("quarters") << 4;
    QTest::newRow("fiscal years") << QStringLiteral("years") << 5;
    QTest::newRow("random cuts") << QStringLiteral("cuts") << 6;
    QTest::newRow("random cuts, other seed") << QStringLiteral("cuts") << 7;
}

// Whatever the amount (negative, odd, huge, less than a cent a day) and however a period is cut
// (days, ISO weeks, months, fiscal quarters or years of any calendar, random pieces, pieces
// reaching outside it), the pieces add up to the amount exactly, each is the documented policy's
// share, and a single day gets the floor or the ceiling of amount / days.
void TestDashboardSnapshot::shareOfDaysPartitions()
{
    QFETCH(QString, partition);
    QFETCH(int, seed);
    std::mt19937_64 random(static_cast<std::uint64_t>(seed));
    const auto below = [&](qint64 n) {
        return static_cast<qint64>(random() % static_cast<std::uint64_t>(n));
    };

    for (int round = 0; round < 300; ++round) {
        const QDate start = QDate(2020, 1, 1).addDays(below(4'000));
        DayRange whole;
        switch (below(6)) {
        case 0:
            whole = { start, start.addDays(below(7)) };
            break;
        case 1:
            whole = { start, start.addDays(27 + below(4)) };
            break;
        case 2:
            whole = { start, start.addDays(88 + below(4)) };
            break;
        case 3:
            whole = { start, start.addDays(364 + below(2)) };
            break;
        case 4:
            whole = { start, start.addDays(below(CostLine::MaxServiceDays)) };
            break;
        default: // a budget's period
            whole = FiscalCalendar(1 + static_cast<int>(below(12)))
                        .period(static_cast<PeriodKind>(below(3)), start);
            break;
        }
        const qint64 n = whole.first.daysTo(whole.last) + 1;
        const Minor sign = below(2) ? 1 : -1;
        Minor amount = 0;
        switch (below(7)) {
        case 0:
            amount = below(2'001) - 1'000;
            break;
        case 1:
            amount = sign * (2 * below(500'000'000) + 1);
            break;
        case 2:
            amount = sign * n * (1 + below(1'000));
            break;
        case 3:
            amount = sign * (n * below(1'000) + n / 2);
            break;
        case 4:
            amount = sign * (n * below(1'000) + n - 1);
            break;
        case 5:
            amount = sign * (1'000'000'000'000'000 + below(1'000'000'000'000'000));
            break;
        default:
            amount = sign * below(n);
            break;
        }

        QList<DayRange> parts;
        if (partition == QLatin1String("days")) {
            for (QDate day = whole.first; day <= whole.last; day = day.addDays(1))
                parts << DayRange { day, day };
        } else if (partition == QLatin1String("weeks")) {
            for (IsoWeek week = IsoWeek::fromDate(whole.first); week <= IsoWeek::fromDate(whole.last);
                 week = week.next())
                parts << weekDays(week); // the first and last reach outside `whole`
        } else if (partition == QLatin1String("months")) {
            for (QDate month(whole.first.year(), whole.first.month(), 1); month <= whole.last;
                 month = month.addMonths(1))
                parts << DayRange { month, month.addMonths(1).addDays(-1) };
        } else if (partition == QLatin1String("quarters") || partition == QLatin1String("years")) {
            const PeriodKind kind
                = partition == QLatin1String("years") ? PeriodKind::Year : PeriodKind::Quarter;
            parts = FiscalCalendar(1 + static_cast<int>(below(12))).periodsOverlapping(kind, whole);
        } else {
            QList<qint64> cuts;
            for (qint64 i = 0, count = n > 1 ? below(std::min<qint64>(n, 12)) : 0; i < count; ++i)
                cuts << 1 + below(n - 1);
            std::sort(cuts.begin(), cuts.end());
            cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
            QDate from = below(2) ? whole.first.addDays(-below(30)) : whole.first;
            for (const qint64 cut : std::as_const(cuts)) {
                parts << DayRange { from, whole.first.addDays(cut - 1) };
                from = whole.first.addDays(cut);
            }
            parts << DayRange { from, below(2) ? whole.last.addDays(below(30)) : whole.last };
        }
        QVERIFY(!parts.isEmpty());

        Minor sum = 0;
        for (const DayRange &part : std::as_const(parts)) {
            const Minor share = shareOfDays(amount, whole, part);
            QVERIFY2(share == expectedShare(amount, whole, part),
                     qPrintable(QStringLiteral("%1: %2, not %3")
                                    .arg(describe(amount, whole, part))
                                    .arg(share)
                                    .arg(expectedShare(amount, whole, part))));
            if (partition == QLatin1String("days")) {
                QVERIFY2(floorQuotient(amount, n) <= share && share <= ceilQuotient(amount, n),
                         qPrintable(QStringLiteral("%1: %2").arg(describe(amount, whole, part)).arg(share)));
            }
            sum += share;
        }
        QVERIFY2(sum == amount,
                 qPrintable(QStringLiteral("%1 over %2..%3 (%4): parts add up to %5")
                                .arg(amount)
                                .arg(isoDate(whole.first), isoDate(whole.last), partition)
                                .arg(sum)));
        QCOMPARE(qint64(shareOfDays(amount, whole, whole)), qint64(amount));
    }
}

void TestDashboardSnapshot::shareOfDaysOutsideWhole()
{
    const DayRange november { QDate(2026, 11, 1), QDate(2026, 11, 30) };
    QCOMPARE(qint64(shareOfDays(300'000, november, { QDate(2026, 10, 1), QDate(2026, 10, 31) })), qint64(0));
    QCOMPARE(qint64(shareOfDays(300'000, november, { QDate(2026, 12, 1), QDate(2026, 12, 1) })), qint64(0));
    QCOMPARE(qint64(shareOfDays(-300'001, november, { QDate(2026, 10, 31), QDate(2026, 10, 31) })),
             qint64(0));
    QCOMPARE(qint64(shareOfDays(300'000, november, DayRange {})), qint64(0));
    QCOMPARE(qint64(shareOfDays(300'000, DayRange {}, november)), qint64(0));
    QCOMPARE(qint64(shareOfDays(300'000, november, { QDate(2026, 11, 10), QDate(2026, 11, 5) })),
             qint64(0)); // no days
    // Only the days inside count.
    QCOMPARE(qint64(shareOfDays(300'000, november, { QDate(2026, 10, 26), QDate(2026, 11, 3) })),
             qint64(30'000));
    QCOMPARE(qint64(shareOfDays(300'000, november, { QDate(2026, 11, 28), QDate(2026, 12, 6) })),
             qint64(30'000));
    QCOMPARE(qint64(shareOfDays(300'000, november, { QDate(2025, 1, 1), QDate(2027, 12, 31) })),
             qint64(300'000));

    std::mt19937_64 random(42);
    const auto below = [&](qint64 n) {
        return static_cast<qint64>(random() % static_cast<std::uint64_t>(n));
    };
    for (int round = 0; round < 1'000; ++round) {
        const QDate start = QDate(2020, 1, 1).addDays(below(4'000));
        const DayRange whole { start, start.addDays(below(400)) };
        const Minor amount = below(2'000'000'001) - 1'000'000'000;
        const qint64 gap = below(100);
        const qint64 length = below(100);
        const DayRange before { whole.first.addDays(-gap - 1 - length), whole.first.addDays(-gap - 1) };
        const DayRange after { whole.last.addDays(gap + 1), whole.last.addDays(gap + 1 + length) };
        QVERIFY2(shareOfDays(amount, whole, before) == 0, qPrintable(describe(amount, whole, before)));
        QVERIFY2(shareOfDays(amount, whole, after) == 0, qPrintable(describe(amount, whole, after)));
    }
}

void TestDashboardSnapshot::shareOfDaysExamples_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<DayRange>("whole");
    QTest::addColumn<DayRange>("part");
    QTest::addColumn<qint64>("expected");

    // February 2026: 28 days at 100.00. 2026-W05 (26 Jan - 1 Feb) holds one of its days, 2026-W09
    // (23 Feb - 1 Mar) six.
    const DayRange february { QDate(2026, 2, 1), QDate(2026, 2, 28) };
    QTest::newRow("february, 2026-W04")
        << qint64(280'000) << february << weekDays(IsoWeek(2026, 4)) << qint64(0);
    QTest::newRow("february, 2026-W05")
        << qint64(280'000) << february << weekDays(IsoWeek(2026, 5)) << qint64(10'000);
    QTest::newRow("february, 2026-W06")
        << qint64(280'000) << february << weekDays(IsoWeek(2026, 6)) << qint64(70'000);
    QTest::newRow("february, 2026-W09")
        << qint64(280'000) << february << weekDays(IsoWeek(2026, 9)) << qint64(60'000);
    QTest::newRow("february, 2026-W10")
        << qint64(280'000) << february << weekDays(IsoWeek(2026, 10)) << qint64(0);
    // 2026-W53 (28 Dec - 3 Jan): four days of December, three of January.
    QTest::newRow("december, 2026-W53")
        << qint64(310'000) << DayRange { QDate(2026, 12, 1), QDate(2026, 12, 31) }
        << weekDays(IsoWeek(2026, 53)) << qint64(40'000);
    QTest::newRow("january, 2026-W53")
        << qint64(620'000) << DayRange { QDate(2027, 1, 1), QDate(2027, 1, 31) }
        << weekDays(IsoWeek(2026, 53)) << qint64(60'000);
    QTest::newRow("january, 2027-W01")
        << qint64(620'000) << DayRange { QDate(2027, 1, 1), QDate(2027, 1, 31) } << weekDays(IsoWeek(2027, 1))
        << qint64(140'000);
    // A fiscal year from April 2026 (365 days at 10.00), starting on a Wednesday.
    const DayRange fiscalYear { QDate(2026, 4, 1), QDate(2027, 3, 31) };
    QTest::newRow("april year, 2026-W13")
        << qint64(365'000) << fiscalYear << weekDays(IsoWeek(2026, 13)) << qint64(0);
    QTest::newRow("april year, 2026-W14")
        << qint64(365'000) << fiscalYear << weekDays(IsoWeek(2026, 14)) << qint64(5'000);
    QTest::newRow("april year, 2026-W15")
        << qint64(365'000) << fiscalYear << weekDays(IsoWeek(2026, 15)) << qint64(7'000);
    QTest::newRow("april year, 2027-W13")
        << qint64(365'000) << fiscalYear << weekDays(IsoWeek(2027, 13)) << qint64(3'000);
    QTest::newRow("april year, 2027-W14")
        << qint64(365'000) << fiscalYear << weekDays(IsoWeek(2027, 14)) << qint64(0);
    // 29 February 2028: a day like any other.
    QTest::newRow("leap year, 29 february")
        << qint64(366'000) << DayRange { QDate(2028, 1, 1), QDate(2028, 12, 31) }
        << DayRange { QDate(2028, 2, 29), QDate(2028, 2, 29) } << qint64(1'000);
    QTest::newRow("february 2028, 2028-W09")
        << qint64(2'900) << DayRange { QDate(2028, 2, 1), QDate(2028, 2, 29) } << weekDays(IsoWeek(2028, 9))
        << qint64(200);
    // A cost line of 3,000.00 for November 2026: 100.00 a day, 700.00 in 2026-W45.
    QTest::newRow("november line, 2026-W45")
        << qint64(300'000) << DayRange { QDate(2026, 11, 1), QDate(2026, 11, 30) }
        << weekDays(IsoWeek(2026, 45)) << qint64(70'000);
    // The extra minor units, spread through the period, rounding half away from zero.
    const DayRange three { QDate(2026, 1, 1), QDate(2026, 1, 3) };
    QTest::newRow("100 over 3 days, day 1")
        << qint64(100) << three << DayRange { three.first, three.first } << qint64(33);
    QTest::newRow("100 over 3 days, day 2")
        << qint64(100) << three << DayRange { three.first.addDays(1), three.first.addDays(1) } << qint64(34);
    QTest::newRow("100 over 3 days, day 3")
        << qint64(100) << three << DayRange { three.last, three.last } << qint64(33);
    const DayRange two { QDate(2026, 1, 1), QDate(2026, 1, 2) };
    QTest::newRow("1 over 2 days, day 1")
        << qint64(1) << two << DayRange { two.first, two.first } << qint64(1);
    QTest::newRow("1 over 2 days, day 2") << qint64(1) << two << DayRange { two.last, two.last } << qint64(0);
    QTest::newRow("-1 over 2 days, day 1")
        << qint64(-1) << two << DayRange { two.first, two.first } << qint64(-1);
    QTest::newRow("-1 over 2 days, day 2")
        << qint64(-1) << two << DayRange { two.last, two.last } << qint64(0);
    const DayRange four { QDate(2026, 1, 1), QDate(2026, 1, 4) };
    QTest::newRow("5 over 4 days, day 2")
        << qint64(5) << four << DayRange { four.first.addDays(1), four.first.addDays(1) }
        << qint64(2); // round(2.5) - round(1.25) = 3 - 1
    QTest::newRow("5 over 4 days, days 3-4")
        << qint64(5) << four << DayRange { four.first.addDays(2), four.last } << qint64(2);
    QTest::newRow("zero") << qint64(0) << four << four << qint64(0);
}

void TestDashboardSnapshot::shareOfDaysExamples()
{
    QFETCH(qint64, amount);
    QFETCH(DayRange, whole);
    QFETCH(DayRange, part);
    QFETCH(qint64, expected);
    QCOMPARE(qint64(expectedShare(amount, whole, part)), expected); // the restatement agrees with the table
    QCOMPARE(qint64(shareOfDays(amount, whole, part)), expected);
}

void TestDashboardSnapshot::healthRule_data()
{
    QTest::addColumn<qint64>("spent");
    QTest::addColumn<qint64>("budgetToDate");
    QTest::addColumn<qint64>("forecast");
    QTest::addColumn<qint64>("periodBudget");
    QTest::addColumn<BudgetHealth>("expected");

    using H = BudgetHealth;
    QTest::newRow("no budget") << qint64(500) << None << qint64(700) << None << H::NoBudget;
    QTest::newRow("zero budgets are no budget")
        << qint64(500) << qint64(0) << qint64(700) << qint64(0) << H::NoBudget;
    QTest::newRow("nothing spent") << qint64(0) << qint64(1'000) << qint64(0) << qint64(3'000) << H::Green;
    QTest::newRow("89.99 % consumed") << qint64(8'999) << qint64(10'000) << None << None << H::Green;
    QTest::newRow("90 % consumed") << qint64(9'000) << qint64(10'000) << None << None << H::Amber;
    QTest::newRow("99.99 % consumed") << qint64(9'999) << qint64(10'000) << None << None << H::Amber;
    QTest::newRow("exactly 100 % consumed") << qint64(10'000) << qint64(10'000) << None << None << H::Amber;
    QTest::newRow("100.01 % consumed") << qint64(10'001) << qint64(10'000) << None << None << H::Red;
    QTest::newRow("one cent over a large budget")
        << qint64(1'000'000'000'001) << qint64(1'000'000'000'000) << None << None << H::Red;
    QTest::newRow("forecast at 100 %") << None << None << qint64(10'000) << qint64(10'000) << H::Green;
    QTest::newRow("forecast at 100.01 %") << None << None << qint64(10'001) << qint64(10'000) << H::Amber;
    QTest::newRow("forecast at 110 %") << None << None << qint64(11'000) << qint64(10'000) << H::Amber;
    QTest::newRow("forecast at 110.01 %") << None << None << qint64(11'001) << qint64(10'000) << H::Red;
    QTest::newRow("consumed green, forecast red")
        << qint64(5'000) << qint64(10'000) << qint64(11'001) << qint64(10'000) << H::Red;
    QTest::newRow("consumed amber, forecast green")
        << qint64(9'500) << qint64(10'000) << qint64(9'000) << qint64(10'000) << H::Amber;
    QTest::newRow("credit notes") << qint64(-500) << qint64(10'000) << qint64(-500) << qint64(10'000)
                                  << H::Green;
    QTest::newRow("exact on huge amounts, 90 %")
        << qint64(8'100'000'000'000'000'000) << qint64(9'000'000'000'000'000'000) << None << None << H::Amber;
    QTest::newRow("exact on huge amounts, just over")
        << qint64(9'000'000'000'000'000'001) << qint64(9'000'000'000'000'000'000) << None << None << H::Red;
}

void TestDashboardSnapshot::healthRule()
{
    QFETCH(qint64, spent);
    QFETCH(qint64, budgetToDate);
    QFETCH(qint64, forecast);
    QFETCH(qint64, periodBudget);
    QFETCH(BudgetHealth, expected);
    QCOMPARE(BudgetHealthRule::assess(optionalOf(spent), optionalOf(budgetToDate), optionalOf(forecast),
                                      optionalOf(periodBudget)),
             expected);
    if (forecast == None && periodBudget == None && spent != None && budgetToDate != None)
        QCOMPARE(BudgetHealthRule::ofConsumed(spent, budgetToDate), expected);
}

// ---------------------------------------------------------------------------------------------
// Generated portfolios against the raw lines

namespace {

std::optional<Minor> minorOf(const std::optional<Money> &money)
{
    return money ? std::optional<Minor>(money->minorUnits()) : std::nullopt;
}

struct Selection
{
    const char *name;
    QStringList projects; // codes
    QList<CostCategory> categories;
    bool cashToo; // also compared on the cash basis
};

struct Period
{
    const char *name;
    PeriodPreset preset;
    IsoWeek reference;
    WeekRange custom;
};

QList<CostCategory> everyCategory()
{
    QList<CostCategory> categories;
    for (const CategoryInfo &info : CostCategories::all())
        categories << info.category;
    return categories;
}

} // namespace

void TestDashboardSnapshot::demoMatchesRawLines_data()
{
    QTest::addColumn<QString>("portfolioName");
    QTest::addColumn<DashboardQuery>("query");

    const auto addRows = [](const char *portfolioName, const QHash<QString, ProjectId> &ids,
                            const QList<Period> &periods, const QList<Selection> &selections) {
        for (const Period &period : periods) {
            for (const Selection &selection : selections) {
                for (const CostBasis basis : { CostBasis::Accrual, CostBasis::Cash }) {
                    if (basis == CostBasis::Cash && !selection.cashToo)
                        continue;
                    DashboardQuery query = presetQuery(period.preset, period.reference, basis);
                    query.customRange = period.custom;
                    for (const QString &code : selection.projects)
                        query.projects << ids.value(code);
                    query.categories = selection.categories;
                    QTest::addRow("%s / %s / %s / %s", portfolioName, period.name, selection.name,
                                  basisName(basis))
                        << QString::fromLatin1(portfolioName) << query;
                }
            }
        }
    };

    const QStringList allDemoProjects { QStringLiteral("SUP"), QStringLiteral("DEV"), QStringLiteral("LEG"),
                                        QStringLiteral("MKT"), QStringLiteral("RAG"), QStringLiteral("MED"),
                                        QStringLiteral("CLM"), QStringLiteral("SAL") };
    addRows("demo", m_projectIds,
            {
                { "13 weeks", PeriodPreset::Last13Weeks, demoLastWeek, {} },
                { "26 weeks", PeriodPreset::Last26Weeks, demoLastWeek, {} },
                { "quarter", PeriodPreset::QuarterToDate, demoLastWeek, {} },
                { "year", PeriodPreset::YearToDate, demoLastWeek, {} },
                { "52 weeks", PeriodPreset::Last52Weeks, demoLastWeek, {} },
                { "quarter in its first week", PeriodPreset::QuarterToDate, IsoWeek(2026, 40), {} },
                { "custom in the past",
                  PeriodPreset::Custom,
                  demoLastWeek,
                  { IsoWeek(2026, 10), IsoWeek(2026, 30) } },
                { "custom into the future",
                  PeriodPreset::Custom,
                  demoLastWeek,
                  { IsoWeek(2026, 40), IsoWeek(2027, 5) } },
            },
            {
                { "all", {}, {}, true },
                { "SUP", { QStringLiteral("SUP") }, {}, true },
                { "DEV+LEG", { QStringLiteral("DEV"), QStringLiteral("LEG") }, {}, true },
                { "SAL", { QStringLiteral("SAL") }, {}, false },
                { "inference", {}, { CostCategory::Inference }, false },
                { "salaries+cloud", {}, { CostCategory::Salaries, CostCategory::Cloud }, true },
                { "SUP inference", { QStringLiteral("SUP") }, { CostCategory::Inference }, true },
                { "every category listed", {}, everyCategory(), false },
                { "every project listed", allDemoProjects, {}, false },
            });
    addRows("april", m_aprilIds,
            {
                { "year", PeriodPreset::YearToDate, IsoWeek(2027, 11), {} },
                { "quarter", PeriodPreset::QuarterToDate, demoLastWeek, {} },
                { "52 weeks over two fiscal years", PeriodPreset::Last52Weeks, IsoWeek(2027, 11), {} },
                { "13 weeks over the year's start", PeriodPreset::Last13Weeks, IsoWeek(2026, 16), {} },
                { "quarter in week 53", PeriodPreset::QuarterToDate, IsoWeek(2026, 53), {} },
                { "custom in the past",
                  PeriodPreset::Custom,
                  demoLastWeek,
                  { IsoWeek(2026, 10), IsoWeek(2026, 30) } },
            },
            {
                { "all", {}, {}, true },
                { "A", { QStringLiteral("A") }, {}, true },
                { "B+C", { QStringLiteral("B"), QStringLiteral("C") }, {}, true },
                { "D", { QStringLiteral("D") }, {}, true },
                { "cloud", {}, { CostCategory::Cloud }, true },
                { "C cloud", { QStringLiteral("C") }, { CostCategory::Cloud }, true },
                { "training+cloud", {}, { CostCategory::StaffTraining, CostCategory::Cloud }, true },
                { "every category listed", {}, everyCategory(), false },
            });
}

void TestDashboardSnapshot::demoMatchesRawLines()
{
    QFETCH(QString, portfolioName);
    QFETCH(DashboardQuery, query);
    Database &database = portfolio(portfolioName);
    const RawLedger &raw = rawLedger(portfolioName, query.basis);
    const bool cash = query.basis == CostBasis::Cash;
    const BudgetOracle budgets(database);
    const FiscalCalendar calendar(DatabaseSettings(database).fiscalYearStartMonth());
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(database, query);

    QCOMPARE(snapshot.currency, EUR);
    QCOMPARE(snapshot.query, query);
    const DayRange days = query.days(calendar);
    const WeekRange range = query.range(calendar);
    QVERIFY(isValidRange(days));
    QVERIFY(range.isValid());
    QCOMPARE(snapshot.days, days);
    QCOMPARE(snapshot.range, range);

    // The reporting date, the forecast's fiscal period and the chart's weeks.
    const IsoWeek reporting = std::clamp(query.referenceWeek, range.first, range.last);
    const QDate asOf = std::min(reporting.sunday(), days.last);
    const DayRange forecastPeriod = calendar.period(query.forecastPeriodKind(), asOf);
    const bool showsFuture = query.referenceWeek <= range.last;
    // The ledger's facts run to the reference week's Sunday: past the period shown when it ended
    // before the reference week (within the forecast's period).
    const QDate factsUntil = showsFuture ? asOf : std::min(query.referenceWeek.sunday(), forecastPeriod.last);
    const DayRange knownDays { forecastPeriod.first, factsUntil };
    const DayRange futureDays { factsUntil.addDays(1), forecastPeriod.last };
    const IsoWeek horizon = IsoWeek::fromDate(forecastPeriod.last);
    const IsoWeek chartEnd = showsFuture ? std::max(range.last, horizon) : range.last;
    const DashboardKpis &kpis = snapshot.kpis;
    QCOMPARE(kpis.week, reporting);
    QCOMPARE(kpis.asOf, asOf);
    QCOMPARE(kpis.forecastPeriodKind, query.forecastPeriodKind());
    QCOMPARE(kpis.forecastPeriod, forecastPeriod);
    QCOMPARE(kpis.forecastHorizon, horizon);
    QCOMPARE(snapshot.points.size(), qsizetype(range.first.weeksTo(chartEnd) + 1));
    QCOMPARE(snapshot.forecastCumulative.size(), snapshot.points.size());
    QCOMPARE(snapshot.periodPoints().size(), qsizetype(range.weekCount()));
    for (int i = 0; i < snapshot.points.size(); ++i) {
        const WeeklyPoint &point = snapshot.points.at(i);
        QCOMPARE(point.week, range.first.addWeeks(i));
        QCOMPARE(snapshot.indexOf(point.week), i);
        if (range.contains(point.week)) {
            QCOMPARE(point.days, commonDays(weekDays(point.week), days));
            QCOMPARE(point.future, point.week > reporting);
        } else {
            QCOMPARE(point.days, commonDays(weekDays(point.week), futureDays));
            QVERIFY(point.future);
        }
    }

    // Every point x category, to the cent, over the point's days.
    QStringList expectedCells;
    QStringList directCells; // cash: straight from SQL
    QStringList actualCells;
    for (const WeeklyPoint &point : snapshot.points) {
        const bool inPeriod = range.contains(point.week);
        const std::array<Minor, CategoryCount> expected
            = inPeriod ? raw.byCategory(query, point.days) : std::array<Minor, CategoryCount> {};
        const std::array<Minor, CategoryCount> direct
            = cash && inPeriod ? sqlCashByCategory(database, query, point.days) : expected;
        Minor expectedTotal = 0;
        Minor directTotal = 0;
        for (const CategoryInfo &info : CostCategories::all()) {
            const auto c = static_cast<std::size_t>(info.category) - 1;
            const QString cell = point.week.toString() + u' ' + QLatin1String(info.key) + u' ';
            expectedCells << cell + QString::number(expected[c]);
            directCells << cell + QString::number(direct[c]);
            actualCells << cell + QString::number(point.category(info.category));
            expectedTotal += expected[c];
            directTotal += direct[c];
        }
        expectedCells << point.week.toString() + QStringLiteral(" actual ") + QString::number(expectedTotal);
        directCells << point.week.toString() + QStringLiteral(" actual ") + QString::number(directTotal);
        actualCells << point.week.toString() + QStringLiteral(" actual ") + QString::number(point.actual);
    }
    QCOMPARE(actualCells, expectedCells);
    QCOMPARE(directCells, expectedCells);

    // Budgets per point, by the rule, over the point's days.
    QStringList expectedBudgets;
    QStringList actualBudgets;
    for (const WeeklyPoint &point : snapshot.points) {
        expectedBudgets << point.week.toString() + u' '
                + QString::number(budgets.selection(query, point.days).value_or(0));
        actualBudgets << point.week.toString() + u' ' + QString::number(point.budget);
    }
    QCOMPARE(actualBudgets, expectedBudgets);
    QCOMPARE(snapshot.hasBudget,
             budgets.selection(query, days).has_value()
                 || budgets.selection(query, forecastPeriod).has_value());
    Minor runningActual = 0;
    Minor runningBudget = 0;
    for (const WeeklyPoint &point : snapshot.points) {
        if (!point.future)
            runningActual += point.actual;
        runningBudget += point.budget;
        QCOMPARE(qint64(point.cumulativeActual), qint64(runningActual));
        QCOMPARE(qint64(point.cumulativeBudget), qint64(runningBudget));
    }

    // Totals and breakdowns over the period's days.
    const Minor periodTotal = raw.sum(query, days);
    QCOMPARE(qint64(snapshot.periodTotal), qint64(periodTotal));
    if (cash)
        QCOMPARE(qint64(periodTotal), qint64(sqlCashSum(database, query, days)));
    QCOMPARE(qint64(snapshot.unconvertedLines), raw.unconverted(query, days));
    QMap<QString, Minor> snapshotByProject;
    const QList<Project> projects = ProjectRepository(database).list();
    for (const BreakdownEntry &entry : snapshot.byProject) {
        QVERIFY(entry.projectId.has_value());
        QVERIFY(!entry.category.has_value());
        snapshotByProject.insert(QString::number(*entry.projectId), entry.amount);
        const auto project = std::find_if(projects.cbegin(), projects.cend(),
                                          [&](const Project &p) { return p.id == *entry.projectId; });
        QVERIFY(project != projects.cend());
        QCOMPARE(entry.code, project->code);
        QCOMPARE(entry.label, project->name);
    }
    QCOMPARE(snapshotByProject, raw.byProject(query, days));
    const std::array<Minor, CategoryCount> byCategory = raw.byCategory(query, days);
    QMap<QString, Minor> expectedByCategory;
    for (const CategoryInfo &info : CostCategories::all()) {
        if (query.categories.isEmpty() || query.categories.contains(info.category))
            expectedByCategory.insert(QLatin1String(info.key),
                                      byCategory[static_cast<std::size_t>(info.category) - 1]);
    }
    QMap<QString, Minor> snapshotByCategory;
    for (const BreakdownEntry &entry : snapshot.byCategory) {
        QVERIFY(entry.category.has_value());
        QVERIFY(!entry.projectId.has_value());
        QCOMPARE(entry.label, CostCategories::key(*entry.category));
        snapshotByCategory.insert(entry.label, entry.amount);
    }
    QCOMPARE(snapshot.byCategory.size(), expectedByCategory.size());
    QCOMPARE(snapshotByCategory, expectedByCategory);
    QMap<QString, Minor> snapshotByVendor;
    for (const BreakdownEntry &entry : snapshot.byVendor) {
        QVERIFY(!entry.projectId && !entry.category);
        snapshotByVendor.insert(entry.label, entry.amount);
    }
    QCOMPARE(snapshotByVendor, raw.byVendor(query, days));
    for (const QList<BreakdownEntry> *list :
         { &snapshot.byProject, &snapshot.byCategory, &snapshot.byVendor }) {
        Minor sum = 0;
        for (int i = 0; i < list->size(); ++i) {
            sum += list->at(i).amount;
            if (i > 0)
                QVERIFY2(list->at(i - 1).amount >= list->at(i).amount, "breakdown not sorted largest first");
        }
        QCOMPARE(qint64(sum), qint64(periodTotal));
    }

    // Week KPIs: whole ISO weeks.
    const Minor thisWeek = raw.sum(query, weekDays(reporting));
    const Minor previousWeek = raw.sum(query, weekDays(reporting.previous()));
    QCOMPARE(qint64(kpis.thisWeek.minorUnits()), qint64(thisWeek));
    QCOMPARE(qint64(kpis.previousWeek.minorUnits()), qint64(previousWeek));
    QCOMPARE(qint64(kpis.weekChange.minorUnits()), qint64(thisWeek - previousWeek));
    QCOMPARE(text(kpis.weekChangeRatio), text(expectedRatio(thisWeek - previousWeek, previousWeek)));
    const Minor lastFour = raw.sum(query, { reporting.addWeeks(-3).monday(), reporting.sunday() });
    QCOMPARE(qint64(kpis.fourWeekAverage.minorUnits()), qint64(roundedQuotient(lastFour, 4)));

    // The period to date against the budget of the same days.
    const Minor toDate = raw.sum(query, { days.first, asOf });
    QCOMPARE(qint64(kpis.periodToDate.minorUnits()), qint64(toDate));
    const WeeklyPoint &reportingPoint = snapshot.points.at(snapshot.indexOf(reporting));
    QCOMPARE(qint64(reportingPoint.cumulativeActual), qint64(toDate));
    const std::optional<Minor> budgetToDate = budgets.selection(query, { days.first, asOf });
    QCOMPARE(text(minorOf(kpis.budgetToDate)), text(budgetToDate));
    QCOMPARE(qint64(reportingPoint.cumulativeBudget), qint64(budgetToDate.value_or(0)));
    QCOMPARE(text(kpis.consumedRatio),
             text(budgetToDate ? expectedRatio(toDate, *budgetToDate) : std::nullopt));

    // The forecast of the fiscal period, bottom-up.
    const Minor periodToDate = raw.sum(query, knownDays);
    const Minor committed = raw.sum(query, futureDays);
    QCOMPARE(qint64(kpis.forecastPeriodToDate.minorUnits()), qint64(periodToDate));
    QCOMPARE(qint64(kpis.forecastCommitted.minorUnits()), qint64(committed));
    Minor partsActual = 0;
    Minor partsCommitted = 0;
    Minor partsScheduled = 0;
    Minor partsProjected = 0;
    QSet<QString> seriesSeen;
    for (const SeriesForecast &part : snapshot.forecastParts) {
        QVERIFY(selects(query, part.projectId, static_cast<int>(part.category)));
        const QString key = QStringLiteral("%1|%2").arg(part.projectId).arg(static_cast<int>(part.category));
        QVERIFY2(!seriesSeen.contains(key), qPrintable(key));
        seriesSeen.insert(key);
        QCOMPARE(part.expected.size(), qsizetype(forecastPeriod.first.daysTo(forecastPeriod.last) + 1));
        Minor expectedSum = 0;
        for (const Minor value : part.expected)
            expectedSum += value;
        QCOMPARE(qint64(expectedSum), qint64(part.total()));
        partsActual += part.actual;
        partsCommitted += part.committed;
        partsScheduled += part.scheduled;
        partsProjected += part.projected;
    }
    QCOMPARE(qint64(partsActual), qint64(periodToDate));
    QCOMPARE(qint64(partsCommitted), qint64(committed));
    QCOMPARE(qint64(kpis.forecastScheduled.minorUnits()), qint64(partsScheduled));
    QCOMPARE(qint64(kpis.forecastProjected.minorUnits()), qint64(partsProjected));
    QCOMPARE(qint64(kpis.forecast.minorUnits()), qint64(partsTotal(snapshot)));
    QCOMPARE(qint64(kpis.forecast.minorUnits()),
             qint64(periodToDate + committed + partsScheduled + partsProjected));
    const std::optional<Minor> periodBudget = budgets.selection(query, forecastPeriod);
    QCOMPARE(text(minorOf(kpis.budgetAtHorizon)), text(periodBudget));
    QCOMPARE(text(kpis.periodConsumedRatio),
             text(periodBudget ? expectedRatio(periodToDate, *periodBudget) : std::nullopt));
    QCOMPARE(text(kpis.forecastRatio),
             text(periodBudget ? expectedRatio(kpis.forecast.minorUnits(), *periodBudget) : std::nullopt));
    QCOMPARE(kpis.health,
             BudgetHealthRule::assess(toDate, budgetToDate, kpis.forecast.minorUnits(), periodBudget));
    const QSet<CostCategory> listed(query.categories.cbegin(), query.categories.cend());
    if (query.projects.isEmpty() && (listed.isEmpty() || listed.size() == CategoryCount)) {
        QCOMPARE(text(snapshot.portfolioBudgets.envelope), text(budgets.envelope(forecastPeriod)));
        QCOMPARE(text(snapshot.portfolioBudgets.projectsTotal), text(budgets.projectsTotal(forecastPeriod)));
    } else {
        QVERIFY(!snapshot.portfolioBudgets.envelope && !snapshot.portfolioBudgets.projectsTotal);
    }

    // The dashed forecast line: each point's expected spend after the facts, cumulated from the
    // reporting week.
    const auto expectedOver = [&](const DayRange &span) {
        const DayRange common = commonDays(span, forecastPeriod);
        Minor sum = 0;
        for (const SeriesForecast &part : snapshot.forecastParts)
            for (QDate day = common.first; isValidRange(common) && day <= common.last; day = day.addDays(1))
                sum += part.expected.at(forecastPeriod.first.daysTo(day));
        return sum;
    };
    const int reportingIndex = snapshot.indexOf(reporting);
    for (int i = 0; i < snapshot.points.size(); ++i) {
        const WeeklyPoint &point = snapshot.points.at(i);
        QCOMPARE(qint64(point.forecast),
                 qint64(showsFuture ? expectedOver(commonDays(point.days, futureDays)) : 0));
        if (!showsFuture || i < reportingIndex)
            QCOMPARE(qint64(snapshot.forecastCumulative.at(i)), qint64(0));
        else if (i == reportingIndex)
            QCOMPARE(qint64(snapshot.forecastCumulative.at(i)),
                     qint64(reportingPoint.cumulativeActual + expectedOver(knownDays) - periodToDate));
        else
            QCOMPARE(qint64(snapshot.forecastCumulative.at(i) - snapshot.forecastCumulative.at(i - 1)),
                     qint64(point.forecast));
    }
    if (showsFuture && days.first == forecastPeriod.first)
        QCOMPARE(qint64(snapshot.forecastCumulative.constLast()), qint64(kpis.forecast.minorUnits()));
}

void TestDashboardSnapshot::periodFiguresPartitionTheSameTotal_data()
{
    QTest::addColumn<QString>("portfolioName");
    QTest::addColumn<DashboardQuery>("query");
    // Year to date with the reporting date in the fiscal year's last month: the months, quarters
    // and the year then cover the same days.
    const auto addRows = [](const char *portfolioName, const QHash<QString, ProjectId> &ids,
                            const IsoWeek &reference, const QList<Selection> &selections) {
        for (const Selection &selection : selections) {
            for (const CostBasis basis : { CostBasis::Accrual, CostBasis::Cash }) {
                DashboardQuery query = presetQuery(PeriodPreset::YearToDate, reference, basis);
                for (const QString &code : selection.projects)
                    query.projects << ids.value(code);
                query.categories = selection.categories;
                QTest::addRow("%s / %s / %s", portfolioName, selection.name, basisName(basis))
                    << QString::fromLatin1(portfolioName) << query;
            }
        }
    };
    addRows("demo", m_projectIds, IsoWeek(2026, 49),
            { { "all", {}, {}, true },
              { "SUP", { QStringLiteral("SUP") }, {}, true },
              { "inference", {}, { CostCategory::Inference }, true },
              { "SUP+RAG salaries+cloud",
                { QStringLiteral("SUP"), QStringLiteral("RAG") },
                { CostCategory::Salaries, CostCategory::Cloud },
                true } });
    addRows("april", m_aprilIds, IsoWeek(2027, 11),
            { { "all", {}, {}, true },
              { "A", { QStringLiteral("A") }, {}, true },
              { "C", { QStringLiteral("C") }, {}, true },
              { "B cloud", { QStringLiteral("B") }, { CostCategory::Cloud }, true } });
}

// The months, the quarters and the fiscal year of one query partition the same total to the
// cent: actual, budget and forecast.
void TestDashboardSnapshot::periodFiguresPartitionTheSameTotal()
{
    QFETCH(QString, portfolioName);
    QFETCH(DashboardQuery, query);
    Database &database = portfolio(portfolioName);
    const RawLedger &raw = rawLedger(portfolioName, query.basis);
    const BudgetOracle budgets(database);
    const FiscalCalendar calendar(DatabaseSettings(database).fiscalYearStartMonth());

    const QList<PeriodFigures> months = periodFigures(database, query, PeriodKind::Month);
    const QList<PeriodFigures> quarters = periodFigures(database, query, PeriodKind::Quarter);
    const QList<PeriodFigures> years = periodFigures(database, query, PeriodKind::Year);
    QCOMPARE(months.size(), qsizetype(12));
    QCOMPARE(quarters.size(), qsizetype(4));
    QCOMPARE(years.size(), qsizetype(1));
    const DayRange year = years.constFirst().days;
    QCOMPARE(year, fiscalYearOf(query.days(calendar).first, calendar.startMonth()));

    const DashboardSnapshot ytd = DashboardSnapshot::compute(database, query);
    const QDate asOf = ytd.kpis.asOf;
    struct Totals
    {
        Minor actual = 0;
        Minor forecast = 0;
        Minor budget = 0;
        bool hasBudget = false;
    };
    const auto totalsOf = [](const QList<PeriodFigures> &figures, const DayRange &within) {
        Totals totals;
        for (const PeriodFigures &figure : figures) {
            if (figure.days.first < within.first || figure.days.last > within.last)
                continue;
            totals.actual += figure.actual;
            totals.forecast += figure.forecast;
            totals.budget += figure.budget.value_or(0);
            totals.hasBudget = totals.hasBudget || figure.budget.has_value();
        }
        return totals;
    };
    for (const QList<PeriodFigures> *figures : { &months, &quarters, &years }) {
        QDate next = year.first;
        for (const PeriodFigures &figure : *figures) {
            QCOMPARE(figure.days.first, next);
            QCOMPARE(figure.key, calendar.periodKey(figure.kind, figure.days.first));
            QCOMPARE(figure.days, calendar.period(figure.kind, figure.days.first));
            next = figure.days.last.addDays(1);
            // Each period against the raw lines and the budget rule.
            const Minor actual = figure.days.first > asOf
                ? 0
                : raw.sum(query, { figure.days.first, std::min(asOf, figure.days.last) });
            QCOMPARE(qint64(figure.actual), qint64(actual));
            QCOMPARE(text(figure.budget), text(budgets.selection(query, figure.days)));
        }
        QCOMPARE(next, year.last.addDays(1));
    }
    // The months of each quarter add up to it, the quarters to the year.
    for (const PeriodFigures &quarter : quarters) {
        const Totals inMonths = totalsOf(months, quarter.days);
        QCOMPARE(qint64(inMonths.actual), qint64(quarter.actual));
        QCOMPARE(qint64(inMonths.forecast), qint64(quarter.forecast));
        QCOMPARE(qint64(inMonths.budget), qint64(quarter.budget.value_or(0)));
        QCOMPARE(inMonths.hasBudget, quarter.budget.has_value());
    }
    const Totals inQuarters = totalsOf(quarters, year);
    const Totals inMonths = totalsOf(months, year);
    const PeriodFigures &whole = years.constFirst();
    QCOMPARE(qint64(inQuarters.actual), qint64(whole.actual));
    QCOMPARE(qint64(inMonths.actual), qint64(whole.actual));
    QCOMPARE(qint64(inQuarters.forecast), qint64(whole.forecast));
    QCOMPARE(qint64(inMonths.forecast), qint64(whole.forecast));
    QCOMPARE(qint64(inQuarters.budget), qint64(whole.budget.value_or(0)));
    QCOMPARE(qint64(inMonths.budget), qint64(whole.budget.value_or(0)));
    QCOMPARE(inQuarters.hasBudget, whole.budget.has_value());
    QVERIFY(whole.actual != 0);

    // The year and the quarter holding the reporting date are the dashboard's forecast periods.
    QCOMPARE(ytd.kpis.forecastPeriod, year);
    QCOMPARE(qint64(whole.actual), qint64(ytd.kpis.forecastPeriodToDate.minorUnits()));
    QCOMPARE(qint64(whole.forecast), qint64(ytd.kpis.forecast.minorUnits()));
    QCOMPARE(text(whole.budget), text(minorOf(ytd.kpis.budgetAtHorizon)));
    DashboardQuery qtdQuery = query;
    qtdQuery.preset = PeriodPreset::QuarterToDate;
    const DashboardSnapshot qtd = DashboardSnapshot::compute(database, qtdQuery);
    const auto current = std::find_if(quarters.cbegin(), quarters.cend(), [&](const PeriodFigures &q) {
        return q.days.first <= asOf && asOf <= q.days.last;
    });
    QVERIFY(current != quarters.cend());
    QCOMPARE(qtd.kpis.forecastPeriod, current->days);
    QCOMPARE(qint64(current->actual), qint64(qtd.kpis.forecastPeriodToDate.minorUnits()));
    QCOMPARE(qint64(current->forecast), qint64(qtd.kpis.forecast.minorUnits()));
    QCOMPARE(text(current->budget), text(minorOf(qtd.kpis.budgetAtHorizon)));
}

void TestDashboardSnapshot::forecastAddsUpOverProjectsAndCategories_data()
{
    QTest::addColumn<QString>("portfolioName");
    QTest::addColumn<DashboardQuery>("query");
    for (const CostBasis basis : { CostBasis::Accrual, CostBasis::Cash }) {
        QTest::addRow("demo / quarter / %s", basisName(basis))
            << QStringLiteral("demo") << presetQuery(PeriodPreset::QuarterToDate, demoLastWeek, basis);
        QTest::addRow("demo / 13 weeks / %s", basisName(basis))
            << QStringLiteral("demo") << presetQuery(PeriodPreset::Last13Weeks, demoLastWeek, basis);
        QTest::addRow("demo / year / %s", basisName(basis))
            << QStringLiteral("demo") << presetQuery(PeriodPreset::YearToDate, demoLastWeek, basis);
        QTest::addRow("demo / quarter in its first week / %s", basisName(basis))
            << QStringLiteral("demo") << presetQuery(PeriodPreset::QuarterToDate, IsoWeek(2026, 40), basis);
        QTest::addRow("april / quarter / %s", basisName(basis))
            << QStringLiteral("april") << presetQuery(PeriodPreset::QuarterToDate, demoLastWeek, basis);
        QTest::addRow("april / 52 weeks / %s", basisName(basis))
            << QStringLiteral("april") << presetQuery(PeriodPreset::Last52Weeks, IsoWeek(2027, 5), basis);
    }
}

// The portfolio's forecast is the sum of its projects' and of its categories', to the cent, and
// so is each of its parts.
void TestDashboardSnapshot::forecastAddsUpOverProjectsAndCategories()
{
    QFETCH(QString, portfolioName);
    QFETCH(DashboardQuery, query);
    Database &database = portfolio(portfolioName);
    const DashboardSnapshot whole = DashboardSnapshot::compute(database, query);
    QVERIFY(whole.kpis.forecast.minorUnits() > whole.kpis.forecastPeriodToDate.minorUnits());

    QMap<QString, Minor> wholeParts;
    for (const SeriesForecast &part : whole.forecastParts)
        wholeParts.insert(QStringLiteral("%1|%2").arg(part.projectId).arg(static_cast<int>(part.category)),
                          part.total());

    const auto figuresOf = [](const DashboardKpis &kpis) {
        return QStringLiteral("forecast %1, to date %2, committed %3, scheduled %4, projected %5")
            .arg(kpis.forecast.minorUnits())
            .arg(kpis.forecastPeriodToDate.minorUnits())
            .arg(kpis.forecastCommitted.minorUnits())
            .arg(kpis.forecastScheduled.minorUnits())
            .arg(kpis.forecastProjected.minorUnits());
    };
    for (const bool byProject : { true, false }) {
        std::array<Minor, 5> sum {};
        QMap<QString, Minor> parts;
        QList<DashboardQuery> selections;
        if (byProject) {
            for (const Project &project : ProjectRepository(database).list()) {
                DashboardQuery one = query;
                one.projects = { project.id };
                selections << one;
            }
        } else {
            for (const CategoryInfo &info : CostCategories::all()) {
                DashboardQuery one = query;
                one.categories = { info.category };
                selections << one;
            }
        }
        for (const DashboardQuery &selection : std::as_const(selections)) {
            const DashboardSnapshot snapshot = DashboardSnapshot::compute(database, selection);
            QCOMPARE(snapshot.kpis.forecastPeriod, whole.kpis.forecastPeriod);
            sum[0] += snapshot.kpis.forecast.minorUnits();
            sum[1] += snapshot.kpis.forecastPeriodToDate.minorUnits();
            sum[2] += snapshot.kpis.forecastCommitted.minorUnits();
            sum[3] += snapshot.kpis.forecastScheduled.minorUnits();
            sum[4] += snapshot.kpis.forecastProjected.minorUnits();
            for (const SeriesForecast &part : snapshot.forecastParts)
                parts.insert(QStringLiteral("%1|%2").arg(part.projectId).arg(static_cast<int>(part.category)),
                             part.total());
        }
        const QString expected = figuresOf(whole.kpis);
        const QString actual
            = QStringLiteral("forecast %1, to date %2, committed %3, scheduled %4, projected %5")
                  .arg(sum[0])
                  .arg(sum[1])
                  .arg(sum[2])
                  .arg(sum[3])
                  .arg(sum[4]);
        QCOMPARE(actual, expected);
        QCOMPARE(parts, wholeParts);
    }
}

void TestDashboardSnapshot::moversSortedByAbsoluteChange_data()
{
    QTest::addColumn<CostBasis>("basis");
    QTest::newRow("accrual") << CostBasis::Accrual;
    QTest::newRow("cash") << CostBasis::Cash;
}

void TestDashboardSnapshot::moversSortedByAbsoluteChange()
{
    QFETCH(CostBasis, basis);
    Database &database = *m_demo;
    const DashboardSnapshot snapshot
        = DashboardSnapshot::compute(database, presetQuery(PeriodPreset::Last13Weeks, demoLastWeek, basis));
    const RawLedger &raw = rawLedger(QStringLiteral("demo"), basis);

    // Whole ISO weeks: the reporting week against the one before, per project and per category.
    struct Change
    {
        QString key;
        Minor thisWeek;
        Minor previousWeek;
    };
    QList<Change> changes;
    QList<std::pair<QString, DashboardQuery>> selections;
    for (const ProjectId id : std::as_const(m_projectIds)) {
        DashboardQuery one;
        one.projects = { id };
        selections.append({ QStringLiteral("p%1").arg(id), one });
    }
    for (const CategoryInfo &info : CostCategories::all()) {
        DashboardQuery one;
        one.categories = { info.category };
        selections.append({ QStringLiteral("c%1").arg(static_cast<int>(info.category)), one });
    }
    for (const auto &[key, selection] : std::as_const(selections)) {
        const Minor now = raw.sum(selection, weekDays(demoLastWeek));
        const Minor before = raw.sum(selection, weekDays(demoLastWeek.previous()));
        if (basis == CostBasis::Cash) {
            QCOMPARE(qint64(now), qint64(sqlCashSum(database, selection, weekDays(demoLastWeek))));
            QCOMPARE(qint64(before),
                     qint64(sqlCashSum(database, selection, weekDays(demoLastWeek.previous()))));
        }
        if (now != before)
            changes << Change { key, now, before };
    }
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        return std::abs(a.thisWeek - a.previousWeek) > std::abs(b.thisWeek - b.previousWeek);
    });
    QVERIFY(changes.size() >= 6); // the generated week moves more than six things

    QCOMPARE(snapshot.movers.size(), qsizetype(6));
    for (int i = 0; i < snapshot.movers.size(); ++i) {
        const Mover &mover = snapshot.movers.at(i);
        QVERIFY(mover.projectId.has_value() != mover.category.has_value());
        const QString key = mover.projectId ? QStringLiteral("p%1").arg(*mover.projectId)
                                            : QStringLiteral("c%1").arg(static_cast<int>(*mover.category));
        const auto direct
            = std::find_if(changes.cbegin(), changes.cend(), [&](const Change &c) { return c.key == key; });
        QVERIFY2(direct != changes.cend(), qPrintable(key));
        QCOMPARE(qint64(mover.thisWeek), qint64(direct->thisWeek));
        QCOMPARE(qint64(mover.previousWeek), qint64(direct->previousWeek));
        QCOMPARE(qint64(mover.change()), qint64(direct->thisWeek - direct->previousWeek));
        // The i-th mover has the i-th largest absolute change of all projects and categories.
        QCOMPARE(qint64(std::abs(mover.change())),
                 qint64(std::abs(changes.at(i).thisWeek - changes.at(i).previousWeek)));
        if (i > 0)
            QVERIFY(std::abs(snapshot.movers.at(i - 1).change()) >= std::abs(mover.change()));
        QVERIFY(mover.change() != 0);
        QVERIFY(!mover.label.isEmpty());
    }
}

void TestDashboardSnapshot::moversLeaveOutUnchanged()
{
    const auto database = openTestDatabase();
    ProjectRepository projects(*database);
    const ProjectId steady = projects.create(makeProject(QStringLiteral("S"), QStringLiteral("Steady")));
    const ProjectId growing = projects.create(makeProject(QStringLiteral("G"), QStringLiteral("Growing")));
    CostLineRepository lines(*database);
    lines.add(makeLine(steady, 1'000, EUR, QDate(2026, 11, 17))); // 2026-W47
    lines.add(makeLine(steady, 1'000, EUR, QDate(2026, 11, 24))); // 2026-W48
    lines.add(makeLine(growing, 500, EUR, QDate(2026, 11, 18), CostCategory::Cloud));
    lines.add(makeLine(growing, 800, EUR, QDate(2026, 11, 25), CostCategory::Cloud));
    lines.add(
        makeLine(growing, 50, EUR, QDate(2026, 11, 10), CostCategory::Salaries)); // 2026-W46: not a mover
    // A subscription paying for both weeks alike (accrual) moves nothing either.
    lines.add(serviceLine(steady, 1'400, QDate(2026, 11, 16), QDate(2026, 11, 16), QDate(2026, 11, 30),
                          CostCategory::LicencesOther, QStringLiteral("SaaS")));

    DashboardQuery query;
    query.referenceWeek = IsoWeek(2026, 48);
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
    QCOMPARE(snapshot.movers.size(), qsizetype(2));
    QStringList labels;
    for (const Mover &mover : snapshot.movers) {
        QCOMPARE(qint64(mover.thisWeek), qint64(800));
        QCOMPARE(qint64(mover.previousWeek), qint64(500));
        labels << mover.label;
    }
    QCOMPARE(labels, (QStringList { QStringLiteral("Growing"), QStringLiteral("cloud") }));
    QCOMPARE(snapshot.movers.first().projectId, std::optional<ProjectId>(growing));
    QCOMPARE(snapshot.movers.last().category, std::optional<CostCategory>(CostCategory::Cloud));

    // On the cash basis the subscription sits on 16 November: it moves its project and category.
    query.basis = CostBasis::Cash;
    const DashboardSnapshot onCash = DashboardSnapshot::compute(*database, query);
    QCOMPARE(onCash.movers.size(), qsizetype(4));
    QCOMPARE(onCash.movers.first().label, QStringLiteral("Steady"));
    QCOMPARE(qint64(onCash.movers.first().change()), qint64(-1'400));
    QCOMPARE(onCash.movers.at(1).label, QStringLiteral("licences-other"));
}

void TestDashboardSnapshot::snapshotJsonMatchesSnapshot()
{
    DashboardQuery query = presetQuery(PeriodPreset::QuarterToDate, demoLastWeek);
    query.projects << m_projectIds.value(QStringLiteral("SUP")) << m_projectIds.value(QStringLiteral("RAG"));
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(*m_demo, query);
    QVERIFY(snapshot.periodTotal > 0);
    const QJsonObject json = snapshotToJson(snapshot);

    QCOMPARE(json.value(QStringLiteral("currency")).toString(), EUR);
    QCOMPARE(json.value(QStringLiteral("basis")).toString(), QStringLiteral("accrual"));
    QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-W40"));
    QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("2026-W48"));
    QCOMPARE(json.value(QStringLiteral("first_day")).toString(), QStringLiteral("2026-10-01"));
    QCOMPARE(json.value(QStringLiteral("last_day")).toString(), QStringLiteral("2026-11-29"));
    QCOMPARE(json.value(QStringLiteral("preset")).toString(), QStringLiteral("quarter-to-date"));
    QCOMPARE(json.value(QStringLiteral("total_minor")).toInteger(), qint64(snapshot.periodTotal));
    QCOMPARE(json.value(QStringLiteral("total_minor")).toInteger(),
             qint64(m_demoAccrual.sum(query, snapshot.days)));
    QCOMPARE(json.value(QStringLiteral("unconverted_lines")).toInteger(-1),
             qint64(snapshot.unconvertedLines));
    QCOMPARE(json.value(QStringLiteral("has_budget")).toBool(), snapshot.hasBudget);
    QCOMPARE(json.value(QStringLiteral("project_filter")).toArray().size(), qsizetype(2));
    QVERIFY(!json.contains(QStringLiteral("portfolio_budget"))); // a selection of projects

    const DashboardKpis &kpis = snapshot.kpis;
    const QJsonObject kpiJson = json.value(QStringLiteral("kpis")).toObject();
    QCOMPARE(kpiJson.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W48"));
    QCOMPARE(kpiJson.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-29"));
    QCOMPARE(kpiJson.value(QStringLiteral("this_week_minor")).toInteger(),
             qint64(kpis.thisWeek.minorUnits()));
    QCOMPARE(kpiJson.value(QStringLiteral("period_to_date_minor")).toInteger(),
             qint64(kpis.periodToDate.minorUnits()));
    QVERIFY(kpis.budgetToDate.has_value());
    QCOMPARE(kpiJson.value(QStringLiteral("budget_to_date_minor")).toInteger(),
             qint64(kpis.budgetToDate->minorUnits()));
    QCOMPARE(kpiJson.value(QStringLiteral("consumed_ratio")).toDouble(), *kpis.consumedRatio);
    QCOMPARE(kpiJson.value(QStringLiteral("forecast_period")).toString(), QStringLiteral("2026-Q4"));
    QCOMPARE(kpiJson.value(QStringLiteral("forecast_period_kind")).toString(), QStringLiteral("quarter"));
    QCOMPARE(kpiJson.value(QStringLiteral("forecast_period_first_day")).toString(),
             QStringLiteral("2026-10-01"));
    QCOMPARE(kpiJson.value(QStringLiteral("forecast_period_last_day")).toString(),
             QStringLiteral("2026-12-31"));
    QCOMPARE(kpiJson.value(QStringLiteral("forecast_horizon")).toString(), QStringLiteral("2026-W53"));
    QCOMPARE(kpiJson.value(QStringLiteral("forecast_minor")).toInteger(), qint64(kpis.forecast.minorUnits()));
    QCOMPARE(kpiJson.value(QStringLiteral("forecast_period_to_date_minor")).toInteger(),
             qint64(kpis.forecastPeriodToDate.minorUnits()));
    QCOMPARE(kpiJson.value(QStringLiteral("forecast_committed_minor")).toInteger(),
             qint64(kpis.forecastCommitted.minorUnits()));
    QCOMPARE(kpiJson.value(QStringLiteral("forecast_scheduled_minor")).toInteger(),
             qint64(kpis.forecastScheduled.minorUnits()));
    QCOMPARE(kpiJson.value(QStringLiteral("forecast_projected_minor")).toInteger(),
             qint64(kpis.forecastProjected.minorUnits()));
    QVERIFY(kpis.budgetAtHorizon.has_value());
    QCOMPARE(kpiJson.value(QStringLiteral("budget_at_horizon_minor")).toInteger(),
             qint64(kpis.budgetAtHorizon->minorUnits()));
    QCOMPARE(kpiJson.value(QStringLiteral("health")).toString(), toKey(kpis.health));

    const QJsonArray parts = json.value(QStringLiteral("forecast_parts")).toArray();
    QVERIFY(!parts.isEmpty());
    Minor partsSum = 0;
    for (const QJsonValue &value : parts) {
        const QJsonObject part = value.toObject();
        QVERIFY(query.projects.contains(part.value(QStringLiteral("project_id")).toInteger()));
        QVERIFY((QStringList { QStringLiteral("none"), QStringLiteral("trend"), QStringLiteral("run-rate"),
                               QStringLiteral("not-extrapolated") })
                    .contains(part.value(QStringLiteral("variable_method")).toString()));
        QCOMPARE(part.value(QStringLiteral("forecast_minor")).toInteger(),
                 part.value(QStringLiteral("actual_minor")).toInteger()
                     + part.value(QStringLiteral("committed_minor")).toInteger()
                     + part.value(QStringLiteral("scheduled_minor")).toInteger()
                     + part.value(QStringLiteral("projected_minor")).toInteger());
        partsSum += part.value(QStringLiteral("forecast_minor")).toInteger();
    }
    QCOMPARE(qint64(partsSum), qint64(kpis.forecast.minorUnits()));

    const QJsonArray weeks = json.value(QStringLiteral("weeks")).toArray();
    QCOMPARE(weeks.size(), snapshot.points.size());
    Minor inPeriodSum = 0;
    for (int i = 0; i < weeks.size(); ++i) {
        const QJsonObject week = weeks.at(i).toObject();
        const WeeklyPoint &point = snapshot.points.at(i);
        QCOMPARE(week.value(QStringLiteral("week")).toString(), point.week.toString());
        QCOMPARE(week.value(QStringLiteral("in_period")).toBool(), snapshot.range.contains(point.week));
        QCOMPARE(week.value(QStringLiteral("future")).toBool(), point.future);
        QCOMPARE(week.value(QStringLiteral("first_day")).toString(), isoDate(point.days.first));
        QCOMPARE(week.value(QStringLiteral("last_day")).toString(), isoDate(point.days.last));
        QCOMPARE(week.value(QStringLiteral("partial")).toBool(), point.isPartial());
        QCOMPARE(week.value(QStringLiteral("actual_minor")).toInteger(), qint64(point.actual));
        QCOMPARE(week.value(QStringLiteral("budget_minor")).toInteger(), qint64(point.budget));
        QCOMPARE(week.value(QStringLiteral("forecast_minor")).toInteger(), qint64(point.forecast));
        QCOMPARE(week.value(QStringLiteral("cumulative_actual_minor")).toInteger(),
                 qint64(point.cumulativeActual));
        QCOMPARE(week.value(QStringLiteral("cumulative_budget_minor")).toInteger(),
                 qint64(point.cumulativeBudget));
        QCOMPARE(week.value(QStringLiteral("forecast_cumulative_minor")).toInteger(),
                 qint64(snapshot.forecastCumulative.at(i)));
        const QJsonObject byCategory = week.value(QStringLiteral("by_category_minor")).toObject();
        Minor categorySum = 0;
        for (const CategoryInfo &info : CostCategories::all()) {
            QCOMPARE(byCategory.value(QLatin1String(info.key)).toInteger(0),
                     qint64(point.category(info.category)));
            categorySum += byCategory.value(QLatin1String(info.key)).toInteger(0);
        }
        QCOMPARE(qint64(categorySum), qint64(point.actual));
        if (week.value(QStringLiteral("in_period")).toBool())
            inPeriodSum += week.value(QStringLiteral("actual_minor")).toInteger();
    }
    QCOMPARE(qint64(inPeriodSum), qint64(snapshot.periodTotal));
    // 2026-W40 holds three days of September: the quarter's first point is its last four days.
    const QJsonObject firstWeek = weeks.at(0).toObject();
    QCOMPARE(firstWeek.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W40"));
    QCOMPARE(firstWeek.value(QStringLiteral("first_day")).toString(), QStringLiteral("2026-10-01"));
    QCOMPARE(firstWeek.value(QStringLiteral("last_day")).toString(), QStringLiteral("2026-10-04"));
    QCOMPARE(firstWeek.value(QStringLiteral("partial")).toBool(), true);
    QCOMPARE(weeks.at(1).toObject().value(QStringLiteral("partial")).toBool(), false);

    const QJsonArray byProject = json.value(QStringLiteral("by_project")).toArray();
    QCOMPARE(byProject.size(), snapshot.byProject.size());
    for (int i = 0; i < byProject.size(); ++i) {
        const QJsonObject entry = byProject.at(i).toObject();
        QCOMPARE(entry.value(QStringLiteral("project_id")).toInteger(),
                 qint64(*snapshot.byProject.at(i).projectId));
        QCOMPARE(entry.value(QStringLiteral("code")).toString(), snapshot.byProject.at(i).code);
        QCOMPARE(entry.value(QStringLiteral("amount_minor")).toInteger(),
                 qint64(snapshot.byProject.at(i).amount));
    }
    const QJsonArray byCategory = json.value(QStringLiteral("by_category")).toArray();
    QCOMPARE(byCategory.size(), qsizetype(CostCategories::count()));
    for (int i = 0; i < byCategory.size(); ++i) {
        const QJsonObject entry = byCategory.at(i).toObject();
        QCOMPARE(entry.value(QStringLiteral("category")).toString(),
                 CostCategories::key(*snapshot.byCategory.at(i).category));
        QCOMPARE(entry.value(QStringLiteral("amount_minor")).toInteger(),
                 qint64(snapshot.byCategory.at(i).amount));
    }
    QCOMPARE(json.value(QStringLiteral("movers")).toArray().size(), snapshot.movers.size());

    // The whole portfolio shows its envelope against its projects' budgets.
    const QJsonObject portfolioJson = snapshotToJson(
        DashboardSnapshot::compute(*m_demo, presetQuery(PeriodPreset::QuarterToDate, demoLastWeek)));
    const BudgetOracle budgets(*m_demo);
    const DayRange q4 { QDate(2026, 10, 1), QDate(2026, 12, 31) };
    const QJsonObject position = portfolioJson.value(QStringLiteral("portfolio_budget")).toObject();
    QCOMPARE(text(position.value(QStringLiteral("envelope_minor")).isNull()
                      ? std::nullopt
                      : std::optional<Minor>(position.value(QStringLiteral("envelope_minor")).toInteger())),
             text(budgets.envelope(q4)));
    QCOMPARE(position.value(QStringLiteral("projects_total_minor")).toInteger(),
             qint64(budgets.projectsTotal(q4).value_or(-1)));

    // No budget: the ratios and budget amounts are null, not zero.
    DashboardQuery categoryQuery = query;
    categoryQuery.categories << CostCategory::Inference;
    QVERIFY(!budgets.selection(categoryQuery, q4).has_value()); // the demo has no category budgets
    const QJsonObject unbudgeted = snapshotToJson(DashboardSnapshot::compute(*m_demo, categoryQuery));
    QCOMPARE(unbudgeted.value(QStringLiteral("has_budget")).toBool(), false);
    const QJsonObject unbudgetedKpis = unbudgeted.value(QStringLiteral("kpis")).toObject();
    QVERIFY(unbudgetedKpis.value(QStringLiteral("budget_to_date_minor")).isNull());
    QVERIFY(unbudgetedKpis.value(QStringLiteral("consumed_ratio")).isNull());
    QVERIFY(unbudgetedKpis.value(QStringLiteral("budget_at_horizon_minor")).isNull());
    QVERIFY(unbudgetedKpis.value(QStringLiteral("forecast_ratio")).isNull());
    QCOMPARE(unbudgetedKpis.value(QStringLiteral("health")).toString(), QStringLiteral("no-budget"));
    QCOMPARE(unbudgeted.value(QStringLiteral("category_filter")).toArray().at(0).toString(),
             QStringLiteral("inference"));

    // The basis is named.
    query.basis = CostBasis::Cash;
    const DashboardSnapshot onCash = DashboardSnapshot::compute(*m_demo, query);
    const QJsonObject cashJson = snapshotToJson(onCash);
    QCOMPARE(cashJson.value(QStringLiteral("basis")).toString(), QStringLiteral("cash"));
    QCOMPARE(cashJson.value(QStringLiteral("total_minor")).toInteger(),
             qint64(sqlCashSum(*m_demo, query, onCash.days)));
}

// ---------------------------------------------------------------------------------------------
// Hand-made cases

void TestDashboardSnapshot::emptyPeriod()
{
    // Years before the generated history: no lines, no budgets.
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(
        *m_demo, customQuery(IsoWeek(2020, 1), IsoWeek(2020, 10), IsoWeek(2020, 10)));
    QCOMPARE(snapshot.range, (WeekRange { IsoWeek(2020, 1), IsoWeek(2020, 10) }));
    QCOMPARE(snapshot.days, (DayRange { QDate(2019, 12, 30), QDate(2020, 3, 8) }));
    QCOMPARE(snapshot.periodPoints().size(), qsizetype(10));
    QCOMPARE(snapshot.points.size(), qsizetype(14)); // the forecast runs to the quarter's end, in 2020-W14
    QCOMPARE(snapshot.kpis.forecastPeriod, (DayRange { QDate(2020, 1, 1), QDate(2020, 3, 31) }));
    for (const WeeklyPoint &point : snapshot.points) {
        QCOMPARE(qint64(point.actual), qint64(0));
        QCOMPARE(qint64(point.budget), qint64(0));
        QCOMPARE(qint64(point.forecast), qint64(0));
        QCOMPARE(qint64(point.cumulativeActual), qint64(0));
        QVERIFY(std::all_of(point.byCategory.cbegin(), point.byCategory.cend(),
                            [](Minor value) { return value == 0; }));
    }
    QCOMPARE(qint64(snapshot.periodTotal), qint64(0));
    QVERIFY(!snapshot.hasBudget);
    QVERIFY(snapshot.byProject.isEmpty());
    QVERIFY(snapshot.byVendor.isEmpty());
    QVERIFY(snapshot.movers.isEmpty());
    QVERIFY(snapshot.forecastParts.isEmpty());
    QCOMPARE(snapshot.byCategory.size(), qsizetype(CostCategories::count()));
    for (const BreakdownEntry &entry : snapshot.byCategory)
        QCOMPARE(qint64(entry.amount), qint64(0));
    QCOMPARE(snapshot.kpis.thisWeek, Money(0, EUR));
    QCOMPARE(snapshot.kpis.periodToDate, Money(0, EUR));
    QCOMPARE(snapshot.kpis.forecast, Money(0, EUR));
    QVERIFY(!snapshot.kpis.weekChangeRatio.has_value());
    QVERIFY(!snapshot.kpis.budgetToDate.has_value());
    QVERIFY(!snapshot.kpis.consumedRatio.has_value());
    QVERIFY(!snapshot.kpis.budgetAtHorizon.has_value());
    QCOMPARE(snapshot.kpis.health, BudgetHealth::NoBudget);
    QCOMPARE(snapshotToJson(snapshot).value(QStringLiteral("total_minor")).toInteger(-1), qint64(0));
}

void TestDashboardSnapshot::emptyDatabase()
{
    const auto database = openTestDatabase();
    for (const PeriodPreset preset : allPeriodPresets()) {
        for (const CostBasis basis : { CostBasis::Accrual, CostBasis::Cash }) {
            DashboardQuery query = presetQuery(preset, IsoWeek(2026, 48), basis);
            query.customRange = { IsoWeek(2026, 40), IsoWeek(2026, 52) };
            const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
            QCOMPARE(snapshot.days, query.days(FiscalCalendar(1)));
            QCOMPARE(snapshot.range, query.range(FiscalCalendar(1)));
            QVERIFY(!snapshot.points.isEmpty());
            QCOMPARE(qint64(snapshot.periodTotal), qint64(0));
            QVERIFY(!snapshot.hasBudget);
            QVERIFY(snapshot.byProject.isEmpty());
            QVERIFY(snapshot.forecastParts.isEmpty());
            QCOMPARE(snapshot.kpis.health, BudgetHealth::NoBudget);
            QCOMPARE(snapshot.kpis.forecast, Money(0, EUR));
        }
    }
}

void TestDashboardSnapshot::emptyPeriodWithBudget()
{
    const auto database = openTestDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("P")));
    BudgetRepository(*database).set(
        makeBudget(project, PeriodKind::Quarter, QDate(2026, 10, 1), 920'000)); // 10,000 a day

    const DashboardSnapshot snapshot = DashboardSnapshot::compute(
        *database, customQuery(IsoWeek(2026, 41), IsoWeek(2026, 44), IsoWeek(2026, 44)));
    QVERIFY(snapshot.hasBudget);
    QCOMPARE(qint64(snapshot.periodTotal), qint64(0));
    for (const WeeklyPoint &point : snapshot.periodPoints())
        QCOMPARE(qint64(point.budget), qint64(70'000)); // whole weeks of October
    // The chart runs on to the quarter's end: 2026-W53 holds its last four days.
    QCOMPARE(snapshot.points.size(), qsizetype(13));
    QCOMPARE(snapshot.points.constLast().week, IsoWeek(2026, 53));
    QCOMPARE(snapshot.points.constLast().days, (DayRange { QDate(2026, 12, 28), QDate(2026, 12, 31) }));
    QCOMPARE(qint64(snapshot.points.constLast().budget), qint64(40'000));
    QCOMPARE(qint64(snapshot.points.constLast().cumulativeBudget), qint64(880'000)); // 5 Oct - 31 Dec
    // 5 Oct - 1 Nov: 28 days; "of the Q4 budget": the whole quarter's.
    QCOMPARE(text(minorOf(snapshot.kpis.budgetToDate)), text(Minor(280'000)));
    QCOMPARE(text(minorOf(snapshot.kpis.budgetAtHorizon)), text(Minor(920'000)));
    QCOMPARE(snapshot.kpis.consumedRatio, std::optional<double>(0.0));
    QCOMPARE(snapshot.kpis.forecast, Money(0, EUR));
    QCOMPARE(snapshot.kpis.health, BudgetHealth::Green);
}

void TestDashboardSnapshot::vendorsSkippedLeaveTheRestAlone()
{
    // The dashboard page skips the vendor breakdown it never shows: every other figure is the
    // one the exports and the report get.
    const auto database = openTestDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("A")));
    CostLineRepository lines(*database);
    for (int day = 0; day < 28; day += 2) {
        lines.add(makeLine(project, 7'000 + day, EUR, QDate(2026, 11, 2).addDays(day), CostCategory::Cloud,
                           day % 4 == 0 ? QStringLiteral("AWS") : QStringLiteral("Azure")));
    }
    BudgetRepository(*database).set(makeBudget(project, PeriodKind::Quarter, QDate(2026, 10, 1), 500'000));
    const DashboardQuery query = customQuery(IsoWeek(2026, 45), IsoWeek(2026, 48), IsoWeek(2026, 48));

    const DashboardSnapshot whole = DashboardSnapshot::compute(*database, query);
    const DashboardSnapshot page
        = DashboardSnapshot::compute(*database, query, DashboardSnapshot::Vendors::Skipped);
    QCOMPARE(whole.byVendor.size(), qsizetype(2));
    QVERIFY(page.byVendor.isEmpty());
    QJsonObject wholeJson = snapshotToJson(whole);
    QJsonObject pageJson = snapshotToJson(page);
    QCOMPARE(pageJson.value(QStringLiteral("by_vendor")).toArray().size(), qsizetype(0));
    wholeJson.remove(QStringLiteral("by_vendor"));
    pageJson.remove(QStringLiteral("by_vendor"));
    QCOMPARE(pageJson, wholeJson);
    QVERIFY(qint64(page.periodTotal) > 0);
}

void TestDashboardSnapshot::projectWithoutBudget()
{
    const auto database = openTestDatabase();
    ProjectRepository projects(*database);
    const ProjectId budgeted = projects.create(makeProject(QStringLiteral("A")));
    const ProjectId unbudgeted = projects.create(makeProject(QStringLiteral("B")));
    CostLineRepository lines(*database);
    for (int day = 0; day < 28; day += 3) {
        lines.add(makeLine(budgeted, 10'000 + day, EUR, QDate(2026, 11, 2).addDays(day)));
        lines.add(makeLine(unbudgeted, 5'000 + day, EUR, QDate(2026, 11, 2).addDays(day), CostCategory::Cloud,
                           QStringLiteral("AWS")));
    }
    BudgetRepository budgets(*database);
    budgets.set(makeBudget(budgeted, PeriodKind::Quarter, QDate(2026, 10, 1), 920'000));
    budgets.set(makeBudget(std::nullopt, PeriodKind::Quarter, QDate(2026, 10, 1), 1'840'000));

    DashboardQuery query = customQuery(IsoWeek(2026, 45), IsoWeek(2026, 48), IsoWeek(2026, 48));
    query.projects = { unbudgeted };
    const DashboardSnapshot alone = DashboardSnapshot::compute(*database, query);
    QVERIFY(!alone.hasBudget);
    QVERIFY(!alone.kpis.budgetToDate.has_value());
    QVERIFY(!alone.kpis.consumedRatio.has_value());
    QVERIFY(!alone.kpis.budgetAtHorizon.has_value());
    QVERIFY(!alone.kpis.forecastRatio.has_value());
    QCOMPARE(alone.kpis.health, BudgetHealth::NoBudget);
    for (const WeeklyPoint &point : alone.points) {
        QCOMPARE(qint64(point.budget), qint64(0));
        QCOMPARE(qint64(point.cumulativeBudget), qint64(0));
    }
    QCOMPARE(qint64(alone.periodTotal), qint64(sqlCashSum(*database, query, alone.days)));
    QCOMPARE(alone.byProject.size(), qsizetype(1));
    QCOMPARE(alone.byProject.first().code, QStringLiteral("B"));
    QCOMPARE(alone.byVendor.size(), qsizetype(1));
    QCOMPARE(alone.byVendor.first().label, QStringLiteral("AWS"));

    query.projects = { budgeted };
    const DashboardSnapshot withBudget = DashboardSnapshot::compute(*database, query);
    QVERIFY(withBudget.hasBudget);
    // 2 Nov - 29 Nov is 28 days of a 92-day quarter of 920,000: 10,000 a day.
    QCOMPARE(text(minorOf(withBudget.kpis.budgetToDate)), text(Minor(280'000)));
    QCOMPARE(text(minorOf(withBudget.kpis.budgetAtHorizon)), text(Minor(920'000)));
    QVERIFY(withBudget.kpis.consumedRatio.has_value());
    QCOMPARE(*withBudget.kpis.consumedRatio, double(withBudget.periodTotal) / 280'000.0);
    QVERIFY(withBudget.kpis.health != BudgetHealth::NoBudget);

    // The whole portfolio: its envelope, half of it allocated to A.
    query.projects.clear();
    const DashboardSnapshot all = DashboardSnapshot::compute(*database, query);
    QCOMPARE(text(minorOf(all.kpis.budgetAtHorizon)), text(Minor(1'840'000)));
    QCOMPARE(text(all.portfolioBudgets.envelope), text(Minor(1'840'000)));
    QCOMPARE(text(all.portfolioBudgets.projectsTotal), text(Minor(920'000)));
    QCOMPARE(text(all.portfolioBudgets.unallocated()), text(Minor(920'000)));
}

void TestDashboardSnapshot::budgetScopes()
{
    const auto database = openTestDatabase();
    ProjectRepository projects(*database);
    const ProjectId a = projects.create(makeProject(QStringLiteral("A")));
    const ProjectId b = projects.create(makeProject(QStringLiteral("B")));
    const ProjectId c = projects.create(makeProject(QStringLiteral("C")));
    BudgetRepository budgets(*database);
    // 10,000 a day for A, 20,000 for B, 50,000 for the portfolio, 1,000 for A's inference, 3,000
    // for C's cloud and 500 for its inference (C has no budget of its own). A also has a year
    // budget that its months refine and must not be added to them.
    budgets.set(makeBudget(a, PeriodKind::Month, QDate(2026, 11, 1), 300'000));
    budgets.set(makeBudget(a, PeriodKind::Year, QDate(2026, 1, 1), 99'999'999));
    budgets.set(makeBudget(b, PeriodKind::Month, QDate(2026, 11, 1), 600'000));
    const BudgetId envelope
        = budgets.set(makeBudget(std::nullopt, PeriodKind::Month, QDate(2026, 11, 1), 1'500'000));
    budgets.set(makeBudget(a, PeriodKind::Month, QDate(2026, 11, 1), 30'000, CostCategory::Inference));
    budgets.set(makeBudget(c, PeriodKind::Month, QDate(2026, 11, 1), 90'000, CostCategory::Cloud));
    budgets.set(makeBudget(c, PeriodKind::Month, QDate(2026, 11, 1), 15'000, CostCategory::Inference));

    // 2026-W46: 9 - 15 November, seven days of November.
    const auto weekBudget = [&](const QList<ProjectId> &selected, const QList<CostCategory> &categories) {
        DashboardQuery query = customQuery(IsoWeek(2026, 46), IsoWeek(2026, 46), IsoWeek(2026, 46));
        query.projects = selected;
        query.categories = categories;
        const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
        return snapshot.hasBudget ? qint64(snapshot.points.first().budget) : qint64(-1);
    };
    QCOMPARE(weekBudget({}, {}), qint64(350'000)); // the portfolio's envelope
    QCOMPARE(weekBudget({ a }, {}), qint64(70'000)); // A's months, not its year, nor its inference
    QCOMPARE(weekBudget({ b }, {}), qint64(140'000));
    QCOMPARE(weekBudget({ c }, {}), qint64(24'500)); // C's categories
    QCOMPARE(weekBudget({ a, b }, {}), qint64(210'000)); // the selected projects' own
    QCOMPARE(weekBudget({ a, c }, {}), qint64(94'500));
    QCOMPARE(weekBudget({ a }, { CostCategory::Inference }), qint64(7'000));
    QCOMPARE(weekBudget({ a, c }, { CostCategory::Inference }), qint64(10'500));
    QCOMPARE(weekBudget({ a }, { CostCategory::Inference, CostCategory::Cloud }), qint64(7'000));
    QCOMPARE(weekBudget({ b }, { CostCategory::Inference }), qint64(-1)); // no budget for that
    // The portfolio has no category budget of its own: its projects' for that category.
    QCOMPARE(weekBudget({}, { CostCategory::Inference }), qint64(10'500));
    QCOMPARE(weekBudget({}, { CostCategory::Cloud }), qint64(21'000));
    QCOMPARE(weekBudget({}, { CostCategory::Salaries }), qint64(-1));
    QCOMPARE(weekBudget({}, everyCategory()), qint64(350'000)); // every category is all of them

    // Without its envelope, the portfolio is the sum of its projects': A, B, and C's categories.
    budgets.remove(envelope);
    QCOMPARE(weekBudget({}, {}), qint64(70'000 + 140'000 + 24'500));
    // A budget of C's own replaces the sum of its categories.
    budgets.set(makeBudget(c, PeriodKind::Quarter, QDate(2026, 10, 1), 920'000));
    QCOMPARE(weekBudget({ c }, {}), qint64(70'000));
    QCOMPARE(weekBudget({ c }, { CostCategory::Cloud }), qint64(21'000));
    // A budget in another currency counts nowhere.
    Budget dollars = makeBudget(b, PeriodKind::Month, QDate(2026, 11, 1), 3'000'000, CostCategory::Cloud);
    dollars.amount = Money(3'000'000, QStringLiteral("USD"));
    budgets.set(dollars);
    QCOMPARE(weekBudget({ b }, { CostCategory::Cloud }), qint64(-1));
}

// A project budgeted only by category budgets has a budget: their sum.
void TestDashboardSnapshot::projectBudgetedByCategoriesOnly()
{
    const auto database = openTestDatabase();
    ProjectRepository projects(*database);
    const ProjectId p = projects.create(makeProject(QStringLiteral("P")));
    const ProjectId q = projects.create(makeProject(QStringLiteral("Q")));
    BudgetRepository budgets(*database);
    // Q4 2026 has 92 days: 5,000 and 2,000 a day for P's two categories, 10,000 for Q.
    budgets.set(makeBudget(p, PeriodKind::Quarter, QDate(2026, 10, 1), 460'000, CostCategory::Inference));
    budgets.set(makeBudget(p, PeriodKind::Quarter, QDate(2026, 10, 1), 184'000, CostCategory::Cloud));
    budgets.set(makeBudget(q, PeriodKind::Quarter, QDate(2026, 10, 1), 920'000));
    CostLineRepository lines(*database);
    lines.add(makeLine(p, 123'456, EUR, QDate(2026, 11, 3)));
    lines.add(makeLine(p, 50'000, EUR, QDate(2026, 11, 4), CostCategory::Cloud, QStringLiteral("AWS")));

    DashboardQuery query = presetQuery(PeriodPreset::QuarterToDate, IsoWeek(2026, 48));
    query.projects = { p };
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
    QVERIFY(snapshot.hasBudget);
    QCOMPARE(text(minorOf(snapshot.kpis.budgetAtHorizon)), text(Minor(644'000)));
    // 1 October - 29 November: 60 days of each.
    QCOMPARE(text(minorOf(snapshot.kpis.budgetToDate)), text(Minor(420'000)));
    QCOMPARE(qint64(snapshot.points.first().budget), qint64(28'000)); // 1 - 4 October
    QCOMPARE(snapshot.kpis.consumedRatio, std::optional<double>(173'456.0 / 420'000.0));
    QCOMPARE(snapshot.kpis.health,
             BudgetHealthRule::assess(173'456, 420'000, snapshot.kpis.forecast.minorUnits(), 644'000));
    QVERIFY(snapshot.kpis.health != BudgetHealth::NoBudget);

    const auto horizonBudget = [&](const QList<ProjectId> &selected, const QList<CostCategory> &categories) {
        DashboardQuery other = presetQuery(PeriodPreset::QuarterToDate, IsoWeek(2026, 48));
        other.projects = selected;
        other.categories = categories;
        const DashboardSnapshot result = DashboardSnapshot::compute(*database, other);
        if (result.hasBudget != result.kpis.budgetAtHorizon.has_value())
            return QStringLiteral("has_budget disagrees with the budget at the horizon");
        return text(minorOf(result.kpis.budgetAtHorizon));
    };
    QCOMPARE(horizonBudget({ p }, { CostCategory::Inference }), QStringLiteral("460000"));
    QCOMPARE(horizonBudget({ p }, { CostCategory::Inference, CostCategory::Cloud }),
             QStringLiteral("644000"));
    QCOMPARE(horizonBudget({ p }, { CostCategory::FineTuning }), QStringLiteral("none"));
    // The portfolio has no envelope: the sum of P's categories and Q's own.
    QCOMPARE(horizonBudget({}, {}), QStringLiteral("1564000"));
    QCOMPARE(horizonBudget({ p, q }, {}), QStringLiteral("1564000"));
    QCOMPARE(horizonBudget({}, { CostCategory::Cloud }), QStringLiteral("184000"));
    const DashboardSnapshot all
        = DashboardSnapshot::compute(*database, presetQuery(PeriodPreset::QuarterToDate, IsoWeek(2026, 48)));
    QVERIFY(!all.portfolioBudgets.envelope.has_value());
    QCOMPARE(text(all.portfolioBudgets.projectsTotal), text(Minor(1'564'000)));

    // A budget of P's own replaces the sum of its categories: November only (10,000 a day).
    budgets.set(makeBudget(p, PeriodKind::Month, QDate(2026, 11, 1), 300'000));
    const DashboardSnapshot own = DashboardSnapshot::compute(*database, query);
    QCOMPARE(text(minorOf(own.kpis.budgetAtHorizon)), text(Minor(300'000)));
    QCOMPARE(text(minorOf(own.kpis.budgetToDate)), text(Minor(290'000)));
    QCOMPARE(horizonBudget({ p }, { CostCategory::Inference }), QStringLiteral("460000"));
}

void TestDashboardSnapshot::week53()
{
    const auto database = openTestDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("W")));
    CostLineRepository lines(*database);
    lines.add(makeLine(project, 1'000, EUR, QDate(2026, 12, 27))); // Sunday of 2026-W52
    lines.add(makeLine(project, 2'000, EUR, QDate(2026, 12, 31))); // 2026-W53
    lines.add(makeLine(project, 3'000, EUR, QDate(2027, 1, 1), CostCategory::Cloud)); // 2026-W53
    lines.add(makeLine(project, 500, EUR, QDate(2027, 1, 3), CostCategory::Cloud)); // Sunday of 2026-W53
    lines.add(makeLine(project, 4'000, EUR, QDate(2027, 1, 4))); // 2027-W01
    lines.add(makeLine(project, 100, EUR, QDate(2027, 1, 11))); // 2027-W02
    QCOMPARE(queryRows(*database, QStringLiteral("SELECT DISTINCT week_start FROM cost_lines ORDER BY 1")),
             (QStringList { QStringLiteral("2026-12-21"), QStringLiteral("2026-12-28"),
                            QStringLiteral("2027-01-04"), QStringLiteral("2027-01-11") }));
    BudgetRepository budgets(*database);
    budgets.set(makeBudget(project, PeriodKind::Month, QDate(2026, 12, 1), 310'000)); // 10,000 a day
    budgets.set(makeBudget(project, PeriodKind::Month, QDate(2027, 1, 1), 620'000)); // 20,000 a day

    DashboardQuery query = customQuery(IsoWeek(2026, 52), IsoWeek(2027, 2), IsoWeek(2027, 2));
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
    const QList<WeeklyPoint> points = snapshot.periodPoints();
    QCOMPARE(points.size(), qsizetype(4));
    const QList<IsoWeek> weeks { IsoWeek(2026, 52), IsoWeek(2026, 53), IsoWeek(2027, 1), IsoWeek(2027, 2) };
    const QList<Minor> actuals { 1'000, 5'500, 4'000, 100 };
    const QList<Minor> budgetsPerWeek { 70'000, 40'000 + 60'000, 140'000, 140'000 };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(points.at(i).week, weeks.at(i));
        QCOMPARE(points.at(i).days, weekDays(weeks.at(i)));
        QCOMPARE(qint64(points.at(i).actual), qint64(actuals.at(i)));
        QCOMPARE(qint64(points.at(i).budget), qint64(budgetsPerWeek.at(i)));
    }
    QCOMPARE(qint64(points.at(1).category(CostCategory::Inference)), qint64(2'000));
    QCOMPARE(qint64(points.at(1).category(CostCategory::Cloud)), qint64(3'500));
    QCOMPARE(qint64(snapshot.periodTotal), qint64(10'600));
    QCOMPARE(qint64(snapshot.periodTotal), qint64(sqlCashSum(*database, query, snapshot.days)));
    QCOMPARE(snapshot.kpis.week, IsoWeek(2027, 2));
    QCOMPARE(snapshot.kpis.thisWeek, Money(100, EUR));
    QCOMPARE(snapshot.kpis.previousWeek, Money(4'000, EUR));
    QCOMPARE(snapshot.kpis.fourWeekAverage, Money(2'650, EUR));
    QCOMPARE(snapshot.kpis.periodToDate, Money(10'600, EUR));
    QCOMPARE(text(minorOf(snapshot.kpis.budgetToDate)), text(Minor(450'000)));
    QCOMPARE(snapshot.kpis.consumedRatio, std::optional<double>(10'600.0 / 450'000.0));
    // The forecast's quarter is the one holding 17 January 2027.
    QCOMPARE(snapshot.kpis.forecastPeriod, (DayRange { QDate(2027, 1, 1), QDate(2027, 3, 31) }));
    QCOMPARE(snapshot.kpis.forecastPeriodToDate, Money(3'000 + 500 + 4'000 + 100, EUR));

    // Week 53 as the reporting week: its neighbours are 2026-W52 and 2027-W01.
    query.referenceWeek = IsoWeek(2026, 53);
    const DashboardSnapshot reportingW53 = DashboardSnapshot::compute(*database, query);
    QCOMPARE(reportingW53.kpis.week, IsoWeek(2026, 53));
    QCOMPARE(reportingW53.kpis.asOf, QDate(2027, 1, 3));
    QCOMPARE(reportingW53.kpis.thisWeek, Money(5'500, EUR));
    QCOMPARE(reportingW53.kpis.previousWeek, Money(1'000, EUR));
    QCOMPARE(reportingW53.kpis.periodToDate, Money(6'500, EUR));
    QCOMPARE(reportingW53.points.at(2).future, true);

    // The quarter (and the year) to date in week 53: its last three days, 1 - 3 January 2027.
    for (const PeriodPreset preset : { PeriodPreset::QuarterToDate, PeriodPreset::YearToDate }) {
        const DashboardSnapshot toDate
            = DashboardSnapshot::compute(*database, presetQuery(preset, IsoWeek(2026, 53)));
        QCOMPARE(toDate.days, (DayRange { QDate(2027, 1, 1), QDate(2027, 1, 3) }));
        QCOMPARE(toDate.periodPoints().size(), qsizetype(1));
        const WeeklyPoint &only = toDate.points.first();
        QCOMPARE(only.week, IsoWeek(2026, 53));
        QCOMPARE(only.days, toDate.days);
        QVERIFY(only.isPartial());
        QCOMPARE(qint64(only.actual), qint64(3'500));
        QCOMPARE(qint64(only.budget), qint64(60'000));
        QCOMPARE(toDate.kpis.periodToDate, Money(3'500, EUR));
        QCOMPARE(text(minorOf(toDate.kpis.budgetToDate)), text(Minor(60'000)));
        QCOMPARE(qint64(toDate.periodTotal), qint64(3'500));
    }

    // A rolling 13-week window ending in 2027 holds 2026-W53 in sequence.
    const DashboardSnapshot window
        = DashboardSnapshot::compute(*database, presetQuery(PeriodPreset::Last13Weeks, IsoWeek(2027, 2)));
    QCOMPARE(window.range, (WeekRange { IsoWeek(2026, 43), IsoWeek(2027, 2) }));
    const QList<WeeklyPoint> windowPoints = window.periodPoints();
    QCOMPARE(windowPoints.size(), qsizetype(13));
    QCOMPARE(windowPoints.at(10).week, IsoWeek(2026, 53));
    QCOMPARE(qint64(windowPoints.at(10).actual), qint64(5'500));
    QCOMPARE(qint64(window.periodTotal), qint64(10'600));

    const QJsonArray jsonWeeks = snapshotToJson(snapshot).value(QStringLiteral("weeks")).toArray();
    QCOMPARE(jsonWeeks.at(1).toObject().value(QStringLiteral("week")).toString(), QStringLiteral("2026-W53"));
    QCOMPARE(jsonWeeks.at(1).toObject().value(QStringLiteral("actual_minor")).toInteger(), qint64(5'500));
    QCOMPARE(jsonWeeks.at(1).toObject().value(QStringLiteral("first_day")).toString(),
             QStringLiteral("2026-12-28"));
    QCOMPARE(jsonWeeks.at(1).toObject().value(QStringLiteral("last_day")).toString(),
             QStringLiteral("2027-01-03"));
}

void TestDashboardSnapshot::quarterStartWeekIsSplit_data()
{
    QTest::addColumn<CostBasis>("basis");
    QTest::addColumn<qint64>("firstDays"); // actual of 1 - 4 October
    QTest::addColumn<qint64>("wholeWeek"); // actual of 2026-W40, 28 September - 4 October
    // A line of 1,111 on 29 September, 2,222 on 2 October, 700 for 28 September - 4 October
    // invoiced on the 28th (100 a day on the accrual basis).
    QTest::newRow("accrual") << CostBasis::Accrual << qint64(2'222 + 400) << qint64(1'111 + 2'222 + 700);
    QTest::newRow("cash") << CostBasis::Cash << qint64(2'222) << qint64(1'111 + 2'222 + 700);
}

// The week straddling the quarter's start is split: the quarter to date counts its own days only.
void TestDashboardSnapshot::quarterStartWeekIsSplit()
{
    QFETCH(CostBasis, basis);
    QFETCH(qint64, firstDays);
    QFETCH(qint64, wholeWeek);
    const auto database = openTestDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("Q")));
    BudgetRepository budgets(*database);
    budgets.set(makeBudget(project, PeriodKind::Quarter, QDate(2026, 7, 1), 920'000)); // 10,000 a day
    budgets.set(makeBudget(project, PeriodKind::Quarter, QDate(2026, 10, 1), 920'000)); // 10,000 a day
    CostLineRepository lines(*database);
    lines.add(makeLine(project, 1'111, EUR, QDate(2026, 9, 29)));
    lines.add(makeLine(project, 2'222, EUR, QDate(2026, 10, 2)));
    lines.add(serviceLine(project, 700, QDate(2026, 9, 28), QDate(2026, 9, 28), QDate(2026, 10, 5)));
    lines.add(makeLine(project, 3'333, EUR, QDate(2026, 11, 10)));

    const DashboardSnapshot quarter = DashboardSnapshot::compute(
        *database, presetQuery(PeriodPreset::QuarterToDate, IsoWeek(2026, 46), basis));
    QCOMPARE(quarter.days, (DayRange { QDate(2026, 10, 1), QDate(2026, 11, 15) }));
    const WeeklyPoint &first = quarter.points.first();
    QCOMPARE(first.week, IsoWeek(2026, 40));
    QCOMPARE(first.days, (DayRange { QDate(2026, 10, 1), QDate(2026, 10, 4) }));
    QVERIFY(first.isPartial());
    QCOMPARE(qint64(first.actual), firstDays);
    QCOMPARE(qint64(first.category(CostCategory::Inference)), firstDays);
    QCOMPARE(qint64(first.cumulativeActual), firstDays);
    QCOMPARE(qint64(first.budget), qint64(40'000));
    QVERIFY(!quarter.points.at(1).isPartial());
    QCOMPARE(qint64(quarter.periodTotal), firstDays + 3'333);
    QCOMPARE(quarter.kpis.periodToDate, Money(firstDays + 3'333, EUR));
    QCOMPARE(text(minorOf(quarter.kpis.budgetToDate)), text(Minor(460'000))); // 46 days
    QCOMPARE(quarter.kpis.forecastPeriodToDate, Money(firstDays + 3'333, EUR));
    const QJsonObject firstJson
        = snapshotToJson(quarter).value(QStringLiteral("weeks")).toArray().at(0).toObject();
    QCOMPARE(firstJson.value(QStringLiteral("partial")).toBool(), true);
    QCOMPARE(firstJson.value(QStringLiteral("actual_minor")).toInteger(), firstDays);

    // The quarter to date on its first (partial) week alone.
    const DashboardSnapshot firstWeek = DashboardSnapshot::compute(
        *database, presetQuery(PeriodPreset::QuarterToDate, IsoWeek(2026, 40), basis));
    QCOMPARE(firstWeek.periodPoints().size(), qsizetype(1));
    QCOMPARE(firstWeek.kpis.asOf, QDate(2026, 10, 4));
    QCOMPARE(firstWeek.kpis.periodToDate, Money(firstDays, EUR));
    QCOMPARE(text(minorOf(firstWeek.kpis.budgetToDate)), text(Minor(40'000)));

    // A rolling window holds the whole week, budgets of both quarters.
    const DashboardSnapshot rolling = DashboardSnapshot::compute(
        *database, presetQuery(PeriodPreset::Last13Weeks, IsoWeek(2026, 46), basis));
    const WeeklyPoint &week40 = rolling.points.at(rolling.indexOf(IsoWeek(2026, 40)));
    QCOMPARE(week40.days, weekDays(IsoWeek(2026, 40)));
    QVERIFY(!week40.isPartial());
    QCOMPARE(qint64(week40.actual), wholeWeek);
    QCOMPARE(qint64(week40.budget), qint64(70'000));
}

void TestDashboardSnapshot::fiscalYearsAddUp_data()
{
    QTest::addColumn<int>("fiscalStart");
    QTest::addColumn<CostBasis>("basis");
    for (const int fiscalStart : { 1, 4 }) {
        for (const CostBasis basis : { CostBasis::Accrual, CostBasis::Cash })
            QTest::addRow("fiscal year from month %d, %s", fiscalStart, basisName(basis))
                << fiscalStart << basis;
    }
}

// Fiscal year N's actual and fiscal year N+1's add up to the raw lines of both years, with lines
// in 2026-W01 and 2026-W53 (weeks holding days of two calendar years).
void TestDashboardSnapshot::fiscalYearsAddUp()
{
    QFETCH(int, fiscalStart);
    QFETCH(CostBasis, basis);
    const auto database = openTestDatabase();
    DatabaseSettings(*database).setFiscalYearStartMonth(fiscalStart);
    const ProjectId p = ProjectRepository(*database).create(makeProject(QStringLiteral("P")));
    const ProjectId q = ProjectRepository(*database).create(makeProject(QStringLiteral("Q")));
    CostLineRepository lines(*database);
    lines.add(makeLine(p, 1'001, EUR, QDate(2025, 12, 29))); // Monday of 2026-W01
    lines.add(makeLine(p, 2'003, EUR, QDate(2026, 1, 1)));
    lines.add(makeLine(q, 3'005, EUR, QDate(2026, 1, 4), CostCategory::Cloud)); // Sunday of 2026-W01
    lines.add(makeLine(p, 517, EUR, QDate(2026, 3, 31)));
    lines.add(makeLine(q, 719, EUR, QDate(2026, 4, 1)));
    lines.add(makeLine(p, 4'007, EUR, QDate(2026, 12, 28))); // Monday of 2026-W53
    lines.add(makeLine(p, 5'009, EUR, QDate(2026, 12, 31)));
    lines.add(makeLine(q, 6'011, EUR, QDate(2027, 1, 1)));
    lines.add(makeLine(p, 7'013, EUR, QDate(2027, 1, 3))); // Sunday of 2026-W53
    lines.add(makeLine(p, 811, EUR, QDate(2027, 3, 31)));
    lines.add(makeLine(q, 913, EUR, QDate(2027, 4, 1)));
    // Service periods across the years' boundaries.
    lines.add(serviceLine(p, 100'003, QDate(2026, 12, 15), QDate(2026, 12, 15), QDate(2027, 1, 15)));
    lines.add(serviceLine(q, 9'997, QDate(2026, 4, 10), QDate(2026, 3, 20), QDate(2026, 4, 10),
                          CostCategory::Cloud));
    lines.add(serviceLine(p, 70'001, QDate(2025, 12, 25), QDate(2025, 12, 25), QDate(2026, 1, 7),
                          CostCategory::Salaries));
    const Minor everything = 211'010;
    const RawLedger raw(readLines(*database), basis);
    const DashboardQuery all;
    QCOMPARE(qint64(raw.sum(all, { QDate(2025, 1, 1), QDate(2028, 12, 31) })), qint64(everything));

    // A period over both years, seen once every fact is known.
    DashboardQuery query = customQuery(IsoWeek(2025, 40), IsoWeek(2027, 20), IsoWeek(2027, 30));
    query.basis = basis;
    const QList<PeriodFigures> years = periodFigures(*database, query, PeriodKind::Year);
    QCOMPARE(years.size(), qsizetype(3));
    const QDate factsUntil(2027, 6, 30); // the end of the quarter holding the period's last day
    Minor sum = 0;
    QStringList actuals;
    for (const PeriodFigures &year : years) {
        QCOMPARE(year.days, fiscalYearOf(year.days.first, fiscalStart));
        QCOMPARE(qint64(year.actual),
                 qint64(raw.sum(all, { year.days.first, std::min(year.days.last, factsUntil) })));
        if (basis == CostBasis::Cash)
            QCOMPARE(qint64(year.actual),
                     qint64(sqlCashSum(*database, all,
                                       { year.days.first, std::min(year.days.last, factsUntil) })));
        actuals << year.key + u' ' + QString::number(year.actual);
        sum += year.actual;
    }
    QCOMPARE(qint64(sum), qint64(everything));
    for (int i = 0; i + 1 < years.size(); ++i) {
        const DayRange both { years.at(i).days.first, years.at(i + 1).days.last };
        QCOMPARE(qint64(years.at(i).actual + years.at(i + 1).actual), qint64(raw.sum(all, both)));
    }
    if (basis == CostBasis::Cash) {
        const QStringList expected = fiscalStart == 1
            ? QStringList { QStringLiteral("2025 71002"), QStringLiteral("2026 125260"),
                            QStringLiteral("2027 14748") }
            : QStringList { QStringLiteral("FY2025 76527"), QStringLiteral("FY2026 133570"),
                            QStringLiteral("FY2027 913") };
        QCOMPARE(actuals, expected);
    }

    // 2026-W01 and 2026-W53 are cut at the year's first day for the year to date.
    const Minor firstDaysOf2026 = raw.sum(all, { QDate(2026, 1, 1), QDate(2026, 1, 4) });
    const Minor firstDaysOf2027 = raw.sum(all, { QDate(2027, 1, 1), QDate(2027, 1, 3) });
    QCOMPARE(qint64(firstDaysOf2026),
             qint64(basis == CostBasis::Cash ? 2'003 + 3'005
                                             : 2'003 + 3'005
                            + expectedShare(70'001, { QDate(2025, 12, 25), QDate(2026, 1, 6) },
                                            { QDate(2026, 1, 1), QDate(2026, 1, 4) })));
    for (const PeriodPreset preset : { PeriodPreset::YearToDate, PeriodPreset::QuarterToDate }) {
        const DashboardSnapshot w01
            = DashboardSnapshot::compute(*database, presetQuery(preset, IsoWeek(2026, 1), basis));
        const DashboardSnapshot w53
            = DashboardSnapshot::compute(*database, presetQuery(preset, IsoWeek(2026, 53), basis));
        if (fiscalStart == 1 || preset == PeriodPreset::QuarterToDate) {
            QCOMPARE(w01.kpis.periodToDate, Money(firstDaysOf2026, EUR));
            QCOMPARE(w53.kpis.periodToDate, Money(firstDaysOf2027, EUR));
        } else {
            QCOMPARE(w01.kpis.periodToDate,
                     Money(raw.sum(all, { QDate(2025, 4, 1), QDate(2026, 1, 4) }), EUR));
            QCOMPARE(w53.kpis.periodToDate,
                     Money(raw.sum(all, { QDate(2026, 4, 1), QDate(2027, 1, 3) }), EUR));
        }
    }
}

void TestDashboardSnapshot::budgetStartingMidPeriod()
{
    const auto database = openTestDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("M")));
    // March 2026 at 10,000 a day; 2026-W09 (23 Feb - 1 Mar) holds its first day, 2026-W14
    // (30 Mar - 5 Apr) its last two.
    BudgetRepository(*database).set(makeBudget(project, PeriodKind::Month, QDate(2026, 3, 1), 310'000));
    CostLineRepository lines(*database);
    lines.add(makeLine(project, 12'345, EUR, QDate(2026, 2, 10)));
    lines.add(makeLine(project, 54'321, EUR, QDate(2026, 3, 10)));

    const DashboardSnapshot snapshot = DashboardSnapshot::compute(
        *database, customQuery(IsoWeek(2026, 6), IsoWeek(2026, 15), IsoWeek(2026, 12)));
    QVERIFY(snapshot.hasBudget);
    QCOMPARE(snapshot.points.size(), qsizetype(10));
    const QList<Minor> expected { 0, 0, 0, 10'000, 70'000, 70'000, 70'000, 70'000, 20'000, 0 };
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(qint64(snapshot.points.at(i).budget), qint64(expected.at(i)));
    QCOMPARE(qint64(snapshot.points.constLast().cumulativeBudget), qint64(310'000));
    // Budget to date at 2026-W12 (through 22 March): 22 days.
    QCOMPARE(text(minorOf(snapshot.kpis.budgetToDate)), text(Minor(220'000)));
    QCOMPARE(snapshot.kpis.periodToDate, Money(66'666, EUR));
    QCOMPARE(snapshot.kpis.consumedRatio, std::optional<double>(66'666.0 / 220'000.0));
    QCOMPARE(text(minorOf(snapshot.kpis.budgetAtHorizon)), text(Minor(310'000))); // Q1 2026

    // A period that ends before the budget starts: no budget covers its days, but the quarter of
    // the forecast (Q1 2026, to 2026-W14) holds the whole budget.
    const DashboardSnapshot before = DashboardSnapshot::compute(
        *database, customQuery(IsoWeek(2026, 2), IsoWeek(2026, 8), IsoWeek(2026, 8)));
    QVERIFY(before.hasBudget);
    QCOMPARE(qint64(before.periodTotal), qint64(12'345));
    QVERIFY(!before.kpis.budgetToDate.has_value());
    QVERIFY(!before.kpis.consumedRatio.has_value()); // no division by a missing budget
    QCOMPARE(before.kpis.forecastHorizon, IsoWeek(2026, 14));
    QCOMPARE(text(minorOf(before.kpis.budgetAtHorizon)), text(Minor(310'000)));
    QCOMPARE(before.kpis.health,
             BudgetHealthRule::assess(12'345, std::nullopt, before.kpis.forecast.minorUnits(), 310'000));
    QVERIFY(before.kpis.health != BudgetHealth::NoBudget);

    // Once the reference week is past the period, the chart stops with it, and the quarter's
    // forecast is its known total (facts to 31 March).
    const DashboardSnapshot past = DashboardSnapshot::compute(
        *database, customQuery(IsoWeek(2026, 2), IsoWeek(2026, 8), IsoWeek(2026, 20)));
    QCOMPARE(past.points.size(), qsizetype(7));
    QCOMPARE(qint64(past.periodTotal), qint64(12'345));
    QCOMPARE(past.kpis.forecastPeriod, (DayRange { QDate(2026, 1, 1), QDate(2026, 3, 31) }));
    QCOMPARE(past.kpis.forecast, Money(66'666, EUR));
    QCOMPARE(past.kpis.forecastProjected, Money(0, EUR));
    QCOMPARE(text(minorOf(past.kpis.budgetAtHorizon)), text(Minor(310'000)));
    QVERIFY(past.hasBudget);
    QCOMPARE(past.kpis.health, BudgetHealth::Green);
    for (const Minor value : past.forecastCumulative)
        QCOMPARE(qint64(value), qint64(0));
}

void TestDashboardSnapshot::budgetDetailIsChosenPerFiscalYear()
{
    const auto database = openTestDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("Y")));
    BudgetRepository budgets(*database);
    // 2025 budgeted by quarter (Q4: 92 days at 1,000 a day), January 2026 already by month
    // (31 days at 1,000 a day), as a CFO plans the next year in December, and a 2026 year budget
    // that January's month refines.
    budgets.set(makeBudget(project, PeriodKind::Quarter, QDate(2025, 10, 1), 92'000));
    budgets.set(makeBudget(project, PeriodKind::Month, QDate(2026, 1, 1), 31'000));
    budgets.set(makeBudget(project, PeriodKind::Year, QDate(2026, 1, 1), 36'500'000));
    const DashboardQuery yearEnd = customQuery(IsoWeek(2025, 52), IsoWeek(2026, 2), IsoWeek(2026, 2));
    DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, yearEnd);
    QCOMPARE(snapshot.periodPoints().size(), qsizetype(3));
    // 2026-W01 (29 Dec - 4 Jan): three days of the quarter, four of January.
    for (const WeeklyPoint &point : snapshot.periodPoints())
        QCOMPARE(qint64(point.budget), qint64(7'000));

    // A portfolio budget for 2026 only: 2025 still counts the projects' budgets.
    budgets.set(makeBudget(std::nullopt, PeriodKind::Month, QDate(2026, 1, 1), 62'000));
    snapshot = DashboardSnapshot::compute(*database, yearEnd);
    const QList<Minor> expected { 7'000, 3'000 + 8'000, 14'000 };
    const BudgetOracle oracle(*database);
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(qint64(snapshot.periodPoints().at(i).budget), qint64(expected.at(i)));
        QCOMPARE(qint64(oracle.selection(yearEnd, snapshot.points.at(i).days).value_or(-1)),
                 qint64(expected.at(i)));
    }
}

void TestDashboardSnapshot::fiscalYearNotStartingInJanuary()
{
    const auto database = openTestDatabase();
    DatabaseSettings(*database).setFiscalYearStartMonth(4);
    QCOMPARE(DatabaseSettings(*database).fiscalYearStartMonth(), 4);
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("F")));
    // The whole portfolio's fiscal year April 2026 - March 2027, 1,000 a day.
    BudgetRepository(*database).set(makeBudget(std::nullopt, PeriodKind::Year, QDate(2026, 4, 1), 365'000));
    CostLineRepository lines(*database);
    lines.add(makeLine(project, 1'111, EUR, QDate(2026, 3, 31))); // 2026-W14, the day before the fiscal year
    lines.add(makeLine(project, 2'222, EUR, QDate(2026, 4, 1)));
    lines.add(makeLine(project, 3'333, EUR, QDate(2026, 11, 24)));

    DashboardQuery query = presetQuery(PeriodPreset::YearToDate, IsoWeek(2026, 48));
    const DashboardSnapshot year = DashboardSnapshot::compute(*database, query);
    QCOMPARE(year.days, (DayRange { QDate(2026, 4, 1), QDate(2026, 11, 29) }));
    QCOMPARE(year.range, (WeekRange { IsoWeek(2026, 14), IsoWeek(2026, 48) }));
    QCOMPARE(year.kpis.forecastPeriod, (DayRange { QDate(2026, 4, 1), QDate(2027, 3, 31) }));
    QCOMPARE(year.kpis.forecastHorizon, IsoWeek(2027, 13));
    QCOMPARE(year.points.constLast().week, IsoWeek(2027, 13));
    QCOMPARE(year.points.constLast().days, (DayRange { QDate(2027, 3, 29), QDate(2027, 3, 31) }));
    QCOMPARE(year.points.first().days, (DayRange { QDate(2026, 4, 1), QDate(2026, 4, 5) }));
    QCOMPARE(qint64(year.points.first().budget), qint64(5'000));
    QCOMPARE(qint64(year.points.first().actual), qint64(2'222)); // not 31 March's line
    // 1 Apr - 29 Nov: 243 days; the whole year "of the FY2026 budget".
    QCOMPARE(text(minorOf(year.kpis.budgetToDate)), text(Minor(243'000)));
    QCOMPARE(text(minorOf(year.kpis.budgetAtHorizon)), text(Minor(365'000)));
    QCOMPARE(qint64(year.periodTotal), qint64(5'555));
    QCOMPARE(year.kpis.periodToDate, Money(5'555, EUR));
    QCOMPARE(year.kpis.forecastPeriodToDate, Money(5'555, EUR));
    QCOMPARE(snapshotToJson(year)
                 .value(QStringLiteral("kpis"))
                 .toObject()
                 .value(QStringLiteral("forecast_period"))
                 .toString(),
             QStringLiteral("FY2026"));

    query.preset = PeriodPreset::QuarterToDate;
    const DashboardSnapshot quarter = DashboardSnapshot::compute(*database, query);
    QCOMPARE(quarter.days, (DayRange { QDate(2026, 10, 1), QDate(2026, 11, 29) }));
    QCOMPARE(quarter.range, (WeekRange { IsoWeek(2026, 40), IsoWeek(2026, 48) }));
    QCOMPARE(quarter.kpis.forecastPeriod, (DayRange { QDate(2026, 10, 1), QDate(2026, 12, 31) }));
    QCOMPARE(quarter.kpis.forecastHorizon, IsoWeek(2026, 53));
    // 1 Oct - 29 Nov: 60 days; the quarter 1 Oct - 31 Dec: 92 days.
    QCOMPARE(text(minorOf(quarter.kpis.budgetToDate)), text(Minor(60'000)));
    QCOMPARE(text(minorOf(quarter.kpis.budgetAtHorizon)), text(Minor(92'000)));
    QCOMPARE(qint64(quarter.periodTotal), qint64(3'333));
    QCOMPARE(snapshotToJson(quarter)
                 .value(QStringLiteral("kpis"))
                 .toObject()
                 .value(QStringLiteral("forecast_period"))
                 .toString(),
             QStringLiteral("FY2026-Q3"));
}

void TestDashboardSnapshot::referenceWeekBeforePeriod()
{
    // A custom period after the reporting week (e.g. `costboard snapshot --from 2027-W01 --to
    // 2027-W10` run in 2026): the reporting week is clamped into the period, nothing crashes.
    const auto database = openTestDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("R")));
    CostLineRepository lines(*database);
    lines.add(makeLine(project, 700, EUR, QDate(2027, 1, 5)));
    lines.add(makeLine(project, 900, EUR, QDate(2027, 1, 13)));

    const DashboardSnapshot snapshot = DashboardSnapshot::compute(
        *database, customQuery(IsoWeek(2027, 1), IsoWeek(2027, 10), IsoWeek(2026, 48)));
    QCOMPARE(snapshot.range, (WeekRange { IsoWeek(2027, 1), IsoWeek(2027, 10) }));
    QCOMPARE(snapshot.kpis.week, IsoWeek(2027, 1));
    QCOMPARE(snapshot.kpis.asOf, QDate(2027, 1, 10));
    QCOMPARE(snapshot.kpis.forecastPeriod, (DayRange { QDate(2027, 1, 1), QDate(2027, 3, 31) }));
    QCOMPARE(snapshot.periodPoints().size(), qsizetype(10));
    QCOMPARE(snapshot.points.size(), qsizetype(13)); // on to the quarter's end, 2027-W13
    QCOMPARE(qint64(snapshot.periodTotal), qint64(1'600));
    QCOMPARE(snapshot.kpis.thisWeek, Money(700, EUR));
    QCOMPARE(snapshot.kpis.periodToDate, Money(700, EUR));
    QVERIFY(!snapshot.points.first().future);
    QVERIFY(snapshot.points.at(1).future);
    // A line after the reporting date is in the period's total but not in the actual line to
    // date; the forecast counts it as booked ahead.
    QCOMPARE(qint64(snapshot.points.at(1).actual), qint64(900));
    QCOMPARE(qint64(snapshot.points.at(1).cumulativeActual), qint64(700));
    QCOMPARE(qint64(snapshot.points.constLast().cumulativeActual), qint64(700));
    QCOMPARE(snapshot.kpis.forecastPeriodToDate, Money(700, EUR));
    QCOMPARE(snapshot.kpis.forecastCommitted, Money(900, EUR));
    QCOMPARE(qint64(snapshot.kpis.forecast.minorUnits()),
             qint64(700 + 900 + snapshot.kpis.forecastScheduled.minorUnits()
                    + snapshot.kpis.forecastProjected.minorUnits()));
}

void TestDashboardSnapshot::healthAtTheThresholds_data()
{
    QTest::addColumn<qint64>("spent");
    QTest::addColumn<BudgetHealth>("expected");
    // Against 9,100,000 (Q1 2024, 91 days at 100,000), all of it to date.
    QTest::newRow("89.99 %") << qint64(8'189'090) << BudgetHealth::Green;
    QTest::newRow("90 %") << qint64(8'190'000) << BudgetHealth::Amber;
    QTest::newRow("99.99 %") << qint64(9'099'090) << BudgetHealth::Amber;
    QTest::newRow("exactly 100 %") << qint64(9'100'000) << BudgetHealth::Amber;
    QTest::newRow("100 % and one cent") << qint64(9'100'001) << BudgetHealth::Red;
    QTest::newRow("100.01 %") << qint64(9'100'910) << BudgetHealth::Red;
}

// Exactly 100 % of the budget to date consumed is amber; a hundredth of a percent more is red.
void TestDashboardSnapshot::healthAtTheThresholds()
{
    QFETCH(qint64, spent);
    QFETCH(BudgetHealth, expected);
    const auto database = openTestDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("H")));
    BudgetRepository(*database).set(makeBudget(project, PeriodKind::Quarter, QDate(2024, 1, 1), 9'100'000));
    CostLineRepository lines(*database);
    lines.add(makeLine(project, spent / 3, EUR, QDate(2024, 1, 10)));
    lines.add(makeLine(project, spent / 3, EUR, QDate(2024, 2, 14)));
    lines.add(makeLine(project, spent - 2 * (spent / 3), EUR, QDate(2024, 3, 20)));

    // 2024-W13 ends on Sunday 31 March, the quarter's last day: nothing left to forecast.
    const DashboardSnapshot snapshot
        = DashboardSnapshot::compute(*database, presetQuery(PeriodPreset::QuarterToDate, IsoWeek(2024, 13)));
    QCOMPARE(snapshot.kpis.asOf, QDate(2024, 3, 31));
    QCOMPARE(snapshot.kpis.periodToDate, Money(spent, EUR));
    QCOMPARE(text(minorOf(snapshot.kpis.budgetToDate)), text(Minor(9'100'000)));
    QCOMPARE(text(minorOf(snapshot.kpis.budgetAtHorizon)), text(Minor(9'100'000)));
    QCOMPARE(snapshot.kpis.consumedRatio, std::optional<double>(double(spent) / 9'100'000.0));
    QCOMPARE(snapshot.kpis.forecast, Money(spent, EUR));
    QCOMPARE(snapshot.kpis.health, BudgetHealthRule::assess(spent, 9'100'000, spent, 9'100'000));
    QCOMPARE(snapshot.kpis.health, expected);
    QCOMPARE(snapshotToJson(snapshot)
                 .value(QStringLiteral("kpis"))
                 .toObject()
                 .value(QStringLiteral("health"))
                 .toString(),
             toKey(expected));
}

void TestDashboardSnapshot::recurringCostsAreScheduled_data()
{
    QTest::addColumn<CostBasis>("basis");
    QTest::addColumn<bool>("servicePeriods");
    for (const CostBasis basis : { CostBasis::Accrual, CostBasis::Cash }) {
        QTest::addRow("payroll for its month, %s", basisName(basis)) << basis << true;
        QTest::addRow("payroll without service periods, %s", basisName(basis)) << basis << false;
    }
}

// Payroll booked at each month's end for that month, up to November, is scheduled for December;
// the same invoices without service periods are one-offs, not extrapolated.
void TestDashboardSnapshot::recurringCostsAreScheduled()
{
    QFETCH(CostBasis, basis);
    QFETCH(bool, servicePeriods);
    const auto database = openTestDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("P")));
    CostLineRepository lines(*database);
    const auto payroll = [](int month) {
        return Minor(4'500'000 + 1'001 * month);
    };
    const auto book = [&](int month) {
        const DayRange days = FiscalCalendar::month(QDate(2026, month, 1));
        if (servicePeriods)
            lines.add(serviceLine(project, payroll(month), days.last, days.first, days.last.addDays(1),
                                  CostCategory::Salaries, QStringLiteral("Payroll")));
        else
            lines.add(makeLine(project, payroll(month), EUR, days.last, CostCategory::Salaries,
                               QStringLiteral("Payroll")));
    };
    for (int month = 1; month <= 11; ++month)
        book(month);

    // The quarter to date at 2026-W49 (30 Nov - 6 Dec): December has nothing booked yet.
    const DashboardQuery query = presetQuery(PeriodPreset::QuarterToDate, IsoWeek(2026, 49), basis);
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
    QCOMPARE(snapshot.kpis.asOf, QDate(2026, 12, 6));
    QCOMPARE(snapshot.kpis.forecastPeriod, (DayRange { QDate(2026, 10, 1), QDate(2026, 12, 31) }));
    QCOMPARE(snapshot.kpis.forecastPeriodToDate, Money(payroll(10) + payroll(11), EUR));
    QCOMPARE(snapshot.kpis.forecastCommitted, Money(0, EUR));
    QCOMPARE(snapshot.kpis.forecastProjected, Money(0, EUR));
    QCOMPARE(snapshot.forecastParts.size(), qsizetype(1));
    const SeriesForecast &part = snapshot.forecastParts.first();
    if (servicePeriods) {
        QVERIFY(snapshot.kpis.forecastScheduled.minorUnits() > 0);
        QCOMPARE(snapshot.kpis.forecastScheduled, Money(payroll(11), EUR));
        QCOMPARE(snapshot.kpis.forecast, Money(payroll(10) + 2 * payroll(11), EUR));
        QCOMPARE(part.variableMethod, ForecastMethod::None);
        // The chart's forecast weeks carry December's scheduled payroll after the reporting date.
        Minor charted = 0;
        for (const WeeklyPoint &point : snapshot.points)
            charted += point.forecast;
        QCOMPARE(qint64(charted),
                 qint64(expectedShare(payroll(11), { QDate(2026, 12, 1), QDate(2026, 12, 31) },
                                      { QDate(2026, 12, 7), QDate(2026, 12, 31) })));
        QCOMPARE(qint64(snapshot.forecastCumulative.constLast()),
                 qint64(snapshot.kpis.forecast.minorUnits()));

        // Once December is booked nothing is scheduled: it is in the ledger.
        book(12);
        const DashboardSnapshot booked = DashboardSnapshot::compute(*database, query);
        QCOMPARE(booked.kpis.forecastScheduled, Money(0, EUR));
        QCOMPARE(booked.kpis.forecast, Money(payroll(10) + payroll(11) + payroll(12), EUR));
        const Minor decemberToDate = basis == CostBasis::Cash
            ? 0
            : expectedShare(payroll(12), { QDate(2026, 12, 1), QDate(2026, 12, 31) },
                            { QDate(2026, 12, 1), QDate(2026, 12, 6) });
        QCOMPARE(booked.kpis.forecastPeriodToDate, Money(payroll(10) + payroll(11) + decemberToDate, EUR));
        QCOMPARE(booked.kpis.forecastCommitted, Money(payroll(12) - decemberToDate, EUR));
    } else {
        QCOMPARE(snapshot.kpis.forecastScheduled, Money(0, EUR));
        QCOMPARE(snapshot.kpis.forecast, Money(payroll(10) + payroll(11), EUR));
        QCOMPARE(part.variableMethod, ForecastMethod::NotExtrapolated);
    }
}

void TestDashboardSnapshot::oneOffInvoiceMovesForecastByItsAmount_data()
{
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<QString>("method");
    // 1,000.00 a day: from July, 19 seven-day blocks (a trend); from 19 October, four (a run rate).
    QTest::newRow("trend") << QDate(2026, 7, 6) << QStringLiteral("trend");
    QTest::newRow("run rate") << QDate(2026, 10, 19) << QStringLiteral("run-rate");
}

// A one-off invoice in the reporting week, on a series with steady weekly spend, moves the
// forecast by the invoice's amount only (within 0.5 % of it): it is not extrapolated.
void TestDashboardSnapshot::oneOffInvoiceMovesForecastByItsAmount()
{
    QFETCH(QDate, firstDay);
    QFETCH(QString, method);
    const auto database = openTestDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("S")));
    const QDate asOf(2026, 11, 15); // Sunday of 2026-W46
    QList<CostLine> daily;
    for (QDate day = firstDay; day <= asOf; day = day.addDays(1))
        daily << makeLine(project, 100'000, EUR, day);
    CostLineRepository(*database).addAll(daily);

    const DashboardQuery query = presetQuery(PeriodPreset::QuarterToDate, IsoWeek(2026, 46));
    const DashboardSnapshot steady = DashboardSnapshot::compute(*database, query);
    QCOMPARE(steady.forecastParts.size(), qsizetype(1));
    QCOMPARE(toKey(steady.forecastParts.first().variableMethod), method);
    // A steady series forecasts itself: 1,000.00 a day for the 46 days to 31 December.
    const Minor toDate = 100'000 * (std::max(firstDay, QDate(2026, 10, 1)).daysTo(asOf) + 1);
    QCOMPARE(steady.kpis.forecastPeriodToDate, Money(toDate, EUR));
    QCOMPARE(steady.kpis.forecast, Money(toDate + 46 * 100'000, EUR));

    const Minor invoice = 5'000'000; // 50,000.00, seven weeks of spend
    CostLineRepository(*database).add(makeLine(project, invoice, EUR, QDate(2026, 11, 11)));
    const DashboardSnapshot withInvoice = DashboardSnapshot::compute(*database, query);
    QCOMPARE(withInvoice.kpis.forecastPeriodToDate, Money(toDate + invoice, EUR));
    const Minor moved = withInvoice.kpis.forecast.minorUnits() - steady.kpis.forecast.minorUnits();
    QVERIFY2(
        std::abs(moved - invoice) * 200 <= invoice,
        qPrintable(QStringLiteral(
                       "the forecast moved by %1 for a one-off invoice of %2 (projected %3 before, %4 after)")
                       .arg(moved)
                       .arg(invoice)
                       .arg(steady.kpis.forecastProjected.minorUnits())
                       .arg(withInvoice.kpis.forecastProjected.minorUnits())));
}

// A 3,000.00 line for 1 - 30 November 2026 invoiced on the 30th: 100.00 a day on the accrual
// basis, all of it on 30 November on the cash basis.
void TestDashboardSnapshot::accrualAndCashBasis()
{
    const auto database = openTestDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("B")));
    CostLineRepository(*database).add(serviceLine(project, 300'000, QDate(2026, 11, 30), QDate(2026, 11, 1),
                                                  QDate(2026, 12, 1), CostCategory::Cloud,
                                                  QStringLiteral("AWS")));
    const DayRange november { QDate(2026, 11, 1), QDate(2026, 11, 30) };

    const LedgerWindow accrualDays
        = LedgerWindow::read(*database, CostBasis::Accrual, { QDate(2026, 10, 31), QDate(2026, 12, 1) });
    const LedgerWindow cashDays
        = LedgerWindow::read(*database, CostBasis::Cash, { QDate(2026, 10, 31), QDate(2026, 12, 1) });
    for (QDate day(2026, 10, 31); day <= QDate(2026, 12, 1); day = day.addDays(1)) {
        QCOMPARE(qint64(accrualDays.total(DayRange { day, day })),
                 qint64(november.contains(day) ? 10'000 : 0));
        QCOMPARE(qint64(cashDays.total(DayRange { day, day })),
                 qint64(day == QDate(2026, 11, 30) ? 300'000 : 0));
    }

    // 2026-W44 (26 Oct - 1 Nov) to 2026-W49 (30 Nov - 6 Dec).
    DashboardQuery query = customQuery(IsoWeek(2026, 44), IsoWeek(2026, 49), IsoWeek(2026, 49));
    const QList<Minor> accrual { 10'000, 70'000, 70'000, 70'000, 70'000, 10'000 };
    const QList<Minor> cash { 0, 0, 0, 0, 0, 300'000 };
    for (const CostBasis basis : { CostBasis::Accrual, CostBasis::Cash }) {
        query.basis = basis;
        const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
        const QList<WeeklyPoint> points = snapshot.periodPoints();
        QCOMPARE(points.size(), qsizetype(6));
        for (int i = 0; i < points.size(); ++i) {
            QCOMPARE(qint64(points.at(i).actual), qint64((basis == CostBasis::Cash ? cash : accrual).at(i)));
            QCOMPARE(qint64(points.at(i).category(CostCategory::Cloud)), qint64(points.at(i).actual));
        }
        QCOMPARE(qint64(snapshot.periodTotal), qint64(300'000));
        QCOMPARE(snapshot.kpis.thisWeek, Money(basis == CostBasis::Cash ? 300'000 : 10'000, EUR));
        const QJsonObject json = snapshotToJson(snapshot);
        QCOMPARE(json.value(QStringLiteral("basis")).toString(), toKey(basis));
        QCOMPARE(json.value(QStringLiteral("basis")).toString(),
                 basis == CostBasis::Cash ? QStringLiteral("cash") : QStringLiteral("accrual"));
        QVERIFY(snapshotToText(snapshot).contains(toKey(basis) + QStringLiteral(" basis")));
    }
    // 2026-W45 on the accrual basis: seven days at 100.00.
    query.basis = CostBasis::Accrual;
    QCOMPARE(qint64(DashboardSnapshot::compute(*database, query).points.at(1).actual), qint64(70'000));
    QCOMPARE(DashboardSnapshot::compute(*database, query).points.at(1).week, IsoWeek(2026, 45));
}

QTEST_GUILESS_MAIN(TestDashboardSnapshot)
#include "tst_dashboardsnapshot.moc"
