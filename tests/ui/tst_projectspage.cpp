// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFont>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include "../core/testdatabase.h"
#include "analytics/dashboardsnapshot.h"
#include "analytics/positions.h"
#include "commands/projectcommands.h"
#include "demo/demoportfolio.h"
#include "dialogs/projectdialog.h"
#include "errors.h"
#include "labels.h"
#include "models/projectsfilterproxymodel.h"
#include "models/projectsmodel.h"
#include "models/projectstablemodel.h"
#include "models/projectstotalmodel.h"
#include "pages/projectspage.h"
#include "storage/budgetrepository.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "workspace.h"

using namespace costboard;
using ui::ProjectDialog;
using ui::ProjectsModel;

namespace {

// Monday of ISO week 2026-W25: fiscal year 2026 (January start), spend counted for 2026-W01..W25.
const QDate referenceDate(2026, 6, 15);

Project makeProject(const QString &code, const QString &name = QString())
{
    Project project;
    project.code = code;
    project.name = name.isEmpty() ? QStringLiteral("Project ") + code : name;
    project.owner = QStringLiteral("Owner of ") + code;
    project.status = ProjectStatus::Active;
    project.decisionLevel = DecisionLevel::Cio;
    project.startDate = QDate(2025, 1, 1);
    return project;
}

void addCost(Database &database, ProjectId project, std::int64_t minorUnits, const QDate &date)
{
    CostLine line;
    line.projectId = project;
    line.category = CostCategory::Inference;
    line.incurredOn = date;
    line.amount = Money(minorUnits, QStringLiteral("EUR"));
    line.vendor = QStringLiteral("Vendor");
    CostLineRepository(database).add(line);
}

void setBudget(Database &database, ProjectId project, BudgetPeriodKind kind, const QDate &start,
               std::int64_t minorUnits, std::optional<CostCategory> category = std::nullopt)
{
    Budget budget;
    budget.projectId = project;
    budget.category = category;
    budget.periodKind = kind;
    budget.periodStart = start;
    budget.amount = Money(minorUnits, QStringLiteral("EUR"));
    BudgetRepository(database).set(budget);
}

QString eur(std::int64_t minorUnits)
{
    return Money(minorUnits, QStringLiteral("EUR")).toString();
}

// The ids of the fixture below, by code.
struct Fixture
{
    ProjectId amber = 0; // 45 % of its year consumed, 94.7 % of its budget to date: amber
    ProjectId red = 0; // exactly 100 %
    ProjectId categories = 0; // only per-category budgets
    ProjectId noBudget = 0;
    ProjectId straddling = 0; // a quarter budget running Dec 2025 - Feb 2026
    ProjectId archived = 0;
};

// Hand-made portfolio whose fiscal-year figures are worked out by hand in the comments.
Fixture buildFixture(Database &database)
{
    ProjectRepository projects(database);
    Fixture ids;
    ids.amber = projects.create(makeProject(QStringLiteral("AMB"), QStringLiteral("Amber chatbot")));
    ids.red = projects.create(makeProject(QStringLiteral("RED"), QStringLiteral("Red translator")));
    ids.categories
        = projects.create(makeProject(QStringLiteral("CAT"), QStringLiteral("Category-budgeted search")));
    ids.noBudget = projects.create(makeProject(QStringLiteral("NOB"), QStringLiteral("Unbudgeted pilot")));
    ids.straddling
        = projects.create(makeProject(QStringLiteral("STR"), QStringLiteral("Straddling quarter")));
    Project archived = makeProject(QStringLiteral("ARC"), QStringLiteral("Archived experiment"));
    archived.status = ProjectStatus::Closed;
    ids.archived = projects.create(archived);
    projects.setArchived(ids.archived, true);

    // AMB: four quarters of 1 000.00 = 4 000.00; the year budget is coarser than the quarters of
    // the same scope and must not be added on top.
    for (int month : { 1, 4, 7, 10 })
        setBudget(database, ids.amber, BudgetPeriodKind::Quarter, QDate(2026, month, 1), 100000);
    setBudget(database, ids.amber, BudgetPeriodKind::Year, QDate(2026, 1, 1), 999900);
    setBudget(database, ids.amber, BudgetPeriodKind::Quarter, QDate(2025, 10, 1), 500000); // last fiscal year
    // Spend: 1 800.00 in March -> 45 % of the year's 4 000.00, and 94.7 % of the 1 901.10 budgeted
    // up to 21 June (Q1 and 82 of Q2's 91 days): amber. Not counted: 10.00 on Tue 2025-12-30, in
    // week 2026-W01 but in fiscal year 2025 (days decide, not weeks), last year's costs and a cost
    // after the reference week.
    addCost(database, ids.amber, 180000, QDate(2026, 3, 10));
    addCost(database, ids.amber, 1000, QDate(2025, 12, 30));
    addCost(database, ids.amber, 50000, QDate(2025, 12, 15));
    addCost(database, ids.amber, 10000, QDate(2026, 12, 1));

    // RED: a year budget of 1 000.00, spent exactly.
    setBudget(database, ids.red, BudgetPeriodKind::Year, QDate(2026, 1, 1), 100000);
    addCost(database, ids.red, 60000, QDate(2026, 2, 2));
    addCost(database, ids.red, 40000, QDate(2026, 6, 14));

    // CAT: no all-category budget, so its category budgets add up: 200.00 + 300.00.
    setBudget(database, ids.categories, BudgetPeriodKind::Quarter, QDate(2026, 1, 1), 20000,
              CostCategory::Inference);
    setBudget(database, ids.categories, BudgetPeriodKind::Quarter, QDate(2026, 4, 1), 30000,
              CostCategory::Cloud);
    addCost(database, ids.categories, 10000, QDate(2026, 5, 5));

    // NOB: spend, no budget at all.
    addCost(database, ids.noBudget, 5000, QDate(2026, 4, 20));

    // STR: 900.00 over Dec 2025 - Feb 2026 (90 days), 59 of which are in 2026: 590.00. Such a
    // quarter exists when the fiscal year used to start in December and was moved to January.
    DatabaseSettings(database).setFiscalYearStartMonth(12);
    setBudget(database, ids.straddling, BudgetPeriodKind::Quarter, QDate(2025, 12, 1), 90000);
    DatabaseSettings(database).setFiscalYearStartMonth(1);

    setBudget(database, ids.archived, BudgetPeriodKind::Year, QDate(2026, 1, 1), 200000);
    addCost(database, ids.archived, 20000, QDate(2026, 1, 20));
    return ids;
}

QVariant cell(const ProjectsModel &model, ProjectId id, int column, int role = Qt::DisplayRole)
{
    return model.index(model.rowOf(id), column).data(role);
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child named %s", name);
    return widget;
}

// Sets a line edit's text so that it counts as typed even when the value does not change.
void type(QLineEdit *edit, const QString &text)
{
    edit->setText(QStringLiteral("#"));
    edit->setText(text);
}

} // namespace

class TestProjectsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CostBoardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_projectspage"));
        // The expected texts below are written the English way ("92.8%").
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_workspace = std::make_unique<ui::Workspace>(Database::openSqlite(QStringLiteral(":memory:")));
    }

    void cleanup()
    {
        // Message boxes opened by failed undo/redo commands.
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox *>(widget))
                delete widget;
        }
        m_workspace.reset();
    }

    void modelAndProxyPassTheModelTester()
    {
        Database &database = m_workspace->database();
        ProjectsModel model(database);
        model.setReferenceDate(referenceDate);
        ui::ProjectsFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        const Fixture ids = buildFixture(database);
        model.refresh(); // rows inserted
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(proxy.rowCount(), 5); // the archived project is hidden

        ProjectRepository projects(database);
        Project renamed = *projects.find(ids.red);
        renamed.name = QStringLiteral("Renamed");
        projects.update(renamed);
        projects.remove(projects.create(makeProject(QStringLiteral("TMP")))); // never seen
        const ProjectId added = projects.create(makeProject(QStringLiteral("ADD")));
        model.refresh(); // a row changed, one inserted
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(cell(model, ids.red, ProjectsModel::NameColumn).toString(), QStringLiteral("Renamed"));
        projects.remove(added);
        projects.setArchived(ids.noBudget, true);
        model.refresh(); // a row removed, one changed
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOf(added), -1);

        proxy.sort(ProjectsModel::ConsumedColumn, Qt::DescendingOrder);
        proxy.setShowArchived(true);
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setStatusFilter(ProjectStatus::Closed);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatusFilter(std::nullopt);
        proxy.setFilterText(QStringLiteral("  owner  amb "));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ProjectsModel::ProjectIdRole).toLongLong(), ids.amber);
        proxy.setFilterText(QString());
        proxy.setShowArchived(false);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void proxySortsByRawValues()
    {
        const Fixture ids = buildFixture(m_workspace->database());
        ProjectsModel model(m_workspace->database());
        model.setReferenceDate(referenceDate);
        model.refresh();
        ui::ProjectsFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setShowArchived(true);

        proxy.sort(ProjectsModel::ConsumedColumn, Qt::DescendingOrder);
        QList<ProjectId> order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, 0).data(ProjectsModel::ProjectIdRole).toLongLong();
        // 100 %, 45 %, 20 %, 10 % (archived), then the two without a budget (STR has one but no spend: 0
        // %).
        QCOMPARE(order.mid(0, 5),
                 (QList<ProjectId> { ids.red, ids.amber, ids.categories, ids.archived, ids.straddling }));

        proxy.sort(ProjectsModel::SpendColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ProjectsModel::ProjectIdRole).toLongLong(), ids.straddling);
        QCOMPARE(proxy.index(5, 0).data(ProjectsModel::ProjectIdRole).toLongLong(), ids.amber);
    }

    void fiscalYearFiguresMatchHandComputedValues()
    {
        const Fixture ids = buildFixture(m_workspace->database());
        ProjectsModel model(m_workspace->database());
        model.setReferenceDate(referenceDate);
        model.refresh();
        QCOMPARE(model.fiscalYearStart(), QDate(2026, 1, 1));
        QCOMPARE(model.fiscalYearEnd(), QDate(2026, 12, 31));
        QCOMPARE(model.fiscalYearLabel(), QStringLiteral("FY 2026"));
        QCOMPARE(model.spendUntil(), IsoWeek(2026, 25).sunday());

        struct Expected
        {
            ProjectId id;
            std::int64_t budget; // -1: none
            std::int64_t spend;
        };
        const QList<Expected> expected = {
            { ids.amber, 400000, 180000 }, { ids.red, 100000, 100000 },  { ids.categories, 50000, 10000 },
            { ids.noBudget, -1, 5000 },    { ids.straddling, 59000, 0 }, { ids.archived, 200000, 20000 },
        };
        for (const Expected &row : expected) {
            QCOMPARE(cell(model, row.id, ProjectsModel::BudgetColumn, ProjectsModel::SortRole).toLongLong(),
                     row.budget);
            QCOMPARE(cell(model, row.id, ProjectsModel::SpendColumn, ProjectsModel::SortRole).toLongLong(),
                     row.spend);
            QCOMPARE(cell(model, row.id, ProjectsModel::SpendColumn).toString(), eur(row.spend));
            if (row.budget >= 0) {
                QCOMPARE(cell(model, row.id, ProjectsModel::BudgetColumn).toString(), eur(row.budget));
                QCOMPARE(
                    cell(model, row.id, ProjectsModel::ConsumedColumn, ProjectsModel::SortRole).toDouble(),
                    double(row.spend) / double(row.budget));
            } else {
                QCOMPARE(
                    cell(model, row.id, ProjectsModel::ConsumedColumn, ProjectsModel::SortRole).toDouble(),
                    -1.0);
            }
            QCOMPARE(
                cell(model, row.id, ProjectsModel::CodeColumn, ProjectsModel::ProjectIdRole).toLongLong(),
                row.id);
        }
        QCOMPARE(cell(model, ids.amber, ProjectsModel::ConsumedColumn).toString(), QStringLiteral("45.0%"));
        QCOMPARE(cell(model, ids.red, ProjectsModel::ConsumedColumn).toString(), QStringLiteral("100.0%"));

        // Colours: the dashboard's health rule on the year to date (BudgetHealthRule): RED spent
        // its whole year's budget by June, AMB 94.7 % of its budget to date, CAT 21 %; readable
        // text on a pale fill.
        const auto brush = [&](ProjectId id, int role) {
            return cell(model, id, ProjectsModel::ConsumedColumn, role).value<QBrush>().color();
        };
        const QColor redFill = brush(ids.red, Qt::BackgroundRole);
        const QColor amberFill = brush(ids.amber, Qt::BackgroundRole);
        QVERIFY(redFill.isValid() && amberFill.isValid() && redFill != amberFill);
        QVERIFY(redFill.red() > redFill.green() && redFill.lightness() > 200);
        QVERIFY(amberFill.lightness() > 200);
        QVERIFY(brush(ids.red, Qt::ForegroundRole).lightness() < 100);
        QVERIFY(brush(ids.amber, Qt::ForegroundRole).lightness() < 100);
        QVERIFY(!cell(model, ids.categories, ProjectsModel::ConsumedColumn, Qt::BackgroundRole).isValid());
        QVERIFY(!cell(model, ids.noBudget, ProjectsModel::ConsumedColumn, Qt::BackgroundRole).isValid());
        QVERIFY(!cell(model, ids.red, ProjectsModel::SpendColumn, Qt::BackgroundRole).isValid());

        QCOMPARE(cell(model, ids.amber, ProjectsModel::StatusColumn).toString(),
                 ui::statusLabel(ProjectStatus::Active));
        QCOMPARE(cell(model, ids.amber, ProjectsModel::DecisionColumn).toString(),
                 ui::decisionLevelLabel(DecisionLevel::Cio));
        QCOMPARE(cell(model, ids.amber, ProjectsModel::OwnerColumn).toString(),
                 QStringLiteral("Owner of AMB"));
        QVERIFY(cell(model, ids.amber, ProjectsModel::ArchivedColumn).toString().isEmpty());
        QVERIFY(!cell(model, ids.archived, ProjectsModel::ArchivedColumn).toString().isEmpty());
    }

    void demoPortfolioFiguresMatchAnIndependentComputation()
    {
        Database &database = m_workspace->database();
        DemoOptions options;
        options.weeks = 60;
        options.lines = 4000;
        options.lastWeek = IsoWeek(2026, 48);
        generateDemoPortfolio(database, options);

        ProjectsModel model(database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceDate(options.lastWeek.sunday());
        model.refresh();
        QCOMPARE(model.rowCount(), 8);

        // Straight from the cost lines (not the roll-ups the model reads) and the budget rows.
        const QDate yearStart(2026, 1, 1);
        const QDate yearEnd(2026, 12, 31);
        QSqlQuery scopes(database.connection());
        QVERIFY(scopes.exec(QStringLiteral("SELECT COUNT(*) FROM budgets WHERE project_id IS NOT NULL"
                                           " AND (category_id IS NOT NULL OR period_kind <> 'quarter')")));
        QVERIFY(scopes.next());
        QCOMPARE(scopes.value(0).toLongLong(), 0); // else the budget rule below would be too simple

        int amberOrRed = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const ProjectId id = model.projectAt(row).id;
            // On the accrual basis, to the reference week's Sunday: the lines spread by day here.
            const qint64 expectedSpend
                = test::expectedAccruedSpend(database, id, yearStart, options.lastWeek.sunday());

            QSqlQuery budget(database.connection());
            budget.prepare(QStringLiteral(
                "SELECT COALESCE(SUM(amount_minor), 0), COUNT(*) FROM budgets WHERE project_id = ?"
                " AND period_start >= ? AND period_start <= ?"));
            budget.addBindValue(qlonglong(id));
            budget.addBindValue(yearStart.toString(Qt::ISODate));
            budget.addBindValue(yearEnd.toString(Qt::ISODate));
            QVERIFY(budget.exec() && budget.next());
            const qint64 expectedBudget
                = budget.value(1).toLongLong() > 0 ? budget.value(0).toLongLong() : -1;

            const QModelIndex budgetIndex = model.index(row, ProjectsModel::BudgetColumn);
            const QModelIndex spendIndex = model.index(row, ProjectsModel::SpendColumn);
            const QModelIndex consumedIndex = model.index(row, ProjectsModel::ConsumedColumn);
            QCOMPARE(spendIndex.data(ProjectsModel::SortRole).toLongLong(), expectedSpend);
            QCOMPARE(spendIndex.data().toString(), eur(expectedSpend));
            QCOMPARE(budgetIndex.data(ProjectsModel::SortRole).toLongLong(), expectedBudget);
            if (expectedBudget > 0) {
                QCOMPARE(budgetIndex.data().toString(), eur(expectedBudget));
                const double ratio = double(expectedSpend) / double(expectedBudget);
                QCOMPARE(consumedIndex.data(ProjectsModel::SortRole).toDouble(), ratio);
                QCOMPARE(consumedIndex.data().toString(),
                         QLocale().toString(ratio * 100.0, 'f', 1) + QLocale().percent());
                amberOrRed += consumedIndex.data(Qt::BackgroundRole).isValid() ? 1 : 0;
            }
        }
        QVERIFY2(amberOrRed > 0, "the demo's overrunning project should be coloured");

        // And the dashboard's year to date of each project says the same, forecast and health included.
        for (int row = 0; row < model.rowCount(); ++row) {
            DashboardQuery query;
            query.preset = PeriodPreset::YearToDate;
            query.referenceWeek = options.lastWeek;
            query.projects = { model.projectAt(row).id };
            const DashboardSnapshot snapshot = DashboardSnapshot::compute(database, query);
            QCOMPARE(model.index(row, ProjectsModel::SpendColumn).data(ProjectsModel::SortRole).toLongLong(),
                     snapshot.kpis.periodToDate.minorUnits());
            QCOMPARE(
                model.index(row, ProjectsModel::ForecastColumn).data(ProjectsModel::SortRole).toLongLong(),
                snapshot.kpis.forecast.minorUnits());
            QCOMPARE(model.index(row, ProjectsModel::BudgetColumn).data(ProjectsModel::SortRole).toLongLong(),
                     snapshot.kpis.budgetAtHorizon ? snapshot.kpis.budgetAtHorizon->minorUnits() : -1);
            const bool coloured
                = snapshot.kpis.health == BudgetHealth::Amber || snapshot.kpis.health == BudgetHealth::Red;
            QCOMPARE(model.index(row, ProjectsModel::ConsumedColumn).data(Qt::BackgroundRole).isValid(),
                     coloured);
        }
    }

    void totalRowAddsUpTheProjectsShown()
    {
        const Fixture ids = buildFixture(m_workspace->database());
        ProjectsModel model(m_workspace->database());
        model.setReferenceDate(referenceDate);
        ui::ProjectsFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        ui::ProjectsTableModel table(&model, &proxy);
        ui::ProjectsTotalModel &total = *table.totalModel();
        QAbstractItemModelTester totalTester(&total, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(total.rowCount(), 0); // nothing read yet, nothing shown
        model.refresh();
        QCOMPARE(total.rowCount(), 1);
        QCOMPARE(table.rowCount(), proxy.rowCount() + 1);

        // The sum of the rows shown, column by column, to the cent.
        const auto sumOfShown = [&](int column) {
            qint64 sum = 0;
            bool any = false;
            for (int row = 0; row < proxy.rowCount(); ++row) {
                const QModelIndex index = proxy.index(row, column);
                if (column == ProjectsModel::BudgetColumn || column == ProjectsModel::RemainingColumn) {
                    // No budget: nothing to add (the sort value stands for "none").
                    const ScopeFigures &figures = model.figuresAt(proxy.mapToSource(index).row());
                    if (!figures.budget)
                        continue;
                }
                sum += index.data(ProjectsModel::SortRole).toLongLong();
                any = true;
            }
            return any ? sum : qint64(-1);
        };
        const auto totalCell = [&](int column, int role = ProjectsModel::SortRole) {
            return total.index(0, column).data(role);
        };
        const QList<int> moneyColumns { ProjectsModel::BudgetColumn, ProjectsModel::SpendColumn,
                                        ProjectsModel::RemainingColumn, ProjectsModel::ForecastColumn };
        const auto checkSums = [&] {
            for (const int column : moneyColumns) {
                const QByteArray what = "column " + QByteArray::number(column);
                QVERIFY2(totalCell(column).toLongLong() == sumOfShown(column), what.constData());
                QCOMPARE(totalCell(column, Qt::DisplayRole).toString(), eur(sumOfShown(column)));
            }
        };
        // AMB 4 000.00 + RED 1 000.00 + CAT 500.00 + STR 590.00 (NOB has none); spent 1 800.00 +
        // 1 000.00 + 100.00 + 50.00 (NOB's, which no budget covers: not taken from what remains).
        QCOMPARE(totalCell(ProjectsModel::BudgetColumn).toLongLong(), 609000);
        QCOMPARE(totalCell(ProjectsModel::SpendColumn).toLongLong(), 295000);
        QCOMPARE(totalCell(ProjectsModel::RemainingColumn).toLongLong(), 609000 - 290000);
        QVERIFY(totalCell(ProjectsModel::RemainingColumn, Qt::ToolTipRole).toString().contains(eur(5000)));
        QCOMPARE(totalCell(ProjectsModel::ConsumedColumn).toDouble(), 295000.0 / 609000.0);
        checkSums();
        QCOMPARE(totalCell(ProjectsModel::CodeColumn, Qt::DisplayRole).toString(), QStringLiteral("Total"));
        QCOMPARE(totalCell(ProjectsModel::NameColumn, Qt::DisplayRole).toString(),
                 QStringLiteral("5 project(s) shown"));
        QVERIFY(totalCell(ProjectsModel::OwnerColumn, Qt::FontRole).value<QFont>().bold());
        QVERIFY(!total.flags(total.index(0, 0)).testFlag(Qt::ItemIsSelectable));

        // The archived project joins the total when shown, a search narrows it.
        proxy.setShowArchived(true);
        QCOMPARE(totalCell(ProjectsModel::BudgetColumn).toLongLong(), 809000);
        QCOMPARE(totalCell(ProjectsModel::SpendColumn).toLongLong(), 315000);
        checkSums();
        proxy.setFilterText(QStringLiteral("red"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(totalCell(ProjectsModel::SpendColumn).toLongLong(), 100000);
        QCOMPARE(totalCell(ProjectsModel::RemainingColumn, Qt::DisplayRole).toString(), eur(0));
        checkSums();
        // Health judges the sums: RED alone spent its year's budget by June.
        QVERIFY(totalCell(ProjectsModel::ConsumedColumn, Qt::BackgroundRole).isValid());
        proxy.setFilterText(QStringLiteral("nothing matches"));
        QCOMPARE(total.rowCount(), 0);
        QCOMPARE(table.rowCount(), 0);
        proxy.setFilterText(QString());

        // An edit reaches the total through the refresh.
        addCost(m_workspace->database(), ids.noBudget, 12345, QDate(2026, 5, 4));
        model.refresh();
        QCOMPARE(totalCell(ProjectsModel::SpendColumn).toLongLong(), 315000 + 12345);
        checkSums();

        // Sorted either way, the total stays last and the projects stay above it.
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            table.sort(ProjectsModel::SpendColumn, order);
            const int last = table.rowCount() - 1;
            QVERIFY(table.isTotalRow(last));
            QVERIFY(!table.isTotalRow(last - 1));
            QCOMPARE(table.index(last, ProjectsModel::CodeColumn).data().toString(), QStringLiteral("Total"));
            const qint64 first
                = table.index(0, ProjectsModel::SpendColumn).data(ProjectsModel::SortRole).toLongLong();
            const qint64 lastProject = table.index(last - 1, ProjectsModel::SpendColumn)
                                           .data(ProjectsModel::SortRole)
                                           .toLongLong();
            QVERIFY(order == Qt::AscendingOrder ? first <= lastProject : first >= lastProject);
        }
        QCOMPARE(table.headerData(ProjectsModel::RemainingColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Remaining"));
    }

    void forecastRemainingAndTotalAgreeWithTheDashboard()
    {
        Database &database = m_workspace->database();
        DemoOptions options;
        options.weeks = 60;
        options.lines = 4000;
        options.lastWeek = IsoWeek(2026, 48);
        generateDemoPortfolio(database, options);
        ProjectRepository projects(database);
        projects.setArchived(projects.list().constLast().id, true);

        ProjectsModel model(database);
        model.setReferenceDate(options.lastWeek.sunday());
        ui::ProjectsFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        ui::ProjectsTotalModel total(&model, &proxy);
        model.refresh();

        const auto yearToDate = [&](const QList<ProjectId> &ids) {
            DashboardQuery query;
            query.preset = PeriodPreset::YearToDate;
            query.referenceWeek = options.lastWeek;
            query.projects = ids;
            return DashboardSnapshot::compute(database, query);
        };
        const auto checkAgainst = [&](const QAbstractItemModel &rows, int row,
                                      const DashboardSnapshot &snapshot) {
            const auto value = [&](int column) {
                return rows.index(row, column).data(ProjectsModel::SortRole).toLongLong();
            };
            QCOMPARE(value(ProjectsModel::SpendColumn), snapshot.kpis.periodToDate.minorUnits());
            QCOMPARE(value(ProjectsModel::ForecastColumn), snapshot.kpis.forecast.minorUnits());
            QCOMPARE(rows.index(row, ProjectsModel::ForecastColumn).data().toString(),
                     snapshot.kpis.forecast.toString());
            if (!snapshot.kpis.budgetAtHorizon) {
                QCOMPARE(value(ProjectsModel::BudgetColumn), -1);
                QCOMPARE(rows.index(row, ProjectsModel::RemainingColumn).data().toString(),
                         QStringLiteral("—"));
                return;
            }
            QCOMPARE(value(ProjectsModel::BudgetColumn), snapshot.kpis.budgetAtHorizon->minorUnits());
            const Money remaining = *snapshot.kpis.budgetAtHorizon - snapshot.kpis.periodToDate;
            QCOMPARE(value(ProjectsModel::RemainingColumn), remaining.minorUnits());
            QCOMPARE(rows.index(row, ProjectsModel::RemainingColumn).data().toString(), remaining.toString());
            const bool coloured
                = snapshot.kpis.health == BudgetHealth::Amber || snapshot.kpis.health == BudgetHealth::Red;
            QCOMPARE(rows.index(row, ProjectsModel::ForecastColumn).data(Qt::BackgroundRole).isValid(),
                     coloured);
        };

        QList<ProjectId> shown;
        int withoutBudget = 0;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const ProjectId id = proxy.index(row, 0).data(ProjectsModel::ProjectIdRole).toLongLong();
            shown << id;
            checkAgainst(proxy, row, yearToDate({ id }));
            withoutBudget += model.figuresAt(proxy.mapToSource(proxy.index(row, 0)).row()).budget ? 0 : 1;
        }
        QCOMPARE(shown.size(), model.rowCount() - 1);
        // The demo budgets every project, so what remains of the total is the dashboard's too.
        QCOMPARE(withoutBudget, 0);
        // The total row is the dashboard's year to date of the same projects.
        checkAgainst(total, 0, yearToDate(shown));
    }

    void archivedColumnShowsOnlyWithArchivedProjects()
    {
        buildFixture(m_workspace->database());
        ui::ProjectsPage page(*m_workspace);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.view()->isColumnHidden(ProjectsModel::ArchivedColumn));
        QVERIFY(!page.view()->isColumnHidden(ProjectsModel::RemainingColumn));
        QVERIFY(!page.view()->isColumnHidden(ProjectsModel::ForecastColumn));
        QCOMPARE(page.view()->model()->rowCount(), page.proxy()->rowCount() + 1);
        child<QCheckBox>(&page, "showArchived")->setChecked(true);
        QVERIFY(!page.view()->isColumnHidden(ProjectsModel::ArchivedColumn));
        QCOMPARE(page.totalModel()->projectCount(), 6);
        child<QCheckBox>(&page, "showArchived")->setChecked(false);
        QVERIFY(page.view()->isColumnHidden(ProjectsModel::ArchivedColumn));

        // The total row is not a project: clicking it selects nothing to edit or archive.
        const int totalRow = page.view()->model()->rowCount() - 1;
        const QRect cell
            = page.view()->visualRect(page.view()->model()->index(totalRow, ProjectsModel::NameColumn));
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(!page.selectedProject());
        QVERIFY(!child<QPushButton>(&page, "editProject")->isEnabled());
        QCOMPARE(page.editSelectedProject(), nullptr);
    }

    void commandsRoundTripThroughUndoAndRedo()
    {
        ui::Workspace &workspace = *m_workspace;
        ProjectRepository projects(workspace.database());
        QUndoStack *stack = workspace.undoStack();
        QSignalSpy changes(&workspace, &ui::Workspace::dataChanged);

        Project original = makeProject(QStringLiteral("CHAT"), QStringLiteral("Chatbot"));
        original.description = QStringLiteral("Customer support assistant");
        ui::executeCommand(workspace, std::make_unique<ui::CreateProjectCommand>(workspace, original));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Create project CHAT"));
        QCOMPARE(changes.count(), 1);
        const std::optional<Project> created = projects.findByCode(QStringLiteral("CHAT"));
        QVERIFY(created);
        QCOMPARE(created->description, original.description);

        Project edited = *created;
        edited.code = QStringLiteral("CHAT2");
        edited.name = QStringLiteral("Chatbot v2");
        edited.status = ProjectStatus::Paused;
        edited.decisionLevel = DecisionLevel::Committee;
        edited.endDate = QDate(2027, 6, 30);
        ui::executeCommand(workspace, std::make_unique<ui::EditProjectCommand>(workspace, *created, edited));
        ui::executeCommand(workspace,
                           std::make_unique<ui::SetProjectArchivedCommand>(workspace, edited, true));
        QCOMPARE(stack->count(), 3);
        QCOMPARE(changes.count(), 3);

        auto expectFinalState = [&] {
            const std::optional<Project> stored = projects.findByCode(QStringLiteral("CHAT2"));
            QVERIFY(stored);
            QCOMPARE(stored->name, QStringLiteral("Chatbot v2"));
            QCOMPARE(stored->status, ProjectStatus::Paused);
            QCOMPARE(stored->decisionLevel, DecisionLevel::Committee);
            QCOMPARE(stored->endDate, QDate(2027, 6, 30));
            QVERIFY(stored->archived);
            QVERIFY(!projects.findByCode(QStringLiteral("CHAT")));
        };
        expectFinalState();

        stack->undo(); // unarchive
        QVERIFY(!projects.findByCode(QStringLiteral("CHAT2"))->archived);
        stack->undo(); // old details back
        std::optional<Project> restored = projects.findByCode(QStringLiteral("CHAT"));
        QVERIFY(restored);
        QCOMPARE(restored->id, created->id);
        QCOMPARE(restored->name, QStringLiteral("Chatbot"));
        QCOMPARE(restored->status, ProjectStatus::Active);
        QCOMPARE(restored->endDate, QDate());
        QVERIFY(!restored->archived);
        stack->undo(); // removed
        QVERIFY(projects.list().isEmpty());
        QCOMPARE(changes.count(), 6);

        // Redo creates the project under a new id; the edit and archive above it still find it.
        stack->redo();
        stack->redo();
        stack->redo();
        QCOMPARE(stack->count(), 3);
        QCOMPARE(changes.count(), 9);
        expectFinalState();
        QVERIFY(projects.findByCode(QStringLiteral("CHAT2"))->id != created->id);
        QCOMPARE(projects.list().size(), 1);

        // And once more down and up, to be sure the second creation is undone as well.
        for (int i = 0; i < 3; ++i)
            stack->undo();
        QVERIFY(projects.list().isEmpty());
        for (int i = 0; i < 3; ++i)
            stack->redo();
        expectFinalState();
    }

    void editLeavesTheArchivedFlagAlone()
    {
        ui::Workspace &workspace = *m_workspace;
        ProjectRepository projects(workspace.database());
        const ProjectId id = projects.create(makeProject(QStringLiteral("KEEP")));
        const Project before = *projects.find(id);
        ui::executeCommand(workspace,
                           std::make_unique<ui::SetProjectArchivedCommand>(workspace, before, true));
        Project after = before; // taken before archiving: archived == false
        after.name = QStringLiteral("Renamed while archived");
        ui::executeCommand(workspace, std::make_unique<ui::EditProjectCommand>(workspace, before, after));
        QVERIFY(projects.find(id)->archived);
        workspace.undoStack()->undo();
        QVERIFY(projects.find(id)->archived);
        QCOMPARE(projects.find(id)->name, before.name);
    }

    void refusedWriteThrowsAndStaysOutOfTheHistory()
    {
        ui::Workspace &workspace = *m_workspace;
        ProjectRepository(workspace.database()).create(makeProject(QStringLiteral("TAKEN")));
        QSignalSpy changes(&workspace, &ui::Workspace::dataChanged);
        try {
            ui::executeCommand(
                workspace,
                std::make_unique<ui::CreateProjectCommand>(workspace, makeProject(QStringLiteral("taken"))));
            QFAIL("a duplicate code was accepted");
        } catch (const ValidationError &error) {
            QCOMPARE(error.field(), QStringLiteral("code"));
        }
        QCOMPARE(workspace.undoStack()->count(), 0);
        QCOMPARE(changes.count(), 0);
    }

    void undoThatTheDatabaseRefusesIsDroppedAndReported()
    {
        ui::Workspace &workspace = *m_workspace;
        ui::executeCommand(
            workspace,
            std::make_unique<ui::CreateProjectCommand>(workspace, makeProject(QStringLiteral("COST"))));
        const ProjectId id = ProjectRepository(workspace.database()).findByCode(QStringLiteral("COST"))->id;
        addCost(workspace.database(), id, 1234,
                QDate(2026, 3, 3)); // outside the history: now it cannot be deleted

        workspace.undoStack()->undo();
        QVERIFY(ProjectRepository(workspace.database()).exists(id));
        QCOMPARE(workspace.undoStack()->count(), 0); // dropped, not offered again
        QMessageBox *box = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1String("commandError"))
                box = qobject_cast<QMessageBox *>(widget);
        }
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QLatin1String("cannot be deleted")));
    }

    void dialogEnablesOkOnlyWhenValid_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end"); // null: no end date
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("invalidField");

        const QDate start(2026, 3, 1);
        const int none = -1;
        const auto field = [](ProjectDialog::Field f) {
            return static_cast<int>(f);
        };
        QTest::newRow("valid") << "SUP-CHAT"
                               << "Support chatbot" << start << QDate() << true << none;
        QTest::newRow("valid with end date") << "a_1"
                                             << "Pilot" << start << QDate(2026, 12, 31) << true << none;
        QTest::newRow("end on start day") << "ONE"
                                          << "One day" << start << start << true << none;
        QTest::newRow("16-character code") << "ABCDEFGHIJKLMNOP"
                                           << "Long code" << start << QDate() << true << none;
        QTest::newRow("empty name") << "SUP"
                                    << "" << start << QDate() << false << field(ProjectDialog::Field::Name);
        QTest::newRow("blank name") << "SUP"
                                    << "   " << start << QDate() << false
                                    << field(ProjectDialog::Field::Name);
        QTest::newRow("empty code") << ""
                                    << "Name" << start << QDate() << false
                                    << field(ProjectDialog::Field::Code);
        QTest::newRow("code with a space")
            << "SUP CHAT"
            << "Name" << start << QDate() << false << field(ProjectDialog::Field::Code);
        QTest::newRow("code starting with a dash")
            << "-SUP"
            << "Name" << start << QDate() << false << field(ProjectDialog::Field::Code);
        QTest::newRow("code with an accent")
            << "RÉSUMÉ"
            << "Name" << start << QDate() << false << field(ProjectDialog::Field::Code);
        QTest::newRow("duplicate code, other case")
            << "taken"
            << "Name" << start << QDate() << false << field(ProjectDialog::Field::Code);
        QTest::newRow("end before start")
            << "SUP"
            << "Name" << start << start.addDays(-1) << false << field(ProjectDialog::Field::EndDate);
    }

    void dialogEnablesOkOnlyWhenValid()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(bool, valid);
        QFETCH(int, invalidField);

        Project taken = makeProject(QStringLiteral("TAKEN"), QStringLiteral("Already there"));
        taken.id = 42;
        ProjectDialog dialog(Project {}, { taken });
        QVERIFY(dialog.isCreating());
        QVERIFY(!dialog.okButton()->isEnabled()); // a blank form cannot be stored
        QVERIFY(
            dialog.errorText(ProjectDialog::Field::Code).isEmpty()); // ...but does not open covered in red

        type(child<QLineEdit>(&dialog, "code"), code);
        type(child<QLineEdit>(&dialog, "name"), name);
        child<QDateEdit>(&dialog, "startDate")->setDate(start);
        child<QCheckBox>(&dialog, "hasEndDate")->setChecked(end.isValid());
        if (end.isValid())
            child<QDateEdit>(&dialog, "endDate")->setDate(end);

        QCOMPARE(dialog.okButton()->isEnabled(), valid);
        QCOMPARE(dialog.isValid(), valid);
        const QList<ProjectDialog::Field> fields
            = { ProjectDialog::Field::Code, ProjectDialog::Field::Name, ProjectDialog::Field::EndDate };
        for (const ProjectDialog::Field field : fields) {
            const bool shouldComplain = static_cast<int>(field) == invalidField;
            QCOMPARE(!dialog.errorText(field).isEmpty(), shouldComplain);
        }
        if (invalidField >= 0) {
            const char *editorName = invalidField == static_cast<int>(ProjectDialog::Field::Code) ? "code"
                : invalidField == static_cast<int>(ProjectDialog::Field::Name)                    ? "name"
                                                                                                  : "endDate";
            QWidget *editor = child<QWidget>(&dialog, editorName);
            QVERIFY(editor->palette().color(QPalette::Base) != QApplication::palette().color(QPalette::Base));
        } else {
            const Project project = dialog.project();
            QCOMPARE(project.code, code.trimmed());
            QCOMPARE(project.name, name.trimmed());
            QCOMPARE(project.startDate, start);
            QCOMPARE(project.endDate, end);
        }
    }

    void dialogEditingKeepsItsOwnCodeAndShowsProblemsAtOnce()
    {
        Project stored = makeProject(QStringLiteral("MINE"));
        stored.id = 7;
        stored.endDate = QDate(2030, 1, 1);
        Project other = makeProject(QStringLiteral("OTHER"));
        other.id = 8;
        ProjectDialog dialog(stored, { stored, other });
        QVERIFY(!dialog.isCreating());
        QVERIFY(dialog.okButton()->isEnabled()); // its own code is not a duplicate
        QCOMPARE(dialog.project().endDate, QDate(2030, 1, 1));
        child<QLineEdit>(&dialog, "code")->setText(QStringLiteral("other"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.errorText(ProjectDialog::Field::Code).contains(QLatin1String("OTHER")));
        child<QCheckBox>(&dialog, "hasEndDate")->setChecked(false);
        child<QLineEdit>(&dialog, "code")->setText(QStringLiteral("MINE"));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.project().endDate, QDate());
    }

    void dialogShowsTheRepositoryRefusalNextToItsField()
    {
        ProjectDialog dialog(Project {}, {});
        int calls = 0;
        dialog.setSubmitHandler([&](const Project &project) {
            ++calls;
            if (project.code == QLatin1String("RACE"))
                throw ValidationError(QStringLiteral("code"), ErrorCode::ProjectCodeTaken,
                                      { QStringLiteral("RACE"), QStringLiteral("X") });
            if (project.code == QLatin1String("GONE"))
                throw ValidationError(QString(), ErrorCode::ProjectNoLongerExists,
                                      { QStringLiteral("GONE") });
        });
        type(child<QLineEdit>(&dialog, "code"), QStringLiteral("RACE"));
        type(child<QLineEdit>(&dialog, "name"), QStringLiteral("Race condition"));
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(calls, 1);
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QCOMPARE(dialog.errorText(ProjectDialog::Field::Code),
                 QStringLiteral("\"RACE\" is already used by project \"X\""));
        QVERIFY(!dialog.okButton()->isEnabled()); // until the code is changed

        type(child<QLineEdit>(&dialog, "code"), QStringLiteral("GONE"));
        QVERIFY(dialog.errorText(ProjectDialog::Field::Code).isEmpty());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(dialog.errorText(ProjectDialog::Field::General),
                 QStringLiteral("There is no longer a project with code GONE."));
        QVERIFY(dialog.okButton()->isEnabled());

        type(child<QLineEdit>(&dialog, "code"), QStringLiteral("FINE"));
        QVERIFY(dialog.errorText(ProjectDialog::Field::General).isEmpty());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(calls, 3);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void dialogMapsRepositoryFieldNames()
    {
        QCOMPARE(ProjectDialog::fieldFromKey(QStringLiteral("code")), ProjectDialog::Field::Code);
        QCOMPARE(ProjectDialog::fieldFromKey(QStringLiteral("end date")), ProjectDialog::Field::EndDate);
        QCOMPARE(ProjectDialog::fieldFromKey(QStringLiteral("business unit")),
                 ProjectDialog::Field::BusinessUnit);
        QCOMPARE(ProjectDialog::fieldFromKey(QStringLiteral("project")), ProjectDialog::Field::General);
        QCOMPARE(ProjectDialog::fieldFromKey(QString()), ProjectDialog::Field::General);
    }

    void pageShowsAnEmptyStateThenTheTable()
    {
        ui::ProjectsPage page(*m_workspace);
        QCOMPARE(page.title(), QStringLiteral("Projects"));
        QCOMPARE(page.iconName(), QStringLiteral("projects"));
        auto *stack = page.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("projectsEmptyState"));
        QVERIFY(!child<QPushButton>(&page, "editProject")->isEnabled());
        if (const QString directory = qEnvironmentVariable("COSTBOARD_SCREENSHOT_DIR");
            !directory.isEmpty()) {
            page.resize(1196, 700); // the page's share of a 1366x768 window
            QVERIFY(page.grab().save(QDir(directory).filePath(QStringLiteral("projects-empty.png"))));
        }

        ProjectRepository(m_workspace->database()).create(makeProject(QStringLiteral("FIRST")));
        m_workspace->notifyDataChanged();
        QCOMPARE(stack->currentWidget(), page.view());
        QCOMPARE(page.proxy()->rowCount(), 1);
    }

    void pageCreatesEditsAndArchivesThroughTheUndoStack()
    {
        ui::Workspace &workspace = *m_workspace;
        ProjectRepository projects(workspace.database());
        ui::ProjectsPage page(workspace);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Create.
        QPointer<ProjectDialog> dialog = page.newProject();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        type(child<QLineEdit>(dialog, "code"), QStringLiteral("NEW"));
        type(child<QLineEdit>(dialog, "name"), QStringLiteral("New project"));
        type(child<QLineEdit>(dialog, "owner"), QStringLiteral("Claire"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog); // closed and deleted
        const std::optional<Project> created = projects.findByCode(QStringLiteral("NEW"));
        QVERIFY(created);
        QCOMPARE(created->owner, QStringLiteral("Claire"));
        QCOMPARE(page.selectedProject()->id, created->id);
        QCOMPARE(workspace.undoStack()->count(), 1);

        // Edit.
        dialog = page.editSelectedProject();
        QVERIFY(dialog);
        type(child<QLineEdit>(dialog, "name"), QStringLiteral("Renamed project"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(projects.find(created->id)->name, QStringLiteral("Renamed project"));
        QCOMPARE(page.model()->project(created->id)->name, QStringLiteral("Renamed project"));
        QCOMPARE(page.selectedProject()->id, created->id); // the refresh kept the selection

        // An edit that changes nothing adds nothing to the history.
        dialog = page.editSelectedProject();
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(workspace.undoStack()->count(), 2);

        // Archive: the row leaves the list until "Show archived" is ticked.
        auto *archiveButton = child<QPushButton>(&page, "archiveProject");
        QVERIFY(archiveButton->isEnabled());
        QTest::mouseClick(archiveButton, Qt::LeftButton);
        QVERIFY(projects.find(created->id)->archived);
        QCOMPARE(page.proxy()->rowCount(), 0);
        QVERIFY(!archiveButton->isEnabled());
        child<QCheckBox>(&page, "showArchived")->setChecked(true);
        QCOMPARE(page.proxy()->rowCount(), 1);
        QVERIFY(page.selectProject(created->id));
        QVERIFY(archiveButton->isEnabled());
        QCOMPARE(archiveButton->text().remove(u'&'), QStringLiteral("Unarchive"));

        // Undo from anywhere (the Edit menu) refreshes the page.
        workspace.undoStack()->undo();
        QVERIFY(!projects.find(created->id)->archived);
        QVERIFY(!page.model()->project(created->id)->archived);
        workspace.undoStack()->undo();
        QCOMPARE(page.model()->project(created->id)->name, QStringLiteral("New project"));
        workspace.undoStack()->undo();
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.findChild<QStackedWidget *>()->currentWidget()->objectName(),
                 QStringLiteral("projectsEmptyState"));
    }

    void pageFiltersAndSearches()
    {
        const Fixture ids = buildFixture(m_workspace->database());
        ui::ProjectsPage page(*m_workspace);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.proxy()->rowCount(), 5);

        auto *search = child<QLineEdit>(&page, "projectSearch");
        page.activateSearch();
        QCOMPARE(page.focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("red"));
        QCOMPARE(page.proxy()->rowCount(), 1);
        QCOMPARE(page.proxy()->index(0, 0).data(ProjectsModel::ProjectIdRole).toLongLong(), ids.red);
        search->clear();

        auto *status = child<QComboBox>(&page, "statusFilter");
        status->setCurrentIndex(status->findData(static_cast<int>(ProjectStatus::Closed)));
        QCOMPARE(page.proxy()->rowCount(), 0); // the only closed project is archived
        child<QCheckBox>(&page, "showArchived")->setChecked(true);
        QCOMPARE(page.proxy()->rowCount(), 1);
        status->setCurrentIndex(0);
        QCOMPARE(page.proxy()->rowCount(), 6);

        // The CEO's view: only what the committee decides.
        ProjectRepository(m_workspace->database()).setDecisionLevel(ids.red, DecisionLevel::Committee);
        page.refresh();
        auto *level = child<QComboBox>(&page, "levelFilter");
        level->setCurrentIndex(level->findData(static_cast<int>(DecisionLevel::Committee)));
        QCOMPARE(page.proxy()->rowCount(), 1);
        QCOMPARE(page.proxy()->index(0, 0).data(ProjectsModel::ProjectIdRole).toLongLong(), ids.red);
        level->setCurrentIndex(level->findData(static_cast<int>(DecisionLevel::Cio)));
        QCOMPARE(page.proxy()->rowCount(), 5);
        level->setCurrentIndex(level->findData(static_cast<int>(DecisionLevel::Cfo)));
        QCOMPARE(page.proxy()->rowCount(), 0);
        level->setCurrentIndex(0);
        QCOMPARE(page.proxy()->rowCount(), 6);
    }

    void pageLaysOutAt1366x768()
    {
        Database &database = m_workspace->database();
        DemoOptions options;
        options.weeks = 52;
        options.lines = 3000;
        options.lastWeek = IsoWeek::current();
        generateDemoPortfolio(database, options);
        ProjectRepository projects(database);
        projects.setArchived(projects.list().constLast().id, true);

        ui::ProjectsPage page(*m_workspace);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.view()->sortByColumn(ProjectsModel::ConsumedColumn, Qt::DescendingOrder);
        QVERIFY(
            page.selectProject(page.proxy()->index(1, 0).data(ProjectsModel::ProjectIdRole).toLongLong()));
        QApplication::processEvents();

        const QHeaderView *header = page.view()->horizontalHeader();
        const QAbstractItemView *view = page.view(); // sizeHintForColumn() is public here only
        for (int column = 0; column < ProjectsModel::ColumnCount; ++column) {
            if (page.view()->isColumnHidden(column))
                continue; // "Archived", with no archived project shown
            const QByteArray what = "column " + QByteArray::number(column);
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     what.constData()); // header text fits
            if (column != ProjectsModel::NameColumn)
                QVERIFY2(header->sectionSize(column) >= view->sizeHintForColumn(column), what.constData());
        }
        QVERIFY(header->sectionSize(ProjectsModel::NameColumn) >= 200);
        // Nothing runs off the right edge: the table fits the page without a horizontal scroll bar.
        QVERIFY(!page.view()->horizontalScrollBar()->isVisible());

        // Screenshots for a human eye: COSTBOARD_SCREENSHOT_DIR=/tmp ctest -R projectspage
        const QString directory = qEnvironmentVariable("COSTBOARD_SCREENSHOT_DIR");
        if (!directory.isEmpty()) {
            child<QCheckBox>(&page, "showArchived")->setChecked(true);
            QVERIFY(page.grab().save(QDir(directory).filePath(QStringLiteral("projects-page.png"))));
            QPointer<ProjectDialog> dialog = page.editSelectedProject();
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            child<QCheckBox>(dialog, "hasEndDate")->setChecked(true);
            child<QDateEdit>(dialog, "endDate")->setDate(QDate(2001, 1, 1));
            type(child<QLineEdit>(dialog, "code"), QStringLiteral("bad code"));
            QVERIFY(dialog->grab().save(QDir(directory).filePath(QStringLiteral("project-dialog.png"))));
            dialog->reject();
        }
    }

private:
    std::unique_ptr<ui::Workspace> m_workspace;
};

QTEST_MAIN(TestProjectsPage)
#include "tst_projectspage.moc"
