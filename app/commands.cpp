// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include "alerts/alertengine.h"
#include "alerts/alertsentence.h"
#include "alerts/alertstore.h"
#include "analytics/dashboardsnapshot.h"
#include "commandsupport.h"
#include "demo/demoportfolio.h"
#include "domain/displaynames.h"
#include "errors.h"
#include "errortexts.h"
#include "export/dashboardexport.h"
#include "export/exporttables.h"
#include "export/snapshotjson.h"
#include "import/importer.h"
#include "import/importtexts.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/projectrepository.h"
#include "storage/selfcheck.h"
#include "storage/serveraddress.h"
#include "storage/writewait.h"

namespace costboard::cli {

std::unique_ptr<Database> openExistingDatabase(const Invocation &invocation, Database::Access access)
{
    std::unique_ptr<Database> database;
    try {
        database = Database::open(invocation.databasePath, Database::IfMissing::Refuse, access);
    } catch (const Error &error) {
        throw DatabaseUnavailable { errorText(error), error.what() };
    }
    // The quick part of the self-check, as the window runs it: figures from a database with
    // problems are printed, with the problems beside them on stderr (a cron mail shows both).
    if (invocation.mode != Mode::Check) {
        const CheckReport report = SelfCheck(*database).run(SelfCheck::Depth::AtOpen);
        QTextStream err(stderr);
        for (const CheckFinding &finding : report.findings) {
            spdlog::warn("self-check at open: {}",
                         englishErrorSentence(finding.code, finding.arguments).toStdString());
            err << QCoreApplication::translate("costboard::cli", "costboard: warning: %1")
                       .arg(errorSentence(finding.code, finding.arguments))
                << "\n";
        }
        if (!report.isClean())
            err << QCoreApplication::translate(
                       "costboard::cli", "costboard: run \"costboard check --db %1\" for the whole check.")
                       .arg(invocation.databasePath)
                << "\n";
    }
    return database;
}

int runGuarded(const char *command, int failure, const std::function<int()> &body)
{
    QTextStream err(stderr);
    const QString prefix = QStringLiteral("costboard %1: ").arg(QLatin1String(command));
    try {
        return body();
    } catch (const BadOption &bad) {
        err << prefix << bad.text() << "\n";
        return exitcode::BadCommandLine;
    } catch (const DatabaseUnavailable &unavailable) {
        spdlog::error("{}: {}", command, unavailable.english);
        err << prefix << unavailable.text << "\n";
        return exitcode::DatabaseUnavailable;
    } catch (const Error &error) {
        // The log file keeps the English; the console sink is quiet, so this is printed once.
        spdlog::error("{} failed: {}", command, error.what());
        err << prefix << errorText(error) << "\n";
        return failure;
    }
}

QDate dateOption(const char *option, const QString &text, const QDate &fallback)
{
    if (text.isEmpty())
        return fallback;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        throw BadOption(
            QLatin1String(option),
            QCoreApplication::translate("costboard::cli", "\"%1\" is not a date such as 2026-12-31")
                .arg(text));
    return date;
}

IsoWeek weekOption(const Invocation &invocation)
{
    if (invocation.week.isEmpty())
        return IsoWeek::current();
    const IsoWeek week = IsoWeek::fromString(invocation.week);
    if (!week.isValid())
        throw BadOption(
            QStringLiteral("--week"),
            QCoreApplication::translate("costboard::cli", "\"%1\" is not an ISO week such as 2026-W48")
                .arg(invocation.week));
    return week;
}

PeriodPreset periodOption(const Invocation &invocation, PeriodPreset fallback)
{
    if (invocation.preset.isEmpty())
        return fallback;
    const std::optional<PeriodPreset> preset = periodPresetFromKey(invocation.preset);
    if (!preset || *preset == PeriodPreset::Custom)
        throw BadOption(QStringLiteral("--period"),
                        QCoreApplication::translate("costboard::cli", "\"%1\" is not a known period")
                            .arg(invocation.preset));
    return *preset;
}

QList<ProjectId> projectOption(const Invocation &invocation, Database &database)
{
    QList<ProjectId> ids;
    const ProjectRepository projects(database);
    for (const QString &code : invocation.projectCodes) {
        const std::optional<Project> project = projects.findByCode(code);
        if (!project)
            throw BadOption(
                QStringLiteral("--project"),
                QCoreApplication::translate("costboard::cli", "no project has the code \"%1\"").arg(code));
        ids << project->id;
    }
    return ids;
}

void selectProjects(const Invocation &invocation, Database &database, DashboardQuery &query)
{
    query.projects = projectOption(invocation, database);
    if (invocation.decidedBy.isEmpty())
        return;
    if (!invocation.projectCodes.isEmpty())
        throw BadOption(QStringLiteral("--decided-by"),
                        QCoreApplication::translate("costboard::cli",
                                                    "choose projects with --project or --decided-by, "
                                                    "not both"));
    const std::optional<DecisionLevel> level = decisionLevelFromKey(invocation.decidedBy);
    if (!level)
        throw BadOption(QStringLiteral("--decided-by"),
                        QCoreApplication::translate("costboard::cli", "\"%1\" is not committee, cio or cfo")
                            .arg(invocation.decidedBy));
    query.decisionLevel = level;
    query.projects = projectsDecidedAt(ProjectRepository(database).list(false), *level);
    // An empty list means every project: say so rather than show the whole portfolio.
    if (query.projects.isEmpty())
        throw BadOption(
            QStringLiteral("--decided-by"),
            QCoreApplication::translate("costboard::cli", "no project is decided at the level \"%1\"")
                .arg(invocation.decidedBy));
}

int runDemo(const Invocation &invocation)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString path = invocation.databasePath;
    // A server's database is written only when it is empty (DemoDatabaseNotEmpty otherwise):
    // --force replaces files, never a server's data.
    const bool server = ServerAddress::isServerUrl(path);
    if (!server && QFileInfo::exists(path)) {
        if (!invocation.force) {
            err << "costboard demo: "
                << QCoreApplication::translate("costboard::cli",
                                               "%1 already exists; use --force to replace it")
                       .arg(path)
                << "\n";
            return exitcode::Failed;
        }
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
    }

