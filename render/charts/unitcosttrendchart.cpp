// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/unitcosttrendchart.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include "labels.h"
#include "palette.h"

namespace costboard::render::charts {
namespace {

const QColor tokenBarColour(QStringLiteral("#b7c7da"));
const QColor highContrastBarColour(QStringLiteral("#6f7f92"));
const QColor costLineColour(QStringLiteral("#1f3a5f"));
const QColor highContrastLineColour(QStringLiteral("#ffd54f"));

// "Nice" steps (1, 2, 5 × 10^n) from 0 to at least `highest`, about four intervals. Plotting
// only: the values place ticks, the labels are written from them.
QList<double> niceTicks(double highest)
{
    if (!(highest > 0))
        highest = 1;
    const double rough = highest / 4.0;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (const double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        step = factor * power;
        if (step >= rough)
            break;
    }
    QList<double> ticks;
    for (double value = 0; ticks.size() < 12; value += step) {
        ticks << value;
        if (value >= highest)
            break;
    }
    return ticks;
}

// A unit cost in major units (plotting only) back to an exact amount for its label.
pricing::ExactAmount plottedAmount(double major, const QString &currency)
{
    return pricing::ExactAmount(static_cast<pricing::Picos>(std::llround(major * 1e9)) * 1000, currency);
}

double plotValue(const pricing::ExactAmount &amount)
{
    return static_cast<double>(amount.picos()) / 1e12; // plotting only
}

} // namespace

UnitCostTrendChart::UnitCostTrendChart(QWidget *parent)
    : PaintedChart(parent)
{
    setObjectName(QStringLiteral("unitCostTrendChart"));
    setMinimumSize(260, 180);
}

QString UnitCostTrendChart::title() const
{
    return m_subject.isEmpty() ? tr("Tokens and cost per 1M tokens, week by week")
                               : tr("%1: tokens and cost per 1M tokens").arg(m_subject);
}

void UnitCostTrendChart::setWeeks(const UnitCostReport &report, const QList<TokenTally> &byWeek,
                                  const QString &subject)
{
    m_weeks = report.weeks;
    m_byWeek = byWeek;
    m_currency = report.currency;
    m_subject = subject;
    resetHover();
    update();
}

QList<LegendEntry> UnitCostTrendChart::legend() const
{
    const bool highContrast = colours().highContrast;
    return { LegendEntry { tr("Tokens"), highContrast ? highContrastBarColour : tokenBarColour },
             LegendEntry { tr("Cost per 1M tokens"), highContrast ? highContrastLineColour : costLineColour,
                           true } };
}

UnitCostTrendChart::Layout UnitCostTrendChart::layout(const QRectF &area) const
{
    Layout layout;
    std::int64_t mostTokens = 1;
    double dearest = 0;
    for (const TokenTally &tally : m_byWeek) {
        mostTokens = std::max(mostTokens, tally.tokens);
        if (const auto cost = unitCost(tally, UnitCostMeasure::PerMillionTokens, m_currency))
            dearest = std::max(dearest, plotValue(*cost));
    }
    for (const double value : niceTicks(static_cast<double>(mostTokens)))
        layout.tokenTicks << AxisTick { tokenCountLabel(std::llround(value)), value };
    for (const double value : niceTicks(dearest))
        layout.costTicks << AxisTick { formatUnitCost(plottedAmount(value, m_currency)), value };
    const QFontMetricsF metrics(axisFont());
    for (const AxisTick &tick : layout.tokenTicks)
        layout.leftAxisWidth = std::max(layout.leftAxisWidth, metrics.horizontalAdvance(tick.text));
    for (const AxisTick &tick : layout.costTicks)
        layout.rightAxisWidth = std::max(layout.rightAxisWidth, metrics.horizontalAdvance(tick.text));
    layout.leftAxisWidth += 8.0 * fontScale();
    layout.rightAxisWidth += 8.0 * fontScale();
    layout.legendHeight = legendRowsHeight(legend(), area.width());
    const double labelHeight = metrics.height() * 1.5;
    layout.plot
        = QRectF(area.left() + layout.leftAxisWidth, area.top() + metrics.height() * 0.5,
                 std::max(10.0, area.width() - layout.leftAxisWidth - layout.rightAxisWidth),
                 std::max(10.0, area.height() - layout.legendHeight - labelHeight - metrics.height() * 0.5));
    return layout;
}

double UnitCostTrendChart::bandWidth(const Layout &layout) const
{
    return layout.plot.width() / double(std::max<qsizetype>(1, m_weeks.size()));
}

void UnitCostTrendChart::drawContent(QPainter &painter, const QRectF &area) const
{
    const ChartColours colours = this->colours();
    bool anyTokens = false;
    for (const TokenTally &tally : m_byWeek)
        anyTokens = anyTokens || tally.tokens > 0;
    if (!anyTokens) {
        painter.setPen(colours.axisLine);
        drawLabel(painter, area, Qt::AlignCenter, tr("No tokens in this period"));
        return;
    }
    const Layout layout = this->layout(area);
    const double tokenTop = std::max(1.0, layout.tokenTicks.constLast().value);
    const double costTop = layout.costTicks.constLast().value > 0 ? layout.costTicks.constLast().value : 1.0;
    const auto yOf = [&](double value, double top) {
        return layout.plot.bottom() - layout.plot.height() * value / top;
    };

    painter.setFont(axisFont());
    for (const AxisTick &tick : layout.tokenTicks) {
        const double y = yOf(tick.value, tokenTop);
        painter.setPen(QPen(colours.grid, 1.0));
        painter.drawLine(QPointF(layout.plot.left(), y), QPointF(layout.plot.right(), y));
        painter.setPen(colours.text);
        drawLabel(painter, QRectF(area.left(), y - 10.0, layout.leftAxisWidth - 6.0 * fontScale(), 20.0),
                  Qt::AlignRight | Qt::AlignVCenter, tick.text);
    }
    const QList<LegendEntry> entries = legend();
    const QColor lineColour = colours.line(entries.at(1).colour);
    for (const AxisTick &tick : layout.costTicks) {
        painter.setPen(lineColour);
        drawLabel(painter,
                  QRectF(layout.plot.right() + 6.0 * fontScale(), yOf(tick.value, costTop) - 10.0,
                         layout.rightAxisWidth - 6.0 * fontScale(), 20.0),
                  Qt::AlignLeft | Qt::AlignVCenter, tick.text);
    }
    painter.setPen(QPen(colours.axisLine, colours.axisLineWidth));
    painter.drawLine(layout.plot.bottomLeft(), layout.plot.bottomRight());

    const double band = bandWidth(layout);
    const double barWidth = std::max(2.0, band * 0.6);
    QList<QPointF> points;
    for (int i = 0; i < m_weeks.size(); ++i) {
        const TokenTally tally = m_byWeek.value(i);
        const double middle = layout.plot.left() + (i + 0.5) * band;
        const double top = yOf(static_cast<double>(tally.tokens), tokenTop);
        const QColor barColour = i == hoveredItem() ? entries.at(0).colour.darker(115) : entries.at(0).colour;
        painter.fillRect(QRectF(middle - barWidth / 2.0, top, barWidth, layout.plot.bottom() - top),
                         barColour);
        if (const auto cost = unitCost(tally, UnitCostMeasure::PerMillionTokens, m_currency))
            points << QPointF(middle, yOf(plotValue(*cost), costTop));
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(lineColour, colours.lineWidth(2.5 * fontScale())));
    for (int i = 1; i < points.size(); ++i)
        painter.drawLine(points.at(i - 1), points.at(i));
    painter.setBrush(lineColour);
    for (const QPointF &point : points)
        painter.drawEllipse(point, 2.5 * fontScale(), 2.5 * fontScale());
    painter.setBrush(Qt::NoBrush);

    // As many week labels as fit.
    QList<IsoWeek> weeks;
    QList<int> partial;
    for (int i = 0; i < m_weeks.size(); ++i) {
        weeks << m_weeks.at(i).week;
        if (m_weeks.at(i).days.dayCount() < 7)
            partial << i;
    }
    const QFontMetricsF metrics(axisFont());
    painter.setPen(colours.text);
    painter.setFont(axisFont());
    for (const AxisTick &tick :
         weekTicks(weeks, weekLabelsThatFit(axisFont(), weeks, layout.plot.width()), partial)) {
        const double x = layout.plot.left() + (tick.value + 0.5) * band;
        const double width = metrics.horizontalAdvance(tick.text) + 8.0;
        drawLabel(painter, QRectF(x - width / 2.0, layout.plot.bottom() + 2.0, width, metrics.height() * 1.4),
                  Qt::AlignHCenter | Qt::AlignVCenter, tick.text);
    }
    drawLegendRows(
        painter, QRectF(area.left(), area.bottom() - layout.legendHeight, area.width(), layout.legendHeight),
        entries);
}

int UnitCostTrendChart::itemAt(const QPointF &position) const
{
    const Layout layout = this->layout(contentArea(widgetArea()));
    if (!layout.plot.contains(position))
        return -1;
    const int index = int((position.x() - layout.plot.left()) / bandWidth(layout));
    return index >= 0 && index < m_weeks.size() ? index : -1;
}

QString UnitCostTrendChart::itemToolTip(int item) const
{
    const TokenTally tally = m_byWeek.value(item);
    QString text = QStringLiteral("<b>%1</b><br>").arg(weekLabel(m_weeks.at(item).week))
        + tr("Tokens: %1").arg(QLocale().toString(qlonglong(tally.tokens)));
    if (const auto cost = unitCost(tally, UnitCostMeasure::PerMillionTokens, m_currency))
        text += QStringLiteral("<br>") + tr("Per 1M tokens: %1").arg(formatUnitCost(*cost));
    if (const auto cost = unitCost(tally, UnitCostMeasure::PerRequest, m_currency))
        text += QStringLiteral("<br>") + tr("Per request: %1").arg(formatUnitCost(*cost));
    return text;
}

} // namespace costboard::render::charts
