// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/slidewidget.h"

#include <cmath>

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

#include "charts/categorydonutchart.h"
#include "charts/cumulativechart.h"
#include "charts/projectbarchart.h"
#include "charts/weeklycostchart.h"
#include "labels.h"

namespace costboard::render::slides {
namespace {

// Sizes are fractions of the slide's height: a line of body text is 3.2 % of it (25 px at 768,
// 35 px at 1080), which reads from about 10 m on a 2 m wide projection.
constexpr double titleSize = 0.060;
constexpr double subtitleSize = 0.036;
constexpr double bodySize = 0.034;
constexpr double captionSize = 0.030;
constexpr double valueSize = 0.068;
constexpr double comparisonSize = 0.028;
constexpr double chartAxisSize = 0.028;
constexpr int maxMovers = 3;
constexpr int maxAlerts = 6;
constexpr int maxProjectAlerts = 3;

const QColor secondaryText(0xcf, 0xd8, 0xdc);
const QColor panelBackground(0x1c, 0x23, 0x2b);

int pixels(double relativeSize, int slideHeight)
{
    return std::max(8, static_cast<int>(std::lround(relativeSize * slideHeight)));
}

QFont pixelFont(const QFont &base, int pixelSize, bool bold)
{
    QFont font = base;
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

QString severityMark(AlertSeverity severity)
{
    const KpiTone tone = severity == AlertSeverity::Critical ? KpiTone::Bad
        : severity == AlertSeverity::Warning                 ? KpiTone::Warning
                                                             : KpiTone::Neutral;
    return QStringLiteral("<span style='color:%1'>●</span>").arg(SlideWidget::toneColourOnDark(tone).name());
}

QString alertLine(const Alert &alert, const WeeklyReportContent &content)
{
    QString scope;
    if (alert.projectId && content.projectsById.contains(*alert.projectId))
        scope = projectName(content.projectsById.value(*alert.projectId));
    return severityMark(alert.severity) + QStringLiteral("&nbsp;")
        + alertSentence(alert, scope).toHtmlEscaped();
}

// The figures of a project over its threshold, for its slide: the report's project row, over
// the fiscal period of the dashboard's forecast.
QList<KpiFigure> projectFigures(const WeeklyReportProject &row, const DashboardSnapshot &snapshot)
{
    const ScopeFigures &figures = row.figures;
    const DashboardKpis &kpis = snapshot.kpis;
    const QString period = periodLabel(snapshot.calendar, kpis.forecastPeriodKind, kpis.forecastPeriod.first);
    QList<KpiFigure> list;

    KpiFigure spent;
    spent.caption = QCoreApplication::translate("Slides", "Spent, %1 to date").arg(period);
    spent.value = snapshot.money(figures.actual).toShortString();
    if (const std::optional<double> share = shareOfBudget(figures.actual, figures.budgetToDate)) {
        spent.comparison
            = QCoreApplication::translate("Slides", "%1 of the budget to date (%2)")
                  .arg(ratioLabel(*share), snapshot.money(*figures.budgetToDate).toCompactString());
        spent.tone = toneOf(BudgetHealthRule::ofConsumed(figures.actual, *figures.budgetToDate));
    } else {
        spent.comparison = QCoreApplication::translate("Slides", "no budget to date");
    }
    list << spent;

    KpiFigure forecast;
    forecast.caption = QCoreApplication::translate("Slides", "Forecast %1").arg(period);
    forecast.value = snapshot.money(figures.forecast).toShortString();
    if (figures.budget && *figures.budget > 0) {
        const double ratio = double(figures.forecast) / double(*figures.budget);
        forecast.comparison
            = QCoreApplication::translate("Slides", "%1 of the %2 budget (%3)")
                  .arg(ratioLabel(ratio), period, snapshot.money(*figures.budget).toCompactString());
        if (ratio > 1.0) {
            forecast.trend = KpiTrend::Up;
            forecast.trendTone = KpiTone::Bad;
        }
    } else {
        forecast.comparison = QCoreApplication::translate("Slides", "no %1 budget").arg(period);
    }
    forecast.tone = toneOf(figures.health);
    list << forecast;

    KpiFigure budget;
    budget.caption = QCoreApplication::translate("Slides", "Budget %1").arg(period);
    budget.value = figures.budget ? snapshot.money(*figures.budget).toShortString()
                                  : QCoreApplication::translate("Slides", "none");
    if (const std::optional<double> consumed = row.figures.consumedShare()) {
        budget.comparison = QCoreApplication::translate("Slides", "%1 consumed").arg(ratioLabel(*consumed));
    }
    if (const std::optional<std::int64_t> variance = figures.variance()) {
        const QString amount = snapshot.money(std::abs(*variance)).toCompactString();
        const QString line = *variance > 0
            ? QCoreApplication::translate("Slides", "forecast overrun %1").arg(amount)
            : QCoreApplication::translate("Slides", "forecast headroom %1").arg(amount);
        budget.comparison
            = budget.comparison.isEmpty() ? line : budget.comparison + QStringLiteral(" · ") + line;
    }
    list << budget;

    KpiFigure week;
    week.caption = QCoreApplication::translate("Slides", "This week (%1)").arg(weekLabel(kpis.week));
    week.value = snapshot.money(row.thisWeek).toShortString();
    const std::int64_t change = row.weekChange();
    week.comparison
        = QCoreApplication::translate("Slides", "%1 vs last week")
              .arg((change > 0 ? QStringLiteral("+") : QString()) + snapshot.money(change).toShortString());
    week.trend = change == 0 ? KpiTrend::Flat : (change > 0 ? KpiTrend::Up : KpiTrend::Down);
    week.trendTone = change == 0 ? KpiTone::Neutral : (change > 0 ? KpiTone::Bad : KpiTone::Good);
    list << week;
    return list;
}

} // namespace

// --- FigurePanel

FigurePanel::FigurePanel(const KpiFigure &figure, QWidget *parent)
    : QWidget(parent)
    , m_figure(figure)
{
    setObjectName(QStringLiteral("figurePanel"));
    setToolTip(figure.toolTip);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FigurePanel::setSlideHeight(int slideHeight)
{
    m_slideHeight = slideHeight;
    updateGeometry();
    update();
}

QSize FigurePanel::sizeHint() const
{
    const int padding = pixels(0.015, m_slideHeight);
    const QFontMetrics caption(pixelFont(font(), pixels(captionSize, m_slideHeight), false));
    const QFontMetrics value(pixelFont(font(), pixels(valueSize, m_slideHeight), true));
    const QFontMetrics comparison(pixelFont(font(), pixels(comparisonSize, m_slideHeight), false));
    const int height
        = 2 * padding + caption.height() + value.height() + 2 * comparison.lineSpacing() + padding / 2;
    return { pixels(0.4, m_slideHeight), height };
}

void FigurePanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = rect();
    painter.fillRect(area, panelBackground);
    const double stripe = pixels(0.014, m_slideHeight);
    painter.fillRect(QRectF(area.left(), area.top(), stripe, area.height()),
                     SlideWidget::toneColourOnDark(m_figure.tone));

    const double padding = pixels(0.015, m_slideHeight);
    const QRectF content = area.adjusted(stripe + padding, padding, -padding, -padding / 2);
    const QFont captionFont = pixelFont(font(), pixels(captionSize, m_slideHeight), false);
    const QFont valueFont = pixelFont(font(), pixels(valueSize, m_slideHeight), true);
    const QFont comparisonFont = pixelFont(font(), pixels(comparisonSize, m_slideHeight), false);
    const QFontMetricsF captionMetrics(captionFont);
    const QFontMetricsF valueMetrics(valueFont);

    double y = content.top();
    painter.setFont(captionFont);
    painter.setPen(secondaryText);
    painter.drawText(QRectF(content.left(), y, content.width(), captionMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     captionMetrics.elidedText(m_figure.caption, Qt::ElideRight, content.width()));
    y += captionMetrics.height();

    QString arrow;
    switch (m_figure.trend) {
    case KpiTrend::Up:
        arrow = QStringLiteral("▲");
        break;
    case KpiTrend::Down:
        arrow = QStringLiteral("▼");
        break;
    case KpiTrend::Flat:
        arrow = QStringLiteral("▶");
        break;
    case KpiTrend::None:
        break;
    }
    const QRectF valueRect(content.left(), y, content.width(), valueMetrics.height());
    painter.setFont(valueFont);
    if (!arrow.isEmpty()) {
        painter.setPen(SlideWidget::toneColourOnDark(m_figure.trendTone));
        painter.drawText(valueRect, Qt::AlignRight | Qt::AlignVCenter, arrow);
    }
    painter.setPen(Qt::white);
    painter.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, m_figure.value);
    y += valueMetrics.height();

    painter.setFont(comparisonFont);
    painter.setPen(QColor(0xe8, 0xea, 0xed));
    painter.drawText(QRectF(content.left(), y, content.width(), content.bottom() - y),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_figure.comparison);
}

// --- SlideWidget

SlideWidget::SlideWidget(const Slide &slide, const WeeklyReportContent &content, QWidget *parent)
    : QWidget(parent)
    , m_slide(slide)
    , m_content(content)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("slide"));
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Qt::black);
    colours.setColor(QPalette::WindowText, Qt::white);
    setPalette(colours);

    QLabel *heading = addText(title(), titleSize, true);
    heading->setObjectName(QStringLiteral("slideTitle"));
    m_layout->addWidget(heading);
    switch (slide.kind) {
    case SlideKind::Kpis:
        buildKpis();
        break;
    case SlideKind::Project:
        buildProject();
        break;
    case SlideKind::OpenAlerts:
        buildAlerts();
        break;
    case SlideKind::WeeklySpend:
    case SlideKind::CumulativeSpend:
    case SlideKind::CategoryBreakdown:
    case SlideKind::ProjectBreakdown:
        buildChart();
        break;
    }
    applyScale();
}

