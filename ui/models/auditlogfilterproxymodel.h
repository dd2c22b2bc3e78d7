// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace costboard::ui {

// Filters and sorts an AuditLogModel by free text: every whitespace-separated word must appear
// (case-insensitively) in one of the row's cells, whole values included: "dupont budget" finds
// Dupont's budget changes. Entity and dates are filtered by the query (AuditLog::entries()).
class AuditLogFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogFilterProxyModel)

public:
    explicit AuditLogFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
    QStringList m_words;
};

} // namespace costboard::ui
