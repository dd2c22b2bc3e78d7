// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "storage/serveraddress.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace costboard::ui {

// File > Connect to Server: the team's PostgreSQL database. The address parts a company's IT
// hands out (host, port, database, user, TLS mode), the address they make (what --db takes), and
// the password, kept in the system keychain when asked, never in the settings. Accepting only
// checks the form; Application opens the database.
class ServerConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConnectionDialog)

public:
    // `address`: the last server connected to, or an empty one (the system user's name, 5432).
    explicit ServerConnectionDialog(const ServerAddress &address, QWidget *parent = nullptr);

    ServerAddress address() const;
    QString password() const;
    bool remembersPassword() const;
    void setAddress(const ServerAddress &address);
    void setPassword(const QString &password);
    // Why the connection failed, shown under the form (Application sets it and shows the dialog
    // again); empty hides it.
    void setMessage(const QString &message);
    QString message() const;

    void accept() override;

private:
    void updateAddressPreview();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tlsMode;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_preview;
    QLabel *m_message;
};

} // namespace costboard::ui
