// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/projectsmodel.h"

#include <limits>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>

#include "analytics/dashboardquery.h"
#include "analytics/positions.h"
#include "labels.h"
#include "storage/budgetrepository.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"

namespace costboard::ui {
namespace {

// Tints readable on a light background: dark text on a pale fill passes WCAG AA contrast, and the
// fill alone still tells the state apart from a distance on a projector.
const QColor redText(0x9b, 0x1c, 0x1c);
const QColor redFill(0xfd, 0xe2, 0xe1);
const QColor amberText(0x7a, 0x4a, 0x00);
const QColor amberFill(0xff, 0xf0, 0xc2);
const QColor archivedText(0x80, 0x80, 0x80);

QString percentText(double ratio)
{
    // Same form as the portfolio page's shares, so percentages read alike across pages.
    return percentLabel(ratio * 100.0, 1);
}

bool sameProject(const Project &a, const Project &b)
{
    return a.id == b.id && a.code == b.code && a.name == b.name && a.description == b.description
        && a.owner == b.owner && a.sponsor == b.sponsor && a.businessUnit == b.businessUnit
        && a.status == b.status && a.decisionLevel == b.decisionLevel && a.startDate == b.startDate
        && a.endDate == b.endDate && a.archived == b.archived && a.benchmarkUnit == b.benchmarkUnit
        && a.dataSensitivity == b.dataSensitivity && a.customerFacing == b.customerFacing
        && a.infrastructureOnly == b.infrastructureOnly;
}

} // namespace

ProjectsModel::ProjectsModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_referenceDate(QDate::currentDate())
{ }

ProjectsModel::~ProjectsModel() = default;

void ProjectsModel::setReferenceDate(const QDate &date)
{
    m_referenceDate = date.isValid() ? date : QDate::currentDate();
}

QString ProjectsModel::fiscalYearLabel() const
{
    return m_fiscalYearStart.isValid()
        ? fiscalYearName(FiscalCalendar(m_fiscalYearStart.month()), m_fiscalYearStart)
        : QString();
}

void ProjectsModel::refresh()
{
    // Read everything first: a failure leaves the rows as they were.
    DatabaseSettings settings(m_database);
    const QString currency = settings.reportingCurrency();
    // The same core computation as the dashboard's "year to date": spend to the end of the
    // reference week, the fiscal year's budget, forecast and health, by the one budget rule.
    const auto [year, asOf] = fiscalYearToDate(settings.calendar(), m_referenceDate);
    const QDate yearStart = year.first;
    const QList<Project> projects = ProjectRepository(m_database).list(true);
    QList<BudgetScope> scopes;
    for (const Project &project : projects)
        scopes << BudgetScope { project.id, std::nullopt };
    const QList<QList<ScopeFigures>> figures = scopeFigures(m_database, scopes, { year }, asOf);

    QHash<ProjectId, Row> fresh;
    QList<ProjectId> freshOrder;
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const Project &project = projects.at(i);
        fresh.insert(project.id, Row { project, figures.at(i).constFirst() });
        freshOrder << project.id;
    }

    const bool headerChanged = currency != m_currency || yearStart != m_fiscalYearStart;
    m_currency = currency;
    m_fiscalYearStart = yearStart;
    m_asOf = asOf;

    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
        if (!fresh.contains(m_rows.at(i).project.id)) {
            beginRemoveRows(QModelIndex(), i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }

    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const Row updated = fresh.take(row.project.id);
        const bool changed = headerChanged || !sameProject(row.project, updated.project)
            || row.figures.budget != updated.figures.budget || row.figures.actual != updated.figures.actual
            || row.figures.forecast != updated.figures.forecast
            || row.figures.health != updated.figures.health
            || row.figures.budgetToDate != updated.figures.budgetToDate;
        row = updated;
        if (changed) {
            if (firstChanged < 0)
                firstChanged = i;
            lastChanged = i;
        }
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));

    QList<Row> added;
    for (const ProjectId id : std::as_const(freshOrder)) {
        if (fresh.contains(id))
            added << fresh.value(id);
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
        m_rows << added;
        endInsertRows();
    }
    if (headerChanged)
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const Project &ProjectsModel::projectAt(int row) const
{
    return m_rows.at(row).project;
}

std::optional<Project> ProjectsModel::project(ProjectId id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row).project;
}

int ProjectsModel::rowOf(ProjectId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).project.id == id)
            return i;
    }
    return -1;
}

QList<Project> ProjectsModel::projects() const
{
    QList<Project> all;
    all.reserve(m_rows.size());
    for (const Row &row : m_rows)
        all << row.project;
    return all;
}

int ProjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ScopeFigures &ProjectsModel::figuresAt(int row) const
{
    return m_rows.at(row).figures;
}

ScopeFigures ProjectsModel::totalOf(const QList<int> &rows) const
{
    QList<ScopeFigures> parts;
    parts.reserve(rows.size());
    for (const int row : rows)
        parts << m_rows.at(row).figures;
    return combinedFigures(parts);
}

bool ProjectsModel::isFigureColumn(int column)
{
    return column >= BudgetColumn && column <= ConsumedColumn;
}

