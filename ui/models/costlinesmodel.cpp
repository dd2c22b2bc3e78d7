// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/costlinesmodel.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCursor>
#include <QGuiApplication>
#include <QLocale>
#include <QScopedValueRollback>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "errortexts.h"
#include "labels.h"
#include "storage/database.h"
#include "storage/databasesettings.h"

namespace costboard::ui {
namespace {

QString sourceLabel(const QString &source)
{
    if (source == QLatin1String("manual"))
        return CostLinesModel::tr("Manual entry");
    if (source == QLatin1String("demo"))
        return CostLinesModel::tr("Demo data");
    return source;
}

QString quantityText(const CostLineRow &line, const QLocale &locale)
{
    if (!line.quantity)
        return QString();
    return quantityLabel(*line.quantity, line.unit, locale);
}

// Most reads take milliseconds, but ordering a million lines by a column without an index (the
// description, the project's name) takes a moment: say so with the cursor.
class BusyCursor final
{
public:
    BusyCursor()
        : m_shown(qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr)
    {
        if (m_shown)
            QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    }
    ~BusyCursor()
    {
        if (m_shown)
            QGuiApplication::restoreOverrideCursor();
    }
    Q_DISABLE_COPY_MOVE(BusyCursor)

private:
    bool m_shown;
};

} // namespace

CostLinesModel::CostLinesModel(Database &database, QObject *parent, FirstLoad firstLoad)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_browser(database)
{
    if (firstLoad == FirstLoad::OnConstruction)
        reload(0);
}

void CostLinesModel::setFilter(const CostLineFilter &filter)
{
    m_filter = filter;
    reload(0);
}

void CostLinesModel::refresh()
{
    reload(int(m_rows.size()));
}

void CostLinesModel::setPageSize(int lines)
{
    m_pageSize = std::max(1, lines);
}

int CostLinesModel::rowOf(CostLineId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void CostLinesModel::reload(int rows)
{
    // One query for everything that was loaded: a refresh after an edit must not cost a round
    // trip per page.
    const int wanted = std::clamp(((rows + m_pageSize - 1) / m_pageSize) * m_pageSize, m_pageSize,
                                  std::max(m_pageSize, MaximumReloadRows));
    QString failure;
    const BusyCursor busy;
    const QScopedValueRollback guard(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    try {
        m_reportingCurrency = DatabaseSettings(m_database).reportingCurrency();
        m_rows = m_browser.page(m_filter, m_sort, 0, wanted);
        m_atEnd = m_rows.size() < wanted;
    } catch (const Error &error) {
        spdlog::error("reading cost lines failed: {}", error.what());
        failure = costboard::errorText(error);
    }
    endResetModel();
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

QString CostLinesModel::servicePeriodText(const CostLineRow &line, const QLocale &locale)
{
    if (!line.serviceStart.isValid())
        return QString();
    const DayRange days = DayRange::fromHalfOpen(line.serviceStart, line.serviceEnd);
    // "1 – 30 Nov 2026": the year once, on the last day, unless the period crosses a year end.
    const QString firstFormat
        = days.first.year() == days.last.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy");
    return tr("%1 – %2", "service period: first and last day")
        .arg(locale.toString(days.first, firstFormat),
             locale.toString(days.last, QStringLiteral("d MMM yyyy")));
}

QString CostLinesModel::servicePeriodToolTip(const CostLineRow &line)
{
    if (!line.serviceStart.isValid())
        return tr("Counts on its date on both bases.");
    const QLocale locale;
    const DayRange days = DayRange::fromHalfOpen(line.serviceStart, line.serviceEnd);
    return tr("Pays for %n day(s), %1 to %2: spread evenly over them on the accrual basis, on %3 on the cash "
              "basis.",
              nullptr, int(days.dayCount()))
        .arg(locale.toString(days.first, QLocale::LongFormat),
             locale.toString(days.last, QLocale::LongFormat),
             locale.toString(line.incurredOn, QLocale::ShortFormat));
}

CostLineSortKey CostLinesModel::sortKeyOf(int column)
{
    switch (column) {
    case ServiceColumn:
        return CostLineSortKey::ServiceStart;
    case ProjectColumn:
        return CostLineSortKey::Project;
    case CategoryColumn:
        return CostLineSortKey::Category;
    case VendorColumn:
        return CostLineSortKey::Vendor;
    case DescriptionColumn:
        return CostLineSortKey::Description;
    case QuantityColumn:
        return CostLineSortKey::Quantity;
    case AmountColumn:
        return CostLineSortKey::Amount;
    case ReportingAmountColumn:
        return CostLineSortKey::ReportingAmount;
    case SourceColumn:
        return CostLineSortKey::Source;
    default:
        return CostLineSortKey::Date;
    }
}

int CostLinesModel::columnOf(CostLineSortKey key)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortKeyOf(column) == key)
            return column;
    }
    return DateColumn;
}

int CostLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CostLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CostLineRow &line = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(line, column);
    case SortRole:
        return sortData(line, column);
    case CostLineIdRole:
        return qlonglong(line.id);
    case Qt::DecorationRole:
        if (column == CategoryColumn)
            return categoryColour(line.category);
        return {};
    case Qt::TextAlignmentRole:
        if (column == AmountColumn || column == ReportingAmountColumn || column == QuantityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case ServiceColumn:
            return servicePeriodToolTip(line);
        case ProjectColumn:
            return tr("%1 — %2").arg(line.projectCode, line.projectName);
        case DescriptionColumn:
            return line.description;
        case ReportingAmountColumn:
            if (!line.reportingAmount)
                return tr("No exchange rate from %1 to %2 on this date: not counted in totals.")
                    .arg(line.amount.currency(), m_reportingCurrency);
            return {};
        case SourceColumn:
            if (!line.externalRef.isEmpty())
                return tr("Reference: %1").arg(line.externalRef);
            return {};
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CostLinesModel::displayData(const CostLineRow &line, int column) const
{
    const QLocale locale;
    switch (column) {
    case DateColumn:
        return locale.toString(line.incurredOn, QLocale::ShortFormat);
    case ServiceColumn:
        return servicePeriodText(line, locale);
    case ProjectColumn:
        return line.projectName;
    case CategoryColumn:
        return categoryLabel(line.category);
    case VendorColumn:
        return line.vendor;
    case DescriptionColumn:
        return line.description;
    case QuantityColumn:
        return quantityText(line, locale);
    case AmountColumn:
        return line.amount.toString(locale);
    case ReportingAmountColumn:
        return line.reportingAmount ? line.reportingAmount->toString(locale) : QStringLiteral("—");
    case SourceColumn:
        return sourceLabel(line.source);
    default:
        return {};
    }
}

QVariant CostLinesModel::sortData(const CostLineRow &line, int column) const
{
    switch (column) {
    case DateColumn:
        return line.incurredOn;
    case ServiceColumn:
        return line.serviceStart.isValid() ? line.serviceStart : line.incurredOn;
    case ProjectColumn:
        return line.projectName;
    case CategoryColumn:
        return static_cast<int>(line.category);
    case VendorColumn:
        return line.vendor;
    case DescriptionColumn:
        return line.description;
    case QuantityColumn:
        return line.quantity ? QVariant(*line.quantity) : QVariant();
    case AmountColumn:
        return qlonglong(line.amount.minorUnits());
    case ReportingAmountColumn:
        return line.reportingAmount ? QVariant(qlonglong(line.reportingAmount->minorUnits())) : QVariant();
    case SourceColumn:
        return line.source;
    default:
        return {};
    }
}

QVariant CostLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == AmountColumn || section == ReportingAmountColumn || section == QuantityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        if (section == ServiceColumn)
            return tr(
                "The days the cost pays for: on the accrual basis its amount is spread evenly over them; "
                "empty when it counts on its date");
        if (section == AmountColumn)
            return tr("The amount as invoiced, in its own currency");
        if (section == ReportingAmountColumn)
            return tr("The amount in %1 at the exchange rate of its date").arg(m_reportingCurrency);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ServiceColumn:
        return tr("Service period");
    case ProjectColumn:
        return tr("Project");
    case CategoryColumn:
        return tr("Category");
    case VendorColumn:
        return tr("Vendor");
    case DescriptionColumn:
        return tr("Description");
    case QuantityColumn:
        return tr("Quantity");
    case AmountColumn:
        return tr("Amount");
    case ReportingAmountColumn:
        return tr("Amount (%1)").arg(m_reportingCurrency);
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

void CostLinesModel::sort(int column, Qt::SortOrder order)
{
    const CostLineSort sort { sortKeyOf(column), order };
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload(0);
}

bool CostLinesModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a reset or an insertion is being announced: rows fetched by a listener of those
    // signals would be inserted in the middle of the change they announce.
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void CostLinesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<CostLineRow> page;
    try {
        page = m_rows.isEmpty() ? m_browser.page(m_filter, m_sort, 0, m_pageSize)
                                : m_browser.pageAfter(m_filter, m_sort, m_rows.constLast(), m_pageSize);
    } catch (const Error &error) {
        spdlog::error("reading more cost lines failed: {}", error.what());
        m_atEnd = true;
        emit loadFailed(costboard::errorText(error));
        return;
    }
    m_atEnd = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    const QScopedValueRollback guard(m_changing, true);
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

} // namespace costboard::ui
