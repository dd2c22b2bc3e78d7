// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QHash>
#include <QList>
#include <QObject>
#include <QUndoCommand>

#include "domain/entities.h"

class QUndoStack;

namespace costboard::ui {

class Workspace;

// What undo and redo of cost-line commands share on one undo stack.
//
// Re-adding a line (undoing a deletion, redoing an addition) gives it a new id: the repository
// does not let callers choose ids. Commands further along the history still hold the old id, so
// every re-add records old → new here and every command resolves its ids through it before use.
// Ids are never reused (AUTOINCREMENT / BIGSERIAL), so the chains cannot collide.
//
// Undo and redo cannot report failure through QUndoStack (another user may have changed the
// database): a failing command logs, drops itself from the history and emits commandFailed().
class CostLineHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostLineHistory)

public:
    // The history of `stack`, created on first use as its child (it lives as long as the stack).
    static CostLineHistory &of(QUndoStack *stack);

    CostLineId resolve(CostLineId id) const;
    void replaced(CostLineId oldId, CostLineId newId);

signals:
    void commandFailed(const QString &message);

private:
    explicit CostLineHistory(QObject *parent);

    QHash<CostLineId, CostLineId> m_replacedBy;
};

// Base of the cost-line commands. The first execution happens in execute(), before the command
// goes onto the stack, so a refused edit (validation, storage) throws to the caller and leaves no
// history entry; QUndoStack's own first redo() is then a no-op.
class CostLineCommand : public QUndoCommand
{
    Q_DISABLE_COPY_MOVE(CostLineCommand)

public:
    ~CostLineCommand() override = default;

    void undo() final;
    void redo() final;

protected:
    CostLineCommand(Workspace &workspace, const QString &text);

    virtual void apply() = 0; // throws costboard::Error
    virtual void unapply() = 0; // throws costboard::Error
    CostLineHistory &history() const;

    Workspace &m_workspace;

private:
    friend void execute(Workspace &workspace, std::unique_ptr<CostLineCommand> command);
    void guarded(bool forward);

    bool m_skipNextRedo = false;
};

// Runs `command` once and pushes it onto the workspace's undo stack. Throws costboard::Error
// (nothing written, nothing pushed) when the repository refuses it.
void execute(Workspace &workspace, std::unique_ptr<CostLineCommand> command);

class AddCostLineCommand final : public CostLineCommand
{
    Q_DISABLE_COPY_MOVE(AddCostLineCommand)

public:
    AddCostLineCommand(Workspace &workspace, const CostLine &line);

    // The line's id now (it changes each time a redo re-adds it).
    CostLineId lineId() const;

protected:
    void apply() override;
    void unapply() override;

private:
    CostLine m_line;
    CostLineId m_id = 0;
};

class EditCostLineCommand final : public CostLineCommand
{
    Q_DISABLE_COPY_MOVE(EditCostLineCommand)

public:
    // `edited.id` names the line; the line as stored before is read on execution.
    EditCostLineCommand(Workspace &workspace, const CostLine &edited);

protected:
    void apply() override;
    void unapply() override;

private:
    CostLine m_before;
    CostLine m_after;
    bool m_haveBefore = false;
};

class DeleteCostLinesCommand final : public CostLineCommand
{
    Q_DISABLE_COPY_MOVE(DeleteCostLinesCommand)

public:
    DeleteCostLinesCommand(Workspace &workspace, const QList<CostLineId> &ids);

protected:
    void apply() override;
    void unapply() override;

private:
    QList<CostLineId> m_ids;
    QList<CostLine> m_lines; // as they were, in id order: undo re-adds exactly these
};

} // namespace costboard::ui
