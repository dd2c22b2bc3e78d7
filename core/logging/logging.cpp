// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging/logging.h"

#include <memory>
#include <vector>

#include <QDir>
#include <QStandardPaths>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace costboard::logging {
namespace {

void forwardQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const std::string text = message.toStdString();
    const char *category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::default_logger()->flush();
        break;
    }
}

} // namespace

QString defaultDirectory()
{
    const QString overridden = qEnvironmentVariable("COSTBOARD_LOG_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

QString initialise(const QString &directory, bool verbose, ConsoleLog consoleLog)
{
    std::vector<spdlog::sink_ptr> sinks;
    // stderr, not stdout: commands such as `costboard snapshot --json` own stdout.
    auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    if (verbose)
        console->set_level(spdlog::level::debug);
    else
        console->set_level(consoleLog == ConsoleLog::Quiet ? spdlog::level::off : spdlog::level::warn);
    console->set_pattern("costboard: %l: %v");
    sinks.push_back(console);

    QString logFile;
    if (!directory.isEmpty() && QDir().mkpath(directory)) {
        logFile = QDir(directory).filePath(QStringLiteral("costboard.log"));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(logFile.toStdString(),
                                                                               5 * 1024 * 1024, 3);
            file->set_level(spdlog::level::debug);
            file->set_pattern("%Y-%m-%dT%H:%M:%S.%e %z [%P] %l: %v");
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &error) {
            console->log(spdlog::details::log_msg(
                "costboard", spdlog::level::warn,
                fmt::format("cannot write the log file {}: {}", logFile.toStdString(), error.what())));
            logFile.clear();
        }
    }

    auto logger = std::make_shared<spdlog::logger>("costboard", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(2));
    qInstallMessageHandler(forwardQtMessage);
    return logFile;
}

void shutdown()
{
    qInstallMessageHandler(nullptr);
    spdlog::default_logger()->flush();
    spdlog::shutdown();
}

} // namespace costboard::logging
