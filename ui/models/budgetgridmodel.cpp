#include "models/budgetgridmodel.h"

#include "commands/budgetcommands.h"
#include "domain/fiscalcalendar.h"
#include "errors.h"
#include "labels.h"
#include "storage/budgetrepository.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "workspace.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>
#include <QWidget>

#include <functional>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace costboard::ui {
namespace {

// Readable on a light background (WCAG AA on white), the same reds as the projects page.
const QColor overText(0x9b, 0x1c, 0x1c);
const QColor underText(0x1e, 0x6b, 0x34);
const QColor derivedText(0x6b, 0x72, 0x80);
const QColor portfolioFill(0xee, 0xf2, 0xf7);

// Fiscal years offered around today's: two back for comparison, one ahead for planning.
constexpr int yearsBack = 2;
constexpr int yearsAhead = 1;

struct Cells
{
    QList<std::optional<std::int64_t>> values;
    QList<BudgetGridModel::CellSource> sources;
    QList<BudgetPeriodKind> derivedFrom;
};

std::optional<std::int64_t> sumOf(const std::optional<std::int64_t> &a, const std::optional<std::int64_t> &b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return *a + *b;
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

QString BudgetGridModel::withoutCurrency(QString text, const QString &currency)
{
    text.remove(currency, Qt::CaseInsensitive);
    text.removeIf([](QChar c) { return c.category() == QChar::Symbol_Currency; });
    return text.trimmed();
}

std::optional<std::int64_t> BudgetGridModel::Row::variance() const
{
    if (!total)
        return std::nullopt;
    return spend.forecast - *total;
}

BudgetGridModel::BudgetGridModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_referenceDate(QDate::currentDate())
{
}

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

int BudgetGridModel::currentFiscalYear() const
{
    return FiscalCalendar(m_fiscalStartMonth).yearNumber(m_referenceDate);
}

QString BudgetGridModel::yearName(int startYear) const
{
    if (m_fiscalStartMonth == 1)
        return tr("FY %1").arg(startYear);
    return tr("FY %1–%2").arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

QString BudgetGridModel::periodName(const BudgetPeriod &period) const
{
    const QLocale locale;
    switch (period.kind) {
    case BudgetPeriodKind::Month:
        return locale.toString(period.start, QStringLiteral("MMM yyyy"));
    case BudgetPeriodKind::Quarter: {
        const FiscalCalendar calendar(m_fiscalStartMonth);
        return tr("Q%1 %2", "quarter of a fiscal year: Q1 FY 2026")
            .arg(calendar.quarterNumber(period.start))
            .arg(yearName(calendar.yearNumber(period.start)));
    }
    case BudgetPeriodKind::Year:
        return yearName(period.start.year());
    }
    return QString();
}

int BudgetGridModel::columnOf(const QDate &date) const
{
    for (int i = 0; i < m_periods.size(); ++i) {
        if (m_periods.at(i).start <= date && date <= m_periods.at(i).end())
            return i;
    }
    return -1;
}

QString BudgetGridModel::scopeName(int row) const
{
    const Row &shown = m_rows.at(row);
    if (!shown.scope.category)
        return shown.label;
    const QString owner = shown.scope.projectId ? shown.code : tr("Portfolio");
    return tr("%1 – %2", "project code – category").arg(owner, categoryLabel(*shown.scope.category));
}

int BudgetGridModel::rowOf(const BudgetScope &scope) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).scope == scope)
            return i;
    }
    return -1;
}

QList<BudgetScope> BudgetGridModel::scopes() const
{
    QList<BudgetScope> all;
    all.reserve(m_rows.size());
    for (const Row &row : m_rows)
        all << row.scope;
    return all;
}

std::optional<std::int64_t> BudgetGridModel::amountAt(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    if (isPeriodColumn(column))
        return m_rows.at(row).cells.at(column);
    if (column == totalColumn())
        return m_rows.at(row).total;
    return std::nullopt;
}

