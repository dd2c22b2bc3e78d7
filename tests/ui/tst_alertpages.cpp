// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "commands/alertcommands.h"
#include "demo/demoportfolio.h"
#include "dialogs/alertruledialog.h"
#include "domain/money.h"
#include "errors.h"
#include "labels.h"
#include "models/alertrulesmodel.h"
#include "models/alertsmodel.h"
#include "pages/alertcentrepage.h"
#include "pages/alertrulespage.h"
#include "settings/language.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "widgets/alertbanner.h"
#include "workspace.h"

using namespace costboard;
using ui::AlertRuleDialog;
using ui::AlertRulesModel;
using ui::AlertsModel;

namespace {

const IsoWeek demoWeek(2026, 48);
const QString actorName = QStringLiteral("Committee secretary");

// French groups with U+202F (Qt 6) or U+00A0: compare text with plain spaces.
QString normalised(QString text)
{
    text.replace(QChar(0x202F), u' ');
    text.replace(QChar(0x00A0), u' ');
    return text;
}

Alert makeAlert(AlertSeverity severity, AlertState state)
{
    Alert alert;
    alert.severity = severity;
    alert.state = state;
    return alert;
}

void flushDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

int indexOfData(const QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index < 0)
        qWarning("no item with data %s", qPrintable(data.toString()));
    return index;
}

} // namespace

class TestAlertPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void demoRaisesTheAlertsThePagesShow();
    void rulesModelPassesTheTester();
    void alertsModelPassesTheTester();
    void thresholdsShowInTheirUnit_data();
    void thresholdsShowInTheirUnit();
    void rulesModelShowsScopeSeverityAndOrigin();

    void createEditToggleDeleteThroughThePageWithUndoRedo();
    void commandsFollowRulesRecreatedByUndo();
    void enabledCheckBoxIsAnUndoableCommand();
    void builtInRulesCannotBeDeleted();
    void editingABuiltInThresholdKeepsItDisabled();
    void editingABuiltInNameStaysInPlace();
    void editingADisabledBuiltInKeepsItsCopyDisabled();

    void dialogThresholdEditorFollowsTheKind();
    void dialogValidatesAsYouType();
    void dialogKeepsTheRulesThresholdAcrossAKindSlip();
    void dialogShowsStoreErrorsByField();

    void sentencesAreRenderedInTheInterfaceLanguage_data();
    void sentencesAreRenderedInTheInterfaceLanguage();
    void acknowledgeWritesStateNoteAndAudit();
    void acknowledgeNeedsANote();
    void acknowledgingSeveralKeepsTheirNotes();
    void onlyShownAlertsAreMarkedRead();
    void filters();
    void unreadCountClearsWhenThePageIsShown();
    void viewOnlySessionMarksNothingRead();
    void showOnDashboardCarriesTheScope();

    void bannerTextAndVisibility_data();
    void bannerTextAndVisibility();
    void bannerFollowsTheWorkspace();

private:
    std::unique_ptr<ui::Workspace> openWorkspace(const QString &path);
    ProjectId projectId(const QString &code) const;
    std::optional<Alert> alertOf(AlertKind kind, const QString &code) const;
    std::optional<AlertRule> ruleNamed(const QString &name) const;
    QList<AlertRule> rules() const { return AlertStore(m_workspace->database()).rules(); }

    QTemporaryDir m_directory;
    QString m_demoPath;
    int m_copies = 0;
    std::unique_ptr<ui::Workspace> m_workspace;
    // The English catalogue carries the plural forms ("1 warning", "3 warnings"), as in the app.
    std::unique_ptr<Translators> m_translators;
};

void TestAlertPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CostBoardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_alertpages"));
    m_translators = std::make_unique<Translators>(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    AuditLog::setActor(actorName);
    QVERIFY(m_directory.isValid());
    m_demoPath = m_directory.filePath(QStringLiteral("demo.sqlite"));
    auto database = Database::openSqlite(m_demoPath);
    DemoOptions options;
    options.weeks = 26;
    options.lines = 3000;
    options.lastWeek = demoWeek;
    generateDemoPortfolio(*database, options);
}

std::unique_ptr<ui::Workspace> TestAlertPages::openWorkspace(const QString &path)
{
    auto workspace = std::make_unique<ui::Workspace>(Database::openSqlite(path));
    workspace->setAlertWeek(demoWeek);
    // What the application does at start-up: the default rules, then a first evaluation.
    workspace->evaluateAlerts();
    return workspace;
}

void TestAlertPages::init()
{
    // Each test edits its own copy of the demo database.
    const QString path = m_directory.filePath(QStringLiteral("work-%1.sqlite").arg(++m_copies));
    QVERIFY(QFile::copy(m_demoPath, path));
    m_workspace = openWorkspace(path);
}

void TestAlertPages::cleanup()
{
    // Dialogs and message boxes left open by a test (they are window-modal, never exec()'d).
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            delete widget;
    }
    m_workspace.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

ProjectId TestAlertPages::projectId(const QString &code) const
{
    const std::optional<Project> project = ProjectRepository(m_workspace->database()).findByCode(code);
    if (!project)
        qWarning("no project %s", qPrintable(code));
    return project ? project->id : 0;
}

std::optional<Alert> TestAlertPages::alertOf(AlertKind kind, const QString &code) const
{
    const ProjectId id = projectId(code);
    for (const Alert &alert : AlertStore(m_workspace->database()).alerts()) {
        if (alert.kind == kind && alert.projectId == id)
            return alert;
    }
    return std::nullopt;
}

std::optional<AlertRule> TestAlertPages::ruleNamed(const QString &name) const
{
    // By the name the rules page shows: built-in rules keep their default names from their keys.
    QHash<ProjectId, QString> codes;
    for (const Project &project : ProjectRepository(m_workspace->database()).list(true))
        codes.insert(project.id, project.code);
    for (const AlertRule &rule : rules()) {
        if (ui::alertRuleName(rule, codes.value(rule.projectId.value_or(0))) == name)
            return rule;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Models

void TestAlertPages::demoRaisesTheAlertsThePagesShow()
{
    // The stories the demo is built to tell; the other tests rely on them.
    const std::optional<Alert> budget = alertOf(AlertKind::BudgetConsumed, QStringLiteral("SUP"));
    QVERIFY(budget);
    QCOMPARE(budget->severity, AlertSeverity::Critical);
    QCOMPARE(budget->state, AlertState::Open);
    const std::optional<Alert> forecast = alertOf(AlertKind::Forecast, QStringLiteral("LEG"));
    QVERIFY(forecast);
    QCOMPARE(forecast->severity, AlertSeverity::Warning);
    const std::optional<Alert> spike = alertOf(AlertKind::Spike, QStringLiteral("CLM"));
    QVERIFY(spike);
    QCOMPARE(spike->severity, AlertSeverity::Warning);

    ui::AlertCentrePage page(*m_workspace);
    QCOMPARE(page.model()->rowCount(), int(m_workspace->lastEvaluation().open.size()));
    QVERIFY(page.model()->rowOf(budget->id) >= 0);
    QVERIFY(page.model()->rowOf(spike->id) >= 0);
}

void TestAlertPages::rulesModelPassesTheTester()
{
    AlertRulesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(AlertRulesModel::SortRole);
    proxy.sort(AlertRulesModel::ScopeColumn);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QList<Project> projects = ProjectRepository(m_workspace->database()).list();
    QList<AlertRule> list = rules();
    QVERIFY(list.size() > 10);
    model.setRules(list, projects, QStringLiteral("EUR"));
    QCOMPARE(model.rowCount(), int(list.size()));

    // The same rules again, one of them changed: rows stay, only data changes.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    list[0].enabled = !list[0].enabled;
    model.setRules(list, projects, QStringLiteral("EUR"));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.index(0, AlertRulesModel::EnabledColumn).data(Qt::CheckStateRole).toInt(),
             int(list[0].enabled ? Qt::Checked : Qt::Unchecked));

    // Fewer rules: a reset.
    list.removeLast();
    model.setRules(list, projects, QStringLiteral("EUR"));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), int(list.size()));

    // The check box asks; with nobody listening nothing changes and setData says so.
    QSignalSpy requests(&model, &AlertRulesModel::enabledChangeRequested);
    const QModelIndex check = model.index(1, AlertRulesModel::EnabledColumn);
    QVERIFY(model.flags(check).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!model.flags(model.index(1, AlertRulesModel::NameColumn)).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(check, list[1].enabled ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).at(0).value<AlertRuleId>(), list[1].id);
    QCOMPARE(requests.at(0).at(1).toBool(), !list[1].enabled);
    QVERIFY(!model.setData(model.index(1, AlertRulesModel::NameColumn), QStringLiteral("x"), Qt::EditRole));

    model.setRules({}, {}, QStringLiteral("EUR"));
    QCOMPARE(model.rowCount(), 0);
}

