// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QWidget>

#include "kpis.h"

namespace costboard::ui {

// One headline figure: a caption, a large value, a trend arrow and a comparison line, on a card
// with a coloured stripe saying red / amber / green against budget.
//
// Painted as one widget, not laid out from labels: four tiles of four labels, each with a style
// sheet, and word-wrapped labels asking the layout for their heights again and again, were an
// eighth of the dashboard's start-up (issue 14, item 10).
class KpiTile final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)

public:
    using Tone = render::KpiTone;
    using Trend = render::KpiTrend;

    explicit KpiTile(const QString &caption, QWidget *parent = nullptr);

    void setFontScale(double scale);
    double fontScale() const { return m_fontScale; }
    // Caption, value, comparison, tooltip, tone and trend of one of the dashboard's figures.
    void showFigure(const render::KpiFigure &figure);

    QString value() const { return m_valueText; }
    QString comparison() const { return m_comparisonText; }
    QString caption() const { return m_fullCaption; }
    Tone tone() const { return m_tone; }

    // What is drawn where, for tests that check that nothing is cut.
    // The caption as drawn, a '\n' between its lines: whole (remove the '\n' and it is the
    // caption), or its second line elided.
    QString shownCaption() const { return m_shownCaption; }
    // The comparison as drawn, in the same way (its third line elided).
    QString shownComparison() const { return m_shownComparison; }
    QFont captionFont() const;
    QFont valueFont() const;
    QFont comparisonFont() const;
    QRect captionRect() const;
    QRect valueRect() const;
    QRect comparisonRect() const;
    // The colour of the value and the comparison: the palette's text colour.
    QColor textColour() const;

    // The height that shows the caption, the value and the comparison whole at the current width.
    // The dashboard gives every tile of a row the tallest of these, so that the row stays even.
    int heightForContents() const;
    // The largest value font, in points, that shows this tile's value whole at its width.
    double fittingValuePoints() const { return m_fittingValuePoints; }
    // Draws the value no larger than `points` (0: as large as fits), so that a row of tiles can
    // show its values in one size: the largest that fits every tile.
    void setValuePointsLimit(double points);
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    // The largest fitting value font changed (a new value, width or scale).
    void fittingValuePointsChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The arrow beside the value and its colour.
    void setTrend(Trend trend, Tone tone);
    // Fits the texts to the width: the caption wraps to two lines and is elided past them (whole
    // in its tooltip); the value is never elided: its font shrinks until it fits.
    void fitToWidth();
    // The area the texts are drawn in: inside the card's border, stripe and padding.
    QRect textArea() const;
    int trendWidth() const;
    QFont scaledFont(double points, bool bold = false) const;
    QFont trendFont() const;
    int valueLineHeight() const;
    static int linesFor(const QFont &font, const QString &text, int width);
    struct Lines
    {
        int caption = 0;
        int comparison = 0;
    };
    // The lines the caption and the comparison take at `width`, within their limits.
    Lines linesNeeded(int width) const;
    // Keeps the most lines needed at one width: the tile's height (heightForContents).
    void reserveLines(int width);
    // The lines reserved at the tile's width, or those needed if it has none yet.
    Lines currentLines() const;
    void updateAccessibleText();

    QString m_fullCaption;
    QString m_shownCaption;
    QString m_valueText;
    QString m_comparisonText;
    QString m_shownComparison;
    QString m_trendText;
    Tone m_tone = Tone::Neutral;
    Tone m_trendTone = Tone::Neutral;
    double m_fontScale = 1.0;
    double m_fittingValuePoints = 0.0;
    double m_valuePointsLimit = 0.0;
    QSize m_lastSizeHint; // the size hint the layout was last told about
    Lines m_reservedLines;
    int m_reservedForWidth = -1; // the tile width m_reservedLines were found at
};

} // namespace costboard::ui