    QElapsedTimer timer;
    timer.start();
    const int code = runGuarded("demo", exitcode::Failed, [&] {
        auto database = Database::open(path, Database::IfMissing::Create);
        DemoOptions options;
        options.weeks = invocation.weeks;
        options.lines = invocation.lines;
        options.seed = invocation.seed;
        qint64 lastReported = 0;
        const QLocale locale;
        const DemoSummary summary = generateDemoPortfolio(*database, options, [&](std::int64_t written) {
            // A progress line every 10% keeps a terminal alive; --verbose only, so cron stays quiet.
            if (invocation.verbose && written - lastReported >= std::max<qint64>(invocation.lines / 10, 1)) {
                err << "  "
                    << QCoreApplication::translate("costboard::cli", "%1 cost lines written…")
                           .arg(locale.toString(qint64(written)))
                    << "\n";
                err.flush();
                lastReported = written;
            }
        });
        auto line = [&](const QString &label, const QString &value) {
            out << "  " << label.leftJustified(14) << value << "\n";
        };
        out << QCoreApplication::translate("costboard::cli", "Demo portfolio written to %1")
                   .arg(server ? database->displayName() : QFileInfo(path).absoluteFilePath())
            << "\n";
        line(QCoreApplication::translate("costboard::cli", "projects:"), locale.toString(summary.projects));
        line(QCoreApplication::translate("costboard::cli", "cost lines:"),
             locale.toString(qint64(summary.costLines)));
        line(QCoreApplication::translate("costboard::cli", "budgets:"), locale.toString(summary.budgets));
        line(QCoreApplication::translate("costboard::cli", "FX rates:"), locale.toString(summary.fxRates));
        line(QCoreApplication::translate("costboard::cli", "weeks:"),
             QCoreApplication::translate("costboard::cli", "%1 to %2")
                 .arg(names::week(options.lastWeek.addWeeks(1 - options.weeks)),
                      names::week(options.lastWeek)));
        line(QCoreApplication::translate("costboard::cli", "time:"),
             QCoreApplication::translate("costboard::cli", "%1 s")
                 .arg(locale.toString(timer.elapsed() / 1000.0, 'f', 1)));
        return exitcode::Ok;
    });
    if (code != exitcode::Ok) {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
    }
    return code;
}

