// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"

#include <map>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "import/allocation.h"
#include "import/importvalues.h"
#include "pricing/pricerepository.h"
#include "pricing/usageledger.h"
#include "storage/auditlog.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "storage/teamserver.h"

namespace costboard {
namespace {

using Int128 = WideNanos;

// Sums imported rows into cost lines: one line per row group (statement slice, project,
// category, vendor, description, unit, currency…), day and service period. Each line is its rows'
// exact total rounded to minor units, half away from zero, carrying the remainder to the next
// line of the same currency, so a file's lines add up to its exact total rounded once.
class LineAggregator final
{
public:
    // Usage rows the ledger does not book (no price, or a month its vendor's bill covers) make
    // no line.
    explicit LineAggregator(pricing::UsageLedger &ledger)
        : m_ledger(ledger)
    { }

    // `groupKey` identifies `group` within this aggregation (its index or its stored id).
    void add(std::int64_t groupKey, const ImportRowGroup &group, const ImportedRow &row)
    {
        if (!m_ledger.books(row))
            return;
        if (!m_groupsByKey.contains(groupKey))
            m_groupsByKey.insert(groupKey, group);
        const Key key { groupKey, row.incurredOn.toJulianDay(), row.serviceStart.toJulianDay(),
                        row.serviceEnd.toJulianDay() };
        auto found = m_index.constFind(key);
        qsizetype index = 0;
        if (found == m_index.constEnd()) {
            index = m_lines.size();
            m_index.insert(key, index);
            Line added;
            added.key = key;
            added.incurredOn = row.incurredOn;
            added.serviceStart = row.serviceStart;
            added.serviceEnd = row.serviceEnd;
            if (row.usage) {
                added.priceId = row.usage->priceId;
                added.model = row.usage->model;
            }
            m_lines.append(added);
        } else {
            index = *found;
        }
        Line &line = m_lines[index];
        line.nanos += row.amountNanos;
        if (row.quantity)
            line.quantity += *row.quantity;
        else
            line.quantityKnown = false;
        // A bucket's requests ride on its first meter's row: every usage line says how many it
        // holds, zero included, so that a request's cost is the usage's whole cost over them.
        if (row.usage)
            line.requests = line.requests.value_or(0) + row.usage->requests;
    }

    // The whole amount the row's cost line would hold with it, in nanos: a line is bounded like
    // a typed amount, and many rows of one day can add up beyond that.
    Int128 totalWith(std::int64_t groupKey, const ImportedRow &row) const
    {
        const Key key { groupKey, row.incurredOn.toJulianDay(), row.serviceStart.toJulianDay(),
                        row.serviceEnd.toJulianDay() };
        const auto found = m_index.constFind(key);
        return row.amountNanos + (found == m_index.constEnd() ? Int128(0) : m_lines[*found].nanos);
    }

    // Beyond it (a minor unit short of the bound: rounding carries less than one between lines),
    // a line could not be stored.
    static bool fitsInALine(Int128 nanos, const QString &currency)
    {
        const Int128 bound
            = Int128(Money::MaxInputMinorUnits - 1) * (nanos::PerUnit / Money::minorPerMajor(currency));
        return nanos <= bound && nanos >= -bound;
    }

