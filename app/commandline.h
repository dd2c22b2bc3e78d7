// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace costboard::cli {

enum class Mode
{
    Gui,
    Demo,
    Snapshot,
    Alerts,
    Import,
    Export,
    Check,
    Report,
    Prices,
    Estimate,
    Agenda,
    Admin,
    Migrate,
    Backup,
    Help,
    Version,
    Error
};

// What the user asked for on the command line, parsed from QCoreApplication::arguments() (Qt's
// own options such as -platform are already consumed by then).
struct Invocation
{
    Mode mode = Mode::Gui;
    QString databasePath; // --db
    QString language; // --lang fr|en (every command): overrides the preference for this run
    bool verbose = false; // --verbose: debug messages on stderr
    // GUI: --screenshot FILE [--page N] [--size WxH] saves the window as PNG and quits, for the
    // README's pictures and for checking the look without a screen (under xvfb-run).
    QString screenshotPath;
    int screenshotPage = 0;
    QSize screenshotSize { 1366, 768 };
    // demo
    int weeks = 78;
    qint64 lines = 50'000;
    quint64 seed = 2026;
    bool force = false; // demo: replace an existing file
    // snapshot
    QString from; // --from 2026-W01
    QString to; // --to 2026-W48
    QString preset; // --period last-13-weeks|…
    QString week; // --week (snapshot, alerts): the reporting week (default: this week)
    QStringList projectCodes; // --project CODE (repeatable, or comma-separated)
    QString decidedBy; // --decided-by committee|cio|cfo (snapshot, export, report)
    QStringList categoryKeys; // --category KEY (repeatable, or comma-separated)
    QString basis; // --basis accrual|cash (snapshot; default accrual)
    QStringList by; // --by month|quarter|fiscal-year (snapshot; repeatable, or comma-separated)
    bool json = false; // --json (snapshot, alerts, import)
    // import
    QStringList files; // the files to import, in order
    QString format; // --format auto|csv|focus|openai|anthropic|azure|aws-cur|gcp
    QString mapping; // --mapping NAME: a saved column mapping (generic CSV)
    QString dateOrder; // --date-order dmy|mdy|ymd: how a generic CSV writes its dates
    bool dryRun = false; // --dry-run
    bool acceptValid = false; // --accept-valid
    bool effectiveCost = false; // --effective-cost (FOCUS)
    bool excludeTax = false; // --exclude-tax
    // check
    bool repair = false; // --repair: rebuild the derived tables
    // export (also reads --from/--to, --period, --week, --project, --category, --basis, --lang)
    QString exportPath; // --out FILE.xlsx|FILE.csv
    QStringList exportTables; // --table NAME (repeatable, or comma-separated): weekly-by-category…
    // report (also reads --week, --period, --project and --lang)
    QString reportPath; // --out FILE.pdf
    QString orientation; // --orientation portrait|landscape (default portrait)
    // prices list|import|set (also reads --model, --provider, --json)
    QString pricesAction; // list (default), import, set
    QString on; // --on YYYY-MM-DD: prices in force that day (default: today)
    QString effectiveFrom; // --effective-from YYYY-MM-DD (import: LiteLLM's undated map; set)
    QString meter; // --meter input|output|cached-input|… (set)
    QString price; // --price DECIMAL (set): per 1M tokens, or per image, minute or hour
    QString currency; // --currency USD (set)
    QString source; // --source TEXT (set)
    QString provider; // --provider NAME
    QStringList models; // --model NAME (repeatable, or comma-separated; estimate: up to four)
    // estimate (also reads --db, optional: the database's catalog instead of the shipped one)
    QString requestsPerDay; // --requests-per-day N
    QString inputTokens; // --input-tokens N
    QString outputTokens; // --output-tokens N
    QString cachedTokens; // --cached-tokens N: of the input tokens, read from the cache
    QString words; // --words N: words generated per request (replaces --output-tokens)
    QString inputWords; // --input-words N: words read per request (replaces --input-tokens)
    QString textLanguage; // --text-lang fr|en: the words' language (default: --lang)
    QString growth; // --growth PERCENT: monthly growth of the volume
    QString months; // --months N (default 12)
    // agenda (also reads --on: the day it is prepared, and --json)
    QString calendarPath; // --ics FILE: the sessions and milestones as an iCalendar file
    // admin init-server|grant (--db a server address); grant: --user NAME --role viewer|controller|admin
    QString adminAction;
    QString grantUser;
    QString grantRole;
    // migrate --from FILE --to postgresql://… (the fields of snapshot's --from/--to); backup --db
    // --out FILE (the field of export's --out)
    QString errorMessage; // Mode::Error
};

// The process exit codes, the same for every command (README, --help and the man page list them).
namespace exitcode {
constexpr int Ok = 0;
// The command failed (e.g. a file cannot be written); `alerts`: the worst open alert is a
// warning; `import`: rows were rejected and nothing was booked.
constexpr int Failed = 1;
constexpr int BadCommandLine = 2; // unknown option, bad or missing value, unknown project code
constexpr int DatabaseUnavailable = 3; // missing, not a CostBoard database, newer, unreadable
// `alerts`: a critical alert is open; `import`: a file cannot be read.
constexpr int Severe = 4;
} // namespace exitcode

// Parses the arguments as given to main() (argv[0] first), before any Q*Application exists, so
// a bad command line is answered without a display. Qt's own GUI options (-platform, -style…)
// are skipped for the window and `report`, which pass them on to QApplication.
Invocation parse(const QStringList &arguments);
QStringList argumentsOf(int argc, char **argv);
// True for the commands that draw nothing: they run with a QCoreApplication (and in costboard-cli).
bool isHeadless(Mode mode);
// The two programs built from these sources: costboard (the window and every command) and
// costboard-cli (the commands that draw nothing, no GUI library).
enum class Program
{
    Window,
    CommandLineOnly
};

QString programName(Program program);
// parse(), and for costboard-cli a bad command line for the window and `report`.
Invocation parseFor(Program program, const QStringList &arguments);
// The value of a valid --lang anywhere on the command line ("fr", "en"), else empty: a command
// line that stops parsing before it still gets its mistake in the language asked for.
QString languageOption(const QStringList &arguments);
// The synopsis of the program's commands (printed after a bad command line, in the interface
// language); helpText() adds the options and the exit codes.
QString usageText(Program program);
QString helpText(Program program);

} // namespace costboard::cli