namespace {

// The alert in the words of the pages, in --lang: not the copy stored when it fired.
QString sentenceOf(const Alert &alert, const QHash<ProjectId, Project> &projects)
{
    return alertSentence(alert,
                         alert.projectId ? names::project(projects.value(*alert.projectId)) : QString());
}

} // namespace

QJsonObject alertToJson(const Alert &alert, const QHash<ProjectId, Project> &projects)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), qint64(alert.id));
    object.insert(QStringLiteral("kind"), toKey(alert.kind));
    object.insert(QStringLiteral("severity"), toKey(alert.severity));
    object.insert(QStringLiteral("state"), toKey(alert.state));
    if (alert.projectId) {
        object.insert(QStringLiteral("project_code"), projects.value(*alert.projectId).code);
        object.insert(QStringLiteral("project"), projects.value(*alert.projectId).name);
    }
    if (alert.category)
        object.insert(QStringLiteral("category"), CostCategories::key(*alert.category));
    object.insert(QStringLiteral("period"), alert.periodKey);
    object.insert(QStringLiteral("week"), alert.week.toString());
    object.insert(QStringLiteral("value"), qint64(alert.value));
    object.insert(QStringLiteral("threshold"), qint64(alert.threshold));
    object.insert(QStringLiteral("amount_minor"), qint64(alert.amountMinor));
    object.insert(QStringLiteral("reference_minor"), qint64(alert.referenceMinor));
    object.insert(QStringLiteral("currency"), alert.currency);
    object.insert(QStringLiteral("message"), sentenceOf(alert, projects));
    if (!alert.acknowledgedBy.isEmpty()) {
        object.insert(QStringLiteral("acknowledged_by"), alert.acknowledgedBy);
        object.insert(QStringLiteral("acknowledgement_note"), alert.acknowledgementNote);
    }
    return object;
}

namespace {

QJsonArray alertsToJson(const QList<Alert> &alerts, const QHash<ProjectId, Project> &projects)
{
    QJsonArray array;
    for (const Alert &alert : alerts)
        array.append(alertToJson(alert, projects));
    return array;
}

// Worst first, then the oldest: what a reader of a cron mail looks at first.
QList<Alert> worstFirst(QList<Alert> alerts)
{
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
        return static_cast<int>(a.severity) > static_cast<int>(b.severity);
    });
    return alerts;
}

QString severityWord(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Critical:
        return QCoreApplication::translate("costboard::cli", "CRITICAL");
    case AlertSeverity::Warning:
        return QCoreApplication::translate("costboard::cli", "WARNING");
    case AlertSeverity::Info:
        break;
    }
    return QCoreApplication::translate("costboard::cli", "INFO");
}

} // namespace

