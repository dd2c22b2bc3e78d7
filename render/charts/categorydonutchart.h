#pragma once

#include "analytics/dashboardsnapshot.h"

#include <QChartView>

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
    QPieSeries *series() const { return m_series; }

signals:
    void categoryClicked(costboard::CostCategory category);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeCentreLabel();

    QPieSeries *m_series;
    QGraphicsSimpleTextItem *m_centreLabel;
    double m_fontScale = 1.0;
};

} // namespace costboard::render::charts
