// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/projectspage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "commands/projectcommands.h"
#include "dialogs/projectdialog.h"
#include "dialogs/savedestimatedialogs.h"
#include "errors.h"
#include "errortexts.h"
#include "labels.h"
#include "models/projectsfilterproxymodel.h"
#include "models/projectsmodel.h"
#include "models/projectstablemodel.h"
#include "models/projectstotalmodel.h"
#include "storage/projectrepository.h"
#include "widgets/recordtable.h"
#include "widgets/wrappingtoolbar.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

// The project names the Name column keeps whole on a narrow screen, in average characters.
constexpr int nameMinimumCharacters = 40;

} // namespace

ProjectsPage::ProjectsPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new ProjectsModel(workspace.database(), this))
    , m_proxy(new ProjectsFilterProxyModel(this))
    , m_table(nullptr)
    , m_caption(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_levelFilter(new QComboBox(this))
    , m_showArchived(new QCheckBox(tr("Show &archived"), this))
    , m_count(new QLabel(this))
    , m_newButton(new QPushButton(tr("&New…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_archiveButton(new QPushButton(tr("A&rchive"), this))
    , m_estimateButton(new QPushButton(tr("Estimate against Ac&tual…"), this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_emptyState(nullptr)
    , m_emptyTitle(new QLabel(this))
    , m_emptyText(new QLabel(this))
{
    setObjectName(QStringLiteral("ProjectsPage"));
    m_proxy->setSourceModel(m_model);
    m_table = new ProjectsTableModel(m_model, m_proxy, this);

    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);

    m_search->setObjectName(QStringLiteral("projectSearch"));
    m_search->setPlaceholderText(tr("Search code, name or owner"));
    m_search->setClearButtonEnabled(true);
    // Wide enough for the whole hint and the clear button, in either language.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText())
                              + 3 * m_search->fontMetrics().height());
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (const ProjectStatus status : allProjectStatuses())
        m_statusFilter->addItem(statusLabel(status), static_cast<int>(status));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_levelFilter->setObjectName(QStringLiteral("levelFilter"));
    m_levelFilter->addItem(tr("Every decision level"), -1);
    for (const DecisionLevel level : allDecisionLevels())
        m_levelFilter->addItem(decisionLevelLabel(level), static_cast<int>(level));
    m_levelFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    m_newButton->setObjectName(QStringLiteral("newProject"));
    m_newButton->setToolTip(tr("Create a project"));
    m_editButton->setObjectName(QStringLiteral("editProject"));
    m_editButton->setToolTip(tr("Edit the selected project (or double-click it)"));
    m_archiveButton->setObjectName(QStringLiteral("archiveProject"));
    m_archiveButton->setToolTip(
        tr("Archived projects keep their costs but leave the lists and the dashboard's choices"));

    m_view->setObjectName(QStringLiteral("projectsTable"));
    m_view->setModel(m_table);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProjectsModel::NameColumn, Qt::AscendingOrder);
    setUpRecordTable(m_view, QAbstractItemView::SingleSelection, ProjectsModel::NameColumn);
    // The figures keep their contents' width; the names take the rest and stay whole even on a
    // 1024 px screen, where the table scrolls sideways instead.
    stretchKeepingContents(m_view, ProjectsModel::NameColumn, nameMinimumCharacters);
    // Every project shown is active until archived ones are asked for.
    m_view->setColumnHidden(ProjectsModel::ArchivedColumn, true);

    // Enter edits like a double-click: the keyboard path to the form.
    connect(addTableShortcut(m_view, tr("Edit Project"),
                             { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }),
            &QAction::triggered, this, &ProjectsPage::editSelectedProject);
    connect(m_view, &QTableView::doubleClicked, this, &ProjectsPage::editSelectedProject);

    m_emptyState = createEmptyState();
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyState);

    auto *toolbar = new WrappingToolbar(this);
    toolbar->setObjectName(QStringLiteral("projectsToolbar"));
    toolbar->leading()->addWidget(m_search, 2);
    toolbar->leading()->addWidget(m_statusFilter);
    toolbar->leading()->addWidget(m_levelFilter);
    toolbar->leading()->addWidget(m_showArchived);
    toolbar->leading()->addStretch(1);
    toolbar->leading()->addWidget(m_count);
    toolbar->leading()->addSpacing(12);
    toolbar->trailing()->addWidget(m_newButton);
    toolbar->trailing()->addWidget(m_editButton);
    toolbar->trailing()->addWidget(m_archiveButton);
    toolbar->trailing()->addWidget(m_estimateButton);
    m_estimateButton->setObjectName(QStringLiteral("estimateAgainstActual"));
    m_estimateButton->setToolTip(
        tr("The selected project's saved estimates against its actuals, month by month"));
    connect(m_estimateButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<Project> selected = selectedProject()) {
            EstimateAgainstActualDialog dialog(m_workspace.database(), *selected, QDate::currentDate(), this);
            dialog.exec();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_caption);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ProjectsFilterProxyModel::setFilterText);
    connect(m_showArchived, &QCheckBox::toggled, m_proxy, &ProjectsFilterProxyModel::setShowArchived);
    connect(m_showArchived, &QCheckBox::toggled, this,
            [this](bool shown) { m_view->setColumnHidden(ProjectsModel::ArchivedColumn, !shown); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_statusFilter->currentData().toInt();
        m_proxy->setStatusFilter(status < 0 ? std::nullopt
                                            : std::optional(static_cast<ProjectStatus>(status)));
    });
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int level = m_levelFilter->currentData().toInt();
        m_proxy->setDecisionLevelFilter(level < 0 ? std::nullopt
                                                  : std::optional(static_cast<DecisionLevel>(level)));
    });
    connect(m_newButton, &QPushButton::clicked, this, &ProjectsPage::newProject);
    connect(m_editButton, &QPushButton::clicked, this, &ProjectsPage::editSelectedProject);
    connect(m_archiveButton, &QPushButton::clicked, this, &ProjectsPage::toggleArchivedSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProjectsPage::updateActions);
    // Filtering, sorting and refreshes all move rows: recount and re-check the selection.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ProjectsPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ProjectsPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProjectsPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ProjectsPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ProjectsPage::updateActions);
    connect(&m_workspace, &Workspace::dataChanged, this, &ProjectsPage::refreshWhenShown);

    refreshWhenShown();
    for (QPushButton *button : { m_newButton, m_editButton, m_archiveButton })
        m_workspace.guardWrites(button, WriteArea::Configuration);
    for (QAction *action : m_view->actions())
        m_workspace.guardWrites(action, WriteArea::Configuration);
    m_workspace.guardWrites(m_view, WriteArea::Configuration);
}

