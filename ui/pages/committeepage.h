// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governance/evaluation.h"
#include "governance/routing.h"
#include "pages/page.h"

class QLabel;
class QLineEdit;
class QComboBox;
class QPushButton;
class QTabWidget;
class QTableView;

namespace costboard::render::charts {
class ValueCostMatrixChart;
}

namespace costboard::ui {

class CommitteeFollowUpTab;
class CommitteeSessionsTab;
class CommitteeTalentTab;
class DecisionLogModel;
class EvaluationModel;
class RoutingReviewModel;
class RoutingRulesModel;
class Workspace;

// The committee's own work: the portfolio ranked on the weighted criteria with the value × cost
// matrix; the routing rules and, for each project, the level they propose beside the current one,
// to accept or override with a reason; and the searchable decision log.
class CommitteePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitteePage)

public:
    explicit CommitteePage(Workspace &workspace, QWidget *parent = nullptr);

    static QString pageTitle() { return tr("Committee"); }
    static QString pageIconName() { return QStringLiteral("committee"); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
    void activateSearch() override;

    enum Tab
    {
        PortfolioTab,
        RoutingTab,
        FollowUpTab,
        SessionsTab,
        TalentTab,
        DecisionsTab
    };
    void showTab(Tab tab);

    // For tests and screenshots.
    const PortfolioEvaluation &evaluation() const { return m_evaluation; }
    const RoutingReview &routing() const { return m_routing; }
    EvaluationModel *evaluationModel() const { return m_evaluationModel; }
    RoutingReviewModel *routingModel() const { return m_routingModel; }
    DecisionLogModel *decisionModel() const { return m_decisionModel; }
    render::charts::ValueCostMatrixChart *matrix() const { return m_matrix; }
    QTableView *rankingView() const { return m_rankingView; }
    QTableView *routingView() const { return m_routingView; }
    QLineEdit *decisionSearch() const { return m_decisionSearch; }
    QTableView *decisionView() const { return m_decisionView; }
    CommitteeFollowUpTab *followUp() const { return m_followUp; }
    CommitteeSessionsTab *sessions() const { return m_sessions; }
    CommitteeTalentTab *talent() const { return m_talent; }
    // The day the figures are read on: today, unless set (tests, screenshots of a past week).
    void setReferenceDate(const QDate &date);
    QDate referenceDate() const { return m_referenceDate; }

public slots:
    void refresh() override;
    void editCriteria();
    void scoreSelectedProject();
    void editRoutingRules();
    void decideSelectedRouting();

signals:
    // A click on the matrix: the project is to be opened.
    void projectRequested(costboard::ProjectId projectId);
    // An alert on the agenda: the alert centre is to show it.
    void alertRequested(qint64 alertId);

private:
    void refreshDecisions();
    void updateActions();
    void showRouting(ProjectId project);
    void showDecision(DecisionId decision);

    Workspace &m_workspace;
    QDate m_referenceDate;
    PortfolioEvaluation m_evaluation;
    RoutingReview m_routing;
    QTabWidget *m_tabs;
    QLabel *m_portfolioSummary;
    render::charts::ValueCostMatrixChart *m_matrix;
    EvaluationModel *m_evaluationModel;
    QTableView *m_rankingView;
    QPushButton *m_score;
    QLabel *m_routingSummary;
    RoutingRulesModel *m_rulesModel;
    QTableView *m_rulesView;
    RoutingReviewModel *m_routingModel;
    QTableView *m_routingView;
    QPushButton *m_decide;
    QLineEdit *m_decisionSearch;
    QComboBox *m_decisionProject;
    DecisionLogModel *m_decisionModel;
    QTableView *m_decisionView;
    CommitteeFollowUpTab *m_followUp;
    CommitteeSessionsTab *m_sessions;
    CommitteeTalentTab *m_talent;
};

} // namespace costboard::ui
