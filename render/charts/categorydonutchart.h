// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include <QColor>
#include <QList>
#include <QString>

#include "analytics/dashboardsnapshot.h"
#include "charts/paintedchart.h"
#include "domain/category.h"

namespace costboard::render::charts {

// Share of each cost category in the period, as a donut with the total in its hole and a legend
// beside it. Hovering a slice names its amount; clicking it asks to filter the dashboard on that
// category.
class CategoryDonutChart final : public PaintedChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryDonutChart)

public:
    explicit CategoryDonutChart(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);
    // Off in the PDF report, where the category table beside the donut is its key, with amounts.
    void setLegendVisible(bool visible);

    QString title() const override;

    // A slice as drawn: clockwise from the top, in the snapshot's category order.
    struct Slice
    {
        CostCategory category;
        std::int64_t amount;
        double share; // of the period's total, for drawing only
        QString label; // the legend's entry: share, then category
        QString amountText; // the tooltip's
    };
    const QList<Slice> &slices() const { return m_slices; }
    // The point size the legend takes at the widget's size: the largest, up to the chart's legend
    // size, that holds every entry whole.
    double legendPointSize() const;
    // The middle of slice `index`'s ring in the widget, for the pointer.
    QPointF sliceCentre(int index) const;

signals:
    void categoryClicked(costboard::CostCategory category);

protected:
    void drawContent(QPainter &painter, const QRectF &area) const override;
    // The items are the slices, by index.
    int itemAt(const QPointF &position) const override;
    QString itemToolTip(int item) const override;
    void itemClicked(int item) override;

private:
    struct Layout;
    Layout layout(const QRectF &area) const;
    QList<LegendEntry> legendEntries() const;
    QFont fittedLegendFont(double width, double height) const;

    QList<Slice> m_slices;
    QString m_total;
    bool m_legendVisible = true;
};

} // namespace costboard::render::charts
