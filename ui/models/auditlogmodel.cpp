// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/auditlogmodel.h"

#include <array>

#include <QHash>
#include <QLocale>

namespace costboard::ui {
namespace {

// Long values (a whole cost line before and after) stay on one line in the table; the tooltip
// shows them whole.
constexpr int maxCellLength = 160;

QString elided(const QString &text)
{
    return text.size() <= maxCellLength ? text : text.left(maxCellLength - 1) + u'…';
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_changes.clear();
    m_changes.reserve(entries.size());
    for (const AuditEntry &entry : entries)
        m_changes << AuditLog::changeOf(entry);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::entityLabel(const QString &entity)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("project"), QT_TR_NOOP("Project") },
        { QStringLiteral("cost_line"), QT_TR_NOOP("Cost line") },
        { QStringLiteral("budget"), QT_TR_NOOP("Budget") },
        { QStringLiteral("alert_rule"), QT_TR_NOOP("Alert rule") },
        { QStringLiteral("alert"), QT_TR_NOOP("Alert") },
        { QStringLiteral("fx_rate"), QT_TR_NOOP("Exchange rate") },
        { QStringLiteral("setting"), QT_TR_NOOP("Database setting") },
        { QStringLiteral("import_batch"), QT_TR_NOOP("Import") },
        { QStringLiteral("import_mapping"), QT_TR_NOOP("Import mapping") },
        { QStringLiteral("allocation_rule"), QT_TR_NOOP("Allocation rule") },
        { QStringLiteral("import_row_groups"), QT_TR_NOOP("Unallocated import rows") },
    };
    const auto found = labels.constFind(entity);
    return found == labels.cend() ? entity : tr(found.value());
}

QString AuditLogModel::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("create"), QT_TR_NOOP("Created") },
        { QStringLiteral("update"), QT_TR_NOOP("Changed") },
        { QStringLiteral("set"), QT_TR_NOOP("Set") },
        { QStringLiteral("save"), QT_TR_NOOP("Saved") },
        { QStringLiteral("delete"), QT_TR_NOOP("Deleted") },
        { QStringLiteral("archive"), QT_TR_NOOP("Archived") },
        { QStringLiteral("unarchive"), QT_TR_NOOP("Unarchived") },
        { QStringLiteral("import"), QT_TR_NOOP("Imported") },
        { QStringLiteral("undo"), QT_TR_NOOP("Undone") },
        { QStringLiteral("reallocate"), QT_TR_NOOP("Reallocated") },
        { QStringLiteral("acknowledge"), QT_TR_NOOP("Acknowledged") },
    };
    const auto found = labels.constFind(action);
    return found == labels.cend() ? action : tr(found.value());
}

QString AuditLogModel::displayText(int row, int column) const
{
    const AuditEntry &entry = m_entries.at(row);
    switch (column) {
    case WhenColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return entry.actor;
    case EntityColumn:
        return entityLabel(entry.entity);
    case ItemColumn:
        return entry.entityId;
    case ActionColumn:
        return actionLabel(entry.action);
    case OldValueColumn:
        return m_changes.at(row).before;
    case NewValueColumn:
        return m_changes.at(row).after;
    default:
        return QString();
    }
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = displayText(row, column);
        return column == OldValueColumn || column == NewValueColumn ? elided(text) : text;
    }
    case Qt::ToolTipRole:
        if (column == OldValueColumn || column == NewValueColumn) {
            const QString text = displayText(row, column);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        if (column == WhenColumn)
            return QLocale().toString(m_entries.at(row).at.toLocalTime(), QLocale::LongFormat);
        return {};
    case FullTextRole:
        return displayText(row, column);
    case SortRole:
        // Entries are numbered in the order they were written: the same order as their times,
        // without ties.
        if (column == WhenColumn)
            return qlonglong(m_entries.at(row).id);
        return displayText(row, column);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case EntityColumn:
        return tr("What");
    case ItemColumn:
        return tr("Item");
    case ActionColumn:
        return tr("Action");
    case OldValueColumn:
        return tr("Old value");
    case NewValueColumn:
        return tr("New value");
    default:
        return {};
    }
}

ExportTable AuditLogModel::exportTable(const QList<int> &rows) const
{
    static const std::array<const char *, ColumnCount> keys { "at",     "actor",     "entity",   "entity-id",
                                                              "action", "old-value", "new-value" };
    ExportTable table;
    table.title = tr("Audit log");
    for (int column = 0; column < ColumnCount; ++column) {
        ExportColumn exportColumn;
        exportColumn.key = QString::fromLatin1(keys.at(column));
        exportColumn.title = headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        table.columns << exportColumn;
    }
    for (const int row : rows) {
        ExportRow exportRow;
        for (int column = 0; column < ColumnCount; ++column) {
            const QString text = column == WhenColumn
                ? m_entries.at(row).at.toLocalTime().toString(Qt::ISODate)
                : displayText(row, column);
            exportRow.cells << (text.isEmpty() ? ExportCell::empty(ExportValueType::Text)
                                               : ExportCell::ofText(text));
        }
        table.rows << exportRow;
    }
    return table;
}

} // namespace costboard::ui
