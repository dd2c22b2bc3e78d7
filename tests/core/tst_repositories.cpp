// SPDX-License-Identifier: GPL-3.0-or-later
#include <functional>

#include <QObject>
#include <QTest>

#include "domain/entities.h"
#include "errors.h"
#include "storage/auditlog.h"
#include "storage/budgetrepository.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

namespace { } // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Projects
    void projectCreateAndFind();
    void projectUpdate();
    void projectArchiveAndList();
    void projectRemove();
    void projectValidation_data();
    void projectValidation();

    // Cost lines
    void costLineAddAndFind();
    void costLineUpdate();
    void costLineRemoveIsAudited();
    void costLineUnknownIdRefused();
    void costLineValidation_data();
    void costLineValidation();
    void costLineLimitsAccepted_data();
    void costLineLimitsAccepted();
    void addAllSkipsDuplicateExternalRefs();

    // Budgets
    void budgetSetAndFind();
    void budgetSetReplacesSameScope();
    void budgetAudit();
    void budgetValidation_data();
    void budgetValidation();
    void budgetPeriodAlignedToFiscalCalendar_data();
    void budgetPeriodAlignedToFiscalCalendar();
    void budgetPeriodEndAndOverlap();

    // Settings
    void databaseSettingsDefaults();
    void databaseSettingsChanges();

private:
    TestDatabase m_database;
    ProjectId m_project = 0;
};

void TestRepositories::initTestCase()
{
    AuditLog::setActor(QStringLiteral("tester"));
}

void TestRepositories::init()
{
    m_database = openTestDatabase();
    m_project = ProjectRepository(*m_database)
                    .create(makeProject(QStringLiteral("SUP"), QStringLiteral("Support bot")));
}

void TestRepositories::cleanup()
{
    m_database.reset();
}

// ---------------------------------------------------------------------------------------------
// Projects

void TestRepositories::projectCreateAndFind()
{
    ProjectRepository projects(*m_database);
    Project project;
    project.code = QStringLiteral("DOC-AI_2");
    project.name = QStringLiteral("Document AI");
    project.description = QStringLiteral("Reads claims");
    project.owner = QStringLiteral("Claire");
    project.sponsor = QStringLiteral("CFO");
    project.businessUnit = QStringLiteral("Claims");
    project.status = ProjectStatus::Evaluating;
    project.decisionLevel = DecisionLevel::Cfo;
    project.startDate = QDate(2026, 2, 1);
    project.endDate = QDate(2026, 12, 31);

    const ProjectId id = projects.create(project);
    QVERIFY(id > 0);
    QVERIFY(id != m_project);
    QVERIFY(projects.exists(id));
    QVERIFY(!projects.exists(id + 1000));

    const std::optional<Project> found = projects.find(id);
    QVERIFY(found);
    QCOMPARE(found->id, id);
    QCOMPARE(found->code, project.code);
    QCOMPARE(found->name, project.name);
    QCOMPARE(found->description, project.description);
    QCOMPARE(found->owner, project.owner);
    QCOMPARE(found->sponsor, project.sponsor);
    QCOMPARE(found->businessUnit, project.businessUnit);
    QCOMPARE(found->status, ProjectStatus::Evaluating);
    QCOMPARE(found->decisionLevel, DecisionLevel::Cfo);
    QCOMPARE(found->startDate, QDate(2026, 2, 1));
    QCOMPARE(found->endDate, QDate(2026, 12, 31));
    QVERIFY(!found->archived);

    const std::optional<Project> byCode = projects.findByCode(QStringLiteral("DOC-AI_2"));
    QVERIFY(byCode);
    QCOMPARE(byCode->id, id);
    QVERIFY(!projects.findByCode(QStringLiteral("NOPE")));
    QVERIFY(!projects.find(id + 1000));

    // An open-ended project keeps a null end date.
    const std::optional<Project> open = projects.find(m_project);
    QVERIFY(open);
    QVERIFY(open->endDate.isNull());
}

