// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartimage.h"

#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include "charts/paintedchart.h"

namespace costboard::render {
QImage chartImage(const charts::PaintedChart &chart, const QSize &size, double scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    chart.paintWithBackground(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

QString saveChartAsPng(const charts::PaintedChart &chart, const QSize &size, double scale,
                       const QString &path)
{
    QImageWriter writer(path, "png");
    if (!writer.write(chartImage(chart, size, scale)))
        return writer.errorString();
    return QString();
}

QString saveChartAsSvg(const charts::PaintedChart &chart, const QSize &size, const QString &path)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return probe.errorString();
    }
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(chart.title());
    QPainter painter;
    if (!painter.begin(&generator))
        return QStringLiteral("cannot draw into %1").arg(path);
    chart.paintWithBackground(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return QString();
}

} // namespace costboard::render
