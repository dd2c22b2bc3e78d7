// SPDX-License-Identifier: GPL-3.0-or-later
// Two people editing the same budgets through two connections to one database (a shared SQLite
// file, or the team server in tst_concurrentedits_pg): a save or an undo that would overwrite a
// change made since it was read is refused with who made it, and leaves the database as it was.
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include "analytics/budgetgrid.h"
#include "errors.h"
#include "errortexts.h"
#include "storage/auditlog.h"
#include "storage/budgetrepository.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace {

struct TwoClients
{
    TestDatabase first; // dropped from the server last
    std::unique_ptr<Database> second;
};

Budget quarterBudget(ProjectId project, std::int64_t minorUnits)
{
    Budget budget;
    budget.projectId = project;
    budget.category = CostCategory::Inference;
    budget.periodKind = BudgetPeriodKind::Quarter;
    budget.periodStart = QDate(2026, 10, 1);
    budget.amount = Money(minorUnits, QStringLiteral("EUR"));
    return budget;
}

// The planned change of `budget`'s cell to `minorUnits`, as the budget page plans it from what it
// read (`asRead`).
QList<BudgetChange> planCell(Database &database, const Budget &budget, std::optional<std::int64_t> minorUnits,
                             const QList<Budget> &asRead)
{
    QList<BudgetChange> changes
        = FiscalYearBudgets::read(database, budget.periodStart)
              .planSet(BudgetScope { budget.projectId, budget.category },
                       BudgetPeriod { budget.periodKind, budget.periodStart },
                       minorUnits ? std::optional(Money(*minorUnits, QStringLiteral("EUR"))) : std::nullopt);
    stampVersionsAsRead(changes, asRead);
    return changes;
}

// The error `write` throws, or nullopt.
std::optional<ConcurrentEditError> conflictOf(const std::function<void()> &write)
{
    try {
        write();
    } catch (const ConcurrentEditError &error) {
        return error;
    }
    return std::nullopt;
}

qint64 storedAmount(const Database &database)
{
    return queryValue(database, QStringLiteral("SELECT COALESCE(SUM(amount_minor), -1) FROM budgets"))
        .toLongLong();
}

} // namespace

class TestConcurrentEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savingOverAnUnseenChangeIsRefusedWithWhoAndWhen();
    void undoingOverAnUnseenChangeIsRefused();
    void budgetsCreatedOrRemovedSinceTheReadAreSeen();
    void aPlanWritingOneBudgetTwiceChecksItsOwnWrites();
    void projectDetailsChangedSinceReadAreNotOverwritten();

private:
    TwoClients m_clients;
    ProjectId m_project = 0;
    QString m_secondName;
    QTemporaryDir m_dir;
};

void TestConcurrentEdits::init()
{
    // Two processes' worth of connections to one database: a file both open, or one server database.
    const QString location = newTestDatabaseLocation(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
    m_clients.first = TestDatabase(Database::open(location, Database::IfMissing::Create).release());
    m_clients.second = Database::open(location);
    m_project = ProjectRepository(*m_clients.first)
                    .create(makeProject(QStringLiteral("LEGAL"), QStringLiteral("Legal summaries")));
    // Who the second client is: on a server, the server's user, whatever name the client gives.
    m_secondName = recordedActor(QStringLiteral("Bea"));
}

void TestConcurrentEdits::cleanup()
{
    m_clients.second.reset();
    m_clients.first.reset();
}

void TestConcurrentEdits::savingOverAnUnseenChangeIsRefusedWithWhoAndWhen()
{
    Database &cfo = *m_clients.first;
    Database &controller = *m_clients.second;
    BudgetRepository(cfo).set(quarterBudget(m_project, 4'000'000));
    const QList<Budget> cfoRead = BudgetRepository(cfo).list();
    QCOMPARE(cfoRead.size(), 1);
    QCOMPARE(cfoRead.first().rowVersion, qint64(1));

    // The controller changes it after the CFO's page read it.
    {
        AuditLog::ScopedActor bea(QStringLiteral("Bea"));
        BudgetRepository(controller).set(quarterBudget(m_project, 4'500'000));
    }
    const QByteArray before = storedState(cfo);
    QList<BudgetChange> changes = planCell(cfo, cfoRead.first(), 5'000'000, cfoRead);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().versionBefore, std::optional<std::int64_t>(1));

    const std::optional<ConcurrentEditError> conflict
        = conflictOf([&] { applyBudgetChanges(cfo, changes, false); });
    QVERIFY(conflict);
    QCOMPARE(conflict->code(), ErrorCode::BudgetChangedSinceRead);
    QCOMPARE(conflict->arguments().at(1), m_secondName);
    QVERIFY2(conflict->arguments().at(0).contains(QLatin1String("Legal summaries")), conflict->what());
    QVERIFY2(conflict->arguments().at(0).contains(QLatin1String("Q4 2026")), conflict->what());
    const QString message = errorText(*conflict);
    QVERIFY2(message.contains(QStringLiteral("was changed by %1 at").arg(m_secondName)), qPrintable(message));
    // Refused as a whole: not a byte written, the controller's amount stands.
    QCOMPARE(storedState(cfo), before);
    QCOMPARE(storedAmount(cfo), qint64(4'500'000));

    // The CFO chose to overwrite: her amount, a third version, her change audited.
    applyBudgetChanges(cfo, changes, false, true);
    QCOMPARE(storedAmount(controller), qint64(5'000'000));
    QCOMPARE(BudgetRepository(controller).list().first().rowVersion, qint64(3));
}

