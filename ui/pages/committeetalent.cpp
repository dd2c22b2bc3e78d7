// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/committeetalent.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "charts/talentshapechart.h"
#include "commands/talentcommands.h"
#include "dialogs/talentdialogs.h"
#include "domain/displaynames.h"
#include "errors.h"
#include "errortexts.h"
#include "export/dashboardexportactions.h"
#include "governance/committeetext.h"
#include "labels.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "widgets/recordtable.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *created = new QPushButton(text, parent);
    created->setObjectName(name);
    return created;
}

void run(Workspace &workspace, std::unique_ptr<WorkspaceCommand> command, QWidget *parent)
{
    try {
        executeCommand(workspace, std::move(command));
    } catch (const Error &error) {
        spdlog::warn("talent change refused: {}", error.what());
        QMessageBox::warning(parent, CommitteeTalentTab::tr("Not Saved"), errorText(error));
    }
}

QTableWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *created = new QTableWidget(0, int(headers.size()), parent);
    created->setObjectName(name);
    created->setHorizontalHeaderLabels(headers);
    created->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpRecordTable(created, QAbstractItemView::SingleSelection, 0);
    return created;
}

QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

int currentRow(const QTableWidget *view)
{
    return view->currentIndex().isValid() ? view->currentRow() : -1;
}

} // namespace

