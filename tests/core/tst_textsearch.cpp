// SPDX-License-Identifier: GPL-3.0-or-later
// The search box of the cost-lines page (CostLineFilter::text) on a real SQLite file: what it
// finds, read from the trigram index of migration 11, and that index kept equal to the lines by
// every write, including the ones rolled back.
#include <algorithm>

#include <QFile>
#include <QObject>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include "domain/entities.h"
#include "import/importer.h"
#include "storage/costlinebrowser.h"
#include "storage/costlinerepository.h"
#include "storage/costlinesearchindex.h"
#include "storage/database.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace {

struct SearchedText
{
    QString description;
    QString vendor;
    QString externalRef;
};

// Every word somewhere in one of the three columns, in any case: the meaning the search box
// promises, written the slow, obvious way.
bool matchesEveryWord(const SearchedText &line, const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&line](const QString &word) {
        return line.description.contains(word, Qt::CaseInsensitive)
            || line.vendor.contains(word, Qt::CaseInsensitive)
            || line.externalRef.contains(word, Qt::CaseInsensitive);
    });
}

QStringList rawRows(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-read-") + path;
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            rows = queryRows(db, sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

qint64 countOf(Database &database, const QString &text)
{
    CostLineFilter filter;
    filter.text = text;
    return CostLineBrowser(database).count(filter);
}

void setDollarRate(Database &database)
{
    FxRate rate;
    rate.currency = QStringLiteral("USD");
    rate.quoteCurrency = QStringLiteral("EUR");
    rate.validFrom = QDate(2020, 1, 1);
    rate.rateNanos = 920'000'000;
    FxRateRepository(database).setRate(rate);
}

} // namespace

class TestTextSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void findsWhatEveryWordMatches_data();
    void findsWhatEveryWordMatches();
    void accentsAreNotFolded();
    void searchWordsSplitOnSpaces();
    void manyLinesFoundPageAlike();
    void indexFollowsEveryWrite();
    void rolledBackWritesLeaveTheIndexAlone();
    void undoneImportLeavesTheIndex();
    void driftIsDetectedAndRebuilt();
    void migrationIndexesExistingLines();

private:
    QTemporaryDir m_dir;
    TestDatabase m_database;
    ProjectId m_project = 0;
    QHash<qint64, SearchedText> m_linesByAmount; // each line has its own amount
};

void TestTextSearch::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("search.costboard")));
    m_database = Database::openSqlite(m_dir.filePath(QStringLiteral("search.costboard")));
    m_project = ProjectRepository(*m_database).create(makeProject(QStringLiteral("SRC")));
    m_linesByAmount.clear();
    const QList<SearchedText> texts = {
        { QStringLiteral("Claude 3.5 Sonnet input tokens"), QStringLiteral("Anthropic"),
          QStringLiteral("INV-2026-001") },
        { QStringLiteral("GPT-4o API usage"), QStringLiteral("OpenAI"), QString() },
        { QStringLiteral("Hébergement GPU"), QStringLiteral("Société Générale"), QStringLiteral("SG/42") },
        { QStringLiteral("discount 100% applied"), QStringLiteral("Wild Card Inc"),
          QStringLiteral("REF-100%-X") },
        { QStringLiteral("discount 1000 applied"), QStringLiteral("Wild Card Inc"), QString() },
        { QStringLiteral("bucket a_b"), QStringLiteral("Wild Card Inc"), QString() },
        { QStringLiteral("bucket axb"), QStringLiteral("Wild Card Inc"), QString() },
        { QStringLiteral("say \"hello\" NEAR the AND gate"), QStringLiteral("Quote Co"),
          QStringLiteral("Q*1") },
        { QStringLiteral("path C:\\temp (draft) -x ^y"), QStringLiteral("Mistral AI"),
          QStringLiteral("a:b") },
        { QStringLiteral("formation équipe"), QStringLiteral("ÉCOLE DES DONNÉES"), QString() },
        { QStringLiteral("api gateway"), QStringLiteral("Mistral AI"), QStringLiteral("NEAR-7") },
        { QStringLiteral("x"), QStringLiteral("y"), QString() },
    };
    CostLineRepository repository(*m_database);
    QList<CostLine> lines;
    qint64 amount = 100;
    for (const SearchedText &text : texts) {
        CostLine line = makeLine(m_project, amount, QStringLiteral("EUR"), QDate(2026, 3, 10),
                                 CostCategory::Cloud, text.vendor);
        line.description = text.description;
        line.externalRef = text.externalRef;
        line.source = text.externalRef.isEmpty() ? QStringLiteral("manual") : QStringLiteral("csv");
        lines << line;
        m_linesByAmount.insert(amount, text);
        amount += 100;
    }
    QCOMPARE(repository.addAll(lines).inserted, qint64(lines.size()));
    // Indexed at the end of the batch, in the same transaction.
    QVERIFY(CostLineSearchIndex::isConsistent(*m_database));
}

