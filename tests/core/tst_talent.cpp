// SPDX-License-Identifier: GPL-3.0-or-later
// The talent side of the committee: the roster and the salary lines it posts (to the cent,
// idempotent, following changes), training plans and their cost line, automated hours, the
// shape of the teams against the committee's target, and refused input leaving the file as it
// was, on a real SQLite file.

#include <QTemporaryDir>
#include <QTest>

#include "analytics/ledger.h"
#include "errors.h"
#include "governance/talent.h"
#include "governance/talentshape.h"
#include "governance/upskilling.h"
#include "storage/auditlog.h"
#include "storage/costlinerepository.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

Q_DECLARE_METATYPE(LevelCounts)
Q_DECLARE_METATYPE(TalentShape)
Q_DECLARE_METATYPE(ErrorCode)

namespace {

const QString eur = QStringLiteral("EUR");

TeamMember member(const QString &name, TalentLevel level, std::int64_t monthlyCostMinor,
                  const QList<Allocation> &allocations, const QDate &firstMonth = QDate(2026, 1, 1))
{
    TeamMember result;
    result.name = name;
    result.role = QStringLiteral("Data scientist");
    result.level = level;
    result.monthlyCost = Money(monthlyCostMinor, eur);
    result.firstMonth = firstMonth;
    result.allocations = allocations;
    return result;
}

// The salary lines as "project code|month|amount", sorted.
QStringList salaryLines(const Database &database)
{
    QStringList rows = queryRows(
        database,
        QStringLiteral(
            "SELECT p.code, c.incurred_on, c.amount_minor FROM cost_lines c"
            " JOIN projects p ON p.id = c.project_id WHERE c.category_id = 6 AND c.source = 'roster'"));
    rows.sort();
    return rows;
}

qint64 auditCount(const Database &database, const QString &entity)
{
    return queryValue(database,
                      QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = '%1'").arg(entity))
        .toLongLong();
}

// A project's salaries over `days`, as every figure of the dashboard reads them.
std::int64_t ledgerSalaries(Database &database, ProjectId project, const DayRange &days)
{
    return LedgerWindow::read(database, CostBasis::Accrual, days, { project }, { CostCategory::Salaries })
        .total(days);
}

} // namespace

class TestTalent : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void splitByShares_data();
    void splitByShares();
    void splitAddsUpWhateverTheShares();
    void postsSalariesToTheCent();
    void repostingIsIdempotent();
    void repostingFollowsTheRoster();
    void membersCountOnlyInTheirMonths();
    void rosterWritesAreAudited();
    void trainingPlanKeepsItsLine();
    void refusedInputLeavesTheFileUnchanged_data();
    void refusedInputLeavesTheFileUnchanged();
    void schemaRefusesSharesAboveFullTime();
    void classifiesShapes_data();
    void classifiesShapes();
    void distanceFromTarget_data();
    void distanceFromTarget();
    void targetsAreStoredAndChecked();
    void headcountSplitsInternalAndExternal();
    void automatedHoursTotals();
    void deletingAProjectTakesItsTalentRows();

private:
    QTemporaryDir m_folder;
    QString m_path;
    std::unique_ptr<Database> m_database; // reopened by some tests: cleanup() drops a server one
    ProjectId m_alpha = 0;
    ProjectId m_beta = 0;
    ProjectId m_gamma = 0;
};

void TestTalent::init()
{
    AuditLog::setActor(QStringLiteral("tester"));
    // A file, or a database of its own on the test server (tst_talent_pg).
    m_path = newTestDatabaseLocation(m_folder.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    if (!testingOnPostgres())
        QFile::remove(m_path);
    m_database = Database::open(m_path, Database::IfMissing::Create);
    ProjectRepository projects(*m_database);
    m_alpha = projects.create(makeProject(QStringLiteral("ALPHA")));
    m_beta = projects.create(makeProject(QStringLiteral("BETA")));
    m_gamma = projects.create(makeProject(QStringLiteral("GAMMA")));
}

void TestTalent::cleanup()
{
    m_database.reset();
    if (testingOnPostgres())
        testServerExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                           .arg(ServerAddress::fromUrl(m_path).database));
}