QString SlideWidget::title() const
{
    return slideTitle(m_slide, m_content);
}

QColor SlideWidget::toneColourOnDark(KpiTone tone)
{
    switch (tone) {
    case KpiTone::Good:
        return QColor(QStringLiteral("#66bb6a"));
    case KpiTone::Warning:
        return QColor(QStringLiteral("#ffb300"));
    case KpiTone::Bad:
        return QColor(QStringLiteral("#ff5252"));
    case KpiTone::Neutral:
        break;
    }
    return QColor(QStringLiteral("#90a4ae"));
}

QLabel *SlideWidget::addText(const QString &text, double relativeSize, bool bold, const QColor &colour)
{
    auto *label = new QLabel(text, this);
    // Plain unless a caller marks it up: names typed by users are never read as HTML.
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: %1; background: transparent;").arg(colour.name()));
    m_texts << ScaledText { label, relativeSize, bold };
    return label;
}

void SlideWidget::buildKpis()
{
    const KpiFigures figures = kpiFigures(m_content.snapshot);
    auto *grid = new QGridLayout;
    const QList<KpiFigure> all = figures.all();
    for (int i = 0; i < all.size(); ++i) {
        auto *panel = new FigurePanel(all.at(i), this);
        m_figures << panel;
        grid->addWidget(panel, i / 2, i % 2);
    }
    m_layout->addLayout(grid);

    const DashboardSnapshot &snapshot = m_content.snapshot;
    // The dashboard's own words for its movers panel, in its translation context.
    m_layout->addWidget(
        addText(QCoreApplication::translate("costboard::ui::DashboardPage", "Largest movers vs last week"),
                subtitleSize, true));
    if (snapshot.movers.isEmpty()) {
        m_layout->addWidget(addText(QCoreApplication::translate("costboard::ui::DashboardPage", "No change."),
                                    bodySize, false, secondaryText));
    } else {
        auto *movers = new QGridLayout;
        int row = 0;
        for (const Mover &mover : snapshot.movers.mid(0, maxMovers)) {
            const bool up = mover.change() > 0;
            const QString arrow = QStringLiteral("<span style='color:%1'>%2</span>")
                                      .arg(toneColourOnDark(up ? KpiTone::Bad : KpiTone::Good).name(),
                                           up ? QStringLiteral("▲") : QStringLiteral("▼"));
            QLabel *name
                = addText(arrow + QStringLiteral("&nbsp;") + moverLabel(mover).toHtmlEscaped(), bodySize);
            name->setTextFormat(Qt::RichText);
            QLabel *amount = addText(
                (up ? QStringLiteral("+") : QString()) + snapshot.money(mover.change()).toString(), bodySize);
            amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            movers->addWidget(name, row, 0);
            movers->addWidget(amount, row, 1);
            ++row;
        }
        movers->setColumnStretch(0, 1);
        m_layout->addLayout(movers);
    }
    m_layout->addStretch(1);
}

