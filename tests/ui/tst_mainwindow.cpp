// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "analytics/dashboardsnapshot.h"
#include "application.h"
#include "charts/categorydonutchart.h"
#include "charts/cumulativechart.h"
#include "charts/projectbarchart.h"
#include "charts/weeklycostchart.h"
#include "demo/demoportfolio.h"
#include "labels.h"
#include "mainwindow.h"
#include "models/budgetgridmodel.h"
#include "models/projectsmodel.h"
#include "pages/alertcentrepage.h"
#include "pages/budgetspage.h"
#include "pages/costlinespage.h"
#include "pages/dashboardpage.h"
#include "pages/projectspage.h"
#include "settings/appsettings.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "widgets/alertbanner.h"
#include "widgets/dashboardfilterbar.h"
#include "widgets/kpitile.h"
#include "workspace.h"

using namespace costboard;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CostBoardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        QVERIFY(m_directory.isValid());
        m_databasePath = m_directory.filePath(QStringLiteral("demo.sqlite"));
        auto database = Database::openSqlite(m_databasePath);
        DemoOptions options;
        options.weeks = 30;
        options.lines = 4000;
        generateDemoPortfolio(*database, options); // ends this week, like the dashboard's default
    }

    void init() { QSettings().clear(); }

    void chartsHoldTheSnapshotValues()
    {
        ui::Application application(QStringLiteral("en"));
        QVERIFY(application.openDatabase(m_databasePath));
        ui::MainWindow *window = application.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *dashboard = qobject_cast<ui::DashboardPage *>(window->page(0));
        QVERIFY(dashboard);

        const DashboardSnapshot &snapshot = dashboard->snapshot();
        const DashboardSnapshot expected = DashboardSnapshot::compute(application.workspace()->database(),
                                                                      dashboard->filterBar()->query());
        QCOMPARE(snapshot.periodTotal, expected.periodTotal);
        QVERIFY(snapshot.periodTotal > 0);
        QVERIFY(snapshot.hasBudget);

        // Weekly stacked bars: the period's weeks, each with its amount per category and its
        // budget, to the cent.
        const QList<WeeklyPoint> points = snapshot.periodPoints();
        const QList<WeeklyPoint> &bars = dashboard->weeklyChart()->weeks();
        QCOMPARE(bars.size(), points.size());
        for (int w = 0; w < points.size(); ++w) {
            QCOMPARE(bars.at(w).week, points.at(w).week);
            QCOMPARE(bars.at(w).byCategory, points.at(w).byCategory);
            QCOMPARE(bars.at(w).budget, points.at(w).budget);
        }
        QVERIFY(dashboard->weeklyChart()->showsBudget());

        // Cumulative chart: actual ends at the period-to-date KPI; the forecast adds to it what the
        // forecast tile expects over the rest of its fiscal period.
        const auto &actual = dashboard->cumulativeChart()->actualLine();
        QVERIFY(!actual.isEmpty());
        QCOMPARE(actual.constLast().amount, snapshot.kpis.periodToDate.minorUnits());
        const auto &forecast = dashboard->cumulativeChart()->forecastLine();
        QVERIFY(forecast.size() > 1);
        QCOMPARE(forecast.constLast().amount,
                 snapshot.kpis.periodToDate.minorUnits() + snapshot.kpis.forecast.minorUnits()
                     - snapshot.kpis.forecastPeriodToDate.minorUnits());
        // It starts at the reporting week, where the actual line ends.
        QCOMPARE(forecast.constFirst().position, actual.constLast().position);

        // Breakdowns.
        int nonZeroCategories = 0;
        for (const BreakdownEntry &entry : snapshot.byCategory)
            nonZeroCategories += entry.amount > 0 ? 1 : 0;
        QCOMPARE(dashboard->categoryChart()->slices().size(), nonZeroCategories);
        const auto &projectBars = dashboard->projectChart()->bars();
        QCOMPARE(projectBars.size(), snapshot.byProject.size());
        for (int i = 0; i < projectBars.size(); ++i) {
            QCOMPARE(projectBars.at(i).projectId, snapshot.byProject.at(i).projectId.value());
            QCOMPARE(projectBars.at(i).amount, snapshot.byProject.at(i).amount);
        }

        // KPI tiles show the snapshot's figures, formatted by locale.
        const QList<ui::KpiTile *> tiles = dashboard->kpiTiles();
        QCOMPARE(tiles.at(0)->value(), snapshot.kpis.thisWeek.toShortString());
        QCOMPARE(tiles.at(1)->value(), snapshot.kpis.fourWeekAverage.toShortString());
        QCOMPARE(tiles.at(2)->value(), snapshot.kpis.periodToDate.toShortString());
        QCOMPARE(tiles.at(3)->value(), snapshot.kpis.forecast.toShortString());
        // A tile's value is painted, not a selectable label: its context menu copies it.
        QCOMPARE(tiles.at(2)->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(tiles.at(2)->actions().size(), 1);
        QApplication::clipboard()->clear();
        tiles.at(2)->actions().constFirst()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), snapshot.kpis.periodToDate.toShortString());
    }

    // The dashboard's first figures are read on a worker while the window is built. The page
    // shows them only for its own query and only until the data changes.
    void theFirstFiguresAreReadAheadOnceAndNotAfterAChange()
    {
        // A copy: a line is added to it behind the workspace's back.
        const QString path = m_directory.filePath(QStringLiteral("read-ahead.sqlite"));
        QVERIFY(QFile::copy(m_databasePath, path));
        ui::Workspace workspace(Database::openSqlite(path, Database::IfMissing::Refuse));
        const std::int64_t before
            = DashboardSnapshot::compute(workspace.database(), DashboardQuery {}).periodTotal;
        QVERIFY(before > 0);
        const std::int64_t added = 12'345'600;
        const auto addLineOfToday = [&] {
            const auto other = Database::openSqlite(path, Database::IfMissing::Refuse);
            CostLine line;
            line.projectId = ProjectRepository(*other).list(false).constFirst().id;
            line.category = CostCategory::Inference;
            line.incurredOn = QDate::currentDate();
            line.amount = Money(added, QStringLiteral("EUR"));
            line.vendor = QStringLiteral("Read-ahead test");
            CostLineRepository(*other).add(line);
        };
        QThreadPool worker;

        // Read ahead, then a line is added by another connection: the page shows the figures read
        // ahead (it did not read again), once; its next refresh reads the line.
        ui::DashboardPage::prefetchFirstSnapshot(workspace, worker);
        worker.waitForDone();
        addLineOfToday();
        {
            // A page on its own reads as soon as its filters are restored, in its constructor.
            ui::DashboardPage page(workspace);
            QCOMPARE(page.snapshot().query, page.filterBar()->query());
            QCOMPARE(page.snapshot().periodTotal, before);
            page.refresh();
            QCOMPARE(page.snapshot().periodTotal, before + added);
        }

        // A change made through the workspace drops what was read before it.
        ui::DashboardPage::prefetchFirstSnapshot(workspace, worker);
        worker.waitForDone();
        addLineOfToday();
        workspace.notifyDataChanged();
        {
            ui::DashboardPage page(workspace);
            QCOMPARE(page.snapshot().periodTotal, before + 2 * added);
        }

        // Filters changed since the read-ahead: the page reads for its own query.
        ui::DashboardPage::prefetchFirstSnapshot(workspace, worker);
        worker.waitForDone();
        AppSettings::dashboardPeriod(workspace.database().location()).set(QStringLiteral("last-26-weeks"));
        {
            ui::DashboardPage page(workspace);
            QCOMPARE(page.filterBar()->query().preset, PeriodPreset::Last26Weeks);
            QCOMPARE(page.snapshot().query, page.filterBar()->query());
            QCOMPARE(page.snapshot().periodTotal,
                     DashboardSnapshot::compute(workspace.database(), page.filterBar()->query()).periodTotal);
        }
    }

    void filterChangesAndEditsRefreshTheDashboard()
    {
        ui::Application application(QStringLiteral("en"));
        QVERIFY(application.openDatabase(m_databasePath));
        auto *dashboard = qobject_cast<ui::DashboardPage *>(application.mainWindow()->page(0));
        QVERIFY(dashboard);
        Database &database = application.workspace()->database();

        const Project legal = *ProjectRepository(database).findByCode(QStringLiteral("LEG"));
        dashboard->filterOnProject(legal.id);
        QCOMPARE(dashboard->snapshot().query.projects, QList<ProjectId> { legal.id });
        QCOMPARE(dashboard->snapshot().byProject.size(), 1);
        QCOMPARE(dashboard->snapshot().byProject.first().projectId, std::optional<ProjectId>(legal.id));

        // An edit anywhere shows on the dashboard without a restart.
        const std::int64_t before = dashboard->snapshot().periodTotal;
        CostLine line;
        line.projectId = legal.id;
        line.category = CostCategory::Inference;
        line.incurredOn = IsoWeek::current().monday();
        line.amount = Money(123'456, QStringLiteral("EUR"));
        line.vendor = QStringLiteral("Mistral AI");
        CostLineRepository(database).add(line);
        application.workspace()->notifyDataChanged();
        QCOMPARE(dashboard->snapshot().periodTotal, before + 123'456);

        // The filters are remembered for the next session, for this database only.
        dashboard->filterBar()->saveSettings(database.location());
        QCOMPARE(QSettings()
                     .value(AppSettings::databaseScope(database.location()) + QStringLiteral("/projects"))
                     .toStringList(),
                 QStringList { QStringLiteral("LEG") });
        QCOMPARE(AppSettings::dashboardProjects(database.location()).get(),
                 QStringList { QStringLiteral("LEG") });
        const QString other = database.location() + QStringLiteral(".other.sqlite");
        QVERIFY(AppSettings::databaseScope(other) != AppSettings::databaseScope(database.location()));
        QVERIFY(AppSettings::dashboardProjects(other).get().isEmpty());
    }

    void basisSwitchAndPortfolioBudgetsOnTheDashboard()
    {
        ui::Application application(QStringLiteral("en"));
        QVERIFY(application.openDatabase(m_databasePath));
        auto *dashboard = qobject_cast<ui::DashboardPage *>(application.mainWindow()->page(0));
        QVERIFY(dashboard);
        Database &database = application.workspace()->database();

        // A €3,000 line paying for the thirty days that end this week's Sunday, on a project of its
        // own: a hundred euros a day on the accrual basis, all of it on its date on the cash basis.
        Project trial;
        trial.code = QStringLiteral("TRY");
        trial.name = QStringLiteral("Service period trial");
        trial.status = ProjectStatus::Active;
        const ProjectId trialId = ProjectRepository(database).create(trial);
        CostLine line;
        line.projectId = trialId;
        line.category = CostCategory::LicencesOther;
        line.incurredOn = IsoWeek::current().sunday();
        line.serviceStart = line.incurredOn.addDays(-29);
        line.serviceEnd = line.incurredOn.addDays(1);
        line.amount = Money(300'000, QStringLiteral("EUR"));
        CostLineRepository(database).add(line);
        application.workspace()->notifyDataChanged();
        dashboard->filterOnProject(trialId);
        QCOMPARE(dashboard->snapshot().query.basis, CostBasis::Accrual);
        QCOMPARE(dashboard->snapshot().kpis.thisWeek.minorUnits(), 70'000);
        QCOMPARE(dashboard->snapshot().periodTotal, 300'000);

        auto *basis = dashboard->filterBar()->basisCombo();
        basis->setCurrentIndex(basis->findData(static_cast<int>(CostBasis::Cash)));
        QCOMPARE(dashboard->snapshot().query.basis, CostBasis::Cash);
        QCOMPARE(dashboard->snapshot().kpis.thisWeek.minorUnits(), 300'000);
        QCOMPARE(dashboard->snapshot().periodTotal, 300'000);
        dashboard->filterBar()->saveSettings(database.location());
        QCOMPARE(AppSettings::dashboardBasis(database.location()).get(), QStringLiteral("cash"));

        // The whole portfolio shows its envelope beside its projects' budgets.
        const Project legal = *ProjectRepository(database).findByCode(QStringLiteral("LEG"));
        dashboard->filterBar()->reset();
        const BudgetBook::PortfolioPosition position = dashboard->snapshot().portfolioBudgets;
        QVERIFY(position.envelope && position.projectsTotal);
        QVERIFY(dashboard->budgetPositionLabel()->isVisibleTo(dashboard));
        QVERIFY2(dashboard->budgetPositionLabel()->text().contains(
                     Money(*position.envelope, QStringLiteral("EUR")).toShortString()),
                 qPrintable(dashboard->budgetPositionLabel()->text()));
        dashboard->filterOnProject(legal.id);
        QVERIFY(!dashboard->budgetPositionLabel()->isVisibleTo(dashboard));
    }

    void clickingABarDrillsDownToItsCostLines()
    {
        ui::Application application(QStringLiteral("en"));
        QVERIFY(application.openDatabase(m_databasePath));
        ui::MainWindow *window = application.mainWindow();
        auto *dashboard = qobject_cast<ui::DashboardPage *>(window->page(0));
        QVERIFY(dashboard);
        const IsoWeek week = dashboard->snapshot().kpis.week;
        emit dashboard->weeklyChart()->barClicked(week, CostCategory::Inference);
        auto *costLines = qobject_cast<ui::CostLinesPage *>(window->currentPage());
        QVERIFY(costLines);
    }

    // Start-up and edits read for the page on screen only (issue 14, item 10): the others read
    // when they are shown, before they paint.
    void hiddenPagesReadWhenShown()
    {
        ui::Application application(QStringLiteral("en"));
        QVERIFY(application.openDatabase(m_databasePath));
        ui::MainWindow *window = application.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // Made so far: the page on screen. The others are made when first shown or asked for; the
        // navigation's unread-alerts badge does not need the alerts page.
        QCOMPARE(window->findChildren<ui::Page *>().size(), qsizetype(1));
        QVERIFY(!window->findChild<ui::AlertCentrePage *>());
        const QListWidgetItem *alertsItem
            = window->findChild<QListWidget *>(QStringLiteral("navigation"))->item(1);
        QTRY_COMPARE(alertsItem->text(),
                     QStringLiteral("Alerts (%1)").arg(application.workspace()->unreadAlertCount()));
        QVERIFY(application.workspace()->unreadAlertCount() > 0);
        QVERIFY(!window->findChild<ui::AlertCentrePage *>());
        QCOMPARE(window->currentPage(), window->page(0));
        QVERIFY(!window->page(0)->isStale());
        for (int i = 1; i < window->pageCount(); ++i)
            QVERIFY2(window->page(i)->isStale(), qPrintable(window->page(i)->title()));

        QCOMPARE(window->findChildren<ui::Page *>().size(), qsizetype(window->pageCount()));
        QCOMPARE(window->findChild<QStackedWidget *>()->count(), window->pageCount());
        // An edit while the projects page is hidden: it waits, and shows the edit once shown.
        auto *projects = qobject_cast<ui::ProjectsPage *>(window->page(2));
        QVERIFY(projects);
        QCOMPARE(projects->title(), ui::ProjectsPage::pageTitle());
        Database &database = application.workspace()->database();
        Project added;
        added.code = QStringLiteral("LAZY");
        added.name = QStringLiteral("Read when shown");
        added.status = ProjectStatus::Active;
        ProjectRepository(database).create(added);
        application.workspace()->notifyDataChanged();
        QVERIFY(projects->isStale());
        QVERIFY(!window->page(0)->isStale()); // the dashboard, on screen, refreshed at once
        window->showPage(2);
        QVERIFY(!projects->isStale());
        bool listed = false;
        for (int row = 0; row < projects->model()->rowCount(); ++row)
            listed = listed || projects->model()->index(row, 0).data().toString() == added.code;
        QVERIFY(listed);

        // Now the dashboard is the hidden one.
        application.workspace()->notifyDataChanged();
        QVERIFY(window->page(0)->isStale());
        QVERIFY(!projects->isStale());
        window->showPage(0);
        QVERIFY(!window->page(0)->isStale());
    }

    // What the self-check finds at open shows once the first page has painted.
    void selfCheckFindingsShowInTheStatusBar()
    {
        const QString path = m_directory.filePath(QStringLiteral("damaged.sqlite"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_databasePath, path));
        {
            auto database = Database::openSqlite(path, Database::IfMissing::Refuse);
            execSql(*database, QStringLiteral("DROP TRIGGER settings_domain_update"));
            execSql(*database,
                    QStringLiteral("UPDATE settings SET value = 'XXX' WHERE key = 'reporting_currency'"));
        }
        ui::Application application(QStringLiteral("en"));
        QVERIFY(application.openDatabase(path));
        ui::MainWindow *window = application.mainWindow();
        auto *badge = window->findChild<QLabel *>(QStringLiteral("selfCheckBadge"));
        QVERIFY(badge);
        QTRY_VERIFY(badge->isVisible());
        QVERIFY2(badge->text().contains(QStringLiteral("1 problem in this database")),
                 qPrintable(badge->text()));
        QVERIFY2(badge->toolTip().contains(QStringLiteral("costboard check --db")),
                 qPrintable(badge->toolTip()));

        // A sound database shows none.
        ui::Application sound(QStringLiteral("en"));
        QVERIFY(sound.openDatabase(m_databasePath));
        QVERIFY(QTest::qWaitForWindowExposed(sound.mainWindow()));
        QTest::qWait(50);
        QVERIFY(!sound.mainWindow()->findChild<QLabel *>(QStringLiteral("selfCheckBadge"))->isVisible());
    }

    void alertsShowOnTheDashboardAndInTheNavigation()
    {
        ui::Application application(QStringLiteral("en"));
        QVERIFY(application.openDatabase(m_databasePath));
        ui::MainWindow *window = application.mainWindow();
        auto *dashboard = qobject_cast<ui::DashboardPage *>(window->page(0));
        QVERIFY(dashboard);
        ui::AlertCentrePage *centre = findPage<ui::AlertCentrePage>(*window);
        QVERIFY(centre);
        const QListWidgetItem *navigationItem = window->findChild<QListWidget *>(QStringLiteral("navigation"))
                                                    ->item(indexOfPage(*window, centre));

        // The demo's overrunning project: a critical alert, on the banner and as unread, once the
        // alerts are evaluated (after the window's first paint).
        const ui::AlertBanner *banner = dashboard->alertBanner();
        QTRY_VERIFY(banner->isVisibleTo(dashboard));
        QVERIFY(banner->criticalCount() >= 1);
        QCOMPARE(banner->worstSeverity(), std::optional(AlertSeverity::Critical));
        QVERIFY(centre->unreadCount() > 0);
        QCOMPARE(navigationItem->text(), QStringLiteral("Alerts (%1)").arg(centre->unreadCount()));
        QVERIFY(navigationItem->font().bold());

        // "Review" opens the alert centre on what the banner counted, whatever filters it was left
        // with, marks them read and clears the badge.
        centre->setMinimumSeverity(AlertSeverity::Critical);
        emit dashboard->alertBanner()->reviewRequested();
        QCOMPARE(window->currentPage(), centre);
        QCOMPARE(centre->proxy()->rowCount(), banner->criticalCount() + banner->warningCount());
        QCOMPARE(centre->unreadCount(), 0);
        QCOMPARE(navigationItem->text(), QStringLiteral("Alerts"));
        QVERIFY(!navigationItem->font().bold());

        // An alert's scope on the dashboard.
        const Project support
            = *ProjectRepository(application.workspace()->database()).findByCode(QStringLiteral("SUP"));
        const PeriodPreset shownPeriod = dashboard->filterBar()->query().preset;
        emit centre->showOnDashboard(support.id, CostCategory::Inference, false);
        QCOMPARE(window->currentPage(), dashboard);
        QCOMPARE(dashboard->snapshot().query.preset, shownPeriod);
        QCOMPARE(dashboard->snapshot().query.projects, QList<ProjectId> { support.id });
        QCOMPARE(dashboard->snapshot().query.categories, QList<CostCategory> { CostCategory::Inference });
        // A budget alert shows the quarter so far, the period its figures are about.
        emit centre->showOnDashboard(std::nullopt, std::nullopt, true);
        QVERIFY(dashboard->snapshot().query.projects.isEmpty());
        QVERIFY(dashboard->snapshot().query.categories.isEmpty());
        QCOMPARE(dashboard->snapshot().query.preset, PeriodPreset::QuarterToDate);
    }

    // The alerts the last evaluation stored are on the banner from the first frame: the page does
    // not move down when the evaluation after the first paint confirms them.
    void theStoredAlertsAreOnTheFirstFrame()
    {
        int critical = 0;
        int warning = 0;
        {
            ui::Application application(QStringLiteral("en"));
            QVERIFY(application.openDatabase(m_databasePath));
            auto *dashboard = qobject_cast<ui::DashboardPage *>(application.mainWindow()->page(0));
            QVERIFY(dashboard);
            QTRY_VERIFY(dashboard->alertBanner()->criticalCount() >= 1); // evaluated and stored
            critical = dashboard->alertBanner()->criticalCount();
            warning = dashboard->alertBanner()->warningCount();
        }
        ui::Application application(QStringLiteral("en"));
        QVERIFY(application.openDatabase(m_databasePath));
        auto *dashboard = qobject_cast<ui::DashboardPage *>(application.mainWindow()->page(0));
        QVERIFY(dashboard);
        // No event processed yet: nothing painted, nothing evaluated.
        QCOMPARE(dashboard->alertBanner()->criticalCount(), critical);
        QCOMPARE(dashboard->alertBanner()->warningCount(), warning);
        QVERIFY(!dashboard->alertBanner()->isHidden());
    }

    void aBudgetTypedInTheGridReachesTheDashboardAndTheAlerts()
    {
        ui::Application application(QStringLiteral("en"));
        QVERIFY(application.openDatabase(m_databasePath));
        ui::MainWindow *window = application.mainWindow();
        auto *dashboard = qobject_cast<ui::DashboardPage *>(window->page(0));
        ui::BudgetsPage *budgets = findPage<ui::BudgetsPage>(*window);
        QVERIFY(dashboard && budgets);
        const Project support
            = *ProjectRepository(application.workspace()->database()).findByCode(QStringLiteral("SUP"));
        dashboard->showScope(support.id, std::nullopt);
        QTRY_VERIFY(dashboard->alertBanner()->criticalCount() >= 1); // evaluated after the first paint
        const int criticalBefore = dashboard->alertBanner()->criticalCount();
        const std::int64_t weeklyBudgetBefore = dashboard->snapshot().periodPoints().constLast().budget;

        // Ten times the quarter's budget: the overrun is gone, and the weekly budget line rises.
        window->showPage(indexOfPage(*window, budgets));
        ui::BudgetGridModel *grid = budgets->model();
        // The quarter the dashboard is about, that of its week's Sunday: not always today's (on
        // 31 December 2026, in W53, it is Q1 2027 already), so the grid is shown on its year.
        const QDate quarterStart = dashboard->snapshot().kpis.forecastPeriod.first;
        grid->setReferenceDate(quarterStart);
        grid->setGranularity(BudgetPeriodKind::Quarter);
        grid->refresh();
        const QModelIndex quarter = grid->index(grid->rowOf(BudgetScope { support.id, std::nullopt }),
                                                grid->columnOf(quarterStart));
        QVERIFY(quarter.isValid());
        const std::int64_t quarterBudget = quarter.data(ui::BudgetGridModel::SortRole).toLongLong();
        QVERIFY(quarterBudget > 0);
        QVERIFY(grid->setData(quarter,
                              QString::number(quarterBudget / 10))); // major units: ten times the minor/100

        // The hidden dashboard reads the change when it is shown again.
        QVERIFY(dashboard->isStale());
        window->showPage(indexOfPage(*window, dashboard));
        QVERIFY(dashboard->snapshot().periodPoints().constLast().budget > weeklyBudgetBefore);
        QCOMPARE(dashboard->alertBanner()->criticalCount(), criticalBefore - 1);
        application.workspace()->undoStack()->undo();
        QCOMPARE(dashboard->snapshot().periodPoints().constLast().budget, weeklyBudgetBefore);
        QCOMPARE(dashboard->alertBanner()->criticalCount(), criticalBefore);
    }

    void frenchTranslationLoads()
    {
        ui::Application application(QStringLiteral("fr"));
        QCOMPARE(application.language(), QStringLiteral("fr"));
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(QCoreApplication::translate("costboard::ui::DashboardPage", "Dashboard"),
                 QStringLiteral("Tableau de bord"));
        QCOMPARE(Money(123456, QStringLiteral("EUR"))
                     .toString()
                     .replace(QChar(0x202F), u' ')
                     .replace(QChar(0x00A0), u' '),
                 QStringLiteral("1 234,56 €"));

        // Alert sentences are rebuilt from the stored figures in the interface language.
        Alert alert;
        alert.kind = AlertKind::BudgetConsumed;
        alert.periodKey = QStringLiteral("2026-Q4");
        alert.value = 10'340;
        alert.amountMinor = 4'120'000;
        alert.referenceMinor = 4'000'000;
        alert.currency = QStringLiteral("EUR");
        const QString sentence = alertSentence(alert, QStringLiteral("Synthèse juridique"))
                                     .replace(QChar(0x202F), u' ')
                                     .replace(QChar(0x00A0), u' ');
        QVERIFY2(sentence.startsWith(QStringLiteral("Synthèse juridique a consommé 103 %")),
                 qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("T4 2026")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("41 200 €"))
                     && sentence.contains(QStringLiteral("40 000 €")),
                 qPrintable(sentence));
        alert.periodKey = QStringLiteral("FY2026-Q1");
        // A fiscal year that does not start in January spans two calendar years.
        QVERIFY2(alertSentence(alert, QString()).contains(QStringLiteral("T1 exercice 2026-27")),
                 qPrintable(alertSentence(alert, QString())));

        // The default rules' names come from their keys, in French; a typed name as typed.
        AlertRule rule;
        rule.builtIn = BuiltInRule::BudgetExceeded;
        rule.projectId = 7;
        QCOMPARE(ui::alertRuleName(rule, QStringLiteral("SUP")).replace(QChar(0x00A0), u' '),
                 QStringLiteral("SUP : Budget dépassé"));
        rule.builtIn = BuiltInRule::WeeklySpike;
        rule.projectId.reset();
        QCOMPARE(ui::alertRuleName(rule, QString()).replace(QChar(0x00A0), u' '),
                 QStringLiteral("Portefeuille : pic hebdomadaire"));
        rule.name = QStringLiteral("SUP: Budget exceeded");
        QCOMPARE(ui::alertRuleName(rule, QStringLiteral("SUP")), QStringLiteral("SUP: Budget exceeded"));
    }

private:
    template <typename PageType> static PageType *findPage(const ui::MainWindow &window)
    {
        for (int index = 0; index < window.pageCount(); ++index) {
            if (auto *page = qobject_cast<PageType *>(window.page(index)))
                return page;
        }
        return nullptr;
    }

    static int indexOfPage(const ui::MainWindow &window, const ui::Page *page)
    {
        for (int index = 0; index < window.pageCount(); ++index) {
            if (window.page(index) == page)
                return index;
        }
        return -1;
    }

    QTemporaryDir m_directory;
    QString m_databasePath;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
