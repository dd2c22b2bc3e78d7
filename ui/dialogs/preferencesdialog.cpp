// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QVBoxLayout>

#include "errors.h"
#include "errortexts.h"
#include "settings/appsettings.h"
#include "storage/auditlog.h"
#include "storage/databasesettings.h"
#include "workspace.h"

namespace costboard::ui {

PreferencesDialog::PreferencesDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_language(new QComboBox(this))
    , m_userName(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_fiscalStart(new QComboBox(this))
    , m_companyName(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language().get())));

    const DatabaseSettings settings(workspace.database());
    m_currency->addItems(Money::knownCurrencies());
    m_currency->setCurrentText(settings.reportingCurrency());
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_fiscalStart->addItem(locale.standaloneMonthName(month), month);
    m_fiscalStart->setCurrentIndex(settings.fiscalYearStartMonth() - 1);
    m_companyName->setMaxLength(DatabaseSettings::MaxCompanyNameLength);
    m_companyName->setText(settings.companyName());
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto *userBox = new QGroupBox(tr("On this computer"), this);
    auto *userForm = new QFormLayout(userBox);
    userForm->addRow(tr("Interface language:"), m_language);
    userForm->addRow(new QLabel(tr("The language changes at the next start."), this));
    m_userName->setObjectName(QStringLiteral("userName"));
    m_userName->setMaxLength(AuditLog::MaxActorLength);
    m_userName->setText(AppSettings::userName().get());
    m_userName->setToolTip(tr("Recorded in the audit log beside each change you make"));
    userForm->addRow(tr("Your name:"), m_userName);

    auto *dataBox = new QGroupBox(tr("For everyone using this database"), this);
    auto *dataForm = new QFormLayout(dataBox);
    dataForm->addRow(tr("Reporting currency:"), m_currency);
    dataForm->addRow(tr("Fiscal year starts in:"), m_fiscalStart);
    dataForm->addRow(tr("Company name (on the weekly report):"), m_companyName);
    // What everyone shares is the set-up: an administrator's (the fields stay unchanged, so
    // accept() writes nothing to the database).
    m_workspace.guardWrites(dataBox, WriteArea::Configuration);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(userBox);
    layout->addWidget(dataBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    AppSettings::language().set(m_language->currentData().toString());
    AppSettings::userName().set(m_userName->text().trimmed());
    DatabaseSettings settings(m_workspace.database());
    bool changed = false;
    try {
        if (m_currency->currentText() != settings.reportingCurrency()) {
            settings.setReportingCurrency(m_currency->currentText());
            changed = true;
        }
        const int month = m_fiscalStart->currentData().toInt();
        if (month != settings.fiscalYearStartMonth()) {
            settings.setFiscalYearStartMonth(month);
            changed = true;
        }
        if (m_companyName->text().trimmed() != settings.companyName())
            settings.setCompanyName(m_companyName->text());
    } catch (const Error &error) {
        m_message->setText(costboard::errorText(error));
        return;
    }
    if (changed)
        m_workspace.notifyDataChanged();
    QDialog::accept();
}

} // namespace costboard::ui
