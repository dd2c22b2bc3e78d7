// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "domain/entities.h"

namespace costboard::ui {

// The exchange rates into the reporting currency, newest first per currency.
class FxRatesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FxRatesModel)

public:
    enum Column
    {
        CurrencyColumn,
        ValidFromColumn,
        RateColumn,
        ExampleColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int RateIdRole = Qt::UserRole + 2;

    explicit FxRatesModel(QObject *parent = nullptr);
    void setRates(const QList<FxRate> &rates, const QString &reportingCurrency);
    const FxRate &rateAt(int row) const { return m_rates.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<FxRate> m_rates;
    QString m_reportingCurrency;
};

} // namespace costboard::ui
