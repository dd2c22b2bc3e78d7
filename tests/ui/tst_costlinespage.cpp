// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "../core/testdatabase.h"
#include "commands/costlinecommands.h"
#include "demo/demoportfolio.h"
#include "dialogs/costlinedialog.h"
#include "errors.h"
#include "labels.h"
#include "models/costlinesmodel.h"
#include "pages/costlinespage.h"
#include "storage/costlinebrowser.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "workspace.h"

using namespace costboard;
using namespace costboard::test;

namespace {

// Every stored line's content without its id (undo gives re-added lines new ids), in a canonical
// order, so two states compare equal exactly when they hold the same lines.
QStringList lineContents(const Database &database)
{
    return queryRows(
        database,
        QStringLiteral("SELECT project_id, category_id, incurred_on, week_start, amount_minor, currency,"
                       " reporting_minor, vendor, description, quantity, unit, source, import_batch_id,"
                       " external_ref FROM cost_lines ORDER BY project_id, category_id, incurred_on,"
                       " amount_minor, currency, vendor, description, quantity, unit, source,"
                       " external_ref, import_batch_id"));
}

struct State
{
    QStringList lines;
    QStringList rollups;
};

// Both halves compared with QCOMPARE, so a failure prints the first differing row.
#define COMPARE_STATE(actual, expected)                                                                      \
    do {                                                                                                     \
        const State actualState = (actual);                                                                  \
        const State expectedState = (expected);                                                              \
        QCOMPARE(actualState.lines, expectedState.lines);                                                    \
        QCOMPARE(actualState.rollups, expectedState.rollups);                                                \
    } while (false)

State stateOf(const Database &database)
{
    return { lineContents(database), storedRollups(database) };
}

// Clicks `buttonText` in the next modal message box, once it shows; records its texts.
void answerNextMessageBox(const QString &buttonText, QString *text = nullptr, QString *informative = nullptr)
{
    QTimer::singleShot(0, qApp, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(buttonText, text, informative); // not shown yet: try again
            return;
        }
        if (text)
            *text = box->text();
        if (informative)
            *informative = box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(u'&') == buttonText) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

} // namespace

class TestCostLinesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelPassesTheTesterWhileFetchingLazily();
    void modelFetchesPagesAndKnowsTheEnd();
    void modelSortsInSql_data();
    void modelSortsInSql();
    void modelRoles();
    void viewFetchesMoreWhenScrolled();

    void addEditDeleteUndoRedoRoundTrip();
    void redoAfterUndoFollowsReAddedLines();
    void failedCommandIsNotPushed();

    void dialogOkFollowsInput_data();
    void dialogOkFollowsInput();
    void dialogShowsRepositoryErrorByItsField();
    void dialogEditKeepsWhatItDoesNotShow();
    void dialogEditsTheServicePeriod();

    void pageFiltersWithDebounceAndCounts();
    void pageShowLinesSetsTheFilterBar();
    void pageRefreshKeepsFilterAndSelection();
    void pageDeletesSelectedLinesAfterConfirmation();
    void pageActivateSearchFocusesTheTextFilter();

private:
    std::unique_ptr<ui::Workspace> openWorkspace();

    QTemporaryDir m_directory;
    QString m_demoPath;
    QString m_workPath;
    std::unique_ptr<ui::Workspace> m_workspace;
    int m_copies = 0;
};

void TestCostLinesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CostBoardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_costlinespage"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_directory.isValid());
    m_demoPath = m_directory.filePath(QStringLiteral("demo.sqlite"));
    auto database = Database::openSqlite(m_demoPath);
    DemoOptions options;
    options.weeks = 26;
    options.lines = 3000;
    options.lastWeek = IsoWeek(2026, 48);
    generateDemoPortfolio(*database, options);
}

void TestCostLinesPage::init()
{
    // Each test edits its own copy of the demo database.
    m_workPath = m_directory.filePath(QStringLiteral("work-%1.sqlite").arg(++m_copies));
    QVERIFY(QFile::copy(m_demoPath, m_workPath));
    m_workspace = openWorkspace();
}

void TestCostLinesPage::cleanup()
{
    m_workspace.reset();
}

std::unique_ptr<ui::Workspace> TestCostLinesPage::openWorkspace()
{
    return std::make_unique<ui::Workspace>(Database::openSqlite(m_workPath));
}

// ---------------------------------------------------------------------------------------------
// Model

