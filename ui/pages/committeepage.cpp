// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/committeepage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "charts/valuecostmatrixchart.h"
#include "commands/governancecommands.h"
#include "dialogs/committeedialogs.h"
#include "errors.h"
#include "errortexts.h"
#include "export/dashboardexportactions.h"
#include "governance/decisions.h"
#include "labels.h"
#include "models/committeemodels.h"
#include "pages/committeefollowup.h"
#include "pages/committeesessions.h"
#include "pages/committeetalent.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "widgets/recordtable.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

QLabel *summaryLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

// Runs a command and says in a message box why the database refused it, if it did.
void runCommand(Workspace &workspace, std::unique_ptr<WorkspaceCommand> command, QWidget *parent)
{
    try {
        executeCommand(workspace, std::move(command));
    } catch (const Error &error) {
        spdlog::warn("committee change refused: {}", error.what());
        QMessageBox::warning(parent, CommitteePage::tr("Not Saved"), errorText(error));
    }
}

} // namespace

CommitteePage::CommitteePage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_referenceDate(QDate::currentDate())
    , m_tabs(new QTabWidget(this))
    , m_portfolioSummary(summaryLabel(QStringLiteral("portfolioSummary"), this))
    , m_matrix(new render::charts::ValueCostMatrixChart(this))
    , m_evaluationModel(new EvaluationModel(this))
    , m_rankingView(new QTableView(this))
    , m_score(new QPushButton(tr("&Score Project…"), this))
    , m_routingSummary(summaryLabel(QStringLiteral("routingSummary"), this))
    , m_rulesModel(new RoutingRulesModel(this))
    , m_rulesView(new QTableView(this))
    , m_routingModel(new RoutingReviewModel(this))
    , m_routingView(new QTableView(this))
    , m_decide(new QPushButton(tr("Accept or &Override…"), this))
    , m_decisionSearch(new QLineEdit(this))
    , m_decisionProject(new QComboBox(this))
    , m_decisionModel(new DecisionLogModel(this))
    , m_decisionView(new QTableView(this))
    , m_followUp(new CommitteeFollowUpTab(workspace, this))
    , m_sessions(new CommitteeSessionsTab(workspace, this))
    , m_talent(new CommitteeTalentTab(workspace, this))
{
    setObjectName(QStringLiteral("committeePage"));
    m_tabs->setObjectName(QStringLiteral("committeeTabs"));
    m_matrix->setFollowsPalette(true);
    installChartSaveMenu(m_matrix);

    // Portfolio: the matrix above the ranked table.
    m_rankingView->setObjectName(QStringLiteral("ranking"));
    m_rankingView->setModel(m_evaluationModel);
    setUpRecordTable(m_rankingView, QAbstractItemView::SingleSelection, EvaluationModel::NameColumn);
    // Scores and figures keep their width; names take the rest and stay whole, the table scrolling
    // sideways on a narrow screen.
    stretchKeepingContents(m_rankingView, EvaluationModel::NameColumn, 40);
    m_score->setObjectName(QStringLiteral("scoreProject"));
    auto *criteria = new QPushButton(tr("&Criteria…"), this);
    criteria->setObjectName(QStringLiteral("editCriteria"));
    auto *portfolioBar = new QHBoxLayout;
    portfolioBar->addWidget(m_portfolioSummary, 1);
    portfolioBar->addWidget(m_score);
    portfolioBar->addWidget(criteria);
    auto *portfolioSplitter = new QSplitter(Qt::Vertical, this);
    portfolioSplitter->addWidget(m_matrix);
    portfolioSplitter->addWidget(m_rankingView);
    portfolioSplitter->setStretchFactor(0, 3);
    portfolioSplitter->setStretchFactor(1, 2);
    portfolioSplitter->setChildrenCollapsible(false);
    auto *portfolio = new QWidget(this);
    auto *portfolioLayout = new QVBoxLayout(portfolio);
    portfolioLayout->addLayout(portfolioBar);
    portfolioLayout->addWidget(portfolioSplitter, 1);

    // Routing: the rules, then each project's level beside the proposal.
    m_rulesView->setObjectName(QStringLiteral("routingRules"));
    m_rulesView->setModel(m_rulesModel);
    setUpRecordTable(m_rulesView, QAbstractItemView::NoSelection, RoutingRulesModel::ConditionsColumn);
    m_routingView->setObjectName(QStringLiteral("routingReview"));
    m_routingView->setModel(m_routingModel);
    setUpRecordTable(m_routingView, QAbstractItemView::SingleSelection, RoutingReviewModel::ReasonColumn);
    stretchKeepingContents(m_routingView, RoutingReviewModel::ReasonColumn, 60);
    m_decide->setObjectName(QStringLiteral("decideRouting"));
    auto *rules = new QPushButton(tr("Edit &Rules…"), this);
    rules->setObjectName(QStringLiteral("editRoutingRules"));
    auto *routingBar = new QHBoxLayout;
    routingBar->addWidget(m_routingSummary, 1);
    routingBar->addWidget(m_decide);
    routingBar->addWidget(rules);
    auto *routingSplitter = new QSplitter(Qt::Vertical, this);
    routingSplitter->addWidget(m_rulesView);
    routingSplitter->addWidget(m_routingView);
    routingSplitter->setStretchFactor(0, 1);
    routingSplitter->setStretchFactor(1, 2);
    routingSplitter->setChildrenCollapsible(false);
    auto *routing = new QWidget(this);
    auto *routingLayout = new QVBoxLayout(routing);
    routingLayout->addLayout(routingBar);
    routingLayout->addWidget(routingSplitter, 1);

    // Decisions: searchable, for one project or all.
    m_decisionSearch->setObjectName(QStringLiteral("decisionSearch"));
    m_decisionSearch->setPlaceholderText(tr("Search reasons, owners and projects"));
    m_decisionSearch->setClearButtonEnabled(true);
    m_decisionProject->setObjectName(QStringLiteral("decisionProject"));
    m_decisionView->setObjectName(QStringLiteral("decisionLog"));
    m_decisionView->setModel(m_decisionModel);
    setUpRecordTable(m_decisionView, QAbstractItemView::SingleSelection, DecisionLogModel::ReasonColumn);
    auto *decisionBar = new QHBoxLayout;
    decisionBar->addWidget(m_decisionSearch, 1);
    decisionBar->addWidget(m_decisionProject);
    auto *decisions = new QWidget(this);
    auto *decisionLayout = new QVBoxLayout(decisions);
    decisionLayout->addLayout(decisionBar);
    decisionLayout->addWidget(m_decisionView, 1);

    m_tabs->addTab(portfolio, tr("Portfolio evaluation"));
    m_tabs->addTab(routing, tr("Decision routing"));
    m_tabs->addTab(m_followUp, tr("Milestones and KPIs"));
    m_tabs->addTab(m_sessions, tr("Sessions"));
    m_tabs->addTab(m_talent, tr("Talent"));
    m_tabs->addTab(decisions, tr("Decision log"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_tabs);

    connect(m_score, &QPushButton::clicked, this, &CommitteePage::scoreSelectedProject);
    connect(m_rankingView, &QTableView::doubleClicked, this, &CommitteePage::scoreSelectedProject);
    connect(criteria, &QPushButton::clicked, this, &CommitteePage::editCriteria);
    connect(rules, &QPushButton::clicked, this, &CommitteePage::editRoutingRules);
    connect(m_decide, &QPushButton::clicked, this, &CommitteePage::decideSelectedRouting);
    connect(m_routingView, &QTableView::doubleClicked, this, &CommitteePage::decideSelectedRouting);
    connect(m_matrix, &render::charts::ValueCostMatrixChart::projectClicked, this,
            &CommitteePage::projectRequested);
    connect(m_decisionSearch, &QLineEdit::textChanged, this, &CommitteePage::refreshDecisions);
    connect(m_decisionProject, &QComboBox::currentIndexChanged, this, &CommitteePage::refreshDecisions);
    for (QTableView *view : { m_rankingView, m_routingView })
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &CommitteePage::updateActions);
    connect(m_sessions, &CommitteeSessionsTab::alertRequested, this, &CommitteePage::alertRequested);
    connect(m_sessions, &CommitteeSessionsTab::routingRequested, this, &CommitteePage::showRouting);
    connect(m_sessions, &CommitteeSessionsTab::decisionRequested, this, &CommitteePage::showDecision);
    connect(m_sessions, &CommitteeSessionsTab::milestoneRequested, this, [this](qint64 id) {
        showTab(FollowUpTab);
        m_followUp->selectMilestone(id);
    });
    connect(m_sessions, &CommitteeSessionsTab::kpiRequested, this, [this](qint64 id) {
        showTab(FollowUpTab);
        m_followUp->selectKpi(id);
    });
    connect(&m_workspace, &Workspace::dataChanged, this, &CommitteePage::refreshWhenShown);
    refreshWhenShown();
    for (QPushButton *button : { m_score, m_decide, criteria, rules })
        m_workspace.guardWrites(button, WriteArea::Configuration);
    m_workspace.guardWrites(m_rankingView, WriteArea::Configuration);
    m_workspace.guardWrites(m_routingView, WriteArea::Configuration);
}

