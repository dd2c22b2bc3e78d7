// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/committeedialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "domain/money.h"
#include "labels.h"
#include "widgets/dateedit.h"

namespace costboard::ui {
namespace {

enum CriteriaColumn
{
    NameColumn,
    SenseColumn,
    WeightColumn,
    ShareColumn
};

QComboBox *levelBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const DecisionLevel level : allDecisionLevels())
        box->addItem(render::decisionLevelLabel(level), static_cast<int>(level));
    return box;
}

} // namespace

CriteriaDialog::CriteriaDialog(const QList<Criterion> &criteria, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 4, this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move &down"), this))
    , m_total(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("CriteriaDialog"));
    setWindowTitle(tr("Evaluation Criteria"));
    setMinimumSize(640, 380);
    m_table->setObjectName(QStringLiteral("criteriaTable"));
    m_table->setHorizontalHeaderLabels({ tr("Criterion"), tr("A high score is"), tr("Weight"), tr("Share") });
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const Criterion &criterion : criteria)
        addRow(criterion);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    auto *intro
        = new QLabel(tr("Each project is scored from 0 to 5 on every criterion. A criterion's weight "
                        "over the total is its share of the weighted score. Removing a criterion keeps "
                        "the scores already given on it in the projects' history."),
                     this);
    intro->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add"), this);
    auto *side = new QVBoxLayout;
    for (QPushButton *button : { add, m_remove, m_up, m_down })
        side->addWidget(button);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    m_total->setObjectName(QStringLiteral("criteriaTotal"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        Criterion criterion;
        criterion.name = tr("New criterion");
        criterion.weight = 10;
        addRow(criterion);
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        m_rows.removeAt(row);
        updateShares();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { updateShares(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { updateShares(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateShares();
}

void CriteriaDialog::addRow(const Criterion &criterion)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_rows.insert(row, criterion);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(render::criterionName(criterion)));
    auto *sense = new QComboBox(m_table);
    sense->addItem(tr("good for the project"), static_cast<int>(CriterionSense::Benefit));
    sense->addItem(tr("bad for the project"), static_cast<int>(CriterionSense::Burden));
    sense->setCurrentIndex(criterion.sense == CriterionSense::Benefit ? 0 : 1);
    m_table->setCellWidget(row, SenseColumn, sense);
    auto *weight = new QSpinBox(m_table);
    weight->setRange(0, Criterion::MaxWeight);
    weight->setValue(criterion.weight);
    m_table->setCellWidget(row, WeightColumn, weight);
    auto *share = new QTableWidgetItem;
    share->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, ShareColumn, share);
    connect(weight, &QSpinBox::valueChanged, this, [this] { updateShares(); });
}

void CriteriaDialog::moveCurrent(int step)
{
    const int row = m_table->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    const QList<Criterion> edited = criteria();
    QList<Criterion> reordered = edited;
    reordered.move(row, target);
    QList<Criterion> startedAs = m_rows;
    startedAs.move(row, target);
    m_table->setRowCount(0);
    m_rows.clear();
    for (const Criterion &criterion : std::as_const(reordered))
        addRow(criterion);
    m_rows = startedAs;
    m_table->setCurrentCell(target, NameColumn);
    updateShares();
}

QList<Criterion> CriteriaDialog::criteria() const
{
    QList<Criterion> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Criterion criterion = m_rows.at(row);
        const QString typed
            = m_table->item(row, NameColumn) ? m_table->item(row, NameColumn)->text().trimmed() : QString();
        // A shipped criterion keeps its translated name unless the committee typed another.
        Criterion shipped = criterion;
        shipped.name.clear();
        criterion.name
            = (!criterion.key.isEmpty() && typed == render::criterionName(shipped)) ? QString() : typed;
        criterion.sense = static_cast<CriterionSense>(
            qobject_cast<QComboBox *>(m_table->cellWidget(row, SenseColumn))->currentData().toInt());
        criterion.weight = qobject_cast<QSpinBox *>(m_table->cellWidget(row, WeightColumn))->value();
        criterion.archived = false;
        result << criterion;
    }
    return result;
}

void CriteriaDialog::updateShares()
{
    const QList<Criterion> edited = criteria();
    int total = 0;
    for (const Criterion &criterion : edited)
        total += criterion.weight;
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < edited.size(); ++row) {
        if (QTableWidgetItem *share = m_table->item(row, ShareColumn))
            share->setText(total > 0 ? render::percentLabel(100.0 * edited.at(row).weight / total, 0)
                                     : QString());
    }
    m_total->setText(total > 0 ? tr("Total weight: %1").arg(QLocale().toString(total))
                               : tr("Give at least one criterion a weight above zero."));
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(total > 0 || edited.isEmpty());
}