void TestCostLinesPage::modelPassesTheTesterWhileFetchingLazily()
{
    Database &database = m_workspace->database();
    ui::CostLinesModel model(database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(200);
    model.setFilter(CostLineFilter());
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 400);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(qint64(model.rowCount()), CostLineRepository(database).count());

    model.sort(ui::CostLinesModel::ReportingAmountColumn, Qt::DescendingOrder);
    CostLineFilter filter;
    filter.categories = { CostCategory::Inference, CostCategory::Cloud };
    filter.from = QDate(2026, 9, 2);
    model.setFilter(filter);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(qint64(model.rowCount()), CostLineBrowser(database).count(filter));
    model.refresh();
    QCOMPARE(qint64(model.rowCount()), CostLineBrowser(database).count(filter));
    filter.text = QStringLiteral("no line says this");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void TestCostLinesPage::modelFetchesPagesAndKnowsTheEnd()
{
    Database &database = m_workspace->database();
    ui::CostLinesModel model(database);
    QCOMPARE(model.rowCount(), ui::CostLinesModel::DefaultPageSize);
    QCOMPARE(model.columnCount(), int(ui::CostLinesModel::ColumnCount));
    const qint64 total = CostLineRepository(database).count();
    QList<CostLineId> ids;
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(qint64(model.rowCount()), total);
    QVERIFY(model.isComplete());
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(ui::CostLinesModel::CostLineIdRole).toLongLong();
    // The lazily fetched pages are the full ordered list: nothing repeated or skipped.
    QList<CostLineId> expected;
    for (const CostLineRow &row :
         CostLineBrowser(database).page(CostLineFilter(), CostLineSort(), 0, int(total)))
        expected << row.id;
    QCOMPARE(ids, expected);
}

void TestCostLinesPage::modelSortsInSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column = 0; column < ui::CostLinesModel::ColumnCount; ++column) {
        QTest::addRow("column %d ascending", column) << column << int(Qt::AscendingOrder);
        QTest::addRow("column %d descending", column) << column << int(Qt::DescendingOrder);
    }
}

void TestCostLinesPage::modelSortsInSql()
{
    QFETCH(int, column);
    QFETCH(int, order);
    ui::CostLinesModel model(m_workspace->database());
    model.setPageSize(300);
    model.sort(column, Qt::SortOrder(order));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.currentSort().key, ui::CostLinesModel::sortKeyOf(column));
    QCOMPARE(ui::CostLinesModel::columnOf(ui::CostLinesModel::sortKeyOf(column)), column);
    // Neighbours are in order by the raw value (nulls lowest), across the page boundary too.
    for (int row = 1; row < model.rowCount(); ++row) {
        const QVariant before = model.index(row - 1, column).data(ui::CostLinesModel::SortRole);
        const QVariant after = model.index(row, column).data(ui::CostLinesModel::SortRole);
        const bool ascending = order == Qt::AscendingOrder;
        const QVariant &low = ascending ? before : after;
        const QVariant &high = ascending ? after : before;
        if (low.isNull() || high.isNull()) {
            QVERIFY2(low.isNull(), qPrintable(QStringLiteral("row %1: null above a value").arg(row)));
            continue;
        }
        if (column == ui::CostLinesModel::ProjectColumn || column == ui::CostLinesModel::VendorColumn
            || column == ui::CostLinesModel::DescriptionColumn
            || column == ui::CostLinesModel::SourceColumn) {
            QVERIFY2(low.toString() <= high.toString(), qPrintable(QStringLiteral("row %1").arg(row)));
        } else {
            QVERIFY2(
                QVariant::compare(low, high) != QPartialOrdering::Greater,
                qPrintable(
                    QStringLiteral("row %1: %2 then %3").arg(row).arg(before.toString(), after.toString())));
        }
    }
}

