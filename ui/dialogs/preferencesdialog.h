// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace costboard::ui {

class Workspace;

// The user's interface language (this machine) and the data-wide settings of the open database:
// reporting currency and fiscal year start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    PreferencesDialog(Workspace &workspace, QWidget *parent = nullptr);

    void accept() override;

private:
    Workspace &m_workspace;
    QComboBox *m_language;
    QLineEdit *m_userName;
    QComboBox *m_currency;
    QComboBox *m_fiscalStart;
    QLineEdit *m_companyName;
    QLabel *m_message;
};

} // namespace costboard::ui
