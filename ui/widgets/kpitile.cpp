// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/kpitile.h"

#include <algorithm>
#include <cmath>

#include <QAction>
#include <QClipboard>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QTextLayout>
#include <QToolTip>

#include "widgets/card.h"

namespace costboard::ui {
namespace {

constexpr int captionMaxLines = 2;
constexpr int comparisonMinLines = 2; // the row does not jump when a comparison gets shorter
constexpr int comparisonMaxLines = 3;
constexpr double captionPoints = 9.5;
constexpr double valuePoints = 19.0;
constexpr double trendPoints = 16.0;
constexpr double comparisonPoints = 9.0;
constexpr double smallestValuePoints = 6.0;
constexpr double valuePointsStep = 0.5;
// Between the card's border (or stripe) and the texts.
constexpr QMargins padding(14, 8, 10, 8);
constexpr int rowSpacing = 2; // between the caption, the value and the comparison
constexpr int trendSpacing = 6; // between the value and the arrow
constexpr int bottomSlack = 4; // below the comparison, so that descenders are never cut

// Where each line of `text` starts and how long it is, as `font` draws it at `width`. Lines break
// where Unicode allows (at a space, after a hyphen), as a word-wrapped QLabel's do, and inside a
// word only when it is wider than the whole line.
QList<std::pair<int, int>> lineRanges(const QFont &font, const QString &text, int width)
{
    QList<std::pair<int, int>> ranges;
    if (text.isEmpty())
        return ranges;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(1, width));
        ranges.append({ line.textStart(), line.textLength() });
    }
    layout.endLayout();
    return ranges;
}

// `text` in the lines `font` draws it in at `width`, at most `maxLines`: the last line kept takes
// the rest of the text, elided with "…" where it is longer. Joined again, lines that were not
// elided give back `text` exactly.
QStringList wrapText(const QFont &font, const QString &text, int width, int maxLines)
{
    const QList<std::pair<int, int>> ranges = lineRanges(font, text, width);
    QStringList lines;
    for (int i = 0; i < std::min<int>(maxLines, static_cast<int>(ranges.size())); ++i) {
        const auto [start, length] = ranges.at(i);
        if (i == maxLines - 1 && ranges.size() > maxLines)
            lines << QFontMetrics(font).elidedText(text.mid(start), Qt::ElideRight, width);
        else
            lines << text.mid(start, length); // with the space it broke at: the lines join back whole
    }
    return lines;
}

} // namespace

