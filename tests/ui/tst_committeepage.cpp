// SPDX-License-Identifier: GPL-3.0-or-later
// The Committee page on a real database file: the ranked portfolio and its matrix show core's
// evaluation, a click on a bubble asks for its project, and scoring, criteria, routing rules and
// routing decisions are undoable edits that leave the project, the decision log and the audit log
// consistent after undo and redo.

#include <memory>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "charts/milestonetimelinechart.h"
#include "charts/talentshapechart.h"
#include "charts/valuecostmatrixchart.h"
#include "commands/followupcommands.h"
#include "commands/governancecommands.h"
#include "commands/talentcommands.h"
#include "dialogs/committeedialogs.h"
#include "dialogs/followupdialogs.h"
#include "models/committeemodels.h"
#include "models/followupmodels.h"
#include "pages/committeefollowup.h"
#include "pages/committeepage.h"
#include "pages/committeesessions.h"
#include "pages/committeetalent.h"
#include "storage/auditlog.h"
#include "storage/budgetrepository.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "widgets/dashboardfilterbar.h"
#include "workspace.h"

using namespace costboard;

namespace {

Project project(const QString &code, DecisionLevel level)
{
    Project result;
    result.code = code;
    result.name = QStringLiteral("Project ") + code;
    result.status = ProjectStatus::Active;
    result.decisionLevel = level;
    return result;
}

CriterionId shippedCriterion(Database &database, const QString &key)
{
    for (const Criterion &held : CriteriaRepository(database).list()) {
        if (held.key == key)
            return held.id;
    }
    return 0;
}

} // namespace

