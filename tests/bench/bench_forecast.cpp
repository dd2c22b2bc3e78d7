// SPDX-License-Identifier: GPL-3.0-or-later
// How good the forecast is on the demo portfolio: each past fiscal quarter is forecast from its
// first weeks, on a copy of the database holding only the lines invoiced by then (what the
// committee would have seen), and compared with what it turned out to be. Prints the absolute percentage
// error per quarter and the mean (MAPE), for the portfolio and for every project; never fails. Also times the
// forecast itself.
//
//   bench_forecast [--db FILE] [--lines N] [--runs R] [--weeks-in W]
//
// Without --db it generates a demo (seed 7, 104 weeks) in a temporary file.

#include <cmath>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "analytics/positions.h"
#include "benchsupport.h"
#include "demo/demoportfolio.h"
#include "errors.h"
#include "errortexts.h"
#include "storage/costlinerepository.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"

using namespace costboard;
using namespace costboard::bench;

namespace {

struct Errors
{
    double sum = 0;
    int count = 0;
    void add(double value)
    {
        sum += value;
        ++count;
    }
    QString mean() const
    {
        return count ? QString::number(sum / count * 100.0, 'f', 1) + u'%' : QStringLiteral("n/a");
    }
};

// |forecast - actual| / actual: a ratio of two amounts, for a table, never for money.
double absolutePercentageError(std::int64_t forecast, std::int64_t actual)
{
    return std::abs(double(forecast - actual)) / double(actual);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_forecast"));
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("An existing database."),
                                      QStringLiteral("file"));
    const QCommandLineOption weeksInOption(
        QStringLiteral("weeks-in"),
        QStringLiteral("Weeks of the quarter known when it is forecast (default 4)."),
        QStringLiteral("weeks"), QStringLiteral("4"));
    parser.addOptions({ dbOption, weeksInOption });
    parser.process(app);
    const int weeksIn = std::clamp(parser.value(weeksInOption).toInt(), 1, 12);

    QTemporaryDir directory;
    try {
        std::unique_ptr<Database> database;
        QString path = directory.filePath(QStringLiteral("forecast.sqlite"));
        if (parser.isSet(dbOption)) {
            path = parser.value(dbOption);
            database = Database::openSqlite(path);
        } else {
            database = Database::openSqlite(path);
            DemoOptions demo;
            demo.weeks = 104;
            demo.lines = 20'000;
            demo.seed = 7;
            demo.lastWeek = IsoWeek(2026, 48);
            generateDemoPortfolio(*database, demo);
        }
        const FiscalCalendar calendar = DatabaseSettings(*database).calendar();
        const QList<Project> projects = ProjectRepository(*database).list(true);
        QList<BudgetScope> scopes { BudgetScope {} };
        for (const Project &project : projects)
            scopes << BudgetScope { project.id, std::nullopt };

        // Every whole quarter with a quarter of history before it.
        const QDate today = IsoWeek(2026, 48).sunday();
        QList<DayRange> quarters;
        for (DayRange quarter = calendar.quarter(QDate(2025, 1, 1)); quarter.last < today;
             quarter = calendar.quarter(quarter.last.addDays(1)))
            quarters << quarter;

        out() << "Forecast of each quarter made after " << weeksIn
              << " week(s) of it, against its actual (accrual basis)\n\n";
        out() << qSetFieldWidth(12) << Qt::left << "quarter" << qSetFieldWidth(18) << Qt::right << "forecast"
              << "actual"
              << "abs. error" << qSetFieldWidth(0) << "\n";
        Errors portfolio;
        QList<Errors> perProject(projects.size());
        // The copy the early forecasts read: the lines invoiced after their date are taken out.
        const QString pastPath = directory.filePath(QStringLiteral("as-known-then.sqlite"));
        const auto knownOn = [&](const QDate &asOf) {
            QFile::remove(pastPath);
            SqlStatement copy(*database, QStringLiteral("VACUUM INTO :path"));
            copy.bind(QStringLiteral(":path"), pastPath).exec();
            auto past = Database::openSqlite(pastPath);
            SqlStatement later(*past, QStringLiteral("DELETE FROM cost_lines WHERE incurred_on > :day"));
            later.bind(QStringLiteral(":day"), asOf.toString(Qt::ISODate)).exec();
            CostLineRepository(*past).rebuildRollups();
            return past;
        };
        for (const DayRange &quarter : std::as_const(quarters)) {
            const QDate asOf = quarter.first.addDays(7 * weeksIn - 1);
            const QList<QList<ScopeFigures>> early = scopeFigures(*knownOn(asOf), scopes, { quarter }, asOf);
            const QList<QList<ScopeFigures>> final
                = scopeFigures(*database, scopes, { quarter }, quarter.last);
            const std::int64_t forecast = early.at(0).at(0).forecast;
            const std::int64_t actual = final.at(0).at(0).actual;
            if (actual <= 0)
                continue;
            portfolio.add(absolutePercentageError(forecast, actual));
            out() << qSetFieldWidth(12) << Qt::left << calendar.quarterKey(quarter.first)
                  << qSetFieldWidth(18) << Qt::right
                  << Money(forecast, DatabaseSettings(*database).reportingCurrency()).toPlainString()
                  << Money(actual, DatabaseSettings(*database).reportingCurrency()).toPlainString()
                  << QString::number(absolutePercentageError(forecast, actual) * 100.0, 'f', 1) + u'%'
                  << qSetFieldWidth(0) << "\n";
            for (qsizetype p = 0; p < projects.size(); ++p) {
                const std::int64_t projectActual = final.at(p + 1).at(0).actual;
                if (projectActual > 0)
                    perProject[p].add(absolutePercentageError(early.at(p + 1).at(0).forecast, projectActual));
            }
        }
        out() << "\nMAPE, portfolio: " << portfolio.mean() << " over " << portfolio.count << " quarters\n";
        Errors allProjects;
        for (qsizetype p = 0; p < projects.size(); ++p) {
            out() << "MAPE, " << qSetFieldWidth(6) << Qt::left << projects.at(p).code << qSetFieldWidth(0)
                  << ": " << perProject.at(p).mean() << " over " << perProject.at(p).count << " quarters\n";
            allProjects.sum += perProject.at(p).sum;
            allProjects.count += perProject.at(p).count;
        }
        out() << "MAPE, project x quarter: " << allProjects.mean() << " over " << allProjects.count
              << " forecasts\n\n";

        const DayRange current = calendar.quarter(today);
        measure(QStringLiteral("forecast, all projects, this quarter"), 9, [&] {
            const QList<QList<ScopeFigures>> figures = scopeFigures(*database, scopes, { current }, today);
            return QStringLiteral("portfolio %1").arg(figures.at(0).at(0).forecast);
        });
    } catch (const Error &error) {
        out() << "bench_forecast: " << errorText(error) << Qt::endl;
        return 1;
    }
    return 0;
}
