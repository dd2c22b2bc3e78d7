// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/paintedchart.h"

#include <algorithm>

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPalette>
#include <QToolTip>

namespace costboard::render::charts {
namespace {

constexpr double margin = 4.0; // around the chart in the widget, in pixels
constexpr double titlePoints = 11.0; // before the font scale
constexpr double titleLines = 2.0; // the title's band, in lines of its font
constexpr double legendPoints = 9.0; // before the font scale
constexpr double legendRowLines = 1.5; // a legend row, in lines of its font
constexpr double legendEntryLines = 1.4; // an entry of a legend column, in lines of its font

// A legend entry's marker and the gap after it, in lines of the legend's font.
double markerWidth(const LegendEntry &entry, double line)
{
    return entry.line ? line * 1.4 : line * 0.7;
}

} // namespace

PaintedChart::PaintedChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PaintedChart::setFontScale(double scale)
{
    m_fontScale = scale;
    update();
}

void PaintedChart::setHighContrast(bool highContrast)
{
    m_highContrast = highContrast;
    update();
}

void PaintedChart::setFollowsPalette(bool follows)
{
    // The colours are read from the palette at each paint, so that a palette change needs nothing
    // more than the repaint Qt asks for.
    m_followsPalette = follows;
    update();
}

void PaintedChart::setTitleVisible(bool visible)
{
    m_titleVisible = visible;
    update();
}

ChartColours PaintedChart::colours() const
{
    if (m_highContrast)
        return ChartColours::projector();
    if (m_followsPalette)
        return ChartColours::fromPalette(palette().color(QPalette::Base), palette().color(QPalette::Text));
    return ChartColours::paper();
}

QFont PaintedChart::chartFont(double points, bool bold) const
{
    QFont scaled = font();
    scaled.setPointSizeF(points * m_fontScale);
    scaled.setBold(bold);
    return scaled;
}

QFont PaintedChart::axisFont() const
{
    return chartFont(axisPoints);
}

QFont PaintedChart::legendFont() const
{
    return chartFont(legendPoints);
}

QRectF PaintedChart::widgetArea() const
{
    return QRectF(rect()).adjusted(margin, margin, -margin, -margin);
}

QRectF PaintedChart::contentArea(const QRectF &area) const
{
    if (!m_titleVisible)
        return area;
    const double titleHeight = QFontMetricsF(chartFont(titlePoints, true)).height() * titleLines;
    return area.adjusted(0, titleHeight, 0, 0);
}

void PaintedChart::paintChart(QPainter &painter, const QRectF &area) const
{
    m_drawnTexts.clear();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (m_titleVisible) {
        painter.setFont(chartFont(titlePoints, true));
        painter.setPen(colours().text);
        drawLabel(painter, QRectF(area.topLeft(), QPointF(area.right(), contentArea(area).top())),
                  Qt::AlignCenter, title());
    }
    drawContent(painter, contentArea(area));
    painter.restore();
}

void PaintedChart::drawLabel(QPainter &painter, const QRectF &rect, int flags, const QString &text) const
{
    const QFontMetricsF metrics(painter.font());
    const QString shown = metrics.horizontalAdvance(text) <= rect.width() + 0.5
        ? text
        : metrics.elidedText(text, Qt::ElideRight, rect.width());
    painter.drawText(rect, flags | Qt::TextSingleLine, shown);
    m_drawnTexts << shown;
}

void PaintedChart::drawLegendEntry(QPainter &painter, const QPointF &topLeft, const LegendEntry &entry,
                                   const QFontMetricsF &metrics, double width) const
{
    const ChartColours colours = this->colours();
    const double line = metrics.height();
    const double middle = topLeft.y() + line / 2;
    const double marker = markerWidth(entry, line);
    if (entry.line) {
        QPen pen(colours.line(entry.colour), std::max(2.0, line / 6));
        pen.setStyle(entry.style);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.drawLine(QPointF(topLeft.x(), middle), QPointF(topLeft.x() + marker, middle));
    } else {
        painter.fillRect(QRectF(topLeft.x(), middle - marker / 2, marker, marker), entry.colour);
    }
    painter.setPen(colours.text);
    const double textLeft = topLeft.x() + marker + line * 0.4;
    drawLabel(painter, QRectF(textLeft, topLeft.y(), topLeft.x() + width - textLeft, line),
              Qt::AlignLeft | Qt::AlignVCenter, entry.text);
}

namespace {

// An entry of a legend row and the width it takes, without the gap after it.
struct PlacedEntry
{
    LegendEntry entry;
    double width;
};

// The legend's entries broken into rows no wider than `width`: one rule for measuring and drawing.
QList<QList<PlacedEntry>> legendRows(const QList<LegendEntry> &entries, const QFontMetricsF &metrics,
                                     double width)
{
    const double line = metrics.height();
    const double gap = line * 1.2;
    QList<QList<PlacedEntry>> rows;
    double used = 0.0;
    for (const LegendEntry &entry : entries) {
        const double entryWidth
            = markerWidth(entry, line) + line * 0.4 + metrics.horizontalAdvance(entry.text) + 1.0;
        if (rows.isEmpty() || (used > 0.0 && used + entryWidth > width)) {
            rows.append(QList<PlacedEntry>());
            used = 0.0;
        }
        rows.last().append({ entry, entryWidth });
        used += entryWidth + gap;
    }
    return rows;
}

} // namespace

double PaintedChart::legendRowsHeight(const QList<LegendEntry> &entries, double width) const
{
    const QFontMetricsF metrics(legendFont());
    return static_cast<double>(legendRows(entries, metrics, width).size()) * metrics.height()
        * legendRowLines;
}

void PaintedChart::drawLegendRows(QPainter &painter, const QRectF &area,
                                  const QList<LegendEntry> &entries) const
{
    const QFont font = legendFont();
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double line = metrics.height();
    const double gap = line * 1.2;
    double top = area.top() + (line * legendRowLines - line) / 2;
    for (const QList<PlacedEntry> &row : legendRows(entries, metrics, area.width())) {
        double rowWidth = -gap;
        for (const PlacedEntry &placed : row)
            rowWidth += placed.width + gap;
        double left = area.left() + std::max(0.0, (area.width() - rowWidth) / 2);
        for (const PlacedEntry &placed : row) {
            drawLegendEntry(painter, QPointF(left, top), placed.entry, metrics,
                            std::min(placed.width, area.right() - left));
            left += placed.width + gap;
        }
        top += line * legendRowLines;
    }
}

double PaintedChart::legendColumnWidth(const QList<LegendEntry> &entries, const QFont &font)
{
    const QFontMetricsF metrics(font);
    double widest = 0.0;
    for (const LegendEntry &entry : entries)
        widest = std::max(widest,
                          markerWidth(entry, metrics.height()) + metrics.height() * 0.4
                              + metrics.horizontalAdvance(entry.text) + 1.0);
    return widest;
}

double PaintedChart::legendEntryHeight(const QFont &font)
{
    return QFontMetricsF(font).height() * legendEntryLines;
}

void PaintedChart::drawLegendColumn(QPainter &painter, const QRectF &area, const QList<LegendEntry> &entries,
                                    const QFont &font) const
{
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double entryHeight = legendEntryHeight(font);
    double top = area.center().y() - entryHeight * static_cast<double>(entries.size()) / 2
        + (entryHeight - metrics.height()) / 2;
    for (const LegendEntry &entry : entries) {
        drawLegendEntry(painter, QPointF(area.left(), top), entry, metrics, area.width());
        top += entryHeight;
    }
}

void PaintedChart::setHoverText(const QString &text)
{
    if (text == m_hoverText)
        return;
    m_hoverText = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        showHoverToolTip(this, text);
}

bool PaintedChart::event(QEvent *event)
{
    // Named for screen readers by its title, known once the chart is built (title() is virtual).
    if (event->type() == QEvent::Polish && accessibleName().isEmpty())
        setAccessibleName(title());
    // Qt asks for a tooltip after the pointer has rested: keep the hovered item's.
    if (event->type() == QEvent::ToolTip) {
        if (!m_hoverText.isEmpty())
            showHoverToolTip(this, m_hoverText);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void PaintedChart::paintWithBackground(QPainter &painter, const QRectF &whole) const
{
    painter.fillRect(whole, colours().background);
    paintChart(painter, whole.adjusted(margin, margin, -margin, -margin));
}

void PaintedChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintWithBackground(painter, rect());
}

int PaintedChart::itemAt(const QPointF &) const
{
    return -1;
}

QString PaintedChart::itemToolTip(int) const
{
    return QString();
}

void PaintedChart::itemClicked(int)
{ }

void PaintedChart::resetHover()
{
    m_hoveredItem = -1;
    setHoverText(QString());
}

void PaintedChart::mouseMoveEvent(QMouseEvent *event)
{
    const int item = itemAt(event->position());
    if (item != m_hoveredItem) {
        m_hoveredItem = item;
        update();
    }
    if (item < 0) {
        unsetCursor();
        setHoverText(QString());
        return;
    }
    setCursor(Qt::PointingHandCursor);
    setHoverText(itemToolTip(item));
}

void PaintedChart::mousePressEvent(QMouseEvent *event)
{
    const int item = itemAt(event->position());
    if (item >= 0 && event->button() == Qt::LeftButton)
        itemClicked(item);
}

void PaintedChart::leaveEvent(QEvent *event)
{
    if (m_hoveredItem >= 0)
        update();
    resetHover();
    unsetCursor();
    QWidget::leaveEvent(event);
}

double PaintedChart::moneyAxisWidth(const QList<AxisTick> &ticks) const
{
    const QFontMetricsF metrics(axisFont());
    double width = 0;
    for (const AxisTick &tick : ticks)
        width = std::max(width, metrics.horizontalAdvance(tick.text));
    return width + 8.0 * fontScale();
}

void PaintedChart::drawMoneyAxis(QPainter &painter, const QRectF &plot, const QList<AxisTick> &ticks,
                                 double axisWidth) const
{
    const ChartColours colours = this->colours();
    const double top = ticks.isEmpty() ? 1.0 : std::max(1.0, ticks.constLast().value);
    painter.setFont(axisFont());
    for (const AxisTick &tick : ticks) {
        const double y = plot.bottom() - plot.height() * tick.value / top;
        painter.setPen(QPen(colours.grid, 1.0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(colours.text);
        drawLabel(painter, QRectF(plot.left() - axisWidth, y - 10.0, axisWidth - 6.0 * fontScale(), 20.0),
                  Qt::AlignRight | Qt::AlignVCenter, tick.text);
    }
    painter.setPen(QPen(colours.axisLine, colours.axisLineWidth));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
}

} // namespace costboard::render::charts
