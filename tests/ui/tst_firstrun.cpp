// SPDX-License-Identifier: GPL-3.0-or-later
// The first start and the database the window opens on: the welcome page and its three choices,
// the reason shown when the database asked for cannot be opened, the user's name it asks for,
// and an unattended --screenshot run that must end instead of asking.

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include "alerts/alertstore.h"
#include "application.h"
#include "dialogs/newdatabasedialog.h"
#include "dialogs/userguidedialog.h"
#include "errors.h"
#include "mainwindow.h"
#include "pages/welcomepage.h"
#include "settings/appsettings.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "workspace.h"

using namespace costboard;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Runs `fill` on the NewDatabaseDialog as soon as its modal loop has started.
void whenNewDatabaseDialogShows(const std::function<void(ui::NewDatabaseDialog &)> &fill)
{
    QTimer::singleShot(0, qApp, [fill] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<ui::NewDatabaseDialog *>(widget); dialog && dialog->isVisible()) {
                fill(*dialog);
                return;
            }
        }
        QFAIL("the New database dialog did not show");
    });
}

} // namespace

class TestFirstRun final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartShowsTheWelcomePage();
    void missingRememberedDatabaseIsAskedAbout();
    void missingRequestedDatabaseIsAskedAbout();
    void unreadableDatabaseIsAskedAbout();
    void rememberedDatabaseOpensDirectly();
    void createEmptyAsksCurrencyAndFiscalYear();
    void newDatabaseDialogRefusesAnExistingFile();
    void demoOpensAndRecordsTheUserName();
    void userGuideShowsTheInterfaceLanguage();
    void screenshotWithUnopenableDatabaseExits_data();
    void screenshotWithUnopenableDatabaseExits();

private:
    void removeAppDataFiles();
    QTemporaryDir m_directory;
};

void TestFirstRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CostBoardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_firstrun"));
    QVERIFY(m_directory.isValid());
}

void TestFirstRun::removeAppDataFiles()
{
    for (const QString &path : { AppSettings::defaultDatabasePath(), AppSettings::demoDatabasePath() }) {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
    }
}

void TestFirstRun::init()
{
    QSettings().clear();
    removeAppDataFiles();
}

void TestFirstRun::cleanup()
{
    QSettings().clear();
}

void TestFirstRun::firstStartShowsTheWelcomePage()
{
    ui::Application application(QStringLiteral("en"));
    application.start(QString());
    QVERIFY(!application.mainWindow());
    ui::WelcomePage *welcome = application.welcomePage();
    QVERIFY(welcome);
    QVERIFY(QTest::qWaitForWindowExposed(welcome));
    QCOMPARE(welcome->reason(), QString()); // nothing went wrong: nothing to explain
    QVERIFY(!QFileInfo::exists(AppSettings::defaultDatabasePath()));
}

void TestFirstRun::missingRememberedDatabaseIsAskedAbout()
{
    const QString gone = m_directory.filePath(QStringLiteral("moved-away.sqlite"));
    AppSettings::lastDatabase().set(gone);
    ui::Application application(QStringLiteral("en"));
    application.start(QString());
    QVERIFY(!application.mainWindow());
    QVERIFY(application.welcomePage());
    const QString reason = application.welcomePage()->reason();
    QVERIFY2(reason.contains(QStringLiteral("used last")), qPrintable(reason));
    QVERIFY2(reason.contains(gone), qPrintable(reason));
    QVERIFY(application.welcomePage()
                ->findChild<QLabel *>(QStringLiteral("reason"))
                ->isVisibleTo(application.welcomePage()));
    QVERIFY(!QFileInfo::exists(gone)); // not created empty
    QVERIFY(!QFileInfo::exists(AppSettings::defaultDatabasePath()));
}

void TestFirstRun::missingRequestedDatabaseIsAskedAbout()
{
    const QString typo = m_directory.filePath(QStringLiteral("costs-typo.sqlite"));
    ui::Application application(QStringLiteral("en"));
    application.start(typo);
    QVERIFY(!application.mainWindow());
    QVERIFY(application.welcomePage());
    QVERIFY2(application.welcomePage()->reason().contains(typo),
             qPrintable(application.welcomePage()->reason()));
    QVERIFY(!QFileInfo::exists(typo));
}

