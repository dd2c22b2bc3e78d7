// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace costboard::render {

namespace charts {
class PaintedChart;
} // namespace charts

// A chart drawn as a picture for slides, mails and documents: through QPainter onto an image or an
// SVG file, never through OpenGL, so it works offscreen and from the command line. `size` is the
// chart's layout size in logical pixels (its on-screen size); `scale` multiplies the pixels of a
// PNG (2 or 3 for a sharp picture on a projector or a high-density screen) without changing the
// layout, as a high-DPI screen would draw it. The chart draws in its own colours (the screen's
// palette for a dashboard chart).
QImage chartImage(const charts::PaintedChart &chart, const QSize &size, double scale);

// Saves the chart as a PNG at `scale` or as an SVG (vectors, selectable text, the chart's title as
// the document's). Returns an empty string on success, else why the file could not be written
// (untranslated system text).
QString saveChartAsPng(const charts::PaintedChart &chart, const QSize &size, double scale,
                       const QString &path);
QString saveChartAsSvg(const charts::PaintedChart &chart, const QSize &size, const QString &path);

} // namespace costboard::render