void TestAlertPages::alertsModelPassesTheTester()
{
    AlertsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(AlertsModel::SortRole);
    proxy.sort(AlertsModel::SeverityColumn, Qt::DescendingOrder);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QHash<ProjectId, QString> names;
    for (const Project &project : ProjectRepository(m_workspace->database()).list())
        names.insert(project.id, project.name);
    const QList<Alert> alerts = AlertStore(m_workspace->database()).alerts();
    QCOMPARE(alerts.size(), 4);
    model.setAlerts(alerts, names);
    QCOMPARE(model.rowCount(), 4);
    // Critical first when sorted by severity.
    QCOMPARE(proxy.index(0, AlertsModel::SeverityColumn).data().toString(), QStringLiteral("Critical"));
    QVERIFY(proxy.index(0, AlertsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull()
            == false);
    const int row = model.rowOf(alertOf(AlertKind::BudgetConsumed, QStringLiteral("SUP"))->id);
    QCOMPARE(model.index(row, AlertsModel::ProjectColumn).data().toString(),
             QStringLiteral("Assistant support client"));
    QCOMPARE(model.index(row, AlertsModel::StateColumn).data().toString(), QStringLiteral("Open"));
    QCOMPARE(model.index(row, AlertsModel::WeekColumn).data().toString(), QStringLiteral("2026-W48"));
    QVERIFY(!model.index(row, AlertsModel::FiredColumn).data().toString().isEmpty());
    QVERIFY(model.index(row, AlertsModel::AcknowledgementColumn).data().toString().isEmpty());

    model.setAlerts({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestAlertPages::thresholdsShowInTheirUnit_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");

    QTest::newRow("budget 80 %") << int(AlertKind::BudgetConsumed) << qint64(8000) << 4
                                 << QStringLiteral("80%") << QStringLiteral("80 %");
    QTest::newRow("forecast 102.5 %") << int(AlertKind::Forecast) << qint64(10250) << 4
                                      << QStringLiteral("102.5%") << QStringLiteral("102,5 %");
    QTest::newRow("growth 1,250 %") << int(AlertKind::WeekOverWeek) << qint64(125000) << 4
                                    << QStringLiteral("1,250%") << QStringLiteral("1 250 %");
    QTest::newRow("weekly €5,000") << int(AlertKind::WeeklySpend) << qint64(500000) << 4
                                   << QStringLiteral("€5,000") << QStringLiteral("5 000 €");
    QTest::newRow("weekly with cents") << int(AlertKind::WeeklySpend) << qint64(500050) << 4
                                       << QStringLiteral("€5,000.50") << QStringLiteral("5 000,50 €");
    QTest::newRow("spike 3 x") << int(AlertKind::Spike) << qint64(300) << 4
                               << QStringLiteral("3.0 × over 4 weeks")
                               << QStringLiteral("3,0 × over 4 weeks");
    QTest::newRow("spike 2.25 x") << int(AlertKind::Spike) << qint64(225) << 8
                                  << QStringLiteral("2.25 × over 8 weeks")
                                  << QStringLiteral("2,25 × over 8 weeks");
}

void TestAlertPages::thresholdsShowInTheirUnit()
{
    QFETCH(int, kind);
    QFETCH(qint64, threshold);
    QFETCH(int, weeks);
    QFETCH(QString, english);
    QFETCH(QString, french);
    AlertRule rule;
    rule.kind = static_cast<AlertKind>(kind);
    rule.threshold = threshold;
    rule.trailingWeeks = weeks;
    const QString currency = QStringLiteral("EUR");
    QCOMPARE(
        normalised(ui::alertThresholdText(rule, currency, QLocale(QLocale::English, QLocale::UnitedStates))),
        english);
    QCOMPARE(normalised(ui::alertThresholdText(rule, currency, QLocale(QLocale::French, QLocale::France))),
             french);
}

void TestAlertPages::rulesModelShowsScopeSeverityAndOrigin()
{
    ui::AlertRulesPage page(*m_workspace);
    const AlertRulesModel *model = page.model();
    const auto cell = [&](const QString &name, int column, int role = Qt::DisplayRole) {
        return model->index(model->rowOf(ruleNamed(name)->id), column).data(role);
    };
    QCOMPARE(cell(QStringLiteral("SUP: Budget exceeded"), AlertRulesModel::ScopeColumn).toString(),
             QStringLiteral("Assistant support client"));
    QCOMPARE(cell(QStringLiteral("SUP: Budget exceeded"), AlertRulesModel::KindColumn).toString(),
             QStringLiteral("Budget consumed"));
    QCOMPARE(cell(QStringLiteral("SUP: Budget exceeded"), AlertRulesModel::ThresholdColumn).toString(),
             QStringLiteral("100%"));
    QCOMPARE(cell(QStringLiteral("SUP: Budget exceeded"), AlertRulesModel::SeverityColumn).toString(),
             QStringLiteral("Critical"));
    QCOMPARE(cell(QStringLiteral("SUP: Budget exceeded"), AlertRulesModel::SeverityColumn, Qt::ForegroundRole)
                 .value<QColor>(),
             ui::alertSeverityTextColour(AlertSeverity::Critical));
    QCOMPARE(cell(QStringLiteral("SUP: Budget exceeded"), AlertRulesModel::BuiltInColumn).toString(),
             QStringLiteral("Built-in"));
    QCOMPARE(cell(QStringLiteral("SUP: Budget exceeded"), AlertRulesModel::EnabledColumn, Qt::CheckStateRole)
                 .toInt(),
             int(Qt::Checked));
    QCOMPARE(cell(QStringLiteral("Portfolio: Budget exceeded"), AlertRulesModel::ScopeColumn).toString(),
             QStringLiteral("Portfolio"));
    QCOMPARE(cell(QStringLiteral("CLM: weekly spike"), AlertRulesModel::ThresholdColumn).toString(),
             QStringLiteral("3.0 × over 4 weeks"));

    AlertRule custom;
    custom.name = QStringLiteral("Portfolio inference");
    custom.kind = AlertKind::WeeklySpend;
    custom.threshold = 1'000'000;
    custom.category = CostCategory::Inference;
    custom.severity = AlertSeverity::Info;
    const AlertRuleId portfolioCategory = AlertStore(m_workspace->database()).createRule(custom);
    custom.name = QStringLiteral("SUP inference");
    custom.projectId = projectId(QStringLiteral("SUP"));
    const AlertRuleId projectCategory = AlertStore(m_workspace->database()).createRule(custom);
    page.refresh();
    QCOMPARE(model->index(model->rowOf(portfolioCategory), AlertRulesModel::ScopeColumn).data().toString(),
             QStringLiteral("All projects · Inference"));
    QCOMPARE(model->index(model->rowOf(projectCategory), AlertRulesModel::ScopeColumn).data().toString(),
             QStringLiteral("Assistant support client · Inference"));
    QCOMPARE(model->index(model->rowOf(projectCategory), AlertRulesModel::ThresholdColumn).data().toString(),
             QStringLiteral("€10,000"));
    QCOMPARE(model->index(model->rowOf(projectCategory), AlertRulesModel::SeverityColumn).data().toString(),
             QStringLiteral("Info"));
    QCOMPARE(model->index(model->rowOf(projectCategory), AlertRulesModel::BuiltInColumn).data().toString(),
             QStringLiteral("Custom"));
}

// ---------------------------------------------------------------------------------------------
// Rule edits

void TestAlertPages::createEditToggleDeleteThroughThePageWithUndoRedo()
{
    ui::AlertRulesPage page(*m_workspace);
    QUndoStack *stack = m_workspace->undoStack();
    const QList<AlertRule> original = rules();
    const int rowsBefore = page.model()->rowCount();

    // Create.
    QPointer<AlertRuleDialog> dialog = page.newRule();
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled()); // no name yet
    dialog->nameEdit()->setText(QStringLiteral("Inference above 5,000 a week"));
    dialog->kindCombo()->setCurrentIndex(indexOfData(dialog->kindCombo(), int(AlertKind::WeeklySpend)));
    QVERIFY(!dialog->okButton()->isEnabled()); // no amount yet
    dialog->amountEdit()->setText(QStringLiteral("5000"));
    dialog->categoryCombo()->setCurrentIndex(
        indexOfData(dialog->categoryCombo(), int(CostCategory::Inference)));
    dialog->severityCombo()->setCurrentIndex(
        indexOfData(dialog->severityCombo(), int(AlertSeverity::Critical)));
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    flushDeletes();
    QVERIFY(dialog.isNull());
    QCOMPARE(stack->count(), 1);
    QCOMPARE(page.model()->rowCount(), rowsBefore + 1);
    std::optional<AlertRule> created = ruleNamed(QStringLiteral("Inference above 5,000 a week"));
    QVERIFY(created);
    QCOMPARE(created->kind, AlertKind::WeeklySpend);
    QCOMPARE(created->threshold, 500000);
    QCOMPARE(created->category, std::optional(CostCategory::Inference));
    QVERIFY(!created->projectId);
    QCOMPARE(created->severity, AlertSeverity::Critical);
    QVERIFY(created->enabled);
    QVERIFY(!created->builtIn);
    QCOMPARE(page.selectedRule()->id, created->id); // the new rule is selected

    stack->undo();
    QVERIFY(!ruleNamed(QStringLiteral("Inference above 5,000 a week")));
    QCOMPARE(page.model()->rowCount(), rowsBefore);
    stack->redo();
    created = ruleNamed(QStringLiteral("Inference above 5,000 a week"));
    QVERIFY(created);
    QCOMPARE(created->threshold, 500000);

    // Edit the re-created rule.
    QVERIFY(page.selectRule(created->id));
    dialog = page.editSelectedRule();
    QVERIFY(dialog);
    QCOMPARE(dialog->amountEdit()->text(), QStringLiteral("5,000.00"));
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->amountEdit()->setText(QStringLiteral("7 500,50"));
    dialog->okButton()->click();
    flushDeletes();
    QCOMPARE(stack->count(), 2);
    QCOMPARE(AlertStore(m_workspace->database()).findRule(created->id)->threshold, 750050);
    QCOMPARE(page.model()->rule(created->id)->threshold, 750050);
    stack->undo();
    QCOMPARE(AlertStore(m_workspace->database()).findRule(created->id)->threshold, 500000);
    stack->redo();
    QCOMPARE(AlertStore(m_workspace->database()).findRule(created->id)->threshold, 750050);

    // An edit that changes nothing is not worth a line in the history.
    dialog = page.editSelectedRule();
    dialog->okButton()->click();
    flushDeletes();
    QCOMPARE(stack->count(), 2);

    // Disable, enable.
    QVERIFY(page.selectRule(created->id));
    QCOMPARE(page.enableButton()->text(), QStringLiteral("D&isable"));
    page.toggleSelectedEnabled();
    QCOMPARE(stack->count(), 3);
    QVERIFY(!AlertStore(m_workspace->database()).findRule(created->id)->enabled);
    QCOMPARE(page.selectedRule()->id, created->id); // the row stays selected
    QCOMPARE(page.enableButton()->text(), QStringLiteral("En&able"));
    stack->undo();
    QVERIFY(AlertStore(m_workspace->database()).findRule(created->id)->enabled);
    stack->redo();
    QVERIFY(!AlertStore(m_workspace->database()).findRule(created->id)->enabled);

    // Delete (after confirmation); undo brings it back as it was, disabled included.
    QVERIFY(page.selectRule(created->id));
    QVERIFY(page.deleteButton()->isEnabled());
    QPointer<QMessageBox> question = page.deleteSelectedRule();
    QVERIFY(question);
    question->button(QMessageBox::Yes)->click();
    flushDeletes();
    QCOMPARE(stack->count(), 4);
    QVERIFY(!ruleNamed(QStringLiteral("Inference above 5,000 a week")));
    stack->undo();
    const std::optional<AlertRule> restored = ruleNamed(QStringLiteral("Inference above 5,000 a week"));
    QVERIFY(restored);
    QCOMPARE(restored->threshold, 750050);
    QVERIFY(!restored->enabled);
    QCOMPARE(restored->category, std::optional(CostCategory::Inference));
    stack->redo();
    QVERIFY(!ruleNamed(QStringLiteral("Inference above 5,000 a week")));

    // A cancelled question deletes nothing.
    stack->undo();
    QVERIFY(page.selectRule(ruleNamed(QStringLiteral("Inference above 5,000 a week"))->id));
    question = page.deleteSelectedRule();
    question->button(QMessageBox::Cancel)->click();
    flushDeletes();
    QVERIFY(ruleNamed(QStringLiteral("Inference above 5,000 a week")));

    // Back to the start: every command undoes cleanly, in order.
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(rules().size(), original.size());
    for (const AlertRule &rule : original)
        QCOMPARE(AlertStore(m_workspace->database()).findRule(rule.id)->enabled, rule.enabled);
    const QList<AuditEntry> audit
        = AuditLog(m_workspace->database()).entriesFor(QStringLiteral("alert_rule"));
    QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &entry) {
        return entry.action == QStringLiteral("delete") && entry.actor == actorName;
    }));
}

