// SPDX-License-Identifier: GPL-3.0-or-later
// The Prices page on a real database file: one row per model at the day chosen, a model's
// history, a price entered, a model withdrawn, LiteLLM's map imported, the tokens per word kept.

#include <functional>
#include <memory>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "models/pricehistorymodel.h"
#include "models/pricelistmodel.h"
#include "pages/pricespage.h"
#include "pricing/pricerepository.h"
#include "storage/database.h"
#include "workspace.h"

using namespace costboard;
using namespace costboard::pricing;
using ui::PriceHistoryModel;
using ui::PriceListModel;
using ui::PricesPage;

namespace {

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// The row of a model in the page's list (through its sort and filter), -1 when it is not there.
int rowOf(const QTableView *view, const QString &provider, const QString &model)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (cell(view->model(), row, PriceListModel::ProviderColumn) == provider
            && cell(view->model(), row, PriceListModel::ModelColumn) == model)
            return row;
    }
    return -1;
}

// Runs `action`, answering the message box it opens (Yes to a question, OK to a message), and
// returns the box's text.
QString answeringMessageBox(const std::function<void()> &action)
{
    QString shown;
    QTimer answerer;
    answerer.setInterval(20);
    QObject::connect(&answerer, &QTimer::timeout, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            if (QAbstractButton *yes = box->button(QMessageBox::Yes))
                yes->click();
            else
                box->accept();
        }
    });
    answerer.start();
    action();
    return shown;
}

} // namespace

class TestPricesPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_directory.isValid());
    }

    void init()
    {
        const QString path = m_directory.filePath(QStringLiteral("prices-%1.sqlite").arg(++m_databases));
        m_workspace = std::make_unique<ui::Workspace>(Database::openSqlite(path));
        m_page = std::make_unique<PricesPage>(*m_workspace);
        m_page->resize(1366, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_list = m_page->findChild<QTableView *>(QStringLiteral("priceList"));
        QVERIFY(m_list);
    }

    void cleanup()
    {
        m_page.reset();
        m_workspace.reset();
    }

    void modelsPassTheTester()
    {
        const PriceCatalog catalog = PriceRepository(m_workspace->database()).catalog();
        PriceListModel list;
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setEntries(catalog.current(QDate(2025, 6, 1)));
        QVERIFY(list.rowCount() > 20);
        PriceHistoryModel history;
        QAbstractItemModelTester historyTester(&history,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setEntries(catalog.history(QStringLiteral("openai"), QStringLiteral("gpt-4o")));
        QVERIFY(history.rowCount() >= 6);
        history.setEntries({});
        QCOMPARE(history.rowCount(), 0);
    }

    void listsOneRowPerModelAtTheDayShown()
    {
        const PriceCatalog catalog = PriceRepository(m_workspace->database()).catalog();
        QSet<QString> models;
        for (const PriceEntry &entry : catalog.current(QDate::currentDate()))
            models.insert(entry.provider + u'/' + entry.model);
        QCOMPARE(m_list->model()->rowCount(), int(models.size()));

        int row = rowOf(m_list, QStringLiteral("openai"), QStringLiteral("gpt-4o"));
        QVERIFY(row >= 0);
        QCOMPARE(cell(m_list->model(), row, PriceListModel::InputColumn), QStringLiteral("$2.50"));
        QCOMPARE(cell(m_list->model(), row, PriceListModel::OutputColumn), QStringLiteral("$10.00"));
        // Gemini's cached input, below a micro-dollar a token, whole.
        row = rowOf(m_list, QStringLiteral("google"), QStringLiteral("gemini-1.5-flash"));
        QCOMPARE(cell(m_list->model(), row, PriceListModel::CachedInputColumn), QStringLiteral("$0.01875"));
        // A GPU-hour in euros, among the other prices.
        row = rowOf(m_list, QStringLiteral("scaleway"), QStringLiteral("h100-1-80g"));
        QVERIFY(cell(m_list->model(), row, PriceListModel::OtherColumn).endsWith(QStringLiteral("per hour")));

        // Before October 2024, gpt-4o's launch price.
        m_page->setDay(QDate(2024, 9, 1));
        row = rowOf(m_list, QStringLiteral("openai"), QStringLiteral("gpt-4o"));
        QCOMPARE(cell(m_list->model(), row, PriceListModel::InputColumn), QStringLiteral("$5.00"));
        // Models not yet priced then are not listed.
        QCOMPARE(rowOf(m_list, QStringLiteral("openai"), QStringLiteral("gpt-5")), -1);

        m_page->setFilterText(QStringLiteral("haiku"));
        QVERIFY(m_list->model()->rowCount() > 0);
        for (int filtered = 0; filtered < m_list->model()->rowCount(); ++filtered)
            QVERIFY(cell(m_list->model(), filtered, PriceListModel::ModelColumn)
                        .contains(QStringLiteral("haiku")));
    }

    void theSelectedModelShowsItsHistory()
    {
        m_page->selectModel(QStringLiteral("openai"), QStringLiteral("gpt-4o"));
        const PriceHistoryModel *history = m_page->historyModel();
        QVERIFY(history->rowCount() >= 6);
        // Newest first: the October 2024 cut before the May 2024 launch.
        QCOMPARE(history->entryAt(0).effectiveFrom, QDate(2024, 10, 1));
        QCOMPARE(history->entryAt(history->rowCount() - 1).effectiveFrom, QDate(2024, 5, 13));
        const auto *view = m_page->findChild<QTableView *>(QStringLiteral("priceHistory"));
        QVERIFY(view->isColumnHidden(PriceHistoryModel::ModelColumn));
    }

    void aPriceEnteredIsListedWithItsHistory()
    {
        PriceEntry entry;
        entry.provider = QStringLiteral("mistral");
        entry.model = QStringLiteral("mistral-small");
        entry.meter = Meter::OutputToken;
        entry.microsPerMillion = 250'000;
        entry.currency = QStringLiteral("EUR");
        entry.effectiveFrom = QDate::currentDate().addDays(-1);
        entry.source = QStringLiteral("contract 2026-17");
        PriceRepository(m_workspace->database()).add(entry);
        m_workspace->notifyDataChanged();
        const int row = rowOf(m_list, QStringLiteral("mistral"), QStringLiteral("mistral-small"));
        QVERIFY(row >= 0);
        QCOMPARE(cell(m_list->model(), row, PriceListModel::OutputColumn), QStringLiteral("€0.25"));
        QCOMPARE(cell(m_list->model(), row, PriceListModel::OriginColumn), QStringLiteral("Entered"));
        QCOMPARE(cell(m_list->model(), row, PriceListModel::SourceColumn),
                 QStringLiteral("contract 2026-17"));
        m_page->selectModel(QStringLiteral("mistral"), QStringLiteral("mistral-small"));
        QCOMPARE(m_page->historyModel()->entryAt(0).source, QStringLiteral("contract 2026-17"));
    }

    void aWithdrawnModelLeavesTheList()
    {
        m_page->selectModel(QStringLiteral("openai"), QStringLiteral("gpt-4"));
        const QString question = answeringMessageBox([this] { m_page->withdrawPrice(); });
        QVERIFY2(question.contains(QStringLiteral("openai gpt-4 has no price")), qPrintable(question));
        QCOMPARE(rowOf(m_list, QStringLiteral("openai"), QStringLiteral("gpt-4")), -1);
        // Its prices of the past stay: gpt-4 is listed again on a day before the withdrawal.
        m_page->setDay(QDate(2024, 1, 1));
        QVERIFY(rowOf(m_list, QStringLiteral("openai"), QStringLiteral("gpt-4")) >= 0);
    }

    void importsLiteLlmsMap()
    {
        const QString map = QFINDTESTDATA("../fixtures/prices/litellm-sample.json");
        const QString shown = answeringMessageBox([this, &map] { m_page->importPriceListFile(map); });
        QVERIFY2(shown.contains(QStringLiteral("added."))
                     && shown.contains(QStringLiteral("stay price unknown")),
                 qPrintable(shown));
        const int row = rowOf(m_list, QStringLiteral("openai"), QStringLiteral("gpt-4o-mini-2024-07-18"));
        QVERIFY(row >= 0);
        QCOMPARE(cell(m_list->model(), row, PriceListModel::OriginColumn), QStringLiteral("Imported"));
        QCOMPARE(cell(m_list->model(), row, PriceListModel::CachedInputColumn), QStringLiteral("$0.075"));
    }

    void aBadListIsRefusedWithItsLine()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"m\": {\"litellm_provider\": \"openai\",\n \"input_cost_per_token\": -1}\n}\n");
        file.close();
        const int rows = m_list->model()->rowCount();
        const QString shown = answeringMessageBox([this, &path] { m_page->importPriceListFile(path); });
        QVERIFY2(shown.contains(QStringLiteral("bad.json, line 2, entry m, field \"input_cost_per_token\"")),
                 qPrintable(shown));
        QCOMPARE(m_list->model()->rowCount(), rows);
    }

    void tokensPerWordAreSaved()
    {
        auto *french = m_page->findChildren<QDoubleSpinBox *>().at(1);
        QCOMPARE(french->accessibleName(), QStringLiteral("Tokens per French word"));
        QCOMPARE(french->value(), 1.5);
        french->setValue(1.65);
        m_page->saveTokensPerWord();
        QCOMPARE(PriceRepository(m_workspace->database()).tokensPerWord().frenchMilli, 1650);
    }

private:
    QTemporaryDir m_directory;
    int m_databases = 0;
    std::unique_ptr<ui::Workspace> m_workspace;
    std::unique_ptr<PricesPage> m_page;
    QTableView *m_list = nullptr;
};

QTEST_MAIN(TestPricesPage)
#include "tst_pricespage.moc"
