// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/unitcostspage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "charts/unitcosttrendchart.h"
#include "commands/benchmarkcommands.h"
#include "dialogs/benchmarkvolumesdialog.h"
#include "errors.h"
#include "errortexts.h"
#include "export/dashboardexportactions.h"
#include "labels.h"
#include "models/unitcostsmodel.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "widgets/dashboardfilterbar.h"
#include "widgets/recordtable.h"
#include "workspace.h"

namespace costboard::ui {

UnitCostsPage::UnitCostsPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_filterBar(new DashboardFilterBar(this))
    , m_summary(new QLabel(this))
    , m_chart(new render::charts::UnitCostTrendChart(this))
    , m_tabs(new QTabWidget(this))
    , m_projects(new UnitCostsModel(UnitCostsModel::Grouping::Projects, this))
    , m_models(new UnitCostsModel(UnitCostsModel::Grouping::Models, this))
    , m_benchmarks(new BenchmarkCostsModel(this))
    , m_projectsView(new QTableView(this))
    , m_modelsView(new QTableView(this))
    , m_benchmarksView(new QTableView(this))
    , m_enterVolumes(new QPushButton(tr("Enter weekly volumes…"), this))
    , m_benchmarkHint(new QLabel(this))
{
    setObjectName(QStringLiteral("unitCostsPage"));
    m_summary->setObjectName(QStringLiteral("unitCostSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_chart->setFollowsPalette(true);
    installChartSaveMenu(m_chart);

    m_projectsView->setObjectName(QStringLiteral("unitCostsByProject"));
    m_modelsView->setObjectName(QStringLiteral("unitCostsByModel"));
    m_benchmarksView->setObjectName(QStringLiteral("benchmarkCosts"));
    m_projectsView->setModel(m_projects);
    m_modelsView->setModel(m_models);
    m_benchmarksView->setModel(m_benchmarks);
    setUpRecordTable(m_projectsView, QAbstractItemView::SingleSelection, UnitCostsModel::NameColumn);
    setUpRecordTable(m_modelsView, QAbstractItemView::SingleSelection, UnitCostsModel::NameColumn);
    setUpRecordTable(m_benchmarksView, QAbstractItemView::SingleSelection,
                     BenchmarkCostsModel::ProjectColumn);
    m_projectsView->setColumnHidden(UnitCostsModel::VendorColumn, true);

    auto *benchmarkPane = new QWidget(this);
    auto *benchmarkLayout = new QVBoxLayout(benchmarkPane);
    benchmarkLayout->setContentsMargins(0, 0, 0, 0);
    auto *benchmarkBar = new QHBoxLayout;
    m_benchmarkHint->setWordWrap(true);
    benchmarkBar->addWidget(m_benchmarkHint, 1);
    m_enterVolumes->setObjectName(QStringLiteral("enterVolumes"));
    benchmarkBar->addWidget(m_enterVolumes);
    benchmarkLayout->addLayout(benchmarkBar);
    benchmarkLayout->addWidget(m_benchmarksView, 1);

    m_tabs->addTab(m_projectsView, tr("By project"));
    m_tabs->addTab(m_modelsView, tr("By model"));
    m_tabs->addTab(benchmarkPane, tr("Per benchmark unit"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_filterBar, &DashboardFilterBar::queryChanged, this, &UnitCostsPage::refreshWhenShown);
    connect(m_tabs, &QTabWidget::currentChanged, this, &UnitCostsPage::showSelectedTrend);
    for (QTableView *view : { m_projectsView, m_modelsView, m_benchmarksView })
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &UnitCostsPage::showSelectedTrend);
    connect(m_enterVolumes, &QPushButton::clicked, this, &UnitCostsPage::enterVolumes);
    connect(m_benchmarksView, &QTableView::doubleClicked, this, &UnitCostsPage::enterVolumes);
    connect(&m_workspace, &Workspace::dataChanged, this, [this] {
        reloadProjects();
        refreshWhenShown();
    });

    reloadProjects();
    // The dashboard's remembered filters: the page opens on what the dashboard shows.
    m_filterBar->setQuery(DashboardFilterBar::savedQuery(
        m_workspace.database().location(), ProjectRepository(m_workspace.database()).list(false),
        IsoWeek::current()));
    refreshWhenShown();
    m_workspace.guardWrites(m_enterVolumes, WriteArea::Ledger);
    m_workspace.guardWrites(m_benchmarksView, WriteArea::Ledger);
}

void UnitCostsPage::reloadProjects()
{
    m_filterBar->setProjects(ProjectRepository(m_workspace.database()).list(false));
}

void UnitCostsPage::showQuery(const DashboardQuery &query)
{
    m_filterBar->setQuery(query);
    refreshWhenShown();
}

void UnitCostsPage::refresh()
{
    const DashboardQuery query = m_filterBar->query();
    try {
        m_report = UnitCostReport::compute(m_workspace.database(), query);
    } catch (const Error &error) {
        spdlog::error("cannot compute unit costs: {}", error.what());
        m_report = {};
        m_summary->setText(errorText(error).toHtmlEscaped());
    }
    m_projects->setReport(m_report);
    m_models->setReport(m_report);
    m_benchmarks->setReport(m_report);

    QStringList lines;
    if (!m_report.hasTokens())
        lines << tr("No token usage in this period for this selection. Cost lines counted in tokens (usage "
                    "imports, or lines with a quantity in tokens) make the unit costs.")
                     .toHtmlEscaped();
    else
        lines << render::unitCostSummaryText(m_report, true);
    if (m_report.unconvertedLines > 0)
        lines << tr("%n line(s) counted in tokens have no exchange rate and are left out.", nullptr,
                    int(m_report.unconvertedLines))
                     .toHtmlEscaped();
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    m_benchmarkHint->setText(
        m_report.benchmarks.isEmpty() ? tr(
            "No project counts its work in a benchmark unit yet. Give a project one (a ticket, a document, "
            "a user) in its details on the Projects page, then enter its weekly volumes here.")
                                      : tr("Each project's whole cost of the week over the volume of its "
                                           "benchmark unit entered for the "
                                           "week. Select a project and enter its weekly volumes."));
    m_enterVolumes->setEnabled(!m_report.benchmarks.isEmpty());
    showSelectedTrend();
}

void UnitCostsPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    // Below this the figures' columns need the room a project's name would take.
    const bool compact = width() < 1150;
    m_projects->setCompactNames(compact);
    m_benchmarks->setCompactNames(compact);
}

void UnitCostsPage::showSelectedTrend()
{
    QTableView *view = m_tabs->currentIndex() == 0 ? m_projectsView
        : m_tabs->currentIndex() == 1              ? m_modelsView
                                                   : nullptr;
    const QModelIndex current = view ? view->currentIndex() : QModelIndex();
    if (current.isValid()) {
        const UnitCostRow &row
            = view == m_projectsView ? m_projects->rowAt(current.row()) : m_models->rowAt(current.row());
        const QString subject = view == m_projectsView ? row.code
            : row.label.isEmpty()                      ? tr("Model not recorded")
                                                       : row.label;
        m_chart->setWeeks(m_report, row.byWeek, subject);
    } else {
        m_chart->setWeeks(m_report, m_report.portfolioByWeek, QString());
    }
}

void UnitCostsPage::enterVolumes()
{
    if (m_report.benchmarks.isEmpty())
        return;
    const QModelIndex current = m_benchmarksView->currentIndex();
    const BenchmarkRow &row = m_benchmarks->rowAt(current.isValid() ? current.row() : 0);
    QList<WeekVolume> weeks;
    for (int index = 0; index < m_report.weeks.size(); ++index)
        weeks << WeekVolume { m_report.weeks.at(index).week, row.volumeByWeek.value(index) };
    BenchmarkVolumesDialog dialog(row.code + QStringLiteral(" — ") + row.name, row.unit, weeks, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<WeekVolume> changed = dialog.changedWeeks();
    if (changed.isEmpty())
        return;
    executeCommand(
        m_workspace,
        std::make_unique<SetBenchmarkVolumesCommand>(m_workspace, row.projectId, row.code, changed, this));
}

} // namespace costboard::ui
