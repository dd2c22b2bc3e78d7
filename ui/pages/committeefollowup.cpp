// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/committeefollowup.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "charts/milestonetimelinechart.h"
#include "commands/followupcommands.h"
#include "dialogs/followupdialogs.h"
#include "errors.h"
#include "errortexts.h"
#include "export/dashboardexportactions.h"
#include "labels.h"
#include "models/followupmodels.h"
#include "storage/projectrepository.h"
#include "widgets/recordtable.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

void run(Workspace &workspace, std::unique_ptr<WorkspaceCommand> command, QWidget *parent)
{
    try {
        executeCommand(workspace, std::move(command));
    } catch (const Error &error) {
        spdlog::warn("follow-up change refused: {}", error.what());
        QMessageBox::warning(parent, CommitteeFollowUpTab::tr("Not Saved"), errorText(error));
    }
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *created = new QPushButton(text, parent);
    created->setObjectName(name);
    return created;
}

void reselect(QTableView *view, int row)
{
    if (row >= 0)
        view->selectionModel()->setCurrentIndex(
            view->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace

CommitteeFollowUpTab::CommitteeFollowUpTab(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_timeline(new render::charts::MilestoneTimelineChart(this))
    , m_milestonesModel(new MilestonesModel(this))
    , m_milestonesView(new QTableView(this))
    , m_kpisModel(new KpisModel(this))
    , m_kpisView(new QTableView(this))
    , m_editMilestone(button(tr("&Edit…"), QStringLiteral("editMilestone"), this))
    , m_doneMilestone(button(tr("Mark &Reached"), QStringLiteral("markMilestoneDone"), this))
    , m_removeMilestone(button(tr("Remove"), QStringLiteral("removeMilestone"), this))
    , m_editKpi(button(tr("Edit…"), QStringLiteral("editKpi"), this))
    , m_kpiValues(button(tr("Enter &Values…"), QStringLiteral("enterKpiValues"), this))
    , m_removeKpi(button(tr("Remove"), QStringLiteral("removeKpi"), this))
{
    setObjectName(QStringLiteral("committeeFollowUp"));
    m_summary->setObjectName(QStringLiteral("followUpSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_timeline->setFollowsPalette(true);
    installChartSaveMenu(m_timeline);

    m_milestonesView->setObjectName(QStringLiteral("milestones"));
    m_milestonesView->setModel(m_milestonesModel);
    setUpRecordTable(m_milestonesView, QAbstractItemView::SingleSelection, MilestonesModel::NoteColumn);
    m_kpisView->setObjectName(QStringLiteral("kpis"));
    m_kpisView->setModel(m_kpisModel);
    setUpRecordTable(m_kpisView, QAbstractItemView::SingleSelection, KpisModel::NameColumn);

    auto *addMilestone = button(tr("Add &Milestone…"), QStringLiteral("addMilestone"), this);
    auto *milestoneBar = new QHBoxLayout;
    auto *milestoneTitle = new QLabel(tr("<b>Milestones</b>"), this);
    milestoneBar->addWidget(milestoneTitle, 1);
    for (QPushButton *each : { addMilestone, m_editMilestone, m_doneMilestone, m_removeMilestone })
        milestoneBar->addWidget(each);
    auto *milestones = new QWidget(this);
    auto *milestonesLayout = new QVBoxLayout(milestones);
    milestonesLayout->setContentsMargins(0, 0, 0, 0);
    milestonesLayout->addLayout(milestoneBar);
    milestonesLayout->addWidget(m_milestonesView, 1);

    auto *addKpi = button(tr("Add &KPI…"), QStringLiteral("addKpi"), this);
    auto *kpiBar = new QHBoxLayout;
    kpiBar->addWidget(new QLabel(tr("<b>KPIs: target and latest actual</b>"), this), 1);
    for (QPushButton *each : { addKpi, m_editKpi, m_kpiValues, m_removeKpi })
        kpiBar->addWidget(each);
    auto *kpis = new QWidget(this);
    auto *kpisLayout = new QVBoxLayout(kpis);
    kpisLayout->setContentsMargins(0, 0, 0, 0);
    kpisLayout->addLayout(kpiBar);
    kpisLayout->addWidget(m_kpisView, 1);

    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(milestones);
    tables->addWidget(kpis);
    tables->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_timeline);
    splitter->addWidget(tables);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 380, 260 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(addMilestone, &QPushButton::clicked, this, &CommitteeFollowUpTab::addMilestone);
    connect(m_editMilestone, &QPushButton::clicked, this, &CommitteeFollowUpTab::editMilestone);
    connect(m_milestonesView, &QTableView::doubleClicked, this, &CommitteeFollowUpTab::editMilestone);
    connect(m_doneMilestone, &QPushButton::clicked, this, &CommitteeFollowUpTab::markMilestoneDone);
    connect(m_removeMilestone, &QPushButton::clicked, this, &CommitteeFollowUpTab::removeMilestone);
    connect(addKpi, &QPushButton::clicked, this, &CommitteeFollowUpTab::addKpi);
    connect(m_editKpi, &QPushButton::clicked, this, &CommitteeFollowUpTab::editKpi);
    connect(m_kpiValues, &QPushButton::clicked, this, &CommitteeFollowUpTab::enterKpiValues);
    connect(m_kpisView, &QTableView::doubleClicked, this, &CommitteeFollowUpTab::enterKpiValues);
    connect(m_removeKpi, &QPushButton::clicked, this, &CommitteeFollowUpTab::removeKpi);
    connect(m_timeline, &render::charts::MilestoneTimelineChart::milestoneClicked, this,
            [this](MilestoneId id) { selectMilestone(id); });
    for (QTableView *view : { m_milestonesView, m_kpisView })
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &CommitteeFollowUpTab::updateActions);
    updateActions();
    // Milestones and KPIs are the committee's set-up: an administrator's to change.
    m_workspace.guardWritesIn(this, WriteArea::Configuration);
}

QString CommitteeFollowUpTab::codeOf(ProjectId id) const
{
    return m_projects.value(id).code;
}

void CommitteeFollowUpTab::refresh(const QDate &today)
{
    m_today = today;
    const QModelIndex milestone = m_milestonesView->currentIndex();
    const MilestoneId selectedMilestone
        = milestone.isValid() ? m_milestonesModel->milestoneAt(milestone.row()).id : 0;
    const QModelIndex kpi = m_kpisView->currentIndex();
    const KpiId selectedKpi = kpi.isValid() ? m_kpisModel->statusAt(kpi.row()).kpi.id : 0;
    QList<Milestone> milestones;
    QList<KpiStatus> statuses;
    QList<Project> projects;
    try {
        projects = ProjectRepository(m_workspace.database()).list(true);
        FollowUpRepository followUp(m_workspace.database());
        milestones = followUp.milestones();
        statuses = followUp.statuses(today);
    } catch (const Error &error) {
        spdlog::error("cannot read the committee's follow-up: {}", error.what());
        m_summary->setText(errorText(error).toHtmlEscaped());
    }
    m_projects.clear();
    for (const Project &project : std::as_const(projects))
        m_projects.insert(project.id, project);
    // The projects not archived, by code; their milestones by date.
    QList<render::charts::MilestoneTimelineChart::Row> rows;
    QList<Project> shown;
    for (const Project &project : std::as_const(projects))
        if (!project.archived && !project.isUnallocated)
            shown << project;
    std::sort(shown.begin(), shown.end(), [](const Project &a, const Project &b) { return a.code < b.code; });
    int late = 0;
    int due = 0;
    for (const Project &project : std::as_const(shown)) {
        render::charts::MilestoneTimelineChart::Row row {
            project.id, project.code, render::projectName(project), {}
        };
        for (const Milestone &each : std::as_const(milestones))
            if (each.projectId == project.id) {
                row.milestones << each;
                late += milestoneState(each, today) == MilestoneState::Late ? 1 : 0;
                due += milestoneState(each, today) == MilestoneState::Due ? 1 : 0;
            }
        rows << row;
    }
    m_timeline->setTimeline(rows, today);
    m_milestonesModel->setMilestones(milestones, m_projects, today);
    int offTarget = 0;
    for (const KpiStatus &status : std::as_const(statuses))
        offTarget += status.isOffTarget() ? 1 : 0;
    m_kpisModel->setStatuses(statuses, m_projects);
    if (milestones.isEmpty() && statuses.isEmpty())
        m_summary->setText(
            tr("Give each project its milestones (pilot, go/no-go, production, review) and the "
               "KPIs the committee follows it by: they are flagged here and on the agenda."));
    else
        m_summary->setText(tr("%1 · %2 · %3")
                               .arg(late > 0
                                        ? tr("<b style=\"color:%1\">%n milestone(s) late</b>", nullptr, late)
                                              .arg(render::overBudgetTextColour().name())
                                        : tr("no milestone late"),
                                    tr("%n due this week or next", nullptr, due),
                                    offTarget > 0 ? tr("<b>%n KPI(s) off target</b>", nullptr, offTarget)
                                                  : tr("every KPI measured is on target")));
    reselect(m_milestonesView, m_milestonesModel->rowOf(selectedMilestone));
    // The first milestone not reached at the top: the ones reached long ago are above it.
    if (selectedMilestone == 0)
        for (int row = 0; row < m_milestonesModel->rowCount(); ++row)
            if (!m_milestonesModel->milestoneAt(row).doneOn.isValid()) {
                m_milestonesView->scrollTo(m_milestonesModel->index(row, 0),
                                           QAbstractItemView::PositionAtTop);
                break;
            }
    reselect(m_kpisView, m_kpisModel->rowOf(selectedKpi));
    updateActions();
}

bool CommitteeFollowUpTab::selectMilestone(MilestoneId id)
{
    const int row = m_milestonesModel->rowOf(id);
    reselect(m_milestonesView, row);
    if (row >= 0)
        m_milestonesView->scrollTo(m_milestonesModel->index(row, 0));
    return row >= 0;
}

bool CommitteeFollowUpTab::selectKpi(KpiId id)
{
    const int row = m_kpisModel->rowOf(id);
    reselect(m_kpisView, row);
    if (row >= 0)
        m_kpisView->scrollTo(m_kpisModel->index(row, 0));
    return row >= 0;
}

void CommitteeFollowUpTab::updateActions()
{
    const QModelIndex milestone = m_milestonesView->currentIndex();
    m_editMilestone->setEnabled(milestone.isValid());
    m_removeMilestone->setEnabled(milestone.isValid());
    m_doneMilestone->setEnabled(milestone.isValid()
                                && !m_milestonesModel->milestoneAt(milestone.row()).doneOn.isValid());
    const bool kpi = m_kpisView->currentIndex().isValid();
    for (QPushButton *each : { m_editKpi, m_kpiValues, m_removeKpi })
        each->setEnabled(kpi);
}

void CommitteeFollowUpTab::addMilestone()
{
    MilestoneDialog dialog(m_projects.values(), std::nullopt, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Milestone milestone = dialog.milestone();
    run(m_workspace,
        std::make_unique<SaveMilestoneCommand>(m_workspace, milestone, std::nullopt,
                                               codeOf(milestone.projectId), this),
        this);
}

void CommitteeFollowUpTab::editMilestone()
{
    const QModelIndex current = m_milestonesView->currentIndex();
    if (!current.isValid())
        return;
    const Milestone before = m_milestonesModel->milestoneAt(current.row());
    MilestoneDialog dialog(m_projects.values(), before, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Milestone after = dialog.milestone();
    if (after.kind == before.kind && after.dueOn == before.dueOn && after.doneOn == before.doneOn
        && after.note == before.note)
        return;
    run(m_workspace,
        std::make_unique<SaveMilestoneCommand>(m_workspace, after, before, codeOf(after.projectId), this),
        this);
}

void CommitteeFollowUpTab::markMilestoneDone()
{
    const QModelIndex current = m_milestonesView->currentIndex();
    if (!current.isValid())
        return;
    const Milestone before = m_milestonesModel->milestoneAt(current.row());
    Milestone after = before;
    after.doneOn = m_today;
    run(m_workspace,
        std::make_unique<SaveMilestoneCommand>(m_workspace, after, before, codeOf(after.projectId), this),
        this);
}

void CommitteeFollowUpTab::removeMilestone()
{
    const QModelIndex current = m_milestonesView->currentIndex();
    if (!current.isValid())
        return;
    const Milestone milestone = m_milestonesModel->milestoneAt(current.row());
    run(m_workspace,
        std::make_unique<RemoveMilestoneCommand>(m_workspace, milestone, codeOf(milestone.projectId), this),
        this);
}

void CommitteeFollowUpTab::addKpi()
{
    KpiDialog dialog(m_projects.values(), std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    run(m_workspace, std::make_unique<SaveKpiCommand>(m_workspace, dialog.kpi(), std::nullopt, this), this);
}

void CommitteeFollowUpTab::editKpi()
{
    const QModelIndex current = m_kpisView->currentIndex();
    if (!current.isValid())
        return;
    const Kpi before = m_kpisModel->statusAt(current.row()).kpi;
    KpiDialog dialog(m_projects.values(), before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Kpi after = dialog.kpi();
    if (after.name == before.name && after.unit == before.unit && after.direction == before.direction
        && after.cadence == before.cadence && after.target == before.target)
        return;
    run(m_workspace, std::make_unique<SaveKpiCommand>(m_workspace, after, before, this), this);
}

void CommitteeFollowUpTab::enterKpiValues()
{
    const QModelIndex current = m_kpisView->currentIndex();
    if (!current.isValid())
        return;
    const Kpi kpi = m_kpisModel->statusAt(current.row()).kpi;
    QList<KpiValue> values;
    try {
        values = FollowUpRepository(m_workspace.database()).values(kpi.id);
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Not Saved"), errorText(error));
        return;
    }
    KpiValuesDialog dialog(kpi, values, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<SetKpiValuesCommand::Change> changes = dialog.changes();
    if (!changes.isEmpty())
        run(m_workspace, std::make_unique<SetKpiValuesCommand>(m_workspace, kpi, changes, this), this);
}

void CommitteeFollowUpTab::removeKpi()
{
    const QModelIndex current = m_kpisView->currentIndex();
    if (!current.isValid())
        return;
    const Kpi kpi = m_kpisModel->statusAt(current.row()).kpi;
    if (QMessageBox::question(this, tr("Remove KPI"),
                              tr("Remove the KPI “%1” of %2 and its values? Undo brings them back.")
                                  .arg(kpi.name, codeOf(kpi.projectId)))
        != QMessageBox::Yes)
        return;
    run(m_workspace, std::make_unique<RemoveKpiCommand>(m_workspace, kpi, this), this);
}

} // namespace costboard::ui
