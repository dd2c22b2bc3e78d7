// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

#include <spdlog/spdlog.h>

#include "application.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/newdatabasedialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/userguidedialog.h"
#include "domain/displaynames.h"
#include "errors.h"
#include "errortexts.h"
#include "export/dashboardexportactions.h"
#include "firstpaint.h"
#include "labels.h"
#include "pages/alertcentrepage.h"
#include "pages/alertrulespage.h"
#include "pages/auditlogpage.h"
#include "pages/budgetspage.h"
#include "pages/committeepage.h"
#include "pages/costlinespage.h"
#include "pages/dashboardpage.h"
#include "pages/estimatorpage.h"
#include "pages/fxratespage.h"
#include "pages/importspage.h"
#include "pages/page.h"
#include "pages/pricespage.h"
#include "pages/projectspage.h"
#include "pages/unitcostspage.h"
#include "pages/usagepage.h"
#include "presentation/presentationwindow.h"
#include "report/weeklyreportactions.h"
#include "settings/appsettings.h"
#include "storage/costlinebrowser.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "storage/selfcheck.h"
#include "workspace.h"
#include "zoom.h"

namespace costboard::ui {

template <typename PageType> void MainWindow::addPage(std::function<void(PageType *)> made)
{
    m_entries.push_back({ &PageType::staticMetaObject, [this, made = std::move(made)]() -> Page * {
                             auto *page = new PageType(m_workspace, this);
                             if (made)
                                 made(page);
                             return page;
                         } });
    m_pages->addWidget(new QWidget(m_pages));
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(PageType::pageIconName())),
                                     PageType::pageTitle(), m_navigation);
    item->setSizeHint(QSize(0, 40));
}

template <typename PageType> int MainWindow::indexOfType() const
{
    for (std::size_t index = 0; index < m_entries.size(); ++index) {
        if (m_entries[index].type == &PageType::staticMetaObject)
            return int(index);
    }
    return -1;
}

template <typename PageType> PageType *MainWindow::pageOfType()
{
    return static_cast<PageType *>(ensurePage(indexOfType<PageType>()));
}

