// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/milestonetimelinechart.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include "domain/fiscalcalendar.h"
#include "governance/committeetext.h"
#include "kpis.h"
#include "labels.h"

namespace costboard::render::charts {
namespace {

// Half a year either side of today: the committee looks at what is late and what comes next.
constexpr int windowMonths = 6;

QColor stateColour(MilestoneState state)
{
    switch (state) {
    case MilestoneState::Done:
        return toneColour(KpiTone::Good);
    case MilestoneState::Upcoming:
        return QColor(0x1f, 0x78, 0xb4);
    case MilestoneState::Due:
        return toneColour(KpiTone::Warning);
    case MilestoneState::Late:
        return toneColour(KpiTone::Bad);
    }
    return toneColour(KpiTone::Neutral);
}

} // namespace

MilestoneTimelineChart::MilestoneTimelineChart(QWidget *parent)
    : PaintedChart(parent)
{
    setObjectName(QStringLiteral("milestoneTimeline"));
}

void MilestoneTimelineChart::setTimeline(const QList<Row> &rows, const QDate &today)
{
    m_rows.clear();
    for (const Row &row : rows)
        if (!row.milestones.isEmpty())
            m_rows << row;
    m_today = today;
    m_first = FiscalCalendar::month(today.addMonths(-windowMonths)).first;
    m_last = FiscalCalendar::month(today.addMonths(windowMonths)).last;
    resetHover();
    updateGeometry();
    update();
}

QString MilestoneTimelineChart::title() const
{
    return tr("Milestones of the projects");
}

QSize MilestoneTimelineChart::sizeHint() const
{
    const QFontMetricsF metrics(axisFont());
    const qsizetype rows = std::clamp<qsizetype>(m_rows.size(), 3, 12);
    return { 640, int(metrics.height() * (7.0 + 2.4 * double(rows))) };
}

QList<LegendEntry> MilestoneTimelineChart::legend() const
{
    return { { names::milestoneState(MilestoneState::Done), stateColour(MilestoneState::Done) },
             { names::milestoneState(MilestoneState::Upcoming), stateColour(MilestoneState::Upcoming) },
             { names::milestoneState(MilestoneState::Due), stateColour(MilestoneState::Due) },
             { names::milestoneState(MilestoneState::Late), stateColour(MilestoneState::Late) },
             { tr("today"), colours().line(toneColour(KpiTone::Bad)), true, Qt::DashLine } };
}

MilestoneTimelineChart::Layout MilestoneTimelineChart::layoutIn(const QRectF &area) const
{
    Layout layout;
    const QFontMetricsF metrics(axisFont());
    for (const Row &row : m_rows)
        layout.labelWidth = std::max(layout.labelWidth, metrics.horizontalAdvance(row.code));
    layout.labelWidth += 12.0 * fontScale();
    layout.legendHeight = legendRowsHeight(legend(), area.width());
    const double scaleHeight = metrics.height() * 1.6;
    const double top = area.top() + scaleHeight;
    const double height
        = std::max(10.0, area.height() - scaleHeight - layout.legendHeight - metrics.height() * 0.6);
    layout.plot = QRectF(area.left() + layout.labelWidth, top,
                         std::max(10.0, area.width() - layout.labelWidth - 8.0), height);
    layout.rowHeight = m_rows.isEmpty()
        ? 0.0
        : std::min(layout.plot.height() / double(m_rows.size()), metrics.height() * 3.0);
    return layout;
}

double MilestoneTimelineChart::xOf(const QDate &day, const QRectF &plot) const
{
    const double span = std::max<qint64>(1, m_first.daysTo(m_last) + 1);
    return plot.left() + plot.width() * double(m_first.daysTo(day)) / span;
}

QList<std::pair<int, int>> MilestoneTimelineChart::drawnMilestones() const
{
    QList<std::pair<int, int>> drawn;
    for (int row = 0; row < m_rows.size(); ++row)
        for (int index = 0; index < m_rows.at(row).milestones.size(); ++index) {
            const QDate due = m_rows.at(row).milestones.at(index).dueOn;
            if (due >= m_first && due <= m_last)
                drawn << std::pair { row, index };
        }
    return drawn;
}

QPointF MilestoneTimelineChart::centreOf(int row, int index, const Layout &layout) const
{
    return { xOf(m_rows.at(row).milestones.at(index).dueOn, layout.plot),
             layout.plot.top() + layout.rowHeight * (row + 0.5) };
}

QPointF MilestoneTimelineChart::milestoneCentre(MilestoneId id) const
{
    const Layout layout = layoutIn(contentArea(widgetArea()));
    for (const auto &[row, index] : drawnMilestones())
        if (m_rows.at(row).milestones.at(index).id == id)
            return centreOf(row, index, layout);
    return {};
}

int MilestoneTimelineChart::milestoneCount(MilestoneState state) const
{
    int count = 0;
    for (const auto &[row, index] : drawnMilestones())
        count += milestoneState(m_rows.at(row).milestones.at(index), m_today) == state ? 1 : 0;
    return count;
}

void MilestoneTimelineChart::drawContent(QPainter &painter, const QRectF &area) const
{
    const ChartColours colours = this->colours();
    if (m_rows.isEmpty()) {
        painter.setPen(colours.axisLine);
        drawLabel(painter, area, Qt::AlignCenter,
                  tr("No milestone yet: add the projects' pilots, go/no-go decisions and reviews below"));
        return;
    }
    const Layout layout = layoutIn(area);
    const QRectF &plot = layout.plot;
    const QFontMetricsF metrics(axisFont());
    const QLocale locale;
    painter.setFont(axisFont());

    // Months across the top, a line at each; the year on January and on the first month shown.
    for (QDate month = m_first; month <= m_last; month = month.addMonths(1)) {
        const double x = xOf(month, plot);
        const double next = xOf(month.addMonths(1), plot);
        painter.setPen(QPen(colours.grid, 1.0));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.top() + layout.rowHeight * m_rows.size()));
        QString text = locale.monthName(month.month(), QLocale::ShortFormat);
        if (month.month() == 1 || month == m_first)
            text += QStringLiteral(" ") + QString::number(month.year());
        painter.setPen(colours.text);
        if (metrics.horizontalAdvance(text) < next - x + 4.0)
            drawLabel(painter, QRectF(x + 2.0, area.top(), next - x, metrics.height() * 1.4),
                      Qt::AlignLeft | Qt::AlignVCenter, text);
    }

    // Rows: shaded every other one, the code on the left, a span from the first to the last
    // milestone shown.
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int row = 0; row < m_rows.size(); ++row) {
        const QRectF band(area.left(), plot.top() + layout.rowHeight * row, layout.labelWidth + plot.width(),
                          layout.rowHeight);
        if (row % 2 == 1) {
            QColor shade = colours.grid;
            shade.setAlphaF(0.35);
            painter.fillRect(band, shade);
        }
        painter.setPen(colours.text);
        drawLabel(painter, QRectF(area.left(), band.top(), layout.labelWidth - 6.0, band.height()),
                  Qt::AlignLeft | Qt::AlignVCenter, m_rows.at(row).code);
        const QList<Milestone> &milestones = m_rows.at(row).milestones;
        const QDate from = std::clamp(milestones.constFirst().dueOn, m_first, m_last);
        const QDate to = std::clamp(milestones.constLast().dueOn, m_first, m_last);
        const double y = band.center().y();
        painter.setPen(QPen(colours.axisLine, std::max(2.0, 3.0 * fontScale()), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(xOf(from, plot), y), QPointF(xOf(to, plot), y));
    }

    // Today's line.
    const double todayX = xOf(m_today, plot);
    painter.setPen(QPen(colours.line(toneColour(KpiTone::Bad)), colours.lineWidth(1.5), Qt::DashLine));
    painter.drawLine(QPointF(todayX, plot.top() - metrics.height() * 0.3),
                     QPointF(todayX, plot.top() + layout.rowHeight * m_rows.size()));

    // Milestones: diamonds with their kind beside them when the row has room.
    const double size = std::min(layout.rowHeight * 0.32, 9.0 * fontScale());
    const QList<std::pair<int, int>> drawn = drawnMilestones();
    for (int item = 0; item < drawn.size(); ++item) {
        const auto [row, index] = drawn.at(item);
        const Milestone &milestone = m_rows.at(row).milestones.at(index);
        const QPointF centre = centreOf(row, index, layout);
        const double grown = item == hoveredItem() ? size * 1.35 : size;
        QPainterPath diamond;
        diamond.moveTo(centre.x(), centre.y() - grown);
        diamond.lineTo(centre.x() + grown, centre.y());
        diamond.lineTo(centre.x(), centre.y() + grown);
        diamond.lineTo(centre.x() - grown, centre.y());
        diamond.closeSubpath();
        painter.setPen(QPen(colours.background, 1.5));
        painter.setBrush(stateColour(milestoneState(milestone, m_today)));
        painter.drawPath(diamond);
        // The kind under the diamond, kept whole or left out: the tooltip has it.
        const QString kind = names::milestoneKind(milestone.kind);
        const double width = metrics.horizontalAdvance(kind) + 4.0;
        const double nextX = index + 1 < m_rows.at(row).milestones.size()
            ? xOf(m_rows.at(row).milestones.at(index + 1).dueOn, plot)
            : plot.right() + width;
        if (layout.rowHeight >= metrics.height() * 2.2 && centre.x() + width / 2.0 < nextX - width / 2.0
            && centre.x() + width / 2.0 <= plot.right()) {
            painter.setPen(colours.text);
            drawLabel(painter, QRectF(centre.x() - width / 2.0, centre.y() + size, width, metrics.height()),
                      Qt::AlignCenter, kind);
        }
    }
    painter.setBrush(Qt::NoBrush);
    drawLegendRows(
        painter, QRectF(area.left(), area.bottom() - layout.legendHeight, area.width(), layout.legendHeight),
        legend());
}

