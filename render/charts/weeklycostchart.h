// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

#include "analytics/dashboardsnapshot.h"

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
    // On screen the chart draws in the widget's palette (dark mode) and follows its changes; off by
    // default, for the PDF report's white paper.
    void setFollowsPalette(bool follows);

    // The week labels the axis shows, for tests: none may be elided.
    QStringList weekAxisLabels() const;
    // The text of the tooltip shown while the pointer rests on a bar; empty when none is.
    QString hoverText() const { return m_hoverText; }

    // What the chart currently draws, for tests: one set per category, in category order.
    QList<QBarSet *> categorySets() const { return m_sets; }
    QLineSeries *budgetSeries() const { return m_budget; }

signals:
    void barClicked(const costboard::IsoWeek &week, costboard::CostCategory category);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void showBarTooltip(bool entering, int index, CostCategory category);
    void relabelWeeks();

    QStackedBarSeries *m_bars;
    QList<QBarSet *> m_sets;
    QLineSeries *m_budget;
    QCategoryAxis *m_weekAxis;
    QCategoryAxis *m_amountAxis;
    QList<IsoWeek> m_weeks;
    QList<int> m_partial;
    QString m_hoverText;
    bool m_followsPalette = false;
    QList<WeeklyPoint> m_points; // exact amounts for tooltips: the bar sets hold plot values only
    QString m_currency;
};

} // namespace costboard::render::charts
