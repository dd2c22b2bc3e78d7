// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/categorydonutchart.h"

#include <algorithm>
#include <cmath>

#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>

#include "charts/chartsupport.h"
#include "labels.h"

namespace costboard::render::charts {

CategoryDonutChart::CategoryDonutChart(QWidget *parent)
    : QChartView(newStyledChart(), parent)
    , m_series(new QPieSeries)
    , m_centreLabel(nullptr)
{
    setObjectName(QStringLiteral("categoryDonutChart"));
    setRenderHint(QPainter::Antialiasing);
    prepareForRefreshes(this);
    QChart *chart = this->chart();
    chart->setTitle(tr("By category"));
    m_series->setHoleSize(0.55);
    m_series->setPieSize(0.85);
    chart->addSeries(m_series);
    chart->legend()->setAlignment(Qt::AlignRight);
    m_centreLabel = new QGraphicsSimpleTextItem(chart);
    m_centreLabel->setZValue(10);
    // The hole moves whenever the chart lays itself out again (a new legend font, a resize).
    connect(chart, &QChart::plotAreaChanged, this, &CategoryDonutChart::placeCentreLabel);
    setMinimumSize(260, 200);
    connect(m_series, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
        bool ok = false;
        const int id = slice->property("categoryId").toInt(&ok);
        if (ok && CostCategories::isValidId(id))
            emit categoryClicked(static_cast<CostCategory>(id));
    });
    connect(m_series, &QPieSeries::hovered, this, [this](QPieSlice *slice, bool state) {
        slice->setExploded(state);
        slice->setExplodeDistanceFactor(0.06);
        m_hoverText = state ? slice->property("amountText").toString() : QString();
        if (state)
            showHoverToolTip(this, m_hoverText);
        else
            QToolTip::hideText();
    });
}

void CategoryDonutChart::setFontScale(double scale)
{
    m_fontScale = scale;
    applyChartStyle(chart(), scale);
    layoutLegend();
}

void CategoryDonutChart::setFollowsPalette(bool follows)
{
    m_followsPalette = follows;
    if (follows) {
        applyPalette(chart(), palette());
        setBackgroundBrush(palette().color(QPalette::Base));
    }
}

void CategoryDonutChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (m_followsPalette && event->type() == QEvent::PaletteChange)
        setFollowsPalette(true);
}

bool CategoryDonutChart::viewportEvent(QEvent *event)
{
    // The scene would hide the slice's tooltip on the next tooltip request: keep it while hovered.
    if (event->type() == QEvent::ToolTip && !m_hoverText.isEmpty()) {
        showHoverToolTip(this, m_hoverText);
        return true;
    }
    return QChartView::viewportEvent(event);
}

