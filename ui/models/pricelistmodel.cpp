// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/pricelistmodel.h"

#include <QLocale>

#include "models/pricehistorymodel.h"

namespace costboard::ui {

using namespace pricing;

PriceListModel::PriceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PriceListModel::setEntries(const QList<PriceEntry> &entries)
{
    beginResetModel();
    m_rows.clear();
    for (const PriceEntry &entry : entries) {
        if (m_rows.isEmpty() || m_rows.constLast().provider != entry.provider
            || m_rows.constLast().model != entry.model)
            m_rows << ModelPrices { entry.provider, entry.model, {}, entry };
        ModelPrices &row = m_rows.last();
        row.prices.insert(entry.meter, entry);
        if (entry.effectiveFrom > row.latest.effectiveFrom)
            row.latest = entry;
    }
    endResetModel();
}

int PriceListModel::rowOf(const QString &provider, const QString &model) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).provider == provider && m_rows.at(row).model == model)
            return row;
    }
    return -1;
}

std::optional<Meter> PriceListModel::meterOfColumn(int column)
{
    switch (column) {
    case InputColumn:
        return Meter::InputToken;
    case CachedInputColumn:
        return Meter::CachedInputToken;
    case CacheWriteColumn:
        return Meter::CacheWriteToken;
    case OutputColumn:
        return Meter::OutputToken;
    case TrainingColumn:
        return Meter::TrainingToken;
    default:
        return std::nullopt;
    }
}

int PriceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PriceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ModelPrices &row = m_rows.at(index.row());
    const std::optional<Meter> meter = meterOfColumn(index.column());
    const auto found = meter ? row.prices.constFind(*meter) : row.prices.constEnd();
    const PriceEntry *tokenPrice = found != row.prices.constEnd() ? &*found : nullptr;
    if (role == Qt::DisplayRole) {
        if (meter)
            return tokenPrice ? displayedPrice(*tokenPrice)->format(QLocale(), ExactAmount::Precision::Exact)
                              : QString();
        switch (index.column()) {
        case ProviderColumn:
            return row.provider;
        case ModelColumn:
            return row.model;
        case OtherColumn: {
            QStringList others;
            for (const PriceEntry &entry : row.prices) {
                if (meterDisplayUnits(entry.meter) == 1)
                    others << priceLabel(entry);
            }
            return others.join(QStringLiteral(", "));
        }
        case SinceColumn:
            return QLocale().toString(row.latest.effectiveFrom, QLocale::ShortFormat);
        case OriginColumn:
            return PriceHistoryModel::originName(row.latest.origin);
        case SourceColumn:
            return row.latest.source;
        default:
            return {};
        }
    }
    if (role == SortRole) {
        if (meter)
            return tokenPrice ? QVariant(qlonglong(*tokenPrice->microsPerMillion)) : QVariant(qlonglong(-1));
        if (index.column() == SinceColumn)
            return row.latest.effectiveFrom;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole && meter)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (tokenPrice)
            return tr("%1, since %2: %3")
                .arg(meterName(*meter), QLocale().toString(tokenPrice->effectiveFrom, QLocale::ShortFormat),
                     tokenPrice->source);
        if (index.column() == SourceColumn)
            return row.latest.source;
    }
    return {};
}

QVariant PriceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && meterOfColumn(section))
        return tr("%1, %2").arg(meterName(*meterOfColumn(section)), meterPriceBasis(*meterOfColumn(section)));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case ModelColumn:
        return tr("Model");
    case InputColumn:
        return tr("Input");
    case CachedInputColumn:
        return tr("Cached input");
    case CacheWriteColumn:
        return tr("Cache write");
    case OutputColumn:
        return tr("Output");
    case TrainingColumn:
        return tr("Training");
    case OtherColumn:
        return tr("Other prices");
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
