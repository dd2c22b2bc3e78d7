// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

#include "analytics/dashboardsnapshot.h"

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
    // On screen the chart draws in the widget's palette (dark mode) and follows its changes.
    void setFollowsPalette(bool follows);
    QStringList weekAxisLabels() const;

    QLineSeries *actualSeries() const { return m_actual; }
    QLineSeries *budgetSeries() const { return m_budget; }
    QLineSeries *forecastSeries() const { return m_forecast; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relabelWeeks();

    QLineSeries *m_actual;
    QLineSeries *m_budget;
    QLineSeries *m_forecast;
    QCategoryAxis *m_weekAxis;
    QCategoryAxis *m_amountAxis;
    QList<IsoWeek> m_weeks;
    bool m_followsPalette = false;
};

} // namespace costboard::render::charts
