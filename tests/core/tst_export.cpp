// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QFile>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "analytics/dashboardquery.h"
#include "analytics/dashboardsnapshot.h"
#include "export/csvexport.h"
#include "export/exporttables.h"
#include "export/xlsxexport.h"
#include "import/csvreader.h"
#include "storage/budgetrepository.h"
#include "storage/costlinebrowser.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace {

const QString EUR = QStringLiteral("EUR");

// What people type or import files carry that a spreadsheet would run as a formula.
const QString hyperlink = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
const QString command = QStringLiteral("+cmd|' /C calc'!A0");
const QString arithmetic = QStringLiteral("-2+3");
const QString atFormula = QStringLiteral("@SUM(A1)");
const QString leadingTab = QStringLiteral("\tTAB");
const QString leadingReturn = QStringLiteral("\rRETURN");

// Reads CSV bytes back with the import's reader: every record as its fields.
QList<QStringList> parseCsv(const QByteArray &bytes, char delimiter)
{
    QList<QStringList> records;
    const DecodedText decoded = DecodedText::decode(bytes);
    CsvReader::read(
        decoded.utf8, delimiter,
        [&](const CsvRecord &record) {
            QStringList fields;
            for (const std::string_view field : record.fields)
                fields << QString::fromUtf8(field.data(), qsizetype(field.size()));
            records << fields;
            return true;
        },
        [](qint64 line, int field, ImportProblemCode) {
            qWarning("CSV problem on line %lld, field %d", line, field);
        });
    return records;
}

// What a cell must read as once written to CSV in English (money as a plain decimal).
QString expectedCsvText(const ExportCell &cell, QChar decimalPoint)
{
    if (cell.isEmpty)
        return QString();
    switch (cell.type) {
    case ExportValueType::Text:
        return guardedSpreadsheetText(cell.text);
    case ExportValueType::Date:
        return cell.date.toString(Qt::ISODate);
    case ExportValueType::Money:
        return cell.money().toPlainString().replace(u'.', decimalPoint);
    case ExportValueType::Integer:
        return QString::number(cell.integer);
    case ExportValueType::Number:
        return QString::number(cell.number, 'g', 15).replace(u'.', decimalPoint);
    case ExportValueType::Percent:
        return QString::number(cell.number * 100.0, 'f', 2).replace(u'.', decimalPoint);
    }
    return QString();
}

std::int64_t sumOfColumn(const ExportTable &table, int column)
{
    std::int64_t sum = 0;
    for (const ExportRow &row : table.rows) {
        if (!row.cells.at(column).isEmpty)
            sum += row.cells.at(column).integer;
    }
    return sum;
}

const ExportTable &tableOf(const QList<ExportTable> &tables, ExportTableKind kind)
{
    for (const ExportTable &table : tables) {
        if (table.kind == kind)
            return table;
    }
    qFatal("no table %s", qPrintable(ExportTable::exportTableKey(kind)));
}

// A file of the .xlsx archive (a zip), as text: read with Python's zipfile, which xlsx2csv (a
// Python program) brings along, so the tests need no unzip tool of their own.
QString zipEntry(const QString &archive, const QString &entry)
{
    QProcess python;
    python.start(
        QStringLiteral("python3"),
        { QStringLiteral("-c"),
          QStringLiteral(
              "import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"),
          archive, entry });
    python.waitForFinished(30000);
    return QString::fromUtf8(python.readAllStandardOutput());
}