MainWindow::MainWindow(Workspace &workspace, Application &application, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_application(application)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_lineCountLabel(new QLabel(this))
    , m_checkLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("CostBoard — %1").arg(workspace.database().displayName()));
    setMinimumSize(1024, 640);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setViewMode(QListView::ListMode);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);

    // The CEO's pages first, then the CFO's, then the settings-like ones.
    addPage<DashboardPage>([this](DashboardPage *dashboard) {
        connect(dashboard, &DashboardPage::alertReviewRequested, this, [this] {
            // Exactly what the banner counted: the open warning and critical alerts of every project.
            auto *alerts = pageOfType<AlertCentrePage>();
            alerts->setStateFilter(AlertCentrePage::StateFilter::Open);
            alerts->setMinimumSeverity(AlertSeverity::Warning);
            alerts->setProjectFilter(std::nullopt);
            showPage(m_pages->indexOf(alerts));
        });
        // The unit-cost line's link opens the unit costs of what the dashboard shows.
        connect(dashboard, &DashboardPage::unitCostsRequested, this, [this](const DashboardQuery &query) {
            auto *unitCosts = pageOfType<UnitCostsPage>();
            unitCosts->showQuery(query);
            showPage(m_pages->indexOf(unitCosts));
        });
        // Drill-down: a bar of the weekly chart opens the cost lines behind it.
        connect(dashboard, &DashboardPage::drillDownRequested, this,
                [this](const WeekRange &weeks, const QList<ProjectId> &projectIds,
                       const QList<CostCategory> &categories) {
                    CostLineFilter filter;
                    filter.from = weeks.first.monday();
                    filter.to = weeks.last.sunday();
                    filter.projects = projectIds;
                    filter.categories = categories;
                    auto *costLines = pageOfType<CostLinesPage>();
                    costLines->showLines(filter);
                    showPage(m_pages->indexOf(costLines));
                });
    });
    addPage<AlertCentrePage>([this](AlertCentrePage *alerts) {
        // An alert's scope on the dashboard: the project and category it is about.
        connect(alerts, &AlertCentrePage::showOnDashboard, this,
                [this](std::optional<ProjectId> projectId, std::optional<CostCategory> category,
                       bool quarterToDate) {
                    auto *dashboard = pageOfType<DashboardPage>();
                    dashboard->showScope(projectId, category,
                                         quarterToDate ? std::optional(PeriodPreset::QuarterToDate)
                                                       : std::nullopt);
                    showPage(m_pages->indexOf(dashboard));
                });
    });
    addPage<ProjectsPage>();
    addPage<CostLinesPage>();
    addPage<BudgetsPage>();
    addPage<AlertRulesPage>();
    addPage<FxRatesPage>();
    // Last, so that the indexes of the pages before it (screenshots, tests) stay as they were.
    addPage<ImportsPage>();
    // After the imports, for the same reason.
    addPage<AuditLogPage>();
    // The price catalog, after the pages the README's pictures and the tests count by index.
    addPage<PricesPage>();
    addPage<EstimatorPage>();
    addPage<UsagePage>();
    addPage<UnitCostsPage>();
    addPage<CommitteePage>([this](CommitteePage *committee) {
        connect(committee, &CommitteePage::projectRequested, this, [this](ProjectId projectId) {
            auto *projects = pageOfType<ProjectsPage>();
            showPage(m_pages->indexOf(projects));
            if (projects->selectProject(projectId))
                projects->editSelectedProject();
        });
        connect(committee, &CommitteePage::alertRequested, this, [this](qint64 alertId) {
            auto *alerts = pageOfType<AlertCentrePage>();
            showPage(m_pages->indexOf(alerts));
            alerts->selectAlert(alertId);
        });
    });
    // The badge counts unread alerts whether or not the alerts page has been made.
    m_alertsItem = m_navigation->item(indexOfType<AlertCentrePage>());
    m_alertsTitle = AlertCentrePage::pageTitle();
    connect(&m_workspace, &Workspace::unreadAlertCountChanged, this, &MainWindow::showUnreadAlerts);
    showUnreadAlerts(m_workspace.unreadAlertCount());

    m_navigation->setFixedWidth(std::max(170, m_navigation->sizeHintForColumn(0) + 24));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        ensurePage(row);
        m_pages->setCurrentIndex(row);
        if (Page *shown = currentPage())
            shown->pageShown();
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createMenus();
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_checkLabel);
    statusBar()->addPermanentWidget(m_lineCountLabel);
    m_checkLabel->setObjectName(QStringLiteral("selfCheckBadge"));
    m_checkLabel->hide();
    // The database shown never changes: opening another one makes another window.
    if (m_workspace.database().dialect() == SqlDialect::Postgres) {
        // Which server, and what this session may change there: the role the server grants.
        m_databaseLabel->setText(
            tr("Server: %1 · role: %2")
                .arg(m_workspace.database().displayName(), names::teamRole(m_workspace.role())));
        m_databaseLabel->setToolTip(m_workspace.mayWrite(WriteArea::Configuration)
                                        ? QString()
                                        : m_workspace.readOnlyReason(m_workspace.mayWrite(WriteArea::Ledger)
                                                                         ? WriteArea::Configuration
                                                                         : WriteArea::Ledger));
    } else {
        m_databaseLabel->setText(tr("Database: %1").arg(m_workspace.database().displayName()));
    }
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    connect(&m_workspace, &Workspace::dataChanged, this, &MainWindow::updateLineCount);

    if (!restoreGeometry(AppSettings::windowGeometry().get())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(std::min(1440, available.width() * 9 / 10), std::min(900, available.height() * 9 / 10));
    }
    restoreState(AppSettings::windowState().get());
    zoom::restore();
    showPage(std::clamp(AppSettings::currentPage().get(), 0, pageCount() - 1));
    // What the first page does not show waits until it is on screen, so that its figures are not
    // late for it: the status bar's line count, the alert evaluation (alerts that came due while
    // CostBoard was closed appear then, in the banner and the navigation) and the cheap part of
    // the self-check, which still reads every daily roll-up (30 ms at 1M lines). Whatever waits
    // for the page itself to paint (a screenshot) comes after them, its parent's, and shows them.
    whenFirstPainted(m_pages, [this](double) {
        // Read ahead for the first frame only: a dashboard shown later reads the data as it is then.
        m_workspace.discardDashboardPrefetch();
        updateLineCount();
        m_workspace.evaluateAlerts();
        showSelfCheckAtOpen();
    });

    // A desktop notification when a warning or critical alert fires while CostBoard is open.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("CostBoard"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }
    connect(&m_workspace, &Workspace::alertsChanged, this, &MainWindow::notifyNewAlerts);
}

