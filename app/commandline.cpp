// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>

namespace costboard::cli {
namespace {

// Reads the value of an option given as "--name value" or "--name=value".
bool takeValue(const QStringList &arguments, qsizetype &index, const QString &name, QString &value,
               QString &error)
{
    const QString &argument = arguments.at(index);
    if (argument.startsWith(name + u'=')) {
        value = argument.mid(name.size() + 1);
        return true;
    }
    if (argument != name)
        return false;
    if (index + 1 >= arguments.size()) {
        error = QCoreApplication::translate("costboard::cli", "%1 needs a value").arg(name);
        return true;
    }
    value = arguments.at(++index);
    return true;
}

using TextOption = std::pair<const char *, QString *>;
using ListOption = std::pair<const char *, QStringList *>;
enum class Taken
{
    No,
    Yes,
    Failed
};

// Takes the argument at `index` when it is one of these options: a text option keeps its value,
// a list option appends each of its comma-separated items (so "--project A,B" and
// "--project A --project B" read alike). Every sub-command's option table goes through here.
Taken takeOption(const QStringList &arguments, qsizetype &index, std::initializer_list<TextOption> texts,
                 std::initializer_list<ListOption> lists, QString &error)
{
    QString value;
    for (const auto &[name, target] : texts) {
        if (takeValue(arguments, index, QLatin1String(name), value, error)) {
            if (!error.isEmpty())
                return Taken::Failed;
            *target = value;
            return Taken::Yes;
        }
    }
    for (const auto &[name, target] : lists) {
        if (takeValue(arguments, index, QLatin1String(name), value, error)) {
            if (!error.isEmpty())
                return Taken::Failed;
            for (const QString &item : value.split(u',', Qt::SkipEmptyParts))
                target->append(item.trimmed());
            return Taken::Yes;
        }
    }
    return Taken::No;
}

// QGuiApplication's own command-line options, with and without a value: QApplication takes them
// out of argv, so the window and `report` accept them; `-platform offscreen` is the one that matters.
bool isQtGuiOption(const QStringList &arguments, qsizetype &index)
{
    static const QStringList withValue {
        QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),    QStringLiteral("session"),
        QStringLiteral("display"),         QStringLiteral("geometry"),
        QStringLiteral("style"),           QStringLiteral("stylesheet")
    };
    static const QStringList flags { QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                     QStringLiteral("nograb"), QStringLiteral("dograb") };
    QString name = arguments.at(index);
    if (!name.startsWith(u'-'))
        return false;
    name.remove(0, name.startsWith(QLatin1String("--")) ? 2 : 1);
    if (flags.contains(name))
        return true;
    if (withValue.contains(name.section(u'=', 0, 0)) && name.contains(u'='))
        return true;
    if (withValue.contains(name) && index + 1 < arguments.size()) {
        ++index;
        return true;
    }
    return false;
}

template <typename Integer>
bool toInteger(const QString &text, Integer minimum, Integer maximum, Integer &out)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < qlonglong(minimum) || value > qlonglong(maximum))
        return false;
    out = static_cast<Integer>(value);
    return true;
}

} // namespace

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

bool isHeadless(Mode mode)
{
    return mode == Mode::Demo || mode == Mode::Snapshot || mode == Mode::Alerts || mode == Mode::Import
        || mode == Mode::Export || mode == Mode::Check || mode == Mode::Prices || mode == Mode::Estimate
        || mode == Mode::Agenda || mode == Mode::Admin || mode == Mode::Migrate || mode == Mode::Backup;
}

