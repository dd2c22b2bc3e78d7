#include "commandline.h"
#include "commands.h"
#include "errors.h"
#include "logging/logging.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "application.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QTextStream>

#include <spdlog/spdlog.h>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CostBoard"));
    QCoreApplication::setApplicationName(QStringLiteral("CostBoard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COSTBOARD_VERSION));
}

// Help, version and bad arguments are answered the same with or without a display.
int answerWithoutRunning(const costboard::cli::Invocation &invocation)
{
    using costboard::cli::Mode;
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (invocation.mode) {
    case Mode::Help:
        out << costboard::cli::helpText();
        return 0;
    case Mode::Version:
        out << "costboard " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    case Mode::Error:
        err << "costboard: " << invocation.errorMessage << "\n" << "Try 'costboard --help'.\n";
        return 2;
    default:
        return -1;
    }
}

} // namespace

int main(int argc, char **argv)
{
    using namespace costboard;

    if (cli::isHeadlessCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        const cli::Invocation invocation = cli::parse(QCoreApplication::arguments());
        if (const int code = answerWithoutRunning(invocation); code >= 0)
            return code;
        logging::initialise(logging::defaultDirectory(), invocation.verbose);
        int code = 0;
        switch (invocation.mode) {
        case cli::Mode::Snapshot:
            code = cli::runSnapshot(invocation);
            break;
        case cli::Mode::Alerts:
            code = cli::runAlerts(invocation);
            break;
        case cli::Mode::Import:
            code = cli::runImport(invocation);
            break;
        case cli::Mode::Export:
            code = cli::runExport(invocation);
            break;
        default:
            code = cli::runDemo(invocation);
            break;
        }
        logging::shutdown();
        return code;
    }

    // The report draws (fonts, charts) but shows nothing: from cron or an SSH session it must not
    // need a display, and it lays out the same on every machine.
    if (cli::isReportCommand(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setApplicationIdentity();
    const cli::Invocation invocation = cli::parse(QCoreApplication::arguments());
    if (const int code = answerWithoutRunning(invocation); code >= 0)
        return code;
    const QString logFile = logging::initialise(logging::defaultDirectory(), invocation.verbose);
    spdlog::info("CostBoard {} starting; log file {}", COSTBOARD_VERSION, logFile.toStdString());

    if (invocation.mode == cli::Mode::Report) {
        // The interface language (or --lang) for the report's texts, numbers and dates.
        const ui::Application translations(invocation.language);
        const int code = cli::runReport(invocation);
        logging::shutdown();
        return code;
    }

    ui::Application gui(invocation.language);
    QString databasePath = invocation.databasePath;
    if (databasePath.isEmpty())
        databasePath = AppSettings::lastDatabase().get();
    if (databasePath.isEmpty())
        databasePath = AppSettings::defaultDatabasePath();
    if (!gui.openDatabase(databasePath))
        return 1;
    if (!invocation.screenshotPath.isEmpty())
        gui.saveScreenshotAndQuit(invocation.screenshotPath, invocation.screenshotPage, invocation.screenshotSize);
    const int code = QApplication::exec();
    spdlog::info("CostBoard exiting with code {}", code);
    logging::shutdown();
    return code;
}