void BudgetGridModel::refresh()
{
    // Everything is read before the model changes: a failure leaves the rows as they were.
    Database &database = m_workspace.database();
    const DatabaseSettings settings(database);
    const QString currency = settings.reportingCurrency();
    const FiscalCalendar calendar = settings.calendar();
    const int startMonth = calendar.startMonth();
    const int currentYear = calendar.yearNumber(m_referenceDate);
    const QDate yearStart(m_requestedYear > 0 ? m_requestedYear : currentYear, startMonth, 1);
    const QList<Budget> allBudgets = BudgetRepository(database).list();
    const FiscalYearBudgets budgets(allBudgets, calendar, yearStart, currency);

    QSet<int> years;
    for (int year = currentYear - yearsBack; year <= currentYear + yearsAhead; ++year)
        years.insert(year);
    years.insert(yearStart.year());
    std::optional<BudgetPeriodKind> finest;
    for (const Budget &budget : allBudgets) {
        years.insert(calendar.yearNumber(budget.periodStart));
        if (budget.periodStart <= yearStart.addYears(1).addDays(-1) && budget.periodEnd() >= yearStart
            && (!finest || static_cast<int>(budget.periodKind) < static_cast<int>(*finest)))
            finest = budget.periodKind;
    }
    QList<int> availableYears(years.cbegin(), years.cend());
    std::sort(availableYears.begin(), availableYears.end());
    if (!m_granularity)
        m_granularity = finest.value_or(BudgetPeriodKind::Month);
    const QList<BudgetPeriod> periods = fiscalPeriods(yearStart, *m_granularity);

    // Archived projects get no row, but their budgets still add up into the portfolio's total, as
    // their spend does into its actual.
    QList<Project> projects = ProjectRepository(database).list(true);
    std::stable_sort(projects.begin(), projects.end(), [](const Project &a, const Project &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });

    const auto ownCells = [&](const BudgetScope &scope) {
        Cells cells;
        const std::optional<BudgetPeriodKind> kind = budgets.granularity(scope);
        for (const BudgetPeriod &period : periods) {
            const std::optional<std::int64_t> value = budgets.amount(scope, period);
            cells.values << value;
            cells.sources << (!value                               ? CellSource::None
                                  : budgets.isEntered(scope, period) ? CellSource::Entered
                                                                     : CellSource::Derived);
            cells.derivedFrom << kind.value_or(period.kind);
        }
        return cells;
    };
    // A row without budgets of its own in the year shows, in grey, the sum of the rows under it:
    // a project its categories (as the projects page counts it), the portfolio its projects (as
    // the dashboard does when there is no portfolio budget).
    const auto withFallback = [&](const BudgetScope &scope, const QList<Cells> &children) {
        if (budgets.granularity(scope))
            return ownCells(scope);
        Cells cells;
        for (int i = 0; i < periods.size(); ++i) {
            std::optional<std::int64_t> sum;
            for (const Cells &child : children)
                sum = sumOf(sum, child.values.at(i));
            cells.values << sum;
            cells.sources << (sum ? CellSource::Aggregate : CellSource::None);
            cells.derivedFrom << periods.at(i).kind;
        }
        return cells;
    };

    QList<Row> rows;
    const auto addRow = [&](const BudgetScope &scope, const QString &label, const QString &code, const Cells &cells) {
        Row row;
        row.scope = scope;
        row.label = label;
        row.code = code;
        row.cells = cells.values;
        row.sources = cells.sources;
        row.derivedFrom = cells.derivedFrom;
        for (const std::optional<std::int64_t> &value : cells.values)
            row.total = sumOf(row.total, value);
        rows << row;
    };

    QList<Cells> projectCells;
    QList<QList<Cells>> projectCategoryCells; // [project][category]
    for (const Project &project : projects) {
        QList<Cells> categories;
        for (const CategoryInfo &info : CostCategories::all())
            categories << ownCells(BudgetScope{project.id, info.category});
        projectCells << withFallback(BudgetScope{project.id, std::nullopt}, categories);
        projectCategoryCells << categories;
    }

    addRow(BudgetScope{}, tr("Portfolio (all projects)"), QString(), withFallback(BudgetScope{}, projectCells));
    if (m_splitByCategory) {
        for (int c = 0; c < CostCategories::count(); ++c) {
            const CostCategory category = CostCategories::all().at(c).category;
            QList<Cells> perProject;
            for (const QList<Cells> &categories : std::as_const(projectCategoryCells))
                perProject << categories.at(c);
            addRow(BudgetScope{std::nullopt, category}, categoryLabel(category), QString(),
                   withFallback(BudgetScope{std::nullopt, category}, perProject));
        }
    }
    for (int p = 0; p < projects.size(); ++p) {
        const Project &project = projects.at(p);
        if (project.archived)
            continue;
        addRow(BudgetScope{project.id, std::nullopt}, project.name, project.code, projectCells.at(p));
        if (!m_splitByCategory)
            continue;
        for (int c = 0; c < CostCategories::count(); ++c) {
            const CostCategory category = CostCategories::all().at(c).category;
            addRow(BudgetScope{project.id, category}, categoryLabel(category), project.code,
                   projectCategoryCells.at(p).at(c));
        }
    }

    QList<BudgetScope> scopes;
    for (const Row &row : std::as_const(rows))
        scopes << row.scope;
    const QList<QList<ScopeFigures>> spend
        = scopeFigures(database, scopes, {calendar.year(yearStart)}, m_referenceDate);
    for (int i = 0; i < rows.size(); ++i)
        rows[i].spend = spend.at(i).constFirst();

    const bool sameShape = scopes == this->scopes() && periods == m_periods;
    if (!sameShape)
        beginResetModel();
    m_currency = currency;
    m_fiscalStartMonth = startMonth;
    m_yearStart = yearStart;
    m_availableYears = availableYears;
    m_periods = periods;
    m_rows = rows;
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
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BudgetGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows.isEmpty() ? 0 : periodCount() + 5;
}

