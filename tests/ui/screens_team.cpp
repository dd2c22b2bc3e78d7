// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the team server's connection dialog, filled in as a company's IT would hand it out, in
// English or French:
//
//   screens_team OUTDIR en|fr
//
// writes OUTDIR/team-connect-LANG.png, and OUTDIR/team-conflict-LANG.png: the question a budget
// typed over a colleague's newer amount asks (two connections to one file stand for two people).
// The viewer's read-only window is the main window's own
// screenshot on a viewer's address: `costboard --db postgresql://viewer@host/db --screenshot FILE`.
// Not a test: run by hand.
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "dialogs/serverconnectiondialog.h"
#include "models/budgetgridmodel.h"
#include "pages/budgetspage.h"
#include "screenssupport.h"
#include "settings/language.h"
#include "storage/auditlog.h"
#include "storage/budgetrepository.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "workspace.h"

using namespace costboard;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: screens_team OUTDIR en|fr\n");
        return 2;
    }
    const Translators translators(arguments.at(2));
    ServerAddress address;
    address.host = QStringLiteral("costboard.db.example.com");
    address.port = 5432;
    address.database = QStringLiteral("costboard");
    address.user = QStringLiteral("claire.martin");
    address.tlsMode = QStringLiteral("verify-full");
    ui::ServerConnectionDialog dialog(address);
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("password"));
    screens::save(
        dialog, dialog.sizeHint().expandedTo(QSize(640, 0)),
        QDir(arguments.at(1)).filePath(QStringLiteral("team-connect-%1.png").arg(translators.language())));

    // The CFO's page read 40,000; Bruno, a controller, has since made it 45,000; she types 50,000.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("team.sqlite"));
    ui::Workspace workspace(Database::openSqlite(path));
    AuditLog::setActor(QStringLiteral("claire.martin"));
    Project legal;
    legal.code = QStringLiteral("LEG");
    legal.name = QStringLiteral("Synthèse juridique");
    legal.owner = QStringLiteral("Sophie Martin");
    legal.status = ProjectStatus::Active;
    legal.startDate = QDate(2025, 1, 1);
    const ProjectId project = ProjectRepository(workspace.database()).create(legal);
    Budget quarter;
    quarter.projectId = project;
    quarter.periodKind = BudgetPeriodKind::Quarter;
    quarter.periodStart = QDate(2026, 10, 1);
    quarter.amount = Money(4'000'000, QStringLiteral("EUR"));
    BudgetRepository(workspace.database()).set(quarter);
    ui::BudgetsPage page(workspace);
    page.model()->setReferenceDate(QDate(2026, 12, 4));
    page.model()->setGranularity(BudgetPeriodKind::Quarter);
    page.model()->setFiscalYear(2026);
    page.refresh();
    {
        const std::unique_ptr<Database> colleague = Database::openSqlite(path, Database::IfMissing::Refuse);
        AuditLog::ScopedActor bruno(QStringLiteral("bruno"));
        quarter.amount = Money(4'500'000, QStringLiteral("EUR"));
        BudgetRepository(*colleague).set(quarter);
    }
    const BudgetScope scope { project, std::nullopt };
    page.model()->setData(
        page.model()->index(page.model()->rowOf(scope), page.model()->columnOf(quarter.periodStart)),
        QLocale().toString(50000));
    QApplication::processEvents();
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        if (box && box->objectName() == QLatin1String("concurrentEdit")) {
            screens::save(*box, box->sizeHint(),
                          QDir(arguments.at(1))
                              .filePath(QStringLiteral("team-conflict-%1.png").arg(translators.language())));
            return 0;
        }
    }
    std::fprintf(stderr, "no question was asked\n");
    return 1;
}
