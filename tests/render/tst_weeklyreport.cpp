// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly report's PDF says what the snapshot says: its text, extracted with pdftotext
// (poppler-utils), holds the week's total, the budget and every project's figures, formatted as
// the interface language writes them, in English and in French.

#include <algorithm>
#include <memory>

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "analytics/positions.h"
#include "analytics/weeklyreportcontent.h"
#include "demo/demoportfolio.h"
#include "labels.h"
#include "report/weeklyreport.h"
#include "storage/database.h"
#include "storage/databasesettings.h"

using namespace costboard;

namespace {

const IsoWeek reportWeek(2026, 49);

// Spaces as pdftotext may write them (a no-break or narrow no-break space becomes either), and
// runs of spaces from the layout, all as one space.
QString normalised(QString text)
{
    text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
    return text.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
}

struct PdfText
{
    bool ok = false;
    QString text; // normalised
    int pages = 0; // from the form feeds between pages
    QString error;
};

PdfText extractText(const QString &path)
{
    PdfText result;
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        result.error = QString::fromUtf8(process.readAllStandardError()) + process.errorString();
        return result;
    }
    const QString raw = QString::fromUtf8(process.readAllStandardOutput());
    result.pages = int(raw.count(u'\f'));
    result.text = normalised(raw);
    result.ok = true;
    return result;
}

} // namespace

class TestWeeklyReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figuresMatchTheSnapshot_data();
    void figuresMatchTheSnapshot();
    void landscapePages();
    void projectSelection();
    void printerPaintsTheSamePages();
    void categorySelection();
    void alertsOfTheWeekEvaluatedLater();
    void cleanup();

private:
    void useLanguage(const QString &language);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QTranslator m_translator;
    QString m_note;
};

void TestWeeklyReport::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(m_dir.isValid());
    // To look at the PDFs a run wrote.
    if (qEnvironmentVariableIsSet("COSTBOARD_KEEP_TEST_FILES")) {
        m_dir.setAutoRemove(false);
        qInfo("files kept in %s", qPrintable(m_dir.path()));
    }
    m_database = Database::openSqlite(m_dir.filePath(QStringLiteral("demo.sqlite")));
    DemoOptions options;
    options.weeks = 30;
    options.lines = 5000;
    options.lastWeek = reportWeek;
    generateDemoPortfolio(*m_database, options, {});
    AlertStore store(*m_database);
    store.ensureDefaultRules();
    AlertEngine(*m_database).evaluate(reportWeek);
    const QList<Alert> open = store.alerts({ { AlertState::Open }, std::nullopt, std::nullopt });
    QVERIFY2(!open.isEmpty(), "the demo portfolio raises alerts in its last week");
    m_note = QStringLiteral("Vendor renegotiation under way, see the minutes");
    store.acknowledge(open.constLast().id, m_note);
}

