// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/categorydonutchart.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include "labels.h"

namespace costboard::render::charts {
namespace {

constexpr double ringShare = 0.9; // of the room the donut has, its outer diameter
constexpr double holeShare = 0.55; // of the outer radius, the hole's
constexpr double explodeShare = 0.06; // of the outer radius, how far a hovered slice moves out
constexpr double centrePoints = 13.0; // the total in the hole, before the font scale
constexpr double smallestLegendPoints = 5.0;
constexpr double legendStep = 0.25; // points

// Degrees as QPainterPath counts them (anticlockwise from three o'clock) for a fraction of the
// turn counted clockwise from twelve o'clock, where the first slice starts.
double pathAngle(double fraction)
{
    return 90.0 - 360.0 * fraction;
}

} // namespace

struct CategoryDonutChart::Layout
{
    QPointF centre;
    double outer = 0.0;
    double inner = 0.0;
    QRectF legend;
    QFont legendFont;
};

CategoryDonutChart::CategoryDonutChart(QWidget *parent)
    : PaintedChart(parent)
{
    setObjectName(QStringLiteral("categoryDonutChart"));
    setMinimumSize(260, 200);
}

QString CategoryDonutChart::title() const
{
    return tr("By category");
}

void CategoryDonutChart::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    update();
}

void CategoryDonutChart::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_slices.clear();
    for (const BreakdownEntry &entry : snapshot.byCategory) {
        if (!entry.category || entry.amount <= 0)
            continue;
        // A slice only needs a proportion: the share of the total, from two integers.
        const double share = snapshot.periodTotal > 0
            ? static_cast<double>(entry.amount) / static_cast<double>(snapshot.periodTotal)
            : 0.0;
        // The share first: a long category name may be cut in a narrow legend, its share must not be.
        m_slices << Slice { *entry.category, entry.amount, share,
                            QStringLiteral("%1  %2").arg(percentLabel(share * 100.0, 0),
                                                         categoryLabel(*entry.category)),
                            QStringLiteral("%1: %2").arg(categoryLabel(*entry.category),
                                                         snapshot.money(entry.amount).toString()) };
    }
    m_total = snapshot.money(snapshot.periodTotal).toCompactString();
    resetHover();
    update();
}

QList<LegendEntry> CategoryDonutChart::legendEntries() const
{
    QList<LegendEntry> entries;
    for (const Slice &slice : m_slices)
        entries << LegendEntry { slice.label, categoryColour(slice.category) };
    return entries;
}

QFont CategoryDonutChart::fittedLegendFont(double width, double height) const
{
    const QList<LegendEntry> entries = legendEntries();
    const double largest = legendFont().pointSizeF();
    QFont font = legendFont();
    const auto fitsAt = [&](double points) {
        font.setPointSizeF(points);
        return legendColumnWidth(entries, font) <= width
            && static_cast<double>(entries.size()) * legendEntryHeight(font) <= height;
    };
    if (entries.isEmpty() || fitsAt(largest)) {
        font.setPointSizeF(largest);
        return font;
    }
    // Each size tried loads a font engine of its own: the size is estimated from the largest one's
    // measures, text growing in proportion to its size, then checked.
    font.setPointSizeF(largest);
    const double byWidth = width / legendColumnWidth(entries, font);
    const double byHeight = height / (static_cast<double>(entries.size()) * legendEntryHeight(font));
    double points = std::clamp(std::floor(largest * std::min(byWidth, byHeight) / legendStep) * legendStep,
                               smallestLegendPoints, largest);
    while (points + legendStep < largest && fitsAt(points + legendStep))
        points += legendStep;
    while (points > smallestLegendPoints && !fitsAt(points))
        points -= legendStep;
    font.setPointSizeF(points);
    return font;
}

CategoryDonutChart::Layout CategoryDonutChart::layout(const QRectF &area) const
{
    Layout layout;
    QRectF ring = area;
    if (m_legendVisible && !m_slices.isEmpty()) {
        // The legend takes what its entries need, up to half the chart; the donut the rest.
        const double gap = 8.0;
        layout.legendFont = fittedLegendFont(area.width() * 0.5, area.height());
        const double width
            = std::min(area.width() * 0.5, legendColumnWidth(legendEntries(), layout.legendFont));
        layout.legend = QRectF(area.right() - width, area.top(), width, area.height());
        ring.setRight(layout.legend.left() - gap);
    }
    layout.centre = ring.center();
    layout.outer = std::max(1.0, std::min(ring.width(), ring.height()) / 2 * ringShare);
    layout.inner = layout.outer * holeShare;
    return layout;
}

