// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QTextStream>

#include "commands.h"
#include "logging/logging.h"
#include "settings/appsettings.h"
#include "settings/language.h"

namespace costboard::cli {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CostBoard"));
    QCoreApplication::setApplicationName(QStringLiteral("CostBoard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COSTBOARD_VERSION));
}

int answerWithoutRunning(int &argc, char **argv, const Invocation &invocation, Program program)
{
    if (invocation.mode != Mode::Help && invocation.mode != Mode::Version && invocation.mode != Mode::Error)
        return -1;
    const QStringList arguments = argumentsOf(argc, argv);
    // A QCoreApplication, never a GUI one: help and a mistake need no display, but the translator does.
    QCoreApplication application(argc, argv);
    setApplicationIdentity();
    QString language = invocation.language.isEmpty() ? languageOption(arguments) : invocation.language;
    if (language.isEmpty())
        language = AppSettings::language().get();
    const Translators translators(language);
    // Read again with the translator installed, so that the mistake is worded in that language.
    const Invocation worded = parseFor(program, arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (worded.mode) {
    case Mode::Help:
        out << helpText(program);
        return exitcode::Ok;
    case Mode::Version:
        out << programName(program) << ' ' << COSTBOARD_VERSION << "\n";
        return exitcode::Ok;
    default:
        err << programName(program) << ": " << worded.errorMessage << "\n\n"
            << usageText(program) << "\n"
            << QCoreApplication::translate("costboard::cli",
                                           "Try '%1 --help' for the options and exit codes.")
                   .arg(programName(program))
            << "\n";
        return exitcode::BadCommandLine;
    }
}

int runHeadless(int &argc, char **argv, const Invocation &invocation)
{
    QCoreApplication application(argc, argv);
    setApplicationIdentity();
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
    case Mode::Check:
        code = runCheck(invocation);
        break;
    case Mode::Prices:
        code = runPrices(invocation);
        break;
    case Mode::Estimate:
        code = runEstimate(invocation);
        break;
    case Mode::Agenda:
        code = runAgenda(invocation);
        break;
    case Mode::Admin:
        code = runAdmin(invocation);
        break;
    case Mode::Migrate:
        code = runMigrate(invocation);
        break;
    case Mode::Backup:
        code = runBackup(invocation);
        break;
    default:
        break;
    }
    logging::shutdown();
    return code;
}

} // namespace costboard::cli
