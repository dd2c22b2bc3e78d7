// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

#include "analytics/dashboardsnapshot.h"

class QPieSeries;

namespace costboard::render::charts {

// Share of each cost category in the period, as a donut with the total in its hole. Clicking a
// slice asks to filter the dashboard on that category.
class CategoryDonutChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryDonutChart)

public:
    explicit CategoryDonutChart(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);
    void setFontScale(double scale);
    // On screen the chart draws in the widget's palette (dark mode) and follows its changes.
    void setFollowsPalette(bool follows);
    QPieSeries *series() const { return m_series; }
    // The point size the legend was given to hold every entry whole.
    double legendPointSize() const;
    QString hoverText() const { return m_hoverText; }

signals:
    void categoryClicked(costboard::CostCategory category);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void placeCentreLabel();
    // Lays the legend out beside the donut in a font small enough for every entry to show whole,
    // and gives the donut the rest of the chart.
    void layoutLegend();

    QPieSeries *m_series;
    QGraphicsSimpleTextItem *m_centreLabel;
    double m_fontScale = 1.0;
    QString m_hoverText;
    bool m_followsPalette = false;
};

} // namespace costboard::render::charts
