// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/budgetgridmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QWidget>

#include <spdlog/spdlog.h>

#include "commands/budgetcommands.h"
#include "domain/displaynames.h"
#include "domain/fiscalcalendar.h"
#include "errors.h"
#include "errortexts.h"
#include "labels.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

// Readable on a light background (WCAG AA on white), the same reds as the projects page.
const QColor overText = overBudgetTextColour();
const QColor underText(0x1e, 0x6b, 0x34);
const QColor derivedText(0x6b, 0x72, 0x80);
const QColor portfolioFill(0xee, 0xf2, 0xf7);
// The year's columns, set apart from the periods scrolling beside them.
const QColor yearFill(0xf6, 0xf7, 0xf9);

bool isGrey(BudgetCellSource source)
{
    return source == BudgetCellSource::Derived || source == BudgetCellSource::Aggregate;
}

bool isPortfolioTotal(const BudgetScope &scope)
{
    return !scope.projectId && !scope.category;
}

QString kindsName(BudgetPeriodKind kind)
{
    return kind == BudgetPeriodKind::Month ? BudgetGridModel::tr("months") : BudgetGridModel::tr("quarters");
}

QString percentText(double ratio)
{
    return percentLabel(ratio * 100.0, 1, /*withSign=*/true);
}

} // namespace

QString BudgetGridModel::refusalMessage(const BudgetEntryRefusal &refusal, const QString &scopeName)
{
    switch (refusal.error) {
    case BudgetEntryError::NotAnAmount:
        return tr("“%1” is not an amount. Type it in full, such as 12500 or %2 (no “k” or “M”).")
            .arg(refusal.typed, QStringLiteral("12500") + QLocale().decimalPoint() + QStringLiteral("50"));
    case BudgetEntryError::Negative:
        return tr("A budget cannot be negative (%1).").arg(refusal.amount.toString());
    case BudgetEntryError::TooLarge:
        return tr("%1 is too large for a budget: at most %2.")
            .arg(refusal.amount.toString(), refusal.limit.toString());
    case BudgetEntryError::DerivedCellCannotBeEmptied:
        switch (refusal.budgetedBy.value_or(BudgetPeriodKind::Year)) {
        case BudgetPeriodKind::Month:
            return tr("%1 has no budget of its own here: the amount shown adds up its month budgets. Change "
                      "or "
                      "empty those instead.")
                .arg(scopeName);
        case BudgetPeriodKind::Quarter:
            return tr("%1 has no budget of its own here: the amount shown comes from its quarter budgets. "
                      "Change or "
                      "empty those instead.")
                .arg(scopeName);
        case BudgetPeriodKind::Year:
            break;
        }
        return tr("%1 has no budget of its own here: the amount shown is its share of the year budget. "
                  "Change or "
                  "empty that budget instead.")
            .arg(scopeName);
    case BudgetEntryError::AggregateCellCannotBeEmptied:
        return tr("The amount shown adds up the budgets of the rows below; change or empty those instead.");
    }
    return QString();
}

BudgetGridModel::BudgetGridModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_referenceDate(QDate::currentDate())
{ }

BudgetGridModel::~BudgetGridModel() = default;

void BudgetGridModel::setReferenceDate(const QDate &date)
{
    m_referenceDate = date.isValid() ? date : QDate::currentDate();
}

void BudgetGridModel::setFiscalYear(int startYear)
{
    m_requestedYear = startYear;
}

void BudgetGridModel::setGranularity(BudgetPeriodKind granularity)
{
    m_granularity = granularity;
}

void BudgetGridModel::setSplitByCategory(bool split)
{
    m_splitByCategory = split;
}

void BudgetGridModel::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    if (rowCount() == 0 || periodCount() == 0)
        return;
    emit dataChanged(index(0, FirstPeriodColumn), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, FirstPeriodColumn, columnCount() - 1);
}

int BudgetGridModel::currentFiscalYear() const
{
    return m_grid.calendar.yearNumber(m_referenceDate);
}

QString BudgetGridModel::yearName(int startYear) const
{
    return fiscalYearName(m_grid.calendar, QDate(startYear, m_grid.calendar.startMonth(), 1));
}

QString BudgetGridModel::periodName(const BudgetPeriod &period) const
{
    return periodLabel(m_grid.calendar, period.kind, period.start);
}

int BudgetGridModel::columnOf(const QDate &date) const
{
    const int period = m_grid.periodOf(date);
    return period < 0 ? -1 : periodColumn(period);
}