Qt::ItemFlags BudgetGridModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (isPeriodColumn(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant BudgetGridModel::displayData(const Row &row, int column) const
{
    const auto money = [&](const std::optional<std::int64_t> &value) {
        return value ? QVariant(Money(*value, m_currency).toString()) : QVariant(QString());
    };
    if (isPeriodColumn(column))
        return money(row.cells.at(column));
    if (column == totalColumn())
        return money(row.total);
    if (column == actualColumn())
        return money(row.spend.actual);
    if (column == forecastColumn())
        return money(row.spend.forecast);
    const std::optional<std::int64_t> variance = row.variance();
    if (!variance)
        return QString();
    if (column == varianceColumn()) {
        const QString text = Money(*variance, m_currency).toString();
        return *variance > 0 ? QLocale().positiveSign() + text : text;
    }
    if (column == variancePercentColumn() && *row.total > 0)
        return percentText(static_cast<double>(*variance) / static_cast<double>(*row.total));
    return QString();
}

QVariant BudgetGridModel::sortData(const Row &row, int column) const
{
    const auto raw = [](const std::optional<std::int64_t> &value) {
        return value ? QVariant(qlonglong(*value)) : QVariant();
    };
    if (isPeriodColumn(column))
        return raw(row.cells.at(column));
    if (column == totalColumn())
        return raw(row.total);
    if (column == actualColumn())
        return qlonglong(row.spend.actual);
    if (column == forecastColumn())
        return qlonglong(row.spend.forecast);
    if (column == varianceColumn())
        return raw(row.variance());
    if (column == variancePercentColumn() && row.variance() && *row.total > 0)
        return static_cast<double>(*row.variance()) / static_cast<double>(*row.total);
    return QVariant();
}

QString BudgetGridModel::editText(const Row &row, int column) const
{
    const std::optional<std::int64_t> value = row.cells.at(column);
    if (!value)
        return QString();
    // Plain digits with the locale's decimal point: what parseDecimal reads back, with no symbol
    // or grouping to delete before typing.
    QString text = Money(*value, m_currency).toPlainString();
    text.replace(u'.', QLocale().decimalPoint());
    return text;
}

QVariant BudgetGridModel::toolTip(const Row &row, int column) const
{
    if (isPeriodColumn(column)) {
        const QString period = periodName(m_periods.at(column));
        const BudgetPeriodKind kind = m_periods.at(column).kind;
        switch (row.sources.at(column)) {
        case CellSource::None:
            return tr("No budget for %1. Type an amount to set one.").arg(period);
        case CellSource::Entered:
            return tr("Budget typed for %1. Empty or 0 removes it.").arg(period);
        case CellSource::Aggregate:
            if (!row.scope.projectId && !row.scope.category)
                return tr("The sum of the projects' budgets for %1: the portfolio has no budget of its own. "
                          "Type an amount to set one.").arg(period);
            if (!row.scope.projectId)
                return tr("The sum of the projects' budgets of this category for %1. Type an amount to set a "
                          "portfolio budget for the category.").arg(period);
            return tr("The sum of the project's category budgets for %1: the project has no budget of its own. "
                      "Type an amount to set one.").arg(period);
        case CellSource::Derived:
            break;
        }
        const BudgetPeriodKind from = row.derivedFrom.at(column);
        QString origin;
        if (static_cast<int>(from) < static_cast<int>(kind))
            origin = from == BudgetPeriodKind::Month ? tr("The sum of the month budgets of %1.").arg(period)
                                                     : tr("The sum of the quarter budgets of %1.").arg(period);
        else
            origin = from == BudgetPeriodKind::Quarter ? tr("The share, by days, of the quarter budget in %1.").arg(period)
                                                       : tr("The share, by days, of the year budget in %1.").arg(period);
        return QString(origin + u' ' + tr("Type an amount to set %1 directly.").arg(period));
    }
    if (column == varianceColumn() || column == variancePercentColumn()) {
        const std::optional<std::int64_t> variance = row.variance();
        if (!variance)
            return QVariant();
        return *variance > 0 ? tr("Forecast above the budget: an overrun of %1.").arg(Money(*variance, m_currency).toString())
                             : tr("Forecast within the budget: %1 left.").arg(Money(-*variance, m_currency).toString());
    }
    return QVariant();
}

QVariant BudgetGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::EditRole:
        return isPeriodColumn(column) ? QVariant(editText(row, column)) : displayData(row, column);
    case SortRole:
        return sortData(row, column);
    case SourceRole:
        if (isPeriodColumn(column))
            return static_cast<int>(row.sources.at(column));
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
        const bool derived = isPeriodColumn(column)
            && (row.sources.at(column) == CellSource::Derived || row.sources.at(column) == CellSource::Aggregate);
        const bool portfolio = !row.scope.projectId && !row.scope.category;
        if (!derived && !portfolio && column != totalColumn())
            return QVariant();
        QFont font;
        font.setItalic(derived);
        font.setBold(portfolio || (column == totalColumn() && !row.scope.category));
        return font;
    }
    case Qt::ForegroundRole:
        if (isPeriodColumn(column)
            && (row.sources.at(column) == CellSource::Derived || row.sources.at(column) == CellSource::Aggregate))
            return QBrush(derivedText);
        if ((column == varianceColumn() || column == variancePercentColumn()) && row.variance())
            return QBrush(*row.variance() > 0 ? overText : underText);
        return QVariant();
    case Qt::BackgroundRole:
        if (!row.scope.projectId && !row.scope.category)
            return QBrush(portfolioFill);
        return QVariant();
    default:
        break;
    }
    return QVariant();
}

