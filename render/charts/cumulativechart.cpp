// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/cumulativechart.h"

#include <algorithm>

#include "palette.h"

namespace costboard::render::charts {
namespace {

// The three lines: colour, width in pixels and style.
struct LineLook
{
    QColor colour;
    double width;
    Qt::PenStyle style;
};
const LineLook actualLook { QColor(0x1f, 0x77, 0xb4), 3.0, Qt::SolidLine };
const LineLook budgetLook { palette::ink(), 2.0, Qt::SolidLine };
const LineLook forecastLook { QColor(0xd6, 0x27, 0x28), 2.5, Qt::DashLine };

} // namespace

CumulativeChart::CumulativeChart(QWidget *parent)
    : WeekChart(parent)
{
    setObjectName(QStringLiteral("cumulativeChart"));
    setMinimumHeight(200);
}

QString CumulativeChart::title() const
{
    return tr("Cumulative spend vs budget");
}

void CumulativeChart::setSnapshot(const DashboardSnapshot &snapshot)
{
    QList<IsoWeek> weeks;
    m_actual.clear();
    m_budget.clear();
    m_forecast.clear();
    std::int64_t highest = 0;
    const int reportingIndex = snapshot.indexOf(snapshot.kpis.week);
    for (int i = 0; i < snapshot.points.size(); ++i) {
        const WeeklyPoint &point = snapshot.points.at(i);
        weeks << point.week;
        if (!point.future) {
            m_actual << Point { i, point.cumulativeActual };
            highest = std::max(highest, point.cumulativeActual);
        }
        if (snapshot.hasBudget) {
            m_budget << Point { i, point.cumulativeBudget };
            highest = std::max(highest, point.cumulativeBudget);
        }
        if (reportingIndex >= 0 && i >= reportingIndex && reportingIndex < snapshot.points.size() - 1) {
            m_forecast << Point { i, snapshot.forecastCumulative.value(i) };
            highest = std::max(highest, snapshot.forecastCumulative.value(i));
        }
    }
    setWeeks(weeks, {}, highest, snapshot.currency);
}

QList<LegendEntry> CumulativeChart::legendEntries() const
{
    QList<LegendEntry> entries;
    if (!m_budget.isEmpty())
        entries << LegendEntry { tr("Budget"), budgetLook.colour, true, budgetLook.style };
    entries << LegendEntry { tr("Actual"), actualLook.colour, true, actualLook.style };
    if (!m_forecast.isEmpty())
        entries << LegendEntry { tr("Forecast"), forecastLook.colour, true, forecastLook.style };
    return entries;
}

void CumulativeChart::drawContent(QPainter &painter, const QRectF &area) const
{
    const Layout layout = this->layout(area);
    drawFrame(painter, layout);
    // The budget first, under the actual spend, as the legend reads.
    drawLine(painter, layout, m_budget, budgetLook.colour, budgetLook.width, budgetLook.style);
    drawLine(painter, layout, m_actual, actualLook.colour, actualLook.width, actualLook.style);
    drawLine(painter, layout, m_forecast, forecastLook.colour, forecastLook.width, forecastLook.style);
}

} // namespace costboard::render::charts