void TestCostLinesPage::modelRoles()
{
    Database &database = m_workspace->database();
    ui::CostLinesModel model(database);
    QVERIFY(model.rowCount() > 0);
    const CostLineRow &line = model.line(0);
    const auto cell = [&model](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    const QLocale locale;
    QCOMPARE(cell(ui::CostLinesModel::DateColumn).toString(),
             locale.toString(line.incurredOn, QLocale::ShortFormat));
    QCOMPARE(cell(ui::CostLinesModel::DateColumn, ui::CostLinesModel::SortRole).toDate(), line.incurredOn);
    QCOMPARE(cell(ui::CostLinesModel::ProjectColumn).toString(), line.projectName);
    QVERIFY(cell(ui::CostLinesModel::ProjectColumn, Qt::ToolTipRole).toString().contains(line.projectCode));
    QCOMPARE(cell(ui::CostLinesModel::CategoryColumn).toString(), ui::categoryLabel(line.category));
    QCOMPARE(cell(ui::CostLinesModel::CategoryColumn, Qt::DecorationRole).value<QColor>(),
             ui::categoryColour(line.category));
    QCOMPARE(cell(ui::CostLinesModel::AmountColumn).toString(), line.amount.toString(locale));
    QCOMPARE(cell(ui::CostLinesModel::AmountColumn, ui::CostLinesModel::SortRole).toLongLong(),
             line.amount.minorUnits());
    QVERIFY(line.reportingAmount);
    QCOMPARE(cell(ui::CostLinesModel::ReportingAmountColumn).toString(),
             line.reportingAmount->toString(locale));
    QCOMPARE(line.reportingAmount->currency(), QStringLiteral("EUR"));
    QCOMPARE(model.headerData(ui::CostLinesModel::ReportingAmountColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             QStringLiteral("Amount (EUR)"));
    for (int column = 0; column < ui::CostLinesModel::ColumnCount; ++column)
        QCOMPARE(cell(column, ui::CostLinesModel::CostLineIdRole).toLongLong(), line.id);
    QCOMPARE(model.rowOf(line.id), 0);
    QCOMPARE(model.rowOf(-5), -1);
    QVERIFY(cell(ui::CostLinesModel::AmountColumn, Qt::TextAlignmentRole).value<Qt::Alignment>()
            & Qt::AlignRight);
}

void TestCostLinesPage::viewFetchesMoreWhenScrolled()
{
    ui::CostLinesPage page(*m_workspace);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int before = page.model()->rowCount();
    QCOMPARE(before, ui::CostLinesModel::DefaultPageSize);
    page.view()->scrollToBottom();
    QTRY_VERIFY(page.model()->rowCount() > before);
}

// ---------------------------------------------------------------------------------------------
// Commands

void TestCostLinesPage::addEditDeleteUndoRedoRoundTrip()
{
    ui::Workspace &workspace = *m_workspace;
    Database &database = workspace.database();
    QUndoStack *stack = workspace.undoStack();
    int notifications = 0;
    connect(&workspace, &ui::Workspace::dataChanged, this, [&notifications] { ++notifications; });
    const State original = stateOf(database);
    QCOMPARE(storedRollups(database), expectedRollups(database));

    const Project project = ProjectRepository(database).list().first();
    CostLine line = makeLine(project.id, 123'456, QStringLiteral("USD"), QDate(2026, 10, 14),
                             CostCategory::FineTuning, QStringLiteral("Round Trip Labs"));
    line.quantity = 42.5;
    line.unit = QStringLiteral("GPU-hours");
    auto add = std::make_unique<ui::AddCostLineCommand>(workspace, line);
    ui::AddCostLineCommand *added = add.get();
    ui::execute(workspace, std::move(add));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(notifications, 1);
    const CostLineId addedId = added->lineId();
    QVERIFY(CostLineRepository(database).find(addedId));
    QCOMPARE(lineContents(database).size(), original.lines.size() + 1);
    QCOMPARE(storedRollups(database), expectedRollups(database));

    // Edit a demo line: other amount, category, vendor and week, so four roll-up rows move.
    CostLineBrowser browser(database);
    const CostLineRow victim = browser.page(CostLineFilter(), CostLineSort(), 10, 1).first();
    CostLine edited = *CostLineRepository(database).find(victim.id);
    edited.amount = Money(edited.amount.minorUnits() + 999, edited.amount.currency());
    edited.category = edited.category == CostCategory::Cloud ? CostCategory::Salaries : CostCategory::Cloud;
    edited.vendor = QStringLiteral("Edited Vendor");
    edited.incurredOn = edited.incurredOn.addDays(-9);
    ui::execute(workspace, std::make_unique<ui::EditCostLineCommand>(workspace, edited));
    QCOMPARE(CostLineRepository(database).find(victim.id)->vendor, QStringLiteral("Edited Vendor"));
    QCOMPARE(storedRollups(database), expectedRollups(database));

    // Delete three lines, one of them the line added above.
    const QList<CostLineRow> some = browser.page(CostLineFilter(), CostLineSort(), 100, 2);
    const QList<CostLineId> doomed = { some.at(0).id, addedId, some.at(1).id };
    ui::execute(workspace, std::make_unique<ui::DeleteCostLinesCommand>(workspace, doomed));
    for (const CostLineId id : doomed)
        QVERIFY(!CostLineRepository(database).find(id));
    QCOMPARE(stack->count(), 3);
    QCOMPARE(notifications, 3);
    const State done = stateOf(database);
    QCOMPARE(done.rollups, expectedRollups(database));
    QCOMPARE(done.lines.size(), original.lines.size() - 2);

    // Back to the start…
    stack->undo();
    stack->undo();
    stack->undo();
    QCOMPARE(notifications, 6);
    QCOMPARE(stack->index(), 0);
    QCOMPARE(stack->count(), 3);
    COMPARE_STATE(stateOf(database), original);
    QCOMPARE(lineContents(database), original.lines);
    QCOMPARE(storedRollups(database), original.rollups);

    // …forward to the end…
    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(stack->count(), 3);
    QCOMPARE(lineContents(database), done.lines);
    QCOMPARE(storedRollups(database), done.rollups);

    // …and back again, with every re-added line under a new id.
    stack->undo();
    stack->undo();
    stack->undo();
    QCOMPARE(lineContents(database), original.lines);
    QCOMPARE(storedRollups(database), original.rollups);
    QCOMPARE(storedRollups(database), expectedRollups(database));
}

void TestCostLinesPage::redoAfterUndoFollowsReAddedLines()
{
    // Add, edit the added line, delete it: each undo/redo re-creates it under a new id, and the
    // later commands must still find it.
    ui::Workspace &workspace = *m_workspace;
    Database &database = workspace.database();
    QUndoStack *stack = workspace.undoStack();
    const State original = stateOf(database);
    const ProjectId project = ProjectRepository(database).list().constLast().id;

    auto add = std::make_unique<ui::AddCostLineCommand>(workspace, makeLine(project, 5000));
    ui::AddCostLineCommand *added = add.get();
    ui::execute(workspace, std::move(add));
    CostLine edited = *CostLineRepository(database).find(added->lineId());
    edited.description = QStringLiteral("edited once");
    ui::execute(workspace, std::make_unique<ui::EditCostLineCommand>(workspace, edited));
    ui::execute(
        workspace,
        std::make_unique<ui::DeleteCostLinesCommand>(workspace, QList<CostLineId> { added->lineId() }));
    const State afterAll = stateOf(database);

    for (int round = 0; round < 3; ++round) {
        stack->undo(); // delete: re-added under a new id
        QCOMPARE(CostLineRepository(database).find(added->lineId())->description,
                 QStringLiteral("edited once"));
        stack->undo(); // edit
        QCOMPARE(CostLineRepository(database).find(added->lineId())->description,
                 QStringLiteral("test line"));
        stack->undo(); // add
        COMPARE_STATE(stateOf(database), original);
        stack->redo(); // add: another new id
        stack->redo(); // edit: must reach that id
        QCOMPARE(CostLineRepository(database).find(added->lineId())->description,
                 QStringLiteral("edited once"));
        stack->redo();
        COMPARE_STATE(stateOf(database), afterAll);
        QCOMPARE(stack->count(), 3);
    }
}

void TestCostLinesPage::failedCommandIsNotPushed()
{
    ui::Workspace &workspace = *m_workspace;
    const State original = stateOf(workspace.database());
    CostLine bad = makeLine(987'654, 100); // no such project
    QVERIFY_THROWS_EXCEPTION(
        ValidationError, ui::execute(workspace, std::make_unique<ui::AddCostLineCommand>(workspace, bad)));
    QVERIFY_THROWS_EXCEPTION(
        ValidationError,
        ui::execute(workspace,
                    std::make_unique<ui::DeleteCostLinesCommand>(workspace, QList<CostLineId> { -1 })));
    QCOMPARE(workspace.undoStack()->count(), 0);
    COMPARE_STATE(stateOf(workspace.database()), original);

    // A redo that fails (the line's project vanished meanwhile) reports and leaves the history.
    const ProjectId lonely
        = ProjectRepository(workspace.database()).create(makeProject(QStringLiteral("LONELY")));
    ui::execute(workspace, std::make_unique<ui::AddCostLineCommand>(workspace, makeLine(lonely, 100)));
    workspace.undoStack()->undo();
    ProjectRepository(workspace.database()).remove(lonely);
    QString reported;
    connect(&ui::CostLineHistory::of(workspace.undoStack()), &ui::CostLineHistory::commandFailed, this,
            [&reported](const QString &message) { reported = message; });
    workspace.undoStack()->redo();
    QVERIFY(reported.contains(QStringLiteral("Add cost line")));
    QCOMPARE(workspace.undoStack()->count(), 0);
}

// ---------------------------------------------------------------------------------------------
// Dialog

void TestCostLinesPage::dialogOkFollowsInput_data()
{
    QTest::addColumn<bool>("chooseProject");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<bool>("okEnabled");
    QTest::addColumn<QString>("amountMessage");

    QTest::newRow("valid") << true << QStringLiteral("12.50") << QStringLiteral("EUR") << QString() << true
                           << QString();
    QTest::newRow("missing project") << false << QStringLiteral("12.50") << QStringLiteral("EUR") << QString()
                                     << false << QString();
    QTest::newRow("zero amount") << true << QStringLiteral("0") << QStringLiteral("EUR") << QString() << false
                                 << QStringLiteral("zero");
    QTest::newRow("zero with decimals") << true << QStringLiteral("0.00") << QStringLiteral("EUR")
                                        << QString() << false << QStringLiteral("zero");
    QTest::newRow("unparsable amount") << true << QStringLiteral("12.5x") << QStringLiteral("EUR")
                                       << QString() << false << QStringLiteral("Not an amount");
    QTest::newRow("too many decimals") << true << QStringLiteral("1.234") << QStringLiteral("EUR")
                                       << QString() << false << QStringLiteral("Not an amount");
    QTest::newRow("yen has no decimals") << true << QStringLiteral("12.5") << QStringLiteral("JPY")
                                         << QString() << false << QStringLiteral("whole numbers");
    QTest::newRow("empty amount") << true << QString() << QStringLiteral("EUR") << QString() << false
                                  << QString();
    QTest::newRow("credit") << true << QStringLiteral("-40") << QStringLiteral("EUR") << QString() << true
                            << QString();
    QTest::newRow("implausible") << true << QStringLiteral("99999999999") << QStringLiteral("EUR")
                                 << QString() << false << QStringLiteral("implausibly");
    QTest::newRow("quantity") << true << QStringLiteral("3") << QStringLiteral("USD")
                              << QStringLiteral("1,500,000") << true << QString();
    QTest::newRow("bad quantity") << true << QStringLiteral("3") << QStringLiteral("USD")
                                  << QStringLiteral("lots") << false << QString();
}

void TestCostLinesPage::dialogOkFollowsInput()
{
    QFETCH(bool, chooseProject);
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, quantity);
    QFETCH(bool, okEnabled);
    QFETCH(QString, amountMessage);

    ui::CostLineDialog dialog(*m_workspace, CostLine());
    QCOMPARE(dialog.projectCombo()->currentIndex(), -1);
    QCOMPARE(dialog.currencyCombo()->currentText(), QStringLiteral("EUR")); // the reporting currency
    QVERIFY(!dialog.okButton()->isEnabled());
    if (chooseProject)
        dialog.projectCombo()->setCurrentIndex(0);
    dialog.currencyCombo()->setCurrentIndex(dialog.currencyCombo()->findText(currency));
    QTest::keyClicks(dialog.amountEdit(), amount);
    QTest::keyClicks(dialog.quantityEdit(), quantity);
    QCOMPARE(dialog.okButton()->isEnabled(), okEnabled);
    QCOMPARE(dialog.isInputValid(), okEnabled);
    if (amountMessage.isEmpty())
        QVERIFY2(dialog.fieldMessage(QStringLiteral("amount")).isEmpty(),
                 qPrintable(dialog.fieldMessage(QStringLiteral("amount"))));
    else
        QVERIFY2(dialog.fieldMessage(QStringLiteral("amount")).contains(amountMessage),
                 qPrintable(dialog.fieldMessage(QStringLiteral("amount"))));
    if (okEnabled) {
        const CostLine line = dialog.line();
        QVERIFY(line.projectId > 0);
        QCOMPARE(line.amount.currency(), currency);
        QVERIFY(!line.amount.isZero());
        QVERIFY(!line.vendor.isNull());
        QCOMPARE(bool(line.quantity), !quantity.isEmpty());
    }
}

void TestCostLinesPage::dialogShowsRepositoryErrorByItsField()
{
    // The project exists when the form opens and is gone when OK is pressed: only the
    // repository's final validation can notice.
    ui::Workspace &workspace = *m_workspace;
    const ProjectId doomed
        = ProjectRepository(workspace.database()).create(makeProject(QStringLiteral("GONE")));
    CostLine line;
    line.projectId = doomed;
    ui::CostLineDialog dialog(workspace, line);
    QVERIFY(dialog.projectCombo()->currentIndex() >= 0);
    QTest::keyClicks(dialog.amountEdit(), QStringLiteral("10"));
    QVERIFY(dialog.okButton()->isEnabled());
    ProjectRepository(workspace.database()).remove(doomed);
    dialog.okButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    QVERIFY2(dialog.fieldMessage(QStringLiteral("project")).contains(QStringLiteral("does not exist")),
             qPrintable(dialog.fieldMessage(QStringLiteral("project"))));
    QVERIFY(dialog.fieldMessage(QStringLiteral("amount")).isEmpty());
}

void TestCostLinesPage::dialogEditKeepsWhatItDoesNotShow()
{
    Database &database = m_workspace->database();
    CostLine stored = makeLine(ProjectRepository(database).list().first().id, 98'765, QStringLiteral("USD"));
    stored.source = QStringLiteral("csv");
    stored.externalRef = QStringLiteral("INV-42");
    stored.quantity = 1'500'000;
    stored.unit = QStringLiteral("tokens");
    stored.id = CostLineRepository(database).add(stored);
    stored = *CostLineRepository(database).find(stored.id);

    ui::CostLineDialog dialog(*m_workspace, stored);
    QCOMPARE(dialog.amountEdit()->text(), QStringLiteral("987.65"));
    QCOMPARE(dialog.currencyCombo()->currentText(), QStringLiteral("USD"));
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.descriptionEdit()->setText(QStringLiteral("new description"));
    const CostLine edited = dialog.line();
    QCOMPARE(edited.id, stored.id);
    QCOMPARE(edited.amount, stored.amount);
    QCOMPARE(edited.source, QStringLiteral("csv"));
    QCOMPARE(edited.externalRef, QStringLiteral("INV-42"));
    QCOMPARE(edited.quantity, std::optional<double>(1'500'000));
    QCOMPARE(edited.unit, QStringLiteral("token")); // stored by key, shown "tokens"
    QCOMPARE(edited.incurredOn, stored.incurredOn);
    QCOMPARE(edited.category, stored.category);
    QCOMPARE(edited.description, QStringLiteral("new description"));
}

void TestCostLinesPage::dialogEditsTheServicePeriod()
{
    Database &database = m_workspace->database();
    CostLine stored = makeLine(ProjectRepository(database).list().first().id, 300'000, QStringLiteral("EUR"),
                               QDate(2026, 11, 30));
    stored.id = CostLineRepository(database).add(stored);

    // Without a period the box is unticked and offers the month of the line's date.
    ui::CostLineDialog dialog(*m_workspace, *CostLineRepository(database).find(stored.id));
    QVERIFY(!dialog.servicePeriodCheck()->isChecked());
    QVERIFY(!dialog.serviceFirstEdit()->isEnabled());
    QCOMPARE(dialog.serviceFirstEdit()->date(), QDate(2026, 11, 1));
    QCOMPARE(dialog.serviceLastEdit()->date(), QDate(2026, 11, 30));
    QVERIFY(!dialog.line().hasServicePeriod());

    // Ticked: the days are entered first to last, stored with an exclusive end.
    dialog.servicePeriodCheck()->setChecked(true);
    QVERIFY(dialog.serviceFirstEdit()->isEnabled());
    QVERIFY(dialog.okButton()->isEnabled());
    CostLine edited = dialog.line();
    QCOMPARE(edited.serviceStart, QDate(2026, 11, 1));
    QCOMPARE(edited.serviceEnd, QDate(2026, 12, 1));
    QVERIFY(dialog.serviceFirstEdit()->toolTip().contains(QStringLiteral("30 day")));
    QVERIFY2(dialog.serviceFirstEdit()->toolTip().contains(Money(10'000, QStringLiteral("EUR")).toString()),
             qPrintable(dialog.serviceFirstEdit()->toolTip()));

    // A period that ends before it starts is refused where it is typed.
    dialog.serviceLastEdit()->setDate(QDate(2026, 10, 31));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.fieldMessage(QStringLiteral("service period")).isEmpty());
    dialog.serviceLastEdit()->setDate(QDate(2026, 11, 30));
    QVERIFY(dialog.okButton()->isEnabled());

    // Stored, read back and shown in the table with its period.
    edited = dialog.line();
    CostLineRepository(database).update(edited);
    QCOMPARE(CostLineRepository(database).find(stored.id)->serviceDays(),
             (DayRange { QDate(2026, 11, 1), QDate(2026, 11, 30) }));
    ui::CostLinesModel model(database);
    model.sort(ui::CostLinesModel::AmountColumn, Qt::DescendingOrder);
    const int row = model.rowOf(stored.id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ui::CostLinesModel::ServiceColumn).data().toString(),
             ui::CostLinesModel::servicePeriodText(model.line(row), QLocale()));
    QVERIFY(model.index(row, ui::CostLinesModel::ServiceColumn)
                .data()
                .toString()
                .contains(QLocale().toString(QDate(2026, 11, 30), QStringLiteral("d MMM yyyy"))));
    QVERIFY(model.index(row, ui::CostLinesModel::ServiceColumn, {})
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("30 day")));

    // Unticking removes it.
    ui::CostLineDialog again(*m_workspace, *CostLineRepository(database).find(stored.id));
    QVERIFY(again.servicePeriodCheck()->isChecked());
    again.servicePeriodCheck()->setChecked(false);
    QVERIFY(!again.line().hasServicePeriod());
}

// ---------------------------------------------------------------------------------------------
// Page

void TestCostLinesPage::pageFiltersWithDebounceAndCounts()
{
    Database &database = m_workspace->database();
    ui::CostLinesPage page(*m_workspace);
    QCOMPARE(page.title(), QStringLiteral("Cost lines"));
    QCOMPARE(page.iconName(), QStringLiteral("costlines"));
    const qint64 all = CostLineRepository(database).count();
    QVERIFY2(page.countLabel()->text().startsWith(QLocale().toString(all) + QStringLiteral(" lines · ")),
             qPrintable(page.countLabel()->text()));

    QTest::keyClicks(page.searchEdit(), QStringLiteral("gpu"));
    QVERIFY(page.model()->filter().text.isEmpty()); // not at every key press…
    QTRY_COMPARE(page.model()->filter().text, QStringLiteral("gpu")); // …but after the pause
    CostLineFilter expected;
    expected.text = QStringLiteral("gpu");
    const qint64 matching = CostLineBrowser(database).count(expected);
    QVERIFY(matching > 0 && matching < all);
    // A text filter is counted in the page's counting thread: the label catches up.
    QTRY_VERIFY2(page.countLabel()->text().startsWith(QLocale().toString(matching) + u' '),
                 qPrintable(page.countLabel()->text()));

    page.projectFilter()->setCurrentIndex(2); // applies at once
    QCOMPARE(page.model()->filter().projects.size(), 1);
    page.categoryFilter()->setCurrentIndex(1);
    QCOMPARE(page.model()->filter().categories, QList<CostCategory> { CostCategory::Inference });
    page.periodCheck()->setChecked(true);
    QCOMPARE(page.model()->filter().from, page.fromEdit()->date());
    QCOMPARE(page.model()->filter().to, page.toEdit()->date());

    // The vendor filter takes the stored spelling of a name typed in another case.
    const QString vendor = CostLineBrowser(database).vendors().first();
    page.clearFilters();
    QTest::keyClicks(page.vendorEdit(), vendor.toLower());
    QTRY_COMPARE(page.model()->filter().vendor, vendor);
    QVERIFY(page.model()->rowCount() > 0);
    for (int row = 0; row < page.model()->rowCount(); ++row)
        QCOMPARE(page.model()->line(row).vendor, vendor);

    page.clearFilters();
    QVERIFY(page.model()->filter().isEmpty());
    QVERIFY(page.searchEdit()->text().isEmpty());
    QCOMPARE(page.projectFilter()->currentIndex(), 0);
}

void TestCostLinesPage::pageShowLinesSetsTheFilterBar()
{
    Database &database = m_workspace->database();
    ui::CostLinesPage page(*m_workspace);
    const QList<Project> projects = ProjectRepository(database).list();

    // The dashboard's drill-down: one week x one category.
    CostLineFilter week;
    week.categories = { CostCategory::Inference };
    week.from = IsoWeek(2026, 40).monday();
    week.to = IsoWeek(2026, 40).sunday();
    page.showLines(week);
    QCOMPARE(page.model()->filter(), week);
    QVERIFY(page.periodCheck()->isChecked());
    QCOMPARE(page.fromEdit()->date(), week.from);
    QCOMPARE(page.toEdit()->date(), week.to);
    QCOMPARE(page.filterFromWidgets(), week); // the bar describes exactly what is shown
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        QCOMPARE(page.model()->line(row).category, CostCategory::Inference);
        QVERIFY(IsoWeek::fromDate(page.model()->line(row).incurredOn) == IsoWeek(2026, 40));
    }

    // Several projects: the combo gets an entry for that selection.
    CostLineFilter several;
    several.projects = { projects.at(0).id, projects.at(2).id };
    several.to = QDate(2026, 6, 30);
    page.showLines(several);
    QCOMPARE(page.model()->filter(), several);
    QCOMPARE(page.filterFromWidgets(), several);
    QVERIFY(page.projectFilter()->currentText().contains(u'2'));
    page.projectFilter()->setCurrentIndex(0);
    QVERIFY(page.model()->filter().projects.isEmpty());
    page.showLines(CostLineFilter());
    QCOMPARE(page.projectFilter()->count(), 1 + projects.size()); // the made-up entry is gone
}

void TestCostLinesPage::pageRefreshKeepsFilterAndSelection()
{
    ui::Workspace &workspace = *m_workspace;
    ui::CostLinesPage page(workspace);
    CostLineFilter filter;
    filter.categories = { CostCategory::Cloud, CostCategory::Inference };
    page.showLines(filter);
    page.view()->selectRow(3);
    const CostLineId selected = page.selectedIds().first();

    // Someone edits another line: the page refreshes, same filter, same selection.
    CostLine other = *CostLineRepository(workspace.database()).find(page.model()->line(0).id);
    other.description = QStringLiteral("changed elsewhere");
    ui::execute(workspace, std::make_unique<ui::EditCostLineCommand>(workspace, other));
    QCOMPARE(page.model()->filter(), filter);
    QCOMPARE(page.model()->line(0).description, QStringLiteral("changed elsewhere"));
    QCOMPARE(page.selectedIds(), QList<CostLineId> { selected });
    workspace.undoStack()->undo();
    QVERIFY(page.model()->line(0).description != QStringLiteral("changed elsewhere"));
    QCOMPARE(page.selectedIds(), QList<CostLineId> { selected });
}

void TestCostLinesPage::pageDeletesSelectedLinesAfterConfirmation()
{
    ui::Workspace &workspace = *m_workspace;
    Database &database = workspace.database();
    ui::CostLinesPage page(workspace);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const State original = stateOf(database);
    const qint64 before = CostLineRepository(database).count();

    QItemSelection rows;
    for (const int row : { 1, 4, 5 })
        rows.select(page.model()->index(row, 0),
                    page.model()->index(row, ui::CostLinesModel::ColumnCount - 1));
    page.view()->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    QVERIFY(page.deleteButton()->isEnabled());
    const QList<CostLineId> ids = page.selectedIds();
    QCOMPARE(ids.size(), 3);
    Money total(0, QStringLiteral("EUR"));
    for (const int row : { 1, 4, 5 })
        total += *page.model()->line(row).reportingAmount;

    // Cancel first: nothing happens.
    QString question;
    QString informative;
    answerNextMessageBox(QStringLiteral("Cancel"), &question, &informative);
    page.deleteSelectedLines();
    QCOMPARE(question, QStringLiteral("Delete these 3 cost lines?"));
    QVERIFY2(informative.startsWith(QStringLiteral("3 lines totalling ") + total.toString() + u'.'),
             qPrintable(informative));
    QCOMPARE(CostLineRepository(database).count(), before);

    answerNextMessageBox(QStringLiteral("Delete"));
    page.deleteSelectedLines();
    QCOMPARE(CostLineRepository(database).count(), before - 3);
    for (const CostLineId id : ids)
        QCOMPARE(page.model()->rowOf(id), -1);
    QCOMPARE(workspace.undoStack()->undoText(), QStringLiteral("Delete 3 cost lines"));

    workspace.undoStack()->undo();
    COMPARE_STATE(stateOf(database), original);
    QVERIFY(page.countLabel()->text().startsWith(QLocale().toString(before) + QStringLiteral(" lines · ")));
}

void TestCostLinesPage::pageActivateSearchFocusesTheTextFilter()
{
    ui::CostLinesPage page(*m_workspace);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    page.view()->setFocus();
    page.activateSearch();
    QTRY_VERIFY(page.searchEdit()->hasFocus());
}

QTEST_MAIN(TestCostLinesPage)
#include "tst_costlinespage.moc"
