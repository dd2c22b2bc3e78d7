// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/alertruledialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "alerts/alertstore.h"
#include "commands/alertcommands.h"
#include "domain/money.h"
#include "errors.h"
#include "errortexts.h"
#include "labels.h"
#include "models/alertsmodel.h"
#include "storage/validation.h"

namespace costboard::ui {
namespace {

const QColor messageColour(QStringLiteral("#c62828"));
const QColor invalidFill(QStringLiteral("#fdecea"));
constexpr int nameMaxLength = validation::limits::AlertRuleNameLength;

// A threshold limit as the spin boxes show it: stored hundredths (of a percent, of a multiple).
double shown(std::int64_t hundredths)
{
    return static_cast<double>(hundredths) / 100.0;
}

enum ThresholdPage
{
    PercentPage,
    AmountPage,
    SpikePage
};

ThresholdPage pageFor(AlertKind kind)
{
    switch (kind) {
    case AlertKind::WeeklySpend:
        return AmountPage;
    case AlertKind::Spike:
        return SpikePage;
    case AlertKind::BudgetConsumed:
    case AlertKind::Forecast:
    case AlertKind::WeekOverWeek:
        break;
    }
    return PercentPage;
}

// What a fresh percentage threshold starts at: the values of the built-in rules.
double defaultPercent(AlertKind kind)
{
    switch (kind) {
    case AlertKind::BudgetConsumed:
        return 80.0;
    case AlertKind::WeekOverWeek:
        return 50.0;
    default:
        return 100.0;
    }
}

} // namespace

AlertRuleDialog::AlertRuleDialog(Database &database, const AlertRule &initial, const QList<Project> &projects,
                                 const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_initial(initial)
    , m_currency(currency)
    , m_shownKind(initial.kind)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_kindHelp(new QLabel(this))
    , m_thresholdStack(new QStackedWidget(this))
    , m_percent(new QDoubleSpinBox(this))
    , m_percentUnit(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_multiple(new QDoubleSpinBox(this))
    , m_weeks(new QSpinBox(this))
    , m_project(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_builtInNote(new QLabel(this))
    , m_generalError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("alertRuleDialog"));
    setWindowTitle(isCreating() ? tr("New Alert Rule") : tr("Edit Alert Rule"));
    setMinimumWidth(520);
    const QLocale locale;

    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setPlaceholderText(tr("Required, e.g. “Inference above 5,000 a week”"));
    m_name->setMaxLength(nameMaxLength + 20); // longer than allowed, so that the message shows
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    for (const AlertKind kind : allAlertKinds())
        m_kind->addItem(alertKindLabel(kind), static_cast<int>(kind));
    m_kindHelp->setObjectName(QStringLiteral("ruleKindHelp"));
    m_kindHelp->setWordWrap(true);
    m_kindHelp->setForegroundRole(QPalette::PlaceholderText);

    // Threshold editors, one page per unit; each keeps its value while another kind is shown.
    m_percent->setObjectName(QStringLiteral("rulePercent"));
    m_percent->setDecimals(2); // basis points: every stored threshold shows exactly
    m_percent->setSuffix(tr(" %"));
    m_percent->setSingleStep(5.0);
    m_percent->setRange(shown(validation::limits::BudgetShareLowest),
                        shown(validation::limits::GrowthHighest));
    m_percentUnit->setObjectName(QStringLiteral("rulePercentUnit"));
    auto *percentPage = new QWidget(this);
    auto *percentLayout = new QHBoxLayout(percentPage);
    percentLayout->setContentsMargins(0, 0, 0, 0);
    percentLayout->addWidget(m_percent);
    percentLayout->addWidget(m_percentUnit, 1);

    m_amount->setObjectName(QStringLiteral("ruleAmount"));
    m_amount->setPlaceholderText(tr("e.g. %1").arg(Money(500'000, currency).toEditableString(locale)));
    m_amount->setAlignment(Qt::AlignRight);
    auto *amountPage = new QWidget(this);
    auto *amountLayout = new QHBoxLayout(amountPage);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount);
    amountLayout->addWidget(new QLabel(tr("%1 in one week").arg(currency), amountPage), 1);

    m_multiple->setObjectName(QStringLiteral("ruleMultiple"));
    m_multiple->setDecimals(2);
    m_multiple->setRange(shown(validation::limits::SpikeMultipleLowest),
                         shown(validation::limits::SpikeMultipleHighest));
    m_multiple->setSingleStep(0.5);
    m_multiple->setSuffix(tr(" ×"));
    m_weeks->setObjectName(QStringLiteral("ruleTrailingWeeks"));
    m_weeks->setRange(validation::limits::TrailingWeeksFewest, validation::limits::TrailingWeeksMost);
    auto *spikePage = new QWidget(this);
    auto *spikeLayout = new QHBoxLayout(spikePage);
    spikeLayout->setContentsMargins(0, 0, 0, 0);
    spikeLayout->addWidget(m_multiple);
    spikeLayout->addWidget(new QLabel(tr("the average of the"), spikePage));
    spikeLayout->addWidget(m_weeks);
    spikeLayout->addWidget(new QLabel(tr("weeks before"), spikePage), 1);

    m_thresholdStack->insertWidget(PercentPage, percentPage);
    m_thresholdStack->insertWidget(AmountPage, amountPage);
    m_thresholdStack->insertWidget(SpikePage, spikePage);
    m_thresholdStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_project->setObjectName(QStringLiteral("ruleProject"));
    m_project->addItem(tr("All projects (portfolio)"), qlonglong(0));
    QList<Project> offered;
    for (const Project &project : projects) {
        if (!project.archived || project.id == initial.projectId)
            offered << project;
    }
    std::sort(offered.begin(), offered.end(), [](const Project &a, const Project &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Project &project : std::as_const(offered))
        m_project->addItem(tr("%1 (%2)").arg(project.name, project.code), qlonglong(project.id));
    m_category->setObjectName(QStringLiteral("ruleCategory"));
    m_category->addItem(tr("All categories"), 0);
    for (const CategoryInfo &info : CostCategories::all())
        m_category->addItem(categoryLabel(info.category), static_cast<int>(info.category));
    m_severity->setObjectName(QStringLiteral("ruleSeverity"));
    for (const AlertSeverity severity :
         { AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical })
        m_severity->addItem(alertSeverityIcon(severity), alertSeverityLabel(severity),
                            static_cast<int>(severity));

    // Fill before connecting: loading the rule is not an edit.
    if (initial.hasDefaultName()) {
        const auto project = std::find_if(projects.cbegin(), projects.cend(), [&](const Project &candidate) {
            return candidate.id == initial.projectId;
        });
        m_defaultName = alertRuleName(initial, project != projects.cend() ? project->code : QString());
    }
    m_name->setText(initial.hasDefaultName() ? m_defaultName : initial.name);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(initial.kind)));
    const bool percentKind = pageFor(initial.kind) == PercentPage;
    m_percent->setValue(percentKind && initial.threshold > 0 ? static_cast<double>(initial.threshold) / 100.0
                                                             : defaultPercent(initial.kind));
    if (initial.kind == AlertKind::WeeklySpend && initial.threshold > 0)
        m_amount->setText(Money(initial.threshold, currency).toEditableString(locale));
    m_multiple->setValue(initial.kind == AlertKind::Spike ? static_cast<double>(initial.threshold) / 100.0
                                                          : 3.0);
    m_weeks->setValue(initial.trailingWeeks);
    m_project->setCurrentIndex(std::max(0, m_project->findData(qlonglong(initial.projectId.value_or(0)))));
    m_category->setCurrentIndex(
        std::max(0, m_category->findData(initial.category ? static_cast<int>(*initial.category) : 0)));
    m_severity->setCurrentIndex(m_severity->findData(static_cast<int>(initial.severity)));

    const auto addErrorRow = [this](Field field, QWidget *editor) {
        auto *label = new QLabel(this);
        label->setObjectName(editor->objectName() + QStringLiteral("Error"));
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, messageColour);
        label->setPalette(palette);
        label->setWordWrap(true);
        m_form->addRow(static_cast<QWidget *>(nullptr), label);
        m_form->setRowVisible(label, false);
        m_editors.insert(field, editor);
        m_errorLabels.insert(field, label);
    };
    m_form->addRow(tr("&Name:"), m_name);
    addErrorRow(Field::Name, m_name);
    m_form->addRow(tr("&Watches:"), m_kind);
    m_form->addRow(static_cast<QWidget *>(nullptr), m_kindHelp);
    m_form->addRow(tr("&Threshold:"), m_thresholdStack);
    addErrorRow(Field::Threshold, m_thresholdStack);
    addErrorRow(Field::TrailingWeeks, m_weeks);
    m_form->addRow(tr("&Project:"), m_project);
    addErrorRow(Field::Project, m_project);
    m_form->addRow(tr("&Category:"), m_category);
    addErrorRow(Field::Category, m_category);
    m_form->addRow(tr("&Severity:"), m_severity);

    m_builtInNote->setObjectName(QStringLiteral("builtInNote"));
    m_builtInNote->setWordWrap(true);
    m_builtInNote->setStyleSheet(QStringLiteral(
        "QLabel { background: #e8f0fe; border: 1px solid #90a4ae; border-radius: 4px; padding: 6px; }"));
    m_builtInNote->setText(tr("This is a built-in rule. Saving another kind, scope or threshold keeps it, "
                              "disabled, and saves your settings as a new custom rule."));
    m_builtInNote->hide();
    m_generalError->setObjectName(QStringLiteral("generalError"));
    QPalette errorPalette = m_generalError->palette();
    errorPalette.setColor(QPalette::WindowText, messageColour);
    m_generalError->setPalette(errorPalette);
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    okButton()->setText(isCreating() ? tr("Create") : tr("Save"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_builtInNote);
    layout->addWidget(m_generalError);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AlertRuleDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this] { edited(Field::Name); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AlertRuleDialog::kindChanged);
    connect(m_percent, &QDoubleSpinBox::valueChanged, this, [this] { edited(Field::Threshold); });
    connect(m_amount, &QLineEdit::textChanged, this, [this] { edited(Field::Threshold); });
    connect(m_multiple, &QDoubleSpinBox::valueChanged, this, [this] { edited(Field::Threshold); });
    connect(m_weeks, &QSpinBox::valueChanged, this, [this] { edited(Field::TrailingWeeks); });
    connect(m_project, &QComboBox::currentIndexChanged, this, [this] { edited(Field::Project); });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] { edited(Field::Category); });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] { edited(Field::General); });

    kindChanged();
    m_touched.clear(); // showing the first kind is not an edit
    (isCreating() ? m_name : static_cast<QWidget *>(m_kind))->setFocus();
    validate();
}

