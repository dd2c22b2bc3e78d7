// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "charts/paintedchart.h"
#include "pricing/ownership.h"

namespace costboard::render::charts {

// Monthly cost against monthly volume: the API's straight line beside the self-hosted steps (a
// new instance at each step), the break-even volume and the volume assumed marked. The figures
// come from core's SelfHostingComparison.
class BreakEvenChart final : public PaintedChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakEvenChart)

public:
    explicit BreakEvenChart(QWidget *parent = nullptr);

    // Up to `highestVolume` requests a month; `assumed` is marked on the axis.
    void setComparison(const pricing::SelfHostingComparison &comparison, std::int64_t assumed,
                       std::int64_t highestVolume);
    void clear();

    QString title() const override;
    std::optional<std::int64_t> breakEven() const { return m_breakEven; }

protected:
    void drawContent(QPainter &painter, const QRectF &area) const override;

private:
    struct Point
    {
        std::int64_t volume;
        std::int64_t apiMinor;
        std::int64_t selfHostedMinor;
    };
    QList<Point> m_points; // the volumes where the self-hosted cost steps, and the ends
    std::int64_t m_highestVolume = 0;
    std::int64_t m_assumed = 0;
    std::optional<std::int64_t> m_breakEven;
    QString m_currency;
};

// A total cost of ownership at each horizon (12, 24, 36 months), as bars stacked by component in
// the colours of their cost categories, each with its total above.
class OwnershipChart final : public PaintedChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnershipChart)

public:
    explicit OwnershipChart(QWidget *parent = nullptr);

    void setEstimate(const std::optional<pricing::OwnershipEstimate> &estimate);
    QString title() const override;

protected:
    void drawContent(QPainter &painter, const QRectF &area) const override;

private:
    std::optional<pricing::OwnershipEstimate> m_estimate;
};

// A component's name as a table or a legend gives it: "Inference", "People", …
QString ownershipComponentName(pricing::OwnershipComponent component, bool selfHosted);

} // namespace costboard::render::charts