void TestConcurrentEdits::undoingOverAnUnseenChangeIsRefused()
{
    Database &cfo = *m_clients.first;
    Database &controller = *m_clients.second;
    BudgetRepository(cfo).set(quarterBudget(m_project, 4'000'000));
    QList<Budget> cfoRead = BudgetRepository(cfo).list();
    QList<BudgetChange> changes = planCell(cfo, cfoRead.first(), 6'000'000, cfoRead);
    applyBudgetChanges(cfo, changes, false);
    QCOMPARE(storedAmount(controller), qint64(6'000'000));

    // Undone at once, nobody in between: the old amount is back.
    applyBudgetChanges(cfo, changes, true);
    QCOMPARE(storedAmount(controller), qint64(4'000'000));
    // Redone, then the controller changes it: undoing the CFO's step would silently put back
    // 40,000.00 over the controller's 45,000.00.
    applyBudgetChanges(cfo, changes, false);
    {
        AuditLog::ScopedActor bea(QStringLiteral("Bea"));
        BudgetRepository(controller).set(quarterBudget(m_project, 4'500'000));
    }
    const QByteArray before = storedState(cfo);
    const std::optional<ConcurrentEditError> conflict
        = conflictOf([&] { applyBudgetChanges(cfo, changes, true); });
    QVERIFY(conflict);
    QCOMPARE(conflict->code(), ErrorCode::BudgetChangedSinceRead);
    QCOMPARE(conflict->arguments().at(1), m_secondName);
    QCOMPARE(storedState(cfo), before);
    QCOMPARE(storedAmount(cfo), qint64(4'500'000));
    // Overwriting undoes it anyway.
    applyBudgetChanges(cfo, changes, true, true);
    QCOMPARE(storedAmount(controller), qint64(4'000'000));
}

void TestConcurrentEdits::budgetsCreatedOrRemovedSinceTheReadAreSeen()
{
    Database &cfo = *m_clients.first;
    Database &controller = *m_clients.second;
    const Budget cell = quarterBudget(m_project, 0);

    // Read while there was no budget; the controller enters one.
    const QList<Budget> readEmpty = BudgetRepository(cfo).list();
    QVERIFY(readEmpty.isEmpty());
    {
        AuditLog::ScopedActor bea(QStringLiteral("Bea"));
        BudgetRepository(controller).set(quarterBudget(m_project, 1'000'000));
    }
    QList<BudgetChange> changes = planCell(cfo, cell, 2'000'000, readEmpty);
    std::optional<ConcurrentEditError> conflict
        = conflictOf([&] { applyBudgetChanges(cfo, changes, false); });
    QVERIFY(conflict);
    QCOMPARE(conflict->code(), ErrorCode::BudgetCreatedSinceRead);
    QCOMPARE(conflict->arguments().at(1), m_secondName);
    QCOMPARE(storedAmount(cfo), qint64(1'000'000));

    // Read with the budget; the controller removes it; the CFO's new amount would bring it back.
    const QList<Budget> readOne = BudgetRepository(cfo).list();
    BudgetRepository(controller).remove(readOne.first().id);
    changes = planCell(cfo, cell, 2'000'000, readOne);
    conflict = conflictOf([&] { applyBudgetChanges(cfo, changes, false); });
    QVERIFY(conflict);
    QCOMPARE(conflict->code(), ErrorCode::BudgetRemovedSinceRead);
    QCOMPARE(storedAmount(cfo), qint64(-1));
}

