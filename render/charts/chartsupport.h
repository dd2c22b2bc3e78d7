// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

#include "domain/isoweek.h"

class QFont;
class QPainter;
class QWidget;

namespace costboard::render::charts {

// Chart adapters take snapshot values (minor units) and only format and draw them: no aggregation
// here. The charts paint themselves with QPainter (see PaintedChart for why); what their axes,
// legends and colours share is here, once.

// The colours a chart draws in: on paper (the PDF report), in the window's palette (the screen,
// dark mode included) or on the projector (presentation mode).
struct ChartColours
{
    QColor background;
    QColor text;
    QColor axisLine;
    QColor grid;
    double axisLineWidth = 1.0;
    bool highContrast = false;

    // White paper, ink text.
    static ChartColours paper();
    // Background in the palette's base colour, text in its text colour, axis and grid lines
    // softened from the text towards the background.
    static ChartColours fromPalette(const QColor &base, const QColor &text);
    // The projector's look: black background, white text and axes.
    static ChartColours projector();

    // The colour a line given `colour` is drawn in: a dark line (the budget, drawn in
    // palette::ink()) turns to the text colour on a dark background, so that it stays visible.
    QColor line(const QColor &colour) const;
    // A line's width: at least 5 px on the projector, to be seen from the back of the room.
    double lineWidth(double width) const;
    bool darkBackground() const { return background.lightness() < 128; }
};

// One labelled tick of an axis: its text and the value (amount in major units, or week position)
// it stands at.
struct AxisTick
{
    QString text;
    double value = 0.0;
};

// "Nice" ticks (1, 2, 5 x 10^n whole major units) from 0 to at least `maxMinorUnits`, about
// `targetTicks` intervals, each labelled as a compact locale-formatted amount ("40 k€"), or as the
// whole amount ("1 500 €") when compact labels would repeat. The last tick is the axis's maximum.
QList<AxisTick> moneyTicks(std::int64_t maxMinorUnits, const QString &currency, int targetTicks = 5);

// At most `maxLabels` ISO-week labels for week positions 0..n-1, evenly spaced: always the first
// (with its year), and the last when it is partial or half a step from the last one labelled (in
// that label's place when it is closer than a step). Weeks in `partial` (by index) get a trailing
// "*": only some of their days belong to the period shown.
QList<AxisTick> weekTicks(const QList<IsoWeek> &weeks, int maxLabels, const QList<int> &partial = {});

// How many week labels an axis `plotWidth` wide holds in `font`, with air between them.
int weekLabelsThatFit(const QFont &font, const QList<IsoWeek> &weeks, double plotWidth);

// A tooltip for what the pointer hovers (a bar, a slice): it stays while the pointer rests there,
// and the chart hides it when the hover ends.
void showHoverToolTip(QWidget *owner, const QString &text);

// Minor units to the chart's plotting unit (major units). Plotting only: nothing sums these.
inline double toPlotValue(std::int64_t minorUnits, std::int64_t minorPerMajor)
{
    return static_cast<double>(minorUnits) / static_cast<double>(minorPerMajor);
}

// An entry of a chart's legend: a square (a category) or a short line (a series drawn as a line).
struct LegendEntry
{
    QString text;
    QColor colour;
    bool line = false;
    Qt::PenStyle style = Qt::SolidLine;
};

// The plot of a chart over weeks: amounts up the left, weeks along the bottom, each week a band of
// the plot's width with its bar or point in the middle.
class WeekPlot
{
public:
    // Lays the axes out in `area` for `weekCount` weeks up to the last of `amountTicks`, their
    // labels in `axisFont`.
    WeekPlot(const QRectF &area, const QFont &axisFont, const QList<AxisTick> &amountTicks, int weekCount);

    // The plot, and the whole area its labels are laid out in.
    const QRectF &plot() const { return m_plot; }
    const QRectF &area() const { return m_area; }
    double bandWidth() const { return m_plot.width() / std::max(1, m_weekCount); }
    // The middle of week `position`'s band.
    double x(double position) const { return m_plot.left() + (position + 0.5) * bandWidth(); }
    // The height of an amount in major units.
    double y(double amount) const;
    // The week band under `x`, or -1.
    int weekAt(double x) const;

private:
    QRectF m_area;
    QRectF m_plot;
    int m_weekCount;
    double m_top; // the last tick's amount
};

} // namespace costboard::render::charts