void TestAlertPages::commandsFollowRulesRecreatedByUndo()
{
    QUndoStack *stack = m_workspace->undoStack();
    AlertRule rule;
    rule.name = QStringLiteral("Weekly cap");
    rule.kind = AlertKind::WeeklySpend;
    rule.threshold = 100'000'00;
    auto create = std::make_unique<ui::CreateAlertRuleCommand>(*m_workspace, rule);
    const ui::CreateAlertRuleCommand *creation = create.get();
    ui::executeCommand(*m_workspace, std::move(create));
    const AlertRuleId firstId = creation->ruleId();
    rule.id = firstId;
    ui::executeCommand(*m_workspace,
                       std::make_unique<ui::SetAlertRuleEnabledCommand>(*m_workspace, rule, false));
    AlertRule edited = rule;
    edited.threshold = 200'000'00;
    ui::executeCommand(*m_workspace, std::make_unique<ui::EditAlertRuleCommand>(*m_workspace, rule, edited));
    QCOMPARE(stack->count(), 3);

    stack->undo();
    stack->undo();
    stack->undo();
    QVERIFY(!ruleNamed(QStringLiteral("Weekly cap")));
    stack->redo();
    const AlertRuleId secondId = creation->ruleId();
    QVERIFY(secondId != firstId); // ids are never reused
    stack->redo();
    stack->redo();
    QCOMPARE(stack->count(), 3); // nothing failed, nothing dropped
    const std::optional<AlertRule> now = AlertStore(m_workspace->database()).findRule(secondId);
    QVERIFY(now);
    QVERIFY(!now->enabled);
    QCOMPARE(now->threshold, 200'000'00);
    stack->undo();
    QCOMPARE(AlertStore(m_workspace->database()).findRule(secondId)->threshold, 100'000'00);
}

