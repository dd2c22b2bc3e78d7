// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/unitcostsmodel.h"

#include <QColor>
#include <QLocale>

#include "kpis.h"
#include "labels.h"

namespace costboard::ui {
namespace {

using pricing::ExactAmount;

QString unitCostText(const std::optional<ExactAmount> &cost)
{
    return cost ? formatUnitCost(*cost) : QStringLiteral("–");
}

bool isNumeric(int column, int nameColumns)
{
    return column >= nameColumns;
}

} // namespace

QString unitCostChangeText(const std::optional<double> &change)
{
    return change ? render::ratioLabel(*change, true) : QStringLiteral("–");
}

QVariant unitCostChangeColour(const std::optional<double> &change)
{
    // Below half a percent either way, a unit cost has not moved.
    if (!change || (*change < 0.005 && *change > -0.005))
        return {};
    return render::toneColour(*change > 0 ? render::KpiTone::Bad : render::KpiTone::Good);
}

UnitCostsModel::UnitCostsModel(Grouping grouping, QObject *parent)
    : QAbstractTableModel(parent)
    , m_grouping(grouping)
{ }

void UnitCostsModel::setCompactNames(bool compact)
{
    if (compact == m_compactNames)
        return;
    m_compactNames = compact;
    emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn));
}

void UnitCostsModel::setReport(const UnitCostReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int UnitCostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows().size());
}

int UnitCostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UnitCostsModel::displayed(const UnitCostRow &row, int column) const
{
    const QString &currency = m_report.currency;
    const int week = m_report.reportingWeekIndex;
    const TokenTally thisWeek = week >= 0 ? row.byWeek.value(week) : TokenTally {};
    const TokenTally lastWeek = week > 0 ? row.byWeek.value(week - 1) : TokenTally {};
    switch (column) {
    case NameColumn:
        if (m_grouping == Grouping::Projects)
            return m_compactNames ? row.code : row.code + QStringLiteral(" — ") + row.label;
        return row.label.isEmpty() ? tr("Model not recorded") : row.label;
    case VendorColumn:
        return row.vendor;
    case WeekTokensColumn:
        return tokenCountLabel(thisWeek.tokens);
    case WeekPerMillionColumn:
        return unitCostText(unitCost(thisWeek, UnitCostMeasure::PerMillionTokens, currency));
    case WeekChangeColumn:
        return unitCostChangeText(
            unitCostChange(unitCost(lastWeek, UnitCostMeasure::PerMillionTokens, currency),
                           unitCost(thisWeek, UnitCostMeasure::PerMillionTokens, currency)));
    case WeekPerRequestColumn:
        return unitCostText(unitCost(thisWeek, UnitCostMeasure::PerRequest, currency));
    case TokensPerWeekColumn:
        return tokenCountLabel(m_report.tokensPerWeek(row.total));
    case PeriodPerMillionColumn:
        return unitCostText(unitCost(row.total, UnitCostMeasure::PerMillionTokens, currency));
    case PeriodPerRequestColumn:
        return unitCostText(unitCost(row.total, UnitCostMeasure::PerRequest, currency));
    }
    return {};
}

QVariant UnitCostsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const UnitCostRow &row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayed(row, index.column());
    case Qt::TextAlignmentRole:
        return isNumeric(index.column(), VendorColumn + 1) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == WeekChangeColumn) {
            const int week = m_report.reportingWeekIndex;
            if (week <= 0)
                return {};
            return unitCostChangeColour(unitCostChange(
                unitCost(row.byWeek.value(week - 1), UnitCostMeasure::PerMillionTokens, m_report.currency),
                unitCost(row.byWeek.value(week), UnitCostMeasure::PerMillionTokens, m_report.currency)));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return displayed(row, NameColumn).isEmpty()
                ? QVariant()
                : QVariant(QString(m_grouping == Grouping::Projects
                                       ? row.code + QStringLiteral(" — ") + row.label
                                       : displayed(row, NameColumn)));
        if (index.column() == WeekTokensColumn || index.column() == TokensPerWeekColumn) {
            const int week = m_report.reportingWeekIndex;
            const std::int64_t tokens = index.column() == WeekTokensColumn
                ? (week >= 0 ? row.byWeek.value(week).tokens : 0)
                : m_report.tokensPerWeek(row.total);
            return tr("%1 tokens").arg(QLocale().toString(qlonglong(tokens)));
        }
        return {};
    }
    return {};
}

