// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "kpis.h"
#include "slides/slidedeck.h"

class QLabel;
class QVBoxLayout;

namespace costboard::render::charts {
class PaintedChart;
} // namespace costboard::render::charts

namespace costboard::render::slides {

// One headline figure drawn large for a projector: a dark panel, a stripe in the figure's tone,
// its caption, value, trend arrow and comparison. Sizes follow the slide's height.
class FigurePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigurePanel)

public:
    explicit FigurePanel(const KpiFigure &figure, QWidget *parent = nullptr);

    const KpiFigure &figure() const { return m_figure; }
    // Pixel sizes for a slide `slideHeight` pixels high.
    void setSlideHeight(int slideHeight);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    KpiFigure m_figure;
    int m_slideHeight = 768;
};

// One slide of the presentation: its heading and the view it shows, in the high-contrast look
// (black background, white text, thick lines), with every text sized from the slide's height so
// that it reads from the back of a room at 1024×768 as at 1920×1080. It formats the content; the
// figures are the snapshot's and the report content's.
class SlideWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlideWidget)

public:
    SlideWidget(const Slide &slide, const WeeklyReportContent &content, QWidget *parent = nullptr);

    const Slide &slide() const { return m_slide; }
    QString title() const;
    // The figure panels shown (KPI and project slides), in reading order.
    QList<FigurePanel *> figurePanels() const { return m_figures; }

    // The colour of a tone on the slides' black background (lighter than on a white page).
    static QColor toneColourOnDark(KpiTone tone);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *addText(const QString &text, double relativeSize, bool bold = false,
                    const QColor &colour = Qt::white);
    void buildKpis();
    void buildProject();
    void buildAlerts();
    void buildChart();
    void applyScale();

    struct ScaledText
    {
        QLabel *label;
        double relativeSize; // pixel size / slide height
        bool bold;
    };

    Slide m_slide;
    const WeeklyReportContent &m_content;
    QList<ScaledText> m_texts;
    QList<FigurePanel *> m_figures;
    charts::PaintedChart *m_chart = nullptr;
    QVBoxLayout *m_layout;
    int m_scaledHeight = 0;
};

} // namespace costboard::render::slides
