// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>

#include "storage/importrepository.h"

namespace costboard::ui {

// The imported files, one row per import batch, as the Imports page lists them: when, what,
// which days, how many rows, what it cost and whether it still counts.
class ImportBatchesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportBatchesModel)

public:
    // What matters most first: on a 1024-pixel screen the row counts are the columns that scroll.
    enum Column
    {
        ImportedAtColumn,
        FileColumn,
        SourceColumn,
        PeriodColumn,
        TotalColumn,
        UnallocatedColumn,
        StatusColumn,
        RowsColumn,
        LinesColumn,
        DuplicatesColumn,
        ReplacedColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int BatchIdRole = Qt::UserRole + 2;

    explicit ImportBatchesModel(QObject *parent = nullptr);

    void setBatches(const QList<ImportBatch> &batches, const QString &reportingCurrency);
    const ImportBatch &batchAt(int row) const { return m_batches.at(row); }
    std::optional<int> rowOfBatch(std::int64_t batchId) const;
    const QString &reportingCurrency() const { return m_reportingCurrency; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Active", "Replaced by a later export", "Undone".
    static QString statusLabel(ImportBatchStatus status);
    // "FOCUS — Amazon Web Services": the format and, when it says more, the provider.
    static QString sourceLabel(const ImportBatch &batch);

private:
    QVariant displayData(const ImportBatch &batch, int column) const;
    QVariant sortData(const ImportBatch &batch, int column) const;

    QList<ImportBatch> m_batches;
    QString m_reportingCurrency;
};

} // namespace costboard::ui
