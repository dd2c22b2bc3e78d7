// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpis.h"

#include <cmath>

#include <QCoreApplication>
#include <QLocale>

#include "labels.h"

// The texts keep the translation context of the dashboard page they were first written in, so
// that their existing translations still apply.

namespace costboard::render {

QColor toneColour(KpiTone tone)
{
    switch (tone) {
    case KpiTone::Good:
        return QColor(QStringLiteral("#2e7d32"));
    case KpiTone::Warning:
        return QColor(QStringLiteral("#e69500"));
    case KpiTone::Bad:
        return QColor(QStringLiteral("#c62828"));
    case KpiTone::Neutral:
        break;
    }
    return QColor(QStringLiteral("#90a4ae"));
}

KpiTone toneOf(BudgetHealth health)
{
    switch (health) {
    case BudgetHealth::Green:
        return KpiTone::Good;
    case BudgetHealth::Amber:
        return KpiTone::Warning;
    case BudgetHealth::Red:
        return KpiTone::Bad;
    case BudgetHealth::NoBudget:
        break;
    }
    return KpiTone::Neutral;
}

QString ratioLabel(double ratio, bool withSign)
{
    const int decimals = std::abs(ratio) < 0.1 ? 1 : 0;
    // A change that rounds to nothing has no sign: "-0.0 %" would read as a fall.
    if (std::round(ratio * (decimals == 1 ? 1000.0 : 100.0)) == 0.0)
        ratio = 0.0;
    return percentLabel(ratio * 100.0, decimals, withSign);
}

KpiFigures kpiFigures(const DashboardSnapshot &snapshot)
{
    const DashboardKpis &kpis = snapshot.kpis;
    const QLocale locale;
    KpiFigures figures;

    KpiFigure &week = figures.thisWeek;
    week.caption = QCoreApplication::translate("costboard::ui::DashboardPage", "This week (%1)")
                       .arg(weekLabel(kpis.week));
    week.value = kpis.thisWeek.toShortString();
    if (kpis.weekChangeRatio) {
        const bool up = kpis.weekChange.minorUnits() > 0;
        const bool flat = kpis.weekChange.isZero();
        // Spending more is the bad direction for a cost dashboard.
        week.trend = flat ? KpiTrend::Flat : (up ? KpiTrend::Up : KpiTrend::Down);
        week.trendTone = flat ? KpiTone::Neutral : (up ? KpiTone::Bad : KpiTone::Good);
        week.comparison = QCoreApplication::translate("costboard::ui::DashboardPage", "%1 vs last week (%2)")
                              .arg(ratioLabel(*kpis.weekChangeRatio, true),
                                   (kpis.weekChange.isNegative() ? QString() : QStringLiteral("+"))
                                       + kpis.weekChange.toShortString());
    } else {
        week.comparison
            = QCoreApplication::translate("costboard::ui::DashboardPage", "nothing spent last week");
    }

    KpiFigure &average = figures.fourWeekAverage;
    average.caption = QCoreApplication::translate("costboard::ui::DashboardPage", "4-week average");
    average.value = kpis.fourWeekAverage.toShortString();
    const std::int64_t averageMinor = kpis.fourWeekAverage.minorUnits();
    const std::int64_t weeklyMinor = kpis.thisWeek.minorUnits();
    average.comparison = averageMinor == 0
        ? QCoreApplication::translate("costboard::ui::DashboardPage", "no spend in the last 4 weeks")
        : (weeklyMinor > averageMinor
               ? QCoreApplication::translate("costboard::ui::DashboardPage", "this week is above the average")
               : QCoreApplication::translate("costboard::ui::DashboardPage",
                                             "this week is at or below the average"));

    KpiFigure &period = figures.periodToDate;
    // The years are named when the days cross one ("Last 52 weeks"), so the range never reads backwards.
    period.caption = QCoreApplication::translate("costboard::ui::DashboardPage", "To date (%1)")
                         .arg(dayRangeLabel(snapshot.days.first, kpis.asOf));
    period.toolTip
        = QCoreApplication::translate("costboard::ui::DashboardPage",
                                      "Spend from %1 to %2, %3 basis, against the budget of the same days.")
              .arg(locale.toString(snapshot.days.first, QLocale::LongFormat),
                   locale.toString(kpis.asOf, QLocale::LongFormat), basisLabel(snapshot.query.basis));
    period.value = kpis.periodToDate.toShortString();
    if (kpis.budgetToDate && kpis.consumedRatio) {
        period.comparison
            = QCoreApplication::translate("costboard::ui::DashboardPage", "%1 of the budget to date (%2)")
                  .arg(ratioLabel(*kpis.consumedRatio), kpis.budgetToDate->toCompactString());
        period.tone = toneOf(
            BudgetHealthRule::ofConsumed(kpis.periodToDate.minorUnits(), kpis.budgetToDate->minorUnits()));
    } else {
        period.comparison
            = QCoreApplication::translate("costboard::ui::DashboardPage", "no budget for this selection");
    }

    KpiFigure &forecast = figures.forecast;
    const QString periodName
        = periodLabel(snapshot.calendar, kpis.forecastPeriodKind, kpis.forecastPeriod.first);
    forecast.caption
        = QCoreApplication::translate("costboard::ui::DashboardPage", "Forecast %1").arg(periodName);
    forecast.value = kpis.forecast.toShortString();
    forecast.toolTip
        = QCoreApplication::translate(
              "costboard::ui::DashboardPage",
              "Spend expected over %1 (%2 to %3), forecast per project and category:\n"
              "actual to date %4\nbooked ahead (service periods after today) %5\n"
              "recurring costs not booked yet, scheduled month by month %6\n"
              "variable spend projected from the trend of the last 13 weeks (one-off weeks left out) %7")
              .arg(periodName, locale.toString(kpis.forecastPeriod.first, QLocale::ShortFormat),
                   locale.toString(kpis.forecastPeriod.last, QLocale::ShortFormat),
                   kpis.forecastPeriodToDate.toString(), kpis.forecastCommitted.toString(),
                   kpis.forecastScheduled.toString(), kpis.forecastProjected.toString());
    if (kpis.budgetAtHorizon && kpis.forecastRatio) {
        forecast.comparison
            = QCoreApplication::translate("costboard::ui::DashboardPage", "%1 of the %2 budget (%3)")
                  .arg(ratioLabel(*kpis.forecastRatio), periodName, kpis.budgetAtHorizon->toCompactString());
        forecast.tone = toneOf(kpis.health);
        if (*kpis.forecastRatio > 1.0) {
            forecast.trend = KpiTrend::Up;
            forecast.trendTone = KpiTone::Bad;
        }
    } else {
        forecast.comparison
            = QCoreApplication::translate("costboard::ui::DashboardPage", "no %1 budget for this selection")
                  .arg(periodName);
    }
    return figures;
}

} // namespace costboard::render
