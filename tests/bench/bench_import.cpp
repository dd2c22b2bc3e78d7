// SPDX-License-Identifier: GPL-3.0-or-later
// How fast a large cost file imports through the same code as `costboard import`, beside
// SQLite's own `.import` of the same file into a plain table, timed in the same run. Prints rows
// per second and the ratio; never fails on timing.
//
//   bench_import [--lines N] [--runs R] [--json] [--only accounting|FOCUS|usage]
//
// Three files of N lines (default 1,000,000) are written to the temporary folder: an accounting
// export (generic CSV with a saved mapping, a reference per row), a FOCUS billing export (daily
// usage rows with tags) and a token usage CSV (a day's input, cached and output tokens of a model
// and project per line, each priced from the catalog at its date). Each run imports into a fresh
// database.

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include "benchsupport.h"
#include "import/importer.h"
#include "storage/fxrates.h"
#include "storage/importrepository.h"
#include "storage/projectrepository.h"

using namespace costboard;
using namespace costboard::bench;

namespace {

const QStringList projectCodes
    = { QStringLiteral("SUP"), QStringLiteral("LEG"), QStringLiteral("CLM"), QStringLiteral("MKT") };

void writeGenericCsv(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator random(2026);
    static const char *const vendors[]
        = { "OpenAI", "Anthropic", "Mistral AI", "OVHcloud", "Scaleway", "Accenture" };
    static const char *const categories[]
        = { "inference", "cloud", "fine_tuning", "prompt_engineering", "licences_other" };
    QByteArray buffer = "Date,Project,Category,Vendor,Description,Amount,Currency,Reference\n";
    const QDate first(2025, 12, 1);
    for (qint64 row = 0; row < rows; ++row) {
        const QDate day = first.addDays(row * 365 / rows);
        buffer += day.toString(Qt::ISODate).toLatin1() + ',' + projectCodes.at(int(row % 4)).toLatin1() + ','
            + categories[row % 5] + ',' + vendors[row % 6] + ",API usage batch "
            + QByteArray::number(row % 23) + ','
            + QByteArray::number(random.bounded(1, 250000) / 100.0, 'f', 2) + ",EUR,INV-"
            + QByteArray::number(row) + '\n';
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
}

void writeFocusCsv(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator random(7);
    static const char *const skus[] = { "Claude Sonnet input tokens",
                                        "Claude Sonnet output tokens",
                                        "GPU p5.48xlarge",
                                        "S3 Standard storage",
                                        "KMS requests",
                                        "Titan embeddings" };
    static const char *const services[]
        = { "Amazon Bedrock", "Amazon Bedrock", "Amazon EC2", "Amazon S3", "AWS KMS", "Amazon Bedrock" };
    static const char *const categories[]
        = { "AI and Machine Learning", "AI and Machine Learning", "Compute", "Storage", "Security",
            "AI and Machine Learning" };
    QByteArray buffer = "BillingAccountId,BillingPeriodStart,BillingCurrency,ChargePeriodStart,"
                        "ChargePeriodEnd,ChargeCategory,"
                        "ChargeClass,BilledCost,ConsumedQuantity,ConsumedUnit,ProviderName,ServiceCategory,"
                        "ServiceName,SkuMeter,"
                        "SubAccountId,ResourceId,Tags\n";
    const QDate first(2026, 11, 1);
    for (qint64 row = 0; row < rows; ++row) {
        const QDate day = first.addDays(row * 30 / rows);
        const int kind = int(row % 6);
        const QByteArray project = projectCodes.at(int(row / 6 % 4)).toLower().toLatin1();
        buffer += "123456789012,2026-11-01T00:00:00Z,USD," + day.toString(Qt::ISODate).toLatin1()
            + "T00:00:00Z," + day.addDays(1).toString(Qt::ISODate).toLatin1() + "T00:00:00Z,Usage,,"
            + QByteArray::number(random.bounded(1, 9999999) / 1e7, 'f', 7) + ','
            + QByteArray::number(random.bounded(1, 100000)) + ",Tokens,AWS," + categories[kind] + ','
            + services[kind] + ',' + skus[kind] + ",2109876543" + QByteArray::number(row % 4)
            + ",arn:aws:resource/" + QByteArray::number(row % 997) + ",\"{\"\"project\"\":\"\"" + project
            + "\"\"}\"\n";
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
}

// Token usage per day, model and project: three meters a line, priced at the catalog's prices.
void writeUsageCsv(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator random(2026);
    static const char *const models[]
        = { "openai,gpt-4o-mini", "anthropic,claude-3-5-haiku", "mistral,mistral-small", "openai,gpt-4o" };
    QByteArray buffer
        = "date,provider,model,input_tokens,cached_input_tokens,output_tokens,requests,project\n";
    const QDate first(2025, 12, 1);
    for (qint64 row = 0; row < rows; ++row) {
        const QDate day = first.addDays(row * 365 / rows);
        const quint32 requests = random.bounded(10, 5000);
        buffer += day.toString(Qt::ISODate).toLatin1() + ',' + models[row % 4] + ','
            + QByteArray::number(requests * 900) + ','
            + (row % 4 == 2 ? QByteArray() : QByteArray::number(requests * 600)) + ','
            + QByteArray::number(requests * 350) + ',' + QByteArray::number(requests) + ','
            + projectCodes.at(int(row / 4 % 4)).toLatin1() + '\n';
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
}

enum class FileKind
{
    Accounting,
    Focus,
    Usage
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// SQLite's own CSV import into a plain table: the yardstick.
double sqliteImportSeconds(const QString &csv, const QString &directory, int run)
{
    const QString database = QDir(directory).filePath(QStringLiteral("plain-%1.sqlite").arg(run));
    QElapsedTimer timer;
    timer.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 { database, QStringLiteral("-cmd"), QStringLiteral(".mode csv"),
                   QStringLiteral(".import '%1' plain").arg(csv) });
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0)
        qFatal("sqlite3 .import failed: %s", sqlite.readAllStandardError().constData());
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QFile::remove(database);
    return seconds;
}

// The same file through sqlite3 into the ledger itself: `.import` into a staging table, then one
// INSERT … SELECT into cost_lines with the indexes the cost-lines page sorts and filters by. What
// any importer writing one ledger line per row must at least spend, with no parsing of its own.
double sqliteLedgerSeconds(const QString &csv, const QString &directory, int run)
{
    const QString database = QDir(directory).filePath(QStringLiteral("ledger-%1.sqlite").arg(run));
    {
        const auto schema = Database::openSqlite(database); // the schema, as CostBoard creates it
    }
    QElapsedTimer timer;
    timer.start();
    QProcess sqlite;
    sqlite.start(
        QStringLiteral("sqlite3"),
        { database, QStringLiteral("-cmd"), QStringLiteral(".mode csv"), QStringLiteral("-cmd"),
          QStringLiteral(".import '%1' staging").arg(csv),
          QStringLiteral(
              "BEGIN; INSERT INTO cost_lines (project_id, category_id, incurred_on, week_start,"
              " amount_minor, currency, reporting_minor, vendor, description, unit, source,"
              " external_ref, created_at, updated_at) SELECT 1, 1, Date, date(Date, '-6 days', 'weekday 1'),"
              " CAST(ROUND(Amount * 100) AS INTEGER), Currency, CAST(ROUND(Amount * 100) AS INTEGER),"
              " Vendor, Description, '', 'csv', Reference, 'now', 'now' FROM staging; COMMIT;") });
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0)
        qFatal("sqlite3 into the ledger failed: %s", sqlite.readAllStandardError().constData());
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(database + suffix);
    return seconds;
}

struct ImportRun
{
    double seconds = 0;
    qint64 rows = 0;
    qint64 lines = 0;
};

ImportRun costboardImportSeconds(const QString &csv, const QString &directory, int run, FileKind kind)
{
    const QString path = QDir(directory).filePath(QStringLiteral("costboard-%1.sqlite").arg(run));
    ImportRun result;
    {
        auto database = Database::openSqlite(path);
        for (const QString &code : projectCodes) {
            Project project;
            project.code = code;
            project.name = code;
            ProjectRepository(*database).create(project);
        }
        FxRate rate;
        rate.currency = QStringLiteral("USD");
        rate.quoteCurrency = QStringLiteral("EUR");
        rate.validFrom = QDate(2020, 1, 1);
        rate.rateNanos = 920'000'000;
        FxRateRepository(*database).setRate(rate);
        ImportOptions options;
        if (kind == FileKind::Accounting) {
            ColumnMapping mapping;
            mapping.name = QStringLiteral("Accounting export");
            const std::pair<MappedField, const char *> columns[]
                = { { MappedField::Date, "Date" },
                    { MappedField::Project, "Project" },
                    { MappedField::Category, "Category" },
                    { MappedField::Vendor, "Vendor" },
                    { MappedField::Description, "Description" },
                    { MappedField::Amount, "Amount" },
                    { MappedField::Currency, "Currency" },
                    { MappedField::Reference, "Reference" } };
            for (const auto &[field, column] : columns)
                mapping.columns.insert(field, QLatin1String(column));
            ImportRepository(*database).saveMapping(mapping.name, mapping);
            options.reader.format = ImportFormat::Csv;
            options.reader.mapping = ImportRepository(*database).mapping(mapping.name);
        } else if (kind == FileKind::Focus) {
            for (const QString &code : projectCodes) {
                AllocationRule rule;
                rule.match = AllocationMatch::Tag;
                rule.key = QStringLiteral("project");
                rule.pattern = code;
                rule.projectId = ProjectRepository(*database).findByCode(code)->id;
                ImportRepository(*database).addRule(rule);
            }
        }
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = Importer(*database).importFile(csv, options);
        result.seconds = double(timer.nsecsElapsed()) / 1e9;
        if (report.outcome != ImportReport::Outcome::Imported)
            qFatal("import failed: %lld problems, the first: line %lld, %s, %s",
                   qlonglong(report.problemCount), qlonglong(report.problems.value(0).line),
                   qPrintable(report.problems.value(0).column),
                   qPrintable(importProblemKey(report.problems.value(0).code)));
        result.rows = report.rowsAccepted;
        result.lines = report.linesWritten;
    }
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_import"));
    const BenchOptions options = parseOptions(app);
    QTemporaryDir directory;
    const qint64 rows = options.lines;
    const int runs = std::max(1, std::min(options.runs, 5));

    const bool json = outputMode().json;
    if (!json)
        out() << "Importing " << rows << " rows; median of " << runs
              << " runs, each into a fresh database\n\n";
    if (!json)
        out() << qSetFieldWidth(28) << Qt::left << "file" << qSetFieldWidth(18) << Qt::right << "sqlite3 s"
              << "sqlite3 rows/s"
              << "costboard s"
              << "costboard rows/s"
              << "ratio"
              << "cost lines" << qSetFieldWidth(0) << Qt::endl;
    for (const FileKind kind : { FileKind::Accounting, FileKind::Focus, FileKind::Usage }) {
        const bool generic = kind == FileKind::Accounting;
        const QString label = kind == FileKind::Accounting ? QStringLiteral("import accounting CSV (mapping)")
            : kind == FileKind::Focus                      ? QStringLiteral("import FOCUS 1.0 (tag rules)")
                                      : QStringLiteral("import token usage CSV (priced)");
        if (!wanted(label))
            continue;
        const QString csv = directory.filePath(kind == FileKind::Accounting ? QStringLiteral("accounting.csv")
                                                   : kind == FileKind::Focus ? QStringLiteral("focus.csv")
                                                                             : QStringLiteral("usage.csv"));
        if (kind == FileKind::Accounting)
            writeGenericCsv(csv, rows);
        else if (kind == FileKind::Focus)
            writeFocusCsv(csv, rows);
        else
            writeUsageCsv(csv, rows);
        std::vector<double> sqliteTimes;
        std::vector<double> ledgerTimes;
        std::vector<double> costboardTimes;
        qint64 lines = 0;
        for (int run = 0; run < runs; ++run) {
            // The sqlite3 baselines put the figures in perspective for people; the runner's table
            // only keeps CostBoard's own rate.
            if (!json)
                sqliteTimes.push_back(sqliteImportSeconds(csv, directory.path(), run));
            if (generic && !json)
                ledgerTimes.push_back(sqliteLedgerSeconds(csv, directory.path(), run));
            const ImportRun imported = costboardImportSeconds(csv, directory.path(), run, kind);
            costboardTimes.push_back(imported.seconds);
            lines = imported.lines;
        }
        const double costboardSeconds = median(costboardTimes);
        if (json) {
            printJson(label,
                      { { QStringLiteral("rows"), rows },
                        { QStringLiteral("runs"), runs },
                        { QStringLiteral("costboard_median_s"), costboardSeconds },
                        { QStringLiteral("costboard_rows_per_s"), double(rows) / costboardSeconds },
                        { QStringLiteral("cost_lines"), lines } });
            QFile::remove(csv);
            continue;
        }
        const double sqliteSeconds = median(sqliteTimes);
        out() << qSetFieldWidth(28) << Qt::left
              << (kind == FileKind::Accounting  ? "accounting CSV (mapping)"
                      : kind == FileKind::Focus ? "FOCUS 1.0 (tag rules)"
                                                : "token usage CSV (priced)")
              << qSetFieldWidth(18) << Qt::right << QString::number(sqliteSeconds, 'f', 2)
              << QString::number(double(rows) / sqliteSeconds, 'f', 0)
              << QString::number(costboardSeconds, 'f', 2)
              << QString::number(double(rows) / costboardSeconds, 'f', 0)
              << QString::number(sqliteSeconds / costboardSeconds, 'f', 2) << QString::number(lines)
              << qSetFieldWidth(0) << Qt::endl;
        if (generic) {
            const double ledgerSeconds = median(ledgerTimes);
            out() << qSetFieldWidth(28) << Qt::left << "  sqlite3 into the ledger" << qSetFieldWidth(18)
                  << Qt::right << QString::number(ledgerSeconds, 'f', 2)
                  << QString::number(double(rows) / ledgerSeconds, 'f', 0) << ""
                  << "" << QString::number(sqliteSeconds / ledgerSeconds, 'f', 2) << QString::number(rows)
                  << qSetFieldWidth(0) << Qt::endl;
        }
        QFile::remove(csv);
    }
    if (json)
        return 0;
    out() << "\nratio = rows/s ÷ sqlite3 .import's rows/s into a plain table (the goal is at least 0.50)\n"
             "\"sqlite3 into the ledger\" is sqlite3 itself writing one ledger line per row: .import, then "
             "one\n"
             "INSERT … SELECT into cost_lines with its indexes. It bounds any importer that keeps every\n"
             "accounting row as its own line.\n"
             "A token usage line makes a row per meter (input, cached input, output), each priced from\n"
             "the catalog at its date before it is booked.\n";
    return 0;
}
