// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QJsonObject>
#include <QString>

#include "alerts/alertrule.h"
#include "analytics/dashboardquery.h"
#include "commandline.h"
#include "domain/entities.h"
#include "domain/isoweek.h"
#include "storage/database.h"

namespace costboard::cli {

// A value on the command line that the command cannot use (an unknown project code, a week that
// does not exist): the command prints it and exits with exitcode::BadCommandLine.
class BadOption final
{
public:
    BadOption(QString option, QString reason)
        : m_option(std::move(option))
        , m_reason(std::move(reason))
    { }
    // "--week: "2026-W99" is not an ISO week such as 2026-W48"
    QString text() const { return m_option + QStringLiteral(": ") + m_reason; }

private:
    QString m_option;
    QString m_reason;
};

// The --db file cannot be opened (missing, not a CostBoard database, newer): exit code 3.
struct DatabaseUnavailable
{
    QString text; // translated, for stderr
    std::string english; // for the log file
};

// Opens the --db file for a command, refusing one that does not exist (nothing is created);
// throws DatabaseUnavailable when it cannot be opened. The commands that only read open it
// ReadOnly: they never migrate, stamp or switch the file to WAL.
std::unique_ptr<Database> openExistingDatabase(const Invocation &invocation, Database::Access access);

// Runs a command's body and turns what it throws into one line on stderr ("costboard
// snapshot: …", translated) and the exit code of the table in commandline.h; `failure` is the
// code of any other error (exitcode::Failed for most commands). The log file gets the English.
int runGuarded(const char *command, int failure, const std::function<int()> &body);

// A YYYY-MM-DD option (`fallback` when not given); throws BadOption for anything else.
QDate dateOption(const char *option, const QString &text, const QDate &fallback);
// --week (default: this week).
IsoWeek weekOption(const Invocation &invocation);
// --period (default: `fallback`); a custom range is not a preset.
PeriodPreset periodOption(const Invocation &invocation, PeriodPreset fallback);
// --project CODE…: the projects of `database` with these codes.
QList<ProjectId> projectOption(const Invocation &invocation, Database &database);
// --project CODE… or --decided-by LEVEL: the projects and level of `query`.
void selectProjects(const Invocation &invocation, Database &database, DashboardQuery &query);

// An alert as `alerts --json` and `agenda --json` print it.
QJsonObject alertToJson(const Alert &alert, const QHash<ProjectId, Project> &projects);

} // namespace costboard::cli
