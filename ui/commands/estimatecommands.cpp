// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/estimatecommands.h"

#include "workspace.h"

namespace costboard::ui {

SaveEstimateCommand::SaveEstimateCommand(Workspace &workspace, ProjectId project, const QString &projectCode,
                                         const QString &name, const QDate &firstMonth,
                                         const pricing::OwnershipEstimate &estimate,
                                         const QString &assumptions, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_project(project)
    , m_name(name)
    , m_firstMonth(firstMonth)
    , m_estimate(estimate)
    , m_assumptions(assumptions)
{
    setText(tr("Save the estimate “%1” of %2").arg(name, projectCode));
}

void SaveEstimateCommand::apply()
{
    m_saved = pricing::SavedEstimateRepository(m_workspace.database())
                  .save(m_project, m_name, m_firstMonth, m_estimate, m_assumptions);
}

void SaveEstimateCommand::revert()
{
    pricing::SavedEstimateRepository(m_workspace.database()).remove(m_saved.id);
}

} // namespace costboard::ui