void MainWindow::notifyNewAlerts(const AlertEvaluation &evaluation)
{
    QList<Alert> news = evaluation.fired + evaluation.escalated;
    news.removeIf([](const Alert &alert) { return alert.severity < AlertSeverity::Warning; });
    if (news.isEmpty() || !m_tray)
        return;
    const bool critical = std::any_of(news.cbegin(), news.cend(), [](const Alert &alert) {
        return alert.severity == AlertSeverity::Critical;
    });
    const QString title = news.size() == 1 ? (critical ? tr("Critical cost alert") : tr("Cost alert"))
                                           : tr("%n new cost alert(s)", nullptr, int(news.size()));
    QStringList lines;
    for (const Alert &alert : std::as_const(news).mid(0, 3)) {
        QString scope;
        if (alert.projectId) {
            if (const std::optional<Project> project
                = ProjectRepository(m_workspace.database()).find(*alert.projectId))
                scope = projectName(*project);
        }
        lines << alertSentence(alert, scope);
    }
    m_tray->showMessage(title, lines.join(u'\n'),
                        critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 10'000);
}

MainWindow::~MainWindow() = default;

Page *MainWindow::page(int index) const
{
    // Making a page is not a change the caller can see: it was listed, it is now also built.
    return const_cast<MainWindow *>(this)->ensurePage(index);
}

Page *MainWindow::ensurePage(int index)
{
    if (index < 0 || index >= int(m_entries.size()))
        return nullptr;
    PageEntry &entry = m_entries[std::size_t(index)];
    if (!entry.page) {
        entry.page = entry.make();
        QWidget *placeholder = m_pages->widget(index);
        const bool wasCurrent = m_pages->currentIndex() == index;
        m_pages->insertWidget(index, entry.page);
        delete placeholder;
        if (wasCurrent)
            m_pages->setCurrentIndex(index);
    }
    return entry.page;
}

DashboardPage *MainWindow::dashboardView()
{
    DashboardPage *dashboard = pageOfType<DashboardPage>();
    dashboard->refreshIfStale();
    return dashboard;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_pages->currentWidget());
}

