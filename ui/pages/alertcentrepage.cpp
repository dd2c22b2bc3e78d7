// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/alertcentrepage.h"

#include <algorithm>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "errortexts.h"
#include "labels.h"
#include "models/alertsmodel.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "storage/validation.h"
#include "widgets/recordtable.h"
#include "widgets/wrappingtoolbar.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

constexpr int noteMaxLength = validation::limits::AlertNoteLength;
// The room the alert's sentence keeps when the window is narrow, in average characters.
constexpr int sentenceMinimumCharacters = 24;
// The widest the acknowledgement column grows to show a long note, in average characters.
constexpr int acknowledgementMaximumCharacters = 24;

QString dateText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

AlertCentrePage::AlertCentrePage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new AlertsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stateFilter(new QComboBox(this))
    , m_severityFilter(new QComboBox(this))
    , m_projectFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_acknowledgeButton(new QPushButton(tr("&Acknowledge…"), this))
    , m_dashboardButton(new QPushButton(tr("Show on &Dashboard"), this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_emptyState(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("alertCentrePage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AlertsModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_stateFilter->setObjectName(QStringLiteral("alertStateFilter"));
    m_stateFilter->addItem(tr("Open and acknowledged"), static_cast<int>(StateFilter::Unresolved));
    m_stateFilter->addItem(tr("Open"), static_cast<int>(StateFilter::Open));
    m_stateFilter->addItem(tr("Acknowledged"), static_cast<int>(StateFilter::Acknowledged));
    m_stateFilter->addItem(tr("Resolved"), static_cast<int>(StateFilter::Resolved));
    m_stateFilter->addItem(tr("All states"), static_cast<int>(StateFilter::All));
    m_stateFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_severityFilter->setObjectName(QStringLiteral("alertSeverityFilter"));
    m_severityFilter->addItem(tr("All severities"), -1);
    m_severityFilter->addItem(alertSeverityIcon(AlertSeverity::Warning), tr("Warning and critical"),
                              static_cast<int>(AlertSeverity::Warning));
    m_severityFilter->addItem(alertSeverityIcon(AlertSeverity::Critical), tr("Critical only"),
                              static_cast<int>(AlertSeverity::Critical));
    m_severityFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_projectFilter->setObjectName(QStringLiteral("alertProjectFilter"));
    m_projectFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_projectFilter->setMinimumContentsLength(18);
    m_acknowledgeButton->setObjectName(QStringLiteral("acknowledgeAlert"));
    m_acknowledgeButton->setToolTip(
        tr("Record that the committee has seen the selected alerts, with a note"));
    m_dashboardButton->setObjectName(QStringLiteral("showAlertOnDashboard"));
    m_dashboardButton->setToolTip(tr("Open the dashboard filtered on the alert's project and category "
                                     "(or double-click the alert)"));

    m_view->setObjectName(QStringLiteral("alertsTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // Worst first; the store lists the newest first, which the stable sort keeps within a severity.
    m_view->sortByColumn(AlertsModel::SeverityColumn, Qt::DescendingOrder);
    setUpRecordTable(m_view, QAbstractItemView::ExtendedSelection, AlertsModel::SentenceColumn);
    // The sentence is what people read: it takes the width the other columns leave, and keeps
    // enough for its start on a narrow screen (the details below show it whole).
    stretchKeepingContents(m_view, AlertsModel::SentenceColumn, sentenceMinimumCharacters);
    // A long note would push the sentence out of sight: the acknowledgement column is as wide as
    // its contents up to a limit (fitAcknowledgementColumn), and the details show the note whole.
    m_view->horizontalHeader()->setSectionResizeMode(AlertsModel::AcknowledgementColumn,
                                                     QHeaderView::Interactive);
    // The details pane gives both dates; the table keeps the one that orders it.
    m_view->setColumnHidden(AlertsModel::FiredColumn, true);

    m_emptyState->setObjectName(QStringLiteral("alertsEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyState);

    m_details->setObjectName(QStringLiteral("alertDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(8);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for a sentence, the dates and a note of two lines, so the table does not jump.
    m_details->setMinimumHeight(5 * m_details->fontMetrics().lineSpacing() + 16);
    m_details->setBackgroundRole(QPalette::Base);
    m_details->setAutoFillBackground(true);

    auto *toolbar = new WrappingToolbar(this);
    toolbar->setObjectName(QStringLiteral("alertCentreToolbar"));
    toolbar->leading()->addWidget(m_stateFilter);
    toolbar->leading()->addWidget(m_severityFilter);
    toolbar->leading()->addWidget(m_projectFilter);
    toolbar->leading()->addStretch(1);
    toolbar->leading()->addWidget(m_count);
    toolbar->leading()->addSpacing(12);
    toolbar->trailing()->addWidget(m_acknowledgeButton);
    toolbar->trailing()->addWidget(m_dashboardButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_details);

    const auto filterChanged = [this] {
        if (!m_refreshing)
            refresh();
    };
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_projectFilter, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_acknowledgeButton, &QPushButton::clicked, this, &AlertCentrePage::acknowledgeSelected);
    connect(m_dashboardButton, &QPushButton::clicked, this, &AlertCentrePage::showSelectedOnDashboard);
    connect(m_view, &QTableView::doubleClicked, this, &AlertCentrePage::showSelectedOnDashboard);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertCentrePage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertCentrePage::updateDetails);
    connect(&m_workspace, &Workspace::alertsChanged, this, &AlertCentrePage::alertsChanged);
    connect(&m_workspace, &Workspace::dataChanged, this, &AlertCentrePage::refreshWhenShown);
    connect(&m_workspace, &Workspace::unreadAlertCountChanged, this, &AlertCentrePage::unreadCountChanged);

    refreshWhenShown();
    m_workspace.guardWrites(m_acknowledgeButton, WriteArea::Ledger);
}

int AlertCentrePage::unreadCount() const
{
    return m_workspace.unreadAlertCount();
}

AlertCentrePage::~AlertCentrePage() = default;

AlertFilter AlertCentrePage::filter() const
{
    AlertFilter filter;
    switch (static_cast<StateFilter>(m_stateFilter->currentData().toInt())) {
    case StateFilter::Unresolved:
        filter.states = AlertFilter::unresolved().states;
        break;
    case StateFilter::Open:
        filter.states = { AlertState::Open };
        break;
    case StateFilter::Acknowledged:
        filter.states = { AlertState::Acknowledged };
        break;
    case StateFilter::Resolved:
        filter.states = { AlertState::Resolved };
        break;
    case StateFilter::All:
        break;
    }
    const int severity = m_severityFilter->currentData().toInt();
    if (severity >= 0)
        filter.minimumSeverity = static_cast<AlertSeverity>(severity);
    const qlonglong project = m_projectFilter->currentData().toLongLong();
    if (project > 0)
        filter.projectId = project;
    return filter;
}

void AlertCentrePage::setStateFilter(StateFilter filter)
{
    m_stateFilter->setCurrentIndex(m_stateFilter->findData(static_cast<int>(filter)));
}

void AlertCentrePage::setMinimumSeverity(std::optional<AlertSeverity> severity)
{
    m_severityFilter->setCurrentIndex(
        m_severityFilter->findData(severity ? static_cast<int>(*severity) : -1));
}

void AlertCentrePage::setProjectFilter(std::optional<ProjectId> projectId)
{
    m_projectFilter->setCurrentIndex(
        std::max(0, m_projectFilter->findData(qlonglong(projectId.value_or(0)))));
}

void AlertCentrePage::pageShown()
{
    // Shown before the window is: no show event has refreshed it yet.
    refreshIfStale();
    markShownRead();
    // The first (worst) alert's details at once, rather than an empty pane to click into.
    if (!m_view->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void AlertCentrePage::alertsChanged()
{
    refreshWhenShown();
    if (isStale())
        return; // hidden: the navigation's badge (the workspace's count) is all that shows them
    // Alerts that fire while the page is on screen are seen as they appear.
    if (isVisible() && !window()->isMinimized())
        markShownRead();
}

void AlertCentrePage::markShownRead()
{
    // A screenshot is not someone reading the alerts: the badge and the database stay as they were.
    if (m_workspace.isViewOnly() || !m_workspace.mayWrite(WriteArea::Ledger))
        return;
    // Only what the filters let through has been seen: a warning hidden by "Critical only" stays
    // unread, and on the badge.
    QList<AlertId> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown << m_proxy->index(row, 0).data(AlertsModel::AlertIdRole).toLongLong();
    try {
        AlertStore(m_workspace.database()).markRead(shown);
        m_workspace.countUnreadAlerts();
    } catch (const Error &error) {
        spdlog::error("alerts could not be marked as read: {}", error.what());
    }
}

void AlertCentrePage::reloadProjects()
{
    const qlonglong current = m_projectFilter->currentData().toLongLong();
    QList<Project> projects = ProjectRepository(m_workspace.database()).list(false);
    std::sort(projects.begin(), projects.end(), [](const Project &a, const Project &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_projectFilter->clear();
    m_projectFilter->addItem(tr("All projects"), qlonglong(0));
    for (const Project &project : std::as_const(projects))
        m_projectFilter->addItem(projectName(project), qlonglong(project.id));
    m_projectFilter->setCurrentIndex(std::max(0, m_projectFilter->findData(current)));
}

void AlertCentrePage::refresh()
{
    // Filling the project filter changes its index: that is not a new filter to apply.
    m_refreshing = true;
    QList<AlertId> selected;
    for (const Alert &alert : selectedAlerts())
        selected << alert.id;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const AlertId currentId = current.isValid() ? current.data(AlertsModel::AlertIdRole).toLongLong() : 0;
    m_loadError.clear();
    try {
        Database &database = m_workspace.database();
        reloadProjects();
        QHash<ProjectId, QString> names;
        for (const Project &project : ProjectRepository(database).list(true))
            names.insert(project.id, projectName(project));
        const AlertStore store(database);
        m_model->setAlerts(store.alerts(filter()), names);
    } catch (const Error &error) {
        spdlog::error("alerts could not be read: {}", error.what());
        m_model->setAlerts({}, {});
        m_loadError = tr("The alerts could not be read: %1").arg(costboard::errorText(error));
    }
    m_refreshing = false;

    for (const AlertId id : std::as_const(selected)) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (const int row = m_model->rowOf(currentId); row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)),
                                                  QItemSelectionModel::NoUpdate);
    fitAcknowledgementColumn();
    updateEmptyState();
    updateActions();
    updateDetails();
    m_workspace.countUnreadAlerts();
}

void AlertCentrePage::fitAcknowledgementColumn()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(
        AlertsModel::AcknowledgementColumn,
        std::min(columnContentsWidth(m_view, AlertsModel::AcknowledgementColumn),
                 m_view->fontMetrics().averageCharWidth() * acknowledgementMaximumCharacters));
}

void AlertCentrePage::updateEmptyState()
{
    const int shown = m_proxy->rowCount();
    m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget *>(m_emptyState) : m_view);
    m_count->setText(tr("Alerts: %1").arg(shown));
    if (!m_loadError.isEmpty()) {
        m_emptyState->setText(m_loadError);
        return;
    }
    const AlertFilter current = filter();
    const bool unfiltered = !current.minimumSeverity && !current.projectId;
    m_emptyState->setText(unfiltered && current.states == AlertFilter::unresolved().states
                              ? tr("No open alerts: every rule is within its threshold for week %1.")
                                    .arg(weekLabel(m_workspace.alertWeek()))
                              : tr("No alerts match these filters."));
}

QList<Alert> AlertCentrePage::selectedAlerts() const
{
    QList<Alert> alerts;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const int row = m_model->rowOf(index.data(AlertsModel::AlertIdRole).toLongLong());
        if (row >= 0)
            alerts << m_model->alertAt(row);
    }
    return alerts;
}

bool AlertCentrePage::selectAlert(AlertId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, AlertsModel::SentenceColumn));
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void AlertCentrePage::updateActions()
{
    const QList<Alert> selected = selectedAlerts();
    m_acknowledgeButton->setEnabled(std::any_of(selected.cbegin(), selected.cend(), [](const Alert &alert) {
        return alert.state != AlertState::Resolved;
    }));
    m_dashboardButton->setEnabled(m_view->selectionModel()->currentIndex().isValid() && !selected.isEmpty());
}

QString AlertCentrePage::detailsText() const
{
    return m_details->text();
}

void AlertCentrePage::updateDetails()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const int row
        = current.isValid() ? m_model->rowOf(current.data(AlertsModel::AlertIdRole).toLongLong()) : -1;
    if (row < 0) {
        m_details->setText(m_model->rowCount() > 0 ? tr("Select an alert to see its details.") : QString());
        return;
    }
    const Alert &alert = m_model->alertAt(row);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(m_model->sentence(alert).toHtmlEscaped());
    QString dates = tr("%1 %2 alert, week %3. Fired %4, last updated %5.")
                        .arg(alertSeverityLabel(alert.severity), alertKindLabel(alert.kind).toLower(),
                             weekLabel(alert.week), dateText(alert.firedAt), dateText(alert.updatedAt));
    if (alert.state == AlertState::Resolved && alert.resolvedAt.isValid())
        dates += u' ' + tr("Resolved %1.").arg(dateText(alert.resolvedAt));
    lines << dates.toHtmlEscaped();
    if (alert.kind == AlertKind::BudgetConsumed || alert.kind == AlertKind::Forecast) {
        // Which days and which budget the percentage compares: the same as the dashboard's
        // quarter-to-date view and the Budgets page's quarter.
        lines << tr("Spend of the quarter's days to the end of week %1 on the accrual basis, against the "
                    "quarter's "
                    "whole budget, as on the dashboard (quarter to date) and the Budgets page.")
                     .arg(weekLabel(alert.week))
                     .toHtmlEscaped();
    }
    if (!alert.acknowledgedBy.isEmpty()) {
        lines << (alert.acknowledgementNote.isEmpty()
                      ? tr("Acknowledged by %1.").arg(alert.acknowledgedBy)
                      : tr("Acknowledged by %1: “%2”").arg(alert.acknowledgedBy, alert.acknowledgementNote))
                     .toHtmlEscaped();
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

QDialog *AlertCentrePage::acknowledgeSelected()
{
    QList<Alert> alerts = selectedAlerts();
    alerts.removeIf([](const Alert &alert) { return alert.state == AlertState::Resolved; });
    // One alert may be re-acknowledged to amend its note; a batch must not overwrite the notes
    // the alerts already carry, so it takes the open ones only.
    if (alerts.size() > 1)
        alerts.removeIf([](const Alert &alert) { return alert.state != AlertState::Open; });
    if (alerts.isEmpty())
        return nullptr;
    QList<AlertId> ids;
    QStringList sentences;
    for (const Alert &alert : std::as_const(alerts)) {
        ids << alert.id;
        if (sentences.size() < 3)
            sentences << QStringLiteral("• ") + m_model->sentence(alert);
    }
    if (alerts.size() > 3)
        sentences << tr("… and %1 more").arg(alerts.size() - 3);

    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("acknowledgeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(alerts.size() == 1 ? tr("Acknowledge Alert")
                                              : tr("Acknowledge %1 Alerts").arg(alerts.size()));
    dialog->setMinimumWidth(480);
    auto *summary = new QLabel(sentences.join(u'\n'), dialog);
    summary->setWordWrap(true);
    auto *prompt = new QLabel(tr("&Note for the record (what was decided, who follows up):"), dialog);
    prompt->setWordWrap(true);
    auto *note = new QPlainTextEdit(dialog);
    note->setObjectName(QStringLiteral("acknowledgementNote"));
    note->setTabChangesFocus(true);
    prompt->setBuddy(note);
    if (alerts.size() == 1)
        note->setPlainText(alerts.constFirst().acknowledgementNote);
    auto *message = new QLabel(dialog);
    message->setObjectName(QStringLiteral("acknowledgementMessage"));
    message->setWordWrap(true);
    QPalette palette = message->palette();
    palette.setColor(QPalette::WindowText, QColor(QStringLiteral("#c62828")));
    message->setPalette(palette);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Acknowledge"));

    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addSpacing(6);
    layout->addWidget(prompt);
    layout->addWidget(note, 1);
    layout->addWidget(message);
    layout->addWidget(buttons);

    const auto validate = [note, message, buttons] {
        const qsizetype length = note->toPlainText().trimmed().size();
        message->setText(length > noteMaxLength
                             ? tr("At most %1 characters (%2 now).").arg(noteMaxLength).arg(length)
                             : QString());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(length > 0 && length <= noteMaxLength);
    };
    connect(note, &QPlainTextEdit::textChanged, dialog, validate);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, note, message, ids] {
        QString error;
        if (acknowledge(ids, note->toPlainText(), &error))
            dialog->accept();
        else
            message->setText(error);
    });
    validate();
    note->setFocus();
    dialog->open();
    return dialog;
}

bool AlertCentrePage::acknowledge(const QList<AlertId> &ids, const QString &note, QString *error)
{
    bool done = true;
    try {
        // All or none: a failure half-way would leave some acknowledged and invite a second try
        // that audits them twice.
        Transaction transaction(m_workspace.database());
        AlertStore store(m_workspace.database());
        for (const AlertId id : ids)
            store.acknowledge(id, note);
        transaction.commit();
    } catch (const Error &failure) {
        spdlog::error("alert could not be acknowledged: {}", failure.what());
        if (error)
            *error = costboard::errorText(failure);
        done = false;
    }
    m_workspace.notifyDataChanged();
    return done;
}

void AlertCentrePage::showSelectedOnDashboard()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_model->rowOf(current.data(AlertsModel::AlertIdRole).toLongLong());
    if (row < 0)
        return;
    const Alert &alert = m_model->alertAt(row);
    emit showOnDashboard(alert.projectId, alert.category,
                         alert.kind == AlertKind::BudgetConsumed || alert.kind == AlertKind::Forecast);
}

} // namespace costboard::ui
