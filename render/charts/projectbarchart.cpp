// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/projectbarchart.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include "labels.h"
#include "palette.h"

namespace costboard::render::charts {
namespace {

const QColor highContrastBarColour(QStringLiteral("#6fa8dc"));
const QColor highContrastHoverColour(QStringLiteral("#9fc5e8"));
constexpr double rowPixels = 34.0; // the tallest a row grows, before the font scale

} // namespace

ProjectBarChart::ProjectBarChart(QWidget *parent)
    : PaintedChart(parent)
{
    setObjectName(QStringLiteral("projectBarChart"));
    setMinimumSize(260, 180);
}

QString ProjectBarChart::title() const
{
    return tr("By project");
}

void ProjectBarChart::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_currency = snapshot.currency;
    m_bars.clear();
    for (const BreakdownEntry &entry : snapshot.byProject) {
        if (entry.projectId)
            m_bars << Bar { *entry.projectId, breakdownLabel(entry), entry.amount };
    }
    resetHover();
    update();
}

QRectF ProjectBarChart::rowRect(const QRectF &area, int index) const
{
    const double rowHeight = std::min(
        rowPixels * fontScale(), area.height() / static_cast<double>(std::max<qsizetype>(1, m_bars.size())));
    return QRectF(area.left(), area.top() + index * rowHeight, area.width(), rowHeight);
}

void ProjectBarChart::drawContent(QPainter &painter, const QRectF &area) const
{
    const ChartColours colours = this->colours();
    const QColor bars = colours.highContrast ? highContrastBarColour : palette::bar();
    const QColor hovered = colours.highContrast ? highContrastHoverColour : palette::barAccent();
    const QFont labelFont = legendFont();
    painter.setFont(labelFont);
    const QFontMetricsF metrics(labelFont);
    std::int64_t largest = 1;
    for (const Bar &bar : m_bars)
        largest = std::max(largest, bar.amount);

    const double margin = 10.0 * fontScale();
    // Room for the longest name, up to what the amounts and a fifth of the width for the bars
    // leave (never less than 45 %): on a narrow page whole names matter more than long bars.
    const QLocale locale;
    double widestName = 0.0;
    double widestAmount = 0.0;
    for (const Bar &bar : m_bars) {
        widestName = std::max(widestName, metrics.horizontalAdvance(bar.name));
        widestAmount = std::max(
            widestAmount, metrics.horizontalAdvance(Money(bar.amount, m_currency).toShortString(locale)));
    }
    const double nameRoom
        = std::max(area.width() * 0.45, area.width() - widestAmount - area.width() * 0.2 - margin * 3.0);
    const double nameWidth = std::min(nameRoom, widestName + margin * 2.0);
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const QRectF row = rowRect(area, i);
        const QString amountText = Money(bar.amount, m_currency).toShortString(locale);
        const double amountWidth = metrics.horizontalAdvance(amountText) + margin;
        painter.setPen(colours.text);
        drawLabel(painter, QRectF(row.left() + margin, row.top(), nameWidth - margin * 1.5, row.height()),
                  Qt::AlignVCenter | Qt::AlignRight, bar.name);
        const double barLeft = row.left() + nameWidth + margin / 2;
        const double barSpace = std::max(10.0, row.right() - barLeft - amountWidth - margin);
        // Proportions only: the bar length is a ratio of two integer amounts.
        const double length = barSpace * static_cast<double>(bar.amount) / static_cast<double>(largest);
        const QRectF barRect(barLeft, row.top() + row.height() * 0.18, std::max(1.0, length),
                             row.height() * 0.64);
        painter.fillRect(barRect, i == hoveredItem() ? hovered : bars);
        drawLabel(painter, QRectF(barRect.right() + margin / 2, row.top(), amountWidth, row.height()),
                  Qt::AlignVCenter | Qt::AlignLeft, amountText);
    }
    if (m_bars.isEmpty()) {
        painter.setPen(colours.axisLine);
        drawLabel(painter, area, Qt::AlignCenter, tr("No spend in this period"));
    }
}

int ProjectBarChart::itemAt(const QPointF &position) const
{
    const QRectF area = contentArea(widgetArea());
    for (int i = 0; i < m_bars.size(); ++i) {
        if (rowRect(area, i).contains(position))
            return i;
    }
    return -1;
}

QString ProjectBarChart::itemToolTip(int item) const
{
    return QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
        .arg(m_bars.at(item).name.toHtmlEscaped(), Money(m_bars.at(item).amount, m_currency).toString(),
             tr("Click to show only this project"));
}

void ProjectBarChart::itemClicked(int item)
{
    emit projectClicked(m_bars.at(item).projectId);
}

} // namespace costboard::render::charts
