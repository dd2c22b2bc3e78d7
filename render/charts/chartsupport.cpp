// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartsupport.h"

#include <algorithm>
#include <cmath>

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QLegend>
#include <QLocale>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalBlocker>
#include <QToolTip>
#include <QWidget>
#include <QXYSeries>

#include "domain/money.h"
#include "labels.h"

namespace costboard::render::charts {

void applyChartStyle(QChart *chart, double fontScale)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(11.0 * fontScale);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(9.0 * fontScale);
    chart->legend()->setFont(legendFont);
}

namespace {

// Background, titles, legend and axes: what the projector's contrast and the window's palette both set.
void applyFrameColours(QChart *chart, const QColor &background, const QColor &text, const QPen &axisLine,
                       const QPen &grid)
{
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePen(axisLine);
        axis->setGridLinePen(grid);
    }
}

} // namespace

void applyHighContrastStyle(QChart *chart)
{
    const QColor background(Qt::black);
    const QColor text(Qt::white);
    applyFrameColours(chart, background, text, QPen(text, 2.0), QPen(QColor(0x60, 0x60, 0x60), 1.0));
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QXYSeries *>(series)) {
            QPen pen = line->pen();
            pen.setWidthF(std::max(5.0, pen.widthF()));
            if (pen.color().lightness() < 100)
                pen.setColor(text);
            line->setPen(pen);
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices()) {
                slice->setBorderColor(background);
                slice->setBorderWidth(2);
            }
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setBorderColor(set->color());
        }
    }
    // Text the chart draws itself (the total in a donut's hole).
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            label->setBrush(text);
    }
}

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const auto blend = [&](double textShare) {
        return QColor::fromRgbF(
            static_cast<float>(textShare * text.redF() + (1.0 - textShare) * base.redF()),
            static_cast<float>(textShare * text.greenF() + (1.0 - textShare) * base.greenF()),
            static_cast<float>(textShare * text.blueF() + (1.0 - textShare) * base.blueF()));
    };
    applyFrameColours(chart, base, text, QPen(blend(0.45), 1.0), QPen(blend(0.15), 1.0));
    const bool dark = base.lightness() < 128;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QXYSeries *>(series)) {
            // The colour the series was given, remembered the first time, so that a dark palette
            // followed by a light one gives the ink back.
            QVariant given = line->property("givenColour");
            if (!given.isValid()) {
                given = line->pen().color();
                line->setProperty("givenColour", given);
            }
            QPen pen = line->pen();
            const QColor colour = given.value<QColor>();
            pen.setColor(dark && colour.lightness() < 100 ? text : colour);
            line->setPen(pen);
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices())
                slice->setBorderColor(base);
        }
    }
    // Text the chart draws itself (the total in a donut's hole).
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            label->setBrush(text);
    }
}

void showHoverToolTip(QWidget *owner, const QString &text)
{
    // Qt hides a tooltip after about ten seconds; the pointer may rest on a bar longer while the
    // reader compares. The chart hides it itself when the hover ends.
    constexpr int anHour = 60 * 60 * 1000;
    QToolTip::showText(QCursor::pos(), text, owner, QRect(), anHour);
}

int weekLabelsThatFit(const QFont &font, const QList<IsoWeek> &weeks, double plotWidth)
{
    if (weeks.isEmpty())
        return 1;
    // The widest label is the first one, with its year, and a "*" when the week is partial; a
    // label needs a little air on each side too.
    const QFontMetricsF metrics(font);
    // Qt Charts elides a label that comes within a few pixels of its neighbour's room: keep a quarter
    // of a label spare.
    const double labelWidth
        = (metrics.horizontalAdvance(weekLabel(weeks.constFirst()) + u'*') + metrics.averageCharWidth() * 2)
        * 1.25;
    return std::max(2, static_cast<int>(plotWidth / labelWidth));
}

double widestLabel(const QFontMetricsF &metrics, QCategoryAxis *axis)
{
    double widest = metrics.horizontalAdvance(QStringLiteral("000 k€"));
    for (const QString &label : axis->categoriesLabels())
        widest = std::max(widest, metrics.horizontalAdvance(label));
    return widest;
}

