// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "commands/workspacecommand.h"
#include "storage/benchmarkvolumes.h"

namespace costboard::ui {

// Enters a project's benchmark volumes for some weeks; undo puts back what the weeks held.
class SetBenchmarkVolumesCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetBenchmarkVolumesCommand)

public:
    SetBenchmarkVolumesCommand(Workspace &workspace, ProjectId project, const QString &projectCode,
                               const QList<WeekVolume> &volumes, QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    ProjectId m_project;
    QList<WeekVolume> m_volumes;
    QList<WeekVolume> m_before;
};

} // namespace costboard::ui
