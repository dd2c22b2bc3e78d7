// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>
#include <tuple>
#include <unistd.h>
#include <utility>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "domain/isoweek.h"
#include "domain/money.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/importrepository.h"

using namespace costboard;

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = true;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    // The weeks a `demo` run says it wrote ("weeks: 2026-W24 to 2026-W49"); invalid when it said none.
    std::pair<IsoWeek, IsoWeek> demoWeeks() const
    {
        const QRegularExpressionMatch weeks
            = QRegularExpression(QStringLiteral("weeks:\\s+(\\d{4}-W\\d{2}) to (\\d{4}-W\\d{2})"))
                  .match(outText());
        return { IsoWeek::fromString(weeks.captured(1)), IsoWeek::fromString(weeks.captured(2)) };
    }
    // For a failure message: what the process said.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// 1205248 -> "1,205,248" (written here, not with QLocale, so the test checks the application's
// formatting rather than repeating it).
QString groupedThousands(qint64 value, QChar separator)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, separator);
    return digits;
}

// Non-breaking and narrow non-breaking spaces (French grouping, "€" after the amount) as plain spaces.
QString plainSpaces(QString text)
{
    return text.replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' ');
}

QString quoted(const QStringList &values)
{
    QStringList quotedValues;
    for (const QString &value : values)
        quotedValues << QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QStringLiteral("''"))
                + QLatin1Char('\'');
    return quotedValues.join(u',');
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void version();
    void help();
    void badArguments_data();
    void badArguments();
    void demoWritesDatabase();
    void demoRefusesToOverwrite();
    void snapshotTotalsMatchSql_data();
    void snapshotTotalsMatchSql();
    void snapshotPeriodPreset();
    void snapshotByPeriodsAddUp_data();
    void snapshotByPeriodsAddUp();
    void snapshotStdoutIsOnlyJson();
    void snapshotText();
    void snapshotInFuture();
    void snapshotUnknownProject();
    void snapshotDecidedBy();
    void agendaOfTheNextSession();
    void snapshotBadValues_data();
    void snapshotBadValues();
    void snapshotMissingDatabase();
    void exportWorkbookAndCsvOffscreen();
    void exportBadArguments();
    void alertsOnTheDemoPortfolio();
    void alertsExitCodeFollowsTheWorstOpenAlert();
    void alertsMissingDatabase();
    void importExitCodesAndJson();
    void importDryRunAndAcceptValid();
    void reportWithoutDisplay();
    void reportBadArguments();
    void bogusOptionWithoutDisplay();
    void badCommandLineInFrench();
    void badWeekIsABadCommandLine_data();
    void badWeekIsABadCommandLine();
    void notACostBoardDatabase_data();
    void notACostBoardDatabase();
    void newerDatabaseRefusedUntouched();
    void readingCommandsWriteNothing();
    void snapshotInAReadOnlyFolder();
    void errorPrintedOnce();
    void moneyAndNamesFollowLang();
    void cliLinksNoGuiModule();
    void cliRunsTheHeadlessCommands();

private:
    Run run(const QStringList &arguments) const;
    // Runs `program` with no display at all when `withoutDisplay` (no QT_QPA_PLATFORM, DISPLAY
    // or WAYLAND_DISPLAY): what cron and an SSH session give.
    Run runProgram(const QString &program, const QStringList &arguments, bool withoutDisplay = false) const;
    // A copy of the demo for tests that change it.
    QString demoCopy(const QString &name) const;
    // Runs `sql` on the database at `path` (a test's own copy), outside the application.
    static bool execute(const QString &path, const QString &sql);
    static QJsonObject parseObject(const Run &result);
    qint64 sqlSum(const IsoWeek &from, const IsoWeek &to, const QStringList &projects,
                  const QStringList &categories, const QString &groupBy,
                  QMap<QString, qint64> *groups = nullptr) const;

    QTemporaryDir m_dir;
    QString m_logDir;
    QString m_demoPath;
    Run m_demoRun;
    IsoWeek m_firstWeek;
    IsoWeek m_lastWeek;
    std::unique_ptr<Database> m_database; // the demo, opened separately from the process
    // A longer demo and its latest week in the last month of a fiscal year (see
    // snapshotByPeriodsAddUp), written on first use.
    QString m_yearEndDemoPath;
    IsoWeek m_yearEndWeek;
};

Run TestCli::run(const QStringList &arguments) const
{
    return runProgram(QStringLiteral(COSTBOARD_EXECUTABLE), arguments);
}

Run TestCli::runProgram(const QString &program, const QStringList &arguments, bool withoutDisplay) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("COSTBOARD_LOG_DIR"), m_logDir);
    if (withoutDisplay) {
        for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
            environment.remove(QLatin1String(name));
    } else {
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Keep the user's own settings and data folders out of reach.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir.path());
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10'000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished(5'000);
        result.err = "timed out";
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// SUM(reporting_minor) over the raw cost lines of weeks from..to, written independently of the
// application's code: week_start is the ISO Monday stored with each line. The lines sit on their
// invoice dates: what `snapshot --basis cash` reports.
qint64 TestCli::sqlSum(const IsoWeek &from, const IsoWeek &to, const QStringList &projects,
                       const QStringList &categories, const QString &groupBy,
                       QMap<QString, qint64> *groups) const
{
    QString sql = QStringLiteral("SELECT %1 COALESCE(SUM(l.reporting_minor), 0) FROM cost_lines l"
                                 " JOIN projects p ON p.id = l.project_id"
                                 " JOIN cost_categories c ON c.id = l.category_id"
                                 " WHERE l.week_start BETWEEN '%2' AND '%3'")
                      .arg(groupBy.isEmpty() ? QString() : groupBy + QStringLiteral(","),
                           from.monday().toString(Qt::ISODate), to.monday().toString(Qt::ISODate));
    if (!projects.isEmpty())
        sql += QStringLiteral(" AND p.code IN (%1)").arg(quoted(projects));
    if (!categories.isEmpty())
        sql += QStringLiteral(" AND c.key IN (%1)").arg(quoted(categories));
    if (!groupBy.isEmpty())
        sql += QStringLiteral(" GROUP BY ") + groupBy;
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql)) {
        qWarning("query failed: %s (%s)", qPrintable(query.lastError().text()), qPrintable(sql));
        return -1;
    }
    qint64 total = 0;
    while (query.next()) {
        const int valueColumn = groupBy.isEmpty() ? 0 : 1;
        total += query.value(valueColumn).toLongLong();
        if (groups)
            groups->insert(query.value(0).toString(), query.value(valueColumn).toLongLong());
    }
    return total;
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(COSTBOARD_EXECUTABLE)).isExecutable(), COSTBOARD_EXECUTABLE);
    m_logDir = m_dir.filePath(QStringLiteral("logs"));
    m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));

    m_demoRun = run({ QStringLiteral("demo"), QStringLiteral("--db"), m_demoPath, QStringLiteral("--lines"),
                      QStringLiteral("2000"), QStringLiteral("--weeks"), QStringLiteral("26") });
    QVERIFY2(!m_demoRun.crashed && m_demoRun.exitCode == 0, m_demoRun.describe().constData());
    std::tie(m_firstWeek, m_lastWeek) = m_demoRun.demoWeeks();
    QVERIFY2(m_firstWeek.isValid() && m_lastWeek.isValid(), m_demoRun.out.constData());
    QCOMPARE(m_firstWeek.weeksTo(m_lastWeek), 25);
    m_database = Database::openSqlite(m_demoPath);
}

void TestCli::version()
{
    const Run result = run({ QStringLiteral("--version") });
    QVERIFY2(!result.crashed && result.exitCode == 0, result.describe().constData());
    QCOMPARE(result.outText(), QStringLiteral("costboard " COSTBOARD_VERSION "\n"));
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(run({ QStringLiteral("-v") }).out, result.out);
}

void TestCli::help()
{
    const Run result = run({ QStringLiteral("--help") });
    QVERIFY2(!result.crashed && result.exitCode == 0, result.describe().constData());
    QVERIFY(result.outText().startsWith(QStringLiteral("Usage:")));
    for (const char *word : { "costboard demo --db FILE", "costboard snapshot --db FILE", "--json",
                              "--project CODE", "Exit codes" })
        QVERIFY2(result.outText().contains(QLatin1String(word)), word);
    QCOMPARE(result.err, QByteArray());
    // Help after a sub-command is the same help.
    QCOMPARE(run({ QStringLiteral("snapshot"), QStringLiteral("--help") }).out, result.out);
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus") }
                                    << QStringLiteral("unknown argument \"--bogus\"");
    QTest::newRow("unknown snapshot option")
        << QStringList { QStringLiteral("snapshot"), QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                         QStringLiteral("--frobnicate") }
        << QStringLiteral("unknown argument \"--frobnicate\"");
    QTest::newRow("demo without --db")
        << QStringList { QStringLiteral("demo") } << QStringLiteral("demo needs --db FILE");
    QTest::newRow("snapshot without --db")
        << QStringList { QStringLiteral("snapshot"), QStringLiteral("--json") }
        << QStringLiteral("snapshot needs --db FILE");
    QTest::newRow("--db without value") << QStringList { QStringLiteral("snapshot"), QStringLiteral("--db") }
                                        << QStringLiteral("--db needs a value");
    QTest::newRow("--from without --to")
        << QStringList { QStringLiteral("snapshot"), QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                         QStringLiteral("--from"), QStringLiteral("2026-W01") }
        << QStringLiteral("--from and --to go together");
    QTest::newRow("demo weeks out of range")
        << QStringList { QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                         QStringLiteral("--weeks"), QStringLiteral("3") }
        << QStringLiteral("--weeks takes a whole number from 4 to 520");
    QTest::newRow("demo lines not a number")
        << QStringList { QStringLiteral("demo"), QStringLiteral("--db=x.sqlite"),
                         QStringLiteral("--lines=many") }
        << QStringLiteral("--lines takes a whole number");
    QTest::newRow("demo option on snapshot")
        << QStringList { QStringLiteral("snapshot"), QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                         QStringLiteral("--force") }
        << QStringLiteral("unknown argument \"--force\"");
}

void TestCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QVERIFY2(!result.crashed, result.describe().constData());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().contains(message), result.err.constData());
    QVERIFY2(result.errText().contains(QStringLiteral("costboard --help")), result.err.constData());
    QCOMPARE(result.out, QByteArray());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.sqlite"))));
}

void TestCli::demoWritesDatabase()
{
    QVERIFY(QFileInfo(m_demoPath).isFile());
    const QString out = m_demoRun.outText();
    QVERIFY2(
        out.contains(QStringLiteral("Demo portfolio written to ") + QFileInfo(m_demoPath).absoluteFilePath()),
        qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("projects:\\s+8\\n"))), qPrintable(out));
    // English groups thousands with a comma ("2,000").
    const QRegularExpressionMatch lines
        = QRegularExpression(QStringLiteral("cost lines:\\s+([\\d,]+)\\n")).match(out);
    QVERIFY(lines.hasMatch());

    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), MIN(week_start), MAX(week_start) FROM cost_lines"))
            && query.next());
    QCOMPARE(query.value(0).toLongLong(), lines.captured(1).remove(u',').toLongLong());
    QVERIFY(query.value(0).toLongLong() >= 1'000);
    QCOMPARE(query.value(1).toString(), m_firstWeek.monday().toString(Qt::ISODate));
    QCOMPARE(query.value(2).toString(), m_lastWeek.monday().toString(Qt::ISODate));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM projects WHERE system_role IS NULL"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 8);

    // Progress and logging go to stderr and the log file, never to stdout.
    QVERIFY(!out.contains(QStringLiteral("cost lines written")));
    QFile log(QDir(m_logDir).filePath(QStringLiteral("costboard.log")));
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
    QVERIFY(log.readAll().contains("demo portfolio written"));
}

void TestCli::demoRefusesToOverwrite()
{
    const QByteArray before = fileHash(m_demoPath);
    QVERIFY(!before.isEmpty());
    const Run refused
        = run({ QStringLiteral("demo"), QStringLiteral("--db"), m_demoPath, QStringLiteral("--lines"),
                QStringLiteral("100"), QStringLiteral("--weeks"), QStringLiteral("4") });
    QVERIFY2(!refused.crashed, refused.describe().constData());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains(QStringLiteral("already exists"))
                 && refused.errText().contains(QStringLiteral("--force")),
             refused.err.constData());
    QCOMPARE(refused.out, QByteArray());
    QCOMPARE(fileHash(m_demoPath), before);

    // --force replaces it (on a copy, the shared demo stays as it is).
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(QFile::copy(m_demoPath, copy));
    const Run forced = run({ QStringLiteral("demo"), QStringLiteral("--db"), copy, QStringLiteral("--lines"),
                             QStringLiteral("100"), QStringLiteral("--weeks"), QStringLiteral("4"),
                             QStringLiteral("--force") });
    QVERIFY2(!forced.crashed && forced.exitCode == 0, forced.describe().constData());
    const auto replaced = Database::openSqlite(copy);
    QSqlQuery query(replaced->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(DISTINCT week_start) FROM cost_lines")) && query.next());
    QCOMPARE(query.value(0).toInt(), 4);
}

void TestCli::snapshotTotalsMatchSql_data()
{
    QTest::addColumn<int>("fromOffset"); // weeks after the demo's first week
    QTest::addColumn<int>("toOffset");
    QTest::addColumn<QStringList>("projectArguments"); // as given on the command line
    QTest::addColumn<QStringList>("projects");
    QTest::addColumn<QStringList>("categories");

    const QString sup = QStringLiteral("SUP");
    QTest::newRow("whole history") << 0 << 25 << QStringList {} << QStringList {} << QStringList {};
    QTest::newRow("last 4 weeks") << 22 << 25 << QStringList {} << QStringList {} << QStringList {};
    QTest::newRow("one week") << 25 << 25 << QStringList {} << QStringList {} << QStringList {};
    QTest::newRow("before the history") << -10 << -1 << QStringList {} << QStringList {} << QStringList {};
    QTest::newRow("straddling the start") << -5 << 5 << QStringList {} << QStringList {} << QStringList {};
    QTest::newRow("whole history, SUP")
        << 0 << 25 << QStringList { sup } << QStringList { sup } << QStringList {};
    QTest::newRow("13 weeks, DEV,LEG")
        << 13 << 25 << QStringList { QStringLiteral("DEV,LEG") }
        << QStringList { QStringLiteral("DEV"), QStringLiteral("LEG") } << QStringList {};
    QTest::newRow("repeated --project")
        << 5 << 20 << QStringList { QStringLiteral("RAG"), QStringLiteral("MED") }
        << QStringList { QStringLiteral("RAG"), QStringLiteral("MED") } << QStringList {};
    QTest::newRow("inference") << 0 << 25 << QStringList {} << QStringList {}
                               << QStringList { QStringLiteral("inference") };
    QTest::newRow("SUP salaries and cloud")
        << 0 << 25 << QStringList { sup } << QStringList { sup }
        << QStringList { QStringLiteral("salaries"), QStringLiteral("cloud") };
}

void TestCli::snapshotTotalsMatchSql()
{
    QFETCH(int, fromOffset);
    QFETCH(int, toOffset);
    QFETCH(QStringList, projectArguments);
    QFETCH(QStringList, projects);
    QFETCH(QStringList, categories);

    const IsoWeek from = m_firstWeek.addWeeks(fromOffset);
    const IsoWeek to = m_firstWeek.addWeeks(toOffset);
    QStringList arguments { QStringLiteral("snapshot"),
                            QStringLiteral("--db"),
                            m_demoPath,
                            QStringLiteral("--from"),
                            from.toString(),
                            QStringLiteral("--to"),
                            to.toString(),
                            QStringLiteral("--json"),
                            QStringLiteral("--basis"),
                            QStringLiteral("cash") };
    for (const QString &project : projectArguments)
        arguments << QStringLiteral("--project") << project;
    for (const QString &category : categories)
        arguments << QStringLiteral("--category") << category;
    const Run result = run(arguments);
    QVERIFY2(!result.crashed && result.exitCode == 0, result.describe().constData());

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isObject());
    const QJsonObject json = document.object();
    QCOMPARE(json.value(QStringLiteral("from")).toString(), from.toString());
    QCOMPARE(json.value(QStringLiteral("to")).toString(), to.toString());
    QCOMPARE(json.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(json.value(QStringLiteral("basis")).toString(), QStringLiteral("cash"));
    QCOMPARE(json.value(QStringLiteral("project_filter")).toArray().size(), projects.size());

    // The total, to the cent.
    const qint64 total = sqlSum(from, to, projects, categories, QString());
    QCOMPARE(json.value(QStringLiteral("total_minor")).toInteger(-1), total);
    if (fromOffset >= 0)
        QVERIFY(total > 0);

    // Per week.
    QMap<QString, qint64> byWeek;
    sqlSum(from, to, projects, categories, QStringLiteral("l.week_start"), &byWeek);
    QMap<QString, qint64> expectedWeeks;
    QMap<QString, qint64> actualWeeks;
    for (IsoWeek week = from; week <= to; week = week.next())
        expectedWeeks.insert(week.toString(), byWeek.value(week.monday().toString(Qt::ISODate), 0));
    for (const QJsonValue &value : json.value(QStringLiteral("weeks")).toArray()) {
        const QJsonObject week = value.toObject();
        if (week.value(QStringLiteral("in_period")).toBool())
            actualWeeks.insert(week.value(QStringLiteral("week")).toString(),
                               week.value(QStringLiteral("actual_minor")).toInteger(-1));
    }
    QCOMPARE(actualWeeks, expectedWeeks);

    // Per project (by code) and per category (by key).
    QMap<QString, qint64> byProject;
    sqlSum(from, to, projects, categories, QStringLiteral("p.code"), &byProject);
    QMap<QString, qint64> jsonByProject;
    for (const QJsonValue &value : json.value(QStringLiteral("by_project")).toArray())
        jsonByProject.insert(value.toObject().value(QStringLiteral("code")).toString(),
                             value.toObject().value(QStringLiteral("amount_minor")).toInteger(-1));
    QCOMPARE(jsonByProject, byProject);
    if (!projects.isEmpty())
        QVERIFY(QSet<QString>(jsonByProject.keyBegin(), jsonByProject.keyEnd())
                    .subtract(QSet<QString>(projects.cbegin(), projects.cend()))
                    .isEmpty());

    QMap<QString, qint64> byCategory;
    sqlSum(from, to, projects, categories, QStringLiteral("c.key"), &byCategory);
    for (const QJsonValue &value : json.value(QStringLiteral("by_category")).toArray()) {
        const QString key = value.toObject().value(QStringLiteral("category")).toString();
        QCOMPARE(value.toObject().value(QStringLiteral("amount_minor")).toInteger(-1),
                 byCategory.value(key, 0));
        if (!categories.isEmpty())
            QVERIFY2(categories.contains(key), qPrintable(key));
    }
}