int runAlerts(const Invocation &invocation)
{
    // An alerts run that cannot finish reads as "the database cannot be read": 1 and 4 are the
    // warning and critical answers a monitoring script acts on.
    return runGuarded("alerts", exitcode::DatabaseUnavailable, [&] {
        QTextStream out(stdout);
        const IsoWeek week = weekOption(invocation);
        auto database = openExistingDatabase(invocation, Database::Access::ReadWrite);
        // An import may hold the write lock for minutes: cron waits for it, up to a minute, and
        // says why in the mail rather than failing after the database's usual few seconds.
        bool toldWaiting = false;
        const WriteWait wait { std::chrono::seconds(60), [&toldWaiting] {
                                  if (toldWaiting)
                                      return;
                                  toldWaiting = true;
                                  QTextStream err(stderr);
                                  err << QCoreApplication::translate(
                                      "costboard::cli", "waiting for another CostBoard write to finish…")
                                      << "\n";
                              } };
        AlertStore store(*database);
        store.ensureDefaultRules(wait);
        AlertEngine engine(*database);
        engine.setWriteWait(wait);
        const AlertEvaluation evaluation = engine.evaluate(week);
        const std::optional<AlertSeverity> worst = store.worstOpenSeverity();

        // What the report announces: every change not announced yet, this run's or one a run
        // killed before printing left behind, or one the window stored since the last report.
        const QList<Alert> notices = store.pendingNotices();
        QList<Alert> fired, escalated, resolved;
        for (const Alert &alert : notices) {
            switch (*alert.pendingNotice) {
            case AlertNotice::Fired:
                fired << alert;
                break;
            case AlertNotice::Escalated:
                escalated << alert;
                break;
            case AlertNotice::Resolved:
                resolved << alert;
                break;
            }
        }

        QHash<ProjectId, Project> projects;
        for (const Project &project : ProjectRepository(*database).list())
            projects.insert(project.id, project);

        if (invocation.json) {
            QJsonObject root;
            root.insert(QStringLiteral("week"), week.toString());
            root.insert(QStringLiteral("worst_open_severity"),
                        worst ? QJsonValue(toKey(*worst)) : QJsonValue(QJsonValue::Null));
            root.insert(QStringLiteral("fired"), alertsToJson(worstFirst(fired), projects));
            root.insert(QStringLiteral("escalated"), alertsToJson(worstFirst(escalated), projects));
            root.insert(QStringLiteral("resolved"), alertsToJson(worstFirst(resolved), projects));
            root.insert(QStringLiteral("open"), alertsToJson(worstFirst(evaluation.open), projects));
            out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        } else {
            out << QCoreApplication::translate("costboard::cli", "CostBoard alerts for %1")
                       .arg(names::week(week))
                << "\n";
            // Each alert once: one that fired or escalated is not listed again as open.
            QSet<AlertId> listed;
            auto section = [&](const QString &title, const QList<Alert> &alerts) {
                QList<Alert> shown;
                for (const Alert &alert : alerts) {
                    if (!listed.contains(alert.id))
                        shown << alert;
                }
                if (shown.isEmpty())
                    return;
                out << "\n" << title << "\n";
                for (const Alert &alert : worstFirst(shown)) {
                    listed.insert(alert.id);
                    out << "  [" << severityWord(alert.severity) << "] " << sentenceOf(alert, projects)
                        << "\n";
                }
            };
            section(QCoreApplication::translate("costboard::cli", "New"), fired);
            section(QCoreApplication::translate("costboard::cli", "Escalated"), escalated);
            section(QCoreApplication::translate("costboard::cli", "Resolved"), resolved);
            section(QCoreApplication::translate("costboard::cli", "Still open or acknowledged"),
                    evaluation.open);
            if (evaluation.open.isEmpty())
                out << "\n" << QCoreApplication::translate("costboard::cli", "No open alerts.") << "\n";
        }
        // Announced only once the report is out: a run killed before this line, or whose output
        // could not be written, leaves the notices for the next run (at least once, never lost).
        out.flush();
        if (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout)) {
            QTextStream err(stderr);
            err << "costboard alerts: "
                << QCoreApplication::translate("costboard::cli",
                                               "the report could not be written; its alerts will be "
                                               "announced again by the next run")
                << "\n";
            return exitcode::DatabaseUnavailable; // as any alerts run that cannot finish
        }
        store.markNotified(notices, wait);
        if (!worst || *worst == AlertSeverity::Info)
            return exitcode::Ok;
        return *worst == AlertSeverity::Warning ? exitcode::Failed : exitcode::Severe;
    });
}

