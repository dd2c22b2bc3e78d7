// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace costboard::logging {

// Sends spdlog's default logger to a rotating file in `directory` (created if needed) and to
// stderr, and routes Qt's own qDebug/qWarning/… messages into it. Call once, first thing in
// main(). An empty `directory` logs to stderr only (command-line tools run by cron, tests).
// Returns the log file path, or an empty string when only stderr is used.
// What the stderr sink shows without --verbose: the window's warnings, or nothing for a command
// that prints its own errors (each error once, and a cron mail that stays empty on success).
enum class ConsoleLog
{
    Warnings,
    Quiet
};
QString initialise(const QString &directory, bool verbose = false, ConsoleLog console = ConsoleLog::Warnings);

// <app data>/logs, or $COSTBOARD_LOG_DIR when set (tests and CI point it into the build tree).
QString defaultDirectory();

// Flushes and drops the sinks; call before exit so the last lines reach the file.
void shutdown();

} // namespace costboard::logging
