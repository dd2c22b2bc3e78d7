// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortexts.h"

#include <utility>

#include <QCoreApplication>
#include <QtGlobal>

#include "pricing/pricecatalog.h"

namespace costboard {
namespace {

constexpr const char *errorContext = "costboard::ErrorText";

// Every sentence once, in English; QT_TRANSLATE_NOOP lets lupdate collect them for the catalogue.
// A switch with no default: a new ErrorCode without its sentence does not compile (-Wswitch).
const char *sourceOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::TextEmpty:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "must not be empty");
    case ErrorCode::TextTooLong:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "is %1 characters long; at most %2 are allowed");
    case ErrorCode::UnknownCurrency:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "\"%1\" is not a known ISO 4217 currency code (e.g. EUR, USD)");
    case ErrorCode::DateInvalid:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "is missing or not a valid date (expected YYYY-MM-DD)");
    case ErrorCode::DateOutOfRange:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "%1 is outside the accepted range %2 to %3");
    case ErrorCode::ServicePeriodIncomplete:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "needs both a first day and an end day");
    case ErrorCode::ServicePeriodReversed:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "must end after it starts (%1 to %2, end exclusive)");
    case ErrorCode::ServicePeriodTooLong:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "covers %1 days; at most %2 are accepted");
    case ErrorCode::AmountZero:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "must not be zero");
    case ErrorCode::AmountNotPositive:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "must be greater than zero");
    case ErrorCode::AmountTooLarge:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "%1 %2 is implausibly large (limit: %3 %2)");
    case ErrorCode::UnknownCategory:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "%1 is not a known cost category");
    case ErrorCode::QuantityNegative:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "must be a non-negative number");
    case ErrorCode::QuantityTooLarge:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "reaches %1, more than the %2 CostBoard counts");
    case ErrorCode::ValueOutOfRange:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "must be between %1 and %2");
    case ErrorCode::ProjectCodeCharacters:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "\"%1\" may only hold letters, digits, '-' and '_'");
    case ErrorCode::ProjectCodeTaken:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "\"%1\" is already used by project \"%2\"");
    case ErrorCode::EndBeforeStart:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "is before the start date");
    case ErrorCode::ProjectNotFound:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "project %1 does not exist");
    case ErrorCode::UnallocatedProjectUndeletable:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "\"%1\" receives imported costs no rule places and cannot be deleted");
    case ErrorCode::ProjectHasCostLines:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "\"%1\" has cost lines (%2) and cannot be deleted: archive it instead");
    case ErrorCode::CostLineNotFound:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "cost line %1 does not exist");
    case ErrorCode::BudgetNotFound:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "budget %1 does not exist");
    case ErrorCode::BudgetPeriodNotMonthStart:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "must be the first day of a month");
    case ErrorCode::BudgetPeriodNotQuarterStart:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "%1 is not the first day of a fiscal quarter");
    case ErrorCode::BudgetPeriodNotYearStart:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "%1 is not the first day of a fiscal year");
    case ErrorCode::FxRateSameCurrency:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "a currency has no rate into itself");
    case ErrorCode::FxRateOutOfRange:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "must be between %1 and %2");
    case ErrorCode::FxRateNotFound:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "FX rate %1 does not exist");
    case ErrorCode::ReportingCurrencyHasBudgets:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "budgets in %2 exist (%1): remove them before reporting in %3");
    case ErrorCode::FiscalMonthOutOfRange:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "must be between 1 and 12");
    case ErrorCode::CompanyNameTooLong:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "must be at most %1 characters");
    case ErrorCode::AlertRuleNotFound:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "alert rule %1 does not exist");
    case ErrorCode::AlertNotFound:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "alert %1 does not exist");
    case ErrorCode::AlertAlreadyResolved:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "the alert is already resolved");
    case ErrorCode::ThresholdBudgetPercent:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "must be between %1 % and %2 % of the budget");
    case ErrorCode::ThresholdGrowthPercent:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "must be a growth between %1 % and %2 %");
    case ErrorCode::ThresholdAmountNotPositive:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "must be a positive amount");
    case ErrorCode::ThresholdMultiple:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "must be a multiple between %1 and %2");
    case ErrorCode::TrailingWeeksOutOfRange:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "must be between %1 and %2");
    case ErrorCode::ImportNotFound:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "import %1 does not exist");
    case ErrorCode::ImportAlreadyUndone:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "import %1 was already undone");
    case ErrorCode::DemoWeeksOutOfRange:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "%1 is outside the accepted range %2 to %3");
    case ErrorCode::DemoLinesOutOfRange:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "%1 is outside the accepted range %2 to %3");
    case ErrorCode::DemoLastWeekInvalid:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "is not a valid ISO week");
    case ErrorCode::DemoWindowOutOfRange:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1 with %2 weeks of history does not fit between %3 and %4");
    case ErrorCode::ProjectNoLongerExists:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "There is no longer a project with code %1.");
    case ErrorCode::AlertRuleNoLongerExists:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "The alert rule no longer exists.");
    case ErrorCode::BuiltInRuleUndeletable:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "“%1” is a built-in rule: it cannot be deleted, only disabled.");
    case ErrorCode::CriterionNameTaken:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "Another criterion is already named “%1”.");
    case ErrorCode::CriteriaWeightsZero:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "At least one criterion needs a weight above zero, or no project can be ranked.");
    case ErrorCode::CriterionNotFound:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "Evaluation criterion %1 no longer exists. Reload the page and try again.");
    case ErrorCode::CriterionArchived:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "The criterion “%1” was taken off the list: projects are no longer scored on it.");
    case ErrorCode::RoutingRuleWithoutCondition:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "A routing rule needs at least one condition, or it would send every project.");
    case ErrorCode::RoutingBudgetsReversed:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "The budget a rule stops at must be above the budget it starts from.");
    case ErrorCode::DecisionNotFound:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "Decision %1 is no longer in the log. Reload the page and try again.");
    case ErrorCode::MilestoneNotFound:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "Milestone %1 no longer exists. Reload the page and try again.");
    case ErrorCode::KpiNotFound:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "KPI %1 no longer exists. Reload the page and try again.");
    case ErrorCode::SessionNotFound:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "Committee session %1 no longer exists. Reload the page and try again.");
    case ErrorCode::SessionDateTaken:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "The committee already meets on %1.");
    case ErrorCode::SessionHasDecisions:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "The session of %1 recorded %2 decision(s): it stays in the calendar so that they keep it.");
    case ErrorCode::DecisionKindNotForSession:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "A routing answer is recorded from the routing review, not in a session.");
    case ErrorCode::BudgetNotTheProjects:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "The budget to extend must be one of %1's budgets.");
    case ErrorCode::BudgetExtensionNotLarger:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "An extension must raise the budget above what it is now (%1 %2).");
    case ErrorCode::AmountNegative:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "must not be negative");
    case ErrorCode::AllocationsExceedFullTime:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "add up to %1 % of the person's time; at most 100 % can be allocated");
    case ErrorCode::AllocationProjectTwice:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "name project %1 twice: give it one share");
    case ErrorCode::TeamMemberNotFound:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "Team member %1 is no longer on the roster. Reload the page and try again.");
    case ErrorCode::TrainingPlanNotFound:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "Training plan %1 no longer exists. Reload the page and try again.");
    case ErrorCode::TalentTargetsNotHundred:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "The target shares add up to %1 %; they must add up to 100 %.");
    case ErrorCode::AmountOverflowSum:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "Amount overflow: the sum exceeds the largest storable amount");
    case ErrorCode::AmountOverflowDifference:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "Amount overflow: the difference exceeds the largest storable amount");
    case ErrorCode::AmountOverflowScaling:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "Amount overflow while converting or spreading an amount");
    case ErrorCode::CurrencyMismatchAdd:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "Cannot add amounts in %1 and %2: convert them to one currency first");
    case ErrorCode::CurrencyMismatchSubtract:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "Cannot subtract amounts in %1 and %2: convert them to one currency first");
    case ErrorCode::CurrencyMismatchCompare:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "Cannot compare amounts in %1 and %2: convert them to one currency first");
    case ErrorCode::ZeroDenominator:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "Cannot scale an amount by a ratio with a zero denominator");
    case ErrorCode::ImportedLineTooLarge:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "%1 %2 is implausibly large for one cost line");
    case ErrorCode::SqliteDriverMissing:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "The Qt SQLite driver (QSQLITE) is not installed");
    case ErrorCode::NotADatabaseFile:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "%1 is not a database file");
    case ErrorCode::DatabaseMissing:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1 does not exist: check the name, or create a database first");
    case ErrorCode::DatabaseFolderMissing:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "Cannot create %1: the folder %2 does not exist");
    case ErrorCode::DatabaseCannotOpen:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "Cannot open %1: %2");
    case ErrorCode::ForeignKeysUnsupported:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "This SQLite build cannot enforce foreign keys");
    case ErrorCode::DatabaseFailure:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "Database error: %1");
    case ErrorCode::ValueRefusedBySchema:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "The database refused a value out of its domain (%1); nothing was changed. If the "
            "database was edited outside CostBoard, run \"costboard check --db\" on it.");
    case ErrorCode::PostgresDriverMissing:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "The Qt PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql");
    case ErrorCode::ServerUrlInvalid:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1 is not a PostgreSQL address CostBoard can use (see \"%2\"): write "
                                 "postgresql://user@host:port/database, with ?sslmode=require if needed");
    case ErrorCode::ServerUrlHasPassword:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "A password is never written in the database address: put it in ~/.pgpass "
                                 "(or the file PGPASSFILE names, or a pg_service.conf entry)");
    case ErrorCode::ServerNotInitialised:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1 holds no CostBoard database yet; nothing was written to it");
    case ErrorCode::ServerRoleRefused:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "The server refused the change for your role (%1); nothing was changed. "
                                 "A CostBoard administrator can grant you the controller or admin role.");
    case ErrorCode::ServerNotOwner:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%2 cannot set up %1: run it as the user who owns the database (or a "
                                 "superuser); nothing was changed");
    case ErrorCode::BudgetChangedSinceRead:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "The budget %1 was changed by %2 at %3 since you read it.");
    case ErrorCode::BudgetRemovedSinceRead:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "The budget %1 was removed by someone else since you read it.");
    case ErrorCode::BudgetCreatedSinceRead:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "The budget %1 was entered by %2 at %3 since you read it.");
    case ErrorCode::ProjectChangedSinceRead:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "The project %1 was changed by %2 at %3 since you read it.");
    case ErrorCode::MigrateSourceNotSqlite:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1 is not a CostBoard file: --from names the SQLite file to copy");
    case ErrorCode::MigrateTargetNotServer:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1 is not a server address: --to takes postgresql://user@host/database");
    case ErrorCode::MigrateTargetNotEmpty:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1 already holds data (%3 row(s) in %2): a database is copied to an empty "
                                 "server database only; nothing was written");
    case ErrorCode::MigrateCopyDiffers:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "The copy of %1 does not match (%2: %3 in the file, %4 on the server); "
                                 "nothing was written to the server");
    case ErrorCode::BackupToolMissing:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "%1 is not installed, so a server database cannot be backed up here: install "
            "the package %2, or ask the server's administrator for a dump");
    case ErrorCode::BackupToolFailed:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "%1 stopped with status %2: %3");
    case ErrorCode::CheckIntegrity:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "The file is damaged: SQLite's integrity check reports %1 problem(s), the first "
            "being: %2. Restore a backup.");
    case ErrorCode::CheckBrokenReferences:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1 row(s) of %2 refer to rows of %3 that do not exist.");
    case ErrorCode::CheckOrphanRows:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "%1 row(s) of %2 belong to nothing in %3.");
    case ErrorCode::CheckOutOfDomain:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "%1 row(s) hold a value CostBoard never writes in %2 (edited outside CostBoard?).");
    case ErrorCode::CheckRollupsDrift:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "%1 daily total(s) between %2 and %3 do not match the cost lines: the figures "
            "of those days are wrong until repaired.");
    case ErrorCode::CheckImportTotalsDrift:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "The totals of %1 import(s) do not match their cost lines.");
    case ErrorCode::CheckReportingAmountsDrift:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "%1 cost line(s) hold a reporting amount that is not their amount converted at "
            "the rate of their date.");
    case ErrorCode::CheckSearchIndexDrift:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "The search index of the cost lines does not match them: a search may miss lines.");
    case ErrorCode::StoredValueNotInteger:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "The database holds “%1” where a whole number belongs (an amount, a count "
                                 "or an identifier), so its figures cannot be trusted. Run \"costboard check "
                                 "--db\" on it to find the rows.");
    case ErrorCode::TransactionCommittedTwice:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "Transaction committed twice");
    case ErrorCode::NotACostBoardDatabase:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "Not a CostBoard database: %1 (it was not changed)");
    case ErrorCode::SchemaTooNew:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "%1 was written by a newer CostBoard (schema version %2; this version understands up to %3). "
            "It was not changed: open it with a newer CostBoard.");
    case ErrorCode::DatabaseNeedsUpgrade:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "%1 uses the schema of an older CostBoard (version %2; this version writes %3), and this "
            "command only reads: it was not changed. Open it once in CostBoard, or run "
            "\"costboard alerts --db\" on it, to upgrade it (a backup is written beside it first).");
    case ErrorCode::DatabaseBusyMigrating:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1 is being created or upgraded by another CostBoard, which has not "
                                 "finished: try again in a moment");
    case ErrorCode::WriteAheadLogUnavailable:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1 cannot use SQLite's write-ahead log (journal mode \"%2\"): keep the "
                                 "database on a local disk, or use a PostgreSQL server to share it");
    case ErrorCode::BackupFailed:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1 was not upgraded: its backup %2 could not be written (%3)");
    case ErrorCode::UnallocatedProjectMissing:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "the database has no Unallocated project (schema version 5 creates it): it was changed outside "
            "CostBoard");
    case ErrorCode::ImportPrepareFailed:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "Could not prepare the import: %1");
    case ErrorCode::ImportRowFailed:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "Could not store an imported row: %1");
    case ErrorCode::DemoDatabaseNotEmpty:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "The database already holds projects: a demo portfolio is only written into an empty database");
    case ErrorCode::DemoImportFailed:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "The demo could not import its file %1 (at %2)");
    case ErrorCode::ReportDeviceUnusable:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "The report cannot be drawn on this device.");
    case ErrorCode::ReportPageNotAdded:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "The report's page %1 cannot be added.");
    case ErrorCode::ReportNotWritten:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "The report could not be written to %1.");
    case ErrorCode::ExportCannotWrite:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "cannot write %1: %2");
    case ErrorCode::ExportWorkbookNotCreated:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "cannot create the workbook %1");
    case ErrorCode::ExportTooManyRows:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "the table %1 has %2 rows, more than the %3 an Excel sheet holds: export it as CSV, or choose a "
            "shorter period");
    case ErrorCode::ExportSheetNotAdded:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "cannot add the sheet of %1 to %2");
    case ErrorCode::ExportTableNotAdded:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "cannot add the table %1 to %2: %3");
    case ErrorCode::ExportRowNotWritten:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "cannot write row %1 of %2: %3");
    case ErrorCode::ExportLibraryMissing:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "cannot write Excel files: the library %1 cannot be opened (%2); install the "
            "package libxlsxwriter4");
    case ErrorCode::DatabaseWriteBusy:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "another CostBoard write kept %1 busy for more than %2 s: nothing was "
                                 "stored; try again once it has finished");
    case ErrorCode::PriceUnknown:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "no price of %3 is known for %2 (%1) on %4: add it on the Prices page or "
                                 "import a price list");
    case ErrorCode::EstimateNoExchangeRate:
        return QT_TRANSLATE_NOOP(
            "costboard::ErrorText",
            "no exchange rate from %1 to %2 on %3: enter one on the Exchange rates page, "
            "so that the estimate is in the reporting currency");
    case ErrorCode::EstimateNotFound:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "saved estimate %1 no longer exists");
    case ErrorCode::PriceListUnreadable:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "%1 cannot be read: %2");
    case ErrorCode::PriceListNotJson:
        return QT_TRANSLATE_NOOP("costboard::ErrorText", "%1, line %2: not valid JSON (%3)");
    case ErrorCode::PriceListFormatUnknown:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1 is neither a CostBoard price list nor LiteLLM's model price map");
    case ErrorCode::PriceListFieldMissing:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1, line %2, entry %3: the field \"%4\" is missing");
    case ErrorCode::PriceListPriceInvalid:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1, line %2, entry %3, field \"%4\": %5 is not a price (a non-negative "
                                 "decimal number)");
    case ErrorCode::PriceListDateInvalid:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1, line %2, entry %3, field \"%4\": \"%5\" is not a date (expected "
                                 "YYYY-MM-DD)");
    case ErrorCode::PriceListCurrencyInvalid:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1, line %2, entry %3, field \"currency\": \"%4\" is not a known ISO 4217 "
                                 "currency code");
    case ErrorCode::PriceListMeterUnknown:
        return QT_TRANSLATE_NOOP("costboard::ErrorText",
                                 "%1, line %2, entry %3: \"%4\" is not something CostBoard prices there "
                                 "(expected one of: %5)");
    }
    return nullptr;
}