namespace {

// The dashboard query the options describe (--from/--to or --period, --week, --category,
// --basis): what `snapshot` prints and `export` writes. Checked before the database is opened,
// so a bad value is a bad command line whatever the database. --project needs the database.
DashboardQuery dashboardQueryOf(const Invocation &invocation)
{
    DashboardQuery query;
    query.referenceWeek = weekOption(invocation);
    if (!invocation.from.isEmpty()) {
        query.preset = PeriodPreset::Custom;
        query.customRange = { IsoWeek::fromString(invocation.from), IsoWeek::fromString(invocation.to) };
        if (!query.customRange.first.isValid())
            throw BadOption(
                QStringLiteral("--from"),
                QCoreApplication::translate("costboard::cli", "\"%1\" is not an ISO week such as 2026-W01")
                    .arg(invocation.from));
        if (!query.customRange.last.isValid())
            throw BadOption(
                QStringLiteral("--to"),
                QCoreApplication::translate("costboard::cli", "\"%1\" is not an ISO week such as 2026-W48")
                    .arg(invocation.to));
        if (query.customRange.last < query.customRange.first)
            throw BadOption(QStringLiteral("--to"),
                            QCoreApplication::translate("costboard::cli", "is before --from"));
        if (invocation.week.isEmpty())
            query.referenceWeek = std::min(IsoWeek::current(), query.customRange.last);
    } else {
        query.preset = periodOption(invocation, query.preset);
    }
    for (const QString &key : invocation.categoryKeys) {
        CostCategory category;
        if (!CostCategories::fromText(key, category))
            throw BadOption(
                QStringLiteral("--category"),
                QCoreApplication::translate("costboard::cli", "\"%1\" is not a cost category").arg(key));
        query.categories << category;
    }
    if (!invocation.basis.isEmpty()) {
        const std::optional<CostBasis> basis = costBasisFromKey(invocation.basis);
        if (!basis)
            throw BadOption(
                QStringLiteral("--basis"),
                QCoreApplication::translate("costboard::cli", "\"%1\" is neither accrual nor cash")
                    .arg(invocation.basis));
        query.basis = *basis;
    }
    return query;
}

} // namespace

int runSnapshot(const Invocation &invocation)
{
    return runGuarded("snapshot", exitcode::Failed, [&] {
        QTextStream out(stdout);
        DashboardQuery query = dashboardQueryOf(invocation);
        QList<PeriodKind> partitions;
        for (const QString &key : invocation.by) {
            const std::optional<PeriodKind> kind = periodPartitionFromKey(key);
            if (!kind)
                throw BadOption(QStringLiteral("--by"),
                                QCoreApplication::translate("costboard::cli",
                                                            "\"%1\" is not month, quarter or fiscal-year")
                                    .arg(key));
            if (!partitions.contains(*kind))
                partitions << *kind;
        }
        auto database = openExistingDatabase(invocation, Database::Access::ReadOnly);
        selectProjects(invocation, *database, query);

        const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
        QList<QList<PeriodFigures>> periods;
        for (const PeriodKind kind : std::as_const(partitions))
            periods << periodFigures(*database, query, kind);
        if (invocation.json) {
            QJsonObject root = snapshotToJson(snapshot);
            for (qsizetype i = 0; i < partitions.size(); ++i)
                root.insert(QStringLiteral("by_") + periodPartitionKey(partitions.at(i)).replace(u'-', u'_'),
                            periodFiguresToJson(periods.at(i)));
            out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        } else {
            out << snapshotToText(snapshot);
            for (qsizetype i = 0; i < partitions.size(); ++i)
                out << periodFiguresToText(snapshot, periods.at(i));
        }
        return exitcode::Ok;
    });
}

