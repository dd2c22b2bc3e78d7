// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

#include "domain/entities.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QLocale;
class QPushButton;

namespace costboard::ui {

class Workspace;

// Adds or edits one cost line. The form checks what it can as the user types (OK stays disabled
// and the reason shows under the field); on OK the repository's own validation runs, the same
// an importer meets, and its complaint is shown by the field it names. The dialog writes nothing:
// the caller turns line() into an undoable command.
class CostLineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostLineDialog)

public:
    // `line.id == 0` adds a line; otherwise edits it. A new line with `projectId == 0` leaves the
    // project to choose; its currency, when empty, is the database's reporting currency.
    CostLineDialog(Workspace &workspace, const CostLine &line, QWidget *parent = nullptr);

    // The line as entered: meaningful once isInputValid().
    CostLine line() const;
    bool isInputValid() const { return m_inputValid; }

    static bool parseQuantity(const QString &text, const QLocale &locale, double &out);

    // For tests and for focus handling.
    QComboBox *projectCombo() const { return m_project; }
    QComboBox *categoryCombo() const { return m_category; }
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *servicePeriodCheck() const { return m_hasServicePeriod; }
    QDateEdit *serviceFirstEdit() const { return m_serviceFirst; }
    QDateEdit *serviceLastEdit() const { return m_serviceLast; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *currencyCombo() const { return m_currency; }
    QLineEdit *vendorEdit() const { return m_vendor; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLineEdit *quantityEdit() const { return m_quantity; }
    QComboBox *unitCombo() const { return m_unit; }
    QPushButton *okButton() const;
    // The message shown by `field` ("project", "amount", …), empty when none.
    QString fieldMessage(const QString &field) const;

public slots:
    void accept() override;

private:
    void revalidate();
    // The unit as stored: the key of a unit picked from the list, or typed as the list or either
    // language names it; otherwise the text typed.
    QString unitKey() const;
    void showFieldMessage(const QString &field, const QString &message);
    void clearMessages();
    QLabel *addMessageLabel(const QString &field);

    Workspace &m_workspace;
    CostLine m_original;
    QComboBox *m_project;
    QComboBox *m_category;
    QDateEdit *m_date;
    QCheckBox *m_hasServicePeriod;
    QDateEdit *m_serviceFirst; // first day of the service period
    QDateEdit *m_serviceLast; // last day, inclusive as people enter it
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QLineEdit *m_vendor;
    QLineEdit *m_description;
    QLineEdit *m_quantity;
    QComboBox *m_unit;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_messages;
    QString m_loadError;
    bool m_inputValid = false;
};

} // namespace costboard::ui
