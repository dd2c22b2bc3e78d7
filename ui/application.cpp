#include "application.h"

#include "errors.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "workspace.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace costboard::ui {

Application::Application(const QString &languageOverride, QObject *parent)
    : QObject(parent)
{
    m_language = resolveLanguage(languageOverride.isEmpty() ? AppSettings::language().get() : languageOverride);
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
    if (preference == QLatin1String("fr") || preference == QLatin1String("en"))
        return preference;
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

void Application::installTranslators(const QString &language)
{
    // Numbers, dates and currencies follow the interface language: a French interface writes
    // 1 234,56 €, an English one €1,234.56.
    QLocale::setDefault(language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                        : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // English carries only plural forms ("1 line", "2 lines"); French is the whole catalogue.
    if (m_appTranslator.load(QStringLiteral(":/i18n/costboard_%1.qm").arg(language)))
        QApplication::installTranslator(&m_appTranslator);
    else
        spdlog::warn("translation {} not found in the resources", language.toStdString());
    if (language == QLatin1String("fr")
        && m_qtTranslator.load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&m_qtTranslator);
}

void Application::saveScreenshotAndQuit(const QString &path, int pageIndex, const QSize &size)
{
    if (!m_window)
        return;
    m_window->resize(size);
    m_window->showPage(std::clamp(pageIndex, 0, m_window->pageCount() - 1));
    // Let layouts and charts settle (they size their axes on resize) before grabbing.
    QTimer::singleShot(1500, this, [this, path] {
        const bool saved = m_window->grab().save(path);
        if (saved)
            spdlog::info("screenshot saved to {}", path.toStdString());
        else
            spdlog::error("cannot save the screenshot to {}", path.toStdString());
        QApplication::exit(saved ? 0 : 1);
    });
}

bool Application::openDatabase(const QString &path)
{
    std::unique_ptr<Database> database;
    try {
        database = Database::openSqlite(path);
    } catch (const Error &error) {
        spdlog::error("cannot open database {}: {}", path.toStdString(), error.message().toStdString());
        QMessageBox::critical(m_window.get(), tr("Cannot open the database"),
                              tr("CostBoard could not open %1.\n\n%2").arg(path, error.message()));
        return false;
    }
    AppSettings::lastDatabase().set(database->location());

    auto workspace = std::make_unique<Workspace>(std::move(database));
    auto window = std::make_unique<MainWindow>(*workspace, *this);
    window->show();
    m_window = std::move(window);
    m_workspace = std::move(workspace);
    // Start-up evaluation: alerts that came due while CostBoard was closed appear now.
    m_workspace->evaluateAlerts();
    return true;
}

} // namespace costboard::ui
