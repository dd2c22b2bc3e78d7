// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "dialogs/allocationrulesdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/importreportdialog.h"
#include "domain/money.h"
#include "import/importer.h"
#include "import/importproblem.h"
#include "models/importbatchesmodel.h"
#include "pages/importspage.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/importrepository.h"
#include "storage/projectrepository.h"
#include "workspace.h"

using namespace costboard;
using ui::ImportBatchesModel;
using ui::ImportDialog;
using ui::ImportReportDialog;
using ui::ImportsPage;

namespace {

QString fixture(const QString &relativePath)
{
    return QStringLiteral(COSTBOARD_FIXTURES_DIR "/import/") + relativePath;
}

qint64 countOf(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Project makeProject(const QString &code, const QString &name)
{
    Project project;
    project.code = code;
    project.name = name;
    project.owner = QStringLiteral("Owner");
    project.status = ProjectStatus::Active;
    project.decisionLevel = DecisionLevel::Cio;
    project.startDate = QDate(2025, 1, 1);
    return project;
}

} // namespace

class TestImportsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEmptyStateWithoutImports();
    void listsAnImportedFile();
    void modelPassesTheTester();
    void undoRemovesTheLinesOfAnImport();
    void previewDecodesWindows1252AndGuessesTheMapping();
    void ambiguousDatesMustBeChosen();
    void reportSavesProblemsAsCsv();
    void dialogImportsOffTheUiThreadAndNeverDoubles();
    void rulesDialogListsRules();

private:
    ImportReport importOpenAi();
    ImportReport checkSeveralBadRows();

    QTemporaryDir m_directory;
    int m_databases = 0;
    std::unique_ptr<ui::Workspace> m_workspace;
};

void TestImportsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CostBoardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importspage"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_directory.isValid());
}

void TestImportsPage::init()
{
    // A file, not :memory:, so that imports and undos run on their worker thread as in the app.
    const QString path = m_directory.filePath(QStringLiteral("imports-%1.sqlite").arg(++m_databases));
    auto database = Database::openSqlite(path);
    // The OpenAI fixture is in USD: a USD ledger needs no exchange rate.
    DatabaseSettings(*database).setReportingCurrency(QStringLiteral("USD"));
    m_workspace = std::make_unique<ui::Workspace>(std::move(database));
}

void TestImportsPage::cleanup()
{
    m_workspace.reset();
}

ImportReport TestImportsPage::importOpenAi()
{
    return Importer(m_workspace->database())
        .importFile(fixture(QStringLiteral("valid/openai-costs.json")), ImportOptions());
}

// A dry run of a generic CSV with several wrong rows, read with the mapping its header suggests.
ImportReport TestImportsPage::checkSeveralBadRows()
{
    ImportOptions options;
    options.dryRun = true;
    options.reader.format = ImportFormat::Csv;
    options.reader.mapping = FormatReader::guessMapping(
        { QStringLiteral("Date"), QStringLiteral("Project"), QStringLiteral("Category"),
          QStringLiteral("Vendor"), QStringLiteral("Description"), QStringLiteral("Amount"),
          QStringLiteral("Currency") });
    return Importer(m_workspace->database())
        .importFile(fixture(QStringLiteral("broken/54-several-bad-rows.csv")), options);
}

void TestImportsPage::showsEmptyStateWithoutImports()
{
    ImportsPage page(*m_workspace);
    page.resize(1024, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.emptyState()->isVisible());
    QVERIFY(page.emptyState()->text().contains(QStringLiteral("FOCUS")));
    QVERIFY(!page.view()->isVisible());
    QVERIFY(!page.undoButton()->isEnabled());
}

void TestImportsPage::listsAnImportedFile()
{
    const ImportReport report = importOpenAi();
    QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(report.rowsAccepted, 24);

    ImportsPage page(*m_workspace);
    // The page reads the batches when the workspace says the data changed, as after an import.
    m_workspace->notifyDataChanged();
    ImportBatchesModel *model = page.model();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!page.emptyState()->isVisibleTo(&page));
    const ImportBatch &batch = model->batchAt(0);
    QCOMPARE(batch.id, *report.batchId);
    QCOMPARE(batch.rowCount, 24);
    QCOMPARE(model->index(0, ImportBatchesModel::RowsColumn).data().toString(), QStringLiteral("24"));
    QCOMPARE(model->index(0, ImportBatchesModel::FileColumn).data().toString(),
             QStringLiteral("openai-costs.json"));
    // 610.665 USD in the file, rounded once: expected.json says 610.67.
    QCOMPARE(model->index(0, ImportBatchesModel::TotalColumn).data(ImportBatchesModel::SortRole).toLongLong(),
             61067);
    QCOMPARE(model->index(0, ImportBatchesModel::TotalColumn).data().toString(),
             Money(61067, QStringLiteral("USD")).toString());
    QCOMPARE(model->index(0, ImportBatchesModel::StatusColumn).data().toString(), QStringLiteral("Active"));
    QCOMPARE(model->index(0, ImportBatchesModel::PeriodColumn).data().toString(),
             QStringLiteral("%1 – %2").arg(QLocale().toString(QDate(2026, 10, 29), QLocale::ShortFormat),
                                           QLocale().toString(QDate(2026, 11, 4), QLocale::ShortFormat)));
    QVERIFY(model->headerData(ImportBatchesModel::TotalColumn, Qt::Horizontal, Qt::DisplayRole)
                .toString()
                .contains(QStringLiteral("USD")));
}