void TestTextSearch::cleanup()
{
    m_database.reset();
}

void TestTextSearch::findsWhatEveryWordMatches_data()
{
    QTest::addColumn<QString>("text");
    const QStringList texts = {
        QStringLiteral("ropic"), // inside a word, as LIKE found it
        QStringLiteral("ANTHR"),
        QStringLiteral("anthropic sonnet"), // vendor and description
        QStringLiteral("api"),
        QStringLiteral("API usage"),
        QStringLiteral("discount 100"),
        QStringLiteral("100%"),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("a_b"),
        QStringLiteral("C:\\"),
        QStringLiteral("\""),
        QStringLiteral("\"hello\""),
        QStringLiteral("\"hello"),
        QStringLiteral("*"),
        QStringLiteral("Q*1"),
        QStringLiteral("anthr*"),
        QStringLiteral("NEAR"),
        QStringLiteral("NEAR(api gateway)"),
        QStringLiteral("AND"),
        QStringLiteral("api OR gpt"),
        QStringLiteral("NOT"),
        QStringLiteral("-x"),
        QStringLiteral("(draft)"),
        QStringLiteral("^y"),
        QStringLiteral("a:b"),
        QStringLiteral("description:claude"),
        QStringLiteral("{vendor}"),
        QStringLiteral("SOCIÉTÉ"), // case folded beyond ASCII
        QStringLiteral("équipe"),
        QStringLiteral("ÉQUIPE"),
        QStringLiteral("données"),
        QStringLiteral("sg/42"),
        QStringLiteral("gpu sg/42"),
        QStringLiteral("ai"), // shorter than a trigram
        QStringLiteral("x"),
        QStringLiteral("mistral ai"),
        QStringLiteral("  gateway  "),
        QStringLiteral("zzz-not-there"),
        QStringLiteral("api zzz-not-there"),
    };
    for (const QString &text : texts)
        QTest::newRow(qPrintable(text)) << text;
}

void TestTextSearch::findsWhatEveryWordMatches()
{
    QFETCH(QString, text);
    QList<qint64> expected;
    for (auto it = m_linesByAmount.cbegin(); it != m_linesByAmount.cend(); ++it) {
        if (matchesEveryWord(it.value(), text))
            expected << it.key();
    }
    std::sort(expected.begin(), expected.end());

    CostLineBrowser browser(*m_database);
    CostLineFilter filter;
    filter.text = text;
    QList<qint64> found;
    for (const CostLineRow &row :
         browser.page(filter, { CostLineSortKey::Amount, Qt::AscendingOrder }, 0, 1000))
        found << row.amount.minorUnits();
    QCOMPARE(found, expected);
    QCOMPARE(browser.count(filter), qint64(expected.size()));
    const CostLineTotals totals = browser.totals(filter);
    QCOMPARE(totals.lines, qint64(expected.size()));
    qint64 expectedTotal = 0;
    for (const qint64 amount : std::as_const(expected))
        expectedTotal += amount;
    QCOMPARE(totals.reportingTotal.minorUnits(), expectedTotal);
}

void TestTextSearch::accentsAreNotFolded()
{
    // The trigram tokenizer of SQLite 3.40 folds case, not accents (CostLineFilter::text).
    QCOMPARE(countOf(*m_database, QStringLiteral("Société")), 1);
    QCOMPARE(countOf(*m_database, QStringLiteral("societe")), 0);
}

void TestTextSearch::searchWordsSplitOnSpaces()
{
    QCOMPARE(CostLineBrowser::searchWords(QStringLiteral("  api\tgpu \n api  ")),
             (QStringList { QStringLiteral("api"), QStringLiteral("gpu") }));
    QCOMPARE(CostLineBrowser::searchWords(QStringLiteral("   ")), QStringList());
}

