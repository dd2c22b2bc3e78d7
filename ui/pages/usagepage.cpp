// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/usagepage.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "charts/usageinvoicechart.h"
#include "errors.h"
#include "errortexts.h"
#include "models/unpricedusagemodel.h"
#include "models/usagecomparisonmodel.h"
#include "widgets/recordtable.h"
#include "workspace.h"

namespace costboard::ui {

using pricing::UsageLedger;

UsagePage::UsagePage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_comparison(new UsageComparisonModel(this))
    , m_unpriced(new UnpricedUsageModel(this))
    , m_comparisonView(new QTableView(this))
    , m_unpricedView(new QTableView(this))
    , m_tableAndChart(new QSplitter(Qt::Horizontal, this))
    , m_chart(new render::charts::UsageInvoiceChart(this))
    , m_summary(new QLabel(this))
    , m_unpricedTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("usagePage"));
    m_comparisonView->setObjectName(QStringLiteral("usageAgainstInvoice"));
    m_unpricedView->setObjectName(QStringLiteral("unpricedUsage"));
    m_summary->setObjectName(QStringLiteral("usageSummary"));
    m_comparisonView->setModel(m_comparison);
    m_unpricedView->setModel(m_unpriced);
    setUpRecordTable(m_comparisonView, QAbstractItemView::SingleSelection,
                     UsageComparisonModel::UnpricedColumn);
    setUpRecordTable(m_unpricedView, QAbstractItemView::NoSelection, UnpricedUsageModel::PriceNowColumn);
    m_chart->setFollowsPalette(true);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("Token usage imported from the providers' usage reports, priced from the model price "
                      "catalog at each day's price, beside what the provider billed for the same month. A "
                      "gap of more than %1 is marked: a price that changed, a usage export that misses "
                      "something, or a charge usage does not count. Until a month's bill is imported, its "
                      "priced usage is the cost; once it is, the bill is the cost and the usage its check.")
                       .arg(UsageComparisonModel::reviewThreshold()));
    m_summary->setWordWrap(true);
    m_unpricedTitle->setWordWrap(true);

    // The table and the selected provider's months.
    m_tableAndChart->addWidget(m_comparisonView);
    m_tableAndChart->addWidget(m_chart);
    m_tableAndChart->setStretchFactor(0, 3);
    m_tableAndChart->setStretchFactor(1, 2);
    m_tableAndChart->setChildrenCollapsible(false);

    auto *unpricedPane = new QWidget(this);
    auto *unpricedLayout = new QVBoxLayout(unpricedPane);
    unpricedLayout->setContentsMargins(0, 0, 0, 0);
    unpricedLayout->addWidget(m_unpricedTitle);
    unpricedLayout->addWidget(m_unpricedView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tableAndChart);
    splitter->addWidget(unpricedPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_comparisonView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsagePage::showSelectedProvider);
    connect(&m_workspace, &Workspace::dataChanged, this, &UsagePage::refreshWhenShown);
    refreshWhenShown();
}

void UsagePage::refresh()
{
    QList<UsageLedger::UnpricedModel> unpriced;
    try {
        UsageLedger ledger(m_workspace.database());
        m_figures = ledger.usageAgainstInvoice();
        unpriced = ledger.unpricedModels();
    } catch (const Error &error) {
        spdlog::error("cannot compare usage with invoices: {}", error.what());
        m_figures = {};
        m_summary->setText(errorText(error));
    }
    m_comparison->setComparison(m_figures);
    m_unpriced->setModels(unpriced);
    showSelectedProvider();
    placeChart();

    const int review = m_comparison->monthsToReview();
    if (m_figures.months.isEmpty())
        m_summary->setText(tr("No token usage imported yet. Import an OpenAI or Anthropic usage report, or "
                              "a usage CSV, from File > Import."));
    else if (review == 0)
        m_summary->setText(tr("<b>Every bill matches its priced usage within %1.</b>")
                               .arg(UsageComparisonModel::reviewThreshold()));
    else
        m_summary->setText(tr("<b>%n month(s) where the bill and the priced usage are more than %1 "
                              "apart.</b>",
                              nullptr, review)
                               .arg(UsageComparisonModel::reviewThreshold()));
    m_unpricedTitle->setText(
        unpriced.isEmpty()
            ? tr("Every model in the imported usage has a price.")
            : tr("Models without a price: their tokens are counted apart and not booked, never at zero. "
                 "Add their price on the Prices page, then import the usage again."));
}

void UsagePage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    placeChart();
}

void UsagePage::placeChart()
{
    // Its columns whole, and room for a vertical scroll bar should the months outgrow the height.
    int tableWidth
        = 2 * m_comparisonView->frameWidth() + m_comparisonView->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < UsageComparisonModel::ColumnCount; ++column)
        tableWidth += columnContentsWidth(m_comparisonView, column);
    const int chartWidth = 2 * m_chart->minimumSizeHint().width(); // room for four months and their labels
    const Qt::Orientation orientation
        = m_tableAndChart->width() >= tableWidth + chartWidth + m_tableAndChart->handleWidth()
        ? Qt::Horizontal
        : Qt::Vertical;
    m_tableAndChart->setOrientation(orientation);
    // The table takes what its columns or rows need and the chart the rest.
    if (orientation == Qt::Horizontal) {
        m_tableAndChart->setSizes({ tableWidth, m_tableAndChart->width() - tableWidth });
    } else {
        const int tableHeight = m_comparisonView->horizontalHeader()->height()
            + m_comparisonView->verticalHeader()->defaultSectionSize() * std::max(1, m_comparison->rowCount())
            + 2 * m_comparisonView->frameWidth() + 2;
        const int chartHeight
            = std::max(m_tableAndChart->height() - tableHeight - m_tableAndChart->handleWidth(),
                       m_chart->minimumSizeHint().height());
        m_tableAndChart->setSizes({ tableHeight, chartHeight });
    }
}

void UsagePage::showSelectedProvider()
{
    const QModelIndex current = m_comparisonView->currentIndex();
    QString vendor;
    if (current.isValid())
        vendor = m_comparison->monthAt(current.row()).vendor;
    else if (!m_figures.months.isEmpty())
        vendor = m_figures.months.first().vendor;
    m_chart->setComparison(m_figures, vendor);
}

} // namespace costboard::ui
