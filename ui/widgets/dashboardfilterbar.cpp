// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dashboardfilterbar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>

#include "labels.h"
#include "settings/appsettings.h"
#include "storage/validation.h"

namespace costboard::ui {
namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setBrush(colour);
    painter.setPen(colour.darker(120));
    painter.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

} // namespace

QString periodPresetLabel(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::Last13Weeks:
        return DashboardFilterBar::tr("Last 13 weeks");
    case PeriodPreset::Last26Weeks:
        return DashboardFilterBar::tr("Last 26 weeks");
    case PeriodPreset::QuarterToDate:
        return DashboardFilterBar::tr("Quarter to date");
    case PeriodPreset::YearToDate:
        return DashboardFilterBar::tr("Year to date");
    case PeriodPreset::Last52Weeks:
        return DashboardFilterBar::tr("Last 52 weeks");
    case PeriodPreset::Custom:
        return DashboardFilterBar::tr("Custom…");
    }
    return QString();
}

DashboardFilterBar::DashboardFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_basis(new QComboBox(this))
    , m_customWeeks(new QLabel(this))
    , m_rangeDash(new QLabel(QStringLiteral("–"), this))
    , m_projectButton(new QPushButton(this))
    , m_projectMenu(new QMenu(this))
    , m_categoryButton(new QPushButton(this))
    , m_categoryMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("dashboardFilterBar"));
    for (const PeriodPreset preset : allPeriodPresets())
        m_period->addItem(periodPresetLabel(preset), QVariant::fromValue(static_cast<int>(preset)));
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_basis->setObjectName(QStringLiteral("basisCombo"));
    m_basis->addItem(tr("Accrual"), static_cast<int>(CostBasis::Accrual));
    m_basis->addItem(tr("Cash"), static_cast<int>(CostBasis::Cash));
    m_basis->setToolTip(
        tr("Accrual: each cost counts over the days it pays for (its service period), as a CFO "
           "closes the books.\nCash: each cost counts on its invoice date."));
    const WeekRange custom = defaultCustomRange(IsoWeek::current());
    m_customFromDate = custom.first.monday();
    m_customToDate = custom.last.sunday();

    // Push buttons with a menu keep room for the menu arrow beside their text: a tool button in
    // instant-popup mode draws its arrow over the last letters.
    m_projectButton->setMenu(m_projectMenu);
    m_projectButton->setObjectName(QStringLiteral("projectFilter"));
    m_categoryButton->setMenu(m_categoryMenu);
    m_categoryButton->setObjectName(QStringLiteral("categoryFilter"));

    QAction *allCategories = m_categoryMenu->addAction(tr("All categories"));
    connect(allCategories, &QAction::triggered, this, [this] {
        m_selectedCategories.clear();
        updateButtonTexts();
        emitChange();
    });
    m_categoryMenu->addSeparator();
    for (const CategoryInfo &info : CostCategories::all()) {
        QAction *action
            = m_categoryMenu->addAction(swatch(categoryColour(info.category)), categoryLabel(info.category));
        action->setCheckable(true);
        action->setData(static_cast<int>(info.category));
        const CostCategory category = info.category;
        connect(action, &QAction::toggled, this, [this, category](bool checked) {
            if (m_updating)
                return;
            m_selectedCategories.removeAll(category);
            if (checked)
                m_selectedCategories << category;
            updateButtonTexts();
            emitChange();
        });
    }

    auto *resetButton = new QPushButton(tr("Reset filters"), this);
    connect(resetButton, &QPushButton::clicked, this, &DashboardFilterBar::reset);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Period:"), this));
    layout->addWidget(m_period);
    layout->addWidget(m_rangeDash); // between the date fields, once they exist
    layout->addWidget(m_customWeeks);
    layout->addSpacing(12);
    layout->addWidget(m_projectButton);
    layout->addWidget(m_categoryButton);
    layout->addSpacing(12);
    layout->addWidget(m_basis);
    layout->addStretch(1);
    layout->addWidget(resetButton);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomVisibility();
        emitChange();
    });
    connect(m_basis, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::emitChange);
    updateCustomVisibility();
    updateButtonTexts();
}

void DashboardFilterBar::setProjects(const QList<Project> &projects)
{
    m_projects = projects;
    m_selectedProjects.removeIf([&](ProjectId id) {
        return std::none_of(m_projects.cbegin(), m_projects.cend(),
                            [id](const Project &p) { return p.id == id; });
    });
    // A project routed to or away from the level chosen joins or leaves the view. When none is
    // left, the view is the whole portfolio again (an empty selection means every project).
    if (m_selectedLevel) {
        m_selectedProjects = projectsDecidedAt(m_projects, *m_selectedLevel);
        if (m_selectedProjects.isEmpty())
            m_selectedLevel.reset();
    }
    rebuildProjectMenu();
    updateButtonTexts();
}

