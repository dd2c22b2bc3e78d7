#include "commands.h"

#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "analytics/dashboardsnapshot.h"
#include "analytics/weeklyreportcontent.h"
#include "report/weeklyreport.h"
#include "demo/demoportfolio.h"
#include "export/snapshotjson.h"
#include "export/dashboardexport.h"
#include "export/exporttables.h"
#include "storage/projectrepository.h"
#include "errors.h"
#include "import/importer.h"
#include "import/importtexts.h"
#include "storage/databasesettings.h"
#include "storage/importrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace costboard::cli {

int runDemo(const Invocation &invocation)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString path = invocation.databasePath;
    if (QFileInfo::exists(path)) {
        if (!invocation.force) {
            err << "costboard demo: " << path << " already exists; use --force to replace it\n";
            return 1;
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }

    QElapsedTimer timer;
    timer.start();
    try {
        auto database = Database::openSqlite(path);
        DemoOptions options;
        options.weeks = invocation.weeks;
        options.lines = invocation.lines;
        options.seed = invocation.seed;
        qint64 lastReported = 0;
        const DemoSummary summary = generateDemoPortfolio(*database, options, [&](std::int64_t written) {
            // A progress line every 10% keeps cron logs short and a terminal alive.
            if (written - lastReported >= std::max<qint64>(invocation.lines / 10, 1)) {
                err << "  " << written << " cost lines written…\n";
                err.flush();
                lastReported = written;
            }
        });
        out << "Demo portfolio written to " << QFileInfo(path).absoluteFilePath() << "\n"
            << "  projects:   " << summary.projects << "\n"
            << "  cost lines: " << summary.costLines << "\n"
            << "  budgets:    " << summary.budgets << "\n"
            << "  FX rates:   " << summary.fxRates << "\n"
            << "  weeks:      " << options.lastWeek.addWeeks(1 - options.weeks).toString() << " to "
            << options.lastWeek.toString() << "\n"
            << "  time:       " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
        return 0;
    } catch (const Error &error) {
        spdlog::error("demo generation failed: {}", error.message().toStdString());
        err << "costboard demo: " << error.message() << "\n";
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return 1;
    }
}

namespace {

IsoWeek weekOption(const Invocation &invocation)
{
    if (invocation.week.isEmpty())
        return IsoWeek::current();
    const IsoWeek week = IsoWeek::fromString(invocation.week);
    if (!week.isValid())
        throw ValidationError(QStringLiteral("--week"), QStringLiteral("\"%1\" is not an ISO week such as 2026-W48").arg(invocation.week));
    return week;
}

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
    object.insert(QStringLiteral("message"), alert.message);
    if (!alert.acknowledgedBy.isEmpty()) {
        object.insert(QStringLiteral("acknowledged_by"), alert.acknowledgedBy);
        object.insert(QStringLiteral("acknowledgement_note"), alert.acknowledgementNote);
    }
    return object;
}

QJsonArray alertsToJson(const QList<Alert> &alerts, const QHash<ProjectId, Project> &projects)
{
    QJsonArray array;
    for (const Alert &alert : alerts)
        array.append(alertToJson(alert, projects));
    return array;
}

} // namespace

int runAlerts(const Invocation &invocation)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!QFileInfo::exists(invocation.databasePath)) {
        err << "costboard alerts: " << invocation.databasePath << " does not exist\n";
        return 3;
    }
    try {
        auto database = Database::openSqlite(invocation.databasePath);
        const IsoWeek week = weekOption(invocation);
        AlertStore store(*database);
        store.ensureDefaultRules();
        const AlertEvaluation evaluation = AlertEngine(*database).evaluate(week);
        const std::optional<AlertSeverity> worst = store.worstOpenSeverity();

        QHash<ProjectId, Project> projects;
        for (const Project &project : ProjectRepository(*database).list())
            projects.insert(project.id, project);

        if (invocation.json) {
            QJsonObject root;
            root.insert(QStringLiteral("week"), week.toString());
            root.insert(QStringLiteral("worst_open_severity"), worst ? QJsonValue(toKey(*worst)) : QJsonValue(QJsonValue::Null));
            root.insert(QStringLiteral("fired"), alertsToJson(evaluation.fired, projects));
            root.insert(QStringLiteral("escalated"), alertsToJson(evaluation.escalated, projects));
            root.insert(QStringLiteral("resolved"), alertsToJson(evaluation.resolved, projects));
            root.insert(QStringLiteral("open"), alertsToJson(evaluation.open, projects));
            out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        } else {
            out << "CostBoard alerts for " << week.toString() << "\n";
            auto section = [&](const char *title, const QList<Alert> &alerts) {
                if (alerts.isEmpty())
                    return;
                out << "\n" << title << "\n";
                for (const Alert &alert : alerts)
                    out << "  [" << toKey(alert.severity).toUpper() << "] " << alert.message << "\n";
            };
            section("New", evaluation.fired);
            section("Escalated", evaluation.escalated);
            section("Resolved", evaluation.resolved);
            section("Open or acknowledged", evaluation.open);
            if (evaluation.open.isEmpty())
                out << "\nNo open alerts.\n";
        }
        if (!worst || *worst == AlertSeverity::Info)
            return 0;
        return *worst == AlertSeverity::Warning ? 1 : 2;
    } catch (const Error &error) {
        spdlog::error("alert evaluation failed: {}", error.message().toStdString());
        err << "costboard alerts: " << error.message() << "\n";
        return 3;
    }
}

