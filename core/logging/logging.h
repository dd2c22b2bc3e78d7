#pragma once

#include <QString>

namespace costboard::logging {

// Sends spdlog's default logger to a rotating file in `directory` (created if needed) and to
// stderr, and routes Qt's own qDebug/qWarning/… messages into it. Call once, first thing in
// main(). An empty `directory` logs to stderr only (command-line tools run by cron, tests).
// Returns the log file path, or an empty string when only stderr is used.
QString initialise(const QString &directory, bool verbose = false);

// <app data>/logs, or $COSTBOARD_LOG_DIR when set (tests and CI point it into the build tree).
QString defaultDirectory();

// Flushes and drops the sinks; call before exit so the last lines reach the file.
void shutdown();

} // namespace costboard::logging
