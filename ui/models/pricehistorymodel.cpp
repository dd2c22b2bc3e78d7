// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/pricehistorymodel.h"

#include <QLocale>

namespace costboard::ui {

using namespace pricing;

PriceHistoryModel::PriceHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PriceHistoryModel::setEntries(const QList<PriceEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int PriceHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PriceHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PriceHistoryModel::originName(PriceOrigin origin)
{
    switch (origin) {
    case PriceOrigin::Shipped:
        return tr("Shipped");
    case PriceOrigin::Imported:
        return tr("Imported");
    case PriceOrigin::User:
        return tr("Entered");
    }
    return QString();
}

QVariant PriceHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const PriceEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ProviderColumn:
            return entry.provider;
        case ModelColumn:
            return entry.model;
        case MeterColumn:
            return meterName(entry.meter);
        case PriceColumn:
            return priceLabel(entry);
        case SinceColumn:
            return QLocale().toString(entry.effectiveFrom, QLocale::ShortFormat);
        case OriginColumn:
            return originName(entry.origin);
        case SourceColumn:
            return entry.source;
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case MeterColumn:
            return int(entry.meter);
        case PriceColumn:
            // Prices of different currencies and units do not compare: sort by what is priced,
            // then by the figure, so that a column of per-million prices reads in order.
            return QStringLiteral("%1|%2|%3")
                .arg(int(entry.meter), 2, 10, QLatin1Char('0'))
                .arg(entry.currency)
                .arg(entry.microsPerMillion.value_or(-1), 20, 10, QLatin1Char('0'));
        case SinceColumn:
            return entry.effectiveFrom;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == PriceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == SourceColumn)
        return entry.source;
    return {};
}

QVariant PriceHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case PriceColumn:
        return tr("Price");
    case SinceColumn:
        return tr("Since");
    case OriginColumn:
        return tr("Origin");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace costboard::ui
