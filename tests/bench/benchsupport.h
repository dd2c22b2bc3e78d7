// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the benchmarks: where the large database comes from, and how a figure is measured
// and printed. Benchmarks print; they never fail on timing (DESIGN.md §7).

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "demo/demoportfolio.h"
#include "logging/logging.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"

namespace costboard::bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// How figures are printed: for people (aligned text), or one JSON object per line for
// tests/bench/run-benchmarks.sh (--json); and which figures are measured at all (--only).
struct OutputMode
{
    bool json = false;
    QStringList only; // measure only the figures whose label contains one of these; all when empty
};

inline OutputMode &outputMode()
{
    static OutputMode mode;
    return mode;
}

// Whether the figure `label` is to be measured (--only).
inline bool wanted(const QString &label)
{
    const QStringList &only = outputMode().only;
    return only.isEmpty() || std::any_of(only.begin(), only.end(), [&label](const QString &part) {
               return label.contains(part);
           });
}

// One JSON object on one line: {"figure": label, ...fields}.
inline void printJson(const QString &label, QJsonObject fields)
{
    fields.insert(QStringLiteral("figure"), label);
    out() << QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)) << Qt::endl;
}

// The value at `share` (0.5: the median, 0.9: the 90th percentile) of sorted `values`, nearest rank.
inline double percentile(const std::vector<double> &sorted, double share)
{
    const auto rank = static_cast<std::size_t>(std::ceil(share * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

// Runs `work` `runs` times; prints the first (cold-ish) run, and the median and 90th percentile of
// the others, in ms.
inline void measure(const QString &label, int runs, const std::function<QString()> &work)
{
    if (!wanted(label))
        return;
    std::vector<double> times;
    QString result;
    for (int run = 0; run < std::max(1, runs); ++run) {
        QElapsedTimer timer;
        timer.start();
        result = work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double first = times.front();
    std::vector<double> warm(times.begin() + (times.size() > 1 ? 1 : 0), times.end());
    std::sort(warm.begin(), warm.end());
    // The upper median: the same figure this printed before the percentiles were shared.
    const double median = warm[warm.size() / 2];
    const double p90 = percentile(warm, 0.9);
    if (outputMode().json) {
        printJson(label,
                  { { QStringLiteral("runs"), int(times.size()) },
                    { QStringLiteral("first_ms"), first },
                    { QStringLiteral("median_ms"), median },
                    { QStringLiteral("p90_ms"), p90 },
                    { QStringLiteral("result"), result } });
        return;
    }
    out() << qSetFieldWidth(52) << Qt::left << label << qSetFieldWidth(0) << "first " << qSetFieldWidth(9)
          << Qt::right << QString::number(first, 'f', 1) << qSetFieldWidth(0) << " ms   median "
          << qSetFieldWidth(9) << QString::number(median, 'f', 1) << qSetFieldWidth(0) << " ms   p90 "
          << qSetFieldWidth(9) << QString::number(p90, 'f', 1) << qSetFieldWidth(0) << " ms   " << result
          << Qt::endl;
}

struct BenchOptions
{
    QString path;
    qint64 lines = 1'000'000;
    int runs = 5;
};

// --db FILE (or $COSTBOARD_BENCH_DB), --lines N, --runs R, --json, --only TEXT (repeatable).
inline BenchOptions parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database to reuse or create."),
                                      QStringLiteral("file"));
    const QCommandLineOption linesOption(QStringLiteral("lines"), QStringLiteral("Lines to generate."),
                                         QStringLiteral("count"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                                        QStringLiteral("count"), QStringLiteral("5"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print each figure as one JSON object per line."));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Measure only the figures whose label contains this."),
                                        QStringLiteral("text"));
    parser.addOptions({ dbOption, linesOption, runsOption, jsonOption, onlyOption });
    parser.process(app);
    outputMode().json = parser.isSet(jsonOption);
    outputMode().only = parser.values(onlyOption);
    BenchOptions options;
    options.lines = parser.value(linesOption).toLongLong();
    options.runs = std::max(1, parser.value(runsOption).toInt());
    options.path = parser.value(dbOption);
    if (options.path.isEmpty())
        options.path = qEnvironmentVariable("COSTBOARD_BENCH_DB");
    if (options.path.isEmpty())
        options.path = QDir::temp().filePath(QStringLiteral("costboard-bench-%1.sqlite").arg(options.lines));
    return options;
}

// Opens the benchmark database, generating the demo portfolio (ending 2026-W48) when it is empty.
inline std::unique_ptr<Database> openBenchDatabase(const BenchOptions &options)
{
    logging::initialise(QDir::temp().filePath(QStringLiteral("costboard-bench-logs")), false);
    std::unique_ptr<Database> database = Database::openSqlite(options.path);
    CostLineRepository repository(*database);
    if (repository.count() == 0) {
        out() << "generating " << options.lines << " cost lines into " << options.path << " …" << Qt::endl;
        DemoOptions demo;
        demo.lines = options.lines;
        demo.lastWeek = IsoWeek(2026, 48);
        QElapsedTimer timer;
        timer.start();
        generateDemoPortfolio(*database, demo, [](std::int64_t written) {
            if (written % 200'000 == 0)
                out() << "  " << written << Qt::endl;
        });
        out() << "generated in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    out() << "database " << options.path << ": " << repository.count() << " cost lines, "
          << QFileInfo(options.path).size() / (1024 * 1024) << " MiB" << Qt::endl
          << Qt::endl;
    return database;
}

} // namespace costboard::bench
