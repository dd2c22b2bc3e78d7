#include "widgets/kpitile.h"

#include <QGridLayout>
#include <QLabel>

namespace costboard::ui {

KpiTile::KpiTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(this))
    , m_trend(new QLabel(this))
    , m_comparison(new QLabel(this))
{
    setObjectName(QStringLiteral("kpiTile"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_comparison->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_caption, 0, 0, 1, 2);
    layout->addWidget(m_value, 1, 0);
    layout->addWidget(m_trend, 1, 1, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_comparison, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    applyFonts();
    setTone(Tone::Neutral);
}

void KpiTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void KpiTile::showFigure(const render::KpiFigure &figure)
{
    setCaption(figure.caption);
    setValue(figure.value);
    setComparison(figure.comparison);
    setToolTip(figure.toolTip);
    setTone(figure.tone);
    setTrend(figure.trend, figure.trendTone);
}

void KpiTile::setValue(const QString &value)
{
    m_value->setText(value);
}

void KpiTile::setComparison(const QString &text)
{
    m_comparison->setText(text);
    // The tile has room for two lines: on a narrow screen the rest is a hover away.
    m_comparison->setToolTip(text);
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::comparison() const
{
    return m_comparison->text();
}

void KpiTile::setTrend(Trend trend, Tone tone)
{
    QString arrow;
    switch (trend) {
    case Trend::Up:
        arrow = QStringLiteral("▲");
        break;
    case Trend::Down:
        arrow = QStringLiteral("▼");
        break;
    case Trend::Flat:
        arrow = QStringLiteral("▶");
        break;
    case Trend::None:
        break;
    }
    m_trend->setText(arrow);
    m_trend->setStyleSheet(QStringLiteral("color: %1;").arg(toneColour(tone).name()));
}

void KpiTile::setTone(Tone tone)
{
    m_tone = tone;
    // The stripe on the left carries the red/amber/green reading; the text stays dark so it
    // remains legible on a projector.
    setStyleSheet(QStringLiteral("#kpiTile { background: palette(base); border: 1px solid palette(mid);"
                                 " border-left: 6px solid %1; border-radius: 4px; }")
                      .arg(toneColour(tone).name()));
}

void KpiTile::setFontScale(double scale)
{
    m_fontScale = scale;
    applyFonts();
}

void KpiTile::applyFonts()
{
    QFont captionFont = font();
    captionFont.setPointSizeF(9.5 * m_fontScale);
    m_caption->setFont(captionFont);
    m_caption->setStyleSheet(QStringLiteral("color: palette(dark);"));
    QFont valueFont = font();
    valueFont.setPointSizeF(19.0 * m_fontScale);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont trendFont = font();
    trendFont.setPointSizeF(16.0 * m_fontScale);
    m_trend->setFont(trendFont);
    QFont comparisonFont = font();
    comparisonFont.setPointSizeF(9.0 * m_fontScale);
    m_comparison->setFont(comparisonFont);
    // Room for the caption, the value and two lines of comparison whatever the text: a tile that
    // grows with its text would make the row jump at every refresh.
    const int margins = layout() ? layout()->contentsMargins().top() + layout()->contentsMargins().bottom() : 16;
    setFixedHeight(QFontMetrics(captionFont).height() + QFontMetrics(valueFont).height()
                   + 2 * QFontMetrics(comparisonFont).lineSpacing() + margins + 8);
}

} // namespace costboard::ui