void CategoryDonutChart::leaveEvent(QEvent *event)
{
    m_hoverText.clear();
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

double CategoryDonutChart::legendPointSize() const
{
    return chart()->legend()->font().pointSizeF();
}

void CategoryDonutChart::layoutLegend()
{
    QChart *chart = this->chart();
    QLegend *legend = chart->legend();
    if (!legend->isVisible() || legend->alignment() != Qt::AlignRight || width() <= 0 || height() <= 0) {
        placeCentreLabel();
        return;
    }
    QStringList entries;
    for (const QPieSlice *slice : m_series->slices())
        entries << slice->label();
    const QMargins margins = chart->margins();
    const double titleHeight
        = chart->title().isEmpty() ? 0.0 : QFontMetricsF(chart->titleFont()).height() * 2.0;
    const double room = height() - margins.top() - margins.bottom() - titleHeight - 16.0;
    // The largest font, up to the chart's legend size, that holds every entry whole: Qt Charts
    // hides the entries that do not fit in the height and cuts names wider than about half the
    // chart. Each entry takes a line of text, the text item's own margins and the marker's.
    QFont font = legend->font();
    struct Measure
    {
        double legendWidth;
        double entryHeight;
    };
    const auto measureAt = [&](double points) {
        font.setPointSizeF(points);
        const QFontMetricsF metrics(font);
        double widest = 0.0;
        for (const QString &entry : std::as_const(entries))
            widest = std::max(widest, metrics.horizontalAdvance(entry));
        return Measure { widest + metrics.height() * 2.0 + 30.0, metrics.height() + 10.0 };
    };
    const auto fitsAt = [&](double points) {
        const Measure measure = measureAt(points);
        return measure.legendWidth <= width() * 0.5
            && static_cast<double>(entries.size()) * measure.entryHeight <= room;
    };
    // Each size tried loads a font engine of its own: the size is estimated from the largest one's
    // measures, text growing in proportion to its size, then checked.
    constexpr double step = 0.25;
    constexpr double smallest = 5.0;
    const double largest = 9.0 * m_fontScale;
    double points = largest;
    if (!fitsAt(largest)) {
        const Measure atLargest = measureAt(largest);
        const double byWidth = (width() * 0.5 - 30.0) / (atLargest.legendWidth - 30.0);
        const double byHeight = entries.isEmpty()
            ? 1.0
            : (room / static_cast<double>(entries.size()) - 10.0) / (atLargest.entryHeight - 10.0);
        points
            = std::clamp(std::floor(largest * std::min(byWidth, byHeight) / step) * step, smallest, largest);
        while (points + step < largest && fitsAt(points + step))
            points += step;
        while (points > smallest && !fitsAt(points))
            points -= step;
    }
    const double legendWidth = measureAt(points).legendWidth;
    // Only a change is applied: a new font lays every legend entry out again.
    if (legend->font() != font)
        legend->setFont(font);
    // Qt Charts sizes the legend from a hint it caches before the new font reaches every entry, and
    // then elides the longest names: ask for the width the entries were measured to need.
    if (const double minimum = std::min(legendWidth, width() * 0.5); legend->minimumWidth() != minimum)
        legend->setMinimumWidth(minimum);
    placeCentreLabel();
}

void CategoryDonutChart::setSnapshot(const DashboardSnapshot &snapshot)
{
    QList<const BreakdownEntry *> shown;
    for (const BreakdownEntry &entry : snapshot.byCategory) {
        if (entry.category && entry.amount > 0)
            shown << &entry;
    }
    // The slices are kept from one refresh to the next and updated in place; only a change in
    // their number makes new ones (each new slice is a new legend entry to lay out).
    const bool newSlices = m_series->count() != shown.size();
    if (newSlices) {
        m_series->clear();
        QList<QPieSlice *> slices;
        for (qsizetype i = 0; i < shown.size(); ++i) {
            auto *slice = new QPieSlice;
            slice->setBorderColor(Qt::white);
            slices << slice;
        }
        m_series->append(slices);
    }
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const BreakdownEntry &entry = *shown.at(i);
        QPieSlice *slice = m_series->slices().at(i);
        // A pie only needs proportions: plot the share of the total, computed on integers.
        const double share = snapshot.periodTotal > 0
            ? static_cast<double>(entry.amount) / static_cast<double>(snapshot.periodTotal)
            : 0.0;
        // The share first: a long category name is elided in a narrow legend, its share must not be.
        const QString label
            = QStringLiteral("%1  %2").arg(percentLabel(share * 100.0, 0), categoryLabel(*entry.category));
        if (slice->label() != label)
            slice->setLabel(label);
        if (slice->value() != share)
            slice->setValue(share);
        if (const QColor colour = categoryColour(*entry.category); slice->color() != colour)
            slice->setColor(colour);
        slice->setProperty("categoryId", static_cast<int>(*entry.category));
        slice->setProperty("amountText",
                           QStringLiteral("%1: %2").arg(categoryLabel(*entry.category),
                                                        snapshot.money(entry.amount).toString()));
    }
    m_centreLabel->setText(snapshot.money(snapshot.periodTotal).toCompactString());
    if (m_followsPalette && newSlices)
        applyPalette(chart(), palette());
    layoutLegend();
}

void CategoryDonutChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    layoutLegend();
}

void CategoryDonutChart::placeCentreLabel()
{
    if (!m_centreLabel)
        return;
    QFont font = m_centreLabel->font();
    font.setPointSizeF(13.0 * m_fontScale);
    font.setBold(true);
    if (m_centreLabel->font() != font)
        m_centreLabel->setFont(font);
    const QRectF plot = chart()->plotArea();
    const QRectF text = m_centreLabel->boundingRect();
    if (const QPointF position = plot.center() - QPointF(text.width() / 2.0, text.height() / 2.0);
        m_centreLabel->pos() != position)
        m_centreLabel->setPos(position);
}

} // namespace costboard::render::charts