namespace {

QJsonObject importReportToJson(const ImportReport &report, const QHash<ProjectId, Project> &projects)
{
    QJsonArray totals;
    for (const ImportReport::Total &total : report.totals) {
        totals.append(QJsonObject { { QStringLiteral("project"), projects.value(total.projectId).code },
                                    { QStringLiteral("category"), CostCategories::key(total.category) },
                                    { QStringLiteral("currency"), total.currency },
                                    { QStringLiteral("amount_minor"), qint64(total.minorUnits) },
                                    { QStringLiteral("reporting_minor"), qint64(total.reportingMinor) },
                                    { QStringLiteral("lines"), total.rows } });
    }
    QJsonArray problems;
    for (const ImportProblem &problem : report.problems) {
        problems.append(QJsonObject { { QStringLiteral("file"), problem.file },
                                      { QStringLiteral("line"), problem.line },
                                      { QStringLiteral("column"), problem.column },
                                      { QStringLiteral("value"), problem.value },
                                      { QStringLiteral("code"), importProblemKey(problem.code) },
                                      { QStringLiteral("expected"), problem.expected },
                                      { QStringLiteral("message"), importProblemMessage(problem) } });
    }
    static const char *const outcomes[]
        = { "imported", "dry-run", "rows-rejected", "file-rejected", "cancelled" };
    QJsonObject json { { QStringLiteral("file"), report.fileName },
                       { QStringLiteral("format"), importFormatKey(report.format) },
                       { QStringLiteral("provider"), report.provider },
                       { QStringLiteral("encoding"), report.encoding },
                       { QStringLiteral("outcome"),
                         QLatin1String(outcomes[static_cast<int>(report.outcome)]) },
                       { QStringLiteral("exit_code"), report.exitCode() },
                       { QStringLiteral("fingerprint"), report.fingerprint },
                       { QStringLiteral("rows_read"), report.rowsRead },
                       { QStringLiteral("rows_accepted"), report.rowsAccepted },
                       { QStringLiteral("rows_rejected"), report.rowsRejected },
                       { QStringLiteral("rows_excluded"), report.rowsExcluded },
                       { QStringLiteral("duplicates"), report.duplicates },
                       { QStringLiteral("replaced_rows"), report.replacedRows },
                       { QStringLiteral("problem_count"), report.problemCount },
                       { QStringLiteral("lines_written"), report.linesWritten },
                       { QStringLiteral("first_day"), report.firstDay.toString(Qt::ISODate) },
                       { QStringLiteral("last_day"), report.lastDay.toString(Qt::ISODate) },
                       { QStringLiteral("reporting_currency"), report.reportingCurrency },
                       { QStringLiteral("reporting_total_minor"), qint64(report.reportingTotalMinor) },
                       { QStringLiteral("unallocated_minor"), qint64(report.unallocatedMinor) },
                       { QStringLiteral("totals"), totals },
                       { QStringLiteral("usage_tokens"), qint64(report.usageTokens) },
                       { QStringLiteral("usage_rows_priced"), report.usageRowsPriced },
                       { QStringLiteral("usage_rows_billed"), report.usageRowsBilled },
                       { QStringLiteral("usage_rows_unpriced"), report.usageRowsUnpriced },
                       { QStringLiteral("unpriced_tokens"), qint64(report.unpricedTokens) },
                       { QStringLiteral("usage_rebooked_minor"), qint64(report.usageRebookedMinor) },
                       { QStringLiteral("problems"), problems } };
    if (report.batchId)
        json.insert(QStringLiteral("batch_id"), qint64(*report.batchId));
    if (report.previousImport)
        json.insert(QStringLiteral("previous_import"),
                    QJsonObject { { QStringLiteral("batch_id"), qint64(report.previousImport->id) },
                                  { QStringLiteral("imported_at"),
                                    report.previousImport->importedAt.toString(Qt::ISODate) } });
    return json;
}

void printImportReport(QTextStream &out, const ImportReport &report,
                       const QHash<ProjectId, Project> &projects)
{
    const QLocale locale;
    auto money = [&](std::int64_t minor, const QString &currency) {
        return Money(minor, currency).toString(locale);
    };
    out << QCoreApplication::translate("costboard::cli", "%1: %2, %n rows read", nullptr,
                                       int(report.rowsRead))
               .arg(report.fileName,
                    report.provider.isEmpty()
                        ? importFormatName(report.format)
                        : QStringLiteral("%1 (%2)").arg(importFormatName(report.format), report.provider))
        << "\n  ";
    switch (report.outcome) {
    case ImportReport::Outcome::Imported:
        out << QCoreApplication::translate("costboard::cli",
                                           "imported as batch %1: %n rows booked as %2 cost lines", nullptr,
                                           int(report.rowsAccepted))
                   .arg(report.batchId ? QString::number(*report.batchId) : QStringLiteral("-"))
                   .arg(report.linesWritten);
        break;
    case ImportReport::Outcome::DryRun:
        out << QCoreApplication::translate("costboard::cli",
                                           "dry run, nothing written: %n rows would be booked", nullptr,
                                           int(report.rowsAccepted));
        break;
    case ImportReport::Outcome::RowsRejected:
        out << QCoreApplication::translate(
                   "costboard::cli",
                   "nothing imported: %n rows rejected (--accept-valid books the %1 valid ones)", nullptr,
                   int(report.rowsRejected))
                   .arg(report.rowsAccepted);
        break;
    case ImportReport::Outcome::FileRejected:
        out << QCoreApplication::translate("costboard::cli", "nothing imported: the file cannot be read");
        break;
    case ImportReport::Outcome::Cancelled:
        out << QCoreApplication::translate("costboard::cli", "cancelled: nothing imported");
        break;
    }
    out << "\n";
    if (report.duplicates > 0)
        out << "  "
            << QCoreApplication::translate("costboard::cli", "%n rows were already imported and were skipped",
                                           nullptr, int(report.duplicates))
            << "\n";
    if (report.replacedRows > 0)
        out << "  "
            << QCoreApplication::translate(
                   "costboard::cli",
                   "%n rows of earlier imports of the same account and period were replaced", nullptr,
                   int(report.replacedRows))
            << "\n";
    if (report.rowsExcluded > 0)
        out << "  "
            << QCoreApplication::translate("costboard::cli", "%n tax rows left out (--exclude-tax)", nullptr,
                                           int(report.rowsExcluded))
            << "\n";
    if (report.outcome == ImportReport::Outcome::Imported || report.outcome == ImportReport::Outcome::DryRun
        || report.outcome == ImportReport::Outcome::RowsRejected) {
        for (const ImportReport::Total &total : report.totals) {
            out << "  " << projects.value(total.projectId).code.leftJustified(12) << " "
                << names::category(total.category).leftJustified(28) << " "
                << money(total.minorUnits, total.currency).rightJustified(20) << "\n";
        }
        const QString currency = report.reportingCurrency;
        out << "  "
            << QCoreApplication::translate("costboard::cli", "total %1")
                   .arg(money(report.reportingTotalMinor, currency));
        if (report.unallocatedMinor != 0)
            out << QCoreApplication::translate("costboard::cli", ", of which unallocated %1")
                       .arg(money(report.unallocatedMinor, currency));
        out << "\n";
    }
    for (const QString &line : importUsageLines(report, locale))
        out << "  " << line << "\n";
    for (const ImportProblem &problem : report.problems)
        out << "  " << importProblemLine(problem) << "\n";
    if (report.problemCount > report.problems.size())
        out << "  "
            << QCoreApplication::translate("costboard::cli", "… and %n more problems", nullptr,
                                           int(report.problemCount - report.problems.size()))
            << "\n";
}

} // namespace