CommitteeTalentTab::CommitteeTalentTab(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_shape(new render::charts::TalentShapeChart(this))
    , m_roster(table(
          QStringLiteral("roster"),
          { tr("Name"), tr("Role"), tr("Level"), tr("Status"), tr("Monthly cost"), tr("Projects") }, this))
    , m_training(table(QStringLiteral("trainingPlans"),
                       { tr("Training plan"), tr("Project"), tr("Held on"), tr("People"), tr("Cost") }, this))
    , m_hours(table(QStringLiteral("automatedHours"),
                    { tr("Project"), tr("Hours automated, fiscal year"), tr("Last month") }, this))
    , m_edit(button(tr("&Edit…"), QStringLiteral("editMember"), this))
    , m_remove(button(tr("Remove"), QStringLiteral("removeMember"), this))
    , m_removePlan(button(tr("Remove"), QStringLiteral("removeTrainingPlan"), this))
    , m_enterHours(button(tr("Enter &Hours…"), QStringLiteral("enterHours"), this))
{
    setObjectName(QStringLiteral("committeeTalent"));
    m_summary->setObjectName(QStringLiteral("talentSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_shape->setFollowsPalette(true);
    installChartSaveMenu(m_shape);
    m_roster->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_training->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_hours->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *add = button(tr("Add &Person…"), QStringLiteral("addMember"), this);
    auto *post = button(tr("&Post Salaries…"), QStringLiteral("postSalaries"), this);
    auto *targets = button(tr("&Target Shape…"), QStringLiteral("editTargets"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(targets);
    top->addWidget(post);
    auto *rosterBar = new QHBoxLayout;
    rosterBar->addWidget(new QLabel(tr("<b>Roster</b>"), this), 1);
    for (QPushButton *each : { add, m_edit, m_remove })
        rosterBar->addWidget(each);
    auto *rosterPart = new QWidget(this);
    auto *rosterLayout = new QVBoxLayout(rosterPart);
    rosterLayout->setContentsMargins(0, 0, 0, 0);
    rosterLayout->addLayout(rosterBar);
    rosterLayout->addWidget(m_roster, 1);

    auto *addPlan = button(tr("Add &Training Plan…"), QStringLiteral("addTrainingPlan"), this);
    auto *trainingBar = new QHBoxLayout;
    trainingBar->addWidget(new QLabel(tr("<b>Training plans</b>"), this), 1);
    trainingBar->addWidget(addPlan);
    trainingBar->addWidget(m_removePlan);
    auto *trainingPart = new QWidget(this);
    auto *trainingLayout = new QVBoxLayout(trainingPart);
    trainingLayout->setContentsMargins(0, 0, 0, 0);
    trainingLayout->addLayout(trainingBar);
    trainingLayout->addWidget(m_training, 1);
    auto *hoursBar = new QHBoxLayout;
    hoursBar->addWidget(new QLabel(tr("<b>Repetitive work automated</b>"), this), 1);
    hoursBar->addWidget(m_enterHours);
    auto *hoursPart = new QWidget(this);
    auto *hoursLayout = new QVBoxLayout(hoursPart);
    hoursLayout->setContentsMargins(0, 0, 0, 0);
    hoursLayout->addLayout(hoursBar);
    hoursLayout->addWidget(m_hours, 1);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(trainingPart);
    bottom->addWidget(hoursPart);
    bottom->setChildrenCollapsible(false);
    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_shape);
    upper->addWidget(rosterPart);
    upper->setStretchFactor(0, 2);
    upper->setStretchFactor(1, 3);
    upper->setSizes({ 480, 720 });
    upper->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 420, 200 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(add, &QPushButton::clicked, this, &CommitteeTalentTab::addMember);
    connect(m_edit, &QPushButton::clicked, this, &CommitteeTalentTab::editMember);
    connect(m_roster, &QTableWidget::cellDoubleClicked, this, &CommitteeTalentTab::editMember);
    connect(m_remove, &QPushButton::clicked, this, &CommitteeTalentTab::removeMember);
    connect(post, &QPushButton::clicked, this, &CommitteeTalentTab::postSalaries);
    connect(targets, &QPushButton::clicked, this, &CommitteeTalentTab::editTargets);
    connect(addPlan, &QPushButton::clicked, this, &CommitteeTalentTab::addTrainingPlan);
    connect(m_removePlan, &QPushButton::clicked, this, &CommitteeTalentTab::removeTrainingPlan);
    connect(m_enterHours, &QPushButton::clicked, this, &CommitteeTalentTab::enterHours);
    connect(m_hours, &QTableWidget::cellDoubleClicked, this, &CommitteeTalentTab::enterHours);
    for (QTableWidget *view : { m_roster, m_training, m_hours })
        connect(view, &QTableWidget::currentCellChanged, this, &CommitteeTalentTab::updateActions);
    updateActions();
    m_workspace.guardWritesIn(this, WriteArea::Configuration);
}

QString CommitteeTalentTab::projectsOf(const TeamMember &member) const
{
    QStringList parts;
    for (const Allocation &allocation : member.allocations)
        for (const Project &project : m_projects)
            if (project.id == allocation.projectId)
                parts << QStringLiteral("%1 %2").arg(project.code,
                                                     names::percent(allocation.shareBasisPoints / 100.0, 0));
    return parts.join(QStringLiteral(", "));
}

void CommitteeTalentTab::refresh(const QDate &today)
{
    m_today = today;
    LevelTargets targets = TalentTargetRepository::defaultTargets();
    FiscalCalendar calendar;
    QHash<ProjectId, std::int64_t> yearHours;
    try {
        m_projects = ProjectRepository(m_workspace.database()).list(true);
        m_members = RosterRepository(m_workspace.database()).list();
        m_plans = TrainingPlanRepository(m_workspace.database()).list();
        AutomatedHoursRepository hours(m_workspace.database());
        m_entered = hours.list();
        targets = TalentTargetRepository(m_workspace.database()).targets();
        calendar = DatabaseSettings(m_workspace.database()).calendar();
        yearHours = hours.totals({ calendar.year(today).first, today });
    } catch (const Error &error) {
        spdlog::error("cannot read the talent records: {}", error.what());
        m_summary->setText(errorText(error).toHtmlEscaped());
        return;
    }
    const Headcount headcount = headcountOf(m_members, today);
    m_shape->setShape(headcount, targets);
    const QLocale locale;
    int external = 0;
    for (const int count : headcount.external)
        external += count;
    std::int64_t automated = 0;
    for (const std::int64_t each : std::as_const(yearHours))
        automated += each;
    m_summary->setText(
        headcount.heads() == 0
            ? tr("No one on the roster yet: add the people who work on the AI projects, with their level and "
                 "their share of each project. The roster posts their salaries.")
            : tr("<b>%1</b> on the roster this month (%2 external) · shape: <b>%3</b> · %4 hours of "
                 "repetitive "
                 "work automated in %5")
                  .arg(tr("%n person(s)", nullptr, headcount.heads()), locale.toString(external),
                       names::talentShape(classifyShape(headcount.total())).toHtmlEscaped(),
                       locale.toString(qlonglong(automated)),
                       render::fiscalYearName(calendar, today).toHtmlEscaped()));

    const int rosterRow = currentRow(m_roster);
    m_roster->setRowCount(int(m_members.size()));
    for (int row = 0; row < m_members.size(); ++row) {
        const TeamMember &member = m_members.at(row);
        const bool active = member.isActiveIn(today);
        m_roster->setItem(row, 0, cell(member.name));
        m_roster->setItem(row, 1, cell(member.role));
        m_roster->setItem(row, 2, cell(names::talentLevel(member.level)));
        m_roster->setItem(
            row, 3,
            cell(!active ? tr("left")
                     : member.external
                     ? (member.firm.isEmpty() ? tr("external") : tr("external (%1)").arg(member.firm))
                     : tr("internal")));
        m_roster->setItem(row, 4, cell(member.monthlyCost.toString(), true));
        m_roster->setItem(row, 5, cell(projectsOf(member)));
        if (!active)
            for (int column = 0; column < m_roster->columnCount(); ++column)
                m_roster->item(row, column)
                    ->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_roster->resizeColumnsToContents();
    if (rosterRow >= 0 && rosterRow < m_roster->rowCount())
        m_roster->selectRow(rosterRow);

    m_training->setRowCount(int(m_plans.size()));
    for (int row = 0; row < m_plans.size(); ++row) {
        const TrainingPlan &plan = m_plans.at(row);
        QString code;
        for (const Project &project : std::as_const(m_projects))
            if (project.id == plan.projectId)
                code = project.code;
        m_training->setItem(row, 0, cell(plan.name));
        m_training->setItem(row, 1, cell(code));
        m_training->setItem(row, 2, cell(locale.toString(plan.heldOn, QLocale::ShortFormat)));
        m_training->setItem(row, 3, cell(locale.toString(plan.heads), true));
        m_training->setItem(
            row, 4,
            cell(Money(plan.costPerHead.minorUnits() * plan.heads, plan.costPerHead.currency()).toString(),
                 true));
    }
    m_training->resizeColumnsToContents();

    m_hoursProjects.clear();
    for (const Project &project : std::as_const(m_projects))
        if (!project.archived && !project.isUnallocated)
            m_hoursProjects << project;
    const QDate lastMonth = FiscalCalendar::month(FiscalCalendar::month(today).first.addDays(-1)).first;
    m_hours->setRowCount(int(m_hoursProjects.size()));
    for (int row = 0; row < m_hoursProjects.size(); ++row) {
        const Project &project = m_hoursProjects.at(row);
        std::int64_t last = 0;
        for (const AutomatedHours &entry : std::as_const(m_entered))
            if (entry.projectId == project.id && entry.month == lastMonth)
                last = entry.hours;
        m_hours->setItem(row, 0, cell(project.code + QStringLiteral(" — ") + render::projectName(project)));
        m_hours->setItem(row, 1, cell(locale.toString(qlonglong(yearHours.value(project.id))), true));
        m_hours->setItem(row, 2, cell(locale.toString(qlonglong(last)), true));
    }
    m_hours->resizeColumnsToContents();
    updateActions();
}

void CommitteeTalentTab::updateActions()
{
    const bool member = currentRow(m_roster) >= 0;
    m_edit->setEnabled(member);
    m_remove->setEnabled(member);
    m_removePlan->setEnabled(currentRow(m_training) >= 0);
    m_enterHours->setEnabled(currentRow(m_hours) >= 0);
}

void CommitteeTalentTab::addMember()
{
    TeamMemberDialog dialog(m_projects, std::nullopt,
                            DatabaseSettings(m_workspace.database()).reportingCurrency(), m_today, this);
    if (dialog.exec() == QDialog::Accepted)
        run(m_workspace,
            std::make_unique<SaveTeamMemberCommand>(m_workspace, dialog.member(), std::nullopt, this), this);
}

void CommitteeTalentTab::editMember()
{
    const int row = currentRow(m_roster);
    if (row < 0)
        return;
    const TeamMember before = m_members.at(row);
    TeamMemberDialog dialog(m_projects, before, before.monthlyCost.currency(), m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TeamMember after = dialog.member();
    if (!(after == before))
        run(m_workspace, std::make_unique<SaveTeamMemberCommand>(m_workspace, after, before, this), this);
}

void CommitteeTalentTab::removeMember()
{
    const int row = currentRow(m_roster);
    if (row < 0)
        return;
    const TeamMember member = m_members.at(row);
    if (QMessageBox::question(
            this, tr("Remove Person"),
            tr("Take %1 off the roster? The salaries already posted stay until their months are "
               "posted again. Undo brings them back.")
                .arg(member.name))
        == QMessageBox::Yes)
        run(m_workspace, std::make_unique<RemoveTeamMemberCommand>(m_workspace, member, this), this);
}

void CommitteeTalentTab::postSalaries()
{
    PostSalariesDialog dialog(m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const SalaryPosting posting
            = RosterRepository(m_workspace.database()).postSalaries(dialog.from(), dialog.to());
        m_workspace.notifyDataChanged();
        QMessageBox::information(this, tr("Post Salaries"),
                                 tr("%1: %2 salary line(s) written, %3 replaced.")
                                     .arg(render::dayRangeLabel(posting.months.first, posting.months.last))
                                     .arg(posting.linesWritten)
                                     .arg(posting.linesRemoved));
    } catch (const Error &error) {
        spdlog::warn("salaries not posted: {}", error.what());
        QMessageBox::warning(this, tr("Not Saved"), errorText(error));
    }
}

void CommitteeTalentTab::editTargets()
{
    TalentTargetsDialog dialog(TalentTargetRepository(m_workspace.database()).targets(), this);
    if (dialog.exec() == QDialog::Accepted)
        run(m_workspace, std::make_unique<SetTalentTargetsCommand>(m_workspace, dialog.targets(), this),
            this);
}

void CommitteeTalentTab::addTrainingPlan()
{
    TrainingPlanDialog dialog(m_projects, DatabaseSettings(m_workspace.database()).reportingCurrency(),
                              m_today, this);
    if (dialog.exec() == QDialog::Accepted)
        run(m_workspace, std::make_unique<AddTrainingPlanCommand>(m_workspace, dialog.plan(), this), this);
}

void CommitteeTalentTab::removeTrainingPlan()
{
    const int row = currentRow(m_training);
    if (row >= 0)
        run(m_workspace, std::make_unique<RemoveTrainingPlanCommand>(m_workspace, m_plans.at(row), this),
            this);
}

void CommitteeTalentTab::enterHours()
{
    const int row = currentRow(m_hours);
    if (row < 0)
        return;
    const Project project = m_hoursProjects.at(row);
    AutomatedHoursDialog dialog(project, m_entered, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<AutomatedHours> changes = dialog.changes();
    if (!changes.isEmpty())
        run(m_workspace, std::make_unique<SetAutomatedHoursCommand>(m_workspace, changes, project.code, this),
            this);
}

} // namespace costboard::ui
