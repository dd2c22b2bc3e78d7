// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

#include "charts/paintedchart.h"
#include "governance/followup.h"

namespace costboard::render::charts {

// The committee's calendar of projects as a Gantt-like timeline: one row per project with its
// milestones as diamonds on a span from the first to the last, coloured by where each stands
// (done, upcoming, due, late: the one rule of milestoneState), over half a year either side of
// today, with today's line. A click on a milestone asks for it.
class MilestoneTimelineChart final : public PaintedChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MilestoneTimelineChart)

public:
    explicit MilestoneTimelineChart(QWidget *parent = nullptr);

    struct Row
    {
        ProjectId projectId = 0;
        QString code;
        QString name;
        QList<Milestone> milestones; // by date
    };
    // The projects in the order given (those without a milestone are left out), `today` the day
    // the states are read on.
    void setTimeline(const QList<Row> &rows, const QDate &today);
    QString title() const override;
    // Room for every row at a readable height, up to a dozen projects.
    QSize sizeHint() const override;

    const QList<Row> &rows() const { return m_rows; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    // Where a milestone is drawn in the widget (for tests); null when it is outside the window.
    QPointF milestoneCentre(MilestoneId id) const;
    int milestoneCount(MilestoneState state) const;

signals:
    void milestoneClicked(costboard::MilestoneId id);

protected:
    void drawContent(QPainter &painter, const QRectF &area) const override;
    int itemAt(const QPointF &position) const override;
    QString itemToolTip(int item) const override;
    void itemClicked(int item) override;

private:
    struct Layout
    {
        QRectF plot; // the rows, right of the codes, below the month scale
        double rowHeight = 0;
        double labelWidth = 0;
        double legendHeight = 0;
    };
    Layout layoutIn(const QRectF &area) const;
    double xOf(const QDate &day, const QRectF &plot) const;
    QList<LegendEntry> legend() const;
    // Every milestone drawn, as (row, index in the row), numbered in that order for itemAt().
    QList<std::pair<int, int>> drawnMilestones() const;
    QPointF centreOf(int row, int index, const Layout &layout) const;

    QList<Row> m_rows;
    QDate m_today;
    QDate m_first;
    QDate m_last;
};

} // namespace costboard::render::charts
