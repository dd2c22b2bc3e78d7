#pragma once

#include "analytics/dashboardsnapshot.h"

#include <QChartView>

class QCategoryAxis;
class QLineSeries;

namespace costboard::render::charts {

// Cumulative spend against cumulative budget over the period, with the forecast drawn dashed from
// the reporting week to the forecast horizon.
class CumulativeChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CumulativeChart)

public:
    explicit CumulativeChart(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);
    void setFontScale(double scale);

    QLineSeries *actualSeries() const { return m_actual; }
    QLineSeries *budgetSeries() const { return m_budget; }
    QLineSeries *forecastSeries() const { return m_forecast; }

private:
    QLineSeries *m_actual;
    QLineSeries *m_budget;
    QLineSeries *m_forecast;
    QCategoryAxis *m_weekAxis;
    QCategoryAxis *m_amountAxis;
};

} // namespace costboard::render::charts