namespace {

// The dashboard query the options describe (--from/--to or --period, --week, --project,
// --category, --basis): what `snapshot` prints and `export` writes.
DashboardQuery dashboardQueryOf(const Invocation &invocation, Database &database)
{
    DashboardQuery query;
    query.referenceWeek = weekOption(invocation);
    if (!invocation.from.isEmpty()) {
        query.preset = PeriodPreset::Custom;
        query.customRange = {IsoWeek::fromString(invocation.from), IsoWeek::fromString(invocation.to)};
        if (!query.customRange.first.isValid())
            throw ValidationError(QStringLiteral("--from"), QStringLiteral("\"%1\" is not an ISO week such as 2026-W01").arg(invocation.from));
        if (!query.customRange.last.isValid())
            throw ValidationError(QStringLiteral("--to"), QStringLiteral("\"%1\" is not an ISO week such as 2026-W48").arg(invocation.to));
        if (query.customRange.last < query.customRange.first)
            throw ValidationError(QStringLiteral("--to"), QStringLiteral("is before --from"));
        if (invocation.week.isEmpty())
            query.referenceWeek = std::min(IsoWeek::current(), query.customRange.last);
    } else if (!invocation.preset.isEmpty()) {
        const std::optional<PeriodPreset> preset = periodPresetFromKey(invocation.preset);
        if (!preset || *preset == PeriodPreset::Custom)
            throw ValidationError(QStringLiteral("--period"), QStringLiteral("\"%1\" is not a known period").arg(invocation.preset));
        query.preset = *preset;
    }
    const ProjectRepository projects(database);
    for (const QString &code : invocation.projectCodes) {
        const std::optional<Project> project = projects.findByCode(code);
        if (!project)
            throw ValidationError(QStringLiteral("--project"), QStringLiteral("no project has the code \"%1\"").arg(code));
        query.projects << project->id;
    }
    for (const QString &key : invocation.categoryKeys) {
        CostCategory category;
        if (!CostCategories::fromText(key, category))
            throw ValidationError(QStringLiteral("--category"), QStringLiteral("\"%1\" is not a cost category").arg(key));
        query.categories << category;
    }

    if (!invocation.basis.isEmpty()) {
        const std::optional<CostBasis> basis = costBasisFromKey(invocation.basis);
        if (!basis)
            throw ValidationError(QStringLiteral("--basis"), QStringLiteral("\"%1\" is neither accrual nor cash").arg(invocation.basis));
        query.basis = *basis;
    }
    return query;
}

} // namespace

int runSnapshot(const Invocation &invocation)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!QFileInfo::exists(invocation.databasePath)) {
        err << "costboard snapshot: " << invocation.databasePath << " does not exist\n";
        return 1;
    }
    try {
        auto database = Database::openSqlite(invocation.databasePath);
        const DashboardQuery query = dashboardQueryOf(invocation, *database);
        QList<PeriodKind> partitions;
        for (const QString &key : invocation.by) {
            const std::optional<PeriodKind> kind = periodPartitionFromKey(key);
            if (!kind)
                throw ValidationError(QStringLiteral("--by"),
                                      QStringLiteral("\"%1\" is not month, quarter or fiscal-year").arg(key));
            if (!partitions.contains(*kind))
                partitions << *kind;
        }

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
        return 0;
    } catch (const Error &error) {
        spdlog::error("snapshot failed: {}", error.message().toStdString());
        err << "costboard snapshot: " << error.message() << "\n";
        return 1;
    }
}