void TestCli::snapshotPeriodPreset()
{
    // --period and --week: the 13 weeks ending with the demo's last week.
    const Run result
        = run({ QStringLiteral("snapshot"), QStringLiteral("--db"), m_demoPath, QStringLiteral("--period"),
                QStringLiteral("last-13-weeks"), QStringLiteral("--week"), m_lastWeek.toString(),
                QStringLiteral("--json"), QStringLiteral("--project"), QStringLiteral("MKT"),
                QStringLiteral("--basis"), QStringLiteral("cash") });
    QVERIFY2(!result.crashed && result.exitCode == 0, result.describe().constData());
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("preset")).toString(), QStringLiteral("last-13-weeks"));
    QCOMPARE(json.value(QStringLiteral("from")).toString(), m_lastWeek.addWeeks(-12).toString());
    QCOMPARE(json.value(QStringLiteral("to")).toString(), m_lastWeek.toString());
    QCOMPARE(json.value(QStringLiteral("total_minor")).toInteger(-1),
             sqlSum(m_lastWeek.addWeeks(-12), m_lastWeek, { QStringLiteral("MKT") }, {}, QString()));
    const QJsonObject kpis = json.value(QStringLiteral("kpis")).toObject();
    QCOMPARE(kpis.value(QStringLiteral("week")).toString(), m_lastWeek.toString());
    QCOMPARE(kpis.value(QStringLiteral("this_week_minor")).toInteger(-1),
             sqlSum(m_lastWeek, m_lastWeek, { QStringLiteral("MKT") }, {}, QString()));
    QCOMPARE(kpis.value(QStringLiteral("previous_week_minor")).toInteger(-1),
             sqlSum(m_lastWeek.previous(), m_lastWeek.previous(), { QStringLiteral("MKT") }, {}, QString()));
}

void TestCli::snapshotByPeriodsAddUp_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("basis");
    QTest::addColumn<QStringList>("projects");
    QTest::newRow("year to date, accrual")
        << QStringLiteral("year-to-date") << QStringLiteral("accrual") << QStringList {};
    QTest::newRow("year to date, cash")
        << QStringLiteral("year-to-date") << QStringLiteral("cash") << QStringList {};
    QTest::newRow("year to date, accrual, SUP") << QStringLiteral("year-to-date") << QStringLiteral("accrual")
                                                << QStringList { QStringLiteral("SUP") };
    QTest::newRow("quarter to date, accrual, LEG and MKT")
        << QStringLiteral("quarter-to-date") << QStringLiteral("accrual")
        << QStringList { QStringLiteral("LEG"), QStringLiteral("MKT") };
}

void TestCli::snapshotByPeriodsAddUp()
{
    // The months of the period add up to its quarters and its quarters to its fiscal years, to the
    // cent, for the actual, the budget and the forecast: what a CFO checks first.
    QFETCH(QString, period);
    QFETCH(QString, basis);
    QFETCH(QStringList, projects);
    // The months of a period to date are whole quarters, and its quarters a whole fiscal year, when
    // its week ends in the fiscal year's last month; not when run in another month (in January, the
    // year to date is January's days, its quarter the whole of Q1). So the week is chosen that way,
    // in a demo long enough to hold one whatever the day the suite runs.
    if (m_yearEndDemoPath.isEmpty()) {
        const QString path = m_dir.filePath(QStringLiteral("year-end.sqlite"));
        const Run demo
            = run({ QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--lines"),
                    QStringLiteral("2000"), QStringLiteral("--weeks"), QStringLiteral("60") });
        QVERIFY2(!demo.crashed && demo.exitCode == 0, demo.describe().constData());
        const auto [first, last] = demo.demoWeeks();
        QVERIFY2(first.isValid() && last.isValid(), demo.out.constData());
        const std::unique_ptr<Database> database = Database::openSqlite(path);
        const FiscalCalendar calendar = DatabaseSettings(*database).calendar();
        for (IsoWeek week = last; first <= week; week = week.previous()) {
            const QDate yearEnd = calendar.year(week.sunday()).last;
            if (week.sunday().year() == yearEnd.year() && week.sunday().month() == yearEnd.month()) {
                m_yearEndWeek = week;
                break;
            }
        }
        QVERIFY2(m_yearEndWeek.isValid(), demo.out.constData());
        m_yearEndDemoPath = path;
    }
    QStringList arguments { QStringLiteral("snapshot"),
                            QStringLiteral("--db"),
                            m_yearEndDemoPath,
                            QStringLiteral("--period"),
                            period,
                            QStringLiteral("--week"),
                            m_yearEndWeek.toString(),
                            QStringLiteral("--basis"),
                            basis,
                            QStringLiteral("--by"),
                            QStringLiteral("month,quarter"),
                            QStringLiteral("--by"),
                            QStringLiteral("fiscal-year"),
                            QStringLiteral("--json") };
    for (const QString &project : projects)
        arguments << QStringLiteral("--project") << project;
    const Run result = run(arguments);
    QVERIFY2(!result.crashed && result.exitCode == 0, result.describe().constData());
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("basis")).toString(), basis);

    struct Sums
    {
        qint64 actual = 0;
        qint64 budget = 0;
        qint64 forecast = 0;
        QString first;
        QString last;
        bool operator==(const Sums &) const = default;
    };
    const auto sumsOf = [&](const char *key) {
        Sums sums;
        const QJsonArray periods = json.value(QLatin1String(key)).toArray();
        for (const QJsonValue &value : periods) {
            const QJsonObject object = value.toObject();
            sums.actual += object.value(QStringLiteral("actual_minor")).toInteger();
            sums.budget += object.value(QStringLiteral("budget_minor")).toInteger();
            sums.forecast += object.value(QStringLiteral("forecast_minor")).toInteger();
        }
        sums.first = periods.first().toObject().value(QStringLiteral("first_day")).toString();
        sums.last = periods.last().toObject().value(QStringLiteral("last_day")).toString();
        return sums;
    };
    const Sums months = sumsOf("by_month");
    const Sums quarters = sumsOf("by_quarter");
    const Sums years = sumsOf("by_fiscal_year");
    QVERIFY(months.actual > 0 && months.budget > 0 && months.forecast >= months.actual);
    QCOMPARE(months, quarters);
    const QJsonObject kpis = json.value(QStringLiteral("kpis")).toObject();
    QCOMPARE(kpis.value(QStringLiteral("period_to_date_minor")).toInteger(), months.actual);
    if (period == QLatin1String("year-to-date")) {
        QCOMPARE(years, quarters);
        // And the fiscal year is the one the forecast tile is about.
        QCOMPARE(years.budget, kpis.value(QStringLiteral("budget_at_horizon_minor")).toInteger());
        QCOMPARE(years.forecast, kpis.value(QStringLiteral("forecast_minor")).toInteger());
    } else {
        QCOMPARE(quarters.budget, kpis.value(QStringLiteral("budget_at_horizon_minor")).toInteger());
        QCOMPARE(quarters.forecast, kpis.value(QStringLiteral("forecast_minor")).toInteger());
    }

    // The text form prints the same partition with its sum.
    arguments.removeAll(QStringLiteral("--json"));
    const Run text = run(arguments);
    QVERIFY2(!text.crashed && text.exitCode == 0, text.describe().constData());
    QVERIFY2(text.out.contains("Sum "), text.out.constData());
}

void TestCli::snapshotStdoutIsOnlyJson()
{
    // --verbose makes the log chatty on stderr; stdout must still parse as one JSON document.
    const Run result = run({ QStringLiteral("snapshot"), QStringLiteral("--db"), m_demoPath,
                             QStringLiteral("--from"), m_firstWeek.toString(), QStringLiteral("--to"),
                             m_lastWeek.toString(), QStringLiteral("--json"), QStringLiteral("--verbose") });
    QVERIFY2(!result.crashed && result.exitCode == 0, result.describe().constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(error.errorString() + QStringLiteral(" at ") + QString::number(error.offset)
                        + QStringLiteral(" in:\n") + result.outText().left(400)));
    QVERIFY(document.isObject());
    QVERIFY(result.out.trimmed().startsWith('{'));
    QVERIFY(result.out.trimmed().endsWith('}'));
    QVERIFY(!result.out.contains("costboard: "));
}

void TestCli::snapshotText()
{
    const Run result = run({ QStringLiteral("snapshot"), QStringLiteral("--db"), m_demoPath,
                             QStringLiteral("--from"), m_firstWeek.toString(), QStringLiteral("--to"),
                             m_lastWeek.toString(), QStringLiteral("--basis"), QStringLiteral("cash") });
    QVERIFY2(!result.crashed && result.exitCode == 0, result.describe().constData());
    const QString text = result.outText();
    QVERIFY2(text.startsWith(QStringLiteral("CostBoard snapshot %1 to %2 (%3 to %4, EUR, cash basis)")
                                 .arg(m_firstWeek.monday().toString(Qt::ISODate),
                                      m_lastWeek.sunday().toString(Qt::ISODate), m_firstWeek.toString(),
                                      m_lastWeek.toString())),
             qPrintable(text.left(200)));
    const qint64 total = sqlSum(m_firstWeek, m_lastWeek, {}, {}, QString());
    const QString amount = QStringLiteral("€") + groupedThousands(total / 100, u',') + u'.'
        + QStringLiteral("%1").arg(total % 100, 2, 10, QLatin1Char('0'));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Total for the period\\s+")
                                              + QRegularExpression::escape(amount) + u'\n')),
             qPrintable(amount + QStringLiteral("\n") + text.left(400)));
    QVERIFY(text.contains(QStringLiteral("By project")));
}

