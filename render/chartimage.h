// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class QChart;
class QWidget;

namespace costboard::render {

// A chart drawn as a picture for slides, mails and documents: through QPainter onto an image or an
// SVG file, never through OpenGL, so it works offscreen and from the command line. `size` is the
// chart's layout size in logical pixels (its on-screen size); `scale` multiplies the pixels of a
// PNG (2 or 3 for a sharp picture on a projector or a high-density screen) without changing the
// layout, as a high-DPI screen would draw it.
QImage chartImage(QChart *chart, const QSize &size, double scale);

// Saves the chart as a PNG at `scale` or as an SVG (vectors, selectable text). Returns an empty
// string on success, else why the file could not be written (untranslated system text).
QString saveChartAsPng(QChart *chart, const QSize &size, double scale, const QString &path);
QString saveChartAsSvg(QChart *chart, const QSize &size, const QString &path,
                       const QString &title = QString());

// The same for a chart drawn by a widget of its own (the project bars, a chart view): as the
// widget paints itself at its current size, through QPainter, so an SVG keeps vectors and text.
QImage widgetImage(QWidget *widget, double scale);
QString saveWidgetAsPng(QWidget *widget, double scale, const QString &path);
QString saveWidgetAsSvg(QWidget *widget, const QString &path, const QString &title = QString());

} // namespace costboard::render