void TestAlertPages::enabledCheckBoxIsAnUndoableCommand()
{
    ui::AlertRulesPage page(*m_workspace);
    const AlertRule spike = *ruleNamed(QStringLiteral("CLM: weekly spike"));
    QVERIFY(spike.enabled);
    QVERIFY(alertOf(AlertKind::Spike, QStringLiteral("CLM"))->state == AlertState::Open);
    QVERIFY(page.selectRule(spike.id));

    // What the view's delegate does on a click: setData on the proxy.
    const QModelIndex check = page.proxy()->mapFromSource(
        page.model()->index(page.model()->rowOf(spike.id), AlertRulesModel::EnabledColumn));
    QVERIFY(page.proxy()->setData(check, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    QVERIFY(!AlertStore(m_workspace->database()).findRule(spike.id)->enabled);
    QCOMPARE(page.model()
                 ->index(page.model()->rowOf(spike.id), AlertRulesModel::EnabledColumn)
                 .data(Qt::CheckStateRole)
                 .toInt(),
             int(Qt::Unchecked));
    QCOMPARE(page.selectedRule()->id, spike.id);
    // The alert of a disabled rule resolves at the re-evaluation that follows every change.
    QCOMPARE(alertOf(AlertKind::Spike, QStringLiteral("CLM"))->state, AlertState::Resolved);

    m_workspace->undoStack()->undo();
    QVERIFY(AlertStore(m_workspace->database()).findRule(spike.id)->enabled);
    QCOMPARE(page.model()
                 ->index(page.model()->rowOf(spike.id), AlertRulesModel::EnabledColumn)
                 .data(Qt::CheckStateRole)
                 .toInt(),
             int(Qt::Checked));
    QCOMPARE(alertOf(AlertKind::Spike, QStringLiteral("CLM"))->state, AlertState::Open);
    QCOMPARE(m_workspace->undoStack()->undoText(), QString());
    QCOMPARE(m_workspace->undoStack()->redoText(), QStringLiteral("Disable alert rule “CLM: weekly spike”"));
}

void TestAlertPages::builtInRulesCannotBeDeleted()
{
    ui::AlertRulesPage page(*m_workspace);
    const AlertRule builtIn = *ruleNamed(QStringLiteral("SUP: Budget exceeded"));
    QVERIFY(builtIn.builtIn);
    QVERIFY(page.selectRule(builtIn.id));
    QVERIFY(!page.deleteButton()->isEnabled());
    QVERIFY(page.enableButton()->isEnabled());
    QVERIFY(!page.deleteSelectedRule());

    // Not through a command either: refused before anything is written or pushed.
    const qsizetype count = rules().size();
    QVERIFY_THROWS_EXCEPTION(
        ValidationError,
        ui::executeCommand(*m_workspace,
                           std::make_unique<ui::RemoveAlertRuleCommand>(*m_workspace, builtIn)));
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(rules().size(), count);

    // Disabled, it stays disabled and alone: the default rule set does not add it back.
    page.toggleSelectedEnabled();
    m_workspace->notifyDataChanged();
    QCOMPARE(rules().size(), count);
    QVERIFY(!AlertStore(m_workspace->database()).findRule(builtIn.id)->enabled);
}

void TestAlertPages::editingABuiltInThresholdKeepsItDisabled()
{
    ui::AlertRulesPage page(*m_workspace);
    const AlertRule builtIn = *ruleNamed(QStringLiteral("SUP: 80% of budget consumed"));
    const qsizetype count = rules().size();
    QVERIFY(page.selectRule(builtIn.id));
    QPointer<AlertRuleDialog> dialog = page.editSelectedRule();
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("builtInNote"))->isHidden());
    dialog->percentSpin()->setValue(75.0);
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("builtInNote"))->isHidden());
    dialog->nameEdit()->setText(QStringLiteral("SUP: 75 % of budget consumed"));
    dialog->okButton()->click();
    flushDeletes();

    // Re-evaluated after the edit (ensureDefaultRules ran): one rule more, not two.
    QCOMPARE(rules().size(), count + 1);
    const AlertRule kept = *AlertStore(m_workspace->database()).findRule(builtIn.id);
    QVERIFY(kept.builtIn);
    QVERIFY(!kept.enabled);
    QCOMPARE(kept.threshold, 8000);
    const std::optional<AlertRule> custom = ruleNamed(QStringLiteral("SUP: 75 % of budget consumed"));
    QVERIFY(custom);
    QVERIFY(!custom->builtIn);
    QVERIFY(custom->enabled);
    QCOMPARE(custom->threshold, 7500);
    QCOMPARE(custom->projectId, builtIn.projectId);
    QCOMPARE(page.selectedRule()->id, custom->id);

    m_workspace->undoStack()->undo();
    QCOMPARE(rules().size(), count);
    QVERIFY(AlertStore(m_workspace->database()).findRule(builtIn.id)->enabled);
    QVERIFY(!ruleNamed(QStringLiteral("SUP: 75 % of budget consumed")));
    m_workspace->undoStack()->redo();
    QCOMPARE(rules().size(), count + 1);
    QVERIFY(!AlertStore(m_workspace->database()).findRule(builtIn.id)->enabled);
}

void TestAlertPages::editingADisabledBuiltInKeepsItsCopyDisabled()
{
    const AlertRule builtIn = *ruleNamed(QStringLiteral("LEG: 80% of budget consumed"));
    ui::executeCommand(*m_workspace,
                       std::make_unique<ui::SetAlertRuleEnabledCommand>(*m_workspace, builtIn, false));
    AlertRule edited = *AlertStore(m_workspace->database()).findRule(builtIn.id);
    const AlertRule before = edited;
    edited.threshold = 9'000;
    edited.name = QStringLiteral("LEG: 90% of budget consumed");
    auto command = std::make_unique<ui::EditAlertRuleCommand>(*m_workspace, before, edited);
    QVERIFY(command->splitsBuiltInRule());
    ui::executeCommand(*m_workspace, std::move(command));
    // Switched off by the user, it stays off under its new settings: no alert fires from an edit.
    QVERIFY(!ruleNamed(QStringLiteral("LEG: 90% of budget consumed"))->enabled);
    QVERIFY(!AlertStore(m_workspace->database()).findRule(builtIn.id)->enabled);
}

