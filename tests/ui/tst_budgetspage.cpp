// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <memory>
#include <numeric>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "analytics/budgetgrid.h"
#include "analytics/dashboardsnapshot.h"
#include "demo/demoportfolio.h"
#include "errors.h"
#include "models/budgetgridmodel.h"
#include "pages/budgetspage.h"
#include "storage/auditlog.h"
#include "storage/budgetrepository.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "workspace.h"

using namespace costboard;
using ui::BudgetGridModel;
using ui::BudgetsPage;

namespace {

// Monday of ISO week 2026-W25: with a January fiscal year, FY 2026's actuals run to the end of
// that week, Sunday 21 June.
const QDate referenceDate(2026, 6, 15);
const QString eurCode = QStringLiteral("EUR");

Money eur(std::int64_t minorUnits)
{
    return Money(minorUnits, eurCode);
}

Project makeProject(const QString &code, const QString &name)
{
    Project project;
    project.code = code;
    project.name = name;
    project.owner = QStringLiteral("Owner");
    project.status = ProjectStatus::Active;
    project.decisionLevel = DecisionLevel::Cfo;
    project.startDate = QDate(2025, 1, 1);
    return project;
}

void addCost(Database &database, ProjectId project, std::int64_t minorUnits, const QDate &date,
             CostCategory category = CostCategory::Inference)
{
    CostLine line;
    line.projectId = project;
    line.category = category;
    line.incurredOn = date;
    line.amount = eur(minorUnits);
    line.vendor = QStringLiteral("Vendor");
    CostLineRepository(database).add(line);
}

BudgetId setBudget(Database &database, std::optional<ProjectId> project, BudgetPeriodKind kind,
                   const QDate &start, std::int64_t minorUnits,
                   std::optional<CostCategory> category = std::nullopt)
{
    Budget budget;
    budget.projectId = project;
    budget.category = category;
    budget.periodKind = kind;
    budget.periodStart = start;
    budget.amount = eur(minorUnits);
    return BudgetRepository(database).set(budget);
}

// The stored budget of exactly this scope and period, if any.
std::optional<Budget> storedBudget(Database &database, const BudgetScope &scope, BudgetPeriodKind kind,
                                   const QDate &start)
{
    for (const Budget &budget : BudgetRepository(database).list()) {
        if (scope.matches(budget) && budget.periodKind == kind && budget.periodStart == start)
            return budget;
    }
    return std::nullopt;
}

qsizetype auditCount(Database &database)
{
    return AuditLog(database).entriesFor(QStringLiteral("budget")).size();
}

template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

struct Fixture
{
    ProjectId alpha = 0;
    ProjectId beta = 0;
};

Fixture buildFixture(Database &database)
{
    ProjectRepository projects(database);
    Fixture ids;
    ids.alpha = projects.create(makeProject(QStringLiteral("ALP"), QStringLiteral("Alpha assistant")));
    ids.beta = projects.create(makeProject(QStringLiteral("BET"), QStringLiteral("Beta search")));
    return ids;
}

} // namespace

class TestBudgetsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::Workspace> m_workspace;
    std::unique_ptr<BudgetsPage> m_page;

    Database &database() { return m_workspace->database(); }
    BudgetGridModel &model() { return *m_page->model(); }

    // A page on the workspace, shown (it refreshes on data changes only while visible), with
    // "today" pinned.
    void openPage(BudgetPeriodKind granularity, int fiscalYear = 0, bool split = false)
    {
        m_page = std::make_unique<BudgetsPage>(*m_workspace);
        model().setReferenceDate(referenceDate);
        model().setGranularity(granularity);
        model().setFiscalYear(fiscalYear);
        model().setSplitByCategory(split);
        m_page->refresh();
        m_page->resize(1196, 720);
        m_page->show();
    }

    QModelIndex cell(const BudgetScope &scope, const QDate &date)
    {
        return model().index(model().rowOf(scope), model().columnOf(date));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CostBoardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_budgetspage"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        AuditLog::setActor(QStringLiteral("cfo"));
    }

    void init()
    {
        m_workspace = std::make_unique<ui::Workspace>(Database::openSqlite(QStringLiteral(":memory:")));
        m_workspace->setAlertWeek(IsoWeek::fromDate(referenceDate));
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox *>(widget) || qobject_cast<QDialog *>(widget))
                delete widget;
        }
        m_page.reset();
        m_workspace.reset();
    }

    void modelPassesTheModelTester()
    {
        const Fixture ids = buildFixture(database());
        BudgetGridModel model(*m_workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceDate(referenceDate);
        model.refresh();
        // No budgets at all: the first refresh settles on months.
        QCOMPARE(model.granularity(), BudgetPeriodKind::Month);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 12 + 5);
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(),
                 QStringLiteral("Portfolio (all projects)"));
        QCOMPARE(model.headerData(1, Qt::Vertical, Qt::DisplayRole).toString(),
                 QStringLiteral("Alpha assistant"));

        setBudget(database(), ids.alpha, BudgetPeriodKind::Quarter, QDate(2026, 1, 1), 900000);
        addCost(database(), ids.alpha, 12345, QDate(2026, 2, 3));
        model.refresh(); // same shape: values change in place
        QCOMPARE(model.amountAt(1, model.periodColumn(0)), std::optional<std::int64_t>(310000));

        model.setSplitByCategory(true);
        model.refresh(); // reset: 1 + 10 portfolio rows, 11 per project
        QCOMPARE(model.rowCount(), 33);
        model.setGranularity(BudgetPeriodKind::Quarter);
        model.refresh();
        QCOMPARE(model.columnCount(), 4 + 5);
        model.setGranularity(BudgetPeriodKind::Year);
        model.setFiscalYear(2025);
        model.refresh();
        QCOMPARE(model.columnCount(), 1 + 5);
        ProjectRepository(database()).setArchived(ids.beta, true);
        model.refresh();
        QCOMPARE(model.rowCount(), 22);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                QCOMPARE(bool(model.flags(index) & Qt::ItemIsEditable), model.isPeriodColumn(column));
                QVERIFY(index.data(Qt::TextAlignmentRole).isValid());
            }
        }
        // Another measure: the same cells, none editable.
        model.setMeasure(BudgetGridModel::Measure::Actual);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                QVERIFY(!(model.flags(model.index(row, column)) & Qt::ItemIsEditable));
        }
    }

    void typingAnAmountStoresAnAuditedBudget()
    {
        const Fixture ids = buildFixture(database());
        openPage(BudgetPeriodKind::Month);
        QSignalSpy alerts(m_workspace.get(), &ui::Workspace::alertsChanged);
        const BudgetScope alpha { ids.alpha, std::nullopt };
        const QModelIndex march = cell(alpha, QDate(2026, 3, 1));
        QVERIFY(march.isValid());
        QVERIFY(march.data().toString().isEmpty());

        // Through the view and the delegate, as the CFO types it (grouping and a comma are fine).
        QTableView *view = m_page->view();
        view->setCurrentIndex(march);
        view->edit(march);
        auto *editor = view->findChild<QLineEdit *>(QStringLiteral("budgetCellEditor"));
        QVERIFY(editor);
        editor->setText(QStringLiteral("1 234,56"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on Return through a queued call.
        QTRY_VERIFY(storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 3, 1)));

        std::optional<Budget> stored
            = storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 3, 1));
        QVERIFY2(stored, qPrintable(m_page->message()));
        QCOMPARE(stored->amount, eur(123456));
        QCOMPARE(march.data().toString(), eur(123456).toString());
        QCOMPARE(march.data(BudgetGridModel::SourceRole).toInt(), int(BudgetCellSource::Entered));
        QCOMPARE(march.data(Qt::EditRole).toString(), QStringLiteral("1234.56"));
        QVERIFY(m_page->message().isEmpty());
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        QVERIFY(alerts.count() >= 1); // the alerts were re-evaluated with the new budget

        const QList<AuditEntry> created
            = AuditLog(database()).entriesFor(QStringLiteral("budget"), QString::number(stored->id));
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.last().action, QStringLiteral("create"));
        QCOMPARE(created.last().actor, QStringLiteral("cfo"));
        // The audit log's old and new values: nothing before, then the budget named with its amount.
        const AuditChange creation = AuditLog::changeOf(created.last());
        QVERIFY2(creation.before.isEmpty(), qPrintable(creation.before));
        QVERIFY2(creation.after.endsWith(QStringLiteral(": 1234.56 EUR")), qPrintable(creation.after));
        QVERIFY2(creation.after.startsWith(QStringLiteral("project %1 ").arg(ids.alpha)),
                 qPrintable(creation.after));

        QVERIFY(model().setData(march, QStringLiteral("€1,500.00")));
        stored = storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 3, 1));
        QCOMPARE(stored->amount, eur(150000));
        const QList<AuditEntry> updated
            = AuditLog(database()).entriesFor(QStringLiteral("budget"), QString::number(stored->id));
        QCOMPARE(updated.size(), 2);
        QCOMPARE(updated.last().action, QStringLiteral("update"));
        const AuditChange update = AuditLog::changeOf(updated.last());
        QVERIFY2(update.before.endsWith(QStringLiteral(": 1234.56 EUR")), qPrintable(update.before));
        QVERIFY2(update.after.endsWith(QStringLiteral(": 1500.00 EUR")), qPrintable(update.after));
        QCOMPARE(update.before.section(u':', 0, 0), update.after.section(u':', 0, 0));

        // Totals: the row, and the portfolio (no budget of its own: the sum of its projects, grey).
        QCOMPARE(model().amountAt(model().rowOf(alpha), BudgetGridModel::YearBudgetColumn),
                 std::optional<std::int64_t>(150000));
        const QModelIndex portfolioMarch = cell(BudgetScope {}, QDate(2026, 3, 1));
        QCOMPARE(portfolioMarch.data(BudgetGridModel::SortRole).toLongLong(), 150000);
        QCOMPARE(portfolioMarch.data(BudgetGridModel::SourceRole).toInt(), int(BudgetCellSource::Aggregate));
        QVERIFY(portfolioMarch.data(Qt::FontRole).value<QFont>().italic());
    }

    void undoAndRedoRoundTrip()
    {
        const Fixture ids = buildFixture(database());
        openPage(BudgetPeriodKind::Quarter);
        const BudgetScope beta { ids.beta, std::nullopt };
        const QDate q2(2026, 4, 1);
        QVERIFY(model().setData(cell(beta, q2), QStringLiteral("5000")));
        QVERIFY(model().setData(cell(beta, q2), QStringLiteral("7000")));
        QUndoStack *stack = m_workspace->undoStack();
        QCOMPARE(stack->count(), 2);

        stack->undo();
        QCOMPARE(storedBudget(database(), beta, BudgetPeriodKind::Quarter, q2)->amount, eur(500000));
        QCOMPARE(cell(beta, q2).data(BudgetGridModel::SortRole).toLongLong(), 500000);
        stack->undo();
        QVERIFY(!storedBudget(database(), beta, BudgetPeriodKind::Quarter, q2));
        QVERIFY(!cell(beta, q2).data(BudgetGridModel::SortRole).isValid());
        stack->redo();
        QCOMPARE(storedBudget(database(), beta, BudgetPeriodKind::Quarter, q2)->amount, eur(500000));
        stack->redo();
        QCOMPARE(storedBudget(database(), beta, BudgetPeriodKind::Quarter, q2)->amount, eur(700000));
        QCOMPARE(cell(beta, q2).data().toString(), eur(700000).toString());
        // Create, update, then undo: update back, delete; redo: create, update. Each one audited.
        QCOMPARE(auditCount(database()), 6);
        QCOMPARE(stack->undoText(),
                 QStringLiteral("Budget of Beta search, Q2 2026: %1 → %2")
                     .arg(eur(500000).toString(), eur(700000).toString()));
    }

    void emptyCellRemovesTheBudget_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("zero with decimals") << QStringLiteral("0,00");
    }

    void emptyCellRemovesTheBudget()
    {
        QFETCH(QString, text);
        const Fixture ids = buildFixture(database());
        const BudgetScope alpha { ids.alpha, std::nullopt };
        const BudgetId id
            = setBudget(database(), ids.alpha, BudgetPeriodKind::Month, QDate(2026, 5, 1), 42000);
        openPage(BudgetPeriodKind::Month);
        QVERIFY(model().setData(cell(alpha, QDate(2026, 5, 1)), text));
        QVERIFY(!storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 5, 1)));
        QVERIFY(cell(alpha, QDate(2026, 5, 1)).data().toString().isEmpty());
        const QList<AuditEntry> entries
            = AuditLog(database()).entriesFor(QStringLiteral("budget"), QString::number(id));
        QCOMPARE(entries.last().action, QStringLiteral("delete"));
        const AuditChange deletion = AuditLog::changeOf(entries.last());
        QVERIFY2(deletion.before.endsWith(QStringLiteral(": 420.00 EUR")), qPrintable(deletion.before));
        QVERIFY2(deletion.after.isEmpty(), qPrintable(deletion.after));
        m_workspace->undoStack()->undo();
        QCOMPARE(storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 5, 1))->amount,
                 eur(42000));

        // The Delete key does the same.
        m_page->view()->setCurrentIndex(cell(alpha, QDate(2026, 5, 1)));
        m_page->clearCurrentCell();
        QVERIFY(!storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 5, 1)));
    }

    void emptyingAGreyCellChangesNothing()
    {
        const Fixture ids = buildFixture(database());
        const BudgetScope alpha { ids.alpha, std::nullopt };
        // A quarter shown by month: February's grey share is not a budget of its own.
        setBudget(database(), ids.alpha, BudgetPeriodKind::Quarter, QDate(2026, 1, 1), 9'000'000);
        openPage(BudgetPeriodKind::Month);
        const QModelIndex february = cell(alpha, QDate(2026, 2, 1));
        QCOMPARE(february.data(BudgetGridModel::SourceRole).toInt(), int(BudgetCellSource::Derived));
        QSignalSpy refused(&model(), &BudgetGridModel::editRefused);
        m_page->view()->setCurrentIndex(february);
        m_page->clearCurrentCell();
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("no budget of its own")));
        QCOMPARE(storedBudget(database(), alpha, BudgetPeriodKind::Quarter, QDate(2026, 1, 1))->amount,
                 eur(9'000'000));
        QVERIFY(!storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 1, 1)));
        QCOMPARE(m_workspace->undoStack()->count(), 0);

        // The portfolio's grey total adds up the projects: emptying it removes none of them.
        const QModelIndex portfolio = cell(BudgetScope {}, QDate(2026, 2, 1));
        QCOMPARE(portfolio.data(BudgetGridModel::SourceRole).toInt(), int(BudgetCellSource::Aggregate));
        QVERIFY(!model().setData(portfolio, QString()));
        QCOMPARE(refused.size(), 2);
        QCOMPARE(storedBudget(database(), alpha, BudgetPeriodKind::Quarter, QDate(2026, 1, 1))->amount,
                 eur(9'000'000));
    }

    void thousandsAreGroupedTheLocaleWay()
    {
        const Fixture ids = buildFixture(database());
        openPage(BudgetPeriodKind::Month);
        const BudgetScope alpha { ids.alpha, std::nullopt };
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(model().setData(cell(alpha, QDate(2026, 4, 1)), QStringLiteral("12,500")));
        QCOMPARE(storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 4, 1))->amount,
                 eur(1'250'000));
        QVERIFY(model().setData(cell(alpha, QDate(2026, 5, 1)), QStringLiteral("€1,000,000.50")));
        QCOMPARE(storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 5, 1))->amount,
                 eur(100'000'050));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(model().setData(cell(alpha, QDate(2026, 6, 1)), QStringLiteral("12 500,5")));
        QCOMPARE(storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 6, 1))->amount,
                 eur(1'250'050));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void invalidTextIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason"); // what the message must say
        const QString notAnAmount = QStringLiteral("is not an amount");
        QTest::newRow("thousands as k") << QStringLiteral("12k") << notAnAmount;
        QTest::newRow("text") << QStringLiteral("abc") << notAnAmount;
        QTest::newRow("letters") << QStringLiteral("12abc") << notAnAmount;
        QTest::newRow("negative") << QStringLiteral("-500") << QStringLiteral("cannot be negative");
        QTest::newRow("three decimals") << QStringLiteral("1.234") << notAnAmount; // a typo in a EUR amount
        QTest::newRow("exponent") << QStringLiteral("1e6") << notAnAmount;
        QTest::newRow("too large") << QStringLiteral("99999999999") << QStringLiteral("too large");
        QTest::newRow("two signs") << QStringLiteral("--5") << notAnAmount;
    }

    void invalidTextIsRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const Fixture ids = buildFixture(database());
        const BudgetScope alpha { ids.alpha, std::nullopt };
        setBudget(database(), ids.alpha, BudgetPeriodKind::Month, QDate(2026, 5, 1), 42000);
        openPage(BudgetPeriodKind::Month);
        const QList<Budget> before = BudgetRepository(database()).list();
        const qsizetype audits = auditCount(database());
        QSignalSpy refused(&model(), &BudgetGridModel::editRefused);

        QVERIFY(!model().setData(cell(alpha, QDate(2026, 5, 1)), text));
        QVERIFY(!model().setData(cell(alpha, QDate(2026, 6, 1)), text));
        QCOMPARE(refused.count(), 2);
        QVERIFY2(refused.first().first().toString().contains(reason),
                 qPrintable(refused.first().first().toString()));
        QCOMPARE(m_page->message(), refused.last().first().toString());
        QVERIFY(child<QLabel>(m_page.get(), "budgetMessage")->isVisible());
        const QList<Budget> after = BudgetRepository(database()).list();
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.first().amount, before.first().amount);
        QCOMPARE(auditCount(database()), audits);
        QCOMPARE(m_workspace->undoStack()->count(), 0);
        QCOMPARE(cell(alpha, QDate(2026, 5, 1)).data().toString(), eur(42000).toString());

        // The next accepted edit clears the message.
        QVERIFY(model().setData(cell(alpha, QDate(2026, 6, 1)), QStringLiteral("10")));
        QVERIFY(m_page->message().isEmpty());
    }

    void spreadAnnualAmountOverTwelveMonths_data()
    {
        QTest::addColumn<int>("fiscalStartMonth");
        QTest::addColumn<QDate>("yearStart");
        QTest::newRow("January") << 1 << QDate(2026, 1, 1);
        QTest::newRow("April") << 4 << QDate(2026, 4, 1);
    }

    void spreadAnnualAmountOverTwelveMonths()
    {
        QFETCH(int, fiscalStartMonth);
        QFETCH(QDate, yearStart);
        const Fixture ids = buildFixture(database());
        DatabaseSettings(database()).setFiscalYearStartMonth(fiscalStartMonth);
        const BudgetScope alpha { ids.alpha, std::nullopt };
        // A quarter budget of the year and one of the year before: the spread replaces the first.
        setBudget(database(), ids.alpha, BudgetPeriodKind::Quarter, yearStart, 2500000);
        setBudget(database(), ids.alpha, BudgetPeriodKind::Quarter, yearStart.addMonths(-3), 1000000);
        openPage(BudgetPeriodKind::Month);
        QCOMPARE(model().yearStart(), yearStart);
        QCOMPARE(model().periods().first().start, yearStart);

        // Through the dialog, as the CFO does it.
        m_page->view()->setCurrentIndex(cell(alpha, yearStart));
        QDialog *dialog = m_page->openSpreadDialog();
        QCOMPARE(child<QComboBox>(dialog, "spreadRow")->currentText(), QStringLiteral("Alpha assistant"));
        child<QLineEdit>(dialog, "spreadAmount")->setText(QStringLiteral("100000.00"));
        QVERIFY(child<QLabel>(dialog, "spreadPreview")->text().contains(eur(833334).toString()));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        std::int64_t sum = 0;
        for (int month = 0; month < 12; ++month) {
            const QDate start = yearStart.addMonths(month);
            const std::optional<Budget> budget
                = storedBudget(database(), alpha, BudgetPeriodKind::Month, start);
            QVERIFY2(budget, qPrintable(start.toString(Qt::ISODate)));
            // 10 000 000 cents / 12 = 833 333 remainder 4: the first four months take a cent more.
            QCOMPARE(budget->amount.minorUnits(), month < 4 ? 833334 : 833333);
            sum += budget->amount.minorUnits();
            QCOMPARE(cell(alpha, start).data(BudgetGridModel::SourceRole).toInt(),
                     int(BudgetCellSource::Entered));
        }
        QCOMPARE(sum, 10000000);
        QCOMPARE(model().amountAt(model().rowOf(alpha), BudgetGridModel::YearBudgetColumn),
                 std::optional<std::int64_t>(10000000));
        QVERIFY(!storedBudget(database(), alpha, BudgetPeriodKind::Quarter, yearStart));
        QVERIFY(storedBudget(database(), alpha, BudgetPeriodKind::Quarter, yearStart.addMonths(-3)));

        // One step in the history.
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        m_workspace->undoStack()->undo();
        QCOMPARE(storedBudget(database(), alpha, BudgetPeriodKind::Quarter, yearStart)->amount, eur(2500000));
        for (int month = 0; month < 12; ++month)
            QVERIFY(!storedBudget(database(), alpha, BudgetPeriodKind::Month, yearStart.addMonths(month)));
        m_workspace->undoStack()->redo();
        QCOMPARE(model().amountAt(model().rowOf(alpha), BudgetGridModel::YearBudgetColumn),
                 std::optional<std::int64_t>(10000000));

        // A spread the database refuses (another currency would be; a negative amount is) says why.
        QSignalSpy refused(&model(), &BudgetGridModel::editRefused);
        QVERIFY(!m_page->spreadYearly(alpha, eur(-100)));
        QCOMPARE(refused.count(), 1);
    }

    void splitHelpersAddUpExactly()
    {
        QCOMPARE(splitEvenly(10000000, 12).size(), 12);
        for (const std::int64_t total : { 0LL, 1LL, 11LL, 999999999LL, 10000000LL }) {
            const QList<std::int64_t> parts = splitEvenly(total, 12);
            QCOMPARE(std::accumulate(parts.cbegin(), parts.cend(), std::int64_t(0)), total);
            QVERIFY(*std::max_element(parts.cbegin(), parts.cend())
                        - *std::min_element(parts.cbegin(), parts.cend())
                    <= 1);
        }
        Budget quarter;
        quarter.periodKind = BudgetPeriodKind::Quarter;
        quarter.periodStart = QDate(2026, 4, 1);
        quarter.amount = eur(100001); // 91 days: shares that do not divide evenly
        std::int64_t sum = 0;
        for (int month = 0; month < 3; ++month) {
            const QDate start = quarter.periodStart.addMonths(month);
            sum += shareOfDays(quarter.amount.minorUnits(), quarter.days(),
                               { start, start.addMonths(1).addDays(-1) });
        }
        QCOMPARE(sum, 100001);
    }

    void quarterBudgetsShowAsDerivedMonths()
    {
        const Fixture ids = buildFixture(database());
        const BudgetScope alpha { ids.alpha, std::nullopt };
        // Q1 2026 has 90 days: 100.00 a day.
        setBudget(database(), ids.alpha, BudgetPeriodKind::Quarter, QDate(2026, 1, 1), 900000);
        setBudget(database(), ids.alpha, BudgetPeriodKind::Quarter, QDate(2026, 4, 1), 910000);
        openPage(BudgetPeriodKind::Month);
        const int row = model().rowOf(alpha);
        const QList<std::int64_t> expected = { 310000, 280000, 310000, 300000, 310000, 300000 };
        for (int month = 0; month < expected.size(); ++month) {
            const QModelIndex index = model().index(row, model().periodColumn(month));
            QCOMPARE(index.data(BudgetGridModel::SortRole).toLongLong(), expected.at(month));
            QCOMPARE(index.data(BudgetGridModel::SourceRole).toInt(), int(BudgetCellSource::Derived));
            QVERIFY(index.data(Qt::FontRole).value<QFont>().italic());
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("quarter")));
        }
        QVERIFY(!model().index(row, model().periodColumn(6)).data(BudgetGridModel::SortRole).isValid());
        QCOMPARE(model().amountAt(row, BudgetGridModel::YearBudgetColumn),
                 std::optional<std::int64_t>(1810000));

        // Closing an editor unchanged on a grey cell writes nothing.
        QVERIFY(model().setData(model().index(row, model().periodColumn(1)),
                                model().index(row, model().periodColumn(1)).data(Qt::EditRole)));
        QCOMPARE(m_workspace->undoStack()->count(), 0);

        // Typing February: the year's quarters become months, each keeping its share, in one step.
        QVERIFY(model().setData(model().index(row, model().periodColumn(1)), QStringLiteral("2500")));
        QVERIFY(!storedBudget(database(), alpha, BudgetPeriodKind::Quarter, QDate(2026, 1, 1)));
        QVERIFY(!storedBudget(database(), alpha, BudgetPeriodKind::Quarter, QDate(2026, 4, 1)));
        const QList<std::int64_t> months = { 310000, 250000, 310000, 300000, 310000, 300000 };
        for (int month = 0; month < months.size(); ++month) {
            QCOMPARE(
                storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, month + 1, 1))->amount,
                eur(months.at(month)));
            QCOMPARE(
                model().index(row, model().periodColumn(month)).data(BudgetGridModel::SourceRole).toInt(),
                int(BudgetCellSource::Entered));
        }
        QVERIFY(!m_page->message().isEmpty()); // says the quarters were split
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        m_workspace->undoStack()->undo();
        QCOMPARE(storedBudget(database(), alpha, BudgetPeriodKind::Quarter, QDate(2026, 1, 1))->amount,
                 eur(900000));
        QVERIFY(!storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 2, 1)));
        QCOMPARE(model().index(row, model().periodColumn(1)).data(BudgetGridModel::SortRole).toLongLong(),
                 280000);

        // In the Quarters view, a quarter typed where the year is budgeted by month is spread
        // evenly over its months.
        m_workspace->undoStack()->redo();
        model().setGranularity(BudgetPeriodKind::Quarter);
        m_page->refresh();
        QCOMPARE(model().index(row, model().periodColumn(0)).data(BudgetGridModel::SourceRole).toInt(),
                 int(BudgetCellSource::Derived));
        QCOMPARE(model().index(row, model().periodColumn(0)).data(BudgetGridModel::SortRole).toLongLong(),
                 870000);
        QVERIFY(model().setData(model().index(row, model().periodColumn(2)), QStringLiteral("1000.00")));
        QCOMPARE(storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 7, 1))->amount,
                 eur(33334));
        QCOMPARE(storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 9, 1))->amount,
                 eur(33333));
        QCOMPARE(model().index(row, model().periodColumn(2)).data(BudgetGridModel::SortRole).toLongLong(),
                 100000);
        QVERIFY(!storedBudget(database(), alpha, BudgetPeriodKind::Quarter, QDate(2026, 7, 1)));
    }

    void copyPreviousPeriod()
    {
        const Fixture ids = buildFixture(database());
        const BudgetScope alpha { ids.alpha, std::nullopt };
        const BudgetScope beta { ids.beta, std::nullopt };
        setBudget(database(), ids.alpha, BudgetPeriodKind::Month, QDate(2026, 1, 1), 100000);
        setBudget(database(), ids.beta, BudgetPeriodKind::Month, QDate(2026, 1, 1), 50000);
        setBudget(database(), ids.beta, BudgetPeriodKind::Month, QDate(2026, 2, 1), 70000); // kept
        openPage(BudgetPeriodKind::Month);

        m_page->view()->setCurrentIndex(cell(alpha, QDate(2026, 2, 1)));
        QCOMPARE(m_page->copyPreviousPeriod(), 1);
        QCOMPARE(storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 2, 1))->amount,
                 eur(100000));
        QCOMPARE(storedBudget(database(), beta, BudgetPeriodKind::Month, QDate(2026, 2, 1))->amount,
                 eur(70000));
        // The portfolio shows the sum of its projects in February: not blank, nothing copied.
        QVERIFY(!storedBudget(database(), BudgetScope {}, BudgetPeriodKind::Month, QDate(2026, 2, 1)));
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        // Nothing left to copy into February.
        QCOMPARE(m_page->copyPreviousPeriod(), 0);
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        m_workspace->undoStack()->undo();
        QVERIFY(!storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 2, 1)));

        // January from December of the fiscal year before; one step for both projects.
        setBudget(database(), ids.alpha, BudgetPeriodKind::Month, QDate(2025, 12, 1), 11100);
        setBudget(database(), ids.beta, BudgetPeriodKind::Month, QDate(2025, 12, 1), 22200);
        BudgetRepository(database())
            .remove(storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 1, 1))->id);
        BudgetRepository(database())
            .remove(storedBudget(database(), beta, BudgetPeriodKind::Month, QDate(2026, 1, 1))->id);
        m_workspace->notifyDataChanged();
        m_page->view()->setCurrentIndex(cell(alpha, QDate(2026, 1, 1)));
        QCOMPARE(m_page->copyPreviousPeriod(), 2);
        QCOMPARE(storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 1, 1))->amount,
                 eur(11100));
        QCOMPARE(storedBudget(database(), beta, BudgetPeriodKind::Month, QDate(2026, 1, 1))->amount,
                 eur(22200));
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        m_workspace->undoStack()->undo();
        QVERIFY(!storedBudget(database(), alpha, BudgetPeriodKind::Month, QDate(2026, 1, 1)));
        QVERIFY(!storedBudget(database(), beta, BudgetPeriodKind::Month, QDate(2026, 1, 1)));
    }

    void copyPreviousYear()
    {
        const Fixture ids = buildFixture(database());
        const BudgetScope alpha { ids.alpha, std::nullopt };
        const BudgetScope beta { ids.beta, std::nullopt };
        // Last fiscal year: Alpha by quarter (the year's amount is their sum), the portfolio by year.
        setBudget(database(), ids.alpha, BudgetPeriodKind::Quarter, QDate(2025, 1, 1), 100000);
        setBudget(database(), ids.alpha, BudgetPeriodKind::Quarter, QDate(2025, 4, 1), 200000);
        setBudget(database(), std::nullopt, BudgetPeriodKind::Year, QDate(2025, 1, 1), 5000000);
        setBudget(database(), ids.beta, BudgetPeriodKind::Year, QDate(2025, 1, 1), 400000);
        setBudget(database(), ids.beta, BudgetPeriodKind::Year, QDate(2026, 1, 1), 450000); // kept
        openPage(BudgetPeriodKind::Year);
        QCOMPARE(m_page->copyPreviousPeriod(), 1);
        QCOMPARE(storedBudget(database(), alpha, BudgetPeriodKind::Year, QDate(2026, 1, 1))->amount,
                 eur(300000));
        QCOMPARE(storedBudget(database(), beta, BudgetPeriodKind::Year, QDate(2026, 1, 1))->amount,
                 eur(450000));
        // The portfolio shows the sum of its projects (Beta's budget): not blank, not copied.
        QVERIFY(!storedBudget(database(), BudgetScope {}, BudgetPeriodKind::Year, QDate(2026, 1, 1)));
        m_workspace->undoStack()->undo();
        BudgetRepository(database())
            .remove(storedBudget(database(), beta, BudgetPeriodKind::Year, QDate(2026, 1, 1))->id);
        m_workspace->notifyDataChanged();
        QCOMPARE(m_page->copyPreviousPeriod(), 3);
        QCOMPARE(storedBudget(database(), BudgetScope {}, BudgetPeriodKind::Year, QDate(2026, 1, 1))->amount,
                 eur(5000000));
        QCOMPARE(storedBudget(database(), beta, BudgetPeriodKind::Year, QDate(2026, 1, 1))->amount,
                 eur(400000));
        QCOMPARE(model().amountAt(model().rowOf(BudgetScope {}), model().periodColumn(0)),
                 std::optional<std::int64_t>(5000000));
    }

    void gridBudgetReachesTheDashboard()
    {
        const Fixture ids = buildFixture(database());
        openPage(BudgetPeriodKind::Month);
        DashboardQuery query;
        query.preset = PeriodPreset::Custom;
        query.customRange = { IsoWeek(2026, 2), IsoWeek(2026, 4) };
        query.referenceWeek = IsoWeek(2026, 4);
        query.projects = { ids.alpha };
        QVERIFY(!DashboardSnapshot::compute(database(), query).hasBudget);

        // January: 31 days, 100.00 a day; 2026-W02 (5-11 January) holds seven of them.
        QVERIFY(model().setData(cell(BudgetScope { ids.alpha, std::nullopt }, QDate(2026, 1, 1)),
                                QStringLiteral("3100")));
        DashboardSnapshot snapshot = DashboardSnapshot::compute(database(), query);
        QVERIFY(snapshot.hasBudget);
        QCOMPARE(snapshot.points.at(0).budget, 70000);
        m_workspace->undoStack()->undo();
        snapshot = DashboardSnapshot::compute(database(), query);
        QVERIFY(!snapshot.hasBudget);
        QCOMPARE(snapshot.points.at(0).budget, 0);
    }

    void actualForecastAndVarianceMatchTheDashboard()
    {
        const Fixture ids = buildFixture(database());
        Database &db = database();
        const BudgetScope alpha { ids.alpha, std::nullopt };
        const BudgetScope beta { ids.beta, std::nullopt };
        const BudgetScope portfolio {};
        // Alpha: six weeks of spend up to the reporting week (W20..W25), a line of last year and
        // one booked after the reporting day.
        const QList<std::int64_t> weekly = { 10000, 20000, 30000, 40000, 40000, 40000 };
        for (int i = 0; i < weekly.size(); ++i)
            addCost(db, ids.alpha, weekly.at(i), IsoWeek(2026, 20 + i).monday().addDays(2),
                    i % 2 ? CostCategory::Cloud : CostCategory::Inference);
        addCost(db, ids.alpha, 99900, QDate(2025, 12, 10));
        addCost(db, ids.alpha, 77700, QDate(2026, 8, 3));
        // Beta: a small spend, and two lines of ISO week 2026-W01, which straddles the new year:
        // on exact days Sunday 4 January is FY 2026's and Monday 29 December FY 2025's.
        addCost(db, ids.beta, 5000, QDate(2026, 6, 9));
        addCost(db, ids.beta, 1234, QDate(2026, 1, 4));
        addCost(db, ids.beta, 4321, QDate(2025, 12, 29));
        setBudget(db, ids.alpha, BudgetPeriodKind::Year, QDate(2026, 1, 1), 1000000);
        setBudget(db, ids.beta, BudgetPeriodKind::Year, QDate(2026, 1, 1), 1000000);
        openPage(BudgetPeriodKind::Quarter);
        const QDate asOf(2026, 6, 21); // the Sunday of the reference date's week
        QCOMPARE(model().grid().asOf, asOf);

        // Actual, straight from the cost lines: FY 2026's days up to the reporting day.
        const auto actualOf = [&](std::optional<ProjectId> project, const QDate &from, const QDate &to) {
            QSqlQuery query(db.connection());
            query.prepare(
                QStringLiteral("SELECT COALESCE(SUM(reporting_minor), 0) FROM cost_lines"
                               " WHERE incurred_on >= ? AND incurred_on <= ? AND (? = 0 OR project_id = ?)"));
            query.addBindValue(from.toString(Qt::ISODate));
            query.addBindValue(to.toString(Qt::ISODate));
            query.addBindValue(project ? 1 : 0);
            query.addBindValue(qlonglong(project.value_or(0)));
            if (!query.exec() || !query.next())
                qFatal("query failed");
            return query.value(0).toLongLong();
        };
        const QDate yearStart(2026, 1, 1);
        QCOMPARE(actualOf(ids.alpha, yearStart, asOf), 180000);
        QCOMPARE(actualOf(ids.beta, yearStart, asOf), 6234);

        // The dashboard's year to date says the same for Alpha.
        DashboardQuery query;
        query.preset = PeriodPreset::YearToDate;
        query.referenceWeek = IsoWeek::fromDate(referenceDate);
        query.projects = { ids.alpha };
        const DashboardSnapshot snapshot = DashboardSnapshot::compute(db, query);
        QCOMPARE(snapshot.kpis.forecastPeriodKind, PeriodKind::Year);
        QCOMPARE(snapshot.kpis.asOf, asOf);
        QCOMPARE(snapshot.kpis.periodToDate.minorUnits(), 180000);
        const int alphaRow = model().rowOf(alpha);
        QCOMPARE(model()
                     .index(alphaRow, BudgetGridModel::YearActualColumn)
                     .data(BudgetGridModel::SortRole)
                     .toLongLong(),
                 180000);
        QCOMPARE(model().index(alphaRow, BudgetGridModel::YearActualColumn).data().toString(),
                 eur(180000).toString());
        QCOMPARE(model()
                     .index(alphaRow, BudgetGridModel::YearForecastColumn)
                     .data(BudgetGridModel::SortRole)
                     .toLongLong(),
                 snapshot.kpis.forecast.minorUnits());
        // The bottom-up forecast: the actual, the line booked for August, and a projection.
        QVERIFY(snapshot.kpis.forecast.minorUnits() > 180000 + 77700);

        // Every row, for the year and per quarter: scopeFigures() on the same days.
        QList<DayRange> ranges { { yearStart, QDate(2026, 12, 31) } };
        for (const BudgetPeriod &period : model().periods())
            ranges << period.days();
        const QList<BudgetScope> scopes { alpha, beta, portfolio };
        const QList<QList<ScopeFigures>> expected = scopeFigures(db, scopes, ranges, asOf);
        auto *measure = child<QComboBox>(m_page.get(), "measure");
        for (qsizetype s = 0; s < scopes.size(); ++s) {
            const int row = model().rowOf(scopes.at(s));
            const ScopeFigures &year = expected.at(s).constFirst();
            const auto at = [&](int column) {
                return model().index(row, column);
            };
            QCOMPARE(at(BudgetGridModel::YearActualColumn).data(BudgetGridModel::SortRole).toLongLong(),
                     year.actual);
            QCOMPARE(at(BudgetGridModel::YearActualColumn).data(BudgetGridModel::SortRole).toLongLong(),
                     actualOf(scopes.at(s).projectId, yearStart, asOf));
            QCOMPARE(at(BudgetGridModel::YearForecastColumn).data(BudgetGridModel::SortRole).toLongLong(),
                     year.forecast);
            QCOMPARE(model().amountAt(row, BudgetGridModel::YearBudgetColumn), year.budget);
            const std::int64_t variance = *year.variance();
            QCOMPARE(at(BudgetGridModel::YearVarianceColumn).data(BudgetGridModel::SortRole).toLongLong(),
                     variance);
            QCOMPARE(at(BudgetGridModel::YearVarianceColumn).data().toString(),
                     (variance > 0 ? QStringLiteral("+") : QString()) + eur(variance).toString());
            QCOMPARE(
                at(BudgetGridModel::YearVariancePercentColumn).data(BudgetGridModel::SortRole).toDouble(),
                double(variance) / double(*year.budget));
            const QColor colour
                = at(BudgetGridModel::YearVarianceColumn).data(Qt::ForegroundRole).value<QBrush>().color();
            QVERIFY(variance > 0 ? colour.red() > colour.green() : colour.green() > colour.red());

            // Per quarter, through the measure picked on the toolbar.
            for (const BudgetGridModel::Measure shown :
                 { BudgetGridModel::Measure::Actual, BudgetGridModel::Measure::Forecast,
                   BudgetGridModel::Measure::Variance }) {
                measure->setCurrentIndex(measure->findData(int(shown)));
                emit measure->activated(measure->currentIndex());
                QCOMPARE(model().measure(), shown);
                for (int q = 0; q < 4; ++q) {
                    const QModelIndex cell = at(model().periodColumn(q));
                    const ScopeFigures &quarter = expected.at(s).at(q + 1);
                    QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
                    const QVariant value = cell.data(BudgetGridModel::SortRole);
                    switch (shown) {
                    case BudgetGridModel::Measure::Actual:
                        // Q3 and Q4 have not begun: no actual, rather than a zero.
                        if (q < 2)
                            QCOMPARE(value.toLongLong(), quarter.actual);
                        else
                            QVERIFY(!value.isValid() && cell.data().toString().isEmpty());
                        break;
                    case BudgetGridModel::Measure::Forecast:
                        QCOMPARE(value.toLongLong(), quarter.forecast);
                        break;
                    case BudgetGridModel::Measure::Variance:
                        QCOMPARE(value.toLongLong(), *quarter.variance());
                        break;
                    case BudgetGridModel::Measure::Budget:
                        break;
                    }
                }
            }
            measure->setCurrentIndex(measure->findData(int(BudgetGridModel::Measure::Budget)));
            emit measure->activated(measure->currentIndex());
        }
        // Only the budgets are typed: other measures refuse edits.
        model().setMeasure(BudgetGridModel::Measure::Forecast);
        QVERIFY(!model().setData(model().index(alphaRow, model().periodColumn(0)), QStringLiteral("100")));
        QCOMPARE(m_workspace->undoStack()->count(), 0);
        model().setMeasure(BudgetGridModel::Measure::Budget);
        QCOMPARE(model().amountAt(model().rowOf(portfolio), BudgetGridModel::YearBudgetColumn),
                 std::optional<std::int64_t>(2000000));

        // By month, the periods add up to the year's columns.
        model().setGranularity(BudgetPeriodKind::Month);
        m_page->refresh();
        for (const BudgetGridModel::Measure shown :
             { BudgetGridModel::Measure::Actual, BudgetGridModel::Measure::Forecast }) {
            model().setMeasure(shown);
            std::int64_t sum = 0;
            for (int month = 0; month < 12; ++month)
                sum += model()
                           .index(alphaRow, model().periodColumn(month))
                           .data(BudgetGridModel::SortRole)
                           .toLongLong();
            const int total = shown == BudgetGridModel::Measure::Actual ? BudgetGridModel::YearActualColumn
                                                                        : BudgetGridModel::YearForecastColumn;
            QCOMPARE(sum, model().index(alphaRow, total).data(BudgetGridModel::SortRole).toLongLong());
        }
        model().setMeasure(BudgetGridModel::Measure::Budget);

        // Split by category: the category rows have their own actuals.
        model().setSplitByCategory(true);
        m_page->refresh();
        const int cloudRow = model().rowOf(BudgetScope { ids.alpha, CostCategory::Cloud });
        QCOMPARE(model()
                     .index(cloudRow, BudgetGridModel::YearActualColumn)
                     .data(BudgetGridModel::SortRole)
                     .toLongLong(),
                 20000 + 40000 + 40000);

        // A past year: its actual runs to its last day, and the forecast is the actual.
        model().setFiscalYear(2025);
        m_page->refresh();
        QCOMPARE(model()
                     .index(model().rowOf(alpha), BudgetGridModel::YearForecastColumn)
                     .data(BudgetGridModel::SortRole)
                     .toLongLong(),
                 99900);
        QCOMPARE(model()
                     .index(model().rowOf(beta), BudgetGridModel::YearActualColumn)
                     .data(BudgetGridModel::SortRole)
                     .toLongLong(),
                 actualOf(ids.beta, QDate(2025, 1, 1), QDate(2025, 12, 31)));
        // A year that has not begun: no actual; its forecast is what scopeFigures() expects.
        model().setFiscalYear(2027);
        m_page->refresh();
        QVERIFY(!model()
                     .index(model().rowOf(alpha), BudgetGridModel::YearActualColumn)
                     .data(BudgetGridModel::SortRole)
                     .isValid());
        const ScopeFigures future
            = scopeFigures(db, { alpha }, { { QDate(2027, 1, 1), QDate(2027, 12, 31) } }, asOf)
                  .constFirst()
                  .constFirst();
        QCOMPARE(model()
                     .index(model().rowOf(alpha), BudgetGridModel::YearForecastColumn)
                     .data(BudgetGridModel::SortRole)
                     .toLongLong(),
                 future.forecast);
    }

    void totalsAndThePortfolioPositionAreInViewAt1366()
    {
        const Fixture ids = buildFixture(database());
        setBudget(database(), std::nullopt, BudgetPeriodKind::Year, QDate(2026, 1, 1), 2000000);
        setBudget(database(), ids.alpha, BudgetPeriodKind::Year, QDate(2026, 1, 1), 1500000);
        setBudget(database(), ids.beta, BudgetPeriodKind::Month, QDate(2026, 3, 1), 700000);
        openPage(BudgetPeriodKind::Month);
        // A 1366 × 768 screen less the navigation column and the window's frame.
        m_page->resize(1366 - 240, 768 - 100);
        QApplication::processEvents();
        QTableView *view = m_page->view();
        QCOMPARE(model().columnCount(), BudgetGridModel::FirstPeriodColumn + 12);
        QVERIFY(view->horizontalScrollBar()->maximum() > 0); // the twelve months do not all fit
        for (int column = 0; column < BudgetGridModel::FirstPeriodColumn; ++column) {
            const QRect shown = view->visualRect(model().index(0, column));
            QVERIFY(shown.isValid());
            QVERIFY2(shown.left() >= 0 && shown.right() < view->viewport()->width(),
                     qPrintable(QString::number(column)));
        }

        // The envelope against the sum of the project budgets, for the year and the period of the
        // current cell: here an overcommitment.
        auto *position = child<QLabel>(m_page.get(), "portfolioPosition");
        QVERIFY(position->isVisible());
        const QString year = position->text();
        QVERIFY2(year.contains(QStringLiteral("FY 2026: portfolio envelope ") + eur(2000000).toString()),
                 qPrintable(year));
        QVERIFY2(year.contains(QStringLiteral("sum of the project budgets ") + eur(2200000).toString()),
                 qPrintable(year));
        QVERIFY2(year.contains(QStringLiteral("projects over the envelope by ") + eur(200000).toString()),
                 qPrintable(year));
        const DayRange fy2026 { QDate(2026, 1, 1), QDate(2026, 12, 31) };
        const DayRange march { QDate(2026, 3, 1), QDate(2026, 3, 31) };
        view->setCurrentIndex(cell(BudgetScope { ids.alpha, std::nullopt }, march.first));
        const std::int64_t envelope = shareOfDays(2000000, fy2026, march);
        const std::int64_t projects = shareOfDays(1500000, fy2026, march) + 700000;
        const QString month = position->text();
        QVERIFY2(month.contains(QStringLiteral("Mar 2026: portfolio envelope ") + eur(envelope).toString()),
                 qPrintable(month));
        QVERIFY2(month.contains(eur(projects).toString()), qPrintable(month));
        QVERIFY2(month.contains(eur(projects - envelope).toString()), qPrintable(month));
        // The portfolio's cells say it too.
        QVERIFY(cell(BudgetScope {}, march.first)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Mar 2026: portfolio envelope")));

        // A reserve once the projects fit in the envelope.
        setBudget(database(), std::nullopt, BudgetPeriodKind::Year, QDate(2026, 1, 1), 3000000);
        m_workspace->notifyDataChanged();
        QVERIFY2(position->text().contains(QStringLiteral("unallocated reserve ") + eur(800000).toString()),
                 qPrintable(position->text()));
    }

    void controlsDriveTheModel()
    {
        buildFixture(database());
        DatabaseSettings(database()).setFiscalYearStartMonth(4);
        openPage(BudgetPeriodKind::Month);
        auto *years = child<QComboBox>(m_page.get(), "fiscalYear");
        QCOMPARE(years->currentData().toInt(), 2026);
        QVERIFY(years->currentText().startsWith(QStringLiteral("FY 2026–27")));
        QVERIFY(child<QLabel>(m_page.get(), "fiscalYearRange")->toolTip().contains(QStringLiteral("April")));
        QVERIFY(child<QLabel>(m_page.get(), "currencyNote")->text().contains(QStringLiteral("EUR")));
        QCOMPARE(model().headerData(model().periodColumn(0), Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Apr 2026\nBudget"));
        QCOMPARE(
            model().headerData(BudgetGridModel::YearBudgetColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("FY 2026–27\nBudget"));

        auto *granularity = child<QComboBox>(m_page.get(), "granularity");
        granularity->setCurrentIndex(granularity->findData(int(BudgetPeriodKind::Quarter)));
        emit granularity->activated(granularity->currentIndex());
        QCOMPARE(model().periods().size(), 4);
        QCOMPARE(model().headerData(model().periodColumn(0), Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Q1 (Apr–Jun)\nBudget"));
        auto *measure = child<QComboBox>(m_page.get(), "measure");
        measure->setCurrentIndex(measure->findData(int(BudgetGridModel::Measure::Variance)));
        emit measure->activated(measure->currentIndex());
        QCOMPARE(model().measure(), BudgetGridModel::Measure::Variance);
        QCOMPARE(model().headerData(model().periodColumn(0), Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Q1 (Apr–Jun)\nVariance"));
        years->setCurrentIndex(years->findData(2025));
        emit years->activated(years->currentIndex());
        QCOMPARE(model().yearStart(), QDate(2025, 4, 1));
        child<QCheckBox>(m_page.get(), "splitByCategory")->setChecked(true);
        QCOMPARE(model().rowCount(), 33);
    }

    // Not a check: renders the page on a demo portfolio for a look at the layout. Set
    // COSTBOARD_SCREENSHOT_DIR to keep the pictures.
    void renderOnDemoPortfolio()
    {
        DemoOptions options;
        options.weeks = 60;
        options.lines = 4000;
        options.lastWeek = IsoWeek(2026, 48);
        generateDemoPortfolio(database(), options);
        m_page = std::make_unique<BudgetsPage>(*m_workspace);
        model().setReferenceDate(options.lastWeek.sunday());
        m_page->refresh();
        m_page->resize(1196, 700);
        m_page->show();
        QCOMPARE(model().granularity(), BudgetPeriodKind::Quarter); // how the demo's budgets are entered
        QElapsedTimer timer;
        timer.start();
        model().setSplitByCategory(true);
        m_page->refresh();
        qInfo("split refresh: %lld ms for %d rows", timer.elapsed(), model().rowCount());
        model().setSplitByCategory(false);
        const QString directory = qEnvironmentVariable("COSTBOARD_SCREENSHOT_DIR");
        const auto shoot = [&](BudgetPeriodKind kind, bool split, const QString &name) {
            model().setGranularity(kind);
            model().setSplitByCategory(split);
            m_page->refresh();
            QApplication::processEvents();
            const QPixmap picture = m_page->grab();
            QVERIFY(!picture.isNull());
            if (!directory.isEmpty())
                QVERIFY(picture.save(QDir(directory).filePath(name)));
        };
        shoot(BudgetPeriodKind::Quarter, false, QStringLiteral("budgets-page.png"));
        shoot(BudgetPeriodKind::Month, false, QStringLiteral("budgets-page-months.png"));
        shoot(BudgetPeriodKind::Quarter, true, QStringLiteral("budgets-page-split.png"));
        model().setMeasure(BudgetGridModel::Measure::Variance);
        shoot(BudgetPeriodKind::Month, false, QStringLiteral("budgets-page-variance.png"));
        model().setMeasure(BudgetGridModel::Measure::Budget);
        m_page->view()->setCurrentIndex(model().index(1, model().periodColumn(0)));
        QVERIFY(!model().setData(model().index(1, model().periodColumn(0)), QStringLiteral("12k")));
        shoot(BudgetPeriodKind::Quarter, false, QStringLiteral("budgets-page-error.png"));
        const QPixmap icon = QIcon(QStringLiteral(":/icons/%1.svg").arg(m_page->iconName())).pixmap(96, 96);
        QVERIFY(!icon.isNull());
        if (!directory.isEmpty())
            QVERIFY(icon.save(QDir(directory).filePath(QStringLiteral("budgets-icon.png"))));
        QDialog *dialog = m_page->openSpreadDialog();
        child<QLineEdit>(dialog, "spreadAmount")->setText(QStringLiteral("100000"));
        QApplication::processEvents();
        const QPixmap form = dialog->grab();
        QVERIFY(!form.isNull());
        if (!directory.isEmpty())
            QVERIFY(form.save(QDir(directory).filePath(QStringLiteral("budgets-spread-dialog.png"))));
    }

    // Two people on one database: a colleague changes a budget after the page read it. Typing
    // over it asks whether to reload or to overwrite, and so does undoing over a later change.
    void someoneElsesChangeIsNeverOverwrittenUnseen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        m_workspace = std::make_unique<ui::Workspace>(Database::openSqlite(path));
        m_workspace->setAlertWeek(IsoWeek::fromDate(referenceDate));
        const Fixture ids = buildFixture(database());
        openPage(BudgetPeriodKind::Quarter);
        const BudgetScope beta { ids.beta, std::nullopt };
        const QDate q2(2026, 4, 1);
        QVERIFY(model().setData(cell(beta, q2), QStringLiteral("5000")));
        const std::unique_ptr<Database> colleague = Database::openSqlite(path, Database::IfMissing::Refuse);
        const auto colleagueSets = [&](qint64 minorUnits) {
            AuditLog::ScopedActor bruno(QStringLiteral("bruno"));
            Budget budget = *storedBudget(*colleague, beta, BudgetPeriodKind::Quarter, q2);
            budget.amount = eur(minorUnits);
            BudgetRepository(*colleague).set(budget);
        };
        const auto question = []() -> QMessageBox * {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(widget);
                if (box && box->objectName() == QLatin1String("concurrentEdit") && box->isVisible())
                    return box;
            }
            return nullptr;
        };
        const auto answer = [&](const char *button) {
            QTRY_VERIFY(question() != nullptr);
            QMessageBox *box = question();
            QVERIFY2(box->informativeText().contains(QLatin1String("was changed by bruno at")),
                     qPrintable(box->informativeText()));
            QVERIFY(box->informativeText().contains(QLatin1String("Beta search")));
            box->findChild<QPushButton *>(QLatin1String(button))->click();
            QTRY_VERIFY(question() == nullptr);
        };
        QUndoStack *stack = m_workspace->undoStack();

        // The page still shows 5,000; the colleague's 6,000 is not overwritten: Reload shows it.
        colleagueSets(600000);
        model().setData(cell(beta, q2), QStringLiteral("7000"));
        QCOMPARE(storedBudget(database(), beta, BudgetPeriodKind::Quarter, q2)->amount, eur(600000));
        answer("reload");
        QCOMPARE(storedBudget(database(), beta, BudgetPeriodKind::Quarter, q2)->amount, eur(600000));
        QCOMPARE(stack->count(), 1);
        QTRY_COMPARE(cell(beta, q2).data(BudgetGridModel::SortRole).toLongLong(), 600000);

        // Changed again; this time the CFO overwrites it with her 7,000, one step in the history.
        colleagueSets(650000);
        model().setData(cell(beta, q2), QStringLiteral("7000"));
        answer("overwrite");
        QCOMPARE(storedBudget(database(), beta, BudgetPeriodKind::Quarter, q2)->amount, eur(700000));
        QCOMPARE(stack->count(), 2);

        // Her undo would put back 6,500 over the colleague's newer 8,000: asked again.
        colleagueSets(800000);
        stack->undo();
        answer("reload");
        QCOMPARE(storedBudget(database(), beta, BudgetPeriodKind::Quarter, q2)->amount, eur(800000));
        QCOMPARE(stack->index(), 2); // the step was not undone
        stack->undo();
        answer("overwrite");
        QCOMPARE(storedBudget(database(), beta, BudgetPeriodKind::Quarter, q2)->amount, eur(650000));
        QCOMPARE(stack->index(), 1);
    }
};

QTEST_MAIN(TestBudgetsPage)
#include "tst_budgetspage.moc"
