// SPDX-License-Identifier: GPL-3.0-or-later
#include <stdexcept>

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTest>

#include "analytics/ledger.h"
#include "analytics/portfoliosummary.h"
#include "errors.h"
#include "errortexts.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "storage/writewait.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace {

const QString EUR = QStringLiteral("EUR");

// Drives the repository with a reproducible random sequence of writes.
class RandomWriter
{
public:
    RandomWriter(Database &database, const QList<ProjectId> &projects, quint32 seed)
        : m_database(database)
        , m_projects(projects)
        , m_random(seed)
    { }

    QString step(int index)
    {
        const int roll = bounded(100);
        if (roll < 25)
            return add();
        if (roll < 35)
            return addAll(index);
        if (roll < 60)
            return update();
        if (roll < 70)
            return remove();
        if (roll < 77)
            return removeMany();
        if (roll < 85)
            return rolledBack();
        if (roll < 92)
            return savepointInsideCommitted();
        if (roll < 98)
            return refused();
        return changeRate();
    }

    int bounded(int limit) { return static_cast<int>(m_random.bounded(limit)); }

    CostLine randomLine()
    {
        static const QStringList vendors {
            QStringLiteral("OpenAI"),  QStringLiteral(" OpenAI "), QString(),
            QStringLiteral("Mistral"), QStringLiteral("AWS"),      QStringLiteral("Azure")
        };
        static const QStringList currencies { EUR,
                                              EUR,
                                              EUR,
                                              EUR,
                                              EUR,
                                              EUR,
                                              QStringLiteral("USD"),
                                              QStringLiteral("USD"),
                                              QStringLiteral("GBP"),
                                              QStringLiteral("JPY") };
        CostLine line;
        line.projectId = m_projects.at(bounded(int(m_projects.size())));
        line.category = static_cast<CostCategory>(1 + bounded(10));
        // 2025-12-01 .. 2027-02-28: crosses two year ends and 2026-W53.
        line.incurredOn = QDate(2025, 12, 1).addDays(bounded(455));
        std::int64_t minor = 0;
        while (minor == 0)
            minor = std::int64_t(bounded(200'001)) - 20'000;
        line.amount = Money(minor, currencies.at(bounded(int(currencies.size()))));
        line.vendor = vendors.at(bounded(int(vendors.size())));
        line.description = QStringLiteral("random");
        // A third pay for a service period: a few days, a month (recurring) or up to a year,
        // starting before or on the invoice date, across month and year ends.
        if (bounded(3) == 0) {
            static const int lengths[] = { 1, 2, 7, 28, 30, 31, 92, 365 };
            line.serviceStart = line.incurredOn.addDays(-bounded(40));
            line.serviceEnd
                = line.serviceStart.addDays(lengths[bounded(8)] + (bounded(4) == 0 ? bounded(60) : 0));
        }
        return line;
    }

    CostLineId randomExistingId()
    {
        const QStringList ids
            = queryRows(m_database, QStringLiteral("SELECT id FROM cost_lines ORDER BY id"));
        if (ids.isEmpty())
            return 0;
        return ids.at(bounded(int(ids.size()))).toLongLong();
    }

private:
    QString add()
    {
        CostLineRepository(m_database).add(randomLine());
        return QStringLiteral("add");
    }

    QString addAll(int index)
    {
        QList<CostLine> lines;
        const int count = 1 + bounded(6);
        for (int i = 0; i < count; ++i) {
            CostLine line = randomLine();
            if (bounded(2) == 0) {
                // Some references repeat earlier ones: those lines are skipped as duplicates.
                line.source = QStringLiteral("csv");
                line.externalRef = QStringLiteral("REF-%1").arg(bounded(index + 5));
            }
            lines << line;
        }
        CostLineRepository(m_database).addAll(lines);
        return QStringLiteral("addAll");
    }

    QString update()
    {
        const CostLineId id = randomExistingId();
        if (id == 0)
            return add();
        CostLineRepository lines(m_database);
        CostLine line = *lines.find(id);
        const CostLine other = randomLine();
        switch (bounded(8)) {
        case 0:
            line.incurredOn = line.incurredOn.addDays(7 * (bounded(9) - 4));
            break; // another week
        case 6:
            line.serviceStart = other.serviceStart;
            line.serviceEnd = other.serviceEnd;
            break; // another period
        case 1:
            line.projectId = other.projectId;
            break;
        case 2:
            line.category = other.category;
            break;
        case 3:
            line.vendor = other.vendor;
            break;
        case 4:
            line.amount = Money(other.amount.minorUnits(), line.amount.currency());
            break;
        case 5:
            line.amount = other.amount;
            break; // maybe another currency
        default:
            line = [&] {
                CostLine all = other;
                all.id = id;
                return all;
            }();
            break;
        }
        lines.update(line);
        return QStringLiteral("update");
    }

    QString remove()
    {
        const CostLineId id = randomExistingId();
        if (id == 0)
            return add();
        CostLineRepository(m_database).remove(id);
        return QStringLiteral("remove");
    }

    QString removeMany()
    {
        QList<CostLineId> ids;
        const int count = 1 + bounded(4);
        for (int i = 0; i < count; ++i) {
            const CostLineId id = randomExistingId();
            if (id != 0 && !ids.contains(id))
                ids << id;
        }
        CostLineRepository(m_database).removeMany(ids);
        return QStringLiteral("removeMany");
    }

    QString rolledBack()
    {
        try {
            Transaction transaction(m_database);
            const int count = 1 + bounded(3);
            for (int i = 0; i < count; ++i) {
                switch (bounded(3)) {
                case 0:
                    add();
                    break;
                case 1:
                    update();
                    break;
                default:
                    remove();
                    break;
                }
            }
            if (bounded(2) == 0)
                throw std::runtime_error("abandoned");
            // else: leaves scope without commit
        } catch (const std::runtime_error &) { }
        return QStringLiteral("rolledBack");
    }

    QString savepointInsideCommitted()
    {
        Transaction outer(m_database);
        add();
        {
            Transaction inner(m_database);
            update();
            add();
            if (bounded(2) == 0)
                inner.commit();
        }
        remove();
        outer.commit();
        return QStringLiteral("savepoint");
    }

    QString refused()
    {
        CostLineRepository lines(m_database);
        const CostLineId id = randomExistingId();
        try {
            if (id != 0 && bounded(2) == 0) {
                CostLine line = *lines.find(id);
                line.amount = Money(0, line.amount.currency());
                lines.update(line);
            } else if (id != 0) {
                lines.removeMany({ id, id + 1'000'000 });
            } else {
                lines.addAll({ randomLine(), [&] {
                                  CostLine bad = randomLine();
                                  bad.projectId = -1;
                                  return bad;
                              }() });
            }
        } catch (const ValidationError &) {
            return QStringLiteral("refused");
        }
        throw std::logic_error("an invalid write was accepted");
    }

    QString changeRate()
    {
        FxRate rate;
        rate.currency = QStringLiteral("USD");
        rate.quoteCurrency = EUR;
        rate.validFrom = QDate(2026, 1, 1).addMonths(bounded(12));
        rate.rateNanos = 850'000'000 + bounded(100'000'000);
        FxRateRepository(m_database).setRate(rate);
        return QStringLiteral("rate");
    }

    Database &m_database;
    QList<ProjectId> m_projects;
    QRandomGenerator m_random;
};

FxRate rate(const QString &currency, QDate from, std::int64_t nanos)
{
    FxRate value;
    value.currency = currency;
    value.quoteCurrency = EUR;
    value.validFrom = from;
    value.rateNanos = nanos;
    return value;
}

// One stored roll-up row of a line without a service period: the same on both bases.
QStringList rollupRows(QDate day, ProjectId project, CostCategory category, const QString &vendor,
                       qint64 minor, qint64 lines, qint64 unconverted)
{
    QStringList rows;
    for (const char *basis : { "accrual", "cash" }) {
        rows << QStringLiteral("%1|%2|%3|%4|%5|%6|0|%7|%8")
                    .arg(QLatin1String(basis), day.toString(Qt::ISODate))
                    .arg(project)
                    .arg(static_cast<int>(category))
                    .arg(vendor)
                    .arg(minor)
                    .arg(lines)
                    .arg(unconverted);
    }
    return rows;
}

QStringList sorted(QStringList rows)
{
    rows.sort();
    return rows;
}

} // namespace

class TestRollups : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void explicitMoves();
    void servicePeriodSpreadsByDay();
    void servicePeriodIsValidated_data();
    void servicePeriodIsValidated();
    void missingVendorIsOneRollupKey();
    void randomOperationsKeepRollupsExact_data();
    void randomOperationsKeepRollupsExact();
    void rebuildMatchesIncremental();
    void ledgerReadsSeeEveryChange();
    void emptySummary();
    void summaryTotalsMatchLines();

private:
    TestDatabase m_database;
    QList<ProjectId> m_projects;
};

