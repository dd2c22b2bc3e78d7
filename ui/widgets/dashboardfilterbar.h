// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

#include "analytics/dashboardquery.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;

namespace costboard::ui {

// Period, projects, categories and basis (accrual or cash) of the dashboard. Changes emit queryChanged(); the
// selection is saved in the user's settings and restored at the next start.
class DashboardFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardFilterBar)

public:
    explicit DashboardFilterBar(QWidget *parent = nullptr);

    // The projects offered in the project menu (archived ones are left out by the caller).
    void setProjects(const QList<Project> &projects);
    DashboardQuery query() const;
    QComboBox *basisCombo() const { return m_basis; }
    void setQuery(const DashboardQuery &query);
    void setReferenceWeek(const IsoWeek &week);

    // The filters remembered for `database` (its location): each database keeps its own.
    void restoreSettings(const QString &database);
    void saveSettings(const QString &database) const;
    // The query restoreSettings() puts back for `database`, its remembered projects matched by
    // code against `projects`: what the page will show, known before the page exists. Reads
    // only settings, so any thread may ask.
    static DashboardQuery savedQuery(const QString &database, const QList<Project> &projects,
                                     const IsoWeek &referenceWeek);
    // The custom period offered before one is chosen: the thirteen weeks to `referenceWeek`.
    static WeekRange defaultCustomRange(const IsoWeek &referenceWeek);

public slots:
    void reset();

signals:
    void queryChanged();

private:
    void rebuildProjectMenu();
    void updateButtonTexts();
    void updateCustomVisibility();
    // The two date fields of a custom period, made the first time it is chosen: a date field is
    // the costliest widget of the bar (4 ms each), and most sessions never show one.
    void createCustomEdits();
    void emitChange();

    QComboBox *m_period;
    QComboBox *m_basis;
    // The custom period, also while its date fields do not exist.
    QDate m_customFromDate;
    QDate m_customToDate;
    QDateEdit *m_customFrom = nullptr;
    QDateEdit *m_customTo = nullptr;
    QLabel *m_customWeeks;
    QLabel *m_rangeDash;
    QPushButton *m_projectButton;
    QMenu *m_projectMenu;
    QPushButton *m_categoryButton;
    QMenu *m_categoryMenu;
    QList<Project> m_projects;
    QList<ProjectId> m_selectedProjects;
    // Set while the projects selected are those decided at a level: re-read when projects change.
    std::optional<DecisionLevel> m_selectedLevel;
    QList<CostCategory> m_selectedCategories;
    IsoWeek m_referenceWeek = IsoWeek::current();
    bool m_updating = false;
};

QString periodPresetLabel(PeriodPreset preset);

} // namespace costboard::ui
