// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <exception>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace costboard {

// One value per sentence an error can say. The sentence itself lives once, in the catalogue of
// core/errortexts.cpp, which translates it when it is shown; the error carries only the code and
// the arguments that fill the sentence's %1, %2, ...
enum class ErrorCode
{
    // Values a person or a file supplied (ValidationError).
    TextEmpty, // -
    TextTooLong, // length, maximum length
    UnknownCurrency, // code
    DateInvalid, // -
    DateOutOfRange, // date, earliest date, latest date
    ServicePeriodIncomplete, // -
    ServicePeriodReversed, // first day, end day (exclusive)
    ServicePeriodTooLong, // days, maximum days
    AmountZero, // -
    AmountNotPositive, // -
    AmountTooLarge, // amount, currency
    UnknownCategory, // category id
    QuantityNegative, // -
    QuantityTooLarge, // quantity, largest quantity
    ValueOutOfRange, // lowest, highest
    ProjectCodeCharacters, // code
    ProjectCodeTaken, // code, name of the project that holds it
    EndBeforeStart, // -
    ProjectNotFound, // project id
    UnallocatedProjectUndeletable, // project name
    ProjectHasCostLines, // project name, number of cost lines
    CostLineNotFound, // cost line id
    BudgetNotFound, // budget id
    BudgetPeriodNotMonthStart, // -
    BudgetPeriodNotQuarterStart, // date
    BudgetPeriodNotYearStart, // date
    FxRateSameCurrency, // -
    FxRateOutOfRange, // lowest rate, highest rate
    FxRateNotFound, // rate id
    ReportingCurrencyHasBudgets, // number of budgets, their currency, the new currency
    FiscalMonthOutOfRange, // -
    CompanyNameTooLong, // maximum length
    AlertRuleNotFound, // rule id
    AlertNotFound, // alert id
    AlertAlreadyResolved, // -
    ThresholdBudgetPercent, // lowest percent, highest percent
    ThresholdGrowthPercent, // lowest percent, highest percent
    ThresholdAmountNotPositive, // -
    ThresholdMultiple, // lowest multiple, highest multiple
    TrailingWeeksOutOfRange, // fewest weeks, most weeks
    ImportNotFound, // import id
    ImportAlreadyUndone, // import id
    DemoWeeksOutOfRange, // weeks, fewest, most
    DemoLinesOutOfRange, // lines, fewest, most
    DemoLastWeekInvalid, // -
    DemoWindowOutOfRange, // last week, weeks, earliest year, latest year
    ProjectNoLongerExists, // project code (an undo step finds the project gone)
    AlertRuleNoLongerExists, // -
    BuiltInRuleUndeletable, // rule name
    CriterionNameTaken, // name
    CriteriaWeightsZero, // -
    CriterionNotFound, // criterion id
    CriterionArchived, // criterion name
    RoutingRuleWithoutCondition, // -
    RoutingBudgetsReversed, // -
    DecisionNotFound, // decision id
    MilestoneNotFound, // milestone id
    KpiNotFound, // KPI id
    SessionNotFound, // session id
    SessionDateTaken, // date
    SessionHasDecisions, // date, number of decisions
    DecisionKindNotForSession, // kind key
    BudgetNotTheProjects, // project code
    BudgetExtensionNotLarger, // amount before (plain decimal), currency
    AmountNegative, // -
    AllocationsExceedFullTime, // total share in percent
    AllocationProjectTwice, // project id
    TeamMemberNotFound, // member id
    TrainingPlanNotFound, // plan id
    TalentTargetsNotHundred, // total of the target shares in percent

    // Money arithmetic (MoneyError).
    AmountOverflowSum, // -
    AmountOverflowDifference, // -
    AmountOverflowScaling, // -
    CurrencyMismatchAdd, // currency, other currency
    CurrencyMismatchSubtract, // currency, other currency
    CurrencyMismatchCompare, // currency, other currency
    ZeroDenominator, // -
    ImportedLineTooLarge, // amount in major units, currency

    // The database (StorageError, SchemaVersionError).
    SqliteDriverMissing, // -
    NotADatabaseFile, // path
    DatabaseMissing, // path (refused rather than created: a mistyped name)
    DatabaseFolderMissing, // path, folder
    DatabaseCannotOpen, // path, driver's reason
    ForeignKeysUnsupported, // -
    DatabaseFailure, // driver's reason
    StoredValueNotInteger, // the value stored where a whole number belongs
    TransactionCommittedTwice, // -
    NotACostBoardDatabase, // path
    SchemaTooNew, // path, its schema version, the newest this build understands
    DatabaseNeedsUpgrade, // path, its schema version, this build's (a read-only open)
    DatabaseBusyMigrating, // path (another process held the migration lock too long)
    WriteAheadLogUnavailable, // path, the journal mode SQLite kept
    BackupFailed, // database path, backup path, reason
    UnallocatedProjectMissing, // -
    ImportPrepareFailed, // driver's reason
    ImportRowFailed, // driver's reason
    DemoDatabaseNotEmpty, // -
    DemoImportFailed, // the demo file's name, where its first problem is
    ValueRefusedBySchema, // the domain rule's key ("cost_lines.amount_minor")
    PostgresDriverMissing, // -
    ServerUrlInvalid, // the address as typed, the part of it that is wrong
    ServerUrlHasPassword, // -
    ServerNotInitialised, // the server's address ("user@host/database")
    ServerRoleRefused, // the server's message ("permission denied for table budgets")
    ServerNotOwner, // the server's address, the user who asked
    BudgetChangedSinceRead, // the budget ("Legal summaries, Q4 2026"), who changed it, when (UTC)
    BudgetRemovedSinceRead, // the budget
    BudgetCreatedSinceRead, // the budget, who created it, when (UTC)
    ProjectChangedSinceRead, // the project's name, who changed it, when
    MigrateSourceNotSqlite, // what --from names
    MigrateTargetNotServer, // what --to names
    MigrateTargetNotEmpty, // the server's address, table, rows it holds
    MigrateCopyDiffers, // table, what was compared ("rows", "amount_minor"), source's value, target's
    BackupToolMissing, // the tool ("pg_dump"), the Debian package that has it
    BackupToolFailed, // the tool, its exit status, the first line it printed