namespace {

// A command's synopsis (kept as typed, in every language) and what it does (translated).
struct CommandSynopsis
{
    const char *synopsis;
    const char *description;
    bool drawsWindow; // the window and `report`: costboard only, not costboard-cli
};

constexpr CommandSynopsis commandSynopses[] = {
    { "[--db FILE] [--lang fr|en]", QT_TRANSLATE_NOOP("costboard::cli", "open the dashboard"), true },
    { "demo --db FILE [--weeks N] [--lines N] [--seed S] [--force]",
      QT_TRANSLATE_NOOP("costboard::cli", "create a demo portfolio database"), false },
    { "snapshot --db FILE [--from 2026-W01 --to 2026-W48 | --period P]\n"
      "[--week W] [--basis accrual|cash] [--by month|quarter|fiscal-year]\n"
      "[--project CODE]... [--decided-by LEVEL] [--category KEY]... [--json]",
      QT_TRANSLATE_NOOP("costboard::cli", "print the dashboard figures"), false },
    { "alerts --db FILE [--week W] [--json]",
      QT_TRANSLATE_NOOP("costboard::cli", "evaluate the alert rules, store and print the alerts"), false },
    { "import FILE... --db FILE [--format F] [--mapping NAME]\n"
      "[--project CODE] [--date-order dmy|mdy|ymd] [--effective-cost]\n"
      "[--exclude-tax] [--dry-run] [--accept-valid] [--json]",
      QT_TRANSLATE_NOOP("costboard::cli", "import cost files"), false },
    { "export --db FILE --out FILE.xlsx|FILE.csv\n"
      "[--from W --to W | --period P] [--week W] [--table NAME]...\n"
      "[--project CODE]... [--decided-by LEVEL] [--category KEY]...\n"
      "[--basis accrual|cash]",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "export the dashboard's tables to Excel or CSV (one FILE-<table>.csv per table)"),
      false },
    { "check --db FILE [--repair] [--json]",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "check that the database is whole and its totals match its cost lines; "
                        "--repair rebuilds the totals"),
      false },
    { "report --db FILE --week W --out FILE.pdf [--project CODE]...\n"
      "[--decided-by LEVEL] "
      "[--period P] [--orientation portrait|landscape]",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "write the weekly committee report as a PDF (works without a display)"),
      true },
    { "prices [list] [--db FILE] [--on DATE] [--provider P]\n"
      "[--model M]... [--json]",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "list the model prices in force on a day, with their date and source"),
      false },
    { "prices import FILE --db FILE [--effective-from DATE]",
      QT_TRANSLATE_NOOP("costboard::cli", "import a price list: CostBoard's, or LiteLLM's JSON map"), false },
    { "prices set --db FILE --provider P --model M --meter KEY\n"
      "--price DECIMAL [--currency USD] --effective-from DATE --source TEXT",
      QT_TRANSLATE_NOOP("costboard::cli", "add a price, in force from its date"), false },
    { "prices check --db FILE [--json]",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "list the models seen in imported token usage that have no price (exit code 1 "
                        "when there are some)"),
      false },
    { "prices usage --db FILE [--json]",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "usage against invoice: per provider and month, the token usage priced from the "
                        "catalog beside the provider's bill, and the gap"),
      false },
    { "estimate --model M [--model M]... [--provider P]\n"
      "--requests-per-day N --input-tokens I --output-tokens O\n"
      "[--cached-tokens C] [--words W] [--input-words W]\n"
      "[--text-lang fr|en] [--growth PERCENT] [--months 12]\n"
      "[--on DATE] [--db FILE] [--json]",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "estimate an inference workload's cost per request, week, month and year, for up "
                        "to four models side by side"),
      false },
    { "agenda --db FILE [--on DATE] [--json] [--ics FILE]",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "print the agenda of the committee's next session: open alerts, projects for the "
                        "committee, milestones due or late, KPIs off target, decisions due, and the last "
                        "session's decisions"),
      false },
    { "admin init-server --db postgresql://USER@HOST/DB",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "give a server database CostBoard's schema and the roles costboard_viewer, "
                        "costboard_controller and costboard_admin, which the server enforces (run as the "
                        "database's owner)"),
      false },
    { "admin grant --db postgresql://USER@HOST/DB --user NAME\n"
      "--role viewer|controller|admin",
      QT_TRANSLATE_NOOP("costboard::cli", "give a server login one of CostBoard's roles (and no other)"),
      false },
    { "migrate --from FILE --to postgresql://USER@HOST/DB",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "copy a single-user database to an empty server database, in one transaction, "
                        "checking that the counts and totals are equal"),
      false },
    { "backup --db FILE|postgresql://… --out FILE",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "write a consistent copy of the database: a SQLite file, or pg_dump's custom "
                        "format for a server (pg_restore reads it)"),
      false },
    { "--version | --help", nullptr, false },
};

// An option as typed, what it does (translated; "\n" where the line breaks) and whether only
// costboard (not costboard-cli) has it.
struct OptionHelp
{
    const char *option;
    const char *description;
    bool drawsWindow;
};