    QList<CostLine> lines(ImportFormat format, std::int64_t batchId) const
    {
        QList<CostLine> lines;
        lines.reserve(m_lines.size());
        QHash<QString, Int128> carry;
        for (const Line &entry : m_lines) {
            const ImportRowGroup &group = m_groupsByKey[entry.key.groupKey];
            const ImportedRow &a = group.attributes;
            const std::int64_t perMajor = Money::minorPerMajor(a.currency);
            const std::int64_t nanosPerMinor = nanos::PerUnit / perMajor;
            const Int128 exact = entry.nanos + carry.value(a.currency);
            const Int128 minor = divideRounded(exact, nanosPerMinor);
            carry[a.currency] = exact - minor * nanosPerMinor;
            if (minor > Money::MaxInputMinorUnits || minor < -Money::MaxInputMinorUnits)
                throw MoneyError(ErrorCode::ImportedLineTooLarge,
                                 { QString::number(qlonglong(minor / perMajor)), a.currency });
            CostLine line;
            line.projectId = group.projectId;
            line.category = group.category;
            line.incurredOn = entry.incurredOn;
            line.serviceStart = entry.serviceStart;
            line.serviceEnd = entry.serviceEnd;
            line.amount = Money(static_cast<std::int64_t>(minor), a.currency);
            line.vendor = a.vendor;
            line.description = a.description;
            if (entry.quantityKnown && !a.unit.isEmpty()) {
                line.quantity = entry.quantity;
                line.unit = a.unit;
            }
            line.source = importFormatKey(format);
            line.importBatchId = batchId;
            line.priceId = entry.priceId; // a group's rows of one day share their model's price of that day
            line.model = entry.model;
            line.requests = entry.requests;
            lines << line;
        }
        return lines;
    }

private:
    struct Key
    {
        std::int64_t groupKey = 0;
        qint64 day = 0;
        qint64 serviceStart = 0;
        qint64 serviceEnd = 0;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.groupKey, key.day, key.serviceStart, key.serviceEnd);
    }
    struct Line
    {
        Key key;
        QDate incurredOn;
        QDate serviceStart;
        QDate serviceEnd;
        std::optional<std::int64_t> priceId;
        QString model; // usage lines: the model as the report names it
        Int128 nanos = 0;
        std::optional<std::int64_t> requests; // usage lines
        double quantity = 0; // a count of tokens or hours, not money
        bool quantityKnown = true;
    };
    pricing::UsageLedger &m_ledger;
    QHash<std::int64_t, ImportRowGroup> m_groupsByKey;
    QHash<Key, qsizetype> m_index;
    QList<Line> m_lines;
};

// What makes rows one group: the reader's shared attributes (or, without them, their text) and
// where the file places them.
struct GroupKey
{
    qint64 sharedAttributesId = 0;
    ProjectId fileProject = 0;
    int fileCategory = 0;
    QString text;
    bool operator==(const GroupKey &) const = default;
};

size_t qHash(const GroupKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.sharedAttributesId, key.fileProject, key.fileCategory, key.text);
}

// Everything the import checks rows against, loaded once.
struct ImportContext
{
    QHash<QString, ProjectId> projectsByCode; // upper-case codes
    ProjectId unallocatedProjectId = 0;
    QString reportingCurrency;
    FxConverter converter;
    Allocator allocator;

    static ImportContext load(Database &database)
    {
        ProjectRepository projects(database);
        QHash<QString, ProjectId> byCode;
        for (const Project &project : projects.list())
            byCode.insert(project.code.toUpper(), project.id);
        const ProjectId unallocated = projects.unallocatedProjectId();
        const QString reporting = DatabaseSettings(database).reportingCurrency();
        return ImportContext { byCode, unallocated, reporting,
                               FxRateRepository(database).converterInto(reporting),
                               Allocator(ImportRepository(database).rules(), unallocated) };
    }
};

// Lines of a batch from its active rows: after rows were replaced, restored or moved.
qint64 rebuildBatchLines(Database &database, const ImportBatch &batch)
{
    CostLineRepository lines(database);
    lines.removeBatchLines(batch.id);
    pricing::UsageLedger ledger(database);
    LineAggregator aggregator(ledger);
    ImportRepository(database).forEachRow(batch, [&](const ImportRowGroup &group, const ImportedRow &row) {
        aggregator.add(group.id, group, row);
    });
    const QList<CostLine> rebuilt = aggregator.lines(batch.format, batch.id);
    lines.addAll(rebuilt);
    ImportRepository(database).refreshBatchFigures(batch.id);
    return rebuilt.size();
}