int runReport(const Invocation &invocation)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!QFileInfo::exists(invocation.databasePath)) {
        err << "costboard report: " << invocation.databasePath << " does not exist\n";
        return 1;
    }
    try {
        auto database = Database::openSqlite(invocation.databasePath);
        const IsoWeek week = weekOption(invocation);
        PeriodPreset preset = PeriodPreset::Last13Weeks;
        if (!invocation.preset.isEmpty()) {
            const std::optional<PeriodPreset> known = periodPresetFromKey(invocation.preset);
            if (!known || *known == PeriodPreset::Custom)
                throw ValidationError(QStringLiteral("--period"), QStringLiteral("\"%1\" is not a known period").arg(invocation.preset));
            preset = *known;
        }
        QList<ProjectId> projects;
        const ProjectRepository projectRepository(*database);
        for (const QString &code : invocation.projectCodes) {
            const std::optional<Project> project = projectRepository.findByCode(code);
            if (!project)
                throw ValidationError(QStringLiteral("--project"), QStringLiteral("no project has the code \"%1\"").arg(code));
            projects << project->id;
        }
        const QPageLayout::Orientation orientation =
            invocation.orientation == QLatin1String("landscape") ? QPageLayout::Landscape : QPageLayout::Portrait;
        // Read-only: the report shows the alerts as stored; `costboard alerts` evaluates them.
        const WeeklyReportContent content = gatherWeeklyReport(*database, weeklyReportQuery(week, preset, projects));
        const int pages = render::writeWeeklyReportPdf(invocation.reportPath, content, orientation);
        out << "Weekly report " << week.toString() << " written to " << QFileInfo(invocation.reportPath).absoluteFilePath() << "\n"
            << "  pages: " << pages << "\n";
        return 0;
    } catch (const Error &error) {
        spdlog::error("report failed: {}", error.message().toStdString());
        err << "costboard report: " << error.message() << "\n";
        return 1;
    }
}