    // What the self-check found (CheckFinding).
    CheckIntegrity, // number of problems, SQLite's first message
    CheckBrokenReferences, // rows, table, table they refer to
    CheckOrphanRows, // rows, table, table their parent is missing from
    CheckOutOfDomain, // rows, the domain rule's key ("cost_lines.amount_minor")
    CheckRollupsDrift, // roll-up rows that differ, first day, last day
    CheckImportTotalsDrift, // imports
    CheckReportingAmountsDrift, // cost lines
    CheckSearchIndexDrift, // -

    // Drawing the weekly report (Error).
    ReportDeviceUnusable, // -
    ReportPageNotAdded, // page number
    ReportNotWritten, // path

    // Writing export files (ExportError).
    ExportCannotWrite, // path, reason
    ExportWorkbookNotCreated, // path
    ExportTooManyRows, // table, rows, rows a sheet holds
    ExportSheetNotAdded, // table, path
    ExportTableNotAdded, // table, path, reason
    ExportRowNotWritten, // row, path, reason
    ExportLibraryMissing, // library file, reason

    // Prices (PriceUnknownError, PriceListError).
    PriceUnknown, // provider, model, meter key ("output"), date
    EstimateNoExchangeRate, // the estimate's currency, the reporting currency, date
    EstimateNotFound, // saved estimate id
    PriceListUnreadable, // path, reason
    PriceListNotJson, // path, line, parser's reason
    PriceListFormatUnknown, // path
    PriceListFieldMissing, // path, line, entry, field
    PriceListPriceInvalid, // path, line, entry, field, value
    PriceListDateInvalid, // path, line, entry, field, value
    PriceListCurrencyInvalid, // path, line, entry, value
    PriceListMeterUnknown, // path, line, entry, field, the keys allowed there

    // Waiting for another connection's write (StorageError).
    DatabaseWriteBusy, // path, seconds waited
};

// The English sentence for `code` with `arguments`, as logs print it (see errortexts.h for the
// translated one people read). Defined with the catalogue in errortexts.cpp.
QString englishErrorSentence(ErrorCode code, const QStringList &arguments);

// Core errors form a small hierarchy; the service boundary (UI action, CLI command) catches
// `Error`, logs `what()` (English) and shows `errorText(error)` (translated, errortexts.h).
class Error : public std::exception
{
public:
    explicit Error(ErrorCode code, QStringList arguments = {})
        : Error(code, std::move(arguments), QString())
    { }

    ErrorCode code() const noexcept { return m_code; }
    const QStringList &arguments() const noexcept { return m_arguments; }
    const char *what() const noexcept override { return m_english.constData(); }

protected:
    // `prefix` lets a subclass put its own words (a field name) before the sentence in what().
    Error(ErrorCode code, QStringList arguments, const QString &prefix)
        : m_code(code)
        , m_arguments(std::move(arguments))
        , m_english((prefix + englishErrorSentence(m_code, m_arguments)).toUtf8())
    { }

private:
    ErrorCode m_code;
    QStringList m_arguments;
    QByteArray m_english;
};

// A value the user (or a file) supplied is not acceptable. `field()` is the key of what was wrong
// (English, stable: "code", "amount currency", "service period start") so that a form can
// highlight it; fieldLabel() in errortexts.h turns it into words for people.
class ValidationError : public Error
{
public:
    ValidationError(QString field, ErrorCode code, QStringList arguments = {})
        : Error(code, std::move(arguments), field.isEmpty() ? QString() : field + QStringLiteral(": "))
        , m_field(std::move(field))
    { }

    const QString &field() const noexcept { return m_field; }

private:
    QString m_field;
};

// Arithmetic on money that would mix currencies or overflow 64 bits.
class MoneyError : public Error
{
public:
    using Error::Error;
};

// The database could not be opened, read or written.
class StorageError : public Error
{
public:
    using Error::Error;
};

// A row changed (or appeared, or went) since the one writing it read it: someone else's change
// that a save or an undo would otherwise overwrite without anyone seeing it.
class ConcurrentEditError : public StorageError
{
public:
    using StorageError::StorageError;
};

// The database was written by a newer CostBoard: refuse it rather than damage it.
class SchemaVersionError : public StorageError
{
public:
    using StorageError::StorageError;
};

} // namespace costboard
