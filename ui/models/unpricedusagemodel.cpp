// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/unpricedusagemodel.h"

#include <QLocale>

namespace costboard::ui {

UnpricedUsageModel::UnpricedUsageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UnpricedUsageModel::setModels(const QList<pricing::UsageLedger::UnpricedModel> &models)
{
    beginResetModel();
    m_models = models;
    endResetModel();
}

int UnpricedUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int UnpricedUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnpricedUsageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_models.size())
        return {};
    const pricing::UsageLedger::UnpricedModel &model = m_models.at(index.row());
    const QLocale locale;
    if (role == Qt::TextAlignmentRole)
        return index.column() == TokensColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ProviderColumn:
        return model.provider;
    case ModelColumn:
        return model.model;
    case MeterColumn:
        return pricing::meterName(model.meter);
    case TokensColumn:
        return locale.toString(qlonglong(model.tokens));
    case FirstDayColumn:
        return locale.toString(model.firstDay, QLocale::ShortFormat);
    case LastDayColumn:
        return locale.toString(model.lastDay, QLocale::ShortFormat);
    case PriceNowColumn:
        return model.priceKnownNow ? tr("Priced since: import the file again") : tr("No price");
    }
    return {};
}

QVariant UnpricedUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case ModelColumn:
        return tr("Model");
    case MeterColumn:
        return tr("Priced");
    case TokensColumn:
        return tr("Tokens");
    case FirstDayColumn:
        return tr("First day");
    case LastDayColumn:
        return tr("Last day");
    case PriceNowColumn:
        return tr("Price now");
    }
    return {};
}

} // namespace costboard::ui
