#include "pages/dashboardpage.h"

#include "charts/categorydonutchart.h"
#include "charts/cumulativechart.h"
#include "charts/projectbarchart.h"
#include "charts/weeklycostchart.h"
#include "errors.h"
#include "labels.h"
#include "storage/projectrepository.h"
#include "widgets/alertbanner.h"
#include "widgets/dashboardfilterbar.h"
#include "widgets/kpitile.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace costboard::ui {
namespace {

QString percentText(double ratio, bool withSign = false)
{
    return percentLabel(ratio * 100.0, std::abs(ratio) < 0.1 ? 1 : 0, withSign);
}

KpiTile::Tone toneOf(BudgetHealth health)
{
    switch (health) {
    case BudgetHealth::Green:
        return KpiTile::Tone::Good;
    case BudgetHealth::Amber:
        return KpiTile::Tone::Warning;
    case BudgetHealth::Red:
        return KpiTile::Tone::Bad;
    case BudgetHealth::NoBudget:
        break;
    }
    return KpiTile::Tone::Neutral;
}


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
    , m_movers(new QLabel(this))
    , m_budgetPosition(new QLabel(this))
    , m_weeklyChart(new render::charts::WeeklyCostChart(this))
    , m_cumulativeChart(new render::charts::CumulativeChart(this))
    , m_categoryChart(new render::charts::CategoryDonutChart(this))
    , m_projectChart(new render::charts::ProjectBarChart(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #e69500; border-radius: 4px; padding: 6px; }"));

    m_movers->setObjectName(QStringLiteral("moversPanel"));
    m_movers->setTextFormat(Qt::RichText);
    m_movers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_movers->setFrameShape(QFrame::StyledPanel);
    m_movers->setStyleSheet(QStringLiteral("#moversPanel { background: palette(base); border: 1px solid palette(mid);"
                                           " border-radius: 4px; padding: 6px 10px; }"));
    m_movers->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_budgetPosition->setObjectName(QStringLiteral("budgetPosition"));
    m_budgetPosition->setTextFormat(Qt::RichText);
    m_budgetPosition->setVisible(false);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    for (KpiTile *tile : kpiTiles())
        tiles->addWidget(tile, 2);
    tiles->addWidget(m_movers, 3);

    auto *chartsGrid = new QGridLayout;
    chartsGrid->setSpacing(6);
    chartsGrid->addWidget(m_weeklyChart, 0, 0);
    chartsGrid->addWidget(m_categoryChart, 0, 1);
    chartsGrid->addWidget(m_cumulativeChart, 1, 0);
    chartsGrid->addWidget(m_projectChart, 1, 1);
    chartsGrid->setColumnStretch(0, 3);
    chartsGrid->setColumnStretch(1, 2);
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
    layout->addLayout(chartsGrid, 1);

    connect(m_filterBar, &DashboardFilterBar::queryChanged, this, &DashboardPage::refresh);
    connect(m_alertBanner, &AlertBanner::reviewRequested, this, &DashboardPage::alertReviewRequested);
    connect(&m_workspace, &Workspace::alertsChanged, m_alertBanner, &AlertBanner::showEvaluation);
    m_alertBanner->showEvaluation(m_workspace.lastEvaluation());
    connect(&m_workspace, &Workspace::dataChanged, this, [this] {
        reloadProjects();
        refresh();
    });
    connect(m_categoryChart, &render::charts::CategoryDonutChart::categoryClicked, this, &DashboardPage::filterOnCategory);
    connect(m_projectChart, &render::charts::ProjectBarChart::projectClicked, this, &DashboardPage::filterOnProject);
    connect(m_weeklyChart, &render::charts::WeeklyCostChart::barClicked, this, [this](const IsoWeek &week, CostCategory category) {
        emit drillDownRequested(WeekRange{week, week}, m_snapshot.query.projects, {category});
    });

    reloadProjects();
    m_filterBar->restoreSettings();
}

DashboardPage::~DashboardPage()
{
    m_filterBar->saveSettings();
}

QList<KpiTile *> DashboardPage::kpiTiles() const
{
    return {m_weekTile, m_averageTile, m_periodTile, m_forecastTile};
}

void DashboardPage::setReferenceWeek(const IsoWeek &week)
{
    m_filterBar->setReferenceWeek(week);
}

void DashboardPage::reloadProjects()
{
    try {
        m_filterBar->setProjects(ProjectRepository(m_workspace.database()).list(false));
    } catch (const Error &error) {
        spdlog::error("cannot list projects: {}", error.message().toStdString());
    }
}

void DashboardPage::filterOnCategory(CostCategory category)
{
    DashboardQuery query = m_filterBar->query();
    query.categories = (query.categories == QList<CostCategory>{category}) ? QList<CostCategory>() : QList<CostCategory>{category};
    m_filterBar->setQuery(query);
}

void DashboardPage::filterOnProject(ProjectId projectId)
{
    DashboardQuery query = m_filterBar->query();
    query.projects = (query.projects == QList<ProjectId>{projectId}) ? QList<ProjectId>() : QList<ProjectId>{projectId};
    m_filterBar->setQuery(query);
}

void DashboardPage::showScope(std::optional<ProjectId> projectId, std::optional<CostCategory> category,
                              std::optional<PeriodPreset> preset)
{
    DashboardQuery query = m_filterBar->query();
    if (preset)
        query.preset = *preset;
    query.projects = projectId ? QList<ProjectId>{*projectId} : QList<ProjectId>();
    query.categories = category ? QList<CostCategory>{*category} : QList<CostCategory>();
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
        m_snapshot = DashboardSnapshot::compute(m_workspace.database(), query);
    } catch (const Error &error) {
        spdlog::error("dashboard snapshot failed: {}", error.message().toStdString());
        m_banner->setText(tr("The dashboard could not be computed: %1").arg(error.message()));
        m_banner->setVisible(true);
        return;
    }
    m_filterBar->saveSettings();
    m_weeklyChart->setSnapshot(m_snapshot);
    m_cumulativeChart->setSnapshot(m_snapshot);
    m_categoryChart->setSnapshot(m_snapshot);
    m_projectChart->setSnapshot(m_snapshot);
    showKpis();
    showMovers();
    showBudgetPosition();

    QStringList notices;
    if (m_snapshot.periodTotal == 0)
        notices << tr("No costs recorded in %1 – %2 for this selection.")
                       .arg(m_snapshot.range.first.toString(), m_snapshot.range.last.toString());
    if (m_snapshot.unconvertedLines > 0)
        notices << tr("%n cost line(s) in a currency without an exchange rate are left out of the totals: "
                      "add the missing rate to count them.", nullptr, int(m_snapshot.unconvertedLines));
    if (m_snapshot.unallocatedTotal != 0)
        notices << tr("Allocated: %1 of the spend. %2 of imported costs are in no project yet: add an allocation rule "
                      "on the Imports page.")
                       .arg(percentText(m_snapshot.allocatedShare()), m_snapshot.money(m_snapshot.unallocatedTotal).toShortString());
    m_banner->setText(notices.join(u' '));
    m_banner->setVisible(!notices.isEmpty());
    spdlog::debug("dashboard refreshed in {} ms", timer.elapsed());
}

void DashboardPage::showKpis()
{
    const DashboardKpis &kpis = m_snapshot.kpis;
    const QLocale locale;

    m_weekTile->setCaption(tr("This week (%1)").arg(kpis.week.toString()));
    m_weekTile->setValue(kpis.thisWeek.toShortString());
    if (kpis.weekChangeRatio) {
        const bool up = kpis.weekChange.minorUnits() > 0;
        const bool flat = kpis.weekChange.isZero();
        // Spending more is the bad direction for a cost dashboard.
        m_weekTile->setTrend(flat ? KpiTile::Trend::Flat : (up ? KpiTile::Trend::Up : KpiTile::Trend::Down),
                             flat ? KpiTile::Tone::Neutral : (up ? KpiTile::Tone::Bad : KpiTile::Tone::Good));
        m_weekTile->setComparison(tr("%1 vs last week (%2)")
                                      .arg(percentText(*kpis.weekChangeRatio, true),
                                           (kpis.weekChange.isNegative() ? QString() : QStringLiteral("+"))
                                               + kpis.weekChange.toShortString()));
    } else {
        m_weekTile->setTrend(KpiTile::Trend::None, KpiTile::Tone::Neutral);
        m_weekTile->setComparison(tr("nothing spent last week"));
    }
    m_weekTile->setTone(KpiTile::Tone::Neutral);

    m_averageTile->setValue(kpis.fourWeekAverage.toShortString());
    const std::int64_t average = kpis.fourWeekAverage.minorUnits();
    const std::int64_t weekly = kpis.thisWeek.minorUnits();
    m_averageTile->setComparison(average == 0 ? tr("no spend in the last 4 weeks")
                                              : (weekly > average ? tr("this week is above the average")
                                                                  : tr("this week is at or below the average")));
    m_averageTile->setTrend(KpiTile::Trend::None, KpiTile::Tone::Neutral);
    m_averageTile->setTone(KpiTile::Tone::Neutral);

    const QString dayFormat = QStringLiteral("d MMM");
    m_periodTile->setCaption(tr("To date (%1 – %2)")
                                 .arg(locale.toString(m_snapshot.days.first, dayFormat), locale.toString(kpis.asOf, dayFormat)));
    m_periodTile->setToolTip(tr("Spend from %1 to %2, %3 basis, against the budget of the same days.")
                                 .arg(locale.toString(m_snapshot.days.first, QLocale::LongFormat),
                                      locale.toString(kpis.asOf, QLocale::LongFormat), basisLabel(m_snapshot.query.basis)));
    m_periodTile->setValue(kpis.periodToDate.toShortString());
    if (kpis.budgetToDate && kpis.consumedRatio) {
        m_periodTile->setComparison(tr("%1 of the budget to date (%2)").arg(percentText(*kpis.consumedRatio),
                                                                            kpis.budgetToDate->toCompactString()));
        m_periodTile->setTone(toneOf(BudgetHealthRule::ofConsumed(kpis.periodToDate.minorUnits(),
                                                                  kpis.budgetToDate->minorUnits())));
    } else {
        m_periodTile->setComparison(tr("no budget for this selection"));
        m_periodTile->setTone(KpiTile::Tone::Neutral);
    }
    m_periodTile->setTrend(KpiTile::Trend::None, KpiTile::Tone::Neutral);

    const QString period = periodLabel(m_snapshot.calendar, kpis.forecastPeriodKind, kpis.forecastPeriod.first);
    m_forecastTile->setCaption(tr("Forecast %1").arg(period));
    m_forecastTile->setValue(kpis.forecast.toShortString());
    m_forecastTile->setToolTip(
        tr("Spend expected over %1 (%2 to %3), forecast per project and category:\n"
           "actual to date %4\nbooked ahead (service periods after today) %5\n"
           "recurring costs not booked yet, scheduled month by month %6\n"
           "variable spend projected from the trend of the last 13 weeks (one-off weeks left out) %7")
            .arg(period, locale.toString(kpis.forecastPeriod.first, QLocale::ShortFormat),
                 locale.toString(kpis.forecastPeriod.last, QLocale::ShortFormat), kpis.forecastPeriodToDate.toString(),
                 kpis.forecastCommitted.toString(), kpis.forecastScheduled.toString(), kpis.forecastProjected.toString()));
    if (kpis.budgetAtHorizon && kpis.forecastRatio) {
        m_forecastTile->setComparison(tr("%1 of the %2 budget (%3)")
                                          .arg(percentText(*kpis.forecastRatio), period, kpis.budgetAtHorizon->toCompactString()));
        m_forecastTile->setTone(toneOf(kpis.health));
        m_forecastTile->setTrend(*kpis.forecastRatio > 1.0 ? KpiTile::Trend::Up : KpiTile::Trend::None,
                                 *kpis.forecastRatio > 1.0 ? KpiTile::Tone::Bad : KpiTile::Tone::Neutral);
    } else {
        m_forecastTile->setComparison(tr("no %1 budget for this selection").arg(period));
        m_forecastTile->setTone(KpiTile::Tone::Neutral);
        m_forecastTile->setTrend(KpiTile::Trend::None, KpiTile::Tone::Neutral);
    }
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
        periodLabel(m_snapshot.calendar, kpis.forecastPeriodKind, kpis.forecastPeriod.first), position, m_snapshot.currency,
        /*compact=*/true, /*html=*/true));
}

void DashboardPage::showMovers()
{
    QString html = QStringLiteral("<b>%1</b>").arg(tr("Largest movers vs last week"));
    if (m_snapshot.movers.isEmpty()) {
        html += QStringLiteral("<br>") + tr("No change.");
    } else {
        html += QStringLiteral("<table cellspacing='0' cellpadding='1' width='100%'>");
        for (const Mover &mover : std::as_const(m_snapshot.movers).mid(0, 4)) {
            const bool up = mover.change() > 0;
            const QString label = moverLabel(mover);
            const QString amount = (up ? QStringLiteral("+") : QString()) + m_snapshot.money(mover.change()).toString();
            html += QStringLiteral("<tr><td><span style='color:%1'>%2</span> %3</td><td align='right'>%4</td></tr>")
                        .arg(toneColour(up ? KpiTile::Tone::Bad : KpiTile::Tone::Good).name(),
                             up ? QStringLiteral("▲") : QStringLiteral("▼"), label.toHtmlEscaped(), amount.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    m_movers->setText(html);
}

} // namespace costboard::ui
