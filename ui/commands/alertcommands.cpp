// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/alertcommands.h"

#include <QHash>
#include <QUndoStack>

#include "alerts/alertstore.h"
#include "errors.h"
#include "labels.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

// Old id → new id of every rule re-created by an undo or a redo, for the life of the undo stack.
// Ids are never reused (AUTOINCREMENT / BIGSERIAL), so the chains cannot collide.
class AlertRuleHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertRuleHistory)

public:
    static AlertRuleHistory &of(QUndoStack *stack)
    {
        auto *history = stack->findChild<AlertRuleHistory *>(QString(), Qt::FindDirectChildrenOnly);
        return history ? *history : *new AlertRuleHistory(stack);
    }

    AlertRuleId resolve(AlertRuleId id) const
    {
        for (auto next = m_replacedBy.constFind(id); next != m_replacedBy.cend();
             next = m_replacedBy.constFind(id))
            id = *next;
        return id;
    }

    void replaced(AlertRuleId oldId, AlertRuleId newId)
    {
        if (oldId != 0 && oldId != newId)
            m_replacedBy.insert(oldId, newId);
    }

private:
    explicit AlertRuleHistory(QObject *parent)
        : QObject(parent)
    { }

    QHash<AlertRuleId, AlertRuleId> m_replacedBy;
};

AlertRule trimmed(AlertRule rule)
{
    rule.name = rule.name.trimmed();
    return rule;
}

// The rule's name as the pages show it, for the Edit menu's undo texts and messages.
QString shownName(Workspace &workspace, const AlertRule &rule)
{
    if (!rule.hasDefaultName() || !rule.projectId)
        return alertRuleName(rule, QString());
    const std::optional<Project> project = ProjectRepository(workspace.database()).find(*rule.projectId);
    return alertRuleName(rule, project ? project->code : QString());
}

} // namespace

bool changesBuiltInIdentity(const AlertRule &a, const AlertRule &b)
{
    return a.kind != b.kind || a.projectId != b.projectId || a.category != b.category
        || a.threshold != b.threshold;
}

bool sameAlertRuleSettings(const AlertRule &a, const AlertRule &b)
{
    return a.name.trimmed() == b.name.trimmed() && !changesBuiltInIdentity(a, b) && a.severity == b.severity
        && (a.kind != AlertKind::Spike || a.trailingWeeks == b.trailingWeeks);
}

