// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "application.h"
#include "demo/demoportfolio.h"
#include "layouttestsupport.h"
#include "mainwindow.h"
#include "models/alertrulesmodel.h"
#include "models/alertsmodel.h"
#include "models/costlinesmodel.h"
#include "models/pricelistmodel.h"
#include "models/projectsmodel.h"
#include "pages/page.h"
#include "storage/database.h"
#include "widgets/recordtable.h"

using namespace costboard;

namespace {

// The pages of the window, in the navigation's order.
enum PageIndex
{
    AlertCentrePage = 1,
    ProjectsPage = 2,
    CostLinesPage = 3,
    BudgetsPage = 4,
    AlertRulesPage = 5,
    PricesPage = 9,
    EstimatorPage = 10,
    UsagePage = 11,
    UnitCostsPage = 12,
    CommitteePage = 13,
};

// The visible controls of `page` whose text is cut: narrower than the width they ask for.
QStringList squeezedControls(const QWidget *page)
{
    QStringList squeezed;
    const auto describe = [](const QWidget *widget, const QString &text, int width, int wanted) {
        return QStringLiteral("%1 \"%2\": %3 px for %4 px")
            .arg(widget->objectName(), text)
            .arg(width)
            .arg(wanted);
    };
    for (const QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(page) && !button->text().isEmpty()
            && button->width() < button->sizeHint().width())
            squeezed << describe(button, button->text(), button->width(), button->sizeHint().width());
    }
    for (const QComboBox *combo : page->findChildren<QComboBox *>()) {
        if (combo->isVisibleTo(page) && !combo->parentWidget()->inherits("QAbstractItemView")
            && combo->width() < combo->sizeHint().width())
            squeezed << describe(combo, combo->currentText(), combo->width(), combo->sizeHint().width());
    }
    for (const QLineEdit *edit : page->findChildren<QLineEdit *>()) {
        if (!edit->isVisibleTo(page) || edit->placeholderText().isEmpty())
            continue;
        // The whole hint beside the clear button.
        const int wanted = edit->fontMetrics().horizontalAdvance(edit->placeholderText())
            + 2 * edit->fontMetrics().height();
        if (edit->width() < wanted)
            squeezed << describe(edit, edit->placeholderText(), edit->width(), wanted);
    }
    return squeezed;
}

// The columns of `view` (other than `except`) narrower than their header and rows need.
QStringList cutColumns(const QTableView *view, QList<int> except)
{
    QStringList cut;
    const QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || except.contains(column))
            continue;
        const int needed = ui::columnContentsWidth(view, column);
        if (header->sectionSize(column) < needed)
            cut << QStringLiteral("%1: %2 px for %3 px")
                       .arg(view->model()->headerData(column, Qt::Horizontal).toString())
                       .arg(header->sectionSize(column))
                       .arg(needed);
    }
    return cut;
}

} // namespace

