// SPDX-License-Identifier: GPL-3.0-or-later
// How long CostBoard takes to show its dashboard, beside a bare Qt Widgets window, both started
// the same way in the same run: `--screenshot` to a temporary file, offscreen, each printing the
// milliseconds from process start (the kernel's start time) to its first paint. The two programs
// alternate, so that a busy machine slows both alike. Prints medians and the ratio; never fails
// on timing.
//
//   bench_startup [--db FILE] [--lines N] [--runs R] [--app PATH] [--bare PATH]
//
// The database (1,000,000 lines unless --lines says otherwise) is generated once and reused.
// Each run gets fresh settings and log folders, so that no run starts warmer than the first.

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "benchsupport.h"
#include "errors.h"
#include "errortexts.h"

using namespace costboard;
using namespace costboard::bench;

namespace {

struct Launch
{
    double firstPaintMs = -1.0; // as the program printed it; negative when it printed nothing
    double wallMs = 0.0; // from QProcess::start() to exit, as seen from here
};

Launch launch(const QString &program, const QStringList &arguments, const QString &screenshot)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("COSTBOARD_LOG_DIR"), home.filePath(QStringLiteral("logs")));
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments + QStringList { QStringLiteral("--screenshot"), screenshot });
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
    }
    Launch result;
    result.wallMs = double(timer.nsecsElapsed()) / 1e6;
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    static const QRegularExpression figure(QStringLiteral("first paint ([0-9.]+) ms after process start"));
    const QRegularExpressionMatch match = figure.match(errors);
    if (match.hasMatch() && process.exitCode() == 0)
        result.firstPaintMs = match.captured(1).toDouble();
    else
        out() << "  " << QFileInfo(program).fileName() << " failed (exit " << process.exitCode()
              << "): " << errors.trimmed() << Qt::endl;
    return result;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return -1.0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_startup"));
    // The programs compared sit beside this one in the build tree; --app and --bare override.
    QString appPath
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../app/costboard"));
    QString barePath
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("startup_bare_window"));
    QStringList arguments = QCoreApplication::arguments();
    for (const auto &[option, target] : { std::pair { QStringLiteral("--app"), &appPath },
                                          std::pair { QStringLiteral("--bare"), &barePath } }) {
        if (const qsizetype at = arguments.indexOf(option); at >= 0 && at + 1 < arguments.size()) {
            *target = arguments.at(at + 1);
            arguments.remove(at, 2);
        }
    }
    BenchOptions options;
    {
        QCommandLineParser parser;
        parser.addHelpOption();
        const QCommandLineOption dbOption(
            QStringLiteral("db"), QStringLiteral("Database to reuse or create."), QStringLiteral("file"));
        const QCommandLineOption linesOption(QStringLiteral("lines"), QStringLiteral("Lines to generate."),
                                             QStringLiteral("count"), QStringLiteral("1000000"));
        const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per program."),
                                            QStringLiteral("count"), QStringLiteral("7"));
        parser.addOptions({ dbOption, linesOption, runsOption });
        parser.process(arguments);
        options.lines = parser.value(linesOption).toLongLong();
        options.runs = std::max(1, parser.value(runsOption).toInt());
        options.path = parser.value(dbOption);
        if (options.path.isEmpty())
            options.path
                = QDir::temp().filePath(QStringLiteral("costboard-bench-%1.sqlite").arg(options.lines));
    }
    try {
        openBenchDatabase(options); // generated once, then closed: the app opens it itself
    } catch (const Error &error) {
        out() << "bench_startup: " << errorText(error) << Qt::endl;
        return 1;
    }

    QTemporaryDir shots;
    const QString screenshot = shots.filePath(QStringLiteral("startup.png"));
    const QStringList appArguments { QStringLiteral("--db"),   options.path,
                                     QStringLiteral("--page"), QStringLiteral("0"),
                                     QStringLiteral("--lang"), QStringLiteral("en") };
    std::vector<double> appPaint, appWall, barePaint, bareWall;
    // One launch of each first, not counted: it loads the shared libraries into the page cache.
    launch(appPath, appArguments, screenshot);
    launch(barePath, {}, screenshot);
    for (int run = 0; run < options.runs; ++run) {
        const Launch bare = launch(barePath, {}, screenshot);
        const Launch costboard = launch(appPath, appArguments, screenshot);
        if (bare.firstPaintMs >= 0) {
            barePaint.push_back(bare.firstPaintMs);
            bareWall.push_back(bare.wallMs);
        }
        if (costboard.firstPaintMs >= 0) {
            appPaint.push_back(costboard.firstPaintMs);
            appWall.push_back(costboard.wallMs);
        }
    }
    const auto row
        = [](const QString &name, const std::vector<double> &paint, const std::vector<double> &wall) {
              out() << qSetFieldWidth(34) << Qt::left << name << qSetFieldWidth(22) << Qt::right
                    << QString::number(median(paint), 'f', 1) << QString::number(median(wall), 'f', 1)
                    << QString::number(paint.size()) << qSetFieldWidth(0) << Qt::endl;
          };
    out() << qSetFieldWidth(34) << Qt::left << "program (median of runs)" << qSetFieldWidth(22) << Qt::right
          << "first paint ms"
          << "start to exit ms"
          << "runs" << qSetFieldWidth(0) << Qt::endl;
    row(QStringLiteral("bare Qt Widgets window"), barePaint, bareWall);
    row(QStringLiteral("costboard, dashboard, %1 lines").arg(options.lines), appPaint, appWall);
    out()
        << "ratio costboard / bare window: " << QString::number(median(appPaint) / median(barePaint), 'f', 2)
        << " (the goal is below 2)" << Qt::endl
        << "first paint = ms from the kernel's start of the process (/proc/self/stat) to the first paint of "
           "the window's page"
        << Qt::endl;
    return 0;
}