ScoreProjectDialog::ScoreProjectDialog(const QString &projectTitle, const QList<Criterion> &criteria,
                                       const QHash<CriterionId, CriterionScore> &latest, const QDate &today,
                                       QWidget *parent)
    : QDialog(parent)
    , m_criteria(criteria)
    , m_date(makeFormDateEdit(this))
{
    setObjectName(QStringLiteral("ScoreProjectDialog"));
    setWindowTitle(tr("Score %1").arg(projectTitle));
    setMinimumWidth(640);
    auto *intro = new QLabel(tr("0 is the lowest, 5 the highest. Scores already given stay in the project's "
                                "history; the newest counts."),
                             this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Criterion</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Score</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Note</b>"), this), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Before</b>"), this), 0, 3);
    for (int index = 0; index < criteria.size(); ++index) {
        const Criterion &criterion = criteria.at(index);
        auto *name
            = new QLabel(QStringLiteral("%1 <span style='color:gray'>(%2)</span>")
                             .arg(render::criterionName(criterion).toHtmlEscaped(),
                                  render::criterionSenseLabel(criterion.sense).toLower().toHtmlEscaped()),
                         this);
        auto *score = new QComboBox(this);
        score->setObjectName(QStringLiteral("score%1").arg(index));
        score->addItem(tr("Not scored"), -1);
        for (int value = CriterionScore::MinScore; value <= CriterionScore::MaxScore; ++value)
            score->addItem(QLocale().toString(value), value);
        auto *note = new QLineEdit(this);
        note->setMaxLength(CriterionScore::MaxNoteLength);
        auto *before = new QLabel(this);
        before->setStyleSheet(QStringLiteral("color: gray"));
        const auto held = latest.constFind(criterion.id);
        if (held != latest.constEnd()) {
            score->setCurrentIndex(score->findData(held->score));
            note->setText(held->note);
            note->setCursorPosition(0);
            before->setText(tr("%1 on %2")
                                .arg(QLocale().toString(held->score),
                                     QLocale().toString(held->scoredOn, QLocale::ShortFormat)));
        } else {
            before->setText(tr("never"));
        }
        name->setBuddy(score);
        grid->addWidget(name, index + 1, 0);
        grid->addWidget(score, index + 1, 1);
        grid->addWidget(note, index + 1, 2);
        grid->addWidget(before, index + 1, 3);
        m_scoreBoxes << score;
        m_notes << note;
    }
    grid->setColumnStretch(2, 1);
    m_date->setObjectName(QStringLiteral("scoredOn"));
    m_date->setDate(today);
    auto *dateRow = new QFormLayout;
    dateRow->addRow(tr("Evaluated &on:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record evaluation"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addLayout(dateRow);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<CriterionScore> ScoreProjectDialog::scores(ProjectId project) const
{
    QList<CriterionScore> result;
    for (int index = 0; index < m_criteria.size(); ++index) {
        const int value = m_scoreBoxes.at(index)->currentData().toInt();
        if (value < 0)
            continue;
        CriterionScore score;
        score.projectId = project;
        score.criterionId = m_criteria.at(index).id;
        score.score = value;
        score.note = m_notes.at(index)->text().trimmed();
        score.scoredOn = m_date->date();
        result << score;
    }
    return result;
}

RoutingRulesDialog::RoutingRulesDialog(const QList<RoutingRule> &rules, const QList<Criterion> &criteria,
                                       const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_rules(rules)
    , m_criteria(criteria)
    , m_currency(currency)
    , m_list(new QListWidget(this))
    , m_level(levelBox(this))
    , m_useAtLeast(new QCheckBox(tr("Budget of the year at &least"), this))
    , m_atLeast(new QLineEdit(this))
    , m_useBelow(new QCheckBox(tr("Budget of the year &below"), this))
    , m_below(new QLineEdit(this))
    , m_useSensitivity(new QCheckBox(tr("&Data"), this))
    , m_sensitivity(new QComboBox(this))
    , m_useAudience(new QCheckBox(tr("&Used by"), this))
    , m_audience(new QComboBox(this))
    , m_useNature(new QCheckBox(tr("&Kind"), this))
    , m_nature(new QComboBox(this))
    , m_useCriterion(new QCheckBox(tr("&Score on"), this))
    , m_criterion(new QComboBox(this))
    , m_criterionAtLeast(new QSpinBox(this))
    , m_enabled(new QCheckBox(tr("Rule &enabled"), this))
    , m_problem(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("RoutingRulesDialog"));
    setWindowTitle(tr("Routing Rules"));
    setMinimumSize(820, 460);
    m_list->setObjectName(QStringLiteral("routingRuleList"));
    m_list->setWordWrap(true);
    m_level->setObjectName(QStringLiteral("ruleLevel"));
    m_atLeast->setObjectName(QStringLiteral("budgetAtLeast"));
    m_below->setObjectName(QStringLiteral("budgetBelow"));
    for (QLineEdit *edit : { m_atLeast, m_below })
        edit->setPlaceholderText(tr("Amount in %1").arg(currency));
    m_sensitivity->addItem(tr("confidential, personal or health"),
                           static_cast<int>(DataSensitivity::Confidential));
    m_sensitivity->addItem(tr("personal or health"), static_cast<int>(DataSensitivity::Personal));
    m_sensitivity->addItem(tr("health"), static_cast<int>(DataSensitivity::Health));
    m_audience->addItem(tr("customers"), 1);
    m_audience->addItem(tr("staff only (internal)"), 0);
    m_nature->addItem(tr("infrastructure only"), 1);
    m_nature->addItem(tr("a business use"), 0);
    for (const Criterion &criterion : criteria)
        m_criterion->addItem(render::criterionName(criterion), qlonglong(criterion.id));
    m_criterionAtLeast->setRange(CriterionScore::MinScore, CriterionScore::MaxScore);
    m_criterionAtLeast->setPrefix(tr("at least "));
    m_useCriterion->setEnabled(!criteria.isEmpty());
    m_useAtLeast->setObjectName(QStringLiteral("useBudgetAtLeast"));
    m_useBelow->setObjectName(QStringLiteral("useBudgetBelow"));
    m_useSensitivity->setObjectName(QStringLiteral("useSensitivity"));
    m_useAudience->setObjectName(QStringLiteral("useAudience"));
    m_useNature->setObjectName(QStringLiteral("useNature"));
    m_useCriterion->setObjectName(QStringLiteral("useCriterion"));
    m_problem->setObjectName(QStringLiteral("ruleProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->setWordWrap(true);

    auto *form = new QGridLayout;
    int row = 0;
    form->addWidget(new QLabel(tr("When every condition ticked holds:"), this), row++, 0, 1, 3);
    const auto addCondition = [&](QCheckBox *use, QWidget *editor, QWidget *extra = nullptr) {
        form->addWidget(use, row, 0);
        form->addWidget(editor, row, 1, 1, extra ? 1 : 2);
        if (extra)
            form->addWidget(extra, row, 2);
        ++row;
    };
    addCondition(m_useAtLeast, m_atLeast);
    addCondition(m_useBelow, m_below);
    addCondition(m_useSensitivity, m_sensitivity);
    addCondition(m_useAudience, m_audience);
    addCondition(m_useNature, m_nature);
    addCondition(m_useCriterion, m_criterion, m_criterionAtLeast);
    auto *proposes = new QLabel(tr("&Propose:"), this);
    proposes->setBuddy(m_level);
    form->addWidget(proposes, row, 0);
    form->addWidget(m_level, row++, 1, 1, 2);
    form->addWidget(m_enabled, row++, 0, 1, 3);
    form->addWidget(m_problem, row++, 0, 1, 3);
    form->setRowStretch(row, 1);
    form->setColumnStretch(1, 1);

    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addRule"));
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move do&wn"), this);
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *button : { add, m_remove, up, down })
        listButtons->addWidget(button);
    auto *left = new QVBoxLayout;
    auto *order = new QLabel(tr("The first rule that matches a project proposes its level; when none does, "
                                "the committee keeps it."),
                             this);
    order->setWordWrap(true);
    left->addWidget(order);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *middle = new QHBoxLayout;
    middle->addLayout(left, 3);
    middle->addLayout(form, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int index) {
        if (m_showing)
            return;
        if (m_current >= 0 && index != m_current && !storeRule()) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(m_current);
            return;
        }
        showRule(index);
    });
    const auto edited = [this] {
        updateEditors();
        if (!m_showing && storeRule())
            refreshList();
    };
    for (QCheckBox *box : { m_useAtLeast, m_useBelow, m_useSensitivity, m_useAudience, m_useNature,
                            m_useCriterion, m_enabled })
        connect(box, &QCheckBox::toggled, this, edited);
    for (QComboBox *box : { m_level, m_sensitivity, m_audience, m_nature, m_criterion })
        connect(box, &QComboBox::currentIndexChanged, this, edited);
    for (QLineEdit *edit : { m_atLeast, m_below })
        connect(edit, &QLineEdit::editingFinished, this, edited);
    connect(m_criterionAtLeast, &QSpinBox::valueChanged, this, edited);
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_current >= 0 && !storeRule())
            return;
        // No condition yet: the form asks for one before the rules are saved.
        m_rules << RoutingRule {};
        refreshList();
        m_list->setCurrentRow(int(m_rules.size()) - 1);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        m_rules.removeAt(m_current);
        m_current = -1;
        refreshList();
        m_list->setCurrentRow(std::min(int(m_rules.size()) - 1, m_list->currentRow()));
        showRule(m_list->currentRow());
    });
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_current >= 0 && !storeRule())
            return;
        // A rule without a condition would send every project: show it rather than save.
        for (int index = 0; index < m_rules.size(); ++index) {
            if (!m_rules.at(index).hasCondition()) {
                m_list->setCurrentRow(index);
                m_problem->setText(tr("Tick at least one condition."));
                return;
            }
        }
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    refreshList();
    m_list->setCurrentRow(m_rules.isEmpty() ? -1 : 0);
    showRule(m_list->currentRow());
}

