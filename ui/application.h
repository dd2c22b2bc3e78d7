#pragma once

#include <QObject>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace costboard::ui {

class MainWindow;
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

    // Opens `path` (creating an empty database if it does not exist) and shows it in the main
    // window. On failure explains why in a message box and returns false; the database that was
    // open stays open.
    bool openDatabase(const QString &path);

    // Shows page `pageIndex` at `size`, saves the window as a PNG once it is laid out, then quits.
    void saveScreenshotAndQuit(const QString &path, int pageIndex, const QSize &size);

    MainWindow *mainWindow() const { return m_window.get(); }
    Workspace *workspace() const { return m_workspace.get(); }

    // "fr" or "en": the language the interface is shown in.
    QString language() const { return m_language; }
    static QString resolveLanguage(const QString &preference);

private:
    void installTranslators(const QString &language);

    QString m_language;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace costboard::ui