void TestCli::snapshotInFuture()
{
    // A custom period after this week: the reporting week is the period's first, nothing to show.
    const Run result = run({ QStringLiteral("snapshot"), QStringLiteral("--db"), m_demoPath,
                             QStringLiteral("--from"), QStringLiteral("2090-W01"), QStringLiteral("--to"),
                             QStringLiteral("2090-W10"), QStringLiteral("--json") });
    QVERIFY2(!result.crashed && result.exitCode == 0, result.describe().constData());
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("total_minor")).toInteger(-1), qint64(0));
    QCOMPARE(json.value(QStringLiteral("kpis")).toObject().value(QStringLiteral("week")).toString(),
             QStringLiteral("2090-W01"));
}

void TestCli::snapshotUnknownProject()
{
    const Run result
        = run({ QStringLiteral("snapshot"), QStringLiteral("--db"), m_demoPath, QStringLiteral("--json"),
                QStringLiteral("--project"), QStringLiteral("SUP,NOPE42") });
    QVERIFY2(!result.crashed, result.describe().constData());
    QCOMPARE(result.exitCode, 2); // a bad command line, not a failure
    QVERIFY2(result.errText().contains(QStringLiteral("NOPE42")), result.err.constData());
    QVERIFY2(result.errText().contains(QStringLiteral("--project")), result.err.constData());
    QCOMPARE(result.out, QByteArray());
}

void TestCli::snapshotDecidedBy()
{
    // The demo routes DEV, RAG and MKT to the CIO: the CIO's view is exactly those three.
    const Run cio
        = run({ QStringLiteral("snapshot"), QStringLiteral("--db"), m_demoPath, QStringLiteral("--period"),
                QStringLiteral("last-13-weeks"), QStringLiteral("--week"), m_lastWeek.toString(),
                QStringLiteral("--json"), QStringLiteral("--basis"), QStringLiteral("cash"),
                QStringLiteral("--decided-by"), QStringLiteral("cio") });
    QVERIFY2(!cio.crashed && cio.exitCode == 0, cio.describe().constData());
    const QJsonObject json = QJsonDocument::fromJson(cio.out).object();
    QCOMPARE(json.value(QStringLiteral("decided_by")).toString(), QStringLiteral("cio"));
    QCOMPARE(json.value(QStringLiteral("project_filter")).toArray().size(), 3);
    QCOMPARE(json.value(QStringLiteral("total_minor")).toInteger(-1),
             sqlSum(m_lastWeek.addWeeks(-12), m_lastWeek,
                    { QStringLiteral("DEV"), QStringLiteral("RAG"), QStringLiteral("MKT") }, {}, QString()));

    const auto refused = [&](const QStringList &options, const QString &message) {
        const Run result
            = run(QStringList { QStringLiteral("snapshot"), QStringLiteral("--db"), m_demoPath } + options);
        return !result.crashed && result.exitCode == 2 && result.out.isEmpty()
            && result.errText().contains(message);
    };
    QVERIFY(refused({ QStringLiteral("--decided-by"), QStringLiteral("ceo") }, QStringLiteral("\"ceo\"")));
    QVERIFY(refused({ QStringLiteral("--decided-by"), QStringLiteral("cfo"), QStringLiteral("--project"),
                      QStringLiteral("SUP") },
                    QStringLiteral("--decided-by")));
}

void TestCli::agendaOfTheNextSession()
{
    // The demo's committee meets every other Monday: held five, three and one week before the last
    // week, the next planned on the Monday after it.
    const QString on = m_lastWeek.sunday().toString(Qt::ISODate);
    const QByteArray before = fileHash(m_demoPath);
    const Run json = run({ QStringLiteral("agenda"), QStringLiteral("--db"), m_demoPath,
                           QStringLiteral("--on"), on, QStringLiteral("--json") });
    QVERIFY2(!json.crashed && json.exitCode == 0, json.describe().constData());
    QCOMPARE(fileHash(m_demoPath), before); // read only
    const QJsonObject agenda = QJsonDocument::fromJson(json.out).object();
    const QJsonObject session = agenda.value(QStringLiteral("session")).toObject();
    QCOMPARE(session.value(QStringLiteral("date")).toString(),
             m_lastWeek.addWeeks(1).monday().toString(Qt::ISODate));
    QVERIFY(session.value(QStringLiteral("planned")).toBool());
    QCOMPARE(
        agenda.value(QStringLiteral("previous_session")).toObject().value(QStringLiteral("date")).toString(),
        m_lastWeek.addWeeks(-1).monday().toString(Qt::ISODate));
    // The decisions due by that Monday: the sales copilot's re-evaluation and the support
    // assistant's cost plan; the latter was taken in the last session.
    QStringList due;
    for (const QJsonValue &decision : agenda.value(QStringLiteral("decisions_due")).toArray())
        due << decision.toObject().value(QStringLiteral("project_code")).toString();
    due.sort();
    QCOMPARE(due, QStringList({ QStringLiteral("SAL"), QStringLiteral("SUP") }));
    const QJsonArray previous = agenda.value(QStringLiteral("previous_decisions")).toArray();
    QCOMPARE(previous.size(), 1);
    QCOMPARE(previous.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("approve"));
    // KPIs off target with exact decimals: the support cost per ticket, at most 0.18, at 0.192.
    bool supportCost = false;
    for (const QJsonValue &value : agenda.value(QStringLiteral("kpis_off_target")).toArray()) {
        const QJsonObject kpi = value.toObject();
        if (kpi.value(QStringLiteral("project_code")).toString() == QLatin1String("SUP"))
            supportCost = kpi.value(QStringLiteral("actual")).toString() == QLatin1String("0.192")
                && kpi.value(QStringLiteral("target")).toString() == QLatin1String("0.18")
                && kpi.value(QStringLiteral("direction")).toString() == QLatin1String("at_most");
    }
    QVERIFY(supportCost);
    // The sales copilot's go/no-go falls on the session's day: due, not late.
    bool goNoGo = false;
    for (const QJsonValue &value : agenda.value(QStringLiteral("milestones")).toArray()) {
        const QJsonObject milestone = value.toObject();
        if (milestone.value(QStringLiteral("project_code")).toString() == QLatin1String("SAL"))
            goNoGo = milestone.value(QStringLiteral("kind")).toString() == QLatin1String("go_no_go")
                && !milestone.value(QStringLiteral("late")).toBool();
    }
    QVERIFY(goNoGo);
    int items = 0;
    for (const char *part : { "alerts", "routing", "milestones", "kpis_off_target", "decisions_due" })
        items += int(agenda.value(QLatin1String(part)).toArray().size());
    QCOMPARE(agenda.value(QStringLiteral("item_count")).toInt(), items);

    // In French, with the calendar: its sessions and milestones as events.
    const QString ics = m_dir.filePath(QStringLiteral("committee.ics"));
    const Run french
        = run({ QStringLiteral("agenda"), QStringLiteral("--db"), m_demoPath, QStringLiteral("--on"), on,
                QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--ics"), ics });
    QVERIFY2(!french.crashed && french.exitCode == 0, french.describe().constData());
    QVERIFY2(french.outText().contains(QStringLiteral("Séance du comité du lundi")), french.out.constData());
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray calendar = file.readAll();
    QSqlQuery count(m_database->connection());
    QVERIFY(count.exec(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM committee_sessions) + (SELECT COUNT(*) FROM milestones)")));
    QVERIFY(count.next());
    QCOMPARE(calendar.count("BEGIN:VEVENT"), qsizetype(count.value(0).toLongLong()));
    QVERIFY(calendar.contains("SUMMARY:Séance du comité du lundi"));
    QCOMPARE(fileHash(m_demoPath), before);
}

void TestCli::snapshotBadValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("category") << QStringList { QStringLiteral("--category"), QStringLiteral("catering") }
                              << QStringLiteral("\"catering\"");
    QTest::newRow("week") << QStringList { QStringLiteral("--week"), QStringLiteral("2026-W60") }
                          << QStringLiteral("\"2026-W60\"");
    QTest::newRow("period") << QStringList { QStringLiteral("--period"), QStringLiteral("fortnight") }
                            << QStringLiteral("\"fortnight\"");
    QTest::newRow("custom is not a preset")
        << QStringList { QStringLiteral("--period"), QStringLiteral("custom") }
        << QStringLiteral("\"custom\"");
    QTest::newRow("from") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-48"),
                                           QStringLiteral("--to"), QStringLiteral("2026-W50") }
                          << QStringLiteral("\"2026-48\"");
    QTest::newRow("to before from") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-W10"),
                                                     QStringLiteral("--to"), QStringLiteral("2026-W09") }
                                    << QStringLiteral("--to: is before --from");
}

void TestCli::snapshotBadValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(QStringList { QStringLiteral("snapshot"), QStringLiteral("--db"), m_demoPath,
                                         QStringLiteral("--json") }
                           + arguments);
    QVERIFY2(!result.crashed, result.describe().constData());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().contains(message), result.err.constData());
    QCOMPARE(result.out, QByteArray());
}