void TestFirstRun::unreadableDatabaseIsAskedAbout()
{
    const QString notes = m_directory.filePath(QStringLiteral("notes.sqlite"));
    writeFile(notes, QByteArrayLiteral("These are meeting notes, not a database.\n"));
    const QByteArray before = fileHash(notes);
    ui::Application application(QStringLiteral("en"));
    application.start(notes);
    QVERIFY(!application.mainWindow());
    QVERIFY(application.welcomePage());
    QVERIFY2(application.welcomePage()->reason().contains(notes),
             qPrintable(application.welcomePage()->reason()));
    QCOMPARE(fileHash(notes), before);

    // Opening another file from the welcome page that fails too says so there, not in a box.
    const QString other = m_directory.filePath(QStringLiteral("other-missing.sqlite"));
    QVERIFY(!application.openDatabase(other));
    QVERIFY2(application.welcomePage()->reason().contains(other),
             qPrintable(application.welcomePage()->reason()));
}

void TestFirstRun::rememberedDatabaseOpensDirectly()
{
    const QString path = m_directory.filePath(QStringLiteral("remembered.sqlite"));
    ui::NewDatabaseDialog::createDatabase(path, QStringLiteral("EUR"), 1);
    AppSettings::lastDatabase().set(path);
    ui::Application application(QStringLiteral("en"));
    application.start(QString());
    QVERIFY(application.mainWindow());
    QVERIFY(!application.welcomePage());
    QCOMPARE(application.workspace()->database().location(), path);
}

void TestFirstRun::createEmptyAsksCurrencyAndFiscalYear()
{
    const QString path = m_directory.filePath(QStringLiteral("new-costs.sqlite"));
    ui::Application application(QStringLiteral("en"));
    application.start(QString());
    ui::WelcomePage *welcome = application.welcomePage();
    QVERIFY(welcome);
    welcome->nameEdit()->setText(QStringLiteral("  Claire Martin "));

    whenNewDatabaseDialogShows([path](ui::NewDatabaseDialog &dialog) {
        dialog.setPath(path);
        dialog.setReportingCurrency(QStringLiteral("USD"));
        dialog.setFiscalYearStartMonth(4);
        dialog.accept();
    });
    welcome->createDatabase();

    QVERIFY(application.mainWindow());
    QTRY_VERIFY(!application.welcomePage());
    QCOMPARE(AppSettings::userName().get(), QStringLiteral("Claire Martin"));
    QTRY_COMPARE(AppSettings::lastDatabase().get(), path);
    Database &database = application.workspace()->database();
    QCOMPARE(database.location(), path);
    QCOMPARE(DatabaseSettings(database).reportingCurrency(), QStringLiteral("USD"));
    QCOMPARE(DatabaseSettings(database).fiscalYearStartMonth(), 4);
    // Both settings were written by the user named on the welcome page.
    const QList<AuditEntry> settings = AuditLog(database).entriesFor(QStringLiteral("setting"));
    QCOMPARE(settings.size(), qsizetype(2));
    for (const AuditEntry &entry : settings)
        QCOMPARE(entry.actor, QStringLiteral("Claire Martin"));

    // And the same database reopens with them, from the file alone.
    application.mainWindow()->close();
    const std::unique_ptr<Database> reopened = Database::openSqlite(path, Database::IfMissing::Refuse);
    QCOMPARE(DatabaseSettings(*reopened).reportingCurrency(), QStringLiteral("USD"));
    QCOMPARE(DatabaseSettings(*reopened).fiscalYearStartMonth(), 4);
}

void TestFirstRun::newDatabaseDialogRefusesAnExistingFile()
{
    const QString existing = m_directory.filePath(QStringLiteral("precious.sqlite"));
    writeFile(existing, QByteArrayLiteral("someone's data"));
    const QByteArray before = fileHash(existing);
    ui::NewDatabaseDialog dialog(existing);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.message().contains(existing), qPrintable(dialog.message()));
    QCOMPARE(fileHash(existing), before);

    // A currency core does not accept leaves no half-made file behind.
    const QString bad = m_directory.filePath(QStringLiteral("bad-currency.sqlite"));
    QVERIFY_THROWS_EXCEPTION(Error, ui::NewDatabaseDialog::createDatabase(bad, QStringLiteral("XYZ"), 1));
    QVERIFY(!QFileInfo::exists(bad));
}

