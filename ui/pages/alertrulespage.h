// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "alerts/alertrule.h"
#include "pages/page.h"

class QLabel;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace costboard::ui {

class AlertRuleDialog;
class AlertRulesModel;
class Workspace;

// The thresholds that raise alerts: budget consumed, forecast over budget, weekly spend,
// week-over-week growth and spikes, for the portfolio, a project, a category or both. Every change
// goes through the workspace's undo stack; the alerts are re-evaluated after each one.
class AlertRulesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertRulesPage)

public:
    explicit AlertRulesPage(Workspace &workspace, QWidget *parent = nullptr);
    ~AlertRulesPage() override;

    static QString pageTitle() { return tr("Alert rules"); }
    static QString pageIconName() { return QStringLiteral("rules"); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }

    // For tests.
    AlertRulesModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *enableButton() const { return m_enableButton; }
    std::optional<AlertRule> selectedRule() const;
    // Selects rule `id`'s row; returns whether it is listed.
    bool selectRule(AlertRuleId id);

public slots:
    void refresh() override;
    // Open the form (window-modal, non-blocking) and return it; it stores through the undo stack.
    AlertRuleDialog *newRule();
    AlertRuleDialog *editSelectedRule();
    void toggleSelectedEnabled();
    // Asks for confirmation (window-modal, non-blocking) and returns the question; nullptr when the
    // selected rule cannot be deleted.
    QMessageBox *deleteSelectedRule();

private:
    void setRuleEnabled(AlertRuleId id, bool enabled);
    void updateActions();

    Workspace &m_workspace;
    AlertRulesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_intro;
    QLabel *m_count;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_enableButton;
    QPushButton *m_deleteButton;
    QTableView *m_view;
};

} // namespace costboard::ui
