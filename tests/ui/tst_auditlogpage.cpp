// SPDX-License-Identifier: GPL-3.0-or-later
// The Audit log page: who changed what and when, with the old and new values, filtered by entity,
// by days and by text, and its CSV export read back.

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "import/csvreader.h"
#include "models/auditlogfilterproxymodel.h"
#include "models/auditlogmodel.h"
#include "pages/auditlogpage.h"
#include "settings/language.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "workspace.h"

using namespace costboard;

class TestAuditLogPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_translators = std::make_unique<Translators>(QStringLiteral("en")); }
    void init();
    void cleanup();
    void listsChangesWithOldAndNewValues();
    void modelsPassTheTester();
    void filtersByEntity();
    void filtersByDays();
    void filtersByText();
    void exportsTheRowsShownAndReadsBack_data();
    void exportsTheRowsShownAndReadsBack();
    void showsNewChangesWhenShown();
    void emptyLogSaysWhatWillAppear();

private:
    // English carries the plural forms ("1 change", "2 changes"), as in the application.
    std::unique_ptr<Translators> m_translators;
    // The page's rows as "entity|action|old|new", in the order shown.
    QStringList shownRows(const ui::AuditLogPage &page) const;
    void moveLastEntry(const QDateTime &local);

    std::unique_ptr<ui::Workspace> m_workspace;
    ProjectId m_projectId = 0;
};

void TestAuditLogPage::moveLastEntry(const QDateTime &local)
{
    const AuditEntry last = AuditLog(m_workspace->database()).latest(1).first();
    execSql(m_workspace->database(),
            QStringLiteral("UPDATE audit_log SET at = '%1' WHERE id = %2")
                .arg(local.toUTC().toString(Qt::ISODateWithMs))
                .arg(last.id));
}

void TestAuditLogPage::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_workspace = std::make_unique<ui::Workspace>(Database::openSqlite(QStringLiteral(":memory:")));
    Database &database = m_workspace->database();

    AuditLog::setActor(QStringLiteral("Claire Martin"));
    Project project;
    project.code = QStringLiteral("SUP");
    project.name = QStringLiteral("Support bot");
    project.owner = QStringLiteral("Dupont");
    project.startDate = QDate(2026, 1, 1);
    m_projectId = ProjectRepository(database).create(project);
    moveLastEntry(QDateTime(QDate(2026, 3, 2), QTime(10, 0)));

    project.id = m_projectId;
    project.name = QStringLiteral("Support assistant");
    ProjectRepository(database).update(project);
    moveLastEntry(QDateTime(QDate(2026, 3, 5), QTime(9, 30)));

    AuditLog::setActor(QStringLiteral("Karim Haddad"));
    DatabaseSettings(database).setCompanyName(QStringLiteral("Acme, \"Assurances\""));
    moveLastEntry(QDateTime(QDate(2026, 3, 5), QTime(23, 59)));

    // Text a spreadsheet would run as a formula, as an imported file could bring it.
    AuditLog(database).record(QStringLiteral("create"), QStringLiteral("budget"), QStringLiteral("9"),
                              QStringLiteral("=SUM(A1:A9)"));
    moveLastEntry(QDateTime(QDate(2026, 3, 9), QTime(8, 0)));
    AuditLog::setActor(QString());
}

void TestAuditLogPage::cleanup()
{
    m_workspace.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

QStringList TestAuditLogPage::shownRows(const ui::AuditLogPage &page) const
{
    QStringList rows;
    const QAbstractItemModel *proxy = page.view()->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        QStringList cells;
        for (const int column : { ui::AuditLogModel::EntityColumn, ui::AuditLogModel::ActionColumn,
                                  ui::AuditLogModel::OldValueColumn, ui::AuditLogModel::NewValueColumn })
            cells << proxy->index(row, column).data().toString();
        rows << cells.join(u'|');
    }
    return rows;
}

