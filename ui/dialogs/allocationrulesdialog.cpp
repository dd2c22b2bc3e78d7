// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/allocationrulesdialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "domain/category.h"
#include "errors.h"
#include "errortexts.h"
#include "import/databasetask.h"
#include "import/importer.h"
#include "labels.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/projectrepository.h"
#include "workspace.h"

namespace costboard::ui {

// --- AllocationRuleEditor

AllocationRuleEditor::AllocationRuleEditor(const QList<std::pair<ProjectId, QString>> &projects,
                                           const std::optional<AllocationRule> &existing, QWidget *parent)
    : QDialog(parent)
    , m_rule(existing.value_or(AllocationRule()))
    , m_match(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_keyLabel(new QLabel(tr("Tag name:"), this))
    , m_pattern(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_project(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("allocationRuleEditor"));
    setWindowTitle(existing ? tr("Edit Allocation Rule") : tr("New Allocation Rule"));
    for (const AllocationMatch match : { AllocationMatch::Tag, AllocationMatch::Account,
                                         AllocationMatch::Workspace, AllocationMatch::Text })
        m_match->addItem(matchLabel(match), static_cast<int>(match));
    m_key->setPlaceholderText(tr("e.g. project"));
    m_pattern->setPlaceholderText(tr("e.g. sup* or legal-summaries"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Upper and lower case compare alike; * stands for any text. A text pattern without * "
                       "matches anywhere "
                       "in the description, service, SKU, vendor, account or workspace."));
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_hint->setPalette(hintPalette);
    m_project->addItem(tr("Choose a project"), QVariant());
    for (const auto &[id, label] : projects)
        m_project->addItem(label, qlonglong(id));
    m_category->addItem(tr("Inferred from the service"), QVariant());
    for (const CategoryInfo &info : CostCategories::all())
        m_category->addItem(categoryLabel(info.category), static_cast<int>(info.category));

    if (existing) {
        m_match->setCurrentIndex(m_match->findData(static_cast<int>(existing->match)));
        m_key->setText(existing->key);
        m_pattern->setText(existing->pattern);
        m_project->setCurrentIndex(std::max(0, m_project->findData(qlonglong(existing->projectId))));
        if (existing->category)
            m_category->setCurrentIndex(m_category->findData(static_cast<int>(*existing->category)));
    }

    auto *form = new QFormLayout(this);
    form->addRow(tr("Rows whose:"), m_match);
    form->addRow(m_keyLabel, m_key);
    form->addRow(tr("Matches:"), m_pattern);
    form->addRow(QString(), m_hint);
    form->addRow(tr("Belong to project:"), m_project);
    form->addRow(tr("As category:"), m_category);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_match, &QComboBox::currentIndexChanged, this, &AllocationRuleEditor::validate);
    connect(m_key, &QLineEdit::textChanged, this, &AllocationRuleEditor::validate);
    connect(m_pattern, &QLineEdit::textChanged, this, &AllocationRuleEditor::validate);
    connect(m_project, &QComboBox::currentIndexChanged, this, &AllocationRuleEditor::validate);
    setMinimumWidth(480);
    validate();
}

QString AllocationRuleEditor::matchLabel(AllocationMatch match)
{
    switch (match) {
    case AllocationMatch::Tag:
        return tr("Tag or label");
    case AllocationMatch::Account:
        return tr("Account or subscription");
    case AllocationMatch::Workspace:
        return tr("Provider project or workspace");
    case AllocationMatch::Text:
        return tr("Any text of the row");
    }
    return QString();
}

AllocationRule AllocationRuleEditor::rule() const
{
    AllocationRule rule = m_rule;
    rule.match = static_cast<AllocationMatch>(m_match->currentData().toInt());
    rule.key = rule.match == AllocationMatch::Tag ? m_key->text().trimmed() : QString();
    rule.pattern = m_pattern->text().trimmed();
    rule.projectId = m_project->currentData().toLongLong();
    rule.category = m_category->currentData().isValid()
        ? std::optional(static_cast<CostCategory>(m_category->currentData().toInt()))
        : std::nullopt;
    return rule;
}

void AllocationRuleEditor::validate()
{
    const bool tag = static_cast<AllocationMatch>(m_match->currentData().toInt()) == AllocationMatch::Tag;
    m_key->setEnabled(tag);
    m_keyLabel->setEnabled(tag);
    const bool complete = !m_pattern->text().trimmed().isEmpty() && m_project->currentData().isValid()
        && (!tag || !m_key->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

// --- AllocationRulesDialog

namespace {

enum RuleColumn
{
    OrderColumn,
    MatchColumn,
    KeyColumn,
    PatternColumn,
    ProjectColumn,
    CategoryColumn,
    RuleColumnCount
};

} // namespace

AllocationRulesDialog::AllocationRulesDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(0, RuleColumnCount, this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_upButton(new QPushButton(tr("Move &Up"), this))
    , m_downButton(new QPushButton(tr("Move &Down"), this))
{
    setObjectName(QStringLiteral("allocationRulesDialog"));
    setWindowTitle(tr("Allocation Rules"));

    auto *intro = new QLabel(
        tr("An imported row that names no project goes to the project of the first rule below that "
           "matches it; a row no rule matches goes to Unallocated."),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Order"), tr("Match"), tr("Tag"), tr("Pattern"), tr("Project"), tr("Category") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PatternColumn, QHeaderView::Stretch);

    auto *addButton = new QPushButton(tr("&Add…"), this);
    auto *applyButton = new QPushButton(tr("A&pply to Unallocated Rows Now"), this);
    applyButton->setObjectName(QStringLiteral("applyRulesButton"));
    applyButton->setToolTip(
        tr("Place again the imported rows that went to Unallocated, with the rules as they are now"));
    connect(addButton, &QPushButton::clicked, this, &AllocationRulesDialog::addRule);
    connect(m_editButton, &QPushButton::clicked, this, &AllocationRulesDialog::editRule);
    connect(m_removeButton, &QPushButton::clicked, this, &AllocationRulesDialog::removeRule);
    connect(m_upButton, &QPushButton::clicked, this, &AllocationRulesDialog::moveUp);
    connect(m_downButton, &QPushButton::clicked, this, &AllocationRulesDialog::moveDown);
    connect(applyButton, &QPushButton::clicked, this, &AllocationRulesDialog::applyToUnallocatedRows);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AllocationRulesDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &AllocationRulesDialog::editRule);

    auto *side = new QVBoxLayout;
    side->addWidget(addButton);
    side->addWidget(m_editButton);
    side->addWidget(m_removeButton);
    side->addSpacing(12);
    side->addWidget(m_upButton);
    side->addWidget(m_downButton);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Applying acts on imported rows, not on this list: kept apart from closing.
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(applyButton);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addLayout(bottom);
    resize(820, 440);

    try {
        for (const Project &project : ProjectRepository(m_workspace.database()).list()) {
            const QString label = tr("%1 — %2", "project code — name").arg(project.code, project.name);
            m_projectNames.insert(project.id, label);
            if (!project.isUnallocated && !project.archived)
                m_projects.append({ project.id, label });
        }
    } catch (const Error &error) {
        spdlog::error("cannot list projects for allocation rules: {}", error.what());
    }
    reload();
}

void AllocationRulesDialog::reload(std::optional<std::int64_t> selectRuleId)
{
    try {
        m_rules = ImportRepository(m_workspace.database()).rules();
    } catch (const Error &error) {
        showError(tr("Allocation Rules"), costboard::errorText(error));
    }
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(m_rules.size()));
    auto cell = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(text);
        return item;
    };
    for (int row = 0; row < m_rules.size(); ++row) {
        const AllocationRule &rule = m_rules.at(row);
        QTableWidgetItem *order = cell(locale.toString(row + 1));
        order->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, OrderColumn, order);
        m_table->setItem(row, MatchColumn, cell(AllocationRuleEditor::matchLabel(rule.match)));
        m_table->setItem(row, KeyColumn, cell(rule.key));
        m_table->setItem(row, PatternColumn, cell(rule.pattern));
        m_table->setItem(row, ProjectColumn, cell(m_projectNames.value(rule.projectId)));
        m_table->setItem(
            row, CategoryColumn,
            cell(rule.category ? categoryLabel(*rule.category) : tr("Inferred from the service")));
        if (selectRuleId && rule.id == *selectRuleId)
            m_table->selectRow(row);
    }
    updateButtons();
}

std::optional<int> AllocationRulesDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().row();
}

