// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QHash>
#include <QObject>
#include <QTest>

#include "domain/entities.h"
#include "storage/costlinebrowser.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

Q_DECLARE_METATYPE(costboard::CostLineFilter)
Q_DECLARE_METATYPE(costboard::CostLineSortKey)

namespace {

// The same questions answered the slow, obvious way in C++: what the SQL must agree with.
class Reference final
{
public:
    QList<CostLine> lines;
    QHash<ProjectId, QString> projectNames;

    static bool containsText(const QString &haystack, const QString &needle)
    {
        return haystack.contains(needle, Qt::CaseInsensitive);
    }

    bool matches(const CostLine &line, const CostLineFilter &filter) const
    {
        if (!filter.projects.isEmpty() && !filter.projects.contains(line.projectId))
            return false;
        if (!filter.categories.isEmpty() && !filter.categories.contains(line.category))
            return false;
        if (filter.from.isValid() && line.incurredOn < filter.from)
            return false;
        if (filter.to.isValid() && line.incurredOn > filter.to)
            return false;
        if (!filter.vendor.isEmpty() && line.vendor != filter.vendor)
            return false;
        // Every word of the text inside one of the three columns.
        const QStringList words = filter.text.simplified().split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (!containsText(line.description, word) && !containsText(line.vendor, word)
                && !containsText(line.externalRef, word))
                return false;
        }
        return true;
    }

    QList<CostLine> filtered(const CostLineFilter &filter) const
    {
        QList<CostLine> result;
        for (const CostLine &line : lines) {
            if (matches(line, filter))
                result << line;
        }
        return result;
    }

    // -1, 0, 1 on the sort key alone; NULL below everything.
    int compareKey(const CostLine &a, const CostLine &b, CostLineSortKey key) const
    {
        const auto cmp = [](const auto &x, const auto &y) {
            return x < y ? -1 : (y < x ? 1 : 0);
        };
        const auto cmpOptional = [&cmp](const auto &x, const auto &y) {
            if (!x || !y)
                return bool(x) == bool(y) ? 0 : (x ? 1 : -1);
            return cmp(*x, *y);
        };
        switch (key) {
        case CostLineSortKey::Date:
            return cmp(a.incurredOn, b.incurredOn);
        case CostLineSortKey::ServiceStart: {
            const auto first = [](const CostLine &line) {
                return line.hasServicePeriod() ? line.serviceStart : line.incurredOn;
            };
            return cmp(first(a), first(b));
        }
        case CostLineSortKey::Project:
            return cmp(projectNames.value(a.projectId), projectNames.value(b.projectId));
        case CostLineSortKey::Category:
            return cmp(int(a.category), int(b.category));
        case CostLineSortKey::Vendor:
            return cmp(a.vendor, b.vendor);
        case CostLineSortKey::Description:
            return cmp(a.description, b.description);
        case CostLineSortKey::Quantity:
            return cmpOptional(a.quantity, b.quantity);
        case CostLineSortKey::Amount:
            return cmp(a.amount.minorUnits(), b.amount.minorUnits());
        case CostLineSortKey::ReportingAmount: {
            const auto minor = [](const CostLine &line) {
                return line.reportingAmount ? std::optional<qint64>(line.reportingAmount->minorUnits())
                                            : std::nullopt;
            };
            return cmpOptional(minor(a), minor(b));
        }
        case CostLineSortKey::Source:
            return cmp(a.source, b.source);
        }
        return 0;
    }

    QList<CostLineId> orderedIds(const CostLineFilter &filter, const CostLineSort &sort) const
    {
        QList<CostLine> result = filtered(filter);
        std::sort(result.begin(), result.end(), [&](const CostLine &a, const CostLine &b) {
            const int byKey = compareKey(a, b, sort.key);
            return byKey != 0 ? byKey < 0 : a.id < b.id;
        });
        if (sort.order == Qt::DescendingOrder)
            std::reverse(result.begin(), result.end());
        QList<CostLineId> ids;
        for (const CostLine &line : result)
            ids << line.id;
        return ids;
    }
};

