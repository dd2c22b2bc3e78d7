// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/valuecostmatrixchart.h"

#include <algorithm>
#include <cmath>

#include <QPainter>
#include <QPainterPath>

#include "labels.h"

namespace costboard::render::charts {

ValueCostMatrixChart::ValueCostMatrixChart(QWidget *parent)
    : PaintedChart(parent)
{
    setObjectName(QStringLiteral("valueCostMatrix"));
    setMinimumSize(300, 220);
}

QString ValueCostMatrixChart::title() const
{
    return tr("Value × cost: weighted score against this fiscal year's forecast");
}

void ValueCostMatrixChart::setEvaluation(const PortfolioEvaluation &evaluation)
{
    m_bubbles.clear();
    m_unscored = 0;
    m_largestBudget = 0;
    m_currency = evaluation.currency;
    for (const EvaluatedProject &entry : evaluation.projects) {
        if (!entry.score.isScored()) {
            ++m_unscored;
            continue;
        }
        m_bubbles << Bubble { entry.project.id,           entry.project.code,
                              projectName(entry.project), entry.score,
                              entry.year.forecast,        entry.year.budget,
                              entry.project.decisionLevel };
        m_largestBudget = std::max(m_largestBudget, entry.year.budget.value_or(0));
    }
    std::stable_sort(m_bubbles.begin(), m_bubbles.end(), [](const Bubble &a, const Bubble &b) {
        return a.budget.value_or(0) > b.budget.value_or(0);
    });
    resetHover();
    update();
}

QList<LegendEntry> ValueCostMatrixChart::legend() const
{
    QList<LegendEntry> entries;
    for (const DecisionLevel level : allDecisionLevels())
        entries << LegendEntry { decisionLevelShortLabel(level), decisionLevelColour(level) };
    return entries;
}

ValueCostMatrixChart::Layout ValueCostMatrixChart::layoutIn(const QRectF &area) const
{
    Layout layout;
    std::int64_t highest = 1;
    for (const Bubble &bubble : m_bubbles)
        highest = std::max(highest, bubble.forecast);
    layout.ticks = moneyTicks(highest, m_currency);
    layout.axisWidth = moneyAxisWidth(layout.ticks);
    layout.legendHeight = legendRowsHeight(legend(), area.width());
    const QFontMetricsF metrics(axisFont());
    // Room above for the highest bubble, below for the score labels, the axis name and the note.
    const double below = metrics.height() * 4.2;
    layout.plot
        = QRectF(area.left() + layout.axisWidth, area.top() + metrics.height() * 0.8,
                 std::max(10.0, area.width() - layout.axisWidth - 16.0 * fontScale()),
                 std::max(10.0, area.height() - layout.legendHeight - below - metrics.height() * 0.8));
    return layout;
}

double ValueCostMatrixChart::radiusOf(int index, const QRectF &area) const
{
    const QRectF plot = layoutIn(area).plot;
    const double smallest = 5.0 * fontScale();
    const double largest = std::max(smallest * 2.0, std::min(plot.width(), plot.height()) / 9.0);
    const std::int64_t budget = m_bubbles.at(index).budget.value_or(0);
    if (m_largestBudget <= 0 || budget <= 0)
        return smallest;
    // Area in proportion to the budget: the radius goes with its square root.
    return std::max(smallest, largest * std::sqrt(double(budget) / double(m_largestBudget)));
}

QPointF ValueCostMatrixChart::centreOf(int index, const QRectF &area) const
{
    const Layout layout = layoutIn(area);
    const Bubble &bubble = m_bubbles.at(index);
    const double top = std::max(1.0, layout.ticks.constLast().value);
    const double x = layout.plot.left() + layout.plot.width() * bubble.score.value() / 100.0;
    const double y = layout.plot.bottom()
        - layout.plot.height() * toPlotValue(bubble.forecast, Money::minorPerMajor(m_currency)) / top;
    return { x, y };
}

void ValueCostMatrixChart::drawContent(QPainter &painter, const QRectF &area) const
{
    const ChartColours colours = this->colours();
    if (m_bubbles.isEmpty()) {
        painter.setPen(colours.axisLine);
        drawLabel(painter, area, Qt::AlignCenter,
                  m_unscored > 0
                      ? tr("No project scored yet: score projects on the criteria to place them here")
                      : tr("No project to place"));
        return;
    }
    const Layout layout = layoutIn(area);
    const QRectF &plot = layout.plot;
    const QFontMetricsF metrics(axisFont());
    drawMoneyAxis(painter, plot, layout.ticks, layout.axisWidth);

    // Scores along the bottom, and the middle of the scale dashed: the matrix's two halves.
    painter.setFont(axisFont());
    for (int score = 0; score <= 100; score += 25) {
        const double x = plot.left() + plot.width() * score / 100.0;
        painter.setPen(QPen(colours.grid, 1.0, score == 50 ? Qt::DashLine : Qt::SolidLine));
        if (score > 0)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(colours.text);
        const QString text = QLocale().toString(score);
        const double width = metrics.horizontalAdvance(text) + 8.0;
        drawLabel(painter, QRectF(x - width / 2.0, plot.bottom() + 2.0, width, metrics.height() * 1.3),
                  Qt::AlignCenter, text);
    }
    painter.setPen(colours.axisLine);
    drawLabel(
        painter,
        QRectF(plot.left(), plot.bottom() + metrics.height() * 1.4, plot.width(), metrics.height() * 1.3),
        Qt::AlignCenter, tr("weighted score (0 to 100): higher value to the right"));

    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int index = 0; index < m_bubbles.size(); ++index) {
        const Bubble &bubble = m_bubbles.at(index);
        const QPointF centre = centreOf(index, area);
        const double radius = radiusOf(index, area);
        QColor fill = decisionLevelColour(bubble.level);
        fill.setAlphaF(colours.highContrast ? 0.85 : 0.55);
        const bool hovered = index == hoveredItem();
        painter.setPen(QPen(colours.line(decisionLevelColour(bubble.level)),
                            colours.lineWidth((hovered ? 3.0 : 1.5) * fontScale()),
                            bubble.budget ? Qt::SolidLine : Qt::DashLine));
        painter.setBrush(bubble.budget ? QBrush(fill) : Qt::NoBrush);
        painter.drawEllipse(centre, radius, radius);
    }
    // The codes over every bubble, each where it overlaps no other bubble and no code placed
    // before it: beside its bubble (right, left, above, below, then the diagonals), else further
    // out with a line to it, so that a crowded corner never reads one project's code beside
    // another's bubble.
    const QFont labelFont = chartFont(axisPoints, true);
    const QFontMetricsF labelMetrics(labelFont);
    painter.setFont(labelFont);
    QList<QPointF> centres;
    QList<double> radii;
    for (int index = 0; index < m_bubbles.size(); ++index) {
        centres << centreOf(index, area);
        radii << radiusOf(index, area);
    }
    const auto coversBubble = [&](const QRectF &rect, int own) {
        for (int other = 0; other < centres.size(); ++other) {
            if (other == own)
                continue;
            const QPointF nearest(std::clamp(centres.at(other).x(), rect.left(), rect.right()),
                                  std::clamp(centres.at(other).y(), rect.top(), rect.bottom()));
            const QPointF offset = nearest - centres.at(other);
            if (offset.x() * offset.x() + offset.y() * offset.y() < radii.at(other) * radii.at(other))
                return true;
        }
        return false;
    };
    QList<QRectF> placed;
    for (int index = 0; index < m_bubbles.size(); ++index) {
        const QString &code = m_bubbles.at(index).code;
        const QPointF centre = centres.at(index);
        const QSizeF size(labelMetrics.horizontalAdvance(code) + 6.0, labelMetrics.height());
        std::optional<QRectF> chosen;
        bool leader = false;
        for (const double gap : { 2.0, 2.0 + 1.6 * size.height(), 2.0 + 3.2 * size.height() }) {
            const double reach = radii.at(index) + gap;
            const double diagonal = reach * 0.7071;
            const QList<QPointF> anchors {
                { centre.x() + reach, centre.y() - size.height() / 2.0 },
                { centre.x() - reach - size.width(), centre.y() - size.height() / 2.0 },
                { centre.x() - size.width() / 2.0, centre.y() - reach - size.height() },
                { centre.x() - size.width() / 2.0, centre.y() + reach },
                { centre.x() + diagonal, centre.y() - diagonal - size.height() },
                { centre.x() - diagonal - size.width(), centre.y() - diagonal - size.height() },
                { centre.x() + diagonal, centre.y() + diagonal },
                { centre.x() - diagonal - size.width(), centre.y() + diagonal },
            };
            for (const QPointF &anchor : anchors) {
                const QRectF candidate(anchor, size);
                if (!area.contains(candidate) || coversBubble(candidate, index))
                    continue;
                if (std::any_of(placed.cbegin(), placed.cend(),
                                [&](const QRectF &other) { return other.intersects(candidate); }))
                    continue;
                chosen = candidate;
                leader = gap > 2.0;
                break;
            }
            if (chosen)
                break;
        }
        const QRectF label = chosen.value_or(
            QRectF(QPointF(centre.x() + radii.at(index) + 2.0, centre.y() - size.height() / 2.0), size));
        if (leader) {
            painter.setPen(QPen(colours.axisLine, 1.0));
            // From the bubble's edge to the nearest point of the label.
            const QPointF end(std::clamp(centre.x(), label.left(), label.right()),
                              std::clamp(centre.y(), label.top(), label.bottom()));
            const QPointF towards = end - centre;
            const double length = std::hypot(towards.x(), towards.y());
            if (length > radii.at(index))
                painter.drawLine(centre + towards * (radii.at(index) / length), end);
        }
        placed << label;
        painter.setPen(colours.text);
        drawLabel(painter, label, Qt::AlignCenter, code);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setRenderHint(QPainter::Antialiasing, false);

    QStringList notes { tr("Bubble area: budget of the year; dashed: no budget") };
    if (m_unscored > 0)
        notes << tr("%n project(s) not scored yet", nullptr, m_unscored);
    painter.setFont(axisFont());
    painter.setPen(colours.axisLine);
    drawLabel(
        painter,
        QRectF(area.left(), plot.bottom() + metrics.height() * 2.7, area.width(), metrics.height() * 1.3),
        Qt::AlignCenter, notes.join(QStringLiteral(" · ")));
    drawLegendRows(
        painter, QRectF(area.left(), area.bottom() - layout.legendHeight, area.width(), layout.legendHeight),
        legend());
}

int ValueCostMatrixChart::itemAt(const QPointF &position) const
{
    const QRectF area = contentArea(widgetArea());
    // The smallest bubble under the pointer: drawn last, on top.
    for (int index = int(m_bubbles.size()) - 1; index >= 0; --index) {
        const QPointF offset = position - centreOf(index, area);
        const double radius = radiusOf(index, area) + 2.0;
        if (offset.x() * offset.x() + offset.y() * offset.y() <= radius * radius)
            return index;
    }
    return -1;
}

QString ValueCostMatrixChart::itemToolTip(int item) const
{
    const Bubble &bubble = m_bubbles.at(item);
    return QStringLiteral("<b>%1 — %2</b><br>%3<br>%4<br>%5<br>%6<br><i>%7</i>")
        .arg(bubble.code.toHtmlEscaped(), bubble.name.toHtmlEscaped(),
             tr("Weighted score: %1 of 100").arg(weightedScoreLabel(bubble.score)),
             tr("Forecast for the year: %1").arg(Money(bubble.forecast, m_currency).toString()),
             bubble.budget ? tr("Budget for the year: %1").arg(Money(*bubble.budget, m_currency).toString())
                           : tr("No budget for the year"),
             decisionLevelLabel(bubble.level).toHtmlEscaped(), tr("Click to open the project"));
}

void ValueCostMatrixChart::itemClicked(int item)
{
    emit projectClicked(m_bubbles.at(item).projectId);
}

} // namespace costboard::render::charts