KpiTile::KpiTile(const QString &caption, QWidget *parent)
    : QWidget(parent)
    , m_fullCaption(caption)
{
    setObjectName(QStringLiteral("kpiTile"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The figure as written, to paste into a spreadsheet or a mail: a painted value cannot be
    // selected with the mouse.
    auto *copy = new QAction(tr("Copy the figure"), this);
    connect(copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(m_valueText); });
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    fitToWidth();
}

void KpiTile::showFigure(const render::KpiFigure &figure)
{
    setToolTip(figure.toolTip);
    m_tone = figure.tone;
    m_fullCaption = figure.caption;
    m_valueText = figure.value;
    m_comparisonText = figure.comparison;
    setTrend(figure.trend, figure.trendTone); // fits the texts again
}

void KpiTile::setTrend(Trend trend, Tone tone)
{
    switch (trend) {
    case Trend::Up:
        m_trendText = QStringLiteral("▲");
        break;
    case Trend::Down:
        m_trendText = QStringLiteral("▼");
        break;
    case Trend::Flat:
        m_trendText = QStringLiteral("▶");
        break;
    case Trend::None:
        m_trendText.clear();
        break;
    }
    m_trendTone = tone;
    fitToWidth();
}

void KpiTile::setFontScale(double scale)
{
    if (std::abs(scale - m_fontScale) < 0.001)
        return;
    m_fontScale = scale;
    m_reservedForWidth = -1;
    fitToWidth();
}

QFont KpiTile::scaledFont(double points, bool bold) const
{
    QFont scaled = font();
    scaled.setPointSizeF(points);
    scaled.setBold(bold);
    return scaled;
}

QFont KpiTile::captionFont() const
{
    return scaledFont(captionPoints * m_fontScale);
}

QFont KpiTile::comparisonFont() const
{
    return scaledFont(comparisonPoints * m_fontScale);
}

QFont KpiTile::trendFont() const
{
    return scaledFont(trendPoints * m_fontScale);
}

QFont KpiTile::valueFont() const
{
    return scaledFont(m_valuePointsLimit > 0.0 ? std::min(m_fittingValuePoints, m_valuePointsLimit)
                                               : m_fittingValuePoints,
                      true);
}

QColor KpiTile::textColour() const
{
    return palette().color(QPalette::Text);
}

QRect KpiTile::textArea() const
{
    return rect() - card::frameMargins(true) - padding;
}

int KpiTile::trendWidth() const
{
    // An empty arrow takes no room: the value has the whole line.
    return m_trendText.isEmpty()
        ? 0
        : QFontMetrics(trendFont()).horizontalAdvance(m_trendText) + trendSpacing + 2;
}

int KpiTile::valueLineHeight() const
{
    // The value's line keeps the height of the tile's full-size value font, so that a shrunk value
    // does not make its tile shorter than its neighbours.
    return std::max(QFontMetrics(scaledFont(valuePoints * m_fontScale, true)).height(),
                    QFontMetrics(trendFont()).height());
}

int KpiTile::linesFor(const QFont &font, const QString &text, int width)
{
    return std::max(1, static_cast<int>(lineRanges(font, text, width).size()));
}

void KpiTile::fitToWidth()
{
    const int available = std::max(1, textArea().width());

    // The caption: whole on up to two lines, else elided on the second (the tooltip has it all).
    m_shownCaption = wrapText(captionFont(), m_fullCaption, available, captionMaxLines).join(u'\n');
    // The comparison: up to three lines, the third elided on a narrow screen (whole in its tooltip).
    m_shownComparison
        = wrapText(comparisonFont(), m_comparisonText, available, comparisonMaxLines).join(u'\n');

    // The value: never elided. Its font shrinks until the whole amount fits beside the arrow:
    // found from the full size's width (text widths grow with the point size), then checked.
    const int valueRoom = std::max(1, available - trendWidth() - 2);
    const auto widthAt = [this](double points) {
        return QFontMetricsF(scaledFont(points, true)).horizontalAdvance(m_valueText);
    };
    const double fullPoints = valuePoints * m_fontScale;
    double points = fullPoints;
    if (const double fullWidth = widthAt(fullPoints); fullWidth > valueRoom) {
        points = std::floor(fullPoints * valueRoom / fullWidth / valuePointsStep) * valuePointsStep;
        points = std::clamp(points, smallestValuePoints, fullPoints);
        while (points + valuePointsStep <= fullPoints && widthAt(points + valuePointsStep) <= valueRoom)
            points += valuePointsStep;
        while (points > smallestValuePoints && widthAt(points) > valueRoom)
            points -= valuePointsStep;
    }
    const bool fitChanged = std::abs(points - m_fittingValuePoints) > 0.01;
    m_fittingValuePoints = points;
    reserveLines(available);
    updateAccessibleText();
    // Asking the layout again lays the whole page out again: only when the tile needs a new size.
    if (const QSize hint = sizeHint(); hint != m_lastSizeHint) {
        m_lastSizeHint = hint;
        updateGeometry();
    }
    update();
    if (fitChanged)
        emit fittingValuePointsChanged();
}

void KpiTile::setValuePointsLimit(double points)
{
    if (std::abs(points - m_valuePointsLimit) < 0.01)
        return;
    m_valuePointsLimit = points;
    update();
}

KpiTile::Lines KpiTile::linesNeeded(int width) const
{
    return { std::min(captionMaxLines, linesFor(captionFont(), m_fullCaption, width)),
             std::clamp(linesFor(comparisonFont(), m_comparisonText, width), comparisonMinLines,
                        comparisonMaxLines) };
}

void KpiTile::reserveLines(int width)
{
    // A line once needed at this width stays: the next filter change, whose caption or comparison
    // is a line shorter, must not shrink the row and make the charts under it lay out again (a
    // third of a refresh). A new width or font starts afresh.
    const Lines needed = linesNeeded(width);
    if (this->width() != m_reservedForWidth) {
        m_reservedForWidth = this->width();
        m_reservedLines = needed;
        return;
    }
    m_reservedLines.caption = std::max(m_reservedLines.caption, needed.caption);
    m_reservedLines.comparison = std::max(m_reservedLines.comparison, needed.comparison);
}

KpiTile::Lines KpiTile::currentLines() const
{
    return width() == m_reservedForWidth ? m_reservedLines : linesNeeded(std::max(1, textArea().width()));
}

QRect KpiTile::captionRect() const
{
    const QRect area = textArea();
    return { area.left(), area.top(), area.width(),
             currentLines().caption * QFontMetrics(captionFont()).lineSpacing() };
}

QRect KpiTile::valueRect() const
{
    const QRect area = textArea();
    return { area.left(), captionRect().bottom() + 1 + rowSpacing, area.width() - trendWidth(),
             valueLineHeight() };
}

QRect KpiTile::comparisonRect() const
{
    const QRect area = textArea();
    return { area.left(), valueRect().bottom() + 1 + rowSpacing, area.width(),
             currentLines().comparison * QFontMetrics(comparisonFont()).lineSpacing() };
}

int KpiTile::heightForContents() const
{
    const QMargins frame = card::frameMargins(true);
    const Lines lines = currentLines();
    return frame.top() + frame.bottom() + padding.top() + padding.bottom() + 2 * rowSpacing
        + lines.caption * QFontMetrics(captionFont()).lineSpacing() + valueLineHeight()
        + lines.comparison * QFontMetrics(comparisonFont()).lineSpacing() + bottomSlack;
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

void KpiTile::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    card::paint(painter, rect(), palette(), render::toneColour(m_tone));

    // The caption in a softer colour than the figures: it is read once, the figures every week.
    const QColor text = textColour();
    const QColor base = palette().color(QPalette::Base);
    const QColor soft = QColor::fromRgbF(0.65f * text.redF() + 0.35f * base.redF(),
                                         0.65f * text.greenF() + 0.35f * base.greenF(),
                                         0.65f * text.blueF() + 0.35f * base.blueF());
    const auto drawLines = [&painter](const QRect &area, const QStringList &lines) {
        const int lineSpacing = painter.fontMetrics().lineSpacing();
        for (int i = 0; i < lines.size(); ++i)
            painter.drawText(QRect(area.left(), area.top() + i * lineSpacing, area.width(), lineSpacing),
                             Qt::AlignLeft | Qt::AlignVCenter, lines.at(i));
    };
    painter.setFont(captionFont());
    painter.setPen(soft);
    drawLines(captionRect(), m_shownCaption.split(u'\n'));

    const QRect value = valueRect();
    painter.setFont(valueFont());
    painter.setPen(text);
    painter.drawText(value, Qt::AlignLeft | Qt::AlignVCenter, m_valueText);
    if (!m_trendText.isEmpty()) {
        painter.setFont(trendFont());
        painter.setPen(render::toneColour(m_trendTone));
        painter.drawText(
            QRect(value.right() + 1, value.top(), textArea().right() - value.right(), value.height()),
            Qt::AlignRight | Qt::AlignVCenter, m_trendText);
    }

    painter.setFont(comparisonFont());
    painter.setPen(text);
    drawLines(comparisonRect(), m_shownComparison.split(u'\n'));
}

bool KpiTile::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // The whole caption where it is elided, the whole comparison (a narrow screen may cut its
        // third line), else what the figure means.
        const auto *help = static_cast<QHelpEvent *>(event);
        QString text = toolTip();
        if (captionRect().contains(help->pos()) && QString(m_shownCaption).remove(u'\n') != m_fullCaption)
            text = m_fullCaption;
        else if (comparisonRect().contains(help->pos()) && !m_comparisonText.isEmpty())
            text = m_comparisonText;
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void KpiTile::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToWidth();
}

void KpiTile::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_reservedForWidth = -1;
        fitToWidth();
    } else if (event->type() == QEvent::PaletteChange) {
        update();
    }
}

void KpiTile::updateAccessibleText()
{
    setAccessibleName(m_fullCaption);
    setAccessibleDescription(
        m_comparisonText.isEmpty() ? m_valueText : m_valueText + QStringLiteral(". ") + m_comparisonText);
}

} // namespace costboard::ui