void TestCli::snapshotMissingDatabase()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    const Run result
        = run({ QStringLiteral("snapshot"), QStringLiteral("--db"), missing, QStringLiteral("--json") });
    QVERIFY2(!result.crashed, result.describe().constData());
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.errText().contains(QStringLiteral("does not exist")), result.err.constData());
    QCOMPARE(result.out, QByteArray());
    QVERIFY(!QFileInfo::exists(missing)); // not created as a side effect
}

QString TestCli::demoCopy(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_demoPath, path) ? path : QString();
}

bool TestCli::execute(const QString &path, const QString &sql)
{
    const auto database = Database::openSqlite(path);
    QSqlQuery query(database->connection());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// The CSV fields of `line` (no quoted separators in the figures compared).
static QStringList fieldsOf(const QString &line, QChar separator)
{
    return line.trimmed().split(separator);
}

// `costboard export` writes the dashboard's tables without a display, changes nothing in the
// database, and the workbook's weekly totals are those of `snapshot --json`, to the cent.
void TestCli::exportWorkbookAndCsvOffscreen()
{
    if (QStandardPaths::findExecutable(QStringLiteral("xlsx2csv")).isEmpty())
        QSKIP("xlsx2csv is not installed (packaging/install-deps.sh installs it)");
    const QString path = demoCopy(QStringLiteral("export.sqlite"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileHash(path);
    const QString week = m_lastWeek.toString();
    const QString workbook = m_dir.filePath(QStringLiteral("export.xlsx"));
    const Run excel = run({ QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--week"),
                            week, QStringLiteral("--out"), workbook });
    QVERIFY2(!excel.crashed && excel.exitCode == 0, excel.describe().constData());
    QCOMPARE(excel.outText().trimmed(), QFileInfo(workbook).absoluteFilePath());
    QCOMPARE(fileHash(path), before);

    const Run snapshot = run({ QStringLiteral("snapshot"), QStringLiteral("--db"), path,
                               QStringLiteral("--week"), week, QStringLiteral("--json") });
    QCOMPARE(snapshot.exitCode, 0);
    const QJsonObject root = parseObject(snapshot);
    const QString currency = root.value(QLatin1String("currency")).toString();
    const qint64 periodTotal = root.value(QLatin1String("total_minor")).toInteger(-1);
    const qint64 thisWeek
        = root.value(QLatin1String("kpis")).toObject().value(QLatin1String("this_week_minor")).toInteger(-1);
    QVERIFY(thisWeek > 0);

    // Sheet 1, weekly spend by category: its total row holds each week's total and the period's.
    QProcess reader;
    reader.start(QStringLiteral("xlsx2csv"), { QStringLiteral("-s"), QStringLiteral("1"), workbook });
    QVERIFY(reader.waitForFinished(60'000));
    QCOMPARE(reader.exitCode(), 0);
    const QStringList rows
        = QString::fromUtf8(reader.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    const QStringList heading = fieldsOf(rows.constFirst(), u',');
    const QStringList totals = fieldsOf(rows.constLast(), u',');
    QCOMPARE(heading.constLast(), QStringLiteral("Period total"));
    QVERIFY2(heading.contains(week), qPrintable(rows.constFirst()));
    Money read;
    QVERIFY(Money::parseDecimal(totals.constLast(), currency, read));
    QCOMPARE(read.minorUnits(), periodTotal);
    QVERIFY(Money::parseDecimal(totals.at(heading.indexOf(week)), currency, read));
    QCOMPARE(read.minorUnits(), thisWeek);

    // CSV in French: one file per table, UTF-8 with a byte-order mark, ';' and a decimal comma.
    const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
    const Run french
        = run({ QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--week"), week,
                QStringLiteral("--out"), csv, QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY2(!french.crashed && french.exitCode == 0, french.describe().constData());
    for (const char *table : { "weekly-by-category", "weekly-by-project", "weekly-by-vendor",
                               "budget-by-period", "cost-lines" }) {
        const QString file = m_dir.filePath(QStringLiteral("export-%1.csv").arg(QLatin1String(table)));
        QVERIFY2(french.outText().contains(QFileInfo(file).absoluteFilePath()), qPrintable(french.outText()));
        QFile input(file);
        QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(file));
        QVERIFY(input.read(3) == QByteArray("\xEF\xBB\xBF"));
    }
    QFile categories(m_dir.filePath(QStringLiteral("export-weekly-by-category.csv")));
    QVERIFY(categories.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(categories.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.constFirst().contains(QStringLiteral("Inférence"))
            || lines.join(u'\n').contains(QStringLiteral("Inférence")));
    QCOMPARE(fieldsOf(lines.constLast(), u';').constLast(),
             Money(periodTotal, currency).toPlainString().replace(u'.', u','));
    QCOMPARE(fileHash(path), before);

    // One table: the file named, nothing else.
    const QString single = m_dir.filePath(QStringLiteral("lines.csv"));
    const Run one
        = run({ QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--week"), week,
                QStringLiteral("--out"), single, QStringLiteral("--table"), QStringLiteral("cost-lines") });
    QVERIFY2(one.exitCode == 0, one.describe().constData());
    QCOMPARE(one.outText().trimmed(), QFileInfo(single).absoluteFilePath());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("lines-cost-lines.csv"))));
}

void TestCli::exportBadArguments()
{
    const QString out = m_dir.filePath(QStringLiteral("never.xlsx"));
    const Run table
        = run({ QStringLiteral("export"), QStringLiteral("--db"), m_demoPath, QStringLiteral("--out"), out,
                QStringLiteral("--table"), QStringLiteral("nonsense") });
    QCOMPARE(table.exitCode, 2);
    QVERIFY2(table.errText().contains(QLatin1String("--table")), table.describe().constData());
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("--db"), m_demoPath, QStringLiteral("--out"),
                   m_dir.filePath(QStringLiteral("never.pdf")) })
                 .exitCode,
             2);
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("--db"), m_demoPath }).exitCode, 2);
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("--db"), m_demoPath, QStringLiteral("--out"), out,
                   QStringLiteral("--lang"), QStringLiteral("de") })
                 .exitCode,
             2);
    const Run missing
        = run({ QStringLiteral("export"), QStringLiteral("--db"),
                m_dir.filePath(QStringLiteral("absent.sqlite")), QStringLiteral("--out"), out });
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("absent.sqlite"))));
}

QJsonObject TestCli::parseObject(const Run &result)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

