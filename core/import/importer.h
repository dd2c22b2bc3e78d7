// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "domain/entities.h"
#include "import/importformat.h"
#include "import/importproblem.h"
#include "storage/importrepository.h"

namespace costboard {

class Database;

struct ImportOptions
{
    ReaderSettings reader;
    QString projectCode; // rows the file does not place go to this project instead of the rules
    bool acceptValid = false; // book the valid rows of a file that has bad ones
    bool dryRun = false; // read, check and total; write nothing
    int keptProblems = 1000; // problems listed in the report (all are counted)
};

// What an import found, did, or would do (dry run).
struct ImportReport
{
    enum class Outcome
    {
        Imported, // written (possibly nothing new: every row a duplicate)
        DryRun, // checked, nothing written
        RowsRejected, // bad rows and no acceptValid: nothing written
        FileRejected, // the file cannot be read as a cost file: nothing written
        Cancelled, // stopped by the user: nothing written
    };

    struct Total
    {
        ProjectId projectId = 0;
        CostCategory category = CostCategory::LicencesOther;
        QString currency;
        std::int64_t minorUnits = 0;
        std::int64_t reportingMinor = 0;
        qint64 rows = 0;
    };

    Outcome outcome = Outcome::FileRejected;
    QString fileName; // as shown to the user
    ImportFormat format = ImportFormat::Auto;
    QString provider;
    QString encoding;
    QString fingerprint;
    qint64 fileSize = 0;
    qint64 rowsRead = 0;
    qint64 rowsAccepted = 0; // booked (or would be)
    qint64 rowsRejected = 0;
    qint64 rowsExcluded = 0; // left out by a setting (tax)
    qint64 duplicates = 0; // already imported: skipped
    qint64 replacedRows = 0; // rows of earlier imports of the same statements, replaced
    qint64 problemCount = 0;
    QList<ImportProblem> problems; // the first ImportOptions::keptProblems
    std::optional<ImportBatch> previousImport; // the same file's bytes were imported before
    QList<Total> totals; // per project, category and currency
    QString reportingCurrency;
    std::int64_t reportingTotalMinor = 0;
    std::int64_t unallocatedMinor = 0;
    qint64 unconvertedRows = 0;
    QDate firstDay;
    QDate lastDay;
    std::optional<std::int64_t> batchId;
    qint64 linesWritten = 0;

    // Token usage (usage formats). Rows are counted per meter: a bucket of input and output
    // tokens is two rows.
    struct UnpricedUsage
    {
        QString provider;
        QString model;
        pricing::Meter meter = pricing::Meter::InputToken;
        std::int64_t tokens = 0;
        qint64 rows = 0;
    };
    std::int64_t usageTokens = 0;
    qint64 usageRowsPriced = 0; // priced from the catalog at their date
    // Priced, but in a month the vendor's bill was imported for: kept for the check against the
    // bill and for unit costs, not booked a second time.
    qint64 usageRowsBilled = 0;
    qint64 usageRowsUnpriced = 0; // no price known on their date: kept apart, never priced at zero
    std::int64_t unpricedTokens = 0;
    QList<UnpricedUsage> unpriced; // per provider, model and meter
    // A bill changes which months of usage are booked: the change in booked usage it made, in the
    // reporting currency (negative: the bill now stands for priced usage that was booked).
    std::int64_t usageRebookedMinor = 0;

    // The command line's exit code: 0 imported (or a clean dry run), 1 rows rejected, 4 the file
    // cannot be read (2 is a bad command line, 3 a database that cannot be opened).
    int exitCode() const;
    bool hasFileProblem() const;
};

// Imports cost files into the ledger: one transaction per file, every row booked, skipped as a
// duplicate, or rejected with its reason. See ../shared/DESIGN.md §1 and the import issue.
class Importer final
{
public:
    explicit Importer(Database &database);

    // Called every few thousand rows with the rows read so far; return false to cancel.
    using Progress = std::function<bool(qint64 rowsRead)>;

    // The BLAKE2b-256 of a file's bytes, hex: what "already imported" compares.
    static QString fingerprintOf(const QByteArray &bytes);

    ImportReport importFile(const QString &path, const ImportOptions &options, const Progress &progress = {});
    ImportReport importBytes(const QString &fileName, const QByteArray &bytes, const ImportOptions &options,
                             const Progress &progress = {});

    // Removes a batch's lines and rows and brings back what it replaced, in one transaction.
    void undo(std::int64_t batchId);

    // Places again the imported rows no rule placed (after rules changed), a group of alike
    // rows at a time; returns how many groups moved.
    struct Reallocation
    {
        qint64 groupsMoved = 0;
        qint64 groupsStillUnallocated = 0;
    };
    Reallocation reallocate();

private:
    Database &m_database;
};

} // namespace costboard
