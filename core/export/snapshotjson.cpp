#include "export/snapshotjson.h"

#include "analytics/dashboardsnapshot.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace costboard {
namespace {

QJsonValue optionalRatio(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalAmount(const std::optional<Money> &value)
{
    return value ? QJsonValue(qint64(value->minorUnits())) : QJsonValue(QJsonValue::Null);
}

QJsonArray breakdownToJson(const QList<BreakdownEntry> &entries)
{
    QJsonArray array;
    for (const BreakdownEntry &entry : entries) {
        QJsonObject object;
        if (entry.projectId) {
            object.insert(QStringLiteral("project_id"), qint64(*entry.projectId));
            object.insert(QStringLiteral("code"), entry.code);
            object.insert(QStringLiteral("name"), entry.label);
        } else if (entry.category) {
            object.insert(QStringLiteral("category"), CostCategories::key(*entry.category));
        } else {
            object.insert(QStringLiteral("vendor"), entry.label);
        }
        object.insert(QStringLiteral("amount_minor"), qint64(entry.amount));
        array.append(object);
    }
    return array;
}

QString methodKey(ForecastMethod method)
{
    return method == ForecastMethod::LinearTrend ? QStringLiteral("linear-trend") : QStringLiteral("run-rate");
}

QString healthKey(BudgetHealth health)
{
    switch (health) {
    case BudgetHealth::NoBudget:
        return QStringLiteral("no-budget");
    case BudgetHealth::Green:
        return QStringLiteral("green");
    case BudgetHealth::Amber:
        return QStringLiteral("amber");
    case BudgetHealth::Red:
        return QStringLiteral("red");
    }
    return QString();
}

QString percent(const std::optional<double> &value)
{
    return value ? QString::number(*value * 100.0, 'f', 1) + u'%' : QStringLiteral("n/a");
}

} // namespace

QJsonObject snapshotToJson(const DashboardSnapshot &snapshot)
{
    QJsonObject root;
    root.insert(QStringLiteral("currency"), snapshot.currency);
    root.insert(QStringLiteral("from"), snapshot.range.first.toString());
    root.insert(QStringLiteral("to"), snapshot.range.last.toString());
    root.insert(QStringLiteral("preset"), toKey(snapshot.query.preset));
    QJsonArray projects;
    for (const ProjectId id : snapshot.query.projects)
        projects.append(qint64(id));
    root.insert(QStringLiteral("project_filter"), projects);
    QJsonArray categories;
    for (const CostCategory category : snapshot.query.categories)
        categories.append(CostCategories::key(category));
    root.insert(QStringLiteral("category_filter"), categories);
    root.insert(QStringLiteral("total_minor"), qint64(snapshot.periodTotal));
    root.insert(QStringLiteral("unconverted_lines"), qint64(snapshot.unconvertedLines));
    root.insert(QStringLiteral("has_budget"), snapshot.hasBudget);

    const DashboardKpis &kpis = snapshot.kpis;
    QJsonObject kpiObject;
    kpiObject.insert(QStringLiteral("week"), kpis.week.toString());
    kpiObject.insert(QStringLiteral("this_week_minor"), qint64(kpis.thisWeek.minorUnits()));
    kpiObject.insert(QStringLiteral("previous_week_minor"), qint64(kpis.previousWeek.minorUnits()));
    kpiObject.insert(QStringLiteral("week_change_minor"), qint64(kpis.weekChange.minorUnits()));
    kpiObject.insert(QStringLiteral("week_change_ratio"), optionalRatio(kpis.weekChangeRatio));
    kpiObject.insert(QStringLiteral("four_week_average_minor"), qint64(kpis.fourWeekAverage.minorUnits()));
    kpiObject.insert(QStringLiteral("period_to_date_minor"), qint64(kpis.periodToDate.minorUnits()));
    kpiObject.insert(QStringLiteral("budget_to_date_minor"), optionalAmount(kpis.budgetToDate));
    kpiObject.insert(QStringLiteral("consumed_ratio"), optionalRatio(kpis.consumedRatio));
    kpiObject.insert(QStringLiteral("forecast_horizon"), kpis.forecastHorizon.toString());
    kpiObject.insert(QStringLiteral("forecast_method"), methodKey(kpis.forecastMethod));
    kpiObject.insert(QStringLiteral("forecast_minor"), qint64(kpis.forecast.minorUnits()));
    kpiObject.insert(QStringLiteral("run_rate_forecast_minor"), qint64(kpis.runRateForecast.minorUnits()));
    kpiObject.insert(QStringLiteral("trend_forecast_minor"), qint64(kpis.trendForecast.minorUnits()));
    kpiObject.insert(QStringLiteral("budget_at_horizon_minor"), optionalAmount(kpis.budgetAtHorizon));
    kpiObject.insert(QStringLiteral("forecast_ratio"), optionalRatio(kpis.forecastRatio));
    kpiObject.insert(QStringLiteral("health"), healthKey(kpis.health));
    root.insert(QStringLiteral("kpis"), kpiObject);

    QJsonArray weeks;
    for (int i = 0; i < snapshot.points.size(); ++i) {
        const WeeklyPoint &point = snapshot.points.at(i);
        QJsonObject week;
        week.insert(QStringLiteral("week"), point.week.toString());
        week.insert(QStringLiteral("in_period"), snapshot.range.contains(point.week));
        week.insert(QStringLiteral("future"), point.future);
        week.insert(QStringLiteral("actual_minor"), qint64(point.actual));
        week.insert(QStringLiteral("budget_minor"), qint64(point.budget));
        week.insert(QStringLiteral("cumulative_actual_minor"), qint64(point.cumulativeActual));
        week.insert(QStringLiteral("cumulative_budget_minor"), qint64(point.cumulativeBudget));
        week.insert(QStringLiteral("forecast_cumulative_minor"), qint64(snapshot.forecastCumulative.value(i)));
        QJsonObject byCategory;
        for (const CategoryInfo &info : CostCategories::all()) {
            if (const std::int64_t amount = point.category(info.category); amount != 0)
                byCategory.insert(QLatin1String(info.key), qint64(amount));
        }
        week.insert(QStringLiteral("by_category_minor"), byCategory);
        weeks.append(week);
    }
    root.insert(QStringLiteral("weeks"), weeks);
    root.insert(QStringLiteral("by_category"), breakdownToJson(snapshot.byCategory));
    root.insert(QStringLiteral("by_project"), breakdownToJson(snapshot.byProject));
    root.insert(QStringLiteral("by_vendor"), breakdownToJson(snapshot.byVendor));

    QJsonArray movers;
    for (const Mover &mover : snapshot.movers) {
        QJsonObject object;
        if (mover.projectId)
            object.insert(QStringLiteral("project_id"), qint64(*mover.projectId));
        if (mover.category)
            object.insert(QStringLiteral("category"), CostCategories::key(*mover.category));
        object.insert(QStringLiteral("label"), mover.label);
        object.insert(QStringLiteral("this_week_minor"), qint64(mover.thisWeek));
        object.insert(QStringLiteral("previous_week_minor"), qint64(mover.previousWeek));
        object.insert(QStringLiteral("change_minor"), qint64(mover.change()));
        movers.append(object);
    }
    root.insert(QStringLiteral("movers"), movers);
    return root;
}

QString snapshotToText(const DashboardSnapshot &snapshot)
{
    QString text;
    QTextStream out(&text);
    auto amount = [&](std::int64_t minor) -> QString { return snapshot.money(minor).toPlainString() + u' ' + snapshot.currency; };
    const DashboardKpis &kpis = snapshot.kpis;

    out << "CostBoard snapshot " << snapshot.range.first.toString() << " to " << snapshot.range.last.toString()
        << " (" << snapshot.currency << ")\n\n";
    out << qSetFieldWidth(34) << Qt::left << "Total for the period" << qSetFieldWidth(0) << amount(snapshot.periodTotal) << "\n";
    out << qSetFieldWidth(34) << QStringLiteral("This week (%1)").arg(kpis.week.toString()) << qSetFieldWidth(0)
        << amount(kpis.thisWeek.minorUnits()) << "\n";
    out << qSetFieldWidth(34) << "Change vs last week" << qSetFieldWidth(0) << amount(kpis.weekChange.minorUnits()) << " ("
        << percent(kpis.weekChangeRatio) << ")\n";
    out << qSetFieldWidth(34) << "4-week average" << qSetFieldWidth(0) << amount(kpis.fourWeekAverage.minorUnits()) << "\n";
    out << qSetFieldWidth(34) << "Budget to date" << qSetFieldWidth(0)
        << (kpis.budgetToDate ? amount(kpis.budgetToDate->minorUnits()) : QStringLiteral("none")) << " (consumed "
        << percent(kpis.consumedRatio) << ")\n";
    out << qSetFieldWidth(34) << QStringLiteral("Forecast at %1").arg(kpis.forecastHorizon.toString()) << qSetFieldWidth(0)
        << amount(kpis.forecast.minorUnits()) << " (" << methodKey(kpis.forecastMethod) << ", "
        << percent(kpis.forecastRatio) << " of budget)\n";
    if (snapshot.unconvertedLines > 0)
        out << "Lines without an FX rate (not counted): " << snapshot.unconvertedLines << "\n";

    out << "\nWeek        Actual              Budget\n";
    for (const WeeklyPoint &point : snapshot.periodPoints()) {
        out << qSetFieldWidth(12) << point.week.toString() << qSetFieldWidth(20) << amount(point.actual)
            << amount(point.budget) << qSetFieldWidth(0) << "\n";
    }
    out << "\nBy category\n";
    for (const BreakdownEntry &entry : snapshot.byCategory)
        out << "  " << qSetFieldWidth(24) << entry.label << qSetFieldWidth(0) << amount(entry.amount) << "\n";
    out << "\nBy project\n";
    for (const BreakdownEntry &entry : snapshot.byProject)
        out << "  " << qSetFieldWidth(8) << entry.code << qSetFieldWidth(34) << entry.label << qSetFieldWidth(0)
            << amount(entry.amount) << "\n";
    return text;
}

} // namespace costboard
