// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDialog>
#include <QMap>

#include "alerts/alertrule.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace costboard {
class Database;
}

namespace costboard::ui {

// The form that creates or edits an alert rule. The threshold editor follows the kind: a
// percentage for budget, forecast and week-over-week rules, an amount in the reporting currency
// for weekly spend, a multiple and a number of trailing weeks for spikes. It checks what it can as
// the user types (OK disabled, the field says why); on OK, AlertStore::validate() and then the
// submit handler have the last word, and a ValidationError they throw is shown by its field().
class AlertRuleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertRuleDialog)

public:
    enum class Field
    {
        Name,
        Threshold,
        TrailingWeeks,
        Project,
        Category,
        General
    };

    // Stores the form's rule; throws costboard::Error when refused (the dialog then stays open).
    using SubmitHandler = std::function<void(const AlertRule &)>;

    // Creates a rule when `initial.id` is 0, else edits it. `projects` are offered as scopes
    // (archived ones only when the rule already watches one); `currency` is the reporting currency.
    AlertRuleDialog(Database &database, const AlertRule &initial, const QList<Project> &projects,
                    const QString &currency, QWidget *parent = nullptr);
    ~AlertRuleDialog() override;

    bool isCreating() const { return m_initial.id == 0; }
    // The form's values; id, enabled and built-in flag come from the initial rule.
    AlertRule rule() const;
    bool isValid() const;
    void setSubmitHandler(SubmitHandler handler) { m_submitHandler = std::move(handler); }

    // For tests: the editors, the OK button, and the message a field shows now.
    QPushButton *okButton() const;
    QString errorText(Field field) const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QDoubleSpinBox *percentSpin() const { return m_percent; }
    QLineEdit *amountEdit() const { return m_amount; }
    QDoubleSpinBox *multipleSpin() const { return m_multiple; }
    QSpinBox *weeksSpin() const { return m_weeks; }
    QComboBox *projectCombo() const { return m_project; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *severityCombo() const { return m_severity; }
    // The form field a ValidationError::field() names; General when none matches.
    static Field fieldFromKey(const QString &key);

private:
    AlertKind currentKind() const;
    QWidget *thresholdEditor() const;
    void kindChanged();
    void edited(Field field);
    void validate();
    QMap<Field, QString> liveErrors() const;
    void showError(Field field, const QString &message);
    void submit();

    Database &m_database;
    AlertRule m_initial;
    // The built-in rule's default name as the form shows it; saved unchanged, the rule keeps
    // showing it in whatever language is chosen later.
    QString m_defaultName;
    QString m_currency;
    SubmitHandler m_submitHandler;
    AlertKind m_shownKind;

    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLabel *m_kindHelp;
    QStackedWidget *m_thresholdStack;
    QDoubleSpinBox *m_percent;
    QLabel *m_percentUnit;
    QLineEdit *m_amount;
    QDoubleSpinBox *m_multiple;
    QSpinBox *m_weeks;
    QComboBox *m_project;
    QComboBox *m_category;
    QComboBox *m_severity;
    QLabel *m_builtInNote;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;

    QMap<Field, QWidget *> m_editors;
    QMap<Field, QLabel *> m_errorLabels;
    QList<Field> m_touched; // only edited fields show live errors
    QMap<Field, QString> m_storeErrors; // refused on OK, until the field is edited again
};

} // namespace costboard::ui
