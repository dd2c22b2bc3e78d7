// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/talentshapechart.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include "domain/displaynames.h"
#include "governance/committeetext.h"
#include "labels.h"
#include "palette.h"

namespace costboard::render::charts {
namespace {

QColor externalColour()
{
    QColor colour = palette::bar();
    colour.setAlphaF(0.45);
    return colour;
}

} // namespace

TalentShapeChart::TalentShapeChart(QWidget *parent)
    : PaintedChart(parent)
{
    setObjectName(QStringLiteral("talentShape"));
}

void TalentShapeChart::setShape(const Headcount &headcount, const LevelTargets &targets)
{
    m_headcount = headcount;
    m_targets = targets;
    update();
}

QString TalentShapeChart::title() const
{
    return tr("Headcount by level against the target");
}

QList<LegendEntry> TalentShapeChart::legend() const
{
    return { { tr("internal"), palette::bar() },
             { tr("external"), externalColour() },
             { tr("target"), colours().line(palette::ink()), true, Qt::DashLine } };
}

double TalentShapeChart::share(int heads) const
{
    const int all = m_headcount.heads();
    return all == 0 ? 0.0 : 100.0 * heads / all;
}

TalentShapeChart::Layout TalentShapeChart::layoutIn(const QRectF &area) const
{
    Layout layout;
    const QFontMetricsF metrics(axisFont());
    for (const TalentLevel level : allTalentLevels())
        layout.labelWidth = std::max(layout.labelWidth, metrics.horizontalAdvance(names::talentLevel(level)));
    layout.labelWidth += 10.0 * fontScale();
    layout.legendHeight = legendRowsHeight(legend(), area.width());
    // Room on the right for "12 (40 %)".
    const double countWidth = metrics.horizontalAdvance(QStringLiteral("00 (100 %)")) + 8.0;
    const double below = metrics.height() * 1.8 + layout.legendHeight;
    layout.plot = QRectF(area.left() + layout.labelWidth, area.top() + metrics.height() * 0.3,
                         std::max(10.0, area.width() - layout.labelWidth - countWidth),
                         std::max(10.0, area.height() - below - metrics.height() * 0.3));
    layout.rowHeight = layout.plot.height() / TalentLevelCount;
    double widest = 1.0;
    const LevelCounts total = m_headcount.total();
    for (int index = 0; index < TalentLevelCount; ++index)
        widest
            = std::max({ widest, share(total[std::size_t(index)]), double(m_targets[std::size_t(index)]) });
    layout.scale = layout.plot.width() / 2.0 / widest;
    return layout;
}

double TalentShapeChart::barHalfWidth(TalentLevel level) const
{
    const Layout layout = layoutIn(contentArea(widgetArea()));
    return share(m_headcount.total()[std::size_t(indexOf(level))]) * layout.scale;
}

double TalentShapeChart::targetHalfWidth(TalentLevel level) const
{
    const Layout layout = layoutIn(contentArea(widgetArea()));
    return m_targets[std::size_t(indexOf(level))] * layout.scale;
}

void TalentShapeChart::drawContent(QPainter &painter, const QRectF &area) const
{
    const ChartColours colours = this->colours();
    if (m_headcount.heads() == 0) {
        painter.setPen(colours.axisLine);
        drawLabel(painter, area, Qt::AlignCenter, tr("No one on the roster this month"));
        return;
    }
    const Layout layout = layoutIn(area);
    const QFontMetricsF metrics(axisFont());
    const double middle = layout.plot.center().x();
    painter.setFont(axisFont());
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QLocale locale;
    // Strategic at the top, junior at the bottom.
    for (int index = 0; index < TalentLevelCount; ++index) {
        const std::size_t level = std::size_t(TalentLevelCount - 1 - index);
        const double top = layout.plot.top() + layout.rowHeight * index;
        const double barHeight = layout.rowHeight * 0.7;
        const double barTop = top + (layout.rowHeight - barHeight) / 2.0;
        const int internal = m_headcount.internal[level];
        const int external = m_headcount.external[level];
        const double half = share(internal + external) * layout.scale;
        const double internalHalf = share(internal) * layout.scale;
        painter.setPen(Qt::NoPen);
        painter.setBrush(externalColour());
        painter.drawRect(QRectF(middle - half, barTop, 2.0 * half, barHeight));
        painter.setBrush(colours.highContrast ? colours.text : palette::bar());
        painter.drawRect(QRectF(middle - internalHalf, barTop, 2.0 * internalHalf, barHeight));
        const double targetHalf = m_targets[level] * layout.scale;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colours.line(palette::ink()), colours.lineWidth(1.5), Qt::DashLine));
        painter.drawRect(QRectF(middle - targetHalf, barTop - 2.0, 2.0 * targetHalf, barHeight + 4.0));
        painter.setPen(colours.text);
        drawLabel(painter, QRectF(area.left(), top, layout.labelWidth - 6.0, layout.rowHeight),
                  Qt::AlignLeft | Qt::AlignVCenter,
                  names::talentLevel(allTalentLevels().at(qsizetype(level))));
        const double right = middle + std::max(half, targetHalf) + 6.0;
        drawLabel(painter, QRectF(right, top, area.right() - right, layout.rowHeight),
                  Qt::AlignLeft | Qt::AlignVCenter,
                  tr("%1 (%2)").arg(locale.toString(internal + external),
                                    names::percent(share(internal + external), 0, locale)));
    }
    const LevelCounts total = m_headcount.total();
    const QString verdict = tr("%1 · %2 points from the target")
                                .arg(render::capitalized(names::talentShape(classifyShape(total))),
                                     locale.toString(distanceFromTarget(total, m_targets) / 100.0, 'f', 1));
    painter.setPen(colours.text);
    drawLabel(painter,
              QRectF(area.left(), layout.plot.bottom() + metrics.height() * 0.3, area.width(),
                     metrics.height() * 1.3),
              Qt::AlignCenter, verdict);
    painter.setBrush(Qt::NoBrush);
    drawLegendRows(
        painter, QRectF(area.left(), area.bottom() - layout.legendHeight, area.width(), layout.legendHeight),
        legend());
}

} // namespace costboard::render::charts