void TestTalent::splitByShares_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<int>>("shares");
    QTest::addColumn<QList<qint64>>("expected");

    // €7,000.01 in three: the exact shares are 2,333.10333, 2,333.10333 and 2,333.80334; the
    // cent left over goes to the largest remainder.
    QTest::newRow("7000.01 in 3333/3333/3334")
        << qint64(700'001) << QList<int> { 3333, 3333, 3334 } << QList<qint64> { 233'310, 233'310, 233'381 };
    // Equal remainders: the earlier share takes the cent.
    QTest::newRow("7000.01 in three 30 % shares")
        << qint64(700'001) << QList<int> { 3000, 3000, 3000 } << QList<qint64> { 210'001, 210'000, 210'000 };
    QTest::newRow("full time") << qint64(700'001) << QList<int> { 10'000 } << QList<qint64> { 700'001 };
    QTest::newRow("half a cent rounds up") << qint64(1) << QList<int> { 5000 } << QList<qint64> { 1 };
    QTest::newRow("one cent for two halves")
        << qint64(1) << QList<int> { 5000, 5000 } << QList<qint64> { 1, 0 };
    QTest::newRow("quarters of 9.99")
        << qint64(999) << QList<int> { 2500, 2500, 2500, 2500 } << QList<qint64> { 250, 250, 250, 249 };
    QTest::newRow("60 % of a cost, 40 % outside")
        << qint64(500'000) << QList<int> { 6000 } << QList<qint64> { 300'000 };
    QTest::newRow("nothing to split") << qint64(0) << QList<int> { 4000, 6000 } << QList<qint64> { 0, 0 };
    QTest::newRow("the largest amount") << qint64(Money::MaxInputMinorUnits) << QList<int> { 1, 9999 }
                                        << QList<qint64> { 90'000'000, 899'910'000'000 };
}

void TestTalent::splitByShares()
{
    QFETCH(qint64, amount);
    QFETCH(QList<int>, shares);
    QFETCH(QList<qint64>, expected);
    const QList<std::int64_t> parts = costboard::splitByShares(amount, shares);
    QCOMPARE(QList<qint64>(parts.cbegin(), parts.cend()), expected);
}

void TestTalent::splitAddsUpWhateverTheShares()
{
    // An oracle of its own: round(amount × total / 10000) half up, and floor/ceiling parts.
    std::uint64_t state = 2026;
    const auto next = [&state](std::uint64_t bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return (state >> 33) % bound;
    };
    for (int round = 0; round < 2000; ++round) {
        const std::int64_t amount = std::int64_t(next(2'000'000'00));
        QList<int> shares;
        int left = 10'000;
        const int count = 1 + int(next(6));
        for (int index = 0; index < count && left > 0; ++index) {
            const int share = 1 + int(next(std::uint64_t(left)));
            shares << share;
            left -= share;
        }
        std::int64_t total = 0;
        for (const int share : shares)
            total += share;
        const std::int64_t whole = (amount * total * 2 + 10'000) / 20'000;
        const QList<std::int64_t> parts = costboard::splitByShares(amount, shares);
        std::int64_t sum = 0;
        for (qsizetype index = 0; index < parts.size(); ++index) {
            const std::int64_t floor = amount * shares.at(index) / 10'000;
            QVERIFY(parts.at(index) == floor || parts.at(index) == floor + 1);
            sum += parts.at(index);
        }
        QCOMPARE(sum, whole);
    }
}

void TestTalent::postsSalariesToTheCent()
{
    RosterRepository roster(*m_database);
    roster.create(member(QStringLiteral("Alice"), TalentLevel::Senior, 700'001,
                         { { m_alpha, 3333 }, { m_beta, 3333 }, { m_gamma, 3334 } }));
    // 40 % of Bob's time is outside the AI portfolio: it books nothing.
    roster.create(member(QStringLiteral("Bob"), TalentLevel::Junior, 500'000, { { m_alpha, 6000 } }));
    const SalaryPosting posting = roster.postSalaries(QDate(2026, 1, 15), QDate(2026, 3, 2));
    QCOMPARE(posting.months, (DayRange { QDate(2026, 1, 1), QDate(2026, 3, 31) }));
    QCOMPARE(posting.linesWritten, qint64(12));
    QCOMPARE(posting.linesRemoved, qint64(0));

    QStringList expected;
    for (const QString &day :
         { QStringLiteral("2026-01-31"), QStringLiteral("2026-02-28"), QStringLiteral("2026-03-31") }) {
        expected << QStringLiteral("ALPHA|%1|233310").arg(day) << QStringLiteral("ALPHA|%1|300000").arg(day)
                 << QStringLiteral("BETA|%1|233310").arg(day) << QStringLiteral("GAMMA|%1|233381").arg(day);
    }
    expected.sort();
    QCOMPARE(salaryLines(*m_database), expected);
    // Each line pays for its calendar month, in the member's currency, named after the member.
    QCOMPARE(
        queryValue(*m_database,
                   QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE service_start <> date(incurred_on,"
                                  " 'start of month') OR service_end <> date(incurred_on, '+1 day')"
                                  " OR currency <> 'EUR' OR vendor <> ''"))
            .toLongLong(),
        0);
    QCOMPARE(
        queryValue(*m_database,
                   QStringLiteral("SELECT description FROM cost_lines WHERE amount_minor = 300000 LIMIT 1"))
            .toString(),
        QStringLiteral("Bob — Data scientist"));

    // Alice's month adds up to the cent to what she costs the portfolio, on the ledger too.
    const DayRange february { QDate(2026, 2, 1), QDate(2026, 2, 28) };
    const std::int64_t alice = ledgerSalaries(*m_database, m_alpha, february) - 300'000
        + ledgerSalaries(*m_database, m_beta, february) + ledgerSalaries(*m_database, m_gamma, february);
    QCOMPARE(alice, std::int64_t(700'001));
    QCOMPARE(ledgerSalaries(*m_database, m_alpha, { QDate(2026, 1, 1), QDate(2026, 3, 31) }),
             std::int64_t(3 * (233'310 + 300'000)));
    // Half of February on the accrual basis: the line spread over its days.
    QCOMPARE(ledgerSalaries(*m_database, m_gamma, { QDate(2026, 2, 1), QDate(2026, 2, 14) }),
             std::int64_t(expectedFirstDaysShare(233'381, 14, 28)));
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
}

void TestTalent::repostingIsIdempotent()
{
    RosterRepository roster(*m_database);
    roster.create(member(QStringLiteral("Alice"), TalentLevel::Senior, 700'001,
                         { { m_alpha, 5000 }, { m_beta, 5000 } }));
    roster.postSalaries(QDate(2026, 1, 1), QDate(2026, 3, 31));
    const QStringList lines = salaryLines(*m_database);
    const QStringList rollups = storedRollups(*m_database);
    const qint64 count = CostLineRepository(*m_database).count();

    const SalaryPosting again = roster.postSalaries(QDate(2026, 1, 1), QDate(2026, 3, 31));
    QCOMPARE(again.linesRemoved, qint64(6));
    QCOMPARE(again.linesWritten, qint64(6));
    QCOMPARE(salaryLines(*m_database), lines);
    QCOMPARE(storedRollups(*m_database), rollups);
    QCOMPARE(CostLineRepository(*m_database).count(), count);
    QCOMPARE(auditCount(*m_database, QStringLiteral("salaries")), qint64(2));
    QVERIFY(isOutsideTransaction(*m_database));
}

void TestTalent::repostingFollowsTheRoster()
{
    RosterRepository roster(*m_database);
    const TeamMemberId alice = roster.create(member(QStringLiteral("Alice"), TalentLevel::Senior, 600'000,
                                                    { { m_alpha, 5000 }, { m_beta, 5000 } }));
    const TeamMemberId bob
        = roster.create(member(QStringLiteral("Bob"), TalentLevel::Junior, 400'000, { { m_alpha, 10'000 } }));
    // A line typed by hand in the same month is no roster line: reposting leaves it.
    CostLine manual = makeLine(m_alpha, 12'345, eur, QDate(2026, 2, 10), CostCategory::Salaries);
    CostLineRepository(*m_database).add(manual);
    roster.postSalaries(QDate(2026, 1, 1), QDate(2026, 3, 31));

    roster.remove(alice);
    TeamMember moved = *roster.find(bob);
    moved.allocations = { { m_gamma, 7500 } };
    roster.update(moved);
    const SalaryPosting february = roster.postSalaries(QDate(2026, 2, 1), QDate(2026, 2, 28));
    QCOMPARE(february.linesRemoved, qint64(3));
    QCOMPARE(february.linesWritten, qint64(1));

    QStringList expected {
        QStringLiteral("ALPHA|2026-01-31|300000"), QStringLiteral("ALPHA|2026-01-31|400000"),
        QStringLiteral("BETA|2026-01-31|300000"),  QStringLiteral("GAMMA|2026-02-28|300000"),
        QStringLiteral("ALPHA|2026-03-31|300000"), QStringLiteral("ALPHA|2026-03-31|400000"),
        QStringLiteral("BETA|2026-03-31|300000")
    };
    expected.sort();
    QCOMPARE(salaryLines(*m_database), expected);
    QCOMPARE(
        queryValue(*m_database, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE source = 'manual'"))
            .toLongLong(),
        1);
    const DayRange february2026 { QDate(2026, 2, 1), QDate(2026, 2, 28) };
    QCOMPARE(ledgerSalaries(*m_database, m_alpha, february2026), std::int64_t(12'345));
    QCOMPARE(ledgerSalaries(*m_database, m_beta, february2026), std::int64_t(0));
    QCOMPARE(ledgerSalaries(*m_database, m_gamma, february2026), std::int64_t(300'000));
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
}

void TestTalent::membersCountOnlyInTheirMonths()
{
    RosterRepository roster(*m_database);
    TeamMember carol = member(QStringLiteral("Carol"), TalentLevel::Expert, 900'000, { { m_beta, 10'000 } },
                              QDate(2026, 2, 15));
    carol.lastMonth = QDate(2026, 3, 20);
    const TeamMemberId id = roster.create(carol);
    const TeamMember stored = *roster.find(id);
    QCOMPARE(stored.firstMonth, QDate(2026, 2, 1));
    QCOMPARE(stored.lastMonth, QDate(2026, 3, 1));
    QVERIFY(!stored.isActiveIn(QDate(2026, 1, 31)));
    QVERIFY(stored.isActiveIn(QDate(2026, 2, 1)));
    QVERIFY(stored.isActiveIn(QDate(2026, 3, 31)));
    QVERIFY(!stored.isActiveIn(QDate(2026, 4, 1)));
    QCOMPARE(roster.activeIn(QDate(2026, 1, 10)).size(), 0);
    roster.postSalaries(QDate(2025, 12, 1), QDate(2026, 5, 31));
    QCOMPARE(
        salaryLines(*m_database),
        QStringList({ QStringLiteral("BETA|2026-02-28|900000"), QStringLiteral("BETA|2026-03-31|900000") }));
}

void TestTalent::rosterWritesAreAudited()
{
    RosterRepository roster(*m_database);
    TeamMember dana
        = member(QStringLiteral("  Dana  "), TalentLevel::Strategic, 1'500'000, { { m_alpha, 2000 } });
    dana.external = true;
    dana.firm = QStringLiteral("Kairos Conseil");
    const TeamMemberId id = roster.create(dana);
    TeamMember stored = *roster.find(id);
    QCOMPARE(stored.name, QStringLiteral("Dana"));
    QCOMPARE(stored.firm, QStringLiteral("Kairos Conseil"));
    QCOMPARE(stored.allocations, (QList<Allocation> { { m_alpha, 2000 } }));
    stored.external = false; // an internal member has no firm
    const TeamMember before = roster.update(stored);
    QCOMPARE(before.firm, QStringLiteral("Kairos Conseil"));
    QCOMPARE(roster.find(id)->firm, QString());
    const TeamMember removed = roster.remove(id);
    QCOMPARE(removed.name, QStringLiteral("Dana"));
    QVERIFY(!roster.find(id));
    QCOMPARE(rowCount(*m_database, QStringLiteral("team_allocations")), 0);
    QCOMPARE(queryRows(*m_database,
                       QStringLiteral("SELECT action FROM audit_log WHERE entity = 'team_member'"
                                      " ORDER BY id")),
             QStringList({ QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete") }));
    QVERIFY(isOutsideTransaction(*m_database));
}

void TestTalent::trainingPlanKeepsItsLine()
{
    TrainingPlanRepository plans(*m_database);
    TrainingPlan plan;
    plan.name = QStringLiteral("Formation prompt engineering – service client");
    plan.projectId = m_alpha;
    plan.heldOn = QDate(2026, 3, 10);
    plan.heads = 12;
    plan.costPerHead = Money(45'050, eur);
    plan.vendor = QStringLiteral("Académie Data & IA");
    const TrainingPlanId id = plans.create(plan);
    const QString lineOf = QStringLiteral(
        "SELECT project_id, category_id, incurred_on, amount_minor, currency, vendor, description, source"
        " FROM cost_lines");
    QCOMPARE(queryRows(*m_database, lineOf),
             QStringList(QStringLiteral("%1|7|2026-03-10|540600|EUR|Académie Data & IA|%2|training_plan")
                             .arg(m_alpha)
                             .arg(plan.name)));

    plan.id = id;
    plan.heads = 20;
    plan.heldOn = QDate(2026, 4, 2);
    plan.projectId = m_beta;
    const TrainingPlan before = plans.update(plan);
    QCOMPARE(before.heads, 12);
    QCOMPARE(queryRows(*m_database, lineOf),
             QStringList(QStringLiteral("%1|7|2026-04-02|901000|EUR|Académie Data & IA|%2|training_plan")
                             .arg(m_beta)
                             .arg(plan.name)));
    QCOMPARE(LedgerWindow::read(*m_database, CostBasis::Accrual, { QDate(2026, 3, 1), QDate(2026, 4, 30) })
                 .total({ QDate(2026, 3, 1), QDate(2026, 4, 30) }),
             std::int64_t(901'000));
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));

    plans.remove(id);
    QCOMPARE(CostLineRepository(*m_database).count(), qint64(0));
    QVERIFY(plans.list().isEmpty());
    QCOMPARE(rowCount(*m_database, QStringLiteral("daily_rollups")), 0);
    // One entry per write, the plan's: its line adds none of its own.
    QCOMPARE(auditCount(*m_database, QStringLiteral("training_plan")), qint64(3));
    QCOMPARE(auditCount(*m_database, QStringLiteral("cost_line")), qint64(0));
}

void TestTalent::refusedInputLeavesTheFileUnchanged_data()
{
    QTest::addColumn<QString>("write");
    QTest::addColumn<QString>("field");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("empty name") << "name"
                                << "name" << ErrorCode::TextEmpty;
    QTest::newRow("shares above 100 %") << "over"
                                        << "allocations" << ErrorCode::AllocationsExceedFullTime;
    QTest::newRow("a zero share") << "zero"
                                  << "share" << ErrorCode::AmountNotPositive;
    QTest::newRow("a negative share") << "negative share"
                                      << "share" << ErrorCode::AmountNotPositive;
    QTest::newRow("a project twice") << "twice"
                                     << "allocations" << ErrorCode::AllocationProjectTwice;
    QTest::newRow("unknown project") << "project"
                                     << "project" << ErrorCode::ProjectNotFound;
    QTest::newRow("negative cost") << "cost"
                                   << "monthly cost" << ErrorCode::AmountNegative;
    QTest::newRow("unknown currency") << "currency"
                                      << "monthly cost" << ErrorCode::UnknownCurrency;
    QTest::newRow("last month before first") << "months"
                                             << "last month" << ErrorCode::EndBeforeStart;
    QTest::newRow("unknown member") << "member"
                                    << "team member" << ErrorCode::TeamMemberNotFound;
    QTest::newRow("posting reversed") << "posting"
                                      << "months" << ErrorCode::EndBeforeStart;
    QTest::newRow("training for nobody") << "heads"
                                         << "heads" << ErrorCode::ValueOutOfRange;
    QTest::newRow("training beyond the limit") << "training total"
                                               << "amount" << ErrorCode::AmountTooLarge;
    QTest::newRow("targets not 100") << "targets"
                                     << "targets" << ErrorCode::TalentTargetsNotHundred;
    QTest::newRow("negative hours") << "hours"
                                    << "hours" << ErrorCode::ValueOutOfRange;
}

void TestTalent::refusedInputLeavesTheFileUnchanged()
{
    QFETCH(QString, write);
    QFETCH(QString, field);
    QFETCH(ErrorCode, code);

    const TeamMemberId alice
        = RosterRepository(*m_database)
              .create(member(QStringLiteral("Alice"), TalentLevel::Senior, 700'001, { { m_alpha, 5000 } }));
    RosterRepository(*m_database).postSalaries(QDate(2026, 1, 1), QDate(2026, 2, 28));
    m_database.reset();
    // What "exactly as it was" compares: the file's bytes, or every table's rows on the server.
    const auto stored = [this] {
        return storedState(*Database::open(m_path, Database::IfMissing::Refuse, Database::Access::ReadOnly));
    };
    const QByteArray before = stored();
    QVERIFY(!before.isEmpty());
    {
        auto database = Database::open(m_path);
        RosterRepository roster(*database);
        TeamMember changed = *roster.find(alice);
        TrainingPlan plan;
        plan.name = QStringLiteral("Formation");
        plan.projectId = m_alpha;
        plan.heldOn = QDate(2026, 3, 10);
        plan.heads = 10;
        plan.costPerHead = Money(50'000, eur);
        const std::function<void()> action = [&]() {
            if (write == QLatin1String("name")) {
                changed.name = QStringLiteral("  ");
                roster.update(changed);
            } else if (write == QLatin1String("over")) {
                changed.allocations = { { m_alpha, 6000 }, { m_beta, 4001 } };
                roster.update(changed);
            } else if (write == QLatin1String("zero")) {
                changed.allocations = { { m_alpha, 6000 }, { m_beta, 0 } };
                roster.update(changed);
            } else if (write == QLatin1String("negative share")) {
                roster.create(member(QStringLiteral("Bob"), TalentLevel::Junior, 100, { { m_alpha, -1 } }));
            } else if (write == QLatin1String("twice")) {
                changed.allocations = { { m_alpha, 3000 }, { m_alpha, 3000 } };
                roster.update(changed);
            } else if (write == QLatin1String("project")) {
                roster.create(member(QStringLiteral("Bob"), TalentLevel::Junior, 100, { { 999, 1000 } }));
            } else if (write == QLatin1String("cost")) {
                changed.monthlyCost = Money(-1, eur);
                roster.update(changed);
            } else if (write == QLatin1String("currency")) {
                changed.monthlyCost = Money(100, QStringLiteral("XYZ"));
                roster.update(changed);
            } else if (write == QLatin1String("months")) {
                changed.lastMonth = QDate(2025, 12, 31);
                roster.update(changed);
            } else if (write == QLatin1String("member")) {
                roster.remove(alice + 100);
            } else if (write == QLatin1String("posting")) {
                roster.postSalaries(QDate(2026, 3, 1), QDate(2026, 2, 1));
            } else if (write == QLatin1String("heads")) {
                plan.heads = 0;
                TrainingPlanRepository(*database).create(plan);
            } else if (write == QLatin1String("training total")) {
                plan.heads = TrainingPlan::MaxHeads;
                plan.costPerHead = Money(Money::MaxInputMinorUnits, eur);
                TrainingPlanRepository(*database).create(plan);
            } else if (write == QLatin1String("targets")) {
                TalentTargetRepository(*database).setTargets({ 10, 25, 35, 25, 4 });
            } else if (write == QLatin1String("hours")) {
                AutomatedHoursRepository(*database).set(
                    AutomatedHours { m_alpha, QDate(2026, 1, 1), -1, {} });
            }
        };
        try {
            action();
            QFAIL("the write was accepted");
        } catch (const ValidationError &error) {
            QCOMPARE(error.field(), field);
            QCOMPARE(error.code(), code);
        }
        QVERIFY(isOutsideTransaction(*database));
    }
    QCOMPARE(stored(), before);
}

void TestTalent::schemaRefusesSharesAboveFullTime()
{
    const TeamMemberId alice
        = RosterRepository(*m_database)
              .create(member(QStringLiteral("Alice"), TalentLevel::Senior, 700'001, { { m_alpha, 6000 } }));
    // Another program's write, straight to the database: the schema itself refuses it.
    QSqlQuery raw(m_database->connection());
    QVERIFY(!raw.exec(QStringLiteral("INSERT INTO team_allocations (member_id, project_id, share_bp)"
                                     " VALUES (%1, %2, 4001)")
                          .arg(alice)
                          .arg(m_beta)));
    QVERIFY2(raw.lastError().databaseText().contains(QLatin1String("team_allocations.share_bp")),
             qPrintable(raw.lastError().databaseText()));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO team_allocations (member_id, project_id, share_bp)"
                                    " VALUES (%1, %2, 4000)")
                         .arg(alice)
                         .arg(m_beta)));
}

void TestTalent::classifiesShapes_data()
{
    QTest::addColumn<LevelCounts>("counts");
    QTest::addColumn<TalentShape>("shape");

    QTest::newRow("nobody") << LevelCounts { 0, 0, 0, 0, 0 } << TalentShape::Empty;
    QTest::newRow("pyramid") << LevelCounts { 5, 3, 2, 1, 0 } << TalentShape::Pyramid;
    QTest::newRow("one junior") << LevelCounts { 1, 0, 0, 0, 0 } << TalentShape::Pyramid;
    QTest::newRow("pyramid with equal levels") << LevelCounts { 3, 3, 1, 0, 0 } << TalentShape::Pyramid;
    QTest::newRow("broad pyramid") << LevelCounts { 5, 5, 5, 5, 1 } << TalentShape::Pyramid;
    QTest::newRow("column") << LevelCounts { 2, 2, 2, 2, 2 } << TalentShape::Mixed;
    QTest::newRow("diamond") << LevelCounts { 1, 3, 4, 2, 1 } << TalentShape::Diamond;
    QTest::newRow("diamond with a plateau") << LevelCounts { 1, 3, 3, 1, 0 } << TalentShape::Diamond;
    QTest::newRow("diamond peaking at expert") << LevelCounts { 0, 1, 2, 3, 1 } << TalentShape::Diamond;
    QTest::newRow("one confirmed") << LevelCounts { 0, 1, 0, 0, 0 } << TalentShape::Diamond;
    QTest::newRow("junior as many as the peak") << LevelCounts { 4, 4, 3, 3, 4 } << TalentShape::Mixed;
    QTest::newRow("hollow confirmed level") << LevelCounts { 4, 2, 6, 3, 1 } << TalentShape::Mixed;
    QTest::newRow("two peaks") << LevelCounts { 1, 3, 1, 3, 0 } << TalentShape::Mixed;
    QTest::newRow("top-heavy") << LevelCounts { 0, 0, 0, 0, 1 } << TalentShape::Mixed;
    QTest::newRow("inverted pyramid") << LevelCounts { 1, 2, 3, 4, 5 } << TalentShape::Mixed;
    QTest::newRow("strategic at the peak") << LevelCounts { 1, 2, 3, 3, 3 } << TalentShape::Mixed;
}

void TestTalent::classifiesShapes()
{
    QFETCH(LevelCounts, counts);
    QFETCH(TalentShape, shape);
    QCOMPARE(classifyShape(counts), shape);
}

void TestTalent::distanceFromTarget_data()
{
    QTest::addColumn<LevelCounts>("counts");
    QTest::addColumn<int>("basisPoints");

    QTest::newRow("on target") << LevelCounts { 2, 5, 7, 5, 1 } << 0;
    QTest::newRow("all juniors") << LevelCounts { 1, 0, 0, 0, 0 } << 9000;
    QTest::newRow("hollow confirmed level") << LevelCounts { 4, 2, 6, 3, 1 } << 1875;
    // 31.666… points: rounded once, at the end.
    QTest::newRow("thirds") << LevelCounts { 1, 1, 1, 0, 0 } << 3167;
    QTest::newRow("nobody") << LevelCounts { 0, 0, 0, 0, 0 } << 10'000;
}

void TestTalent::distanceFromTarget()
{
    QFETCH(LevelCounts, counts);
    QFETCH(int, basisPoints);
    QCOMPARE(costboard::distanceFromTarget(counts, TalentTargetRepository::defaultTargets()), basisPoints);
}

void TestTalent::targetsAreStoredAndChecked()
{
    TalentTargetRepository targets(*m_database);
    QCOMPARE(targets.targets(), TalentTargetRepository::defaultTargets());
    const LevelTargets before = targets.setTargets({ 5, 20, 40, 30, 5 });
    QCOMPARE(before, TalentTargetRepository::defaultTargets());
    QCOMPARE(targets.targets(), (LevelTargets { 5, 20, 40, 30, 5 }));
    QCOMPARE(validationField([&] { targets.setTargets({ 101, 0, 0, 0, -1 }); }), QStringLiteral("junior"));
    QCOMPARE(validationField([&] { targets.setTargets({ 0, 0, 0, 0, 0 }); }), QStringLiteral("targets"));
    QCOMPARE(targets.targets(), (LevelTargets { 5, 20, 40, 30, 5 }));
    QCOMPARE(auditCount(*m_database, QStringLiteral("talent_targets")), qint64(1));
}

void TestTalent::headcountSplitsInternalAndExternal()
{
    RosterRepository roster(*m_database);
    roster.create(member(QStringLiteral("J1"), TalentLevel::Junior, 100, {}));
    roster.create(member(QStringLiteral("J2"), TalentLevel::Junior, 100, {}));
    roster.create(member(QStringLiteral("S1"), TalentLevel::Senior, 100, {}));
    TeamMember consultant = member(QStringLiteral("E1"), TalentLevel::Expert, 100, { { m_alpha, 5000 } });
    consultant.external = true;
    consultant.firm = QStringLiteral("Néria Conseil");
    roster.create(consultant);
    TeamMember later = member(QStringLiteral("C1"), TalentLevel::Confirmed, 100, {}, QDate(2026, 6, 1));
    roster.create(later);
    TeamMember gone = member(QStringLiteral("J3"), TalentLevel::Junior, 100, {}, QDate(2025, 1, 1));
    gone.lastMonth = QDate(2026, 2, 1);
    roster.create(gone);

    const Headcount march = headcountOf(roster.list(), QDate(2026, 3, 17));
    QCOMPARE(march.month, QDate(2026, 3, 1));
    QCOMPARE(march.internal, (LevelCounts { 2, 0, 1, 0, 0 }));
    QCOMPARE(march.external, (LevelCounts { 0, 0, 0, 1, 0 }));
    QCOMPARE(march.total(), (LevelCounts { 2, 0, 1, 1, 0 }));
    QCOMPARE(march.heads(), 4);
    QCOMPARE(classifyShape(march.total()), TalentShape::Mixed);
    const Headcount february = headcountOf(roster.list(), QDate(2026, 2, 28));
    QCOMPARE(february.internal, (LevelCounts { 3, 0, 1, 0, 0 }));
    QCOMPARE(classifyShape(february.total()), TalentShape::Mixed);
    const Headcount june = headcountOf(roster.list(), QDate(2026, 6, 1));
    QCOMPARE(june.total(), (LevelCounts { 2, 1, 1, 1, 0 }));
}

void TestTalent::automatedHoursTotals()
{
    AutomatedHoursRepository hours(*m_database);
    QVERIFY(
        !hours.set(AutomatedHours { m_alpha, QDate(2026, 1, 20), 310, QStringLiteral("Tri des demandes") }));
    hours.set(AutomatedHours { m_alpha, QDate(2026, 2, 1), 280, {} });
    hours.set(AutomatedHours { m_beta, QDate(2026, 2, 1), 100, {} });
    const std::optional<AutomatedHours> replaced
        = hours.set(AutomatedHours { m_beta, QDate(2026, 2, 1), 120, {} });
    QCOMPARE(replaced->hours, std::int64_t(100));

    QCOMPARE(hours.list(m_alpha),
             (QList<AutomatedHours> { { m_alpha, QDate(2026, 1, 1), 310, QStringLiteral("Tri des demandes") },
                                      { m_alpha, QDate(2026, 2, 1), 280, {} } }));
    const QHash<ProjectId, std::int64_t> quarter = hours.totals({ QDate(2026, 1, 1), QDate(2026, 3, 31) });
    QCOMPARE(quarter.value(m_alpha), std::int64_t(590));
    QCOMPARE(quarter.value(m_beta), std::int64_t(120));
    QVERIFY(!quarter.contains(m_gamma));
    // Part of a month: its days' share, as a cost line's; the parts add up to the whole.
    const std::int64_t firstHalf = hours.totals({ QDate(2026, 1, 1), QDate(2026, 1, 15) }).value(m_alpha);
    const std::int64_t secondHalf = hours.totals({ QDate(2026, 1, 16), QDate(2026, 2, 28) }).value(m_alpha);
    QCOMPARE(firstHalf, std::int64_t(expectedFirstDaysShare(310, 15, 31)));
    QCOMPARE(firstHalf + secondHalf, std::int64_t(590));

    QCOMPARE(hours.clear(m_alpha, QDate(2026, 2, 14))->hours, std::int64_t(280));
    QVERIFY(!hours.clear(m_alpha, QDate(2026, 2, 14)));
    QCOMPARE(hours.totals({ QDate(2026, 1, 1), QDate(2026, 3, 31) }).value(m_alpha), std::int64_t(310));
    QCOMPARE(auditCount(*m_database, QStringLiteral("automated_hours")), qint64(5));
}

void TestTalent::deletingAProjectTakesItsTalentRows()
{
    RosterRepository(*m_database)
        .create(member(QStringLiteral("Alice"), TalentLevel::Senior, 100,
                       { { m_alpha, 5000 }, { m_gamma, 5000 } }));
    AutomatedHoursRepository(*m_database).set(AutomatedHours { m_gamma, QDate(2026, 1, 1), 10, {} });
    ProjectRepository(*m_database).remove(m_gamma);
    QCOMPARE(RosterRepository(*m_database).list().constFirst().allocations,
             (QList<Allocation> { { m_alpha, 5000 } }));
    QVERIFY(AutomatedHoursRepository(*m_database).list().isEmpty());
}

QTEST_GUILESS_MAIN(TestTalent)
#include "tst_talent.moc"