QVariant BudgetGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return QVariant();
        const Row &row = m_rows.at(section);
        switch (role) {
        case Qt::DisplayRole:
            // Category rows are indented under their project, as in an outline.
            return row.scope.category ? QStringLiteral("      ") + row.label : row.label;
        case Qt::ToolTipRole:
            return row.scope.projectId && !row.scope.category ? QStringLiteral("%1 (%2)").arg(row.label, row.code)
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
            return !row.scope.projectId && !row.scope.category ? QVariant(QBrush(portfolioFill)) : QVariant();
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
    const QString year = yearName(m_yearStart.year());
    if (role == Qt::DisplayRole) {
        if (isPeriodColumn(section)) {
            const BudgetPeriod &period = m_periods.at(section);
            const QLocale locale;
            switch (period.kind) {
            case BudgetPeriodKind::Month:
                return locale.toString(period.start, QStringLiteral("MMM yyyy"));
            case BudgetPeriodKind::Quarter:
                return tr("Q%1 (%2–%3)", "fiscal quarter and its months: Q1 (Apr–Jun)")
                    .arg(section + 1)
                    .arg(locale.toString(period.start, QStringLiteral("MMM")),
                         locale.toString(period.end(), QStringLiteral("MMM")));
            case BudgetPeriodKind::Year:
                return year;
            }
        }
        if (section == totalColumn())
            return tr("Budget");
        if (section == actualColumn())
            return tr("Actual");
        if (section == forecastColumn())
            return tr("Forecast");
        if (section == varianceColumn())
            return tr("Variance");
        if (section == variancePercentColumn())
            return tr("Variance %");
    }
    if (role == Qt::ToolTipRole) {
        const QLocale locale;
        if (isPeriodColumn(section))
            return tr("%1: %2 to %3").arg(periodName(m_periods.at(section)),
                                          locale.toString(m_periods.at(section).start, QLocale::ShortFormat),
                                          locale.toString(m_periods.at(section).end(), QLocale::ShortFormat));
        if (section == totalColumn())
            return tr("Budget of %1: the sum of the periods").arg(year);
        if (section == actualColumn())
            return tr("Spend of %1 up to week %2, as on the dashboard (whole ISO weeks)")
                .arg(year, IsoWeek::fromDate(std::min(m_referenceDate, yearEnd())).toString());
        if (section == forecastColumn())
            return tr("Spend expected by the end of %1, as forecast on the dashboard").arg(year);
        if (section == varianceColumn())
            return tr("Forecast minus budget: positive (red) is an overrun, negative (green) is room left");
        if (section == variancePercentColumn())
            return tr("Variance as a share of the budget");
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
        spdlog::error("budget edit refused: {}", error.message().toStdString());
        emit editRefused(error.message());
        return false;
    }
}

