// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include "alerts/alertengine.h"

class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QSystemTrayIcon;

namespace costboard::ui {

class Application;
class Page;
class Workspace;

// The frame: side navigation between pages, menus, status bar. Pages own their content and
// actions; the window only hosts them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Workspace &workspace, Application &application, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The page widgets, in navigation order (tests and screenshots reach pages through this).
    Page *page(int index) const;
    Page *currentPage() const;
    int pageCount() const;
    void showPage(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page *page);
    void createMenus();
    void updateStatusBar();
    void showSelfCheckAtOpen();
    void openDatabase();
    void newDatabase();
    void showAbout();
    void notifyNewAlerts(const costboard::AlertEvaluation &evaluation);
    // The navigation's badge: "Alerts (3)" in bold while alerts are unread.
    void showUnreadAlerts(int count);

    Workspace &m_workspace;
    Application &m_application;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_databaseLabel;
    QLabel *m_lineCountLabel;
    QLabel *m_checkLabel; // what the self-check found at open, when it found something
    QSystemTrayIcon *m_tray = nullptr;
    QListWidgetItem *m_alertsItem = nullptr;
    QString m_alertsTitle;
};

} // namespace costboard::ui
