// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/followupmodels.h"

#include <algorithm>

#include <QBrush>
#include <QFont>
#include <QLocale>

#include "governance/committeetext.h"
#include "kpis.h"
#include "labels.h"

namespace costboard::ui {
namespace {

QString codeOf(const QHash<ProjectId, Project> &projects, ProjectId id)
{
    return projects.contains(id) ? projects.value(id).code : QString::number(id);
}

QVariant nameTip(const QHash<ProjectId, Project> &projects, ProjectId id)
{
    return projects.contains(id) ? QVariant(render::projectName(projects.value(id))) : QVariant();
}

} // namespace

MilestonesModel::MilestonesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MilestonesModel::setMilestones(const QList<Milestone> &milestones,
                                    const QHash<ProjectId, Project> &projects, const QDate &today)
{
    beginResetModel();
    m_milestones = milestones;
    m_projects = projects;
    m_today = today;
    endResetModel();
}

int MilestonesModel::rowOf(MilestoneId id) const
{
    for (int row = 0; row < m_milestones.size(); ++row)
        if (m_milestones.at(row).id == id)
            return row;
    return -1;
}

int MilestonesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_milestones.size());
}

int MilestonesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestonesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Milestone &milestone = m_milestones.at(index.row());
    const MilestoneState state = milestoneState(milestone, m_today);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ProjectColumn:
            return codeOf(m_projects, milestone.projectId);
        case KindColumn:
            return names::milestoneKind(milestone.kind);
        case DueColumn:
            return QLocale().toString(milestone.dueOn, QLocale::ShortFormat);
        case StateColumn:
            return state == MilestoneState::Done && milestone.doneOn != milestone.dueOn
                ? tr("done on %1").arg(QLocale().toString(milestone.doneOn, QLocale::ShortFormat))
                : render::capitalized(names::milestoneState(state));
        case NoteColumn:
            return milestone.note;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (state == MilestoneState::Late)
            return QBrush(render::toneColour(render::KpiTone::Bad));
        if (state == MilestoneState::Due)
            return QBrush(render::toneColour(render::KpiTone::Warning));
    }
    if (role == Qt::FontRole && index.column() == StateColumn && state == MilestoneState::Late) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == ProjectColumn)
        return nameTip(m_projects, milestone.projectId);
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return milestone.note;
    return {};
}

QVariant MilestonesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProjectColumn:
        return tr("Project");
    case KindColumn:
        return tr("Milestone");
    case DueColumn:
        return tr("Due");
    case StateColumn:
        return tr("State");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

KpisModel::KpisModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void KpisModel::setStatuses(const QList<KpiStatus> &statuses, const QHash<ProjectId, Project> &projects)
{
    beginResetModel();
    m_statuses = statuses;
    m_projects = projects;
    endResetModel();
}

int KpisModel::rowOf(KpiId id) const
{
    for (int row = 0; row < m_statuses.size(); ++row)
        if (m_statuses.at(row).kpi.id == id)
            return row;
    return -1;
}

int KpisModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statuses.size());
}

int KpisModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpisModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KpiStatus &status = m_statuses.at(index.row());
    const Kpi &kpi = status.kpi;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ProjectColumn:
            return codeOf(m_projects, kpi.projectId);
        case NameColumn:
            return kpi.name;
        case TargetColumn:
            return names::kpiTarget(kpi, status.latest ? status.latest->targetOf(kpi) : kpi.target);
        case LatestColumn:
            return status.latest ? names::kpiValue(status.latest->actual, kpi.unit) : QStringLiteral("—");
        case PeriodColumn:
            if (!status.latest)
                return QString();
            return kpi.cadence == KpiCadence::Week
                ? render::weekLabel(IsoWeek::fromDate(status.latest->periodStart))
                : render::capitalized(
                    QLocale().toString(status.latest->periodStart, QStringLiteral("MMMM yyyy")));
        case StatusColumn:
            if (!status.latest)
                return tr("not measured yet");
            return status.isOffTarget() ? tr("off target") : tr("on target");
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == LatestColumn || index.column() == TargetColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && status.latest)
        return QBrush(
            render::toneColour(status.isOffTarget() ? render::KpiTone::Bad : render::KpiTone::Good));
    if (role == Qt::ToolTipRole && index.column() == ProjectColumn)
        return nameTip(m_projects, kpi.projectId);
    return {};
}

QVariant KpisModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProjectColumn:
        return tr("Project");
    case NameColumn:
        return tr("KPI");
    case TargetColumn:
        return tr("Target");
    case LatestColumn:
        return tr("Latest");
    case PeriodColumn:
        return tr("Period");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

SessionsModel::SessionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SessionsModel::setSessions(const QList<CommitteeSession> &sessions, const CommitteeSession &next,
                                const QHash<SessionId, int> &decisionCounts)
{
    beginResetModel();
    m_sessions = sessions;
    if (next.id == 0 && next.heldOn.isValid())
        m_sessions << next;
    std::sort(m_sessions.begin(), m_sessions.end(),
              [](const CommitteeSession &a, const CommitteeSession &b) { return a.heldOn > b.heldOn; });
    m_next = next.heldOn;
    m_decisionCounts = decisionCounts;
    endResetModel();
}

int SessionsModel::rowOfDate(const QDate &day) const
{
    for (int row = 0; row < m_sessions.size(); ++row)
        if (m_sessions.at(row).heldOn == day)
            return row;
    return -1;
}

int SessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommitteeSession &session = m_sessions.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(session.heldOn, QLocale::ShortFormat);
        case StateColumn:
            if (session.heldOn == m_next)
                return session.id == 0 ? tr("next (not planned yet)") : tr("next");
            return session.held ? tr("held") : tr("planned");
        case DecisionsColumn: {
            const int count = m_decisionCounts.value(session.id);
            return count > 0 ? QLocale().toString(count) : QString();
        }
        }
    }
    if (role == Qt::FontRole && session.heldOn == m_next) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() == DecisionsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Session");
    case StateColumn:
        return tr("State");
    case DecisionsColumn:
        return tr("Decisions");
    }
    return {};
}

} // namespace costboard::ui
