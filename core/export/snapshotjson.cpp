// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/snapshotjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

#include "analytics/dashboardsnapshot.h"
#include "domain/displaynames.h"

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

QString periodKindKey(PeriodKind kind)
{
    return toKey(BudgetPeriodKind(kind));
}

// The plain-text report is read by people: their language's words, number and money format
// ("1 205 248,08 €", "€1,205,248.08"), category names rather than keys.
QString percent(const std::optional<double> &value)
{
    if (!value)
        return QCoreApplication::translate("SnapshotText", "n/a", "a ratio without a budget to divide by");
    const QLocale locale;
    return locale.toString(*value * 100.0, 'f', 1)
        + (locale.language() == QLocale::French ? QStringLiteral("\u00a0%") : QStringLiteral("%"));
}

QString none()
{
    return QCoreApplication::translate("SnapshotText", "none", "no budget");
}

// A label padded to `width` characters, then the text that follows it.
QString padded(const QString &label, int width)
{
    return label.leftJustified(width, u' ');
}

} // namespace

QString periodPartitionKey(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Month:
        return QStringLiteral("month");
    case PeriodKind::Quarter:
        return QStringLiteral("quarter");
    case PeriodKind::Year:
        return QStringLiteral("fiscal-year");
    }
    return QString();
}

std::optional<PeriodKind> periodPartitionFromKey(QStringView key)
{
    for (const PeriodKind kind : { PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year }) {
        if (key == periodPartitionKey(kind))
            return kind;
    }
    return std::nullopt;
}

QJsonArray periodFiguresToJson(const QList<PeriodFigures> &periods)
{
    QJsonArray array;
    for (const PeriodFigures &period : periods) {
        QJsonObject object;
        object.insert(QStringLiteral("period"), period.key);
        object.insert(QStringLiteral("first_day"), period.days.first.toString(Qt::ISODate));
        object.insert(QStringLiteral("last_day"), period.days.last.toString(Qt::ISODate));
        object.insert(QStringLiteral("actual_minor"), qint64(period.actual));
        object.insert(QStringLiteral("budget_minor"),
                      period.budget ? QJsonValue(qint64(*period.budget)) : QJsonValue());
        object.insert(QStringLiteral("forecast_minor"), qint64(period.forecast));
        array.append(object);
    }
    return array;
}

QString periodFiguresToText(const DashboardSnapshot &snapshot, const QList<PeriodFigures> &periods)
{
    QString text;
    QTextStream out(&text);
    const QLocale locale;
    auto amount = [&](std::int64_t minor) {
        return snapshot.money(minor).toString(locale).rightJustified(20);
    };
    out << "\n"
        << padded(QCoreApplication::translate("SnapshotText", "Period"), 14)
        << QCoreApplication::translate("SnapshotText", "Actual").rightJustified(20)
        << QCoreApplication::translate("SnapshotText", "Budget").rightJustified(20)
        << QCoreApplication::translate("SnapshotText", "Forecast").rightJustified(20) << "\n";
    std::int64_t actual = 0, forecast = 0;
    std::optional<std::int64_t> budget;
    for (const PeriodFigures &period : periods) {
        out << padded(names::capitalized(names::periodKey(period.key)), 14) << amount(period.actual)
            << (period.budget ? amount(*period.budget) : none().rightJustified(20)) << amount(period.forecast)
            << "\n";
        Money::accumulate(actual, period.actual);
        Money::accumulate(forecast, period.forecast);
        if (period.budget)
            budget = Money::addMinorUnits(budget.value_or(0), *period.budget);
    }
    out << padded(QCoreApplication::translate("SnapshotText", "Sum"), 14) << amount(actual)
        << (budget ? amount(*budget) : none().rightJustified(20)) << amount(forecast) << "\n";
    return text;
}

