// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/weekchart.h"

#include <algorithm>

#include <QPainter>
#include <QPainterPath>

#include "domain/money.h"

namespace costboard::render::charts {
namespace {

constexpr double legendGap = 8.0; // pixels between the plot and a legend beside it

} // namespace

WeekChart::WeekChart(QWidget *parent)
    : PaintedChart(parent)
{ }

void WeekChart::setWeeks(const QList<IsoWeek> &weeks, const QList<int> &partial, std::int64_t highest,
                         const QString &currency)
{
    m_weeks = weeks;
    m_partial = partial;
    m_minorPerMajor = Money::minorPerMajor(currency);
    m_amountTicks = moneyTicks(highest, currency);
    resetHover();
    update();
}

void WeekChart::setLegendBeside(bool beside)
{
    m_legendBeside = beside;
    update();
}

WeekChart::Layout WeekChart::layout(const QRectF &area) const
{
    const QList<LegendEntry> entries = legendEntries();
    QRectF plotArea = area;
    QRectF legend;
    if (m_legendBeside && !entries.isEmpty()) {
        const double width
            = std::min(area.width() * 0.4, legendColumnWidth(entries, legendFont()) + legendGap);
        legend = QRectF(area.right() - width, area.top(), width, area.height());
        plotArea.setRight(legend.left() - legendGap);
    } else if (!entries.isEmpty()) {
        const double height = legendRowsHeight(entries, area.width());
        legend = QRectF(area.left(), area.bottom() - height, area.width(), height);
        plotArea.setBottom(legend.top());
    }
    const QFont font = axisFont();
    WeekPlot plot(plotArea, font, m_amountTicks, static_cast<int>(m_weeks.size()));
    QList<AxisTick> labels
        = weekTicks(m_weeks, weekLabelsThatFit(font, m_weeks, plot.plot().width()), m_partial);
    return Layout { plot, labels, legend };
}

WeekChart::Layout WeekChart::widgetLayout() const
{
    return layout(contentArea(widgetArea()));
}

QStringList WeekChart::weekAxisLabels() const
{
    QStringList labels;
    for (const AxisTick &tick : widgetLayout().weekTicks)
        labels << tick.text;
    return labels;
}

double WeekChart::yOf(const Layout &layout, std::int64_t minorUnits) const
{
    return layout.plot.y(toPlotValue(minorUnits, m_minorPerMajor));
}

void WeekChart::drawFrame(QPainter &painter, const Layout &layout) const
{
    drawWeekAxes(painter, layout.plot, m_amountTicks, layout.weekTicks);
    if (m_legendBeside)
        drawLegendColumn(painter, layout.legend, legendEntries(), legendFont());
    else
        drawLegendRows(painter, layout.legend, legendEntries());
}

void WeekChart::drawLine(QPainter &painter, const Layout &layout, const QList<Point> &points,
                         const QColor &colour, double width, Qt::PenStyle style) const
{
    if (points.isEmpty())
        return;
    const ChartColours colours = this->colours();
    QPainterPath path;
    for (const Point &point : points) {
        const QPointF at(layout.plot.x(point.position), yOf(layout, point.amount));
        if (path.elementCount() == 0)
            path.moveTo(at);
        else
            path.lineTo(at);
    }
    QPen pen(colours.line(colour), colours.lineWidth(width));
    pen.setStyle(style);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setBrush(Qt::NoBrush);
    // A line of one week is a dot: a path of one point draws nothing.
    if (points.size() == 1) {
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        painter.drawPoint(path.currentPosition());
        return;
    }
    painter.setPen(pen);
    painter.drawPath(path);
}

} // namespace costboard::render::charts