// Books again the usage of `vendors` after their bills changed (a bill imported or undone):
// months a bill now covers drop their priced usage, months it no longer covers take it back.
// Returns the change in booked usage, in the reporting currency.
std::int64_t rebookUsage(Database &database, const QSet<QString> &vendors)
{
    if (vendors.isEmpty())
        return 0;
    ImportRepository imports(database);
    std::int64_t change = 0;
    for (const ImportBatch &batch : imports.batches()) {
        if (batch.status != ImportBatchStatus::Active || !isUsageFormat(batch.format))
            continue;
        const QList<ImportRowGroup> groups = imports.groups(batch.id);
        if (std::none_of(groups.cbegin(), groups.cend(), [&](const ImportRowGroup &group) {
                return vendors.contains(group.attributes.vendor);
            }))
            continue;
        rebuildBatchLines(database, batch);
        if (const std::optional<ImportBatch> rebuilt = imports.batch(batch.id))
            Money::accumulate(change, rebuilt->reportingTotalMinor - batch.reportingTotalMinor);
    }
    return change;
}

} // namespace

int ImportReport::exitCode() const
{
    switch (outcome) {
    case Outcome::FileRejected:
        return 4; // the command line's "a file cannot be read": 2 is a bad command line
    case Outcome::RowsRejected:
    case Outcome::Cancelled:
        return 1;
    case Outcome::DryRun:
        return problemCount > 0 ? 1 : 0;
    case Outcome::Imported:
        return 0;
    }
    return 1;
}

bool ImportReport::hasFileProblem() const
{
    return outcome == Outcome::FileRejected;
}

Importer::Importer(Database &database)
    : m_database(database)
{ }

QString Importer::fingerprintOf(const QByteArray &bytes)
{
    // BLAKE2b: a modern hash three times faster than Qt's SHA-256 on a 200 MB export.
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256).toHex());
}

ImportReport Importer::importFile(const QString &path, const ImportOptions &options, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.fileName = QFileInfo(path).fileName();
        report.problemCount = 1;
        report.problems << ImportProblem {
            report.fileName, 0, QString(), path, ImportProblemCode::FileUnreadable, file.errorString()
        };
        return report;
    }
    const QByteArray bytes = file.readAll();
    return importBytes(QFileInfo(path).fileName(), bytes, options, progress);
}