void TestImportsPage::modelPassesTheTester()
{
    importOpenAi();
    Importer(m_workspace->database())
        .importFile(fixture(QStringLiteral("valid/anthropic-cost-report.json")), ImportOptions());
    ImportBatchesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatches(ImportRepository(m_workspace->database()).batches(), QStringLiteral("USD"));
    QCOMPARE(model.rowCount(), 2);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(ImportBatchesModel::SortRole);
    for (int column = 0; column < ImportBatchesModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::AscendingOrder);
        proxy.sort(column, Qt::DescendingOrder);
    }
    model.setBatches({}, QStringLiteral("EUR"));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestImportsPage::undoRemovesTheLinesOfAnImport()
{
    const ImportReport report = importOpenAi();
    const std::int64_t batchId = *report.batchId;
    const Database &database = m_workspace->database();
    QCOMPARE(countOf(database, QStringLiteral("SELECT COUNT(*) FROM cost_lines")), report.linesWritten);

    ImportsPage page(*m_workspace);
    page.resize(1366, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy changed(m_workspace.get(), &ui::Workspace::dataChanged);
    page.view()->selectRow(0);
    QVERIFY(page.undoButton()->isEnabled());

    QVERIFY(page.undoBatch(batchId, ImportsPage::Confirmation::AlreadyConfirmed));
    QCOMPARE(changed.count(), 1); // the dashboard and every other page refresh
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->batchAt(0).status, ImportBatchStatus::Undone);
    QCOMPARE(page.model()->index(0, ImportBatchesModel::StatusColumn).data().toString(),
             QStringLiteral("Undone"));
    QCOMPARE(countOf(database, QStringLiteral("SELECT COUNT(*) FROM cost_lines")), 0);
    page.view()->selectRow(0);
    QVERIFY(!page.undoButton()->isEnabled());
    // An undone import cannot be undone twice.
    QVERIFY(!page.undoBatch(batchId, ImportsPage::Confirmation::AlreadyConfirmed));
}

void TestImportsPage::previewDecodesWindows1252AndGuessesTheMapping()
{
    ImportDialog dialog(*m_workspace);
    QVERIFY(dialog.openFile(fixture(QStringLiteral("valid/generic-fr.csv"))));
    const CsvPreview &preview = dialog.preview();
    QVERIFY(!preview.problem);
    QCOMPARE(preview.delimiter, ';');
    QCOMPARE(preview.detectedFormat, ImportFormat::Csv);
    QVERIFY(preview.header.contains(QStringLiteral("Catégorie")));
    QVERIFY(dialog.usesMapping());
    QVERIFY(dialog.mappingBox()->isVisibleTo(&dialog));

    // The preview's header shows the decoded names, and what the mapped ones become.
    QStandardItemModel *model = dialog.previewModel();
    QCOMPARE(model->columnCount(), preview.header.size());
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        headers << model->headerData(column, Qt::Horizontal).toString();
    QVERIFY2(headers.join(u'|').contains(QStringLiteral("Catégorie")), qPrintable(headers.join(u'|')));
    QVERIFY2(headers.join(u'|').contains(QStringLiteral("Montant → Amount")), qPrintable(headers.join(u'|')));
    QCOMPARE(model->rowCount(), 14); // every row of this small file, under the 20 the preview shows
    QVERIFY(model->index(0, 0).data().toString().contains(QStringLiteral("2026")));

    QCOMPARE(dialog.columnCombo(MappedField::Date)->currentData().toString(), QStringLiteral("Date"));
    QCOMPARE(dialog.columnCombo(MappedField::Amount)->currentData().toString(), QStringLiteral("Montant"));
    QCOMPARE(dialog.columnCombo(MappedField::Currency)->currentData().toString(), QStringLiteral("Devise"));
    const ImportOptions options = dialog.importOptions();
    QCOMPARE(options.reader.format, ImportFormat::Csv);
    QVERIFY(options.reader.mapping);
    QCOMPARE(options.reader.mapping->columns.value(MappedField::Amount), QStringLiteral("Montant"));
    QVERIFY(dialog.importButton()->isEnabled());
}