QString BudgetGridModel::scopeName(int row) const
{
    const BudgetGridRow &shown = m_grid.rows.at(row);
    if (!shown.scope.category)
        return shown.scope.projectId ? shown.projectName : names::portfolio();
    const QString owner = shown.scope.projectId ? shown.projectCode : names::portfolio();
    return tr("%1 – %2", "project code – category").arg(owner, categoryLabel(*shown.scope.category));
}

std::optional<std::int64_t> BudgetGridModel::amountAt(int row, int column) const
{
    if (row < 0 || row >= rowCount() || (!isPeriodColumn(column) && column != YearBudgetColumn))
        return std::nullopt;
    return cellAt(m_grid.rows.at(row), column).budget();
}

QString BudgetGridModel::portfolioPositionText(int period, bool html) const
{
    const BudgetBook::PortfolioPosition &position
        = period < 0 ? m_grid.yearPosition : m_grid.periodPositions.at(period);
    const QString name = period < 0 ? yearName(fiscalYear()) : periodName(m_grid.periods.at(period));
    return ui::portfolioPositionText(name, position, currency(), /*compact=*/false, html);
}

void BudgetGridModel::refresh()
{
    // Computed before the model changes: a failure leaves the rows as they were.
    BudgetGrid grid = BudgetGrid::compute(m_workspace.database(), m_referenceDate, m_requestedYear,
                                          m_granularity, m_splitByCategory);
    if (!m_granularity)
        m_granularity = grid.granularity;
    const bool sameShape = grid.scopes() == m_grid.scopes() && grid.periods == m_grid.periods;
    if (!sameShape)
        beginResetModel();
    m_grid = std::move(grid);
    if (!sameShape) {
        endResetModel();
        return;
    }
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int BudgetGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_grid.rows.size());
}

int BudgetGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_grid.rows.isEmpty() ? 0 : FirstPeriodColumn + periodCount();
}

Qt::ItemFlags BudgetGridModel::flags(const QModelIndex &index) const
{
    // The root has no flags: asked for by views and QAbstractItemModelTester, not a mistake.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    // A viewer reads the grid; the server would refuse the budget anyway.
    if (isPeriodColumn(index.column()) && m_measure == Measure::Budget
        && m_workspace.mayWrite(WriteArea::Ledger))
        flags |= Qt::ItemIsEditable;
    return flags;
}

const BudgetGridCell &BudgetGridModel::cellAt(const BudgetGridRow &row, int column) const
{
    return isPeriodColumn(column) ? row.periods.at(periodIndex(column)) : row.year;
}

BudgetGridModel::Measure BudgetGridModel::measureOf(int column) const
{
    switch (column) {
    case YearBudgetColumn:
        return Measure::Budget;
    case YearActualColumn:
        return Measure::Actual;
    case YearForecastColumn:
        return Measure::Forecast;
    case YearVarianceColumn:
    case YearVariancePercentColumn:
        return Measure::Variance;
    default:
        return m_measure;
    }
}

bool BudgetGridModel::isBudgetCell(int column) const
{
    return measureOf(column) == Measure::Budget;
}

std::optional<std::int64_t> BudgetGridModel::valueAt(const BudgetGridRow &row, int column) const
{
    const BudgetGridCell &cell = cellAt(row, column);
    switch (measureOf(column)) {
    case Measure::Budget:
        return cell.budget();
    case Measure::Actual:
        // Before a period begins there is no spend to report, not a spend of zero.
        return m_grid.hasBegun(cell.figures.period) ? std::optional(cell.figures.actual) : std::nullopt;
    case Measure::Forecast:
        return cell.figures.forecast;
    case Measure::Variance:
        return cell.figures.variance();
    }
    return std::nullopt;
}

QVariant BudgetGridModel::displayData(const BudgetGridRow &row, int column) const
{
    const std::optional<std::int64_t> value = valueAt(row, column);
    if (!value)
        return QString();
    if (column == YearVariancePercentColumn) {
        const std::int64_t budget = row.year.budget().value_or(0);
        return budget > 0 ? percentText(static_cast<double>(*value) / static_cast<double>(budget))
                          : QString();
    }
    const QString text = Money(*value, currency()).toString();
    return measureOf(column) == Measure::Variance && *value > 0 ? QLocale().positiveSign() + text : text;
}

QVariant BudgetGridModel::sortData(const BudgetGridRow &row, int column) const
{
    const std::optional<std::int64_t> value = valueAt(row, column);
    if (!value)
        return QVariant();
    if (column == YearVariancePercentColumn) {
        const std::int64_t budget = row.year.budget().value_or(0);
        return budget > 0 ? QVariant(static_cast<double>(*value) / static_cast<double>(budget)) : QVariant();
    }
    return qlonglong(*value);
}