void RoutingRulesDialog::refreshList()
{
    const QSignalBlocker blocker(m_list);
    const int current = m_current;
    m_list->clear();
    for (int index = 0; index < m_rules.size(); ++index) {
        const RoutingRule &rule = m_rules.at(index);
        const QString conditions = rule.hasCondition()
            ? render::routingRuleConditions(rule, m_criteria, m_currency)
            : tr("(no condition yet)");
        auto *item = new QListWidgetItem(QStringLiteral("%1. %2 → %3%4")
                                             .arg(index + 1)
                                             .arg(conditions, render::decisionLevelShortLabel(rule.level),
                                                  rule.enabled ? QString() : tr(" (off)")),
                                         m_list);
        item->setForeground(rule.enabled ? QBrush(render::decisionLevelColour(rule.level))
                                         : QBrush(Qt::gray));
    }
    m_list->setCurrentRow(current);
}

RoutingRulesDialog::~RoutingRulesDialog()
{
    // A budget editor that holds the focus emits editingFinished while QWidget's destructor
    // takes the focus away, when this dialog's own members are already gone.
    for (QLineEdit *edit : { m_atLeast, m_below })
        edit->disconnect(this);
}

void RoutingRulesDialog::showRule(int index)
{
    m_showing = true;
    m_current = index;
    const bool has = index >= 0 && index < m_rules.size();
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_level, m_useAtLeast, m_atLeast, m_useBelow, m_below, m_useSensitivity, m_sensitivity,
             m_useAudience, m_audience, m_useNature, m_nature, m_useCriterion, m_criterion,
             m_criterionAtLeast, m_enabled, m_remove })
        widget->setEnabled(has);
    m_useCriterion->setEnabled(has && !m_criteria.isEmpty());
    m_problem->clear();
    const RoutingRule rule = has ? m_rules.at(index) : RoutingRule {};
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(rule.level)));
    m_useAtLeast->setChecked(rule.budgetAtLeast.has_value());
    m_atLeast->setText(rule.budgetAtLeast ? Money(*rule.budgetAtLeast, m_currency).toEditableString()
                                          : QString());
    m_useBelow->setChecked(rule.budgetBelow.has_value());
    m_below->setText(rule.budgetBelow ? Money(*rule.budgetBelow, m_currency).toEditableString() : QString());
    m_useSensitivity->setChecked(rule.sensitivityAtLeast.has_value());
    const int sensitivity = m_sensitivity->findData(
        static_cast<int>(rule.sensitivityAtLeast.value_or(DataSensitivity::Personal)));
    m_sensitivity->setCurrentIndex(std::max(0, sensitivity));
    m_useAudience->setChecked(rule.customerFacing.has_value());
    m_audience->setCurrentIndex(m_audience->findData(rule.customerFacing.value_or(true) ? 1 : 0));
    m_useNature->setChecked(rule.infrastructureOnly.has_value());
    m_nature->setCurrentIndex(m_nature->findData(rule.infrastructureOnly.value_or(true) ? 1 : 0));
    m_useCriterion->setChecked(rule.criterion.has_value());
    if (rule.criterion)
        m_criterion->setCurrentIndex(std::max(0, m_criterion->findData(qlonglong(*rule.criterion))));
    m_criterionAtLeast->setValue(rule.criterion ? rule.criterionAtLeast : 4);
    m_enabled->setChecked(rule.enabled);
    m_showing = false;
    updateEditors();
}

