// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include <utility>

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

#include <spdlog/spdlog.h>

#include "dialogs/serverconnectiondialog.h"
#include "errors.h"
#include "errortexts.h"
#include "firstpaint.h"
#include "logging/processclock.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "pages/page.h"
#include "pages/welcomepage.h"
#include "settings/appsettings.h"
#include "settings/language.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "team/serverpasswords.h"
#include "workspace.h"

namespace costboard::ui {

Application::Application(const QString &languageOverride, QObject *parent)
    : QObject(parent)
{
    m_startupWorker.setMaxThreadCount(1);
    // The first widget that measures text would read the system's fonts on the main thread:
    // fontconfig's configuration, its caches and the list of every installed font, 10 to 15 ms
    // of the start-up bench_startup measures. QFontDatabase is thread-safe: the worker reads them
    // while the main thread opens the database and builds the window, which then finds them read
    // (or waits on QFontDatabase's own lock for the rest). The trend arrows are not in every
    // interface font (Noto Sans has none): the first text that draws one has fontconfig sort the
    // fallback fonts, a list QFontDatabase then keeps for every thread.
    m_startupWorker.start([] {
        (void)QFontDatabase::families();
        (void)QFontMetricsF(QFont()).horizontalAdvance(QStringLiteral("▲▼▶"));
    });
    m_language
        = resolveLanguage(languageOverride.isEmpty() ? AppSettings::language().get() : languageOverride);
    installTranslators(m_language);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/costboard.svg")));
    QApplication::setApplicationDisplayName(QStringLiteral("CostBoard"));
}

Application::~Application()
{
    // The window holds models over the workspace's database: close it first.
    m_window.reset();
    m_workspace.reset();
}

QString Application::resolveLanguage(const QString &preference)
{
    return language::resolve(preference);
}

void Application::installTranslators(const QString &language)
{
    // One rule for the window and the command line (core/settings/language.h).
    m_translators = std::make_unique<Translators>(language);
}

void Application::logFirstPaint(QWidget *page, std::function<void(double)> painted)
{
    whenFirstPainted(page, [page, painted = std::move(painted)](double sinceStart) {
        spdlog::info("first paint of {} {:.1f} ms after the process started ({:.1f} ms after main)",
                     page->objectName().toStdString(), sinceStart, processclock::millisecondsSinceMain());
        painted(sinceStart);
    });
}

void Application::saveScreenshotAndQuit(const QString &path, int pageIndex, const QSize &size)
{
    if (!m_window)
        return;
    m_window->resize(size);
    m_window->showPage(std::clamp(pageIndex, 0, m_window->pageCount() - 1));
    // Grabbed as soon as the page has painted its data, never after a fixed delay, so that the run
    // also measures start-up. By then the layouts and charts have settled: they lay out before the
    // first paint.
    auto *deadline = new QTimer(this);
    logFirstPaint(m_window->currentPage(), [this, path, deadline](double sinceStart) {
        deadline->stop();
        // Read by tests/bench/bench_startup: keep the wording.
        QTextStream(stderr) << "costboard: first paint " << QString::number(sinceStart, 'f', 1)
                            << " ms after process start\n";
        // The charts lay themselves out on posted requests, which may still wait behind the paint.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const bool saved = m_window->grab().save(path);
        if (saved)
            spdlog::info("screenshot saved to {}", path.toStdString());
        else
            spdlog::error("cannot save the screenshot to {}", path.toStdString());
        QApplication::exit(saved ? 0 : 1);
    });
    // Generous: a loaded machine paints late, but a window that never paints must not hang a script.
    constexpr int paintTimeoutMs = 60'000;
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [] {
        const QString message
            = tr("The window did not paint within %1 s: no screenshot was saved.").arg(paintTimeoutMs / 1000);
        spdlog::error("{}", message.toStdString());
        QTextStream(stderr) << "costboard: " << message << "\n";
        QApplication::exit(4);
    });
    deadline->start(paintTimeoutMs);
}

QString Application::openStartupDatabase(const QString &requestedPath)
{
    QString path = requestedPath;
    bool remembered = false;
    if (path.isEmpty()) {
        path = AppSettings::lastDatabase().get();
        remembered = !path.isEmpty();
    }
    if (path.isEmpty()) {
        path = AppSettings::defaultDatabasePath();
        if (!QFileInfo::exists(path))
            return tr(
                "No database to open yet: CostBoard has not been given one (--db) and has never opened one.");
    }
    const QString failure = tryOpenDatabase(path);
    if (failure.isEmpty() || !remembered)
        return failure;
    return tr("The database you used last cannot be opened.") + u'\n' + failure;
}

