// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/usagecomparisonmodel.h"

#include <QFont>
#include <QLocale>

#include "kpis.h"

namespace costboard::ui {

using pricing::UsageLedger;

namespace {

// "2026-11" as people read it: "November 2026", "novembre 2026".
QString monthName(const QString &monthKey)
{
    const QDate first = pricing::usageMonthStart(monthKey);
    return first.isValid() ? QLocale().toString(first, QStringLiteral("MMMM yyyy")) : monthKey;
}

} // namespace

UsageComparisonModel::UsageComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UsageComparisonModel::setComparison(const UsageLedger::Comparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

int UsageComparisonModel::monthsToReview() const
{
    return int(
        std::count_if(m_comparison.months.cbegin(), m_comparison.months.cend(),
                      [](const UsageLedger::MonthComparison &month) { return month.gapNeedsReview(); }));
}

QString UsageComparisonModel::reviewThreshold()
{
    return render::ratioLabel(double(UsageLedger::GapReviewBasisPoints) / 10000.0);
}

int UsageComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.months.size());
}

int UsageComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsageComparisonModel::money(std::int64_t minor) const
{
    return Money(minor, m_comparison.reportingCurrency).toString(QLocale());
}

QVariant UsageComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_comparison.months.size())
        return {};
    const UsageLedger::MonthComparison &month = m_comparison.months.at(index.row());
    const std::optional<std::int64_t> basisPoints = month.gapBasisPoints();
    const bool gapCell = index.column() == GapColumn || index.column() == GapShareColumn;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProviderColumn:
            return month.vendor;
        case MonthColumn:
            return monthName(month.month);
        case TokensColumn:
            return locale.toString(qlonglong(month.tokens));
        case RequestsColumn:
            return month.requests > 0 ? locale.toString(qlonglong(month.requests)) : QString();
        case PricedColumn:
            return money(month.pricedMinor);
        case BilledColumn:
            return month.billed ? money(month.billedMinor) : tr("not billed yet");
        case GapColumn:
            return month.billed ? money(month.gapMinor()) : QString();
        case GapShareColumn:
            return basisPoints ? render::ratioLabel(double(*basisPoints) / 10000.0, true) : QString();
        case UnpricedColumn:
            return month.unpricedTokens > 0 ? locale.toString(qlonglong(month.unpricedTokens)) : QString();
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case ProviderColumn:
            return month.vendor;
        case MonthColumn:
            return month.month;
        case TokensColumn:
            return qlonglong(month.tokens);
        case RequestsColumn:
            return qlonglong(month.requests);
        case PricedColumn:
            return qlonglong(month.pricedMinor);
        case BilledColumn:
            return month.billed ? QVariant(qlonglong(month.billedMinor)) : QVariant();
        case GapColumn:
            return month.billed ? QVariant(qlonglong(month.gapMinor())) : QVariant();
        case GapShareColumn:
            return basisPoints ? QVariant(qlonglong(*basisPoints)) : QVariant();
        case UnpricedColumn:
            return qlonglong(month.unpricedTokens);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= TokensColumn && (index.column() != BilledColumn || month.billed))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (gapCell && month.gapNeedsReview())
            return render::toneColour(render::KpiTone::Bad);
        return {};
    case Qt::FontRole:
        if (gapCell && month.gapNeedsReview()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (gapCell && month.gapNeedsReview())
            return tr("More than %1 apart: check the prices of that month and whether the usage export is "
                      "complete.")
                .arg(reviewThreshold());
        if (index.column() == PricedColumn && month.unconvertedRows > 0)
            return tr("%n row(s) have no exchange rate on their day and are left out", nullptr,
                      int(month.unconvertedRows));
        return {};
    default:
        return {};
    }
}

QVariant UsageComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case MonthColumn:
        return tr("Month");
    case TokensColumn:
        return tr("Tokens");
    case RequestsColumn:
        return tr("Requests");
    case PricedColumn:
        return tr("Priced usage");
    case BilledColumn:
        return tr("Billed");
    case GapColumn:
        return tr("Gap");
    case GapShareColumn:
        return tr("Gap %");
    case UnpricedColumn:
        return tr("Unpriced tokens");
    }
    return {};
}

} // namespace costboard::ui
