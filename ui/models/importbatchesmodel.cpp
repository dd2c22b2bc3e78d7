// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/importbatchesmodel.h"

#include <QColor>
#include <QLocale>

#include "domain/money.h"
#include "import/importtexts.h"

namespace costboard::ui {

ImportBatchesModel::ImportBatchesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportBatchesModel::setBatches(const QList<ImportBatch> &batches, const QString &reportingCurrency)
{
    beginResetModel();
    m_batches = batches;
    m_reportingCurrency = reportingCurrency;
    endResetModel(); // a reset also refreshes the headers, which name the reporting currency
}

std::optional<int> ImportBatchesModel::rowOfBatch(std::int64_t batchId) const
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (m_batches.at(row).id == batchId)
            return row;
    }
    return std::nullopt;
}

int ImportBatchesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_batches.size());
}

int ImportBatchesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportBatchesModel::statusLabel(ImportBatchStatus status)
{
    switch (status) {
    case ImportBatchStatus::Active:
        return tr("Active");
    case ImportBatchStatus::Replaced:
        return tr("Replaced by a later export");
    case ImportBatchStatus::Undone:
        return tr("Undone");
    }
    return QString();
}

QString ImportBatchesModel::sourceLabel(const ImportBatch &batch)
{
    const QString format = importFormatName(batch.format);
    // "OpenAI costs (JSON)" already names OpenAI; a FOCUS export does not say whose it is.
    if (batch.provider.isEmpty() || format.contains(batch.provider, Qt::CaseInsensitive))
        return format;
    return tr("%1 · %2", "import format · provider").arg(format, batch.provider);
}

QVariant ImportBatchesModel::displayData(const ImportBatch &batch, int column) const
{
    const QLocale locale;
    switch (column) {
    case ImportedAtColumn:
        return locale.toString(batch.importedAt.toLocalTime(), QLocale::ShortFormat);
    case FileColumn:
        return batch.fileName;
    case SourceColumn:
        return sourceLabel(batch);
    case PeriodColumn:
        if (!batch.firstDay.isValid())
            return QString();
        if (batch.firstDay == batch.lastDay)
            return locale.toString(batch.firstDay, QLocale::ShortFormat);
        return tr("%1 – %2", "first and last day of an import")
            .arg(locale.toString(batch.firstDay, QLocale::ShortFormat),
                 locale.toString(batch.lastDay, QLocale::ShortFormat));
    case RowsColumn:
        return locale.toString(batch.rowCount);
    case LinesColumn:
        return locale.toString(batch.lineCount);
    case DuplicatesColumn:
        return locale.toString(batch.duplicateCount);
    case ReplacedColumn:
        return locale.toString(batch.replacedCount);
    case TotalColumn:
        return Money(batch.reportingTotalMinor, m_reportingCurrency).toString(locale);
    case UnallocatedColumn:
        return batch.unallocatedMinor == 0
            ? tr("—", "nothing unallocated")
            : Money(batch.unallocatedMinor, m_reportingCurrency).toString(locale);
    case StatusColumn:
        return statusLabel(batch.status);
    }
    return {};
}

QVariant ImportBatchesModel::sortData(const ImportBatch &batch, int column) const
{
    switch (column) {
    case ImportedAtColumn:
        return batch.importedAt;
    case FileColumn:
        return batch.fileName;
    case SourceColumn:
        return sourceLabel(batch);
    case PeriodColumn:
        return batch.firstDay;
    case RowsColumn:
        return batch.rowCount;
    case LinesColumn:
        return batch.lineCount;
    case DuplicatesColumn:
        return batch.duplicateCount;
    case ReplacedColumn:
        return batch.replacedCount;
    case TotalColumn:
        return qlonglong(batch.reportingTotalMinor);
    case UnallocatedColumn:
        return qlonglong(batch.unallocatedMinor);
    case StatusColumn:
        return static_cast<int>(batch.status);
    }
    return {};
}

QVariant ImportBatchesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportBatch &batch = m_batches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(batch, index.column());
    case SortRole:
        return sortData(batch, index.column());
    case BatchIdRole:
        return qlonglong(batch.id);
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case TotalColumn:
        case UnallocatedColumn:
        case RowsColumn:
        case LinesColumn:
        case DuplicatesColumn:
        case ReplacedColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        // An undone import no longer counts anywhere: shown faded, kept for the record.
        if (batch.status == ImportBatchStatus::Undone)
            return QColor(0x80, 0x80, 0x80);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RowsColumn && batch.rejectedCount > 0)
            return tr("%1 rows booked; %2 wrong rows were left out")
                .arg(QLocale().toString(batch.rowCount), QLocale().toString(batch.rejectedCount));
        if (index.column() == StatusColumn && batch.status == ImportBatchStatus::Undone
            && batch.undoneAt.isValid())
            return tr("Undone on %1")
                .arg(QLocale().toString(batch.undoneAt.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == FileColumn)
            return batch.fileName;
        if (index.column() == SourceColumn)
            return sourceLabel(batch);
        if (index.column() == ImportedAtColumn && !batch.actor.isEmpty())
            return tr("Imported by %1").arg(batch.actor);
        return {};
    }
    return {};
}

QVariant ImportBatchesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ImportedAtColumn:
        return tr("Imported at");
    case FileColumn:
        return tr("File");
    case SourceColumn:
        return tr("Source");
    case PeriodColumn:
        return tr("Period");
    case RowsColumn:
        return tr("Rows");
    case LinesColumn:
        return tr("Lines");
    case DuplicatesColumn:
        return tr("Duplicates skipped");
    case ReplacedColumn:
        return tr("Replaced");
    case TotalColumn:
        return m_reportingCurrency.isEmpty() ? tr("Total") : tr("Total (%1)").arg(m_reportingCurrency);
    case UnallocatedColumn:
        return tr("Unallocated");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace costboard::ui
