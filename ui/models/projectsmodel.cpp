#include "models/projectsmodel.h"

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
        && a.endDate == b.endDate && a.archived == b.archived;
}

} // namespace

std::optional<double> ProjectsModel::Row::consumed() const
{
    return figures.consumedShare();
}

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
    return m_fiscalYearStart.isValid() ? fiscalYearName(FiscalCalendar(m_fiscalYearStart.month()), m_fiscalYearStart) : QString();
}

void ProjectsModel::refresh()
{
    // Read everything first: a failure leaves the rows as they were.
    DatabaseSettings settings(m_database);
    const QString currency = settings.reportingCurrency();
    const DayRange year = settings.calendar().year(m_referenceDate);
    const QDate yearStart = year.first;
    // The same core computation as the dashboard's "year to date": spend to the end of the
    // reference week, the fiscal year's budget, forecast and health, by the one budget rule.
    const QDate asOf = std::min(reportingDayOf(m_referenceDate), year.last);
    const QList<Project> projects = ProjectRepository(m_database).list(true);
    QList<BudgetScope> scopes;
    for (const Project &project : projects)
        scopes << BudgetScope{project.id, std::nullopt};
    const QList<QList<ScopeFigures>> figures = scopeFigures(m_database, scopes, {year}, asOf);

    QHash<ProjectId, Row> fresh;
    QList<ProjectId> freshOrder;
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const Project &project = projects.at(i);
        fresh.insert(project.id, Row{project, figures.at(i).constFirst()});
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
            || row.figures.forecast != updated.figures.forecast || row.figures.health != updated.figures.health;
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

QVariant ProjectsModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case CodeColumn:
        return row.project.code;
    case NameColumn:
        return projectName(row.project);
    case StatusColumn:
        return statusLabel(row.project.status);
    case DecisionColumn:
        return decisionLevelLabel(row.project.decisionLevel);
    case OwnerColumn:
        return row.project.owner;
    case BudgetColumn:
        return row.figures.budget ? Money(*row.figures.budget, m_currency).toString() : tr("—", "no budget");
    case SpendColumn:
        return Money(row.figures.actual, m_currency).toString();
    case ForecastColumn:
        return Money(row.figures.forecast, m_currency).toString();
    case ConsumedColumn:
        if (const std::optional<double> consumed = row.consumed())
            return percentText(*consumed);
        return tr("—", "no budget, so no share consumed");
    case ArchivedColumn:
        return row.project.archived ? tr("Archived") : QString();
    }
    return {};
}

QVariant ProjectsModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case CodeColumn:
        return row.project.code;
    case NameColumn:
        return projectName(row.project);
    case StatusColumn:
        return static_cast<int>(row.project.status);
    case DecisionColumn:
        return static_cast<int>(row.project.decisionLevel);
    case OwnerColumn:
        return row.project.owner;
    case BudgetColumn:
        return qlonglong(row.figures.budget.value_or(-1));
    case SpendColumn:
        return qlonglong(row.figures.actual);
    case ForecastColumn:
        return qlonglong(row.figures.forecast);
    case ConsumedColumn:
        return row.consumed().value_or(-1.0);
    case ArchivedColumn:
        return row.project.archived;
    }
    return {};
}

QVariant ProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    // The one health rule (BudgetHealthRule), on the same figures as the dashboard's year to date.
    const bool coloured = column == ConsumedColumn || column == ForecastColumn;
    const bool red = coloured && row.figures.health == BudgetHealth::Red;
    const bool amber = coloured && row.figures.health == BudgetHealth::Amber;

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case SortRole:
        return sortData(row, column);
    case ProjectIdRole:
        return qlonglong(row.project.id);
    case Qt::TextAlignmentRole:
        if (column == BudgetColumn || column == SpendColumn || column == ForecastColumn || column == ConsumedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (red)
            return QBrush(redText);
        if (amber)
            return QBrush(amberText);
        if (row.project.archived)
            return QBrush(archivedText);
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
        if (column == NameColumn && !row.project.description.isEmpty())
            return row.project.description;
        if (column == ConsumedColumn) {
            if (!row.figures.budget)
                return tr("No budget for %1").arg(fiscalYearLabel());
            return tr("%1 spent of the %3 budget of %2")
                .arg(Money(row.figures.actual, m_currency).toString(), Money(*row.figures.budget, m_currency).toString(),
                     fiscalYearLabel());
        }
        if (column == ForecastColumn && row.figures.budget)
            return tr("Expected by the end of %1; budget %2")
                .arg(fiscalYearLabel(), Money(*row.figures.budget, m_currency).toString());
        break;
    }
    return {};
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
        case ForecastColumn:
            return tr("Spend expected over %1, as forecast on the dashboard").arg(fiscalYearLabel());
        case ConsumedColumn:
            return tr("Spend to date as a share of the %1 budget. Amber from %2 % of the budget to date or a "
                      "forecast above the budget, red above %3 % or a forecast above %4 %: the dashboard's rule.")
                .arg(fiscalYearLabel())
                .arg(BudgetHealthRule::AmberConsumedBasisPoints / 100)
                .arg(BudgetHealthRule::RedConsumedBasisPoints / 100)
                .arg(BudgetHealthRule::RedForecastBasisPoints / 100);
        }
    }
    if (role == Qt::TextAlignmentRole
        && (section == BudgetColumn || section == SpendColumn || section == ForecastColumn || section == ConsumedColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace costboard::ui