void TestRepositories::projectUpdate()
{
    ProjectRepository projects(*m_database);
    Project project = *projects.find(m_project);
    project.name = QStringLiteral("Support assistant");
    project.status = ProjectStatus::Paused;
    project.decisionLevel = DecisionLevel::Committee;
    project.endDate = QDate(2027, 6, 30);
    projects.update(project); // keeps its own code: not a duplicate of itself

    const std::optional<Project> found = projects.find(m_project);
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("Support assistant"));
    QCOMPARE(found->code, QStringLiteral("SUP"));
    QCOMPARE(found->status, ProjectStatus::Paused);
    QCOMPARE(found->decisionLevel, DecisionLevel::Committee);
    QCOMPARE(found->endDate, QDate(2027, 6, 30));

    // Stored as asStored() says, texts trimmed; an edit that only adds spaces changes nothing.
    Project padded = *found;
    padded.name = QStringLiteral("  Support assistant v2 ");
    padded.owner = QStringLiteral(" Claire Martin  ");
    projects.update(padded);
    const Project stored = *projects.find(m_project);
    QCOMPARE(stored.name, QStringLiteral("Support assistant v2"));
    QCOMPARE(stored.owner, QStringLiteral("Claire Martin"));
    QVERIFY(sameProjectDetails(stored, padded));
    QVERIFY(!sameProjectDetails(stored, project));
    const ProjectId created = projects.create(makeProject(QStringLiteral(" PAD ")));
    QCOMPARE(projects.find(created)->code, QStringLiteral("PAD"));
    projects.remove(created);

    Project ghost = project;
    ghost.id = m_project + 1000;
    QCOMPARE(validationField([&] { projects.update(ghost); }), QStringLiteral("project"));
    QCOMPARE(projects.list().size(), 1);
}

void TestRepositories::projectArchiveAndList()
{
    ProjectRepository projects(*m_database);
    const ProjectId other = projects.create(makeProject(QStringLiteral("DOC")));
    QCOMPARE(projects.list().size(), 2);

    projects.setArchived(m_project, true);
    QVERIFY(projects.find(m_project)->archived);
    const QList<Project> active = projects.list(false);
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.first().id, other);
    QCOMPARE(projects.list(true).size(), 2);
    QVERIFY(projects.exists(m_project));

    projects.setArchived(m_project, false);
    QVERIFY(!projects.find(m_project)->archived);
    QCOMPARE(projects.list(false).size(), 2);

    QCOMPARE(validationField([&] { projects.setArchived(other + 1000, true); }), QStringLiteral("project"));
}

void TestRepositories::projectRemove()
{
    ProjectRepository projects(*m_database);
    const ProjectId empty = projects.create(makeProject(QStringLiteral("EMPTY")));
    projects.remove(empty);
    QVERIFY(!projects.find(empty));
    QVERIFY(!projects.exists(empty));
    QCOMPARE(validationField([&] { projects.remove(empty); }), QStringLiteral("project"));

    CostLineRepository(*m_database).add(makeLine(m_project));
    const QStringList before = databaseContents(*m_database);
    QCOMPARE(validationField([&] { projects.remove(m_project); }), QStringLiteral("project"));
    QVERIFY(projects.find(m_project));
    QCOMPARE(databaseContents(*m_database), before);
}

void TestRepositories::projectValidation_data()
{
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("field");

    QTest::newRow("empty name") << 0 << QStringLiteral("name");
    QTest::newRow("blank name") << 1 << QStringLiteral("name");
    QTest::newRow("empty code") << 2 << QStringLiteral("code");
    QTest::newRow("code with space") << 3 << QStringLiteral("code");
    QTest::newRow("code with punctuation") << 4 << QStringLiteral("code");
    QTest::newRow("code of 17 characters") << 5 << QStringLiteral("code");
    QTest::newRow("duplicate code") << 6 << QStringLiteral("code");
    QTest::newRow("duplicate code other case") << 7 << QStringLiteral("code");
    QTest::newRow("end before start") << 8 << QStringLiteral("end date");
    QTest::newRow("start before 2000") << 9 << QStringLiteral("start date");
    QTest::newRow("end after 2100") << 10 << QStringLiteral("end date");
}

void TestRepositories::projectValidation()
{
    QFETCH(int, problem);
    QFETCH(QString, field);

    Project project = makeProject(QStringLiteral("NEW"));
    switch (problem) {
    case 0:
        project.name.clear();
        break;
    case 1:
        project.name = QStringLiteral("   ");
        break;
    case 2:
        project.code.clear();
        break;
    case 3:
        project.code = QStringLiteral("NEW BOT");
        break;
    case 4:
        project.code = QStringLiteral("NEW!");
        break;
    case 5:
        project.code = QStringLiteral("ABCDEFGHIJKLMNOPQ");
        break;
    case 6:
        project.code = QStringLiteral("SUP");
        break;
    case 7:
        project.code = QStringLiteral("sup");
        break;
    case 8:
        project.startDate = QDate(2026, 6, 1);
        project.endDate = QDate(2026, 5, 31);
        break;
    case 9:
        project.startDate = QDate(1999, 12, 31);
        break;
    case 10:
        project.endDate = QDate(2101, 1, 1);
        break;
    default:
        QFAIL("unknown case");
    }

    ProjectRepository projects(*m_database);
    const QStringList before = databaseContents(*m_database);
    QCOMPARE(validationField([&] { projects.create(project); }), field);
    QCOMPARE(databaseContents(*m_database), before); // nothing stored, nothing audited

    // The same checks guard update(): give another stored project the same problem.
    Project target = makeProject(QStringLiteral("OTHER"));
    target.id = projects.create(target);
    Project changed = project;
    changed.id = target.id;
    if (changed.code == QStringLiteral("NEW"))
        changed.code = target.code;
    const QStringList beforeUpdate = databaseContents(*m_database);
    QCOMPARE(validationField([&] { projects.update(changed); }), field);
    QCOMPARE(databaseContents(*m_database), beforeUpdate);
    QCOMPARE(projects.find(target.id)->code, QStringLiteral("OTHER"));
    QCOMPARE(projects.find(target.id)->name, target.name);
}

