// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include "application.h"
#include "commandline.h"
#include "commands.h"
#include "errors.h"
#include "logging/logging.h"
#include "logging/processclock.h"
#include "reportcommand.h"
#include "settings/appsettings.h"
#include "storage/database.h"

int main(int argc, char **argv)
{
    using namespace costboard;
    processclock::markMainEntered();

    // The command line is read before any application object exists: help, a bad option and the
    // headless commands must work where no display (and no platform plugin) is available.
    const cli::Invocation invocation = cli::parseFor(cli::Program::Window, cli::argumentsOf(argc, argv));
    if (const int code = cli::answerWithoutRunning(argc, argv, invocation, cli::Program::Window); code >= 0)
        return code;
    if (cli::isHeadless(invocation.mode))
        return cli::runHeadless(argc, argv, invocation);

    // The report draws (fonts, charts) but shows nothing: from cron or an SSH session it must not
    // need a display, and it lays out the same on every machine.
    if (invocation.mode == cli::Mode::Report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    cli::setApplicationIdentity();
    // The installed .desktop file's name: Wayland compositors find the window's icon and entry by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.costboard.CostBoard"));
    const QString logFile
        = logging::initialise(logging::defaultDirectory(), invocation.verbose,
                              invocation.mode == cli::Mode::Report || !invocation.screenshotPath.isEmpty()
                                  ? logging::ConsoleLog::Quiet
                                  : logging::ConsoleLog::Warnings);
    spdlog::info("CostBoard {} starting; log file {}", COSTBOARD_VERSION, logFile.toStdString());

    if (invocation.mode == cli::Mode::Report) {
        // The interface language (or --lang) for the report's texts, numbers and dates.
        const ui::Application translations(invocation.language);
        const int code = cli::runReport(invocation);
        logging::shutdown();
        return code;
    }

    ui::Application gui(invocation.language);
    if (invocation.screenshotPath.isEmpty()) {
        gui.start(invocation.databasePath);
    } else {
        // Nobody is there to answer the welcome page: a database that cannot be opened ends the run.
        gui.setViewOnly(true);
        gui.startOn(invocation.screenshotPage, invocation.screenshotSize);
        if (const QString failure = gui.openStartupDatabase(invocation.databasePath); !failure.isEmpty()) {
            QTextStream(stderr) << "costboard: " << failure << "\n";
            logging::shutdown();
            return 3;
        }
        gui.saveScreenshotAndQuit(invocation.screenshotPath, invocation.screenshotPage,
                                  invocation.screenshotSize);
    }
    const int code = QApplication::exec();
    spdlog::info("CostBoard exiting with code {}", code);
    logging::shutdown();
    return code;
}