ProjectsPage::~ProjectsPage() = default;

ProjectsTotalModel *ProjectsPage::totalModel() const
{
    return m_table->totalModel();
}

QWidget *ProjectsPage::createEmptyState()
{
    auto *widget = new QWidget(this);
    widget->setObjectName(QStringLiteral("projectsEmptyState"));
    auto *icon = new QLabel(widget);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/projects.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_emptyTitle->setParent(widget);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setText(tr("No projects yet"));
    m_emptyText->setParent(widget);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    // A fixed width lets the wrapped text compute its height; a centred label would shrink to a sliver.
    m_emptyText->setFixedWidth(480);
    m_emptyText->setText(
        tr("A project gathers the costs and budgets of one Generative-AI initiative. Create the "
           "first one, or try CostBoard with a demo portfolio: costboard demo --db FILE"));
    // The stacked layout does not pass height-for-width down: reserve the wrapped text's height.
    m_emptyText->setMinimumHeight(m_emptyText->heightForWidth(m_emptyText->width()));
    auto *button = new QPushButton(tr("New Project…"), widget);
    button->setObjectName(QStringLiteral("emptyStateNewProject"));
    m_workspace.guardWrites(button, WriteArea::Configuration);
    connect(button, &QPushButton::clicked, this, &ProjectsPage::newProject);

    auto *layout = new QVBoxLayout(widget);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return widget;
}

