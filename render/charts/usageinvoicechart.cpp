// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/usageinvoicechart.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include "kpis.h"
#include "palette.h"

namespace costboard::render::charts {

using pricing::UsageLedger;

namespace {

const QColor billedColour(QStringLiteral("#8a9bb0"));
const QColor highContrastPricedColour(QStringLiteral("#6fa8dc"));
const QColor highContrastBilledColour(QStringLiteral("#d9d9d9"));

// "Nov 2026", "nov. 2026": a month as an axis names it.
QString monthLabel(const QString &monthKey)
{
    const QDate first = pricing::usageMonthStart(monthKey);
    return first.isValid() ? QLocale().toString(first, QStringLiteral("MMM yyyy")) : monthKey;
}

} // namespace

UsageInvoiceChart::UsageInvoiceChart(QWidget *parent)
    : PaintedChart(parent)
{
    setObjectName(QStringLiteral("usageInvoiceChart"));
    setMinimumSize(260, 180);
}

QString UsageInvoiceChart::title() const
{
    return m_vendor.isEmpty() ? tr("Priced usage and bills") : tr("%1: priced usage and bills").arg(m_vendor);
}

void UsageInvoiceChart::setComparison(const UsageLedger::Comparison &comparison, const QString &vendor)
{
    m_vendor = vendor;
    m_currency = comparison.reportingCurrency;
    m_months.clear();
    for (const UsageLedger::MonthComparison &month : comparison.months)
        if (month.vendor == vendor)
            m_months << month;
    std::sort(m_months.begin(), m_months.end(),
              [](const UsageLedger::MonthComparison &a, const UsageLedger::MonthComparison &b) {
                  return a.month < b.month;
              });
    resetHover();
    update();
}

QList<LegendEntry> UsageInvoiceChart::legend() const
{
    const bool highContrast = colours().highContrast;
    return { LegendEntry { tr("Priced usage"), highContrast ? highContrastPricedColour : palette::bar() },
             LegendEntry { tr("Billed"), highContrast ? highContrastBilledColour : billedColour } };
}

UsageInvoiceChart::Layout UsageInvoiceChart::layout(const QRectF &area) const
{
    Layout layout;
    std::int64_t largest = 1;
    for (const UsageLedger::MonthComparison &month : m_months)
        largest = std::max({ largest, month.pricedMinor, month.billed ? month.billedMinor : 0 });
    const QFontMetricsF metrics(axisFont());
    for (const AxisTick &tick : moneyTicks(largest, m_currency))
        layout.axisWidth = std::max(layout.axisWidth, metrics.horizontalAdvance(tick.text));
    layout.axisWidth += 8.0 * fontScale();
    layout.legendHeight = legendRowsHeight(legend(), area.width());
    // Room above the bars for a gap's label, below for the months.
    const double labelHeight = metrics.height() * 1.6;
    layout.plot = QRectF(area.left() + layout.axisWidth, area.top() + labelHeight,
                         std::max(10.0, area.width() - layout.axisWidth),
                         std::max(10.0, area.height() - layout.legendHeight - 2.0 * labelHeight));
    return layout;
}

QRectF UsageInvoiceChart::monthBand(const Layout &layout, int index) const
{
    const double width = layout.plot.width() / double(std::max<qsizetype>(1, m_months.size()));
    return QRectF(layout.plot.left() + index * width, layout.plot.top(), width, layout.plot.height());
}

void UsageInvoiceChart::drawContent(QPainter &painter, const QRectF &area) const
{
    const ChartColours colours = this->colours();
    if (m_months.isEmpty()) {
        painter.setPen(colours.axisLine);
        drawLabel(painter, area, Qt::AlignCenter, tr("No token usage imported"));
        return;
    }
    const Layout layout = this->layout(area);
    std::int64_t largest = 1;
    for (const UsageLedger::MonthComparison &month : m_months)
        largest = std::max({ largest, month.pricedMinor, month.billed ? month.billedMinor : 0 });
    const QList<AxisTick> ticks = moneyTicks(largest, m_currency);
    const double top = ticks.isEmpty() ? 1.0 : std::max(1.0, ticks.constLast().value);
    const std::int64_t perMajor = Money::minorPerMajor(m_currency);
    const auto yOf = [&](double value) {
        return layout.plot.bottom() - layout.plot.height() * value / top;
    };

    painter.setFont(axisFont());
    for (const AxisTick &tick : ticks) {
        const double y = yOf(tick.value);
        painter.setPen(QPen(colours.grid, 1.0));
        painter.drawLine(QPointF(layout.plot.left(), y), QPointF(layout.plot.right(), y));
        painter.setPen(colours.text);
        drawLabel(painter, QRectF(area.left(), y - 10.0, layout.axisWidth - 6.0 * fontScale(), 20.0),
                  Qt::AlignRight | Qt::AlignVCenter, tick.text);
    }
    painter.setPen(QPen(colours.axisLine, colours.axisLineWidth));
    painter.drawLine(layout.plot.bottomLeft(), layout.plot.bottomRight());

    const QList<LegendEntry> entries = legend();
    const QFontMetricsF metrics(axisFont());
    for (int i = 0; i < m_months.size(); ++i) {
        const UsageLedger::MonthComparison &month = m_months.at(i);
        const QRectF band = monthBand(layout, i);
        const double barWidth = std::min(band.width() * 0.3, 90.0 * fontScale());
        const double middle = band.center().x();
        const auto drawBar = [&](double left, std::int64_t minor, const QColor &colour) {
            const double y = yOf(toPlotValue(minor, perMajor));
            const QRectF bar(left, y, barWidth, std::max(1.0, layout.plot.bottom() - y));
            painter.fillRect(bar, i == hoveredItem() ? colour.darker(115) : colour);
        };
        drawBar(middle - barWidth - 1.0, month.pricedMinor, entries.at(0).colour);
        if (month.billed)
            drawBar(middle + 1.0, month.billedMinor, entries.at(1).colour);
        painter.setPen(colours.text);
        painter.setFont(axisFont());
        drawLabel(painter,
                  QRectF(band.left(), layout.plot.bottom() + 2.0, band.width(), metrics.height() * 1.4),
                  Qt::AlignHCenter | Qt::AlignVCenter, monthLabel(month.month));
        if (!month.billed) {
            painter.setPen(colours.axisLine);
            drawLabel(painter,
                      QRectF(band.left(),
                             yOf(toPlotValue(month.pricedMinor, perMajor)) - metrics.height() * 1.5,
                             band.width(), metrics.height() * 1.4),
                      Qt::AlignHCenter | Qt::AlignVCenter, tr("not billed yet"));
        } else if (month.gapNeedsReview() && month.gapBasisPoints()) {
            // Above the taller bar: how far apart they are.
            painter.setPen(toneColour(KpiTone::Bad));
            painter.setFont(chartFont(axisPoints, true));
            const double y = yOf(toPlotValue(std::max(month.pricedMinor, month.billedMinor), perMajor));
            drawLabel(painter,
                      QRectF(band.left(), y - metrics.height() * 1.5, band.width(), metrics.height() * 1.4),
                      Qt::AlignHCenter | Qt::AlignVCenter,
                      ratioLabel(double(*month.gapBasisPoints()) / 10000.0, true));
        }
    }
    drawLegendRows(
        painter, QRectF(area.left(), area.bottom() - layout.legendHeight, area.width(), layout.legendHeight),
        entries);
}

int UsageInvoiceChart::itemAt(const QPointF &position) const
{
    const Layout layout = this->layout(contentArea(widgetArea()));
    for (int i = 0; i < m_months.size(); ++i)
        if (monthBand(layout, i).contains(position))
            return i;
    return -1;
}

QString UsageInvoiceChart::itemToolTip(int item) const
{
    const UsageLedger::MonthComparison &month = m_months.at(item);
    QString text = QStringLiteral("<b>%1</b><br>").arg(monthLabel(month.month).toHtmlEscaped())
        + tr("Priced usage: %1").arg(Money(month.pricedMinor, m_currency).toString());
    if (month.billed)
        text += QStringLiteral("<br>") + tr("Billed: %1").arg(Money(month.billedMinor, m_currency).toString())
            + QStringLiteral("<br>") + tr("Gap: %1").arg(Money(month.gapMinor(), m_currency).toString());
    else
        text += QStringLiteral("<br>") + tr("not billed yet");
    return text;
}

} // namespace costboard::render::charts
