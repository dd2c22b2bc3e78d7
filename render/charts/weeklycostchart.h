// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "analytics/dashboardsnapshot.h"
#include "charts/weekchart.h"
#include "domain/category.h"
#include "domain/isoweek.h"

namespace costboard::render::charts {

// Stacked weekly spend by cost category, with the weekly budget drawn as a line over it.
// Hovering a bar names week, category and amount; clicking it asks for the lines behind it.
class WeeklyCostChart final : public WeekChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyCostChart)

public:
    explicit WeeklyCostChart(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);
    // Alone on a slide the chart needs its colour key: the categories that spent, beside it. On
    // the dashboard the donut is the key, and the legend below keeps the budget line only.
    void setCategoryLegend(bool shown);

    QString title() const override;
    // What the chart draws, for tests: the period's weeks, left to right, with their amounts.
    const QList<WeeklyPoint> &weeks() const { return m_points; }
    bool showsBudget() const { return m_hasBudget; }
    // Where the bar of `category` in week `index` is drawn in the widget; empty when it has none.
    QRectF barRect(int index, CostCategory category) const;

signals:
    void barClicked(const costboard::IsoWeek &week, costboard::CostCategory category);

protected:
    QList<LegendEntry> legendEntries() const override;
    void drawContent(QPainter &painter, const QRectF &area) const override;
    int itemAt(const QPointF &position) const override;
    QString itemToolTip(int item) const override;
    void itemClicked(int item) override;

private:
    QRectF segment(const Layout &layout, int index, CostCategory category) const;

    QList<WeeklyPoint> m_points;
    QString m_currency;
    bool m_hasBudget = false;
    bool m_categoryLegend = false;
};

} // namespace costboard::render::charts
