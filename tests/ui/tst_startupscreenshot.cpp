// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up is measured honestly: `--screenshot` grabs the window once its page has painted (no
// fixed delay), and prints the milliseconds from process start to that paint; the clock behind
// the figure counts from the kernel's start of the process, before main().

#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "demo/demoportfolio.h"
#include "firstpaint.h"
#include "logging/processclock.h"
#include "storage/database.h"

using namespace costboard;

class TestStartupScreenshot final : public QObject
{
    Q_OBJECT

private slots:
    void processClockCountsFromBeforeMain();
    void firstPaintIsReportedOnceAfterThePaint();
    void workAfterThePaintIsNotCountedInIt();
    void screenshotGrabsOnFirstPaintAndPrintsTheFigure();
};

void TestStartupScreenshot::processClockCountsFromBeforeMain()
{
    // This test's main() ran after the process started: the process clock is ahead of the
    // main() clock, and both move forward.
    costboard::processclock::markMainEntered();
    QTest::qWait(20);
    const double sinceMain = processclock::millisecondsSinceMain();
    const double sinceStart = processclock::millisecondsSinceStart();
    QVERIFY2(sinceMain >= 20.0, qPrintable(QString::number(sinceMain)));
    QVERIFY2(sinceStart >= sinceMain, qPrintable(QStringLiteral("%1 < %2").arg(sinceStart).arg(sinceMain)));
    QTest::qWait(20);
    QVERIFY(processclock::millisecondsSinceStart() >= sinceStart + 20.0);
}

void TestStartupScreenshot::firstPaintIsReportedOnceAfterThePaint()
{
    QLabel label(QStringLiteral("painted"));
    int calls = 0;
    double figure = -1.0;
    ui::whenFirstPainted(&label, [&](double sinceStart) {
        ++calls;
        figure = sinceStart;
    });
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0); // not shown: nothing painted yet
    label.show();
    QTRY_COMPARE(calls, 1);
    QVERIFY(figure > 0.0);
    label.repaint();
    label.update();
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void TestStartupScreenshot::workAfterThePaintIsNotCountedInIt()
{
    // The window defers work to its first paint (alert evaluation, the self-check) on its page
    // stack; a screenshot waits for the page inside it. The page's figure is the end of the frame,
    // not the end of the work that came first.
    QWidget window;
    auto *page = new QLabel(QStringLiteral("page"), &window);
    page->resize(200, 50);
    window.resize(300, 100);
    QStringList order;
    double windowFigure = -1.0;
    double pageFigure = -1.0;
    double afterWork = -1.0;
    ui::whenFirstPainted(&window, [&](double sinceStart) {
        order << QStringLiteral("window");
        windowFigure = sinceStart;
        QTest::qSleep(120); // the deferred work
        afterWork = processclock::millisecondsSinceStart();
    });
    ui::whenFirstPainted(page, [&](double sinceStart) {
        order << QStringLiteral("page");
        pageFigure = sinceStart;
    });
    window.show();
    QTRY_COMPARE(order.size(), 2);
    QCOMPARE(order, QStringList({ QStringLiteral("window"), QStringLiteral("page") }));
    QCOMPARE(pageFigure, windowFigure); // one frame, one figure
    QVERIFY2(afterWork - pageFigure >= 120.0,
             qPrintable(QStringLiteral("figure %1 ms, work done at %2 ms").arg(pageFigure).arg(afterWork)));
}

void TestStartupScreenshot::screenshotGrabsOnFirstPaintAndPrintsTheFigure()
{
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("demo.sqlite"));
    {
        auto opened = Database::openSqlite(database);
        DemoOptions demo;
        demo.lines = 3000;
        demo.lastWeek = IsoWeek(2026, 48);
        generateDemoPortfolio(*opened, demo);
    }
    const QString picture = home.filePath(QStringLiteral("shot.png"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(COSTBOARD_EXECUTABLE),
                  { QStringLiteral("--db"), database, QStringLiteral("--screenshot"), picture,
                    QStringLiteral("--size"), QStringLiteral("1200x760"), QStringLiteral("--lang"),
                    QStringLiteral("en") });
    QVERIFY(process.waitForFinished(60'000));
    const double wallMs = double(clock.elapsed());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(errors));

    const QRegularExpressionMatch match
        = QRegularExpression(
              QStringLiteral("^costboard: first paint ([0-9]+\\.[0-9]) ms after process start$"),
              QRegularExpression::MultilineOption)
              .match(errors);
    QVERIFY2(match.hasMatch(), qPrintable(errors));
    const double firstPaintMs = match.captured(1).toDouble();
    // Counted from the process's start: positive, and within what this test saw from outside.
    QVERIFY(firstPaintMs > 0.0);
    QVERIFY2(firstPaintMs <= wallMs + 10.0,
             qPrintable(QStringLiteral("%1 > %2").arg(firstPaintMs).arg(wallMs)));
    // No fixed delay after the paint: the run ends soon after the figure (grab, save, exit).
    QVERIFY2(wallMs - firstPaintMs < 1400.0,
             qPrintable(QStringLiteral("painted at %1 ms, exited at %2 ms").arg(firstPaintMs).arg(wallMs)));

    const QImage shot(picture);
    QCOMPARE(shot.size(), QSize(1200, 760));
}

QTEST_MAIN(TestStartupScreenshot)
#include "tst_startupscreenshot.moc"
