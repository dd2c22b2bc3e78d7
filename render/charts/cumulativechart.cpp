// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/cumulativechart.h"

#include <algorithm>

#include <QCategoryAxis>
#include <QEvent>
#include <QFontMetricsF>
#include <QLineSeries>

#include "charts/chartsupport.h"
#include "palette.h"

namespace costboard::render::charts {

CumulativeChart::CumulativeChart(QWidget *parent)
    : QChartView(newStyledChart(), parent)
    , m_actual(new QLineSeries)
    , m_budget(new QLineSeries)
    , m_forecast(new QLineSeries)
    , m_weekAxis(new QCategoryAxis)
    , m_amountAxis(new QCategoryAxis)
{
    setObjectName(QStringLiteral("cumulativeChart"));
    setRenderHint(QPainter::Antialiasing);
    prepareForRefreshes(this);
    QChart *chart = this->chart();
    chart->setTitle(tr("Cumulative spend vs budget"));

    m_actual->setName(tr("Actual"));
    QPen actualPen(QColor(QStringLiteral("#1f77b4")));
    actualPen.setWidthF(3.0);
    m_actual->setPen(actualPen);
    m_budget->setName(tr("Budget"));
    QPen budgetPen(palette::ink());
    budgetPen.setWidthF(2.0);
    m_budget->setPen(budgetPen);
    m_forecast->setName(tr("Forecast"));
    QPen forecastPen(QColor(QStringLiteral("#d62728")));
    forecastPen.setWidthF(2.5);
    forecastPen.setStyle(Qt::DashLine);
    m_forecast->setPen(forecastPen);

    for (QLineSeries *series : { m_budget, m_actual, m_forecast })
        chart->addSeries(series);
    chart->addAxis(m_weekAxis, Qt::AlignBottom);
    chart->addAxis(m_amountAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(m_weekAxis);
        series->attachAxis(m_amountAxis);
    }
    m_weekAxis->setGridLineVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setMinimumHeight(200);
}

void CumulativeChart::setFontScale(double scale)
{
    applyChartStyle(chart(), scale);
    QFont axisFont = m_weekAxis->labelsFont();
    axisFont.setPointSizeF(8.5 * scale);
    m_weekAxis->setLabelsFont(axisFont);
    m_amountAxis->setLabelsFont(axisFont);
    relabelWeeks();
}

void CumulativeChart::setFollowsPalette(bool follows)
{
    m_followsPalette = follows;
    if (follows) {
        applyPalette(chart(), palette());
        setBackgroundBrush(palette().color(QPalette::Base));
    }
}

void CumulativeChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (m_followsPalette && event->type() == QEvent::PaletteChange)
        setFollowsPalette(true);
}

void CumulativeChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    relabelWeeks();
}

void CumulativeChart::relabelWeeks()
{
    const QFontMetricsF metrics(m_amountAxis->labelsFont());
    double plotWidth = width() - widestLabel(metrics, m_amountAxis) - 40.0;
    // Once laid out, the plot area says exactly how much room the week axis has.
    if (chart()->plotArea().width() > 0)
        plotWidth = std::min(plotWidth, chart()->plotArea().width());
    setWeekLabels(m_weekAxis, m_weeks, weekLabelsThatFit(m_weekAxis->labelsFont(), m_weeks, plotWidth));
}

QStringList CumulativeChart::weekAxisLabels() const
{
    return m_weekAxis->categoriesLabels();
}

void CumulativeChart::setSnapshot(const DashboardSnapshot &snapshot)
{
    const std::int64_t perMajor = Money::minorPerMajor(snapshot.currency);
    QList<QPointF> actual;
    QList<QPointF> budget;
    QList<QPointF> forecast;
    QList<IsoWeek> weeks;
    std::int64_t highest = 0;
    const int reportingIndex = snapshot.indexOf(snapshot.kpis.week);
    for (int i = 0; i < snapshot.points.size(); ++i) {
        const WeeklyPoint &point = snapshot.points.at(i);
        weeks << point.week;
        if (!point.future) {
            actual << QPointF(i, toPlotValue(point.cumulativeActual, perMajor));
            highest = std::max(highest, point.cumulativeActual);
        }
        if (snapshot.hasBudget) {
            budget << QPointF(i, toPlotValue(point.cumulativeBudget, perMajor));
            highest = std::max(highest, point.cumulativeBudget);
        }
        if (reportingIndex >= 0 && i >= reportingIndex && reportingIndex < snapshot.points.size() - 1) {
            forecast << QPointF(i, toPlotValue(snapshot.forecastCumulative.value(i), perMajor));
            highest = std::max(highest, snapshot.forecastCumulative.value(i));
        }
    }
    // Each series is replaced in one step, and only when it changed: a replace lays it out again.
    for (const auto &[series, points] : { std::pair { m_actual, &actual }, std::pair { m_budget, &budget },
                                          std::pair { m_forecast, &forecast } }) {
        if (series->points() != *points)
            series->replace(*points);
    }
    m_budget->setVisible(snapshot.hasBudget);
    m_forecast->setVisible(!forecast.isEmpty());
    m_weeks = weeks;
    setMoneyTicks(m_amountAxis, highest, snapshot.currency);
    relabelWeeks();
}

} // namespace costboard::render::charts
