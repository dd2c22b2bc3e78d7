// SPDX-License-Identifier: GPL-3.0-or-later
// Values stored by key and shown in the interface language: cost line units (domain/unit.h) and
// the built-in alert rules (AlertRule::builtIn), from a fresh database and from a file an older
// version wrote.
#include <map>

#include <QFile>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "alerts/alertstore.h"
#include "domain/unit.h"
#include "storage/budgetrepository.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "testdatabase.h"

using namespace costboard;
using namespace costboard::test;

class TestKeyedValues : public QObject
{
    Q_OBJECT

private slots:
    void knownSpellingsTakeTheirKey_data();
    void knownSpellingsTakeTheirKey();
    void everyKeyIsItsOwnSpelling();
    void theRepositoryStoresKeys();
    void defaultRulesAreKeyedAndNameless();
    void oldFilesTakeKeys();
};

void TestKeyedValues::knownSpellingsTakeTheirKey_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    const auto row = [](const char *name, const char *typed, const char *stored) {
        QTest::newRow(name) << QString::fromUtf8(typed) << QString::fromUtf8(stored);
    };
    row("English plural", "requests", "request");
    row("English singular, capital", "Request", "request");
    row("French plural", "requêtes", "request");
    row("French, capitals and spaces", "  Requêtes ", "request");
    row("GPU-hours as the demo wrote them", "GPU-hours", "gpu_hour");
    row("heures GPU", "heures GPU", "gpu_hour");
    row("person-days", "person-days", "person_day");
    row("jours-homme", "jours-homme", "person_day");
    row("tokens", "tokens", "token");
    row("jetons", "jetons", "token");
    row("AWS hours", "Hrs", "hour");
    row("Azure hour", "1 Hour", "hour");
    row("gigabytes", "GB", "gigabyte");
    // Units whose quantity is counted otherwise are someone's data: kept as typed.
    row("thousands of tokens", "1K Tokens", "1K Tokens");
    row("PTU-hours", "PTU-Hours", "PTU-Hours");
    row("GB-month", "GB-Mo", "GB-Mo");
    row("free text", "  pages scannées ", "pages scannées");
    row("empty", "", "");
}

void TestKeyedValues::knownSpellingsTakeTheirKey()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QCOMPARE(units::canonical(typed), stored);
    QCOMPARE(units::isKnownKey(stored), units::knownKeys().contains(stored));
    // Stored once, stored the same again.
    QCOMPARE(units::canonical(stored), stored);
}

void TestKeyedValues::everyKeyIsItsOwnSpelling()
{
    const QStringList keys = units::knownKeys();
    QVERIFY(keys.size() >= 10);
    for (const QString &key : keys) {
        QCOMPARE(units::canonical(key), key);
        QCOMPARE(units::canonical(key.toUpper()), key);
        // No translator here: the names are the English sources, never the key itself.
        QVERIFY2(units::name(key) != key, qPrintable(key));
    }
    QCOMPARE(units::name(QStringLiteral("PTU-Hours")), QStringLiteral("PTU-Hours"));
    QCOMPARE(units::quantityLabel(3, QStringLiteral("PTU-Hours"), QLocale(QLocale::English)),
             QStringLiteral("3 PTU-Hours"));
    QCOMPARE(units::quantityLabel(2.5, QString(), QLocale(QLocale::English)), QStringLiteral("2.5"));
}

void TestKeyedValues::theRepositoryStoresKeys()
{
    const auto database = openTestDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("SUP")));
    CostLineRepository lines(*database);

    CostLine line = makeLine(project);
    line.quantity = 1.5;
    line.unit = QStringLiteral("requêtes");
    const CostLineId typedInFrench = lines.add(line);
    QCOMPARE(lines.find(typedInFrench)->unit, QStringLiteral("request"));

    line.unit = QStringLiteral("1K Tokens");
    const CostLineId free = lines.add(line);
    QCOMPARE(lines.find(free)->unit, QStringLiteral("1K Tokens"));

    // An edit goes through the same door, and so does a batch (imports, the demo).
    CostLine edited = *lines.find(free);
    edited.unit = QStringLiteral("GPU-hours");
    lines.update(edited);
    QCOMPARE(lines.find(free)->unit, QStringLiteral("gpu_hour"));
    line.unit = QStringLiteral("Jetons");
    line.externalRef = QStringLiteral("batch-1");
    QCOMPARE(lines.addAll({ line }).inserted, 1);
    QCOMPARE(
        queryRows(*database, QStringLiteral("SELECT unit FROM cost_lines ORDER BY id")),
        (QStringList { QStringLiteral("request"), QStringLiteral("gpu_hour"), QStringLiteral("token") }));
}

