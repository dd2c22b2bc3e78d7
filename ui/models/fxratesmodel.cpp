// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fxratesmodel.h"

#include <QLocale>

#include "storage/fxrates.h"

namespace costboard::ui {

FxRatesModel::FxRatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FxRatesModel::setRates(const QList<FxRate> &rates, const QString &reportingCurrency)
{
    beginResetModel();
    m_rates = rates;
    m_reportingCurrency = reportingCurrency;
    endResetModel();
}

int FxRatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rates.size());
}

int FxRatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FxRatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FxRate &rate = m_rates.at(index.row());
    const QLocale locale;
    if (role == RateIdRole)
        return qlonglong(rate.id);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CurrencyColumn:
            return rate.currency;
        case ValidFromColumn:
            return locale.toString(rate.validFrom, QLocale::ShortFormat);
        case RateColumn:
            return formatRateNanos(rate.rateNanos, locale);
        case ExampleColumn: {
            // What 1,000 units of the currency are worth: easier to check against an invoice.
            const Money thousand(1000 * Money::minorPerMajor(rate.currency), rate.currency);
            const FxConverter converter(m_reportingCurrency, { rate });
            const std::optional<Money> converted = converter.convert(thousand, rate.validFrom);
            return converted ? tr("%1 = %2").arg(thousand.toShortString(locale), converted->toString(locale))
                             : QString();
        }
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case CurrencyColumn:
            return rate.currency;
        case ValidFromColumn:
            return rate.validFrom;
        case RateColumn:
        case ExampleColumn:
            return qlonglong(rate.rateNanos);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == RateColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FxRatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CurrencyColumn:
        return tr("Currency");
    case ValidFromColumn:
        return tr("Valid from");
    case RateColumn:
        return tr("Rate (in %1)").arg(m_reportingCurrency);
    case ExampleColumn:
        return tr("Example");
    }
    return {};
}

} // namespace costboard::ui
