// SPDX-License-Identifier: GPL-3.0-or-later
// Help → About names the licence and the versions a bug report needs, and the packaging files name
// the same licence as core.
#include <sqlite3.h>

#include <QFile>
#include <QLabel>
#include <QObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <spdlog/version.h>

#include "dialogs/aboutdialog.h"
#include "logging/componentversions.h"

using namespace costboard;

class TestAbout final : public QObject
{
    Q_OBJECT

private slots:
    void componentVersionsAreTheLibrariesInUse();
    void dialogNamesLicenceAndVersions();
    void metainfoNamesTheSameLicence();
};

void TestAbout::componentVersionsAreTheLibrariesInUse()
{
    const logging::ComponentVersions versions = logging::componentVersions();
    QCOMPARE(versions.costboard, QStringLiteral(COSTBOARD_VERSION));
    QCOMPARE(versions.qtRuntime, QString::fromLatin1(qVersion()));
    QCOMPARE(versions.qtBuild, QStringLiteral(QT_VERSION_STR));
    QCOMPARE(versions.sqlite, QString::fromLatin1(sqlite3_libversion()));
    // The run-time SQLite is never older than the headers CostBoard was compiled with.
    QVERIFY(sqlite3_libversion_number() >= SQLITE_VERSION_NUMBER);
    QCOMPARE(versions.spdlog,
             QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH));
    QVERIFY(QRegularExpression(QStringLiteral("^1\\.\\d+\\.\\d+$")).match(versions.spdlog).hasMatch());
}

void TestAbout::dialogNamesLicenceAndVersions()
{
    const ui::AboutDialog dialog;
    const logging::ComponentVersions versions = logging::componentVersions();

    const auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY(summary);
    QVERIFY(summary->text().contains(QStringLiteral("CostBoard ") + versions.costboard));

    const auto *licence = dialog.findChild<QLabel *>(QStringLiteral("licence"));
    QVERIFY(licence);
    QVERIFY(licence->text().contains(QLatin1String(logging::licenceSpdxIdentifier)));
    QVERIFY(licence->text().contains(QStringLiteral("GNU General Public License")));
    QVERIFY(licence->text().contains(QStringLiteral("NO WARRANTY")));

    const auto *qt = dialog.findChild<QLabel *>(QStringLiteral("qt"));
    const auto *sqlite = dialog.findChild<QLabel *>(QStringLiteral("sqlite"));
    const auto *spdlog = dialog.findChild<QLabel *>(QStringLiteral("spdlog"));
    QVERIFY(qt && sqlite && spdlog);
    QVERIFY(qt->text().startsWith(QString::fromLatin1(qVersion())));
    QCOMPARE(sqlite->text(), QString::fromLatin1(sqlite3_libversion()));
    QCOMPARE(spdlog->text(), versions.spdlog);

    const auto *icon = dialog.findChild<QLabel *>(QStringLiteral("icon"));
    QVERIFY(icon);
    QVERIFY2(!icon->pixmap().isNull(), "the application icon is missing from the resources");
}

void TestAbout::metainfoNamesTheSameLicence()
{
    QFile file(QStringLiteral(COSTBOARD_METAINFO));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString projectLicence;
    QString releaseVersion;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("project_license"))
            projectLicence = xml.readElementText();
        else if (xml.name() == QLatin1String("release") && releaseVersion.isEmpty())
            releaseVersion = xml.attributes().value(QLatin1String("version")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(projectLicence, QLatin1String(logging::licenceSpdxIdentifier));
    // The newest release listed is the version being built.
    QCOMPARE(releaseVersion, QStringLiteral(COSTBOARD_VERSION));
}

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