// The keys ValidationError::field() carries, and their words for people.
constexpr std::pair<const char *, const char *> fieldLabels[] {
    { "code", QT_TRANSLATE_NOOP("costboard::ErrorText", "Code") },
    { "name", QT_TRANSLATE_NOOP("costboard::ErrorText", "Name") },
    { "description", QT_TRANSLATE_NOOP("costboard::ErrorText", "Description") },
    { "owner", QT_TRANSLATE_NOOP("costboard::ErrorText", "Owner") },
    { "sponsor", QT_TRANSLATE_NOOP("costboard::ErrorText", "Sponsor") },
    { "business unit", QT_TRANSLATE_NOOP("costboard::ErrorText", "Business unit") },
    { "start date", QT_TRANSLATE_NOOP("costboard::ErrorText", "Start date") },
    { "end date", QT_TRANSLATE_NOOP("costboard::ErrorText", "End date") },
    { "project", QT_TRANSLATE_NOOP("costboard::ErrorText", "Project") },
    { "category", QT_TRANSLATE_NOOP("costboard::ErrorText", "Category") },
    { "date", QT_TRANSLATE_NOOP("costboard::ErrorText", "Date") },
    { "service period", QT_TRANSLATE_NOOP("costboard::ErrorText", "Service period") },
    { "service period start", QT_TRANSLATE_NOOP("costboard::ErrorText", "Service period start") },
    { "service period end", QT_TRANSLATE_NOOP("costboard::ErrorText", "Service period end") },
    { "amount", QT_TRANSLATE_NOOP("costboard::ErrorText", "Amount") },
    { "amount currency", QT_TRANSLATE_NOOP("costboard::ErrorText", "Currency") },
    { "vendor", QT_TRANSLATE_NOOP("costboard::ErrorText", "Vendor") },
    { "unit", QT_TRANSLATE_NOOP("costboard::ErrorText", "Unit") },
    { "external reference", QT_TRANSLATE_NOOP("costboard::ErrorText", "External reference") },
    { "quantity", QT_TRANSLATE_NOOP("costboard::ErrorText", "Quantity") },
    { "cost line", QT_TRANSLATE_NOOP("costboard::ErrorText", "Cost line") },
    { "period start", QT_TRANSLATE_NOOP("costboard::ErrorText", "Period start") },
    { "budget", QT_TRANSLATE_NOOP("costboard::ErrorText", "Budget") },
    { "currency", QT_TRANSLATE_NOOP("costboard::ErrorText", "Currency") },
    { "quote currency", QT_TRANSLATE_NOOP("costboard::ErrorText", "Quote currency") },
    { "valid from", QT_TRANSLATE_NOOP("costboard::ErrorText", "Valid from") },
    { "rate", QT_TRANSLATE_NOOP("costboard::ErrorText", "Rate") },
    { "provider", QT_TRANSLATE_NOOP("costboard::ErrorText", "Provider") },
    { "model", QT_TRANSLATE_NOOP("costboard::ErrorText", "Model") },
    { "price", QT_TRANSLATE_NOOP("costboard::ErrorText", "Price") },
    { "effective from", QT_TRANSLATE_NOOP("costboard::ErrorText", "Effective from") },
    { "source", QT_TRANSLATE_NOOP("costboard::ErrorText", "Source") },
    { "tokens per word", QT_TRANSLATE_NOOP("costboard::ErrorText", "Tokens per word") },
    { "months", QT_TRANSLATE_NOOP("costboard::ErrorText", "Months") },
    { "requests per day", QT_TRANSLATE_NOOP("costboard::ErrorText", "Requests per day") },
    { "monthly growth", QT_TRANSLATE_NOOP("costboard::ErrorText", "Monthly growth") },
    { "input words", QT_TRANSLATE_NOOP("costboard::ErrorText", "Input words") },
    { "output words", QT_TRANSLATE_NOOP("costboard::ErrorText", "Output words") },
    { "input tokens", QT_TRANSLATE_NOOP("costboard::ErrorText", "Input tokens") },
    { "output tokens", QT_TRANSLATE_NOOP("costboard::ErrorText", "Output tokens") },
    { "cached input tokens", QT_TRANSLATE_NOOP("costboard::ErrorText", "Cached input tokens") },
    { "training tokens", QT_TRANSLATE_NOOP("costboard::ErrorText", "Training tokens") },
    { "epochs", QT_TRANSLATE_NOOP("costboard::ErrorText", "Epochs") },
    { "hosting hours", QT_TRANSLATE_NOOP("costboard::ErrorText", "Hosting hours") },
    { "first month", QT_TRANSLATE_NOOP("costboard::ErrorText", "First month") },
    { "reporting currency", QT_TRANSLATE_NOOP("costboard::ErrorText", "Reporting currency") },
    { "fiscal year start month", QT_TRANSLATE_NOOP("costboard::ErrorText", "Fiscal year start month") },
    { "company name", QT_TRANSLATE_NOOP("costboard::ErrorText", "Company name") },
    { "threshold", QT_TRANSLATE_NOOP("costboard::ErrorText", "Threshold") },
    { "trailing weeks", QT_TRANSLATE_NOOP("costboard::ErrorText", "Trailing weeks") },
    { "rule", QT_TRANSLATE_NOOP("costboard::ErrorText", "Alert rule") },
    { "alert", QT_TRANSLATE_NOOP("costboard::ErrorText", "Alert") },
    { "note", QT_TRANSLATE_NOOP("costboard::ErrorText", "Note") },
    { "import", QT_TRANSLATE_NOOP("costboard::ErrorText", "Import") },
    { "weeks", QT_TRANSLATE_NOOP("costboard::ErrorText", "Weeks") },
    { "lines", QT_TRANSLATE_NOOP("costboard::ErrorText", "Lines") },
    { "last week", QT_TRANSLATE_NOOP("costboard::ErrorText", "Last week") },
    { "role", QT_TRANSLATE_NOOP("costboard::ErrorText", "Role") },
    { "firm", QT_TRANSLATE_NOOP("costboard::ErrorText", "Firm") },
    { "monthly cost", QT_TRANSLATE_NOOP("costboard::ErrorText", "Monthly cost") },
    { "allocations", QT_TRANSLATE_NOOP("costboard::ErrorText", "Allocations") },
    { "share", QT_TRANSLATE_NOOP("costboard::ErrorText", "Share") },
    { "last month", QT_TRANSLATE_NOOP("costboard::ErrorText", "Last month") },
    { "team member", QT_TRANSLATE_NOOP("costboard::ErrorText", "Team member") },
    { "heads", QT_TRANSLATE_NOOP("costboard::ErrorText", "Number of people") },
    { "cost per head", QT_TRANSLATE_NOOP("costboard::ErrorText", "Cost per person") },
    { "training plan", QT_TRANSLATE_NOOP("costboard::ErrorText", "Training plan") },
    { "hours", QT_TRANSLATE_NOOP("costboard::ErrorText", "Hours") },
    { "targets", QT_TRANSLATE_NOOP("costboard::ErrorText", "Target shares") },
    { "months", QT_TRANSLATE_NOOP("costboard::ErrorText", "Months") },
};