void TestFirstRun::demoOpensAndRecordsTheUserName()
{
    ui::Application application(QStringLiteral("en"));
    application.start(QString());
    ui::WelcomePage *welcome = application.welcomePage();
    QVERIFY(welcome);
    welcome->nameEdit()->setText(QStringLiteral("Karim Haddad"));
    welcome->openDemo();

    QVERIFY2(application.mainWindow(), qPrintable(welcome->reason()));
    QTRY_VERIFY(!application.welcomePage());
    Database &database = application.workspace()->database();
    QCOMPARE(database.location(), AppSettings::demoDatabasePath());
    QVERIFY(ProjectRepository(database).list().size() >= 8);

    // The demo has open alerts once evaluated (the window does that once its first page has
    // painted). Acknowledging one records the name typed on the welcome page, not the
    // operating-system login.
    AlertStore store(database);
    AlertFilter open;
    open.states = { AlertState::Open };
    QTRY_VERIFY(!store.alerts(open).isEmpty());
    const QList<Alert> alerts = store.alerts(open);
    store.acknowledge(alerts.first().id, QStringLiteral("Seen in committee"));
    const QList<Alert> after = store.alerts();
    const auto acknowledged = std::find_if(after.cbegin(), after.cend(),
                                           [&](const Alert &alert) { return alert.id == alerts.first().id; });
    QVERIFY(acknowledged != after.cend());
    QCOMPARE(acknowledged->acknowledgedBy, QStringLiteral("Karim Haddad"));
    const QList<AuditEntry> entries
        = AuditLog(database).entriesFor(QStringLiteral("alert"), QString::number(alerts.first().id));
    QCOMPARE(entries.size(), qsizetype(1));
    QCOMPARE(entries.first().actor, QStringLiteral("Karim Haddad"));

    // A second start opens the demo it made, without asking again.
    application.mainWindow()->close();
    ui::Application again(QStringLiteral("en"));
    again.start(QString());
    QVERIFY(again.mainWindow());
    QCOMPARE(again.workspace()->database().location(), AppSettings::demoDatabasePath());
}

void TestFirstRun::userGuideShowsTheInterfaceLanguage()
{
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("fr") }) {
        ui::UserGuideDialog dialog(language);
        const QString text = dialog.browser()->toPlainText();
        QVERIFY2(text.contains(language == QLatin1String("fr") ? QStringLiteral("Tableau de bord")
                                                               : QStringLiteral("Dashboard")),
                 qPrintable(text.left(200)));
        QVERIFY2(text.contains(QStringLiteral("costboard snapshot")), qPrintable(language));
        // The guide ships as plain files too (the package installs them): the same text.
        QFile shipped(QStringLiteral(COSTBOARD_SOURCE_DIR "/resources/guide/%1/index.html").arg(language));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QFile embedded(QStringLiteral(":/guide/%1/index.html").arg(language));
        QVERIFY(embedded.open(QIODevice::ReadOnly));
        QCOMPARE(embedded.readAll(), shipped.readAll());
    }
    // A language without a guide falls back to English rather than an empty window.
    QCOMPARE(ui::UserGuideDialog::guideUrl(QStringLiteral("de")),
             QUrl(QStringLiteral("qrc:/guide/en/index.html")));
}

void TestFirstRun::screenshotWithUnopenableDatabaseExits_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("missing") << QStringLiteral("missing.sqlite") << QByteArray();
    QTest::newRow("not a database") << QStringLiteral("notes.sqlite")
                                    << QByteArrayLiteral("not a database\n");
}

void TestFirstRun::screenshotWithUnopenableDatabaseExits()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QTemporaryDir home;
    const QString database = home.filePath(fileName);
    if (!content.isEmpty())
        writeFile(database, content);
    const QString picture = home.filePath(QStringLiteral("shot.png"));

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Its own settings and data folders: nothing remembered from elsewhere.
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(COSTBOARD_EXECUTABLE),
                  { QStringLiteral("--db"), database, QStringLiteral("--screenshot"), picture,
                    QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY(process.waitForFinished(20'000));
    QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY(process.exitCode() != 0);
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(errors.contains(database), qPrintable(errors));
    // Said once: the log does not repeat it on stderr.
    QCOMPARE(errors.count(database), qsizetype(1));
    QVERIFY(!QFileInfo::exists(picture));
    QCOMPARE(QFileInfo::exists(database), !content.isEmpty()); // a missing file is not created
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
