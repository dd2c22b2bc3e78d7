// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/page.h"

class QLabel;
class QStandardItemModel;
class QTableView;

namespace costboard::ui {

class Workspace;

// Usage against invoice: per provider and month, the imported token usage priced from the
// catalog beside the provider's bill and the gap, gaps worth a look marked; and the models seen in
// usage with no price, whose tokens are counted apart.
class UsagePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsagePage)

public:
    enum Column
    {
        ProviderColumn,
        MonthColumn,
        TokensColumn,
        RequestsColumn,
        PricedColumn,
        BilledColumn,
        GapColumn,
        GapShareColumn,
        UnpricedColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit UsagePage(Workspace &workspace, QWidget *parent = nullptr);

    static QString pageTitle() { return tr("Usage"); }
    static QString pageIconName() { return QStringLiteral("usage"); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
    QStandardItemModel *comparisonModel() const { return m_comparison; }
    QStandardItemModel *unpricedModel() const { return m_unpriced; }

public slots:
    void refresh() override;

private:
    Workspace &m_workspace;
    QStandardItemModel *m_comparison;
    QStandardItemModel *m_unpriced;
    QTableView *m_comparisonView;
    QTableView *m_unpricedView;
    QLabel *m_summary;
    QLabel *m_unpricedTitle;
};

} // namespace costboard::ui