void TestTextSearch::manyLinesFoundPageAlike()
{
    // More lines than a page looks up one by one (10,000; the list is walked instead): the same lines,
    // in the same order, page after page.
    QList<CostLine> lines;
    for (int i = 0; i < 15'060; ++i) {
        CostLine line
            = makeLine(m_project, 1 + i % 997, QStringLiteral("EUR"), QDate(2025, 1, 1).addDays(i % 700));
        line.description
            = (i % 3 == 0) ? QStringLiteral("Bulk inference %1").arg(i) : QStringLiteral("Other %1").arg(i);
        line.vendor = (i % 3 == 1) ? QStringLiteral("BULKCO") : QStringLiteral("Vendor");
        lines << line;
    }
    CostLineRepository(*m_database).addAll(lines);
    CostLineFilter filter;
    filter.text = QStringLiteral("bulk");
    CostLineBrowser browser(*m_database);
    const qint64 expected = 10'040; // two thirds of the lines
    QCOMPARE(browser.count(filter), expected);

    CostLineFilter everyLine;
    for (const CostLineSort &sort :
         { CostLineSort(), CostLineSort { CostLineSortKey::Amount, Qt::AscendingOrder } }) {
        QList<CostLineId> wanted;
        for (const CostLineRow &row : browser.page(everyLine, sort, 0, 100'000)) {
            if (row.description.contains(QLatin1String("bulk"), Qt::CaseInsensitive)
                || row.vendor.contains(QLatin1String("bulk"), Qt::CaseInsensitive))
                wanted << row.id;
        }
        QCOMPARE(wanted.size(), expected);
        QList<CostLineId> paged;
        QList<CostLineRow> page = browser.page(filter, sort, 0, 2'000);
        while (!page.isEmpty()) {
            for (const CostLineRow &row : std::as_const(page))
                paged << row.id;
            page = browser.pageAfter(filter, sort, page.constLast(), 2'000);
        }
        QCOMPARE(paged, wanted);
        QList<CostLineId> byOffset;
        for (const CostLineRow &row : browser.page(filter, sort, 3'000, 500))
            byOffset << row.id;
        QCOMPARE(byOffset, wanted.mid(3'000, 500));
    }
}

void TestTextSearch::indexFollowsEveryWrite()
{
    CostLineRepository repository(*m_database);
    CostLine line = makeLine(m_project, 999, QStringLiteral("USD"), QDate(2026, 3, 4));
    line.description = QStringLiteral("unique-marker alpha");
    const CostLineId id = repository.add(line);
    QCOMPARE(countOf(*m_database, QStringLiteral("marker")), 1);
    QVERIFY(CostLineSearchIndex::isConsistent(*m_database));

    line = *repository.find(id);
    line.description = QStringLiteral("renamed beta");
    line.vendor = QStringLiteral("Hugging Face");
    line.externalRef = QStringLiteral("HF-77");
    line.source = QStringLiteral("csv");
    repository.update(line);
    QCOMPARE(countOf(*m_database, QStringLiteral("marker")), 0);
    QCOMPARE(countOf(*m_database, QStringLiteral("openai")), 1); // the other line, not this one
    QCOMPARE(countOf(*m_database, QStringLiteral("beta hugging hf-77")), 1);
    QVERIFY(CostLineSearchIndex::isConsistent(*m_database));

    // A rate re-prices the line without touching its text.
    setDollarRate(*m_database);
    QVERIFY(repository.find(id)->reportingAmount);
    QCOMPARE(countOf(*m_database, QStringLiteral("beta")), 1);
    QVERIFY(CostLineSearchIndex::isConsistent(*m_database));

    repository.remove(id);
    QCOMPARE(countOf(*m_database, QStringLiteral("beta")), 0);
    QVERIFY(CostLineSearchIndex::isConsistent(*m_database));
}

void TestTextSearch::rolledBackWritesLeaveTheIndexAlone()
{
    CostLineRepository repository(*m_database);
    {
        Transaction transaction(*m_database);
        CostLine line = makeLine(m_project);
        line.description = QStringLiteral("ghost line");
        repository.add(line);
        QCOMPARE(countOf(*m_database, QStringLiteral("ghost")), 1); // seen inside the transaction
    } // not committed
    QCOMPARE(countOf(*m_database, QStringLiteral("ghost")), 0);
    QVERIFY(CostLineSearchIndex::isConsistent(*m_database));

    // A batch whose last line is refused: none of it is written, none of it is indexed.
    CostLine good = makeLine(m_project);
    good.description = QStringLiteral("phantom batch");
    CostLine bad = makeLine(m_project + 1000);
    QVERIFY_THROWS_EXCEPTION(ValidationError, repository.addAll({ good, bad }));
    QCOMPARE(countOf(*m_database, QStringLiteral("phantom")), 0);
    QVERIFY(CostLineSearchIndex::isConsistent(*m_database));
    // The next batch, and a single line after it, are indexed.
    CostLine later = makeLine(m_project);
    later.description = QStringLiteral("later batch");
    repository.addAll({ later });
    later.description = QStringLiteral("later single");
    repository.add(later);
    QCOMPARE(countOf(*m_database, QStringLiteral("later")), 2);

    // An edit and a delete rolled back leave the old text findable.
    const CostLineId gateway = CostLineBrowser(*m_database)
                                   .page(
                                       [] {
                                           CostLineFilter filter;
                                           filter.text = QStringLiteral("gateway");
                                           return filter;
                                       }(),
                                       CostLineSort(), 0, 10)
                                   .value(0)
                                   .id;
    QVERIFY(gateway != 0);
    {
        Transaction transaction(*m_database);
        CostLine line = *repository.find(gateway);
        line.description = QStringLiteral("changed");
        repository.update(line);
        repository.remove(gateway);
        QCOMPARE(countOf(*m_database, QStringLiteral("gateway")), 0);
    }
    QCOMPARE(countOf(*m_database, QStringLiteral("gateway")), 1);
    QVERIFY(CostLineSearchIndex::isConsistent(*m_database));
}

void TestTextSearch::undoneImportLeavesTheIndex()
{
    setDollarRate(*m_database); // the file is in dollars
    Importer importer(*m_database);
    const ImportReport report
        = importer.importFile(QFINDTESTDATA("../fixtures/import/valid/aws-cur2.csv"), {});
    QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
    QVERIFY(report.linesWritten > 0);
    const QString likeCount = QStringLiteral(
        "SELECT COUNT(*) FROM cost_lines WHERE description LIKE '%bedrock%' OR vendor LIKE '%bedrock%'"
        " OR external_ref LIKE '%bedrock%'");
    const qint64 imported = queryValue(*m_database, likeCount).toLongLong();
    QVERIFY(imported > 0);
    QCOMPARE(countOf(*m_database, QStringLiteral("Bedrock")), imported);
    QVERIFY(CostLineSearchIndex::isConsistent(*m_database));

    importer.undo(*report.batchId);
    QCOMPARE(countOf(*m_database, QStringLiteral("Bedrock")), 0);
    QCOMPARE(countOf(*m_database, QStringLiteral("ropic")), 1); // the lines before the import stay
    QVERIFY(CostLineSearchIndex::isConsistent(*m_database));
}

void TestTextSearch::driftIsDetectedAndRebuilt()
{
    // The check must be able to fail: a line another program inserts is not in the index.
    QVERIFY(CostLineSearchIndex::isConsistent(*m_database));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO cost_lines (project_id, category_id, incurred_on, week_start, amount_minor, currency,"
        " reporting_minor, vendor, description, source, created_at, updated_at)"
        " SELECT project_id, category_id, incurred_on, week_start, amount_minor, currency, reporting_minor,"
        " vendor, 'unindexed line', 'manual', created_at, updated_at FROM cost_lines LIMIT 1")));
    QCOMPARE(countOf(*m_database, QStringLiteral("unindexed")), 0);
    QVERIFY(!CostLineSearchIndex::isConsistent(*m_database));

    CostLineSearchIndex::rebuild(*m_database);
    QVERIFY(CostLineSearchIndex::isConsistent(*m_database));
    QCOMPARE(countOf(*m_database, QStringLiteral("unindexed")), 1);
}

void TestTextSearch::migrationIndexesExistingLines()
{
    // A file of the previous release (schema version 3, see tests/fixtures/README.md): its lines
    // are in the index as soon as it has migrated.
    const QString fixture = QFINDTESTDATA("../fixtures/schema-v3.sqlite");
    QVERIFY2(!fixture.isEmpty(), "tests/fixtures/schema-v3.sqlite is missing");
    const QString path = m_dir.filePath(QStringLiteral("previous-release.costboard"));
    QFile::remove(path);
    QVERIFY(QFile::copy(fixture, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(
        rawRows(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'cost_lines_search'")),
        QStringList { QStringLiteral("0") });
    QList<SearchedText> lines;
    for (const QString &row : rawRows(
             path,
             QStringLiteral("SELECT description || char(9) || vendor || char(9) || COALESCE(external_ref, '')"
                            " FROM cost_lines"))) {
        const QStringList columns = row.split(u'\t');
        lines.append({ columns.value(0), columns.value(1), columns.value(2) });
    }
    QCOMPARE(lines.size(), 3000);

    const TestDatabase migrated = Database::openSqlite(path);
    QVERIFY(CostLineSearchIndex::isConsistent(*migrated));
    for (const QString &text : { QStringLiteral("revue"), QStringLiteral("ÉQUIPES"),
                                 QStringLiteral("mistral code"), QStringLiteral("zzz-not-there") }) {
        const qint64 expected
            = std::count_if(lines.cbegin(), lines.cend(),
                            [&text](const SearchedText &line) { return matchesEveryWord(line, text); });
        QCOMPARE(countOf(*migrated, text), expected);
        if (text != QLatin1String("zzz-not-there"))
            QVERIFY2(expected > 0, qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
