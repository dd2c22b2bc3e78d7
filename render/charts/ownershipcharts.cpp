// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ownershipcharts.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include "labels.h"
#include "palette.h"

namespace costboard::render::charts {
namespace {

const QColor apiColour(QStringLiteral("#2f6db5"));
const QColor selfHostedColour(QStringLiteral("#c86a1e"));
const QColor highContrastApiColour(QStringLiteral("#6fa8dc"));
const QColor highContrastSelfHostedColour(QStringLiteral("#ffb74d"));

// "152,083" requests, or "1.2M" on an axis.
QString volumeLabel(std::int64_t requests)
{
    return tokenCountLabel(requests);
}

} // namespace

QString ownershipComponentName(pricing::OwnershipComponent component, bool selfHosted)
{
    switch (component) {
    case pricing::OwnershipComponent::Inference:
        return selfHosted ? QCoreApplication::translate("Ownership", "Inference on own GPUs")
                          : QCoreApplication::translate("Ownership", "Inference (API)");
    case pricing::OwnershipComponent::FineTuning:
        return categoryLabel(CostCategory::FineTuning);
    case pricing::OwnershipComponent::People:
        return QCoreApplication::translate("Ownership", "Prompt engineering and people");
    case pricing::OwnershipComponent::StaffTraining:
        return categoryLabel(CostCategory::StaffTraining);
    }
    return QString();
}

BreakEvenChart::BreakEvenChart(QWidget *parent)
    : PaintedChart(parent)
{
    setObjectName(QStringLiteral("breakEvenChart"));
    setMinimumSize(260, 200);
}

QString BreakEvenChart::title() const
{
    return tr("Monthly cost by monthly requests: API and own GPUs");
}

void BreakEvenChart::clear()
{
    m_points.clear();
    m_breakEven.reset();
    update();
}

void BreakEvenChart::setComparison(const pricing::SelfHostingComparison &comparison, std::int64_t assumed,
                                   std::int64_t highestVolume)
{
    m_points.clear();
    m_currency = comparison.currency();
    m_assumed = assumed;
    m_highestVolume = std::max<std::int64_t>(1, highestVolume);
    m_breakEven = comparison.breakEvenRequestsPerMonth(m_highestVolume);
    const auto add = [&](std::int64_t volume) {
        m_points << Point { volume, comparison.apiCost(volume).minorUnits(),
                            comparison.selfHostedCost(volume).total().minorUnits() };
    };
    // The ends of each step: the last volume an instance count serves, and the next one.
    const std::int64_t step = comparison.requestsPerInstanceMonth();
    add(0);
    for (std::int64_t edge = step; edge < m_highestVolume && m_points.size() < 400; edge += step) {
        add(edge);
        add(edge + 1);
    }
    add(m_highestVolume);
    update();
}

void BreakEvenChart::drawContent(QPainter &painter, const QRectF &area) const
{
    const ChartColours colours = this->colours();
    if (m_points.isEmpty()) {
        painter.setPen(colours.axisLine);
        drawLabel(painter, area, Qt::AlignCenter, tr("Choose a GPU instance with a price"));
        return;
    }
    const QList<LegendEntry> legend {
        LegendEntry { tr("API"), colours.highContrast ? highContrastApiColour : apiColour, true },
        LegendEntry { tr("Own GPUs"), colours.highContrast ? highContrastSelfHostedColour : selfHostedColour,
                      true },
    };
    std::int64_t highest = 1;
    for (const Point &point : m_points)
        highest = std::max({ highest, point.apiMinor, point.selfHostedMinor });
    const QList<AxisTick> ticks = moneyTicks(highest, m_currency);
    const QFontMetricsF metrics(axisFont());
    const double axisWidth = moneyAxisWidth(ticks);
    const double legendHeight = legendRowsHeight(legend, area.width());
    const double labelHeight = metrics.height() * 1.5;
    const QRectF plot(
        area.left() + axisWidth, area.top() + metrics.height() * 0.5,
        std::max(10.0, area.width() - axisWidth - 12.0 * fontScale()),
        std::max(10.0, area.height() - legendHeight - 2.0 * labelHeight - metrics.height() * 0.5));
    const double top = std::max(1.0, ticks.constLast().value);
    const std::int64_t perMajor = Money::minorPerMajor(m_currency);
    const auto xOf = [&](std::int64_t volume) {
        return plot.left() + plot.width() * double(volume) / double(m_highestVolume);
    };
    const auto yOf = [&](std::int64_t minor) {
        return plot.bottom() - plot.height() * toPlotValue(minor, perMajor) / top;
    };

    drawMoneyAxis(painter, plot, ticks, axisWidth);
    // Volumes along the bottom: 0, a quarter, half, three quarters, all.
    painter.setPen(colours.text);
    for (int quarter = 0; quarter <= 4; ++quarter) {
        const std::int64_t volume = m_highestVolume * quarter / 4;
        const QString text = volumeLabel(volume);
        const double width = metrics.horizontalAdvance(text) + 8.0;
        const double x = std::clamp(xOf(volume), plot.left() + width / 2.0, plot.right() - width / 2.0);
        drawLabel(painter, QRectF(x - width / 2.0, plot.bottom() + 2.0, width, metrics.height() * 1.4),
                  Qt::AlignHCenter | Qt::AlignVCenter, text);
    }

    painter.setRenderHint(QPainter::Antialiasing, true);
    // The volume assumed, and the break-even.
    const auto marker = [&](std::int64_t volume, const QString &text, Qt::PenStyle style) {
        const double x = xOf(volume);
        painter.setPen(QPen(colours.axisLine, 1.0 * fontScale(), style));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(colours.text);
        const double width = metrics.horizontalAdvance(text) + 8.0;
        const double left = x + width + 4.0 > plot.right() ? x - width - 4.0 : x + 4.0;
        drawLabel(painter, QRectF(left, plot.top(), width, metrics.height() * 1.4),
                  Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    if (m_assumed > 0 && m_assumed <= m_highestVolume)
        marker(m_assumed, tr("assumed"), Qt::DotLine);
    if (m_breakEven)
        marker(*m_breakEven, tr("break-even"), Qt::DashLine);

    const auto drawSeries = [&](const QColor &colour, auto minorOf) {
        painter.setPen(QPen(colours.line(colour), colours.lineWidth(2.5 * fontScale())));
        for (int i = 1; i < m_points.size(); ++i)
            painter.drawLine(QPointF(xOf(m_points.at(i - 1).volume), yOf(minorOf(m_points.at(i - 1)))),
                             QPointF(xOf(m_points.at(i).volume), yOf(minorOf(m_points.at(i)))));
    };
    drawSeries(legend.at(0).colour, [](const Point &point) { return point.apiMinor; });
    drawSeries(legend.at(1).colour, [](const Point &point) { return point.selfHostedMinor; });
    painter.setRenderHint(QPainter::Antialiasing, false);

    // The axis's name under its labels.
    painter.setPen(colours.axisLine);
    drawLabel(painter, QRectF(plot.left(), plot.bottom() + labelHeight, plot.width(), metrics.height() * 1.4),
              Qt::AlignHCenter | Qt::AlignVCenter, tr("requests a month"));
    drawLegendRows(painter, QRectF(area.left(), area.bottom() - legendHeight, area.width(), legendHeight),
                   legend);
}

OwnershipChart::OwnershipChart(QWidget *parent)
    : PaintedChart(parent)
{
    setObjectName(QStringLiteral("ownershipChart"));
    setMinimumSize(260, 200);
}

QString OwnershipChart::title() const
{
    return tr("Total cost of ownership");
}

void OwnershipChart::setEstimate(const std::optional<pricing::OwnershipEstimate> &estimate)
{
    m_estimate = estimate;
    update();
}

void OwnershipChart::drawContent(QPainter &painter, const QRectF &area) const
{
    const ChartColours colours = this->colours();
    if (!m_estimate) {
        painter.setPen(colours.axisLine);
        drawLabel(painter, area, Qt::AlignCenter, tr("No estimate: see the message above"));
        return;
    }
    const QList<pricing::OwnershipComponent> components = pricing::ownershipComponents();
    QList<LegendEntry> legend;
    for (const pricing::OwnershipComponent component : components)
        legend << LegendEntry { ownershipComponentName(component, m_estimate->selfHosted),
                                categoryColour(pricing::categoryOf(component)) };
    const int horizons = int(std::size(pricing::OwnershipHorizons));
    const std::int64_t highest
        = std::max<std::int64_t>(1, m_estimate->over(pricing::OwnershipHorizons[horizons - 1]).minorUnits());
    const QList<AxisTick> ticks = moneyTicks(highest, m_estimate->currency);
    const QFontMetricsF metrics(axisFont());
    const double axisWidth = moneyAxisWidth(ticks);
    const double legendHeight = legendRowsHeight(legend, area.width());
    const double labelHeight = metrics.height() * 1.5;
    const QRectF plot(area.left() + axisWidth, area.top() + labelHeight,
                      std::max(10.0, area.width() - axisWidth),
                      std::max(10.0, area.height() - legendHeight - 2.0 * labelHeight));
    const double top = std::max(1.0, ticks.constLast().value);
    const std::int64_t perMajor = Money::minorPerMajor(m_estimate->currency);
    const auto yOf = [&](std::int64_t minor) {
        return plot.bottom() - plot.height() * toPlotValue(minor, perMajor) / top;
    };

    drawMoneyAxis(painter, plot, ticks, axisWidth);

    const double band = plot.width() / horizons;
    const double barWidth = std::min(band * 0.5, 120.0 * fontScale());
    for (int index = 0; index < horizons; ++index) {
        const int months = pricing::OwnershipHorizons[index];
        const double middle = plot.left() + (index + 0.5) * band;
        std::int64_t stacked = 0;
        for (int component = 0; component < components.size(); ++component) {
            const std::int64_t amount = m_estimate->over(months, components.at(component)).minorUnits();
            if (amount <= 0)
                continue;
            const double bottom = yOf(stacked);
            stacked += amount;
            const double barTop = yOf(stacked);
            painter.fillRect(QRectF(middle - barWidth / 2.0, barTop, barWidth, bottom - barTop),
                             legend.at(component).colour);
        }
        painter.setPen(colours.text);
        painter.setFont(chartFont(axisPoints, true));
        drawLabel(painter, QRectF(middle - band / 2.0, yOf(stacked) - labelHeight, band, labelHeight),
                  Qt::AlignHCenter | Qt::AlignBottom, Money(stacked, m_estimate->currency).toShortString());
        painter.setFont(axisFont());
        drawLabel(painter, QRectF(middle - band / 2.0, plot.bottom() + 2.0, band, metrics.height() * 1.4),
                  Qt::AlignHCenter | Qt::AlignVCenter, tr("%n month(s)", nullptr, months));
    }
    drawLegendRows(painter, QRectF(area.left(), area.bottom() - legendHeight, area.width(), legendHeight),
                   legend);
}

} // namespace costboard::render::charts
