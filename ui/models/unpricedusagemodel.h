// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "pricing/usageledger.h"

namespace costboard::ui {

// The models seen in imported usage with no price on some of their days, per meter: their tokens
// are counted apart, never booked at zero.
class UnpricedUsageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnpricedUsageModel)

public:
    enum Column
    {
        ProviderColumn,
        ModelColumn,
        MeterColumn,
        TokensColumn,
        FirstDayColumn,
        LastDayColumn,
        PriceNowColumn,
        ColumnCount
    };

    explicit UnpricedUsageModel(QObject *parent = nullptr);
    void setModels(const QList<pricing::UsageLedger::UnpricedModel> &models);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<pricing::UsageLedger::UnpricedModel> m_models;
};

} // namespace costboard::ui
