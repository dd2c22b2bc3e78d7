// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/importspage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "dialogs/allocationrulesdialog.h"
#include "dialogs/importdialog.h"
#include "domain/money.h"
#include "errors.h"
#include "errortexts.h"
#include "import/databasetask.h"
#include "import/importer.h"
#include "models/importbatchesmodel.h"
#include "storage/databasesettings.h"
#include "storage/importrepository.h"
#include "widgets/recordtable.h"
#include "workspace.h"

namespace costboard::ui {

ImportsPage::ImportsPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new ImportBatchesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_intro(new QLabel(this))
    , m_emptyState(new QLabel(this))
    , m_undoButton(new QPushButton(tr("&Undo Import…"), this))
{
    setObjectName(QStringLiteral("importsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImportBatchesModel::SortRole);
    m_view->setObjectName(QStringLiteral("importsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImportBatchesModel::ImportedAtColumn, Qt::DescendingOrder);
    setUpRecordTable(m_view, QAbstractItemView::SingleSelection, ImportBatchesModel::SourceColumn);
    // File names and sources are long: they give way (elided, whole in their tooltip) so that the
    // total, the unallocated part and the status stay in view at 1024 pixels.
    m_view->horizontalHeader()->setSectionResizeMode(ImportBatchesModel::FileColumn,
                                                     QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(ImportBatchesModel::FileColumn,
                                              m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22);
    m_view->horizontalHeader()->setMinimumSectionSize(
        m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 6);

    m_intro->setWordWrap(true);
    // Hidden on the empty page, it still holds the buttons to the right.
    QSizePolicy introPolicy = m_intro->sizePolicy();
    introPolicy.setRetainSizeWhenHidden(true);
    m_intro->setSizePolicy(introPolicy);
    m_intro->setText(
        tr("Every imported file, newest first. Importing a newer export of the same account and period "
           "replaces the rows of the older one; undoing an import removes its cost lines."));
    m_emptyState->setObjectName(QStringLiteral("importsEmptyState"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setTextFormat(Qt::RichText);
    m_emptyState->setContentsMargins(48, 24, 48, 24);
    m_emptyState->setText(
        tr("<p style='font-size:large'><b>No file imported yet</b></p>"
           "<p>Import the cost exports of your providers instead of typing their invoices:</p>"
           "<p>a CSV file of any shape, with a column mapping you save and reuse;<br>"
           "a FOCUS billing export (FinOps Open Cost and Usage Specification);<br>"
           "OpenAI costs and Anthropic cost reports (JSON from their admin APIs);<br>"
           "Azure cost details, AWS Cost and Usage Reports 2.0 and Google Cloud billing exports.</p>"
           "<p>Rows that name no project go to the project your allocation rules give them, or to "
           "<i>Unallocated</i>.</p>"));

    auto *importButton = new QPushButton(tr("&Import File…"), this);
    importButton->setObjectName(QStringLiteral("importFileButton"));
    auto *rulesButton = new QPushButton(tr("&Allocation Rules…"), this);
    rulesButton->setObjectName(QStringLiteral("allocationRulesButton"));
    m_undoButton->setObjectName(QStringLiteral("undoImportButton"));
    m_undoButton->setToolTip(
        tr("Remove the cost lines of the selected import and bring back the rows it replaced"));
    connect(importButton, &QPushButton::clicked, this, &ImportsPage::importFile);
    connect(m_undoButton, &QPushButton::clicked, this, &ImportsPage::undoSelectedImport);
    connect(rulesButton, &QPushButton::clicked, this, &ImportsPage::editAllocationRules);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportsPage::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_intro, 1);
    buttons->addWidget(importButton);
    buttons->addWidget(m_undoButton);
    buttons->addWidget(rulesButton);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyState);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    connect(&m_workspace, &Workspace::dataChanged, this, &ImportsPage::refreshWhenShown);
    refreshWhenShown();
    m_workspace.guardWrites(m_undoButton, WriteArea::Ledger);
    m_workspace.guardWrites(importButton, WriteArea::Ledger);
    m_workspace.guardWrites(rulesButton, WriteArea::Configuration);
}

void ImportsPage::refresh()
{
    try {
        Database &database = m_workspace.database();
        m_model->setBatches(ImportRepository(database).batches(),
                            DatabaseSettings(database).reportingCurrency());
    } catch (const Error &error) {
        spdlog::error("cannot list imports: {}", error.what());
    }
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_emptyState) : m_view);
    m_intro->setVisible(m_model->rowCount() > 0);
    updateButtons();
}

std::optional<int> ImportsPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_proxy->mapToSource(rows.first()).row();
}

void ImportsPage::updateButtons()
{
    const std::optional<int> row = selectedRow();
    m_undoButton->setEnabled(row && m_model->batchAt(*row).status != ImportBatchStatus::Undone);
}

void ImportsPage::importFile()
{
    ImportDialog dialog(m_workspace, this);
    if (dialog.chooseFile())
        dialog.exec();
}

void ImportsPage::undoSelectedImport()
{
    if (const std::optional<int> row = selectedRow())
        undoBatch(m_model->batchAt(*row).id);
}

bool ImportsPage::undoBatch(std::int64_t batchId, Confirmation confirmation)
{
    const std::optional<int> row = m_model->rowOfBatch(batchId);
    if (!row || m_model->batchAt(*row).status == ImportBatchStatus::Undone)
        return false;
    const ImportBatch batch = m_model->batchAt(*row);
    if (confirmation == Confirmation::AskFirst) {
        const QLocale locale;
        QString text = tr("Undo the import of %1 (import #%2, %3)?")
                           .arg(batch.fileName, locale.toString(qlonglong(batch.id)),
                                locale.toString(batch.importedAt.toLocalTime(), QLocale::ShortFormat));
        text += u'\n'
            + tr("Its %1 rows, %2 in all, are removed from the cost lines.")
                  .arg(locale.toString(batch.rowCount),
                       Money(batch.reportingTotalMinor, m_model->reportingCurrency()).toString(locale));
        if (batch.replacedCount > 0)
            text += u'\n'
                + tr("The %1 rows of earlier imports it replaced count again.")
                      .arg(locale.toString(batch.replacedCount));
        QMessageBox question(QMessageBox::Question, tr("Undo Import"), text, QMessageBox::Cancel, this);
        question.addButton(tr("Undo Import"), QMessageBox::DestructiveRole);
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        if (question.buttonRole(question.clickedButton()) != QMessageBox::DestructiveRole)
            return false;
    }
    try {
        runDatabaseTask(m_workspace, this, tr("Undoing the import of %1…").arg(batch.fileName), false,
                        [batchId](Database &database, TaskProgress &) { Importer(database).undo(batchId); });
    } catch (const Error &error) {
        spdlog::error("undoing import {} failed: {}", batchId, error.what());
        QMessageBox::warning(this, tr("Undo Import"),
                             tr("The import could not be undone: %1").arg(costboard::errorText(error)));
        return false;
    }
    spdlog::info("import {} undone", batchId);
    m_workspace.notifyDataChanged();
    return true;
}

void ImportsPage::editAllocationRules()
{
    AllocationRulesDialog dialog(m_workspace, this);
    dialog.exec();
}

} // namespace costboard::ui