// Leading tabs and carriage returns cannot be stored (the repositories trim text), but a writer
// must guard them all the same: a table made by hand.
ExportTable whitespaceTable()
{
    ExportTable table;
    table.kind = ExportTableKind::CostLines;
    table.columns << ExportColumn { QStringLiteral("description"), QString(), ExportValueType::Text,
                                    ExportTotal::Label, QString() };
    for (const QString &text : { leadingTab, leadingReturn }) {
        ExportRow row;
        row.cells << ExportCell::ofText(text);
        table.rows << row;
    }
    table.totals << ExportCell::ofText(QStringLiteral("Total"));
    return table;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void guardPrefixesFormulaStarts_data();
    void guardPrefixesFormulaStarts();
    void tablesAddUpToTheSnapshot();
    void costLinesAreThoseOfThePeriod();
    void csvRoundTrips_data();
    void csvRoundTrips();
    void frenchCsvUsesSemicolonAndDecimalComma();
    void csvKeepsFormulasAsText();
    void xlsxHoldsNumbersAndTheSnapshotTotals();
    void xlsxKeepsFormulasAsText();
    void xlsxMoneyFormats();

private:
    QList<ExportTable> tables(const QString &language = QStringLiteral("en")) const;

    QTemporaryDir m_dir;
    TestDatabase m_database;
    DashboardSnapshot m_snapshot;
    ProjectId m_alpha = 0;
    ProjectId m_injected = 0;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = openTestDatabase();
    ProjectRepository projects(*m_database);
    m_alpha = projects.create(makeProject(QStringLiteral("ALPHA"), QStringLiteral("Alpha")));
    m_injected = projects.create(makeProject(QStringLiteral("INJ"), hyperlink));

    // Weeks 10 to 12 of 2026 (2 March to 22 March), and lines before and after them.
    CostLineRepository lines(*m_database);
    const QDate monday(2026, 3, 2);
    const QStringList vendors { QStringLiteral("OpenAI"), command, atFormula, QString() };
    int n = 0;
    for (int day = -7; day < 28; ++day) {
        for (int k = 0; k < 2; ++k, ++n) {
            CostLine line
                = makeLine(k == 0 ? m_alpha : m_injected, 10'000 + 137 * n + (n % 3 == 0 ? -20'333 : 0), EUR,
                           monday.addDays(day), static_cast<CostCategory>(1 + n % 10), vendors.at(n % 4));
            line.description
                = QStringList { arithmetic, leadingTab, leadingReturn, QStringLiteral("plain"), hyperlink }
                      .at(n % 5);
            if (n % 7 == 0) {
                line.quantity = 1234.5;
                line.unit = QStringLiteral("gpu-hours");
            }
            lines.add(line);
        }
    }
    // A monthly licence paid over its service period: accrual spreads it over March.
    CostLine licence = makeLine(m_alpha, 310'000, EUR, QDate(2026, 3, 2), CostCategory::LicencesOther,
                                QStringLiteral("Acme"));
    licence.serviceStart = QDate(2026, 3, 1);
    licence.serviceEnd = QDate(2026, 4, 1);
    lines.add(licence);
    // A line in dollars: invoiced in USD, counted in euros only once a rate is known.
    lines.add(makeLine(m_alpha, 50'000, QStringLiteral("USD"), QDate(2026, 3, 11)));

    BudgetRepository budgets(*m_database);
    budgets.set(makeBudget(std::nullopt, PeriodKind::Month, QDate(2026, 3, 1), 1'000'000));
    budgets.set(makeBudget(std::nullopt, PeriodKind::Month, QDate(2026, 2, 1), 900'000));

    DashboardQuery query;
    query.preset = PeriodPreset::Custom;
    query.customRange = { IsoWeek(2026, 10), IsoWeek(2026, 12) };
    query.referenceWeek = IsoWeek(2026, 12);
    m_snapshot = DashboardSnapshot::compute(*m_database, query);
    QVERIFY(m_snapshot.periodTotal != 0);
}

QList<ExportTable> TestExport::tables(const QString &language) const
{
    return buildExportTables(*m_database, m_snapshot, language);
}

void TestExport::guardPrefixesFormulaStarts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("guarded");
    QTest::newRow("hyperlink") << hyperlink << u'\'' + hyperlink;
    QTest::newRow("dde command") << command << u'\'' + command;
    QTest::newRow("minus") << arithmetic << u'\'' + arithmetic;
    QTest::newRow("at") << atFormula << u'\'' + atFormula;
    QTest::newRow("tab") << leadingTab << u'\'' + leadingTab;
    QTest::newRow("carriage return") << leadingReturn << u'\'' + leadingReturn;
    QTest::newRow("plain") << QStringLiteral("OpenAI") << QStringLiteral("OpenAI");
    QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestExport::guardPrefixesFormulaStarts()
{
    QFETCH(QString, text);
    QFETCH(QString, guarded);
    QCOMPARE(guardedSpreadsheetText(text), guarded);
}

void TestExport::tablesAddUpToTheSnapshot()
{
    const QList<ExportTable> all = tables();
    QCOMPARE(all.size(), 5);
    const QList<WeeklyPoint> points = m_snapshot.periodPoints();
    QCOMPARE(points.size(), 3);
    for (const ExportTableKind kind : { ExportTableKind::WeeklyByCategory, ExportTableKind::WeeklyByProject,
                                        ExportTableKind::WeeklyByVendor }) {
        const ExportTable &table = tableOf(all, kind);
        QCOMPARE(table.totals.size(), table.columns.size());
        const int total = table.columnIndex(QStringLiteral("period-total"));
        QVERIFY(total > 0);
        QCOMPARE(table.totals.at(total).integer, m_snapshot.periodTotal);
        // The totals are the snapshot's, and the rows add up to them, to the cent.
        for (int i = 0; i < points.size(); ++i) {
            const int column = table.columnIndex(points.at(i).week.toString());
            QVERIFY2(column > 0, qPrintable(table.key()));
            QCOMPARE(table.totals.at(column).integer, points.at(i).actual);
            QCOMPARE(sumOfColumn(table, column), points.at(i).actual);
        }
        QCOMPARE(sumOfColumn(table, total), m_snapshot.periodTotal);
        // Each row's weeks add up to its period total.
        for (const ExportRow &row : table.rows) {
            std::int64_t weeks = 0;
            for (const WeeklyPoint &point : points)
                weeks += row.cells.at(table.columnIndex(point.week.toString())).integer;
            QCOMPARE(weeks, row.cells.at(total).integer);
        }
    }
    QCOMPARE(tableOf(all, ExportTableKind::WeeklyByProject).rows.size(), m_snapshot.byProject.size());
    QCOMPARE(tableOf(all, ExportTableKind::WeeklyByVendor).rows.size(), m_snapshot.byVendor.size());

    // Budget against actual by month: the months of the period, as `snapshot --by month` has them.
    const ExportTable &budget = tableOf(all, ExportTableKind::BudgetByPeriod);
    const QList<PeriodFigures> months = periodFigures(*m_database, m_snapshot.query, PeriodKind::Month);
    QCOMPARE(budget.rows.size(), months.size());
    for (int i = 0; i < months.size(); ++i) {
        QCOMPARE(budget.rows.at(i).cells.at(budget.columnIndex(QStringLiteral("actual"))).integer,
                 months.at(i).actual);
        QCOMPARE(budget.rows.at(i).cells.at(budget.columnIndex(QStringLiteral("budget"))).integer,
                 months.at(i).budget.value_or(0));
    }
    QCOMPARE(budget.rows.size(), 1); // March
    QCOMPARE(budget.totals.at(budget.columnIndex(QStringLiteral("budget"))).integer, 1'000'000);
    const ExportCell march = budget.rows.constLast().cells.at(budget.columnIndex(QStringLiteral("consumed")));
    QCOMPARE(march.type, ExportValueType::Percent);
    QCOMPARE(march.number, double(months.constLast().actual) / 1'000'000.0);
}

void TestExport::costLinesAreThoseOfThePeriod()
{
    const QList<ExportTable> all = tables();
    const ExportTable &lines = tableOf(all, ExportTableKind::CostLines);
    CostLineFilter filter;
    filter.from = m_snapshot.days.first;
    filter.to = m_snapshot.days.last;
    const CostLineTotals totals = CostLineBrowser(*m_database).totals(filter);
    QCOMPARE(lines.rows.size(), totals.lines);
    QCOMPARE(totals.unconverted, 1);
    const int reporting = lines.columnIndex(QStringLiteral("reporting-amount"));
    QCOMPARE(sumOfColumn(lines, reporting), totals.reportingTotal.minorUnits());
    QCOMPARE(lines.totals.at(reporting).integer, totals.reportingTotal.minorUnits());
    // Oldest first, each with its own currency as invoiced.
    const int date = lines.columnIndex(QStringLiteral("date"));
    for (int i = 1; i < lines.rows.size(); ++i)
        QVERIFY(lines.rows.at(i - 1).cells.at(date).date <= lines.rows.at(i).cells.at(date).date);
    const int amount = lines.columnIndex(QStringLiteral("amount"));
    bool sawDollars = false;
    for (const ExportRow &row : lines.rows)
        sawDollars = sawDollars || row.cells.at(amount).currency == QLatin1String("USD");
    QVERIFY(sawDollars);
    // The licence's service period: its first and last day.
    bool sawLicence = false;
    for (const ExportRow &row : lines.rows) {
        if (row.cells.at(lines.columnIndex(QStringLiteral("vendor"))).text == QLatin1String("Acme")) {
            QCOMPARE(row.cells.at(lines.columnIndex(QStringLiteral("service-start"))).date,
                     QDate(2026, 3, 1));
            QCOMPARE(row.cells.at(lines.columnIndex(QStringLiteral("service-end"))).date, QDate(2026, 3, 31));
            sawLicence = true;
        }
    }
    QVERIFY(sawLicence);
}

void TestExport::csvRoundTrips_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("kind");
    for (const char *language : { "en", "fr" }) {
        for (const ExportTableKind kind : ExportTable::allKinds())
            QTest::addRow("%s %s", language, qPrintable(ExportTable::exportTableKey(kind)))
                << QString::fromLatin1(language) << int(kind);
    }
}

void TestExport::csvRoundTrips()
{
    QFETCH(QString, language);
    QFETCH(int, kind);
    const QLocale locale(language);
    const QList<ExportTable> all = tables(language);
    const ExportTable &table = tableOf(all, static_cast<ExportTableKind>(kind));
    const QByteArray csv = tableToCsv(table, locale);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const char delimiter = language == QLatin1String("fr") ? ';' : ',';
    const QChar decimalPoint = language == QLatin1String("fr") ? u',' : u'.';
    const QList<QStringList> records = parseCsv(csv, delimiter);
    QCOMPARE(records.size(), table.rows.size() + 2); // the heading and the total row
    QCOMPARE(records.constFirst().size(), table.columns.size());
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &fields = records.at(r + 1);
        QCOMPARE(fields.size(), table.columns.size());
        for (int c = 0; c < table.columns.size(); ++c) {
            const ExportCell &cell = table.rows.at(r).cells.at(c);
            QCOMPARE(fields.at(c), expectedCsvText(cell, decimalPoint));
            if (cell.type == ExportValueType::Money && !cell.isEmpty) {
                Money parsed;
                QVERIFY(Money::parseDecimal(fields.at(c), cell.currency, parsed));
                QCOMPARE(parsed.minorUnits(), cell.integer);
            }
        }
    }
    const QStringList &totals = records.constLast();
    for (int c = 0; c < table.columns.size(); ++c)
        QCOMPARE(totals.at(c), expectedCsvText(table.totals.at(c), decimalPoint));
}

void TestExport::frenchCsvUsesSemicolonAndDecimalComma()
{
    const QList<ExportTable> all = tables(QStringLiteral("fr"));
    const ExportTable &table = tableOf(all, ExportTableKind::WeeklyByCategory);
    const QString text = QString::fromUtf8(tableToCsv(table, QLocale(QLocale::French, QLocale::France)));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QString total = lines.constLast();
    QVERIFY2(total.contains(u';'), qPrintable(total));
    QCOMPARE(total.count(u';'), table.columns.size() - 1);
    QCOMPARE(total.count(u','), table.columns.size() - 1); // one decimal comma in each amount
    QVERIFY2(total.endsWith(Money(m_snapshot.periodTotal, EUR).toPlainString().replace(u'.', u',')),
             qPrintable(total));
    // Category names in French: the categories are bilingual data.
    QVERIFY(text.contains(CostCategories::displayName(CostCategory::FineTuning, QStringLiteral("fr"))));
    const QString english
        = QString::fromUtf8(tableToCsv(table, QLocale(QLocale::English, QLocale::UnitedStates)));
    QVERIFY(english.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)
                .constLast()
                .endsWith(u',' + Money(m_snapshot.periodTotal, EUR).toPlainString()));
}