void RoutingRulesDialog::updateEditors()
{
    const bool has = m_current >= 0 && m_current < m_rules.size();
    const QList<std::pair<QCheckBox *, QList<QWidget *>>> conditions {
        { m_useAtLeast, { m_atLeast } },         { m_useBelow, { m_below } },
        { m_useSensitivity, { m_sensitivity } }, { m_useAudience, { m_audience } },
        { m_useNature, { m_nature } },           { m_useCriterion, { m_criterion, m_criterionAtLeast } },
    };
    for (const auto &[use, editors] : conditions) {
        for (QWidget *editor : editors)
            editor->setEnabled(has && use->isChecked());
    }
}

bool RoutingRulesDialog::storeRule()
{
    if (m_current < 0 || m_current >= m_rules.size())
        return true;
    RoutingRule rule = m_rules.at(m_current);
    const auto readBudget = [this](QCheckBox *use, QLineEdit *edit, std::optional<std::int64_t> &out) {
        if (!use->isChecked()) {
            out.reset();
            return true;
        }
        Money amount;
        if (!Money::parseTyped(edit->text(), m_currency, QLocale(), amount) || amount.minorUnits() < 0) {
            m_problem->setText(tr("“%1” is not an amount in %2.").arg(edit->text(), m_currency));
            edit->setFocus();
            return false;
        }
        out = amount.minorUnits();
        return true;
    };
    if (!readBudget(m_useAtLeast, m_atLeast, rule.budgetAtLeast)
        || !readBudget(m_useBelow, m_below, rule.budgetBelow))
        return false;
    rule.level = static_cast<DecisionLevel>(m_level->currentData().toInt());
    rule.sensitivityAtLeast = m_useSensitivity->isChecked()
        ? std::optional<DataSensitivity>(static_cast<DataSensitivity>(m_sensitivity->currentData().toInt()))
        : std::nullopt;
    rule.customerFacing = m_useAudience->isChecked()
        ? std::optional<bool>(m_audience->currentData().toInt() == 1)
        : std::nullopt;
    rule.infrastructureOnly
        = m_useNature->isChecked() ? std::optional<bool>(m_nature->currentData().toInt() == 1) : std::nullopt;
    rule.criterion = m_useCriterion->isChecked() && m_criterion->currentIndex() >= 0
        ? std::optional<CriterionId>(m_criterion->currentData().toLongLong())
        : std::nullopt;
    rule.criterionAtLeast = rule.criterion ? m_criterionAtLeast->value() : 0;
    rule.enabled = m_enabled->isChecked();
    m_rules[m_current] = rule;
    m_problem->setText(rule.hasCondition() ? QString() : tr("Tick at least one condition."));
    return true;
}

