#include "charts/categorydonutchart.h"

#include "charts/chartsupport.h"
#include "labels.h"

#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QToolTip>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>

namespace costboard::render::charts {

CategoryDonutChart::CategoryDonutChart(QWidget *parent)
    : QChartView(newStyledChart(), parent)
    , m_series(new QPieSeries)
    , m_centreLabel(nullptr)
{
    setObjectName(QStringLiteral("categoryDonutChart"));
    setRenderHint(QPainter::Antialiasing);
    QChart *chart = this->chart();
    chart->setTitle(tr("By category"));
    m_series->setHoleSize(0.55);
    m_series->setPieSize(0.85);
    chart->addSeries(m_series);
    chart->legend()->setAlignment(Qt::AlignRight);
    m_centreLabel = new QGraphicsSimpleTextItem(chart);
    m_centreLabel->setZValue(10);
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
        if (state)
            QToolTip::showText(QCursor::pos(), slice->property("amountText").toString(), this);
        else
            QToolTip::hideText();
    });
}

void CategoryDonutChart::setFontScale(double scale)
{
    m_fontScale = scale;
    applyChartStyle(chart(), scale);
    placeCentreLabel();
}

void CategoryDonutChart::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_series->clear();
    for (const BreakdownEntry &entry : snapshot.byCategory) {
        if (!entry.category || entry.amount <= 0)
            continue;
        // A pie only needs proportions: plot the share of the total, computed on integers.
        const double share = snapshot.periodTotal > 0
            ? static_cast<double>(entry.amount) / static_cast<double>(snapshot.periodTotal) : 0.0;
        // The share first: a long category name is elided in a narrow legend, its share must not be.
        auto *slice = new QPieSlice(QStringLiteral("%1  %2").arg(percentLabel(share * 100.0, 0), categoryLabel(*entry.category)),
                                    share);
        slice->setColor(categoryColour(*entry.category));
        slice->setBorderColor(Qt::white);
        slice->setProperty("categoryId", static_cast<int>(*entry.category));
        slice->setProperty("amountText", QStringLiteral("%1: %2").arg(categoryLabel(*entry.category),
                                                                       snapshot.money(entry.amount).toString()));
        m_series->append(slice);
    }
    m_centreLabel->setText(snapshot.money(snapshot.periodTotal).toCompactString());
    placeCentreLabel();
}

void CategoryDonutChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeCentreLabel();
}

void CategoryDonutChart::placeCentreLabel()
{
    if (!m_centreLabel)
        return;
    QFont font = m_centreLabel->font();
    font.setPointSizeF(13.0 * m_fontScale);
    font.setBold(true);
    m_centreLabel->setFont(font);
    const QRectF plot = chart()->plotArea();
    const QRectF text = m_centreLabel->boundingRect();
    m_centreLabel->setPos(plot.center() - QPointF(text.width() / 2.0, text.height() / 2.0));
}

} // namespace costboard::render::charts
