// SPDX-License-Identifier: GPL-3.0-or-later
// The preferences that belong to the database: the company name the weekly report's cover shows
// is read from and written to the database's settings, within core's length limit.

#include <QCoreApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "dialogs/preferencesdialog.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "workspace.h"

using namespace costboard;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CostBoardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
        QSettings().clear();
    }

    void companyNameIsADatabaseSetting()
    {
        ui::Workspace workspace(Database::openSqlite(QStringLiteral(":memory:")));
        DatabaseSettings(workspace.database()).setCompanyName(QStringLiteral("Mutuelle Horizon"));
        ui::PreferencesDialog dialog(workspace);
        QLineEdit *name = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->text() == QLatin1String("Mutuelle Horizon"))
                name = edit;
        }
        QVERIFY(name);
        QCOMPARE(name->maxLength(), DatabaseSettings::MaxCompanyNameLength);
        name->setText(QStringLiteral("  Assurances du Nord  "));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(DatabaseSettings(workspace.database()).companyName(), QStringLiteral("Assurances du Nord"));
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