bool BudgetGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !isPeriodColumn(index.column()))
        return false;
    const Row row = m_rows.at(index.row());
    const BudgetPeriod period = m_periods.at(index.column());
    const QString typed = value.toString().trimmed();
    const QString text = withoutCurrency(typed, m_currency);

    std::optional<Money> amount;
    if (!text.isEmpty()) {
        Money parsed;
        if (!Money::parseTyped(text, m_currency, QLocale(), parsed)) {
            emit editRefused(tr("“%1” is not an amount in %2. Type a number such as 12500 or %3; "
                                "leave the cell empty to remove the budget.")
                                 .arg(typed, m_currency, QStringLiteral("12500") + QLocale().decimalPoint() + QStringLiteral("50")));
            return false;
        }
        if (parsed.isNegative()) {
            emit editRefused(tr("A budget cannot be negative (%1).").arg(parsed.toString()));
            return false;
        }
        if (parsed.minorUnits() > Money::MaxInputMinorUnits) {
            emit editRefused(tr("%1 is too large for a budget.").arg(parsed.toString()));
            return false;
        }
        if (!parsed.isZero())
            amount = parsed;
    }

    // Closing the editor unchanged, on a blank or grey cell, must not turn what the cell shows
    // into a budget of its own.
    const CellSource source = row.sources.at(index.column());
    // Emptying a grey cell has nothing of its own to remove: the amount belongs to a budget of
    // another period or to the rows below, and cutting a share out of those would change them.
    if (!amount && (source == CellSource::Derived || source == CellSource::Aggregate)) {
        emit editRefused(source == CellSource::Derived
                             ? tr("%1 has no budget of its own here: the amount shown is its share of a budget "
                                  "entered for a longer or shorter period. Change or empty that budget instead.")
                                   .arg(scopeName(index.row()))
                             : tr("The amount shown adds up the budgets of the rows below; change or empty those instead."));
        return false;
    }
    const std::optional<std::int64_t> shown = row.cells.at(index.column());
    const bool unchanged = shown ? (amount && amount->minorUnits() == *shown) : !amount;
    if (source != CellSource::Entered && unchanged) {
        emit editAccepted(QString());
        return true;
    }

    return execute([&] {
        auto command = std::make_unique<SetBudgetCommand>(m_workspace, row.scope, period, amount,
                                                          scopeName(index.row()), periodName(period), m_errorParent);
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
        executeCommand(m_workspace, std::move(command));
        if (split)
            emit editAccepted(tr("The row's budgets of %1 were first split into %2 (each keeping its amount), "
                                 "so that the year is budgeted one way, as the dashboard counts it.")
                                  .arg(yearName(m_yearStart.year()), kindsName(period.kind)));
        else if (spread)
            emit editAccepted(tr("This row is budgeted by smaller periods: the amount was spread evenly over them."));
        else
            emit editAccepted(QString());
    });
}

bool BudgetGridModel::spreadEvenly(const BudgetScope &scope, const Money &annual)
{
    if (annual.isNegative() || annual.minorUnits() > Money::MaxInputMinorUnits) {
        emit editRefused(tr("%1 cannot be a yearly budget.").arg(annual.toString()));
        return false;
    }
    const int row = rowOf(scope);
    const QString name = row >= 0 ? scopeName(row) : tr("Portfolio");
    return execute([&] {
        auto command = std::make_unique<SpreadBudgetCommand>(m_workspace, scope, m_yearStart, annual, name,
                                                             yearName(m_yearStart.year()), m_errorParent);
        if (!command->isEmpty())
            executeCommand(m_workspace, std::move(command));
        emit editAccepted(QString());
    });
}

int BudgetGridModel::copyPreviousPeriod(int column)
{
    if (!isPeriodColumn(column))
        return 0;
    const BudgetPeriod period = m_periods.at(column);
    QList<BudgetScope> blank;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.cells.at(column))
            blank << row.scope;
    }
    const QString previousName = periodName(period.previous());
    int written = 0;
    const bool ok = execute([&] {
        auto command = std::make_unique<CopyPreviousBudgetsCommand>(m_workspace, blank, period, periodName(period),
                                                                    previousName, m_errorParent);
        written = static_cast<int>(command->changes().size());
        if (command->isEmpty()) {
            emit editAccepted(tr("Nothing to copy: the rows without a budget for %1 had none for %2 either.")
                                  .arg(periodName(period), previousName));
            return;
        }
        executeCommand(m_workspace, std::move(command));
        emit editAccepted(tr("Budgets of %1 copied into %2 (%3 written).").arg(previousName, periodName(period)).arg(written));
    });
    return ok ? written : -1;
}

} // namespace costboard::ui
