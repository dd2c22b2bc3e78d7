// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/workspacecommand.h"

#include <QMessageBox>
#include <QUndoStack>
#include <QWidget>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "errortexts.h"
#include "workspace.h"

namespace costboard::ui {

WorkspaceCommand::WorkspaceCommand(Workspace &workspace, QWidget *errorParent)
    : m_workspace(workspace)
    , m_errorParent(errorParent)
{ }

WorkspaceCommand::~WorkspaceCommand() = default;

void WorkspaceCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    run(true);
}

void WorkspaceCommand::undo()
{
    run(false);
}

void WorkspaceCommand::run(bool forward)
{
    try {
        if (forward)
            apply();
        else
            revert();
    } catch (const Error &error) {
        // A command that cannot be replayed is dropped (QUndoStack deletes obsolete commands
        // after undo/redo) rather than offered again and again.
        spdlog::error("{} of \"{}\" failed: {}", forward ? "redo" : "undo", text().toStdString(),
                      error.what());
        setObsolete(true);
        // open(), not exec(): no nested event loop while QUndoStack is in the middle of undo().
        auto *box = new QMessageBox(
            QMessageBox::Warning, forward ? tr("Redo Failed") : tr("Undo Failed"),
            (forward ? tr("“%1” could not be redone.") : tr("“%1” could not be undone.")).arg(text()),
            QMessageBox::Ok, m_errorParent.data());
        box->setObjectName(QStringLiteral("commandError"));
        box->setInformativeText(costboard::errorText(error) + u'\n'
                                + tr("It has been removed from the undo history."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    m_workspace.notifyDataChanged();
}

void executeCommand(Workspace &workspace, std::unique_ptr<WorkspaceCommand> command)
{
    command->apply(); // throws: nothing pushed, nothing announced
    command->m_skipNextRedo = true;
    workspace.undoStack()->push(command.release());
    workspace.notifyDataChanged();
}

} // namespace costboard::ui
