// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/alertrulespage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "alerts/alertstore.h"
#include "commands/alertcommands.h"
#include "dialogs/alertruledialog.h"
#include "errors.h"
#include "errortexts.h"
#include "labels.h"
#include "models/alertrulesmodel.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "widgets/recordtable.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

// A message that does not block: open(), so that no nested event loop runs inside a slot.
void warn(QWidget *parent, const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("alertRuleError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// The rule names the Name column keeps whole on a narrow screen, in average characters.
constexpr int ruleNameMinimumCharacters = 40;

} // namespace

AlertRulesPage::AlertRulesPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new AlertRulesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_intro(new QLabel(this))
    , m_count(new QLabel(this))
    , m_newButton(new QPushButton(tr("&New…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_enableButton(new QPushButton(tr("D&isable"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("alertRulesPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AlertRulesModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_intro->setObjectName(QStringLiteral("alertRulesIntro"));
    m_intro->setWordWrap(true);
    m_intro->setForegroundRole(QPalette::PlaceholderText);
    m_newButton->setObjectName(QStringLiteral("newAlertRule"));
    m_newButton->setToolTip(tr("Create a rule"));
    m_editButton->setObjectName(QStringLiteral("editAlertRule"));
    m_editButton->setToolTip(tr("Edit the selected rule (or double-click it)"));
    m_enableButton->setObjectName(QStringLiteral("enableAlertRule"));
    m_deleteButton->setObjectName(QStringLiteral("deleteAlertRule"));

    m_view->setObjectName(QStringLiteral("alertRulesTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // By scope: a project's rules together, in the store's order (kind, threshold) within it.
    m_view->sortByColumn(AlertRulesModel::ScopeColumn, Qt::AscendingOrder);
    setUpRecordTable(m_view, QAbstractItemView::SingleSelection, AlertRulesModel::NameColumn);
    // The rule's name says what it watches: whole even on a 1024 px screen, where the table
    // scrolls sideways instead.
    stretchKeepingContents(m_view, AlertRulesModel::NameColumn, ruleNameMinimumCharacters);

    // Enter edits like a double-click, Delete deletes: the keyboard paths.
    connect(addTableShortcut(m_view, tr("Edit Rule"),
                             { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }),
            &QAction::triggered, this, &AlertRulesPage::editSelectedRule);
    connect(addTableShortcut(m_view, tr("Delete Rule"), QKeySequence::keyBindings(QKeySequence::Delete)),
            &QAction::triggered, this, &AlertRulesPage::deleteSelectedRule);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        // A double click on the check box is two toggles, not a request for the form.
        if (index.column() != AlertRulesModel::EnabledColumn)
            editSelectedRule();
    });

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_intro, 1);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_count);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_newButton);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_enableButton);
    toolbar->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);

    connect(m_newButton, &QPushButton::clicked, this, &AlertRulesPage::newRule);
    connect(m_editButton, &QPushButton::clicked, this, &AlertRulesPage::editSelectedRule);
    connect(m_enableButton, &QPushButton::clicked, this, &AlertRulesPage::toggleSelectedEnabled);
    connect(m_deleteButton, &QPushButton::clicked, this, &AlertRulesPage::deleteSelectedRule);
    connect(m_model, &AlertRulesModel::enabledChangeRequested, this, &AlertRulesPage::setRuleEnabled);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertRulesPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AlertRulesPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &AlertRulesPage::updateActions);
    connect(&m_workspace, &Workspace::dataChanged, this, &AlertRulesPage::refreshWhenShown);
    // The evaluation adds the default rules of newly budgeted projects.
    connect(&m_workspace, &Workspace::alertsChanged, this, &AlertRulesPage::refreshWhenShown);

    refreshWhenShown();
    // Rules are the set-up: the table's Enter and Delete shortcuts too.
    m_workspace.guardWritesIn(this, WriteArea::Configuration);
}

AlertRulesPage::~AlertRulesPage() = default;

void AlertRulesPage::refresh()
{
    const std::optional<AlertRule> selected = selectedRule();
    try {
        Database &database = m_workspace.database();
        m_model->setRules(AlertStore(database).rules(), ProjectRepository(database).list(true),
                          DatabaseSettings(database).reportingCurrency());
        m_intro->setText(
            tr("Rules are checked against week %1 after every change. Built-in rules watch every "
               "budgeted project and the portfolio: they can be edited or disabled, not deleted.")
                .arg(weekLabel(m_workspace.alertWeek())));
    } catch (const Error &error) {
        spdlog::error("alert rules could not be read: {}", error.what());
        m_intro->setText(tr("The alert rules could not be read: %1").arg(costboard::errorText(error)));
    }
    if (selected)
        selectRule(selected->id);
    const auto enabled = std::count_if(m_model->rules().cbegin(), m_model->rules().cend(),
                                       [](const AlertRule &rule) { return rule.enabled; });
    // Worded without a plural so that it reads right with no plural forms file.
    m_count->setText(tr("Rules: %1, enabled: %2").arg(m_model->rowCount()).arg(enabled));
    updateActions();
}

