// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHelpEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include "analytics/dashboardsnapshot.h"
#include "application.h"
#include "charts/categorydonutchart.h"
#include "charts/cumulativechart.h"
#include "charts/projectbarchart.h"
#include "charts/weeklycostchart.h"
#include "demo/demoportfolio.h"
#include "labels.h"
#include "layouttestsupport.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "palette.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "widgets/alertbanner.h"
#include "widgets/dashboardfilterbar.h"
#include "widgets/kpitile.h"
#include "widgets/moverspanel.h"
#include "zoom.h"

using namespace costboard;

namespace {

// Opens the database at `path` in a window of `size` showing the dashboard, and lets what waits
// for the first paint run (the status bar's count, the alert evaluation). Null when it cannot.
ui::DashboardPage *showDashboard(ui::Application &application, const QString &path, const QSize &size)
{
    if (!application.openDatabase(path))
        return nullptr;
    ui::MainWindow *window = application.mainWindow();
    window->resize(size);
    window->showPage(0);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    QCoreApplication::processEvents();
    return window->findChild<ui::DashboardPage *>();
}

// The texts a chart draws (title, axis labels, legend entries), as it painted them just now.
QStringList paintedTexts(render::charts::PaintedChart *chart)
{
    (void)chart->grab();
    return chart->drawnTexts();
}

// Those of them the chart had to cut: it writes "…" in place of what did not fit.
QStringList cutTexts(const QStringList &texts)
{
    QStringList cut;
    for (const QString &text : texts) {
        if (text.contains(QChar(0x2026)))
            cut << text;
    }
    return cut;
}

// Whether `text` shows whole in `label`: no line wider than the label, the lines within its height.
// Every line of `shown` (as a painted widget draws it, one line per '\n', the space a line broke
// at left at its end) fits in `room`.
bool fitsIn(const QFont &font, const QRect &room, const QString &shown)
{
    const QFontMetrics metrics(font);
    const QStringList lines = shown.split(u'\n');
    for (const QString &line : lines) {
        if (metrics.horizontalAdvance(line.trimmed()) > room.width())
            return false;
    }
    return lines.size() * metrics.lineSpacing() <= room.height() + 1;
}

} // namespace

