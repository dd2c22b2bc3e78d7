// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/unitcosts.h"
#include "pages/page.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace costboard::render::charts {
class UnitCostTrendChart;
}

namespace costboard::ui {

class BenchmarkCostsModel;
class DashboardFilterBar;
class UnitCostsModel;
class Workspace;

// Unit costs over a dashboard period: the cost of a million tokens and of a request and the
// tokens per week, for the portfolio, per project and per model, week by week; and each project's
// cost per unit of its own benchmark (a ticket, a document), with its weekly volumes entered here.
class UnitCostsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitCostsPage)

public:
    explicit UnitCostsPage(Workspace &workspace, QWidget *parent = nullptr);

    static QString pageTitle() { return tr("Unit costs"); }
    static QString pageIconName() { return QStringLiteral("unitcosts"); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }

    // Shows the dashboard's period, projects, categories and basis.
    void showQuery(const DashboardQuery &query);
    const UnitCostReport &report() const { return m_report; }
    UnitCostsModel *projectsModel() const { return m_projects; }
    UnitCostsModel *modelsModel() const { return m_models; }
    BenchmarkCostsModel *benchmarksModel() const { return m_benchmarks; }
    render::charts::UnitCostTrendChart *chart() const { return m_chart; }

public slots:
    void refresh() override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The chart follows the row selected in the shown table, or the portfolio.
    void showSelectedTrend();
    void enterVolumes();
    void reloadProjects();

    Workspace &m_workspace;
    UnitCostReport m_report;
    DashboardFilterBar *m_filterBar;
    QLabel *m_summary;
    render::charts::UnitCostTrendChart *m_chart;
    QTabWidget *m_tabs;
    UnitCostsModel *m_projects;
    UnitCostsModel *m_models;
    BenchmarkCostsModel *m_benchmarks;
    QTableView *m_projectsView;
    QTableView *m_modelsView;
    QTableView *m_benchmarksView;
    QPushButton *m_enterVolumes;
    QLabel *m_benchmarkHint;
};

} // namespace costboard::ui
