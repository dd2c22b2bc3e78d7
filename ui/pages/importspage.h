// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include "pages/page.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace costboard::ui {

class ImportBatchesModel;
class Workspace;

// The cost files imported into this database: when, from where, what they booked, and whether
// they still count. A file is imported from here, an import undone (its lines removed, what it
// replaced brought back), and the allocation rules that place imported rows edited.
class ImportsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportsPage)

public:
    explicit ImportsPage(Workspace &workspace, QWidget *parent = nullptr);

    static QString pageTitle() { return tr("Imports"); }
    static QString pageIconName() { return QStringLiteral("import"); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }

    ImportBatchesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *undoButton() const { return m_undoButton; }
    QLabel *emptyState() const { return m_emptyState; }

    enum class Confirmation
    {
        AskFirst,
        AlreadyConfirmed
    };
    // Undoes one import: its cost lines go, the rows it replaced come back. AskFirst shows what
    // is about to go and lets the user back out; returns whether the import was undone.
    bool undoBatch(std::int64_t batchId, Confirmation confirmation = Confirmation::AskFirst);

public slots:
    void refresh() override;
    void importFile();
    void undoSelectedImport();
    void editAllocationRules();

private:
    std::optional<int> selectedRow() const;
    void updateButtons();

    Workspace &m_workspace;
    ImportBatchesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_intro;
    QLabel *m_emptyState;
    QPushButton *m_undoButton;
};

} // namespace costboard::ui