void TestAlertPages::editingABuiltInNameStaysInPlace()
{
    ui::AlertRulesPage page(*m_workspace);
    const AlertRule builtIn = *ruleNamed(QStringLiteral("LEG: Forecast over budget"));
    const qsizetype count = rules().size();
    QVERIFY(page.selectRule(builtIn.id));
    QPointer<AlertRuleDialog> dialog = page.editSelectedRule();
    dialog->nameEdit()->setText(QStringLiteral("Legal: forecast over budget"));
    dialog->severityCombo()->setCurrentIndex(
        indexOfData(dialog->severityCombo(), int(AlertSeverity::Critical)));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("builtInNote"))->isHidden());
    dialog->okButton()->click();
    flushDeletes();
    QCOMPARE(rules().size(), count);
    const AlertRule now = *AlertStore(m_workspace->database()).findRule(builtIn.id);
    QVERIFY(now.builtIn);
    QVERIFY(now.enabled);
    QCOMPARE(now.name, QStringLiteral("Legal: forecast over budget"));
    QCOMPARE(now.severity, AlertSeverity::Critical);
    // The forecast alert escalates with its rule.
    QCOMPARE(alertOf(AlertKind::Forecast, QStringLiteral("LEG"))->severity, AlertSeverity::Critical);
}

// ---------------------------------------------------------------------------------------------
// Dialog

void TestAlertPages::dialogKeepsTheRulesThresholdAcrossAKindSlip()
{
    const AlertRule exceeded = *ruleNamed(QStringLiteral("SUP: Budget exceeded"));
    AlertRuleDialog dialog(m_workspace->database(), exceeded,
                           ProjectRepository(m_workspace->database()).list(), QStringLiteral("EUR"));
    QCOMPARE(dialog.percentSpin()->value(), 100.0);
    dialog.kindCombo()->setCurrentIndex(indexOfData(dialog.kindCombo(), int(AlertKind::WeeklySpend)));
    dialog.kindCombo()->setCurrentIndex(indexOfData(dialog.kindCombo(), int(AlertKind::BudgetConsumed)));
    QCOMPARE(dialog.percentSpin()->value(), 100.0); // not the 80 % a new rule starts at
    QVERIFY(!ui::changesBuiltInIdentity(exceeded, dialog.rule()));
}

void TestAlertPages::dialogThresholdEditorFollowsTheKind()
{
    AlertRuleDialog dialog(m_workspace->database(), AlertRule(),
                           ProjectRepository(m_workspace->database()).list(), QStringLiteral("EUR"));
    const auto showKind = [&](AlertKind kind) {
        dialog.kindCombo()->setCurrentIndex(indexOfData(dialog.kindCombo(), int(kind)));
    };
    QCOMPARE(dialog.kindCombo()->count(), 5);
    QVERIFY(dialog.percentSpin()->isVisibleTo(&dialog));
    QVERIFY(!dialog.amountEdit()->isVisibleTo(&dialog));
    QCOMPARE(dialog.percentSpin()->value(), 80.0);
    QCOMPARE(dialog.percentSpin()->maximum(), 1000.0);

    showKind(AlertKind::WeekOverWeek);
    QVERIFY(dialog.percentSpin()->isVisibleTo(&dialog));
    QCOMPARE(dialog.percentSpin()->maximum(), 10000.0);
    QCOMPARE(dialog.percentSpin()->value(), 80.0); // kept between percentage kinds

    showKind(AlertKind::WeeklySpend);
    QVERIFY(dialog.amountEdit()->isVisibleTo(&dialog));
    QVERIFY(!dialog.percentSpin()->isVisibleTo(&dialog));

    showKind(AlertKind::Spike);
    QVERIFY(dialog.multipleSpin()->isVisibleTo(&dialog));
    QVERIFY(dialog.weeksSpin()->isVisibleTo(&dialog));
    QCOMPARE(dialog.multipleSpin()->minimum(), 1.1);
    QCOMPARE(dialog.multipleSpin()->maximum(), 100.0);
    QCOMPARE(dialog.weeksSpin()->minimum(), 2);
    QCOMPARE(dialog.weeksSpin()->maximum(), 52);
    dialog.multipleSpin()->setValue(2.5);
    dialog.weeksSpin()->setValue(6);
    QCOMPARE(dialog.rule().threshold, 250);
    QCOMPARE(dialog.rule().trailingWeeks, 6);

    showKind(AlertKind::Forecast);
    QCOMPARE(dialog.percentSpin()->value(), 100.0); // a percentage kind after another unit: its default
    dialog.percentSpin()->setValue(102.55);
    QCOMPARE(dialog.rule().threshold, 10255);

    // An existing rule opens on its own editor and values.
    AlertRule spike;
    spike.id = 42;
    spike.name = QStringLiteral("Spike");
    spike.kind = AlertKind::Spike;
    spike.threshold = 450;
    spike.trailingWeeks = 8;
    spike.projectId = projectId(QStringLiteral("CLM"));
    spike.category = CostCategory::FineTuning;
    spike.severity = AlertSeverity::Critical;
    AlertRuleDialog edit(m_workspace->database(), spike, ProjectRepository(m_workspace->database()).list(),
                         QStringLiteral("EUR"));
    QVERIFY(edit.multipleSpin()->isVisibleTo(&edit));
    QCOMPARE(edit.multipleSpin()->value(), 4.5);
    QCOMPARE(edit.weeksSpin()->value(), 8);
    const AlertRule same = edit.rule();
    QCOMPARE(same.id, 42);
    QCOMPARE(same.threshold, 450);
    QCOMPARE(same.trailingWeeks, 8);
    QCOMPARE(same.projectId, spike.projectId);
    QCOMPARE(same.category, spike.category);
    QCOMPARE(same.severity, AlertSeverity::Critical);
    QVERIFY(ui::sameAlertRuleSettings(same, spike));
    QVERIFY(edit.okButton()->isEnabled());
}

void TestAlertPages::dialogValidatesAsYouType()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    AlertRuleDialog dialog(m_workspace->database(), AlertRule(),
                           ProjectRepository(m_workspace->database()).list(), QStringLiteral("EUR"));
    // A new form is quiet: OK disabled, no message yet.
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.errorText(AlertRuleDialog::Field::Name), QString());
    dialog.nameEdit()->setText(QStringLiteral("x"));
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.nameEdit()->clear();
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.errorText(AlertRuleDialog::Field::Name).isEmpty());
    dialog.nameEdit()->setText(QString(121, u'n'));
    QVERIFY(dialog.errorText(AlertRuleDialog::Field::Name).contains(QStringLiteral("120")));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("Weekly cap"));
    QVERIFY(dialog.okButton()->isEnabled());

    dialog.kindCombo()->setCurrentIndex(indexOfData(dialog.kindCombo(), int(AlertKind::WeeklySpend)));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.amountEdit()->setText(QStringLiteral("cinq mille"));
    QVERIFY(!dialog.okButton()->isEnabled());
    const QString message = normalised(dialog.errorText(AlertRuleDialog::Field::Threshold));
    QVERIFY2(message.contains(QStringLiteral("5 000,00")), qPrintable(message)); // the example, in the locale
    dialog.amountEdit()->setText(QStringLiteral("12,345")); // three decimals for euros
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.amountEdit()->setText(QStringLiteral("0"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.errorText(AlertRuleDialog::Field::Threshold).isEmpty());
    dialog.amountEdit()->setText(QStringLiteral("5 000,50"));
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.errorText(AlertRuleDialog::Field::Threshold), QString());
    QCOMPARE(dialog.rule().threshold, 500050);
    dialog.amountEdit()->setText(QStringLiteral("5\u202F000,50")); // as French formatting writes it
    QCOMPARE(dialog.rule().threshold, 500050);

    // A percentage kind needs no amount: the stale amount error goes with the amount editor.
    dialog.amountEdit()->setText(QStringLiteral("?"));
    dialog.kindCombo()->setCurrentIndex(indexOfData(dialog.kindCombo(), int(AlertKind::BudgetConsumed)));
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.errorText(AlertRuleDialog::Field::Threshold), QString());
}