void TestExport::csvKeepsFormulasAsText()
{
    const QList<ExportTable> all = tables();
    const ExportTable &lines = tableOf(all, ExportTableKind::CostLines);
    QList<QStringList> records = parseCsv(tableToCsv(lines, QLocale(QLocale::English)), ',');
    records << parseCsv(tableToCsv(whitespaceTable(), QLocale(QLocale::English)), ',');
    QSet<QString> fields;
    for (const QStringList &record : records)
        fields.unite(QSet<QString>(record.cbegin(), record.cend()));
    for (const QString &formula : { hyperlink, command, arithmetic, atFormula, leadingTab, leadingReturn }) {
        QVERIFY2(fields.contains(u'\'' + formula), qPrintable(formula));
        QVERIFY2(!fields.contains(formula), qPrintable(formula));
    }
    // Negative amounts stay numbers: only text is guarded.
    bool negative = false;
    for (const QString &field : std::as_const(fields))
        negative = negative || QRegularExpression(QStringLiteral("^-\\d+\\.\\d\\d$")).match(field).hasMatch();
    QVERIFY(negative);
    // The project named like a formula, in the project table.
    const ExportTable &projects = tableOf(all, ExportTableKind::WeeklyByProject);
    QVERIFY(QString::fromUtf8(tableToCsv(projects, QLocale(QLocale::English)))
                .contains(u'\'' + QString(hyperlink).replace(QStringLiteral("\""), QStringLiteral("\"\""))));
}