void TestCli::alertsOnTheDemoPortfolio()
{
    const QString path = demoCopy(QStringLiteral("alerts-demo.sqlite"));
    QVERIFY(!path.isEmpty());
    const QStringList arguments {
        QStringLiteral("alerts"), QStringLiteral("--db"), path,
        QStringLiteral("--week"), m_lastWeek.toString(),  QStringLiteral("--json")
    };
    const Run first = run(arguments);
    QVERIFY2(!first.crashed && first.exitCode == 4, first.describe().constData()); // a critical alert is open
    const QJsonObject report = parseObject(first);
    QCOMPARE(report.value(QStringLiteral("week")).toString(), m_lastWeek.toString());
    QCOMPARE(report.value(QStringLiteral("worst_open_severity")).toString(), QStringLiteral("critical"));

    // What the demo is built to show: an overrun, a forecast overrun, a spike.
    QSet<QString> found;
    QSet<qint64> openIds;
    for (const QJsonValue &value : report.value(QStringLiteral("open")).toArray()) {
        const QJsonObject alert = value.toObject();
        found << alert.value(QStringLiteral("project_code")).toString() + u'/'
                + alert.value(QStringLiteral("kind")).toString() + u'/'
                + alert.value(QStringLiteral("severity")).toString();
        openIds << alert.value(QStringLiteral("id")).toInteger();
        QVERIFY(alert.value(QStringLiteral("amount_minor")).isDouble());
        QCOMPARE(alert.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QVERIFY(!alert.value(QStringLiteral("message")).toString().isEmpty());
    }
    QVERIFY2(found.contains(QStringLiteral("SUP/budget-consumed/critical")), first.out.constData());
    QVERIFY2(found.contains(QStringLiteral("LEG/forecast/warning")), first.out.constData());
    QVERIFY2(found.contains(QStringLiteral("CLM/spike/warning")), first.out.constData());
    QCOMPARE(report.value(QStringLiteral("fired")).toArray().size(), openIds.size());

    // Once per rule and period: a second run finds the same alerts and fires nothing.
    const Run second = run(arguments);
    QVERIFY2(!second.crashed && second.exitCode == 4, second.describe().constData());
    const QJsonObject again = parseObject(second);
    QVERIFY(again.value(QStringLiteral("fired")).toArray().isEmpty());
    QVERIFY(again.value(QStringLiteral("escalated")).toArray().isEmpty());
    QSet<qint64> idsAgain;
    for (const QJsonValue &value : again.value(QStringLiteral("open")).toArray())
        idsAgain << value.toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(idsAgain, openIds);
    {
        const auto database = Database::openSqlite(path);
        QSqlQuery count(database->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM alerts")) && count.next());
        QCOMPARE(count.value(0).toLongLong(), qint64(openIds.size()));
    }

    // The readable form, for a mail from cron.
    const Run text = run({ QStringLiteral("alerts"), QStringLiteral("--db"), path, QStringLiteral("--week"),
                           m_lastWeek.toString() });
    QCOMPARE(text.exitCode, 4);
    QVERIFY2(text.outText().contains(QStringLiteral("[CRITICAL] Assistant support client has consumed")),
             text.out.constData());
    QCOMPARE(text.err, QByteArray()); // a cron mail holds the report, no log lines

    // In French, the sentences the alert centre shows, not the copy stored when they fired.
    const Run french = run({ QStringLiteral("alerts"), QStringLiteral("--db"), path, QStringLiteral("--week"),
                             m_lastWeek.toString(), QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(french.exitCode, 4);
    QVERIFY2(french.outText().contains(QStringLiteral("[CRITIQUE] Assistant support client a consommé")),
             french.out.constData());
    QVERIFY2(!french.outText().contains(QStringLiteral(" has consumed ")), french.out.constData());
    // Weeks as French readers write them; the JSON keeps the ISO key.
    const QString frenchWeek
        = QStringLiteral("%1-S%2").arg(m_lastWeek.weekYear()).arg(m_lastWeek.week(), 2, 10, QLatin1Char('0'));
    QVERIFY2(french.outText().startsWith(QStringLiteral("Alertes CostBoard pour %1").arg(frenchWeek)),
             french.out.constData());
}

void TestCli::alertsExitCodeFollowsTheWorstOpenAlert()
{
    const QString path = demoCopy(QStringLiteral("alerts-levels.sqlite"));
    QVERIFY(!path.isEmpty());
    const QStringList arguments {
        QStringLiteral("alerts"), QStringLiteral("--db"), path,
        QStringLiteral("--week"), m_lastWeek.toString(),  QStringLiteral("--json")
    };
    QCOMPARE(run(arguments).exitCode, 4);

    // An alert keeps the severity it reached for its period (lowering it is not a recovery); it
    // resolves when no rule of its kind matches any more. Without the budget-consumed rules the
    // overrun resolves and the forecast and spike warnings are the worst left.
    QVERIFY(
        execute(path, QStringLiteral("UPDATE alert_rules SET enabled = 0 WHERE kind = 'budget-consumed'")));
    Run result = run(arguments);
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QJsonObject report = parseObject(result);
    QCOMPARE(report.value(QStringLiteral("worst_open_severity")).toString(), QStringLiteral("warning"));
    const QJsonArray resolved = report.value(QStringLiteral("resolved")).toArray();
    QVERIFY(!resolved.isEmpty());
    for (const QJsonValue &value : resolved)
        QCOMPARE(value.toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("budget-consumed"));

    // Nothing enabled: every alert resolves, nothing is open.
    QVERIFY(execute(path, QStringLiteral("UPDATE alert_rules SET enabled = 0")));
    result = run(arguments);
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    report = parseObject(result);
    QVERIFY(report.value(QStringLiteral("open")).toArray().isEmpty());
    QVERIFY(report.value(QStringLiteral("worst_open_severity")).isNull());

    // Rules that only inform: alerts are open, yet nothing calls for action.
    const QString informed = demoCopy(QStringLiteral("alerts-info.sqlite"));
    QCOMPARE(run({ QStringLiteral("alerts"), QStringLiteral("--db"), informed }).exitCode,
             4); // creates the default rules
    QVERIFY(execute(informed, QStringLiteral("DELETE FROM alerts")));
    QVERIFY(execute(informed, QStringLiteral("UPDATE alert_rules SET severity = 'info'")));
    result = run({ QStringLiteral("alerts"), QStringLiteral("--db"), informed, QStringLiteral("--week"),
                   m_lastWeek.toString(), QStringLiteral("--json") });
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    report = parseObject(result);
    QCOMPARE(report.value(QStringLiteral("worst_open_severity")).toString(), QStringLiteral("info"));
    QVERIFY(!report.value(QStringLiteral("open")).toArray().isEmpty());
}

void TestCli::alertsMissingDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such.sqlite"));
    const Run result = run({ QStringLiteral("alerts"), QStringLiteral("--db"), path });
    QVERIFY2(!result.crashed && result.exitCode == 3, result.describe().constData());
    QVERIFY(result.errText().contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCli::importExitCodesAndJson()
{
    const QString path = m_dir.filePath(QStringLiteral("import.sqlite"));
    const Run demo = run({ QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--lines"),
                           QStringLiteral("500"), QStringLiteral("--weeks"), QStringLiteral("30") });
    QVERIFY2(demo.exitCode == 0, demo.describe().constData());
    const QString valid = QFINDTESTDATA("../fixtures/import/valid/openai-costs.json");
    const QString rowProblem = QFINDTESTDATA("../fixtures/import/broken/27-focus-end-before-start.csv");
    const QString unreadable = QFINDTESTDATA("../fixtures/import/broken/20-binary-garbage.csv");
    QVERIFY(!valid.isEmpty() && !rowProblem.isEmpty() && !unreadable.isEmpty());

    // 0: imported, with the figures in JSON and nothing else on stdout.
    const Run imported
        = run({ QStringLiteral("import"), valid, QStringLiteral("--db"), path, QStringLiteral("--json") });
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    const QJsonObject report = QJsonDocument::fromJson(imported.out)
                                   .object()
                                   .value(QLatin1String("files"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(report.value(QLatin1String("outcome")).toString(), QStringLiteral("imported"));
    QCOMPARE(report.value(QLatin1String("format")).toString(), QStringLiteral("openai"));
    QCOMPARE(report.value(QLatin1String("rows_accepted")).toInt(), 24);
    qint64 total = 0;
    for (const QJsonValue &line : report.value(QLatin1String("totals")).toArray())
        total += line[QLatin1String("amount_minor")].toInteger();
    QCOMPARE(total, 61067); // 610.67 USD: expected.json, computed by compute_expected.py

    // The same file again: said before anything is written (a note of the report, not an error),
    // and nothing doubled.
    const Run again = run({ QStringLiteral("import"), valid, QStringLiteral("--db"), path });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.outText().contains(QLatin1String("already imported")), again.describe().constData());
    QCOMPARE(again.err, QByteArray());
    auto database = Database::openSqlite(path);
    QSqlQuery query(database->connection());
    // (The demo has OpenAI bills of its own: only this file's lines.)
    QVERIFY(
        query.exec(QStringLiteral("SELECT SUM(amount_minor) FROM cost_lines WHERE import_batch_id IN"
                                  " (SELECT id FROM import_batches WHERE file_name = 'openai-costs.json')"))
        && query.next());
    QCOMPARE(query.value(0).toLongLong(), 61067);
    database.reset();

    // 1: rows rejected, named by file, line and column; the database is as it was.
    const QByteArray before = fileHash(path);
    const Run rejected = run({ QStringLiteral("import"), rowProblem, QStringLiteral("--db"), path });
    QCOMPARE(rejected.exitCode, 1);
    QVERIFY2(
        rejected.outText().contains(QLatin1String("27-focus-end-before-start.csv, line 3, ChargePeriodEnd")),
        rejected.describe().constData());
    QCOMPARE(fileHash(path), before);

    // 4: the file cannot be read as a cost file (2 is kept for a bad command line).
    const Run binary = run(
        { QStringLiteral("import"), unreadable, QStringLiteral("--db"), path, QStringLiteral("--json") });
    QCOMPARE(binary.exitCode, 4);
    const QJsonObject binaryReport = QJsonDocument::fromJson(binary.out)
                                         .object()
                                         .value(QLatin1String("files"))
                                         .toArray()
                                         .first()
                                         .toObject();
    QCOMPARE(
        binaryReport.value(QLatin1String("problems")).toArray().first()[QLatin1String("code")].toString(),
        QStringLiteral("binary-file"));
    const Run missing = run({ QStringLiteral("import"), m_dir.filePath(QStringLiteral("nowhere.csv")),
                              QStringLiteral("--db"), path });
    QCOMPARE(missing.exitCode, 4);
    QCOMPARE(fileHash(path), before);
}

void TestCli::importDryRunAndAcceptValid()
{
    const QString path = m_dir.filePath(QStringLiteral("import-dry.sqlite"));
    const Run demo = run({ QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--lines"),
                           QStringLiteral("500"), QStringLiteral("--weeks"), QStringLiteral("30") });
    QVERIFY2(demo.exitCode == 0, demo.describe().constData());
    const QString file = QFINDTESTDATA("../fixtures/import/valid/gcp-billing.csv");
    const QByteArray before = fileHash(path);
    const Run dry
        = run({ QStringLiteral("import"), file, QStringLiteral("--db"), path, QStringLiteral("--dry-run") });
    QVERIFY2(dry.exitCode == 0, dry.describe().constData());
    QVERIFY2(dry.outText().contains(QLatin1String("dry run, nothing written: 19 rows would be booked")),
             dry.describe().constData());
    QVERIFY(dry.outText().contains(QLatin1String("UNALLOCATED")));
    QCOMPARE(fileHash(path), before);

    // A file with bad rows: --accept-valid books the others.
    const QString mixed = QFINDTESTDATA("../fixtures/import/broken/31-mixed-currencies-no-rate.csv");
    QVERIFY(!mixed.isEmpty());
    auto database = Database::openSqlite(path);
    ImportRepository(*database).saveMapping(QStringLiteral("generic"), [] {
        ColumnMapping mapping;
        for (const auto &[field, column] :
             { std::pair { MappedField::Date, "Date" }, std::pair { MappedField::Project, "Project" },
               std::pair { MappedField::Category, "Category" }, std::pair { MappedField::Vendor, "Vendor" },
               std::pair { MappedField::Description, "Description" },
               std::pair { MappedField::Amount, "Amount" }, std::pair { MappedField::Currency, "Currency" } })
            mapping.columns.insert(field, QLatin1String(column));
        return mapping;
    }());
    database.reset();
    const Run refused = run({ QStringLiteral("import"), mixed, QStringLiteral("--db"), path,
                              QStringLiteral("--mapping"), QStringLiteral("generic") });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.outText().contains(QLatin1String("no exchange rate from JPY to EUR")),
             refused.describe().constData());
    const Run accepted
        = run({ QStringLiteral("import"), mixed, QStringLiteral("--db"), path, QStringLiteral("--mapping"),
                QStringLiteral("generic"), QStringLiteral("--accept-valid"), QStringLiteral("--json") });
    QCOMPARE(accepted.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(accepted.out)
                                   .object()
                                   .value(QLatin1String("files"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QVERIFY(report.value(QLatin1String("rows_accepted")).toInt() > 0);
    QCOMPARE(report.value(QLatin1String("rows_rejected")).toInt(),
             report.value(QLatin1String("problem_count")).toInt());
}

// `costboard report` as cron runs it: no display and no platform chosen. It writes the PDF, says
// where and how many pages, changes nothing in the database, and its weekly total is the one
// `snapshot --json` gives.
void TestCli::reportWithoutDisplay()
{
    const QString path = demoCopy(QStringLiteral("report.sqlite"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileHash(path);
    const QString pdf = m_dir.filePath(QStringLiteral("report-fr.pdf"));
    const QString week = m_lastWeek.toString();

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("COSTBOARD_LOG_DIR"), m_logDir);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COSTBOARD_EXECUTABLE),
                  { QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--week"), week,
                    QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY(process.waitForFinished(60'000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(out.contains(QFileInfo(pdf).absoluteFilePath()), qPrintable(out));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("pages\\s?: (\\d+)")).match(out);
    QVERIFY2(pages.hasMatch() && pages.captured(1).toInt() >= 7, qPrintable(out));
    QCOMPARE(fileHash(path), before);

    const Run snapshot = run({ QStringLiteral("snapshot"), QStringLiteral("--db"), path,
                               QStringLiteral("--week"), week, QStringLiteral("--json") });
    QCOMPARE(snapshot.exitCode, 0);
    const QJsonObject root = parseObject(snapshot);
    const Money thisWeek(
        root.value(QLatin1String("kpis")).toObject().value(QLatin1String("this_week_minor")).toInteger(),
        root.value(QLatin1String("currency")).toString());
    QVERIFY(thisWeek.minorUnits() > 0);

    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30'000));
    QCOMPARE(text.exitCode(), 0);
    QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    QCOMPARE(int(extracted.count(u'\f')), pages.captured(1).toInt());
    QString expected = thisWeek.toString(QLocale(QLocale::French, QLocale::France));
    for (QString *value : { &extracted, &expected })
        value->replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' ');
    QVERIFY2(extracted.contains(expected), qPrintable(expected));
}

void TestCli::reportBadArguments()
{
    const QString pdf = m_dir.filePath(QStringLiteral("never.pdf"));
    const Run badWeek
        = run({ QStringLiteral("report"), QStringLiteral("--db"), m_demoPath, QStringLiteral("--week"),
                QStringLiteral("2026-W60"), QStringLiteral("--out"), pdf });
    QCOMPARE(badWeek.exitCode, 2);
    QVERIFY2(badWeek.errText().contains(QLatin1String("--week")), badWeek.describe().constData());
    QVERIFY(!QFileInfo::exists(pdf));
    const Run noOut = run({ QStringLiteral("report"), QStringLiteral("--db"), m_demoPath });
    QCOMPARE(noOut.exitCode, 2);
    const Run orientation
        = run({ QStringLiteral("report"), QStringLiteral("--db"), m_demoPath, QStringLiteral("--out"), pdf,
                QStringLiteral("--orientation"), QStringLiteral("sideways") });
    QCOMPARE(orientation.exitCode, 2);
    const Run missing
        = run({ QStringLiteral("report"), QStringLiteral("--db"),
                m_dir.filePath(QStringLiteral("absent.sqlite")), QStringLiteral("--out"), pdf });
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(!QFileInfo::exists(pdf));
}

// Where no display exists, a bad option is answered with the usage before Qt looks for a
// platform plugin (it used to abort with exit 134).
void TestCli::bogusOptionWithoutDisplay()
{
    for (const QString &program :
         { QStringLiteral(COSTBOARD_EXECUTABLE), QStringLiteral(COSTBOARD_CLI_EXECUTABLE) }) {
        const Run result = runProgram(program, { QStringLiteral("--bogus") }, true);
        QVERIFY2(!result.crashed, result.describe().constData());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.errText().contains(QStringLiteral("unknown argument \"--bogus\"")),
                 result.err.constData());
        QVERIFY2(result.errText().contains(QStringLiteral("Usage:\n")), result.err.constData());
        QVERIFY2(!result.errText().contains(QStringLiteral("platform plugin")), result.err.constData());
        QCOMPARE(result.out, QByteArray());
    }
}

// The usage and the mistake come in the language asked for, and costboard-cli offers only what
// it can run.
void TestCli::badCommandLineInFrench()
{
    const Run french
        = runProgram(QStringLiteral(COSTBOARD_CLI_EXECUTABLE),
                     { QStringLiteral("--bogus"), QStringLiteral("--lang"), QStringLiteral("fr") }, true);
    QVERIFY2(!french.crashed && french.exitCode == 2, french.describe().constData());
    QVERIFY2(french.errText().contains(QStringLiteral("argument inconnu « --bogus »")),
             french.err.constData());
    QVERIFY2(french.errText().contains(QStringLiteral("Utilisation :\n")), french.err.constData());
    QVERIFY2(french.errText().contains(QStringLiteral("Essayez « costboard-cli --help »")),
             french.err.constData());

    const Run help = runProgram(QStringLiteral(COSTBOARD_CLI_EXECUTABLE), { QStringLiteral("--help") }, true);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.outText().contains(QStringLiteral("  costboard-cli snapshot --db FILE")),
             help.out.constData());
    for (const char *windowOnly : { "costboard-cli report", "--orientation", "costboard [--db" })
        QVERIFY2(!help.outText().contains(QLatin1String(windowOnly)), windowOnly);
    // Every line fits an 80-column terminal, in both languages.
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("fr") }) {
        const Run full = run({ QStringLiteral("--help"), QStringLiteral("--lang"), language });
        QCOMPARE(full.exitCode, 0);
        for (const QString &line : full.outText().split(u'\n'))
            QVERIFY2(line.size() <= 80, qPrintable(line));
    }
}

void TestCli::badWeekIsABadCommandLine_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("snapshot") << QStringLiteral("snapshot");
    QTest::newRow("alerts") << QStringLiteral("alerts");
    QTest::newRow("export") << QStringLiteral("export");
}

void TestCli::badWeekIsABadCommandLine()
{
    QFETCH(QString, command);
    const QString path = demoCopy(QStringLiteral("week99.sqlite"));
    const QByteArray before = fileHash(path);
    QStringList arguments { command, QStringLiteral("--db"), path, QStringLiteral("--week"),
                            QStringLiteral("2026-W99") };
    if (command == QLatin1String("export"))
        arguments << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("week99.xlsx"));
    const Run result = run(arguments);
    QVERIFY2(!result.crashed, result.describe().constData());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().contains(QStringLiteral("--week: \"2026-W99\" is not an ISO week")),
             result.err.constData());
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(fileHash(path), before); // refused before the database was even opened
}

void TestCli::notACostBoardDatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("command");
    QTest::newRow("text file, snapshot")
        << QByteArray("date,amount\n2026-01-05,12.50\n") << QStringLiteral("snapshot");
    QTest::newRow("text file, alerts") << QByteArray("hello\n") << QStringLiteral("alerts");
    QTest::newRow("text file, import") << QByteArray("hello\n") << QStringLiteral("import");
    QTest::newRow("empty file, snapshot") << QByteArray() << QStringLiteral("snapshot");
    QTest::newRow("empty file, export") << QByteArray() << QStringLiteral("export");
}

void TestCli::notACostBoardDatabase()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, command);
    const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    QStringList arguments { command, QStringLiteral("--db"), path };
    if (command == QLatin1String("export"))
        arguments << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("notes.xlsx"));
    if (command == QLatin1String("import"))
        arguments << QFINDTESTDATA("../fixtures/import/valid/openai-costs.json");
    const Run result = run(arguments);
    QVERIFY2(!result.crashed, result.describe().constData());
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.errText().contains(QStringLiteral("Not a CostBoard database: ") + path),
             result.err.constData());
    QVERIFY2(!result.errText().contains(QStringLiteral("PRAGMA"), Qt::CaseInsensitive),
             result.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void TestCli::newerDatabaseRefusedUntouched()
{
    const QString path = demoCopy(QStringLiteral("newer.sqlite"));
    QVERIFY(!path.isEmpty());
    QVERIFY(execute(path,
                    QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at)"
                                   " VALUES (999, 'from the future', '2030-01-01T00:00:00Z')")));
    // The last connection closed has checkpointed the WAL into the file: these bytes are the database.
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    const QByteArray before = fileHash(path);
    const Run result = run({ QStringLiteral("snapshot"), QStringLiteral("--db"), path });
    QVERIFY2(!result.crashed, result.describe().constData());
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.errText().contains(QStringLiteral("schema version 999")), result.err.constData());
    QVERIFY2(result.errText().contains(QStringLiteral("up to %1").arg(Database::latestSchemaVersion())),
             result.err.constData());
    QCOMPARE(fileHash(path), before);
    QVERIFY(QDir(m_dir.path())
                .entryList({ QStringLiteral("newer.sqlite.v*.bak") })
                .isEmpty()); // no migration was tried
}