int MilestoneTimelineChart::itemAt(const QPointF &position) const
{
    const Layout layout = layoutIn(contentArea(widgetArea()));
    const double reach = std::max(8.0, layout.rowHeight * 0.4);
    const QList<std::pair<int, int>> drawn = drawnMilestones();
    for (int item = 0; item < drawn.size(); ++item) {
        const QPointF centre = centreOf(drawn.at(item).first, drawn.at(item).second, layout);
        if (std::abs(position.x() - centre.x()) + std::abs(position.y() - centre.y()) <= reach)
            return item;
    }
    return -1;
}

QString MilestoneTimelineChart::itemToolTip(int item) const
{
    const QList<std::pair<int, int>> drawn = drawnMilestones();
    if (item < 0 || item >= drawn.size())
        return QString();
    const Row &row = m_rows.at(drawn.at(item).first);
    const Milestone &milestone = row.milestones.at(drawn.at(item).second);
    QString text = QStringLiteral("%1 — %2\n%3, %4 (%5)")
                       .arg(row.code, row.name, names::milestoneKind(milestone.kind),
                            QLocale().toString(milestone.dueOn, QLocale::ShortFormat),
                            names::milestoneState(milestoneState(milestone, m_today)));
    if (!milestone.note.isEmpty())
        text += u'\n' + milestone.note;
    return text;
}

void MilestoneTimelineChart::itemClicked(int item)
{
    const QList<std::pair<int, int>> drawn = drawnMilestones();
    if (item >= 0 && item < drawn.size())
        emit milestoneClicked(m_rows.at(drawn.at(item).first).milestones.at(drawn.at(item).second).id);
}

} // namespace costboard::render::charts
