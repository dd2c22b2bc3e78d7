// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/weeklycostchart.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QToolTip>

#include "charts/chartsupport.h"
#include "labels.h"
#include "palette.h"

namespace costboard::render::charts {

WeeklyCostChart::WeeklyCostChart(QWidget *parent)
    : QChartView(newStyledChart(), parent)
    , m_bars(new QStackedBarSeries)
    , m_budget(new QLineSeries)
    , m_weekAxis(new QCategoryAxis)
    , m_amountAxis(new QCategoryAxis)
{
    setObjectName(QStringLiteral("weeklyCostChart"));
    setRenderHint(QPainter::Antialiasing);
    prepareForRefreshes(this);
    QChart *chart = this->chart();
    chart->setTitle(tr("Weekly spend by category"));

    for (const CategoryInfo &info : CostCategories::all()) {
        auto *set = new QBarSet(categoryLabel(info.category));
        set->setColor(categoryColour(info.category));
        set->setBorderColor(categoryColour(info.category));
        const CostCategory category = info.category;
        connect(set, &QBarSet::hovered, this,
                [this, category](bool status, int index) { showBarTooltip(status, index, category); });
        connect(set, &QBarSet::clicked, this, [this, category](int index) {
            if (index >= 0 && index < m_weeks.size())
                emit barClicked(m_weeks.at(index), category);
        });
        m_sets << set;
        m_bars->append(set);
    }
    m_bars->setBarWidth(0.8);
    m_budget->setName(tr("Weekly budget"));
    QPen budgetPen(palette::ink());
    budgetPen.setWidthF(2.5);
    m_budget->setPen(budgetPen);

    chart->addSeries(m_bars);
    chart->addSeries(m_budget);
    chart->addAxis(m_weekAxis, Qt::AlignBottom);
    chart->addAxis(m_amountAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(m_weekAxis);
        series->attachAxis(m_amountAxis);
    }
    m_weekAxis->setGridLineVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Ten category names do not fit under a half-width chart: the donut beside it is the colour
    // key, and this legend keeps only the budget line.
    for (QLegendMarker *marker : chart->legend()->markers(m_bars))
        marker->setVisible(false);
    setMinimumHeight(220);
}

void WeeklyCostChart::setFontScale(double scale)
{
    applyChartStyle(chart(), scale);
    QFont axisFont = m_weekAxis->labelsFont();
    axisFont.setPointSizeF(8.5 * scale);
    m_weekAxis->setLabelsFont(axisFont);
    m_amountAxis->setLabelsFont(axisFont);
    relabelWeeks();
}

void WeeklyCostChart::setFollowsPalette(bool follows)
{
    m_followsPalette = follows;
    if (follows) {
        applyPalette(chart(), palette());
        setBackgroundBrush(palette().color(QPalette::Base));
    }
}

void WeeklyCostChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (m_followsPalette && event->type() == QEvent::PaletteChange)
        setFollowsPalette(true);
}

void WeeklyCostChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    relabelWeeks();
}

void WeeklyCostChart::relabelWeeks()
{
    // The plot is the view less the amount axis's labels and the margins.
    const QFontMetricsF metrics(m_amountAxis->labelsFont());
    const double plotWidth = width() - widestLabel(metrics, m_amountAxis) - 40.0;
    setWeekLabels(m_weekAxis, m_weeks, weekLabelsThatFit(m_weekAxis->labelsFont(), m_weeks, plotWidth),
                  m_partial);
}

QStringList WeeklyCostChart::weekAxisLabels() const
{
    return m_weekAxis->categoriesLabels();
}

bool WeeklyCostChart::viewportEvent(QEvent *event)
{
    // The scene answers a tooltip request over a bar by hiding every tooltip (bars have none of
    // their own): keep the bar's while the pointer rests on it.
    if (event->type() == QEvent::ToolTip && !m_hoverText.isEmpty()) {
        showHoverToolTip(this, m_hoverText);
        return true;
    }
    return QChartView::viewportEvent(event);
}

void WeeklyCostChart::leaveEvent(QEvent *event)
{
    m_hoverText.clear();
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

void WeeklyCostChart::setSnapshot(const DashboardSnapshot &snapshot)
{
    const QList<WeeklyPoint> points = snapshot.periodPoints();
    const std::int64_t perMajor = Money::minorPerMajor(snapshot.currency);
    m_currency = snapshot.currency;
    m_weeks.clear();
    m_points = points;
    std::int64_t highest = 0;
    QList<QPointF> budgetPoints;
    QList<int> partial;
    for (const WeeklyPoint &point : points) {
        if (point.isPartial())
            partial << static_cast<int>(m_weeks.size());
        m_weeks << point.week;
        highest = std::max({ highest, point.actual, point.budget });
        if (snapshot.hasBudget)
            budgetPoints << QPointF(m_weeks.size() - 1, toPlotValue(point.budget, perMajor));
    }
    // Qt Charts lays every bar of the series out again on each change to any set: the sets that
    // did not change are left alone, and one that did is replaced in two steps, not value by value.
    const bool partialChanged = partial != m_partial;
    for (int c = 0; c < m_sets.size(); ++c) {
        QBarSet *set = m_sets.at(c);
        const auto category = static_cast<CostCategory>(c + 1);
        QList<qreal> values;
        values.reserve(points.size());
        for (const WeeklyPoint &point : points)
            values << toPlotValue(point.category(category), perMajor);
        bool valuesChanged = set->count() != values.size();
        for (qsizetype i = 0; !valuesChanged && i < values.size(); ++i)
            valuesChanged = set->at(i) != values.at(i);
        if (valuesChanged) {
            set->remove(0, set->count());
            set->append(values);
        }
        if (const QString label = categoryLabel(category); set->label() != label)
            set->setLabel(label);
        // A week cut by the period's start or end is drawn paler: it holds only some of its days.
        if (valuesChanged || partialChanged) {
            set->deselectAllBars();
            set->setSelectedColor(set->color().lighter(135));
            set->selectBars(partial);
        }
    }
    for (QLegendMarker *marker : chart()->legend()->markers(m_bars)) {
        if (marker->isVisible())
            marker->setVisible(false);
    }
    if (m_budget->points() != budgetPoints)
        m_budget->replace(budgetPoints);
    m_budget->setVisible(snapshot.hasBudget);
    m_partial = partial;
    setMoneyTicks(m_amountAxis, highest, snapshot.currency);
    relabelWeeks();
}

void WeeklyCostChart::showBarTooltip(bool entering, int index, CostCategory category)
{
    if (!entering || index < 0 || index >= m_weeks.size()) {
        m_hoverText.clear();
        QToolTip::hideText();
        return;
    }
    const WeeklyPoint &point = m_points.at(index);
    const std::int64_t minor = point.category(category);
    const QString partialNote = point.isPartial() ? QStringLiteral("<br>")
            + tr("* %n day(s) of this week are in the period", nullptr, int(point.days.dayCount()))
                                                  : QString();
    m_hoverText
        = tr("<b>%1</b> (%2 – %3)<br>%4: <b>%5</b>%6<br><i>Click to see the cost lines</i>")
              .arg(weekLabel(m_weeks.at(index)), QLocale().toString(point.days.first, QLocale::ShortFormat),
                   QLocale().toString(point.days.last, QLocale::ShortFormat), categoryLabel(category),
                   Money(minor, m_currency).toString(), partialNote);
    showHoverToolTip(this, m_hoverText);
}

} // namespace costboard::render::charts
