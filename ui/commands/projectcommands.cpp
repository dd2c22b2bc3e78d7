// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/projectcommands.h"

#include "errors.h"
#include "storage/projectrepository.h"
#include "workspace.h"

namespace costboard::ui {

ProjectCommand::ProjectCommand(Workspace &workspace, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
{ }

ProjectCommand::~ProjectCommand() = default;

Project ProjectCommand::currentProject(const QString &code) const
{
    std::optional<Project> project = ProjectRepository(m_workspace.database()).findByCode(code);
    if (!project)
        throw ValidationError(QString(), ErrorCode::ProjectNoLongerExists, { code });
    return *project;
}

CreateProjectCommand::CreateProjectCommand(Workspace &workspace, const Project &project, QWidget *errorParent)
    : ProjectCommand(workspace, errorParent)
    , m_project(asStored(project))
{
    m_project.id = 0;
    setText(tr("Create project %1").arg(m_project.code));
}

void CreateProjectCommand::apply()
{
    m_projectId = ProjectRepository(m_workspace.database()).create(m_project);
}

void CreateProjectCommand::revert()
{
    ProjectRepository(m_workspace.database()).remove(currentProject(m_project.code).id);
}

EditProjectCommand::EditProjectCommand(Workspace &workspace, const Project &before, const Project &after,
                                       QWidget *errorParent)
    : ProjectCommand(workspace, errorParent)
    , m_before(asStored(before))
    , m_after(asStored(after))
{
    setText(tr("Edit project %1").arg(m_after.code));
}

void EditProjectCommand::apply()
{
    replace(m_before, m_after, true);
}

void EditProjectCommand::revert()
{
    replace(m_after, m_before, true);
}

void EditProjectCommand::overwrite(bool forward)
{
    replace(forward ? m_before : m_after, forward ? m_after : m_before, false);
}

void EditProjectCommand::replace(const Project &from, const Project &to, bool checked)
{
    const Project current = currentProject(from.code);
    Project replacement = to;
    replacement.id = current.id;
    replacement.archived = current.archived;
    // `from` is what the page showed (apply) or what this client wrote (undo): anything else
    // there is someone else's change.
    if (checked)
        ProjectRepository(m_workspace.database()).updateChecked(replacement, from);
    else
        ProjectRepository(m_workspace.database()).update(replacement);
}

SetProjectArchivedCommand::SetProjectArchivedCommand(Workspace &workspace, const Project &project,
                                                     bool archived, QWidget *errorParent)
    : ProjectCommand(workspace, errorParent)
    , m_code(project.code.trimmed())
    , m_archived(archived)
{
    setText(archived ? tr("Archive project %1").arg(m_code) : tr("Unarchive project %1").arg(m_code));
}

void SetProjectArchivedCommand::apply()
{
    ProjectRepository(m_workspace.database()).setArchived(currentProject(m_code).id, m_archived);
}

void SetProjectArchivedCommand::revert()
{
    ProjectRepository(m_workspace.database()).setArchived(currentProject(m_code).id, !m_archived);
}

} // namespace costboard::ui