AlertRuleDialog::~AlertRuleDialog() = default;

AlertKind AlertRuleDialog::currentKind() const
{
    return static_cast<AlertKind>(m_kind->currentData().toInt());
}

void AlertRuleDialog::kindChanged()
{
    const AlertKind kind = currentKind();
    const ThresholdPage page = pageFor(kind);
    m_thresholdStack->setCurrentIndex(page);
    if (page == PercentPage) {
        // The store's ranges: a share of a budget, or a week-over-week growth.
        const QSignalBlocker blocker(m_percent);
        const double kept = m_percent->value();
        if (kind == AlertKind::WeekOverWeek)
            m_percent->setRange(shown(validation::limits::GrowthLowest),
                                shown(validation::limits::GrowthHighest));
        else
            m_percent->setRange(shown(validation::limits::BudgetShareLowest),
                                shown(validation::limits::BudgetShareHighest));
        if (pageFor(m_shownKind) != PercentPage) {
            // Back on the rule's own kind: its own threshold, not a default (a slip in the kind
            // list must not change what the user never touched).
            m_percent->setValue(kind == m_initial.kind && m_initial.threshold > 0
                                    ? static_cast<double>(m_initial.threshold) / 100.0
                                    : defaultPercent(kind));
        } else {
            m_percent->setValue(kept); // from one percentage to another: kept, within the new range
        }
    }
    m_shownKind = kind;
    switch (kind) {
    case AlertKind::BudgetConsumed:
        m_percentUnit->setText(tr("of the fiscal quarter's budget"));
        m_kindHelp->setText(tr("Fires when the spend of the fiscal quarter to date reaches this share of its "
                               "budget. Silent where there is no budget."));
        break;
    case AlertKind::Forecast:
        m_percentUnit->setText(tr("of the budget, forecast at quarter end"));
        m_kindHelp->setText(
            tr("Fires when the spend forecast for the end of the fiscal quarter reaches this share "
               "of its budget. Silent where there is no budget."));
        break;
    case AlertKind::WeekOverWeek:
        m_percentUnit->setText(tr("more than the week before"));
        m_kindHelp->setText(tr("Fires when a week's spend grows by this much over the week before."));
        break;
    case AlertKind::WeeklySpend:
        m_kindHelp->setText(tr("Fires when one week's spend reaches this amount."));
        break;
    case AlertKind::Spike:
        m_kindHelp->setText(tr("Fires when a week's spend reaches this multiple of the average of the weeks "
                               "before it: a sudden jump, whatever the budget."));
        break;
    }
    edited(Field::Threshold);
}

