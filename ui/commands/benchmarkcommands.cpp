// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/benchmarkcommands.h"

#include "workspace.h"

namespace costboard::ui {

SetBenchmarkVolumesCommand::SetBenchmarkVolumesCommand(Workspace &workspace, ProjectId project,
                                                       const QString &projectCode,
                                                       const QList<WeekVolume> &volumes, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_project(project)
    , m_volumes(volumes)
{
    setText(tr("Enter %n week(s) of volume for %1", nullptr, int(volumes.size())).arg(projectCode));
}

void SetBenchmarkVolumesCommand::apply()
{
    m_before = BenchmarkVolumeRepository(m_workspace.database()).setVolumes(m_project, m_volumes);
}

void SetBenchmarkVolumesCommand::revert()
{
    BenchmarkVolumeRepository(m_workspace.database()).setVolumes(m_project, m_before);
}

} // namespace costboard::ui
