// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include <QList>
#include <QRectF>
#include <QStringList>

#include "charts/paintedchart.h"
#include "domain/isoweek.h"

namespace costboard::render::charts {

// A chart over weeks (the weekly bars, the cumulative lines): amounts up the left, one band per
// week along the bottom with as many week labels as fit, and a legend below it (or beside it).
class WeekChart : public PaintedChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekChart)

public:
    explicit WeekChart(QWidget *parent = nullptr);

    // The week labels the axis shows at the widget's size.
    QStringList weekAxisLabels() const;

    // A point of a line: the week's position on the axis and the amount in minor units.
    struct Point
    {
        int position;
        std::int64_t amount;
    };

protected:
    struct Layout
    {
        WeekPlot plot;
        QList<AxisTick> weekTicks;
        QRectF legend;
    };

    // The weeks shown, those of them only partly in the period (by index, labelled with a "*"),
    // and the highest amount to show, in minor units of `currency`.
    void setWeeks(const QList<IsoWeek> &weeks, const QList<int> &partial, std::int64_t highest,
                  const QString &currency);
    // The legend beside the plot, one entry a line, rather than in rows below it.
    void setLegendBeside(bool beside);
    virtual QList<LegendEntry> legendEntries() const = 0;

    Layout layout(const QRectF &area) const;
    // The layout of the widget's own drawing, for the pointer.
    Layout widgetLayout() const;
    // The height of an amount in minor units.
    double yOf(const Layout &layout, std::int64_t minorUnits) const;
    // The axes and the legend.
    void drawFrame(QPainter &painter, const Layout &layout) const;
    // A line through `points` in `colour` (the text's on a dark background when it is dark),
    // `width` pixels at a font scale of 1 (wider at a larger scale, and on the projector) and
    // `style`.
    void drawLine(QPainter &painter, const Layout &layout, const QList<Point> &points, const QColor &colour,
                  double width, Qt::PenStyle style = Qt::SolidLine) const;

private:
    QList<IsoWeek> m_weeks;
    QList<int> m_partial;
    QList<AxisTick> m_amountTicks;
    std::int64_t m_minorPerMajor = 100;
    bool m_legendBeside = false;
};

} // namespace costboard::render::charts