void TestRollups::init()
{
    m_database = openTestDatabase();
    ProjectRepository projects(*m_database);
    m_projects.clear();
    for (const char *code : { "SUP", "DOC", "CODE", "HR" })
        m_projects << projects.create(makeProject(QLatin1String(code)));
    FxRateRepository rates(*m_database);
    rates.setRate(rate(QStringLiteral("USD"), QDate(2025, 1, 1), 920'000'000));
    rates.setRate(rate(QStringLiteral("JPY"), QDate(2025, 1, 1), 6'123'000));
    // No GBP rate: GBP lines stay unconverted.
}

void TestRollups::cleanup()
{
    m_database.reset();
}

void TestRollups::explicitMoves()
{
    CostLineRepository lines(*m_database);
    const ProjectId p1 = m_projects.at(0);
    const ProjectId p2 = m_projects.at(1);

    const CostLineId a = lines.add(makeLine(p1, 10000, EUR, QDate(2026, 3, 4)));
    const CostLineId b = lines.add(
        makeLine(p1, 5000, EUR, QDate(2026, 3, 4), CostCategory::Inference, QStringLiteral("  OpenAI")));
    const CostLineId c = lines.add(makeLine(p1, 700, QStringLiteral("GBP"), QDate(2026, 3, 2)));
    QCOMPARE(
        storedRollups(*m_database),
        sorted(
            rollupRows(QDate(2026, 3, 4), p1, CostCategory::Inference, QStringLiteral("OpenAI"), 15000, 2, 0)
            + rollupRows(QDate(2026, 3, 2), p1, CostCategory::Inference, QStringLiteral("OpenAI"), 0, 1, 1)));

    CostLine moved = *lines.find(a);
    moved.incurredOn = QDate(2026, 3, 9);
    lines.update(moved);
    QCOMPARE(
        storedRollups(*m_database),
        sorted(
            rollupRows(QDate(2026, 3, 4), p1, CostCategory::Inference, QStringLiteral("OpenAI"), 5000, 1, 0)
            + rollupRows(QDate(2026, 3, 2), p1, CostCategory::Inference, QStringLiteral("OpenAI"), 0, 1, 1)
            + rollupRows(QDate(2026, 3, 9), p1, CostCategory::Inference, QStringLiteral("OpenAI"), 10000, 1,
                         0)));

    moved = *lines.find(b);
    moved.projectId = p2;
    moved.category = CostCategory::Cloud;
    moved.vendor = QStringLiteral("AWS");
    moved.amount = Money(-2500, EUR);
    lines.update(moved);
    moved = *lines.find(c);
    moved.amount = Money(800, EUR); // now convertible
    lines.update(moved);
    QCOMPARE(
        storedRollups(*m_database),
        sorted(rollupRows(QDate(2026, 3, 2), p1, CostCategory::Inference, QStringLiteral("OpenAI"), 800, 1, 0)
               + rollupRows(QDate(2026, 3, 4), p2, CostCategory::Cloud, QStringLiteral("AWS"), -2500, 1, 0)
               + rollupRows(QDate(2026, 3, 9), p1, CostCategory::Inference, QStringLiteral("OpenAI"), 10000,
                            1, 0)));

    lines.removeMany({ a, c });
    // Emptied rows go, they do not linger with line_count 0.
    QCOMPARE(
        storedRollups(*m_database),
        sorted(rollupRows(QDate(2026, 3, 4), p2, CostCategory::Cloud, QStringLiteral("AWS"), -2500, 1, 0)));
    QCOMPARE(
        rowCount(*m_database, QStringLiteral("daily_rollups WHERE line_count = 0 AND reporting_minor = 0")),
        0);

    // A line whose amounts cancel out keeps its row: it still counts one line.
    const CostLineId d
        = lines.add(makeLine(p2, 2500, EUR, QDate(2026, 3, 4), CostCategory::Cloud, QStringLiteral("AWS")));
    QCOMPARE(storedRollups(*m_database),
             sorted(rollupRows(QDate(2026, 3, 4), p2, CostCategory::Cloud, QStringLiteral("AWS"), 0, 2, 0)));
    lines.remove(d);
    lines.remove(b);
    QVERIFY(storedRollups(*m_database).isEmpty());
}

