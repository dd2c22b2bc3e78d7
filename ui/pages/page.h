// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace costboard::ui {

// A page of the main window's side navigation. The window asks pages, not the other way round,
// so it never needs to know what a page contains.
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    // Name of an SVG under :/icons/, without extension.
    virtual QString iconName() const = 0;
    // Edit > Find (Ctrl+F): put the focus in the page's search or filter field, if it has one.
    virtual void activateSearch() { }
    // The page has become the visible one: a chance to refresh lazily.
    virtual void pageShown() { }
};

} // namespace costboard::ui