QString BudgetGridModel::editText(const BudgetGridRow &row, int column) const
{
    const std::optional<std::int64_t> value = cellAt(row, column).budget();
    if (!value)
        return QString();
    // Plain digits with the locale's decimal point: what the grid reads back, with no symbol or
    // grouping to delete before typing.
    QString text = Money(*value, currency()).toPlainString();
    text.replace(u'.', QLocale().decimalPoint());
    return text;
}

QString BudgetGridModel::budgetToolTip(const BudgetGridRow &row, const BudgetGridCell &cell,
                                       const BudgetPeriod &period) const
{
    const QString name = periodName(period);
    QString origin;
    switch (cell.source) {
    case BudgetCellSource::None:
        origin = tr("No budget for %1.").arg(name);
        break;
    case BudgetCellSource::Entered:
        origin = tr("Budget typed for %1.").arg(name);
        break;
    case BudgetCellSource::Aggregate:
        if (isPortfolioTotal(row.scope))
            origin = tr("The sum of the projects' budgets for %1: the portfolio has no budget of its own.")
                         .arg(name);
        else if (!row.scope.projectId)
            origin = tr("The sum of the projects' budgets of this category for %1.").arg(name);
        else
            origin = tr("The sum of the project's category budgets for %1: the project has no budget of its "
                        "own.")
                         .arg(name);
        break;
    case BudgetCellSource::Derived: {
        const BudgetPeriodKind from = cell.ownKind.value_or(period.kind);
        if (static_cast<int>(from) < static_cast<int>(period.kind))
            origin = from == BudgetPeriodKind::Month ? tr("The sum of the month budgets of %1.").arg(name)
                                                     : tr("The sum of the quarter budgets of %1.").arg(name);
        else
            origin = from == BudgetPeriodKind::Quarter
                ? tr("The share, by days, of the quarter budget in %1.").arg(name)
                : tr("The share, by days, of the year budget in %1.").arg(name);
        break;
    }
    }
    return origin;
}

QVariant BudgetGridModel::toolTip(const BudgetGridRow &row, int column) const
{
    const BudgetGridCell &cell = cellAt(row, column);
    const bool periodCell = isPeriodColumn(column);
    const BudgetPeriod period = periodCell ? m_grid.periods.at(periodIndex(column))
                                           : BudgetPeriod { BudgetPeriodKind::Year, yearStart() };
    const QString name = periodName(period);
    const QLocale locale;
    switch (measureOf(column)) {
    case Measure::Budget: {
        QString text = budgetToolTip(row, cell, period);
        if (periodCell) {
            const QString hint = cell.source == BudgetCellSource::Entered ? tr("Empty or 0 removes it.")
                : cell.source == BudgetCellSource::None                   ? tr("Type an amount to set one.")
                                                        : tr("Type an amount to set %1 directly.").arg(name);
            text += u' ' + hint;
        }
        if (isPortfolioTotal(row.scope))
            text += u'\n' + portfolioPositionText(periodCell ? periodIndex(column) : -1, false);
        return text;
    }
    case Measure::Actual:
        if (!m_grid.hasBegun(cell.figures.period))
            return tr("%1 has not begun: no spend yet.").arg(name);
        return tr("Spend of %1 up to %2, as on the dashboard.")
            .arg(name,
                 locale.toString(std::min(m_grid.asOf, cell.figures.period.last), QLocale::ShortFormat));
    case Measure::Forecast:
        return tr("Spend expected over %1 as of %2, as forecast on the dashboard: the spend so far, then "
                  "what is "
                  "booked, recurring and projected.")
            .arg(name, locale.toString(m_grid.asOf, QLocale::ShortFormat));
    case Measure::Variance: {
        const std::optional<std::int64_t> variance = cell.figures.variance();
        if (!variance)
            return tr("No budget for %1: no variance.").arg(name);
        return *variance > 0 ? tr("Forecast above the budget of %1: an overrun of %2.")
                                   .arg(name, Money(*variance, currency()).toString())
                             : tr("Forecast within the budget of %1: %2 left.")
                                   .arg(name, Money(-*variance, currency()).toString());
    }
    }
    return QVariant();
}

