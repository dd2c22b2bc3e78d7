// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/pricespage.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "dialogs/pricedialog.h"
#include "errors.h"
#include "errortexts.h"
#include "models/pricehistorymodel.h"
#include "models/pricelistmodel.h"
#include "pricing/pricelistfile.h"
#include "pricing/pricerepository.h"
#include "storage/database.h"
#include "storage/validation.h"
#include "widgets/recordtable.h"
#include "workspace.h"

namespace costboard::ui {

using namespace pricing;

namespace {

// Tokens per word as the spin boxes show them (1.30), and as stored (thousandths).
double factorShown(std::int64_t milli)
{
    return double(milli) / 1000.0;
}

std::int64_t factorStored(double shown)
{
    return qRound64(shown * 1000.0);
}

} // namespace

PricesPage::PricesPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new PriceListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_historyModel(new PriceHistoryModel(this))
    , m_historyView(new QTableView(this))
    , m_historyTitle(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_day(new QDateEdit(this))
    , m_englishFactor(new QDoubleSpinBox(this))
    , m_frenchFactor(new QDoubleSpinBox(this))
    , m_withdrawButton(new QPushButton(tr("&Withdraw…"), this))
    , m_saveFactorsButton(new QPushButton(tr("Save"), this))
{
    setObjectName(QStringLiteral("pricesPage"));
    m_view->setObjectName(QStringLiteral("priceList"));
    m_historyView->setObjectName(QStringLiteral("priceHistory"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PriceListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // The filter reads the provider and model columns (and the rest): "openai" or "mini".
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PriceListModel::ProviderColumn, Qt::AscendingOrder);
    setUpRecordTable(m_view, QAbstractItemView::SingleSelection, PriceListModel::SourceColumn);
    m_historyView->setModel(m_historyModel);
    setUpRecordTable(m_historyView, QAbstractItemView::NoSelection, PriceHistoryModel::SourceColumn);
    // The title above the history names the model.
    m_historyView->setColumnHidden(PriceHistoryModel::ProviderColumn, true);
    m_historyView->setColumnHidden(PriceHistoryModel::ModelColumn, true);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("What each model costs, per million tokens or per unit, from the day shown: the "
                        "catalog CostBoard ships, the price lists you import and the prices you enter. "
                        "Prices are never overwritten: a new price takes effect from its date, so past "
                        "usage keeps the price it had. A model without a price is counted apart as "
                        "price unknown, never as free."));
    m_filter->setPlaceholderText(tr("Filter by provider or model", "kept short: the field shares its row"));
    m_filter->setClearButtonEnabled(true);
    m_day->setCalendarPopup(true);
    m_day->setDateRange(validation::earliestDate, validation::latestDate);
    m_day->setDate(QDate::currentDate());
    for (QDoubleSpinBox *factor : { m_englishFactor, m_frenchFactor }) {
        factor->setDecimals(2);
        factor->setSingleStep(0.05);
        factor->setRange(factorShown(TokensPerWord::LowestMilli), factorShown(TokensPerWord::HighestMilli));
    }
    m_englishFactor->setAccessibleName(tr("Tokens per English word"));
    m_frenchFactor->setAccessibleName(tr("Tokens per French word"));

    auto *addButton = new QPushButton(tr("&New Price…"), this);
    auto *importButton = new QPushButton(tr("&Import Price List…"), this);
    importButton->setToolTip(tr("A CostBoard price list, or the JSON model price map LiteLLM publishes "
                                "(model_prices_and_context_window.json)"));
    connect(addButton, &QPushButton::clicked, this, &PricesPage::addPrice);
    connect(m_withdrawButton, &QPushButton::clicked, this, &PricesPage::withdrawPrice);
    connect(importButton, &QPushButton::clicked, this, &PricesPage::importPriceList);
    connect(m_saveFactorsButton, &QPushButton::clicked, this, &PricesPage::saveTokensPerWord);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_day, &QDateEdit::dateChanged, this, &PricesPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PricesPage::showHistory);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PricesPage::showHistory);

    auto *top = new QHBoxLayout;
    top->addWidget(m_intro, 1);
    top->addWidget(addButton);
    top->addWidget(m_withdrawButton);
    top->addWidget(importButton);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("In force on:"), this));
    filters->addWidget(m_day);
    filters->addSpacing(24);
    filters->addWidget(new QLabel(tr("Tokens per word, English:"), this));
    filters->addWidget(m_englishFactor);
    filters->addWidget(new QLabel(tr("French:"), this));
    filters->addWidget(m_frenchFactor);
    filters->addWidget(m_saveFactorsButton);

    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_historyView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(&m_workspace, &Workspace::dataChanged, this, &PricesPage::refreshWhenShown);
    refreshWhenShown();
    for (QPushButton *button : { m_withdrawButton, m_saveFactorsButton, addButton, importButton })
        m_workspace.guardWrites(button, WriteArea::Configuration);
}

void PricesPage::activateSearch()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void PricesPage::setDay(const QDate &day)
{
    m_day->setDate(day);
}

