// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "analytics/positions.h"
#include "analytics/weeklyreportcontent.h"
#include "application.h"
#include "demo/demoportfolio.h"
#include "kpis.h"
#include "labels.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "presentation/presentationwindow.h"
#include "slides/slidewidget.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "workspace.h"

using namespace costboard;
using render::slides::SlideKind;

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CostBoardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_presentation"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_directory.isValid());
        m_databasePath = m_directory.filePath(QStringLiteral("demo.sqlite"));
        m_database = Database::openSqlite(m_databasePath);
        DemoOptions options;
        options.weeks = 30;
        options.lines = 4000;
        generateDemoPortfolio(*m_database, options); // ends this week, like the dashboard's default
        // The alerts a workspace raises when it opens the database.
        AlertStore(*m_database).ensureDefaultRules();
        AlertEngine(*m_database).evaluate(IsoWeek::current());
        m_content = gatherWeeklyReport(*m_database, DashboardQuery {});
    }

    void init() { QSettings().clear(); }

    void deckHasOneSlidePerViewAndPerProjectOverItsThreshold()
    {
        // Which projects are over their threshold, asked of core directly: the health rule over
        // the fiscal period of the dashboard's forecast, as of its reporting day.
        const DashboardKpis &kpis = m_content.snapshot.kpis;
        const QList<Project> projects = ProjectRepository(*m_database).list(false);
        QList<BudgetScope> scopes;
        for (const Project &project : projects)
            scopes << BudgetScope { project.id, std::nullopt };
        const QList<QList<ScopeFigures>> figures
            = scopeFigures(*m_database, scopes, { kpis.forecastPeriod }, kpis.asOf);
        QStringList overThreshold;
        for (qsizetype i = 0; i < projects.size(); ++i) {
            const BudgetHealth health = figures.at(i).constFirst().health;
            if (health == BudgetHealth::Amber || health == BudgetHealth::Red)
                overThreshold << render::projectName(projects.at(i));
        }
        QVERIFY2(!overThreshold.isEmpty(), "the demo portfolio has a project overrunning its budget");

        ui::PresentationWindow window(m_content);
        // KPIs, weekly spend, cumulative spend, two breakdowns, the projects, the open alerts.
        QCOMPARE(window.slideCount(), 5 + overThreshold.size() + 1);
        QStringList projectTitles;
        for (int i = 0; i < window.slideCount(); ++i) {
            window.showSlide(i);
            if (window.slides().at(i).kind == SlideKind::Project)
                projectTitles << window.currentSlide()->title();
        }
        projectTitles.sort();
        overThreshold.sort();
        QCOMPARE(projectTitles, overThreshold);
        QCOMPARE(window.slides().constFirst().kind, SlideKind::Kpis);
        QCOMPARE(window.slides().constLast().kind, SlideKind::OpenAlerts);

        // The KPI slide shows the dashboard's figures: the same snapshot, the same texts.
        window.showFirst();
        const QList<render::slides::FigurePanel *> panels = window.currentSlide()->figurePanels();
        QCOMPARE(panels.size(), 4);
        QCOMPARE(panels.at(0)->figure().value, kpis.thisWeek.toShortString());
        QCOMPARE(panels.at(1)->figure().value, kpis.fourWeekAverage.toShortString());
        QCOMPARE(panels.at(2)->figure().value, kpis.periodToDate.toShortString());
        QCOMPARE(panels.at(3)->figure().value, kpis.forecast.toShortString());
        QCOMPARE(panels.at(3)->figure().tone, render::toneOf(kpis.health));

        // The alerts slide lists the open alerts.
        window.showLast();
        const QList<QLabel *> alertLines
            = window.currentSlide()->findChildren<QLabel *>(QStringLiteral("alertLine"));
        QVERIFY(!m_content.openAlerts().isEmpty());
        QCOMPARE(alertLines.size(), std::min<qsizetype>(6, m_content.openAlerts().size()));
    }

    void keysNavigateLikeAClicker()
    {
        ui::PresentationWindow window(m_content);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int last = window.slideCount() - 1;
        QCOMPARE(window.currentIndex(), 0);
        QVERIFY(window.cornerText().startsWith(QStringLiteral("1 / %1 · ").arg(window.slideCount())));
        QVERIFY(window.cornerText().contains(m_content.snapshot.kpis.week.toString()));
        QVERIFY(window.cornerText().contains(QStringLiteral("data as of")));

        const QList<std::pair<Qt::Key, int>> steps {
            { Qt::Key_Right, 1 },       { Qt::Key_Down, 2 },   { Qt::Key_PageDown, 3 },
            { Qt::Key_Space, 4 },       { Qt::Key_Left, 3 },   { Qt::Key_Up, 2 },
            { Qt::Key_PageUp, 1 },      { Qt::Key_End, last }, { Qt::Key_Right, last },
            { Qt::Key_PageDown, last }, { Qt::Key_Home, 0 },   { Qt::Key_Left, 0 },
            { Qt::Key_PageUp, 0 },
        };
        for (const auto &[key, expected] : steps) {
            QTest::keyClick(&window, key);
            QCOMPARE(window.currentIndex(), expected);
            QVERIFY(window.cornerText().startsWith(
                QStringLiteral("%1 / %2 · ").arg(expected + 1).arg(window.slideCount())));
        }
    }

    void blackScreenAndRestore()
    {
        ui::PresentationWindow window(m_content);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.currentIndex(), 1);

        QTest::keyClick(&window, Qt::Key_B);
        QVERIFY(window.isBlackedOut());
        auto *black = window.findChild<QWidget *>(QStringLiteral("blackScreen"));
        QVERIFY(black && black->isVisible());
        QCOMPARE(black->geometry(), window.rect());
        QTest::keyClick(&window, Qt::Key_B);
        QVERIFY(!window.isBlackedOut());
        QCOMPARE(window.currentIndex(), 1);

        // Any key brings the slide back, without moving on.
        QTest::keyClick(&window, Qt::Key_B);
        QVERIFY(window.isBlackedOut());
        QTest::keyClick(&window, Qt::Key_PageDown);
        QVERIFY(!window.isBlackedOut());
        QCOMPARE(window.currentIndex(), 1);
    }

    void escapeLeaves()
    {
        ui::PresentationWindow window(m_content);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isVisible());
    }

    void advancesOnItsOwn()
    {
        ui::PresentationWindow window(m_content);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isAdvancing());
        window.setAdvanceSeconds(1);
        QTest::keyClick(&window, Qt::Key_A);
        QVERIFY(window.isAdvancing());
        QVERIFY(window.cornerText().contains(QStringLiteral("every 1 s")));
        QTRY_COMPARE_WITH_TIMEOUT(window.currentIndex(), 1, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentIndex(), 2, 3000);

        // After the last slide it starts again, for a screen in a corridor.
        window.showLast();
        QTRY_COMPARE_WITH_TIMEOUT(window.currentIndex(), 0, 3000);

        QTest::keyClick(&window, Qt::Key_A);
        QVERIFY(!window.isAdvancing());
        QVERIFY(!window.cornerText().contains(QStringLiteral("every")));
    }

    void advanceIntervalIsRemembered()
    {
        {
            ui::PresentationWindow window(m_content);
            QCOMPARE(window.advanceSeconds(), 30);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::keyClick(&window, Qt::Key_Plus);
            QCOMPARE(window.advanceSeconds(), 35);
        }
        ui::PresentationWindow reopened(m_content);
        QCOMPARE(reopened.advanceSeconds(), 35);
    }

    void f11PresentsTheDashboardsCurrentView()
    {
        m_database.reset(); // the application opens the file itself
        ui::Application application(QStringLiteral("en"));
        QVERIFY(application.openDatabase(m_databasePath));
        ui::MainWindow *mainWindow = application.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(mainWindow));
        auto *dashboard = qobject_cast<ui::DashboardPage *>(mainWindow->page(0));
        QVERIFY(dashboard);
        dashboard->filterOnProject(
            ProjectRepository(application.workspace()->database()).findByCode(QStringLiteral("LEG"))->id);

        QTest::keyClick(mainWindow, Qt::Key_F11);
        auto *presentation = mainWindow->findChild<ui::PresentationWindow *>();
        QVERIFY(presentation);
        QVERIFY(presentation->isVisible());
        QVERIFY(presentation->isFullScreen());
        QCOMPARE(presentation->content().snapshot.query, dashboard->snapshot().query);
        QCOMPARE(presentation->content().snapshot.periodTotal, dashboard->snapshot().periodTotal);
        QTest::keyClick(presentation, Qt::Key_Escape);
        QTRY_VERIFY(!mainWindow->findChild<ui::PresentationWindow *>()); // deleted once closed
        m_database = Database::openSqlite(m_databasePath);
    }

private:
    QTemporaryDir m_directory;
    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    WeeklyReportContent m_content;
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
