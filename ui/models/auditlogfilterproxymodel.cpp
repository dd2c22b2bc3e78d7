// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/auditlogfilterproxymodel.h"

#include <algorithm>

#include <QRegularExpression>

#include "models/auditlogmodel.h"

namespace costboard::ui {

AuditLogFilterProxyModel::AuditLogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditLogModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void AuditLogFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    m_words = text.split(whitespace, Qt::SkipEmptyParts);
    invalidateFilter();
}

bool AuditLogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    QStringList cells;
    for (int column = 0; column < model->columnCount(sourceParent); ++column)
        cells << model->index(sourceRow, column, sourceParent).data(AuditLogModel::FullTextRole).toString();
    const QString row = cells.join(u'\n');
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&row](const QString &word) { return row.contains(word, Qt::CaseInsensitive); });
}

} // namespace costboard::ui