void PricesPage::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void PricesPage::selectModel(const QString &provider, const QString &model)
{
    const int row = m_model->rowOf(provider, model);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void PricesPage::refresh()
{
    const std::optional<PriceEntry> selected = selectedModel();
    try {
        PriceRepository repository(m_workspace.database());
        m_catalog = repository.catalog();
        m_model->setEntries(m_catalog.current(m_day->date()));
        const TokensPerWord factors = repository.tokensPerWord();
        m_englishFactor->setValue(factorShown(factors.englishMilli));
        m_frenchFactor->setValue(factorShown(factors.frenchMilli));
        const bool writable = m_workspace.mayWrite(WriteArea::Configuration);
        m_saveFactorsButton->setEnabled(writable);
    } catch (const Error &error) {
        spdlog::error("cannot list prices: {}", error.what());
    }
    if (selected)
        selectModel(selected->provider, selected->model);
    // A history is there from the start: the first model's, until another is chosen.
    if (!selectedModel() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    showHistory();
}

std::optional<PriceEntry> PricesPage::selectedModel() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->modelAt(m_proxy->mapToSource(rows.first()).row()).latest;
}

void PricesPage::showHistory()
{
    const std::optional<PriceEntry> selected = selectedModel();
    m_withdrawButton->setEnabled(selected.has_value());
    if (!selected) {
        m_historyTitle->setText(tr("Select a price to see its history."));
        m_historyModel->setEntries({});
        return;
    }
    m_historyTitle->setText(tr("History of %1 %2, newest first").arg(selected->provider, selected->model));
    m_historyModel->setEntries(m_catalog.history(selected->provider, selected->model));
}

void PricesPage::addPrice()
{
    QStringList providers;
    QStringList models;
    for (const PriceEntry &entry : m_catalog.entries()) {
        if (!providers.contains(entry.provider))
            providers << entry.provider;
        if (!models.contains(entry.model))
            models << entry.model;
    }
    providers.sort();
    models.sort();
    std::optional<PriceEntry> start = selectedModel();
    if (start)
        start->meter = Meter::InputToken;
    PriceDialog dialog(providers, models, start, this);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            const PriceEntry entry = dialog.entry();
            PriceRepository(m_workspace.database()).add(entry);
            m_workspace.notifyDataChanged();
            selectModel(catalogName(entry.provider), catalogName(entry.model));
            return;
        } catch (const Error &error) {
            dialog.showError(costboard::errorText(error));
        }
    }
}

void PricesPage::withdrawPrice()
{
    const std::optional<PriceEntry> selected = selectedModel();
    if (!selected)
        return;
    const QDate from = std::max(m_day->date(), selected->effectiveFrom.addDays(1));
    const auto answer = QMessageBox::question(
        this, tr("Withdraw Model"),
        tr("From %1 on, %2 %3 has no price: its usage is counted as price unknown until a new price is "
           "entered. Its price history is kept.")
            .arg(QLocale().toString(from, QLocale::ShortFormat), selected->provider, selected->model));
    if (answer != QMessageBox::Yes)
        return;
    try {
        PriceRepository(m_workspace.database())
            .withdrawModel(selected->provider, selected->model, from, tr("withdrawn on the Prices page"));
        m_workspace.notifyDataChanged();
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Withdraw Model"), costboard::errorText(error));
    }
}

void PricesPage::importPriceList()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Price List"), QString(),
                                                      tr("Price lists (*.json);;All files (*)"));
    if (!path.isEmpty())
        importPriceListFile(path);
}

void PricesPage::importPriceListFile(const QString &path)
{
    try {
        // Read and checked whole first: one bad entry adds nothing.
        const PriceListContents contents
            = readPriceListFile(path, PriceOrigin::Imported, QDate::currentDate());
        const PriceListImport result
            = PriceRepository(m_workspace.database()).addAll(contents.entries, QFileInfo(path).fileName());
        m_workspace.notifyDataChanged();
        QString text = tr("%n price(s) added.", nullptr, result.added);
        if (result.unchanged > 0)
            text += u' '
                + tr("%n price(s) were already in force and are left as they were.", nullptr,
                     result.unchanged);
        if (!contents.modelsWithoutPrice.isEmpty())
            text += u' '
                + tr("%n model(s) listed without a price CostBoard reads (priced per character, pixel or "
                     "request) stay price unknown.",
                     nullptr, int(contents.modelsWithoutPrice.size()));
        QMessageBox::information(this, tr("Import Price List"), text);
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Import Price List"), costboard::errorText(error));
    }
}

void PricesPage::saveTokensPerWord()
{
    TokensPerWord factors;
    factors.englishMilli = factorStored(m_englishFactor->value());
    factors.frenchMilli = factorStored(m_frenchFactor->value());
    try {
        PriceRepository(m_workspace.database()).setTokensPerWord(factors);
        m_workspace.notifyDataChanged();
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Tokens per Word"), costboard::errorText(error));
    }
}

} // namespace costboard::ui