int MainWindow::pageCount() const
{
    return m_pages->count();
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::showUnreadAlerts(int count)
{
    if (!m_alertsItem)
        return;
    QFont font = m_navigation->font();
    if (count > 0) {
        m_alertsItem->setText(tr("%1 (%2)", "navigation item and its unread count")
                                  .arg(m_alertsTitle, QLocale().toString(count)));
        m_alertsItem->setToolTip(tr("%n unread alert(s)", nullptr, count));
        font.setBold(true);
    } else {
        m_alertsItem->setText(m_alertsTitle);
        m_alertsItem->setToolTip(QString());
    }
    m_alertsItem->setFont(font);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = fileMenu->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    openAction->setShortcut(QKeySequence::Open);
    // Deferred: opening replaces this window.
    fileMenu
        ->addAction(tr("Connect to &Server…"), this,
                    [this] {
                        QTimer::singleShot(0, &m_application,
                                           [app = &m_application] { app->connectToServer(); });
                    })
        ->setObjectName(QStringLiteral("connectToServerAction"));
    // Disabled entries say why (a viewer's) in their tooltip.
    fileMenu->setToolTipsVisible(true);
    fileMenu->addSeparator();
    // Exports of the dashboard's current view: its period, selection and basis.
    fileMenu->addAction(tr("Export to &Excel…"), this, [this] {
        if (DashboardPage *dashboard = dashboardView())
            exportDashboardToExcel(m_workspace, *dashboard, this);
    });
    fileMenu->addAction(tr("Export to &CSV…"), this, [this] {
        if (DashboardPage *dashboard = dashboardView())
            exportDashboardToCsv(m_workspace, *dashboard, this);
    });
    // The committee's weekly report of the same view, as a PDF or on paper.
    fileMenu->addAction(tr("Export &Weekly Report…"), this, [this] {
        if (DashboardPage *dashboard = dashboardView())
            exportWeeklyReport(m_workspace, *dashboard, this);
    });
    QAction *printReportAction = fileMenu->addAction(tr("&Print Weekly Report…"), this, [this] {
        if (DashboardPage *dashboard = dashboardView())
            printWeeklyReport(m_workspace, *dashboard, this);
    });
    printReportAction->setShortcut(QKeySequence::Print);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_workspace.undoStack()->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_workspace.undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, plus whatever else the platform binds to Redo (Ctrl+Y).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence controlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(controlShiftZ))
        redoKeys.prepend(controlShiftZ);
    redoAction->setShortcuts(redoKeys);
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    QAction *findAction = editMenu->addAction(tr("&Find…"), this, [this] {
        if (Page *shown = currentPage())
            shown->activateSearch();
    });
    findAction->setShortcut(QKeySequence::Find);

    editMenu->addSeparator();
    QAction *preferencesAction = editMenu->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(m_workspace, this);
        dialog.exec();
    });
    preferencesAction->setShortcut(QKeySequence::Preferences);
    preferencesAction->setMenuRole(QAction::PreferencesRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = viewMenu->addAction(tr("&Refresh"), &m_workspace, &Workspace::notifyDataChanged);
    refreshAction->setShortcut(QKeySequence::Refresh);
    // Presentation mode: the dashboard's current view, full screen on the projector.
    QAction *presentAction = viewMenu->addAction(tr("&Present"), this, [this] {
        if (DashboardPage *dashboard = dashboardView())
            PresentationWindow::present(m_workspace.database(), dashboard->snapshot().query, this);
    });
    presentAction->setShortcut(QKeySequence(Qt::Key_F11));
    viewMenu->addSeparator();
    QAction *zoomInAction = viewMenu->addAction(tr("Zoom &In"), this, [] { zoom::zoomIn(); });
    // Ctrl++ needs Shift on most keyboards: Ctrl+= is the same key without it.
    zoomInAction->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    QAction *zoomOutAction = viewMenu->addAction(tr("Zoom &Out"), this, [] { zoom::zoomOut(); });
    zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    QAction *actualSizeAction = viewMenu->addAction(tr("&Actual Size"), this, [] { zoom::reset(); });
    actualSizeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *guideAction = helpMenu->addAction(tr("&User Guide"), this, [this] {
        // One guide window at a time, beside the main window rather than over it.
        auto *guide = findChild<UserGuideDialog *>();
        if (!guide) {
            guide = new UserGuideDialog(m_application.language(), this);
            guide->setAttribute(Qt::WA_DeleteOnClose);
        }
        guide->show();
        guide->raise();
        guide->activateWindow();
    });
    guideAction->setShortcut(QKeySequence::HelpContents);
    QAction *aboutAction = helpMenu->addAction(tr("&About CostBoard"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
}

// The quick part of the self-check, each time a database is opened: a problem stays in sight
// in the status bar (every page shows it) rather than in a dialog that waits for someone.
void MainWindow::showSelfCheckAtOpen()
{
    CheckReport report;
    try {
        report = SelfCheck(m_workspace.database()).run(SelfCheck::Depth::AtOpen);
    } catch (const Error &error) {
        report.findings << CheckFinding { CheckFinding::Kind::Damage, error.code(), error.arguments() };
    }
    if (report.isClean())
        return;
    QStringList sentences;
    for (const CheckFinding &finding : std::as_const(report.findings)) {
        sentences << errorSentence(finding.code, finding.arguments);
        spdlog::warn("self-check at open: {}",
                     englishErrorSentence(finding.code, finding.arguments).toStdString());
    }
    m_checkLabel->setText(tr("⚠ %n problem(s) in this database: its figures may be wrong", nullptr,
                             int(report.findings.size())));
    m_checkLabel->setToolTip(sentences.join(u'\n') + QStringLiteral("\n\n")
                             + tr("Run \"costboard check --db %1 --repair\" to check it all and rebuild its "
                                  "totals.")
                                   .arg(m_workspace.database().location()));
    m_checkLabel->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b3261e;"
                                               " padding: 1px 6px; font-weight: bold; }"));
    m_checkLabel->show();
}

void MainWindow::updateLineCount()
{
    try {
        // From the daily roll-ups: counting the table itself reads every line (15 ms at 1M).
        const qint64 lines = CostLineBrowser(m_workspace.database()).totals(CostLineFilter()).lines;
        m_lineCountLabel->setText(tr("Cost lines: %1").arg(QLocale().toString(lines)));
    } catch (const Error &error) {
        m_lineCountLabel->setText(costboard::errorText(error));
    }
}

void MainWindow::openDatabase()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open CostBoard Database"), QString(),
                                       tr("CostBoard databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        QTimer::singleShot(0, &m_application, [app = &m_application, path] { app->openDatabase(path); });
}

void MainWindow::newDatabase()
{
    NewDatabaseDialog dialog(
        NewDatabaseDialog::suggestedPath(QFileInfo(m_workspace.database().location()).path()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTimer::singleShot(0, &m_application,
                       [app = &m_application, path = dialog.path()] { app->openDatabase(path); });
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::windowGeometry().set(saveGeometry());
    AppSettings::windowState().set(saveState());
    AppSettings::currentPage().set(m_pages->currentIndex());
    event->accept();
}

} // namespace costboard::ui
