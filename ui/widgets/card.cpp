// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/card.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QRect>

namespace costboard::ui::card {
namespace {

constexpr qreal cornerRadius = 4.0;

} // namespace

QMargins frameMargins(bool withStripe)
{
    return { withStripe ? stripeWidth : borderWidth, borderWidth, borderWidth, borderWidth };
}

void paint(QPainter &painter, const QRect &rect, const QPalette &palette, const QColor &stripe)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The border is drawn on the half pixel inside the rectangle, so that it stays one crisp pixel.
    const QRectF outline = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(outline, cornerRadius, cornerRadius);
    painter.fillPath(shape, palette.color(QPalette::Base));
    painter.setPen(QPen(palette.color(QPalette::Mid), borderWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape);
    if (stripe.isValid()) {
        // Over the border on the left: the stripe is that side's border, as wide as the stripe.
        QPainterPath whole;
        whole.addRoundedRect(QRectF(rect), cornerRadius + 0.5, cornerRadius + 0.5);
        painter.setClipPath(whole);
        painter.fillRect(QRectF(rect.left(), rect.top(), stripeWidth, rect.height()), stripe);
    }
    painter.restore();
}

} // namespace costboard::ui::card