ImportReport Importer::importBytes(const QString &fileName, const QByteArray &bytes,
                                   const ImportOptions &options, const Progress &progress)
{
    ImportReport report;
    report.fileName = fileName;
    report.fileSize = bytes.size();
    report.fingerprint = fingerprintOf(bytes);

    ImportRepository imports(m_database);
    report.previousImport = imports.activeBatchWithFingerprint(report.fingerprint);
    ImportContext context = ImportContext::load(m_database);
    report.reportingCurrency = context.reportingCurrency;

    auto addProblem = [&](ImportProblem &&problem) {
        ++report.problemCount;
        if (report.problems.size() < options.keptProblems)
            report.problems << std::move(problem);
    };

    std::optional<ProjectId> forcedProject;
    if (!options.projectCode.isEmpty()) {
        forcedProject = context.projectsByCode.value(options.projectCode.trimmed().toUpper());
        if (!*forcedProject) {
            addProblem(ImportProblem { fileName,
                                       0,
                                       QStringLiteral("--project"),
                                       options.projectCode,
                                       ImportProblemCode::UnknownProject,
                                       {} });
            report.outcome = ImportReport::Outcome::FileRejected;
            return report;
        }
    }

    // Everything below writes inside one transaction, rolled back unless the whole import holds.
    std::optional<Transaction> transaction;
    std::unique_ptr<ImportRepository::RowWriter> writer;
    ImportBatch batch;
    batch.fileName = fileName;
    batch.fingerprint = report.fingerprint;
    batch.fileSize = report.fileSize;
    batch.importedAt = QDateTime::currentDateTimeUtc();
    batch.actor = AuditLog::actor();
    if (!options.dryRun) {
        transaction.emplace(m_database);
        teamserver::takeImportTurn(m_database);
        writer = imports.rowWriter();
    }

    ReimportPolicy policy = ReimportPolicy::SkipDuplicateRows;
    QSet<std::int64_t> knownKeys;
    QHash<std::int64_t, int> occurrences;
    QSet<QString> slices;
    QHash<GroupKey, qsizetype> groupIndex;
    QList<ImportRowGroup> groups;
    pricing::UsageLedger usageLedger(m_database);
    LineAggregator aggregator(usageLedger);
    pricing::PriceCatalog catalog;
    std::map<std::tuple<QString, QString, int>, qsizetype> unpricedIndex;
    bool cancelled = false;

    bool batchCreated = false;
    auto onFormat = [&](ImportFormat format) {
        report.format = format;
        policy = reimportPolicyOf(format);
        if (policy == ReimportPolicy::SkipDuplicateRows)
            knownKeys = imports.activeRowKeys(format);
        if (isUsageFormat(format))
            catalog = pricing::PriceRepository(m_database).catalog();
    };
    auto onRow = [&](ImportedRow &&row) -> bool {
        if (!batchCreated && !options.dryRun) {
            batchCreated = true;
            batch.format = report.format;
            batch.id = imports.createBatch(batch);
        }
        const auto where = [&](const QString &column) {
            return row.location.isEmpty() ? column : row.location + QLatin1Char('.') + column;
        };

        std::optional<ProjectId> fileProject = forcedProject;
        if (!row.projectCode.isEmpty()) {
            const ProjectId id = context.projectsByCode.value(row.projectCode.toUpper());
            if (!id) {
                addProblem({ fileName,
                             row.line,
                             row.projectColumn,
                             shortenedValue(row.projectCode),
                             ImportProblemCode::UnknownProject,
                             {} });
                return true;
            }
            fileProject = id;
        }
        std::optional<CostCategory> fileCategory;
        if (!row.categoryKey.isEmpty()) {
            CostCategory category = CostCategory::LicencesOther;
            // "fine_tuning" as spreadsheets often write keys reads as "fine-tuning".
            if (!CostCategories::fromText(row.categoryKey, category)
                && !CostCategories::fromText(
                    QString(row.categoryKey).replace(QLatin1Char('_'), QLatin1Char('-')), category)) {
                addProblem({ fileName,
                             row.line,
                             row.categoryColumn,
                             shortenedValue(row.categoryKey),
                             ImportProblemCode::UnknownCategory,
                             {} });
                return true;
            }
            fileCategory = category;
        }
        if (row.usage) {
            // Tokens are priced at the catalog's price on the first day they were used.
            const pricing::UsagePricing pricing = pricing::priceUsage(
                catalog, *row.usage, row.serviceStart.isValid() ? row.serviceStart : row.incurredOn);
            if (pricing.status == pricing::UsagePricing::Status::TooLarge) {
                addProblem({ fileName,
                             row.line,
                             row.location.isEmpty() ? QStringLiteral("model") : row.location,
                             QString::number(row.usage->tokens),
                             ImportProblemCode::AmountOutOfRange,
                             {} });
                return true;
            }
            if (pricing.entry) {
                row.amountNanos = pricing.amountNanos;
                row.currency = pricing.entry->currency;
                row.usage->priceId = pricing.entry->id;
                // The model's price set the currency: a missing rate is the model's problem.
                row.currencyColumn = where(QStringLiteral("model"));
            }
        }
        if (row.usage && !row.usage->priceId) {
            // Unknown: no amount, so no exchange rate is needed.
        } else if (row.currency != context.reportingCurrency
                   && !context.converter.rateOn(row.currency, row.incurredOn)) {
            addProblem(
                { fileName, row.line,
                  row.currencyColumn.isEmpty() ? where(QStringLiteral("currency")) : row.currencyColumn,
                  row.currency, ImportProblemCode::MissingExchangeRate, context.reportingCurrency });
            return true;
        }

        std::int64_t rowKey = 0;
        if (policy == ReimportPolicy::SkipDuplicateRows) {
            // The same reference, or the same text seen as many times before, is the same row.
            if (row.externalRef.isEmpty()) {
                const std::int64_t content = importRowKeyHash(row.rowKey);
                const int occurrence = occurrences[content]++;
                rowKey
                    = importRowKeyHash(QString(row.rowKey + QLatin1Char('#') + QString::number(occurrence)));
            } else {
                rowKey = importRowKeyHash(row.rowKey);
            }
            if (knownKeys.contains(rowKey)) {
                ++report.duplicates;
                return true;
            }
            knownKeys.insert(rowKey);
        }

        // Rows that share everything but their dates, amount, quantity and reference form a group,
        // placed once by the allocation rules and stored once.
        GroupKey groupKey { row.sharedAttributesId,
                            fileProject.value_or(0),
                            fileCategory ? static_cast<int>(*fileCategory) : 0,
                            {} };
        if (row.sharedAttributesId == 0) {
            const QChar separator(0x1F);
            groupKey.text = row.slice + separator + row.currency + separator + row.chargeCategory + separator
                + row.vendor + separator + row.description + separator + row.unit + separator + row.account
                + separator + row.workspace + separator + row.serviceCategory + separator + row.serviceName
                + separator + row.sku + separator + row.tags;
        }
        auto group = groupIndex.constFind(groupKey);
        if (group == groupIndex.constEnd()) {
            const Allocator::Placement placement = context.allocator.place(row, fileProject, fileCategory);
            ImportRowGroup created {
                0, batch.id, row, placement.projectId, placement.category, placement.placedBy
            };
            if (writer)
                created.id = writer->insertGroup(created);
            group = groupIndex.insert(groupKey, groups.size());
            groups.append(created);
            slices.insert(row.slice);
        }
        const ImportRowGroup &rowGroup = groups.at(*group);
        if (const Int128 total = aggregator.totalWith(*group, row);
            !LineAggregator::fitsInALine(total, row.currency)) {
            addProblem({ fileName, row.line, row.location, QString::number(qlonglong(total / nanos::PerUnit)),
                         ImportProblemCode::DayTotalOutOfRange, row.currency });
            return true;
        }
        aggregator.add(*group, rowGroup, row);
        ++report.rowsAccepted;
        if (row.usage) {
            report.usageTokens += row.usage->tokens;
            if (!row.usage->priceId) {
                ++report.usageRowsUnpriced;
                report.unpricedTokens += row.usage->tokens;
                const std::tuple<QString, QString, int> key { row.usage->provider, row.usage->model,
                                                              static_cast<int>(row.usage->meter) };
                auto found = unpricedIndex.find(key);
                if (found == unpricedIndex.end()) {
                    found = unpricedIndex.emplace(key, report.unpriced.size()).first;
                    report.unpriced << ImportReport::UnpricedUsage { row.usage->provider, row.usage->model,
                                                                     row.usage->meter, 0, 0 };
                }
                report.unpriced[found->second].tokens += row.usage->tokens;
                ++report.unpriced[found->second].rows;
            } else if (usageLedger.books(row)) {
                ++report.usageRowsPriced;
            } else {
                ++report.usageRowsPriced;
                ++report.usageRowsBilled;
            }
        }
        const QDate last = row.serviceStart.isValid() ? row.serviceEnd.addDays(-1) : row.incurredOn;
        const QDate first = row.serviceStart.isValid() ? row.serviceStart : row.incurredOn;
        if (!report.firstDay.isValid() || first < report.firstDay)
            report.firstDay = first;
        if (!report.lastDay.isValid() || last > report.lastDay)
            report.lastDay = last;
        if (writer) {
            const std::int64_t id = writer->insertRow(batch.id, rowGroup.id, row, rowKey);
            if (!batch.firstRowId)
                batch.firstRowId = id;
            batch.lastRowId = id;
        }
        if (progress && (report.rowsAccepted % 4096) == 0
            && !progress(report.rowsAccepted + report.problemCount)) {
            cancelled = true;
            return false;
        }
        return true;
    };

    const FormatReader::Outcome outcome
        = FormatReader::read(fileName, bytes, options.reader, onFormat, onRow, addProblem);
    report.format = outcome.format;
    report.provider = outcome.provider;
    report.encoding = outcome.encoding;
    report.rowsRead = outcome.rowsRead;
    report.rowsExcluded = outcome.rowsExcluded;
    report.rowsRejected = std::max<qint64>(
        0, report.rowsRead - report.rowsAccepted - report.duplicates - report.rowsExcluded);
    writer.reset();

    const QList<CostLine> lines = aggregator.lines(report.format, batch.id);
    // Totals per project, category and currency, and in the reporting currency.
    std::map<std::tuple<ProjectId, int, QString>, ImportReport::Total> totals;
    for (const CostLine &line : lines) {
        ImportReport::Total &total
            = totals[{ line.projectId, static_cast<int>(line.category), line.amount.currency() }];
        total.projectId = line.projectId;
        total.category = line.category;
        total.currency = line.amount.currency();
        Money::accumulate(total.minorUnits, line.amount.minorUnits());
        ++total.rows;
        const std::optional<Money> converted = context.converter.convert(line.amount, line.incurredOn);
        if (converted) {
            Money::accumulate(total.reportingMinor, converted->minorUnits());
            Money::accumulate(report.reportingTotalMinor, converted->minorUnits());
            if (line.projectId == context.unallocatedProjectId)
                Money::accumulate(report.unallocatedMinor, converted->minorUnits());
        } else {
            ++report.unconvertedRows;
        }
    }
    for (const auto &[key, total] : totals)
        report.totals << total;

    if (cancelled) {
        report.outcome = ImportReport::Outcome::Cancelled;
        return report; // the transaction rolls back
    }
    if (outcome.fileProblem) {
        report.outcome = ImportReport::Outcome::FileRejected;
        return report;
    }
    if (options.dryRun) {
        report.outcome = ImportReport::Outcome::DryRun;
        return report;
    }
    if (report.problemCount > 0 && !options.acceptValid) {
        report.outcome = ImportReport::Outcome::RowsRejected;
        return report;
    }
    if (batch.id == 0) {
        // Nothing in the file (a header alone): nothing to record.
        report.outcome = ImportReport::Outcome::Imported;
        transaction->commit();
        return report;
    }

    // The last chance to cancel: what follows writes the cost lines and commits.
    if (progress && !progress(report.rowsRead)) {
        report.outcome = ImportReport::Outcome::Cancelled;
        return report;
    }

    // A later statement replaces the earlier one of the same account and period.
    QStringList replacedBatches;
    if (policy == ReimportPolicy::ReplaceSlices) {
        const QHash<std::int64_t, qint64> replaced = imports.replaceSlices(report.format, slices, batch.id);
        for (auto it = replaced.cbegin(); it != replaced.cend(); ++it) {
            report.replacedRows += it.value();
            replacedBatches << QString::number(it.key());
            if (const std::optional<ImportBatch> earlier = imports.batch(it.key()))
                rebuildBatchLines(m_database, *earlier);
        }
    }
    CostLineRepository(m_database).addAll(lines);
    report.linesWritten = lines.size();
    report.batchId = batch.id;
    if (!isUsageFormat(report.format)) {
        // A bill of a month stands for the usage priced in it.
        QSet<QString> vendors;
        for (const CostLine &line : lines)
            vendors.insert(line.vendor);
        report.usageRebookedMinor = rebookUsage(m_database, vendors);
    }

    batch.provider = report.provider;
    batch.rowCount = report.rowsAccepted;
    batch.rejectedCount = report.rowsRejected;
    batch.duplicateCount = report.duplicates;
    batch.replacedCount = report.replacedRows;
    batch.lineCount = report.linesWritten;
    batch.firstDay = report.firstDay;
    batch.lastDay = report.lastDay;
    batch.reportingTotalMinor = report.reportingTotalMinor;
    batch.unallocatedMinor = report.unallocatedMinor;
    imports.finishBatch(batch);
    AuditLog(m_database)
        .record(
            QStringLiteral("import"), QStringLiteral("import_batch"), QString::number(batch.id),
            QStringLiteral("%1 (%2): %3 rows booked as %4 lines, %5 duplicates skipped, %6 rejected,"
                           " %7 rows of batches [%8] replaced; %9 %10")
                    .arg(fileName, importFormatKey(report.format))
                    .arg(report.rowsAccepted)
                    .arg(report.linesWritten)
                    .arg(report.duplicates)
                    .arg(report.rowsRejected)
                    .arg(report.replacedRows)
                    .arg(replacedBatches.join(QStringLiteral(", ")),
                         Money(report.reportingTotalMinor, context.reportingCurrency).toPlainString(),
                         context.reportingCurrency)
                + (report.usageRebookedMinor == 0
                       ? QString()
                       : QStringLiteral("; priced usage of the months it bills no longer booked: %1 %2")
                             .arg(
                                 Money(-report.usageRebookedMinor, context.reportingCurrency).toPlainString(),
                                 context.reportingCurrency)));
    transaction->commit();
    report.outcome = ImportReport::Outcome::Imported;
    spdlog::info("import batch {}: {} rows, {} lines, {} duplicates, {} rejected, {} replaced", batch.id,
                 report.rowsAccepted, report.linesWritten, report.duplicates, report.rowsRejected,
                 report.replacedRows);
    return report;
}

