// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QBoxLayout;
class QHBoxLayout;

namespace costboard::ui {

// A page's row of filters and buttons in two groups: side by side when the page is wide enough
// for both at their preferred widths, the second group on a line of its own below the first
// when it is not. A 1024 px window, or longer French texts, then wrap the row instead of
// squeezing combo boxes and buttons until their texts are cut.
class WrappingToolbar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingToolbar)

public:
    explicit WrappingToolbar(QWidget *parent = nullptr);

    // The filters, left-aligned: add widgets, spacing and stretch to it.
    QHBoxLayout *leading() const { return m_leading; }
    // The actions: right-aligned beside the filters, left-aligned below them.
    QHBoxLayout *trailing() const { return m_trailing; }
    // Whether the groups are on two lines.
    bool isWrapped() const;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void arrange();

    QBoxLayout *m_rows;
    QHBoxLayout *m_leading;
    QHBoxLayout *m_trailing;
};

} // namespace costboard::ui