void ProjectsPage::activateSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ProjectsPage::refresh()
{
    try {
        m_model->refresh();
        const QLocale locale;
        m_caption->setText(
            tr("Budget, spend to date, what remains, forecast and % consumed of %1 (%2 to %3), spend up to "
               "%4, in %5; the last row adds up the projects shown.")
                .arg(m_model->fiscalYearLabel(),
                     locale.toString(m_model->fiscalYearStart(), QLocale::ShortFormat),
                     locale.toString(m_model->fiscalYearEnd(), QLocale::ShortFormat),
                     locale.toString(m_model->spendUntil(), QLocale::ShortFormat), m_model->currency()));
    } catch (const Error &error) {
        spdlog::error("projects could not be read: {}", error.what());
        m_caption->setText(tr("The projects could not be read: %1").arg(costboard::errorText(error)));
    }
    updateEmptyState();
}

void ProjectsPage::updateEmptyState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_stack->setCurrentWidget(total == 0 ? m_emptyState : m_view);
    m_caption->setVisible(total > 0);
    // Worded without a plural so that it reads right in every language with no plural forms file.
    m_count->setText(shown == total ? tr("Projects: %1").arg(total)
                                    : tr("Projects: %1 of %2").arg(shown).arg(total));
    updateActions();
}

void ProjectsPage::updateActions()
{
    const std::optional<Project> selected = selectedProject();
    m_editButton->setEnabled(selected.has_value());
    m_archiveButton->setEnabled(selected.has_value());
    m_estimateButton->setEnabled(selected.has_value());
    m_archiveButton->setText(selected && selected->archived ? tr("Un&archive") : tr("A&rchive"));
}

std::optional<Project> ProjectsPage::selectedProject() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->project(rows.constFirst().data(ProjectsModel::ProjectIdRole).toLongLong());
}

bool ProjectsPage::selectProject(ProjectId id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_table->mapFromSource(
        m_proxy->mapFromSource(m_model->index(sourceRow, ProjectsModel::CodeColumn)));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

ProjectDialog *ProjectsPage::newProject()
{
    Project initial;
    initial.startDate = QDate::currentDate();
    auto *dialog = new ProjectDialog(initial, m_model->projects(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitHandler([this](const Project &project) {
        auto command = std::make_unique<CreateProjectCommand>(m_workspace, project, this);
        const CreateProjectCommand *created = command.get(); // owned by the undo stack from here on
        executeCommand(m_workspace, std::move(command));
        selectProject(created->projectId());
    });
    dialog->open();
    return dialog;
}

ProjectDialog *ProjectsPage::editSelectedProject()
{
    const std::optional<Project> selected = selectedProject();
    if (!selected)
        return nullptr;
    auto *dialog = new ProjectDialog(*selected, m_model->projects(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ProjectId id = selected->id;
    dialog->setSubmitHandler([this, id, opened = *selected](const Project &edited) {
        // The values as they are now, not when the form opened: that is what undo must restore.
        const Project before = m_model->project(id).value_or(opened);
        if (sameProjectDetails(before, edited))
            return;
        executeCommand(m_workspace, std::make_unique<EditProjectCommand>(m_workspace, before, edited, this));
    });
    dialog->open();
    return dialog;
}

void ProjectsPage::toggleArchivedSelected()
{
    const std::optional<Project> selected = selectedProject();
    if (!selected)
        return;
    try {
        executeCommand(
            m_workspace,
            std::make_unique<SetProjectArchivedCommand>(m_workspace, *selected, !selected->archived, this));
    } catch (const Error &error) {
        spdlog::error("archiving project {} failed: {}", selected->id, error.what());
        QMessageBox::warning(this,
                             selected->archived ? tr("Project Not Unarchived") : tr("Project Not Archived"),
                             costboard::errorText(error));
    }
    updateActions();
}

} // namespace costboard::ui