void TestExport::xlsxHoldsNumbersAndTheSnapshotTotals()
{
    if (QStandardPaths::findExecutable(QStringLiteral("xlsx2csv")).isEmpty())
        QSKIP("xlsx2csv is not installed (packaging/install-deps.sh installs it)");
    const QList<ExportTable> all = tables();
    const QString path = m_dir.filePath(QStringLiteral("tables.xlsx"));
    writeXlsxFile(all, QLocale(QLocale::English, QLocale::UnitedStates), path);
    QVERIFY(QFile::exists(path));

    for (int sheet = 0; sheet < all.size(); ++sheet) {
        const ExportTable &table = all.at(sheet);
        QProcess reader;
        reader.start(QStringLiteral("xlsx2csv"), { QStringLiteral("-s"), QString::number(sheet + 1), path });
        QVERIFY(reader.waitForFinished(60000));
        QCOMPARE(reader.exitCode(), 0);
        const QList<QStringList> records = parseCsv(reader.readAllStandardOutput(), ',');
        QCOMPARE(records.size(), std::max<qsizetype>(table.rows.size(), 1) + 2);
        QCOMPARE(records.constFirst().value(0), table.columns.constFirst().heading());
        const QStringList &totals = records.constLast();
        for (int c = 0; c < table.columns.size(); ++c) {
            const ExportCell &total = table.totals.at(c);
            if (table.columns.at(c).total != ExportTotal::Sum || total.isEmpty)
                continue;
            // xlsx2csv shows the number the cell holds: the exact total, to the cent.
            Money read;
            QString field = totals.at(c);
            field.remove(u',');
            QVERIFY2(Money::parseDecimal(field, total.currency, read), qPrintable(totals.at(c)));
            QCOMPARE(read.minorUnits(), total.integer);
        }
        if (table.kind == ExportTableKind::WeeklyByCategory) {
            QString field = totals.at(table.columnIndex(QStringLiteral("period-total")));
            field.remove(u',');
            Money read;
            QVERIFY(Money::parseDecimal(field, EUR, read));
            QCOMPARE(read.minorUnits(), m_snapshot.periodTotal);
        }
    }

    // Money, counts and dates are numbers in the sheet's XML (no t="s"/"str" type), text is text.
    const QString categories = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(categories.contains(QStringLiteral("<pane "))); // the frozen header row
    QVERIFY(categories.contains(QStringLiteral("<tablePart"))); // an Excel table
    QVERIFY(categories.contains(QStringLiteral("SUBTOTAL(109,"))); // its total row
    static const QRegularExpression secondRowCell(QStringLiteral("<c r=\"C2\"([^>]*)>"));
    const QRegularExpressionMatch cell = secondRowCell.match(categories);
    QVERIFY(cell.hasMatch());
    QVERIFY2(!cell.captured(1).contains(QStringLiteral(" t=")), qPrintable(cell.captured(0)));
    const QString lines = zipEntry(path, QStringLiteral("xl/worksheets/sheet5.xml"));
    static const QRegularExpression dateCell(QStringLiteral("<c r=\"B2\" s=\"\\d+\"><v>(\\d+)</v>"));
    const QRegularExpressionMatch date = dateCell.match(lines);
    QVERIFY2(date.hasMatch(), qPrintable(lines.left(2000)));
    // Excel's serial day number of the first line's date (days since 1899-12-30).
    QCOMPARE(date.captured(1).toLongLong(), QDate(1899, 12, 30).daysTo(m_snapshot.days.first));
}

