// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include <QList>
#include <QString>

#include "domain/isoweek.h"

class QChart;
class QCategoryAxis;
class QFontMetricsF;
class QFont;
class QGraphicsView;
class QPalette;
class QWidget;

namespace costboard::render::charts {

// Chart adapters take snapshot values (minor units) and only format them: no aggregation here.
// Qt Charts lives behind these few files so that a move to Qt Graphs touches one folder.

// Common look: no animation (a refresh must be instant), white background, readable fonts
// scaled by `fontScale` (presentation mode projects at 1.6 and more).
void applyChartStyle(QChart *chart, double fontScale = 1.0);
// The projector's look (presentation mode), applied over applyChartStyle() once the chart holds
// its series: black background, white text and axes, lines at least 5 px, and series drawn in a
// dark colour (budget lines) turned white so that they stay visible. The screen's look is
// unchanged: only presentation slides call this.
void applyHighContrastStyle(QChart *chart);
// A new chart in that look, for QChartView's constructor: a chart set later with setChart() would
// leave the view's default chart behind, which the view does not delete.
QChart *newStyledChart();

// A chart view that is redrawn whole on each refresh: its scene keeps no index of its items (Qt
// updates that tree for every bar and label a refresh moves, and a chart holds too few items for
// it to pay back), and the view repaints the one rectangle around what changed rather than
// working out each changed item's own.
void prepareForRefreshes(QGraphicsView *view);

// Fills a value axis with "nice" ticks (1, 2, 5 x 10^n) from 0 to at least `maxMinorUnits`, each
// labelled as a compact locale-formatted amount ("40 k€"). Returns the axis maximum.
double setMoneyTicks(QCategoryAxis *axis, std::int64_t maxMinorUnits, const QString &currency,
                     int targetTicks = 5);

// Labels a week axis (positions 0..n-1) with at most `maxLabels` ISO-week labels, always the
// first and last, year shown on the first and on week 1.
// Weeks in `partial` (by index) are labelled with a trailing "*": only some of their days belong
// to the period shown.
void setWeekLabels(QCategoryAxis *axis, const QList<IsoWeek> &weeks, int maxLabels,
                   const QList<int> &partial = {});

// The screen's look in the colours of `palette` (dark mode): background in its base colour, title,
// axis labels and legend in its text colour, grid and axis lines softened from it. Bars keep their
// category colours; lines drawn in palette::ink() (budget lines) take the text colour, so that they
// stay visible on a dark background. The PDF report and the slides do not call this: paper stays
// white and the projector black.
void applyPalette(QChart *chart, const QPalette &palette);

// A tooltip for what the pointer hovers (a bar, a slice): it stays while the pointer rests there,
// and the chart hides it when the hover ends.
void showHoverToolTip(QWidget *owner, const QString &text);

// How many week labels an axis `plotWidth` wide holds in `font` without Qt eliding them to "…".
int weekLabelsThatFit(const QFont &font, const QList<IsoWeek> &weeks, double plotWidth);
// The width of an amount axis's widest label ("1,5 M €"), or of a typical one before it has any.
double widestLabel(const QFontMetricsF &metrics, QCategoryAxis *axis);

// Minor units to the chart's plotting unit (major units). Plotting only: nothing sums these.
inline double toPlotValue(std::int64_t minorUnits, std::int64_t minorPerMajor)
{
    return static_cast<double>(minorUnits) / static_cast<double>(minorPerMajor);
}

} // namespace costboard::render::charts
