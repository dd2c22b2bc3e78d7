// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a team server (tst_teamwindow_pg): what a viewer sees (every page, nothing to
// change, the reason in the tooltips, not a byte written by opening it), and other people's
// changes arriving without a restart.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include "application.h"
#include "demo/demoportfolio.h"
#include "dialogs/serverconnectiondialog.h"
#include "mainwindow.h"
#include "models/budgetgridmodel.h"
#include "pages/budgetspage.h"
#include "pages/page.h"
#include "pages/projectspage.h"
#include "storage/budgetrepository.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"
#include "workspace.h"

using namespace costboard;
using namespace costboard::test;

namespace {

template <typename PageType> PageType *pageOf(ui::MainWindow *window)
{
    for (int i = 0; i < window->pageCount(); ++i) {
        if (auto *page = qobject_cast<PageType *>(window->page(i))) {
            window->showPage(i);
            return page;
        }
    }
    return nullptr;
}

} // namespace

class TestTeamWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CostBoardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teamwindow"));
        QSettings().clear();
        m_url
            = createTestServerDatabase(QStringLiteral("cbui_%1_team").arg(QCoreApplication::applicationPid()))
                  .toUrl();
        const std::unique_ptr<Database> owner
            = Database::openPostgres(ServerAddress::fromUrl(m_url), Database::IfMissing::Create);
        teamserver::setUpRoles(*owner);
        DemoOptions options;
        options.weeks = 12;
        options.lines = 1500;
        generateDemoPortfolio(*owner, options);
    }

    void cleanupTestCase()
    {
        testServerExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                           .arg(ServerAddress::fromUrl(m_url).database));
    }

    void viewerSeesEverythingAndChangesNothing()
    {
        const TestLoginRole viewer(QStringLiteral("uiviewer"), TeamRole::Viewer);
        const std::unique_ptr<Database> owner = Database::open(m_url);
        const QByteArray before = storedState(*owner);

        ui::Application application(QStringLiteral("en"));
        QVERIFY(application.openDatabase(viewer.url(m_url)));
        ui::MainWindow *window = application.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(application.workspace()->role(), TeamRole::Viewer);
        auto *status = window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QLatin1String("role: viewer")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(viewer.name() + u'@'), qPrintable(status->text()));

        // Projects: the buttons that change them are off, and say why; selecting a project, which
        // turns Edit on for others, leaves it off.
        auto *projects = pageOf<ui::ProjectsPage>(window);
        QVERIFY(projects);
        QTRY_VERIFY(projects->findChild<QTableView *>()->model()->rowCount() > 3);
        int guarded = 0;
        for (QPushButton *button : projects->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("&New…") || button->text() == QStringLiteral("&Edit…")) {
                QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
                QVERIFY2(button->toolTip().contains(QLatin1String("viewer")), qPrintable(button->toolTip()));
                ++guarded;
            }
        }
        QCOMPARE(guarded, 2);
        projects->findChild<QTableView *>()->selectRow(1);
        for (QPushButton *button : projects->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("&Edit…"))
                QVERIFY(!button->isEnabled());
        }

        // Budgets: the grid reads, it does not edit.
        auto *budgets = pageOf<ui::BudgetsPage>(window);
        QVERIFY(budgets);
        auto *grid = budgets->findChild<ui::BudgetGridModel *>();
        QVERIFY(grid);
        QTRY_VERIFY(grid->rowCount() > 0);
        bool anyEditable = false;
        for (int column = 0; column < grid->columnCount(); ++column)
            anyEditable = anyEditable || (grid->flags(grid->index(0, column)) & Qt::ItemIsEditable);
        QVERIFY(!anyEditable);

        // Every page shown once: not a byte written on the server (no alert evaluation stored,
        // nothing marked read).
        for (int i = 0; i < window->pageCount(); ++i) {
            window->showPage(i);
            QCoreApplication::processEvents();
        }
        QTest::qWait(200);
        QCOMPARE(storedState(*owner), before);
    }

    // A colleague's change reaches an open window within a second or two, with no restart.
    void othersChangesAppearWithoutARestart()
    {
        ui::Application application(QStringLiteral("en"));
        QVERIFY(application.openDatabase(m_url));
        ui::MainWindow *window = application.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        ui::Workspace *workspace = application.workspace();
        QSignalSpy elsewhere(workspace, &ui::Workspace::changedElsewhere);
        QSignalSpy changed(workspace, &ui::Workspace::dataChanged);
        auto *projects = pageOf<ui::ProjectsPage>(window);
        QVERIFY(projects);
        QAbstractItemModel *shown = projects->findChild<QTableView *>()->model();
        QTRY_VERIFY(shown->rowCount() > 0);
        const int rowsBefore = shown->rowCount();

        const std::unique_ptr<Database> colleague = Database::open(m_url);
        ProjectRepository(*colleague)
            .create(makeProject(QStringLiteral("LIVE"), QStringLiteral("Live refresh")));
        QTRY_VERIFY_WITH_TIMEOUT(shown->rowCount() == rowsBefore + 1, 2000);
        QVERIFY(!elsewhere.isEmpty());
        QCOMPARE(elsewhere.first().first().toString(), QStringLiteral("projects"));
        QVERIFY(!changed.isEmpty());
        // The window's own change is not announced back to it as someone else's.
        elsewhere.clear();
        BudgetRepository(workspace->database()).set([] {
            Budget budget;
            budget.periodKind = BudgetPeriodKind::Month;
            budget.periodStart = QDate(2027, 1, 1);
            budget.amount = Money(100, QStringLiteral("EUR"));
            return budget;
        }());
        QTest::qWait(800);
        QVERIFY(elsewhere.isEmpty());
    }

    void connectionDialogMakesTheAddressDbTakes()
    {
        ServerAddress address;
        ui::ServerConnectionDialog dialog(address);
        dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QStringLiteral("db.example.com"));
        dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(QStringLiteral("costboard"));
        dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("cfo"));
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("s3cret"));
        auto *tls = dialog.findChild<QComboBox *>(QStringLiteral("tlsCombo"));
        tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
        QCOMPARE(dialog.address().toUrl(),
                 QStringLiteral("postgresql://cfo@db.example.com:5432/costboard?sslmode=verify-full"));
        // The password is never part of the address.
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("addressPreview"))
                     ->text()
                     .contains(QLatin1String("s3cret")));
        QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
        dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.message().isEmpty());
    }

private:
    QString m_url;
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