AlertRuleCommand::AlertRuleCommand(Workspace &workspace, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
{ }

AlertRuleCommand::~AlertRuleCommand() = default;

AlertRuleId AlertRuleCommand::currentId(AlertRuleId id) const
{
    return AlertRuleHistory::of(m_workspace.undoStack()).resolve(id);
}

void AlertRuleCommand::recordRecreated(AlertRuleId originalId, AlertRuleId newId)
{
    AlertRuleHistory &history = AlertRuleHistory::of(m_workspace.undoStack());
    history.replaced(history.resolve(originalId), newId);
}

AlertRule AlertRuleCommand::currentRule(AlertRuleId id) const
{
    const std::optional<AlertRule> rule = AlertStore(m_workspace.database()).findRule(currentId(id));
    if (!rule)
        throw ValidationError(QString(), ErrorCode::AlertRuleNoLongerExists);
    return *rule;
}

CreateAlertRuleCommand::CreateAlertRuleCommand(Workspace &workspace, const AlertRule &rule,
                                               QWidget *errorParent)
    : AlertRuleCommand(workspace, errorParent)
    , m_rule(trimmed(rule))
{
    m_rule.id = 0;
    m_rule.builtIn.reset();
    setText(tr("Create alert rule “%1”").arg(m_rule.name));
}

void CreateAlertRuleCommand::apply()
{
    m_currentId = AlertStore(m_workspace.database()).createRule(m_rule);
    if (m_originalId == 0)
        m_originalId = m_currentId;
    else
        recordRecreated(m_originalId, m_currentId);
}

void CreateAlertRuleCommand::revert()
{
    AlertStore(m_workspace.database()).removeRule(currentId(m_originalId));
}

EditAlertRuleCommand::EditAlertRuleCommand(Workspace &workspace, const AlertRule &before,
                                           const AlertRule &after, QWidget *errorParent)
    : AlertRuleCommand(workspace, errorParent)
    , m_before(trimmed(before))
    , m_after(trimmed(after))
    , m_split(before.builtIn && changesBuiltInIdentity(before, after))
{
    m_after.id = m_before.id;
    m_after.builtIn = m_split ? std::nullopt : m_before.builtIn;
    setText(tr("Edit alert rule “%1”").arg(shownName(workspace, m_after)));
}

void EditAlertRuleCommand::apply()
{
    AlertStore store(m_workspace.database());
    // The enabled flag as it is at the time, so that an edit and a toggle undo independently.
    const AlertRule current = currentRule(m_before.id);
    if (!m_split) {
        AlertRule rule = m_after;
        rule.id = current.id;
        rule.enabled = current.enabled;
        store.updateRule(rule);
        return;
    }
    // Both writes or neither: a custom copy next to a still-enabled built-in would alert twice.
    Transaction transaction(m_workspace.database());
    AlertRule custom = m_after;
    custom.id = 0;
    custom.builtIn.reset();
    custom.enabled = current.enabled; // a rule switched off stays off under its new settings
    m_customId = store.createRule(custom);
    store.setRuleEnabled(current.id, false);
    transaction.commit();
    m_builtInWasEnabled = current.enabled;
    if (m_originalCustomId == 0)
        m_originalCustomId = m_customId;
    else
        recordRecreated(m_originalCustomId, m_customId);
}

void EditAlertRuleCommand::revert()
{
    AlertStore store(m_workspace.database());
    Transaction transaction(m_workspace.database());
    const AlertRule current = currentRule(m_before.id);
    if (m_split)
        store.removeRule(currentId(m_originalCustomId));
    AlertRule rule = m_before;
    rule.id = current.id;
    rule.enabled = m_split ? m_builtInWasEnabled : current.enabled;
    store.updateRule(rule);
    transaction.commit();
}

SetAlertRuleEnabledCommand::SetAlertRuleEnabledCommand(Workspace &workspace, const AlertRule &rule,
                                                       bool enabled, QWidget *errorParent)
    : AlertRuleCommand(workspace, errorParent)
    , m_ruleId(rule.id)
    , m_enabled(enabled)
{
    setText(enabled ? tr("Enable alert rule “%1”").arg(shownName(workspace, trimmed(rule)))
                    : tr("Disable alert rule “%1”").arg(shownName(workspace, trimmed(rule))));
}

void SetAlertRuleEnabledCommand::apply()
{
    AlertStore(m_workspace.database()).setRuleEnabled(currentId(m_ruleId), m_enabled);
}

void SetAlertRuleEnabledCommand::revert()
{
    AlertStore(m_workspace.database()).setRuleEnabled(currentId(m_ruleId), !m_enabled);
}

RemoveAlertRuleCommand::RemoveAlertRuleCommand(Workspace &workspace, const AlertRule &rule,
                                               QWidget *errorParent)
    : AlertRuleCommand(workspace, errorParent)
    , m_rule(rule)
{
    setText(tr("Delete alert rule “%1”").arg(shownName(workspace, trimmed(rule))));
}

void RemoveAlertRuleCommand::apply()
{
    // What is stored now, not what the page showed: undo must bring back the current settings.
    const AlertRule stored = currentRule(m_rule.id);
    if (stored.builtIn)
        throw ValidationError(QString(), ErrorCode::BuiltInRuleUndeletable,
                              { shownName(m_workspace, stored) });
    AlertStore(m_workspace.database()).removeRule(stored.id);
    const AlertRuleId originalId = m_rule.id;
    m_rule = stored;
    m_rule.id = originalId;
}

void RemoveAlertRuleCommand::revert()
{
    AlertRule rule = m_rule;
    rule.id = 0;
    recordRecreated(m_rule.id, AlertStore(m_workspace.database()).createRule(rule));
}

} // namespace costboard::ui

#include "alertcommands.moc"