namespace {

QJsonObject importReportToJson(const ImportReport &report, const QHash<ProjectId, Project> &projects)
{
    QJsonArray totals;
    for (const ImportReport::Total &total : report.totals) {
        totals.append(QJsonObject{{QStringLiteral("project"), projects.value(total.projectId).code},
                                  {QStringLiteral("category"), CostCategories::key(total.category)},
                                  {QStringLiteral("currency"), total.currency},
                                  {QStringLiteral("amount_minor"), qint64(total.minorUnits)},
                                  {QStringLiteral("reporting_minor"), qint64(total.reportingMinor)},
                                  {QStringLiteral("lines"), total.rows}});
    }
    QJsonArray problems;
    for (const ImportProblem &problem : report.problems) {
        problems.append(QJsonObject{{QStringLiteral("file"), problem.file},
                                    {QStringLiteral("line"), problem.line},
                                    {QStringLiteral("column"), problem.column},
                                    {QStringLiteral("value"), problem.value},
                                    {QStringLiteral("code"), importProblemKey(problem.code)},
                                    {QStringLiteral("expected"), problem.expected},
                                    {QStringLiteral("message"), importProblemMessage(problem)}});
    }
    static const char *const outcomes[] = {"imported", "dry-run", "rows-rejected", "file-rejected", "cancelled"};
    QJsonObject json{{QStringLiteral("file"), report.fileName},
                     {QStringLiteral("format"), importFormatKey(report.format)},
                     {QStringLiteral("provider"), report.provider},
                     {QStringLiteral("encoding"), report.encoding},
                     {QStringLiteral("outcome"), QLatin1String(outcomes[static_cast<int>(report.outcome)])},
                     {QStringLiteral("exit_code"), report.exitCode()},
                     {QStringLiteral("fingerprint"), report.fingerprint},
                     {QStringLiteral("rows_read"), report.rowsRead},
                     {QStringLiteral("rows_accepted"), report.rowsAccepted},
                     {QStringLiteral("rows_rejected"), report.rowsRejected},
                     {QStringLiteral("rows_excluded"), report.rowsExcluded},
                     {QStringLiteral("duplicates"), report.duplicates},
                     {QStringLiteral("replaced_rows"), report.replacedRows},
                     {QStringLiteral("problem_count"), report.problemCount},
                     {QStringLiteral("lines_written"), report.linesWritten},
                     {QStringLiteral("first_day"), report.firstDay.toString(Qt::ISODate)},
                     {QStringLiteral("last_day"), report.lastDay.toString(Qt::ISODate)},
                     {QStringLiteral("reporting_currency"), report.reportingCurrency},
                     {QStringLiteral("reporting_total_minor"), qint64(report.reportingTotalMinor)},
                     {QStringLiteral("unallocated_minor"), qint64(report.unallocatedMinor)},
                     {QStringLiteral("totals"), totals},
                     {QStringLiteral("problems"), problems}};
    if (report.batchId)
        json.insert(QStringLiteral("batch_id"), qint64(*report.batchId));
    if (report.previousImport)
        json.insert(QStringLiteral("previous_import"),
                    QJsonObject{{QStringLiteral("batch_id"), qint64(report.previousImport->id)},
                                {QStringLiteral("imported_at"), report.previousImport->importedAt.toString(Qt::ISODate)}});
    return json;
}

void printImportReport(QTextStream &out, const ImportReport &report, const QHash<ProjectId, Project> &projects)
{
    out << report.fileName << ": " << importFormatName(report.format);
    if (!report.provider.isEmpty())
        out << " (" << report.provider << ")";
    out << ", " << report.rowsRead << " rows read\n";
    const QString currency = report.reportingCurrency;
    switch (report.outcome) {
    case ImportReport::Outcome::Imported:
        out << "  imported as batch " << (report.batchId ? QString::number(*report.batchId) : QStringLiteral("-")) << ": "
            << report.rowsAccepted << " rows booked as " << report.linesWritten << " cost lines";
        break;
    case ImportReport::Outcome::DryRun:
        out << "  dry run, nothing written: " << report.rowsAccepted << " rows would be booked";
        break;
    case ImportReport::Outcome::RowsRejected:
        out << "  nothing imported: " << report.rowsRejected << " rows rejected (--accept-valid books the "
            << report.rowsAccepted << " valid ones)";
        break;
    case ImportReport::Outcome::FileRejected:
        out << "  nothing imported: the file cannot be read";
        break;
    case ImportReport::Outcome::Cancelled:
        out << "  cancelled: nothing imported";
        break;
    }
    out << "\n";
    if (report.duplicates > 0)
        out << "  " << report.duplicates << " rows were already imported and were skipped\n";
    if (report.replacedRows > 0)
        out << "  " << report.replacedRows << " rows of earlier imports of the same account and period were replaced\n";
    if (report.rowsExcluded > 0)
        out << "  " << report.rowsExcluded << " tax rows left out (--exclude-tax)\n";
    if (report.outcome == ImportReport::Outcome::Imported || report.outcome == ImportReport::Outcome::DryRun
        || report.outcome == ImportReport::Outcome::RowsRejected) {
        for (const ImportReport::Total &total : report.totals) {
            out << "  " << projects.value(total.projectId).code.leftJustified(12) << " "
                << CostCategories::key(total.category).leftJustified(20) << " "
                << Money(total.minorUnits, total.currency).toPlainString().rightJustified(16) << " " << total.currency << "\n";
        }
        out << "  total " << Money(report.reportingTotalMinor, currency).toPlainString() << " " << currency;
        if (report.unallocatedMinor != 0)
            out << ", of which unallocated " << Money(report.unallocatedMinor, currency).toPlainString() << " " << currency;
        out << "\n";
    }
    for (const ImportProblem &problem : report.problems)
        out << "  " << importProblemLine(problem) << "\n";
    if (report.problemCount > report.problems.size())
        out << "  … and " << (report.problemCount - report.problems.size()) << " more problems\n";
}

} // namespace