void DashboardFilterBar::rebuildProjectMenu()
{
    m_projectMenu->clear();
    QAction *all = m_projectMenu->addAction(tr("All projects"));
    connect(all, &QAction::triggered, this, [this] {
        m_selectedProjects.clear();
        m_selectedLevel.reset();
        rebuildProjectMenu();
        updateButtonTexts();
        emitChange();
    });
    m_projectMenu->addSeparator();
    for (const DecisionLevel level : allDecisionLevels()) {
        QAction *action = m_projectMenu->addAction(tr("Decided by: %1").arg(decisionLevelLabel(level)));
        action->setObjectName(QStringLiteral("decidedBy-") + toKey(level));
        action->setEnabled(!projectsDecidedAt(m_projects, level).isEmpty());
        action->setCheckable(true);
        action->setChecked(m_selectedLevel == level);
        connect(action, &QAction::triggered, this, [this, level] {
            m_selectedLevel = level;
            m_selectedProjects = projectsDecidedAt(m_projects, level);
            rebuildProjectMenu();
            updateButtonTexts();
            emitChange();
        });
    }
    m_projectMenu->addSeparator();
    for (const Project &project : std::as_const(m_projects)) {
        QAction *action
            = m_projectMenu->addAction(QStringLiteral("%1 — %2").arg(project.code, projectName(project)));
        action->setCheckable(true);
        action->setChecked(m_selectedProjects.contains(project.id));
        const ProjectId id = project.id;
        connect(action, &QAction::toggled, this, [this, id](bool checked) {
            // Picking projects one by one leaves the level's view.
            if (m_selectedLevel) {
                m_selectedLevel.reset();
                for (QAction *levelAction : m_projectMenu->actions()) {
                    if (levelAction->objectName().startsWith(QLatin1String("decidedBy-")))
                        levelAction->setChecked(false);
                }
            }
            m_selectedProjects.removeAll(id);
            if (checked)
                m_selectedProjects << id;
            updateButtonTexts();
            emitChange();
        });
    }
}

void DashboardFilterBar::updateButtonTexts()
{
    if (m_selectedLevel) {
        m_projectButton->setText(tr("Decided by: %1").arg(decisionLevelShortLabel(*m_selectedLevel)));
    } else if (m_selectedProjects.isEmpty()) {
        m_projectButton->setText(tr("All projects"));
    } else if (m_selectedProjects.size() == 1) {
        const auto found = std::find_if(m_projects.cbegin(), m_projects.cend(),
                                        [&](const Project &p) { return p.id == m_selectedProjects.first(); });
        m_projectButton->setText(found != m_projects.cend() ? projectName(*found) : tr("1 project"));
    } else {
        m_projectButton->setText(tr("%n project(s)", nullptr, int(m_selectedProjects.size())));
    }
    if (m_selectedCategories.isEmpty())
        m_categoryButton->setText(tr("All categories"));
    else if (m_selectedCategories.size() == 1)
        m_categoryButton->setText(categoryLabel(m_selectedCategories.first()));
    else
        m_categoryButton->setText(tr("%n categories", nullptr, int(m_selectedCategories.size())));

    m_updating = true;
    for (QAction *action : m_categoryMenu->actions()) {
        if (action->isCheckable())
            action->setChecked(
                m_selectedCategories.contains(static_cast<CostCategory>(action->data().toInt())));
    }
    m_updating = false;
}

void DashboardFilterBar::updateCustomVisibility()
{
    const bool custom = static_cast<PeriodPreset>(m_period->currentData().toInt()) == PeriodPreset::Custom;
    if (custom && !m_customFrom)
        createCustomEdits();
    if (m_customFrom) {
        m_customFrom->setVisible(custom);
        m_customTo->setVisible(custom);
    }
    m_customWeeks->setVisible(custom);
    m_rangeDash->setVisible(custom);
}

void DashboardFilterBar::createCustomEdits()
{
    auto *row = static_cast<QHBoxLayout *>(layout());
    m_customFrom = new QDateEdit(this);
    m_customTo = new QDateEdit(this);
    for (QDateEdit *edit : { m_customFrom, m_customTo }) {
        edit->setCalendarPopup(true);
        edit->setDateRange(validation::earliestDate, validation::latestDate);
    }
    m_customFrom->setObjectName(QStringLiteral("customFrom"));
    m_customTo->setObjectName(QStringLiteral("customTo"));
    m_customFrom->setDate(m_customFromDate);
    m_customTo->setDate(m_customToDate);
    const int dashAt = row->indexOf(m_rangeDash);
    row->insertWidget(dashAt + 1, m_customTo);
    row->insertWidget(dashAt, m_customFrom);
    setTabOrder(m_period, m_customFrom);
    setTabOrder(m_customFrom, m_customTo);
    connect(m_customFrom, &QDateEdit::dateChanged, this, [this](QDate date) {
        m_customFromDate = date;
        emitChange();
    });
    connect(m_customTo, &QDateEdit::dateChanged, this, [this](QDate date) {
        m_customToDate = date;
        emitChange();
    });
}