class TestCommitteePage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_directory.isValid());
    }

    void init()
    {
        static int count = 0;
        m_workspace = std::make_unique<ui::Workspace>(
            Database::openSqlite(m_directory.filePath(QStringLiteral("committee%1.sqlite").arg(++count))));
        Database &database = m_workspace->database();
        ProjectRepository projects(database);
        m_support = projects.create(project(QStringLiteral("SUP"), DecisionLevel::Committee));
        m_tools = projects.create(project(QStringLiteral("DEV"), DecisionLevel::Committee));
        m_pilot = projects.create(project(QStringLiteral("PIL"), DecisionLevel::Cfo));
        Budget budget;
        budget.projectId = m_support;
        budget.periodKind = BudgetPeriodKind::Year;
        budget.periodStart = QDate(2026, 1, 1);
        budget.amount = Money(90'000'000, QStringLiteral("EUR"));
        BudgetRepository(database).set(budget);
        budget.projectId = m_tools;
        budget.amount = Money(20'000'000, QStringLiteral("EUR"));
        BudgetRepository(database).set(budget);
        const CriterionId value = shippedCriterion(database, QStringLiteral("strategic_value"));
        CriteriaRepository(database).recordEvaluation(
            m_support,
            { CriterionScore {
                0, m_support, value, 5, QStringLiteral("core"), QDate(2026, 11, 2), {}, {} } });
        CriteriaRepository(database).recordEvaluation(
            m_tools, { CriterionScore { 0, m_tools, value, 2, {}, QDate(2026, 11, 2), {}, {} } });
        Project platform = *projects.find(m_tools);
        platform.infrastructureOnly = true;
        projects.update(platform);
        RoutingRule infrastructure;
        infrastructure.infrastructureOnly = true;
        infrastructure.level = DecisionLevel::Cio;
        RoutingRuleRepository(database).replaceAll({ infrastructure });
    }

    void cleanup() { m_workspace.reset(); }

    void ranksAndPlacesProjects()
    {
        ui::CommitteePage page(*m_workspace);
        page.setReferenceDate(QDate(2026, 11, 25)); // figures to 2026-11-29, the Sunday of 2026-W48
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAbstractItemModelTester ranking(page.evaluationModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester routing(page.routingModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester decisions(page.decisionModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);

        const ui::EvaluationModel *model = page.evaluationModel();
        QCOMPARE(model->rowCount(), 3);
        // Strategic value 5 of 5: 100; 2 of 5: 40; the pilot never scored, last.
        QCOMPARE(model->index(0, ui::EvaluationModel::CodeColumn).data().toString(), QStringLiteral("SUP"));
        QCOMPARE(model->index(0, ui::EvaluationModel::ScoreColumn).data().toString(), QStringLiteral("100"));
        QCOMPARE(model->index(1, ui::EvaluationModel::ScoreColumn).data().toString(), QStringLiteral("40"));
        QCOMPARE(model->index(2, ui::EvaluationModel::CodeColumn).data().toString(), QStringLiteral("PIL"));
        QCOMPARE(model->index(2, ui::EvaluationModel::RankColumn).data().toString(), QString());
        QCOMPARE(model->index(0, model->column(ui::EvaluationModel::BudgetColumn)).data().toString(),
                 QStringLiteral("€900,000.00"));
        // One column per criterion, named in the reader's language.
        QCOMPARE(model->headerData(ui::EvaluationModel::FirstCriterionColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Strategic value"));

        // The matrix: the two scored projects, the larger budget drawn first; a click asks for it.
        render::charts::ValueCostMatrixChart *matrix = page.matrix();
        QCOMPARE(matrix->bubbles().size(), 2);
        QCOMPARE(matrix->unscoredCount(), 1);
        QCOMPARE(matrix->bubbles().constFirst().projectId, m_support);
        QVERIFY(matrix->bubbleRadius(0) > matrix->bubbleRadius(1));
        // Score 100 at the right end of the axis, 40 two fifths along it.
        QVERIFY(matrix->bubbleCentre(0).x() > matrix->bubbleCentre(1).x());
        QSignalSpy requested(&page, &ui::CommitteePage::projectRequested);
        const QPoint centre = matrix->bubbleCentre(1).toPoint();
        QTest::mouseMove(matrix, centre);
        QTest::mouseClick(matrix, Qt::LeftButton, {}, centre);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.constFirst().constFirst().value<ProjectId>(), m_tools);
    }

    void routingDecisionUndoAndRedo()
    {
        ui::CommitteePage page(*m_workspace);
        page.setReferenceDate(QDate(2026, 11, 25)); // figures to 2026-11-29, the Sunday of 2026-W48
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int row = page.routingModel()->rowOf(m_tools);
        QVERIFY(row >= 0);
        QVERIFY(page.routingModel()->rowAt(row).needsDecision());
        QCOMPARE(page.routingModel()->index(row, ui::RoutingReviewModel::ProposedColumn).data().toString(),
                 QStringLiteral("CIO"));
        // The tools platform (the rules send infrastructure to the CIO) and the pilot (the CFO decides
        // it, no rule delegates it) are to decide.
        const auto summary = [&page] {
            return page.findChild<QLabel *>(QStringLiteral("routingSummary"))->text();
        };
        QVERIFY2(summary().contains(QStringLiteral("2 project")), qPrintable(summary()));

        Database &database = m_workspace->database();
        const qsizetype projectEntriesBefore
            = AuditLog(database).entriesFor(QStringLiteral("project"), QString::number(m_tools)).size();
        ui::executeCommand(*m_workspace,
                           std::make_unique<ui::RecordRoutingDecisionCommand>(
                               *m_workspace, m_tools, QStringLiteral("DEV"), DecisionLevel::Cio,
                               DecisionLevel::Cio, QStringLiteral("Platform"), QDate(2026, 11, 30)));
        const auto consistent = [&](DecisionLevel level, int decisions) {
            page.refresh();
            return ProjectRepository(database).find(m_tools)->decisionLevel == level
                && DecisionLog(database).list().size() == decisions
                && page.decisionModel()->rowCount() == decisions;
        };
        QVERIFY(consistent(DecisionLevel::Cio, 1));
        QVERIFY(!page.routingModel()->rowAt(page.routingModel()->rowOf(m_tools)).needsDecision());
        QVERIFY2(summary().contains(QStringLiteral("1 project")), qPrintable(summary()));
        QCOMPARE(page.decisionModel()->index(0, ui::DecisionLogModel::DecisionColumn).data().toString(),
                 QStringLiteral("Routing accepted: Committee → CIO"));
        m_workspace->undoStack()->undo();
        QVERIFY(consistent(DecisionLevel::Committee, 0));
        m_workspace->undoStack()->redo();
        QVERIFY(consistent(DecisionLevel::Cio, 1));
        // Do, undo and redo: each wrote the project's change and the decision's, once.
        QCOMPARE(AuditLog(database).entriesFor(QStringLiteral("project"), QString::number(m_tools)).size(),
                 projectEntriesBefore + 3);
        QStringList decisionActions;
        for (const AuditEntry &entry : AuditLog(database).entriesFor(QStringLiteral("decision")))
            decisionActions << entry.action;
        decisionActions.sort();
        QCOMPARE(
            decisionActions,
            (QStringList { QStringLiteral("create"), QStringLiteral("create"), QStringLiteral("undo") }));

        // The log searches reasons and projects.
        page.decisionSearch()->setText(QStringLiteral("platf"));
        QCOMPARE(page.decisionModel()->rowCount(), 1);
        page.decisionSearch()->setText(QStringLiteral("nothing like it"));
        QCOMPARE(page.decisionModel()->rowCount(), 0);
    }

    void scoringAndCriteriaUndo()
    {
        ui::CommitteePage page(*m_workspace);
        page.setReferenceDate(QDate(2026, 11, 25)); // figures to 2026-11-29, the Sunday of 2026-W48
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        Database &database = m_workspace->database();
        const CriterionId risk = shippedCriterion(database, QStringLiteral("risk"));

        // The pilot scored through the dialog's values: risk 1 of 5 counts 4.
        ui::ScoreProjectDialog dialog(QStringLiteral("PIL"), page.evaluation().criteria, {},
                                      QDate(2026, 11, 30));
        const int riskIndex
            = int(std::find_if(page.evaluation().criteria.cbegin(), page.evaluation().criteria.cend(),
                               [risk](const Criterion &held) { return held.id == risk; })
                  - page.evaluation().criteria.cbegin());
        dialog.scoreBox(riskIndex)->setCurrentIndex(dialog.scoreBox(riskIndex)->findData(1));
        const QList<CriterionScore> scores = dialog.scores(m_pilot);
        QCOMPARE(scores.size(), 1);
        ui::executeCommand(*m_workspace,
                           std::make_unique<ui::RecordEvaluationCommand>(*m_workspace, m_pilot,
                                                                         QStringLiteral("PIL"), scores));
        page.refresh();
        QCOMPARE(page.evaluation().projectOf(m_pilot)->score.rounded(), 80);
        m_workspace->undoStack()->undo();
        page.refresh();
        QVERIFY(!page.evaluation().projectOf(m_pilot)->score.isScored());
        m_workspace->undoStack()->redo();
        page.refresh();
        QCOMPARE(page.evaluation().projectOf(m_pilot)->score.rounded(), 80);

        // A criterion added, then undone: archived, the columns as before; redone: back, once.
        const int columns = page.evaluationModel()->columnCount();
        QList<Criterion> edited = page.evaluation().criteria;
        Criterion adoption;
        adoption.name = QStringLiteral("Adoption");
        adoption.weight = 10;
        edited << adoption;
        ui::executeCommand(*m_workspace, std::make_unique<ui::ReplaceCriteriaCommand>(*m_workspace, edited));
        page.refresh();
        QCOMPARE(page.evaluationModel()->columnCount(), columns + 1);
        m_workspace->undoStack()->undo();
        page.refresh();
        QCOMPARE(page.evaluationModel()->columnCount(), columns);
        m_workspace->undoStack()->redo();
        page.refresh();
        QCOMPARE(page.evaluationModel()->columnCount(), columns + 1);
        QCOMPARE(CriteriaRepository(database).list(true).size(), 7);
    }

    void routingRulesEditedInTheDialog()
    {
        Database &database = m_workspace->database();
        const QList<Criterion> criteria = CriteriaRepository(database).list();
        ui::RoutingRulesDialog dialog(RoutingRuleRepository(database).list(), criteria,
                                      QStringLiteral("EUR"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A second rule: small budgets to the CFO.
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addRule"));
        QVERIFY(add);
        add->click();
        // A new rule has no condition: the dialog will not be accepted with it.
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        buttons->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("ruleProblem"))->text(),
                 QStringLiteral("Tick at least one condition."));
        auto *below = dialog.findChild<QLineEdit *>(QStringLiteral("budgetBelow"));
        dialog.findChild<QCheckBox *>(QStringLiteral("useBudgetBelow"))->setChecked(true);
        below->setText(QStringLiteral("300,000"));
        emit below->editingFinished();
        auto *level = dialog.findChild<QComboBox *>(QStringLiteral("ruleLevel"));
        level->setCurrentIndex(level->findData(static_cast<int>(DecisionLevel::Cfo)));
        const QList<RoutingRule> rules = dialog.rules();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(1).budgetBelow, std::optional<std::int64_t>(30'000'000));
        QVERIFY(!rules.at(1).budgetAtLeast);
        QCOMPARE(rules.at(1).level, DecisionLevel::Cfo);

        ui::executeCommand(*m_workspace,
                           std::make_unique<ui::ReplaceRoutingRulesCommand>(*m_workspace, rules));
        // The pilot has no budget: no budget rule matches it, the committee keeps it.
        const RoutingReview review = RoutingReview::compute(database, QDate(2026, 11, 29));
        QCOMPARE(review.rowOf(m_pilot)->proposal, (RoutingProposal { DecisionLevel::Committee, -1 }));
        QCOMPARE(review.rowOf(m_tools)->proposal, (RoutingProposal { DecisionLevel::Cio, 0 }));
        m_workspace->undoStack()->undo();
        QCOMPARE(RoutingRuleRepository(database).list().size(), 1);
    }

    void dashboardFiltersByDecisionLevel()
    {
        Database &database = m_workspace->database();
        ProjectRepository projects(database);
        ui::DashboardFilterBar bar;
        bar.setProjects(projects.list(false));
        auto *committee = bar.findChild<QAction *>(QStringLiteral("decidedBy-committee"));
        QVERIFY(committee);
        QVERIFY(bar.findChild<QAction *>(QStringLiteral("decidedBy-cfo"))->isEnabled());
        QVERIFY(!bar.findChild<QAction *>(QStringLiteral("decidedBy-cio"))->isEnabled()); // nobody's yet
        committee->trigger();
        const auto selected = [&bar] {
            QList<ProjectId> ids = bar.query().projects;
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QCOMPARE(bar.query().decisionLevel, std::optional<DecisionLevel>(DecisionLevel::Committee));
        QCOMPARE(selected(), (QList<ProjectId> { m_support, m_tools }));

        // Routed to the CIO, the tools platform leaves the CEO's view with the next refresh.
        DecisionLog(database).recordRouting(m_tools, DecisionLevel::Cio, DecisionLevel::Cio,
                                            QStringLiteral("Platform"), QDate(2026, 11, 30));
        bar.setProjects(projects.list(false));
        QCOMPARE(selected(), (QList<ProjectId> { m_support }));

        // Remembered as the level, not as the projects of the day.
        const QString location = database.location();
        bar.saveSettings(location);
        ProjectRepository(database).setDecisionLevel(m_pilot, DecisionLevel::Committee);
        const DashboardQuery restored
            = ui::DashboardFilterBar::savedQuery(location, projects.list(false), IsoWeek(2026, 48));
        QCOMPARE(restored.decisionLevel, std::optional<DecisionLevel>(DecisionLevel::Committee));
        QCOMPARE(restored.projects.size(), 2);

        // Picking a project by hand leaves the level's view.
        for (QAction *action : bar.findChildren<QAction *>()) {
            if (action->isCheckable() && action->text().startsWith(QLatin1String("PIL")))
                action->setChecked(true);
        }
        QVERIFY(!bar.query().decisionLevel);
        QCOMPARE(bar.query().projects.size(), 2);
    }

    void followUpSessionsAndTalent()
    {
        Database &database = m_workspace->database();
        FollowUpRepository followUp(database);
        // Reference: Wednesday 2026-11-25. The support assistant's review is late, the pilot's
        // go/no-go due next week, the tools' production upcoming.
        followUp.saveMilestone({ 0, m_support, MilestoneKind::Review, QDate(2026, 11, 20), {}, {} });
        followUp.saveMilestone({ 0, m_pilot, MilestoneKind::GoNoGo, QDate(2026, 12, 4), {}, {} });
        followUp.saveMilestone({ 0, m_tools, MilestoneKind::Production, QDate(2027, 2, 1), {}, {} });
        Kpi cost { 0,
                   m_support,
                   QStringLiteral("Cost per ticket"),
                   QStringLiteral("€"),
                   KpiDirection::AtMost,
                   KpiCadence::Month,
                   180 };
        cost.id = followUp.saveKpi(cost);
        followUp.setValue(cost.id, QDate(2026, 11, 1), KpiValue { cost.id, {}, 192, std::nullopt });
        SessionRepository sessions(database);
        const SessionId held = sessions.schedule(QDate(2026, 11, 17));
        sessions.saveMinutes(held, QStringLiteral("Budgets reviewed."), true);
        sessions.schedule(QDate(2026, 12, 1));

        ui::CommitteePage page(*m_workspace);
        page.setReferenceDate(QDate(2026, 11, 25));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showTab(ui::CommitteePage::FollowUpTab);
        const auto *timeline = page.followUp()->timeline();
        QCOMPARE(timeline->milestoneCount(MilestoneState::Late), 1);
        QCOMPARE(timeline->milestoneCount(MilestoneState::Due), 1);
        QCOMPARE(timeline->milestoneCount(MilestoneState::Upcoming), 1);
        QVERIFY(!timeline->milestoneCentre(1).isNull());
        QCOMPARE(page.followUp()->kpisModel()->index(0, ui::KpisModel::StatusColumn).data().toString(),
                 QStringLiteral("off target"));
        QAbstractItemModelTester milestonesTester(page.followUp()->milestonesModel());
        QAbstractItemModelTester kpisTester(page.followUp()->kpisModel());

        // The agenda of 1 December: the pilot (no rule delegates it, the CFO decides it now), the
        // late review, the go/no-go and the KPI, each under its part.
        page.showTab(ui::CommitteePage::SessionsTab);
        const QTreeWidget *tree = page.sessions()->agendaTree();
        QStringList parts;
        for (int index = 0; index < tree->topLevelItemCount(); ++index)
            parts << tree->topLevelItem(index)->text(0);
        QCOMPARE(parts,
                 QStringList({ QStringLiteral("Projects for the committee (1)"),
                               QStringLiteral("Milestones due or late (2)"),
                               QStringLiteral("KPIs off target (1)") }));
        QCOMPARE(page.sessions()->agenda().session.heldOn, QDate(2026, 12, 1));
        QSignalSpy milestoneShown(page.sessions(), &ui::CommitteeSessionsTab::milestoneRequested);
        QTreeWidget *agendaTree = page.sessions()->agendaTree();
        agendaTree->setCurrentItem(agendaTree->topLevelItem(1)->child(0));
        emit agendaTree->itemActivated(agendaTree->currentItem(), 0);
        QCOMPARE(milestoneShown.size(), 1);
        QCOMPARE(page.followUp()->milestonesView()->currentIndex().row(), 0);

        // A decision of the session that extends the support assistant's 2026 budget, through the
        // dialog: the budget, the audit log and the decision log agree after undo and redo.
        const CommitteeSession next = page.sessions()->agenda().session;
        ui::SessionDecisionDialog dialog(next, ProjectRepository(database).list(true),
                                         BudgetRepository(database).list(), QStringLiteral("EUR"),
                                         FiscalCalendar(), QDate(2026, 11, 25));
        dialog.projectBox()->setCurrentIndex(dialog.projectBox()->findData(qlonglong(m_support)));
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(DecisionKind::ExtendBudget)));
        dialog.periodBox()->setCurrentIndex(dialog.periodBox()->findText(QStringLiteral("FY 2026")));
        dialog.ownerEdit()->setText(QStringLiteral("CFO"));
        dialog.reasonEdit()->setPlainText(QStringLiteral("Volumes up"));
        dialog.amountEdit()->setText(QStringLiteral("800,000.00"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("problem"))->text(),
                 QStringLiteral("An extension raises the budget above €900,000.00."));
        dialog.amountEdit()->setText(QStringLiteral("1,000,000.00"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problem"))->text().isEmpty());
        const SessionDecision decision = dialog.decision();
        QCOMPARE(decision.budget->amount, Money(100'000'000, QStringLiteral("EUR")));
        const auto yearBudget = [&database, this] {
            for (const Budget &budget : BudgetRepository(database).list())
                if (budget.projectId == m_support && budget.periodKind == BudgetPeriodKind::Year)
                    return budget.amount.minorUnits();
            return std::int64_t(-1);
        };
        const auto audited = [&database](const QString &entity) {
            return AuditLog(database).entriesFor(entity).size();
        };
        const qsizetype budgetEntries = audited(QStringLiteral("budget"));
        const auto decisions = [&database] {
            return DecisionLog(database).list().size();
        };
        ui::executeCommand(*m_workspace,
                           std::make_unique<ui::RecordSessionDecisionCommand>(*m_workspace, decision,
                                                                              QStringLiteral("SUP")));
        QCOMPARE(yearBudget(), 100'000'000);
        QCOMPARE(decisions(), 1);
        m_workspace->undoStack()->undo();
        QCOMPARE(yearBudget(), 90'000'000);
        QCOMPARE(decisions(), 0);
        m_workspace->undoStack()->redo();
        QCOMPARE(yearBudget(), 100'000'000);
        QCOMPARE(decisions(), 1);
        QCOMPARE(DecisionLog(database).list().constFirst().budgetBefore,
                 std::optional<Money>(Money(90'000'000, QStringLiteral("EUR"))));
        // Each step audited: the budget raised, put back, raised again; the decision recorded,
        // taken back, recorded again.
        QCOMPARE(audited(QStringLiteral("budget")), budgetEntries + 3);
        QCOMPARE(audited(QStringLiteral("decision")), 3);

        // Talent: one person half on the support assistant; the roster and the shape follow.
        TeamMember analyst;
        analyst.name = QStringLiteral("Emma Leroy");
        analyst.level = TalentLevel::Junior;
        analyst.monthlyCost = Money(600'000, QStringLiteral("EUR"));
        analyst.firstMonth = QDate(2026, 1, 1);
        analyst.allocations = { Allocation { m_support, 5000 } };
        ui::executeCommand(*m_workspace,
                           std::make_unique<ui::SaveTeamMemberCommand>(*m_workspace, analyst, std::nullopt));
        page.showTab(ui::CommitteePage::TalentTab);
        page.refresh();
        QCOMPARE(page.talent()->rosterTable()->rowCount(), 1);
        QCOMPARE(page.talent()->rosterTable()->item(0, 5)->text(), QStringLiteral("SUP 50%"));
        QCOMPARE(page.talent()->shapeChart()->headcount().heads(), 1);
        QVERIFY2(page.talent()->summary()->text().contains(QStringLiteral("1 person")),
                 qPrintable(page.talent()->summary()->text()));
        m_workspace->undoStack()->undo();
        page.refresh();
        QCOMPARE(page.talent()->rosterTable()->rowCount(), 0);
    }

private:
    QTemporaryDir m_directory;
    std::unique_ptr<ui::Workspace> m_workspace;
    ProjectId m_support = 0;
    ProjectId m_tools = 0;
    ProjectId m_pilot = 0;
};

QTEST_MAIN(TestCommitteePage)
#include "tst_committeepage.moc"