void TestRollups::servicePeriodSpreadsByDay()
{
    // EUR 3,000.00 for 1-30 November: EUR 100.00 on each day on the accrual basis, all of it on
    // the invoice date on the cash basis.
    CostLineRepository lines(*m_database);
    const ProjectId p1 = m_projects.at(0);
    CostLine line
        = makeLine(p1, 300000, EUR, QDate(2026, 11, 30), CostCategory::Salaries, QStringLiteral("Payroll"));
    line.serviceStart = QDate(2026, 11, 1);
    line.serviceEnd = QDate(2026, 12, 1);
    const CostLineId id = lines.add(line);
    QCOMPARE(lines.find(id)->serviceDays(), (DayRange { QDate(2026, 11, 1), QDate(2026, 11, 30) }));
    const QStringList accrual
        = queryRows(*m_database,
                    QStringLiteral("SELECT day, reporting_minor, recurring_minor, line_count"
                                   " FROM daily_rollups WHERE basis = 'accrual' ORDER BY day"));
    QCOMPARE(accrual.size(), 30);
    QCOMPARE(accrual.first(), QStringLiteral("2026-11-01|10000|10000|1"));
    QCOMPARE(accrual.last(), QStringLiteral("2026-11-30|10000|10000|0"));
    QCOMPARE(
        queryRows(*m_database,
                  QStringLiteral(
                      "SELECT day, reporting_minor, line_count FROM daily_rollups WHERE basis = 'cash'")),
        QStringList { QStringLiteral("2026-11-30|300000|1") });

    // An amount that does not divide: EUR 100.00 over 3 days is 33.33, 33.34, 33.33, adding up.
    CostLine odd = makeLine(p1, 10000, EUR, QDate(2027, 2, 27), CostCategory::Cloud, QStringLiteral("AWS"));
    odd.serviceStart = QDate(2027, 2, 27);
    odd.serviceEnd = QDate(2027, 3, 2);
    lines.add(odd);
    QCOMPARE(queryRows(*m_database,
                       QStringLiteral("SELECT day, reporting_minor, recurring_minor FROM daily_rollups"
                                      " WHERE basis = 'accrual' AND vendor = 'AWS' ORDER BY day")),
             (QStringList { QStringLiteral("2027-02-27|3333|0"), QStringLiteral("2027-02-28|3334|0"),
                            QStringLiteral("2027-03-01|3333|0") }));
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));

    // Shortening the period moves the days; deleting the line leaves nothing behind.
    line = *lines.find(id);
    line.serviceEnd = QDate(2026, 11, 16);
    lines.update(line);
    QCOMPARE(queryValue(*m_database,
                        QStringLiteral("SELECT COUNT(*) FROM daily_rollups WHERE basis = 'accrual'"
                                       " AND vendor = 'Payroll'"))
                 .toInt(),
             15);
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
    lines.removeMany({ id });
    QCOMPARE(
        queryValue(*m_database, QStringLiteral("SELECT COUNT(*) FROM daily_rollups WHERE vendor = 'Payroll'"))
            .toInt(),
        0);
}