void Importer::undo(std::int64_t batchId)
{
    Transaction transaction(m_database);
    ImportRepository imports(m_database);
    const std::optional<ImportBatch> batch = imports.batch(batchId);
    if (!batch)
        throw ValidationError(QStringLiteral("import"), ErrorCode::ImportNotFound,
                              { QString::number(batchId) });
    if (batch->status == ImportBatchStatus::Undone)
        throw ValidationError(QStringLiteral("import"), ErrorCode::ImportAlreadyUndone,
                              { QString::number(batchId) });
    QSet<QString> vendors;
    if (!isUsageFormat(batch->format))
        for (const ImportRowGroup &group : imports.groups(batchId))
            vendors.insert(group.attributes.vendor);
    const qint64 lines = CostLineRepository(m_database).removeBatchLines(batchId);
    imports.deleteRows(*batch);
    for (const std::int64_t restored : imports.restoreReplacedBy(batchId)) {
        if (const std::optional<ImportBatch> earlier = imports.batch(restored);
            earlier && earlier->status != ImportBatchStatus::Undone)
            rebuildBatchLines(m_database, *earlier);
    }
    imports.markUndone(batchId);
    // The months the bill covered book their usage again.
    const std::int64_t rebooked = rebookUsage(m_database, vendors);
    const QString reportingCurrency = DatabaseSettings(m_database).reportingCurrency();
    AuditLog(m_database)
        .record(
            QStringLiteral("undo"), QStringLiteral("import_batch"), QString::number(batchId),
            QStringLiteral("%1: %2 rows and %3 lines removed")
                    .arg(batch->fileName)
                    .arg(batch->rowCount)
                    .arg(lines)
                + (rebooked == 0
                       ? QString()
                       : QStringLiteral("; priced usage of the months it billed booked again: %1 %2")
                             .arg(Money(rebooked, reportingCurrency).toPlainString(), reportingCurrency)));
    transaction.commit();
    spdlog::info("import batch {} undone", batchId);
}