void TestAlertPages::dialogShowsStoreErrorsByField()
{
    // A project chosen in the form and removed before OK: only the store can tell.
    ProjectRepository projects(m_workspace->database());
    Project temporary;
    temporary.code = QStringLiteral("TMP");
    temporary.name = QStringLiteral("Temporary pilot");
    temporary.owner = QStringLiteral("Owner");
    temporary.startDate = QDate(2026, 1, 1);
    const ProjectId temporaryId = projects.create(temporary);

    int submitted = 0;
    QPointer<AlertRuleDialog> dialog
        = new AlertRuleDialog(m_workspace->database(), AlertRule(), projects.list(), QStringLiteral("EUR"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitHandler([&](const AlertRule &) { ++submitted; });
    dialog->open();
    dialog->nameEdit()->setText(QStringLiteral("Pilot budget"));
    dialog->projectCombo()->setCurrentIndex(indexOfData(dialog->projectCombo(), qlonglong(temporaryId)));
    projects.remove(temporaryId);
    dialog->okButton()->click();
    flushDeletes();
    QVERIFY(dialog); // still open
    QCOMPARE(submitted, 0);
    QVERIFY2(dialog->errorText(AlertRuleDialog::Field::Project).contains(QStringLiteral("does not exist")),
             qPrintable(dialog->errorText(AlertRuleDialog::Field::Project)));
    QVERIFY(!dialog->okButton()->isEnabled());
    // Choosing another project clears the refusal.
    dialog->projectCombo()->setCurrentIndex(0);
    QCOMPARE(dialog->errorText(AlertRuleDialog::Field::Project), QString());
    QVERIFY(dialog->okButton()->isEnabled());

    // A refusal from the submit handler without a field shows under the form.
    dialog->setSubmitHandler(
        [](const AlertRule &) { throw ValidationError(QString(), ErrorCode::AlertRuleNoLongerExists); });
    dialog->okButton()->click();
    QVERIFY(dialog);
    QCOMPARE(dialog->errorText(AlertRuleDialog::Field::General),
             QStringLiteral("The alert rule no longer exists."));
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->setSubmitHandler([&](const AlertRule &) { ++submitted; });
    dialog->okButton()->click();
    flushDeletes();
    QVERIFY(!dialog);
    QCOMPARE(submitted, 1);

    QCOMPARE(AlertRuleDialog::fieldFromKey(QStringLiteral("trailing weeks")),
             AlertRuleDialog::Field::TrailingWeeks);
    QCOMPARE(AlertRuleDialog::fieldFromKey(QStringLiteral("threshold")), AlertRuleDialog::Field::Threshold);
    QCOMPARE(AlertRuleDialog::fieldFromKey(QStringLiteral("rule")), AlertRuleDialog::Field::General);
}

// ---------------------------------------------------------------------------------------------
// Alert centre

void TestAlertPages::sentencesAreRenderedInTheInterfaceLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France);
}

void TestAlertPages::sentencesAreRenderedInTheInterfaceLanguage()
{
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    ui::AlertCentrePage page(*m_workspace);
    const AlertsModel *model = page.model();
    const auto money = [&](std::int64_t minor) {
        return normalised(Money(minor, QStringLiteral("EUR")).toShortString(locale));
    };

    const Alert budget = *alertOf(AlertKind::BudgetConsumed, QStringLiteral("SUP"));
    const int row = model->rowOf(budget.id);
    const QString sentence = normalised(model->index(row, AlertsModel::SentenceColumn).data().toString());
    QVERIFY2(sentence.contains(QStringLiteral("Assistant support client")), qPrintable(sentence));
    QVERIFY2(sentence.contains(money(budget.amountMinor)), qPrintable(sentence));
    QVERIFY2(sentence.contains(money(budget.referenceMinor)), qPrintable(sentence));
    const QString percent
        = locale.language() == QLocale::French ? QStringLiteral("103 %") : QStringLiteral("103%");
    QVERIFY2(sentence.contains(percent), qPrintable(sentence));
    // The tooltip holds the whole sentence the column may elide, in the same words.
    QCOMPARE(normalised(model->index(row, AlertsModel::SentenceColumn).data(Qt::ToolTipRole).toString()),
             sentence);
    if (locale.language() == QLocale::French) {
        QVERIFY2(sentence.contains(QRegularExpression(QStringLiteral("\\d{3} \\d{3} €"))),
                 qPrintable(sentence));
        QVERIFY(!sentence.contains(u'€' + QString::number(budget.amountMinor / 100).left(3)));
        // Reworded for the locale, not the stored copy written when the alert fired in English.
        QVERIFY(sentence != normalised(budget.message));
    } else {
        QVERIFY2(sentence.contains(QRegularExpression(QStringLiteral("€\\d{3},\\d{3}"))),
                 qPrintable(sentence));
    }

    const Alert spike = *alertOf(AlertKind::Spike, QStringLiteral("CLM"));
    const QString spikeSentence = normalised(model->sentence(spike));
    QVERIFY2(spikeSentence.contains(money(spike.amountMinor)), qPrintable(spikeSentence));
    QVERIFY2(spikeSentence.contains(money(spike.referenceMinor)), qPrintable(spikeSentence));
    QVERIFY2(spikeSentence.contains(locale.toString(spike.value / 100.0, 'f', 1)), qPrintable(spikeSentence));
    QVERIFY2(spikeSentence.contains(QStringLiteral("2026-W48")), qPrintable(spikeSentence));

    // The details pane says the same sentence.
    QVERIFY(page.selectAlert(budget.id));
    QVERIFY(normalised(page.detailsText()).contains(money(budget.amountMinor)));
}

void TestAlertPages::acknowledgeWritesStateNoteAndAudit()
{
    ui::AlertCentrePage page(*m_workspace);
    const Alert budget = *alertOf(AlertKind::BudgetConsumed, QStringLiteral("SUP"));
    QVERIFY(page.selectAlert(budget.id));
    QVERIFY(page.acknowledgeButton()->isEnabled());
    QPointer<QDialog> dialog = page.acknowledgeSelected();
    QVERIFY(dialog);
    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("acknowledgementNote"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    note->setPlainText(QStringLiteral("  Overrun approved by the CFO; budget raised in Q1.  "));
    QVERIFY(ok->isEnabled());
    ok->click();
    flushDeletes();
    QVERIFY(!dialog);

    const Alert stored = *AlertStore(m_workspace->database()).findAlert(budget.id);
    QCOMPARE(stored.state, AlertState::Acknowledged);
    QCOMPARE(stored.acknowledgementNote, QStringLiteral("Overrun approved by the CFO; budget raised in Q1."));
    QCOMPARE(stored.acknowledgedBy, actorName);
    const QList<AuditEntry> audit
        = AuditLog(m_workspace->database()).entriesFor(QStringLiteral("alert"), QString::number(budget.id));
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.constFirst().action, QStringLiteral("acknowledge"));
    QCOMPARE(audit.constFirst().actor, actorName);
    QVERIFY(audit.constFirst().details.contains(QStringLiteral("Overrun approved by the CFO")));

    // Still listed (open and acknowledged by default), now saying so, and still selected.
    const int row = page.model()->rowOf(budget.id);
    QVERIFY(row >= 0);
    QCOMPARE(page.model()->index(row, AlertsModel::StateColumn).data().toString(),
             QStringLiteral("Acknowledged"));
    QCOMPARE(page.model()->index(row, AlertsModel::AcknowledgementColumn).data().toString(),
             actorName + QStringLiteral(": Overrun approved by the CFO; budget raised in Q1."));
    QCOMPARE(page.selectedAlerts().size(), 1);
    QVERIFY(page.detailsText().contains(QStringLiteral("Overrun approved by the CFO")));
    // The re-evaluation that followed left the acknowledgement alone.
    QCOMPARE(AlertStore(m_workspace->database()).findAlert(budget.id)->state, AlertState::Acknowledged);
}