void TestImportsPage::ambiguousDatesMustBeChosen()
{
    ImportDialog dialog(*m_workspace);
    QVERIFY(dialog.openFile(fixture(QStringLiteral("valid/generic-ambiguous.csv"))));
    QVERIFY(dialog.preview().datesAmbiguous);
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("dateMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisibleTo(&dialog));
    QVERIFY(!dialog.importButton()->isEnabled());

    QComboBox *order = dialog.dateOrderCombo();
    order->setCurrentIndex(order->findData(static_cast<int>(DateOrder::MonthDayYear)));
    QTRY_VERIFY(dialog.importButton()->isEnabled());
    QVERIFY(!message->isVisibleTo(&dialog));
    QCOMPARE(dialog.importOptions().reader.mapping->dateOrder, DateOrder::MonthDayYear);
}

void TestImportsPage::reportSavesProblemsAsCsv()
{
    const ImportReport report = checkSeveralBadRows();
    QVERIFY(report.problemCount > 1);
    ImportReportDialog dialog(report, {}, ImportReportDialog::Mode::Report);
    QCOMPARE(dialog.problemsTable()->rowCount(), report.problems.size());

    const QString path = m_directory.filePath(QStringLiteral("problems.csv"));
    QString error;
    QVERIFY2(dialog.saveProblems(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("file,line,column,value,code,message"));
    QCOMPARE(lines.size(), report.problems.size() + 1);
    const ImportProblem &first = report.problems.first();
    QVERIFY2(lines.value(1).startsWith(QStringLiteral("54-several-bad-rows.csv,%1,").arg(first.line)),
             qPrintable(lines.value(1)));
    QVERIFY(lines.value(1).contains(u',' + importProblemKey(first.code) + u','));
}

void TestImportsPage::rulesDialogListsRules()
{
    const ProjectId project = ProjectRepository(m_workspace->database())
                                  .create(makeProject(QStringLiteral("SUP"), QStringLiteral("Support bot")));
    AllocationRule rule;
    rule.match = AllocationMatch::Tag;
    rule.key = QStringLiteral("project");
    rule.pattern = QStringLiteral("sup*");
    rule.projectId = project;
    rule.position = 1;
    ImportRepository(m_workspace->database()).addRule(rule);
    AllocationRule text = rule;
    text.match = AllocationMatch::Text;
    text.key.clear();
    text.pattern = QStringLiteral("support");
    text.position = 2;
    text.category = CostCategory::Inference;
    const std::int64_t second = ImportRepository(m_workspace->database()).addRule(text);

    ui::AllocationRulesDialog dialog(*m_workspace);
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("sup*"));
    QVERIFY(dialog.table()->item(0, 4)->text().contains(QStringLiteral("Support bot")));
    dialog.table()->selectRow(1);
    dialog.moveUp();
    QCOMPARE(dialog.rules().first().id, second);
    QCOMPARE(ImportRepository(m_workspace->database()).rules().first().id, second);
}

void TestImportsPage::dialogImportsOffTheUiThreadAndNeverDoubles()
{
    // Answers the dialogs the import raises: Yes to "already imported, import again?", Close on
    // the report.
    QStringList answered;
    QTimer answerer;
    answerer.setInterval(20);
    connect(&answerer, &QTimer::timeout, this, [&answered] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            answered << QStringLiteral("question");
            box->button(QMessageBox::Yes)->click();
        } else if (auto *report = qobject_cast<ImportReportDialog *>(modal)) {
            answered << QStringLiteral("report");
            report->reject();
        }
    });
    answerer.start();

    const QString path = fixture(QStringLiteral("valid/openai-costs.json"));
    {
        ImportDialog dialog(*m_workspace);
        QVERIFY(dialog.openFile(path));
        QVERIFY(!dialog.usesMapping());
        QSignalSpy changed(m_workspace.get(), &ui::Workspace::dataChanged);
        dialog.startImport();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(answered, QStringList { QStringLiteral("report") });
    }
    const Database &database = m_workspace->database();
    const qint64 lines = countOf(database, QStringLiteral("SELECT COUNT(*) FROM cost_lines"));
    QCOMPARE(lines, 24);

    answered.clear();
    {
        ImportDialog dialog(*m_workspace);
        QVERIFY(dialog.openFile(path));
        dialog.startImport();
        QCOMPARE(answered, (QStringList { QStringLiteral("question"), QStringLiteral("report") }));
    }
    QCOMPARE(countOf(database, QStringLiteral("SELECT COUNT(*) FROM cost_lines")), lines);
    const QList<ImportBatch> batches = ImportRepository(m_workspace->database()).batches();
    QCOMPARE(batches.size(), 2);
    // The newer export of the same statements replaced the older one's rows.
    const auto replaced = std::count_if(batches.cbegin(), batches.cend(), [](const ImportBatch &batch) {
        return batch.status == ImportBatchStatus::Replaced;
    });
    QCOMPARE(replaced, 1);
}

// A benchmark more than a test: COSTBOARD_LARGE_IMPORT_ROWS=1000000 generates a generic CSV of
// that many rows and imports it through the dialog, printing the longest the event loop waited.
QTEST_MAIN(TestImportsPage)
#include "tst_importspage.moc"
