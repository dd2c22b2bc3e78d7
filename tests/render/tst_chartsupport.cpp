// SPDX-License-Identifier: GPL-3.0-or-later
// The rules the painted charts share: amount ticks, week labels, the plot's geometry and colours.
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QTest>

#include "charts/chartsupport.h"
#include "domain/money.h"
#include "palette.h"

using namespace costboard;
using namespace costboard::render::charts;

namespace {

QList<double> values(const QList<AxisTick> &ticks)
{
    QList<double> out;
    for (const AxisTick &tick : ticks)
        out << tick.value;
    return out;
}

QStringList texts(const QList<AxisTick> &ticks)
{
    QStringList out;
    for (const AxisTick &tick : ticks)
        out << tick.text;
    return out;
}

QList<IsoWeek> weeksFrom(const IsoWeek &first, int count)
{
    QList<IsoWeek> weeks;
    for (IsoWeek week = first; weeks.size() < count; week = week.next())
        weeks << week;
    return weeks;
}

} // namespace

class TestChartSupport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void moneyTicksAreNiceStepsUpToTheHighest()
    {
        // €123,456.78: steps of 50,000 up to 150,000.
        const QList<AxisTick> ticks = moneyTicks(12'345'678, QStringLiteral("EUR"));
        QCOMPARE(values(ticks), (QList<double> { 0, 50'000, 100'000, 150'000 }));
        QCOMPARE(texts(ticks),
                 (QStringList { QStringLiteral("€0"), QStringLiteral("€50k"), QStringLiteral("€100k"),
                                QStringLiteral("€150k") }));
        // Exactly on a step: the axis ends there.
        QCOMPARE(values(moneyTicks(200'000'00, QStringLiteral("EUR"))).constLast(), 200'000.0);
        // Yen have no minor unit.
        QCOMPARE(values(moneyTicks(4'000'000, QStringLiteral("JPY"))).constLast(), 4'000'000.0);
    }

    void moneyTicksNeverLabelTwoTicksAlike()
    {
        // Nothing spent, or €3.50: whole euros, not five ticks all reading "€0".
        QCOMPARE(texts(moneyTicks(0, QStringLiteral("EUR"))),
                 (QStringList { QStringLiteral("€0"), QStringLiteral("€1") }));
        QCOMPARE(values(moneyTicks(350, QStringLiteral("EUR"))), (QList<double> { 0, 1, 2, 3, 4 }));
        // Steps of 500 above 1,000: compact labels would read "€2k" twice (1,500 and 2,000).
        const QStringList labels = texts(moneyTicks(240'000, QStringLiteral("EUR")));
        QCOMPARE(
            labels,
            (QStringList { QStringLiteral("€0"), QStringLiteral("€500"), QStringLiteral("€1,000"),
                           QStringLiteral("€1,500"), QStringLiteral("€2,000"), QStringLiteral("€2,500") }));
    }

    void weekTicksLabelTheFirstTheLastAndEveryNth()
    {
        const QList<IsoWeek> weeks = weeksFrom(IsoWeek(2026, 37), 13); // W37 to W49
        QCOMPARE(texts(weekTicks(weeks, 4)),
                 (QStringList { QStringLiteral("2026-W37"), QStringLiteral("W41"), QStringLiteral("W45"),
                                QStringLiteral("W49") }));
        QCOMPARE(values(weekTicks(weeks, 4)), (QList<double> { 0, 4, 8, 12 }));
        // Room for all: every week, the first with its year.
        QCOMPARE(weekTicks(weeks, 50).size(), 13);
        // A partial last week is named even off the step, with its "*", in the place of the label
        // a week before it.
        const QList<IsoWeek> fourteen = weeksFrom(IsoWeek(2026, 37), 14);
        QCOMPARE(texts(weekTicks(fourteen, 4)).constLast(), QStringLiteral("W49"));
        QCOMPARE(texts(weekTicks(fourteen, 4, { 0, 13 })),
                 (QStringList { QStringLiteral("2026-W37*"), QStringLiteral("W41"), QStringLiteral("W45"),
                                QStringLiteral("W50*") }));
        // Half a step or more past the last label, the last week is named beside it.
        QCOMPARE(texts(weekTicks(weeksFrom(IsoWeek(2026, 37), 16), 4)),
                 (QStringList { QStringLiteral("2026-W37"), QStringLiteral("W41"), QStringLiteral("W45"),
                                QStringLiteral("W52") }));
        // Across a new year, week 1 carries its year.
        const QStringList acrossTheYear = texts(weekTicks(weeksFrom(IsoWeek(2026, 50), 6), 10));
        QVERIFY2(acrossTheYear.contains(QStringLiteral("2027-W01")), qPrintable(acrossTheYear.join(u' ')));
        QVERIFY(weekTicks({}, 5).isEmpty());
    }

    void moreWeekLabelsFitAWiderAxis()
    {
        const QList<IsoWeek> weeks = weeksFrom(IsoWeek(2026, 1), 52);
        QFont font;
        font.setPointSizeF(8.5);
        const int narrow = weekLabelsThatFit(font, weeks, 300);
        const int wide = weekLabelsThatFit(font, weeks, 1200);
        QVERIFY(narrow >= 2);
        QVERIFY2(wide > narrow * 3, qPrintable(QStringLiteral("%1 then %2").arg(narrow).arg(wide)));
    }

    // The labels an axis picks never touch: between two neighbours' centres there is room for the
    // wider of them, at every width from a slide's corner to a 4K dashboard.
    void weekLabelsThatFitDoNotOverlap()
    {
        QFont font;
        font.setPointSizeF(8.5);
        const QFontMetricsF metrics(font);
        const QList<AxisTick> amounts = moneyTicks(12'345'678, QStringLiteral("EUR"));
        for (const int count : { 5, 13, 27, 53, 57 }) {
            const QList<IsoWeek> weeks = weeksFrom(IsoWeek(2025, 49), count);
            for (const double width : { 260.0, 420.0, 700.0, 1100.0, 2400.0 }) {
                const WeekPlot plot(QRectF(0, 0, width, 300), font, amounts, count);
                const QList<AxisTick> ticks
                    = weekTicks(weeks, weekLabelsThatFit(font, weeks, plot.plot().width()), { count - 1 });
                for (qsizetype i = 1; i < ticks.size(); ++i) {
                    const double gap = plot.x(ticks.at(i).value) - plot.x(ticks.at(i - 1).value);
                    const double needed = (metrics.horizontalAdvance(ticks.at(i).text)
                                           + metrics.horizontalAdvance(ticks.at(i - 1).text))
                        / 2;
                    QVERIFY2(gap > needed,
                             qPrintable(QStringLiteral("%1 weeks, %2 px: %3 and %4, %5 px apart, need %6")
                                            .arg(count)
                                            .arg(width)
                                            .arg(ticks.at(i - 1).text, ticks.at(i).text)
                                            .arg(gap)
                                            .arg(needed)));
                }
            }
        }
    }

    void weekPlotPlacesWeeksInBandsAndAmountsUpTheAxis()
    {
        QFont font;
        font.setPointSizeF(8.5);
        const QList<AxisTick> ticks = moneyTicks(12'345'678, QStringLiteral("EUR"));
        const WeekPlot plot(QRectF(0, 0, 600, 300), font, ticks, 12);
        QVERIFY(QRectF(0, 0, 600, 300).contains(plot.plot()));
        QCOMPARE(plot.y(0), plot.plot().bottom());
        QCOMPARE(plot.y(150'000), plot.plot().top());
        QVERIFY(plot.y(50'000) < plot.y(0));
        for (int week = 0; week < 12; ++week)
            QCOMPARE(plot.weekAt(plot.x(week)), week);
        QCOMPARE(plot.weekAt(plot.plot().left() - 1), -1);
        QCOMPARE(plot.weekAt(plot.plot().right() + 1), -1);
        // The amounts' labels have their room on the left of the plot.
        const QFontMetricsF metrics(font);
        QVERIFY(plot.plot().left() > metrics.horizontalAdvance(ticks.constLast().text));
    }

    void darkLinesTurnLightOnADarkBackground()
    {
        const QColor ink = render::palette::ink();
        QCOMPARE(ChartColours::paper().line(ink), ink);
        const ChartColours dark
            = ChartColours::fromPalette(QColor(0x2b, 0x2d, 0x31), QColor(0xf1, 0xf3, 0xf4));
        QCOMPARE(dark.line(ink), QColor(0xf1, 0xf3, 0xf4));
        // A coloured line keeps its colour.
        QCOMPARE(dark.line(QColor(0xd6, 0x27, 0x28)), QColor(0xd6, 0x27, 0x28));
        QCOMPARE(ChartColours::projector().line(ink), QColor(Qt::white));
        QCOMPARE(ChartColours::projector().lineWidth(2.0), 5.0);
        QCOMPARE(ChartColours::paper().lineWidth(2.0), 2.0);
        // Grid and axis lines lie between background and text.
        QVERIFY(dark.grid.lightness() > dark.background.lightness());
        QVERIFY(dark.axisLine.lightness() > dark.grid.lightness());
        QVERIFY(dark.axisLine.lightness() < dark.text.lightness());
    }
};

QTEST_MAIN(TestChartSupport)
#include "tst_chartsupport.moc"
