// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/talentdialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "domain/fiscalcalendar.h"
#include "governance/committeetext.h"
#include "labels.h"
#include "widgets/dateedit.h"
#include "widgets/problemlabel.h"

namespace costboard::ui {
namespace {

// A month field: the month and year only; the repositories keep the first day.
QDateEdit *monthEdit(QWidget *parent)
{
    QDateEdit *edit = makeFormDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    return edit;
}

QString monthName(const QDate &month)
{
    return render::capitalized(QLocale().toString(month, QStringLiteral("MMMM yyyy")));
}

} // namespace

TeamMemberDialog::TeamMemberDialog(const QList<Project> &projects, const std::optional<TeamMember> &existing,
                                   const QString &currency, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_member(existing.value_or(TeamMember {}))
    , m_name(new QLineEdit(m_member.name, this))
    , m_role(new QLineEdit(m_member.role, this))
    , m_level(new QComboBox(this))
    , m_external(new QCheckBox(tr("External (consultant, contractor)"), this))
    , m_firm(new QLineEdit(m_member.firm, this))
    , m_cost(new QLineEdit(this))
    , m_first(monthEdit(this))
    , m_ends(new QCheckBox(tr("Leaves after"), this))
    , m_last(monthEdit(this))
    , m_shares(new QTableWidget(this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(existing ? tr("Edit Person") : tr("Add Person"));
    if (!existing)
        m_member.monthlyCost = Money(0, currency);
    for (const Project &project : projects)
        if (!project.isUnallocated
            && (!project.archived
                || std::any_of(
                    m_member.allocations.cbegin(), m_member.allocations.cend(),
                    [&](const Allocation &allocation) { return allocation.projectId == project.id; })))
            m_projects << project;
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(TeamMember::MaxNameLength);
    m_role->setObjectName(QStringLiteral("role"));
    m_role->setMaxLength(TeamMember::MaxRoleLength);
    m_role->setPlaceholderText(tr("Data scientist, MLOps engineer, prompt engineer…"));
    m_level->setObjectName(QStringLiteral("level"));
    for (const TalentLevel level : allTalentLevels())
        m_level->addItem(names::talentLevel(level), int(level));
    m_level->setCurrentIndex(m_level->findData(int(m_member.level)));
    m_external->setObjectName(QStringLiteral("external"));
    m_external->setChecked(m_member.external);
    m_firm->setObjectName(QStringLiteral("firm"));
    m_firm->setMaxLength(TeamMember::MaxFirmLength);
    m_firm->setPlaceholderText(tr("Their firm"));
    m_firm->setEnabled(m_member.external);
    m_cost->setObjectName(QStringLiteral("monthlyCost"));
    if (existing)
        m_cost->setText(m_member.monthlyCost.toEditableString());
    m_cost->setPlaceholderText(tr("Loaded cost per month in %1").arg(m_member.monthlyCost.currency()));
    m_first->setDate(existing ? m_member.firstMonth : FiscalCalendar::month(today).first);
    m_ends->setChecked(m_member.lastMonth.isValid());
    m_last->setDate(m_member.lastMonth.isValid() ? m_member.lastMonth : FiscalCalendar::month(today).first);
    m_last->setEnabled(m_ends->isChecked());

    // One row per project: the share of the person's time, in percent.
    m_shares->setObjectName(QStringLiteral("shares"));
    m_shares->setColumnCount(2);
    m_shares->setRowCount(int(m_projects.size()));
    m_shares->setHorizontalHeaderLabels({ tr("Project"), tr("Share of time") });
    m_shares->verticalHeader()->hide();
    for (int row = 0; row < m_projects.size(); ++row) {
        auto *name = new QTableWidgetItem(m_projects.at(row).code + QStringLiteral(" — ")
                                          + render::projectName(m_projects.at(row)));
        name->setFlags(Qt::ItemIsEnabled);
        m_shares->setItem(row, 0, name);
        auto *share = new QSpinBox(m_shares);
        share->setRange(0, 100);
        share->setSingleStep(5);
        share->setSuffix(QStringLiteral(" %"));
        for (const Allocation &allocation : std::as_const(m_member.allocations))
            if (allocation.projectId == m_projects.at(row).id)
                share->setValue(allocation.shareBasisPoints / 100);
        m_shares->setCellWidget(row, 1, share);
        connect(share, &QSpinBox::valueChanged, this, &TeamMemberDialog::validate);
    }
    m_shares->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_shares->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *months = new QHBoxLayout;
    months->addWidget(m_first, 1);
    months->addWidget(m_ends);
    months->addWidget(m_last, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(QString(), m_external);
    form->addRow(tr("&Firm:"), m_firm);
    form->addRow(tr("Monthly &cost:"), m_cost);
    form->addRow(tr("On the roster from:"), months);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Share of their time on each project (the rest is work outside the AI "
                                    "portfolio and books nothing):"),
                                 this));
    layout->addWidget(m_shares, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_external, &QCheckBox::toggled, m_firm, &QWidget::setEnabled);
    connect(m_ends, &QCheckBox::toggled, m_last, &QWidget::setEnabled);
    connect(m_name, &QLineEdit::textChanged, this, &TeamMemberDialog::validate);
    connect(m_cost, &QLineEdit::textChanged, this, &TeamMemberDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 620);
    validate();
}

void TeamMemberDialog::validate()
{
    QString problem;
    Money cost;
    int total = 0;
    for (int row = 0; row < m_shares->rowCount(); ++row)
        total += qobject_cast<QSpinBox *>(m_shares->cellWidget(row, 1))->value();
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Name the person.");
    else if (!Money::parseTyped(m_cost->text(), m_member.monthlyCost.currency(), QLocale(), cost)
             || cost.isNegative())
        problem = tr("Type what the person costs per month.");
    else if (total > 100)
        problem = tr("The shares add up to %1 %: at most 100 % of a person's time can be given.").arg(total);
    showProblem(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

TeamMember TeamMemberDialog::member() const
{
    TeamMember member = m_member;
    member.name = m_name->text().trimmed();
    member.role = m_role->text().trimmed();
    member.level = static_cast<TalentLevel>(m_level->currentData().toInt());
    member.external = m_external->isChecked();
    member.firm = member.external ? m_firm->text().trimmed() : QString();
    Money::parseTyped(m_cost->text(), m_member.monthlyCost.currency(), QLocale(), member.monthlyCost);
    member.firstMonth = FiscalCalendar::month(m_first->date()).first;
    member.lastMonth = m_ends->isChecked() ? FiscalCalendar::month(m_last->date()).first : QDate();
    member.allocations.clear();
    for (int row = 0; row < m_shares->rowCount(); ++row) {
        const int percent = qobject_cast<QSpinBox *>(m_shares->cellWidget(row, 1))->value();
        if (percent > 0)
            member.allocations << Allocation { m_projects.at(row).id, percent * 100 };
    }
    return member;
}

TrainingPlanDialog::TrainingPlanDialog(const QList<Project> &projects, const QString &currency,
                                       const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_currency(currency)
    , m_name(new QLineEdit(this))
    , m_project(new QComboBox(this))
    , m_date(makeFormDateEdit(this))
    , m_heads(new QSpinBox(this))
    , m_cost(new QLineEdit(this))
    , m_vendor(new QLineEdit(this))
    , m_total(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Training Plan"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(TrainingPlan::MaxNameLength);
    m_name->setPlaceholderText(tr("Prompt engineering for the support team"));
    m_project->setObjectName(QStringLiteral("project"));
    for (const Project &project : projects)
        if (!project.archived && !project.isUnallocated)
            m_project->addItem(project.code + QStringLiteral(" — ") + render::projectName(project),
                               qlonglong(project.id));
    m_date->setDate(today);
    m_heads->setObjectName(QStringLiteral("heads"));
    m_heads->setRange(1, TrainingPlan::MaxHeads);
    m_heads->setValue(10);
    m_cost->setObjectName(QStringLiteral("costPerHead"));
    m_cost->setPlaceholderText(tr("Per person, in %1").arg(currency));
    m_vendor->setObjectName(QStringLiteral("vendor"));
    m_vendor->setPlaceholderText(tr("The training organisation"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("&Held on:"), m_date);
    form->addRow(tr("&People trained:"), m_heads);
    form->addRow(tr("&Cost per person:"), m_cost);
    form->addRow(tr("&Organisation:"), m_vendor);
    form->addRow(tr("Staff training cost:"), m_total);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &TrainingPlanDialog::validate);
    connect(m_cost, &QLineEdit::textChanged, this, &TrainingPlanDialog::validate);
    connect(m_heads, &QSpinBox::valueChanged, this, &TrainingPlanDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void TrainingPlanDialog::validate()
{
    Money cost;
    const bool costRead
        = Money::parseTyped(m_cost->text(), m_currency, QLocale(), cost) && cost.minorUnits() > 0;
    m_total->setText(costRead ? Money(cost.minorUnits() * m_heads->value(), m_currency).toString()
                              : QStringLiteral("—"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(costRead && !m_name->text().trimmed().isEmpty() && m_project->count() > 0);
}

TrainingPlan TrainingPlanDialog::plan() const
{
    TrainingPlan plan;
    plan.name = m_name->text().trimmed();
    plan.projectId = m_project->currentData().toLongLong();
    plan.heldOn = m_date->date();
    plan.heads = m_heads->value();
    Money::parseTyped(m_cost->text(), m_currency, QLocale(), plan.costPerHead);
    plan.vendor = m_vendor->text().trimmed();
    return plan;
}

AutomatedHoursDialog::AutomatedHoursDialog(const Project &project, const QList<AutomatedHours> &entered,
                                           const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_project(project.id)
    , m_table(new QTableWidget(MonthCount, 3, this))
{
    setWindowTitle(tr("Hours Automated by %1").arg(project.code));
    QDate month = FiscalCalendar::month(today).first;
    for (int row = 0; row < MonthCount; ++row) {
        m_months << month;
        AutomatedHours held { project.id, month, 0, {} };
        for (const AutomatedHours &entry : entered)
            if (entry.projectId == project.id && entry.month == month)
                held = entry;
        m_before << held;
        auto *name = new QTableWidgetItem(monthName(month));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        auto *hours = new QSpinBox(m_table);
        hours->setRange(0, int(std::min<std::int64_t>(AutomatedHours::MaxHours, 1'000'000)));
        hours->setSingleStep(10);
        hours->setSuffix(tr(" h"));
        hours->setValue(int(held.hours));
        m_table->setCellWidget(row, 1, hours);
        m_table->setItem(row, 2, new QTableWidgetItem(held.note));
        month = FiscalCalendar::month(month.addDays(-1)).first;
    }
    m_table->setObjectName(QStringLiteral("automatedHours"));
    m_table->setHorizontalHeaderLabels({ tr("Month"), tr("Hours automated"), tr("Note") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *intro = new QLabel(tr("Hours of repetitive work %1 took off people's hands, as the business counts "
                                "them.")
                                 .arg(render::projectName(project)),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 480);
}

QList<AutomatedHours> AutomatedHoursDialog::changes() const
{
    QList<AutomatedHours> changes;
    for (int row = 0; row < m_months.size(); ++row) {
        const AutomatedHours after { m_project, m_months.at(row),
                                     qobject_cast<QSpinBox *>(m_table->cellWidget(row, 1))->value(),
                                     m_table->item(row, 2)->text().trimmed() };
        if (!(after == m_before.at(row)))
            changes << after;
    }
    return changes;
}

TalentTargetsDialog::TalentTargetsDialog(const LevelTargets &targets, QWidget *parent)
    : QDialog(parent)
    , m_total(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Target Shape"));
    auto *form = new QFormLayout;
    // Strategic at the top, as the chart draws it.
    const QList<TalentLevel> levels = allTalentLevels();
    for (qsizetype index = levels.size() - 1; index >= 0; --index) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(toKey(levels.at(index)));
        spin->setRange(0, 100);
        spin->setSuffix(QStringLiteral(" %"));
        spin->setValue(targets[std::size_t(index)]);
        form->addRow(names::talentLevel(levels.at(index)) + u':', spin);
        m_spins.prepend(spin);
        connect(spin, &QSpinBox::valueChanged, this, &TalentTargetsDialog::validate);
    }
    form->addRow(tr("Total:"), m_total);
    auto *note = new QLabel(
        tr("A diamond gives the middle levels the largest shares; a pyramid, the juniors."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void TalentTargetsDialog::validate()
{
    int total = 0;
    for (const QSpinBox *spin : std::as_const(m_spins))
        total += spin->value();
    m_total->setText(total == 100 ? QStringLiteral("100 %")
                                  : tr("%1 %: the shares must add up to 100 %").arg(total));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(total == 100);
}

LevelTargets TalentTargetsDialog::targets() const
{
    LevelTargets targets {};
    for (qsizetype index = 0; index < m_spins.size(); ++index)
        targets[std::size_t(index)] = m_spins.at(index)->value();
    return targets;
}

PostSalariesDialog::PostSalariesDialog(const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_from(monthEdit(this))
    , m_to(monthEdit(this))
{
    setWindowTitle(tr("Post Salaries"));
    // The last month ended: its salaries are known.
    const QDate lastEnded = FiscalCalendar::month(FiscalCalendar::month(today).first.addDays(-1)).first;
    m_from->setDate(lastEnded);
    m_to->setDate(lastEnded);
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *note
        = new QLabel(tr("Writes the Salaries cost lines of these months from the roster as it is now: each "
                        "person's monthly cost split over their projects. The lines the roster posted for "
                        "these months before are replaced."),
                     this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDate PostSalariesDialog::from() const
{
    return FiscalCalendar::month(m_from->date()).first;
}

QDate PostSalariesDialog::to() const
{
    return FiscalCalendar::month(m_to->date()).last;
}

} // namespace costboard::ui
