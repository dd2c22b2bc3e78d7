// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QThreadPool>
#include <QTranslator>

class QWidget;

namespace costboard {
class Translators;
}

namespace costboard::ui {

class MainWindow;
class WelcomePage;
class Workspace;

// The GUI session: interface language, the open database and its main window. main() creates
// one; "File > Open" goes through openDatabase() again.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    // `languageOverride` ("fr", "en" or empty) wins over the saved preference for this run.
    explicit Application(const QString &languageOverride, QObject *parent = nullptr);
    ~Application() override;

    // Opens the database the window starts on: `requestedPath` (--db) when given, else the one
    // used last, else the default one when it exists. On a first start (none of them), or when
    // that database is missing or cannot be opened, shows the welcome page, with the reason,
    // instead: it never creates an empty file nor gives up.
    void start(const QString &requestedPath);
    // The same database as start(), for a run nobody watches (--screenshot): nothing is asked.
    // Returns why it cannot be opened; empty when the main window shows it.
    QString openStartupDatabase(const QString &requestedPath);

    // Opens `path`, an existing CostBoard database (a missing file is refused, not created), and
    // shows it in the main window. On failure explains why (on the welcome page while it shows,
    // else in a message box) and returns false; the database that was open stays open.
    bool openDatabase(const QString &path);
    // File > Connect to Server: asks for a server's address (ServerConnectionDialog, the last
    // server's filled in) until it opens or the person cancels; keeps the password in the system
    // keychain when asked to.
    void connectToServer();

    // The window opened next starts on page `pageIndex` at `size`, instead of where it was left:
    // a screenshot lays the window out once, at its own size, not first at the remembered one.
    void startOn(int pageIndex, const QSize &size) { m_startView = StartView { pageIndex, size }; }
    // Shows page `pageIndex` at `size`, saves the window as a PNG once that page has painted, prints
    // the milliseconds from process start to that paint on stderr, then quits; exits 4 when
    // nothing paints within a minute.
    void saveScreenshotAndQuit(const QString &path, int pageIndex, const QSize &size);
    // The databases opened from now on are only looked at (a screenshot): see Workspace::isViewOnly().
    void setViewOnly(bool viewOnly) { m_viewOnly = viewOnly; }

    MainWindow *mainWindow() const { return m_window.get(); }
    // Shown while no database is open; null once one is.
    WelcomePage *welcomePage() const { return m_welcome.get(); }
    Workspace *workspace() const { return m_workspace.get(); }

    // "fr" or "en": the language the interface is shown in.
    QString language() const { return m_language; }
    static QString resolveLanguage(const QString &preference);

private:
    void installTranslators(const QString &language);

    // One thread for the work start-up can hand off: reading the system's fonts, then the
    // dashboard's first snapshot. One, so that it takes the second core and never the main
    // thread's (two such threads measurably slowed the first paint on a two-core machine).
    // Declared first, destroyed last: it waits for its tasks, which hold no pointer to the rest.
    QThreadPool m_startupWorker;
    QString m_language;
    std::unique_ptr<Translators> m_translators;
    bool m_viewOnly = false;
    struct StartView
    {
        int pageIndex = 0;
        QSize size;
    };
    std::optional<StartView> m_startView;
    // Why `path` cannot be opened (translated), empty once the main window shows it.
    // `password`: for a server, typed in the connection dialog; empty asks the keychain (then
    // libpq's own files).
    QString tryOpenDatabase(const QString &path, const QString &password = QString());
    void showWelcome(const QString &reason);
    // Logs the milliseconds from process start to `page`'s first paint, then hands them to `painted`.
    static void logFirstPaint(QWidget *page, std::function<void(double)> painted);

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<WelcomePage> m_welcome;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace costboard::ui
