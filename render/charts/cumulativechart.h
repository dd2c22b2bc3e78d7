// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include <QList>

#include "analytics/dashboardsnapshot.h"
#include "charts/weekchart.h"
#include "domain/isoweek.h"

namespace costboard::render::charts {

// Cumulative spend against cumulative budget over the period, with the forecast drawn dashed from
// the reporting week to the forecast horizon.
class CumulativeChart final : public WeekChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CumulativeChart)

public:
    explicit CumulativeChart(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);

    QString title() const override;

    // What the chart draws, for tests. The budget is empty without a budget, the forecast without
    // weeks after the reporting week.
    const QList<Point> &actualLine() const { return m_actual; }
    const QList<Point> &budgetLine() const { return m_budget; }
    const QList<Point> &forecastLine() const { return m_forecast; }

protected:
    QList<LegendEntry> legendEntries() const override;
    void drawContent(QPainter &painter, const QRectF &area) const override;

private:
    QList<Point> m_actual;
    QList<Point> m_budget;
    QList<Point> m_forecast;
};

} // namespace costboard::render::charts
