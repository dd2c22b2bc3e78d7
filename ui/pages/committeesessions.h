// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

#include "governance/agenda.h"

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace costboard::ui {

class DecisionLogModel;
class SessionsModel;
class Workspace;

// The Committee page's sessions: the calendar, the next session's agenda generated from the alerts,
// the routing, the milestones, the KPIs and the decisions due (each item leading to its page), the
// minutes taken in a session and the decisions it records.
class CommitteeSessionsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitteeSessionsTab)

public:
    CommitteeSessionsTab(Workspace &workspace, QWidget *parent = nullptr);

    void refresh(const QDate &today);
    const SessionAgenda &agenda() const { return m_agenda; }
    bool selectSession(const QDate &day);
    // For tests and screenshots.
    SessionsModel *sessionsModel() const { return m_sessionsModel; }
    QTableView *sessionsView() const { return m_sessionsView; }
    QTreeWidget *agendaTree() const { return m_agendaTree; }
    QPlainTextEdit *minutesEdit() const { return m_minutes; }
    QCheckBox *heldBox() const { return m_held; }
    DecisionLogModel *decisionsModel() const { return m_decisionsModel; }

public slots:
    void planSessions();
    void planSelectedSession();
    void moveSelectedSession();
    void removeSelectedSession();
    void saveMinutes();
    void recordDecision();
    void markDecisionDone();
    void exportCalendar();

signals:
    void alertRequested(qint64 alertId);
    void projectRequested(costboard::ProjectId projectId);
    void routingRequested(costboard::ProjectId projectId);
    void milestoneRequested(qint64 milestoneId);
    void kpiRequested(qint64 kpiId);
    void decisionRequested(qint64 decisionId);

private:
    std::optional<CommitteeSession> selectedSession() const;
    void showSession();
    void fillAgenda();
    void updateActions();
    void openAgendaItem();

    Workspace &m_workspace;
    QDate m_today;
    SessionAgenda m_agenda;
    QList<Project> m_projects;
    QLabel *m_summary;
    SessionsModel *m_sessionsModel;
    QTableView *m_sessionsView;
    QPushButton *m_planOne;
    QPushButton *m_move;
    QPushButton *m_remove;
    QLabel *m_sessionTitle;
    QTreeWidget *m_agendaTree;
    QPlainTextEdit *m_minutes;
    QCheckBox *m_held;
    QPushButton *m_saveMinutes;
    DecisionLogModel *m_decisionsModel;
    QTableView *m_decisionsView;
    QPushButton *m_record;
    QPushButton *m_done;
    QString m_shownMinutes;
    bool m_shownHeld = false;
};

} // namespace costboard::ui