// Replaces %1..%9 in one pass, so that an argument holding "%2" (a path, a driver message) is
// left as it is rather than substituted again.
QString fill(const QString &pattern, const QStringList &arguments)
{
    QString filled;
    filled.reserve(pattern.size() + 16 * arguments.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1) >= u'1' && pattern.at(i + 1) <= u'9') {
            const qsizetype index = pattern.at(i + 1).unicode() - u'1';
            if (index < arguments.size()) {
                filled += arguments.at(index);
                ++i;
                continue;
            }
        }
        filled += c;
    }
    return filled;
}

} // namespace

QString englishErrorSentence(ErrorCode code, const QStringList &arguments)
{
    const char *source = sourceOf(code);
    if (!source)
        return QStringLiteral("error %1 (%2)")
            .arg(static_cast<int>(code))
            .arg(arguments.join(QStringLiteral(", ")));
    return fill(QString::fromUtf8(source), arguments);
}

QString errorSentence(ErrorCode code, const QStringList &arguments)
{
    const char *source = sourceOf(code);
    if (!source)
        return englishErrorSentence(code, arguments);
    QStringList shown = arguments;
    // The meter travels as its key ("output"); people read its name in their language.
    if (code == ErrorCode::PriceUnknown && shown.size() > 2) {
        if (const auto meter = pricing::meterFromKey(shown.at(2)))
            shown[2] = pricing::meterName(*meter).toLower();
    }
    return fill(QCoreApplication::translate(errorContext, source), shown);
}

QString errorReason(const Error &error)
{
    return errorSentence(error.code(), error.arguments());
}

QString fieldLabel(const QString &field)
{
    for (const auto &[key, label] : fieldLabels) {
        if (field == QLatin1String(key))
            return QCoreApplication::translate(errorContext, label);
    }
    return field;
}

QString errorText(const Error &error)
{
    const QString reason = errorReason(error);
    if (const auto *invalid = dynamic_cast<const ValidationError *>(&error);
        invalid && !invalid->field().isEmpty())
        //: A form field's label, then what is wrong with its value ("Code: must not be empty").
        return QCoreApplication::translate("costboard::ErrorText", "%1: %2")
            .arg(fieldLabel(invalid->field()), reason);
    return reason;
}

} // namespace costboard
