// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "analytics/unitcosts.h"
#include "charts/paintedchart.h"

namespace costboard::render::charts {

// Unit costs week by week: the tokens of each week as bars (their axis on the left) and the cost
// of a million tokens as a line (its axis on the right), so that a rising volume and a falling
// unit cost read together. The figures come from core's UnitCostReport.
class UnitCostTrendChart final : public PaintedChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitCostTrendChart)

public:
    explicit UnitCostTrendChart(QWidget *parent = nullptr);

    // The weeks of `report`, for its whole portfolio or for one of its rows.
    void setWeeks(const UnitCostReport &report, const QList<TokenTally> &byWeek, const QString &subject);

    QString title() const override;
    int weekCount() const { return int(m_weeks.size()); }

protected:
    void drawContent(QPainter &painter, const QRectF &area) const override;
    // The items are the weeks, by index.
    int itemAt(const QPointF &position) const override;
    QString itemToolTip(int item) const override;

private:
    struct Layout
    {
        QRectF plot;
        double leftAxisWidth = 0.0;
        double rightAxisWidth = 0.0;
        double legendHeight = 0.0;
        QList<AxisTick> tokenTicks;
        QList<AxisTick> costTicks;
    };
    Layout layout(const QRectF &area) const;
    QList<LegendEntry> legend() const;
    double bandWidth(const Layout &layout) const;

    QList<UnitCostWeek> m_weeks;
    QList<TokenTally> m_byWeek;
    QString m_currency;
    QString m_subject;
};

} // namespace costboard::render::charts
