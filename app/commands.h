// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace costboard::cli {

// The commands that draw nothing: each runs under a QCoreApplication (costboard-cli links no GUI
// module) and returns the process exit code (exitcode in commandline.h).
int runDemo(const Invocation &invocation);
int runSnapshot(const Invocation &invocation);
int runAlerts(const Invocation &invocation);
int runImport(const Invocation &invocation);
int runExport(const Invocation &invocation);
int runCheck(const Invocation &invocation);
int runPrices(const Invocation &invocation);
int runEstimate(const Invocation &invocation);
int runAgenda(const Invocation &invocation);
int runAdmin(const Invocation &invocation);
int runMigrate(const Invocation &invocation);
int runBackup(const Invocation &invocation);

// The organisation, name and version QSettings and the About dialog read.
void setApplicationIdentity();

// Answers --help, --version and a bad command line (exit 2) in the interface language (or
// --lang), or returns -1 for a command to run. Starts a QCoreApplication only: it must work where
// no display exists.
int answerWithoutRunning(int &argc, char **argv, const Invocation &invocation, Program program);

// Runs a headless command (isHeadless(invocation.mode)) in a QCoreApplication: language, log and
// the command itself.
int runHeadless(int &argc, char **argv, const Invocation &invocation);

} // namespace costboard::cli