// ---------------------------------------------------------------------------------------------
// Cost lines

void TestRepositories::costLineAddAndFind()
{
    CostLineRepository lines(*m_database);
    CostLine line = makeLine(m_project, 12345, QStringLiteral("EUR"), QDate(2026, 12, 31),
                             CostCategory::FineTuning, QStringLiteral("  Mistral  "));
    line.description = QStringLiteral("LoRA run");
    line.quantity = 12.5;
    line.unit = QStringLiteral("GPU-hours");
    line.source = QStringLiteral("import:test");
    line.externalRef = QStringLiteral("INV-1");

    const CostLineId id = lines.add(line);
    QVERIFY(id > 0);
    QCOMPARE(lines.count(), 1);

    const std::optional<CostLine> found = lines.find(id);
    QVERIFY(found);
    QCOMPARE(found->id, id);
    QCOMPARE(found->projectId, m_project);
    QCOMPARE(found->category, CostCategory::FineTuning);
    QCOMPARE(found->incurredOn, QDate(2026, 12, 31));
    QCOMPARE(found->amount.minorUnits(), 12345);
    QCOMPARE(found->amount.currency(), QStringLiteral("EUR"));
    QVERIFY(found->reportingAmount); // EUR is the reporting currency: converted 1:1
    QCOMPARE(found->reportingAmount->minorUnits(), 12345);
    QCOMPARE(found->reportingAmount->currency(), QStringLiteral("EUR"));
    QCOMPARE(found->vendor, QStringLiteral("Mistral")); // trimmed
    QCOMPARE(found->description, QStringLiteral("LoRA run"));
    QVERIFY(found->quantity);
    QCOMPARE(*found->quantity, 12.5);
    QCOMPARE(found->unit, QStringLiteral("gpu_hour")); // a known unit, stored by key
    QCOMPARE(found->source, QStringLiteral("import:test"));
    QCOMPARE(found->externalRef, QStringLiteral("INV-1"));
    QVERIFY(!found->importBatchId);
    QCOMPARE(found->week(), IsoWeek(2026, 53));

    // Stored week: the Monday of the ISO week, computed in C++.
    QCOMPARE(
        queryValue(*m_database, QStringLiteral("SELECT week_start FROM cost_lines WHERE id = %1").arg(id))
            .toString(),
        QStringLiteral("2026-12-28"));
    QVERIFY(!lines.find(id + 1000));
}

void TestRepositories::costLineUpdate()
{
    ProjectRepository projects(*m_database);
    const ProjectId other = projects.create(makeProject(QStringLiteral("DOC")));
    CostLineRepository lines(*m_database);
    const CostLineId id = lines.add(makeLine(m_project));

    CostLine line = *lines.find(id);
    line.projectId = other;
    line.category = CostCategory::Salaries;
    line.incurredOn = QDate(2027, 1, 4);
    line.amount = Money(-500, QStringLiteral("EUR")); // a credit note
    line.vendor = QStringLiteral("Consulting SA");
    line.quantity.reset();
    lines.update(line);

    const std::optional<CostLine> found = lines.find(id);
    QVERIFY(found);
    QCOMPARE(found->projectId, other);
    QCOMPARE(found->category, CostCategory::Salaries);
    QCOMPARE(found->incurredOn, QDate(2027, 1, 4));
    QCOMPARE(found->amount.minorUnits(), -500);
    QCOMPARE(found->reportingAmount->minorUnits(), -500);
    QCOMPARE(found->vendor, QStringLiteral("Consulting SA"));
    QVERIFY(!found->quantity);
    QCOMPARE(lines.count(), 1);
    QCOMPARE(
        queryValue(*m_database, QStringLiteral("SELECT week_start FROM cost_lines WHERE id = %1").arg(id))
            .toString(),
        QStringLiteral("2027-01-04"));
}

