// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace costboard::ui {

// What the window shows while no database is open: on the very first start, or when the database
// it was asked for (the one used last, or --db) is missing or cannot be opened, with the reason.
// It asks the user's name (recorded in the audit log) and offers the three ways in: the demo
// portfolio, a new empty database, an existing one. It prepares the file; the Application opens it.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Why no database is open, shown above the choices; empty on a first start.
    void setReason(const QString &reason);
    QString reason() const;
    QLineEdit *nameEdit() const { return m_name; }

public slots:
    // Opens the demo portfolio, creating it first if this computer has none yet.
    void openDemo();
    // Asks where and with which currency and fiscal year (NewDatabaseDialog), then creates it.
    void createDatabase();
    // Asks for an existing database file.
    void openExisting();

signals:
    // `path` is ready to open. The Application opens it and says through setReason() if it cannot.
    void databaseChosen(const QString &path);
    // The person asked for a team server: Application asks for its address (ServerConnectionDialog).
    void serverConnectionRequested();

private:
    // The name typed here becomes the user's name (AppSettings::userName) as soon as a choice is made.
    void saveUserName();

    QLabel *m_reason;
    QLineEdit *m_name;
};

} // namespace costboard::ui
