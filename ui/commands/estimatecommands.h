// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/workspacecommand.h"
#include "pricing/savedestimates.h"

namespace costboard::ui {

// Saves a total cost of ownership as the next version of a project's estimate; undo takes that
// version away.
class SaveEstimateCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveEstimateCommand)

public:
    SaveEstimateCommand(Workspace &workspace, ProjectId project, const QString &projectCode,
                        const QString &name, const QDate &firstMonth,
                        const pricing::OwnershipEstimate &estimate, const QString &assumptions,
                        QWidget *errorParent = nullptr);
    // The version the last apply() saved.
    const pricing::SavedEstimate &saved() const { return m_saved; }

protected:
    void apply() override;
    void revert() override;

private:
    ProjectId m_project;
    QString m_name;
    QDate m_firstMonth;
    pricing::OwnershipEstimate m_estimate;
    QString m_assumptions;
    pricing::SavedEstimate m_saved;
};

} // namespace costboard::ui