void TestRollups::servicePeriodIsValidated_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("reason");
    QTest::newRow("end before start")
        << QDate(2026, 11, 30) << QDate(2026, 11, 1) << QStringLiteral("must end after it starts");
    QTest::newRow("empty period") << QDate(2026, 11, 1) << QDate(2026, 11, 1)
                                  << QStringLiteral("must end after it starts");
    QTest::newRow("start only") << QDate(2026, 11, 1) << QDate() << QStringLiteral("needs both");
    QTest::newRow("end only") << QDate() << QDate(2026, 11, 1) << QStringLiteral("needs both");
    QTest::newRow("too long") << QDate(2026, 1, 1) << QDate(2026, 1, 1).addDays(CostLine::MaxServiceDays + 1)
                              << QStringLiteral("at most");
    QTest::newRow("before 2000") << QDate(1999, 12, 1) << QDate(2000, 1, 1) << QStringLiteral("2000");
}

void TestRollups::servicePeriodIsValidated()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, reason);
    CostLine line = makeLine(m_projects.at(0), 1000, EUR, QDate(2026, 11, 30));
    line.serviceStart = start;
    line.serviceEnd = end;
    const QStringList before = databaseContents(*m_database);
    try {
        CostLineRepository(*m_database)
            .addAll({ makeLine(m_projects.at(0), 500, EUR, QDate(2026, 11, 2)), line });
        QFAIL("the service period was accepted");
    } catch (const ValidationError &error) {
        QCOMPARE(error.field().section(u' ', 0, 1), QStringLiteral("service period"));
        QVERIFY2(errorText(error).contains(reason), qPrintable(errorText(error)));
    }
    QCOMPARE(databaseContents(*m_database), before);
}

