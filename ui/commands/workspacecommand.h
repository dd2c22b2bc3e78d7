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

    // Perform and reverse the write; both throw costboard::Error when the database refuses it.
    virtual void apply() = 0;
    virtual void revert() = 0;

    Workspace &m_workspace;

private:
    friend void executeCommand(Workspace &workspace, std::unique_ptr<WorkspaceCommand> command);
    void run(bool forward);

    QPointer<QWidget> m_errorParent;
    bool m_skipNextRedo = false;
};

// Performs `command` now and, when the database accepted it, pushes it on the workspace's undo
// stack and announces the change. Throws costboard::Error; nothing is pushed then.
void executeCommand(Workspace &workspace, std::unique_ptr<WorkspaceCommand> command);

} // namespace costboard::ui