void SlideWidget::buildProject()
{
    const WeeklyReportProject &row = m_content.projects.at(m_slide.projectIndex);
    const Project &project = row.project;
    QStringList facts { statusLabel(project.status), decisionLevelLabel(project.decisionLevel) };
    if (!project.owner.isEmpty())
        facts << QCoreApplication::translate("Slides", "owner: %1").arg(project.owner);
    const QString mark = QStringLiteral("<span style='color:%1'>●</span>&nbsp;")
                             .arg(toneColourOnDark(toneOf(row.figures.health)).name());
    QLabel *subtitle = addText(mark + facts.join(QStringLiteral(" · ")).toHtmlEscaped(), subtitleSize, false,
                               secondaryText);
    subtitle->setTextFormat(Qt::RichText);
    subtitle->setObjectName(QStringLiteral("projectFacts"));
    m_layout->addWidget(subtitle);

    auto *grid = new QGridLayout;
    const QList<KpiFigure> figures = projectFigures(row, m_content.snapshot);
    for (int i = 0; i < figures.size(); ++i) {
        auto *panel = new FigurePanel(figures.at(i), this);
        m_figures << panel;
        grid->addWidget(panel, i / 2, i % 2);
    }
    m_layout->addLayout(grid);

    QStringList lines;
    int projectAlerts = 0;
    for (const Alert &alert : m_content.openAlerts()) {
        if (alert.projectId != project.id)
            continue;
        if (++projectAlerts <= maxProjectAlerts)
            lines << alertLine(alert, m_content);
    }
    if (projectAlerts > maxProjectAlerts)
        lines << QCoreApplication::translate("Slides", "and %n more in the alert centre", nullptr,
                                             projectAlerts - maxProjectAlerts)
                     .toHtmlEscaped();
    if (!lines.isEmpty()) {
        QLabel *alerts = addText(lines.join(QStringLiteral("<br>")), bodySize);
        alerts->setTextFormat(Qt::RichText);
        alerts->setWordWrap(true);
        m_layout->addWidget(alerts);
    }
    m_layout->addStretch(1);
}

