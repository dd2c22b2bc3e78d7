// SPDX-License-Identifier: GPL-3.0-or-later
// The Usage page on a real database file with OpenAI's usage report and October's bill imported
// (tests/fixtures/usage): it shows core's usage against invoice to the cent, marks the month whose
// bill is $1.00 above the priced usage, and lists the model with no price.

#include <memory>

#include <QLabel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "import/importer.h"
#include "kpis.h"
#include "pages/usagepage.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "workspace.h"

using namespace costboard;
using ui::UsagePage;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(COSTBOARD_FIXTURES_DIR "/usage/") + name;
}

// The row of `model` whose month column sorts as `month`.
int rowOf(const QStandardItemModel *model, const QString &month)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->item(row, UsagePage::MonthColumn)->data(UsagePage::SortRole).toString() == month)
            return row;
    return -1;
}

} // namespace

class TestUsagePage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_directory.isValid());
    }

    void showsUsageAgainstInvoiceAndTheModelsWithoutPrice()
    {
        auto database = Database::openSqlite(m_directory.filePath(QStringLiteral("usage.sqlite")));
        DatabaseSettings(*database).setReportingCurrency(QStringLiteral("USD"));
        for (const char *file : { "openai-usage-completions.json", "openai-costs-2024-10.json" })
            QCOMPARE(Importer(*database).importFile(fixture(QLatin1String(file)), ImportOptions()).outcome,
                     ImportReport::Outcome::Imported);
        ui::Workspace workspace(std::move(database));
        UsagePage page(workspace);
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        const QStandardItemModel *months = page.comparisonModel();
        QCOMPARE(months->rowCount(), 2);
        const int october = rowOf(months, QStringLiteral("2024-10"));
        QVERIFY(october >= 0);
        QCOMPARE(months->item(october, UsagePage::MonthColumn)->text(), QStringLiteral("October 2024"));
        QCOMPARE(months->item(october, UsagePage::TokensColumn)->text(), QStringLiteral("3,415,000"));
        QCOMPARE(months->item(october, UsagePage::RequestsColumn)->text(), QStringLiteral("1,420"));
        QCOMPARE(months->item(october, UsagePage::PricedColumn)->text(), QStringLiteral("$3.44"));
        QCOMPARE(months->item(october, UsagePage::BilledColumn)->text(), QStringLiteral("$4.44"));
        QCOMPARE(months->item(october, UsagePage::GapColumn)->text(), QStringLiteral("$1.00"));
        QCOMPARE(months->item(october, UsagePage::GapShareColumn)->text(), QStringLiteral("+23%"));
        QCOMPARE(months->item(october, UsagePage::UnpricedColumn)->text(), QStringLiteral("15,000"));
        // A gap above 1 % is marked in the tone of a figure that is bad.
        QCOMPARE(months->item(october, UsagePage::GapColumn)->foreground().color(),
                 render::toneColour(render::KpiTone::Bad));

        const int september = rowOf(months, QStringLiteral("2024-09"));
        QVERIFY(september >= 0);
        QCOMPARE(months->item(september, UsagePage::PricedColumn)->text(), QStringLiteral("$6.50"));
        QCOMPARE(months->item(september, UsagePage::BilledColumn)->text(), QStringLiteral("not billed yet"));
        QVERIFY(months->item(september, UsagePage::GapColumn)->text().isEmpty());

        const QStandardItemModel *unpriced = page.unpricedModel();
        QCOMPARE(unpriced->rowCount(), 2);
        QCOMPARE(unpriced->item(0, 1)->text(), QStringLiteral("gpt-5-experimental"));
        QCOMPARE(unpriced->item(0, 3)->text(), QStringLiteral("10,000"));
        QCOMPARE(unpriced->item(0, 6)->text(), QStringLiteral("No price"));

        const auto *summary = page.findChild<QLabel *>(QStringLiteral("usageSummary"));
        QVERIFY(summary);
        QVERIFY(
            summary->text().contains(QStringLiteral("where the bill and the priced usage are more than")));
    }

private:
    QTemporaryDir m_directory;
};

QTEST_MAIN(TestUsagePage)
#include "tst_usagepage.moc"
