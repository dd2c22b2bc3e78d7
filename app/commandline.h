#pragma once

#include <QString>
#include <QSize>
#include <QStringList>

namespace costboard::cli {

enum class Mode { Gui, Demo, Snapshot, Alerts, Import, Export, Report, Help, Version, Error };

// What the user asked for on the command line, parsed from QCoreApplication::arguments() (Qt's
// own options such as -platform are already consumed by then).
struct Invocation
{
    Mode mode = Mode::Gui;
    QString databasePath;  // --db
    QString language;      // --lang (GUI): overrides the preference for this run
    bool verbose = false;  // --verbose: debug messages on stderr
    // GUI: --screenshot FILE [--page N] [--size WxH] saves the window as PNG and quits, for the
    // README's pictures and for checking the look without a screen (under xvfb-run).
    QString screenshotPath;
    int screenshotPage = 0;
    QSize screenshotSize{1366, 768};
    // demo
    int weeks = 78;
    qint64 lines = 50'000;
    quint64 seed = 2026;
    bool force = false;    // demo: replace an existing file
    // snapshot
    QString from;              // --from 2026-W01
    QString to;                // --to 2026-W48
    QString preset;            // --period last-13-weeks|…
    QString week;              // --week (snapshot, alerts): the reporting week (default: this week)
    QStringList projectCodes;  // --project CODE (repeatable, or comma-separated)
    QStringList categoryKeys;  // --category KEY (repeatable, or comma-separated)
    QString basis;             // --basis accrual|cash (snapshot; default accrual)
    QStringList by;            // --by month|quarter|fiscal-year (snapshot; repeatable, or comma-separated)
    bool json = false;         // --json (snapshot, alerts, import)
    // import
    QStringList files;         // the files to import, in order
    QString format;            // --format auto|csv|focus|openai|anthropic|azure|aws-cur|gcp
    QString mapping;           // --mapping NAME: a saved column mapping (generic CSV)
    QString dateOrder;         // --date-order dmy|mdy|ymd: how a generic CSV writes its dates
    bool dryRun = false;       // --dry-run
    bool acceptValid = false;  // --accept-valid
    bool effectiveCost = false; // --effective-cost (FOCUS)
    bool excludeTax = false;   // --exclude-tax
    // export (also reads --from/--to, --period, --week, --project, --category, --basis, --lang)
    QString exportPath;        // --out FILE.xlsx|FILE.csv
    QStringList exportTables;  // --table NAME (repeatable, or comma-separated): weekly-by-category…
    // report (also reads --week, --period, --project and --lang)
    QString reportPath;        // --out FILE.pdf
    QString orientation;       // --orientation portrait|landscape (default portrait)
    QString errorMessage;  // Mode::Error
};

Invocation parse(const QStringList &arguments);
// True when argv names a sub-command that must run without a display (no QApplication).
bool isHeadlessCommand(int argc, char **argv);
// True when argv names `report`: it draws with a QApplication but shows no window.
bool isReportCommand(int argc, char **argv);
QString helpText();

} // namespace costboard::cli
