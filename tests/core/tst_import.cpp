// SPDX-License-Identifier: GPL-3.0-or-later
// Imports of real sample files (tests/fixtures/import/valid, totals computed independently by
// compute_expected.py with Python's decimal module) and of a corpus of broken files
// (tests/fixtures/import/broken), each of which must be refused with the manifest's problem and
// leave the database file byte for byte as it was.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "analytics/dashboardsnapshot.h"
#include "import/importer.h"
#include "import/importtexts.h"
#include "import/importvalues.h"
#include "storage/auditlog.h"
#include "storage/fxrates.h"
#include "storage/importrepository.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace {

QString fixturePath(const QString &relative)
{
    return QFINDTESTDATA(QStringLiteral("../fixtures/import/") + relative);
}

QJsonObject readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonArray readJsonArray(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

// "56839.67" in a currency with two decimals → 5683967; exact, no floating point.
qint64 minorUnitsOf(const QString &decimal, const QString &currency)
{
    const int decimals = Money::decimalsOf(currency);
    QString text = decimal;
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    QString whole = text.section(QLatin1Char('.'), 0, 0);
    QString fraction = text.section(QLatin1Char('.'), 1, 1);
    fraction = fraction.leftJustified(decimals, QLatin1Char('0')).left(decimals);
    const qint64 value = QString(whole + fraction).toLongLong();
    return negative ? -value : value;
}

// A generic CSV with a header named after the fields: Date, Project, Category, Vendor,
// Description, Amount, Currency.
ImportOptions ledgerCsvOptions()
{
    ColumnMapping mapping;
    for (const auto &[field, column] :
         { std::pair { MappedField::Date, "Date" }, std::pair { MappedField::Project, "Project" },
           std::pair { MappedField::Category, "Category" }, std::pair { MappedField::Vendor, "Vendor" },
           std::pair { MappedField::Description, "Description" }, std::pair { MappedField::Amount, "Amount" },
           std::pair { MappedField::Currency, "Currency" } })
        mapping.columns.insert(field, QLatin1String(column));
    ImportOptions options;
    options.reader.format = ImportFormat::Csv;
    options.reader.mapping = mapping;
    return options;
}

ColumnMapping mappingFromJson(const QJsonObject &entry)
{
    ColumnMapping mapping;
    mapping.name = QStringLiteral("test mapping");
    const QJsonObject columns = entry.value(QLatin1String("mapping")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString key = it.key() == QLatin1String("reference") ? QStringLiteral("reference") : it.key();
        if (const auto field = mappedFieldFromKey(key))
            mapping.columns.insert(*field, it.value().toString());
    }
    const QString separator = entry.value(QLatin1String("separator")).toString();
    if (separator.size() == 1)
        mapping.delimiter = separator.at(0).toLatin1();
    const QString order = entry.value(QLatin1String("date_order")).toString();
    if (order == QLatin1String("dmy"))
        mapping.dateOrder = DateOrder::DayMonthYear;
    else if (order == QLatin1String("mdy"))
        mapping.dateOrder = DateOrder::MonthDayYear;
    else if (order == QLatin1String("ymd"))
        mapping.dateOrder = DateOrder::YearMonthDay;
    return mapping;
}

// A database as a company would have it: four projects, dollar and pound rates into euros.
void seed(Database &database)
{
    ProjectRepository projects(database);
    for (const char *code : { "SUP", "LEG", "CLM", "MKT" })
        projects.create(makeProject(QLatin1String(code)));
    FxRateRepository rates(database);
    for (const auto &[currency, nanos] :
         { std::pair { "USD", 920'000'000LL }, std::pair { "GBP", 1'170'000'000LL } }) {
        FxRate rate;
        rate.currency = QLatin1String(currency);
        rate.quoteCurrency = QStringLiteral("EUR");
        rate.validFrom = QDate(2020, 1, 1);
        rate.rateNanos = nanos;
        rates.setRate(rate);
    }
}

QHash<QString, qint64> lineTotalsByCurrency(const Database &database)
{
    QHash<QString, qint64> totals;
    for (const QString &row :
         queryRows(database,
                   QStringLiteral("SELECT currency, SUM(amount_minor) FROM cost_lines"
                                  " WHERE import_batch_id IS NOT NULL GROUP BY currency")))
        totals.insert(row.section(QLatin1Char('|'), 0, 0), row.section(QLatin1Char('|'), 1, 1).toLongLong());
    return totals;
}

QStringList problemTriples(const QList<ImportProblem> &problems)
{
    QStringList triples;
    for (const ImportProblem &problem : problems)
        triples << QStringLiteral("%1|%2|%3")
                       .arg(problem.line)
                       .arg(problem.column, importProblemKey(problem.code));
    return triples;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void humanDecimals_data();
    void humanDecimals();
    void machineDecimals_data();
    void machineDecimals();
    void dates_data();
    void dates();
    void validFixtures_data();
    void validFixtures();
    void brokenFiles_data();
    void brokenFiles();
    void acceptValidBooksTheGoodRows();
    void aLaterStatementReplacesTheEarlierAndUndoBringsItBack();
    void rulesPlaceRowsAndReallocationMovesTheUnallocated();
    void cancellingLeavesTheDatabaseAsItWas();
    void dryRunWritesNothing();
    void rowsOfOneDayCannotAddUpBeyondALine();
    void mappingsAreSavedAndReused();
};

void TestImport::humanDecimals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<char>("decimal");
    QTest::addColumn<qint64>("nanos"); // -1: invalid
    const qint64 unit = nanos::PerUnit;
    QTest::newRow("french") << QStringLiteral("1 234,56") << ',' << 123456 * unit / 100;
    QTest::newRow("french no-break space") << QStringLiteral("1\u00A0234,56 €") << ',' << 123456 * unit / 100;
    QTest::newRow("english") << QStringLiteral("1,234.56") << '.' << 123456 * unit / 100;
    QTest::newRow("euro sign") << QStringLiteral("1234.56 €") << '.' << 123456 * unit / 100;
    QTest::newRow("dollars quoted") << QStringLiteral("$10,000.00 ") << '.' << 10000 * unit;
    QTest::newRow("parentheses") << QStringLiteral("(12.50)") << '.' << -125 * unit / 10;
    QTest::newRow("minus comma") << QStringLiteral("-45,00") << ',' << -45 * unit;
    QTest::newRow("millions") << QStringLiteral("1 234 567,89") << ',' << 123456789 * unit / 100;
    QTest::newRow("sub-cent") << QStringLiteral("0,0000125") << ',' << qint64(12500);
    QTest::newRow("12,3,4") << QStringLiteral("12,3,4") << ',' << qint64(-1);
    QTest::newRow("12,3,4 point") << QStringLiteral("12,3,4") << '.' << qint64(-1);
    QTest::newRow("exponent") << QStringLiteral("1e400") << '.' << qint64(-1);
    QTest::newRow("NaN") << QStringLiteral("NaN") << '.' << qint64(-1);
    QTest::newRow("Infinity") << QStringLiteral("Infinity") << '.' << qint64(-1);
    QTest::newRow("double minus") << QStringLiteral("--5") << '.' << qint64(-1);
    QTest::newRow("two points") << QStringLiteral("1.2.3") << '.' << qint64(-1);
    QTest::newRow("bad grouping") << QStringLiteral("12,34.5") << '.' << qint64(-1);
}

void TestImport::humanDecimals()
{
    QFETCH(QString, text);
    QFETCH(char, decimal);
    QFETCH(qint64, nanos);
    const QByteArray utf8 = text.toUtf8();
    std::int64_t parsed = 0;
    const ValueStatus status
        = parseHumanDecimal(std::string_view(utf8.constData(), std::size_t(utf8.size())), decimal, parsed);
    if (nanos == -1) {
        QVERIFY(status != ValueStatus::Ok);
    } else {
        QCOMPARE(status, ValueStatus::Ok);
        QCOMPARE(qint64(parsed), nanos);
    }
}

void TestImport::machineDecimals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<int>("status");
    QTest::newRow("plain") << QStringLiteral("18.42315") << qint64(18'423'150'000) << int(ValueStatus::Ok);
    QTest::newRow("many decimals rounds half away")
        << QStringLiteral("0.00000000150") << qint64(2) << int(ValueStatus::Ok);
    QTest::newRow("negative rounds away")
        << QStringLiteral("-0.0000000015") << qint64(-2) << int(ValueStatus::Ok);
    QTest::newRow("exponent") << QStringLiteral("1.5e-05") << qint64(15'000) << int(ValueStatus::Ok);
    QTest::newRow("huge") << QStringLiteral("1e400") << qint64(0) << int(ValueStatus::OutOfRange);
    QTest::newRow("too large") << QStringLiteral("99999999999999.00") << qint64(0)
                               << int(ValueStatus::OutOfRange);
    QTest::newRow("comma") << QStringLiteral("12,5") << qint64(0) << int(ValueStatus::Invalid);
    QTest::newRow("empty") << QString() << qint64(0) << int(ValueStatus::Empty);
}

void TestImport::machineDecimals()
{
    QFETCH(QString, text);
    QFETCH(qint64, nanos);
    QFETCH(int, status);
    const QByteArray utf8 = text.toUtf8();
    std::int64_t parsed = 0;
    QCOMPARE(int(parseMachineDecimal(std::string_view(utf8.constData(), std::size_t(utf8.size())), parsed)),
             status);
    if (status == int(ValueStatus::Ok))
        QCOMPARE(qint64(parsed), nanos);
}

void TestImport::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("order");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("midnight");
    QTest::newRow("iso") << QStringLiteral("2026-11-03") << int(DateOrder::YearMonthDay) << QDate(2026, 11, 3)
                         << true;
    QTest::newRow("utc") << QStringLiteral("2026-11-03T00:00:00Z") << int(DateOrder::YearMonthDay)
                         << QDate(2026, 11, 3) << true;
    QTest::newRow("hour") << QStringLiteral("2026-11-03 10:00:00 UTC") << int(DateOrder::YearMonthDay)
                          << QDate(2026, 11, 3) << false;
    QTest::newRow("offset to the day before") << QStringLiteral("2026-11-03T01:00:00+02:00")
                                              << int(DateOrder::YearMonthDay) << QDate(2026, 11, 2) << false;
    QTest::newRow("dmy") << QStringLiteral("05/01/2026") << int(DateOrder::DayMonthYear) << QDate(2026, 1, 5)
                         << true;
    QTest::newRow("mdy") << QStringLiteral("05/01/2026") << int(DateOrder::MonthDayYear) << QDate(2026, 5, 1)
                         << true;
    QTest::newRow("two-digit year") << QStringLiteral("5/1/25") << int(DateOrder::MonthDayYear)
                                    << QDate(2025, 5, 1) << true;
    QTest::newRow("30 February") << QStringLiteral("2026-02-30") << int(DateOrder::YearMonthDay) << QDate()
                                 << true;
    QTest::newRow("31/31") << QStringLiteral("31/31/2026") << int(DateOrder::DayMonthYear) << QDate() << true;
    QTest::newRow("words") << QStringLiteral("yesterday") << int(DateOrder::YearMonthDay) << QDate() << true;
}

void TestImport::dates()
{
    QFETCH(QString, text);
    QFETCH(int, order);
    QFETCH(QDate, date);
    QFETCH(bool, midnight);
    const QByteArray utf8 = text.toUtf8();
    const auto parsed
        = parseDateTime(std::string_view(utf8.constData(), std::size_t(utf8.size())), DateOrder(order));
    if (!date.isValid()) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->date, date);
    QCOMPARE(parsed->atMidnight, midnight);
}

void TestImport::validFixtures_data()
{
    QTest::addColumn<QString>("file");
    const QJsonObject expected = readJsonObject(fixturePath(QStringLiteral("valid/expected.json")));
    QVERIFY2(!expected.isEmpty(), "tests/fixtures/import/valid/expected.json is missing");
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestImport::validFixtures()
{
    QFETCH(QString, file);
    const QJsonObject entry
        = readJsonObject(fixturePath(QStringLiteral("valid/expected.json"))).value(file).toObject();
    const QString path = fixturePath(QStringLiteral("valid/") + file);
    QVERIFY(!path.isEmpty());
    const auto database = openTestDatabase();
    seed(*database);

    ImportOptions options;
    if (entry.value(QLatin1String("format")).toString() == QLatin1String("csv")) {
        options.reader.format = ImportFormat::Csv;
        options.reader.mapping = mappingFromJson(entry);
        if (entry.value(QLatin1String("date_order")).toString() == QLatin1String("ambiguous")) {
            // The file's dates read both ways: the import must ask rather than guess.
            const ImportReport refused = Importer(*database).importFile(path, options);
            QCOMPARE(refused.outcome, ImportReport::Outcome::FileRejected);
            QCOMPARE(refused.problems.value(0).code, ImportProblemCode::AmbiguousDates);
            QCOMPARE(rowCount(*database, QStringLiteral("import_batches")), 0);
            options.reader.mapping->dateOrder = DateOrder::DayMonthYear;
        }
    }
    const ImportReport report = Importer(*database).importFile(path, options);
    QVERIFY2(report.problems.isEmpty(),
             qPrintable(report.problems.isEmpty()
                            ? QString()
                            : QStringLiteral("%1 %2 %3")
                                  .arg(report.problems.first().line)
                                  .arg(report.problems.first().column,
                                       importProblemKey(report.problems.first().code))));
    QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(importFormatKey(report.format), entry.value(QLatin1String("format")).toString());
    const qint64 rows = entry.value(QLatin1String("rows")).toInteger();
    QCOMPARE(report.rowsRead, rows);
    QCOMPARE(report.rowsAccepted, rows);
    QCOMPARE(rowCount(*database, QStringLiteral("import_rows")), rows);

    // Every currency's lines add up to the file's exact total, rounded once.
    QHash<QString, qint64> expectedTotals;
    const QJsonObject rounded = entry.value(QLatin1String("rounded")).toObject();
    for (auto it = rounded.begin(); it != rounded.end(); ++it)
        expectedTotals.insert(it.key(), minorUnitsOf(it.value().toString(), it.key()));
    QCOMPARE(lineTotalsByCurrency(*database), expectedTotals);

    // Per project, for files that name their projects.
    const QJsonObject byProject = entry.value(QLatin1String("by_project")).toObject();
    for (auto project = byProject.begin(); project != byProject.end(); ++project) {
        const QJsonObject currencies = project.value().toObject();
        for (auto currency = currencies.begin(); currency != currencies.end(); ++currency) {
            const QVariant stored = queryValue(
                *database,
                QStringLiteral("SELECT SUM(c.amount_minor) FROM cost_lines c JOIN projects p"
                               " ON p.id = c.project_id WHERE p.code = '%1' AND c.currency = '%2'")
                    .arg(project.key(), currency.key()));
            QCOMPARE(stored.toLongLong(), minorUnitsOf(currency.value().toString(), currency.key()));
        }
    }
    if (entry.value(QLatin1String("first_date")).isString()) {
        QCOMPARE(report.firstDay,
                 QDate::fromString(entry.value(QLatin1String("first_date")).toString(), Qt::ISODate));
        QCOMPARE(report.lastDay,
                 QDate::fromString(entry.value(QLatin1String("last_date")).toString(), Qt::ISODate));
    }
    // Service periods are spread over their days exactly as the ledger spreads any line.
    QCOMPARE(storedRollups(*database), expectedRollups(*database));

    // Every row keeps the resource it bills (FOCUS ResourceId, the AWS and Azure resource ids).
    QStringList expectedResources;
    for (const QJsonValue resource : entry.value(QLatin1String("resources")).toArray())
        expectedResources << resource.toString();
    QSet<QString> storedResources;
    ImportRepository(*database).forEachRow(*ImportRepository(*database).batch(*report.batchId),
                                           [&](const ImportRowGroup &, const ImportedRow &row) {
                                               if (!row.resourceId.isEmpty())
                                                   storedResources.insert(row.resourceId);
                                           });
    QStringList storedResourceList = storedResources.values();
    storedResourceList.sort();
    QCOMPARE(storedResourceList, expectedResources);

    // Importing the same file again changes no figure.
    const QStringList linesBefore
        = queryRows(*database,
                    QStringLiteral("SELECT project_id, category_id, incurred_on, service_start,"
                                   " service_end, amount_minor, currency, vendor, description"
                                   " FROM cost_lines ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9"));
    const QStringList rollupsBefore = storedRollups(*database);
    const ImportReport again = Importer(*database).importFile(path, options);
    QCOMPARE(again.outcome, ImportReport::Outcome::Imported);
    QVERIFY(again.previousImport.has_value());
    if (reimportPolicyOf(report.format) == ReimportPolicy::SkipDuplicateRows) {
        QCOMPARE(again.duplicates, rows);
        QCOMPARE(again.rowsAccepted, 0);
    } else {
        QCOMPARE(again.replacedRows, rows);
        QCOMPARE(ImportRepository(*database).batch(*report.batchId)->status, ImportBatchStatus::Replaced);
    }
    QCOMPARE(
        queryRows(*database,
                  QStringLiteral("SELECT project_id, category_id, incurred_on, service_start, service_end,"
                                 " amount_minor, currency, vendor, description FROM cost_lines"
                                 " ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9")),
        linesBefore);
    QCOMPARE(storedRollups(*database), rollupsBefore);
    QVERIFY(isOutsideTransaction(*database));
}

void TestImport::brokenFiles_data()
{
    QTest::addColumn<QJsonObject>("entry");
    const QJsonArray manifest = readJsonArray(fixturePath(QStringLiteral("broken/manifest.json")));
    QVERIFY2(manifest.size() >= 40, "tests/fixtures/import/broken/manifest.json needs at least 40 cases");
    for (const QJsonValue &value : manifest)
        QTest::newRow(qPrintable(value[QLatin1String("file")].toString())) << value.toObject();
}

void TestImport::brokenFiles()
{
    QFETCH(QJsonObject, entry);
    QTemporaryDir directory;
    const QString databasePath = directory.filePath(QStringLiteral("costboard.sqlite"));
    {
        const auto database = Database::openSqlite(databasePath);
        seed(*database);
        ImportRepository(*database).saveMapping(QStringLiteral("kept"), ColumnMapping());
    }
    const QByteArray before = fileHash(databasePath);
    QVERIFY(!before.isEmpty());

    QString file = entry.value(QLatin1String("file")).toString();
    QByteArray bytes;
    if (file == QLatin1String("generated:single-line-50mb")) {
        bytes = QByteArray(50 * 1024 * 1024, 'a');
        file = QStringLiteral("single-line.csv");
    } else {
        QFile input(fixturePath(QStringLiteral("broken/") + file));
        QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(file));
        bytes = input.readAll();
    }
    ImportOptions options;
    options.reader.format
        = importFormatFromKey(entry.value(QLatin1String("format")).toString()).value_or(ImportFormat::Auto);
    if (entry.contains(QLatin1String("mapping")) && options.reader.format == ImportFormat::Csv)
        options.reader.mapping = mappingFromJson(entry);
    ImportReport report;
    {
        const auto database = Database::openSqlite(databasePath);
        report = Importer(*database).importBytes(file, bytes, options);
        QVERIFY(isOutsideTransaction(*database));
    }
    QStringList expected;
    for (const QJsonValue &problem : entry.value(QLatin1String("expected")).toArray())
        expected << QStringLiteral("%1|%2|%3")
                        .arg(problem[QLatin1String("line")].toInteger())
                        .arg(problem[QLatin1String("column")].toString(),
                             problem[QLatin1String("code")].toString());
    QCOMPARE(problemTriples(report.problems), expected);
    QVERIFY(report.outcome == ImportReport::Outcome::FileRejected
            || report.outcome == ImportReport::Outcome::RowsRejected);
    QCOMPARE(report.exitCode(), isFileProblem(report.problems.first().code) ? 4 : 1);
    for (const ImportProblem &problem : report.problems)
        QCOMPARE(problem.file, file);
    QCOMPARE(fileHash(databasePath), before);
}

void TestImport::acceptValidBooksTheGoodRows()
{
    const auto database = openTestDatabase();
    seed(*database);
    const QJsonArray manifest = readJsonArray(fixturePath(QStringLiteral("broken/manifest.json")));
    QJsonObject entry;
    for (const QJsonValue &value : manifest) {
        if (value[QLatin1String("file")].toString().contains(QLatin1String("several-bad-rows")))
            entry = value.toObject();
    }
    QVERIFY(!entry.isEmpty());
    ImportOptions options;
    options.reader.format = ImportFormat::Csv;
    options.reader.mapping = mappingFromJson(entry);
    options.acceptValid = true;
    const ImportReport report = Importer(*database).importFile(
        fixturePath(QStringLiteral("broken/") + entry[QLatin1String("file")].toString()), options);
    QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(report.problemCount, entry.value(QLatin1String("expected")).toArray().size());
    QCOMPARE(report.rowsRejected, entry.value(QLatin1String("expected")).toArray().size());
    QVERIFY(report.rowsAccepted > 0);
    QCOMPARE(rowCount(*database, QStringLiteral("import_rows")), report.rowsAccepted);
    const std::optional<ImportBatch> batch = ImportRepository(*database).batch(*report.batchId);
    QCOMPARE(batch->rejectedCount, report.rowsRejected);
}

void TestImport::aLaterStatementReplacesTheEarlierAndUndoBringsItBack()
{
    const auto database = openTestDatabase();
    seed(*database);
    Importer importer(*database);
    const QString path = fixturePath(QStringLiteral("valid/aws-cur2.csv"));
    const ImportReport first = importer.importFile(path, {});
    const QString linesQuery = QStringLiteral(
        "SELECT project_id, category_id, incurred_on, service_start, service_end, amount_minor,"
        " vendor, description FROM cost_lines ORDER BY 1, 2, 3, 4, 5, 6, 7, 8");
    const QStringList linesBefore = queryRows(*database, linesQuery);
    const QHash<QString, qint64> totals = lineTotalsByCurrency(*database);

    // A corrected export of the same account and month: one row's cost changed.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray corrected = file.readAll();
    QVERIFY(corrected.contains(",14.464011,14.464011,"));
    corrected.replace(",14.464011,14.464011,", ",15.464011,15.464011,");
    const ImportReport second = importer.importBytes(QStringLiteral("aws-cur2-corrected.csv"), corrected, {});
    QCOMPARE(second.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(second.replacedRows, first.rowsAccepted);
    QCOMPARE(lineTotalsByCurrency(*database).value(QStringLiteral("USD")),
             totals.value(QStringLiteral("USD")) + 100);
    QCOMPARE(ImportRepository(*database).batch(*first.batchId)->status, ImportBatchStatus::Replaced);
    QCOMPARE(storedRollups(*database), expectedRollups(*database));

    importer.undo(*second.batchId);
    QCOMPARE(lineTotalsByCurrency(*database), totals);
    QCOMPARE(ImportRepository(*database).batch(*first.batchId)->status, ImportBatchStatus::Active);
    QCOMPARE(ImportRepository(*database).batch(*second.batchId)->status, ImportBatchStatus::Undone);
    QCOMPARE(storedRollups(*database), expectedRollups(*database));
    QCOMPARE(queryRows(*database, linesQuery), linesBefore);
    importer.undo(*first.batchId);
    QCOMPARE(rowCount(*database, QStringLiteral("cost_lines")), 0);
    QCOMPARE(rowCount(*database, QStringLiteral("import_rows")), 0);
    QCOMPARE(rowCount(*database, QStringLiteral("daily_rollups")), 0);
    QVERIFY_THROWS_EXCEPTION(ValidationError, importer.undo(*first.batchId));
}

void TestImport::rulesPlaceRowsAndReallocationMovesTheUnallocated()
{
    const auto database = openTestDatabase();
    seed(*database);
    const QString path = fixturePath(QStringLiteral("valid/focus-1.0.csv"));
    const ImportReport report = Importer(*database).importFile(path, {});
    const ProjectId unallocated = ProjectRepository(*database).unallocatedProjectId();
    QCOMPARE(report.unallocatedMinor, report.reportingTotalMinor);
    QVERIFY(ProjectRepository(*database).list().size()
            == 5); // the Unallocated project shows now that it holds lines

    const ProjectId support = ProjectRepository(*database).findByCode(QStringLiteral("SUP"))->id;
    AllocationRule rule;
    rule.match = AllocationMatch::Tag;
    rule.key = QStringLiteral("project");
    rule.pattern = QStringLiteral("SUP");
    rule.projectId = support;
    const std::int64_t ruleId = ImportRepository(*database).addRule(rule);
    QCOMPARE(
        AuditLog(*database).entriesFor(QStringLiteral("allocation_rule"), QString::number(ruleId)).size(), 1);
    const QHash<QString, qint64> totals = lineTotalsByCurrency(*database);
    const Importer::Reallocation moved = Importer(*database).reallocate();
    QVERIFY(moved.groupsMoved > 0);
    QCOMPARE(lineTotalsByCurrency(*database), totals);
    const qint64 supportLines
        = queryValue(*database,
                     QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE project_id = %1").arg(support))
              .toLongLong();
    QVERIFY(supportLines > 0);
    QCOMPARE(queryValue(*database,
                        QStringLiteral("SELECT COUNT(*) FROM import_row_groups WHERE project_id = %1 AND "
                                       "tags NOT LIKE '%\"project\":\"sup\"%'")
                            .arg(support))
                 .toLongLong(),
             0);
    QCOMPARE(queryValue(*database,
                        QStringLiteral("SELECT COUNT(*) FROM import_row_groups WHERE project_id = %1 AND "
                                       "tags LIKE '%\"project\":\"sup\"%'")
                            .arg(unallocated))
                 .toLongLong(),
             0);
    QCOMPARE(storedRollups(*database), expectedRollups(*database));

    // The dashboard shows what is left unallocated, and the allocated share.
    DashboardQuery query;
    query.preset = PeriodPreset::Custom;
    query.customRange = { IsoWeek(2026, 45), IsoWeek(2026, 48) };
    query.referenceWeek = IsoWeek(2026, 48);
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(*database, query);
    const qint64 unallocatedInPeriod
        = queryValue(
              *database,
              QStringLiteral("SELECT SUM(reporting_minor) FROM daily_rollups WHERE basis = 'accrual'"
                             " AND project_id = %1 AND day BETWEEN '%2' AND '%3'")
                  .arg(unallocated)
                  .arg(snapshot.days.first.toString(Qt::ISODate), snapshot.days.last.toString(Qt::ISODate)))
              .toLongLong();
    QVERIFY(unallocatedInPeriod > 0);
    QCOMPARE(snapshot.unallocatedTotal, unallocatedInPeriod);
    QVERIFY(std::any_of(snapshot.byProject.cbegin(), snapshot.byProject.cend(),
                        [](const BreakdownEntry &entry) { return entry.isUnallocated; }));
    QCOMPARE(snapshot.allocatedShare(), 1.0 - double(unallocatedInPeriod) / double(snapshot.periodTotal));
    QVERIFY(snapshot.allocatedShare() > 0.0 && snapshot.allocatedShare() < 1.0);
    // A second pass has nothing left to move.
    QCOMPARE(Importer(*database).reallocate().groupsMoved, 0);
}

void TestImport::cancellingLeavesTheDatabaseAsItWas()
{
    QTemporaryDir directory;
    const QString databasePath = directory.filePath(QStringLiteral("costboard.sqlite"));
    {
        const auto database = Database::openSqlite(databasePath);
        seed(*database);
    }
    const QByteArray before = fileHash(databasePath);
    QByteArray bytes = "Date,Project,Category,Vendor,Description,Amount,Currency\n";
    for (int row = 0; row < 20'000; ++row)
        bytes += "2026-11-" + QByteArray::number(1 + row % 28).rightJustified(2, '0')
            + ",SUP,inference,OpenAI,row " + QByteArray::number(row) + ",1.25,EUR\n";
    ImportOptions options = ledgerCsvOptions();
    qint64 lastSeen = 0;
    {
        const auto database = Database::openSqlite(databasePath);
        const ImportReport report
            = Importer(*database).importBytes(QStringLiteral("big.csv"), bytes, options, [&](qint64 rows) {
                  lastSeen = rows;
                  return rows < 10'000;
              });
        QCOMPARE(report.outcome, ImportReport::Outcome::Cancelled);
        QCOMPARE(report.exitCode(), 1);
        QVERIFY(isOutsideTransaction(*database));
    }
    QVERIFY(lastSeen >= 10'000);
    QCOMPARE(fileHash(databasePath), before);
}

void TestImport::dryRunWritesNothing()
{
    const auto database = openTestDatabase();
    seed(*database);
    const QStringList before = databaseContents(*database);
    ImportOptions options;
    options.dryRun = true;
    const ImportReport report
        = Importer(*database).importFile(fixturePath(QStringLiteral("valid/gcp-billing.csv")), options);
    QCOMPARE(report.outcome, ImportReport::Outcome::DryRun);
    QCOMPARE(report.exitCode(), 0);
    QVERIFY(report.rowsAccepted > 0);
    qint64 total = 0;
    for (const ImportReport::Total &line : report.totals)
        total += line.minorUnits;
    const QJsonObject expected = readJsonObject(fixturePath(QStringLiteral("valid/expected.json")))
                                     .value(QLatin1String("gcp-billing.csv"))
                                     .toObject();
    QCOMPARE(total,
             minorUnitsOf(
                 expected.value(QLatin1String("rounded")).toObject().value(QLatin1String("USD")).toString(),
                 QStringLiteral("USD")));
    QCOMPARE(databaseContents(*database), before);
    QCOMPARE(rowCount(*database, QStringLiteral("import_batches")), 0);
}

// Found by fuzz_import: rows that each fit in a cost line, of the same day and charge (they make
// one line), could add up beyond what a line holds, and the import then threw instead of
// reporting. The row that goes over is a problem of the file, named by line; nothing is written.
void TestImport::rowsOfOneDayCannotAddUpBeyondALine()
{
    QTemporaryDir directory;
    const QString databasePath = directory.filePath(QStringLiteral("total.sqlite"));
    {
        const auto database = Database::openSqlite(databasePath);
        seed(*database);
    }
    const QByteArray before = fileHash(databasePath);
    const QByteArray bytes = "Date,Project,Category,Vendor,Description,Amount,Currency\n"
                             "2026-11-02,SUP,inference,OpenAI,GPU reservation,8000000000.00,EUR\n"
                             "2026-11-02,SUP,inference,OpenAI,GPU reservation,8000000000.00,EUR\n"
                             "2026-11-03,SUP,inference,OpenAI,GPU reservation,1.25,EUR\n";
    ImportOptions options = ledgerCsvOptions();
    {
        const auto database = Database::openSqlite(databasePath);
        const ImportReport report
            = Importer(*database).importBytes(QStringLiteral("reservations.csv"), bytes, options);
        QCOMPARE(report.outcome, ImportReport::Outcome::RowsRejected);
        QCOMPARE(report.problemCount, qint64(1));
        const ImportProblem &problem = report.problems.constFirst();
        QCOMPARE(problem.file, QStringLiteral("reservations.csv"));
        QCOMPARE(problem.line, qint64(3));
        QCOMPARE(problem.code, ImportProblemCode::DayTotalOutOfRange);
        QCOMPARE(problem.value, QStringLiteral("16000000000"));
        QCOMPARE(problem.expected, QStringLiteral("EUR"));
        QCOMPARE(report.rowsAccepted, qint64(2));
        QCOMPARE(report.rowsRejected, qint64(1));
        QVERIFY(importProblemMessage(problem).contains(QStringLiteral("16000000000 EUR")));
    }
    QCOMPARE(fileHash(databasePath), before);

    // Accepting the valid rows books the first row and the next day's, not the one over the bound.
    options.acceptValid = true;
    const auto database = Database::openSqlite(databasePath);
    const ImportReport report
        = Importer(*database).importBytes(QStringLiteral("reservations.csv"), bytes, options);
    QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(report.linesWritten, qint64(2));
    qint64 total = 0;
    for (const ImportReport::Total &line : report.totals)
        total += line.minorUnits;
    QCOMPARE(total, qint64(800'000'000'125));
}

void TestImport::mappingsAreSavedAndReused()
{
    const auto database = openTestDatabase();
    ColumnMapping mapping;
    mapping.delimiter = ';';
    mapping.decimalSeparator = ',';
    mapping.dateOrder = DateOrder::DayMonthYear;
    mapping.columns.insert(MappedField::Amount, QStringLiteral("Montant"));
    mapping.columns.insert(MappedField::Date, QStringLiteral("Date"));
    mapping.constants.insert(MappedField::Currency, QStringLiteral("EUR"));
    mapping.constants.insert(MappedField::Category, QStringLiteral("cloud"));
    ImportRepository imports(*database);
    imports.saveMapping(QStringLiteral("Sage export"), mapping);
    std::optional<ColumnMapping> stored = imports.mapping(QStringLiteral("Sage export"));
    QVERIFY(stored);
    mapping.name = QStringLiteral("Sage export");
    QCOMPARE(*stored, mapping);
    mapping.constants.insert(MappedField::Project, QStringLiteral("SUP"));
    imports.saveMapping(QStringLiteral("Sage export"), mapping);
    QCOMPARE(imports.mappingNames(), QStringList { QStringLiteral("Sage export") });
    QCOMPARE(imports.mapping(QStringLiteral("Sage export"))->constants.value(MappedField::Project),
             QStringLiteral("SUP"));
    QCOMPARE(AuditLog(*database)
                 .entriesFor(QStringLiteral("import_mapping"), QStringLiteral("Sage export"))
                 .size(),
             2);
    imports.removeMapping(QStringLiteral("Sage export"));
    QVERIFY(imports.mappingNames().isEmpty());
    QCOMPARE(AuditLog(*database)
                 .entriesFor(QStringLiteral("import_mapping"), QStringLiteral("Sage export"))
                 .size(),
             3);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