std::optional<AlertRule> AlertRulesPage::selectedRule() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->rule(rows.constFirst().data(AlertRulesModel::RuleIdRole).toLongLong());
}

bool AlertRulesPage::selectRule(AlertRuleId id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, AlertRulesModel::NameColumn));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void AlertRulesPage::updateActions()
{
    const std::optional<AlertRule> selected = selectedRule();
    m_editButton->setEnabled(selected.has_value());
    m_enableButton->setEnabled(selected.has_value());
    m_enableButton->setText(selected && !selected->enabled ? tr("En&able") : tr("D&isable"));
    m_deleteButton->setEnabled(selected && !selected->builtIn);
    m_deleteButton->setToolTip(selected && selected->builtIn ? tr(
                                   "Built-in rules cannot be deleted, since they would be created again: "
                                   "disable them instead")
                                                             : tr("Delete the selected rule"));
}

AlertRuleDialog *AlertRulesPage::newRule()
{
    QList<Project> projects;
    QString currency;
    try {
        projects = ProjectRepository(m_workspace.database()).list(false);
        currency = DatabaseSettings(m_workspace.database()).reportingCurrency();
    } catch (const Error &error) {
        warn(this, tr("New Alert Rule"), costboard::errorText(error));
        return nullptr;
    }
    const AlertRule initial; // 80 % of the budget consumed, warning: the commonest custom rule
    auto *dialog = new AlertRuleDialog(m_workspace.database(), initial, projects, currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitHandler([this](const AlertRule &rule) {
        auto command = std::make_unique<CreateAlertRuleCommand>(m_workspace, rule, this);
        const CreateAlertRuleCommand *created = command.get(); // owned by the undo stack from here on
        executeCommand(m_workspace, std::move(command));
        selectRule(created->ruleId());
    });
    dialog->open();
    return dialog;
}

AlertRuleDialog *AlertRulesPage::editSelectedRule()
{
    const std::optional<AlertRule> selected = selectedRule();
    if (!selected)
        return nullptr;
    QList<Project> projects;
    try {
        projects = ProjectRepository(m_workspace.database()).list(true);
    } catch (const Error &error) {
        warn(this, tr("Edit Alert Rule"), costboard::errorText(error));
        return nullptr;
    }
    auto *dialog
        = new AlertRuleDialog(m_workspace.database(), *selected, projects, m_model->currency(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitHandler([this, opened = *selected](const AlertRule &edited) {
        // The rule as it is now, not when the form opened: that is what undo must restore.
        const AlertRule before = AlertStore(m_workspace.database()).findRule(opened.id).value_or(opened);
        if (sameAlertRuleSettings(before, edited))
            return;
        auto command = std::make_unique<EditAlertRuleCommand>(m_workspace, before, edited, this);
        const EditAlertRuleCommand *edit = command.get();
        executeCommand(m_workspace, std::move(command));
        selectRule(edit->splitsBuiltInRule() ? edit->customRuleId() : before.id);
    });
    dialog->open();
    return dialog;
}

void AlertRulesPage::toggleSelectedEnabled()
{
    if (const std::optional<AlertRule> selected = selectedRule())
        setRuleEnabled(selected->id, !selected->enabled);
}

void AlertRulesPage::setRuleEnabled(AlertRuleId id, bool enabled)
{
    const std::optional<AlertRule> rule = m_model->rule(id);
    if (!rule || rule->enabled == enabled)
        return;
    try {
        executeCommand(m_workspace,
                       std::make_unique<SetAlertRuleEnabledCommand>(m_workspace, *rule, enabled, this));
    } catch (const Error &error) {
        spdlog::error("alert rule {} could not be {}: {}", id, enabled ? "enabled" : "disabled",
                      error.what());
        warn(this, enabled ? tr("Rule Not Enabled") : tr("Rule Not Disabled"), costboard::errorText(error));
        refresh();
    }
}

QMessageBox *AlertRulesPage::deleteSelectedRule()
{
    const std::optional<AlertRule> selected = selectedRule();
    if (!selected || selected->builtIn)
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Alert Rule"),
                                tr("Delete the rule “%1”? The alerts it raised stay in the alert centre and "
                                   "resolve at the next evaluation.")
                                    .arg(m_model->nameText(*selected)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteAlertRuleQuestion"));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, rule = *selected] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        try {
            executeCommand(m_workspace, std::make_unique<RemoveAlertRuleCommand>(m_workspace, rule, this));
        } catch (const Error &error) {
            spdlog::error("alert rule {} could not be deleted: {}", rule.id, error.what());
            warn(this, tr("Rule Not Deleted"), costboard::errorText(error));
        }
    });
    box->open();
    return box;
}

} // namespace costboard::ui
