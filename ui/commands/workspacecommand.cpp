// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/workspacecommand.h"

#include <QMessageBox>
#include <QPushButton>
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
    if (m_skipNextUndo) {
        m_skipNextUndo = false;
        return;
    }
    run(false);
}

void WorkspaceCommand::overwrite(bool forward)
{
    if (forward)
        apply();
    else
        revert();
}

namespace {

// The question asked when a write meets someone else's change: Reload is the default, since it
// loses nothing.
QMessageBox *conflictBox(const QString &text, const QString &reason, QWidget *parent)
{
    auto *box = new QMessageBox(QMessageBox::Warning, WorkspaceCommand::tr("Changed by Someone Else"), text,
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("concurrentEdit"));
    box->setInformativeText(
        reason + u'\n' + WorkspaceCommand::tr("Reload to see their change, or overwrite it with yours?"));
    QPushButton *reload = box->addButton(WorkspaceCommand::tr("&Reload"), QMessageBox::RejectRole);
    reload->setObjectName(QStringLiteral("reload"));
    box->addButton(WorkspaceCommand::tr("&Overwrite"), QMessageBox::AcceptRole)
        ->setObjectName(QStringLiteral("overwrite"));
    box->setDefaultButton(reload);
    box->setEscapeButton(reload);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

void showFailure(const QString &title, const QString &text, const Error &error, QWidget *parent)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("commandError"));
    box->setInformativeText(costboard::errorText(error));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

void WorkspaceCommand::askAboutConflict(bool forward, const QString &reason)
{
    QMessageBox *box = conflictBox(
        (forward ? tr("“%1” could not be redone.") : tr("“%1” could not be undone.")).arg(text()), reason,
        m_errorParent.data());
    QUndoStack *stack = m_workspace.undoStack();
    QObject::connect(box, &QMessageBox::finished, stack, [this, box, stack, forward] {
        // Still this step where the failed undo (redo) left it? The history may have been
        // cleared meanwhile (another database opened): then there is nothing to do.
        const int at = forward ? stack->index() - 1 : stack->index();
        if (at < 0 || at >= stack->count() || stack->command(at) != this)
            return;
        if (box->clickedButton() && box->clickedButton()->objectName() == QLatin1String("overwrite")) {
            try {
                overwrite(forward);
            } catch (const Error &error) {
                spdlog::error("overwriting for \"{}\" failed: {}", text().toStdString(), error.what());
                showFailure(tr("Overwrite Failed"), tr("“%1” could not be written.").arg(text()), error,
                            m_errorParent.data());
            }
        } else {
            // Nothing was written: the step goes back where it was in the history, untouched.
            if (forward) {
                m_skipNextUndo = true;
                stack->undo();
            } else {
                m_skipNextRedo = true;
                stack->redo();
            }
        }
        m_workspace.notifyDataChanged();
    });
    box->open();
}

void WorkspaceCommand::run(bool forward)
{
    try {
        if (forward)
            apply();
        else
            revert();
    } catch (const ConcurrentEditError &conflict) {
        spdlog::warn("{} of \"{}\" met someone else's change: {}", forward ? "redo" : "undo",
                     text().toStdString(), conflict.what());
        askAboutConflict(forward, costboard::errorText(conflict));
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
    try {
        command->apply(); // throws: nothing pushed, nothing announced
    } catch (const ConcurrentEditError &conflict) {
        spdlog::warn("\"{}\" met someone else's change: {}", command->text().toStdString(), conflict.what());
        QMessageBox *box = conflictBox(WorkspaceCommand::tr("“%1” was not saved.").arg(command->text()),
                                       costboard::errorText(conflict), command->m_errorParent.data());
        // Owned by the question until the person answers: pushed on Overwrite, deleted otherwise.
        auto pending = std::make_shared<std::unique_ptr<WorkspaceCommand>>(std::move(command));
        QObject::connect(box, &QMessageBox::finished, &workspace, [&workspace, box, pending] {
            WorkspaceCommand *asked = pending->get();
            if (box->clickedButton() && box->clickedButton()->objectName() == QLatin1String("overwrite")) {
                try {
                    asked->overwrite(true);
                } catch (const Error &error) {
                    spdlog::error("overwriting for \"{}\" failed: {}", asked->text().toStdString(),
                                  error.what());
                    showFailure(WorkspaceCommand::tr("Overwrite Failed"),
                                WorkspaceCommand::tr("“%1” could not be written.").arg(asked->text()), error,
                                asked->m_errorParent.data());
                    workspace.notifyDataChanged();
                    return;
                }
                asked->m_skipNextRedo = true;
                workspace.undoStack()->push(pending->release());
            }
            workspace.notifyDataChanged();
        });
        box->open();
        return;
    }
    command->m_skipNextRedo = true;
    workspace.undoStack()->push(command.release());
    workspace.notifyDataChanged();
}

} // namespace costboard::ui