void TestAlertPages::acknowledgingSeveralKeepsTheirNotes()
{
    ui::AlertCentrePage page(*m_workspace);
    const Alert forecast = *alertOf(AlertKind::Forecast, QStringLiteral("LEG"));
    QVERIFY(
        page.acknowledge({ forecast.id }, QStringLiteral("Litigation team joined: budget to be revised")));
    // Everything selected, one of them already acknowledged: the batch takes the open ones.
    page.view()->selectAll();
    QCOMPARE(page.selectedAlerts().size(), 4);
    QPointer<QDialog> dialog = page.acknowledgeSelected();
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("3")));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("acknowledgementNote"))
        ->setPlainText(QStringLiteral("Reviewed in committee"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    flushDeletes();
    const AlertStore store(m_workspace->database());
    QCOMPARE(store.findAlert(forecast.id)->acknowledgementNote,
             QStringLiteral("Litigation team joined: budget to be revised"));
    QCOMPARE(store.findAlert(alertOf(AlertKind::Spike, QStringLiteral("CLM"))->id)->acknowledgementNote,
             QStringLiteral("Reviewed in committee"));
    QVERIFY(!store.worstOpenSeverity());
}

void TestAlertPages::onlyShownAlertsAreMarkedRead()
{
    ui::AlertCentrePage page(*m_workspace);
    QCOMPARE(page.unreadCount(), 4);
    page.setMinimumSeverity(AlertSeverity::Critical);
    page.pageShown();
    // The critical one was on screen; the three warnings the filter hid are still news.
    QCOMPARE(page.unreadCount(), 3);
    QVERIFY(AlertStore(m_workspace->database())
                .findAlert(alertOf(AlertKind::BudgetConsumed, QStringLiteral("SUP"))->id)
                ->read);
    page.setMinimumSeverity(std::nullopt);
    page.pageShown();
    QCOMPARE(page.unreadCount(), 0);
}

void TestAlertPages::acknowledgeNeedsANote()
{
    ui::AlertCentrePage page(*m_workspace);
    const Alert spike = *alertOf(AlertKind::Spike, QStringLiteral("CLM"));
    QVERIFY(page.selectAlert(spike.id));
    QPointer<QDialog> dialog = page.acknowledgeSelected();
    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("acknowledgementNote"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    note->setPlainText(QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    note->setPlainText(QString(1001, u'n'));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("acknowledgementMessage"))
                ->text()
                .contains(QStringLiteral("1000")));
    dialog->reject();
    flushDeletes();
    QCOMPARE(AlertStore(m_workspace->database()).findAlert(spike.id)->state, AlertState::Open);

    // A resolved alert cannot be acknowledged: the button is off and the store refuses.
    ui::executeCommand(*m_workspace,
                       std::make_unique<ui::SetAlertRuleEnabledCommand>(
                           *m_workspace, *ruleNamed(QStringLiteral("CLM: weekly spike")), false));
    page.setStateFilter(ui::AlertCentrePage::StateFilter::Resolved);
    QVERIFY(page.selectAlert(spike.id));
    QVERIFY(!page.acknowledgeButton()->isEnabled());
    QVERIFY(!page.acknowledgeSelected());
    QString error;
    QVERIFY(!page.acknowledge({ spike.id }, QStringLiteral("late"), &error));
    QVERIFY(error.contains(QStringLiteral("resolved")));
}

void TestAlertPages::filters()
{
    ui::AlertCentrePage page(*m_workspace);
    const auto shownIds = [&] {
        QList<AlertId> ids;
        for (int row = 0; row < page.proxy()->rowCount(); ++row)
            ids << page.proxy()->index(row, 0).data(AlertsModel::AlertIdRole).toLongLong();
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    const Alert budget = *alertOf(AlertKind::BudgetConsumed, QStringLiteral("SUP"));
    const Alert supForecast = *alertOf(AlertKind::Forecast, QStringLiteral("SUP"));
    const Alert legForecast = *alertOf(AlertKind::Forecast, QStringLiteral("LEG"));
    const Alert spike = *alertOf(AlertKind::Spike, QStringLiteral("CLM"));

    // Default: open and acknowledged, every severity, every project.
    QCOMPARE(page.filter().states, (QList<AlertState> { AlertState::Open, AlertState::Acknowledged }));
    QCOMPARE(shownIds().size(), 4);

    page.setMinimumSeverity(AlertSeverity::Critical);
    QCOMPARE(shownIds(), QList<AlertId> { budget.id });
    page.setMinimumSeverity(AlertSeverity::Warning);
    QCOMPARE(shownIds().size(), 4);
    page.setMinimumSeverity(std::nullopt);

    page.setProjectFilter(projectId(QStringLiteral("LEG")));
    QCOMPARE(shownIds(), QList<AlertId> { legForecast.id });
    page.setProjectFilter(projectId(QStringLiteral("SUP")));
    QCOMPARE(shownIds(),
             (QList<AlertId> { std::min(budget.id, supForecast.id), std::max(budget.id, supForecast.id) }));
    page.setProjectFilter(std::nullopt);

    // An acknowledged alert and a resolved one.
    QVERIFY(page.acknowledge({ legForecast.id }, QStringLiteral("Known: the litigation team joined")));
    ui::executeCommand(*m_workspace,
                       std::make_unique<ui::SetAlertRuleEnabledCommand>(
                           *m_workspace, *ruleNamed(QStringLiteral("CLM: weekly spike")), false));
    QCOMPARE(shownIds().size(), 3);
    QVERIFY(!shownIds().contains(spike.id));
    page.setStateFilter(ui::AlertCentrePage::StateFilter::Open);
    QCOMPARE(shownIds(),
             (QList<AlertId> { std::min(budget.id, supForecast.id), std::max(budget.id, supForecast.id) }));
    page.setStateFilter(ui::AlertCentrePage::StateFilter::Acknowledged);
    QCOMPARE(shownIds(), QList<AlertId> { legForecast.id });
    page.setStateFilter(ui::AlertCentrePage::StateFilter::Resolved);
    QCOMPARE(shownIds(), QList<AlertId> { spike.id });
    QCOMPARE(page.proxy()->index(0, AlertsModel::StateColumn).data().toString(), QStringLiteral("Resolved"));
    page.setStateFilter(ui::AlertCentrePage::StateFilter::All);
    QCOMPARE(shownIds().size(), 4);

    // Filters combine, and an empty result says so instead of an empty table.
    page.setStateFilter(ui::AlertCentrePage::StateFilter::Resolved);
    page.setMinimumSeverity(AlertSeverity::Critical);
    QCOMPARE(shownIds().size(), 0);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("alertsEmptyState"))->isVisibleTo(&page));
    page.setMinimumSeverity(std::nullopt);
    QVERIFY(!page.findChild<QLabel *>(QStringLiteral("alertsEmptyState"))->isVisibleTo(&page));

    // Filters survive a refresh caused by another change.
    page.setStateFilter(ui::AlertCentrePage::StateFilter::Open);
    page.setProjectFilter(projectId(QStringLiteral("SUP")));
    m_workspace->notifyDataChanged();
    QCOMPARE(shownIds().size(), 2);
    QCOMPARE(page.filter().projectId, std::optional(projectId(QStringLiteral("SUP"))));
}

// --screenshot opens the database view-only: showing the alert centre marks nothing read.
void TestAlertPages::viewOnlySessionMarksNothingRead()
{
    m_workspace->setViewOnly(true);
    {
        ui::AlertCentrePage page(*m_workspace);
        QCOMPARE(page.unreadCount(), 4);
        page.pageShown();
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        m_workspace->notifyDataChanged();
        QCOMPARE(page.unreadCount(), 4);
        QCOMPARE(AlertStore(m_workspace->database()).unreadCount(), 4);
    }
    m_workspace->setViewOnly(false);
}