void TestRepositories::costLineRemoveIsAudited()
{
    CostLineRepository lines(*m_database);
    const CostLineId keep = lines.add(makeLine(m_project, 100));
    const CostLineId id = lines.add(makeLine(m_project, 98765, QStringLiteral("USD"), QDate(2026, 4, 2),
                                             CostCategory::Cloud, QStringLiteral("AWS")));
    lines.remove(id);
    QVERIFY(!lines.find(id));
    QVERIFY(lines.find(keep));
    QCOMPARE(lines.count(), 1);

    const QList<AuditEntry> entries
        = AuditLog(*m_database).entriesFor(QStringLiteral("cost_line"), QString::number(id));
    QCOMPARE(entries.size(), 1);
    const AuditEntry &entry = entries.first();
    QCOMPARE(entry.action, QStringLiteral("delete"));
    QCOMPARE(entry.entity, QStringLiteral("cost_line"));
    QCOMPARE(entry.entityId, QString::number(id));
    QCOMPARE(entry.actor, test::recordedActor(QStringLiteral("tester")));
    QVERIFY(entry.at.isValid());
    QVERIFY(qAbs(entry.at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    // The old value: what was deleted can be read back from the audit trail.
    QVERIFY2(entry.details.contains(QStringLiteral("987.65")), qPrintable(entry.details));
    QVERIFY2(entry.details.contains(QStringLiteral("USD")), qPrintable(entry.details));
    QVERIFY2(entry.details.contains(QStringLiteral("AWS")), qPrintable(entry.details));
    QVERIFY2(entry.details.contains(QStringLiteral("2026-04-02")), qPrintable(entry.details));

    // removeMany audits each line.
    const CostLineId a = lines.add(makeLine(m_project, 111));
    const CostLineId b = lines.add(makeLine(m_project, 222));
    lines.removeMany({ a, b });
    QCOMPARE(lines.count(), 1);
    QCOMPARE(AuditLog(*m_database).entriesFor(QStringLiteral("cost_line"), QString::number(a)).size(), 1);
    QCOMPARE(AuditLog(*m_database).entriesFor(QStringLiteral("cost_line"), QString::number(b)).size(), 1);
    QVERIFY(AuditLog(*m_database)
                .entriesFor(QStringLiteral("cost_line"), QString::number(b))
                .first()
                .details.contains(QStringLiteral("2.22")));
}

void TestRepositories::costLineUnknownIdRefused()
{
    CostLineRepository lines(*m_database);
    const CostLineId id = lines.add(makeLine(m_project));
    CostLine ghost = *lines.find(id);
    ghost.id = id + 1000;
    const QStringList before = databaseContents(*m_database);
    QCOMPARE(validationField([&] { lines.update(ghost); }), QStringLiteral("cost line"));
    QCOMPARE(validationField([&] { lines.remove(id + 1000); }), QStringLiteral("cost line"));
    // One unknown id in the middle: nothing deleted.
    QCOMPARE(validationField([&] { lines.removeMany({ id, id + 1000 }); }), QStringLiteral("cost line"));
    QCOMPARE(databaseContents(*m_database), before);
    lines.removeMany({});
    QCOMPARE(lines.count(), 1);
}

void TestRepositories::costLineValidation_data()
{
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown currency EUE") << 0 << QStringLiteral("amount currency");
    QTest::newRow("no currency") << 1 << QStringLiteral("amount currency");
    QTest::newRow("date before 2000") << 2 << QStringLiteral("date");
    QTest::newRow("date after 2100") << 3 << QStringLiteral("date");
    QTest::newRow("no date") << 4 << QStringLiteral("date");
    QTest::newRow("zero amount") << 5 << QStringLiteral("amount");
    QTest::newRow("amount over 10^12") << 6 << QStringLiteral("amount");
    QTest::newRow("amount under -10^12") << 7 << QStringLiteral("amount");
    QTest::newRow("unknown project") << 8 << QStringLiteral("project");
    QTest::newRow("unknown category 42") << 9 << QStringLiteral("category");
    QTest::newRow("unknown category 0") << 10 << QStringLiteral("category");
    QTest::newRow("vendor too long") << 11 << QStringLiteral("vendor");
    QTest::newRow("negative quantity") << 12 << QStringLiteral("quantity");
}

void TestRepositories::costLineValidation()
{
    QFETCH(int, problem);
    QFETCH(QString, field);

    CostLine line = makeLine(m_project);
    switch (problem) {
    case 0:
        line.amount = Money(12345, QStringLiteral("EUE"));
        break;
    case 1:
        line.amount = Money(12345, QString());
        break;
    case 2:
        line.incurredOn = QDate(1999, 12, 31);
        break;
    case 3:
        line.incurredOn = QDate(2101, 1, 1);
        break;
    case 4:
        line.incurredOn = QDate();
        break;
    case 5:
        line.amount = Money(0, QStringLiteral("EUR"));
        break;
    case 6:
        line.amount = Money(Money::MaxInputMinorUnits + 1, QStringLiteral("EUR"));
        break;
    case 7:
        line.amount = Money(-Money::MaxInputMinorUnits - 1, QStringLiteral("EUR"));
        break;
    case 8:
        line.projectId = m_project + 1000;
        break;
    case 9:
        line.category = static_cast<CostCategory>(42);
        break;
    case 10:
        line.category = static_cast<CostCategory>(0);
        break;
    case 11:
        line.vendor = QString(121, u'x');
        break;
    case 12:
        line.quantity = -1.0;
        break;
    default:
        QFAIL("unknown case");
    }

    CostLineRepository lines(*m_database);
    const CostLineId existing = lines.add(makeLine(m_project, 777));
    const QStringList before = databaseContents(*m_database);

    QCOMPARE(validationField([&] { lines.validate(line); }), field);
    QCOMPARE(validationField([&] { lines.add(line); }), field);
    QCOMPARE(validationField([&] {
                 lines.addAll({ makeLine(m_project, 1), line, makeLine(m_project, 2) });
             }),
             field);
    CostLine changed = line;
    changed.id = existing;
    QCOMPARE(validationField([&] { lines.update(changed); }), field);
    QCOMPARE(databaseContents(*m_database), before);
}

void TestRepositories::costLineLimitsAccepted_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QDate>("date");

    QTest::newRow("10^12 minor units") << qint64(Money::MaxInputMinorUnits) << QDate(2026, 1, 1);
    QTest::newRow("-10^12 minor units") << qint64(-Money::MaxInputMinorUnits) << QDate(2026, 1, 1);
    QTest::newRow("credit note") << qint64(-1) << QDate(2026, 1, 1);
    QTest::newRow("first accepted day") << qint64(1) << QDate(2000, 1, 1);
    QTest::newRow("last accepted day") << qint64(1) << QDate(2100, 12, 31);
}

void TestRepositories::costLineLimitsAccepted()
{
    QFETCH(qint64, minor);
    QFETCH(QDate, date);
    CostLineRepository lines(*m_database);
    const CostLineId id = lines.add(makeLine(m_project, minor, QStringLiteral("EUR"), date));
    const std::optional<CostLine> found = lines.find(id);
    QVERIFY(found);
    QCOMPARE(found->amount.minorUnits(), minor);
    QCOMPARE(found->incurredOn, date);
    QCOMPARE(
        queryValue(*m_database, QStringLiteral("SELECT week_start FROM cost_lines WHERE id = %1").arg(id))
            .toString(),
        IsoWeek::fromDate(date).monday().toString(Qt::ISODate));
}

void TestRepositories::addAllSkipsDuplicateExternalRefs()
{
    CostLineRepository lines(*m_database);
    QList<CostLine> batch;
    for (int i = 0; i < 5; ++i) {
        CostLine line = makeLine(m_project, 100 + i);
        line.source = QStringLiteral("csv");
        line.externalRef = QStringLiteral("ROW-%1").arg(i);
        batch << line;
    }
    CostLine manual = makeLine(m_project, 999); // no external reference: never a duplicate
    batch << manual << manual;

    const CostLineRepository::BatchResult first = lines.addAll(batch);
    QCOMPARE(first.inserted, 7);
    QCOMPARE(first.duplicates, 0);

    // Re-importing the same file adds nothing; the same ref from another source is new.
    batch.removeLast();
    batch.removeLast();
    CostLine otherSource = batch.first();
    otherSource.source = QStringLiteral("focus");
    batch << otherSource;
    const CostLineRepository::BatchResult second = lines.addAll(batch);
    QCOMPARE(second.inserted, 1);
    QCOMPARE(second.duplicates, 5);
    QCOMPARE(lines.count(), 8);
    QCOMPARE(storedRollups(*m_database), expectedRollups(*m_database));
}

// ---------------------------------------------------------------------------------------------
// Budgets

void TestRepositories::budgetSetAndFind()
{
    BudgetRepository budgets(*m_database);
    Budget budget;
    budget.projectId = m_project;
    budget.category = CostCategory::Inference;
    budget.periodKind = BudgetPeriodKind::Quarter;
    budget.periodStart = QDate(2026, 4, 1);
    budget.amount = Money(5'000'000, QStringLiteral("EUR"));
    const BudgetId id = budgets.set(budget);
    QVERIFY(id > 0);

    const std::optional<Budget> found = budgets.find(id);
    QVERIFY(found);
    QCOMPARE(found->id, id);
    QCOMPARE(found->projectId, std::optional<ProjectId>(m_project));
    QCOMPARE(found->category, std::optional<CostCategory>(CostCategory::Inference));
    QCOMPARE(found->periodKind, BudgetPeriodKind::Quarter);
    QCOMPARE(found->periodStart, QDate(2026, 4, 1));
    QCOMPARE(found->amount.minorUnits(), 5'000'000);
    QCOMPARE(found->amount.currency(), QStringLiteral("EUR"));

    Budget portfolio;
    portfolio.periodKind = BudgetPeriodKind::Year;
    portfolio.periodStart = QDate(2026, 1, 1);
    portfolio.amount = Money(100'000'000, QStringLiteral("EUR"));
    const BudgetId portfolioId = budgets.set(portfolio);
    const std::optional<Budget> foundPortfolio = budgets.find(portfolioId);
    QVERIFY(foundPortfolio);
    QVERIFY(!foundPortfolio->projectId);
    QVERIFY(!foundPortfolio->category);
    QCOMPARE(budgets.list().size(), 2);

    budgets.remove(id);
    QVERIFY(!budgets.find(id));
    QCOMPARE(budgets.list().size(), 1);
    QCOMPARE(validationField([&] { budgets.remove(id); }), QStringLiteral("budget"));
}

void TestRepositories::budgetSetReplacesSameScope()
{
    BudgetRepository budgets(*m_database);
    Budget budget;
    budget.projectId = m_project;
    budget.periodKind = BudgetPeriodKind::Month;
    budget.periodStart = QDate(2026, 3, 1);
    budget.amount = Money(100'000, QStringLiteral("EUR"));
    const BudgetId id = budgets.set(budget);

    budget.amount = Money(150'000, QStringLiteral("EUR"));
    QCOMPARE(budgets.set(budget), id);
    QCOMPARE(budgets.list().size(), 1);
    QCOMPARE(budgets.find(id)->amount.minorUnits(), 150'000);

    // A different scope is a different budget: category, kind, start, project.
    Budget categoryScope = budget;
    categoryScope.category = CostCategory::Cloud;
    const BudgetId categoryId = budgets.set(categoryScope);
    QVERIFY(categoryId != id);
    Budget quarter = budget;
    quarter.periodKind = BudgetPeriodKind::Quarter;
    quarter.periodStart = QDate(2026, 1, 1);
    QVERIFY(budgets.set(quarter) != id);
    Budget nextMonth = budget;
    nextMonth.periodStart = QDate(2026, 4, 1);
    QVERIFY(budgets.set(nextMonth) != id);
    QCOMPARE(budgets.list().size(), 4);

    // Portfolio scope (no project, no category): replaced like any other.
    Budget portfolio;
    portfolio.periodKind = BudgetPeriodKind::Month;
    portfolio.periodStart = QDate(2026, 3, 1);
    portfolio.amount = Money(1'000'000, QStringLiteral("EUR"));
    const BudgetId portfolioId = budgets.set(portfolio);
    QVERIFY(portfolioId != id);
    portfolio.amount = Money(2'000'000, QStringLiteral("EUR"));
    QCOMPARE(budgets.set(portfolio), portfolioId);
    QCOMPARE(budgets.list().size(), 5);
    QCOMPARE(budgets.find(portfolioId)->amount.minorUnits(), 2'000'000);
    QCOMPARE(budgets.find(id)->amount.minorUnits(), 150'000);
}

void TestRepositories::budgetAudit()
{
    BudgetRepository budgets(*m_database);
    Budget budget;
    budget.projectId = m_project;
    budget.periodKind = BudgetPeriodKind::Quarter;
    budget.periodStart = QDate(2026, 1, 1);
    budget.amount = Money(100'000, QStringLiteral("EUR"));
    const BudgetId id = budgets.set(budget);
    budget.amount = Money(150'050, QStringLiteral("EUR"));
    QCOMPARE(budgets.set(budget), id);

    AuditLog audit(*m_database);
    QList<AuditEntry> entries = audit.entriesFor(QStringLiteral("budget"), QString::number(id));
    QCOMPARE(entries.size(), 2);
    QVERIFY2(entries.at(0).details.contains(QStringLiteral("1000.00")), qPrintable(entries.at(0).details));
    // Old and new amount in the replacement's entry, old first.
    const QString &details = entries.at(1).details;
    QVERIFY2(details.contains(QStringLiteral("1000.00")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("1500.50")), qPrintable(details));
    QVERIFY2(details.indexOf(QStringLiteral("1000.00")) < details.indexOf(QStringLiteral("1500.50")),
             qPrintable(details));
    QCOMPARE(entries.at(1).actor, test::recordedActor(QStringLiteral("tester")));
    QVERIFY(entries.at(0).id < entries.at(1).id);

    budgets.remove(id);
    entries = audit.entriesFor(QStringLiteral("budget"), QString::number(id));
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(2).action, QStringLiteral("delete"));
    QVERIFY2(entries.at(2).details.contains(QStringLiteral("1500.50")), qPrintable(entries.at(2).details));

    // entriesFor(entity) without an id lists every budget entry; other entities are apart.
    QCOMPARE(audit.entriesFor(QStringLiteral("budget")).size(), 3);
    QVERIFY(audit.latest(1).size() == 1);
    QCOMPARE(audit.latest(1).first().id, entries.at(2).id);
}

void TestRepositories::budgetValidation_data()
{
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("field");

    QTest::newRow("month start not the 1st") << 0 << QStringLiteral("period start");
    QTest::newRow("quarter start not the 1st") << 1 << QStringLiteral("period start");
    QTest::newRow("no start") << 2 << QStringLiteral("period start");
    QTest::newRow("start before 2000") << 3 << QStringLiteral("period start");
    QTest::newRow("zero amount") << 4 << QStringLiteral("amount");
    QTest::newRow("negative amount") << 5 << QStringLiteral("amount");
    QTest::newRow("amount over 10^12") << 6 << QStringLiteral("amount");
    QTest::newRow("unknown currency") << 7 << QStringLiteral("amount currency");
    QTest::newRow("unknown project") << 8 << QStringLiteral("project");
    QTest::newRow("unknown category") << 9 << QStringLiteral("category");
}

void TestRepositories::budgetValidation()
{
    QFETCH(int, problem);
    QFETCH(QString, field);

    Budget budget;
    budget.projectId = m_project;
    budget.periodKind = BudgetPeriodKind::Month;
    budget.periodStart = QDate(2026, 3, 1);
    budget.amount = Money(100'000, QStringLiteral("EUR"));
    switch (problem) {
    case 0:
        budget.periodStart = QDate(2026, 3, 15);
        break;
    case 1:
        budget.periodKind = BudgetPeriodKind::Quarter;
        budget.periodStart = QDate(2026, 4, 2);
        break;
    case 2:
        budget.periodStart = QDate();
        break;
    case 3:
        budget.periodStart = QDate(1999, 1, 1);
        break;
    case 4:
        budget.amount = Money(0, QStringLiteral("EUR"));
        break;
    case 5:
        budget.amount = Money(-100, QStringLiteral("EUR"));
        break;
    case 6:
        budget.amount = Money(Money::MaxInputMinorUnits + 1, QStringLiteral("EUR"));
        break;
    case 7:
        budget.amount = Money(100, QStringLiteral("EUE"));
        break;
    case 8:
        budget.projectId = m_project + 1000;
        break;
    case 9:
        budget.category = static_cast<CostCategory>(42);
        break;
    default:
        QFAIL("unknown case");
    }

    const QStringList before = databaseContents(*m_database);
    QCOMPARE(validationField([&] { BudgetRepository(*m_database).set(budget); }), field);
    QCOMPARE(databaseContents(*m_database), before);
}

void TestRepositories::budgetPeriodAlignedToFiscalCalendar_data()
{
    // The contract (budgetrepository.h): "the period start must be the first day of a month,
    // quarter or year" — of the fiscal calendar set in DatabaseSettings.
    QTest::addColumn<int>("fiscalStartMonth");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<bool>("accepted");

    const int month = static_cast<int>(BudgetPeriodKind::Month);
    const int quarter = static_cast<int>(BudgetPeriodKind::Quarter);
    const int year = static_cast<int>(BudgetPeriodKind::Year);
    QTest::newRow("month, any 1st") << 1 << month << QDate(2026, 2, 1) << true;
    QTest::newRow("quarter Jan, FY Jan") << 1 << quarter << QDate(2026, 1, 1) << true;
    QTest::newRow("quarter Oct, FY Jan") << 1 << quarter << QDate(2026, 10, 1) << true;
    QTest::newRow("quarter Feb, FY Jan") << 1 << quarter << QDate(2026, 2, 1) << false;
    QTest::newRow("quarter Apr, FY Apr") << 4 << quarter << QDate(2026, 4, 1) << true;
    QTest::newRow("quarter Jan, FY Apr") << 4 << quarter << QDate(2027, 1, 1) << true;
    QTest::newRow("quarter Mar, FY Apr") << 4 << quarter << QDate(2026, 3, 1) << false;
    QTest::newRow("year Jan, FY Jan") << 1 << year << QDate(2026, 1, 1) << true;
    QTest::newRow("year Mar, FY Jan") << 1 << year << QDate(2026, 3, 1) << false;
    QTest::newRow("year Apr, FY Apr") << 4 << year << QDate(2026, 4, 1) << true;
    QTest::newRow("year Jan, FY Apr") << 4 << year << QDate(2026, 1, 1) << false;
}

void TestRepositories::budgetPeriodAlignedToFiscalCalendar()
{
    QFETCH(int, fiscalStartMonth);
    QFETCH(int, kind);
    QFETCH(QDate, start);
    QFETCH(bool, accepted);

    DatabaseSettings(*m_database).setFiscalYearStartMonth(fiscalStartMonth);
    Budget budget;
    budget.projectId = m_project;
    budget.periodKind = static_cast<BudgetPeriodKind>(kind);
    budget.periodStart = start;
    budget.amount = Money(100'000, QStringLiteral("EUR"));
    const QString field = validationField([&] { BudgetRepository(*m_database).set(budget); });
    QCOMPARE(field, accepted ? QStringLiteral("<no error>") : QStringLiteral("period start"));
}

void TestRepositories::budgetPeriodEndAndOverlap()
{
    Budget quarter;
    quarter.periodKind = BudgetPeriodKind::Quarter;
    quarter.periodStart = QDate(2026, 1, 1);
    QCOMPARE(quarter.periodEnd(), QDate(2026, 3, 31));
    Budget february;
    february.periodKind = BudgetPeriodKind::Month;
    february.periodStart = QDate(2024, 2, 1);
    QCOMPARE(february.periodEnd(), QDate(2024, 2, 29));
    Budget year;
    year.periodKind = BudgetPeriodKind::Year;
    year.periodStart = QDate(2026, 1, 1);
    QCOMPARE(year.periodEnd(), QDate(2026, 12, 31));

    BudgetRepository budgets(*m_database);
    quarter.amount = Money(100, QStringLiteral("EUR"));
    const BudgetId q1 = budgets.set(quarter);
    Budget may;
    may.periodKind = BudgetPeriodKind::Month;
    may.periodStart = QDate(2026, 5, 1);
    may.amount = Money(100, QStringLiteral("EUR"));
    const BudgetId mayId = budgets.set(may);

    QList<Budget> found = budgets.overlapping(QDate(2026, 3, 1), QDate(2026, 3, 31));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, q1);
    found = budgets.overlapping(QDate(2026, 3, 31), QDate(2026, 5, 1)); // touches both ends
    QCOMPARE(found.size(), 2);
    found = budgets.overlapping(QDate(2026, 4, 1), QDate(2026, 4, 30));
    QVERIFY(found.isEmpty());
    found = budgets.overlapping(QDate(2026, 5, 31), QDate(2026, 7, 1));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, mayId);
}

// ---------------------------------------------------------------------------------------------
// Settings

void TestRepositories::databaseSettingsDefaults()
{
    DatabaseSettings settings(*m_database);
    QCOMPARE(settings.reportingCurrency(), QStringLiteral("EUR"));
    QCOMPARE(settings.fiscalYearStartMonth(), 1);
    QCOMPARE(settings.value(QStringLiteral("no.such.key"), QStringLiteral("fallback")),
             QStringLiteral("fallback"));
    QVERIFY(settings.value(QStringLiteral("no.such.key")).isEmpty());
}

void TestRepositories::databaseSettingsChanges()
{
    DatabaseSettings settings(*m_database);
    settings.setFiscalYearStartMonth(4);
    QCOMPARE(settings.fiscalYearStartMonth(), 4);
    QCOMPARE(validationField([&] { settings.setFiscalYearStartMonth(0); }),
             QStringLiteral("fiscal year start month"));
    QCOMPARE(validationField([&] { settings.setFiscalYearStartMonth(13); }),
             QStringLiteral("fiscal year start month"));
    QCOMPARE(settings.fiscalYearStartMonth(), 4);

    settings.setValue(QStringLiteral("custom"), QStringLiteral("one"));
    settings.setValue(QStringLiteral("custom"), QStringLiteral("two"));
    QCOMPARE(settings.value(QStringLiteral("custom")), QStringLiteral("two"));

    QCOMPARE(validationField([&] { settings.setReportingCurrency(QStringLiteral("EUE")); }),
             QStringLiteral("reporting currency"));
    QCOMPARE(settings.reportingCurrency(), QStringLiteral("EUR"));
    settings.setReportingCurrency(QStringLiteral("USD"));
    QCOMPARE(settings.reportingCurrency(), QStringLiteral("USD"));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