void TestAuditLogPage::listsChangesWithOldAndNewValues()
{
    ui::AuditLogPage page(*m_workspace);
    QCOMPARE(shownRows(page),
             (QStringList {
                 QStringLiteral("Budget|Created||=SUM(A1:A9)"),
                 QStringLiteral("Database setting|Changed|\"\"|\"Acme, \"Assurances\"\""),
                 QStringLiteral("Project|Changed|name \"Support bot\"|name \"Support assistant\""),
                 QStringLiteral("Project|Created||created SUP \"Support bot\""),
             }));
    const QAbstractItemModel *proxy = page.view()->model();
    QCOMPARE(proxy->index(2, ui::AuditLogModel::WhoColumn).data().toString(),
             QStringLiteral("Claire Martin"));
    QCOMPARE(proxy->index(1, ui::AuditLogModel::WhoColumn).data().toString(), QStringLiteral("Karim Haddad"));
    QCOMPARE(proxy->index(2, ui::AuditLogModel::ItemColumn).data().toString(), QString::number(m_projectId));
    QCOMPARE(proxy->index(2, ui::AuditLogModel::WhenColumn).data().toString(),
             QLocale().toString(QDateTime(QDate(2026, 3, 5), QTime(9, 30)), QLocale::ShortFormat));
    QCOMPARE(proxy->headerData(ui::AuditLogModel::OldValueColumn, Qt::Horizontal).toString(),
             QStringLiteral("Old value"));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("4 changes"));
}

void TestAuditLogPage::modelsPassTheTester()
{
    ui::AuditLogPage page(*m_workspace);
    QAbstractItemModelTester modelTester(page.model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setFilterText(QStringLiteral("support"));
    page.setEntityFilter(QStringLiteral("budget"));
    page.setDateRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
    page.refresh();
}

void TestAuditLogPage::filtersByEntity()
{
    ui::AuditLogPage page(*m_workspace);
    auto *entities = page.findChild<QComboBox *>(QStringLiteral("entityFilter"));
    QStringList offered;
    for (int index = 0; index < entities->count(); ++index)
        offered << entities->itemText(index);
    QCOMPARE(offered,
             (QStringList { QStringLiteral("Every change"), QStringLiteral("Budget"),
                            QStringLiteral("Database setting"), QStringLiteral("Project") }));

    page.setEntityFilter(QStringLiteral("project"));
    QCOMPARE(shownRows(page).size(), 2);
    QVERIFY(shownRows(page).first().startsWith(QStringLiteral("Project|Changed")));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("2 changes"));
    page.setEntityFilter(QString());
    QCOMPARE(shownRows(page).size(), 4);
}

void TestAuditLogPage::filtersByDays()
{
    ui::AuditLogPage page(*m_workspace);
    // Both days included, in local time: 23:59 on the 5th counts as the 5th.
    page.setDateRange(QDate(2026, 3, 5), QDate(2026, 3, 5));
    QCOMPARE(shownRows(page),
             (QStringList {
                 QStringLiteral("Database setting|Changed|\"\"|\"Acme, \"Assurances\"\""),
                 QStringLiteral("Project|Changed|name \"Support bot\"|name \"Support assistant\""),
             }));
    page.setEntityFilter(QStringLiteral("project"));
    QCOMPARE(shownRows(page).size(), 1);
    page.setEntityFilter(QString());
    page.setDateRange(QDate(2026, 3, 6), QDate(2026, 3, 31));
    QCOMPARE(shownRows(page), QStringList { QStringLiteral("Budget|Created||=SUM(A1:A9)") });
    page.setDateRange(QDate(2026, 4, 1), QDate(2026, 4, 30));
    QVERIFY(shownRows(page).isEmpty());
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("0 changes"));
    // No range: everything again.
    page.setDateRange(QDate(), QDate());
    QCOMPARE(shownRows(page).size(), 4);
}

void TestAuditLogPage::filtersByText()
{
    ui::AuditLogPage page(*m_workspace);
    page.setFilterText(QStringLiteral("assurances"));
    QCOMPARE(shownRows(page).size(), 1);
    QVERIFY(shownRows(page).first().startsWith(QStringLiteral("Database setting")));
    // Every word, in any cell: the actor and the old value.
    page.setFilterText(QStringLiteral("claire bot"));
    QCOMPARE(shownRows(page).size(), 2);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("2 of 4 changes"));
    page.setFilterText(QStringLiteral("claire karim"));
    QVERIFY(shownRows(page).isEmpty());
}

void TestAuditLogPage::exportsTheRowsShownAndReadsBack_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<char>("separator");
    QTest::newRow("en") << QStringLiteral("en") << ',';
    QTest::newRow("fr") << QStringLiteral("fr") << ';';
}

