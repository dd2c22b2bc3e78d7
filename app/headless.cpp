// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QTextStream>

#include "commands.h"
#include "logging/logging.h"
#include "settings/appsettings.h"
#include "settings/language.h"

namespace costboard::cli {

int answerWithoutRunning(const Invocation &invocation)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (invocation.mode) {
    case Mode::Help:
        out << helpText();
        return exitcode::Ok;
    case Mode::Version:
        out << "costboard " << COSTBOARD_VERSION << "\n";
        return exitcode::Ok;
    case Mode::Error:
        err << "costboard: " << invocation.errorMessage << "\n\n"
            << usageText() << "\nTry 'costboard --help' for the options and exit codes.\n";
        return exitcode::BadCommandLine;
    default:
        return -1;
    }
}

int runHeadless(int &argc, char **argv, const Invocation &invocation)
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CostBoard"));
    QCoreApplication::setApplicationName(QStringLiteral("CostBoard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COSTBOARD_VERSION));
    // Commands print their results on stdout and each error once on stderr: the console log
    // stays quiet (a cron mail is empty when all is well) unless --verbose.
    logging::initialise(logging::defaultDirectory(), invocation.verbose, logging::ConsoleLog::Quiet);
    // Texts, names and amounts in --lang, else in the interface's language, as the window shows them.
    const Translators translators(invocation.language.isEmpty() ? AppSettings::language().get()
                                                                : invocation.language);
    int code = exitcode::BadCommandLine;
    switch (invocation.mode) {
    case Mode::Demo:
        code = runDemo(invocation);
        break;
    case Mode::Snapshot:
        code = runSnapshot(invocation);
        break;
    case Mode::Alerts:
        code = runAlerts(invocation);
        break;
    case Mode::Import:
        code = runImport(invocation);
        break;
    case Mode::Export:
        code = runExport(invocation);
        break;
    default:
        break;
    }
    logging::shutdown();
    return code;
}

} // namespace costboard::cli
