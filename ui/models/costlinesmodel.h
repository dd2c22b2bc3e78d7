// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "storage/costlinebrowser.h"

namespace costboard {
class Database;
}

namespace costboard::ui {

// The cost lines of a filter, in an order chosen by the view's header, read a page at a time as
// the view scrolls (canFetchMore/fetchMore): a million lines cost what the visible ones cost.
// Sorting and filtering re-query SQL; nothing is sorted or filtered in memory, so there is no
// QSortFilterProxyModel in front of this model.
class CostLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostLinesModel)

public:
    enum Column
    {
        DateColumn,
        ServiceColumn,
        ProjectColumn,
        CategoryColumn,
        VendorColumn,
        DescriptionColumn,
        QuantityColumn,
        AmountColumn,
        ReportingAmountColumn,
        SourceColumn,
        ColumnCount
    };
    // Raw values: QDate, minor units (qlonglong, null without a rate), category number, quantity.
    static constexpr int SortRole = Qt::UserRole + 1;
    // The line's id (qlonglong), on every column.
    static constexpr int CostLineIdRole = Qt::UserRole + 2;
    static constexpr int DefaultPageSize = 500;
    // A refresh reloads what was on screen, but never more than this: past it the view starts
    // again near the top rather than wait for a quarter of a million lines.
    static constexpr int MaximumReloadRows = 50'000;

    // A page that is not on screen yet reads its lines on its first refresh() instead.
    enum class FirstLoad
    {
        OnConstruction,
        OnFirstRefresh
    };
    explicit CostLinesModel(Database &database, QObject *parent = nullptr,
                            FirstLoad firstLoad = FirstLoad::OnConstruction);

    const CostLineFilter &filter() const { return m_filter; }
    // Replaces the filter and reads its first page.
    void setFilter(const CostLineFilter &filter);
    const CostLineSort &currentSort() const { return m_sort; }
    // Reads the same filter and order again, as many lines as were loaded, so that after an edit
    // the view can keep its place.
    void refresh();

    int pageSize() const { return m_pageSize; }
    void setPageSize(int lines);

    // The loaded line at `row`.
    const CostLineRow &line(int row) const { return m_rows.at(row); }
    // Row of a loaded line, -1 when it is not (or not yet) loaded.
    int rowOf(CostLineId id) const;
    // True once the last line of the filter has been read.
    bool isComplete() const { return m_atEnd; }
    // The reporting currency the "Amount (EUR)" column is in.
    const QString &reportingCurrency() const { return m_reportingCurrency; }

    static CostLineSortKey sortKeyOf(int column);
    // "1 – 30 Nov 2026", empty for a line that pays for its own date; and its explanation.
    static QString servicePeriodText(const CostLineRow &line, const QLocale &locale);
    static QString servicePeriodToolTip(const CostLineRow &line);
    static int columnOf(CostLineSortKey key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A query failed: the list shows what was read before; the message is for the user.
    void loadFailed(const QString &message);

private:
    void reload(int rows);
    QVariant displayData(const CostLineRow &line, int column) const;
    QVariant sortData(const CostLineRow &line, int column) const;

    Database &m_database;
    CostLineBrowser m_browser;
    CostLineFilter m_filter;
    CostLineSort m_sort;
    QList<CostLineRow> m_rows;
    QString m_reportingCurrency;
    int m_pageSize = DefaultPageSize;
    bool m_atEnd = true;
    bool m_changing = false;
};

} // namespace costboard::ui
