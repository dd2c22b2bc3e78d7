// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/paintedchart.h"
#include "governance/talentshape.h"

namespace costboard::render::charts {

// The shape of the AI teams: headcount by level, junior at the bottom and strategic at the top,
// each level a bar centred on the middle as wide as its share of the heads (internal and external
// people apart), with the committee's target drawn as a dashed outline over it. A pyramid is wide
// at the bottom; the diamond the article asks for is widest in the middle.
class TalentShapeChart final : public PaintedChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TalentShapeChart)

public:
    explicit TalentShapeChart(QWidget *parent = nullptr);

    void setShape(const Headcount &headcount, const LevelTargets &targets);
    QString title() const override;

    const Headcount &headcount() const { return m_headcount; }
    TalentShape shape() const { return classifyShape(m_headcount.total()); }
    // The half width of a level's bar and of its target outline, for tests.
    double barHalfWidth(TalentLevel level) const;
    double targetHalfWidth(TalentLevel level) const;

protected:
    void drawContent(QPainter &painter, const QRectF &area) const override;

private:
    struct Layout
    {
        QRectF plot;
        double labelWidth = 0;
        double rowHeight = 0;
        double scale = 0; // pixels per percentage point of the half width
        double legendHeight = 0;
    };
    Layout layoutIn(const QRectF &area) const;
    QList<LegendEntry> legend() const;
    double share(int heads) const; // percentage of all heads

    Headcount m_headcount;
    LevelTargets m_targets {};
};

} // namespace costboard::render::charts