void TestConcurrentEdits::aPlanWritingOneBudgetTwiceChecksItsOwnWrites()
{
    // Twelve month budgets from an annual amount, then one month changed: the plan writes months
    // the spread just wrote, expecting the versions it left, not the ones read before it.
    Database &cfo = *m_clients.first;
    BudgetRepository(cfo).set(quarterBudget(m_project, 3'000'000));
    const QList<Budget> asRead = BudgetRepository(cfo).list();
    const FiscalYearBudgets year = FiscalYearBudgets::read(cfo, QDate(2026, 10, 1));
    QList<BudgetChange> changes = year.planSet(BudgetScope { m_project, CostCategory::Inference },
                                               BudgetPeriod { BudgetPeriodKind::Month, QDate(2026, 11, 1) },
                                               Money(1'500'000, QStringLiteral("EUR")));
    // The quarter removed, its other two months entered, November entered.
    QCOMPARE(changes.size(), 4);
    changes << BudgetChange { BudgetScope { m_project, CostCategory::Inference },
                              BudgetPeriod { BudgetPeriodKind::Month, QDate(2026, 11, 1) },
                              Money(1'500'000, QStringLiteral("EUR")),
                              Money(1'600'000, QStringLiteral("EUR")),
                              std::nullopt,
                              false };
    stampVersionsAsRead(changes, asRead);
    applyBudgetChanges(cfo, changes, false);
    // October and December keep their days' share of the quarter (31 of 92 days each).
    QCOMPARE(storedAmount(cfo), qint64(2 * 1'010'870 + 1'600'000));
    applyBudgetChanges(cfo, changes, true);
    QCOMPARE(queryRows(cfo, QStringLiteral("SELECT period_kind, period_start, amount_minor FROM budgets")),
             QStringList { QStringLiteral("quarter|2026-10-01|3000000") });
}

// The project form: what it was opened on is what its save expects to replace.
void TestConcurrentEdits::projectDetailsChangedSinceReadAreNotOverwritten()
{
    Database &admin = *m_clients.first;
    Database &colleague = *m_clients.second;
    const Project asRead = *ProjectRepository(admin).find(m_project);
    {
        AuditLog::ScopedActor bea(QStringLiteral("Bea"));
        Project reassigned = asRead;
        reassigned.owner = QStringLiteral("Bea Martin");
        ProjectRepository(colleague).update(reassigned);
    }
    const QByteArray before = storedState(admin);
    Project renamed = asRead;
    renamed.name = QStringLiteral("Legal summaries (v2)");
    const std::optional<ConcurrentEditError> conflict
        = conflictOf([&] { ProjectRepository(admin).updateChecked(renamed, asRead); });
    QVERIFY(conflict);
    QCOMPARE(conflict->code(), ErrorCode::ProjectChangedSinceRead);
    QCOMPARE(conflict->arguments().at(0), QStringLiteral("Legal summaries"));
    QCOMPARE(conflict->arguments().at(1), m_secondName);
    QVERIFY2(errorText(*conflict).contains(QStringLiteral("was changed by %1 at").arg(m_secondName)),
             qPrintable(errorText(*conflict)));
    QCOMPARE(storedState(admin), before);
    QCOMPARE(ProjectRepository(admin).find(m_project)->owner, QStringLiteral("Bea Martin"));

    // Read again, the rename goes through and keeps the colleague's owner.
    const Project current = *ProjectRepository(admin).find(m_project);
    Project renamedNow = current;
    renamedNow.name = renamed.name;
    ProjectRepository(admin).updateChecked(renamedNow, current);
    const Project stored = *ProjectRepository(colleague).find(m_project);
    QCOMPARE(stored.name, renamed.name);
    QCOMPARE(stored.owner, QStringLiteral("Bea Martin"));
}

QTEST_GUILESS_MAIN(TestConcurrentEdits)
#include "tst_concurrentedits.moc"