DashboardQuery DashboardFilterBar::query() const
{
    DashboardQuery query;
    query.preset = static_cast<PeriodPreset>(m_period->currentData().toInt());
    query.referenceWeek = m_referenceWeek;
    query.customRange = { IsoWeek::fromDate(m_customFromDate), IsoWeek::fromDate(m_customToDate) };
    query.projects = m_selectedProjects;
    query.decisionLevel = m_selectedLevel;
    query.categories = m_selectedCategories;
    query.basis = static_cast<CostBasis>(m_basis->currentData().toInt());
    return query;
}

void DashboardFilterBar::setQuery(const DashboardQuery &query)
{
    m_updating = true;
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(query.preset)));
    m_basis->setCurrentIndex(m_basis->findData(static_cast<int>(query.basis)));
    if (query.customRange.isValid()) {
        m_customFromDate = query.customRange.first.monday();
        m_customToDate = query.customRange.last.sunday();
        if (m_customFrom) {
            m_customFrom->setDate(m_customFromDate);
            m_customTo->setDate(m_customToDate);
        }
    }
    m_selectedProjects = query.projects;
    m_selectedLevel = query.decisionLevel;
    m_selectedCategories = query.categories;
    m_updating = false;
    rebuildProjectMenu();
    updateButtonTexts();
    updateCustomVisibility();
    emitChange();
}

void DashboardFilterBar::setReferenceWeek(const IsoWeek &week)
{
    m_referenceWeek = week;
    emitChange();
}

void DashboardFilterBar::reset()
{
    DashboardQuery query;
    query.referenceWeek = m_referenceWeek;
    setQuery(query);
}

void DashboardFilterBar::emitChange()
{
    if (m_updating)
        return;
    const WeekRange custom { IsoWeek::fromDate(m_customFromDate), IsoWeek::fromDate(m_customToDate) };
    m_customWeeks->setText(custom.isValid() ? QStringLiteral("(%1)").arg(weekRangeLabel(custom))
                                            : tr("(the end is before the start)"));
    emit queryChanged();
}

void DashboardFilterBar::saveSettings(const QString &database) const
{
    const DashboardQuery current = query();
    AppSettings::dashboardPeriod(database).set(toKey(current.preset));
    AppSettings::dashboardCustomFrom(database).set(current.customRange.first.toString());
    AppSettings::dashboardCustomTo(database).set(current.customRange.last.toString());
    QStringList codes;
    for (const ProjectId id : current.projects) {
        for (const Project &project : m_projects) {
            if (project.id == id)
                codes << project.code;
        }
    }
    AppSettings::dashboardProjects(database).set(codes);
    AppSettings::dashboardDecisionLevel(database).set(current.decisionLevel ? toKey(*current.decisionLevel)
                                                                            : QString());
    QStringList keys;
    for (const CostCategory category : current.categories)
        keys << CostCategories::key(category);
    AppSettings::dashboardCategories(database).set(keys);
    AppSettings::dashboardBasis(database).set(toKey(current.basis));
}

void DashboardFilterBar::restoreSettings(const QString &database)
{
    setQuery(savedQuery(database, m_projects, m_referenceWeek));
}

WeekRange DashboardFilterBar::defaultCustomRange(const IsoWeek &referenceWeek)
{
    return { referenceWeek.addWeeks(-12), referenceWeek };
}

DashboardQuery DashboardFilterBar::savedQuery(const QString &database, const QList<Project> &projects,
                                              const IsoWeek &referenceWeek)
{
    DashboardQuery restored;
    restored.referenceWeek = referenceWeek;
    restored.preset = periodPresetFromKey(AppSettings::dashboardPeriod(database).get())
                          .value_or(PeriodPreset::Last13Weeks);
    restored.basis
        = costBasisFromKey(AppSettings::dashboardBasis(database).get()).value_or(CostBasis::Accrual);
    restored.customRange = { IsoWeek::fromString(AppSettings::dashboardCustomFrom(database).get()),
                             IsoWeek::fromString(AppSettings::dashboardCustomTo(database).get()) };
    if (!restored.customRange.isValid())
        restored.customRange = defaultCustomRange(referenceWeek);
    // Projects are remembered by code: ids differ between databases, codes are what users know.
    for (const QString &code : AppSettings::dashboardProjects(database).get()) {
        for (const Project &project : projects) {
            if (project.code.compare(code, Qt::CaseInsensitive) == 0)
                restored.projects << project.id;
        }
    }
    restored.decisionLevel = decisionLevelFromKey(AppSettings::dashboardDecisionLevel(database).get());
    if (restored.decisionLevel)
        restored.projects = projectsDecidedAt(projects, *restored.decisionLevel);
    for (const QString &key : AppSettings::dashboardCategories(database).get()) {
        CostCategory category;
        if (CostCategories::fromText(key, category))
            restored.categories << category;
    }
    return restored;
}

} // namespace costboard::ui
