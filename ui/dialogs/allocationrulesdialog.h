// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDialog>
#include <QHash>
#include <QList>

#include "import/allocation.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace costboard::ui {

class Workspace;

// One allocation rule: what it looks at in an imported row, the pattern, and the project (and
// optionally the category) the rows it matches belong to.
class AllocationRuleEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllocationRuleEditor)

public:
    // `projects`: the projects a rule may name (never Unallocated), as (id, label).
    AllocationRuleEditor(const QList<std::pair<ProjectId, QString>> &projects,
                         const std::optional<AllocationRule> &existing, QWidget *parent = nullptr);

    AllocationRule rule() const;

    static QString matchLabel(AllocationMatch match);

private:
    void validate();

    AllocationRule m_rule;
    QComboBox *m_match;
    QLineEdit *m_key;
    QLabel *m_keyLabel;
    QLineEdit *m_pattern;
    QLabel *m_hint;
    QComboBox *m_project;
    QComboBox *m_category;
    QDialogButtonBox *m_buttons;
};

// The allocation rules, in the order they are tried: an imported row the file does not place
// goes to the project of the first rule that matches it, else to Unallocated. After a change,
// "Apply to unallocated rows now" places the rows already imported again.
class AllocationRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllocationRulesDialog)

public:
    explicit AllocationRulesDialog(Workspace &workspace, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const QList<AllocationRule> &rules() const { return m_rules; }

public slots:
    void addRule();
    void editRule();
    void removeRule();
    void moveUp();
    void moveDown();
    void applyToUnallocatedRows();

private:
    void reload(std::optional<std::int64_t> selectRuleId = std::nullopt);
    void updateButtons();
    std::optional<int> selectedRow() const;
    void swapWith(int offset);
    void showError(const QString &action, const QString &message);

    Workspace &m_workspace;
    QList<AllocationRule> m_rules;
    QList<std::pair<ProjectId, QString>> m_projects; // may be named by a rule
    QHash<ProjectId, QString> m_projectNames; // every project, archived ones too
    QTableWidget *m_table;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
};

} // namespace costboard::ui