void TestRollups::missingVendorIsOneRollupKey()
{
    // A form or a file without a vendor column gives a null, an empty or a blank vendor: all three
    // are "no vendor" and share one roll-up row (vendor is NOT NULL in daily_rollups).
    CostLineRepository lines(*m_database);
    const ProjectId p1 = m_projects.at(0);
    lines.add(makeLine(p1, 100, EUR, QDate(2026, 3, 4), CostCategory::Inference, QString()));
    lines.add(makeLine(p1, 200, EUR, QDate(2026, 3, 4), CostCategory::Inference, QStringLiteral("")));
    lines.add(makeLine(p1, 300, EUR, QDate(2026, 3, 4), CostCategory::Inference, QStringLiteral("   ")));
    QCOMPARE(lines.count(), 3);
    QCOMPARE(storedRollups(*m_database),
             sorted(rollupRows(QDate(2026, 3, 4), p1, CostCategory::Inference, QString(), 600, 3, 0)));
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));

    CostLine line;
    line.projectId = p1;
    line.incurredOn = QDate(2026, 3, 4);
    line.amount = Money(400, EUR); // a default-constructed line otherwise: null vendor, description, unit
    lines.addAll({ line });
    QCOMPARE(storedRollups(*m_database),
             sorted(rollupRows(QDate(2026, 3, 4), p1, CostCategory::Inference, QString(), 1000, 4, 0)));
}