QList<CostLineId> idsOf(const QList<CostLineRow> &rows)
{
    QList<CostLineId> ids;
    for (const CostLineRow &row : rows)
        ids << row.id;
    return ids;
}

const QList<CostLineSortKey> allSortKeys = {
    CostLineSortKey::Date,     CostLineSortKey::ServiceStart, CostLineSortKey::Project,
    CostLineSortKey::Category, CostLineSortKey::Vendor,       CostLineSortKey::Description,
    CostLineSortKey::Quantity, CostLineSortKey::Amount,       CostLineSortKey::ReportingAmount,
    CostLineSortKey::Source,
};

const char *keyName(CostLineSortKey key)
{
    switch (key) {
    case CostLineSortKey::Date:
        return "date";
    case CostLineSortKey::ServiceStart:
        return "service start";
    case CostLineSortKey::Project:
        return "project";
    case CostLineSortKey::Category:
        return "category";
    case CostLineSortKey::Vendor:
        return "vendor";
    case CostLineSortKey::Description:
        return "description";
    case CostLineSortKey::Quantity:
        return "quantity";
    case CostLineSortKey::Amount:
        return "amount";
    case CostLineSortKey::ReportingAmount:
        return "reporting amount";
    case CostLineSortKey::Source:
        return "source";
    }
    return "?";
}

} // namespace

class TestCostLineBrowser : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unfilteredListHasEveryLine();
    void filters_data();
    void filters();
    void sortOrders_data();
    void sortOrders();
    void pagingConsistency_data();
    void pagingConsistency();
    void likeWildcardsAreLiteral_data();
    void likeWildcardsAreLiteral();
    void escapeLike();
    void countsFollowWrites();
    void rowCarriesProjectAndAmounts();
    void vendorsAreDistinctAndSorted();
    void emptyDatabase();

private:
    CostLine addLine(ProjectId project, CostCategory category, QDate date, qint64 minor,
                     const QString &currency, const QString &vendor, const QString &description,
                     std::optional<double> quantity = {}, const QString &externalRef = QString(),
                     const QString &source = QStringLiteral("manual"));

    TestDatabase m_database;
    Reference m_reference;
    QList<ProjectId> m_projects;
};

CostLine TestCostLineBrowser::addLine(ProjectId project, CostCategory category, QDate date, qint64 minor,
                                      const QString &currency, const QString &vendor,
                                      const QString &description, std::optional<double> quantity,
                                      const QString &externalRef, const QString &source)
{
    CostLine line = makeLine(project, minor, currency, date, category, vendor);
    line.description = description;
    line.quantity = quantity;
    line.unit = quantity ? QStringLiteral("tokens") : QString();
    line.externalRef = externalRef;
    line.source = source;
    CostLineRepository repository(*m_database);
    const CostLineId id = repository.add(line);
    const CostLine stored = *repository.find(id);
    m_reference.lines << stored;
    return stored;
}