QChart *newStyledChart()
{
    auto *chart = new QChart;
    applyChartStyle(chart);
    return chart;
}

void prepareForRefreshes(QGraphicsView *view)
{
    if (view->scene())
        view->scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    view->setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
}

namespace {

// One label of a category axis and the value its category ends at.
struct AxisLabel
{
    QString text;
    double end = 0.0;
};

// Gives `axis` exactly `labels`, its categories starting at `start`, and touches it only when they
// differ from what it shows: every change lays the chart's axes out again.
void setAxisLabels(QCategoryAxis *axis, const QList<AxisLabel> &labels, double start)
{
    const QStringList current = axis->categoriesLabels();
    bool same = current.size() == labels.size() && axis->startValue() == start;
    for (qsizetype i = 0; same && i < labels.size(); ++i)
        same = current.at(i) == labels.at(i).text && axis->endValue(current.at(i)) == labels.at(i).end;
    if (same)
        return;
    {
        // Every remove() and append() tells the chart, which lays all the labels out again (a
        // third of a dashboard refresh when the weeks change): tell it once, at the end.
        const QSignalBlocker quiet(axis);
        for (const QString &label : current)
            axis->remove(label);
        axis->setStartValue(start);
        for (const AxisLabel &label : labels)
            axis->append(label.text, label.end);
    }
    emit axis->categoriesChanged();
}

} // namespace

double setMoneyTicks(QCategoryAxis *axis, std::int64_t maxMinorUnits, const QString &currency,
                     int targetTicks)
{
    const std::int64_t perMajor = Money::minorPerMajor(currency);
    const double maxMajor = std::max(1.0, static_cast<double>(maxMinorUnits) / static_cast<double>(perMajor));
    // Nice step: 1, 2 or 5 times a power of ten, giving about `targetTicks` intervals.
    const double rough = maxMajor / targetTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        step = factor * magnitude;
        if (rough <= step)
            break;
    }
    const int intervals = static_cast<int>(std::ceil(maxMajor / step - 1e-9));
    const double axisMax = step * std::max(1, intervals);

    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QLocale locale;
    QList<AxisLabel> ticks;
    for (int i = 0; i <= std::max(1, intervals); ++i) {
        const auto tickMinor = static_cast<std::int64_t>(std::llround(step * i)) * perMajor;
        ticks.append({ Money(tickMinor, currency).toCompactString(locale), step * i });
    }
    setAxisLabels(axis, ticks, 0.0);
    axis->setRange(0, axisMax);
    return axisMax;
}

void setWeekLabels(QCategoryAxis *axis, const QList<IsoWeek> &weeks, int maxLabels, const QList<int> &partial)
{
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int count = static_cast<int>(weeks.size());
    if (count == 0) {
        setAxisLabels(axis, {}, -0.5);
        axis->setRange(-0.5, 0.5);
        return;
    }
    QList<AxisLabel> labels;
    // Labels are the axis's keys, so they must be unique: W48 of two years gets its year.
    auto appendLabel = [&labels, &partial](const IsoWeek &week, int position, bool withYear) {
        QString label = shortWeekLabel(week, withYear);
        if (std::any_of(labels.cbegin(), labels.cend(),
                        [&label](const AxisLabel &existing) { return existing.text == label; }))
            label = weekLabel(week);
        if (partial.contains(position))
            label += u'*';
        labels.append({ label, double(position) });
    };
    const int every = std::max(1, (count + maxLabels - 1) / std::max(1, maxLabels));
    for (int i = 0; i < count; i += every)
        appendLabel(weeks.at(i), i, i == 0);
    const int lastLabelled = ((count - 1) / every) * every;
    // The last week is always named when it is partial: the reader must see why it is short.
    if (lastLabelled != count - 1
        && (count - 1 - lastLabelled >= std::max(1, every / 2) || partial.contains(count - 1)))
        appendLabel(weeks.constLast(), count - 1, false);
    setAxisLabels(axis, labels, -0.5);
    axis->setRange(-0.5, count - 0.5);
}

} // namespace costboard::render::charts