// snapshot, export and report only read: an older schema is refused with the way to upgrade it
// (no migration, no backup), and an empty file is not turned into a database.
void TestCli::readingCommandsWriteNothing()
{
    const QString older = m_dir.filePath(QStringLiteral("older.sqlite"));
    QFile::remove(older);
    QVERIFY(QFile::copy(QFINDTESTDATA("../fixtures/schema-v3.sqlite"), older));
    QVERIFY(QFile::setPermissions(older, QFile::ReadOwner | QFile::WriteOwner));
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    }
    for (const QString &path : { older, empty }) {
        const QByteArray before = fileHash(path);
        const QList<QStringList> commands {
            { QStringLiteral("snapshot"), QStringLiteral("--db"), path, QStringLiteral("--json") },
            { QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--out"),
              m_dir.filePath(QStringLiteral("never.xlsx")) },
            { QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--week"),
              m_lastWeek.toString(), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("never.pdf")) },
        };
        for (const QStringList &arguments : commands) {
            const Run result = run(arguments);
            QVERIFY2(!result.crashed && result.exitCode == 3, result.describe().constData());
            QVERIFY2(result.errText().contains(path == older ? QStringLiteral("older CostBoard")
                                                             : QStringLiteral("Not a CostBoard database")),
                     result.err.constData());
            QCOMPARE(fileHash(path), before);
        }
    }
    QCOMPARE(QFileInfo(empty).size(), 0);
    QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("older.sqlite.v*") }).isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never.xlsx"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never.pdf"))));

    // `alerts` writes: it upgrades the file, after a backup, and says nothing about it.
    const Run upgrade
        = run({ QStringLiteral("alerts"), QStringLiteral("--db"), older, QStringLiteral("--json") });
    QVERIFY2(!upgrade.crashed && upgrade.exitCode != 3, upgrade.describe().constData());
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("older.sqlite.v3-*.bak") }).size(), 1);
    const Run after
        = run({ QStringLiteral("snapshot"), QStringLiteral("--db"), older, QStringLiteral("--json") });
    QVERIFY2(after.exitCode == 0, after.describe().constData());
}