void TestExport::xlsxKeepsFormulasAsText()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 (which xlsx2csv needs) is not installed");
    const QString path = m_dir.filePath(QStringLiteral("injection.xlsx"));
    writeXlsxFile(tables() << whitespaceTable(), QLocale(QLocale::English, QLocale::UnitedStates), path);
    // Every formula in every sheet is a total row's SUBTOTAL: nothing a user typed became one.
    for (int sheet = 1; sheet <= 6; ++sheet) {
        const QString xml = zipEntry(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet));
        QVERIFY(!xml.isEmpty());
        static const QRegularExpression formula(QStringLiteral("<f>([^<]*)</f>"));
        for (auto it = formula.globalMatch(xml); it.hasNext();) {
            const QString text = it.next().captured(1);
            QVERIFY2(text.startsWith(QLatin1String("SUBTOTAL(109,")), qPrintable(text));
        }
    }
    const QString strings = zipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    QVERIFY(strings.contains(QStringLiteral("&apos;=HYPERLINK("))
            || strings.contains(QStringLiteral("'=HYPERLINK(")));
    for (const QString &start :
         { QStringLiteral("'+cmd|"), QStringLiteral("'-2+3"), QStringLiteral("'@SUM(A1)"),
           QStringLiteral("'\tTAB"), QStringLiteral("'_x000D_RETURN") }) {
        QString escaped = start;
        escaped.replace(u'\'', QStringLiteral("&apos;"));
        QVERIFY2(strings.contains(start) || strings.contains(escaped)
                     || strings.contains(QString(start).replace(u'\'', QStringLiteral("&#39;"))),
                 qPrintable(start));
    }
    QVERIFY(!strings.contains(QStringLiteral("<t>=HYPERLINK(")));
    QVERIFY(!strings.contains(QStringLiteral("<t>+cmd|")));
}

void TestExport::xlsxMoneyFormats()
{
    QCOMPARE(xlsxMoneyFormat(EUR, QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("\"€\"#,##0.00;-\"€\"#,##0.00"));
    QCOMPARE(xlsxMoneyFormat(EUR, QLocale(QLocale::French, QLocale::France)),
             QStringLiteral("#,##0.00\" €\";-#,##0.00\" €\""));
    QCOMPARE(xlsxMoneyFormat(QStringLiteral("JPY"), QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("\"¥\"#,##0;-\"¥\"#,##0"));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
