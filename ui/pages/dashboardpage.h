// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/dashboardsnapshot.h"
#include "pages/page.h"

class QLabel;
class QThreadPool;

namespace costboard::render::charts {
class CategoryDonutChart;
class CumulativeChart;
class ProjectBarChart;
class WeeklyCostChart;
} // namespace costboard::render::charts

namespace costboard::ui {

class AlertBanner;
class DashboardFilterBar;
class KpiTile;
class MoversPanel;
class Workspace;

// The CEO's weekly view: KPI tiles, weekly spend by category against budget, cumulative spend
// and forecast, breakdowns by category and project. Everything drawn comes from one
// DashboardSnapshot; the widgets only format it.
class DashboardPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(Workspace &workspace, QWidget *parent = nullptr);
    ~DashboardPage() override;

    static QString pageTitle() { return tr("Dashboard"); }
    static QString pageIconName() { return QStringLiteral("dashboard"); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }

    const DashboardSnapshot &snapshot() const { return m_snapshot; }
    DashboardFilterBar *filterBar() const { return m_filterBar; }
    render::charts::WeeklyCostChart *weeklyChart() const { return m_weeklyChart; }
    render::charts::CumulativeChart *cumulativeChart() const { return m_cumulativeChart; }
    render::charts::CategoryDonutChart *categoryChart() const { return m_categoryChart; }
    render::charts::ProjectBarChart *projectChart() const { return m_projectChart; }
    QList<KpiTile *> kpiTiles() const;
    AlertBanner *alertBanner() const { return m_alertBanner; }
    QLabel *budgetPositionLabel() const { return m_budgetPosition; }
    MoversPanel *moversPanel() const { return m_movers; }
    // The factor the page's fonts are scaled by: from its size (about 1.0 at 1366×768, more on a
    // large screen) times the window's zoom.
    double fontScale() const { return m_fontScale; }
    // The scale for a page of `size` at zoom `zoomFactor`.
    static double fontScaleFor(const QSize &size, double zoomFactor);

    // For tests and reports that must not depend on today's date.
    void setReferenceWeek(const IsoWeek &week);

    // Start-up: computes the snapshot the page will first show on `worker`, over a read-only
    // connection of its own, while the window is built (10 ms at a million lines). refresh()
    // takes it when its query is still the page's, and waits for it if needed. A database file
    // only: ":memory:" has no second connection.
    static void prefetchFirstSnapshot(Workspace &workspace, QThreadPool &worker);

public slots:
    void refresh() override;
    void filterOnCategory(costboard::CostCategory category);
    void filterOnProject(costboard::ProjectId projectId);
    // Shows exactly this scope (an alert's): one project or all, one category or all, and the
    // period `preset` (the current period when none is given).
    void showScope(std::optional<costboard::ProjectId> projectId,
                   std::optional<costboard::CostCategory> category,
                   std::optional<costboard::PeriodPreset> preset = std::nullopt);

signals:
    // The user asked for the cost lines behind a figure (a bar of the weekly chart).
    void drillDownRequested(const costboard::WeekRange &weeks, const QList<costboard::ProjectId> &projects,
                            const QList<costboard::CostCategory> &categories);
    // The user clicked the alert banner's "Review".
    void alertReviewRequested();
    // The unit-cost line's "Details" link: the unit costs of this query.
    void unitCostsRequested(const costboard::DashboardQuery &query);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The one way the page reads its figures and its project list, on the main thread or the
    // prefetch's worker.
    static DashboardSnapshot computeSnapshot(Database &database, const DashboardQuery &query);
    static QList<Project> offeredProjects(Database &database);

    // Scales the tiles, the charts and the texts with the page's size and the zoom.
    void applyScale();
    // Gives every KPI tile the height the tallest needs at its current width.
    void fitTiles();
    // Shows the four tiles' values in one font size, the largest that fits each of them.
    void equaliseValueFonts();
    void reloadProjects();
    void showKpis();
    void showMovers();
    void showBudgetPosition();
    void showUnitCosts();

    Workspace &m_workspace;
    DashboardSnapshot m_snapshot;
    DashboardFilterBar *m_filterBar;
    QLabel *m_banner;
    AlertBanner *m_alertBanner;
    KpiTile *m_weekTile;
    KpiTile *m_averageTile;
    KpiTile *m_periodTile;
    KpiTile *m_forecastTile;
    MoversPanel *m_movers;
    QLabel *m_budgetPosition;
    QLabel *m_unitCosts;
    render::charts::WeeklyCostChart *m_weeklyChart;
    render::charts::CumulativeChart *m_cumulativeChart;
    render::charts::CategoryDonutChart *m_categoryChart;
    render::charts::ProjectBarChart *m_projectChart;
    double m_fontScale = 0.0;
};

} // namespace costboard::ui