QWidget *AlertRuleDialog::thresholdEditor() const
{
    switch (pageFor(currentKind())) {
    case AmountPage:
        return m_amount;
    case SpikePage:
        return m_multiple;
    case PercentPage:
        break;
    }
    return m_percent;
}

AlertRule AlertRuleDialog::rule() const
{
    AlertRule rule = m_initial;
    rule.name = m_name->text().trimmed();
    rule.kind = currentKind();
    switch (pageFor(rule.kind)) {
    case PercentPage:
        // A ratio typed with two decimals: rounding to basis points is exact.
        rule.threshold = qRound64(m_percent->value() * 100.0);
        break;
    case AmountPage: {
        Money amount;
        rule.threshold
            = Money::parseTyped(m_amount->text(), m_currency, QLocale(), amount) ? amount.minorUnits() : 0;
        break;
    }
    case SpikePage:
        rule.threshold = qRound64(m_multiple->value() * 100.0);
        rule.trailingWeeks = m_weeks->value();
        break;
    }
    const qlonglong project = m_project->currentData().toLongLong();
    rule.projectId = project > 0 ? std::optional<ProjectId>(project) : std::nullopt;
    const int category = m_category->currentData().toInt();
    rule.category = category > 0 ? std::optional(static_cast<CostCategory>(category)) : std::nullopt;
    rule.severity = static_cast<AlertSeverity>(m_severity->currentData().toInt());
    // A built-in rule that stays one keeps its default name unless another was typed; a custom
    // copy of it (another kind, scope or threshold) takes the name as shown.
    if (m_initial.hasDefaultName() && rule.name == m_defaultName && !changesBuiltInIdentity(m_initial, rule))
        rule.name.clear();
    return rule;
}

