// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Committee page's tabs and its dialogs on a demo database, in English or French:
//
//   screens_committee DEMO_DB OUTDIR en|fr [WIDTHxHEIGHT]
//
// writes OUTDIR/committee-matrix-LANG.png (the ranked portfolio and the value × cost matrix),
// committee-routing-LANG.png, committee-timeline-LANG.png (milestones and KPIs),
// committee-session-LANG.png (the next session's agenda), committee-talent-LANG.png (the teams'
// shape, the roster, training and automated hours), committee-decisions-LANG.png,
// committee-score-LANG.png, committee-rules-LANG.png, committee-decide-LANG.png and
// committee-record-LANG.png (a session decision that extends a budget). The page is also the main window's
// page 13: `costboard --db DB --lang LANG --screenshot FILE --page 13`. Not a test: run by hand.

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>

#include "dialogs/committeedialogs.h"
#include "dialogs/followupdialogs.h"
#include "labels.h"
#include "models/committeemodels.h"
#include "pages/committeepage.h"
#include "pages/committeesessions.h"
#include "screenssupport.h"
#include "settings/language.h"
#include "storage/budgetrepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "workspace.h"

using namespace costboard;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir folder;
    const std::optional<screens::Arguments> arguments
        = screens::parseArguments("screens_committee", folder, QSize(1366, 768));
    if (!arguments)
        return 2;
    const Translators translators(arguments->language);
    const auto path = [&](const char *name) {
        return arguments->out.filePath(
            QStringLiteral("committee-%1-%2.png").arg(QLatin1String(name), translators.language()));
    };

    ui::Workspace workspace(Database::openSqlite(arguments->database));
    ui::CommitteePage page(workspace);
    page.showTab(ui::CommitteePage::PortfolioTab);
    screens::save(page, arguments->size, path("matrix"));
    page.showTab(ui::CommitteePage::RoutingTab);
    // The sales copilot: decided by the CFO, the rules propose the committee.
    for (int row = 0; row < page.routingModel()->rowCount(); ++row) {
        if (page.routingModel()->rowAt(row).needsDecision())
            page.routingView()->selectRow(row);
    }
    screens::save(page, arguments->size, path("routing"));
    page.showTab(ui::CommitteePage::FollowUpTab);
    screens::save(page, arguments->size, path("timeline"));
    page.showTab(ui::CommitteePage::SessionsTab);
    screens::save(page, arguments->size, path("session"));
    page.showTab(ui::CommitteePage::TalentTab);
    screens::save(page, arguments->size, path("talent"));
    page.showTab(ui::CommitteePage::DecisionsTab);
    screens::save(page, arguments->size, path("decisions"));

    const EvaluatedProject &best = page.evaluation().projects.constFirst();
    ui::ScoreProjectDialog score(best.project.code + QStringLiteral(" — ") + best.project.name,
                                 page.evaluation().criteria, best.scores, page.referenceDate());
    screens::save(score, score.sizeHint().expandedTo(QSize(700, 0)), path("score"));
    ui::RoutingRulesDialog rules(page.routing().rules, page.evaluation().criteria, page.routing().currency);
    screens::save(rules, QSize(900, 480), path("rules"));
    const QModelIndex current = page.routingView()->currentIndex();
    if (current.isValid()) {
        const RoutingReviewRow &row = page.routingModel()->rowAt(current.row());
        ui::RoutingDecisionDialog decide(row.project.code + QStringLiteral(" — ") + row.project.name,
                                         row.project.decisionLevel, row.proposal->level,
                                         render::routingProposalReason(*row.proposal, page.routing().rules,
                                                                       page.evaluation().criteria,
                                                                       page.routing().currency),
                                         page.referenceDate());
        screens::save(decide, decide.sizeHint().expandedTo(QSize(560, 0)), path("decide"));
    }
    // A decision of the next session that extends a budget, as the secretary types it.
    const SessionAgenda &agenda = page.sessions()->agenda();
    ui::SessionDecisionDialog record(agenda.session, ProjectRepository(workspace.database()).list(true),
                                     BudgetRepository(workspace.database()).list(), QStringLiteral("EUR"),
                                     DatabaseSettings(workspace.database()).calendar(), page.referenceDate());
    record.kindBox()->setCurrentIndex(record.kindBox()->findData(int(DecisionKind::ExtendBudget)));
    record.ownerEdit()->setText(QStringLiteral("Camille Lefèvre"));
    record.reasonEdit()->setPlainText(QStringLiteral("Volumes du support client en hausse : budget relevé."));
    record.amountEdit()->setText(QLocale().toString(150000));
    screens::save(record, record.sizeHint().expandedTo(QSize(620, 0)), path("record"));
    return 0;
}