void TestCostLineBrowser::init()
{
    m_database = openTestDatabase();
    m_reference = Reference();
    m_projects.clear();
    ProjectRepository projects(*m_database);
    // Names deliberately not in code or id order, so "by project" really sorts by name.
    const QList<QPair<QString, QString>> projectDefinitions = {
        { QStringLiteral("ZED"), QStringLiteral("Alpha assistant") },
        { QStringLiteral("ABC"), QStringLiteral("Gamma search") },
        { QStringLiteral("MID"), QStringLiteral("Beta claims") },
    };
    for (const auto &[code, name] : projectDefinitions) {
        const ProjectId id = projects.create(makeProject(code, name));
        m_projects << id;
        m_reference.projectNames.insert(id, name);
    }
    FxRate usd;
    usd.currency = QStringLiteral("USD");
    usd.quoteCurrency = QStringLiteral("EUR");
    usd.validFrom = QDate(2026, 1, 1);
    usd.rateNanos = 920'000'000;
    FxRateRepository(*m_database).setRate(usd);

    // A deterministic spread over ten weeks (2026-03-02 is a Monday), with ties on every key so
    // that the id tie-breaker is exercised; GBP has no rate (NULL reporting amount).
    const QStringList vendors = { QStringLiteral("OpenAI"), QStringLiteral("Anthropic"),
                                  QStringLiteral("Azure"), QStringLiteral("Mistral AI"), QStringLiteral("") };
    const QStringList currencies
        = { QStringLiteral("EUR"), QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP") };
    const QStringList words
        = { QStringLiteral("api usage"), QStringLiteral("GPU hours"), QStringLiteral("licence"),
            QStringLiteral("consulting"), QStringLiteral("storage") };
    quint32 state = 12345;
    const auto next = [&state](quint32 bound) {
        state = state * 1103515245u + 12345u;
        return (state >> 16) % bound;
    };
    QList<CostLine> batch;
    for (int i = 0; i < 240; ++i) {
        const ProjectId project = m_projects.at(int(next(3)));
        const auto category = static_cast<CostCategory>(1 + next(10));
        const QDate date = QDate(2026, 3, 2).addDays(next(70));
        const qint64 minor = (qint64(next(50)) + 1) * 100 * (next(7) == 0 ? -1 : 1);
        CostLine line
            = makeLine(project, minor, currencies.at(int(next(4))), date, category, vendors.at(int(next(5))));
        line.description = words.at(int(next(5))) + QStringLiteral(" #%1").arg(next(20));
        if (next(3) != 0) {
            line.quantity = next(1000) * 1.5;
            line.unit = QStringLiteral("tokens");
        }
        if (next(4) == 0) { // a month (or a few days) paid for, starting before or on its date
            line.serviceStart = date.addDays(-int(next(20)));
            line.serviceEnd = line.serviceStart.addDays(1 + next(31));
        }
        line.source = next(4) == 0 ? QStringLiteral("csv") : QStringLiteral("manual");
        if (line.source == QLatin1String("csv"))
            line.externalRef = QStringLiteral("INV-%1").arg(i);
        batch << line;
    }
    // One transaction, then read back what was stored (ids, reporting amounts).
    CostLineRepository repository(*m_database);
    QCOMPARE(repository.addAll(batch).inserted, qint64(batch.size()));
    for (const QString &id : queryRows(*m_database, QStringLiteral("SELECT id FROM cost_lines ORDER BY id")))
        m_reference.lines << *repository.find(id.toLongLong());
    // Lines whose text holds LIKE's wildcards, for the escaping tests.
    addLine(m_projects.at(0), CostCategory::Cloud, QDate(2026, 3, 5), 100, QStringLiteral("EUR"),
            QStringLiteral("Wild Card Inc"), QStringLiteral("discount 100% applied"));
    addLine(m_projects.at(0), CostCategory::Cloud, QDate(2026, 3, 5), 200, QStringLiteral("EUR"),
            QStringLiteral("Wild Card Inc"), QStringLiteral("discount 1000 applied"));
    addLine(m_projects.at(1), CostCategory::Cloud, QDate(2026, 3, 6), 300, QStringLiteral("EUR"),
            QStringLiteral("Wild Card Inc"), QStringLiteral("bucket a_b"));
    addLine(m_projects.at(1), CostCategory::Cloud, QDate(2026, 3, 6), 400, QStringLiteral("EUR"),
            QStringLiteral("Wild Card Inc"), QStringLiteral("bucket axb"));
    addLine(m_projects.at(2), CostCategory::Cloud, QDate(2026, 3, 7), 500, QStringLiteral("EUR"),
            QStringLiteral("Wild Card Inc"), QStringLiteral("path C:\\temp"));
    addLine(m_projects.at(2), CostCategory::Cloud, QDate(2026, 3, 7), 600, QStringLiteral("EUR"),
            QStringLiteral("Wild Card Inc"), QStringLiteral("path C:temp"), {}, QStringLiteral("REF-100%-X"),
            QStringLiteral("csv"));
}

void TestCostLineBrowser::cleanup()
{
    m_database.reset();
}

void TestCostLineBrowser::unfilteredListHasEveryLine()
{
    CostLineBrowser browser(*m_database);
    const CostLineFilter none;
    QCOMPARE(browser.count(none), qint64(m_reference.lines.size()));
    QCOMPARE(browser.count(none), CostLineRepository(*m_database).count());
    const QList<CostLineRow> rows = browser.page(none, CostLineSort(), 0, 100'000);
    QCOMPARE(idsOf(rows), m_reference.orderedIds(none, CostLineSort()));
    // Newest first by default.
    QVERIFY(rows.first().incurredOn >= rows.last().incurredOn);
}

void TestCostLineBrowser::filters_data()
{
    QTest::addColumn<CostLineFilter>("filter");
    // The projects are only known after init(): -1, -2, -3 stand for the first, second, third.
    const auto projects = [](QList<ProjectId> placeholders) {
        return placeholders;
    };

    CostLineFilter f;
    QTest::newRow("none") << f;

    f = {};
    f.projects = projects({ -1 });
    QTest::newRow("one project") << f;
    f.projects = projects({ -1, -3 });
    QTest::newRow("two projects") << f;
    f.projects = { 999'999 };
    QTest::newRow("unknown project") << f;

    f = {};
    f.categories = { CostCategory::Inference };
    QTest::newRow("one category") << f;
    f.categories = { CostCategory::Cloud, CostCategory::Salaries, CostCategory::DataSecurity };
    QTest::newRow("three categories") << f;

    f = {};
    f.from = QDate(2026, 3, 16); // Monday
    f.to = QDate(2026, 4, 5); // Sunday: three whole weeks, roll-ups only
    QTest::newRow("period on week boundaries") << f;
    f.from = QDate(2026, 3, 11); // Wednesday
    f.to = QDate(2026, 4, 24); // Friday: partial weeks at both ends
    QTest::newRow("period off week boundaries") << f;
    f.from = QDate(2026, 3, 18);
    f.to = QDate(2026, 3, 20); // inside one week
    QTest::newRow("period inside one week") << f;
    f.from = QDate(2026, 3, 10);
    f.to = QDate(2026, 3, 16); // Tuesday to next Monday: no whole week
    QTest::newRow("period across one week boundary") << f;
    f.from = QDate(2026, 3, 18);
    f.to = QDate(2026, 3, 18);
    QTest::newRow("single day") << f;
    f.from = QDate(2026, 4, 8);
    f.to = QDate();
    QTest::newRow("from only") << f;
    f.from = QDate();
    f.to = QDate(2026, 3, 25);
    QTest::newRow("to only") << f;
    f.from = QDate(2026, 4, 1);
    f.to = QDate(2026, 3, 1);
    QTest::newRow("empty period") << f;

    f = {};
    f.vendor = QStringLiteral("Anthropic");
    QTest::newRow("vendor") << f;
    f.vendor = QStringLiteral("anthropic");
    QTest::newRow("vendor is exact") << f;

    f = {};
    f.text = QStringLiteral("gpu");
    QTest::newRow("text in description, any case") << f;
    f.text = QStringLiteral("mistral");
    QTest::newRow("text in vendor") << f;
    f.text = QStringLiteral("INV-1");
    QTest::newRow("text in external reference") << f;
    f.text = QStringLiteral("  licence  ");
    QTest::newRow("text is trimmed") << f;

    f = {};
    f.projects = projects({ -2 });
    f.categories = { CostCategory::Inference, CostCategory::Cloud, CostCategory::FineTuning };
    f.from = QDate(2026, 3, 4);
    f.to = QDate(2026, 5, 1);
    QTest::newRow("project + categories + period") << f;
    f.vendor = QStringLiteral("OpenAI");
    QTest::newRow("project + categories + period + vendor") << f;
    f.vendor.clear();
    f.text = QStringLiteral("api");
    QTest::newRow("project + categories + period + text") << f;
    f = {};
    f.categories = { CostCategory::Inference };
    f.from = QDate(2026, 3, 23);
    f.to = QDate(2026, 3, 29);
    QTest::newRow("one week x category (drill-down)") << f;
}

void TestCostLineBrowser::filters()
{
    QFETCH(CostLineFilter, filter);
    for (ProjectId &id : filter.projects) {
        if (id < 0)
            id = m_projects.at(int(-id - 1));
    }
    CostLineBrowser browser(*m_database);
    const QList<CostLineId> expected = m_reference.orderedIds(filter, CostLineSort());
    QCOMPARE(idsOf(browser.page(filter, CostLineSort(), 0, 100'000)), expected);
    QCOMPARE(browser.count(filter), qint64(expected.size()));

    qint64 converted = 0;
    qint64 unconverted = 0;
    for (const CostLine &line : m_reference.filtered(filter)) {
        if (line.reportingAmount)
            converted += line.reportingAmount->minorUnits();
        else
            ++unconverted;
    }
    const CostLineTotals totals = browser.totals(filter);
    QCOMPARE(totals.lines, qint64(expected.size()));
    QCOMPARE(totals.reportingTotal, Money(converted, QStringLiteral("EUR")));
    QCOMPARE(totals.unconverted, unconverted);
}

void TestCostLineBrowser::sortOrders_data()
{
    QTest::addColumn<CostLineSortKey>("key");
    QTest::addColumn<int>("order");
    for (const CostLineSortKey key : allSortKeys) {
        QTest::addRow("%s ascending", keyName(key)) << key << int(Qt::AscendingOrder);
        QTest::addRow("%s descending", keyName(key)) << key << int(Qt::DescendingOrder);
    }
}

void TestCostLineBrowser::sortOrders()
{
    QFETCH(CostLineSortKey, key);
    QFETCH(int, order);
    const CostLineSort sort { key, Qt::SortOrder(order) };
    CostLineBrowser browser(*m_database);
    CostLineFilter none;
    QCOMPARE(idsOf(browser.page(none, sort, 0, 100'000)), m_reference.orderedIds(none, sort));
    CostLineFilter some;
    some.categories = { CostCategory::Inference, CostCategory::Cloud };
    some.from = QDate(2026, 3, 10);
    QCOMPARE(idsOf(browser.page(some, sort, 0, 100'000)), m_reference.orderedIds(some, sort));
}

void TestCostLineBrowser::pagingConsistency_data()
{
    QTest::addColumn<CostLineSortKey>("key");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("pageSize");
    for (const CostLineSortKey key : allSortKeys) {
        for (const int pageSize : { 1, 7, 50 }) {
            QTest::addRow("%s ascending, pages of %d", keyName(key), pageSize)
                << key << int(Qt::AscendingOrder) << pageSize;
            QTest::addRow("%s descending, pages of %d", keyName(key), pageSize)
                << key << int(Qt::DescendingOrder) << pageSize;
        }
    }
}

void TestCostLineBrowser::pagingConsistency()
{
    QFETCH(CostLineSortKey, key);
    QFETCH(int, order);
    QFETCH(int, pageSize);
    const CostLineSort sort { key, Qt::SortOrder(order) };
    CostLineBrowser browser(*m_database);
    CostLineFilter filter;
    filter.from = QDate(2026, 3, 9);
    const QList<CostLineId> full = idsOf(browser.page(filter, sort, 0, 100'000));
    QCOMPARE(full, m_reference.orderedIds(filter, sort));

    // OFFSET pages, concatenated.
    QList<CostLineId> byOffset;
    for (qint64 offset = 0;; offset += pageSize) {
        const QList<CostLineRow> page = browser.page(filter, sort, offset, pageSize);
        QVERIFY(page.size() <= pageSize);
        byOffset << idsOf(page);
        if (page.size() < pageSize)
            break;
    }
    QCOMPARE(byOffset, full);

    // Keyset pages, each starting after the last line of the previous one.
    QList<CostLineRow> page = browser.page(filter, sort, 0, pageSize);
    QList<CostLineId> byKeyset = idsOf(page);
    while (page.size() == pageSize) {
        page = browser.pageAfter(filter, sort, page.constLast(), pageSize);
        byKeyset << idsOf(page);
        QVERIFY(byKeyset.size() <= full.size());
    }
    QCOMPARE(byKeyset, full);
}

void TestCostLineBrowser::likeWildcardsAreLiteral_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("descriptions");
    QTest::newRow("percent") << QStringLiteral(
        "100%") << QStringList { QStringLiteral("discount 100% applied"), QStringLiteral("path C:temp") };
    QTest::newRow("underscore") << QStringLiteral("a_b") << QStringList { QStringLiteral("bucket a_b") };
    QTest::newRow("backslash") << QStringLiteral("C:\\") << QStringList { QStringLiteral("path C:\\temp") };
    QTest::newRow("lone percent") << QStringLiteral(
        "%") << QStringList { QStringLiteral("discount 100% applied"), QStringLiteral("path C:temp") };
    QTest::newRow("lone underscore") << QStringLiteral("_") << QStringList { QStringLiteral("bucket a_b") };
    QTest::newRow("plain") << QStringLiteral("discount 100")
                           << QStringList { QStringLiteral("discount 100% applied"),
                                            QStringLiteral("discount 1000 applied") };
}

void TestCostLineBrowser::likeWildcardsAreLiteral()
{
    QFETCH(QString, text);
    QFETCH(QStringList, descriptions);
    CostLineBrowser browser(*m_database);
    CostLineFilter filter;
    filter.text = text;
    QStringList found;
    for (const CostLineRow &row :
         browser.page(filter, { CostLineSortKey::Amount, Qt::AscendingOrder }, 0, 1000))
        found << row.description;
    QCOMPARE(found, descriptions); // the amounts are in this order
    QCOMPARE(browser.count(filter), qint64(descriptions.size()));
}

void TestCostLineBrowser::escapeLike()
{
    QCOMPARE(CostLineBrowser::escapeLike(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(CostLineBrowser::escapeLike(QStringLiteral("100%")), QStringLiteral("100\\%"));
    QCOMPARE(CostLineBrowser::escapeLike(QStringLiteral("a_b\\c")), QStringLiteral("a\\_b\\\\c"));
}

void TestCostLineBrowser::countsFollowWrites()
{
    // The roll-up route and the raw route must both see every write at once.
    CostLineBrowser browser(*m_database);
    CostLineRepository repository(*m_database);
    CostLineFilter weeks; // whole weeks: roll-ups
    weeks.from = QDate(2026, 3, 2);
    weeks.to = QDate(2026, 3, 15);
    CostLineFilter text; // raw lines
    text.text = QStringLiteral("unique-marker");
    const qint64 weeksBefore = browser.count(weeks);
    QCOMPARE(browser.count(text), 0);

    CostLine line = makeLine(m_projects.at(0), 999, QStringLiteral("EUR"), QDate(2026, 3, 4));
    line.description = QStringLiteral("unique-marker");
    const CostLineId id = repository.add(line);
    QCOMPARE(browser.count(weeks), weeksBefore + 1);
    QCOMPARE(browser.count(text), 1);

    line = *repository.find(id);
    line.incurredOn = QDate(2026, 5, 4); // moved out of the period
    repository.update(line);
    QCOMPARE(browser.count(weeks), weeksBefore);
    QCOMPARE(browser.count(text), 1);

    repository.remove(id);
    QCOMPARE(browser.count(text), 0);
    QCOMPARE(browser.count(CostLineFilter()), qint64(m_reference.lines.size()));
}

void TestCostLineBrowser::rowCarriesProjectAndAmounts()
{
    CostLineBrowser browser(*m_database);
    CostLineFilter filter;
    filter.text = QStringLiteral("REF-100%-X");
    const QList<CostLineRow> rows = browser.page(filter, CostLineSort(), 0, 10);
    QCOMPARE(rows.size(), 1);
    const CostLineRow &row = rows.first();
    QCOMPARE(row.projectId, m_projects.at(2));
    QCOMPARE(row.projectCode, QStringLiteral("MID"));
    QCOMPARE(row.projectName, QStringLiteral("Beta claims"));
    QCOMPARE(row.category, CostCategory::Cloud);
    QCOMPARE(row.incurredOn, QDate(2026, 3, 7));
    QCOMPARE(row.amount, Money(600, QStringLiteral("EUR")));
    QVERIFY(row.reportingAmount);
    QCOMPARE(*row.reportingAmount, Money(600, QStringLiteral("EUR")));
    QCOMPARE(row.vendor, QStringLiteral("Wild Card Inc"));
    QCOMPARE(row.description, QStringLiteral("path C:temp"));
    QVERIFY(!row.quantity);
    QCOMPARE(row.source, QStringLiteral("csv"));
    QCOMPARE(row.externalRef, QStringLiteral("REF-100%-X"));

    // A USD line converted at 0.92, a GBP line without a rate.
    for (const CostLine &line : std::as_const(m_reference.lines)) {
        if (line.amount.currency() == QLatin1String("USD")
            || line.amount.currency() == QLatin1String("GBP")) {
            CostLineFilter one;
            one.projects = { line.projectId };
            one.from = line.incurredOn;
            one.to = line.incurredOn;
            const QList<CostLineRow> found = browser.page(one, CostLineSort(), 0, 1000);
            const auto it = std::find_if(found.cbegin(), found.cend(),
                                         [&](const CostLineRow &r) { return r.id == line.id; });
            QVERIFY(it != found.cend());
            QCOMPARE(it->amount, line.amount);
            QCOMPARE(bool(it->reportingAmount), line.amount.currency() == QLatin1String("USD"));
            QCOMPARE(it->reportingAmount, line.reportingAmount);
            if (it->reportingAmount)
                QCOMPARE(it->reportingAmount->currency(), QStringLiteral("EUR"));
            QCOMPARE(it->quantity, line.quantity);
        }
    }
}

void TestCostLineBrowser::vendorsAreDistinctAndSorted()
{
    const QStringList vendors = CostLineBrowser(*m_database).vendors();
    QCOMPARE(
        vendors,
        (QStringList { QStringLiteral("Anthropic"), QStringLiteral("Azure"), QStringLiteral("Mistral AI"),
                       QStringLiteral("OpenAI"), QStringLiteral("Wild Card Inc") }));
}

void TestCostLineBrowser::emptyDatabase()
{
    m_database = openTestDatabase();
    CostLineBrowser browser(*m_database);
    QCOMPARE(browser.count(CostLineFilter()), 0);
    QVERIFY(browser.page(CostLineFilter(), CostLineSort(), 0, 500).isEmpty());
    QCOMPARE(browser.totals(CostLineFilter()).lines, 0);
    QCOMPARE(browser.totals(CostLineFilter()).reportingTotal, Money(0, QStringLiteral("EUR")));
    QVERIFY(browser.vendors().isEmpty());
    QVERIFY(browser.page(CostLineFilter(), CostLineSort(), 0, 0).isEmpty());
}

QTEST_GUILESS_MAIN(TestCostLineBrowser)
#include "tst_costlinebrowser.moc"