void TestRollups::randomOperationsKeepRollupsExact_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << quint32(1);
    QTest::newRow("seed 2026") << quint32(2026);
}

void TestRollups::randomOperationsKeepRollupsExact()
{
    QFETCH(quint32, seed);
    RandomWriter writer(*m_database, m_projects, seed);
    QHash<QString, int> counts;
    for (int i = 0; i < 500; ++i) {
        const QString operation = writer.step(i);
        ++counts[operation];
        // The oracle spreads every line day by day: every fifth write keeps the run short, and a
        // divergence still names an operation within five of its cause.
        if (i % 5 == 4 || i == 499) {
            const QStringList stored = storedRollups(*m_database);
            const QStringList expected = expectedRollups(*m_database);
            if (stored != expected) {
                qWarning("roll-ups diverged by operation %d (%s)", i, qPrintable(operation));
                QCOMPARE(stored, expected);
            }
        }
        QVERIFY2(isOutsideTransaction(*m_database), qPrintable(operation));
    }
    // The sequence really exercised every kind of write.
    for (const char *kind :
         { "add", "addAll", "update", "remove", "removeMany", "rolledBack", "savepoint", "refused" })
        QVERIFY2(counts.value(QLatin1String(kind)) > 0, kind);
    QVERIFY(CostLineRepository(*m_database).count() > 20);
    QVERIFY(rowCount(*m_database, QStringLiteral("cost_lines WHERE reporting_minor IS NULL")) > 0);
    QVERIFY(rowCount(*m_database, QStringLiteral("cost_lines WHERE service_start IS NOT NULL")) > 5);
    QVERIFY(rowCount(*m_database, QStringLiteral("daily_rollups WHERE recurring_minor <> 0")) > 0);

    // Every stored week_start is the Monday of the line's ISO week.
    const QStringList rows
        = queryRows(*m_database, QStringLiteral("SELECT incurred_on, week_start FROM cost_lines"));
    for (const QString &row : rows) {
        const QStringList parts = row.split(u'|');
        const QDate incurred = QDate::fromString(parts.at(0), Qt::ISODate);
        QCOMPARE(parts.at(1), IsoWeek::fromDate(incurred).monday().toString(Qt::ISODate));
    }
}

void TestRollups::rebuildMatchesIncremental()
{
    RandomWriter writer(*m_database, m_projects, 77);
    for (int i = 0; i < 150; ++i)
        writer.step(i);
    const QStringList incremental = storedRollups(*m_database);
    QVERIFY(!incremental.isEmpty());
    CostLineRepository(*m_database).rebuildRollups();
    QCOMPARE(storedRollups(*m_database), incremental);
    const QStringList linesBefore
        = queryRows(*m_database, QStringLiteral("SELECT * FROM cost_lines ORDER BY id"));
    CostLineRepository(*m_database).reconvertAll();
    QCOMPARE(queryRows(*m_database, QStringLiteral("SELECT * FROM cost_lines ORDER BY id")), linesBefore);
    QCOMPARE(storedRollups(*m_database), incremental);
}

