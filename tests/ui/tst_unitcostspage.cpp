// SPDX-License-Identifier: GPL-3.0-or-later
// The Unit costs page and the dashboard's unit-cost line on a real database file with a usage CSV
// imported (tests/fixtures/usage/usage.csv): both show core's figures, and agree; volumes entered
// on the page make a project's cost per unit, and undo takes them back.

#include <memory>

#include <QLabel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "charts/unitcosttrendchart.h"
#include "commands/benchmarkcommands.h"
#include "dialogs/benchmarkvolumesdialog.h"
#include "import/importer.h"
#include "models/unitcostsmodel.h"
#include "pages/dashboardpage.h"
#include "pages/unitcostspage.h"
#include "storage/benchmarkvolumes.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "widgets/dashboardfilterbar.h"
#include "workspace.h"

using namespace costboard;
using ui::BenchmarkCostsModel;
using ui::UnitCostsModel;

namespace {

QString text(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// 2025-W05, the week of the usage CSV, as the dashboard's custom period.
DashboardQuery usageWeek()
{
    DashboardQuery query;
    query.preset = PeriodPreset::Custom;
    query.customRange = { IsoWeek(2025, 4), IsoWeek(2025, 5) };
    query.referenceWeek = IsoWeek(2025, 5);
    return query;
}

} // namespace

class TestUnitCostsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_directory.isValid());
    }

    void showsCoreFiguresAndTheDashboardAgrees()
    {
        auto database = Database::openSqlite(m_directory.filePath(QStringLiteral("unitcosts.sqlite")));
        DatabaseSettings(*database).setReportingCurrency(QStringLiteral("USD"));
        ProjectRepository projects(*database);
        Project support;
        support.code = QStringLiteral("SUP");
        support.name = QStringLiteral("Support assistant");
        support.benchmarkUnit = QStringLiteral("ticket");
        support.startDate = QDate(2025, 1, 1);
        const ProjectId supportId = projects.create(support);
        Project legal = support;
        legal.code = QStringLiteral("LEG");
        legal.name = QStringLiteral("Legal summaries");
        legal.benchmarkUnit.clear();
        projects.create(legal);
        QCOMPARE(Importer(*database)
                     .importFile(QStringLiteral(COSTBOARD_FIXTURES_DIR "/usage/usage.csv"), ImportOptions())
                     .outcome,
                 ImportReport::Outcome::Imported);
        ui::Workspace workspace(std::move(database));

        ui::UnitCostsPage page(workspace);
        page.resize(1366, 700);
        page.showQuery(usageWeek());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // SUP: 48 cents for 2.4M tokens and 250 requests. LEG: 8 cents, 600,000 tokens, 60 requests.
        const UnitCostsModel *byProject = page.projectsModel();
        QCOMPARE(byProject->rowCount(), 2);
        QCOMPARE(text(byProject, 0, UnitCostsModel::NameColumn), QStringLiteral("SUP — Support assistant"));
        QCOMPARE(text(byProject, 0, UnitCostsModel::WeekTokensColumn), QStringLiteral("2.4M"));
        QCOMPARE(text(byProject, 0, UnitCostsModel::WeekPerMillionColumn), QStringLiteral("$0.20"));
        QCOMPARE(text(byProject, 0, UnitCostsModel::WeekPerRequestColumn), QStringLiteral("$0.00192"));
        QCOMPARE(text(byProject, 0, UnitCostsModel::WeekChangeColumn), QStringLiteral("–")); // W04 had none
        QCOMPARE(text(byProject, 1, UnitCostsModel::PeriodPerMillionColumn), QStringLiteral("$0.133"));
        // Two weeks, 2.4M tokens in one: 1.2M a week.
        QCOMPARE(text(byProject, 0, UnitCostsModel::TokensPerWeekColumn), QStringLiteral("1.2M"));
        QCOMPARE(page.modelsModel()->rowCount(), 1);
        QCOMPARE(text(page.modelsModel(), 0, UnitCostsModel::VendorColumn), QStringLiteral("Mistral AI"));
        QCOMPARE(page.chart()->weekCount(), 2);

        const QString summary = page.findChild<QLabel *>(QStringLiteral("unitCostSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("$0.187 per 1M tokens")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("$0.00181 per request")), qPrintable(summary));

        // The dashboard's line says the same of the same query.
        ui::DashboardPage dashboard(workspace);
        dashboard.filterBar()->setQuery(usageWeek());
        dashboard.resize(1366, 700);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        dashboard.refresh();
        const QString line = dashboard.findChild<QLabel *>(QStringLiteral("unitCostLine"))->text();
        QVERIFY2(line.startsWith(summary), qPrintable(line + QStringLiteral(" / ") + summary));

        // A narrow page names projects by code, the whole name in the tooltip.
        page.resize(1000, 700);
        QCOMPARE(text(byProject, 0, UnitCostsModel::NameColumn), QStringLiteral("SUP"));
        QCOMPARE(byProject->index(0, UnitCostsModel::NameColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("SUP — Support assistant"));
        page.resize(1366, 700);

        // Volumes: SUP handled 400 tickets in W05; its week cost 48 cents: $0.0012 a ticket.
        const BenchmarkCostsModel *benchmarks = page.benchmarksModel();
        QCOMPARE(benchmarks->rowCount(), 1);
        QCOMPARE(text(benchmarks, 0, BenchmarkCostsModel::WeekVolumeColumn), QStringLiteral("not entered"));
        QList<WeekVolume> weeks;
        for (const UnitCostWeek &week : page.report().weeks)
            weeks << WeekVolume { week.week, std::nullopt };
        ui::BenchmarkVolumesDialog dialog(QStringLiteral("SUP"), QStringLiteral("ticket"), weeks);
        dialog.table()->item(1, 1)->setText(QStringLiteral("1,2x"));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("volumeError"))->isHidden());
        dialog.table()->item(1, 1)->setText(QStringLiteral("400"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("volumeError"))->isHidden());
        QCOMPARE(dialog.changedWeeks(), (QList<WeekVolume> { { IsoWeek(2025, 5), 400 } }));
        ui::executeCommand(workspace,
                           std::make_unique<ui::SetBenchmarkVolumesCommand>(
                               workspace, supportId, QStringLiteral("SUP"), dialog.changedWeeks()));
        page.refresh();
        QCOMPARE(text(benchmarks, 0, BenchmarkCostsModel::WeekVolumeColumn), QStringLiteral("400"));
        QCOMPARE(text(benchmarks, 0, BenchmarkCostsModel::WeekPerUnitColumn), QStringLiteral("$0.0012"));
        QCOMPARE(text(benchmarks, 0, BenchmarkCostsModel::WeeksEnteredColumn), QStringLiteral("1 of 2"));

        workspace.undoStack()->undo();
        page.refresh();
        QCOMPARE(text(benchmarks, 0, BenchmarkCostsModel::WeekVolumeColumn), QStringLiteral("not entered"));
        QVERIFY(BenchmarkVolumeRepository(workspace.database())
                    .volumes(supportId, { IsoWeek(2025, 1), IsoWeek(2025, 52) })
                    .isEmpty());
    }

private:
    QTemporaryDir m_directory;
};

QTEST_MAIN(TestUnitCostsPage)
#include "tst_unitcostspage.moc"
