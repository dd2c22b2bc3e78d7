// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/weeklycostchart.h"

#include <algorithm>

#include <QLocale>
#include <QPainter>

#include "labels.h"
#include "palette.h"

namespace costboard::render::charts {
namespace {

constexpr double barShare = 0.8; // of a week's band
constexpr double budgetWidth = 2.5; // the budget line, in pixels

// A week cut by the period's start or end is drawn paler: it holds only some of its days.
QColor barColour(CostCategory category, bool partial)
{
    const QColor colour = categoryColour(category);
    return partial ? colour.lighter(135) : colour;
}

// A bar is an item for the pointer: its week and its category in one number.
int barItem(int index, CostCategory category)
{
    return index * CostCategories::count() + static_cast<int>(category) - 1;
}
int barWeek(int item)
{
    return item / CostCategories::count();
}
CostCategory barCategory(int item)
{
    return static_cast<CostCategory>(item % CostCategories::count() + 1);
}

} // namespace

WeeklyCostChart::WeeklyCostChart(QWidget *parent)
    : WeekChart(parent)
{
    setObjectName(QStringLiteral("weeklyCostChart"));
    setMinimumHeight(220);
}

QString WeeklyCostChart::title() const
{
    return tr("Weekly spend by category");
}

void WeeklyCostChart::setCategoryLegend(bool shown)
{
    m_categoryLegend = shown;
    setLegendBeside(shown);
}

void WeeklyCostChart::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_points = snapshot.periodPoints();
    m_currency = snapshot.currency;
    m_hasBudget = snapshot.hasBudget;
    QList<IsoWeek> weeks;
    QList<int> partial;
    std::int64_t highest = 0;
    for (const WeeklyPoint &point : std::as_const(m_points)) {
        if (point.isPartial())
            partial << static_cast<int>(weeks.size());
        weeks << point.week;
        highest = std::max({ highest, point.actual, m_hasBudget ? point.budget : 0 });
    }
    setWeeks(weeks, partial, highest, snapshot.currency);
}

QList<LegendEntry> WeeklyCostChart::legendEntries() const
{
    QList<LegendEntry> entries;
    if (m_categoryLegend) {
        for (const CategoryInfo &info : CostCategories::all()) {
            const bool spent
                = std::any_of(m_points.cbegin(), m_points.cend(), [&info](const WeeklyPoint &point) {
                      return point.category(info.category) > 0;
                  });
            if (spent)
                entries << LegendEntry { categoryLabel(info.category), categoryColour(info.category) };
        }
    }
    if (m_hasBudget)
        entries << LegendEntry { tr("Weekly budget"), palette::ink(), true };
    return entries;
}

QRectF WeeklyCostChart::segment(const Layout &layout, int index, CostCategory category) const
{
    const WeeklyPoint &point = m_points.at(index);
    if (point.category(category) <= 0)
        return {};
    // Stacked in category order, the first at the bottom: the heights are plotted from the
    // integer amounts below it and its own, which never exceed the week's total (summed, checked,
    // by the snapshot).
    std::int64_t below = 0;
    for (const CategoryInfo &info : CostCategories::all()) {
        if (info.category == category)
            break;
        below += std::max<std::int64_t>(0, point.category(info.category));
    }
    const double width = layout.plot.bandWidth() * barShare;
    return QRectF(QPointF(layout.plot.x(index) - width / 2, yOf(layout, below + point.category(category))),
                  QPointF(layout.plot.x(index) + width / 2, yOf(layout, below)));
}

QRectF WeeklyCostChart::barRect(int index, CostCategory category) const
{
    if (index < 0 || index >= m_points.size())
        return {};
    return segment(widgetLayout(), index, category);
}

void WeeklyCostChart::drawContent(QPainter &painter, const QRectF &area) const
{
    const Layout layout = this->layout(area);
    const ChartColours colours = this->colours();
    drawFrame(painter, layout);
    for (int i = 0; i < m_points.size(); ++i) {
        const bool partial = m_points.at(i).isPartial();
        for (const CategoryInfo &info : CostCategories::all()) {
            const QRectF bar = segment(layout, i, info.category);
            if (bar.isEmpty())
                continue;
            painter.fillRect(bar, barColour(info.category, partial));
            if (colours.highContrast) {
                // On the projector a thin black line parts the stacked colours.
                painter.setPen(QPen(colours.background, 1.0));
                painter.drawLine(bar.topLeft(), bar.topRight());
            }
        }
    }
    if (m_hasBudget) {
        QList<Point> budget;
        for (int i = 0; i < m_points.size(); ++i)
            budget << Point { i, m_points.at(i).budget };
        drawLine(painter, layout, budget, palette::ink(), budgetWidth);
    }
}

int WeeklyCostChart::itemAt(const QPointF &position) const
{
    const Layout layout = widgetLayout();
    const int index = layout.plot.weekAt(position.x());
    if (index < 0)
        return -1;
    for (const CategoryInfo &info : CostCategories::all()) {
        if (segment(layout, index, info.category).contains(position))
            return barItem(index, info.category);
    }
    return -1;
}

QString WeeklyCostChart::itemToolTip(int item) const
{
    const WeeklyPoint &point = m_points.at(barWeek(item));
    const CostCategory category = barCategory(item);
    const QString partialNote = point.isPartial() ? QStringLiteral("<br>")
            + tr("* %n day(s) of this week are in the period", nullptr, int(point.days.dayCount()))
                                                  : QString();
    return tr("<b>%1</b> (%2 – %3)<br>%4: <b>%5</b>%6<br><i>Click to see the cost lines</i>")
        .arg(weekLabel(point.week), QLocale().toString(point.days.first, QLocale::ShortFormat),
             QLocale().toString(point.days.last, QLocale::ShortFormat), categoryLabel(category),
             Money(point.category(category), m_currency).toString(), partialNote);
}

void WeeklyCostChart::itemClicked(int item)
{
    emit barClicked(m_points.at(barWeek(item)).week, barCategory(item));
}

} // namespace costboard::render::charts
