// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartimage.h"

#include <memory>

#include <QChart>
#include <QFile>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

namespace costboard::render {
namespace {

// Draws `chart` at `size` on `painter`. A chart shown in a view is drawn from that view's scene
// (laid out at `size` for the time of drawing); a chart without one gets a scene for the time of
// drawing, and is handed back to no scene afterwards.
void paintChart(QChart *chart, const QSize &size, QPainter &painter)
{
    std::unique_ptr<QGraphicsScene> ownScene;
    QGraphicsScene *scene = chart->scene();
    if (!scene) {
        ownScene = std::make_unique<QGraphicsScene>();
        scene = ownScene.get();
        scene->addItem(chart);
    }
    const QRectF shownGeometry = chart->geometry();
    const QRectF target(QPointF(0, 0), QSizeF(size));
    chart->setGeometry(QRectF(shownGeometry.topLeft(), QSizeF(size)));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene->render(&painter, target, QRectF(shownGeometry.topLeft(), QSizeF(size)), Qt::IgnoreAspectRatio);
    chart->setGeometry(shownGeometry);
    if (ownScene)
        ownScene->removeItem(chart);
}

} // namespace

QImage chartImage(QChart *chart, const QSize &size, double scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintChart(chart, size, painter);
    painter.end();
    return image;
}

QString saveChartAsPng(QChart *chart, const QSize &size, double scale, const QString &path)
{
    QImageWriter writer(path, "png");
    if (!writer.write(chartImage(chart, size, scale)))
        return writer.errorString();
    return QString();
}

QString saveChartAsSvg(QChart *chart, const QSize &size, const QString &path, const QString &title)
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
    generator.setTitle(title);
    QPainter painter;
    if (!painter.begin(&generator))
        return QStringLiteral("cannot draw into %1").arg(path);
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    paintChart(chart, size, painter);
    painter.end();
    return QString();
}

QImage widgetImage(QWidget *widget, double scale)
{
    QImage image(widget->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return image;
}

QString saveWidgetAsPng(QWidget *widget, double scale, const QString &path)
{
    QImageWriter writer(path, "png");
    if (!writer.write(widgetImage(widget, scale)))
        return writer.errorString();
    return QString();
}

QString saveWidgetAsSvg(QWidget *widget, const QString &path, const QString &title)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return probe.errorString();
    }
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(widget->size());
    generator.setViewBox(QRect(QPoint(0, 0), widget->size()));
    generator.setTitle(title);
    QPainter painter;
    if (!painter.begin(&generator))
        return QStringLiteral("cannot draw into %1").arg(path);
    painter.fillRect(QRect(QPoint(0, 0), widget->size()), Qt::white);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return QString();
}

} // namespace costboard::render
