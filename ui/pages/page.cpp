// SPDX-License-Identifier: GPL-3.0-or-later
#include "page.h"

namespace costboard::ui {

void Page::refreshWhenShown()
{
    // Hidden in the window's page stack, or hidden on purpose: nobody looks at it. A page that
    // stands alone and was never shown (a test) reads at once.
    if (!isVisible() && (parentWidget() || testAttribute(Qt::WA_WState_ExplicitShowHide))) {
        m_stale = true;
        return;
    }
    m_stale = false;
    refresh();
}

void Page::refreshIfStale()
{
    if (!m_stale)
        return;
    m_stale = false;
    refresh();
}

void Page::showEvent(QShowEvent *event)
{
    // Before the first paint, so that a page is never seen with old figures.
    refreshIfStale();
    QWidget::showEvent(event);
}

} // namespace costboard::ui