void TestAuditLogPage::exportsTheRowsShownAndReadsBack()
{
    QFETCH(QString, language);
    QFETCH(char, separator);
    QLocale::setDefault(language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                        : QLocale(QLocale::English, QLocale::UnitedKingdom));
    ui::AuditLogPage page(*m_workspace);
    page.setDateRange(QDate(2026, 3, 1), QDate(2026, 3, 9));
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("audit.csv"));
    page.exportShownRows(path);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const DecodedText text = DecodedText::decode(file.readAll());
    file.close();
    QVERIFY(!text.problem);
    QCOMPARE(CsvReader::detectDelimiter(std::string_view(text.utf8.constData(), size_t(text.utf8.size()))),
             separator);
    QList<QStringList> records;
    const bool complete = CsvReader::read(
        text.utf8, separator,
        [&records](const CsvRecord &record) {
            QStringList fields;
            for (const std::string_view field : record.fields)
                fields << QString::fromUtf8(field.data(), qsizetype(field.size()));
            records << fields;
            return true;
        },
        [](qint64 line, int, ImportProblemCode) {
            QFAIL(qPrintable(QStringLiteral("malformed line %1").arg(line)));
        });
    QVERIFY(complete);

    const QAbstractItemModel *proxy = page.view()->model();
    QCOMPARE(records.size(), proxy->rowCount() + 1);
    QStringList headings;
    for (int column = 0; column < ui::AuditLogModel::ColumnCount; ++column)
        headings << proxy->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(records.first(), headings);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QStringList &fields = records.at(row + 1);
        QCOMPARE(fields.size(), int(ui::AuditLogModel::ColumnCount));
        const AuditEntry &entry
            = page.model()->entryAt(page.proxy()->mapToSource(proxy->index(row, 0)).row());
        // The time reads back to the millisecond's second, with its offset.
        QCOMPARE(QDateTime::fromString(fields.at(ui::AuditLogModel::WhenColumn), Qt::ISODate),
                 entry.at.toLocalTime());
        for (int column = ui::AuditLogModel::WhoColumn; column < ui::AuditLogModel::ColumnCount; ++column) {
            const QString shown = proxy->index(row, column).data(ui::AuditLogModel::FullTextRole).toString();
            // A value a spreadsheet would run is written as text (OWASP's leading quote).
            const QString expected = shown.startsWith(u'=') ? u'\'' + shown : shown;
            QCOMPARE(fields.at(column), expected);
        }
    }
    QCOMPARE(records.at(1).at(ui::AuditLogModel::NewValueColumn), QStringLiteral("'=SUM(A1:A9)"));

    // Only the rows shown: one entity, then a text filter on top.
    page.setEntityFilter(QStringLiteral("project"));
    page.setFilterText(QStringLiteral("assistant"));
    page.exportShownRows(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray narrowed = file.readAll();
    QCOMPARE(narrowed.count("\r\n"), 2); // the heading and the one project edit
    QVERIFY(narrowed.contains("Support assistant"));
}

void TestAuditLogPage::showsNewChangesWhenShown()
{
    // Data changes may write entries of their own (alert rules for a new project): count them.
    const auto entriesInLog = [this] {
        return int(AuditLog(m_workspace->database()).entries(AuditFilter {}).size());
    };
    ui::AuditLogPage page(*m_workspace);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    DatabaseSettings(m_workspace->database()).setFiscalYearStartMonth(4);
    m_workspace->notifyDataChanged();
    QCOMPARE(page.model()->rowCount(), entriesInLog());
    QVERIFY(shownRows(page).contains(QStringLiteral("Database setting|Changed|\"1\"|\"4\"")));

    // Hidden, it waits until it is shown again.
    page.hide();
    const int shownBefore = page.model()->rowCount();
    DatabaseSettings(m_workspace->database()).setFiscalYearStartMonth(7);
    m_workspace->notifyDataChanged();
    QCOMPARE(page.model()->rowCount(), shownBefore);
    QVERIFY(page.isStale());
    page.show(); // it reads before it paints
    QVERIFY(!page.isStale());
    QCOMPARE(page.model()->rowCount(), entriesInLog());
    QVERIFY(shownRows(page).contains(QStringLiteral("Database setting|Changed|\"4\"|\"7\"")));
}

void TestAuditLogPage::emptyLogSaysWhatWillAppear()
{
    ui::Workspace empty(Database::openSqlite(QStringLiteral(":memory:")));
    ui::AuditLogPage page(empty);
    auto *stack = page.findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("auditEmptyState"));
    ui::AuditLogPage full(*m_workspace);
    QCOMPARE(full.findChild<QStackedWidget *>()->currentWidget(), static_cast<QWidget *>(full.view()));
}

QTEST_MAIN(TestAuditLogPage)
#include "tst_auditlogpage.moc"
