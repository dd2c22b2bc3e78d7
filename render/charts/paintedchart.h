// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "charts/chartsupport.h"

namespace costboard::render::charts {

// A chart that paints itself, the same way on screen, in the PDF report, in a PNG or SVG file and on
// the projector: paintChart() draws it into any painter.
//
// The charts were Qt Charts views until the start-up measure (bench_startup) showed them taking a
// quarter of the time to the dashboard's first paint: a graphics scene per chart, and a rich-text
// document laid out for every axis label. Four charts of a few bars, lines and slices do not need
// it, and painting them also lets each text be measured and kept whole (no "…" axis labels).
class PaintedChart : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaintedChart)

public:
    explicit PaintedChart(QWidget *parent = nullptr);

    // The axis labels' size in points, before the font scale: the other texts are sized beside it.
    static constexpr double axisPoints = 8.5;

    // Fonts scaled by `scale`: presentation mode projects at 1.6 and more.
    void setFontScale(double scale);
    double fontScale() const { return m_fontScale; }
    // The projector's look (presentation mode): black background, white text, lines at least 5 px.
    void setHighContrast(bool highContrast);
    // On screen the chart draws in the widget's palette (dark mode) and follows its changes; off
    // by default, for the PDF report's white paper.
    void setFollowsPalette(bool follows);
    // Off where the page around it already names the chart (a slide's title).
    void setTitleVisible(bool visible);

    // The chart's title, as drawn above it and offered as the name of a saved image.
    virtual QString title() const = 0;
    // Paints the whole chart, title included, within `area`.
    void paintChart(QPainter &painter, const QRectF &area) const;
    // Fills `whole` with the chart's background and paints the chart within it, with the margin it
    // has on screen: the widget and its saved pictures.
    void paintWithBackground(QPainter &painter, const QRectF &whole) const;
    // The colours it draws in now.
    ChartColours colours() const;

    // Every text the last paint drew, after any eliding, for tests: an elided one ends in "…".
    QStringList drawnTexts() const { return m_drawnTexts; }
    // The text of the tooltip shown while the pointer rests on a bar or slice; empty when none is.
    QString hoverText() const { return m_hoverText; }

    QSize minimumSizeHint() const override { return { 260, 180 }; }

protected:
    // Draws what is below the title within `area`.
    virtual void drawContent(QPainter &painter, const QRectF &area) const = 0;

    // The widget's drawing area less its margin, and that area less the title: where
    // drawContent() draws on screen, for the mouse to find what it points at.
    QRectF widgetArea() const;
    QRectF contentArea(const QRectF &area) const;
    // The widget's font at `points` points times the font scale.
    QFont chartFont(double points, bool bold = false) const;
    // The fonts of axis labels and of legends.
    QFont axisFont() const;
    QFont legendFont() const;
    // Draws `text` in `rect`, elided to the rect's width if it must be, and records what was drawn.
    void drawLabel(QPainter &painter, const QRectF &rect, int flags, const QString &text) const;
    // A legend in one row (wrapped onto more when it must), centred, and the height it takes
    // across `width`.
    double legendRowsHeight(const QList<LegendEntry> &entries, double width) const;
    void drawLegendRows(QPainter &painter, const QRectF &area, const QList<LegendEntry> &entries) const;
    // A legend as a column, one entry per line, in `font`; its width and the height of one entry.
    static double legendColumnWidth(const QList<LegendEntry> &entries, const QFont &font);
    static double legendEntryHeight(const QFont &font);
    void drawLegendColumn(QPainter &painter, const QRectF &area, const QList<LegendEntry> &entries,
                          const QFont &font) const;

    // A money axis up the left of a plot: the width its labels take (with their gap), then its grid
    // lines across `plot` and its labels in the `axisWidth` left of it, and the baseline.
    double moneyAxisWidth(const QList<AxisTick> &ticks) const;
    void drawMoneyAxis(QPainter &painter, const QRectF &plot, const QList<AxisTick> &ticks,
                       double axisWidth) const;

    // What the pointer can point at (a bar, a slice), numbered by the chart: the item under
    // `position` in the widget, or -1; the tooltip that names it; what a click on it asks for.
    virtual int itemAt(const QPointF &position) const;
    virtual QString itemToolTip(int item) const;
    virtual void itemClicked(int item);
    // The item under the pointer, or -1: charts that highlight it draw it so.
    int hoveredItem() const { return m_hoveredItem; }
    // Forgets the item under the pointer: the data changed under it.
    void resetHover();

    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    // Shows `text` as the hover tooltip, or hides it when empty.
    void setHoverText(const QString &text);
    void drawLegendEntry(QPainter &painter, const QPointF &topLeft, const LegendEntry &entry,
                         const QFontMetricsF &metrics, double width) const;

    double m_fontScale = 1.0;
    bool m_highContrast = false;
    bool m_followsPalette = false;
    bool m_titleVisible = true;
    QString m_hoverText;
    int m_hoveredItem = -1;
    mutable QStringList m_drawnTexts;
};

} // namespace costboard::render::charts
