// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include "kpis.h"

class QLabel;

namespace costboard::ui {

// One headline figure: a caption, a large value, a trend arrow and a comparison line, with a
// coloured stripe saying red / amber / green against budget.
class KpiTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)

public:
    using Tone = render::KpiTone;
    using Trend = render::KpiTrend;

    explicit KpiTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setComparison(const QString &text);
    void setTrend(Trend trend, Tone tone);
    void setTone(Tone tone);
    void setCaption(const QString &caption);
    void setFontScale(double scale);
    double fontScale() const { return m_fontScale; }
    // Caption, value, comparison, tooltip, tone and trend of one of the dashboard's figures.
    void showFigure(const render::KpiFigure &figure);

    QString value() const;
    QString comparison() const;
    QString caption() const { return m_fullCaption; }
    Tone tone() const { return m_tone; }

    // The labels, for tests that check nothing is cut.
    QLabel *captionLabel() const { return m_caption; }
    QLabel *valueLabel() const { return m_value; }
    QLabel *comparisonLabel() const { return m_comparison; }
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
    // Takes the application palette's text colours again (light or dark). The dashboard calls it
    // when its palette changes: the tile's style sheet stops that change from reaching the tile.
    void applyTextColours();

signals:
    // The largest fitting value font changed (a new value, width or scale).
    void fittingValuePointsChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The style sheet of the tile's tone (its coloured stripe).
    void applyToneStyle();
    void applyFonts();
    // Fits the texts to the width: the caption wraps to two lines and is elided past them (whole
    // in its tooltip); the value is never elided: its font shrinks until it fits.
    void fitToWidth();
    // The value's font: the fitting size, within the row's limit.
    void applyValueFont();
    int textWidth() const;
    int linesFor(const QLabel *label, const QString &text, int width) const;
    struct Lines
    {
        int caption = 0;
        int comparison = 0;
    };
    // The lines the caption and the comparison take at `width`, within their limits.
    Lines linesNeeded(int width) const;
    // Keeps the most lines needed at one width: the tile's height (heightForContents).
    void reserveLines(int width);

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_trend;
    QLabel *m_comparison;
    QString m_fullCaption;
    Tone m_tone = Tone::Neutral;
    double m_fontScale = 1.0;
    double m_fittingValuePoints = 0.0;
    double m_valuePointsLimit = 0.0;
    QSize m_lastSizeHint; // the size hint the layout was last told about
    Lines m_reservedLines;
    int m_reservedForWidth = -1; // the tile width m_reservedLines were found at
};

} // namespace costboard::ui
