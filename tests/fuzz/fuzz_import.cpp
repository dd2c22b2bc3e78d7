// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: every importer. The first byte picks the format (auto, csv, focus, openai,
// anthropic, azure, aws-cur, gcp), the second the reader's settings; the rest is the file. Each
// input is a dry run against one in-memory database made once per process (dry runs write
// nothing, so it stays as it was). Beyond "no crash, no sanitizer finding", a report must account
// for what it read: problems, or rows. A broken property traps so that libFuzzer reports it.

#include <cstddef>
#include <cstdint>
#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <spdlog/spdlog.h>

#include "domain/entities.h"
#include "import/importer.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"

using namespace costboard;

namespace {

void require(bool property)
{
    if (!property)
        __builtin_trap();
}

// The ledger of the import tests: four projects, dollar and pound rates into euros, so that
// fuzzed rows get as far as allocation and conversion.
std::unique_ptr<Database> openSeededDatabase()
{
    auto database = Database::openSqlite(QStringLiteral(":memory:"));
    ProjectRepository projects(*database);
    for (const char *code : { "SUP", "LEG", "CLM", "MKT" }) {
        Project project;
        project.code = QLatin1String(code);
        project.name = QStringLiteral("Project ") + project.code;
        project.owner = QStringLiteral("Owner");
        project.status = ProjectStatus::Active;
        project.decisionLevel = DecisionLevel::Cio;
        project.startDate = QDate(2025, 1, 1);
        projects.create(project);
    }
    FxRateRepository rates(*database);
    for (const auto &[currency, nanoUnits] :
         { std::pair { "USD", 920'000'000LL }, std::pair { "GBP", 1'170'000'000LL } }) {
        FxRate rate;
        rate.currency = QLatin1String(currency);
        rate.quoteCurrency = QStringLiteral("EUR");
        rate.validFrom = QDate(2020, 1, 1);
        rate.rateNanos = nanoUnits;
        rates.setRate(rate);
    }
    return database;
}

// The generic CSV mapping of the broken-file fixtures (tests/fixtures/import/broken), with every
// optional column too.
ColumnMapping fixtureMapping(std::uint8_t settings)
{
    ColumnMapping mapping;
    mapping.name = QStringLiteral("fuzz mapping");
    mapping.columns = { { MappedField::Date, QStringLiteral("Date") },
                        { MappedField::ServiceStart, QStringLiteral("Start") },
                        { MappedField::ServiceEnd, QStringLiteral("End") },
                        { MappedField::Amount, QStringLiteral("Amount") },
                        { MappedField::Currency, QStringLiteral("Currency") },
                        { MappedField::Project, QStringLiteral("Project") },
                        { MappedField::Category, QStringLiteral("Category") },
                        { MappedField::Vendor, QStringLiteral("Vendor") },
                        { MappedField::Description, QStringLiteral("Description") },
                        { MappedField::Quantity, QStringLiteral("Quantity") },
                        { MappedField::Unit, QStringLiteral("Unit") },
                        { MappedField::Reference, QStringLiteral("Reference") } };
    static constexpr char separators[] = { 0, '.', ',', 0 };
    mapping.decimalSeparator = separators[(settings >> 1) & 3];
    static constexpr DateOrder orders[]
        = { DateOrder::Unknown, DateOrder::YearMonthDay, DateOrder::DayMonthYear, DateOrder::MonthDayYear };
    mapping.dateOrder = orders[(settings >> 3) & 3];
    mapping.serviceEndInclusive = (settings & 0x80) == 0;
    return mapping;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    spdlog::set_level(spdlog::level::off); // a log line per import would be most of the time spent
    // Every import names its actor, which otherwise reads the user's settings file each time.
    AuditLog::setActor(QStringLiteral("fuzz"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    static const std::unique_ptr<Database> database = openSeededDatabase();
    static const QList<ImportFormat> formats = [] {
        QList<ImportFormat> all { ImportFormat::Auto };
        all << concreteImportFormats();
        return all;
    }();

    const std::uint8_t settings = data[1];
    ImportOptions options;
    options.dryRun = true;
    options.acceptValid = (settings & 0x40) != 0;
    options.reader.format = formats.at(data[0] % formats.size());
    options.reader.includeTax = (settings & 0x20) == 0;
    options.reader.useEffectiveCost = (settings & 0x04) != 0;
    if (options.reader.format == ImportFormat::Csv || (settings & 0x10) != 0)
        options.reader.mapping = fixtureMapping(settings);
    const QString fileName = (settings & 1) != 0 ? QStringLiteral("fuzz.json") : QStringLiteral("fuzz.csv");
    const QByteArray bytes(reinterpret_cast<const char *>(data + 2), static_cast<qsizetype>(size - 2));

    const ImportReport report = Importer(*database).importBytes(fileName, bytes, options);

    require(report.outcome != ImportReport::Outcome::Imported && report.batchId == std::nullopt
            && report.linesWritten == 0);
    require(report.fileSize == bytes.size());
    require(report.problems.size() <= report.problemCount && report.problems.size() <= options.keptProblems);
    require(report.rowsAccepted >= 0 && report.rowsRejected >= 0 && report.rowsExcluded >= 0
            && report.duplicates >= 0);
    switch (report.outcome) {
    case ImportReport::Outcome::FileRejected:
    case ImportReport::Outcome::RowsRejected:
        require(report.problemCount > 0); // a refusal says why
        break;
    case ImportReport::Outcome::DryRun:
        // A header without rows is an empty statement, not a problem (EmptyFile is for no bytes):
        // then the report books nothing. A rejected row is always reported.
        require(report.rowsRead > 0 || report.problemCount > 0
                || (report.rowsAccepted == 0 && report.totals.isEmpty() && report.reportingTotalMinor == 0));
        require(report.rowsRejected == 0 || report.problemCount > 0);
        break;
    case ImportReport::Outcome::Imported:
    case ImportReport::Outcome::Cancelled:
        require(false); // a dry run without a progress callback does neither
        break;
    }
    if (options.reader.format == ImportFormat::Csv || options.reader.format == ImportFormat::Auto)
        (void)FormatReader::preview(fileName, bytes, options.reader.mapping);
    return 0;
}
