// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/fxratespage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "commands/fxratecommands.h"
#include "dialogs/fxratedialog.h"
#include "errors.h"
#include "errortexts.h"
#include "models/fxratesmodel.h"
#include "storage/databasesettings.h"
#include "storage/fxrates.h"
#include "widgets/recordtable.h"
#include "workspace.h"

namespace costboard::ui {

FxRatesPage::FxRatesPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new FxRatesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_intro(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("fxRatesPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FxRatesModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FxRatesModel::ValidFromColumn, Qt::DescendingOrder);
    setUpRecordTable(m_view, QAbstractItemView::SingleSelection, FxRatesModel::ExampleColumn);
    m_intro->setWordWrap(true);
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e5; border: 1px solid #e69500; border-radius: 4px; padding: 6px; }"));

    auto *addButton = new QPushButton(tr("&New Rate…"), this);
    connect(addButton, &QPushButton::clicked, this, &FxRatesPage::addRate);
    connect(m_editButton, &QPushButton::clicked, this, &FxRatesPage::editRate);
    connect(m_deleteButton, &QPushButton::clicked, this, &FxRatesPage::deleteRate);
    connect(m_view, &QTableView::doubleClicked, this, &FxRatesPage::editRate);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FxRatesPage::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_intro, 1);
    buttons->addWidget(addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_missing);
    layout->addWidget(m_view, 1);

    connect(&m_workspace, &Workspace::dataChanged, this, &FxRatesPage::refreshWhenShown);
    refreshWhenShown();
    m_workspace.guardWritesIn(this, WriteArea::Ledger);
}

void FxRatesPage::refresh()
{
    try {
        Database &database = m_workspace.database();
        const QString reporting = DatabaseSettings(database).reportingCurrency();
        m_model->setRates(FxRateRepository(database).ratesInto(reporting), reporting);
        m_intro->setText(
            tr("Cost lines in another currency are converted into %1 at the rate valid on their date. "
               "Changing a rate re-converts the lines it applies to.")
                .arg(reporting));
        QStringList missing;
        for (const auto &[currency, count] : unconvertedLinesByCurrency(database))
            missing << tr("%n line(s) in %1", nullptr, int(count)).arg(currency);
        m_missing->setText(
            tr("No exchange rate for: %1. These lines are left out of every total until a rate "
               "valid on their date is entered.")
                .arg(missing.join(QStringLiteral(", "))));
        m_missing->setVisible(!missing.isEmpty());
    } catch (const Error &error) {
        spdlog::error("cannot list exchange rates: {}", error.what());
    }
    updateButtons();
}

std::optional<int> FxRatesPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_proxy->mapToSource(rows.first()).row();
}

void FxRatesPage::updateButtons()
{
    const bool selected = selectedRow().has_value();
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
}

void FxRatesPage::addRate()
{
    const QString reporting = DatabaseSettings(m_workspace.database()).reportingCurrency();
    FxRateDialog dialog(reporting, std::nullopt, this);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            executeCommand(
                m_workspace,
                std::make_unique<SetFxRateCommand>(m_workspace, dialog.rate(), std::nullopt, this));
            return;
        } catch (const Error &error) {
            dialog.showError(costboard::errorText(error));
        }
    }
}

void FxRatesPage::editRate()
{
    const std::optional<int> row = selectedRow();
    if (!row)
        return;
    const FxRate existing = m_model->rateAt(*row);
    FxRateDialog dialog(existing.quoteCurrency, existing, this);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            executeCommand(m_workspace,
                           std::make_unique<SetFxRateCommand>(m_workspace, dialog.rate(), existing, this));
            return;
        } catch (const Error &error) {
            dialog.showError(costboard::errorText(error));
        }
    }
}

void FxRatesPage::deleteRate()
{
    const std::optional<int> row = selectedRow();
    if (!row)
        return;
    const FxRate rate = m_model->rateAt(*row);
    const auto answer = QMessageBox::question(
        this, tr("Delete Exchange Rate"),
        tr("Delete the %1 rate valid from %2? Lines of that period are converted with the previous rate, "
           "or left out of the totals if there is none.")
            .arg(rate.currency, QLocale().toString(rate.validFrom, QLocale::ShortFormat)));
    if (answer != QMessageBox::Yes)
        return;
    try {
        executeCommand(m_workspace, std::make_unique<RemoveFxRateCommand>(m_workspace, rate, this));
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Delete Exchange Rate"), costboard::errorText(error));
    }
}

} // namespace costboard::ui
