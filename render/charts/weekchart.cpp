// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/weekchart.h"

#include <algorithm>

#include <QFontMetricsF>
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
    const WeekPlot &plot = layout.plot;
    const ChartColours colours = this->colours();
    const QRectF &plotRect = plot.plot();
    const QFont font = axisFont();
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double line = metrics.height();
    for (const AxisTick &tick : m_amountTicks) {
        const double y = plot.y(tick.value);
        if (tick.value > 0.0) {
            painter.setPen(QPen(colours.grid, 1.0));
            painter.drawLine(QPointF(plotRect.left(), y), QPointF(plotRect.right(), y));
        }
        painter.setPen(colours.text);
        const double width = metrics.horizontalAdvance(tick.text) + 1.0;
        drawLabel(painter, QRectF(plotRect.left() - line * 0.4 - width, y - line / 2, width, line),
                  Qt::AlignRight | Qt::AlignVCenter, tick.text);
    }
    painter.setPen(QPen(colours.axisLine, colours.axisLineWidth));
    painter.drawLine(plotRect.bottomLeft(), plotRect.topLeft());
    painter.drawLine(plotRect.bottomLeft(), plotRect.bottomRight());
    painter.setPen(colours.text);
    for (const AxisTick &tick : layout.weekTicks) {
        const double width = metrics.horizontalAdvance(tick.text) + 1.0;
        // Centred on its week, but never past the room the plot keeps on its right.
        const double left = std::min(plot.x(tick.value) - width / 2, plot.area().right() - width);
        drawLabel(painter, QRectF(left, plotRect.bottom() + line * 0.3, width, line), Qt::AlignCenter,
                  tick.text);
    }
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
    // Lines thicken with the text on a large screen, never thinner than given.
    QPen pen(colours.line(colour), colours.lineWidth(width * std::max(1.0, fontScale())));
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
