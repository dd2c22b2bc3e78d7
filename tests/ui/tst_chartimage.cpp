// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMenuBar>
#include <QObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "analytics/dashboardsnapshot.h"
#include "application.h"
#include "chartimage.h"
#include "charts/categorydonutchart.h"
#include "charts/cumulativechart.h"
#include "charts/projectbarchart.h"
#include "charts/weeklycostchart.h"
#include "demo/demoportfolio.h"
#include "export/dashboardexport.h"
#include "export/exporttables.h"
#include "labels.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "storage/database.h"
#include "workspace.h"

using namespace costboard;

namespace {

// The share of an image's pixels that are not white: a chart drew something.
double inkedShare(const QImage &image)
{
    qint64 inked = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixelColor(x, y) != QColor(Qt::white))
                ++inked;
        }
    }
    return double(inked) / double((image.width() / 2) * (image.height() / 2));
}

} // namespace

// Charts saved as pictures (the dashboard's right-click "Save Chart as PNG/SVG"): drawn through
// QPainter, without OpenGL, at the scale asked for.
class TestChartImage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngAtScale_data();
    void pngAtScale();
    void svgKeepsVectorsAndText();
    void projectBarsAsPngAndSvg();
    void dashboardOffersTheExports();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    DashboardSnapshot m_snapshot;
};

void TestChartImage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = Database::openSqlite(QStringLiteral(":memory:"));
    DemoOptions options;
    options.weeks = 26;
    options.lines = 3000;
    options.lastWeek = IsoWeek(2026, 48);
    generateDemoPortfolio(*m_database, options);
    DashboardQuery query;
    query.referenceWeek = options.lastWeek;
    m_snapshot = DashboardSnapshot::compute(*m_database, query);
    QVERIFY(m_snapshot.periodTotal > 0);
}

void TestChartImage::pngAtScale_data()
{
    QTest::addColumn<int>("scale");
    QTest::newRow("1x") << 1;
    QTest::newRow("2x") << 2;
    QTest::newRow("3x") << 3;
}

void TestChartImage::pngAtScale()
{
    QFETCH(int, scale);
    render::charts::WeeklyCostChart chart;
    chart.setSnapshot(m_snapshot);
    const QSize size(720, 360);
    const QString path = m_dir.filePath(QStringLiteral("weekly-%1x.png").arg(scale));
    QCOMPARE(render::saveChartAsPng(chart, size, scale, path), QString());
    const QImage image(path);
    QCOMPARE(image.size(), size * scale);
    QVERIFY2(inkedShare(image) > 0.05, "the chart is blank");
    if (const QByteArray keep = qgetenv("COSTBOARD_KEEP_CHART_IMAGES"); !keep.isEmpty())
        QFile::copy(path, QString::fromLocal8Bit(keep) + QStringLiteral("/weekly-%1x.png").arg(scale));
}

void TestChartImage::svgKeepsVectorsAndText()
{
    render::charts::WeeklyCostChart chart;
    chart.setSnapshot(m_snapshot);
    chart.resize(720, 360);
    const QString path = m_dir.filePath(QStringLiteral("weekly.svg"));
    QCOMPARE(render::saveChartAsSvg(chart, chart.size(), path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QLatin1String("<svg")));
    QVERIFY2(svg.contains(QStringLiteral("<title>%1</title>").arg(chart.title())),
             "the chart's title is not the SVG's");
    QVERIFY2(svg.contains(QLatin1String("<path")) || svg.contains(QLatin1String("<rect")),
             "no vector shapes");
    // Text stays text: the last week's axis label is written out.
    QVERIFY(!chart.weekAxisLabels().isEmpty());
    QVERIFY2(svg.contains(QLatin1String("<text")), "no text elements");
    QVERIFY2(svg.contains(QStringLiteral(">%1<").arg(chart.weekAxisLabels().constLast())),
             qPrintable(chart.weekAxisLabels().constLast()));
    QVERIFY(!svg.contains(QLatin1String("<image")));
}

