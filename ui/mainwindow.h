// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

#include <QMainWindow>

#include "alerts/alertengine.h"

class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QSystemTrayIcon;

namespace costboard::ui {

class Application;
class DashboardPage;
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
    // A page is made the first time it is asked for or shown: opening the window makes the page
    // it opens on, not nine.
    Page *page(int index) const;
    Page *currentPage() const;
    int pageCount() const;
    void showPage(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Lists a page in the navigation; `made` wires it to the others once it exists.
    template <typename PageType> void addPage(std::function<void(PageType *)> made = {});
    Page *ensurePage(int index);
    template <typename PageType> int indexOfType() const;
    template <typename PageType> PageType *pageOfType();
    // The dashboard whose view the exports, the report and the presentation take: made when it
    // was not yet, and read again when the data changed while it was hidden.
    DashboardPage *dashboardView();
    void createMenus();
    void updateLineCount();
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
    struct PageEntry
    {
        const QMetaObject *type;
        std::function<Page *()> make;
        Page *page = nullptr; // null until made; a blank widget holds its place in m_pages
    };
    std::vector<PageEntry> m_entries;
    QString m_alertsTitle;
};

} // namespace costboard::ui
