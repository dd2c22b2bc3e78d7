// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "pricing/usageledger.h"

namespace costboard::ui {

// Usage against invoice: one row per provider and month, the token usage priced from the catalog
// beside the provider's bill and the gap, gaps worth a look (core's rule) in the bad tone.
class UsageComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageComparisonModel)

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

    explicit UsageComparisonModel(QObject *parent = nullptr);
    void setComparison(const pricing::UsageLedger::Comparison &comparison);
    const pricing::UsageLedger::MonthComparison &monthAt(int row) const
    {
        return m_comparison.months.at(row);
    }
    // Months whose gap asks for a look.
    int monthsToReview() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The gap that asks for a look, written as the Gap % column writes a share ("1.0%").
    static QString reviewThreshold();

private:
    QString money(std::int64_t minor) const;

    pricing::UsageLedger::Comparison m_comparison;
};

} // namespace costboard::ui
