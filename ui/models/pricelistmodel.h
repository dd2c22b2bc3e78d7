// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QMap>

#include "pricing/pricecatalog.h"

namespace costboard::ui {

// The prices in force on a day, one row per model as a price list reads: the token prices per
// million in their columns, the other prices (per image, minute or hour) together, and the date,
// origin and source of the model's latest price.
class PriceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceListModel)

public:
    enum Column
    {
        ProviderColumn,
        ModelColumn,
        InputColumn,
        CachedInputColumn,
        CacheWriteColumn,
        OutputColumn,
        TrainingColumn,
        OtherColumn,
        SinceColumn,
        OriginColumn,
        SourceColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    struct ModelPrices
    {
        QString provider;
        QString model;
        QMap<pricing::Meter, pricing::PriceEntry> prices;
        // The model's most recent entry: when its prices last changed, and where that came from.
        pricing::PriceEntry latest;
    };

    explicit PriceListModel(QObject *parent = nullptr);
    // `entries`: PriceCatalog::current(), sorted by provider, model and meter.
    void setEntries(const QList<pricing::PriceEntry> &entries);
    const ModelPrices &modelAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &provider, const QString &model) const;
    // The meter a token column shows; empty for the others.
    static std::optional<pricing::Meter> meterOfColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ModelPrices> m_rows;
};

} // namespace costboard::ui
