// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/dashboardpage.h"

#include <algorithm>
#include <future>

#include <QApplication>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QThreadPool>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "charts/categorydonutchart.h"
#include "charts/cumulativechart.h"
#include "charts/projectbarchart.h"
#include "charts/weeklycostchart.h"
#include "errors.h"
#include "errortexts.h"
#include "export/dashboardexportactions.h"
#include "kpis.h"
#include "labels.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "widgets/alertbanner.h"
#include "widgets/dashboardfilterbar.h"
#include "widgets/kpitile.h"
#include "widgets/moverspanel.h"
#include "workspace.h"
#include "zoom.h"

namespace costboard::ui {
namespace {

// The charts' grid. On a narrow page the donut's legend needs the room of a half-width column to
// name every category whole; on a wide one the weekly chart takes more. Chosen as the grid is
// given its rectangle: the page's resizeEvent comes after its layout has placed the charts, and
// choosing there laid every chart out twice at start-up.
class ChartsGrid final : public QGridLayout
{
public:
    void setGeometry(const QRect &rect) override
    {
        if (const QWidget *page = parentWidget()) {
            const bool narrow = page->width() < 1100;
            // Setting a stretch, even the same one, invalidates the layout: only a change is applied.
            for (const auto &[column, stretch] :
                 { std::pair { 0, narrow ? 1 : 3 }, std::pair { 1, narrow ? 1 : 2 } }) {
                if (columnStretch(column) != stretch)
                    setColumnStretch(column, stretch);
            }
        }
        QGridLayout::setGeometry(rect);
    }
};

} // namespace

DashboardPage::DashboardPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_filterBar(new DashboardFilterBar(this))
    , m_banner(new QLabel(this))
    , m_alertBanner(new AlertBanner(this))
    , m_weekTile(new KpiTile(tr("This week"), this))
    , m_averageTile(new KpiTile(tr("4-week average"), this))
    , m_periodTile(new KpiTile(tr("Period to date"), this))
    , m_forecastTile(new KpiTile(tr("Forecast"), this))
    , m_movers(new MoversPanel(this))
    , m_budgetPosition(new QLabel(this))
    , m_unitCosts(new QLabel(this))
    , m_weeklyChart(new render::charts::WeeklyCostChart(this))
    , m_cumulativeChart(new render::charts::CumulativeChart(this))
    , m_categoryChart(new render::charts::CategoryDonutChart(this))
    , m_projectChart(new render::charts::ProjectBarChart(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e5; border: 1px solid #e69500; border-radius: 4px; padding: 6px; }"));

    m_budgetPosition->setObjectName(QStringLiteral("budgetPosition"));
    m_budgetPosition->setTextFormat(Qt::RichText);
    m_budgetPosition->setVisible(false);
    m_budgetPosition->setWordWrap(true);
    m_unitCosts->setObjectName(QStringLiteral("unitCostLine"));
    m_unitCosts->setTextFormat(Qt::RichText);
    m_unitCosts->setVisible(false);
    m_unitCosts->setWordWrap(true);
    connect(m_unitCosts, &QLabel::linkActivated, this, [this] { emit unitCostsRequested(m_snapshot.query); });
    // Dark mode: the charts draw in the window's palette, and follow it when it changes.
    m_weeklyChart->setFollowsPalette(true);
    m_cumulativeChart->setFollowsPalette(true);
    m_categoryChart->setFollowsPalette(true);
    m_projectChart->setFollowsPalette(true);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    for (KpiTile *tile : kpiTiles()) {
        tiles->addWidget(tile, 2);
        connect(tile, &KpiTile::fittingValuePointsChanged, this, &DashboardPage::equaliseValueFonts);
    }
    tiles->addWidget(m_movers, 3);

    auto *chartsGrid = new ChartsGrid;
    chartsGrid->setSpacing(6);
    chartsGrid->addWidget(m_weeklyChart, 0, 0);
    chartsGrid->addWidget(m_categoryChart, 0, 1);
    chartsGrid->addWidget(m_cumulativeChart, 1, 0);
    chartsGrid->addWidget(m_projectChart, 1, 1);
    chartsGrid->setRowStretch(0, 1);
    chartsGrid->setRowStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_alertBanner);
    layout->addLayout(tiles);
    layout->addWidget(m_budgetPosition);
    layout->addWidget(m_unitCosts);
    layout->addLayout(chartsGrid, 1);

    connect(m_filterBar, &DashboardFilterBar::queryChanged, this, &DashboardPage::refreshWhenShown);
    connect(m_alertBanner, &AlertBanner::reviewRequested, this, &DashboardPage::alertReviewRequested);
    connect(&m_workspace, &Workspace::alertsChanged, m_alertBanner, &AlertBanner::showEvaluation);
    // The banner is in the first frame, so that the page does not move down when it appears.
    m_alertBanner->setAlerts(m_workspace.unresolvedAlerts());
    connect(&m_workspace, &Workspace::dataChanged, this, [this] {
        reloadProjects();
        refreshWhenShown();
    });
    // Right-click a chart to save it as a picture.
    installChartSaveMenu(m_weeklyChart);
    installChartSaveMenu(m_cumulativeChart);
    installChartSaveMenu(m_categoryChart);
    installChartSaveMenu(m_projectChart);
    connect(m_categoryChart, &render::charts::CategoryDonutChart::categoryClicked, this,
            &DashboardPage::filterOnCategory);
    connect(m_projectChart, &render::charts::ProjectBarChart::projectClicked, this,
            &DashboardPage::filterOnProject);
    connect(m_weeklyChart, &render::charts::WeeklyCostChart::barClicked, this,
            [this](const IsoWeek &week, CostCategory category) {
                emit drillDownRequested(WeekRange { week, week }, m_snapshot.query.projects, { category });
            });

    reloadProjects();
    m_filterBar->restoreSettings(m_workspace.database().location());
    applyScale();
}

DashboardPage::~DashboardPage()
{
    m_filterBar->saveSettings(m_workspace.database().location());
}

QList<KpiTile *> DashboardPage::kpiTiles() const
{
    return { m_weekTile, m_averageTile, m_periodTile, m_forecastTile };
}

void DashboardPage::setReferenceWeek(const IsoWeek &week)
{
    m_filterBar->setReferenceWeek(week);
}

QList<Project> DashboardPage::offeredProjects(Database &database)
{
    // Archived projects are not offered in the project menu.
    return ProjectRepository(database).list(false);
}

DashboardSnapshot DashboardPage::computeSnapshot(Database &database, const DashboardQuery &query)
{
    return DashboardSnapshot::compute(database, query, DashboardSnapshot::Vendors::Skipped);
}

void DashboardPage::prefetchFirstSnapshot(Workspace &workspace, QThreadPool &worker)
{
    const Database &database = workspace.database();
    if (database.dialect() != SqlDialect::Sqlite || database.location() == u":memory:")
        return;
    // The task holds the path and the promise, nothing of the workspace: the workspace may close
    // before it has run.
    auto promise = std::make_shared<std::promise<std::optional<PrefetchedDashboard>>>();
    workspace.setDashboardPrefetch(promise->get_future());
    worker.start([promise, path = database.location()] {
        std::optional<PrefetchedDashboard> first;
        try {
            const std::unique_ptr<Database> reader
                = Database::open(path, Database::IfMissing::Refuse, Database::Access::ReadOnly);
            first.emplace();
            first->query = DashboardFilterBar::savedQuery(path, offeredProjects(*reader), IsoWeek::current());
            first->snapshot = computeSnapshot(*reader, first->query);
        } catch (const std::exception &error) {
            // Nothing may escape a pool's task. The page then computes its figures itself, and
            // shows what goes wrong.
            spdlog::warn("the dashboard's first figures were not read ahead: {}", error.what());
            first.reset();
        }
        promise->set_value(std::move(first));
    });
}

void DashboardPage::reloadProjects()
{
    try {
        m_filterBar->setProjects(offeredProjects(m_workspace.database()));
    } catch (const Error &error) {
        spdlog::error("cannot list projects: {}", error.what());
    }
}

void DashboardPage::filterOnCategory(CostCategory category)
{
    DashboardQuery query = m_filterBar->query();
    query.categories = (query.categories == QList<CostCategory> { category })
        ? QList<CostCategory>()
        : QList<CostCategory> { category };
    m_filterBar->setQuery(query);
}

void DashboardPage::filterOnProject(ProjectId projectId)
{
    DashboardQuery query = m_filterBar->query();
    query.projects = (query.projects == QList<ProjectId> { projectId }) ? QList<ProjectId>()
                                                                        : QList<ProjectId> { projectId };
    m_filterBar->setQuery(query);
}

void DashboardPage::showScope(std::optional<ProjectId> projectId, std::optional<CostCategory> category,
                              std::optional<PeriodPreset> preset)
{
    DashboardQuery query = m_filterBar->query();
    if (preset)
        query.preset = *preset;
    query.projects = projectId ? QList<ProjectId> { *projectId } : QList<ProjectId>();
    query.categories = category ? QList<CostCategory> { *category } : QList<CostCategory>();
    m_filterBar->setQuery(query);
}

void DashboardPage::refresh()
{
    QElapsedTimer timer;
    timer.start();
    const DashboardQuery query = m_filterBar->query();
    if (!query.days(FiscalCalendar()).isValid()) {
        m_banner->setText(tr("The period is empty: its end is before its start."));
        m_banner->setVisible(true);
        return;
    }
    try {
        if (std::optional<PrefetchedDashboard> first = m_workspace.takeDashboardPrefetch();
            first && first->query == query)
            m_snapshot = std::move(first->snapshot);
        else
            m_snapshot = computeSnapshot(m_workspace.database(), query);
    } catch (const Error &error) {
        spdlog::error("dashboard snapshot failed: {}", error.what());
        m_banner->setText(tr("The dashboard could not be computed: %1").arg(costboard::errorText(error)));
        m_banner->setVisible(true);
        return;
    }
    // The filters are remembered when the page closes (the destructor), not on each change:
    // QSettings writes and syncs its file every time, longer than the whole redraw.
    m_weeklyChart->setSnapshot(m_snapshot);
    m_cumulativeChart->setSnapshot(m_snapshot);
    m_categoryChart->setSnapshot(m_snapshot);
    m_projectChart->setSnapshot(m_snapshot);
    showKpis();
    showMovers();
    showBudgetPosition();
    showUnitCosts();
    fitTiles();

    QStringList notices;
    if (m_snapshot.periodTotal == 0)
        notices << tr("No costs recorded in %1 for this selection.").arg(weekRangeLabel(m_snapshot.range));
    if (m_snapshot.unconvertedLines > 0)
        notices << tr("%n cost line(s) in a currency without an exchange rate are left out of the totals: "
                      "add the missing rate to count them.",
                      nullptr, int(m_snapshot.unconvertedLines));
    if (m_snapshot.unallocatedTotal != 0)
        notices << tr("Allocated: %1 of the spend. %2 of imported costs are in no project yet: add an "
                      "allocation rule "
                      "on the Imports page.")
                       .arg(ratioLabel(m_snapshot.allocatedShare()),
                            m_snapshot.money(m_snapshot.unallocatedTotal).toShortString());
    m_banner->setText(notices.join(u' '));
    m_banner->setVisible(!notices.isEmpty());
    spdlog::debug("dashboard refreshed in {} ms", timer.elapsed());
}

void DashboardPage::showKpis()
{
    const KpiFigures figures = kpiFigures(m_snapshot);
    m_weekTile->showFigure(figures.thisWeek);
    m_averageTile->showFigure(figures.fourWeekAverage);
    m_periodTile->showFigure(figures.periodToDate);
    m_forecastTile->showFigure(figures.forecast);
}

void DashboardPage::showBudgetPosition()
{
    const BudgetBook::PortfolioPosition &position = m_snapshot.portfolioBudgets;
    // Shown when both sides exist: the envelope alone says nothing the forecast tile does not.
    m_budgetPosition->setVisible(position.unallocated().has_value());
    if (!position.unallocated())
        return;
    const DashboardKpis &kpis = m_snapshot.kpis;
    m_budgetPosition->setText(portfolioPositionText(
        periodLabel(m_snapshot.calendar, kpis.forecastPeriodKind, kpis.forecastPeriod.first), position,
        m_snapshot.currency,
        /*compact=*/true, /*html=*/true));
}

void DashboardPage::showUnitCosts()
{
    QString text;
    try {
        text = unitCostSummaryText(UnitCostReport::compute(m_workspace.database(), m_snapshot.query), true);
    } catch (const Error &error) {
        spdlog::error("unit costs failed: {}", error.what());
    }
    m_unitCosts->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_unitCosts->setText(
            text + QStringLiteral(" · <a href='unit-costs'>%1</a>").arg(tr("Details").toHtmlEscaped()));
}

void DashboardPage::showMovers()
{
    m_movers->setMovers(m_snapshot.movers, m_snapshot.currency);
}

double DashboardPage::fontScaleFor(const QSize &size, double zoomFactor)
{
    // 1.0 on a 1366×768 screen (the page is about 1190×700 there); never so small that a 1024×768
    // screen turns the figures unreadable, and growing on a large screen instead of leaving wide
    // empty areas around 9-point text.
    const double bySize = std::min(size.width() / 1190.0, size.height() / 700.0);
    return std::clamp(bySize, 0.85, 2.5) * zoomFactor;
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    applyScale();
    fitTiles();
}

bool DashboardPage::event(QEvent *event)
{
    // The window's zoom changed the application font: scale again from it. Qt sends
    // ApplicationFontChange to windows only; the page, which keeps the application font, gets the
    // FontChange of its new font.
    if (event->type() == QEvent::ApplicationFontChange || event->type() == QEvent::FontChange) {
        const bool handled = Page::event(event);
        m_fontScale = 0.0;
        applyScale();
        fitTiles();
        return handled;
    }
    return Page::event(event);
}

void DashboardPage::applyScale()
{
    const double scale = fontScaleFor(size(), zoom::factor());
    if (std::abs(scale - m_fontScale) < 0.02)
        return;
    m_fontScale = scale;
    // The texts around the figures grow with them, a little less: they are read less often.
    QFont text = QApplication::font();
    const double textScale = std::max(1.0, 1.0 + (scale / zoom::factor() - 1.0) * 0.6);
    text.setPointSizeF(QApplication::font().pointSizeF() * textScale);
    for (QWidget *widget :
         { static_cast<QWidget *>(m_filterBar), static_cast<QWidget *>(m_banner),
           static_cast<QWidget *>(m_alertBanner), static_cast<QWidget *>(m_budgetPosition) })
        widget->setFont(text);
    for (KpiTile *tile : kpiTiles())
        tile->setFontScale(scale);
    m_movers->setFontScale(scale);
    m_weeklyChart->setFontScale(scale);
    m_cumulativeChart->setFontScale(scale);
    m_categoryChart->setFontScale(scale);
    m_projectChart->setFontScale(scale);
    fitTiles();
}

void DashboardPage::fitTiles()
{
    int height = 0;
    for (KpiTile *tile : kpiTiles())
        height = std::max(height, tile->heightForContents());
    for (KpiTile *tile : kpiTiles())
        tile->setFixedHeight(height);
    m_movers->setFixedHeight(std::max(height, m_movers->sizeHint().height()));
    equaliseValueFonts();
}

void DashboardPage::equaliseValueFonts()
{
    // The four figures are read side by side: one size for all, the largest that fits every tile
    // (the week's tile shares its width with the trend arrow).
    double points = 0.0;
    for (const KpiTile *tile : kpiTiles()) {
        if (tile->fittingValuePoints() > 0.0)
            points = points > 0.0 ? std::min(points, tile->fittingValuePoints()) : tile->fittingValuePoints();
    }
    for (KpiTile *tile : kpiTiles())
        tile->setValuePointsLimit(points);
}

} // namespace costboard::ui
