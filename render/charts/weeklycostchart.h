#pragma once

#include "analytics/dashboardsnapshot.h"

#include <QChartView>

class QBarSet;
class QCategoryAxis;
class QLineSeries;
class QStackedBarSeries;

namespace costboard::render::charts {

// Stacked weekly spend by cost category, with the weekly budget drawn as a line over it.
// Hovering a bar names week, category and amount; clicking it asks for the lines behind it.
class WeeklyCostChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyCostChart)

public:
    explicit WeeklyCostChart(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);
    void setFontScale(double scale);

    // What the chart currently draws, for tests: one set per category, in category order.
    QList<QBarSet *> categorySets() const { return m_sets; }
    QLineSeries *budgetSeries() const { return m_budget; }

signals:
    void barClicked(const costboard::IsoWeek &week, costboard::CostCategory category);

private:
    void showBarTooltip(bool entering, int index, CostCategory category);

    QStackedBarSeries *m_bars;
    QList<QBarSet *> m_sets;
    QLineSeries *m_budget;
    QCategoryAxis *m_weekAxis;
    QCategoryAxis *m_amountAxis;
    QList<IsoWeek> m_weeks;
    QList<WeeklyPoint> m_points; // exact amounts for tooltips: the bar sets hold plot values only
    QString m_currency;
};

} // namespace costboard::render::charts
