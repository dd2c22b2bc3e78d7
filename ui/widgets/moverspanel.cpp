// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/moverspanel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include "kpis.h"
#include "labels.h"
#include "widgets/card.h"

namespace costboard::ui {
namespace {

constexpr int padding = 8;

} // namespace

MoversPanel::MoversPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("moversPanel"));
    // Drawn as a card beside the KPI tiles (widgets/card.h): the border's room is the margins.
    setContentsMargins(card::frameMargins(false));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void MoversPanel::setMovers(const QList<Mover> &movers, const QString &currency)
{
    m_rows.clear();
    for (const Mover &mover : movers.mid(0, maxRows)) {
        const bool up = mover.change() > 0;
        // Whole currency units, like the KPI tiles beside it: cents would only cost width.
        const QString amount
            = (up ? QStringLiteral("+") : QString()) + Money(mover.change(), currency).toShortString();
        m_rows << Row { up, moverLabel(mover), amount };
    }
    // A new size hint lays the page out again: only asked for when the rows need one.
    if (const QSize hint = sizeHint(); hint != m_lastSizeHint) {
        m_lastSizeHint = hint;
        updateGeometry();
    }
    update();
}

void MoversPanel::setFontScale(double scale)
{
    m_fontScale = scale;
    updateGeometry();
    update();
}

QFont MoversPanel::headingFont() const
{
    QFont heading = font();
    heading.setPointSizeF(9.0 * m_fontScale);
    heading.setBold(true);
    return heading;
}

QFont MoversPanel::naturalRowFont() const
{
    QFont row = font();
    row.setPointSizeF(9.0 * m_fontScale);
    return row;
}

QFont MoversPanel::rowFont() const
{
    // A project's whole name is worth a slightly smaller font; below a fifth smaller it is elided.
    QFont row = naturalRowFont();
    const double natural = row.pointSizeF();
    const int width = rowsArea().width();
    for (double factor = 1.0; factor >= 0.8; factor -= 0.05) {
        row.setPointSizeF(natural * factor);
        const QFontMetrics metrics(row);
        int widestName = 0;
        for (const Row &entry : m_rows)
            widestName = std::max(widestName, metrics.horizontalAdvance(entry.name));
        if (arrowWidth(row) + widestName + padding + amountColumnWidth(row) <= width)
            break;
    }
    return row;
}

int MoversPanel::arrowWidth(const QFont &font) const
{
    return QFontMetrics(font).horizontalAdvance(QStringLiteral("▲ "));
}

int MoversPanel::amountColumnWidth() const
{
    return amountColumnWidth(rowFont());
}

int MoversPanel::amountColumnWidth(const QFont &font) const
{
    const QFontMetrics metrics(font);
    int widest = 0;
    for (const Row &row : m_rows)
        widest = std::max(widest, metrics.horizontalAdvance(row.amount));
    return widest;
}

QRect MoversPanel::rowsArea() const
{
    const QRect inside = contentsRect().adjusted(padding, padding / 2, -padding, -padding / 2);
    const int headingHeight = QFontMetrics(headingFont()).lineSpacing();
    return inside.adjusted(0, headingHeight, 0, 0);
}

QString MoversPanel::shownName(int index) const
{
    const QFont row = rowFont();
    const QFontMetrics metrics(row);
    const int nameWidth = rowsArea().width() - arrowWidth(row) - amountColumnWidth(row) - padding;
    return metrics.elidedText(m_rows.at(index).name, Qt::ElideRight, std::max(0, nameWidth));
}

QSize MoversPanel::sizeHint() const
{
    const QFont row = naturalRowFont();
    const QFontMetrics metrics(row);
    int widestName = 0;
    for (const Row &entry : m_rows)
        widestName = std::max(widestName, metrics.horizontalAdvance(entry.name));
    const int rows = std::max<int>(1, static_cast<int>(m_rows.size()));
    const int width
        = std::max(QFontMetrics(headingFont()).horizontalAdvance(tr("Largest movers vs last week")),
                   arrowWidth(row) + widestName + padding + amountColumnWidth(row));
    return { width + 2 * padding + 2 * card::borderWidth,
             QFontMetrics(headingFont()).lineSpacing() + rows * metrics.lineSpacing() + padding
                 + 2 * card::borderWidth };
}

QSize MoversPanel::minimumSizeHint() const
{
    // Room for the arrow, a few letters of the name and the whole amount.
    const QFont row = naturalRowFont();
    const QFontMetrics metrics(row);
    return { arrowWidth(row) + metrics.horizontalAdvance(QStringLiteral("Abcd…")) + padding
                 + amountColumnWidth(row) + 2 * padding + 2 * card::borderWidth,
             sizeHint().height() };
}

void MoversPanel::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    card::paint(painter, rect(), palette());
    const QRect inside = contentsRect().adjusted(padding, padding / 2, -padding, -padding / 2);
    painter.setFont(headingFont());
    painter.setPen(palette().color(QPalette::Text));
    const QFontMetrics headingMetrics(headingFont());
    painter.drawText(
        QRect(inside.left(), inside.top(), inside.width(), headingMetrics.lineSpacing()),
        Qt::AlignLeft | Qt::AlignVCenter,
        headingMetrics.elidedText(tr("Largest movers vs last week"), Qt::ElideRight, inside.width()));

    const QRect area = rowsArea();
    const QFont row = rowFont();
    const QFontMetrics metrics(row);
    painter.setFont(row);
    if (m_rows.isEmpty()) {
        painter.drawText(QRect(area.left(), area.top(), area.width(), metrics.lineSpacing()),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("No change."));
        return;
    }
    const int amountWidth = amountColumnWidth(row);
    const int arrow = arrowWidth(row);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &entry = m_rows.at(i);
        const QRect line(area.left(), area.top() + i * metrics.lineSpacing(), area.width(),
                         metrics.lineSpacing());
        // Spending more is the bad direction for a cost dashboard.
        painter.setPen(toneColour(entry.up ? KpiTone::Bad : KpiTone::Good));
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         entry.up ? QStringLiteral("▲") : QStringLiteral("▼"));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(line.adjusted(arrow, 0, -(amountWidth + padding), 0),
                         Qt::AlignLeft | Qt::AlignVCenter, shownName(i));
        painter.drawText(QRect(line.right() - amountWidth, line.top(), amountWidth + 1, line.height()),
                         Qt::AlignRight | Qt::AlignVCenter, entry.amount);
    }
}

bool MoversPanel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // The whole name of an elided row.
        const auto *help = static_cast<QHelpEvent *>(event);
        const QRect area = rowsArea();
        const int lineHeight = QFontMetrics(rowFont()).lineSpacing();
        const int index = area.contains(help->pos()) ? (help->pos().y() - area.top()) / lineHeight : -1;
        if (index >= 0 && index < m_rows.size())
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("%1  %2").arg(m_rows.at(index).name, m_rows.at(index).amount),
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace costboard::ui