void RoutingRulesDialog::moveCurrent(int step)
{
    const int target = m_current + step;
    if (m_current < 0 || target < 0 || target >= m_rules.size() || !storeRule())
        return;
    m_rules.move(m_current, target);
    m_current = target;
    refreshList();
    m_list->setCurrentRow(target);
}

RoutingDecisionDialog::RoutingDecisionDialog(const QString &projectTitle, DecisionLevel current,
                                             DecisionLevel proposed, const QString &why, const QDate &today,
                                             QWidget *parent)
    : QDialog(parent)
    , m_level(levelBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_date(makeFormDateEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("RoutingDecisionDialog"));
    setWindowTitle(tr("Who Decides for %1").arg(projectTitle));
    setMinimumWidth(520);
    auto *facts
        = new QLabel(tr("Decides now: <b>%1</b><br>The rules propose: <b>%2</b> — %3")
                         .arg(render::decisionLevelLabel(current).toHtmlEscaped(),
                              render::decisionLevelLabel(proposed).toHtmlEscaped(), why.toHtmlEscaped()),
                     this);
    facts->setWordWrap(true);
    m_level->setObjectName(QStringLiteral("decisionLevel"));
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(proposed)));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Required: why the committee decides so. Kept in the decision log."));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_date->setDate(today);
    auto *form = new QFormLayout;
    form->addRow(tr("&Decides:"), m_level);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Decided &on:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(facts);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    const auto update = [this, proposed] {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setText(level() == proposed ? tr("Accept proposal") : tr("Override proposal"));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
    };
    connect(m_level, &QComboBox::currentIndexChanged, this, update);
    connect(m_reason, &QPlainTextEdit::textChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    m_reason->setFocus();
}

DecisionLevel RoutingDecisionDialog::level() const
{
    return static_cast<DecisionLevel>(m_level->currentData().toInt());
}

QString RoutingDecisionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDate RoutingDecisionDialog::decidedOn() const
{
    return m_date->date();
}

} // namespace costboard::ui
