// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/kpitile.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QTimer>

namespace costboard::ui {
namespace {

constexpr int captionMaxLines = 2;
constexpr int comparisonMinLines = 2; // the row does not jump when a comparison gets shorter
constexpr int comparisonMaxLines = 3;
constexpr double smallestValuePoints = 6.0;

} // namespace

KpiTile::KpiTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(this))
    , m_trend(new QLabel(this))
    , m_comparison(new QLabel(this))
    , m_fullCaption(caption)
{
    setObjectName(QStringLiteral("kpiTile"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_caption->setObjectName(QStringLiteral("kpiCaption"));
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_comparison->setObjectName(QStringLiteral("kpiComparison"));
    m_caption->setWordWrap(true);
    m_comparison->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_comparison->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The tile decides the widths: the texts fit themselves to it (fitToWidth), so their own size
    // hints must not push the row wider than the window.
    for (QLabel *label : { m_caption, m_value, m_comparison }) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setMinimumWidth(1);
    }
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_caption, 0, 0, 1, 2);
    layout->addWidget(m_value, 1, 0);
    layout->addWidget(m_trend, 1, 1, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_comparison, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setRowStretch(3, 1);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    applyFonts();
    applyToneStyle();
    applyTextColours();
}

void KpiTile::setCaption(const QString &caption)
{
    m_fullCaption = caption;
    fitToWidth();
}

void KpiTile::showFigure(const render::KpiFigure &figure)
{
    setToolTip(figure.toolTip);
    setTone(figure.tone);
    setTrend(figure.trend, figure.trendTone);
    m_fullCaption = figure.caption;
    m_value->setText(figure.value);
    setComparison(figure.comparison);
}

void KpiTile::setValue(const QString &value)
{
    m_value->setText(value);
    fitToWidth();
}

void KpiTile::setComparison(const QString &text)
{
    m_comparison->setText(text);
    // On a narrow screen a long comparison may need more lines than the tile gives: the whole
    // text is a hover away.
    m_comparison->setToolTip(text);
    fitToWidth();
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
    // A style sheet is parsed and the widget polished again each time one is set: only a new
    // colour is worth that.
    if (const QString style = QStringLiteral("color: %1;").arg(toneColour(tone).name());
        m_trend->styleSheet() != style)
        m_trend->setStyleSheet(style);
}

void KpiTile::setTone(Tone tone)
{
    if (tone == m_tone)
        return;
    m_tone = tone;
    applyToneStyle();
}

void KpiTile::applyToneStyle()
{
    // The stripe on the left carries the red/amber/green reading; the text keeps the palette's
    // colour so that it stays legible on a projector and in dark mode. Setting a style sheet
    // polishes the tile and its labels again: it is done when the tone changes, not on every value.
    setStyleSheet(QStringLiteral("#kpiTile { background: palette(base); border: 1px solid palette(mid);"
                                 " border-left: 6px solid %1; border-radius: 4px; }")
                      .arg(toneColour(m_tone).name()));
}

void KpiTile::applyTextColours()
{
    // The tile is drawn in the palette's base colour: its texts take the matching text colour, the
    // caption a softer one, in a light palette as in a dark one.
    // Read from the application, not the tile: the tile's style sheet pins the palette it resolved
    // first, and so do the style-sheeted frames it sits in.
    const QPalette source = QApplication::palette(this);
    const QColor text = source.color(QPalette::Text);
    const QColor base = source.color(QPalette::Base);
    const QColor soft = QColor::fromRgbF(0.65f * text.redF() + 0.35f * base.redF(),
                                         0.65f * text.greenF() + 0.35f * base.greenF(),
                                         0.65f * text.blueF() + 0.35f * base.blueF());
    // A style sheet, not a palette: the tile's own style sheet re-polishes its children and would
    // put back the palette they were first given.
    for (QLabel *label : { m_value, m_comparison, m_caption })
        label->setStyleSheet(QStringLiteral("color: %1;").arg((label == m_caption ? soft : text).name()));
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Once the new palette has reached every widget: the tile's style sheet resolves it late.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        QTimer::singleShot(0, this, &KpiTile::applyTextColours);
}

void KpiTile::setFontScale(double scale)
{
    if (std::abs(scale - m_fontScale) < 0.001)
        return;
    m_fontScale = scale;
    applyFonts();
}

void KpiTile::applyFonts()
{
    QFont captionFont = font();
    captionFont.setPointSizeF(9.5 * m_fontScale);
    m_caption->setFont(captionFont);
    QFont trendFont = font();
    trendFont.setPointSizeF(16.0 * m_fontScale);
    m_trend->setFont(trendFont);
    QFont comparisonFont = font();
    comparisonFont.setPointSizeF(9.0 * m_fontScale);
    m_comparison->setFont(comparisonFont);
    m_reservedForWidth = -1;
    fitToWidth();
}

int KpiTile::textWidth() const
{
    // The layout's own rectangle once it has one: the style sheet's 6 px stripe is not the frame
    // width QFrame reports.
    const QRect laidOut = layout()->contentsRect();
    if (laidOut.width() > 0)
        return laidOut.width();
    const QMargins margins = layout()->contentsMargins();
    return std::max(1, width() - margins.left() - margins.right() - 8);
}

int KpiTile::linesFor(const QLabel *label, const QString &text, int width) const
{
    const QFontMetrics metrics(label->font());
    const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
    return std::max(1, (bounds.height() + metrics.leading()) / std::max(1, metrics.lineSpacing()));
}

void KpiTile::fitToWidth()
{
    const int available = textWidth();

    // The caption: whole on up to two lines, else elided on the second (the tooltip has it all).
    const QFontMetrics captionMetrics(m_caption->font());
    QString caption = m_fullCaption;
    if (linesFor(m_caption, caption, available) > captionMaxLines) {
        // Keep what the first line holds and elide the rest onto the second.
        int firstLineEnd = static_cast<int>(caption.size());
        while (firstLineEnd > 0 && linesFor(m_caption, caption.left(firstLineEnd), available) > 1)
            firstLineEnd = static_cast<int>(caption.lastIndexOf(u' ', firstLineEnd - 1));
        if (firstLineEnd <= 0)
            caption = captionMetrics.elidedText(caption, Qt::ElideRight, available);
        else
            caption = caption.left(firstLineEnd) + u'\n'
                + captionMetrics.elidedText(caption.mid(firstLineEnd + 1), Qt::ElideRight, available);
    }
    m_caption->setText(caption);
    m_caption->setToolTip(caption == m_fullCaption ? QString() : m_fullCaption);

    // The value: never elided. Its font shrinks until the whole amount fits beside the arrow.
    // An empty arrow takes no room: hidden, the grid gives its column and spacing to the value.
    m_trend->setVisible(!m_trend->text().isEmpty());
    const auto *grid = static_cast<const QGridLayout *>(layout());
    const int trendWidth = m_trend->text().isEmpty()
        ? 0
        : QFontMetrics(m_trend->font()).horizontalAdvance(m_trend->text())
            + std::max(6, grid->horizontalSpacing()) + 2;
    int valueRoom = std::max(1, available - trendWidth - 2);
    // Once laid out, the value's own width is the last word: the grid may give the arrow more.
    if (m_value->width() > 1 && m_value->isVisibleTo(this))
        valueRoom = std::min(valueRoom, m_value->contentsRect().width() - 2);
    QFont valueFont = font();
    valueFont.setBold(true);
    double points = 19.0 * m_fontScale;
    valueFont.setPointSizeF(points);
    while (points > smallestValuePoints
           && QFontMetrics(valueFont).horizontalAdvance(m_value->text()) > valueRoom) {
        points -= 0.5;
        valueFont.setPointSizeF(points);
    }
    const bool fitChanged = std::abs(points - m_fittingValuePoints) > 0.01;
    m_fittingValuePoints = points;
    applyValueFont();
    reserveLines(available);
    // Asking the layout again lays the whole page out again: only when the tile needs a new size.
    if (const QSize hint = sizeHint(); hint != m_lastSizeHint) {
        m_lastSizeHint = hint;
        updateGeometry();
    }
    if (fitChanged)
        emit fittingValuePointsChanged();
}

void KpiTile::setValuePointsLimit(double points)
{
    if (std::abs(points - m_valuePointsLimit) < 0.01)
        return;
    m_valuePointsLimit = points;
    applyValueFont();
}

void KpiTile::applyValueFont()
{
    QFont valueFont = font();
    valueFont.setBold(true);
    valueFont.setPointSizeF(m_valuePointsLimit > 0.0 ? std::min(m_fittingValuePoints, m_valuePointsLimit)
                                                     : m_fittingValuePoints);
    m_value->setFont(valueFont);
}

KpiTile::Lines KpiTile::linesNeeded(int width) const
{
    return { std::min(captionMaxLines, linesFor(m_caption, m_caption->text(), width)),
             std::clamp(linesFor(m_comparison, m_comparison->text(), width), comparisonMinLines,
                        comparisonMaxLines) };
}

void KpiTile::reserveLines(int width)
{
    // A line once needed at this width stays: the next filter change, whose caption or comparison
    // is a line shorter, must not shrink the row and make the charts under it lay out again (a
    // third of a refresh). A new width or font starts afresh. The tile's own width is the key:
    // the text's moves by a pixel with the tone's stripe.
    const Lines needed = linesNeeded(width);
    if (this->width() != m_reservedForWidth) {
        m_reservedForWidth = this->width();
        m_reservedLines = needed;
        return;
    }
    m_reservedLines.caption = std::max(m_reservedLines.caption, needed.caption);
    m_reservedLines.comparison = std::max(m_reservedLines.comparison, needed.comparison);
}

int KpiTile::heightForContents() const
{
    const int available = textWidth();
    const Lines lines = width() == m_reservedForWidth ? m_reservedLines : linesNeeded(available);
    const int captionLines = lines.caption;
    const int comparisonLines = lines.comparison;
    // The value's line keeps the height of the tile's full-size value font, so that a shrunk value
    // does not make its tile shorter than its neighbours.
    QFont valueFont = font();
    valueFont.setBold(true);
    valueFont.setPointSizeF(19.0 * m_fontScale);
    const QMargins margins = layout()->contentsMargins();
    const int spacing = 2 * static_cast<const QGridLayout *>(layout())->verticalSpacing();
    return margins.top() + margins.bottom() + 2 * frameWidth() + spacing
        + captionLines * QFontMetrics(m_caption->font()).lineSpacing()
        + std::max(QFontMetrics(valueFont).height(), QFontMetrics(m_trend->font()).height())
        + comparisonLines * QFontMetrics(m_comparison->font()).lineSpacing() + 4;
}

QSize KpiTile::minimumSizeHint() const
{
    // Narrow enough for four tiles and the movers beside them on a 1024 px screen: the texts fit
    // themselves to whatever width the row gives.
    return { std::max(100, static_cast<int>(110 * m_fontScale)), heightForContents() };
}

QSize KpiTile::sizeHint() const
{
    return { static_cast<int>(190 * m_fontScale), heightForContents() };
}

void KpiTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitToWidth();
}

} // namespace costboard::ui
