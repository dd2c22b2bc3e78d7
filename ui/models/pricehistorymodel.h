// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "pricing/pricecatalog.h"

namespace costboard::ui {

// One model's price entries, newest first, as the catalog keeps them: its price history, under
// the Prices page's list.
class PriceHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceHistoryModel)

public:
    enum Column
    {
        ProviderColumn,
        ModelColumn,
        MeterColumn,
        PriceColumn,
        SinceColumn,
        OriginColumn,
        SourceColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit PriceHistoryModel(QObject *parent = nullptr);
    void setEntries(const QList<pricing::PriceEntry> &entries);
    const pricing::PriceEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Where a price came from, as the table says it.
    static QString originName(pricing::PriceOrigin origin);

private:
    QList<pricing::PriceEntry> m_entries;
};

} // namespace costboard::ui
