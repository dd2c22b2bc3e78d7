// SPDX-License-Identifier: GPL-3.0-or-later
// The Estimator page on a real database file: the figures it shows are core's estimate to the
// digit, the article's examples from the page, an unknown model shown as price unknown (never as
// free), the cheapest model marked, and the database's tokens per word used.

#include <memory>

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "charts/ownershipcharts.h"
#include "commands/estimatecommands.h"
#include "dialogs/estimatebudgetsdialog.h"
#include "dialogs/savedestimatedialogs.h"
#include "pages/estimatorpage.h"
#include "pricing/ownership.h"
#include "pricing/pricerepository.h"
#include "storage/budgetrepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "widgets/ownershippanels.h"
#include "workspace.h"

using namespace costboard;
using namespace costboard::pricing;
using ui::EstimatorPage;

namespace {

// The text of the results table's cell on the row named `label`, in model column `model` (0-based).
QString figure(const QTableWidget *table, const QString &label, int model)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == label)
            return table->item(row, model + 1)->text();
    }
    return QStringLiteral("<no row %1>").arg(label);
}

} // namespace

class TestEstimatorPage final : public QObject
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
        const QString path = m_directory.filePath(QStringLiteral("estimator-%1.sqlite").arg(++m_databases));
        m_workspace = std::make_unique<ui::Workspace>(Database::openSqlite(path));
        m_page = std::make_unique<EstimatorPage>(*m_workspace);
        m_page->resize(1366, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->setPricedOn(QDate(2026, 1, 15));
    }

    void cleanup()
    {
        m_page.reset();
        m_workspace.reset();
    }

    void showsCoresEstimateForEachModel()
    {
        m_page->setModel(0, QStringLiteral("openai/gpt-4o-mini"));
        m_page->setModel(1, QStringLiteral("anthropic/claude-haiku-4-5"));
        m_page->setModel(2, QString());
        m_page->setWorkload(2000, 1500, 300, false, TextLanguage::English, 5.0);
        const QTableWidget *table = m_page->resultTable();
        QCOMPARE(table->columnCount(), 3);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("gpt-4o-mini\nopenai"));

        InferenceAssumptions assumptions;
        assumptions.model = { QStringLiteral("anthropic"), QStringLiteral("claude-haiku-4-5") };
        assumptions.requestsPerDay = 2000;
        assumptions.inputTokensPerRequest = 1500;
        assumptions.outputTokensPerRequest = 300;
        assumptions.monthlyGrowthBasisPoints = 500;
        const InferenceEstimate expected
            = estimateInference(assumptions, PriceRepository(m_workspace->database()).catalog(),
                                TokensPerWord(), QDate(2026, 1, 15));
        for (const EstimateFigure each : estimateFigures()) {
            QCOMPARE(figure(table, estimateFigureName(each, 12), 1),
                     estimateFigureValue(expected, each).format(QLocale(), estimateFigurePrecision(each)));
        }
        // gpt-4o-mini: 1,500 × $0.15 + 300 × $0.60 per million = $0.000405 a request; and the
        // cheaper of the two, in bold.
        QCOMPARE(figure(table, estimateFigureName(EstimateFigure::PerRequest, 12), 0),
                 QStringLiteral("$0.000405"));
        QVERIFY(table->item(0, 1)->font().bold());
        QVERIFY(!table->item(0, 2)->font().bold());
        // Month by month: the growth of 5 % from the second month.
        const QTableWidget *months = m_page->monthTable();
        QCOMPARE(months->rowCount(), 12);
        QCOMPARE(months->item(0, 1)->text(), QLocale().toString(qlonglong(expected.months.at(0).requests)));
        QCOMPARE(months->item(1, 1)->text(), QLocale().toString(qlonglong(expected.months.at(1).requests)));
        QCOMPARE(months->item(11, 3)->text(), expected.months.at(11).cost.format());
        QVERIFY(m_page->problemText().isEmpty());
    }

    // The article: $0.006 per 1,000 words generated, with an output price of $4.00 per million
    // tokens and French text at 1.5 tokens per word.
    void reproducesTheArticleInWords()
    {
        PriceEntry output;
        output.provider = QStringLiteral("openai");
        output.model = QStringLiteral("gpt-4");
        output.meter = Meter::OutputToken;
        output.microsPerMillion = 4'000'000;
        output.currency = QStringLiteral("USD");
        output.effectiveFrom = QDate(2026, 1, 1);
        output.source = QStringLiteral("the article's figure");
        PriceRepository(m_workspace->database()).add(output);
        m_workspace->notifyDataChanged();
        m_page->setModel(0, QStringLiteral("openai/gpt-4"));
        for (int slot = 1; slot < EstimatorPage::MaxModels; ++slot)
            m_page->setModel(slot, QString());
        m_page->setWorkload(1000, 0, 1000, true, TextLanguage::French, 0.0);
        QCOMPARE(
            figure(m_page->resultTable(), estimateFigureName(EstimateFigure::PerThousandOutputWords, 12), 0),
            QStringLiteral("$0.006"));
        QCOMPARE(figure(m_page->resultTable(), QStringLiteral("Tokens generated per request"), 0),
                 QStringLiteral("1,500"));
        // The database's own factor is the one used.
        TokensPerWord factors;
        factors.frenchMilli = 2000;
        PriceRepository(m_workspace->database()).setTokensPerWord(factors);
        m_workspace->notifyDataChanged();
        QCOMPARE(
            figure(m_page->resultTable(), estimateFigureName(EstimateFigure::PerThousandOutputWords, 12), 0),
            QStringLiteral("$0.008"));
    }

    void anUnknownModelIsShownAsPriceUnknown()
    {
        m_page->setModel(0, QStringLiteral("openai/gpt-4o-mini"));
        m_page->setModel(1, QStringLiteral("acme/secret-model"));
        m_page->setModel(2, QString());
        QCOMPARE(figure(m_page->resultTable(), estimateFigureName(EstimateFigure::PerWeek, 12), 1),
                 QStringLiteral("price unknown"));
        QVERIFY2(
            m_page->problemText().contains(QStringLiteral("secret-model: no price of input tokens is known")),
            qPrintable(m_page->problemText()));
        // The known model is still priced beside it.
        QVERIFY(figure(m_page->resultTable(), estimateFigureName(EstimateFigure::PerWeek, 12), 0)
                    .startsWith(u'$'));
    }

    // The article: fine-tuning GPT-3.5 Turbo on 100,000 tokens for three epochs, $2.40.
    void fineTuningFromTheShippedCatalog()
    {
        m_page->setPricedOn(QDate(2024, 1, 15));
        m_page->setFineTuning(QStringLiteral("openai/gpt-3.5-turbo"), 100'000, 3, 0);
        QVERIFY2(m_page->fineTuningText().startsWith(
                     QStringLiteral("Training: $2.40 once (100,000 tokens × 3 epochs")),
                 qPrintable(m_page->fineTuningText()));
    }

    // The first model's months become the project's monthly inference budgets, one undoable step.
    void createsBudgetsFromAnEstimate()
    {
        DatabaseSettings(m_workspace->database()).setReportingCurrency(QStringLiteral("USD"));
        Project project;
        project.code = QStringLiteral("CHAT");
        project.name = QStringLiteral("Support chat");
        project.status = ProjectStatus::Active;
        project.decisionLevel = DecisionLevel::Cio;
        const ProjectId projectId = ProjectRepository(m_workspace->database()).create(project);
        m_workspace->notifyDataChanged();
        m_page->setModel(0, QStringLiteral("openai/gpt-4o-mini"));
        m_page->setModel(1, QString());
        m_page->setModel(2, QString());
        m_page->setWorkload(5000, 1500, 400, false, TextLanguage::English, 5.0);
        // Through the dialog, as a person does it: it says what it will write before OK.
        QString summary;
        QTimer answerer;
        answerer.setInterval(20);
        connect(&answerer, &QTimer::timeout, this, [&summary] {
            auto *dialog = qobject_cast<ui::EstimateBudgetsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *month = dialog->findChild<QDateEdit *>();
            month->setDate(QDate(2027, 1, 1));
            summary = dialog->findChild<QLabel *>(QStringLiteral("summary"))->text();
            // A picture of the dialog for whoever reviews it (COSTBOARD_TEST_SHOTS=folder).
            if (const QString folder = qEnvironmentVariable("COSTBOARD_TEST_SHOTS"); !folder.isEmpty())
                dialog->grab().save(folder + QStringLiteral("/estimate-budgets-dialog.png"));
            dialog->accept();
        });
        answerer.start();
        m_page->createBudgets();
        answerer.stop();
        QVERIFY2(
            summary.contains(QStringLiteral("of CHAT — Support chat, from January 2027 to December 2027")),
            qPrintable(summary));

        const QList<Budget> budgets = BudgetRepository(m_workspace->database()).list();
        QCOMPARE(budgets.size(), 12);
        const QTableWidget *months = m_page->monthTable();
        for (int month = 0; month < 12; ++month) {
            QCOMPARE(budgets.at(month).periodKind, BudgetPeriodKind::Month);
            QCOMPARE(budgets.at(month).periodStart, QDate(2027, 1 + month, 1));
            QCOMPARE(budgets.at(month).projectId, std::optional(projectId));
            QCOMPARE(budgets.at(month).category, std::optional(CostCategory::Inference));
            // The amount the month table shows, to the cent.
            QCOMPARE(budgets.at(month).amount.toString(), months->item(month, 2)->text());
        }
        Money total = Money::zero(QStringLiteral("USD"));
        for (const Budget &budget : budgets)
            total += budget.amount;
        QVERIFY2(summary.contains(total.toString() + QStringLiteral(" in all")), qPrintable(summary));
        QCOMPARE(m_workspace->undoStack()->undoText(),
                 QStringLiteral("Budgets of CHAT — Support chat from the gpt-4o-mini estimate"));
        m_workspace->undoStack()->undo();
        QVERIFY(BudgetRepository(m_workspace->database()).list().isEmpty());
    }

    // The Own GPUs tab shows core's break-even for the workload; the Total cost tab core's
    // 12, 24 and 36 months, with the people and staff training of its form.
    void ownGpusAndTotalCostAreCoresFigures()
    {
        DatabaseSettings(m_workspace->database()).setReportingCurrency(QStringLiteral("USD"));
        m_page->refresh();
        m_page->setModel(0, QStringLiteral("openai/gpt-4o"));
        m_page->setModel(1, QString());
        m_page->setModel(2, QString());
        m_page->setWorkload(20'000, 3'000, 500, false, TextLanguage::English, 0.0);
        // AWS p5.48xlarge (8 × H100) at $55.04 an hour, 20,000 tokens a second at 60 %.
        m_page->selfHostingPanel()->setInstance(QStringLiteral("aws/p5.48xlarge"), 20'000, 60, 0.0);

        InferenceAssumptions workload;
        workload.model = { QStringLiteral("openai"), QStringLiteral("gpt-4o") };
        workload.requestsPerDay = 20'000;
        workload.inputTokensPerRequest = 3'000;
        workload.outputTokensPerRequest = 500;
        const PriceCatalog catalog = PriceRepository(m_workspace->database()).catalog();
        const InferenceEstimate api
            = estimateInference(workload, catalog, TokensPerWord(), QDate(2026, 1, 15));
        const std::optional<SelfHostingAssumptions> hosting = m_page->selfHostingPanel()->assumptions();
        QVERIFY(hosting);
        QCOMPARE(hosting->storagePerMonth, Money(20'000, QStringLiteral("USD")));
        const FxConverter dollars(QStringLiteral("USD"), {});
        const SelfHostingComparison comparison(*hosting, api, catalog, dollars, QDate(2026, 1, 15));
        // $0.0125 a request; one instance $40,179.20 a month and $200 of storage: $40,379.20.
        QCOMPARE(comparison.breakEvenRequestsPerMonth(100'000'000), std::optional<std::int64_t>(3'230'336));
        const QString summary = m_page->selfHostingPanel()->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("3,230,336</span> requests a month")), qPrintable(summary));
        QCOMPARE(m_page->selfHostingPanel()->chart()->breakEven(), std::optional<std::int64_t>(3'230'336));

        const QTableWidget *totals = m_page->ownershipPanel()->totalsTable();
        QCOMPARE(totals->rowCount(), 5);
        QCOMPARE(totals->columnCount(), 4);
        // The form's people: 20, 10 and 10 days at $750, $850 and $600 to build ($29,500), then
        // 4, 2 and 2 days a month ($5,900): $94,400 over 12 months; 50 staff at $150.
        QCOMPARE(totals->item(2, 1)->text(), QStringLiteral("$94,400.00"));
        QCOMPARE(totals->item(3, 3)->text(), QStringLiteral("$7,500.00"));
        const std::optional<OwnershipEstimate> &estimate = m_page->ownershipPanel()->estimate();
        QVERIFY(estimate);
        OwnershipAssumptions assumptions;
        assumptions.inference = workload;
        assumptions.people = { { { QStringLiteral("a"), 20, 4, Money(75'000, QStringLiteral("USD")) },
                                 { QStringLiteral("b"), 10, 2, Money(85'000, QStringLiteral("USD")) },
                                 { QStringLiteral("c"), 10, 2, Money(60'000, QStringLiteral("USD")) } },
                               50,
                               Money(15'000, QStringLiteral("USD")) };
        assumptions.fineTuning = FineTuningAssumptions {
            { QStringLiteral("openai"), QStringLiteral("gpt-4o-mini") }, 100'000, 3, 0, QString()
        };
        const OwnershipEstimate expected
            = estimateOwnership(assumptions, catalog, TokensPerWord(), dollars, QDate(2026, 1, 15));
        for (int column = 0; column < 3; ++column)
            QCOMPARE(totals->item(4, column + 1)->text(),
                     expected.over(OwnershipHorizons[column]).toString());
        QCOMPARE(estimate->over(36), expected.over(36));

        // Saved as a project's estimate (undoable), then compared with the project's actuals.
        Project project;
        project.code = QStringLiteral("SUP");
        project.name = QStringLiteral("Support");
        project.startDate = QDate(2026, 1, 1);
        project.id = ProjectRepository(m_workspace->database()).create(project);
        QVERIFY(m_page->ownershipPanel()->assumptionsText().startsWith(
            QStringLiteral("openai/gpt-4o: 20,000 requests a day of 3,000 tokens read and 500 generated")));
        ui::executeCommand(*m_workspace,
                           std::make_unique<ui::SaveEstimateCommand>(
                               *m_workspace, project.id, project.code, QStringLiteral("Pilot"),
                               QDate(2026, 1, 1), *estimate, m_page->ownershipPanel()->assumptionsText()));
        {
            ui::EstimateAgainstActualDialog dialog(m_workspace->database(), project, QDate(2026, 2, 10));
            QCOMPARE(dialog.versionCount(), 1);
            QCOMPARE(dialog.table()->rowCount(), 2); // January, and February to date
            QCOMPARE(dialog.table()->item(0, 1)->text(), estimate->months.at(0).total.toString());
            QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("$0.00"));
            QCOMPARE(dialog.table()->item(1, 0)->text(), QStringLiteral("February 2026 (to date)"));
            QVERIFY2(dialog.summaryText().contains(QStringLiteral("-100%")),
                     qPrintable(dialog.summaryText()));
        }
        m_workspace->undoStack()->undo();
        QCOMPARE(ui::EstimateAgainstActualDialog(m_workspace->database(), project, QDate(2026, 2, 10))
                     .versionCount(),
                 0);

        // On own GPUs instead: one instance every month.
        ui::OwnershipPanel *panel = m_page->ownershipPanel();
        panel->setSelfHosted(true);
        QVERIFY(panel->estimate()->selfHosted);
        QCOMPARE(panel->estimate()->over(12, OwnershipComponent::Inference),
                 Money(12 * 4'037'920, QStringLiteral("USD")));
    }

private:
    QTemporaryDir m_directory;
    int m_databases = 0;
    std::unique_ptr<ui::Workspace> m_workspace;
    std::unique_ptr<EstimatorPage> m_page;
};

QTEST_MAIN(TestEstimatorPage)
#include "tst_estimatorpage.moc"