double CategoryDonutChart::legendPointSize() const
{
    return layout(contentArea(widgetArea())).legendFont.pointSizeF();
}

void CategoryDonutChart::drawContent(QPainter &painter, const QRectF &area) const
{
    const Layout layout = this->layout(area);
    const ChartColours colours = this->colours();
    const auto square = [&layout](double radius) {
        return QRectF(layout.centre - QPointF(radius, radius), QSizeF(radius * 2, radius * 2));
    };
    painter.setPen(QPen(colours.background, colours.highContrast ? 2.0 : 1.0));
    if (m_slices.isEmpty()) {
        QPainterPath ring;
        ring.addEllipse(square(layout.outer));
        ring.addEllipse(square(layout.inner));
        painter.fillPath(ring, colours.grid);
    }
    double start = 0.0;
    for (int i = 0; i < m_slices.size(); ++i) {
        const Slice &slice = m_slices.at(i);
        const double from = pathAngle(start);
        const double sweep = -360.0 * slice.share;
        QPainterPath path;
        path.arcMoveTo(square(layout.outer), from);
        path.arcTo(square(layout.outer), from, sweep);
        path.arcTo(square(layout.inner), from + sweep, -sweep);
        path.closeSubpath();
        if (i == hoveredItem()) {
            const double middle = (from + sweep / 2) * std::numbers::pi / 180.0;
            const double distance = layout.outer * explodeShare;
            path.translate(std::cos(middle) * distance, -std::sin(middle) * distance);
        }
        painter.setBrush(categoryColour(slice.category));
        painter.drawPath(path);
        start += slice.share;
    }
    // The total in the hole, in a font that fits it.
    QFont centreFont = chartFont(centrePoints, true);
    const double room = layout.inner * 1.8;
    if (const double width = QFontMetricsF(centreFont).horizontalAdvance(m_total); width > room && width > 0)
        centreFont.setPointSizeF(std::max(smallestLegendPoints, centreFont.pointSizeF() * room / width));
    painter.setFont(centreFont);
    painter.setPen(colours.text);
    drawLabel(painter, square(layout.inner), Qt::AlignCenter, m_total);
    if (!layout.legend.isEmpty())
        drawLegendColumn(painter, layout.legend, legendEntries(), layout.legendFont);
}

int CategoryDonutChart::itemAt(const QPointF &position) const
{
    const Layout layout = this->layout(contentArea(widgetArea()));
    const QPointF offset = position - layout.centre;
    const double distance = std::hypot(offset.x(), offset.y());
    if (distance < layout.inner || distance > layout.outer * (1.0 + explodeShare))
        return -1;
    // The turn, clockwise from twelve o'clock, as the slices are laid.
    double fraction = std::atan2(offset.x(), -offset.y()) / (2 * std::numbers::pi);
    if (fraction < 0)
        fraction += 1.0;
    double end = 0.0;
    for (int i = 0; i < m_slices.size(); ++i) {
        end += m_slices.at(i).share;
        if (fraction < end)
            return i;
    }
    return m_slices.isEmpty() ? -1 : static_cast<int>(m_slices.size()) - 1;
}

QPointF CategoryDonutChart::sliceCentre(int index) const
{
    const Layout layout = this->layout(contentArea(widgetArea()));
    double start = 0.0;
    for (int i = 0; i < index && i < m_slices.size(); ++i)
        start += m_slices.at(i).share;
    const double middle = pathAngle(start + (index < m_slices.size() ? m_slices.at(index).share / 2 : 0.0))
        * std::numbers::pi / 180.0;
    const double radius = (layout.inner + layout.outer) / 2;
    return layout.centre + QPointF(std::cos(middle) * radius, -std::sin(middle) * radius);
}

QString CategoryDonutChart::itemToolTip(int item) const
{
    return m_slices.at(item).amountText;
}

void CategoryDonutChart::itemClicked(int item)
{
    emit categoryClicked(m_slices.at(item).category);
}

} // namespace costboard::render::charts