constexpr OptionHelp optionHelps[] = {
    { "--db FILE",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "the CostBoard database (the window: default the last one opened, or "
                        "costboard.sqlite in the application data folder)"),
      false },
    { "--lang LANG",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "every command: fr or en, for texts, names, dates and amounts (\"1 234,56 €\" or "
                        "\"€1,234.56\"); default: the interface preference, else the system language"),
      false },
    { "--weeks N",
      QT_TRANSLATE_NOOP("costboard::cli", "demo: weeks of history ending this week (4-520, default 78)"),
      false },
    { "--lines N",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "demo: approximate number of cost lines (100-20000000, default 50000)"),
      false },
    { "--seed S",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "demo: random seed; the same seed gives the same data (default 2026)"),
      false },
    { "--force", QT_TRANSLATE_NOOP("costboard::cli", "demo: overwrite FILE if it exists"), false },
    { "--from W --to W",
      QT_TRANSLATE_NOOP("costboard::cli", "snapshot, export: the weeks shown, e.g. 2026-W01 and 2026-W48"),
      false },
    { "--period P",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "snapshot, export, report: last-13-weeks (default), last-26-weeks, quarter-to-date, "
                        "year-to-date or last-52-weeks"),
      false },
    { "--week W",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "snapshot, alerts, export, report: the reporting week (default: this week)"),
      false },
    { "--basis B",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "snapshot, export: accrual (default: costs over their service period) or cash "
                        "(costs on their invoice date)"),
      false },
    { "--by P",
      QT_TRANSLATE_NOOP(
          "costboard::cli",
          "snapshot: also list the actual, budget and forecast of every month, quarter or fiscal year of "
          "the period (month, quarter, fiscal-year; repeat or separate with commas)"),
      false },
    { "--project CODE",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "snapshot, export, report: only these projects (repeat, or separate with commas); "
                        "import: rows the file does not place go to this project"),
      false },
    { "--decided-by LEVEL",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "snapshot, export, report: only the projects whose decisions belong to this level: "
                        "committee (the CEO's), cio or cfo"),
      false },
    { "--category KEY",
      QT_TRANSLATE_NOOP(
          "costboard::cli",
          "snapshot, export: only these categories: inference, fine-tuning, prompt-engineering, cloud, "
          "model-training, salaries, staff-training, infrastructure, data-security, licences-other"),
      false },
    { "--json",
      QT_TRANSLATE_NOOP(
          "costboard::cli",
          "snapshot, alerts, import, check, agenda: JSON with amounts in minor units and the currency, keys "
          "rather than names (the same in every language)"),
      false },
    { "--format F",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "import: auto (default: recognised by its columns or keys), csv, focus, openai, "
                        "anthropic, azure, aws-cur, gcp, or for token usage openai-usage, anthropic-usage "
                        "or usage-csv"),
      false },
    { "--mapping NAME",
      QT_TRANSLATE_NOOP("costboard::cli", "import: the saved column mapping of a generic CSV file"), false },
    { "--date-order O",
      QT_TRANSLATE_NOOP("costboard::cli", "import: dmy, mdy or ymd when a CSV's dates read both ways"),
      false },
    { "--effective-cost",
      QT_TRANSLATE_NOOP("costboard::cli", "import: FOCUS EffectiveCost (amortised) instead of BilledCost"),
      false },
    { "--exclude-tax", QT_TRANSLATE_NOOP("costboard::cli", "import: leave tax rows out"), false },
    { "--dry-run",
      QT_TRANSLATE_NOOP("costboard::cli", "import: check and total per project and category, write nothing"),
      false },
    { "--accept-valid",
      QT_TRANSLATE_NOOP("costboard::cli", "import: book the valid rows of a file that has bad ones"), false },
    { "--repair",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "check: rebuild the daily totals, import totals and reporting amounts from the cost "
                        "lines, in one transaction"),
      false },
    { "--out FILE",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "export: an .xlsx workbook (one sheet per table) or CSV: FILE itself for one "
                        "--table, else FILE-<table>.csv for each table; CSV files use ';' and a decimal "
                        "comma in French, ',' and a decimal point in English"),
      false },
    { "--table NAME",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "export: weekly-by-category, weekly-by-project, weekly-by-vendor, budget-by-period "
                        "or cost-lines (default: all; repeat or use commas)"),
      false },
    { "--out FILE.pdf", QT_TRANSLATE_NOOP("costboard::cli", "report: the PDF to write"), true },
    { "--orientation O",
      QT_TRANSLATE_NOOP("costboard::cli", "report: portrait (default) or landscape A4 pages"), true },
    { "--on DATE",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "prices, estimate: the prices in force on that day; agenda: the day it is "
                        "prepared (YYYY-MM-DD, default today)"),
      false },
    { "--user NAME --role R",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "admin grant: the server login, and its CostBoard role: viewer, controller or admin"),
      false },
    { "--to ADDRESS",
      QT_TRANSLATE_NOOP("costboard::cli", "migrate: the empty server database the file is copied to"),
      false },
    { "--ics FILE",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "agenda: also write the committee's sessions and the projects' milestones as an "
                        "iCalendar file, for the members' calendars"),
      false },
    { "--model M",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "prices: only these models; estimate: the model to price, up to four to compare "
                        "(repeat or separate with commas), as provider/model when two providers price it; "
                        "set: the model priced"),
      false },
    { "--provider P",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "prices, estimate: the provider (openai, anthropic, google, mistral, azure…); "
                        "estimate needs it only when two providers price the model"),
      false },
    { "--effective-from DATE",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "prices import: the day an undated price list (LiteLLM's) takes effect, default "
                        "today; prices set: the day the price takes effect"),
      false },
    { "--meter KEY",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "prices set: input, cached-input, cache-write, output, training (per 1M tokens), "
                        "image, audio-minute, hosting-hour or gpu-hour (per unit)"),
      false },
    { "--requests-per-day N",
      QT_TRANSLATE_NOOP("costboard::cli", "estimate: requests a day in the first month"), false },
    { "--input-tokens I",
      QT_TRANSLATE_NOOP("costboard::cli", "estimate: tokens read per request (prompt and context)"), false },
    { "--output-tokens O", QT_TRANSLATE_NOOP("costboard::cli", "estimate: tokens generated per request"),
      false },
    { "--cached-tokens C",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "estimate: of the input tokens, those read from the provider's cache"),
      false },
    { "--words W",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "estimate: words generated per request instead of --output-tokens, turned into "
                        "tokens at the text language's tokens per word"),
      false },
    { "--input-words W",
      QT_TRANSLATE_NOOP("costboard::cli", "estimate: words read per request instead of --input-tokens"),
      false },
    { "--text-lang L",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "estimate: fr or en, the language of the words (default: --lang, else the "
                        "interface language); French takes more tokens per word"),
      false },
    { "--growth PERCENT",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "estimate: monthly growth of the volume, e.g. 5 or 2.5 (default 0)"),
      false },
    { "--months N", QT_TRANSLATE_NOOP("costboard::cli", "estimate: months listed, 1 to 60 (default 12)"),
      false },
    { "--verbose",
      QT_TRANSLATE_NOOP("costboard::cli",
                        "print debug messages on stderr (otherwise a command prints only its results on "
                        "stdout and its errors, once, on stderr)"),
      false },
};

