// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace costboard::ui {

class Workspace;

// Base of every undoable edit of the database. The first write happens in executeCommand(),
// before the command enters the history, so a refused write throws to the form that asked for
// it and leaves no entry behind; later undo/redo failures (the database changed behind the
// history's back) drop the command and say so in a message box.
class WorkspaceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommand)
    Q_DISABLE_COPY_MOVE(WorkspaceCommand)

public:
    ~WorkspaceCommand() override;

    void redo() final;
    void undo() final;

protected:
    // `errorParent` (may be null) parents the message shown when a later undo or redo fails.
    WorkspaceCommand(Workspace &workspace, QWidget *errorParent);

    // Perform and reverse the write; both throw costboard::Error when the database refuses it,
    // ConcurrentEditError when it would overwrite a change someone else made since.
    virtual void apply() = 0;
    virtual void revert() = 0;
    // apply() (forward) or revert() over someone else's change, once the person chose to
    // replace it. Commands that never see such a change need not override it.
    virtual void overwrite(bool forward);

    Workspace &m_workspace;

private:
    friend void executeCommand(Workspace &workspace, std::unique_ptr<WorkspaceCommand> command);
    void run(bool forward);
    // Someone else changed what the undo (or redo) would write: the person reloads (the step
    // stays where it was in the history) or overwrites their change.
    void askAboutConflict(bool forward, const QString &reason);

    QPointer<QWidget> m_errorParent;
    bool m_skipNextRedo = false;
    bool m_skipNextUndo = false;
};

// Performs `command` now and, when the database accepted it, pushes it on the workspace's undo
// stack and announces the change. Throws costboard::Error; nothing is pushed then. When it would
// overwrite someone else's change, asks (window-modal, "concurrentEdit") whether to reload or to
// overwrite, and pushes it only once overwritten.
void executeCommand(Workspace &workspace, std::unique_ptr<WorkspaceCommand> command);

} // namespace costboard::ui
