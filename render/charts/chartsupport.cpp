// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartsupport.h"

#include <algorithm>
#include <cmath>

#include <QCursor>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QStringList>
#include <QToolTip>
#include <QWidget>

#include "domain/money.h"
#include "labels.h"
#include "palette.h"

namespace costboard::render::charts {
namespace {

// `share` of the way from `from` to `to`.
QColor blend(const QColor &from, const QColor &to, double share)
{
    const auto channel = [share](double a, double b) {
        return static_cast<float>(a + (b - a) * share);
    };
    return QColor::fromRgbF(channel(from.redF(), to.redF()), channel(from.greenF(), to.greenF()),
                            channel(from.blueF(), to.blueF()));
}

} // namespace

ChartColours ChartColours::paper()
{
    return fromPalette(Qt::white, palette::ink());
}

ChartColours ChartColours::fromPalette(const QColor &base, const QColor &text)
{
    ChartColours colours;
    colours.background = base;
    colours.text = text;
    colours.axisLine = blend(base, text, 0.45);
    colours.grid = blend(base, text, 0.15);
    return colours;
}

ChartColours ChartColours::projector()
{
    ChartColours colours;
    colours.background = Qt::black;
    colours.text = Qt::white;
    colours.axisLine = Qt::white;
    colours.grid = QColor(0x60, 0x60, 0x60);
    colours.axisLineWidth = 2.0;
    colours.highContrast = true;
    return colours;
}

QColor ChartColours::line(const QColor &colour) const
{
    return darkBackground() && colour.lightness() < 100 ? text : colour;
}

double ChartColours::lineWidth(double width) const
{
    return highContrast ? std::max(5.0, width) : width;
}

QList<AxisTick> moneyTicks(std::int64_t maxMinorUnits, const QString &currency, int targetTicks)
{
    const std::int64_t perMajor = Money::minorPerMajor(currency);
    const double maxMajor = std::max(1.0, static_cast<double>(maxMinorUnits) / static_cast<double>(perMajor));
    // Nice step: 1, 2 or 5 times a power of ten, giving about `targetTicks` intervals.
    const double rough = maxMajor / std::max(1, targetTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        step = factor * magnitude;
        if (rough <= step)
            break;
    }
    // Whole major units: a tick at €0.20 would be labelled "€0" beside the real €0.
    step = std::max(step, 1.0);
    const int intervals = std::max(1, static_cast<int>(std::ceil(maxMajor / step - 1e-9)));
    const QLocale locale;
    QList<AxisTick> ticks;
    QStringList compact;
    for (int i = 0; i <= intervals; ++i) {
        const Money tick(static_cast<std::int64_t>(std::llround(step * i)) * perMajor, currency);
        ticks.append({ tick.toShortString(locale), step * i });
        compact << tick.toCompactString(locale);
    }
    // Compact labels ("1.5M", "40k") read faster, unless rounding makes two of them the same
    // (1,500 and 2,000 both "2k"): then the whole amounts.
    if (compact.removeDuplicates() == 0) {
        for (qsizetype i = 0; i < ticks.size(); ++i)
            ticks[i].text = compact.at(i);
    }
    return ticks;
}

QList<AxisTick> weekTicks(const QList<IsoWeek> &weeks, int maxLabels, const QList<int> &partial)
{
    const int count = static_cast<int>(weeks.size());
    QList<AxisTick> ticks;
    if (count == 0)
        return ticks;
    // W48 of two years reads the same: the second one gets its year.
    auto append = [&ticks, &partial, &weeks](int position, bool withYear) {
        QString label = shortWeekLabel(weeks.at(position), withYear);
        if (std::any_of(ticks.cbegin(), ticks.cend(), [&label](const AxisTick &tick) {
                return tick.text == label || tick.text == label + u'*';
            }))
            label = weekLabel(weeks.at(position));
        if (partial.contains(position))
            label += u'*';
        ticks.append({ label, double(position) });
    };
    const int every = std::max(1, (count + maxLabels - 1) / std::max(1, maxLabels));
    for (int i = 0; i < count; i += every)
        append(i, i == 0);
    const int lastLabelled = ((count - 1) / every) * every;
    // The last week is named when it is half a step or more past the last label, and always when
    // it is partial: the reader must see why it is short. Closer than a whole step, it takes the
    // place of the label before it, which would run into it.
    if (lastLabelled != count - 1
        && (count - 1 - lastLabelled >= std::max(1, every / 2) || partial.contains(count - 1))) {
        if (count - 1 - lastLabelled < every && ticks.size() > 1)
            ticks.removeLast();
        append(count - 1, false);
    }
    return ticks;
}

int weekLabelsThatFit(const QFont &font, const QList<IsoWeek> &weeks, double plotWidth)
{
    if (weeks.isEmpty())
        return 1;
    // The widest label is the first one, with its year, and a "*" when the week is partial; each
    // label keeps two characters of air on each side, so that neighbours never touch.
    const QFontMetricsF metrics(font);
    const double labelWidth
        = metrics.horizontalAdvance(weekLabel(weeks.constFirst()) + u'*') + metrics.averageCharWidth() * 4;
    return std::max(2, static_cast<int>(plotWidth / labelWidth));
}

void showHoverToolTip(QWidget *owner, const QString &text)
{
    // Qt hides a tooltip after about ten seconds; the pointer may rest on a bar longer while the
    // reader compares. The chart hides it itself when the hover ends.
    constexpr int anHour = 60 * 60 * 1000;
    QToolTip::showText(QCursor::pos(), text, owner, QRect(), anHour);
}

WeekPlot::WeekPlot(const QRectF &area, const QFont &axisFont, const QList<AxisTick> &amountTicks,
                   int weekCount)
    : m_area(area)
    , m_weekCount(weekCount)
    , m_top(amountTicks.isEmpty() ? 1.0 : std::max(1e-9, amountTicks.constLast().value))
{
    const QFontMetricsF metrics(axisFont);
    double widestAmount = 0.0;
    for (const AxisTick &tick : amountTicks)
        widestAmount = std::max(widestAmount, metrics.horizontalAdvance(tick.text));
    const double line = metrics.height();
    // Left: the amounts and a gap. Top: half the highest amount's label. Bottom: the week labels.
    // Right: room for half of the last week's label, which is centred on its band.
    m_plot = QRectF(QPointF(area.left() + widestAmount + line * 0.6, area.top() + line * 0.6),
                    QPointF(area.right() - line * 1.2, area.bottom() - line * 1.6));
    if (m_plot.width() < 1.0)
        m_plot.setWidth(1.0);
    if (m_plot.height() < 1.0)
        m_plot.setHeight(1.0);
}

double WeekPlot::y(double amount) const
{
    return m_plot.bottom() - m_plot.height() * amount / m_top;
}

int WeekPlot::weekAt(double x) const
{
    if (x < m_plot.left() || x >= m_plot.right() || m_weekCount <= 0)
        return -1;
    return std::clamp(static_cast<int>((x - m_plot.left()) / bandWidth()), 0, m_weekCount - 1);
}

} // namespace costboard::render::charts
