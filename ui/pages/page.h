// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace costboard::ui {

// A page of the main window's side navigation. The window asks pages, not the other way round,
// so it never needs to know what a page contains.
//
// Pages read the database lazily: a page of the window that is not on screen does not read
// anything when the window opens or when the data changes, it refreshes the next time it is shown
// (before it paints). Of the eleven pages, the window opens with one, and an edit refreshes one.
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    using QWidget::QWidget;

    // Each page class answers these with its static pageTitle() and pageIconName(), which the
    // window's navigation lists before the page exists: a page is made the first time it is needed.
    virtual QString title() const = 0;
    // Name of an SVG under :/icons/, without extension.
    virtual QString iconName() const = 0;
    // Edit > Find (Ctrl+F): put the focus in the page's search or filter field, if it has one.
    virtual void activateSearch() { }
    // The page has become the visible one (after its refresh, when it needed one).
    virtual void pageShown() { }
    // Reads again everything the page shows.
    virtual void refresh() = 0;
    // Whether the page waits for being shown to refresh.
    bool isStale() const { return m_stale; }
    // Catches up on a change that came while the page was hidden: before its figures are used
    // elsewhere (an export of the dashboard's view) or shown.
    void refreshIfStale();

protected:
    // What the page shows has changed (or has never been read): refresh now when the page is on
    // screen or stands alone and was never shown (a test), else the next time it is shown.
    void refreshWhenShown();
    void showEvent(QShowEvent *event) override;

private:
    bool m_stale = false;
};

} // namespace costboard::ui