// The dashboard reads at every size from 1024×768 up, in both languages: no KPI title or value,
// no mover's amount, no axis label or legend entry is cut.
class TestDashboardLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        m_databasePath = test::prepareLayoutTest(QStringLiteral("tst_dashboardlayout"), m_directory);
    }

    void init() { QSettings().clear(); }

    void nothingIsCut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("period");
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("fr") }) {
            for (const QSize &size :
                 { QSize(1024, 768), QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080) }) {
                const QString name
                    = QStringLiteral("%1 %2x%3").arg(language).arg(size.width()).arg(size.height());
                QTest::newRow(qPrintable(name))
                    << language << size << static_cast<int>(PeriodPreset::Last13Weeks);
            }
            // The longest captions: a range of days across a new year.
            QTest::newRow(qPrintable(language + QStringLiteral(" 1024x768 last 52 weeks")))
                << language << QSize(1024, 768) << static_cast<int>(PeriodPreset::Last52Weeks);
        }
    }

    void nothingIsCut()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(int, period);
        ui::Application application(language);
        QVERIFY(application.openDatabase(m_databasePath));
        ui::MainWindow *window = application.mainWindow();
        window->resize(size);
        window->showPage(0);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *dashboard = window->findChild<ui::DashboardPage *>();
        QVERIFY(dashboard);
        DashboardQuery query = dashboard->filterBar()->query();
        query.preset = static_cast<PeriodPreset>(period);
        dashboard->filterBar()->setQuery(query);
        QTest::qWait(50);
        QCoreApplication::processEvents();

        // KPI tiles: the whole caption and the whole value, within the tile.
        for (ui::KpiTile *tile : dashboard->kpiTiles()) {
            QCOMPARE(QString(tile->shownCaption()).remove(u'\n'), tile->caption());
            QVERIFY2(fitsIn(tile->captionFont(), tile->captionRect(), tile->shownCaption()),
                     qPrintable(tile->caption()));
            QVERIFY(!tile->value().isEmpty());
            const int valueWidth = QFontMetrics(tile->valueFont()).horizontalAdvance(tile->value());
            QVERIFY2(valueWidth <= tile->valueRect().width(),
                     qPrintable(QStringLiteral("%1: %2 px for %3 px")
                                    .arg(tile->value())
                                    .arg(valueWidth)
                                    .arg(tile->valueRect().width())));
            QCOMPARE(QString(tile->shownComparison()).remove(u'\n'), tile->comparison());
            QVERIFY2(fitsIn(tile->comparisonFont(), tile->comparisonRect(), tile->shownComparison()),
                     qPrintable(tile->comparison()));
            // The tile's fixed height holds all three, inside its card.
            QVERIFY2(
                tile->comparisonRect().bottom() < tile->height(),
                qPrintable(
                    QStringLiteral("%1 in %2 px").arg(tile->comparisonRect().bottom()).arg(tile->height())));
            QVERIFY(tile->geometry().right() <= dashboard->width());
        }
        // The four figures read alike: one value font, the largest that fits every tile (the week's
        // tile shares its width with the trend arrow).
        const QList<ui::KpiTile *> tiles = dashboard->kpiTiles();
        double smallestFit = tiles.constFirst()->fittingValuePoints();
        for (const ui::KpiTile *tile : tiles) {
            QCOMPARE(tile->valueFont().pointSizeF(), tiles.constFirst()->valueFont().pointSizeF());
            smallestFit = std::min(smallestFit, tile->fittingValuePoints());
        }
        QCOMPARE(tiles.constFirst()->valueFont().pointSizeF(), smallestFit);
        // The movers: every amount whole, beside at least a few letters of its name.
        const ui::MoversPanel *movers = dashboard->moversPanel();
        QVERIFY(!movers->rows().isEmpty());
        QVERIFY2(movers->width() >= movers->minimumSizeHint().width(),
                 qPrintable(
                     QStringLiteral("%1 < %2").arg(movers->width()).arg(movers->minimumSizeHint().width())));
        QVERIFY(movers->geometry().right() <= dashboard->width());
        // …and the project names whole: the rows' font gives a little before a name is elided.
        for (int row = 0; row < movers->rows().size(); ++row)
            QCOMPARE(movers->shownName(row), movers->rows().at(row).name);
        // The alert banner's sentence grows with the page like the text around it, although its
        // style sheet stops Qt from handing the font down.
        const auto *bannerText = dashboard->alertBanner()->findChild<QLabel *>();
        QVERIFY(bannerText);
        QCOMPARE(bannerText->font().pointSizeF(), dashboard->alertBanner()->font().pointSizeF());
        if (size.width() >= 1920)
            QVERIFY2(bannerText->font().pointSizeF() > QApplication::font().pointSizeF(),
                     qPrintable(QString::number(bannerText->font().pointSizeF())));

        // Charts: no title, axis label or legend entry cut, every week label drawn as the axis
        // chose it.
        for (render::charts::PaintedChart *chart : std::initializer_list<render::charts::PaintedChart *> {
                 dashboard->weeklyChart(), dashboard->cumulativeChart(), dashboard->categoryChart(),
                 dashboard->projectChart() }) {
            const QStringList texts = paintedTexts(chart);
            QVERIFY2(texts.contains(chart->title()), qPrintable(chart->objectName()));
            QCOMPARE(chart->accessibleName(), chart->title());
            const QStringList cut = cutTexts(texts);
            QVERIFY2(
                cut.isEmpty(),
                qPrintable(chart->objectName() + QStringLiteral(": ") + cut.join(QStringLiteral(" | "))));
        }
        const QStringList weekLabels = dashboard->weeklyChart()->weekAxisLabels();
        QVERIFY(weekLabels.size() >= 2);
        const QStringList weeklyTexts = paintedTexts(dashboard->weeklyChart());
        for (const QString &label : weekLabels)
            QVERIFY2(weeklyTexts.contains(label),
                     qPrintable(label + QStringLiteral(" in ") + weeklyTexts.join(u'|')));
        // Every category of the donut has its legend entry, shown whole, in a legend no smaller than
        // 7 points: the committee reads it from the room.
        const QStringList donutTexts = paintedTexts(dashboard->categoryChart());
        QVERIFY(!dashboard->categoryChart()->slices().isEmpty());
        for (const auto &slice : dashboard->categoryChart()->slices())
            QVERIFY2(donutTexts.contains(slice.label),
                     qPrintable(slice.label + QStringLiteral(" in ") + donutTexts.join(u'|')));
        QVERIFY2(dashboard->categoryChart()->legendPointSize() >= 7.0,
                 qPrintable(QString::number(dashboard->categoryChart()->legendPointSize())));
        // The cumulative chart's legend names its three lines.
        const QStringList cumulativeTexts = paintedTexts(dashboard->cumulativeChart());
        for (const char *name : { "Budget", "Actual", "Forecast" }) {
            const QString shown
                = QCoreApplication::translate("costboard::render::charts::CumulativeChart", name);
            QVERIFY2(cumulativeTexts.contains(shown),
                     qPrintable(shown + QStringLiteral(" in ") + cumulativeTexts.join(u'|')));
        }

        // The filter buttons are wide enough for their text and the menu arrow.
        for (const QPushButton *button : dashboard->filterBar()->findChildren<QPushButton *>()) {
            if (!button->menu() || !button->isVisible())
                continue;
            const int textWidth = QFontMetrics(button->font()).horizontalAdvance(button->text());
            QVERIFY2(button->width() >= textWidth + QFontMetrics(button->font()).height(),
                     qPrintable(QStringLiteral("%1: %2 px").arg(button->text()).arg(button->width())));
        }
    }

    // Fonts grow with the page: a large screen is not 9-point text in wide empty areas.
    // A filter change whose KPI captions need a line fewer must not shrink the tiles' row: the
    // charts under it would lay themselves out again, a third of the refresh (issue 14, item 9).
    void filterChangesKeepTheChartsInPlace()
    {
        ui::Application application(QStringLiteral("en"));
        QVERIFY(application.openDatabase(m_databasePath));
        ui::MainWindow *window = application.mainWindow();
        window->resize(1536, 800);
        window->showPage(0);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *dashboard = window->findChild<ui::DashboardPage *>();
        QVERIFY(dashboard);
        const auto showPeriod = [&](PeriodPreset preset) {
            DashboardQuery query = dashboard->filterBar()->query();
            query.preset = preset;
            dashboard->filterBar()->setQuery(query);
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
        };
        const auto captionLines = [&] {
            int lines = 0;
            for (const ui::KpiTile *tile : dashboard->kpiTiles())
                lines = std::max(lines, int(tile->shownCaption().count(u'\n')) + 1);
            return lines;
        };
        showPeriod(PeriodPreset::QuarterToDate);
        const int shortLines = captionLines();
        showPeriod(PeriodPreset::Last52Weeks);
        // The test means something only if the captions do need another line.
        QVERIFY2(captionLines() > shortLines, qPrintable(QString::number(shortLines)));
        const QRect chart = dashboard->weeklyChart()->geometry();
        const int tileHeight = dashboard->kpiTiles().constFirst()->height();
        for (const PeriodPreset preset :
             { PeriodPreset::QuarterToDate, PeriodPreset::Last52Weeks, PeriodPreset::QuarterToDate }) {
            showPeriod(preset);
            QCOMPARE(dashboard->weeklyChart()->geometry(), chart);
            QCOMPARE(dashboard->kpiTiles().constFirst()->height(), tileHeight);
        }
    }

    // The date fields of a custom period are made when it is first chosen (start-up, issue 14):
    // the period they hold is the bar's all along, before and after.
    void customPeriodFieldsAppearWhenChosen()
    {
        ui::Application application(QStringLiteral("en"));
        ui::DashboardPage *dashboard = showDashboard(application, m_databasePath, QSize(1366, 768));
        QVERIFY(dashboard);
        ui::DashboardFilterBar *bar = dashboard->filterBar();
        QVERIFY(bar->findChildren<QDateEdit *>().isEmpty());
        const IsoWeek current = IsoWeek::current();
        QCOMPARE(bar->query().customRange, WeekRange(current.addWeeks(-12), current));

        auto *period = bar->findChild<QComboBox *>(QStringLiteral("periodCombo"));
        QVERIFY(period);
        period->setCurrentIndex(period->findData(static_cast<int>(PeriodPreset::Custom)));
        QCoreApplication::processEvents();
        auto *from = bar->findChild<QDateEdit *>(QStringLiteral("customFrom"));
        auto *to = bar->findChild<QDateEdit *>(QStringLiteral("customTo"));
        QVERIFY(from && to);
        QVERIFY(from->isVisible() && to->isVisible());
        QCOMPARE(from->date(), current.addWeeks(-12).monday());
        QCOMPARE(to->date(), current.sunday());
        // Between the period and the dash, the dash before the end: the row reads "from – to".
        QVERIFY(from->geometry().right() < to->geometry().left());
        QVERIFY(period->geometry().right() < from->geometry().left());
        QCOMPARE(dashboard->snapshot().range, WeekRange(current.addWeeks(-12), current));

        from->setDate(current.addWeeks(-20).monday());
        QCoreApplication::processEvents();
        QCOMPARE(bar->query().customRange.first, current.addWeeks(-20));
        QCOMPARE(dashboard->snapshot().range, WeekRange(current.addWeeks(-20), current));

        // A custom period set from outside (an alert's scope, the saved filters) shows in them.
        DashboardQuery query = bar->query();
        query.customRange = WeekRange(current.addWeeks(-8), current.addWeeks(-4));
        bar->setQuery(query);
        QCOMPARE(from->date(), current.addWeeks(-8).monday());
        QCOMPARE(to->date(), current.addWeeks(-4).sunday());

        period->setCurrentIndex(period->findData(static_cast<int>(PeriodPreset::QuarterToDate)));
        QVERIFY(!from->isVisible() && !to->isVisible());
        QCOMPARE(bar->findChildren<QDateEdit *>().size(), qsizetype(2));
    }

    void fontsGrowWithTheWindow()
    {
        QCOMPARE(ui::DashboardPage::fontScaleFor(QSize(1190, 700), 1.0), 1.0);
        QVERIFY(ui::DashboardPage::fontScaleFor(QSize(1750, 1010), 1.0) > 1.4);
        QCOMPARE(ui::DashboardPage::fontScaleFor(QSize(850, 700), 1.0), 0.85);
        QCOMPARE(ui::DashboardPage::fontScaleFor(QSize(1750, 1010), 1.5),
                 1.5 * ui::DashboardPage::fontScaleFor(QSize(1750, 1010), 1.0));

        ui::Application application(QStringLiteral("en"));
        ui::DashboardPage *dashboard = showDashboard(application, m_databasePath, QSize(1024, 768));
        QVERIFY(dashboard);
        const double smallPoints = dashboard->kpiTiles().constFirst()->captionFont().pointSizeF();
        application.mainWindow()->resize(1920, 1080);
        QCoreApplication::processEvents();
        QTRY_VERIFY(dashboard->kpiTiles().constFirst()->captionFont().pointSizeF() > smallPoints * 1.4);
    }

    // View → Zoom In / Zoom Out / Actual Size scale the whole window and are remembered.
    void zoomScalesTheWindowAndIsRemembered()
    {
        ui::Application application(QStringLiteral("en"));
        ui::DashboardPage *dashboard = showDashboard(application, m_databasePath, QSize(1366, 768));
        QVERIFY(dashboard);
        const double systemPoints = QApplication::font().pointSizeF();
        const double scale = dashboard->fontScale();

        QCOMPARE(ui::zoom::zoomIn(), 110);
        QCOMPARE(ui::zoom::zoomIn(), 125);
        QCOMPARE(QApplication::font().pointSizeF(), systemPoints * 1.25);
        QCOMPARE(AppSettings::zoomPercent().get(), 125);
        QCoreApplication::processEvents();
        QCOMPARE(dashboard->fontScale(), scale * 1.25);
        QCOMPARE(ui::zoom::zoomOut(), 110);
        QCOMPARE(ui::zoom::reset(), 100);
        QCOMPARE(QApplication::font().pointSizeF(), systemPoints);
        QCOMPARE(AppSettings::zoomPercent().get(), 100);
        QCoreApplication::processEvents();
        QCOMPARE(dashboard->fontScale(), scale);

        // The View menu holds the three actions with their usual keys.
        QStringList shortcuts;
        for (QAction *action : application.mainWindow()->findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts())
                shortcuts << key.toString(QKeySequence::PortableText);
        }
        for (const QString &key : { QStringLiteral("Ctrl++"), QStringLiteral("Ctrl+="),
                                    QStringLiteral("Ctrl+-"), QStringLiteral("Ctrl+0") })
            QVERIFY2(shortcuts.contains(key), qPrintable(shortcuts.join(u' ')));
    }

    // Pointing at a bar names its week, category and amount, and the tooltip stays while the
    // pointer rests there, even when Qt asks again; a click asks for the lines behind the bar.
    void barTooltipStaysWhileHoveredAndAClickAsksForItsLines()
    {
        ui::Application application(QStringLiteral("en"));
        ui::DashboardPage *dashboard = showDashboard(application, m_databasePath, QSize(1366, 768));
        QVERIFY(dashboard);
        render::charts::WeeklyCostChart *chart = dashboard->weeklyChart();
        const int last = static_cast<int>(chart->weeks().size()) - 1;
        QVERIFY(last > 0);
        const QRectF bar = chart->barRect(last, CostCategory::Inference);
        QVERIFY(!bar.isEmpty());
        QVERIFY(chart->rect().contains(bar.toRect()));
        QTest::mouseMove(chart, bar.center().toPoint());
        QTRY_VERIFY(!chart->hoverText().isEmpty());
        const WeeklyPoint &week = chart->weeks().at(last);
        QVERIFY2(chart->hoverText().contains(render::weekLabel(week.week)), qPrintable(chart->hoverText()));
        QVERIFY2(
            chart->hoverText().contains(
                Money(week.category(CostCategory::Inference), dashboard->snapshot().currency).toString()),
            qPrintable(chart->hoverText()));
        QTRY_VERIFY(QToolTip::isVisible());
        const QPoint inside = bar.center().toPoint();
        QHelpEvent request(QEvent::ToolTip, inside, chart->mapToGlobal(inside));
        QCoreApplication::sendEvent(chart, &request);
        QVERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), chart->hoverText());

        // Between two bars nothing is pointed at.
        const QRectF before = chart->barRect(last - 1, CostCategory::Inference);
        QTest::mouseMove(chart, QPoint(qRound((before.right() + bar.left()) / 2), qRound(bar.center().y())));
        QTRY_VERIFY(chart->hoverText().isEmpty());

        std::optional<std::pair<IsoWeek, CostCategory>> clicked;
        connect(chart, &render::charts::WeeklyCostChart::barClicked, chart,
                [&clicked](const IsoWeek &clickedWeek, CostCategory category) {
                    clicked = std::pair { clickedWeek, category };
                });
        QTest::mouseClick(chart, Qt::LeftButton, {}, bar.center().toPoint());
        QVERIFY(clicked.has_value());
        QCOMPARE(clicked->first, week.week);
        QCOMPARE(clicked->second, CostCategory::Inference);
    }

    // A slice of the donut names its category and amount, and a click asks for that category.
    void donutSliceHoverAndClick()
    {
        ui::Application application(QStringLiteral("en"));
        ui::DashboardPage *dashboard = showDashboard(application, m_databasePath, QSize(1366, 768));
        QVERIFY(dashboard);
        render::charts::CategoryDonutChart *donut = dashboard->categoryChart();
        QVERIFY(donut->slices().size() >= 2);
        const auto &second = donut->slices().at(1);
        QTest::mouseMove(donut, donut->sliceCentre(1).toPoint());
        QTRY_COMPARE(donut->hoverText(), second.amountText);
        QVERIFY(second.amountText.contains(render::categoryLabel(second.category)));
        // Each slice answers for itself: the largest one, then the last and smallest.
        QTest::mouseMove(donut, donut->sliceCentre(0).toPoint());
        QTRY_COMPARE(donut->hoverText(), donut->slices().constFirst().amountText);
        const int lastSlice = static_cast<int>(donut->slices().size()) - 1;
        QTest::mouseMove(donut, donut->sliceCentre(lastSlice).toPoint());
        QTRY_COMPARE(donut->hoverText(), donut->slices().constLast().amountText);
        std::optional<CostCategory> clicked;
        connect(donut, &render::charts::CategoryDonutChart::categoryClicked, donut,
                [&clicked](CostCategory category) { clicked = category; });
        QTest::mouseClick(donut, Qt::LeftButton, {}, donut->sliceCentre(1).toPoint());
        QCOMPARE(clicked, std::optional<CostCategory>(second.category));
    }

    // Dark mode: the charts and the tiles take the application's palette, and follow its changes.
    void chartsFollowThePalette()
    {
        ui::Application application(QStringLiteral("en"));
        ui::DashboardPage *dashboard = showDashboard(application, m_databasePath, QSize(1366, 768));
        QVERIFY(dashboard);
        const QPalette light = QApplication::palette();

        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Base, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::Text, QColor(0xf1, 0xf3, 0xf4));
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();

        // Each chart paints its background in the base colour, its texts in the text colour.
        const QList<render::charts::PaintedChart *> charts { dashboard->weeklyChart(),
                                                             dashboard->cumulativeChart(),
                                                             dashboard->categoryChart(),
                                                             dashboard->projectChart() };
        for (render::charts::PaintedChart *chart : charts) {
            QCOMPARE(chart->colours().background, dark.color(QPalette::Base));
            QCOMPARE(chart->colours().text, dark.color(QPalette::Text));
            QCOMPARE(QColor(chart->grab().toImage().pixel(1, 1)), dark.color(QPalette::Base));
        }
        // The budget line, drawn in ink on white, turns light on the dark background.
        QVERIFY(dashboard->weeklyChart()->colours().line(render::palette::ink()).lightness() > 128);
        ui::KpiTile *tile = dashboard->kpiTiles().constFirst();
        // The tile paints its card and its figures in the palette it has now.
        const auto cardColour = [tile] {
            return QColor(tile->grab().toImage().pixel(tile->width() - 5, tile->height() / 2));
        };
        QCOMPARE(tile->textColour(), dark.color(QPalette::Text));
        QCOMPARE(cardColour(), dark.color(QPalette::Base));

        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        for (render::charts::PaintedChart *chart : charts)
            QCOMPARE(QColor(chart->grab().toImage().pixel(1, 1)), light.color(QPalette::Base));
        QCOMPARE(dashboard->weeklyChart()->colours().line(render::palette::ink()), render::palette::ink());
        QCOMPARE(tile->textColour(), light.color(QPalette::Text));
        QCOMPARE(cardColour(), light.color(QPalette::Base));
    }

    // The labels people read: weeks in their language, plurals, ranges that name their years.
    void labels_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("week");
        QTest::addColumn<QString>("shortWeek");
        QTest::addColumn<QString>("sameYear");
        QTest::addColumn<QString>("acrossYears");
        QTest::addColumn<QString>("days");
        QTest::addColumn<QString>("oneWarning");
        QTest::addColumn<QString>("counts");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("2026-W48") << QStringLiteral("W48")
                            << QStringLiteral("2026-W37 – W49") << QStringLiteral("2025-W49 – 2026-W48")
                            << QStringLiteral("1 Dec 2025 – 29 Nov 2026") << QStringLiteral("1 warning")
                            << QStringLiteral("2 critical, 3 warnings");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("2026-S48") << QStringLiteral("S48")
                            << QStringLiteral("2026-S37 – S49") << QStringLiteral("2025-S49 – 2026-S48")
                            << QStringLiteral("1 déc. 2025 – 29 nov. 2026")
                            << QStringLiteral("1 avertissement")
                            << QStringLiteral("2 critiques, 3 avertissements");
    }

    void labels()
    {
        QFETCH(QString, language);
        const ui::Application translations(language);
        QTEST(render::weekLabel(IsoWeek(2026, 48)), "week");
        QTEST(render::shortWeekLabel(IsoWeek(2026, 48)), "shortWeek");
        QCOMPARE(render::shortWeekLabel(IsoWeek(2027, 1)), render::weekLabel(IsoWeek(2027, 1)));
        QTEST(render::weekRangeLabel(WeekRange { IsoWeek(2026, 37), IsoWeek(2026, 49) }), "sameYear");
        QTEST(render::weekRangeLabel(WeekRange { IsoWeek(2025, 49), IsoWeek(2026, 48) }), "acrossYears");
        QTEST(render::dayRangeLabel(QDate(2025, 12, 1), QDate(2026, 11, 29)), "days");
        QVERIFY(
            !render::dayRangeLabel(QDate(2026, 9, 7), QDate(2026, 12, 6)).contains(QStringLiteral("2026")));
        QTEST(render::alertCountsLabel(0, 1), "oneWarning");
        QTEST(render::alertCountsLabel(2, 3), "counts");
        QVERIFY(render::alertCountsLabel(0, 0).isEmpty());
        // Files, JSON and settings keep the ISO key whatever the language.
        QCOMPARE(IsoWeek(2026, 48).toString(), QStringLiteral("2026-W48"));
    }

private:
    QTemporaryDir m_directory;
    QString m_databasePath;
};

QTEST_MAIN(TestDashboardLayout)
#include "tst_dashboardlayout.moc"