void TestWeeklyReport::cleanup()
{
    QCoreApplication::removeTranslator(&m_translator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestWeeklyReport::useLanguage(const QString &language)
{
    // As ui::Application does for the interface language.
    QLocale::setDefault(language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                        : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (language == QLatin1String("fr")) {
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/costboard_fr.qm")));
        QCoreApplication::installTranslator(&m_translator);
    }
}

void TestWeeklyReport::figuresMatchTheSnapshot_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestWeeklyReport::figuresMatchTheSnapshot()
{
    QFETCH(QString, language);
    useLanguage(language);

    const DashboardQuery query = weeklyReportQuery(reportWeek);
    const WeeklyReportContent content = gatherWeeklyReport(*m_database, query);
    const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
    const int pages = render::writeWeeklyReportPdf(path, content);
    QVERIFY(pages >= 7);
    const PdfText pdf = extractText(path);
    QVERIFY2(pdf.ok, qPrintable(pdf.error));
    QCOMPARE(pdf.pages, pages);

    // The dashboard's own figures, computed again independently of the report.
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(*m_database, query);
    const DashboardKpis &kpis = snapshot.kpis;
    QCOMPARE(content.snapshot.kpis.thisWeek, kpis.thisWeek);
    QVERIFY(kpis.thisWeek.minorUnits() > 0);
    QVERIFY(kpis.budgetAtHorizon.has_value());
    const auto contains = [&](const QString &expected) {
        return pdf.text.contains(normalised(expected));
    };
    QVERIFY2(contains(kpis.thisWeek.toString()), qPrintable(kpis.thisWeek.toString()));
    QVERIFY2(contains(kpis.budgetAtHorizon->toString()), qPrintable(kpis.budgetAtHorizon->toString()));
    QVERIFY2(contains(kpis.forecast.toString()), qPrintable(kpis.forecast.toString()));
    QVERIFY2(contains(kpis.periodToDate.toString()), qPrintable(kpis.periodToDate.toString()));
    QVERIFY(contains(DatabaseSettings(*m_database).companyName()));
    QVERIFY(contains(QStringLiteral("demo.sqlite")));
    // The week as people read it in the report's language ("2026-W48", "2026-S48").
    QVERIFY2(contains(render::weekLabel(reportWeek)), qPrintable(render::weekLabel(reportWeek)));
    QVERIFY(contains(render::capitalized(render::basisLabel(CostBasis::Accrual))));
    // The acknowledged alert carries its note.
    QVERIFY2(contains(m_note), qPrintable(pdf.text.right(3000)));
    // Page numbers, "Page 2 of 9" in the interface language.
    QVERIFY(pdf.text.contains(QRegularExpression(QStringLiteral("Page 2 \\S+ %1").arg(pages))));

    // Every project's figures, against the positions computed for it alone.
    QVERIFY(content.projects.size() >= 5);
    for (const WeeklyReportProject &row : content.projects) {
        const ScopeFigures expected
            = scopeFigures(*m_database, { BudgetScope { row.project.id, std::nullopt } },
                           { kpis.forecastPeriod }, kpis.asOf)
                  .at(0)
                  .at(0);
        QCOMPARE(row.figures.actual, expected.actual);
        QCOMPARE(row.figures.forecast, expected.forecast);
        QCOMPARE(row.figures.budget, expected.budget);
        const QString spend = snapshot.money(expected.actual).toString();
        const QString forecast = snapshot.money(expected.forecast).toString();
        QVERIFY2(contains(spend), qPrintable(row.project.code + u' ' + spend));
        QVERIFY2(contains(forecast), qPrintable(row.project.code + u' ' + forecast));
        if (expected.budget) {
            const QString budget = snapshot.money(*expected.budget).toString();
            QVERIFY2(contains(budget), qPrintable(row.project.code + u' ' + budget));
        }
        // The project is named, and its row holds spend and forecast in that order.
        QVERIFY2(contains(render::projectName(row.project))
                     || contains(render::projectName(row.project).section(u' ', 0, 0)),
                 qPrintable(row.project.code));
        const QRegularExpression line(QRegularExpression::escape(normalised(spend))
                                      + QStringLiteral("[^\\n]*")
                                      + QRegularExpression::escape(normalised(forecast)));
        QVERIFY2(line.match(pdf.text).hasMatch(), qPrintable(row.project.code));
    }
    // Every vendor of the breakdown, with its amount.
    for (const BreakdownEntry &vendor : snapshot.byVendor)
        QVERIFY2(contains(snapshot.money(vendor.amount).toString()), qPrintable(vendor.label));
}

void TestWeeklyReport::landscapePages()
{
    const WeeklyReportContent content = gatherWeeklyReport(*m_database, weeklyReportQuery(reportWeek));
    const QString path = m_dir.filePath(QStringLiteral("landscape.pdf"));
    const int pages = render::writeWeeklyReportPdf(path, content, QPageLayout::Landscape);
    QVERIFY(pages >= 7);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { path });
    QVERIFY(info.waitForFinished(30'000));
    const QString output = QString::fromUtf8(info.readAllStandardOutput());
    // A4 landscape: 842 x 595 points.
    QVERIFY2(output.contains(QRegularExpression(QStringLiteral("Page size:\\s+842 x 595 pts"))),
             qPrintable(output));
    QVERIFY2(output.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(pages))),
             qPrintable(output));
}

void TestWeeklyReport::projectSelection()
{
    const QList<Project> all = [this] {
        QList<Project> list;
        for (const WeeklyReportProject &row :
             gatherWeeklyReport(*m_database, weeklyReportQuery(reportWeek)).projects)
            list << row.project;
        return list;
    }();
    QVERIFY(all.size() >= 2);
    const Project chosen = all.at(1);
    const WeeklyReportContent content = gatherWeeklyReport(
        *m_database, weeklyReportQuery(reportWeek, PeriodPreset::QuarterToDate, { chosen.id }));
    QCOMPARE(content.projects.size(), 1);
    QCOMPARE(content.projects.constFirst().project.id, chosen.id);
    for (const Alert &alert : content.alerts)
        QCOMPARE(alert.projectId, std::optional<ProjectId>(chosen.id));
    const QString path = m_dir.filePath(QStringLiteral("selection.pdf"));
    render::writeWeeklyReportPdf(path, content);
    const PdfText pdf = extractText(path);
    QVERIFY(pdf.ok);
    QVERIFY(pdf.text.contains(normalised(content.snapshot.kpis.thisWeek.toString())));
    QVERIFY(pdf.text.contains(
        normalised(content.snapshot.money(content.projects.constFirst().figures.actual).toString())));
    // The other projects are not in it.
    QVERIFY(!pdf.text.contains(normalised(render::projectName(all.at(0)))));
}

// With categories chosen, a project's row sums its figures over those categories only.
void TestWeeklyReport::categorySelection()
{
    DashboardQuery query = weeklyReportQuery(reportWeek);
    query.categories = { CostCategory::Inference, CostCategory::Cloud };
    const WeeklyReportContent content = gatherWeeklyReport(*m_database, query);
    QVERIFY(!content.projects.isEmpty());
    const DashboardKpis &kpis = content.snapshot.kpis;
    for (const WeeklyReportProject &row : content.projects) {
        const QList<QList<ScopeFigures>> parts
            = scopeFigures(*m_database,
                           { BudgetScope { row.project.id, CostCategory::Inference },
                             BudgetScope { row.project.id, CostCategory::Cloud } },
                           { kpis.forecastPeriod }, kpis.asOf);
        QCOMPARE(row.figures.actual, parts.at(0).at(0).actual + parts.at(1).at(0).actual);
        QCOMPARE(row.figures.forecast, parts.at(0).at(0).forecast + parts.at(1).at(0).forecast);
    }
    const QString path = m_dir.filePath(QStringLiteral("categories.pdf"));
    QVERIFY(render::writeWeeklyReportPdf(path, content) >= 7);
}

// Print preview and printing paint through a QPrinter, with its own page layout: the same pages.
void TestWeeklyReport::printerPaintsTheSamePages()
{
    const WeeklyReportContent content = gatherWeeklyReport(*m_database, weeklyReportQuery(reportWeek));
    const QString pdf = m_dir.filePath(QStringLiteral("written.pdf"));
    const int written = render::writeWeeklyReportPdf(pdf, content);

    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    const int pages = render::paintWeeklyReport(printer, content);
    QCOMPARE(pages, written);
    const PdfText text = extractText(printed);
    QVERIFY(text.ok);
    QCOMPARE(text.pages, pages);
    QVERIFY(text.text.contains(normalised(content.snapshot.kpis.thisWeek.toString())));
}

void TestWeeklyReport::alertsOfTheWeekEvaluatedLater()
{
    // initTestCase evaluated the report's week after it ended (the run's clock is past it): its
    // alerts are that week's, though fired on a later day, as on a Monday morning.
    const QList<Alert> all = AlertStore(*m_database).alerts();
    QVERIFY(!all.isEmpty());
    for (const Alert &alert : all) {
        QCOMPARE(alert.week, reportWeek);
        QVERIFY(alert.firedAt.date() > reportWeek.previous().sunday());
    }
    const WeeklyReportContent report = gatherWeeklyReport(*m_database, weeklyReportQuery(reportWeek));
    QCOMPARE(report.alerts.size(), all.size());
    QVERIFY(std::any_of(report.alerts.cbegin(), report.alerts.cend(),
                        [this](const Alert &alert) { return alert.acknowledgementNote == m_note; }));
    // The week before knew none of them: neither its evaluation nor its days raised them.
    const WeeklyReportContent weekBefore
        = gatherWeeklyReport(*m_database, weeklyReportQuery(reportWeek.previous()));
    QVERIFY(weekBefore.alerts.isEmpty());
}

QTEST_MAIN(TestWeeklyReport)
#include "tst_weeklyreport.moc"
