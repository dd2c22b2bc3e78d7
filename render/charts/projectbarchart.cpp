// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/projectbarchart.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include "labels.h"
#include "palette.h"

namespace costboard::render::charts {
namespace {

const QColor barColour = palette::bar();
const QColor hoverColour = palette::barAccent();
const QColor textColour = palette::ink();
const QColor highContrastBarColour(QStringLiteral("#6fa8dc"));
const QColor highContrastHoverColour(QStringLiteral("#9fc5e8"));
constexpr double titleHeightFactor = 2.2; // in lines of the title font

} // namespace

ProjectBarChart::ProjectBarChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("projectBarChart"));
    setMouseTracking(true);
    setAutoFillBackground(true);
    QPalette background = palette();
    background.setColor(QPalette::Window, Qt::white);
    setPalette(background);
    setMinimumSize(260, 180);
}

void ProjectBarChart::setFontScale(double scale)
{
    m_fontScale = scale;
    update();
}

void ProjectBarChart::setHighContrast(bool highContrast)
{
    m_highContrast = highContrast;
    QPalette background = palette();
    background.setColor(QPalette::Window, highContrast ? Qt::black : Qt::white);
    setPalette(background);
    update();
}

void ProjectBarChart::setFollowsPalette(bool follows)
{
    m_followsPalette = follows;
    // The palette's base colour is painted in paintEvent(), so that a palette change needs no
    // palette of our own.
    setAutoFillBackground(!follows);
    update();
}

void ProjectBarChart::setTitleVisible(bool visible)
{
    m_titleVisible = visible;
    update();
}

void ProjectBarChart::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_currency = snapshot.currency;
    m_bars.clear();
    for (const BreakdownEntry &entry : snapshot.byProject) {
        if (entry.projectId)
            m_bars << Bar { *entry.projectId, breakdownLabel(entry), entry.amount };
    }
    m_hovered = -1;
    update();
}

QRectF ProjectBarChart::rowRect(const QRectF &area, int index) const
{
    QFont titleFont = font();
    titleFont.setPointSizeF(11.0 * m_fontScale);
    const double top
        = area.top() + (m_titleVisible ? QFontMetricsF(titleFont).height() * titleHeightFactor : 0.0);
    const double rowHeight
        = std::min(34.0 * m_fontScale, (area.bottom() - top) / std::max<qsizetype>(1, m_bars.size()));
    return QRectF(area.left(), top + index * rowHeight, area.width(), rowHeight);
}

void ProjectBarChart::render(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = m_highContrast ? QColor(Qt::white)
                                       : (m_followsPalette ? palette().color(QPalette::Text) : textColour);
    const QColor bars = m_highContrast ? highContrastBarColour : barColour;
    const QColor hovered = m_highContrast ? highContrastHoverColour : hoverColour;
    QFont titleFont = font();
    titleFont.setPointSizeF(11.0 * m_fontScale);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(text);
    if (m_titleVisible) {
        const QRectF titleRect(area.left(), area.top(), area.width(),
                               QFontMetricsF(titleFont).height() * titleHeightFactor);
        painter.drawText(titleRect, Qt::AlignCenter, tr("By project"));
    }

    QFont labelFont = font();
    labelFont.setPointSizeF(9.0 * m_fontScale);
    painter.setFont(labelFont);
    const QFontMetricsF metrics(labelFont);
    std::int64_t largest = 1;
    for (const Bar &bar : m_bars)
        largest = std::max(largest, bar.amount);

    const double margin = 10.0 * m_fontScale;
    // Room for the longest name, up to what the amounts and a fifth of the width for the bars
    // leave (never less than 45 %): on a narrow page whole names matter more than long bars.
    const QLocale locale;
    double widestName = 0.0;
    double widestAmount = 0.0;
    for (const Bar &bar : m_bars) {
        widestName = std::max(widestName, metrics.horizontalAdvance(bar.name));
        widestAmount = std::max(
            widestAmount, metrics.horizontalAdvance(Money(bar.amount, m_currency).toShortString(locale)));
    }
    const double nameRoom
        = std::max(area.width() * 0.45, area.width() - widestAmount - area.width() * 0.2 - margin * 3.0);
    const double nameWidth = std::min(nameRoom, widestName + margin * 2.0);
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const QRectF row = rowRect(area, i);
        const QString amountText = Money(bar.amount, m_currency).toShortString(locale);
        const double amountWidth = metrics.horizontalAdvance(amountText) + margin;
        const QRectF nameRect(row.left() + margin, row.top(), nameWidth - margin, row.height());
        painter.setPen(text);
        painter.drawText(nameRect, Qt::AlignVCenter | Qt::AlignRight,
                         metrics.elidedText(bar.name, Qt::ElideRight, nameRect.width() - margin / 2));
        const double barLeft = row.left() + nameWidth + margin / 2;
        const double barSpace = std::max(10.0, row.right() - barLeft - amountWidth - margin);
        // Proportions only: the bar length is a ratio of two integer amounts.
        const double length = barSpace * static_cast<double>(bar.amount) / static_cast<double>(largest);
        const QRectF barRect(barLeft, row.top() + row.height() * 0.18, std::max(1.0, length),
                             row.height() * 0.64);
        painter.fillRect(barRect, i == m_hovered ? hovered : bars);
        painter.drawText(QRectF(barRect.right() + margin / 2, row.top(), amountWidth, row.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, amountText);
    }
    if (m_bars.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, tr("No spend in this period"));
    }
    painter.restore();
}

void ProjectBarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_followsPalette && !m_highContrast)
        painter.fillRect(rect(), palette().color(QPalette::Base));
    render(painter, QRectF(rect()).adjusted(4, 4, -4, -4));
}

int ProjectBarChart::barAt(const QPointF &position) const
{
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    for (int i = 0; i < m_bars.size(); ++i) {
        if (rowRect(area, i).contains(position))
            return i;
    }
    return -1;
}

void ProjectBarChart::mouseMoveEvent(QMouseEvent *event)
{
    const int index = barAt(event->position());
    if (index != m_hovered) {
        m_hovered = index;
        update();
    }
    if (index >= 0) {
        setCursor(Qt::PointingHandCursor);
        QToolTip::showText(event->globalPosition().toPoint(),
                           QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
                               .arg(m_bars.at(index).name.toHtmlEscaped(),
                                    Money(m_bars.at(index).amount, m_currency).toString(),
                                    tr("Click to show only this project")),
                           this);
    } else {
        unsetCursor();
        QToolTip::hideText();
    }
}

void ProjectBarChart::mousePressEvent(QMouseEvent *event)
{
    const int index = barAt(event->position());
    if (index >= 0 && event->button() == Qt::LeftButton)
        emit projectClicked(m_bars.at(index).projectId);
}

void ProjectBarChart::leaveEvent(QEvent *)
{
    m_hovered = -1;
    update();
}

} // namespace costboard::render::charts
