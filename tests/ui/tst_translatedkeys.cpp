// SPDX-License-Identifier: GPL-3.0-or-later
// Values stored by key read in the interface language, and follow it when it changes: cost line
// units and the names of built-in alert rules. Uses the shipped catalogues (:/i18n).
#include <memory>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include "../core/testdatabase.h"
#include "alerts/alertstore.h"
#include "dialogs/alertruledialog.h"
#include "dialogs/costlinedialog.h"
#include "domain/unit.h"
#include "labels.h"
#include "models/alertrulesmodel.h"
#include "storage/budgetrepository.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "workspace.h"

using namespace costboard;
using namespace costboard::test;
using namespace costboard::render;

namespace {

// Spaces as a French locale writes them (narrow or plain no-break) made plain, to compare.
QString plain(QString text)
{
    return text.replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' ');
}

} // namespace

class TestTranslatedKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CostBoardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translatedkeys"));
    }

    void init()
    {
        m_workspace = std::make_unique<ui::Workspace>(Database::openSqlite(QStringLiteral(":memory:")));
        ProjectRepository projects(m_workspace->database());
        m_project = projects.create(makeProject(QStringLiteral("SUP"), QStringLiteral("Support assistant")));
    }

    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_translator);
        m_workspace.reset();
    }

    void unitsReadInEitherLanguage()
    {
        useLanguage(QStringLiteral("fr"));
        const QLocale french;
        QCOMPARE(plain(quantityLabel(1.5, QStringLiteral("request"), french)), QStringLiteral("1,5 requête"));
        QCOMPARE(plain(quantityLabel(2, QStringLiteral("request"), french)), QStringLiteral("2 requêtes"));
        QCOMPARE(plain(quantityLabel(12000, QStringLiteral("token"), french)),
                 QStringLiteral("12 000 jetons"));
        QCOMPARE(plain(quantityLabel(1, QStringLiteral("gpu_hour"), french)), QStringLiteral("1 heure GPU"));
        QCOMPARE(plain(quantityLabel(12.5, QStringLiteral("person_day"), french)),
                 QStringLiteral("12,5 jours-homme"));
        QCOMPARE(unitName(QStringLiteral("gpu_hour")), QStringLiteral("heures GPU"));
        // A free unit stays as typed, in any language.
        QCOMPARE(plain(quantityLabel(3, QStringLiteral("PTU-Hours"), french)), QStringLiteral("3 PTU-Hours"));
        QCOMPARE(unitName(QStringLiteral("1K Tokens")), QStringLiteral("1K Tokens"));

        useLanguage(QStringLiteral("en"));
        const QLocale english;
        QCOMPARE(quantityLabel(1.5, QStringLiteral("request"), english), QStringLiteral("1.5 requests"));
        QCOMPARE(quantityLabel(1, QStringLiteral("request"), english), QStringLiteral("1 request"));
        QCOMPARE(quantityLabel(0.5, QStringLiteral("hour"), english), QStringLiteral("0.5 hours"));
        QCOMPARE(quantityLabel(12000, QStringLiteral("token"), english), QStringLiteral("12,000 tokens"));
        QCOMPARE(quantityLabel(2, QStringLiteral("gpu_hour"), english), QStringLiteral("2 GPU-hours"));
        QCOMPARE(unitName(QStringLiteral("gpu_hour")), QStringLiteral("GPU-hours"));
        QCOMPARE(quantityLabel(3, QStringLiteral("PTU-Hours"), english), QStringLiteral("3 PTU-Hours"));
    }

    void theCostLineFormStoresKeys()
    {
        useLanguage(QStringLiteral("fr"));
        CostLine line = makeLine(m_project);
        line.quantity = 1.5;
        line.unit = QStringLiteral("gpu_hour");
        {
            // A key shows as its name in the interface language and comes back as the key.
            ui::CostLineDialog dialog(*m_workspace, line);
            QCOMPARE(dialog.unitCombo()->currentText(), QStringLiteral("heures GPU"));
            QCOMPARE(dialog.line().unit, QStringLiteral("gpu_hour"));
            // Typed in either language, a known unit is its key.
            dialog.unitCombo()->setCurrentText(QStringLiteral("requêtes"));
            QCOMPARE(dialog.line().unit, QStringLiteral("request"));
            dialog.unitCombo()->setCurrentText(QStringLiteral("Requests"));
            QCOMPARE(dialog.line().unit, QStringLiteral("request"));
            dialog.unitCombo()->setCurrentIndex(dialog.unitCombo()->findData(QStringLiteral("token")));
            QCOMPARE(dialog.unitCombo()->currentText(), QStringLiteral("jetons"));
            QCOMPARE(dialog.line().unit, QStringLiteral("token"));
            // Anything else is kept as typed.
            dialog.unitCombo()->setCurrentText(QStringLiteral("1K tokens"));
            QCOMPARE(dialog.line().unit, QStringLiteral("1K tokens"));
        }
        useLanguage(QStringLiteral("en"));
        line.unit = QStringLiteral("request");
        ui::CostLineDialog dialog(*m_workspace, line);
        QCOMPARE(dialog.unitCombo()->currentText(), QStringLiteral("requests"));
        QCOMPARE(dialog.line().unit, QStringLiteral("request"));
        line.unit = QStringLiteral("PTU-Hours");
        ui::CostLineDialog freeUnit(*m_workspace, line);
        QCOMPARE(freeUnit.unitCombo()->currentText(), QStringLiteral("PTU-Hours"));
        QCOMPARE(freeUnit.line().unit, QStringLiteral("PTU-Hours"));
    }

    void builtInRuleNamesFollowTheLanguage()
    {
        Database &database = m_workspace->database();
        BudgetRepository(database).set(
            makeBudget(m_project, PeriodKind::Quarter, QDate(2026, 10, 1), 1'000'000));
        BudgetRepository(database).set(
            makeBudget(std::nullopt, PeriodKind::Quarter, QDate(2026, 10, 1), 2'000'000));
        AlertStore store(database);
        store.ensureDefaultRules();
        const QList<Project> projects = ProjectRepository(database).list(true);
        ui::AlertRulesModel model;
        model.setRules(store.rules(), projects, QStringLiteral("EUR"));
        const auto nameOf = [&](BuiltInRule which, bool portfolio) {
            for (int row = 0; row < model.rowCount(); ++row) {
                const AlertRule &rule = model.ruleAt(row);
                if (rule.builtIn == which && rule.projectId.has_value() != portfolio)
                    return plain(model.index(row, ui::AlertRulesModel::NameColumn).data().toString());
            }
            return QStringLiteral("<none>");
        };

        useLanguage(QStringLiteral("fr"));
        QCOMPARE(nameOf(BuiltInRule::BudgetExceeded, false), QStringLiteral("SUP : Budget dépassé"));
        QCOMPARE(nameOf(BuiltInRule::WeeklySpike, false), QStringLiteral("SUP : pic hebdomadaire"));
        QCOMPARE(nameOf(BuiltInRule::ForecastOverBudget, true),
                 QStringLiteral("Portefeuille : Prévision au-dessus du budget"));
        // Switching the language on the fly: the same rows, read again, in English.
        useLanguage(QStringLiteral("en"));
        QCOMPARE(nameOf(BuiltInRule::BudgetExceeded, false), QStringLiteral("SUP: Budget exceeded"));
        QCOMPARE(nameOf(BuiltInRule::ForecastOverBudget, true),
                 QStringLiteral("Portfolio: Forecast over budget"));

        // A rule the user renamed keeps the name, in both languages; the others keep theirs.
        AlertRule renamed;
        for (const AlertRule &rule : store.rules()) {
            if (rule.builtIn == BuiltInRule::BudgetWarning && rule.projectId)
                renamed = rule;
        }
        QVERIFY(renamed.id != 0);
        renamed.name = QStringLiteral("Support: early warning");
        store.updateRule(renamed);
        model.setRules(store.rules(), projects, QStringLiteral("EUR"));
        QCOMPARE(nameOf(BuiltInRule::BudgetWarning, false), QStringLiteral("Support: early warning"));
        useLanguage(QStringLiteral("fr"));
        QCOMPARE(nameOf(BuiltInRule::BudgetWarning, false), QStringLiteral("Support: early warning"));
        QCOMPARE(nameOf(BuiltInRule::BudgetWarning, true),
                 QStringLiteral("Portefeuille : 80 % du budget consommé"));
    }

    void theRuleFormKeepsADefaultName()
    {
        Database &database = m_workspace->database();
        BudgetRepository(database).set(
            makeBudget(m_project, PeriodKind::Quarter, QDate(2026, 10, 1), 1'000'000));
        AlertStore store(database);
        store.ensureDefaultRules();
        AlertRule exceeded;
        for (const AlertRule &rule : store.rules()) {
            if (rule.builtIn == BuiltInRule::BudgetExceeded)
                exceeded = rule;
        }
        QVERIFY(exceeded.hasDefaultName());
        const QList<Project> projects = ProjectRepository(database).list(true);

        useLanguage(QStringLiteral("fr"));
        ui::AlertRuleDialog dialog(database, exceeded, projects, QStringLiteral("EUR"));
        QCOMPARE(plain(dialog.nameEdit()->text()), QStringLiteral("SUP : Budget dépassé"));
        // Saved as shown, the name stays the default one: English for an English interface later.
        QVERIFY(dialog.rule().name.isEmpty());
        QVERIFY(dialog.rule().hasDefaultName());
        dialog.nameEdit()->setText(QStringLiteral("SUP : seuil critique"));
        QCOMPARE(dialog.rule().name, QStringLiteral("SUP : seuil critique"));
    }

private:
    void useLanguage(const QString &language)
    {
        QCoreApplication::removeTranslator(&m_translator);
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/costboard_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(language == QLatin1String("fr")
                                ? QLocale(QLocale::French, QLocale::France)
                                : QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    QTranslator m_translator;
    std::unique_ptr<ui::Workspace> m_workspace;
    ProjectId m_project = 0;
};

QTEST_MAIN(TestTranslatedKeys)
#include "tst_translatedkeys.moc"
