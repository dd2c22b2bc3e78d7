// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QPointF>

#include "charts/paintedchart.h"
#include "governance/evaluation.h"

namespace costboard::render::charts {

// The committee's value × cost matrix: each scored project a bubble at its weighted score (across)
// and this fiscal year's forecast (up), as large as its budget for the year, in the colour of its
// decision level. High value at low cost is bottom right. A click on a bubble opens the project.
class ValueCostMatrixChart final : public PaintedChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueCostMatrixChart)

public:
    explicit ValueCostMatrixChart(QWidget *parent = nullptr);

    void setEvaluation(const PortfolioEvaluation &evaluation);
    QString title() const override;

    struct Bubble
    {
        ProjectId projectId = 0;
        QString code;
        QString name;
        WeightedScore score;
        std::int64_t forecast = 0;
        std::optional<std::int64_t> budget;
        DecisionLevel level = DecisionLevel::Committee;
    };
    // The scored projects drawn, largest budget first (so that small bubbles are drawn over large
    // ones); the projects not scored yet are counted below the plot.
    const QList<Bubble> &bubbles() const { return m_bubbles; }
    int unscoredCount() const { return m_unscored; }
    // Where bubble `index` is drawn in the widget, and its radius: for tests.
    QPointF bubbleCentre(int index) const { return centreOf(index, contentArea(widgetArea())); }
    double bubbleRadius(int index) const { return radiusOf(index, contentArea(widgetArea())); }

signals:
    void projectClicked(costboard::ProjectId projectId);

protected:
    void drawContent(QPainter &painter, const QRectF &area) const override;
    int itemAt(const QPointF &position) const override;
    QString itemToolTip(int item) const override;
    void itemClicked(int item) override;

private:
    struct Layout
    {
        QRectF plot;
        QList<AxisTick> ticks;
        double axisWidth = 0.0;
        double legendHeight = 0.0;
    };
    Layout layoutIn(const QRectF &area) const;
    // Where bubble `index` is drawn within `area`, and its radius.
    QPointF centreOf(int index, const QRectF &area) const;
    double radiusOf(int index, const QRectF &area) const;
    QList<LegendEntry> legend() const;

    QList<Bubble> m_bubbles;
    int m_unscored = 0;
    QString m_currency;
    std::int64_t m_largestBudget = 0;
};

} // namespace costboard::render::charts