void AllocationRulesDialog::updateButtons()
{
    const std::optional<int> row = selectedRow();
    m_editButton->setEnabled(row.has_value());
    m_removeButton->setEnabled(row.has_value());
    m_upButton->setEnabled(row && *row > 0);
    m_downButton->setEnabled(row && *row + 1 < m_rules.size());
}

void AllocationRulesDialog::showError(const QString &action, const QString &message)
{
    QMessageBox::warning(this, action, tr("The rules could not be changed: %1").arg(message));
}

void AllocationRulesDialog::addRule()
{
    AllocationRuleEditor editor(m_projects, std::nullopt, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    AllocationRule rule = editor.rule();
    // After the last rule: a new rule never changes where rows already placed by others go.
    rule.position = m_rules.isEmpty() ? 1 : m_rules.last().position + 1;
    try {
        const std::int64_t id = ImportRepository(m_workspace.database()).addRule(rule);
        spdlog::info("allocation rule {} added", id);
        reload(id);
    } catch (const Error &error) {
        showError(tr("New Allocation Rule"), costboard::errorText(error));
    }
}

void AllocationRulesDialog::editRule()
{
    const std::optional<int> row = selectedRow();
    if (!row)
        return;
    const AllocationRule existing = m_rules.at(*row);
    QList<std::pair<ProjectId, QString>> projects = m_projects;
    // A rule may name a project archived since: keep it choosable for this rule.
    if (std::none_of(projects.cbegin(), projects.cend(),
                     [&](const auto &project) { return project.first == existing.projectId; }))
        projects.append({ existing.projectId, m_projectNames.value(existing.projectId) });
    AllocationRuleEditor editor(projects, existing, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    try {
        ImportRepository(m_workspace.database()).updateRule(editor.rule());
        spdlog::info("allocation rule {} changed", existing.id);
        reload(existing.id);
    } catch (const Error &error) {
        showError(tr("Edit Allocation Rule"), costboard::errorText(error));
    }
}

void AllocationRulesDialog::removeRule()
{
    const std::optional<int> row = selectedRow();
    if (!row)
        return;
    const AllocationRule rule = m_rules.at(*row);
    const auto answer = QMessageBox::question(
        this, tr("Remove Allocation Rule"),
        tr("Remove the rule that places \"%1\" in %2? Rows it already placed stay where they are.")
            .arg(rule.pattern, m_projectNames.value(rule.projectId)));
    if (answer != QMessageBox::Yes)
        return;
    try {
        ImportRepository(m_workspace.database()).removeRule(rule.id);
        spdlog::info("allocation rule {} removed", rule.id);
        reload();
    } catch (const Error &error) {
        showError(tr("Remove Allocation Rule"), costboard::errorText(error));
    }
}

void AllocationRulesDialog::moveUp()
{
    swapWith(-1);
}

void AllocationRulesDialog::moveDown()
{
    swapWith(+1);
}

void AllocationRulesDialog::swapWith(int offset)
{
    const std::optional<int> row = selectedRow();
    if (!row || *row + offset < 0 || *row + offset >= m_rules.size())
        return;
    AllocationRule moved = m_rules.at(*row);
    AllocationRule other = m_rules.at(*row + offset);
    // Positions may tie (rules ordered by position, then id): renumber the two as their rows.
    moved.position = *row + offset + 1;
    other.position = *row + 1;
    try {
        Database &database = m_workspace.database();
        Transaction transaction(database);
        ImportRepository repository(database);
        for (int i = 0; i < m_rules.size(); ++i) {
            AllocationRule rule = m_rules.at(i);
            if (rule.id == moved.id || rule.id == other.id)
                continue;
            if (rule.position != i + 1) {
                rule.position = i + 1;
                repository.updateRule(rule);
            }
        }
        repository.updateRule(moved);
        repository.updateRule(other);
        transaction.commit();
        reload(moved.id);
    } catch (const Error &error) {
        showError(tr("Allocation Rules"), costboard::errorText(error));
    }
}

void AllocationRulesDialog::applyToUnallocatedRows()
{
    Importer::Reallocation moved;
    try {
        runDatabaseTask(
            m_workspace, this, tr("Placing the unallocated rows again…"), false,
            [&moved](Database &database, TaskProgress &) { moved = Importer(database).reallocate(); });
    } catch (const Error &error) {
        spdlog::error("re-allocation failed: {}", error.what());
        QMessageBox::warning(this, tr("Apply Allocation Rules"),
                             tr("The rows could not be placed again: %1").arg(costboard::errorText(error)));
        return;
    }
    spdlog::info("re-allocation moved {} groups, {} still unallocated", moved.groupsMoved,
                 moved.groupsStillUnallocated);
    if (moved.groupsMoved > 0)
        m_workspace.notifyDataChanged();
    const QLocale locale;
    QString text = moved.groupsMoved == 0 ? tr("No unallocated row matches a rule: nothing moved.")
                                          : tr("%1 groups of alike rows moved to the project of their rule.")
                                                .arg(locale.toString(moved.groupsMoved));
    if (moved.groupsStillUnallocated > 0)
        text += u'\n'
            + tr("%1 groups are still unallocated: add a rule that matches them.")
                  .arg(locale.toString(moved.groupsStillUnallocated));
    QMessageBox::information(this, tr("Apply Allocation Rules"), text);
}

} // namespace costboard::ui
