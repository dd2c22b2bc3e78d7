// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrule.h"
#include "commands/workspacecommand.h"

namespace costboard::ui {

// Base of the undoable alert-rule edits. Rules have no natural key (names need not be unique),
// and undoing a deletion or a creation re-inserts the rule under a new id, so commands keep the
// id they were made with and resolve it through the workspace's record of re-created rules:
// a toggle further up the history still finds "its" rule after the creation below it was undone
// and redone.
class AlertRuleCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AlertRuleCommand)
    Q_DISABLE_COPY_MOVE(AlertRuleCommand)

public:
    ~AlertRuleCommand() override;

protected:
    AlertRuleCommand(Workspace &workspace, QWidget *errorParent);

    // The id rule `id` has now (itself unless the rule was re-created since).
    AlertRuleId currentId(AlertRuleId id) const;
    // Records that the rule first known as `originalId` now lives under `newId`.
    void recordRecreated(AlertRuleId originalId, AlertRuleId newId);
    // The stored rule; throws ValidationError when it no longer exists.
    AlertRule currentRule(AlertRuleId id) const;
};

class CreateAlertRuleCommand final : public AlertRuleCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateAlertRuleCommand)
    Q_DISABLE_COPY_MOVE(CreateAlertRuleCommand)

public:
    // Creates a custom rule (`rule.builtIn` and `rule.id` are ignored).
    CreateAlertRuleCommand(Workspace &workspace, const AlertRule &rule, QWidget *errorParent = nullptr);

    // Id of the rule as last created: it changes each time the creation is redone.
    AlertRuleId ruleId() const { return m_currentId; }

protected:
    void apply() override;
    void revert() override;

private:
    AlertRule m_rule;
    AlertRuleId m_originalId = 0;
    AlertRuleId m_currentId = 0;
};

// Replaces a rule's settings; undo restores them. The enabled flag is left as it is at the time,
// so that an edit and an enable/disable undo independently.
//
// A built-in rule is recognised by AlertStore::ensureDefaultRules() from its kind, project, category
// and threshold; changing one of those would make it re-create the original at the next
// evaluation, next to the edited one. So such an edit keeps the built-in rule, disabled, and saves
// the new settings as a custom rule (splitsBuiltInRule()). Name, severity and trailing weeks are
// edited in place.
class EditAlertRuleCommand final : public AlertRuleCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditAlertRuleCommand)
    Q_DISABLE_COPY_MOVE(EditAlertRuleCommand)

public:
    EditAlertRuleCommand(Workspace &workspace, const AlertRule &before, const AlertRule &after,
                         QWidget *errorParent = nullptr);

    bool splitsBuiltInRule() const { return m_split; }
    // The custom rule a split created (0 when not split).
    AlertRuleId customRuleId() const { return m_customId; }

protected:
    void apply() override;
    void revert() override;

private:
    AlertRule m_before;
    AlertRule m_after;
    bool m_split;
    AlertRuleId m_originalCustomId = 0;
    AlertRuleId m_customId = 0;
    bool m_builtInWasEnabled = true;
};

// Enables or disables a rule; undo does the opposite.
class SetAlertRuleEnabledCommand final : public AlertRuleCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetAlertRuleEnabledCommand)
    Q_DISABLE_COPY_MOVE(SetAlertRuleEnabledCommand)

public:
    SetAlertRuleEnabledCommand(Workspace &workspace, const AlertRule &rule, bool enabled,
                               QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    AlertRuleId m_ruleId;
    bool m_enabled;
};

// Deletes a custom rule; undo re-creates it. Built-in rules are refused (ValidationError): the
// default rule set would create them again at the next evaluation, so they are disabled instead.
class RemoveAlertRuleCommand final : public AlertRuleCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveAlertRuleCommand)
    Q_DISABLE_COPY_MOVE(RemoveAlertRuleCommand)

public:
    RemoveAlertRuleCommand(Workspace &workspace, const AlertRule &rule, QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    AlertRule m_rule;
};

// True when `a` and `b` would be told apart by the default rule set (kind, project, category,
// threshold): what an edit of a built-in rule must not change in place.
bool changesBuiltInIdentity(const AlertRule &a, const AlertRule &b);
// True when the form-editable settings of `a` and `b` are the same (id, enabled, built-in ignored).
bool sameAlertRuleSettings(const AlertRule &a, const AlertRule &b);

} // namespace costboard::ui