void Application::start(const QString &requestedPath)
{
    const bool firstStart = requestedPath.isEmpty() && AppSettings::lastDatabase().get().isEmpty()
        && !QFileInfo::exists(AppSettings::defaultDatabasePath());
    if (firstStart) {
        showWelcome(QString());
        return;
    }
    if (const QString failure = openStartupDatabase(requestedPath); !failure.isEmpty())
        showWelcome(failure);
    else if (m_window)
        logFirstPaint(m_window->currentPage(), [](double) {}); // only logs how long start-up took
}

void Application::showWelcome(const QString &reason)
{
    if (!m_welcome) {
        m_welcome = std::make_unique<WelcomePage>();
        m_welcome->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_welcome.get(), &WelcomePage::databaseChosen, this, [this](const QString &path) {
            if (const QString failure = tryOpenDatabase(path); !failure.isEmpty())
                m_welcome->setReason(failure);
        });
        // Queued: opening replaces the welcome page whose button asked.
        connect(m_welcome.get(), &WelcomePage::serverConnectionRequested, this, &Application::connectToServer,
                Qt::QueuedConnection);
        const int em = m_welcome->fontMetrics().horizontalAdvance(u'M');
        m_welcome->resize(em * 60, em * 44);
    }
    m_welcome->setReason(reason);
    m_welcome->show();
}

QString Application::tryOpenDatabase(const QString &path, const QString &password)
{
    std::unique_ptr<Database> database;
    try {
        const bool server = ServerAddress::isServerUrl(path);
        database = Database::open(path, Database::IfMissing::Refuse, Database::Access::ReadWrite,
                                  server && password.isEmpty() && !m_viewOnly ? serverpasswords::read(path)
                                                                              : password);
    } catch (const Error &error) {
        spdlog::error("cannot open database {}: {}", path.toStdString(), error.what());
        return costboard::errorText(error);
    }

    auto workspace = std::make_unique<Workspace>(std::move(database));
    workspace->setViewOnly(m_viewOnly);
    DashboardPage::prefetchFirstSnapshot(*workspace, m_startupWorker);
    auto window = std::make_unique<MainWindow>(*workspace, *this);
    if (const std::optional<StartView> view = std::exchange(m_startView, std::nullopt)) {
        window->resize(view->size);
        window->showPage(std::clamp(view->pageIndex, 0, window->pageCount() - 1));
    }
    window->show();
    // Remembered once its window has painted: a file that cannot even be shown is not opened again
    // at the next launch, and start-up does not wait for the settings file to be written.
    whenFirstPainted(window.get(), [location = workspace->database().location()](double) {
        AppSettings::lastDatabase().set(location);
    });
    m_window = std::move(window);
    m_workspace = std::move(workspace);
    if (m_welcome) {
        // Not deleted here: this may run inside one of the welcome page's own slots.
        m_welcome->hide();
        m_welcome.release()->deleteLater();
    }
    return QString();
}

void Application::connectToServer()
{
    const QString last = AppSettings::lastDatabase().get();
    ServerAddress address;
    if (ServerAddress::isServerUrl(last)) {
        try {
            address = ServerAddress::fromUrl(last);
        } catch (const Error &error) {
            spdlog::warn("last server address unreadable: {}", error.what());
        }
    }
    // No parent: opening replaces the main window, which would take a child dialog with it.
    ServerConnectionDialog dialog(address);
    dialog.setWindowModality(Qt::ApplicationModal);
    while (dialog.exec() == QDialog::Accepted) {
        const QString url = dialog.address().toUrl();
        const QString failure = tryOpenDatabase(url, dialog.password());
        if (failure.isEmpty()) {
            if (dialog.remembersPassword() && !dialog.password().isEmpty()) {
                if (const QString refused = serverpasswords::store(url, dialog.password());
                    !refused.isEmpty())
                    QMessageBox::information(
                        m_window.get(), tr("Password Not Remembered"),
                        tr("The system keychain did not keep the password (%1): "
                           "CostBoard will ask for it next time, or put it in ~/.pgpass.")
                            .arg(refused));
            }
            return;
        }
        dialog.setMessage(failure);
    }
}

bool Application::openDatabase(const QString &path)
{
    const QString failure = tryOpenDatabase(path);
    if (failure.isEmpty())
        return true;
    if (m_welcome && m_welcome->isVisible())
        m_welcome->setReason(failure);
    else
        QMessageBox::critical(m_window.get(), tr("Cannot open the database"), failure);
    return false;
}

} // namespace costboard::ui