QVariant ProjectsModel::figureData(const ScopeFigures &figures, int column, int role) const
{
    if (!isFigureColumn(column))
        return {};
    const auto money = [this](std::int64_t minorUnits) {
        return Money(minorUnits, m_currency).toString();
    };
    // The one health rule (BudgetHealthRule), on the same figures as the dashboard's year to date.
    const bool coloured = column == ConsumedColumn || column == ForecastColumn;
    const bool red = coloured && figures.health == BudgetHealth::Red;
    const bool amber = coloured && figures.health == BudgetHealth::Amber;
    const std::optional<std::int64_t> remaining = figures.remaining();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case BudgetColumn:
            return figures.budget ? money(*figures.budget) : tr("—", "no budget");
        case SpendColumn:
            return money(figures.actual);
        case RemainingColumn:
            return remaining ? money(*remaining) : tr("—", "no budget, so nothing remains of it");
        case ForecastColumn:
            return money(figures.forecast);
        case ConsumedColumn:
            if (const std::optional<double> consumed = figures.consumedShare())
                return percentText(*consumed);
            return tr("—", "no budget, so no share consumed");
        }
        break;
    case SortRole:
        switch (column) {
        case BudgetColumn:
            return qlonglong(figures.budget.value_or(-1));
        case SpendColumn:
            return qlonglong(figures.actual);
        case RemainingColumn:
            return qlonglong(remaining.value_or(std::numeric_limits<std::int64_t>::min()));
        case ForecastColumn:
            return qlonglong(figures.forecast);
        case ConsumedColumn:
            return figures.consumedShare().value_or(-1.0);
        }
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (red || (column == RemainingColumn && remaining && *remaining < 0))
            return QBrush(redText);
        if (amber)
            return QBrush(amberText);
        break;
    case Qt::BackgroundRole:
        if (red)
            return QBrush(redFill);
        if (amber)
            return QBrush(amberFill);
        break;
    case Qt::FontRole:
        if (red) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (column == ConsumedColumn) {
            if (!figures.budget)
                return tr("No budget for %1").arg(fiscalYearLabel());
            return tr("%1 spent of the %3 budget of %2")
                .arg(money(figures.actual), money(*figures.budget), fiscalYearLabel());
        }
        if (column == RemainingColumn && remaining) {
            QString text = *remaining < 0
                ? tr("%1 over the %2 budget of %3")
                      .arg(money(-*remaining), fiscalYearLabel(), money(*figures.budget))
                : tr("%1 of the %2 budget of %3 left to spend")
                      .arg(money(*remaining), fiscalYearLabel(), money(*figures.budget));
            if (figures.unbudgetedActual != 0)
                text += u' '
                    + tr("Spend of projects without a budget (%1) is not taken from it.")
                          .arg(money(figures.unbudgetedActual));
            return text;
        }
        if (column == ForecastColumn && figures.budget)
            return tr("Expected by the end of %1; budget %2").arg(fiscalYearLabel(), money(*figures.budget));
        break;
    }
    return {};
}

QVariant ProjectsModel::projectData(const Project &project, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn:
            return project.code;
        case NameColumn:
            return projectName(project);
        case StatusColumn:
            return statusLabel(project.status);
        case DecisionColumn:
            return decisionLevelLabel(project.decisionLevel);
        case OwnerColumn:
            return project.owner;
        case ArchivedColumn:
            return project.archived ? tr("Archived") : QString();
        }
        break;
    case SortRole:
        switch (column) {
        case CodeColumn:
            return project.code;
        case NameColumn:
            return projectName(project);
        case StatusColumn:
            return static_cast<int>(project.status);
        case DecisionColumn:
            return static_cast<int>(project.decisionLevel);
        case OwnerColumn:
            return project.owner;
        case ArchivedColumn:
            return project.archived;
        }
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == NameColumn && !project.description.isEmpty())
            return project.description;
        break;
    }
    return {};
}

QVariant ProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ProjectIdRole)
        return qlonglong(row.project.id);
    const QVariant value = isFigureColumn(index.column()) ? figureData(row.figures, index.column(), role)
                                                          : projectData(row.project, index.column(), role);
    // An archived project greys out, except where the health colours speak.
    if (role == Qt::ForegroundRole && !value.isValid() && row.project.archived)
        return QBrush(archivedText);
    return value;
}

QVariant ProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CodeColumn:
            return tr("Code");
        case NameColumn:
            return tr("Project");
        case StatusColumn:
            return tr("Status");
        case DecisionColumn:
            return tr("Decision level");
        case OwnerColumn:
            return tr("Owner");
        case BudgetColumn:
            return tr("Budget");
        case SpendColumn:
            return tr("Spend to date");
        case RemainingColumn:
            return tr("Remaining");
        case ForecastColumn:
            return tr("Forecast");
        case ConsumedColumn:
            return tr("% consumed");
        case ArchivedColumn:
            return tr("Archived");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BudgetColumn:
            return tr("Budget of %1, in %2").arg(fiscalYearLabel(), m_currency);
        case SpendColumn:
            return tr("Spend from the start of %1 to %2, in %3")
                .arg(fiscalYearLabel(), QLocale().toString(m_asOf, QLocale::ShortFormat), m_currency);
        case RemainingColumn:
            return tr("The %1 budget minus the spend to date: negative once the budget is overspent")
                .arg(fiscalYearLabel());
        case ForecastColumn:
            return tr("Spend expected over %1, as forecast on the dashboard").arg(fiscalYearLabel());
        case ConsumedColumn:
            return tr("Spend to date as a share of the %1 budget. Amber from %2 % of the budget to date or a "
                      "forecast above the budget, red above %3 % or a forecast above %4 %: the dashboard's "
                      "rule.")
                .arg(fiscalYearLabel())
                .arg(BudgetHealthRule::AmberConsumedBasisPoints / 100)
                .arg(BudgetHealthRule::RedConsumedBasisPoints / 100)
                .arg(BudgetHealthRule::RedForecastBasisPoints / 100);
        }
    }
    if (role == Qt::TextAlignmentRole && isFigureColumn(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace costboard::ui
