#include "commands.h"

#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "analytics/dashboardsnapshot.h"
#include "demo/demoportfolio.h"
#include "export/snapshotjson.h"
#include "storage/projectrepository.h"
#include "errors.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

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
        const ProjectRepository projects(*database);
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

} // namespace costboard::cli