QVariant UnitCostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const IsoWeek week
        = m_report.reportingWeekIndex >= 0 ? m_report.weeks.at(m_report.reportingWeekIndex).week : IsoWeek();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case WeekChangeColumn:
            return tr("The cost of a million tokens against the week before");
        case PeriodPerRequestColumn:
        case WeekPerRequestColumn:
            return tr("The cost of the lines that count their requests, over those requests");
        case TokensPerWeekColumn:
            return tr("The period's tokens over its days, times seven");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return m_grouping == Grouping::Projects ? tr("Project") : tr("Model");
    case VendorColumn:
        return tr("Billed by");
    case WeekTokensColumn:
        return tr("Tokens %1").arg(render::weekLabel(week));
    case WeekPerMillionColumn:
        return tr("Per 1M tokens");
    case WeekChangeColumn:
        return tr("vs week before");
    case WeekPerRequestColumn:
        return tr("Per request");
    case TokensPerWeekColumn:
        return tr("Tokens a week, period");
    case PeriodPerMillionColumn:
        return tr("Per 1M tokens, period");
    case PeriodPerRequestColumn:
        return tr("Per request, period");
    }
    return {};
}

BenchmarkCostsModel::BenchmarkCostsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BenchmarkCostsModel::setCompactNames(bool compact)
{
    if (compact == m_compactNames)
        return;
    m_compactNames = compact;
    emit dataChanged(index(0, ProjectColumn), index(rowCount() - 1, ProjectColumn));
}

void BenchmarkCostsModel::setReport(const UnitCostReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int BenchmarkCostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.benchmarks.size());
}

int BenchmarkCostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BenchmarkCostsModel::displayed(const BenchmarkRow &row, int column) const
{
    const QString &currency = m_report.currency;
    const int week = m_report.reportingWeekIndex;
    const QLocale locale;
    switch (column) {
    case ProjectColumn:
        return m_compactNames ? row.code : row.code + QStringLiteral(" — ") + row.name;
    case UnitColumn:
        return row.unit;
    case WeekVolumeColumn: {
        const std::optional<std::int64_t> volume = week >= 0 ? row.volumeByWeek.value(week) : std::nullopt;
        return volume ? locale.toString(qlonglong(*volume)) : tr("not entered");
    }
    case WeekCostColumn:
        return Money(week >= 0 ? row.costByWeek.value(week) : 0, currency).toString(locale);
    case WeekPerUnitColumn:
        return unitCostText(row.costPerUnitOfWeek(week, currency));
    case WeekChangeColumn:
        return unitCostChangeText(
            unitCostChange(row.costPerUnitOfWeek(week - 1, currency), row.costPerUnitOfWeek(week, currency)));
    case PeriodPerUnitColumn:
        return unitCostText(row.costPerUnitOverPeriod(currency));
    case WeeksEnteredColumn: {
        const auto entered
            = std::count_if(row.volumeByWeek.cbegin(), row.volumeByWeek.cend(),
                            [](const std::optional<std::int64_t> &volume) { return bool(volume); });
        return tr("%1 of %2").arg(entered).arg(row.volumeByWeek.size());
    }
    }
    return {};
}

QVariant BenchmarkCostsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.benchmarks.size())
        return {};
    const BenchmarkRow &row = m_report.benchmarks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayed(row, index.column());
    case Qt::TextAlignmentRole:
        return isNumeric(index.column(), UnitColumn + 1) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return index.column() == ProjectColumn
            ? QVariant(QString(row.code + QStringLiteral(" — ") + row.name))
            : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == WeekChangeColumn) {
            const int week = m_report.reportingWeekIndex;
            return unitCostChangeColour(unitCostChange(row.costPerUnitOfWeek(week - 1, m_report.currency),
                                                       row.costPerUnitOfWeek(week, m_report.currency)));
        }
        return {};
    }
    return {};
}

QVariant BenchmarkCostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case WeekCostColumn:
            return tr("The project's whole cost of the week, in the categories shown");
        case PeriodPerUnitColumn:
            return tr("The cost of the weeks whose volume was entered, over their volume");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const IsoWeek week
        = m_report.reportingWeekIndex >= 0 ? m_report.weeks.at(m_report.reportingWeekIndex).week : IsoWeek();
    switch (section) {
    case ProjectColumn:
        return tr("Project");
    case UnitColumn:
        return tr("Unit");
    case WeekVolumeColumn:
        return tr("Volume %1").arg(render::weekLabel(week));
    case WeekCostColumn:
        return tr("Cost");
    case WeekPerUnitColumn:
        return tr("Per unit");
    case WeekChangeColumn:
        return tr("vs week before");
    case PeriodPerUnitColumn:
        return tr("Per unit, period");
    case WeeksEnteredColumn:
        return tr("Weeks entered");
    }
    return {};
}

} // namespace costboard::ui
