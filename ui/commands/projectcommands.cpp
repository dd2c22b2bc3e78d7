// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/projectcommands.h"

#include "errors.h"
#include "storage/projectrepository.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

// The repository stores trimmed text; the command keeps the same so that codes compare alike.
Project trimmed(Project project)
{
    project.code = project.code.trimmed();
    project.name = project.name.trimmed();
    project.description = project.description.trimmed();
    project.owner = project.owner.trimmed();
    project.sponsor = project.sponsor.trimmed();
    project.businessUnit = project.businessUnit.trimmed();
    project.benchmarkUnit = project.benchmarkUnit.trimmed();
    return project;
}

} // namespace

bool sameProjectDetails(const Project &a, const Project &b)
{
    const Project x = trimmed(a);
    const Project y = trimmed(b);
    return x.code == y.code && x.name == y.name && x.description == y.description && x.owner == y.owner
        && x.sponsor == y.sponsor && x.businessUnit == y.businessUnit && x.benchmarkUnit == y.benchmarkUnit
        && x.status == y.status && x.decisionLevel == y.decisionLevel && x.startDate == y.startDate
        && x.endDate == y.endDate && x.dataSensitivity == y.dataSensitivity
        && x.customerFacing == y.customerFacing && x.infrastructureOnly == y.infrastructureOnly;
}

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
    , m_project(trimmed(project))
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
    , m_before(trimmed(before))
    , m_after(trimmed(after))
{
    setText(tr("Edit project %1").arg(m_after.code));
}

void EditProjectCommand::apply()
{
    replace(m_before, m_after);
}

void EditProjectCommand::revert()
{
    replace(m_after, m_before);
}

void EditProjectCommand::replace(const Project &from, const Project &to)
{
    const Project current = currentProject(from.code);
    Project replacement = to;
    replacement.id = current.id;
    replacement.archived = current.archived;
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
