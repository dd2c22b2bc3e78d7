// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>

#include "governance/followup.h"

class QLabel;
class QPushButton;
class QTableView;

namespace costboard::render::charts {
class MilestoneTimelineChart;
}

namespace costboard::ui {

class KpisModel;
class MilestonesModel;
class Workspace;

// The Committee page's benchmarks and milestones: every project's milestones on a timeline with
// today's line, the milestones' table, and the KPIs with their targets and latest actuals.
class CommitteeFollowUpTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitteeFollowUpTab)

public:
    CommitteeFollowUpTab(Workspace &workspace, QWidget *parent = nullptr);

    void refresh(const QDate &today);
    bool selectMilestone(MilestoneId id);
    bool selectKpi(KpiId id);

    render::charts::MilestoneTimelineChart *timeline() const { return m_timeline; }
    MilestonesModel *milestonesModel() const { return m_milestonesModel; }
    KpisModel *kpisModel() const { return m_kpisModel; }
    QTableView *milestonesView() const { return m_milestonesView; }
    QTableView *kpisView() const { return m_kpisView; }

public slots:
    void addMilestone();
    void editMilestone();
    void markMilestoneDone();
    void removeMilestone();
    void addKpi();
    void editKpi();
    void enterKpiValues();
    void removeKpi();

private:
    void updateActions();
    QString codeOf(ProjectId id) const;

    Workspace &m_workspace;
    QDate m_today;
    QHash<ProjectId, Project> m_projects;
    QLabel *m_summary;
    render::charts::MilestoneTimelineChart *m_timeline;
    MilestonesModel *m_milestonesModel;
    QTableView *m_milestonesView;
    KpisModel *m_kpisModel;
    QTableView *m_kpisView;
    QPushButton *m_editMilestone;
    QPushButton *m_doneMilestone;
    QPushButton *m_removeMilestone;
    QPushButton *m_editKpi;
    QPushButton *m_kpiValues;
    QPushButton *m_removeKpi;
};

} // namespace costboard::ui