void CommitteePage::setReferenceDate(const QDate &date)
{
    m_referenceDate = date.isValid() ? date : QDate::currentDate();
    refreshWhenShown();
}

void CommitteePage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void CommitteePage::activateSearch()
{
    showTab(DecisionsTab);
    m_decisionSearch->setFocus();
    m_decisionSearch->selectAll();
}

void CommitteePage::refresh()
{
    const ProjectId selectedRanked = m_rankingView->currentIndex().isValid()
        ? m_evaluationModel->projectAt(m_rankingView->currentIndex().row()).project.id
        : 0;
    const ProjectId selectedRouted = m_routingView->currentIndex().isValid()
        ? m_routingModel->rowAt(m_routingView->currentIndex().row()).project.id
        : 0;
    try {
        m_evaluation = PortfolioEvaluation::compute(m_workspace.database(), m_referenceDate);
        m_routing = RoutingReview::compute(m_workspace.database(), m_referenceDate);
    } catch (const Error &error) {
        spdlog::error("cannot read the committee's evaluation: {}", error.what());
        m_evaluation = {};
        m_routing = {};
        m_portfolioSummary->setText(errorText(error).toHtmlEscaped());
    }
    m_evaluationModel->setEvaluation(m_evaluation);
    m_matrix->setEvaluation(m_evaluation);
    m_rulesModel->setRules(m_routing.rules, m_evaluation.criteria, m_routing.currency);
    m_routingModel->setReview(m_routing, m_evaluation.criteria);

    int scored = 0;
    int complete = 0;
    for (const EvaluatedProject &entry : std::as_const(m_evaluation.projects)) {
        scored += entry.score.isScored() ? 1 : 0;
        complete += entry.score.isComplete() ? 1 : 0;
    }
    if (!m_evaluation.projects.isEmpty()) {
        QStringList parts { tr("%1 of %n project(s) scored on the committee's criteria", nullptr,
                               int(m_evaluation.projects.size()))
                                .arg(scored) };
        if (scored > complete)
            parts << tr("%n on some criteria only", nullptr, scored - complete);
        if (scored > 0)
            parts << tr("best: <b>%1</b> (%2)")
                         .arg(m_evaluation.projects.constFirst().project.code.toHtmlEscaped(),
                              render::weightedScoreLabel(m_evaluation.projects.constFirst().score));
        m_portfolioSummary->setText(
            parts.join(QStringLiteral(" · ")) + QStringLiteral("<br>")
            + tr("Figures for %1, as of %2. Double-click a project to score it.")
                  .arg(render::fiscalYearName(DatabaseSettings(m_workspace.database()).calendar(),
                                              m_evaluation.asOf),
                       QLocale().toString(m_evaluation.asOf, QLocale::ShortFormat))
                  .toHtmlEscaped());
    } else {
        m_portfolioSummary->setText(
            tr("No project yet: create projects on the Projects page, then score them "
               "here."));
    }

    int differing = 0;
    for (const RoutingReviewRow &row : std::as_const(m_routing.rows))
        differing += row.needsDecision() ? 1 : 0;
    if (m_routing.rules.isEmpty())
        m_routingSummary->setText(
            tr("No routing rule yet. Rules propose which projects the committee keeps and "
               "which it delegates to the CIO or the CFO: add them with Edit Rules."));
    else if (differing == 0)
        m_routingSummary->setText(tr("Every project is decided where the rules propose, or as the committee "
                                     "decided against them."));
    else
        m_routingSummary->setText(tr(
            "<b>%n project(s)</b> decided elsewhere than the rules propose: accept or override each with a "
            "reason.",
            nullptr, differing));

    // The projects the log can be narrowed to, keeping the one chosen.
    const QVariant chosen = m_decisionProject->currentData();
    {
        const QSignalBlocker blocker(m_decisionProject);
        m_decisionProject->clear();
        m_decisionProject->addItem(tr("All projects"));
        for (const RoutingReviewRow &row : std::as_const(m_routing.rows))
            m_decisionProject->addItem(row.project.code + QStringLiteral(" — ")
                                           + render::projectName(row.project),
                                       qlonglong(row.project.id));
        m_decisionProject->setCurrentIndex(std::max(0, m_decisionProject->findData(chosen)));
    }
    refreshDecisions();

    const auto reselect = [](QTableView *view, int row) {
        if (row >= 0)
            view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect
                                                        | QItemSelectionModel::Rows);
    };
    reselect(m_rankingView, m_evaluationModel->rowOf(selectedRanked));
    reselect(m_routingView, m_routingModel->rowOf(selectedRouted));
    updateActions();
    m_followUp->refresh(m_referenceDate);
    m_sessions->refresh(m_referenceDate);
    m_talent->refresh(m_referenceDate);
}