// A database in a folder its reader cannot write (a share mounted read-only, an archive) can
// still be read. The test runs as an unprivileged user, since root writes anywhere.
void TestCli::snapshotInAReadOnlyFolder()
{
    QTemporaryDir shared;
    QVERIFY(shared.isValid());
    const QFile::Permissions open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
        | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(shared.path(), open));
    const QString home = shared.filePath(QStringLiteral("home"));
    const QString folder = shared.filePath(QStringLiteral("archive"));
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(home, open));
    const QString path = folder + QStringLiteral("/costs.sqlite");
    QVERIFY(QFile::copy(m_demoPath, path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    const QFile::Permissions readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(path, readOnly));
    QVERIFY(QFile::setPermissions(folder, readOnly | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
    const QByteArray before = fileHash(path);

    QString program = QStringLiteral(COSTBOARD_CLI_EXECUTABLE);
    QStringList arguments { QStringLiteral("snapshot"), QStringLiteral("--db"), path,
                            QStringLiteral("--json") };
    if (::geteuid() == 0) {
        // nobody (65534): setpriv is in util-linux, which every Debian system has.
        arguments = QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), QStringLiteral("--"), program }
            + arguments;
        program = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        QVERIFY2(!program.isEmpty(), "setpriv (util-linux) not found");
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("COSTBOARD_LOG_DIR"), home + QStringLiteral("/logs"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(home);
    process.start(program, arguments);
    QVERIFY(process.waitForFinished(60'000));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, err.constData());
    const QJsonObject snapshot = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QVERIFY(snapshot.value(QStringLiteral("total_minor")).toInteger() > 0);
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { QStringLiteral("costs.sqlite") });
    QVERIFY(QFile::setPermissions(folder, open)); // so that the temporary folder can be removed
}

// One error, one line: the console log no longer repeats what the command prints.
void TestCli::errorPrintedOnce()
{
    const QString missing = m_dir.filePath(QStringLiteral("typo.sqlite"));
    for (const QString &command : { QStringLiteral("snapshot"), QStringLiteral("alerts") }) {
        const Run result = run({ command, QStringLiteral("--db"), missing });
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.errText().count(missing), 1);
        QCOMPARE(result.errText().count(u'\n'), 1);
        QVERIFY2(result.errText().startsWith(QStringLiteral("costboard %1: ").arg(command)),
                 result.err.constData());
        QVERIFY(!QFileInfo::exists(missing));
    }
}

void TestCli::moneyAndNamesFollowLang()
{
    const QStringList arguments { QStringLiteral("snapshot"), QStringLiteral("--db"), m_demoPath,
                                  QStringLiteral("--from"),   m_firstWeek.toString(), QStringLiteral("--to"),
                                  m_lastWeek.toString() };
    const qint64 total = sqlSum(m_firstWeek, m_lastWeek, {}, {}, QString());
    QVERIFY(total > 100'000'00); // large enough to be grouped by thousands
    const QString cents = QStringLiteral("%1").arg(total % 100, 2, 10, QLatin1Char('0'));

    const Run english = run(arguments
                            + QStringList { QStringLiteral("--basis"), QStringLiteral("cash"),
                                            QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(
        english.outText().contains(QStringLiteral("€") + groupedThousands(total / 100, u',') + u'.' + cents),
        english.out.constData());
    QVERIFY2(english.outText().contains(QStringLiteral("  Inference ")), english.out.constData());
    QVERIFY2(!english.outText().contains(QStringLiteral("model-training")), english.out.constData());

    const Run french = run(arguments
                           + QStringList { QStringLiteral("--basis"), QStringLiteral("cash"),
                                           QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(french.exitCode, 0);
    const QString text = plainSpaces(french.outText());
    QVERIFY2(text.contains(groupedThousands(total / 100, u' ') + u',' + cents + QStringLiteral(" €")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("  Inférence ")), qPrintable(text));
}

// costboard-cli is for servers without display libraries: Qt Core and Sql, no Gui, no Widgets.
void TestCli::cliLinksNoGuiModule()
{
    if (QStandardPaths::findExecutable(QStringLiteral("readelf")).isEmpty())
        QSKIP("readelf (binutils) is not installed");
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"),
                  { QStringLiteral("-d"), QStringLiteral(COSTBOARD_CLI_EXECUTABLE) });
    QVERIFY(readelf.waitForFinished(30'000));
    QCOMPARE(readelf.exitCode(), 0);
    const QString dynamic = QString::fromUtf8(readelf.readAllStandardOutput());
    QVERIFY2(dynamic.contains(QStringLiteral("libQt6Core.so")), qPrintable(dynamic));
    for (const char *module :
         { "libQt6Gui", "libQt6Widgets", "libQt6Svg", "libQt6PrintSupport", "libQt6OpenGL" })
        QVERIFY2(!dynamic.contains(QLatin1String(module)), module);
}

void TestCli::cliRunsTheHeadlessCommands()
{
    const QString cli = QStringLiteral(COSTBOARD_CLI_EXECUTABLE);
    const QStringList snapshot { QStringLiteral("snapshot"), QStringLiteral("--db"),  m_demoPath,
                                 QStringLiteral("--from"),   m_firstWeek.toString(),  QStringLiteral("--to"),
                                 m_lastWeek.toString(),      QStringLiteral("--json") };
    const Run headless = runProgram(cli, snapshot, true);
    QVERIFY2(!headless.crashed && headless.exitCode == 0, headless.describe().constData());
    QCOMPARE(headless.out, run(snapshot).out); // the same figures as the full application
    QCOMPARE(headless.err, QByteArray());

    const QString demo = m_dir.filePath(QStringLiteral("cli-demo.sqlite"));
    const Run created
        = runProgram(cli,
                     { QStringLiteral("demo"), QStringLiteral("--db"), demo, QStringLiteral("--lines"),
                       QStringLiteral("200"), QStringLiteral("--weeks"), QStringLiteral("8"),
                       QStringLiteral("--lang"), QStringLiteral("fr") },
                     true);
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    QVERIFY(QFileInfo(demo).isFile());

    const QString workbook = m_dir.filePath(QStringLiteral("cli-export.xlsx"));
    const Run exported = runProgram(
        cli, { QStringLiteral("export"), QStringLiteral("--db"), demo, QStringLiteral("--out"), workbook },
        true);
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    QVERIFY(QFileInfo(workbook).size() > 0);

    // The window and the report are not in it.
    const Run report = runProgram(cli,
                                  { QStringLiteral("report"), QStringLiteral("--db"), demo,
                                    QStringLiteral("--out"), m_dir.filePath(QStringLiteral("cli.pdf")) },
                                  true);
    QCOMPARE(report.exitCode, 2);
    QVERIFY2(report.errText().contains(QStringLiteral("costboard-cli")), report.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
