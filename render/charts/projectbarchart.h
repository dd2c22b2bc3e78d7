// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "analytics/dashboardsnapshot.h"

namespace costboard::render::charts {

// Spend per project in the period as horizontal bars, largest first, with the project's name
// and amount written out in full: names are what the committee reads, so they are never cut to
// "…" as a chart axis would. Clicking a bar asks to filter the dashboard on that project.
class ProjectBarChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectBarChart)

public:
    explicit ProjectBarChart(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);
    void setFontScale(double scale);
    // The projector's look (presentation mode): black background, white text, lighter bars.
    void setHighContrast(bool highContrast);
    // On screen: background and text in the widget's palette (dark mode); off for the PDF report.
    void setFollowsPalette(bool follows);
    // Off where the page around it already names the chart (a slide's title).
    void setTitleVisible(bool visible);

    struct Bar
    {
        ProjectId projectId;
        QString name;
        std::int64_t amount;
    };
    // What is drawn, top to bottom.
    const QList<Bar> &bars() const { return m_bars; }
    // Paints the chart into `painter` within `area`: the widget and the PDF report share it.
    void render(QPainter &painter, const QRectF &area) const;

    QSize minimumSizeHint() const override { return { 260, 180 }; }

signals:
    void projectClicked(costboard::ProjectId projectId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    int barAt(const QPointF &position) const;
    QRectF rowRect(const QRectF &area, int index) const;

    QList<Bar> m_bars;
    QString m_currency;
    double m_fontScale = 1.0;
    bool m_highContrast = false;
    bool m_titleVisible = true;
    bool m_followsPalette = false;
    int m_hovered = -1;
};

} // namespace costboard::render::charts