void TestKeyedValues::defaultRulesAreKeyedAndNameless()
{
    const auto database = openTestDatabase();
    const ProjectId project = ProjectRepository(*database).create(makeProject(QStringLiteral("SUP")));
    BudgetRepository(*database).set(makeBudget(project, PeriodKind::Quarter, QDate(2026, 10, 1), 1'000'000));
    AlertStore store(*database);
    QCOMPARE(store.ensureDefaultRules(), 4);

    std::map<BuiltInRule, AlertRule> byKey;
    for (const AlertRule &rule : store.rules()) {
        QVERIFY(rule.builtIn);
        QVERIFY2(rule.name.isEmpty(), qPrintable(rule.name));
        QVERIFY(rule.hasDefaultName());
        byKey[*rule.builtIn] = rule;
    }
    QCOMPARE(byKey.size(), std::size_t(4));
    QCOMPARE(qint64(byKey.at(BuiltInRule::BudgetWarning).threshold), qint64(8'000));
    QCOMPARE(qint64(byKey.at(BuiltInRule::BudgetExceeded).threshold), qint64(10'000));
    QVERIFY(byKey.at(BuiltInRule::ForecastOverBudget).kind == AlertKind::Forecast);
    QVERIFY(byKey.at(BuiltInRule::WeeklySpike).kind == AlertKind::Spike);
    QCOMPARE(queryRows(*database, QStringLiteral("SELECT DISTINCT builtin_key FROM alert_rules ORDER BY 1")),
             (QStringList { QStringLiteral("budget-exceeded"), QStringLiteral("budget-warning"),
                            QStringLiteral("forecast-over-budget"), QStringLiteral("weekly-spike") }));

    // Renamed by the user, a rule is still the built-in one: nothing is created again.
    AlertRule renamed = byKey.at(BuiltInRule::BudgetExceeded);
    renamed.name = QStringLiteral("Support over budget");
    store.updateRule(renamed);
    QCOMPARE(store.ensureDefaultRules(), 0);
    const AlertRule stored = *store.findRule(renamed.id);
    QVERIFY(stored.builtIn == BuiltInRule::BudgetExceeded);
    QCOMPARE(stored.name, QStringLiteral("Support over budget"));
    QVERIFY(!stored.hasDefaultName());

    // A custom rule still needs a name.
    AlertRule custom;
    custom.projectId = project;
    QCOMPARE(validationField([&] { store.validate(custom); }), QStringLiteral("name"));
}

void TestKeyedValues::oldFilesTakeKeys()
{
    // The previous release's file (tests/fixtures/README.md), given what versions before this one
    // wrote: default rules named in English (one renamed since), a custom rule, and units typed in
    // both languages.
    const QString fixture = QFINDTESTDATA("../fixtures/schema-v3.sqlite");
    QVERIFY2(!fixture.isEmpty(), "tests/fixtures/schema-v3.sqlite is missing");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("previous-release.costboard"));
    QVERIFY(QFile::copy(fixture, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QString columns
        = QStringLiteral("INSERT INTO alert_rules (name, kind, project_id, threshold, trailing_weeks,"
                         " severity, built_in, created_at, updated_at) VALUES ");
    const QString stamp = QStringLiteral("'2026-11-30T10:00:00Z', '2026-11-30T10:00:00Z')");
    QVERIFY(rawExec(
        path,
        {
            columns
                + QStringLiteral(
                    "('SUP: 80% of budget consumed', 'budget-consumed', 1, 8000, 4, 'warning', 1, ")
                + stamp,
            columns
                + QStringLiteral("('SUP: Budget exceeded', 'budget-consumed', 1, 10000, 4, 'critical', 1, ")
                + stamp,
            columns + QStringLiteral("('Legal: forecast watch', 'forecast', 3, 10000, 4, 'warning', 1, ")
                + stamp,
            columns
                + QStringLiteral(
                    "('Portfolio: Budget exceeded', 'budget-consumed', NULL, 10000, 4, 'critical', 1, ")
                + stamp,
            columns + QStringLiteral("('CLM: weekly spike', 'spike', 7, 300, 4, 'warning', 1, ") + stamp,
            columns + QStringLiteral("('SUP: Budget exceeded', 'weekly-spend', 1, 500000, 4, 'info', 0, ")
                + stamp,
            QStringLiteral("UPDATE cost_lines SET unit = 'requêtes' WHERE id IN (SELECT id FROM cost_lines "
                           "WHERE unit = 'tokens' LIMIT 3)"),
            QStringLiteral("UPDATE cost_lines SET unit = 'Heures GPU' WHERE id IN (SELECT id FROM cost_lines "
                           "WHERE unit = 'GPU-hours' LIMIT 2)"),
            QStringLiteral("UPDATE cost_lines SET unit = '1K tokens' WHERE id IN (SELECT id FROM cost_lines "
                           "WHERE unit = 'tokens' LIMIT 5)"),
        }));

    const auto database = Database::openSqlite(path);
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(queryRows(*database,
                       QStringLiteral("SELECT unit, COUNT(*) FROM cost_lines GROUP BY unit ORDER BY unit")),
             (QStringList { QStringLiteral("|1146"), QStringLiteral("1K tokens|5"),
                            QStringLiteral("gpu_hour|27"), QStringLiteral("person_day|198"),
                            QStringLiteral("request|3"), QStringLiteral("token|1621") }));
    QCOMPARE(queryRows(*database,
                       QStringLiteral("SELECT name, builtin_key, built_in FROM alert_rules ORDER BY id")),
             (QStringList { QStringLiteral("|budget-warning|1"), QStringLiteral("|budget-exceeded|1"),
                            QStringLiteral("Legal: forecast watch|forecast-over-budget|1"),
                            QStringLiteral("|budget-exceeded|1"), QStringLiteral("|weekly-spike|1"),
                            QStringLiteral("SUP: Budget exceeded|NULL|0") }));

    // The default set recognises its rules by key: the ones there are not made again.
    AlertStore store(*database);
    const qsizetype before = store.rules().size();
    const int created = store.ensureDefaultRules();
    const QList<AlertRule> after = store.rules();
    QCOMPARE(after.size(), before + created);
    QHash<QString, int> perScopeAndKey;
    for (const AlertRule &rule : after) {
        if (rule.builtIn)
            ++perScopeAndKey
                [QStringLiteral("%1/%2").arg(rule.projectId.value_or(0)).arg(toKey(*rule.builtIn))];
    }
    for (auto it = perScopeAndKey.cbegin(); it != perScopeAndKey.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    QVERIFY(perScopeAndKey.contains(QStringLiteral("1/budget-warning")));
    QVERIFY(perScopeAndKey.contains(QStringLiteral("0/budget-exceeded")));
}

QTEST_GUILESS_MAIN(TestKeyedValues)
#include "tst_keyedvalues.moc"
