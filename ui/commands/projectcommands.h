// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/workspacecommand.h"
#include "domain/entities.h"

namespace costboard::ui {

// Base of the undoable project edits. Commands find their project by code, not by id: undoing a
// creation deletes the row and redoing it inserts a new one under a new id (ids are never reused),
// while the code is unique at every point of the history, so an edit or an archive further up the
// stack still finds "its" project after the creation below it was undone and redone.
class ProjectCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCommand)
    Q_DISABLE_COPY_MOVE(ProjectCommand)

public:
    ~ProjectCommand() override;

protected:
    ProjectCommand(Workspace &workspace, QWidget *errorParent);

    // The stored project holding `code` now. Throws ValidationError when there is none.
    Project currentProject(const QString &code) const;
};

// Creates a project; undo removes it again.
class CreateProjectCommand final : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateProjectCommand)
    Q_DISABLE_COPY_MOVE(CreateProjectCommand)

public:
    CreateProjectCommand(Workspace &workspace, const Project &project, QWidget *errorParent = nullptr);

    // Id of the project as last created: it changes each time the creation is redone.
    ProjectId projectId() const { return m_projectId; }

protected:
    void apply() override;
    void revert() override;

private:
    Project m_project;
    ProjectId m_projectId = 0;
};

// Replaces a project's details (everything the form edits); undo restores the old ones. The
// archived flag is left as it is at the time, so an edit and an archive undo independently.
class EditProjectCommand final : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditProjectCommand)
    Q_DISABLE_COPY_MOVE(EditProjectCommand)

public:
    EditProjectCommand(Workspace &workspace, const Project &before, const Project &after,
                       QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;
    void overwrite(bool forward) override;

private:
    void replace(const Project &from, const Project &to, bool checked);

    Project m_before;
    Project m_after;
};

// Archives or unarchives a project; undo does the opposite.
class SetProjectArchivedCommand final : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetProjectArchivedCommand)
    Q_DISABLE_COPY_MOVE(SetProjectArchivedCommand)

public:
    SetProjectArchivedCommand(Workspace &workspace, const Project &project, bool archived,
                              QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_code;
    bool m_archived;
};

} // namespace costboard::ui
