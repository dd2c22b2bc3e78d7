// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/followupdialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "domain/isoweek.h"
#include "governance/committeetext.h"
#include "labels.h"
#include "widgets/dateedit.h"
#include "widgets/problemlabel.h"

namespace costboard::ui {
namespace {

QComboBox *projectCombo(const QList<Project> &projects, ProjectId selected, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("project"));
    for (const Project &project : projects) {
        if (project.isUnallocated || (project.archived && project.id != selected))
            continue;
        combo->addItem(project.code + QStringLiteral(" — ") + render::projectName(project),
                       qlonglong(project.id));
    }
    combo->setCurrentIndex(std::max(0, combo->findData(qlonglong(selected))));
    return combo;
}

QString periodName(KpiCadence cadence, const QDate &start)
{
    return cadence == KpiCadence::Week
        ? render::weekLabel(IsoWeek::fromDate(start))
        : render::capitalized(QLocale().toString(start, QStringLiteral("MMMM yyyy")));
}

} // namespace

MilestoneDialog::MilestoneDialog(const QList<Project> &projects, const std::optional<Milestone> &existing,
                                 const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_id(existing ? existing->id : 0)
    , m_project(projectCombo(projects, existing ? existing->projectId : 0, this))
    , m_kind(new QComboBox(this))
    , m_due(makeFormDateEdit(this))
    , m_done(new QCheckBox(tr("Reached on"), this))
    , m_doneOn(makeFormDateEdit(this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(existing ? tr("Edit Milestone") : tr("Add Milestone"));
    for (const MilestoneKind kind : allMilestoneKinds())
        m_kind->addItem(names::milestoneKind(kind), int(kind));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_due->setObjectName(QStringLiteral("due"));
    m_done->setObjectName(QStringLiteral("done"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setMaxLength(Milestone::MaxNoteLength);
    m_note->setPlaceholderText(tr("What is decided or delivered then"));
    const Milestone shown
        = existing.value_or(Milestone { 0, 0, MilestoneKind::Pilot, today.addDays(28), {}, {} });
    m_kind->setCurrentIndex(m_kind->findData(int(shown.kind)));
    m_due->setDate(shown.dueOn);
    m_done->setChecked(shown.doneOn.isValid());
    m_doneOn->setDate(shown.doneOn.isValid() ? shown.doneOn : today);
    m_doneOn->setEnabled(m_done->isChecked());
    m_note->setText(shown.note);
    m_project->setEnabled(!existing);

    auto *done = new QHBoxLayout;
    done->addWidget(m_done);
    done->addWidget(m_doneOn, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("&Milestone:"), m_kind);
    form->addRow(tr("&Due on:"), m_due);
    form->addRow(QString(), done);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_project->count() > 0);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_done, &QCheckBox::toggled, m_doneOn, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Milestone MilestoneDialog::milestone() const
{
    Milestone milestone;
    milestone.id = m_id;
    milestone.projectId = m_project->currentData().toLongLong();
    milestone.kind = static_cast<MilestoneKind>(m_kind->currentData().toInt());
    milestone.dueOn = m_due->date();
    milestone.doneOn = m_done->isChecked() ? m_doneOn->date() : QDate();
    milestone.note = m_note->text().trimmed();
    return milestone;
}

KpiDialog::KpiDialog(const QList<Project> &projects, const std::optional<Kpi> &existing, QWidget *parent)
    : QDialog(parent)
    , m_kpi(existing.value_or(Kpi {}))
    , m_project(projectCombo(projects, m_kpi.projectId, this))
    , m_name(new QLineEdit(m_kpi.name, this))
    , m_unit(new QLineEdit(m_kpi.unit, this))
    , m_direction(new QComboBox(this))
    , m_cadence(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(existing ? tr("Edit KPI") : tr("Add KPI"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(Kpi::MaxNameLength);
    m_name->setPlaceholderText(tr("Cost per ticket, adoption, hours saved…"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setMaxLength(Kpi::MaxUnitLength);
    m_unit->setPlaceholderText(tr("€/ticket, %, h"));
    m_direction->setObjectName(QStringLiteral("direction"));
    m_direction->addItem(tr("at least the target (higher is better)"), int(KpiDirection::AtLeast));
    m_direction->addItem(tr("at most the target (lower is better)"), int(KpiDirection::AtMost));
    m_direction->setCurrentIndex(m_direction->findData(int(m_kpi.direction)));
    m_cadence->setObjectName(QStringLiteral("cadence"));
    m_cadence->addItem(tr("per month"), int(KpiCadence::Month));
    m_cadence->addItem(tr("per ISO week"), int(KpiCadence::Week));
    m_cadence->setCurrentIndex(m_cadence->findData(int(m_kpi.cadence)));
    m_target->setObjectName(QStringLiteral("target"));
    if (existing)
        m_target->setText(names::kpiValue(m_kpi.target, QString()));
    m_project->setEnabled(!existing);

    auto *form = new QFormLayout;
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Measured:"), m_cadence);
    form->addRow(tr("&On target when:"), m_direction);
    form->addRow(tr("&Target:"), m_target);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &KpiDialog::validate);
    connect(m_target, &QLineEdit::textChanged, this, &KpiDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void KpiDialog::validate()
{
    QString problem;
    if (m_project->count() == 0)
        problem = tr("Create a project first.");
    else if (m_name->text().trimmed().isEmpty())
        problem = tr("Name the KPI.");
    else if (!parseKpiMillis(m_target->text(), QLocale()))
        problem = tr("Type the target as a number, with at most three decimals.");
    showProblem(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Kpi KpiDialog::kpi() const
{
    Kpi kpi = m_kpi;
    kpi.projectId = m_project->currentData().toLongLong();
    kpi.name = m_name->text().trimmed();
    kpi.unit = m_unit->text().trimmed();
    kpi.direction = static_cast<KpiDirection>(m_direction->currentData().toInt());
    kpi.cadence = static_cast<KpiCadence>(m_cadence->currentData().toInt());
    kpi.target = parseKpiMillis(m_target->text(), QLocale()).value_or(0);
    return kpi;
}

KpiValuesDialog::KpiValuesDialog(const Kpi &kpi, const QList<KpiValue> &values, const QDate &today,
                                 QWidget *parent)
    : QDialog(parent)
    , m_kpi(kpi)
    , m_table(new QTableWidget(PeriodCount, 3, this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Values of “%1”").arg(kpi.name));
    // The twelve periods up to the current one, the latest first.
    QDate period = kpiPeriodStart(kpi.cadence, today);
    for (int row = 0; row < PeriodCount; ++row) {
        m_periods << period;
        std::optional<KpiValue> held;
        for (const KpiValue &value : values)
            if (value.periodStart == period)
                held = value;
        m_before << held;
        auto *name = new QTableWidgetItem(periodName(kpi.cadence, period));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1,
                         new QTableWidgetItem(held ? names::kpiValue(held->actual, QString()) : QString()));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(held && held->target ? names::kpiValue(*held->target, QString())
                                                                   : QString()));
        period = kpi.cadence == KpiCadence::Week ? period.addDays(-7)
                                                 : kpiPeriodStart(kpi.cadence, period.addDays(-1));
    }
    m_table->setObjectName(QStringLiteral("kpiValues"));
    m_table->setHorizontalHeaderLabels(
        { tr("Period"), tr("Actual (%1)").arg(kpi.unit),
          tr("Own target (default %1)").arg(names::kpiValue(kpi.target, kpi.unit)) });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *intro = new QLabel(tr("%1: on target at %2. Leave an actual empty for a period not measured.")
                                 .arg(kpi.name, names::kpiTarget(kpi, kpi.target)),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_table, &QTableWidget::itemChanged, this, &KpiValuesDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 460);
    validate();
}

void KpiValuesDialog::validate()
{
    QString problem;
    for (int row = 0; row < m_periods.size() && problem.isEmpty(); ++row)
        for (int column = 1; column <= 2; ++column) {
            const QString text
                = m_table->item(row, column) ? m_table->item(row, column)->text().trimmed() : QString();
            if (!text.isEmpty() && !parseKpiMillis(text, QLocale())) {
                problem = tr("%1: “%2” is not a number with at most three decimals.")
                              .arg(periodName(m_kpi.cadence, m_periods.at(row)), text);
                break;
            }
        }
    showProblem(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QList<SetKpiValuesCommand::Change> KpiValuesDialog::changes() const
{
    QList<SetKpiValuesCommand::Change> changes;
    for (int row = 0; row < m_periods.size(); ++row) {
        const std::optional<KpiMillis> actual = parseKpiMillis(m_table->item(row, 1)->text(), QLocale());
        const std::optional<KpiMillis> target = parseKpiMillis(m_table->item(row, 2)->text(), QLocale());
        std::optional<KpiValue> after;
        if (actual)
            after = KpiValue { m_kpi.id, m_periods.at(row), *actual, target };
        const std::optional<KpiValue> &before = m_before.at(row);
        const bool same = before.has_value() == after.has_value()
            && (!after || (before->actual == after->actual && before->target == after->target));
        if (!same)
            changes << SetKpiValuesCommand::Change { m_periods.at(row), after };
    }
    return changes;
}

SessionDecisionDialog::SessionDecisionDialog(const CommitteeSession &session, const QList<Project> &projects,
                                             const QList<Budget> &budgets, const QString &currency,
                                             const FiscalCalendar &calendar, const QDate &today,
                                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_calendar(calendar)
    , m_today(today)
    , m_budgets(budgets)
    , m_currency(currency)
    , m_project(projectCombo(projects, 0, this))
    , m_kind(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_owner(new QLineEdit(this))
    , m_due(makeFormDateEdit(this))
    , m_budgetBox(new QGroupBox(tr("Budget to extend"), this))
    , m_period(new QComboBox(this))
    , m_current(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record a Decision"));
    for (const DecisionKind kind : sessionDecisionKinds())
        m_kind->addItem(names::decisionKind(kind), int(kind));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("What the committee decided, and why"));
    m_reason->setTabChangesFocus(true);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setMaxLength(Decision::MaxOwnerLength);
    m_owner->setPlaceholderText(tr("Who carries it out"));
    m_due->setObjectName(QStringLiteral("due"));
    // By the next session but one, as committees usually ask.
    m_due->setDate(session.heldOn.addDays(14));
    m_period->setObjectName(QStringLiteral("budgetPeriod"));
    m_amount->setObjectName(QStringLiteral("budgetAmount"));
    m_amount->setPlaceholderText(tr("New amount in %1").arg(currency));

    auto *budgetForm = new QFormLayout(m_budgetBox);
    budgetForm->addRow(tr("Pe&riod:"), m_period);
    budgetForm->addRow(tr("Now:"), m_current);
    budgetForm->addRow(tr("&New amount:"), m_amount);
    auto *form = new QFormLayout;
    form->addRow(tr("Session:"), new QLabel(names::sessionTitle(session.heldOn), this));
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("&Decision:"), m_kind);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("D&ue by:"), m_due);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_budgetBox);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_project, &QComboBox::currentIndexChanged, this, &SessionDecisionDialog::updatePeriods);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SessionDecisionDialog::updateBudget);
    connect(m_period, &QComboBox::currentIndexChanged, this, &SessionDecisionDialog::updateBudget);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &SessionDecisionDialog::validate);
    connect(m_owner, &QLineEdit::textChanged, this, &SessionDecisionDialog::validate);
    connect(m_amount, &QLineEdit::textChanged, this, &SessionDecisionDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePeriods();
}

std::optional<Budget> SessionDecisionDialog::budgetOf(ProjectId project, PeriodKind kind,
                                                      const QDate &periodStart) const
{
    for (const Budget &budget : m_budgets)
        if (budget.projectId == project && !budget.category && budget.periodKind == kind
            && budget.periodStart == periodStart)
            return budget;
    return std::nullopt;
}

void SessionDecisionDialog::updatePeriods()
{
    // The project's budgets still running or to come, and this and next quarter and year when the
    // project has none for them yet.
    const ProjectId project = m_project->currentData().toLongLong();
    QList<std::pair<PeriodKind, QDate>> periods;
    for (const Budget &budget : std::as_const(m_budgets))
        if (budget.projectId == project && !budget.category && budget.periodEnd() >= m_today)
            periods << std::pair { budget.periodKind, budget.periodStart };
    const DayRange quarter = m_calendar.quarter(m_today);
    const DayRange year = m_calendar.year(m_today);
    for (const auto &period :
         { std::pair { PeriodKind::Quarter, quarter.first },
           std::pair { PeriodKind::Quarter, quarter.last.addDays(1) },
           std::pair { PeriodKind::Year, year.first }, std::pair { PeriodKind::Year, year.last.addDays(1) } })
        if (!periods.contains(period))
            periods << period;
    std::sort(periods.begin(), periods.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second < b.second : int(a.first) < int(b.first);
    });
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    for (const auto &[kind, start] : periods)
        m_period->addItem(render::periodLabel(m_calendar, kind, start), QVariantList { int(kind), start });
    updateBudget();
}

void SessionDecisionDialog::updateBudget()
{
    const bool extends
        = static_cast<DecisionKind>(m_kind->currentData().toInt()) == DecisionKind::ExtendBudget;
    m_budgetBox->setVisible(extends);
    const QVariantList period = m_period->currentData().toList();
    if (period.size() == 2) {
        const std::optional<Budget> held
            = budgetOf(m_project->currentData().toLongLong(), static_cast<PeriodKind>(period.at(0).toInt()),
                       period.at(1).toDate());
        m_current->setText(held ? held->amount.toString() : tr("no budget yet: the decision creates it"));
        if (held && m_amount->text().isEmpty())
            m_amount->setPlaceholderText(held->amount.toEditableString());
    }
    adjustSize();
    validate();
}

void SessionDecisionDialog::validate()
{
    QString problem;
    if (m_project->count() == 0)
        problem = tr("Create a project first.");
    else if (m_reason->toPlainText().trimmed().isEmpty())
        problem = tr("Say what the committee decided and why.");
    else if (m_owner->text().trimmed().isEmpty())
        problem = tr("Name who carries the decision out.");
    else if (static_cast<DecisionKind>(m_kind->currentData().toInt()) == DecisionKind::ExtendBudget) {
        Money amount;
        const QVariantList period = m_period->currentData().toList();
        const std::optional<Budget> held = period.size() == 2
            ? budgetOf(m_project->currentData().toLongLong(), static_cast<PeriodKind>(period.at(0).toInt()),
                       period.at(1).toDate())
            : std::nullopt;
        if (!Money::parseTyped(m_amount->text(), m_currency, QLocale(), amount) || amount.minorUnits() <= 0)
            problem = tr("Type the new amount of the budget.");
        else if (held && amount.minorUnits() <= held->amount.minorUnits())
            problem = tr("An extension raises the budget above %1.").arg(held->amount.toString());
    }
    showProblem(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

SessionDecision SessionDecisionDialog::decision() const
{
    SessionDecision decision;
    decision.sessionId = m_session.id;
    decision.projectId = m_project->currentData().toLongLong();
    decision.kind = static_cast<DecisionKind>(m_kind->currentData().toInt());
    decision.reason = m_reason->toPlainText().trimmed();
    decision.owner = m_owner->text().trimmed();
    decision.dueOn = m_due->date();
    const QVariantList period = m_period->currentData().toList();
    Money amount;
    if (decision.kind == DecisionKind::ExtendBudget && period.size() == 2
        && Money::parseTyped(m_amount->text(), m_currency, QLocale(), amount)) {
        Budget budget;
        budget.projectId = decision.projectId;
        budget.periodKind = static_cast<PeriodKind>(period.at(0).toInt());
        budget.periodStart = period.at(1).toDate();
        budget.amount = amount;
        decision.budget = budget;
    }
    return decision;
}

PlanSessionsDialog::PlanSessionsDialog(const SessionCadence &cadence, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_weekday(new QComboBox(this))
    , m_weeks(new QSpinBox(this))
    , m_until(makeFormDateEdit(this))
{
    setWindowTitle(tr("Plan Sessions"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekday->addItem(render::capitalized(QLocale().dayName(day)), day);
    m_weekday->setObjectName(QStringLiteral("weekday"));
    m_weekday->setCurrentIndex(m_weekday->findData(cadence.weekday));
    m_weeks->setObjectName(QStringLiteral("everyWeeks"));
    m_weeks->setRange(1, SessionCadence::MostWeeks);
    m_weeks->setValue(cadence.everyWeeks);
    m_weeks->setSuffix(tr(" week(s)"));
    m_until->setObjectName(QStringLiteral("until"));
    m_until->setDate(today.addMonths(3));
    auto *form = new QFormLayout;
    form->addRow(tr("The committee meets on:"), m_weekday);
    form->addRow(tr("Every:"), m_weeks);
    form->addRow(tr("Plan its sessions &until:"), m_until);
    auto *note
        = new QLabel(tr("Sessions already planned stay as they are; the new ones follow the last."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SessionCadence PlanSessionsDialog::cadence() const
{
    return { m_weekday->currentData().toInt(), m_weeks->value() };
}

QDate PlanSessionsDialog::until() const
{
    return m_until->date();
}

} // namespace costboard::ui