int runImport(const Invocation &invocation)
{
    return runGuarded("import", exitcode::Failed, [&] {
        QTextStream out(stdout);
        QTextStream err(stderr);
        ImportOptions options;
        options.dryRun = invocation.dryRun;
        options.acceptValid = invocation.acceptValid;
        options.reader.useEffectiveCost = invocation.effectiveCost;
        options.reader.includeTax = !invocation.excludeTax;
        options.projectCode = invocation.projectCodes.value(0);
        if (!invocation.format.isEmpty()) {
            const std::optional<ImportFormat> format = importFormatFromKey(invocation.format);
            if (!format)
                throw BadOption(QStringLiteral("--format"),
                                QCoreApplication::translate("costboard::cli", "\"%1\" is not a known format")
                                    .arg(invocation.format));
            options.reader.format = *format;
        }
        static const QHash<QString, DateOrder> orders { { QStringLiteral("dmy"), DateOrder::DayMonthYear },
                                                        { QStringLiteral("mdy"), DateOrder::MonthDayYear },
                                                        { QStringLiteral("ymd"), DateOrder::YearMonthDay } };
        if (!invocation.dateOrder.isEmpty() && !orders.contains(invocation.dateOrder))
            throw BadOption(QStringLiteral("--date-order"),
                            QCoreApplication::translate("costboard::cli", "takes dmy, mdy or ymd"));
        if (!invocation.dateOrder.isEmpty() && invocation.mapping.isEmpty())
            throw BadOption(
                QStringLiteral("--date-order"),
                QCoreApplication::translate("costboard::cli", "applies to a CSV read with --mapping"));

        auto database = openExistingDatabase(invocation, Database::Access::ReadWrite);
        if (!invocation.mapping.isEmpty()) {
            options.reader.mapping = ImportRepository(*database).mapping(invocation.mapping);
            if (!options.reader.mapping)
                throw BadOption(
                    QStringLiteral("--mapping"),
                    QCoreApplication::translate("costboard::cli", "no saved mapping is called \"%1\"")
                        .arg(invocation.mapping));
            if (options.reader.format == ImportFormat::Auto)
                options.reader.format = ImportFormat::Csv;
            if (!invocation.dateOrder.isEmpty())
                options.reader.mapping->dateOrder = orders.value(invocation.dateOrder);
        }
        if (!options.projectCode.isEmpty())
            projectOption(invocation, *database);

        Importer importer(*database);
        QHash<ProjectId, Project> projects;
        const ProjectRepository projectRepository(*database);
        for (const Project &project : projectRepository.list())
            projects.insert(project.id, project);
        // Listed once it holds lines; a report (a dry run) may name it before.
        if (const std::optional<Project> unallocated
            = projectRepository.find(projectRepository.unallocatedProjectId()))
            projects.insert(unallocated->id, *unallocated);
        QJsonArray reports;
        int exitCode = exitcode::Ok;
        for (const QString &path : invocation.files) {
            QFile file(path);
            ImportReport report;
            if (file.open(QIODevice::ReadOnly)) {
                // Said before anything is written; importing again doubles nothing (replaced or skipped).
                const QByteArray bytes = file.readAll();
                const std::optional<ImportBatch> previous
                    = ImportRepository(*database).activeBatchWithFingerprint(Importer::fingerprintOf(bytes));
                if (previous && !invocation.json)
                    out << QCoreApplication::translate("costboard::cli",
                                                       "%1 was already imported on %2 (batch %3); its rows "
                                                       "are replaced or skipped, never doubled")
                               .arg(path,
                                    QLocale().toString(previous->importedAt.toLocalTime(),
                                                       QLocale::ShortFormat))
                               .arg(previous->id)
                        << "\n";
                report = importer.importBytes(QFileInfo(path).fileName(), bytes, options);
            } else {
                report = importer.importFile(path, options); // reports why the file cannot be read
            }
            exitCode = std::max(exitCode, report.exitCode());
            if (invocation.json)
                reports.append(importReportToJson(report, projects));
            else
                printImportReport(out, report, projects);
        }
        if (invocation.json)
            out << QJsonDocument(QJsonObject { { QStringLiteral("files"), reports },
                                               { QStringLiteral("exit_code"), exitCode } })
                       .toJson(QJsonDocument::Indented);
        return exitCode;
    });
}

