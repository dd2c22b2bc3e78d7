// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "charts/paintedchart.h"
#include "pricing/usageledger.h"

namespace costboard::render::charts {

// One provider's months, oldest first: the usage priced from the catalog beside the bill, as two
// bars a month, with the gap written above the months whose gap asks for a look (core's rule), in
// the bad tone. The figures come from core's usage against invoice; the chart only draws them.
class UsageInvoiceChart final : public PaintedChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageInvoiceChart)

public:
    explicit UsageInvoiceChart(QWidget *parent = nullptr);

    // The months of `vendor` in `comparison`.
    void setComparison(const pricing::UsageLedger::Comparison &comparison, const QString &vendor);

    QString title() const override;
    const QList<pricing::UsageLedger::MonthComparison> &months() const { return m_months; }

protected:
    void drawContent(QPainter &painter, const QRectF &area) const override;
    // The items are the months, by index.
    int itemAt(const QPointF &position) const override;
    QString itemToolTip(int item) const override;

private:
    struct Layout
    {
        QRectF plot;
        double axisWidth = 0.0;
        double legendHeight = 0.0;
    };
    Layout layout(const QRectF &area) const;
    QRectF monthBand(const Layout &layout, int index) const;
    QList<LegendEntry> legend() const;

    QList<pricing::UsageLedger::MonthComparison> m_months;
    QString m_vendor;
    QString m_currency;
};

} // namespace costboard::render::charts
