// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include <QStringList>
#include <QTimer>

#include "pages/page.h"
#include "storage/costlinebrowser.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableView;
class QThread;

namespace costboard::ui {

class CostLinesModel;
class CostLineTotalsWorker;
class Workspace;

// Every cost line, filtered by project, category, period, vendor and text, in any order, with
// add, edit and (multi-line) delete as undoable commands. The table reads lazily from SQL, so it
// opens as fast on a million lines as on a hundred.
class CostLinesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostLinesPage)

public:
    explicit CostLinesPage(Workspace &workspace, QWidget *parent = nullptr);
    ~CostLinesPage() override;

    static QString pageTitle() { return tr("Cost lines"); }
    static QString pageIconName() { return QStringLiteral("costlines"); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
    void activateSearch() override;

    CostLinesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QLineEdit *vendorEdit() const { return m_vendorFilter; }
    QComboBox *projectFilter() const { return m_projectFilter; }
    QComboBox *categoryFilter() const { return m_categoryFilter; }
    QCheckBox *periodCheck() const { return m_periodCheck; }
    QDateEdit *fromEdit() const { return m_fromEdit; }
    QDateEdit *toEdit() const { return m_toEdit; }
    QLabel *countLabel() const { return m_countLabel; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }

    // The filter the widgets describe (what the table shows once the typing pause is over).
    CostLineFilter filterFromWidgets() const;
    // Ids of the selected lines, in table order.
    QList<CostLineId> selectedIds() const;
    // "3 lines, 1 234,56 €": what a deletion of these loaded rows would remove.
    QString describeLines(const QList<int> &rows) const;

public slots:
    // Shows exactly these lines (the dashboard's drill-down: one week x one category, …); the
    // filter bar shows the filter and stays editable.
    void showLines(const costboard::CostLineFilter &filter);
    void refresh() override;
    void clearFilters();
    void addLine();
    void editCurrentLine();
    void deleteSelectedLines();

private:
    void applyFilter();
    void reloadChoices();
    void updateCount();
    void showTotals(const CostLineTotals &totals);
    void updateButtons();
    // Sizes the columns to the loaded lines and hides the service period when no line has one.
    void fitColumns();
    void setFilterWidgets(const CostLineFilter &filter);
    void showError(const QString &message);

    Workspace &m_workspace;
    CostLinesModel *m_model;
    QTableView *m_view;
    QComboBox *m_projectFilter;
    QComboBox *m_categoryFilter;
    QCheckBox *m_periodCheck;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QLineEdit *m_vendorFilter;
    QLineEdit *m_searchEdit;
    QPushButton *m_clearButton;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QLabel *m_countLabel;
    QStringListModel *m_vendorNames;
    QTimer m_typingPause;
    // Text filters are the one count the roll-ups cannot answer: a scan of every line, done on a
    // connection of its own in this thread so typing never waits for it. Null for in-memory
    // databases, which a second connection would not see.
    QThread *m_countThread = nullptr;
    CostLineTotalsWorker *m_countWorker = nullptr;
    std::atomic<quint64> m_countRequest { 0 };
};

} // namespace costboard::ui
