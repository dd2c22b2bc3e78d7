// SPDX-License-Identifier: GPL-3.0-or-later
#include <stdexcept>

#include <QObject>
#include <QTest>

#include "errors.h"
#include "storage/auditlog.h"
#include "storage/budgetrepository.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

class TestTransactions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void committedWorkIsKept();
    void exceptionHalfWayLeavesNoTrace();
    void addAllWithInvalidLineInsertsNothing();
    void failingRepositoryCallInsideTransactionKeepsOuterWork();
    void nestedRollbackKeepsOuterWork();
    void nestedCommitUndoneByOuterRollback();
    void deeplyNested();
    void commitTwiceThrows();
    void databaseUsableAfterRollback();
    void fileDatabaseRollbackSurvivesReopen();

private:
    TestDatabase m_database;
    ProjectId m_project = 0;
    CostLineId m_existing = 0;
};

void TestTransactions::init()
{
    m_database = openTestDatabase();
    m_project = ProjectRepository(*m_database).create(makeProject(QStringLiteral("SUP")));
    m_existing = CostLineRepository(*m_database).add(makeLine(m_project, 5000));
}

void TestTransactions::cleanup()
{
    if (m_database)
        QVERIFY2(isOutsideTransaction(*m_database), "a transaction was left open");
    m_database.reset();
}

void TestTransactions::committedWorkIsKept()
{
    {
        Transaction transaction(*m_database);
        CostLineRepository(*m_database).add(makeLine(m_project, 100));
        transaction.commit();
    }
    QCOMPARE(CostLineRepository(*m_database).count(), 2);
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
}

void TestTransactions::exceptionHalfWayLeavesNoTrace()
{
    const QStringList before = databaseContents(*m_database);
    const QStringList rollupsBefore = storedRollups(*m_database);
    bool thrown = false;
    try {
        Transaction transaction(*m_database);
        CostLineRepository lines(*m_database);
        ProjectRepository projects(*m_database);
        const ProjectId other = projects.create(makeProject(QStringLiteral("DOC")));
        lines.add(makeLine(other, 700, QStringLiteral("EUR"), QDate(2026, 5, 5), CostCategory::Cloud));
        CostLine moved = *lines.find(m_existing);
        moved.incurredOn = QDate(2026, 8, 1);
        moved.amount = Money(9999, QStringLiteral("EUR"));
        lines.update(moved);
        Budget budget;
        budget.periodKind = BudgetPeriodKind::Month;
        budget.periodStart = QDate(2026, 5, 1);
        budget.amount = Money(100, QStringLiteral("EUR"));
        BudgetRepository(*m_database).set(budget);
        QVERIFY(databaseContents(*m_database) != before); // the work is visible inside
        throw std::runtime_error("power cut");
    } catch (const std::runtime_error &) {
        thrown = true;
    }
    QVERIFY(thrown);
    QCOMPARE(databaseContents(*m_database), before);
    QCOMPARE(storedRollups(*m_database), rollupsBefore);
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
}

void TestTransactions::addAllWithInvalidLineInsertsNothing()
{
    const QStringList before = databaseContents(*m_database);
    QList<CostLine> batch;
    for (int i = 0; i < 20; ++i)
        batch << makeLine(m_project, 100 + i, QStringLiteral("EUR"), QDate(2026, 1, 1).addDays(i * 5));
    batch[10].amount = Money(5, QStringLiteral("EUE"));

    qint64 progressCalls = 0;
    bool refused = false;
    try {
        CostLineRepository(*m_database).addAll(batch, [&](qint64) { ++progressCalls; });
    } catch (const ValidationError &error) {
        refused = true;
        QVERIFY2(error.field().contains(QStringLiteral("currency")), qPrintable(error.field()));
    }
    QVERIFY(refused);
    QCOMPARE(databaseContents(*m_database), before);
    QCOMPARE(CostLineRepository(*m_database).count(), 1);

    // Fixed, the same batch goes in whole.
    batch[10].amount = Money(5, QStringLiteral("EUR"));
    const CostLineRepository::BatchResult result = CostLineRepository(*m_database).addAll(batch);
    QCOMPARE(result.inserted, 20);
    QCOMPARE(CostLineRepository(*m_database).count(), 21);
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
}

void TestTransactions::failingRepositoryCallInsideTransactionKeepsOuterWork()
{
    // A repository call inside an import batch joins it as a savepoint: when it fails, only its
    // own writes go; the batch can carry on and commit.
    Transaction outer(*m_database);
    CostLineRepository lines(*m_database);
    const CostLineId kept = lines.add(makeLine(m_project, 111));
    QList<CostLine> bad { makeLine(m_project, 1), makeLine(m_project, 2), makeLine(m_project, 0) };
    QVERIFY_THROWS_EXCEPTION(ValidationError, lines.addAll(bad));
    const CostLineId alsoKept = lines.add(makeLine(m_project, 222));
    outer.commit();

    QVERIFY(lines.find(kept));
    QVERIFY(lines.find(alsoKept));
    QCOMPARE(lines.count(), 3);
    QCOMPARE(queryRows(*m_database, QStringLiteral("SELECT amount_minor FROM cost_lines ORDER BY id")),
             (QStringList { QStringLiteral("5000"), QStringLiteral("111"), QStringLiteral("222") }));
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
}

