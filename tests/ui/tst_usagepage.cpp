// SPDX-License-Identifier: GPL-3.0-or-later
// The Usage page on a real database file with OpenAI's usage report and October's bill imported
// (tests/fixtures/usage): it shows core's usage against invoice to the cent, marks the month whose
// bill is $1.00 above the priced usage, and lists the model with no price.

#include <memory>

#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "charts/usageinvoicechart.h"
#include "import/importer.h"
#include "kpis.h"
#include "models/unpricedusagemodel.h"
#include "models/usagecomparisonmodel.h"
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

using ui::UsageComparisonModel;

// The row of `model` whose month is `month` ("2024-10").
int rowOf(const UsageComparisonModel *model, const QString &month)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->monthAt(row).month == month)
            return row;
    return -1;
}

QString text(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
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

        const UsageComparisonModel *months = page.comparisonModel();
        QCOMPARE(months->rowCount(), 2);
        const int october = rowOf(months, QStringLiteral("2024-10"));
        QVERIFY(october >= 0);
        QCOMPARE(text(months, october, UsageComparisonModel::MonthColumn), QStringLiteral("October 2024"));
        QCOMPARE(text(months, october, UsageComparisonModel::TokensColumn), QStringLiteral("3,415,000"));
        QCOMPARE(text(months, october, UsageComparisonModel::RequestsColumn), QStringLiteral("1,420"));
        QCOMPARE(text(months, october, UsageComparisonModel::PricedColumn), QStringLiteral("$3.44"));
        QCOMPARE(text(months, october, UsageComparisonModel::BilledColumn), QStringLiteral("$4.44"));
        QCOMPARE(text(months, october, UsageComparisonModel::GapColumn), QStringLiteral("$1.00"));
        QCOMPARE(text(months, october, UsageComparisonModel::GapShareColumn), QStringLiteral("+23%"));
        QCOMPARE(text(months, october, UsageComparisonModel::UnpricedColumn), QStringLiteral("15,000"));
        // A gap above 1 % is marked in the tone of a figure that is bad.
        QCOMPARE(
            months->index(october, UsageComparisonModel::GapColumn).data(Qt::ForegroundRole).value<QColor>(),
            render::toneColour(render::KpiTone::Bad));
        QVERIFY(
            !months->index(october, UsageComparisonModel::TokensColumn).data(Qt::ForegroundRole).isValid());

        const int september = rowOf(months, QStringLiteral("2024-09"));
        QVERIFY(september >= 0);
        QCOMPARE(text(months, september, UsageComparisonModel::PricedColumn), QStringLiteral("$6.50"));
        QCOMPARE(text(months, september, UsageComparisonModel::BilledColumn),
                 QStringLiteral("not billed yet"));
        QVERIFY(text(months, september, UsageComparisonModel::GapColumn).isEmpty());

        const ui::UnpricedUsageModel *unpriced = page.unpricedModel();
        QCOMPARE(unpriced->rowCount(), 2);
        QCOMPARE(text(unpriced, 0, ui::UnpricedUsageModel::ModelColumn),
                 QStringLiteral("gpt-5-experimental"));
        QCOMPARE(text(unpriced, 0, ui::UnpricedUsageModel::TokensColumn), QStringLiteral("10,000"));
        QCOMPARE(text(unpriced, 0, ui::UnpricedUsageModel::PriceNowColumn), QStringLiteral("No price"));

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
