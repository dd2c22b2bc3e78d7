// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/committeesessions.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "commands/followupcommands.h"
#include "dialogs/followupdialogs.h"
#include "errors.h"
#include "errortexts.h"
#include "governance/committeetext.h"
#include "kpis.h"
#include "labels.h"
#include "models/committeemodels.h"
#include "models/followupmodels.h"
#include "storage/budgetrepository.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "widgets/dateedit.h"
#include "widgets/recordtable.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

// What an agenda item leads to.
enum ItemRole
{
    PartRole = Qt::UserRole + 1,
    SubjectRole, // the alert, milestone, KPI or decision id; the project for routing
};

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *created = new QPushButton(text, parent);
    created->setObjectName(name);
    return created;
}

bool run(Workspace &workspace, std::unique_ptr<WorkspaceCommand> command, QWidget *parent)
{
    try {
        executeCommand(workspace, std::move(command));
        return true;
    } catch (const Error &error) {
        spdlog::warn("session change refused: {}", error.what());
        QMessageBox::warning(parent, CommitteeSessionsTab::tr("Not Saved"), errorText(error));
        return false;
    }
}

} // namespace

CommitteeSessionsTab::CommitteeSessionsTab(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_sessionsModel(new SessionsModel(this))
    , m_sessionsView(new QTableView(this))
    , m_planOne(button(tr("Plan &This Session"), QStringLiteral("planSession"), this))
    , m_move(button(tr("&Move…"), QStringLiteral("moveSession"), this))
    , m_remove(button(tr("Remove"), QStringLiteral("removeSession"), this))
    , m_sessionTitle(new QLabel(this))
    , m_agendaTree(new QTreeWidget(this))
    , m_minutes(new QPlainTextEdit(this))
    , m_held(new QCheckBox(tr("&Held"), this))
    , m_saveMinutes(button(tr("&Save Minutes"), QStringLiteral("saveMinutes"), this))
    , m_decisionsModel(new DecisionLogModel(this))
    , m_decisionsView(new QTableView(this))
    , m_record(button(tr("&Record Decision…"), QStringLiteral("recordDecision"), this))
    , m_done(button(tr("Mark &Done"), QStringLiteral("markDecisionDone"), this))
{
    setObjectName(QStringLiteral("committeeSessions"));
    m_summary->setObjectName(QStringLiteral("sessionsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_sessionsView->setObjectName(QStringLiteral("sessions"));
    m_sessionsView->setModel(m_sessionsModel);
    setUpRecordTable(m_sessionsView, QAbstractItemView::SingleSelection, SessionsModel::StateColumn);
    m_sessionTitle->setObjectName(QStringLiteral("sessionTitle"));
    QFont titleFont = m_sessionTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_sessionTitle->setFont(titleFont);
    m_sessionTitle->setWordWrap(true);
    m_agendaTree->setObjectName(QStringLiteral("agenda"));
    m_agendaTree->setHeaderHidden(true);
    m_agendaTree->setRootIsDecorated(false);
    m_agendaTree->setWordWrap(true);
    m_agendaTree->setUniformRowHeights(false);
    m_agendaTree->setToolTip(tr("Double-click an item to open it"));
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setPlaceholderText(tr("Minutes: who attended, what was discussed"));
    m_held->setObjectName(QStringLiteral("held"));
    m_decisionsView->setObjectName(QStringLiteral("sessionDecisions"));
    m_decisionsView->setModel(m_decisionsModel);
    setUpRecordTable(m_decisionsView, QAbstractItemView::SingleSelection, DecisionLogModel::ReasonColumn);
    m_decisionsView->hideColumn(DecisionLogModel::DateColumn);
    m_decisionsView->hideColumn(DecisionLogModel::ActorColumn);

    auto *plan = button(tr("&Plan Sessions…"), QStringLiteral("planSessions"), this);
    auto *calendar = button(tr("Export &Calendar…"), QStringLiteral("exportCalendar"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(plan);
    top->addWidget(calendar);

    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(m_planOne);
    sessionButtons->addWidget(m_move);
    sessionButtons->addWidget(m_remove);
    sessionButtons->addStretch(1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_sessionsView, 1);
    leftLayout->addLayout(sessionButtons);

    auto *minutesBar = new QHBoxLayout;
    minutesBar->addWidget(new QLabel(tr("<b>Minutes</b>"), this), 1);
    minutesBar->addWidget(m_held);
    minutesBar->addWidget(m_saveMinutes);
    auto *decisionsBar = new QHBoxLayout;
    decisionsBar->addWidget(new QLabel(tr("<b>Decisions of the session</b>"), this), 1);
    decisionsBar->addWidget(m_record);
    decisionsBar->addWidget(m_done);
    auto *minutesPart = new QWidget(this);
    auto *minutesLayout = new QVBoxLayout(minutesPart);
    minutesLayout->setContentsMargins(0, 0, 0, 0);
    minutesLayout->addLayout(minutesBar);
    minutesLayout->addWidget(m_minutes, 1);
    auto *decisionsPart = new QWidget(this);
    auto *decisionsLayout = new QVBoxLayout(decisionsPart);
    decisionsLayout->setContentsMargins(0, 0, 0, 0);
    decisionsLayout->addLayout(decisionsBar);
    decisionsLayout->addWidget(m_decisionsView, 1);
    auto *rightSplitter = new QSplitter(Qt::Vertical, this);
    rightSplitter->addWidget(m_agendaTree);
    rightSplitter->addWidget(minutesPart);
    rightSplitter->addWidget(decisionsPart);
    rightSplitter->setStretchFactor(0, 4);
    rightSplitter->setStretchFactor(1, 1);
    rightSplitter->setStretchFactor(2, 2);
    // The agenda first: it is what the committee goes through.
    rightSplitter->setSizes({ 400, 110, 160 });
    rightSplitter->setChildrenCollapsible(false);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_sessionTitle);
    rightLayout->addWidget(rightSplitter, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(plan, &QPushButton::clicked, this, &CommitteeSessionsTab::planSessions);
    connect(calendar, &QPushButton::clicked, this, &CommitteeSessionsTab::exportCalendar);
    connect(m_planOne, &QPushButton::clicked, this, &CommitteeSessionsTab::planSelectedSession);
    connect(m_move, &QPushButton::clicked, this, &CommitteeSessionsTab::moveSelectedSession);
    connect(m_remove, &QPushButton::clicked, this, &CommitteeSessionsTab::removeSelectedSession);
    connect(m_saveMinutes, &QPushButton::clicked, this, &CommitteeSessionsTab::saveMinutes);
    connect(m_record, &QPushButton::clicked, this, &CommitteeSessionsTab::recordDecision);
    connect(m_done, &QPushButton::clicked, this, &CommitteeSessionsTab::markDecisionDone);
    connect(m_minutes, &QPlainTextEdit::textChanged, this, &CommitteeSessionsTab::updateActions);
    connect(m_held, &QCheckBox::toggled, this, &CommitteeSessionsTab::updateActions);
    connect(m_agendaTree, &QTreeWidget::itemActivated, this, &CommitteeSessionsTab::openAgendaItem);
    connect(m_sessionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommitteeSessionsTab::showSession);
    connect(m_decisionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommitteeSessionsTab::updateActions);
    // The agenda's items lead to the alert, milestone or decision they name: reading, not writing.
    m_workspace.guardWritesIn(this, WriteArea::Configuration,
                              { calendar, m_agendaTree, m_sessionsView, m_decisionsView });
    m_minutes->setReadOnly(!m_workspace.mayWrite(WriteArea::Configuration));
}

void CommitteeSessionsTab::refresh(const QDate &today)
{
    m_today = today;
    const std::optional<CommitteeSession> selected = selectedSession();
    QList<CommitteeSession> sessions;
    QHash<SessionId, int> counts;
    try {
        m_agenda = SessionAgenda::compute(m_workspace.database(), today);
        sessions = SessionRepository(m_workspace.database()).list();
        for (const Decision &decision : DecisionLog(m_workspace.database()).list())
            if (decision.sessionId)
                ++counts[*decision.sessionId];
        m_projects = ProjectRepository(m_workspace.database()).list(true);
    } catch (const Error &error) {
        spdlog::error("cannot read the committee's sessions: {}", error.what());
        m_summary->setText(errorText(error).toHtmlEscaped());
        return;
    }
    m_sessionsModel->setSessions(sessions, m_agenda.session, counts);
    m_decisionsModel->setToday(today);
    m_summary->setText(tr("Next: <b>%1</b> · %n item(s) on its agenda", nullptr, m_agenda.itemCount())
                           .arg(names::sessionHeading(m_agenda.session).toHtmlEscaped()));
    const QDate day = selected ? selected->heldOn : m_agenda.session.heldOn;
    if (!selectSession(day))
        selectSession(m_agenda.session.heldOn);
    showSession();
}

bool CommitteeSessionsTab::selectSession(const QDate &day)
{
    const int row = m_sessionsModel->rowOfDate(day);
    if (row < 0)
        return false;
    const QSignalBlocker blocker(m_sessionsView->selectionModel());
    m_sessionsView->selectionModel()->setCurrentIndex(
        m_sessionsModel->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSession();
    return true;
}

std::optional<CommitteeSession> CommitteeSessionsTab::selectedSession() const
{
    const QModelIndex current = m_sessionsView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_sessionsModel->sessionAt(current.row());
}

void CommitteeSessionsTab::showSession()
{
    const std::optional<CommitteeSession> session = selectedSession();
    const bool isNext = session && session->heldOn == m_agenda.session.heldOn;
    m_sessionTitle->setText(session ? names::sessionHeading(*session) : QString());
    m_agendaTree->setVisible(isNext);
    if (isNext)
        fillAgenda();
    m_shownMinutes = session ? session->minutes : QString();
    m_shownHeld = session && session->held;
    {
        const QSignalBlocker minutesBlocker(m_minutes);
        const QSignalBlocker heldBlocker(m_held);
        m_minutes->setPlainText(m_shownMinutes);
        m_held->setChecked(m_shownHeld);
    }
    QList<Decision> decisions;
    if (session && session->id != 0) {
        DecisionFilter filter;
        filter.sessionId = session->id;
        try {
            decisions = DecisionLog(m_workspace.database()).list(filter);
        } catch (const Error &error) {
            spdlog::error("cannot read the session's decisions: {}", error.what());
        }
    }
    m_decisionsModel->setDecisions(decisions, m_projects);
    updateActions();
}

void CommitteeSessionsTab::fillAgenda()
{
    m_agendaTree->clear();
    QFont headingFont = m_agendaTree->font();
    headingFont.setBold(true);
    const auto addPart = [&](agendatext::AgendaPart part, const QString &heading, const QStringList &items,
                             const QList<qint64> &subjects) {
        auto *top
            = new QTreeWidgetItem(m_agendaTree, { QStringLiteral("%1 (%2)").arg(heading).arg(items.size()) });
        top->setFont(0, headingFont);
        top->setFlags(Qt::ItemIsEnabled);
        for (qsizetype index = 0; index < items.size(); ++index) {
            auto *item = new QTreeWidgetItem(top, { items.at(index) });
            if (part == agendatext::AgendaPart::Alerts && index < m_agenda.alerts.size())
                item->setForeground(
                    0,
                    render::toneColour(m_agenda.alerts.at(index).severity == AlertSeverity::Critical
                                           ? render::KpiTone::Bad
                                           : render::KpiTone::Warning));
            item->setData(0, PartRole, int(part));
            item->setData(0, SubjectRole, subjects.value(index));
            item->setToolTip(0, items.at(index));
        }
        top->setExpanded(true);
    };
    if (m_agenda.itemCount() == 0)
        new QTreeWidgetItem(m_agendaTree, { agendatext::nothingToDiscuss() });
    for (const agendatext::AgendaSection &section : agendatext::sections(m_agenda, true)) {
        QList<qint64> subjects;
        switch (section.part) {
        case agendatext::AgendaPart::Alerts:
            for (const Alert &alert : std::as_const(m_agenda.alerts))
                subjects << alert.id;
            break;
        case agendatext::AgendaPart::Routing:
            for (const RoutingReviewRow &row : std::as_const(m_agenda.routing))
                subjects << row.project.id;
            break;
        case agendatext::AgendaPart::Milestones:
            for (const Milestone &milestone : std::as_const(m_agenda.milestones))
                subjects << milestone.id;
            break;
        case agendatext::AgendaPart::Kpis:
            for (const KpiStatus &status : std::as_const(m_agenda.kpisOffTarget))
                subjects << status.kpi.id;
            break;
        case agendatext::AgendaPart::DecisionsDue:
            for (const Decision &decision : std::as_const(m_agenda.decisionsDue))
                subjects << decision.id;
            break;
        case agendatext::AgendaPart::PreviousDecisions:
            for (const Decision &decision : std::as_const(m_agenda.previousDecisions))
                subjects << decision.id;
            break;
        }
        addPart(section.part, section.heading, section.items, subjects);
    }
}

void CommitteeSessionsTab::openAgendaItem()
{
    const QTreeWidgetItem *item = m_agendaTree->currentItem();
    if (!item || !item->data(0, PartRole).isValid())
        return;
    const qint64 subject = item->data(0, SubjectRole).toLongLong();
    switch (static_cast<agendatext::AgendaPart>(item->data(0, PartRole).toInt())) {
    case agendatext::AgendaPart::Alerts:
        emit alertRequested(subject);
        break;
    case agendatext::AgendaPart::Routing:
        emit routingRequested(subject);
        break;
    case agendatext::AgendaPart::Milestones:
        emit milestoneRequested(subject);
        break;
    case agendatext::AgendaPart::Kpis:
        emit kpiRequested(subject);
        break;
    case agendatext::AgendaPart::DecisionsDue:
    case agendatext::AgendaPart::PreviousDecisions:
        emit decisionRequested(subject);
        break;
    }
}

void CommitteeSessionsTab::updateActions()
{
    const std::optional<CommitteeSession> session = selectedSession();
    const bool stored = session && session->id != 0;
    m_planOne->setVisible(session && session->id == 0);
    m_move->setEnabled(stored && !session->held);
    m_remove->setEnabled(stored && m_decisionsModel->rowCount() == 0);
    m_minutes->setEnabled(stored);
    m_held->setEnabled(stored);
    m_saveMinutes->setEnabled(
        stored && (m_minutes->toPlainText() != m_shownMinutes || m_held->isChecked() != m_shownHeld));
    m_record->setEnabled(stored);
    m_record->setToolTip(stored ? QString()
                                : tr("Plan this session first: its decisions are recorded in it"));
    const QModelIndex decision = m_decisionsView->currentIndex();
    m_done->setEnabled(decision.isValid() && !m_decisionsModel->decisionAt(decision.row()).doneOn.isValid());
}

void CommitteeSessionsTab::planSessions()
{
    PlanSessionsDialog dialog(SessionRepository(m_workspace.database()).cadence(), m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    run(m_workspace,
        std::make_unique<PlanSessionsCommand>(m_workspace, dialog.cadence(), m_today, dialog.until(), this),
        this);
}

void CommitteeSessionsTab::planSelectedSession()
{
    const std::optional<CommitteeSession> session = selectedSession();
    if (session && session->id == 0)
        run(m_workspace, std::make_unique<ScheduleSessionCommand>(m_workspace, session->heldOn, this), this);
}

void CommitteeSessionsTab::moveSelectedSession()
{
    const std::optional<CommitteeSession> session = selectedSession();
    if (!session || session->id == 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Move Session"));
    auto *date = makeFormDateEdit(&dialog);
    date->setDate(session->heldOn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("Move the session of %1 to:").arg(names::sessionTitle(session->heldOn)), &dialog));
    layout->addWidget(date);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || date->date() == session->heldOn)
        return;
    run(m_workspace, std::make_unique<RescheduleSessionCommand>(m_workspace, *session, date->date(), this),
        this);
}

void CommitteeSessionsTab::removeSelectedSession()
{
    const std::optional<CommitteeSession> session = selectedSession();
    if (session && session->id != 0)
        run(m_workspace, std::make_unique<RemoveSessionCommand>(m_workspace, *session, this), this);
}

void CommitteeSessionsTab::saveMinutes()
{
    const std::optional<CommitteeSession> session = selectedSession();
    if (!session || session->id == 0)
        return;
    run(m_workspace,
        std::make_unique<SaveMinutesCommand>(m_workspace, *session, m_minutes->toPlainText(),
                                             m_held->isChecked(), this),
        this);
}

void CommitteeSessionsTab::recordDecision()
{
    const std::optional<CommitteeSession> session = selectedSession();
    if (!session || session->id == 0)
        return;
    QList<Budget> budgets;
    QString currency;
    FiscalCalendar calendar;
    try {
        budgets = BudgetRepository(m_workspace.database()).list();
        const DatabaseSettings settings(m_workspace.database());
        currency = settings.reportingCurrency();
        calendar = settings.calendar();
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Not Saved"), errorText(error));
        return;
    }
    SessionDecisionDialog dialog(*session, m_projects, budgets, currency, calendar, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SessionDecision decision = dialog.decision();
    QString code;
    for (const Project &project : std::as_const(m_projects))
        if (project.id == decision.projectId)
            code = project.code;
    run(m_workspace, std::make_unique<RecordSessionDecisionCommand>(m_workspace, decision, code, this), this);
}

void CommitteeSessionsTab::markDecisionDone()
{
    const QModelIndex current = m_decisionsView->currentIndex();
    if (!current.isValid())
        return;
    run(m_workspace,
        std::make_unique<SetDecisionDoneCommand>(m_workspace, m_decisionsModel->decisionAt(current.row()),
                                                 m_today, this),
        this);
}

void CommitteeSessionsTab::exportCalendar()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export the Committee's Calendar"),
                                                tr("committee-calendar.ics", "file name"),
                                                tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
        path += QStringLiteral(".ics");
    try {
        const int events = writeCommitteeCalendar(m_workspace.database(), m_today, path);
        spdlog::info("committee calendar exported: {} events", events);
    } catch (const Error &error) {
        spdlog::error("calendar export failed: {}", error.what());
        QMessageBox::warning(this, tr("Export the Committee's Calendar"), errorText(error));
    }
}

} // namespace costboard::ui
