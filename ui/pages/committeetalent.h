// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

#include "governance/talent.h"
#include "governance/upskilling.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace costboard::render::charts {
class TalentShapeChart;
}

namespace costboard::ui {

class Workspace;

// The Committee page's talent: the teams' shape by level against the committee's target, the
// roster that posts the salaries, the training plans and the hours of repetitive work automated.
class CommitteeTalentTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitteeTalentTab)

public:
    CommitteeTalentTab(Workspace &workspace, QWidget *parent = nullptr);

    void refresh(const QDate &today);
    render::charts::TalentShapeChart *shapeChart() const { return m_shape; }
    QTableWidget *rosterTable() const { return m_roster; }
    QTableWidget *trainingTable() const { return m_training; }
    QTableWidget *hoursTable() const { return m_hours; }
    QLabel *summary() const { return m_summary; }

public slots:
    void addMember();
    void editMember();
    void removeMember();
    void postSalaries();
    void editTargets();
    void addTrainingPlan();
    void removeTrainingPlan();
    void enterHours();

private:
    void updateActions();
    QString projectsOf(const TeamMember &member) const;

    Workspace &m_workspace;
    QDate m_today;
    QList<Project> m_projects;
    QList<TeamMember> m_members;
    QList<TrainingPlan> m_plans;
    QList<AutomatedHours> m_entered;
    QList<Project> m_hoursProjects;
    QLabel *m_summary;
    render::charts::TalentShapeChart *m_shape;
    QTableWidget *m_roster;
    QTableWidget *m_training;
    QTableWidget *m_hours;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_removePlan;
    QPushButton *m_enterHours;
};

} // namespace costboard::ui