// Words filled into lines of at most 79 columns, every line after the first indented by `indent`:
// each language's sentences break where its own words fall.
QString wrapped(const QString &text, int indent)
{
    constexpr int lineWidth = 79;
    QString out;
    qsizetype column = indent;
    for (const QString &word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        if (column > indent && column + 1 + word.size() > lineWidth) {
            out += u'\n' + QString(indent, u' ');
            column = indent;
        } else if (column > indent) {
            out += u' ';
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out + u'\n';
}

// A synopsis as written, its continuation lines under the command.
QString indented(const QString &text, int indent)
{
    return text.split(u'\n').join(u'\n' + QString(indent, u' ')) + u'\n';
}

} // namespace

QString programName(Program program)
{
    return program == Program::Window ? QStringLiteral("costboard") : QStringLiteral("costboard-cli");
}

QString usageText(Program program)
{
    const QString name = programName(program);
    QString text = QCoreApplication::translate("costboard::cli", "Usage:") + u'\n';
    for (const CommandSynopsis &command : commandSynopses) {
        if (command.drawsWindow && program != Program::Window)
            continue;
        // "  costboard demo …", its continuation lines under the command's first option.
        const QString synopsis = QString::fromUtf8(command.synopsis);
        text += QStringLiteral("  ") + name + u' ' + indented(synopsis, 6);
        if (command.description)
            text += QStringLiteral("      ")
                + wrapped(QCoreApplication::translate("costboard::cli", command.description), 6);
    }
    text += u'\n';
    if (program == Program::Window)
        text += wrapped(QCoreApplication::translate("costboard::cli",
                                                    "costboard-cli runs demo, snapshot, alerts, import, "
                                                    "export, check, prices, estimate, agenda, admin, "
                                                    "migrate and backup without any GUI library."),
                        0);
    text += wrapped(QCoreApplication::translate("costboard::cli",
                                                "Every command except demo refuses a --db file that does "
                                                "not exist."),
                    0);
    return text;
}

QString helpText(Program program)
{
    constexpr int descriptionColumn = 20;
    QString text
        = usageText(program) + u'\n' + QCoreApplication::translate("costboard::cli", "Options:") + u'\n';
    for (const OptionHelp &option : optionHelps) {
        if (option.drawsWindow && program != Program::Window)
            continue;
        QString line = QStringLiteral("  ") + QString::fromUtf8(option.option);
        line = line.size() < descriptionColumn ? line.leftJustified(descriptionColumn)
                                               : line + u'\n' + QString(descriptionColumn, u' ');
        text += line
            + wrapped(QCoreApplication::translate("costboard::cli", option.description), descriptionColumn);
    }
    text += u'\n'
        + QCoreApplication::translate(
                "costboard::cli",
                "Exit codes:\n"
                "  0  success; alerts: no open alert above info\n"
                "  1  the command failed (e.g. a file cannot be written); alerts: the worst\n"
                "     open alert is a warning; import: rows were rejected (or a dry run\n"
                "     found problems); check: problems remain\n"
                "  2  bad command line: unknown option, missing or bad value, unknown\n"
                "     project code\n"
                "  3  the database cannot be opened: missing, not a CostBoard database,\n"
                "     written by a newer CostBoard, or unreadable\n"
                "  4  alerts: a critical alert is open; import: a file cannot be read\n");
    return text;
}

Invocation parseFor(Program program, const QStringList &arguments)
{
    Invocation invocation = parse(arguments);
    if (program == Program::CommandLineOnly
        && (invocation.mode == Mode::Gui || invocation.mode == Mode::Report)) {
        invocation.mode = Mode::Error;
        invocation.errorMessage = QCoreApplication::translate(
            "costboard::cli",
            "costboard-cli runs demo, snapshot, alerts, import, export, check, prices, "
            "estimate, agenda, admin, migrate and backup; the window and the report need costboard");
    }
    return invocation;
}

QString languageOption(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString value;
        if (argument.startsWith(QLatin1String("--lang=")))
            value = argument.mid(7);
        else if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        if (value == QLatin1String("fr") || value == QLatin1String("en"))
            return value;
    }
    return QString();
}