void TestChartImage::projectBarsAsPngAndSvg()
{
    render::charts::ProjectBarChart chart;
    chart.setSnapshot(m_snapshot);
    const QSize size(480, 320);
    const QString png = m_dir.filePath(QStringLiteral("projects.png"));
    QCOMPARE(render::saveChartAsPng(chart, size, 2, png), QString());
    const QImage image(png);
    QCOMPARE(image.size(), QSize(960, 640));
    QVERIFY2(inkedShare(image) > 0.02, "the chart is blank");
    const QString svg = m_dir.filePath(QStringLiteral("projects.svg"));
    QCOMPARE(render::saveChartAsSvg(chart, size, svg), QString());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(!chart.bars().isEmpty());
    QVERIFY2(text.contains(chart.bars().constFirst().name.toHtmlEscaped()),
             "the largest project's name is not text");
    if (const QByteArray keep = qgetenv("COSTBOARD_KEEP_CHART_IMAGES"); !keep.isEmpty())
        QFile::copy(png, QString::fromLocal8Bit(keep) + QStringLiteral("/projects-2x.png"));
}

// The main window's File menu exports the dashboard's view, every dashboard chart has the
// right-click menu that saves it, and the exported tables hold the dashboard's own figures.
void TestChartImage::dashboardOffersTheExports()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CostBoardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_chartimage"));
    QSettings().clear();
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    {
        auto database = Database::openSqlite(path);
        DemoOptions options;
        options.weeks = 20;
        options.lines = 2000;
        generateDemoPortfolio(*database, options); // ends this week, like the dashboard's default
    }
    ui::Application application(QStringLiteral("en"));
    QVERIFY(application.openDatabase(path));
    ui::MainWindow *window = application.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QStringList fileActions;
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->menu() && menu->text() == QLatin1String("&File")) {
            for (QAction *action : menu->menu()->actions())
                fileActions << action->text();
        }
    }
    QVERIFY2(fileActions.contains(QStringLiteral("Export to &Excel…")), qPrintable(fileActions.join(u'|')));
    QVERIFY2(fileActions.contains(QStringLiteral("Export to &CSV…")), qPrintable(fileActions.join(u'|')));

    auto *dashboard = window->findChild<ui::DashboardPage *>();
    QVERIFY(dashboard);
    for (QWidget *chart : { static_cast<QWidget *>(dashboard->weeklyChart()),
                            static_cast<QWidget *>(dashboard->cumulativeChart()),
                            static_cast<QWidget *>(dashboard->categoryChart()),
                            static_cast<QWidget *>(dashboard->projectChart()) })
        QCOMPARE(chart->contextMenuPolicy(), Qt::CustomContextMenu);

    const DashboardSnapshot &snapshot = dashboard->snapshot();
    QVERIFY(snapshot.periodTotal > 0);
    const QString workbook = m_dir.filePath(QStringLiteral("dashboard.xlsx"));
    QCOMPARE(exportDashboardTables(application.workspace()->database(), snapshot, workbook),
             QStringList { workbook });
    QVERIFY(QFileInfo(workbook).size() > 0);
    QList<ExportTable> tables
        = buildExportTables(application.workspace()->database(), snapshot, QStringLiteral("en"),
                            { ExportTableKind::WeeklyByCategory });
    nameExportTables(tables);
    const ExportTable &weekly = tables.constFirst();
    QCOMPARE(weekly.title, QStringLiteral("Weekly by category"));
    QCOMPARE(weekly.columns.constFirst().title, QStringLiteral("Category"));
    QCOMPARE(weekly.totals.at(weekly.columnIndex(QStringLiteral("period-total"))).integer,
             snapshot.periodTotal);
}

QTEST_MAIN(TestChartImage)
#include "tst_chartimage.moc"