QVariant BudgetGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const BudgetGridRow &row = m_grid.rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::EditRole:
        return flags(index) & Qt::ItemIsEditable ? QVariant(editText(row, column)) : displayData(row, column);
    case SortRole:
        return sortData(row, column);
    case SourceRole:
        if (isPeriodColumn(column) || column == YearBudgetColumn)
            return static_cast<int>(cellAt(row, column).source);
        return QVariant();
    case ProjectIdRole:
        return row.scope.projectId ? QVariant(qlonglong(*row.scope.projectId)) : QVariant();
    case CategoryRole:
        return row.scope.category ? QVariant(static_cast<int>(*row.scope.category)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::FontRole: {
        const bool grey = isBudgetCell(column) && isGrey(cellAt(row, column).source);
        const bool bold = isPortfolioTotal(row.scope) || (column == YearBudgetColumn && !row.scope.category);
        if (!grey && !bold)
            return QVariant();
        QFont font;
        font.setItalic(grey);
        font.setBold(bold);
        return font;
    }
    case Qt::ForegroundRole: {
        if (isBudgetCell(column) && isGrey(cellAt(row, column).source))
            return QBrush(derivedText);
        if (measureOf(column) != Measure::Variance)
            return QVariant();
        const std::optional<std::int64_t> variance = cellAt(row, column).figures.variance();
        return variance ? QVariant(QBrush(*variance > 0 ? overText : underText)) : QVariant();
    }
    case Qt::BackgroundRole:
        if (isPortfolioTotal(row.scope))
            return QBrush(portfolioFill);
        if (isYearColumn(column))
            return QBrush(yearFill);
        return QVariant();
    default:
        break;
    }
    return QVariant();
}

QVariant BudgetGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return QVariant();
        const BudgetGridRow &row = m_grid.rows.at(section);
        switch (role) {
        case Qt::DisplayRole:
            // Category rows are indented under their project, as in an outline.
            if (row.scope.category)
                return QString(QStringLiteral("      ") + categoryLabel(*row.scope.category));
            return row.scope.projectId ? row.projectName : tr("Portfolio (all projects)");
        case Qt::ToolTipRole:
            return row.scope.projectId && !row.scope.category
                ? QStringLiteral("%1 (%2)").arg(row.projectName, row.projectCode)
                : scopeName(section);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        case Qt::FontRole:
            if (!row.scope.category) {
                QFont font;
                font.setBold(!row.scope.projectId);
                return font;
            }
            return QVariant();
        case Qt::ForegroundRole:
            return row.scope.category ? QVariant(QBrush(derivedText)) : QVariant();
        case Qt::BackgroundRole:
            return isPortfolioTotal(row.scope) ? QVariant(QBrush(portfolioFill)) : QVariant();
        case ProjectIdRole:
            return row.scope.projectId ? QVariant(qlonglong(*row.scope.projectId)) : QVariant();
        case CategoryRole:
            return row.scope.category ? QVariant(static_cast<int>(*row.scope.category)) : QVariant();
        default:
            return QVariant();
        }
    }

    if (section < 0 || section >= columnCount())
        return QVariant();
    const QString year = yearName(fiscalYear());
    const auto measureName = [](Measure measure) {
        switch (measure) {
        case Measure::Budget:
            return tr("Budget");
        case Measure::Actual:
            return tr("Actual");
        case Measure::Forecast:
            return tr("Forecast");
        case Measure::Variance:
            return tr("Variance");
        }
        return QString();
    };
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        // Two lines: what period, then what measure, so that a column read alone (or printed)
        // says what it holds. A header starts with a capital, whatever the name does in a
        // sentence ("exercice 2026" in French).
        const QString heading = capitalized(year);
        if (section == YearVariancePercentColumn)
            return QString(heading + u'\n' + tr("Variance %"));
        if (isYearColumn(section))
            return QString(heading + u'\n' + measureName(measureOf(section)));
        const BudgetPeriod &period = m_grid.periods.at(periodIndex(section));
        QString name;
        switch (period.kind) {
        case BudgetPeriodKind::Month:
            name = locale.toString(period.start, QStringLiteral("MMM yyyy"));
            break;
        case BudgetPeriodKind::Quarter:
            name = tr("Q%1 (%2–%3)", "fiscal quarter and its months: Q1 (Apr–Jun)")
                       .arg(m_grid.calendar.quarterNumber(period.start))
                       .arg(locale.toString(period.start, QStringLiteral("MMM")),
                            locale.toString(period.end(), QStringLiteral("MMM")));
            break;
        case BudgetPeriodKind::Year:
            name = heading;
            break;
        }
        return QString(name + u'\n' + measureName(m_measure));
    }
    if (role == Qt::ToolTipRole) {
        if (isPeriodColumn(section)) {
            const BudgetPeriod &period = m_grid.periods.at(periodIndex(section));
            return tr("%1: %2 to %3")
                .arg(periodName(period), locale.toString(period.start, QLocale::ShortFormat),
                     locale.toString(period.end(), QLocale::ShortFormat));
        }
        switch (section) {
        case YearBudgetColumn:
            return tr("Budget of %1: the sum of its periods").arg(year);
        case YearActualColumn:
            return tr("Spend of %1 up to %2 (the end of the reporting week), as on the dashboard and the "
                      "projects page")
                .arg(year, locale.toString(m_grid.asOf, QLocale::ShortFormat));
        case YearForecastColumn:
            return tr("Spend expected by the end of %1, as forecast on the dashboard").arg(year);
        case YearVarianceColumn:
            return tr("Forecast minus budget: positive (red) is an overrun, negative (green) is room left");
        case YearVariancePercentColumn:
            return tr("Variance as a share of the budget");
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return QVariant();
}

bool BudgetGridModel::execute(const std::function<void()> &action)
{
    try {
        action();
        return true;
    } catch (const Error &error) {
        spdlog::error("budget edit refused: {}", error.what());
        emit editRefused(costboard::errorText(error));
        return false;
    }
}

bool BudgetGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = index.row();
    const BudgetPeriod period = m_grid.periods.at(periodIndex(index.column()));
    const BudgetScope scope = scopeAt(row);
    const BudgetCellEdit edit = m_grid.edit(row, periodIndex(index.column()), value.toString(), QLocale());
    if (edit.refusal) {
        spdlog::info("budget entry refused: {}", static_cast<int>(edit.refusal->error));
        emit editRefused(refusalMessage(*edit.refusal, scopeName(row)));
        return false;
    }
    if (edit.changesNothing) {
        emit editAccepted(QString());
        return true;
    }

    return execute([&] {
        auto command
            = std::make_unique<SetBudgetCommand>(m_workspace, scope, period, edit.amount, scopeName(row),
                                                 periodName(period), m_grid.budgets, m_errorParent);
        if (command->isEmpty()) {
            emit editAccepted(QString());
            return;
        }
        // Say so when more than the cell changed (FiscalYearBudgets::planSet keeps one period kind
        // per row and year), so that the CFO is not surprised by the neighbouring cells.
        bool split = false;
        bool spread = false;
        for (const BudgetChange &change : command->changes()) {
            split = split || static_cast<int>(change.period.kind) > static_cast<int>(period.kind);
            spread = spread || static_cast<int>(change.period.kind) < static_cast<int>(period.kind);
        }
        const QString year = yearName(fiscalYear());
        executeCommand(m_workspace, std::move(command));
        if (split)
            emit editAccepted(
                tr("The row's budgets of %1 were first split into %2 (each keeping its amount), "
                   "so that the year is budgeted one way, as the dashboard counts it.")
                    .arg(year, kindsName(period.kind)));
        else if (spread)
            emit editAccepted(
                tr("This row is budgeted by smaller periods: the amount was spread evenly over them."));
        else
            emit editAccepted(QString());
    });
}