void TestTransactions::nestedRollbackKeepsOuterWork()
{
    CostLineRepository lines(*m_database);
    CostLineId outerLine = 0;
    CostLineId innerLine = 0;
    {
        Transaction outer(*m_database);
        outerLine = lines.add(makeLine(m_project, 300));
        {
            Transaction inner(*m_database);
            innerLine = lines.add(makeLine(m_project, 400, QStringLiteral("EUR"), QDate(2026, 9, 9)));
            lines.remove(m_existing);
            QVERIFY(lines.find(innerLine));
            // no commit: rolled back to the savepoint
        }
        QVERIFY(!lines.find(innerLine));
        QVERIFY(lines.find(m_existing));
        QVERIFY(lines.find(outerLine));
        outer.commit();
    }
    QVERIFY(lines.find(outerLine));
    QVERIFY(!lines.find(innerLine));
    QVERIFY(lines.find(m_existing));
    QCOMPARE(lines.count(), 2);
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
    // The rolled-back deletion left no audit entry either.
    QVERIFY(
        AuditLog(*m_database).entriesFor(QStringLiteral("cost_line"), QString::number(m_existing)).isEmpty());
}

void TestTransactions::nestedCommitUndoneByOuterRollback()
{
    const QStringList before = databaseContents(*m_database);
    CostLineRepository lines(*m_database);
    {
        Transaction outer(*m_database);
        {
            Transaction inner(*m_database);
            lines.add(makeLine(m_project, 400));
            inner.commit();
        }
        lines.add(makeLine(m_project, 500));
    }
    QCOMPARE(databaseContents(*m_database), before);
}

void TestTransactions::deeplyNested()
{
    CostLineRepository lines(*m_database);
    {
        Transaction level1(*m_database);
        lines.add(makeLine(m_project, 1));
        {
            Transaction level2(*m_database);
            lines.add(makeLine(m_project, 2));
            {
                Transaction level3(*m_database);
                lines.add(makeLine(m_project, 3));
                level3.commit();
            }
            // level2 not committed: 2 and 3 go
        }
        {
            Transaction level2b(*m_database);
            lines.add(makeLine(m_project, 4));
            level2b.commit();
        }
        level1.commit();
    }
    QCOMPARE(queryRows(*m_database, QStringLiteral("SELECT amount_minor FROM cost_lines ORDER BY id")),
             (QStringList { QStringLiteral("5000"), QStringLiteral("1"), QStringLiteral("4") }));
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
}

void TestTransactions::commitTwiceThrows()
{
    {
        Transaction transaction(*m_database);
        CostLineRepository(*m_database).add(makeLine(m_project, 42));
        transaction.commit();
        QVERIFY_THROWS_EXCEPTION(StorageError, transaction.commit());
    }
    QCOMPARE(CostLineRepository(*m_database).count(), 2);

    {
        Transaction outer(*m_database);
        Transaction inner(*m_database);
        inner.commit();
        QVERIFY_THROWS_EXCEPTION(StorageError, inner.commit());
        outer.commit();
        QVERIFY_THROWS_EXCEPTION(StorageError, outer.commit());
    }
    // The depth bookkeeping survived: a new top-level transaction works.
    Transaction again(*m_database);
    CostLineRepository(*m_database).add(makeLine(m_project, 43));
    again.commit();
    QCOMPARE(CostLineRepository(*m_database).count(), 3);
}

void TestTransactions::databaseUsableAfterRollback()
{
    {
        Transaction transaction(*m_database);
        CostLineRepository(*m_database).add(makeLine(m_project, 1));
    }
    // Not stuck inside a transaction: a repository write commits for real.
    const CostLineId id = CostLineRepository(*m_database).add(makeLine(m_project, 2));
    QVERIFY(CostLineRepository(*m_database).find(id));
    QVERIFY(isOutsideTransaction(*m_database));
}

void TestTransactions::fileDatabaseRollbackSurvivesReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tx.costboard"));
    ProjectId project = 0;
    {
        const auto database = Database::openSqlite(path);
        project = ProjectRepository(*database).create(makeProject(QStringLiteral("SUP")));
        CostLineRepository(*database).add(makeLine(project, 100));
        {
            Transaction transaction(*database);
            CostLineRepository(*database).add(makeLine(project, 200));
            // destroyed without commit
        }
        try {
            Transaction transaction(*database);
            CostLineRepository(*database).add(makeLine(project, 300));
            throw std::runtime_error("crash");
        } catch (const std::runtime_error &) { }
    }
    const auto reopened = Database::openSqlite(path);
    QCOMPARE(queryRows(*reopened, QStringLiteral("SELECT amount_minor FROM cost_lines ORDER BY id")),
             QStringList { QStringLiteral("100") });
    QCOMPARE(storedRollups(*reopened), expectedRollups(*reopened));
}

QTEST_GUILESS_MAIN(TestTransactions)
#include "tst_transactions.moc"