void TestAlertPages::unreadCountClearsWhenThePageIsShown()
{
    ui::AlertCentrePage page(*m_workspace);
    QCOMPARE(page.unreadCount(), 4);
    QSignalSpy counts(&page, &ui::AlertCentrePage::unreadCountChanged);
    page.pageShown();
    QCOMPARE(page.unreadCount(), 0);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.at(0).at(0).toInt(), 0);
    QCOMPARE(AlertStore(m_workspace->database()).unreadCount(), 0);

    // A new alert while another page is shown: the badge counts it.
    AlertRule cap;
    cap.name = QStringLiteral("Portfolio weekly cap");
    cap.kind = AlertKind::WeeklySpend;
    cap.threshold = 100; // one euro: anything fires it
    ui::executeCommand(*m_workspace, std::make_unique<ui::CreateAlertRuleCommand>(*m_workspace, cap));
    QCOMPARE(page.unreadCount(), 1);
    QCOMPARE(counts.size(), 2);
    QCOMPARE(counts.at(1).at(0).toInt(), 1);

    // While the page is on screen, what fires is seen at once.
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.pageShown();
    QCOMPARE(page.unreadCount(), 0);
    m_workspace->undoStack()->undo(); // the cap's alert resolves
    cap.name = QStringLiteral("Portfolio weekly cap, critical");
    cap.severity = AlertSeverity::Critical;
    ui::executeCommand(*m_workspace, std::make_unique<ui::CreateAlertRuleCommand>(*m_workspace, cap));
    QCOMPARE(page.unreadCount(), 0);
}

void TestAlertPages::showOnDashboardCarriesTheScope()
{
    ui::AlertCentrePage page(*m_workspace);
    QSignalSpy requests(&page, &ui::AlertCentrePage::showOnDashboard);
    QVERIFY(!page.dashboardButton()->isEnabled());
    const Alert budget = *alertOf(AlertKind::BudgetConsumed, QStringLiteral("SUP"));
    QVERIFY(page.selectAlert(budget.id));
    QVERIFY(page.dashboardButton()->isEnabled());
    page.dashboardButton()->click();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).at(0).value<std::optional<ProjectId>>(),
             std::optional(projectId(QStringLiteral("SUP"))));
    QCOMPARE(requests.at(0).at(1).value<std::optional<CostCategory>>(), std::nullopt);
    QVERIFY(requests.at(0).at(2).toBool()); // a budget alert: the quarter so far

    // A category rule's alert carries its category; a double-click does the same as the button.
    AlertRule rule;
    rule.name = QStringLiteral("CLM fine-tuning week");
    rule.kind = AlertKind::WeeklySpend;
    rule.threshold = 100;
    rule.projectId = projectId(QStringLiteral("CLM"));
    rule.category = CostCategory::FineTuning;
    ui::executeCommand(*m_workspace, std::make_unique<ui::CreateAlertRuleCommand>(*m_workspace, rule));
    const Alert weekly = *alertOf(AlertKind::WeeklySpend, QStringLiteral("CLM"));
    QVERIFY(page.selectAlert(weekly.id));
    const QModelIndex index = page.view()->selectionModel()->currentIndex();
    emit page.view()->doubleClicked(index);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).at(0).value<std::optional<ProjectId>>(),
             std::optional(projectId(QStringLiteral("CLM"))));
    QCOMPARE(requests.at(1).at(1).value<std::optional<CostCategory>>(),
             std::optional(CostCategory::FineTuning));
    QVERIFY(!requests.at(1).at(2).toBool()); // a weekly alert: the period shown is kept
    QCOMPARE(
        page.model()->index(page.model()->rowOf(weekly.id), AlertsModel::ProjectColumn).data().toString(),
        QStringLiteral("Classification des sinistres · Fine-tuning"));
}

// ---------------------------------------------------------------------------------------------
// Banner

void TestAlertPages::bannerTextAndVisibility_data()
{
    QTest::addColumn<QList<Alert>>("alerts");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("worst"); // -1: hidden

    using S = AlertSeverity;
    using T = AlertState;
    QTest::newRow("nothing") << QList<Alert>() << QString() << -1;
    QTest::newRow("info only") << QList<Alert> { makeAlert(S::Info, T::Open) } << QString() << -1;
    QTest::newRow("seen or over") << QList<Alert> { makeAlert(S::Critical, T::Acknowledged),
                                                    makeAlert(S::Warning, T::Resolved) }
                                  << QString() << -1;
    QTest::newRow("one warning") << QList<Alert> { makeAlert(S::Warning, T::Open),
                                                   makeAlert(S::Info, T::Open) }
                                 << QStringLiteral("Open alerts: 1 warning — Review") << int(S::Warning);
    QTest::newRow("mixed") << QList<Alert> { makeAlert(S::Critical, T::Open), makeAlert(S::Warning, T::Open),
                                             makeAlert(S::Critical, T::Open),
                                             makeAlert(S::Critical, T::Acknowledged),
                                             makeAlert(S::Warning, T::Resolved) }
                           << QStringLiteral("Open alerts: 2 critical, 1 warning — Review")
                           << int(S::Critical);
}

void TestAlertPages::bannerTextAndVisibility()
{
    QFETCH(QList<Alert>, alerts);
    QFETCH(QString, text);
    QFETCH(int, worst);
    QWidget dashboard;
    auto *banner = new ui::AlertBanner(&dashboard);
    // From shown to the case and back: the banner follows whatever it was before.
    banner->setAlerts({ makeAlert(AlertSeverity::Critical, AlertState::Open) });
    banner->setAlerts(alerts);
    QCOMPARE(banner->text(), text);
    QCOMPARE(banner->isHidden(), worst < 0);
    QCOMPARE(banner->worstSeverity().has_value(), worst >= 0);
    if (worst >= 0) {
        const QColor accent = ui::alertSeverityColour(static_cast<AlertSeverity>(worst));
        QVERIFY2(banner->styleSheet().contains(accent.name()), qPrintable(banner->styleSheet()));
    }
    banner->setAlerts({});
    QVERIFY(banner->isHidden());
}

void TestAlertPages::bannerFollowsTheWorkspace()
{
    QWidget dashboard;
    auto *banner = new ui::AlertBanner(&dashboard);
    connect(m_workspace.get(), &ui::Workspace::alertsChanged, banner, &ui::AlertBanner::showEvaluation);
    banner->showEvaluation(m_workspace->lastEvaluation());
    QCOMPARE(banner->text(), QStringLiteral("Open alerts: 1 critical, 3 warnings — Review"));
    QCOMPARE(banner->worstSeverity(), std::optional(AlertSeverity::Critical));

    // Acknowledging the critical alert leaves the warnings.
    ui::AlertCentrePage page(*m_workspace);
    QVERIFY(page.acknowledge({ alertOf(AlertKind::BudgetConsumed, QStringLiteral("SUP"))->id },
                             QStringLiteral("Seen")));
    QCOMPARE(banner->text(), QStringLiteral("Open alerts: 3 warnings — Review"));
    QCOMPARE(banner->worstSeverity(), std::optional(AlertSeverity::Warning));

    QSignalSpy reviews(banner, &ui::AlertBanner::reviewRequested);
    emit banner->findChild<QLabel *>(QStringLiteral("alertBannerText"))
        ->linkActivated(QStringLiteral("review"));
    QCOMPARE(reviews.size(), 1);
}

QTEST_MAIN(TestAlertPages)
#include "tst_alertpages.moc"