// The roll-up reads are remembered while the database stays as it was (ledger.cpp): every kind
// of change must show at the next read, and a remembered read must equal a fresh one.
void TestRollups::ledgerReadsSeeEveryChange()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("ledger.sqlite"));
    const TestDatabase database = Database::openSqlite(path);
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("SUP")));
    RandomWriter writer(*database, { project }, 11);
    for (int i = 0; i < 60; ++i)
        writer.step(i);
    const DayRange year { QDate(2025, 12, 1), QDate(2027, 2, 28) };
    const DayRange quarter { QDate(2026, 4, 1), QDate(2026, 6, 30) };
    const DayRange march { QDate(2026, 3, 1), QDate(2026, 3, 31) };
    // Inside a transaction nothing is remembered: the reference.
    const auto fresh = [&](const DayRange &days) {
        const ReadSnapshot snapshot(*database);
        return LedgerWindow::read(*database, CostBasis::Accrual, days).total(days);
    };
    const auto freshVendors = [&](const DayRange &days) {
        const ReadSnapshot snapshot(*database);
        return LedgerWindow::vendorTotals(*database, CostBasis::Accrual, days);
    };
    const auto read = [&](const DayRange &days) {
        return LedgerWindow::read(*database, CostBasis::Accrual, days).total(days);
    };
    const auto vendors = [&](const DayRange &days) {
        return LedgerWindow::vendorTotals(*database, CostBasis::Accrual, days);
    };

    // A wide read, then narrower ones within it, answered from memory, add up the same.
    QVERIFY(read(year) != 0);
    QCOMPARE(read(year), fresh(year));
    QCOMPARE(read(quarter), fresh(quarter));
    QCOMPARE(read(march), fresh(march));
    QCOMPARE(vendors(year), freshVendors(year));
    QCOMPARE(vendors(quarter), freshVendors(quarter));
    const LedgerWindow remembered = LedgerWindow::read(*database, CostBasis::Accrual, quarter);
    const LedgerWindow reread = [&] {
        const ReadSnapshot snapshot(*database);
        return LedgerWindow::read(*database, CostBasis::Accrual, quarter);
    }();
    QCOMPARE(remembered.series().size(), reread.series().size());
    for (qsizetype i = 0; i < remembered.series().size(); ++i) {
        QCOMPARE(remembered.series().at(i).projectId, reread.series().at(i).projectId);
        QCOMPARE(remembered.series().at(i).category, reread.series().at(i).category);
        QCOMPARE(remembered.series().at(i).amount, reread.series().at(i).amount);
        QCOMPARE(remembered.series().at(i).recurring, reread.series().at(i).recurring);
        QCOMPARE(remembered.series().at(i).unconverted, reread.series().at(i).unconverted);
    }

    // A write of this connection.
    const std::int64_t before = read(quarter);
    CostLineRepository(*database).add(
        makeLine(project, 12'345, EUR, QDate(2026, 5, 5), CostCategory::Cloud, QStringLiteral("Scaleway")));
    QCOMPARE(read(quarter), before + 12'345);
    QCOMPARE(vendors(quarter).value(QStringLiteral("Scaleway")), 12'345);

    // A write rolled back: seen inside its transaction, gone after.
    {
        Transaction transaction(*database);
        CostLineRepository(*database).add(makeLine(project, 1'000, EUR, QDate(2026, 5, 6)));
        QCOMPARE(read(quarter), before + 13'345);
    }
    QCOMPARE(read(quarter), before + 12'345);

    // A write of another connection (another process, an import running beside the window).
    {
        const TestDatabase other = Database::openSqlite(path, Database::IfMissing::Refuse);
        CostLineRepository(*other).add(
            makeLine(project, 500, EUR, QDate(2026, 6, 30), CostCategory::Cloud, QStringLiteral("Scaleway")));
    }
    QCOMPARE(read(quarter), before + 12'845);
    QCOMPARE(vendors(quarter).value(QStringLiteral("Scaleway")), 12'845);
    QCOMPARE(read(year), fresh(year));
    QCOMPARE(vendors(year), freshVendors(year));
}

void TestRollups::emptySummary()
{
    const PortfolioSummary summary = PortfolioSummary::compute(*m_database);
    QCOMPARE(summary.reportingCurrency, EUR);
    QCOMPARE(summary.total.minorUnits(), 0);
    QCOMPARE(summary.total.currency(), EUR);
    QCOMPARE(summary.lineCount, 0);
    QCOMPARE(summary.unconvertedLineCount, 0);
    QVERIFY(!summary.weeks.isValid());
    QCOMPARE(summary.byCategory.size(), 10);
    for (int i = 0; i < summary.byCategory.size(); ++i) {
        QCOMPARE(static_cast<int>(summary.byCategory.at(i).category), i + 1);
        QCOMPARE(summary.byCategory.at(i).total.minorUnits(), 0);
        QCOMPARE(summary.byCategory.at(i).lineCount, 0);
    }
    QCOMPARE(summary.byProject.size(), m_projects.size());
}

void TestRollups::summaryTotalsMatchLines()
{
    RandomWriter writer(*m_database, m_projects, 4242);
    for (int i = 0; i < 200; ++i)
        writer.step(i);
    // One archived project still counts in the all-time totals.
    ProjectRepository(*m_database).setArchived(m_projects.at(3), true);

    const PortfolioSummary summary = PortfolioSummary::compute(*m_database);
    QCOMPARE(summary.reportingCurrency, EUR);
    QCOMPARE(summary.total.currency(), EUR);
    QCOMPARE(
        summary.total.minorUnits(),
        queryValue(*m_database, QStringLiteral("SELECT COALESCE(SUM(reporting_minor), 0) FROM cost_lines"))
            .toLongLong());
    QCOMPARE(summary.lineCount, rowCount(*m_database, QStringLiteral("cost_lines")));
    QCOMPARE(summary.unconvertedLineCount,
             rowCount(*m_database, QStringLiteral("cost_lines WHERE reporting_minor IS NULL")));
    QVERIFY(summary.unconvertedLineCount > 0);

    QCOMPARE(summary.byCategory.size(), 10);
    for (const CategoryTotal &category : summary.byCategory) {
        const int id = static_cast<int>(category.category);
        QCOMPARE(category.total.minorUnits(),
                 queryValue(*m_database,
                            QStringLiteral("SELECT COALESCE(SUM(reporting_minor), 0) FROM cost_lines"
                                           " WHERE category_id = %1")
                                .arg(id))
                     .toLongLong());
        QCOMPARE(category.lineCount,
                 rowCount(*m_database, QStringLiteral("cost_lines WHERE category_id = %1").arg(id)));
    }
    for (int i = 0; i < summary.byCategory.size(); ++i)
        QCOMPARE(static_cast<int>(summary.byCategory.at(i).category), i + 1);

    QCOMPARE(summary.byProject.size(), m_projects.size());
    for (int i = 0; i < summary.byProject.size(); ++i) {
        const ProjectTotal &project = summary.byProject.at(i);
        QVERIFY(m_projects.contains(project.project.id));
        QCOMPARE(project.total.minorUnits(),
                 queryValue(*m_database,
                            QStringLiteral("SELECT COALESCE(SUM(reporting_minor), 0) FROM cost_lines"
                                           " WHERE project_id = %1")
                                .arg(project.project.id))
                     .toLongLong());
        QCOMPARE(project.lineCount,
                 rowCount(*m_database,
                          QStringLiteral("cost_lines WHERE project_id = %1").arg(project.project.id)));
        if (i > 0)
            QVERIFY2(summary.byProject.at(i - 1).total >= project.total,
                     "projects must be sorted largest first");
    }

    const QDate firstWeek = QDate::fromString(
        queryValue(*m_database, QStringLiteral("SELECT MIN(week_start) FROM cost_lines")).toString(),
        Qt::ISODate);
    const QDate lastWeek = QDate::fromString(
        queryValue(*m_database, QStringLiteral("SELECT MAX(week_start) FROM cost_lines")).toString(),
        Qt::ISODate);
    QCOMPARE(summary.weeks.first, IsoWeek::fromDate(firstWeek));
    QCOMPARE(summary.weeks.last, IsoWeek::fromDate(lastWeek));
    QVERIFY(summary.weeks.isValid());
}

QTEST_GUILESS_MAIN(TestRollups)
#include "tst_rollups.moc"