int runImport(const Invocation &invocation)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!QFileInfo::exists(invocation.databasePath)) {
        err << "costboard import: " << invocation.databasePath << " does not exist\n";
        return 2;
    }
    try {
        auto database = Database::openSqlite(invocation.databasePath);
        ImportOptions options;
        options.dryRun = invocation.dryRun;
        options.acceptValid = invocation.acceptValid;
        options.reader.useEffectiveCost = invocation.effectiveCost;
        options.reader.includeTax = !invocation.excludeTax;
        options.projectCode = invocation.projectCodes.value(0);
        if (!invocation.format.isEmpty()) {
            const std::optional<ImportFormat> format = importFormatFromKey(invocation.format);
            if (!format)
                throw ValidationError(QStringLiteral("--format"), QStringLiteral("\"%1\" is not a known format").arg(invocation.format));
            options.reader.format = *format;
        }
        if (!invocation.mapping.isEmpty()) {
            options.reader.mapping = ImportRepository(*database).mapping(invocation.mapping);
            if (!options.reader.mapping)
                throw ValidationError(QStringLiteral("--mapping"), QStringLiteral("no saved mapping is called \"%1\"").arg(invocation.mapping));
            if (options.reader.format == ImportFormat::Auto)
                options.reader.format = ImportFormat::Csv;
        }
        if (!invocation.dateOrder.isEmpty()) {
            static const QHash<QString, DateOrder> orders{{QStringLiteral("dmy"), DateOrder::DayMonthYear},
                                                         {QStringLiteral("mdy"), DateOrder::MonthDayYear},
                                                         {QStringLiteral("ymd"), DateOrder::YearMonthDay}};
            if (!orders.contains(invocation.dateOrder))
                throw ValidationError(QStringLiteral("--date-order"), QStringLiteral("takes dmy, mdy or ymd"));
            if (!options.reader.mapping)
                throw ValidationError(QStringLiteral("--date-order"), QStringLiteral("applies to a CSV read with --mapping"));
            options.reader.mapping->dateOrder = orders.value(invocation.dateOrder);
        }

        Importer importer(*database);
        QHash<ProjectId, Project> projects;
        const ProjectRepository projectRepository(*database);
        for (const Project &project : projectRepository.list())
            projects.insert(project.id, project);
        // Listed once it holds lines; a report (a dry run) may name it before.
        if (const std::optional<Project> unallocated = projectRepository.find(projectRepository.unallocatedProjectId()))
            projects.insert(unallocated->id, *unallocated);
        QJsonArray reports;
        int exitCode = 0;
        for (const QString &path : invocation.files) {
            QFile file(path);
            ImportReport report;
            if (file.open(QIODevice::ReadOnly)) {
                // Warn before anything is written; importing again doubles nothing (replaced or skipped).
                const QByteArray bytes = file.readAll();
                const std::optional<ImportBatch> previous = ImportRepository(*database).activeBatchWithFingerprint(Importer::fingerprintOf(bytes));
                if (previous)
                    err << "costboard import: warning: " << path << " was already imported on "
                        << previous->importedAt.toString(Qt::ISODate) << " (batch " << previous->id
                        << "); its rows are replaced or skipped, never doubled\n";
                err.flush();
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
            out << QJsonDocument(QJsonObject{{QStringLiteral("files"), reports}, {QStringLiteral("exit_code"), exitCode}})
                       .toJson(QJsonDocument::Indented);
        return exitCode;
    } catch (const Error &error) {
        spdlog::error("import failed: {}", error.message().toStdString());
        err << "costboard import: " << error.message() << "\n";
        return 2;
    }
}

int runExport(const Invocation &invocation)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!QFileInfo::exists(invocation.databasePath)) {
        err << "costboard export: " << invocation.databasePath << " does not exist\n";
        return 1;
    }
    // Headings, names and CSV separators in the language asked for, as the interface would show them.
    const QString language = invocation.language.isEmpty() ? QStringLiteral("en") : invocation.language;
    QTranslator translator;
    if (language == QLatin1String("fr")) {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        if (translator.load(QStringLiteral(":/i18n/costboard_fr.qm")))
            QCoreApplication::installTranslator(&translator);
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    try {
        QList<ExportTableKind> kinds;
        for (const QString &key : invocation.exportTables) {
            const std::optional<ExportTableKind> kind = ExportTable::kindFromKey(key);
            if (!kind)
                throw ValidationError(QStringLiteral("--table"),
                                      QStringLiteral("\"%1\" is not weekly-by-category, weekly-by-project, weekly-by-vendor,"
                                                     " budget-by-period or cost-lines").arg(key));
            if (!kinds.contains(*kind))
                kinds << *kind;
        }
        if (kinds.isEmpty())
            kinds = ExportTable::allKinds();
        auto database = Database::openSqlite(invocation.databasePath);
        const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, dashboardQueryOf(invocation, *database));
        const QStringList written = render::exportDashboardTables(*database, snapshot, invocation.exportPath, kinds);
        for (const QString &path : written)
            out << QFileInfo(path).absoluteFilePath() << "\n";
        return 0;
    } catch (const Error &error) {
        spdlog::error("export failed: {}", error.message().toStdString());
        err << "costboard export: " << error.message() << "\n";
        return 1;
    }
}

} // namespace costboard::cli
