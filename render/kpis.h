// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include "analytics/budgetrule.h"
#include "analytics/dashboardsnapshot.h"

namespace costboard::render {

// How a figure reads: red / amber / green against budget, or neutral.
enum class KpiTone
{
    Neutral,
    Good,
    Warning,
    Bad
};
// Which way a figure moved since last week.
enum class KpiTrend
{
    None,
    Up,
    Down,
    Flat
};

// The colour of a tone, the same on the dashboard, in the report and on the slides.
QColor toneColour(KpiTone tone);
// The tone of the one health rule's verdict (BudgetHealthRule).
KpiTone toneOf(BudgetHealth health);

// A ratio (1.0 = 100 %) as a percentage: one decimal below 10 %, whole above, so that small
// shares keep their meaning and large ones stay short.
QString ratioLabel(double ratio, bool withSign = false);

// One headline figure as a KPI tile shows it: what it is, its value, what it compares with, and
// how it reads. Text only: every number comes from the snapshot.
struct KpiFigure
{
    QString caption;
    QString value;
    QString comparison;
    QString toolTip;
    KpiTone tone = KpiTone::Neutral; // the stripe: the figure against its budget
    KpiTrend trend = KpiTrend::None; // the arrow beside the value
    KpiTone trendTone = KpiTone::Neutral;
};

// The dashboard's four headline figures for a snapshot: this week, the 4-week average, the
// period to date against the budget of the same days, and the forecast of the fiscal period
// against its whole budget. The dashboard tiles, the report and the slides all show these.
struct KpiFigures
{
    KpiFigure thisWeek;
    KpiFigure fourWeekAverage;
    KpiFigure periodToDate;
    KpiFigure forecast;

    QList<KpiFigure> all() const { return { thisWeek, fourWeekAverage, periodToDate, forecast }; }
};

KpiFigures kpiFigures(const DashboardSnapshot &snapshot);

} // namespace costboard::render