int runExport(const Invocation &invocation)
{
    return runGuarded("export", exitcode::Failed, [&] {
        QTextStream out(stdout);
        QList<ExportTableKind> kinds;
        for (const QString &key : invocation.exportTables) {
            const std::optional<ExportTableKind> kind = ExportTable::kindFromKey(key);
            if (!kind)
                throw BadOption(
                    QStringLiteral("--table"),
                    QCoreApplication::translate("costboard::cli",
                                                "\"%1\" is not weekly-by-category, weekly-by-project, "
                                                "weekly-by-vendor, budget-by-period or cost-lines")
                        .arg(key));
            if (!kinds.contains(*kind))
                kinds << *kind;
        }
        if (kinds.isEmpty())
            kinds = ExportTable::allKinds();
        DashboardQuery query = dashboardQueryOf(invocation);
        auto database = openExistingDatabase(invocation, Database::Access::ReadOnly);
        selectProjects(invocation, *database, query);
        // Headings, names and CSV separators in the language of the run (--lang), as the window writes them.
        const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
        const QStringList written = exportDashboardTables(*database, snapshot, invocation.exportPath, kinds);
        for (const QString &path : written)
            out << QFileInfo(path).absoluteFilePath() << "\n";
        return exitcode::Ok;
    });
}

} // namespace costboard::cli