void SlideWidget::buildAlerts()
{
    const QList<Alert> open = m_content.openAlerts();
    if (open.isEmpty()) {
        QLabel *none = addText(QCoreApplication::translate("Slides", "No open alert."), subtitleSize, false,
                               secondaryText);
        none->setObjectName(QStringLiteral("noAlerts"));
        m_layout->addWidget(none);
        m_layout->addStretch(1);
        return;
    }
    for (const Alert &alert : open.mid(0, maxAlerts)) {
        QLabel *line = addText(alertLine(alert, m_content), bodySize);
        line->setTextFormat(Qt::RichText);
        line->setWordWrap(true);
        line->setObjectName(QStringLiteral("alertLine"));
        m_layout->addWidget(line);
    }
    if (open.size() > maxAlerts)
        m_layout->addWidget(addText(QCoreApplication::translate("Slides", "and %n more in the alert centre",
                                                                nullptr, int(open.size() - maxAlerts)),
                                    bodySize, false, secondaryText));
    m_layout->addStretch(1);
}

void SlideWidget::buildChart()
{
    const DashboardSnapshot &snapshot = m_content.snapshot;
    switch (m_slide.kind) {
    case SlideKind::WeeklySpend: {
        auto *chart = new charts::WeeklyCostChart(this);
        chart->setSnapshot(snapshot);
        // Alone on its slide the chart needs its colour key.
        chart->setCategoryLegend(true);
        m_chart = chart;
        break;
    }
    case SlideKind::CumulativeSpend: {
        auto *chart = new charts::CumulativeChart(this);
        chart->setSnapshot(snapshot);
        m_chart = chart;
        break;
    }
    case SlideKind::CategoryBreakdown: {
        auto *chart = new charts::CategoryDonutChart(this);
        chart->setSnapshot(snapshot);
        m_chart = chart;
        break;
    }
    case SlideKind::ProjectBreakdown: {
        auto *chart = new charts::ProjectBarChart(this);
        chart->setSnapshot(snapshot);
        m_chart = chart;
        break;
    }
    default:
        return;
    }
    m_chart->setHighContrast(true);
    m_chart->setTitleVisible(false); // the slide's heading names the chart
    m_chart->setFocusPolicy(Qt::NoFocus);
    // A slide is looked at, not pointed at: no tooltips over the projection.
    m_chart->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_layout->addWidget(m_chart, 1);
}

void SlideWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (height() != m_scaledHeight)
        applyScale();
}

void SlideWidget::applyScale()
{
    const int slideHeight = std::max(300, height());
    m_scaledHeight = height();
    const int margin = pixels(0.035, slideHeight);
    // Room at the bottom for the corner line the window draws over every slide.
    m_layout->setContentsMargins(margin, margin * 2 / 3, margin, pixels(0.06, slideHeight));
    m_layout->setSpacing(pixels(0.012, slideHeight));
    for (const ScaledText &text : std::as_const(m_texts)) {
        const QFont font = pixelFont(this->font(), pixels(text.relativeSize, slideHeight), text.bold);
        text.label->setFont(font);
        // At least one whole line, whatever the room the charts ask for.
        text.label->setMinimumHeight(QFontMetrics(font).height());
    }
    for (FigurePanel *panel : std::as_const(m_figures))
        panel->setSlideHeight(slideHeight);
    for (QGridLayout *grid : findChildren<QGridLayout *>()) {
        grid->setHorizontalSpacing(pixels(0.02, slideHeight));
        grid->setVerticalSpacing(pixels(0.012, slideHeight));
    }
    // The charts size their text in points: the axis labels become chartAxisSize of the height.
    const double pixelsPerPoint = logicalDpiY() / 72.0;
    if (m_chart)
        m_chart->setFontScale(chartAxisSize * slideHeight
                              / (charts::PaintedChart::axisPoints * pixelsPerPoint));
}

} // namespace costboard::render::slides
