// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "pages/page.h"
#include "pricing/pricecatalog.h"

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace costboard::ui {

class PriceHistoryModel;
class PriceListModel;
class Workspace;

// The model price catalog: the prices in force on a day, one row per model, per million tokens or
// per unit, with their date, origin and source; the history of the selected model below; a new
// price, a model withdrawn, a price list imported (CostBoard's or LiteLLM's JSON map); and the
// tokens per word the estimator turns words into tokens with.
class PricesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricesPage)

public:
    explicit PricesPage(Workspace &workspace, QWidget *parent = nullptr);

    static QString pageTitle() { return tr("Prices"); }
    static QString pageIconName() { return QStringLiteral("prices"); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
    void activateSearch() override;
    PriceListModel *model() const { return m_model; }
    PriceHistoryModel *historyModel() const { return m_historyModel; }
    void setDay(const QDate &day);
    void setFilterText(const QString &text);
    void selectModel(const QString &provider, const QString &model);

public slots:
    void refresh() override;
    void addPrice();
    void withdrawPrice();
    void importPriceList();
    void importPriceListFile(const QString &path);
    void saveTokensPerWord();

private:
    // The selected model's latest price entry: its provider, model and currency.
    std::optional<pricing::PriceEntry> selectedModel() const;
    void showHistory();

    Workspace &m_workspace;
    pricing::PriceCatalog m_catalog;
    PriceListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    PriceHistoryModel *m_historyModel;
    QTableView *m_historyView;
    QLabel *m_historyTitle;
    QLabel *m_intro;
    QLineEdit *m_filter;
    QDateEdit *m_day;
    QDoubleSpinBox *m_englishFactor;
    QDoubleSpinBox *m_frenchFactor;
    QPushButton *m_withdrawButton;
    QPushButton *m_saveFactorsButton;
};

} // namespace costboard::ui
