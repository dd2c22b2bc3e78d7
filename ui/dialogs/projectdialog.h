// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDialog>
#include <QList>
#include <QMap>

#include "domain/entities.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace costboard::ui {

// The form that creates or edits a project. It checks what it can as the user types (required
// fields, the code's pattern, a code already taken, dates in order): OK stays disabled and the
// field says why. What only the database can decide (a code another user took meanwhile) comes
// back from the submit handler as a ValidationError and is shown next to the field it names.
class ProjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDialog)

public:
    enum class Field
    {
        Code,
        Name,
        Description,
        Owner,
        Sponsor,
        BusinessUnit,
        BenchmarkUnit,
        StartDate,
        EndDate,
        General
    };

    // Stores the form's project; throws costboard::Error when refused (the dialog then stays open).
    using SubmitHandler = std::function<void(const Project &)>;

    // Creates a project when `initial.id` is 0, else edits it. `existing` are the stored projects,
    // to flag a duplicate code while typing; the edited one (same id) is ignored.
    ProjectDialog(const Project &initial, const QList<Project> &existing, QWidget *parent = nullptr);
    ~ProjectDialog() override;

    bool isCreating() const { return m_initial.id == 0; }
    // The form's values: trimmed text, id and archived flag of the initial project.
    Project project() const;
    // Whether OK is enabled: every field valid, including required ones not yet touched.
    bool isValid() const;
    void setSubmitHandler(SubmitHandler handler) { m_submitHandler = std::move(handler); }

    // For tests and accessibility checks: the button and the message a field shows now.
    QPushButton *okButton() const;
    QString errorText(Field field) const;
    // The form field a repository ValidationError::field() names; General when none matches.
    static Field fieldFromKey(const QString &key);

private:
    struct FieldRow
    {
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
    };

    void addField(Field field, const QString &label, QWidget *editor);
    void touch(Field field);
    void validate();
    QMap<Field, QString> liveErrors() const;
    void showError(Field field, const QString &message);
    void submit();

    Project m_initial;
    QList<Project> m_existing;
    SubmitHandler m_submitHandler;

    QFormLayout *m_form;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_owner;
    QLineEdit *m_sponsor;
    QLineEdit *m_businessUnit;
    QLineEdit *m_benchmarkUnit;
    QComboBox *m_status;
    QComboBox *m_decisionLevel;
    QComboBox *m_dataSensitivity;
    QCheckBox *m_customerFacing;
    QCheckBox *m_infrastructureOnly;
    QDateEdit *m_startDate;
    QCheckBox *m_hasEndDate;
    QDateEdit *m_endDate;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;

    QMap<Field, FieldRow> m_rows;
    QList<Field> m_touched; // fields edited since the dialog opened: only they show live errors
    QMap<Field, QString> m_storeErrors; // refused by the database, until the field is edited again
};

} // namespace costboard::ui
