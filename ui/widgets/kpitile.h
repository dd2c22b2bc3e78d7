#pragma once

#include "kpis.h"

#include <QFrame>

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
    // Caption, value, comparison, tooltip, tone and trend of one of the dashboard's figures.
    void showFigure(const render::KpiFigure &figure);

    QString value() const;
    QString comparison() const;
    Tone tone() const { return m_tone; }

private:
    void applyFonts();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_trend;
    QLabel *m_comparison;
    Tone m_tone = Tone::Neutral;
    double m_fontScale = 1.0;
};

} // namespace costboard::ui
