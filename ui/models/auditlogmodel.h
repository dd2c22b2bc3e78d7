// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "export/exporttables.h"
#include "storage/auditlog.h"

namespace costboard::ui {

// The audit log as the Audit log page lists it and its CSV export writes it: one row per change,
// who made it, when, on what, and the value before and after.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        EntityColumn,
        ItemColumn,
        ActionColumn,
        OldValueColumn,
        NewValueColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    // The cell's whole text (long values are shortened for display): what the text filter searches.
    static constexpr int FullTextRole = Qt::UserRole + 2;

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The rows `rows` (model rows, in the order given) as a table for core's CSV writer: the
    // columns and texts of the page, with the time in ISO 8601 so that it reads back exactly.
    ExportTable exportTable(const QList<int> &rows) const;

    // What people read for the entity and action keys the audit log stores ("cost_line" is
    // "Cost line"); a key added later and not named here shows as it is stored.
    static QString entityLabel(const QString &entity);
    static QString actionLabel(const QString &action);

private:
    QString displayText(int row, int column) const;

    QList<AuditEntry> m_entries;
    QList<AuditChange> m_changes; // AuditLog::changeOf() of each entry, read once
};

} // namespace costboard::ui
