// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/wrappingtoolbar.h"

#include <algorithm>

#include <QBoxLayout>
#include <QEvent>

namespace costboard::ui {

WrappingToolbar::WrappingToolbar(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QBoxLayout(QBoxLayout::LeftToRight, this))
    , m_leading(new QHBoxLayout)
    , m_trailing(new QHBoxLayout)
{
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->addLayout(m_leading, 1);
    m_rows->addLayout(m_trailing);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

bool WrappingToolbar::isWrapped() const
{
    return m_rows->direction() == QBoxLayout::TopToBottom;
}

QSize WrappingToolbar::minimumSizeHint() const
{
    // The narrowest is the wrapped one: the page may shrink to it, the row wraps on the way.
    const QMargins margins = contentsMargins();
    const int width = std::max(m_leading->minimumSize().width(), m_trailing->minimumSize().width());
    return { width + margins.left() + margins.right(), QWidget::minimumSizeHint().height() };
}

void WrappingToolbar::resizeEvent(QResizeEvent *event)
{
    arrange();
    QWidget::resizeEvent(event);
}

bool WrappingToolbar::event(QEvent *event)
{
    // A translated text or a font change alters the preferred widths: decide again.
    if (event->type() == QEvent::LayoutRequest)
        arrange();
    return QWidget::event(event);
}

void WrappingToolbar::arrange()
{
    const int needed = m_leading->sizeHint().width() + m_rows->spacing() + m_trailing->sizeHint().width();
    const QBoxLayout::Direction direction
        = needed <= contentsRect().width() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    // A second group of fields that may grow shares the spare width, and takes a whole line of its
    // own; buttons keep their width.
    const bool fillsLine = m_trailing->expandingDirections() & Qt::Horizontal;
    if (const int stretch = fillsLine ? 1 : 0; m_rows->stretch(1) != stretch)
        m_rows->setStretch(1, stretch);
    if (direction == m_rows->direction())
        return;
    m_rows->setDirection(direction);
    // Below the first group the second starts on the left, where the eye comes back to.
    m_rows->setAlignment(
        m_trailing, direction == QBoxLayout::TopToBottom && !fillsLine ? Qt::AlignLeft : Qt::Alignment());
    updateGeometry();
}

} // namespace costboard::ui