void CommitteePage::showRouting(ProjectId project)
{
    showTab(RoutingTab);
    const int row = m_routingModel->rowOf(project);
    if (row >= 0)
        m_routingView->selectionModel()->setCurrentIndex(
            m_routingModel->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CommitteePage::showDecision(DecisionId decision)
{
    showTab(DecisionsTab);
    if (!m_decisionSearch->text().isEmpty() || m_decisionProject->currentIndex() != 0) {
        const QSignalBlocker searchBlocker(m_decisionSearch);
        const QSignalBlocker projectBlocker(m_decisionProject);
        m_decisionSearch->clear();
        m_decisionProject->setCurrentIndex(0);
        refreshDecisions();
    }
    const int row = m_decisionModel->rowOf(decision);
    if (row >= 0) {
        m_decisionView->selectionModel()->setCurrentIndex(
            m_decisionModel->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_decisionView->scrollTo(m_decisionModel->index(row, 0));
    }
}

void CommitteePage::refreshDecisions()
{
    DecisionFilter filter;
    if (m_decisionProject->currentIndex() > 0)
        filter.projectId = m_decisionProject->currentData().toLongLong();
    filter.text = m_decisionSearch->text();
    try {
        m_decisionModel->setDecisions(DecisionLog(m_workspace.database()).list(filter),
                                      ProjectRepository(m_workspace.database()).list(true));
    } catch (const Error &error) {
        spdlog::error("cannot read the decision log: {}", error.what());
        m_decisionModel->setDecisions({}, {});
    }
}

void CommitteePage::updateActions()
{
    m_score->setEnabled(m_rankingView->currentIndex().isValid() && !m_evaluation.criteria.isEmpty());
    const QModelIndex routed = m_routingView->currentIndex();
    m_decide->setEnabled(routed.isValid() && m_routingModel->rowAt(routed.row()).proposal.has_value());
}

void CommitteePage::editCriteria()
{
    CriteriaDialog dialog(m_evaluation.criteria, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<Criterion> edited = dialog.criteria();
    if (edited == m_evaluation.criteria)
        return;
    runCommand(m_workspace, std::make_unique<ReplaceCriteriaCommand>(m_workspace, edited, this), this);
}

void CommitteePage::scoreSelectedProject()
{
    const QModelIndex current = m_rankingView->currentIndex();
    if (!current.isValid() || m_evaluation.criteria.isEmpty())
        return;
    const EvaluatedProject entry = m_evaluationModel->projectAt(current.row());
    ScoreProjectDialog dialog(entry.project.code + QStringLiteral(" — ") + render::projectName(entry.project),
                              m_evaluation.criteria, entry.scores, QDate::currentDate(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<CriterionScore> scores = dialog.scores(entry.project.id);
    if (scores.isEmpty())
        return;
    runCommand(m_workspace,
               std::make_unique<RecordEvaluationCommand>(m_workspace, entry.project.id, entry.project.code,
                                                         scores, this),
               this);
}

void CommitteePage::editRoutingRules()
{
    RoutingRulesDialog dialog(m_routing.rules, m_evaluation.criteria, m_routing.currency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<RoutingRule> edited = dialog.rules();
    if (edited == m_routing.rules)
        return;
    runCommand(m_workspace, std::make_unique<ReplaceRoutingRulesCommand>(m_workspace, edited, this), this);
}

void CommitteePage::decideSelectedRouting()
{
    const QModelIndex current = m_routingView->currentIndex();
    if (!current.isValid())
        return;
    const RoutingReviewRow row = m_routingModel->rowAt(current.row());
    if (!row.proposal)
        return;
    RoutingDecisionDialog dialog(row.project.code + QStringLiteral(" — ") + render::projectName(row.project),
                                 row.project.decisionLevel, row.proposal->level,
                                 render::routingProposalReason(*row.proposal, m_routing.rules,
                                                               m_evaluation.criteria, m_routing.currency),
                                 QDate::currentDate(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    runCommand(m_workspace,
               std::make_unique<RecordRoutingDecisionCommand>(m_workspace, row.project.id, row.project.code,
                                                              row.proposal->level, dialog.level(),
                                                              dialog.reason(), dialog.decidedOn(), this),
               this);
}

} // namespace costboard::ui