Importer::Reallocation Importer::reallocate()
{
    Transaction transaction(m_database);
    ImportRepository imports(m_database);
    const ImportContext context = ImportContext::load(m_database);
    Reallocation result;
    for (const ImportBatch &batch : imports.batches()) {
        if (batch.status != ImportBatchStatus::Active)
            continue;
        QList<ImportRowGroup> moved;
        for (const ImportRowGroup &group : imports.groups(batch.id)) {
            if (group.projectId != context.unallocatedProjectId)
                continue;
            const Allocator::Placement placement
                = context.allocator.place(group.attributes, std::nullopt, std::nullopt);
            if (placement.projectId == context.unallocatedProjectId) {
                ++result.groupsStillUnallocated;
                continue;
            }
            ImportRowGroup changed = group;
            changed.projectId = placement.projectId;
            // A rule's category wins; otherwise the rows keep the category they were given.
            if (placement.placedBy != QLatin1String("file")
                && placement.category != Allocator::inferCategory(group.attributes))
                changed.category = placement.category;
            changed.placedBy = placement.placedBy;
            moved << changed;
        }
        if (moved.isEmpty())
            continue;
        imports.placeGroups(moved);
        rebuildBatchLines(m_database, batch);
        result.groupsMoved += moved.size();
    }
    if (result.groupsMoved > 0)
        AuditLog(m_database)
            .record(
                QStringLiteral("reallocate"), QStringLiteral("import_row_groups"), QString(),
                QStringLiteral("%1 groups of unallocated rows placed by the rules").arg(result.groupsMoved));
    transaction.commit();
    return result;
}

} // namespace costboard
