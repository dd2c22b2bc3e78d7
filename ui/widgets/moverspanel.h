// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "analytics/dashboardsnapshot.h"

namespace costboard::ui {

// The dashboard's "largest movers vs last week": a heading and up to four rows of an arrow, a
// name and a signed amount. Painted rather than laid out in a rich-text table, so that the amount
// is always written whole and only the name gives way (elided, whole in the tooltip) when the
// panel is narrow.
class MoversPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoversPanel)

public:
    static constexpr int maxRows = 4;

    explicit MoversPanel(QWidget *parent = nullptr);

    void setMovers(const QList<Mover> &movers, const QString &currency);
    void setFontScale(double scale);

    struct Row
    {
        bool up = false;
        QString name;
        QString amount;
    };
    const QList<Row> &rows() const { return m_rows; }
    // The name of row `index` as drawn at the current width: whole, or elided with "…".
    QString shownName(int index) const;
    // The width the amounts column takes: no amount is ever narrower than its text.
    int amountColumnWidth() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QFont headingFont() const;
    // The rows' size at this scale, which the size hints ask for…
    QFont naturalRowFont() const;
    // …and the size drawn: up to a fifth smaller where the width would otherwise cut a name.
    QFont rowFont() const;
    QRect rowsArea() const;
    int arrowWidth(const QFont &font) const;
    int amountColumnWidth(const QFont &font) const;

    QList<Row> m_rows;
    double m_fontScale = 1.0;
    QSize m_lastSizeHint; // the size hint the layout was last told about
};

} // namespace costboard::ui