bool BudgetGridModel::spreadEvenly(const BudgetScope &scope, const Money &annual)
{
    if (const std::optional<BudgetEntryRefusal> refusal = checkBudgetAmount(annual)) {
        emit editRefused(refusalMessage(*refusal));
        return false;
    }
    const int row = rowOf(scope);
    const QString name = row >= 0 ? scopeName(row) : names::portfolio();
    return execute([&] {
        auto command = std::make_unique<SpreadBudgetCommand>(m_workspace, scope, yearStart(), annual, name,
                                                             yearName(fiscalYear()), m_errorParent);
        if (!command->isEmpty())
            executeCommand(m_workspace, std::move(command));
        emit editAccepted(QString());
    });
}

int BudgetGridModel::copyPreviousPeriod(int column)
{
    if (!isPeriodColumn(column))
        return 0;
    const int periodAt = periodIndex(column);
    const BudgetPeriod period = m_grid.periods.at(periodAt);
    QList<BudgetScope> blank;
    for (const BudgetGridRow &row : std::as_const(m_grid.rows)) {
        if (!row.periods.at(periodAt).budget())
            blank << row.scope;
    }
    const QString previousName = periodName(period.previous());
    int written = 0;
    const bool ok = execute([&] {
        auto command = std::make_unique<CopyPreviousBudgetsCommand>(
            m_workspace, blank, period, periodName(period), previousName, m_errorParent);
        written = static_cast<int>(command->changes().size());
        if (command->isEmpty()) {
            emit editAccepted(tr("Nothing to copy: the rows without a budget for %1 had none for %2 either.")
                                  .arg(periodName(period), previousName));
            return;
        }
        executeCommand(m_workspace, std::move(command));
        emit editAccepted(tr("Budgets of %1 copied into %2 (%3 written).")
                              .arg(previousName, periodName(period))
                              .arg(written));
    });
    return ok ? written : -1;
}

} // namespace costboard::ui
