// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/page.h"
#include "pricing/usageledger.h"

class QLabel;
class QSplitter;
class QTableView;

namespace costboard::render::charts {
class UsageInvoiceChart;
}

namespace costboard::ui {

class UnpricedUsageModel;
class UsageComparisonModel;
class Workspace;

// Usage against invoice: per provider and month, the imported token usage priced from the
// catalog beside the provider's bill and the gap, gaps worth a look marked; the selected
// provider's months as a chart; and the models seen in usage with no price, whose tokens are
// counted apart.
class UsagePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsagePage)

public:
    explicit UsagePage(Workspace &workspace, QWidget *parent = nullptr);

    static QString pageTitle() { return tr("Usage"); }
    static QString pageIconName() { return QStringLiteral("usage"); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
    UsageComparisonModel *comparisonModel() const { return m_comparison; }
    UnpricedUsageModel *unpricedModel() const { return m_unpriced; }
    render::charts::UsageInvoiceChart *chart() const { return m_chart; }

public slots:
    void refresh() override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The chart beside the table when the page has room for both whole, else below it.
    void placeChart();

    // The chart follows the provider of the selected month (the first provider by default).
    void showSelectedProvider();

    Workspace &m_workspace;
    pricing::UsageLedger::Comparison m_figures;
    UsageComparisonModel *m_comparison;
    UnpricedUsageModel *m_unpriced;
    QTableView *m_comparisonView;
    QTableView *m_unpricedView;
    QSplitter *m_tableAndChart;
    render::charts::UsageInvoiceChart *m_chart;
    QLabel *m_summary;
    QLabel *m_unpricedTitle;
};

} // namespace costboard::ui