Invocation parse(const QStringList &arguments)
{
    Invocation invocation;
    qsizetype index = 1;
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("demo")) {
        invocation.mode = Mode::Demo;
        index = 2;
    } else if (arguments.size() > 1 && arguments.at(1) == QLatin1String("snapshot")) {
        invocation.mode = Mode::Snapshot;
        index = 2;
    } else if (arguments.size() > 1 && arguments.at(1) == QLatin1String("alerts")) {
        invocation.mode = Mode::Alerts;
        index = 2;
    } else if (arguments.size() > 1 && arguments.at(1) == QLatin1String("import")) {
        invocation.mode = Mode::Import;
        index = 2;
    } else if (arguments.size() > 1 && arguments.at(1) == QLatin1String("export")) {
        invocation.mode = Mode::Export;
        index = 2;
    } else if (arguments.size() > 1 && arguments.at(1) == QLatin1String("check")) {
        invocation.mode = Mode::Check;
        index = 2;
    } else if (arguments.size() > 1 && arguments.at(1) == QLatin1String("report")) {
        invocation.mode = Mode::Report;
        index = 2;
    } else if (arguments.size() > 1 && arguments.at(1) == QLatin1String("prices")) {
        invocation.mode = Mode::Prices;
        index = 2;
        invocation.pricesAction = QStringLiteral("list");
        const QStringList actions { QStringLiteral("list"), QStringLiteral("import"), QStringLiteral("set"),
                                    QStringLiteral("check"), QStringLiteral("usage") };
        if (arguments.size() > 2 && actions.contains(arguments.at(2))) {
            invocation.pricesAction = arguments.at(2);
            index = 3;
        }
    } else if (arguments.size() > 1 && arguments.at(1) == QLatin1String("estimate")) {
        invocation.mode = Mode::Estimate;
        index = 2;
    } else if (arguments.size() > 1 && arguments.at(1) == QLatin1String("agenda")) {
        invocation.mode = Mode::Agenda;
        index = 2;
    } else if (arguments.size() > 1 && arguments.at(1) == QLatin1String("admin")) {
        invocation.mode = Mode::Admin;
        index = 2;
        if (arguments.size() > 2
            && (arguments.at(2) == QLatin1String("init-server")
                || arguments.at(2) == QLatin1String("grant"))) {
            invocation.adminAction = arguments.at(2);
            index = 3;
        }
    } else if (arguments.size() > 1 && arguments.at(1) == QLatin1String("migrate")) {
        invocation.mode = Mode::Migrate;
        index = 2;
    } else if (arguments.size() > 1 && arguments.at(1) == QLatin1String("backup")) {
        invocation.mode = Mode::Backup;
        index = 2;
    }

    auto fail = [&](const QString &message) {
        invocation.mode = Mode::Error;
        invocation.errorMessage = message;
        return invocation;
    };

    for (; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        QString value;
        QString error;
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            invocation.mode = Mode::Help;
            return invocation;
        }
        if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            invocation.mode = Mode::Version;
            return invocation;
        }
        if (argument == QLatin1String("--verbose")) {
            invocation.verbose = true;
            continue;
        }
        if (argument == QLatin1String("--force") && invocation.mode == Mode::Demo) {
            invocation.force = true;
            continue;
        }
        if (takeValue(arguments, index, QStringLiteral("--db"), value, error)) {
            if (!error.isEmpty())
                return fail(error);
            invocation.databasePath = value;
            continue;
        }
        if ((invocation.mode == Mode::Gui || invocation.mode == Mode::Report)
            && isQtGuiOption(arguments, index))
            continue;
        if (takeValue(arguments, index, QStringLiteral("--lang"), value, error)) {
            if (!error.isEmpty())
                return fail(error);
            if (value != QLatin1String("fr") && value != QLatin1String("en"))
                return fail(QCoreApplication::translate("costboard::cli", "--lang takes fr or en, not \"%1\"")
                                .arg(value));
            invocation.language = value;
            continue;
        }
        if (invocation.mode == Mode::Gui) {
            if (takeValue(arguments, index, QStringLiteral("--screenshot"), value, error)) {
                if (!error.isEmpty())
                    return fail(error);
                invocation.screenshotPath = value;
                continue;
            }
            if (takeValue(arguments, index, QStringLiteral("--page"), value, error)) {
                if (!error.isEmpty() || !toInteger(value, 0, 20, invocation.screenshotPage))
                    return fail(error.isEmpty() ? QCoreApplication::translate(
                                    "costboard::cli", "--page takes a page number from 0")
                                                : error);
                continue;
            }
            if (takeValue(arguments, index, QStringLiteral("--size"), value, error)) {
                const QStringList parts = value.split(u'x');
                int width = 0;
                int height = 0;
                if (!error.isEmpty() || parts.size() != 2 || !toInteger(parts.at(0), 640, 7680, width)
                    || !toInteger(parts.at(1), 480, 4320, height))
                    return fail(error.isEmpty() ? QCoreApplication::translate(
                                    "costboard::cli", "--size takes WIDTHxHEIGHT, e.g. 1366x768")
                                                : error);
                invocation.screenshotSize = QSize(width, height);
                continue;
            }
        }
        if (invocation.mode == Mode::Demo) {
            if (takeValue(arguments, index, QStringLiteral("--weeks"), value, error)) {
                if (!error.isEmpty() || !toInteger(value, 4, 520, invocation.weeks))
                    return fail(error.isEmpty() ? QCoreApplication::translate(
                                    "costboard::cli", "--weeks takes a whole number from 4 to 520")
                                                : error);
                continue;
            }
            if (takeValue(arguments, index, QStringLiteral("--lines"), value, error)) {
                if (!error.isEmpty() || !toInteger<qint64>(value, 100, 20'000'000, invocation.lines))
                    return fail(error.isEmpty() ? QCoreApplication::translate(
                                    "costboard::cli", "--lines takes a whole number from 100 to 20000000")
                                                : error);
                continue;
            }
            if (takeValue(arguments, index, QStringLiteral("--seed"), value, error)) {
                qlonglong seed = 0;
                if (!error.isEmpty()
                    || !toInteger<qlonglong>(value, 0, std::numeric_limits<qlonglong>::max(), seed))
                    return fail(error.isEmpty() ? QCoreApplication::translate(
                                    "costboard::cli", "--seed takes a non-negative whole number")
                                                : error);
                invocation.seed = static_cast<quint64>(seed);
                continue;
            }
        }
        if (invocation.mode == Mode::Alerts) {
            if (argument == QLatin1String("--json")) {
                invocation.json = true;
                continue;
            }
            if (takeValue(arguments, index, QStringLiteral("--week"), value, error)) {
                if (!error.isEmpty())
                    return fail(error);
                invocation.week = value;
                continue;
            }
        }
        if (invocation.mode == Mode::Check) {
            if (argument == QLatin1String("--json")) {
                invocation.json = true;
                continue;
            }
            if (argument == QLatin1String("--repair")) {
                invocation.repair = true;
                continue;
            }
        }
        if (invocation.mode == Mode::Import) {
            const std::pair<const char *, bool *> flags[]
                = { { "--json", &invocation.json },
                    { "--dry-run", &invocation.dryRun },
                    { "--accept-valid", &invocation.acceptValid },
                    { "--effective-cost", &invocation.effectiveCost },
                    { "--exclude-tax", &invocation.excludeTax } };
            bool matched = false;
            for (const auto &[name, target] : flags) {
                if (argument == QLatin1String(name)) {
                    *target = true;
                    matched = true;
                }
            }
            if (matched)
                continue;
            const Taken taken = takeOption(arguments, index,
                                           { { "--format", &invocation.format },
                                             { "--mapping", &invocation.mapping },
                                             { "--date-order", &invocation.dateOrder } },
                                           {}, error);
            if (taken == Taken::Failed)
                return fail(error);
            if (taken == Taken::Yes)
                continue;
            if (takeValue(arguments, index, QStringLiteral("--project"), value, error)) {
                if (!error.isEmpty())
                    return fail(error);
                invocation.projectCodes = { value };
                continue;
            }
            if (!argument.startsWith(QLatin1String("--"))) {
                invocation.files << argument;
                continue;
            }
        }
        // snapshot and export describe the same dashboard query: one table of its options.
        if (invocation.mode == Mode::Export || invocation.mode == Mode::Snapshot) {
            const Taken taken = takeOption(
                arguments, index,
                { { "--from", &invocation.from },
                  { "--to", &invocation.to },
                  { "--period", &invocation.preset },
                  { "--week", &invocation.week },
                  { "--basis", &invocation.basis },
                  { "--decided-by", &invocation.decidedBy } },
                { { "--project", &invocation.projectCodes }, { "--category", &invocation.categoryKeys } },
                error);
            if (taken == Taken::Failed)
                return fail(error);
            if (taken == Taken::Yes)
                continue;
        }
        if (invocation.mode == Mode::Export) {
            const Taken taken = takeOption(arguments, index, { { "--out", &invocation.exportPath } },
                                           { { "--table", &invocation.exportTables } }, error);
            if (taken == Taken::Failed)
                return fail(error);
            if (taken == Taken::Yes)
                continue;
        }
        if (invocation.mode == Mode::Report) {
            const Taken taken = takeOption(arguments, index,
                                           { { "--out", &invocation.reportPath },
                                             { "--week", &invocation.week },
                                             { "--period", &invocation.preset },
                                             { "--orientation", &invocation.orientation },
                                             { "--decided-by", &invocation.decidedBy } },
                                           { { "--project", &invocation.projectCodes } }, error);
            if (taken == Taken::Failed)
                return fail(error);
            if (taken == Taken::Yes)
                continue;
        }
        if (invocation.mode == Mode::Prices) {
            if (argument == QLatin1String("--json")
                && (invocation.pricesAction == QLatin1String("list")
                    || invocation.pricesAction == QLatin1String("check")
                    || invocation.pricesAction == QLatin1String("usage"))) {
                invocation.json = true;
                continue;
            }
            const Taken taken = takeOption(arguments, index,
                                           { { "--on", &invocation.on },
                                             { "--effective-from", &invocation.effectiveFrom },
                                             { "--provider", &invocation.provider },
                                             { "--meter", &invocation.meter },
                                             { "--price", &invocation.price },
                                             { "--currency", &invocation.currency },
                                             { "--source", &invocation.source } },
                                           { { "--model", &invocation.models } }, error);
            if (taken == Taken::Failed)
                return fail(error);
            if (taken == Taken::Yes)
                continue;
            if (invocation.pricesAction == QLatin1String("import")
                && !argument.startsWith(QLatin1String("--"))) {
                invocation.files << argument;
                continue;
            }
        }
        if (invocation.mode == Mode::Estimate) {
            if (argument == QLatin1String("--json")) {
                invocation.json = true;
                continue;
            }
            const Taken taken = takeOption(arguments, index,
                                           { { "--on", &invocation.on },
                                             { "--provider", &invocation.provider },
                                             { "--requests-per-day", &invocation.requestsPerDay },
                                             { "--input-tokens", &invocation.inputTokens },
                                             { "--output-tokens", &invocation.outputTokens },
                                             { "--cached-tokens", &invocation.cachedTokens },
                                             { "--words", &invocation.words },
                                             { "--input-words", &invocation.inputWords },
                                             { "--text-lang", &invocation.textLanguage },
                                             { "--growth", &invocation.growth },
                                             { "--months", &invocation.months } },
                                           { { "--model", &invocation.models } }, error);
            if (taken == Taken::Failed)
                return fail(error);
            if (taken == Taken::Yes)
                continue;
        }
        if (invocation.mode == Mode::Agenda) {
            if (argument == QLatin1String("--json")) {
                invocation.json = true;
                continue;
            }
            const Taken taken = takeOption(
                arguments, index, { { "--on", &invocation.on }, { "--ics", &invocation.calendarPath } }, {},
                error);
            if (taken == Taken::Failed)
                return fail(error);
            if (taken == Taken::Yes)
                continue;
        }
        if (invocation.mode == Mode::Admin || invocation.mode == Mode::Migrate
            || invocation.mode == Mode::Backup) {
            Taken taken = Taken::No;
            if (invocation.mode == Mode::Admin)
                taken = takeOption(
                    arguments, index,
                    { { "--user", &invocation.grantUser }, { "--role", &invocation.grantRole } }, {}, error);
            else if (invocation.mode == Mode::Migrate)
                taken = takeOption(arguments, index,
                                   { { "--from", &invocation.from }, { "--to", &invocation.to } }, {}, error);
            else
                taken = takeOption(arguments, index, { { "--out", &invocation.exportPath } }, {}, error);
            if (taken == Taken::Failed)
                return fail(error);
            if (taken == Taken::Yes)
                continue;
        }
        if (invocation.mode == Mode::Snapshot) {
            if (argument == QLatin1String("--json")) {
                invocation.json = true;
                continue;
            }
            const Taken taken = takeOption(arguments, index, {}, { { "--by", &invocation.by } }, error);
            if (taken == Taken::Failed)
                return fail(error);
            if (taken == Taken::Yes)
                continue;
        }
        return fail(QCoreApplication::translate("costboard::cli", "unknown argument \"%1\"").arg(argument));
    }
    if (invocation.mode == Mode::Demo && invocation.databasePath.isEmpty())
        return fail(QCoreApplication::translate("costboard::cli", "demo needs --db FILE"));
    if (invocation.mode == Mode::Snapshot && invocation.databasePath.isEmpty())
        return fail(QCoreApplication::translate("costboard::cli", "snapshot needs --db FILE"));
    if (invocation.mode == Mode::Alerts && invocation.databasePath.isEmpty())
        return fail(QCoreApplication::translate("costboard::cli", "alerts needs --db FILE"));
    if (invocation.mode == Mode::Check && invocation.databasePath.isEmpty())
        return fail(QCoreApplication::translate("costboard::cli", "check needs --db FILE"));
    if (invocation.mode == Mode::Agenda && invocation.databasePath.isEmpty())
        return fail(QCoreApplication::translate("costboard::cli", "agenda needs --db FILE"));
    if (invocation.mode == Mode::Admin) {
        if (invocation.adminAction.isEmpty())
            return fail(QCoreApplication::translate("costboard::cli", "admin needs init-server or grant"));
        if (invocation.databasePath.isEmpty())
            return fail(QCoreApplication::translate("costboard::cli", "admin needs --db postgresql://…"));
        if (invocation.adminAction == QLatin1String("grant")
            && (invocation.grantUser.isEmpty() || invocation.grantRole.isEmpty()))
            return fail(QCoreApplication::translate("costboard::cli", "admin grant needs --user and --role"));
    }
    if (invocation.mode == Mode::Migrate && (invocation.from.isEmpty() || invocation.to.isEmpty()))
        return fail(QCoreApplication::translate("costboard::cli",
                                                "migrate needs --from FILE and --to postgresql://…"));
    if (invocation.mode == Mode::Backup
        && (invocation.databasePath.isEmpty() || invocation.exportPath.isEmpty()))
        return fail(QCoreApplication::translate("costboard::cli", "backup needs --db and --out FILE"));
    if (invocation.mode == Mode::Import && invocation.databasePath.isEmpty())
        return fail(QCoreApplication::translate("costboard::cli", "import needs --db FILE"));
    if (invocation.mode == Mode::Import && invocation.files.isEmpty())
        return fail(QCoreApplication::translate("costboard::cli", "import needs at least one FILE"));
    if (invocation.mode == Mode::Export) {
        if (invocation.databasePath.isEmpty())
            return fail(QCoreApplication::translate("costboard::cli", "export needs --db FILE"));
        if (invocation.exportPath.isEmpty())
            return fail(QCoreApplication::translate("costboard::cli",
                                                    "export needs --out FILE.xlsx or --out FILE.csv"));
        const QString suffix = invocation.exportPath.section(u'.', -1).toLower();
        if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
            return fail(QCoreApplication::translate("costboard::cli",
                                                    "--out names an .xlsx or a .csv file, not \"%1\"")
                            .arg(invocation.exportPath));
        if (invocation.from.isEmpty() != invocation.to.isEmpty())
            return fail(QCoreApplication::translate("costboard::cli", "--from and --to go together"));
    }
    if (invocation.mode == Mode::Prices) {
        const bool needsDatabase = invocation.pricesAction != QLatin1String("list");
        if (needsDatabase && invocation.databasePath.isEmpty())
            return fail(QCoreApplication::translate("costboard::cli", "prices %1 needs --db FILE")
                            .arg(invocation.pricesAction));
        if (invocation.pricesAction == QLatin1String("import") && invocation.files.size() != 1)
            return fail(QCoreApplication::translate("costboard::cli", "prices import needs one FILE"));
        if (invocation.pricesAction == QLatin1String("set")) {
            const std::pair<const char *, const QString *> required[] = {
                { "--provider", &invocation.provider }, { "--meter", &invocation.meter },
                { "--price", &invocation.price },       { "--effective-from", &invocation.effectiveFrom },
                { "--source", &invocation.source },
            };
            for (const auto &[name, value] : required) {
                if (value->isEmpty())
                    return fail(QCoreApplication::translate("costboard::cli", "prices set needs %1")
                                    .arg(QLatin1String(name)));
            }
            if (invocation.models.size() != 1)
                return fail(QCoreApplication::translate("costboard::cli", "prices set needs one --model"));
        }
    }
    if (invocation.mode == Mode::Estimate) {
        if (invocation.models.isEmpty() || invocation.models.size() > 4)
            return fail(QCoreApplication::translate("costboard::cli", "estimate needs one to four --model"));
        if (invocation.requestsPerDay.isEmpty())
            return fail(QCoreApplication::translate("costboard::cli", "estimate needs --requests-per-day"));
        if (invocation.inputTokens.isEmpty() && invocation.inputWords.isEmpty())
            return fail(QCoreApplication::translate("costboard::cli",
                                                    "estimate needs --input-tokens or --input-words"));
        if (invocation.outputTokens.isEmpty() && invocation.words.isEmpty())
            return fail(
                QCoreApplication::translate("costboard::cli", "estimate needs --output-tokens or --words"));
    }
    if (invocation.mode == Mode::Snapshot && invocation.from.isEmpty() != invocation.to.isEmpty())
        return fail(QCoreApplication::translate("costboard::cli", "--from and --to go together"));
    if (invocation.mode == Mode::Report) {
        if (invocation.databasePath.isEmpty())
            return fail(QCoreApplication::translate("costboard::cli", "report needs --db FILE"));
        if (invocation.reportPath.isEmpty())
            return fail(QCoreApplication::translate("costboard::cli", "report needs --out FILE.pdf"));
        if (!invocation.orientation.isEmpty() && invocation.orientation != QLatin1String("portrait")
            && invocation.orientation != QLatin1String("landscape"))
            return fail(QCoreApplication::translate("costboard::cli",
                                                    "--orientation takes portrait or landscape, not \"%1\"")
                            .arg(invocation.orientation));
    }
    return invocation;
}

} // namespace costboard::cli
