// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include <QList>
#include <QString>

#include "analytics/dashboardsnapshot.h"
#include "charts/paintedchart.h"

namespace costboard::render::charts {

// Spend per project in the period as horizontal bars, largest first, with the project's name
// and amount written out in full: names are what the committee reads, so they are never cut to
// "…" as a chart axis would. Clicking a bar asks to filter the dashboard on that project.
class ProjectBarChart final : public PaintedChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectBarChart)

public:
    explicit ProjectBarChart(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);

    QString title() const override;

    struct Bar
    {
        ProjectId projectId;
        QString name;
        std::int64_t amount;
    };
    // What is drawn, top to bottom.
    const QList<Bar> &bars() const { return m_bars; }

signals:
    void projectClicked(costboard::ProjectId projectId);

protected:
    void drawContent(QPainter &painter, const QRectF &area) const override;
    // The items are the bars, by index.
    int itemAt(const QPointF &position) const override;
    QString itemToolTip(int item) const override;
    void itemClicked(int item) override;

private:
    QRectF rowRect(const QRectF &area, int index) const;

    QList<Bar> m_bars;
    QString m_currency;
};

} // namespace costboard::render::charts
