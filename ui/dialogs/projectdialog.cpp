// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/projectdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "errortexts.h"
#include "labels.h"
#include "storage/validation.h"
#include "widgets/dateedit.h"

namespace costboard::ui {
namespace {

// The limits ProjectRepository enforces: the form says so before the database has to.
constexpr int codeMaxLength = validation::limits::ProjectCodeLength;
constexpr int nameMaxLength = validation::limits::ProjectNameLength;
constexpr int detailMaxLength = validation::limits::ProjectDetailLength;
constexpr int descriptionMaxLength = validation::limits::ProjectDescriptionLength;

const QColor invalidFill(0xfd, 0xe8, 0xe7);
const QColor messageColour(0xb3, 0x26, 0x1e);

} // namespace

ProjectDialog::ProjectDialog(const Project &initial, const QList<Project> &existing, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_existing(existing)
    , m_form(new QFormLayout)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_owner(new QLineEdit(this))
    , m_sponsor(new QLineEdit(this))
    , m_businessUnit(new QLineEdit(this))
    , m_benchmarkUnit(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_decisionLevel(new QComboBox(this))
    , m_dataSensitivity(new QComboBox(this))
    , m_customerFacing(new QCheckBox(tr("Used by c&ustomers, not only staff"), this))
    , m_infrastructureOnly(
          new QCheckBox(tr("&Infrastructure only: a platform the other projects run on"), this))
    , m_startDate(makeFormDateEdit(this))
    , m_hasEndDate(new QCheckBox(tr("&End date:"), this))
    , m_endDate(makeFormDateEdit(this))
    , m_generalError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ProjectDialog"));
    setWindowTitle(isCreating() ? tr("New Project") : tr("Edit Project %1").arg(initial.code));
    setMinimumWidth(520);

    m_code->setObjectName(QStringLiteral("code"));
    m_code->setMaxLength(codeMaxLength);
    m_code->setPlaceholderText(tr("Required, e.g. SUP-CHAT"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(nameMaxLength);
    m_name->setPlaceholderText(tr("Required"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    for (QLineEdit *edit : { m_owner, m_sponsor, m_businessUnit })
        edit->setMaxLength(detailMaxLength);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_sponsor->setObjectName(QStringLiteral("sponsor"));
    m_businessUnit->setObjectName(QStringLiteral("businessUnit"));
    m_benchmarkUnit->setObjectName(QStringLiteral("benchmarkUnit"));
    m_benchmarkUnit->setMaxLength(validation::limits::BenchmarkUnitLength);
    m_benchmarkUnit->setPlaceholderText(tr("Optional, singular: ticket, document, user"));
    m_benchmarkUnit->setToolTip(tr("What the project's work is counted in. Its cost per unit is the week's "
                                   "cost over the volume entered on the Unit costs page."));
    m_status->setObjectName(QStringLiteral("status"));
    for (const ProjectStatus status : allProjectStatuses())
        m_status->addItem(statusLabel(status), static_cast<int>(status));
    m_decisionLevel->setObjectName(QStringLiteral("decisionLevel"));
    for (const DecisionLevel level : allDecisionLevels())
        m_decisionLevel->addItem(decisionLevelLabel(level), static_cast<int>(level));
    m_dataSensitivity->setObjectName(QStringLiteral("dataSensitivity"));
    for (const DataSensitivity sensitivity : allDataSensitivities())
        m_dataSensitivity->addItem(dataSensitivityLabel(sensitivity), static_cast<int>(sensitivity));
    m_customerFacing->setObjectName(QStringLiteral("customerFacing"));
    m_infrastructureOnly->setObjectName(QStringLiteral("infrastructureOnly"));
    for (QWidget *routed :
         std::initializer_list<QWidget *> { m_dataSensitivity, m_customerFacing, m_infrastructureOnly })
        routed->setToolTip(
            tr("Read by the committee's routing rules, which propose who decides for the project"));
    m_startDate->setObjectName(QStringLiteral("startDate"));
    m_hasEndDate->setObjectName(QStringLiteral("hasEndDate"));
    m_endDate->setObjectName(QStringLiteral("endDate"));

    // Fill before connecting: loading the project is not an edit.
    m_code->setText(initial.code);
    m_name->setText(initial.name);
    m_description->setPlainText(initial.description);
    m_owner->setText(initial.owner);
    m_sponsor->setText(initial.sponsor);
    m_businessUnit->setText(initial.businessUnit);
    m_benchmarkUnit->setText(initial.benchmarkUnit);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(initial.status)));
    m_decisionLevel->setCurrentIndex(m_decisionLevel->findData(static_cast<int>(initial.decisionLevel)));
    m_dataSensitivity->setCurrentIndex(
        m_dataSensitivity->findData(static_cast<int>(initial.dataSensitivity)));
    m_customerFacing->setChecked(initial.customerFacing);
    m_infrastructureOnly->setChecked(initial.infrastructureOnly);
    m_startDate->setDate(initial.startDate.isValid() ? initial.startDate : QDate::currentDate());
    m_hasEndDate->setChecked(initial.endDate.isValid());
    m_endDate->setDate(initial.endDate.isValid() ? initial.endDate : m_startDate->date().addYears(1));
    m_endDate->setEnabled(initial.endDate.isValid());

    addField(Field::Code, tr("&Code:"), m_code);
    addField(Field::Name, tr("&Name:"), m_name);
    addField(Field::Description, tr("&Description:"), m_description);
    addField(Field::Owner, tr("&Owner:"), m_owner);
    addField(Field::Sponsor, tr("S&ponsor:"), m_sponsor);
    addField(Field::BusinessUnit, tr("&Business unit:"), m_businessUnit);
    addField(Field::BenchmarkUnit, tr("Bench&mark unit:"), m_benchmarkUnit);
    m_form->addRow(tr("&Status:"), m_status);
    m_form->addRow(tr("Decision &level:"), m_decisionLevel);
    m_form->addRow(tr("D&ata handled:"), m_dataSensitivity);
    m_form->addRow(QString(), m_customerFacing);
    m_form->addRow(QString(), m_infrastructureOnly);
    addField(Field::StartDate, tr("S&tart date:"), m_startDate);
    m_hasEndDate->setToolTip(tr("Leave unchecked while the project is open-ended"));
    m_form->addRow(m_hasEndDate, m_endDate);
    auto *endError = new QLabel(this);
    m_form->addRow(static_cast<QWidget *>(nullptr), endError);
    m_rows.insert(Field::EndDate, FieldRow { m_endDate, endError });

    QPalette errorPalette = m_generalError->palette();
    errorPalette.setColor(QPalette::WindowText, messageColour);
    for (FieldRow &row : m_rows) {
        row.error->setPalette(errorPalette);
        row.error->setWordWrap(true);
        m_form->setRowVisible(row.error, false);
    }
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setPalette(errorPalette);
    m_generalError->setWordWrap(true);
    m_generalError->hide();

    okButton()->setText(isCreating() ? tr("Create") : tr("Save"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_generalError);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProjectDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QList<std::pair<QLineEdit *, Field>> lineEdits = { { m_code, Field::Code },
                                                             { m_name, Field::Name },
                                                             { m_owner, Field::Owner },
                                                             { m_sponsor, Field::Sponsor },
                                                             { m_businessUnit, Field::BusinessUnit },
                                                             { m_benchmarkUnit, Field::BenchmarkUnit } };
    for (const auto &[edit, field] : lineEdits)
        connect(edit, &QLineEdit::textChanged, this, [this, field = field] { touch(field); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { touch(Field::Description); });
    connect(m_startDate, &QDateEdit::dateChanged, this, [this] { touch(Field::StartDate); });
    connect(m_endDate, &QDateEdit::dateChanged, this, [this] { touch(Field::EndDate); });
    connect(m_hasEndDate, &QCheckBox::toggled, this, [this](bool checked) {
        m_endDate->setEnabled(checked);
        touch(Field::EndDate);
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_storeErrors.remove(Field::General);
        validate();
    });
    connect(m_decisionLevel, &QComboBox::currentIndexChanged, this, [this] {
        m_storeErrors.remove(Field::General);
        validate();
    });

    (isCreating() ? m_code : m_name)->setFocus();
    validate();
}

ProjectDialog::~ProjectDialog() = default;

void ProjectDialog::addField(Field field, const QString &label, QWidget *editor)
{
    m_form->addRow(label, editor);
    auto *error = new QLabel(this);
    error->setObjectName(editor->objectName() + QStringLiteral("Error"));
    // Under the editor, in the field column: the message sits next to what it is about.
    m_form->addRow(static_cast<QWidget *>(nullptr), error);
    m_rows.insert(field, FieldRow { editor, error });
}

ProjectDialog::Field ProjectDialog::fieldFromKey(const QString &key)
{
    static const QMap<QString, Field> fields = {
        { QStringLiteral("code"), Field::Code },
        { QStringLiteral("name"), Field::Name },
        { QStringLiteral("description"), Field::Description },
        { QStringLiteral("owner"), Field::Owner },
        { QStringLiteral("sponsor"), Field::Sponsor },
        { QStringLiteral("business unit"), Field::BusinessUnit },
        { QStringLiteral("benchmark unit"), Field::BenchmarkUnit },
        { QStringLiteral("start date"), Field::StartDate },
        { QStringLiteral("end date"), Field::EndDate },
    };
    return fields.value(key.trimmed().toLower(), Field::General);
}

Project ProjectDialog::project() const
{
    Project project = m_initial;
    project.code = m_code->text().trimmed();
    project.name = m_name->text().trimmed();
    project.description = m_description->toPlainText().trimmed();
    project.owner = m_owner->text().trimmed();
    project.sponsor = m_sponsor->text().trimmed();
    project.businessUnit = m_businessUnit->text().trimmed();
    project.benchmarkUnit = m_benchmarkUnit->text().trimmed();
    project.status = static_cast<ProjectStatus>(m_status->currentData().toInt());
    project.decisionLevel = static_cast<DecisionLevel>(m_decisionLevel->currentData().toInt());
    project.dataSensitivity = static_cast<DataSensitivity>(m_dataSensitivity->currentData().toInt());
    project.customerFacing = m_customerFacing->isChecked();
    project.infrastructureOnly = m_infrastructureOnly->isChecked();
    project.startDate = m_startDate->date();
    project.endDate = m_hasEndDate->isChecked() ? m_endDate->date() : QDate();
    return project;
}

QMap<ProjectDialog::Field, QString> ProjectDialog::liveErrors() const
{
    QMap<Field, QString> errors;
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        errors.insert(Field::Code, tr("Enter a code: a short handle used in files and reports."));
    } else if (!validation::isProjectCode(code)) {
        errors.insert(Field::Code,
                      tr("Use 1 to %1 letters, digits, “-” or “_”, starting with a letter or a digit.")
                          .arg(codeMaxLength));
    } else {
        for (const Project &other : m_existing) {
            if (other.id != m_initial.id
                && QString::compare(other.code.trimmed(), code, Qt::CaseInsensitive) == 0) {
                errors.insert(Field::Code,
                              tr("Code %1 is already used by “%2”.").arg(other.code, other.name));
                break;
            }
        }
    }
    if (m_name->text().trimmed().isEmpty())
        errors.insert(Field::Name, tr("Enter the project's name."));
    const qsizetype descriptionLength = m_description->toPlainText().trimmed().size();
    if (descriptionLength > descriptionMaxLength)
        errors.insert(Field::Description,
                      tr("The description is %1 characters long; at most %2 are allowed.")
                          .arg(descriptionLength)
                          .arg(descriptionMaxLength));
    if (m_hasEndDate->isChecked() && m_endDate->date() < m_startDate->date())
        errors.insert(Field::EndDate,
                      tr("The end date is before the start date (%1).")
                          .arg(QLocale().toString(m_startDate->date(), QLocale::ShortFormat)));
    return errors;
}

bool ProjectDialog::isValid() const
{
    if (!liveErrors().isEmpty())
        return false;
    // A refusal from the database for a field stands until that field is edited.
    for (auto it = m_storeErrors.cbegin(); it != m_storeErrors.cend(); ++it) {
        if (it.key() != Field::General)
            return false;
    }
    return true;
}

QPushButton *ProjectDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ProjectDialog::errorText(Field field) const
{
    const QLabel *label = field == Field::General ? m_generalError : m_rows.value(field).error;
    return label && !label->isHidden() ? label->text() : QString();
}

void ProjectDialog::touch(Field field)
{
    if (!m_touched.contains(field))
        m_touched << field;
    // Dates depend on each other: a new start date can fix or break the end date.
    if (field == Field::StartDate && !m_touched.contains(Field::EndDate))
        m_touched << Field::EndDate;
    m_storeErrors.remove(field);
    m_storeErrors.remove(Field::General);
    validate();
}

void ProjectDialog::validate()
{
    const QMap<Field, QString> errors = liveErrors();
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const Field field = it.key();
        QString message = m_storeErrors.value(field);
        // Untouched fields stay quiet: a new, empty form should not open covered in red. The
        // disabled OK button and the "Required" placeholders tell what is missing.
        if (message.isEmpty() && (m_touched.contains(field) || field == Field::EndDate || !isCreating()))
            message = errors.value(field);
        showError(field, message);
    }
    showError(Field::General, m_storeErrors.value(Field::General));
    okButton()->setEnabled(isValid());
}

void ProjectDialog::showError(Field field, const QString &message)
{
    if (field == Field::General) {
        m_generalError->setText(message);
        m_generalError->setVisible(!message.isEmpty());
        return;
    }
    const FieldRow row = m_rows.value(field);
    const bool invalid = !message.isEmpty();
    row.error->setText(message);
    m_form->setRowVisible(row.error, invalid);
    QPalette palette;
    if (invalid)
        palette.setColor(QPalette::Base, invalidFill);
    row.editor->setPalette(invalid ? palette : QPalette());
    row.editor->setAccessibleDescription(message);
}

void ProjectDialog::submit()
{
    validate();
    if (!isValid())
        return;
    if (!m_submitHandler) {
        accept();
        return;
    }
    try {
        m_submitHandler(project());
        accept();
    } catch (const ValidationError &error) {
        const Field field = fieldFromKey(error.field());
        spdlog::info("project form refused by the database: {}", error.what());
        m_storeErrors.insert(
            field, field == Field::General ? costboard::errorText(error) : costboard::errorReason(error));
        validate();
        if (field != Field::General)
            m_rows.value(field).editor->setFocus();
    } catch (const Error &error) {
        spdlog::error("project could not be saved: {}", error.what());
        QMessageBox::warning(this, tr("Project Not Saved"), costboard::errorText(error));
    }
}

} // namespace costboard::ui
