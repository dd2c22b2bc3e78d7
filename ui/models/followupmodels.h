// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

#include "governance/followup.h"
#include "governance/sessions.h"

namespace costboard::ui {

// Every project's milestones by due date, flagged as the one rule says on `today`.
class MilestonesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MilestonesModel)

public:
    enum Column
    {
        ProjectColumn,
        KindColumn,
        DueColumn,
        StateColumn,
        NoteColumn,
        ColumnCount
    };

    explicit MilestonesModel(QObject *parent = nullptr);
    void setMilestones(const QList<Milestone> &milestones, const QHash<ProjectId, Project> &projects,
                       const QDate &today);
    const Milestone &milestoneAt(int row) const { return m_milestones.at(row); }
    int rowOf(MilestoneId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Milestone> m_milestones;
    QHash<ProjectId, Project> m_projects;
    QDate m_today;
};

// Every KPI with its latest value and whether it meets its target.
class KpisModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpisModel)

public:
    enum Column
    {
        ProjectColumn,
        NameColumn,
        TargetColumn,
        LatestColumn,
        PeriodColumn,
        StatusColumn,
        ColumnCount
    };

    explicit KpisModel(QObject *parent = nullptr);
    void setStatuses(const QList<KpiStatus> &statuses, const QHash<ProjectId, Project> &projects);
    const KpiStatus &statusAt(int row) const { return m_statuses.at(row); }
    int rowOf(KpiId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<KpiStatus> m_statuses;
    QHash<ProjectId, Project> m_projects;
};

// The committee's sessions, the latest first, with how many decisions each recorded.
class SessionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsModel)

public:
    enum Column
    {
        DateColumn,
        StateColumn,
        DecisionsColumn,
        ColumnCount
    };

    explicit SessionsModel(QObject *parent = nullptr);
    // `next` is the session the agenda is for (id 0: proposed by the cadence, listed first).
    void setSessions(const QList<CommitteeSession> &sessions, const CommitteeSession &next,
                     const QHash<SessionId, int> &decisionCounts);
    const CommitteeSession &sessionAt(int row) const { return m_sessions.at(row); }
    int rowOfDate(const QDate &day) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CommitteeSession> m_sessions;
    QDate m_next;
    QHash<SessionId, int> m_decisionCounts;
};

} // namespace costboard::ui