QMap<AlertRuleDialog::Field, QString> AlertRuleDialog::liveErrors() const
{
    QMap<Field, QString> errors;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        errors.insert(Field::Name, tr("Give the rule a name."));
    else if (name.size() > nameMaxLength)
        errors.insert(Field::Name, tr("At most %1 characters (%2 now).").arg(nameMaxLength).arg(name.size()));
    if (currentKind() == AlertKind::WeeklySpend) {
        const QString example = Money(500'000, m_currency).toEditableString();
        Money amount;
        if (m_amount->text().trimmed().isEmpty())
            errors.insert(Field::Threshold, tr("Type the weekly amount in %1.").arg(m_currency));
        else if (!Money::parseTyped(m_amount->text(), m_currency, QLocale(), amount))
            errors.insert(Field::Threshold, tr("Type an amount in %1, e.g. %2.").arg(m_currency, example));
        else if (amount.minorUnits() <= 0)
            errors.insert(Field::Threshold, tr("The amount must be more than zero."));
        else if (amount.minorUnits() > Money::MaxInputMinorUnits)
            errors.insert(Field::Threshold, tr("The amount is too large."));
    }
    return errors;
}

bool AlertRuleDialog::isValid() const
{
    if (!liveErrors().isEmpty())
        return false;
    // A refusal for a field stands until that field is edited.
    return std::none_of(m_storeErrors.keyBegin(), m_storeErrors.keyEnd(),
                        [](Field field) { return field != Field::General; });
}

QPushButton *AlertRuleDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString AlertRuleDialog::errorText(Field field) const
{
    const QLabel *label = field == Field::General ? m_generalError : m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

AlertRuleDialog::Field AlertRuleDialog::fieldFromKey(const QString &key)
{
    static const QMap<QString, Field> fields = {
        { QStringLiteral("name"), Field::Name },
        { QStringLiteral("threshold"), Field::Threshold },
        { QStringLiteral("trailing weeks"), Field::TrailingWeeks },
        { QStringLiteral("project"), Field::Project },
        { QStringLiteral("category"), Field::Category },
    };
    return fields.value(key.trimmed().toLower(), Field::General);
}

void AlertRuleDialog::edited(Field field)
{
    if (!m_touched.contains(field))
        m_touched << field;
    m_storeErrors.remove(field);
    m_storeErrors.remove(Field::General);
    validate();
}

void AlertRuleDialog::validate()
{
    const QMap<Field, QString> errors = liveErrors();
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const Field field = it.key();
        QString message = m_storeErrors.value(field);
        // A new, empty form should not open covered in red: untouched fields stay quiet, and the
        // disabled OK button and the placeholders say what is missing.
        if (message.isEmpty() && (m_touched.contains(field) || !isCreating()))
            message = errors.value(field);
        showError(field, message);
    }
    showError(Field::General, m_storeErrors.value(Field::General));
    m_builtInNote->setVisible(m_initial.builtIn && changesBuiltInIdentity(m_initial, rule()));
    okButton()->setEnabled(isValid());
}

void AlertRuleDialog::showError(Field field, const QString &message)
{
    if (field == Field::General) {
        m_generalError->setText(message);
        m_generalError->setVisible(!message.isEmpty());
        return;
    }
    QLabel *label = m_errorLabels.value(field);
    const bool invalid = !message.isEmpty();
    label->setText(message);
    m_form->setRowVisible(label, invalid);
    QWidget *editor = m_editors.value(field);
    if (field == Field::Threshold) {
        // The editor of another kind may still wear the colour of an earlier error.
        for (QWidget *each : { static_cast<QWidget *>(m_percent), static_cast<QWidget *>(m_amount),
                               static_cast<QWidget *>(m_multiple) })
            each->setPalette(QPalette());
        editor = thresholdEditor();
    }
    QPalette palette;
    if (invalid)
        palette.setColor(QPalette::Base, invalidFill);
    editor->setPalette(invalid ? palette : QPalette());
    editor->setAccessibleDescription(message);
}

void AlertRuleDialog::submit()
{
    validate();
    if (!isValid())
        return;
    const AlertRule edited = rule();
    try {
        AlertStore(m_database).validate(edited);
        if (m_submitHandler)
            m_submitHandler(edited);
        accept();
    } catch (const ValidationError &error) {
        const Field field = fieldFromKey(error.field());
        spdlog::info("alert rule form refused: {}", error.what());
        m_storeErrors.insert(
            field, field == Field::General ? costboard::errorText(error) : costboard::errorReason(error));
        validate();
        if (field == Field::Threshold)
            thresholdEditor()->setFocus();
        else if (QWidget *editor = m_editors.value(field))
            editor->setFocus();
    } catch (const Error &error) {
        spdlog::error("alert rule could not be saved: {}", error.what());
        m_storeErrors.insert(Field::General, costboard::errorText(error));
        validate();
    }
}

} // namespace costboard::ui