// The record pages at 1024×768, 1366×768 and 1920×1080, in English and French: no button, combo
// box or filter field is cut, and no column the user reads is elided (a narrow window scrolls the
// table sideways instead).
class TestPageLayouts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        m_databasePath = test::prepareLayoutTest(QStringLiteral("tst_pagelayouts"), m_directory);
    }

    void init() { QSettings().clear(); }

    void nothingIsCut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("page");
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("fr") }) {
            for (const QSize &size : { QSize(1024, 768), QSize(1366, 768), QSize(1920, 1080) }) {
                for (const int page :
                     { AlertCentrePage, ProjectsPage, CostLinesPage, BudgetsPage, AlertRulesPage, PricesPage,
                       EstimatorPage, UsagePage, UnitCostsPage, CommitteePage })
                    QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3 page %4")
                                                 .arg(language)
                                                 .arg(size.width())
                                                 .arg(size.height())
                                                 .arg(page)))
                        << language << size << page;
            }
        }
    }

    void nothingIsCut()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(int, page);
        ui::Application application(language);
        QVERIFY(application.openDatabase(m_databasePath));
        ui::MainWindow *window = application.mainWindow();
        window->resize(size);
        window->showPage(page);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::qWait(50);
        QCoreApplication::processEvents();
        const auto *pages = window->findChild<QStackedWidget *>();
        QVERIFY(pages);
        const QWidget *shown = pages->currentWidget();
        QVERIFY(shown);
        QVERIFY(shown->geometry().right() < window->width());

        const QStringList squeezed = squeezedControls(shown);
        QVERIFY2(squeezed.isEmpty(), qPrintable(squeezed.join(QStringLiteral(" | "))));
        // Every control inside the page, none pushed past its right edge.
        for (const QWidget *control : shown->findChildren<QWidget *>()) {
            if (control->isVisibleTo(shown) && control->parentWidget() == shown)
                QVERIFY2(control->geometry().right() <= shown->width(), qPrintable(control->objectName()));
        }

        const auto *view = shown->findChild<QTableView *>();
        QVERIFY(view);
        const QHeaderView *header = view->horizontalHeader();
        switch (page) {
        case AlertCentrePage: {
            // The sentence keeps the room the empty acknowledgement column used to take.
            QVERIFY2(header->sectionSize(ui::AlertsModel::SentenceColumn)
                         >= std::min(ui::columnContentsWidth(view, ui::AlertsModel::SentenceColumn),
                                     20 * view->fontMetrics().averageCharWidth()),
                     qPrintable(QString::number(header->sectionSize(ui::AlertsModel::SentenceColumn))));
            QVERIFY(header->sectionSize(ui::AlertsModel::SentenceColumn)
                    > header->sectionSize(ui::AlertsModel::AcknowledgementColumn));
            // …and all the width the others leave: no empty band at the right of the table.
            QVERIFY2(
                header->length() >= view->viewport()->width(),
                qPrintable(QStringLiteral("%1 < %2").arg(header->length()).arg(view->viewport()->width())));
            QVERIFY(header->sectionSize(ui::AlertsModel::AcknowledgementColumn)
                    <= ui::columnContentsWidth(view, ui::AlertsModel::AcknowledgementColumn));
            const QStringList cut = cutColumns(
                view, { ui::AlertsModel::SentenceColumn, ui::AlertsModel::AcknowledgementColumn });
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
            break;
        }
        case ProjectsPage:
        case AlertRulesPage: {
            // Every column whole, the names included (the demo's longest project name too).
            const QStringList cut = cutColumns(view, {});
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
            const int nameColumn = page == ProjectsPage ? int(ui::ProjectsModel::NameColumn)
                                                        : int(ui::AlertRulesModel::NameColumn);
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QString name = view->model()->index(row, nameColumn).data().toString();
                QVERIFY2(view->fontMetrics().horizontalAdvance(name) < header->sectionSize(nameColumn),
                         qPrintable(name));
            }
            // The names take the spare width of a wide window; the figures keep their contents'.
            if (size.width() >= 1920)
                QCOMPARE(header->length(), view->viewport()->width());
            break;
        }
        case CostLinesPage: {
            const QStringList cut = cutColumns(view, { ui::CostLinesModel::DescriptionColumn });
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
            // The service period shows only when a loaded line has one: empty, it would take width.
            bool anyServicePeriod = false;
            for (int row = 0; row < view->model()->rowCount(); ++row)
                anyServicePeriod = anyServicePeriod
                    || !view->model()
                            ->index(row, ui::CostLinesModel::ServiceColumn)
                            .data()
                            .toString()
                            .isEmpty();
            QCOMPARE(view->isColumnHidden(ui::CostLinesModel::ServiceColumn), !anyServicePeriod);
            break;
        }
        case EstimatorPage: {
            // Every figure of the results whole (a narrow window scrolls them sideways).
            const auto *results = shown->findChild<QTableView *>(QStringLiteral("estimateResults"));
            QVERIFY(results);
            const QStringList cut = cutColumns(results, {});
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
            break;
        }
        case PricesPage: {
            // Every price whole; the source, a URL and a note, takes what is left.
            const auto *list = shown->findChild<QTableView *>(QStringLiteral("priceList"));
            QVERIFY(list);
            QVERIFY(list->model()->rowCount() > 0);
            const QStringList cut = cutColumns(list, { ui::PriceListModel::SourceColumn });
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
            break;
        }
        case UsagePage: {
            // Every month's figures whole, and every model without a price; the chart beside or
            // below the table.
            for (const char *name : { "usageAgainstInvoice", "unpricedUsage" }) {
                const auto *table = shown->findChild<QTableView *>(QLatin1String(name));
                QVERIFY(table);
                QVERIFY2(table->model()->rowCount() > 0, name);
                const QStringList cut = cutColumns(table, {});
                QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
            }
            const auto *chart = shown->findChild<QWidget *>(QStringLiteral("usageInvoiceChart"));
            QVERIFY(chart && chart->isVisible());
            QVERIFY(chart->width() >= chart->minimumSizeHint().width());
            QVERIFY(chart->height() >= chart->minimumSizeHint().height());
            break;
        }
        case UnitCostsPage: {
            // Every project's figures whole (a narrow page names projects by code); the chart on top.
            const auto *table = shown->findChild<QTableView *>(QStringLiteral("unitCostsByProject"));
            QVERIFY(table);
            QVERIFY(table->model()->rowCount() > 0);
            const QStringList cut = cutColumns(table, {});
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
            const auto *chart = shown->findChild<QWidget *>(QStringLiteral("unitCostTrendChart"));
            QVERIFY(chart && chart->isVisible());
            QVERIFY(chart->height() >= chart->minimumSizeHint().height());
            break;
        }
        case CommitteePage: {
            // The ranked portfolio's scores and figures whole; the matrix above it at its size.
            const auto *table = shown->findChild<QTableView *>(QStringLiteral("ranking"));
            QVERIFY(table);
            QVERIFY(table->model()->rowCount() > 0);
            const QStringList cut = cutColumns(table, {});
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
            const auto *chart = shown->findChild<QWidget *>(QStringLiteral("valueCostMatrix"));
            QVERIFY(chart && chart->isVisible());
            QVERIFY(chart->height() >= chart->minimumSizeHint().height());
            break;
        }
        default:
            break;
        }
    }

private:
    QTemporaryDir m_directory;
    QString m_databasePath;
};

QTEST_MAIN(TestPageLayouts)
#include "tst_pagelayouts.moc"
