// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include "domain/entities.h"
#include "import/allocation.h"
#include "import/importformat.h"

namespace costboard {

class Database;

// Active: its rows are booked. Replaced: a later export of the same statements replaced every
// row (undoing that one brings them back). Undone: removed by the user.
enum class ImportBatchStatus
{
    Active,
    Replaced,
    Undone
};

// One imported file, as the Imports page lists it.
struct ImportBatch
{
    std::int64_t id = 0;
    ImportFormat format = ImportFormat::Csv;
    QString provider;
    QString fileName;
    QString fingerprint; // BLAKE2b-256 of the file's bytes, hex
    qint64 fileSize = 0;
    QDateTime importedAt; // UTC
    QString actor;
    qint64 rowCount = 0; // rows booked
    qint64 rejectedCount = 0; // rows left out because they were wrong (accepted-valid imports)
    qint64 duplicateCount = 0; // rows already imported, skipped
    qint64 replacedCount = 0; // rows of earlier imports this one replaced
    qint64 lineCount = 0; // cost lines its rows make
    QDate firstDay;
    QDate lastDay;
    std::int64_t reportingTotalMinor = 0; // in the reporting currency
    std::int64_t unallocatedMinor = 0;
    std::optional<std::int64_t> firstRowId;
    std::optional<std::int64_t> lastRowId;
    ImportBatchStatus status = ImportBatchStatus::Active;
    QDateTime undoneAt;
};

// What imported rows of a batch share: the statement slice, where they were placed and what
// allocation matched on. `attributes` holds those fields of ImportedRow (its dates, amount,
// quantity and reference are the rows' own).
struct ImportRowGroup
{
    std::int64_t id = 0;
    std::int64_t batchId = 0;
    ImportedRow attributes;
    ProjectId projectId = 0;
    CostCategory category = CostCategory::LicencesOther;
    QString placedBy;
};

// The 64-bit key a row is known by across imports (FNV-1a of its text: the same in every run).
std::int64_t importRowKeyHash(QStringView text);

// Batches, imported rows, saved mappings and allocation rules. Batch and row writers run inside
// the importer's transaction (an import is one transaction from its first row to its batch
// record); mappings and rules are written in a transaction of their own, with their audit entry.
class ImportRepository final
{
public:
    explicit ImportRepository(Database &database);
    ~ImportRepository();

    // --- batches
    std::int64_t createBatch(const ImportBatch &batch);
    void finishBatch(const ImportBatch &batch);
    QList<ImportBatch> batches() const;
    std::optional<ImportBatch> batch(std::int64_t id) const;
    // The latest import of the same bytes that was not undone.
    std::optional<ImportBatch> activeBatchWithFingerprint(const QString &fingerprint) const;
    void markUndone(std::int64_t batchId);
    // Line count, totals and status (active or replaced) of a batch from its rows and cost
    // lines, after they were rebuilt.
    void refreshBatchFigures(std::int64_t batchId);

    // --- rows
    // Streams groups and rows into the database through prepared statements (SQLite's own API
    // when the database is SQLite: Qt's per-value binding costs more than the insert itself).
    class RowWriter
    {
    public:
        virtual ~RowWriter() = default;
        virtual std::int64_t insertGroup(const ImportRowGroup &group) = 0;
        virtual std::int64_t insertRow(std::int64_t batchId, std::int64_t groupId, const ImportedRow &row,
                                       std::int64_t rowKey)
            = 0;
    };
    std::unique_ptr<RowWriter> rowWriter();

    QList<ImportRowGroup> groups(std::int64_t batchId) const;
    // Rows of a batch not replaced by a later import, in file order, with their group.
    void
    forEachRow(const ImportBatch &batch,
               const std::function<void(const ImportRowGroup &group, const ImportedRow &row)> &onRow) const;
    // Row keys of the active rows of every active batch of `format`.
    QSet<std::int64_t> activeRowKeys(ImportFormat format) const;
    // Marks the active rows of earlier active batches of `format` in `slices` as replaced by
    // `batchId`; returns how many rows per batch.
    QHash<std::int64_t, qint64> replaceSlices(ImportFormat format, const QSet<QString> &slices,
                                              std::int64_t batchId);
    // Brings back rows `batchId` replaced; returns the batches they belong to.
    QList<std::int64_t> restoreReplacedBy(std::int64_t batchId);
    void deleteRows(const ImportBatch &batch);
    // Moves groups of rows to another project and category (re-allocation).
    void placeGroups(const QList<ImportRowGroup> &groups);

    // --- mappings
    void saveMapping(const QString &name, const ColumnMapping &mapping);
    std::optional<ColumnMapping> mapping(const QString &name) const;
    QStringList mappingNames() const;
    void removeMapping(const QString &name);

    // --- allocation rules
    QList<AllocationRule> rules() const;
    std::int64_t addRule(const AllocationRule &rule);
    void updateRule(const AllocationRule &rule);
    void removeRule(std::int64_t id);

private:
    Database &m_database;
};

QString importBatchStatusKey(ImportBatchStatus status);

} // namespace costboard