QJsonObject snapshotToJson(const DashboardSnapshot &snapshot)
{
    QJsonObject root;
    root.insert(QStringLiteral("currency"), snapshot.currency);
    root.insert(QStringLiteral("basis"), toKey(snapshot.query.basis));
    root.insert(QStringLiteral("from"), snapshot.range.first.toString());
    root.insert(QStringLiteral("to"), snapshot.range.last.toString());
    root.insert(QStringLiteral("first_day"), snapshot.days.first.toString(Qt::ISODate));
    root.insert(QStringLiteral("last_day"), snapshot.days.last.toString(Qt::ISODate));
    root.insert(QStringLiteral("preset"), toKey(snapshot.query.preset));
    QJsonArray projects;
    for (const ProjectId id : snapshot.query.projects)
        projects.append(qint64(id));
    root.insert(QStringLiteral("project_filter"), projects);
    // The projects above are those decided at this level (absent: chosen one by one, or all).
    if (snapshot.query.decisionLevel)
        root.insert(QStringLiteral("decided_by"), toKey(*snapshot.query.decisionLevel));
    QJsonArray categories;
    for (const CostCategory category : snapshot.query.categories)
        categories.append(CostCategories::key(category));
    root.insert(QStringLiteral("category_filter"), categories);
    root.insert(QStringLiteral("total_minor"), qint64(snapshot.periodTotal));
    root.insert(QStringLiteral("unconverted_lines"), qint64(snapshot.unconvertedLines));
    root.insert(QStringLiteral("unallocated_minor"), qint64(snapshot.unallocatedTotal));
    root.insert(QStringLiteral("allocated_share"), snapshot.allocatedShare());
    root.insert(QStringLiteral("has_budget"), snapshot.hasBudget);

    const DashboardKpis &kpis = snapshot.kpis;
    QJsonObject kpiObject;
    kpiObject.insert(QStringLiteral("week"), kpis.week.toString());
    kpiObject.insert(QStringLiteral("as_of"), kpis.asOf.toString(Qt::ISODate));
    kpiObject.insert(QStringLiteral("this_week_minor"), qint64(kpis.thisWeek.minorUnits()));
    kpiObject.insert(QStringLiteral("previous_week_minor"), qint64(kpis.previousWeek.minorUnits()));
    kpiObject.insert(QStringLiteral("week_change_minor"), qint64(kpis.weekChange.minorUnits()));
    kpiObject.insert(QStringLiteral("week_change_ratio"), optionalRatio(kpis.weekChangeRatio));
    kpiObject.insert(QStringLiteral("four_week_average_minor"), qint64(kpis.fourWeekAverage.minorUnits()));
    kpiObject.insert(QStringLiteral("period_to_date_minor"), qint64(kpis.periodToDate.minorUnits()));
    kpiObject.insert(QStringLiteral("budget_to_date_minor"), optionalAmount(kpis.budgetToDate));
    kpiObject.insert(QStringLiteral("consumed_ratio"), optionalRatio(kpis.consumedRatio));
    kpiObject.insert(QStringLiteral("forecast_period"),
                     snapshot.calendar.periodKey(kpis.forecastPeriodKind, kpis.forecastPeriod.first));
    kpiObject.insert(QStringLiteral("forecast_period_kind"), periodKindKey(kpis.forecastPeriodKind));
    kpiObject.insert(QStringLiteral("forecast_period_first_day"),
                     kpis.forecastPeriod.first.toString(Qt::ISODate));
    kpiObject.insert(QStringLiteral("forecast_period_last_day"),
                     kpis.forecastPeriod.last.toString(Qt::ISODate));
    kpiObject.insert(QStringLiteral("forecast_horizon"), kpis.forecastHorizon.toString());
    kpiObject.insert(QStringLiteral("forecast_period_to_date_minor"),
                     qint64(kpis.forecastPeriodToDate.minorUnits()));
    kpiObject.insert(QStringLiteral("forecast_minor"), qint64(kpis.forecast.minorUnits()));
    kpiObject.insert(QStringLiteral("forecast_committed_minor"), qint64(kpis.forecastCommitted.minorUnits()));
    kpiObject.insert(QStringLiteral("forecast_scheduled_minor"), qint64(kpis.forecastScheduled.minorUnits()));
    kpiObject.insert(QStringLiteral("forecast_projected_minor"), qint64(kpis.forecastProjected.minorUnits()));
    kpiObject.insert(QStringLiteral("budget_at_horizon_minor"), optionalAmount(kpis.budgetAtHorizon));
    kpiObject.insert(QStringLiteral("period_consumed_ratio"), optionalRatio(kpis.periodConsumedRatio));
    kpiObject.insert(QStringLiteral("forecast_ratio"), optionalRatio(kpis.forecastRatio));
    kpiObject.insert(QStringLiteral("health"), toKey(kpis.health));
    root.insert(QStringLiteral("kpis"), kpiObject);

    if (snapshot.portfolioBudgets.envelope || snapshot.portfolioBudgets.projectsTotal) {
        QJsonObject position;
        const auto optionalMinor = [](const std::optional<std::int64_t> &value) {
            return value ? QJsonValue(qint64(*value)) : QJsonValue(QJsonValue::Null);
        };
        position.insert(QStringLiteral("envelope_minor"), optionalMinor(snapshot.portfolioBudgets.envelope));
        position.insert(QStringLiteral("projects_total_minor"),
                        optionalMinor(snapshot.portfolioBudgets.projectsTotal));
        position.insert(QStringLiteral("unallocated_minor"),
                        optionalMinor(snapshot.portfolioBudgets.unallocated()));
        root.insert(QStringLiteral("portfolio_budget"), position);
    }

    // Which method made each part of the forecast, per project x category.
    QJsonArray parts;
    for (const SeriesForecast &part : snapshot.forecastParts) {
        if (part.total() == 0)
            continue;
        QJsonObject object;
        object.insert(QStringLiteral("project_id"), qint64(part.projectId));
        object.insert(QStringLiteral("category"), CostCategories::key(part.category));
        object.insert(QStringLiteral("actual_minor"), qint64(part.actual));
        object.insert(QStringLiteral("committed_minor"), qint64(part.committed));
        object.insert(QStringLiteral("scheduled_minor"), qint64(part.scheduled));
        object.insert(QStringLiteral("projected_minor"), qint64(part.projected));
        object.insert(QStringLiteral("variable_method"), toKey(part.variableMethod));
        object.insert(QStringLiteral("forecast_minor"), qint64(part.total()));
        parts.append(object);
    }
    root.insert(QStringLiteral("forecast_parts"), parts);

    QJsonArray weeks;
    for (int i = 0; i < snapshot.points.size(); ++i) {
        const WeeklyPoint &point = snapshot.points.at(i);
        QJsonObject week;
        week.insert(QStringLiteral("week"), point.week.toString());
        week.insert(QStringLiteral("in_period"), snapshot.range.contains(point.week));
        week.insert(QStringLiteral("future"), point.future);
        week.insert(QStringLiteral("first_day"), point.days.first.toString(Qt::ISODate));
        week.insert(QStringLiteral("last_day"), point.days.last.toString(Qt::ISODate));
        week.insert(QStringLiteral("partial"), point.isPartial());
        week.insert(QStringLiteral("forecast_minor"), qint64(point.forecast));
        week.insert(QStringLiteral("actual_minor"), qint64(point.actual));
        week.insert(QStringLiteral("budget_minor"), qint64(point.budget));
        week.insert(QStringLiteral("cumulative_actual_minor"), qint64(point.cumulativeActual));
        week.insert(QStringLiteral("cumulative_budget_minor"), qint64(point.cumulativeBudget));
        week.insert(QStringLiteral("forecast_cumulative_minor"),
                    qint64(snapshot.forecastCumulative.value(i)));
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
    const QLocale locale;
    auto amount = [&](std::int64_t minor) {
        return snapshot.money(minor).toString(locale);
    };
    auto line = [&](const QString &label, const QString &value) {
        out << padded(label, 36) << value << "\n";
    };
    const DashboardKpis &kpis = snapshot.kpis;
    const QString basis = snapshot.query.basis == CostBasis::Cash
        ? QCoreApplication::translate("SnapshotText", "cash basis", "costs on their invoice date")
        : QCoreApplication::translate("SnapshotText", "accrual basis", "costs over their service period");

    out << QCoreApplication::translate("SnapshotText", "CostBoard snapshot %1 to %2 (%3 to %4, %5, %6)")
               .arg(snapshot.days.first.toString(Qt::ISODate), snapshot.days.last.toString(Qt::ISODate),
                    names::week(snapshot.range.first), names::week(snapshot.range.last), snapshot.currency,
                    basis)
        << "\n\n";
    line(QCoreApplication::translate("SnapshotText", "Total for the period"), amount(snapshot.periodTotal));
    line(QCoreApplication::translate("SnapshotText", "This week (%1)").arg(names::week(kpis.week)),
         amount(kpis.thisWeek.minorUnits()));
    line(QCoreApplication::translate("SnapshotText", "Change vs last week"),
         QStringLiteral("%1 (%2)").arg(amount(kpis.weekChange.minorUnits()), percent(kpis.weekChangeRatio)));
    line(QCoreApplication::translate("SnapshotText", "4-week average"),
         amount(kpis.fourWeekAverage.minorUnits()));
    line(QCoreApplication::translate("SnapshotText", "Budget to date"),
         QCoreApplication::translate("SnapshotText", "%1 (consumed %2)")
             .arg(kpis.budgetToDate ? amount(kpis.budgetToDate->minorUnits()) : none(),
                  percent(kpis.consumedRatio)));
    const QString forecastPeriod
        = names::periodKey(snapshot.calendar.periodKey(kpis.forecastPeriodKind, kpis.forecastPeriod.first));
    line(QCoreApplication::translate("SnapshotText", "Forecast for %1").arg(forecastPeriod),
         QCoreApplication::translate("SnapshotText", "%1 (%2 of the budget)")
             .arg(amount(kpis.forecast.minorUnits()), percent(kpis.forecastRatio)));
    line(QCoreApplication::translate("SnapshotText", "  of which actual"),
         amount(kpis.forecastPeriodToDate.minorUnits()));
    line(QCoreApplication::translate("SnapshotText", "  booked ahead"),
         amount(kpis.forecastCommitted.minorUnits()));
    line(QCoreApplication::translate("SnapshotText", "  recurring, scheduled"),
         amount(kpis.forecastScheduled.minorUnits()));
    line(QCoreApplication::translate("SnapshotText", "  variable, projected"),
         amount(kpis.forecastProjected.minorUnits()));
    if (snapshot.unconvertedLines > 0)
        line(QCoreApplication::translate("SnapshotText", "Lines without an FX rate (not counted)"),
             locale.toString(snapshot.unconvertedLines));

    out << "\n"
        << padded(QCoreApplication::translate("SnapshotText", "Week"), 12)
        << QCoreApplication::translate("SnapshotText", "Actual").rightJustified(20)
        << QCoreApplication::translate("SnapshotText", "Budget").rightJustified(20) << "\n";
    for (const WeeklyPoint &point : snapshot.periodPoints())
        out << padded(names::week(point.week), 12) << amount(point.actual).rightJustified(20)
            << amount(point.budget).rightJustified(20) << "\n";
    out << "\n" << QCoreApplication::translate("SnapshotText", "By category") << "\n";
    for (const BreakdownEntry &entry : snapshot.byCategory) {
        const QString name = entry.category ? names::category(*entry.category) : entry.label;
        out << "  " << padded(name, 34) << amount(entry.amount).rightJustified(20) << "\n";
    }
    out << "\n" << QCoreApplication::translate("SnapshotText", "By project") << "\n";
    for (const BreakdownEntry &entry : snapshot.byProject) {
        const QString name = entry.isUnallocated ? names::unallocatedProject() : entry.label;
        out << "  " << padded(entry.code, 8) << padded(name, 34) << amount(entry.amount).rightJustified(20)
            << "\n";
    }
    return text;
}

} // namespace costboard
