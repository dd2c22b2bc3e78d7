// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/budgetgrid.h"

#include <algorithm>

#include <QSet>

#include "analytics/dashboardquery.h"
#include "storage/budgetrepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"

namespace costboard {
namespace {

bool isFiner(BudgetPeriodKind kind, BudgetPeriodKind than)
{
    return static_cast<int>(kind) < static_cast<int>(than);
}

bool overlaps(const Budget &budget, const QDate &from, const QDate &to)
{
    return budget.periodStart <= to && budget.periodEnd() >= from;
}

// The periods of `kind` that make up `period` (the three months of a quarter).
QList<BudgetPeriod> partsOf(const QDate &start, const QDate &end, BudgetPeriodKind kind)
{
    QList<BudgetPeriod> parts;
    for (QDate partStart = start; partStart <= end;
         partStart = partStart.addMonths(FiscalCalendar::monthsIn(kind)))
        parts << BudgetPeriod { kind, partStart };
    return parts;
}

std::optional<Money> withoutZero(const std::optional<Money> &amount)
{
    return amount && amount->isZero() ? std::nullopt : amount;
}

// Fiscal years offered around today's: two back for comparison, one ahead for planning.
constexpr int yearsBack = 2;
constexpr int yearsAhead = 1;

// Takes out what people copy along with an amount: a currency symbol or the ISO code.
QString withoutCurrency(QStringView typed, const QString &currency)
{
    QString text = typed.toString();
    text.remove(currency, Qt::CaseInsensitive);
    text.removeIf([](QChar c) { return c.category() == QChar::Symbol_Currency; });
    return text.trimmed();
}

} // namespace

QDate BudgetPeriod::end() const
{
    return start.addMonths(FiscalCalendar::monthsIn(kind)).addDays(-1);
}

BudgetPeriod BudgetPeriod::previous() const
{
    return BudgetPeriod { kind, start.addMonths(-FiscalCalendar::monthsIn(kind)) };
}

QList<BudgetPeriod> fiscalPeriods(const QDate &yearStart, BudgetPeriodKind kind)
{
    const DayRange year = FiscalCalendar(yearStart.month()).year(yearStart);
    return partsOf(year.first, year.last, kind);
}

QList<std::int64_t> splitEvenly(std::int64_t total, int parts)
{
    QList<std::int64_t> amounts;
    if (parts <= 0)
        return amounts;
    const std::int64_t base = total / parts;
    // C++ truncates towards zero: a negative total leaves a negative remainder, spread the same way.
    const std::int64_t remainder = total % parts;
    const std::int64_t step = remainder < 0 ? -1 : 1;
    for (int i = 0; i < parts; ++i)
        amounts << base + (i < std::abs(remainder) ? step : 0);
    return amounts;
}

Budget BudgetChange::budget(const Money &amount) const
{
    Budget result;
    result.projectId = scope.projectId;
    result.category = scope.category;
    result.periodKind = period.kind;
    result.periodStart = period.start;
    result.amount = amount;
    return result;
}

void stampVersionsAsRead(QList<BudgetChange> &changes, const QList<Budget> &asRead)
{
    for (BudgetChange &change : changes) {
        change.versionBefore = 0;
        for (const Budget &budget : asRead) {
            if (change.scope.matches(budget) && budget.periodKind == change.period.kind
                && budget.periodStart == change.period.start)
                change.versionBefore = budget.rowVersion;
        }
    }
}

void applyBudgetChanges(Database &database, QList<BudgetChange> &changes, bool undo, bool overwrite)
{
    Transaction transaction(database);
    BudgetRepository repository(database);
    // A plan may write the same budget twice (a quarter split, then one of its months set): its
    // first application expects, the second time, the version the first write left.
    QList<std::pair<const BudgetChange *, std::int64_t>> leftByThisBatch;
    const auto write = [&](const BudgetChange &change, const std::optional<Money> &amount,
                           const std::optional<Money> &replaced) {
        const Budget target = change.budget(
            amount.value_or(Money(0, change.before ? change.before->currency() : change.after->currency())));
        BudgetRepository::ExpectedVersion expected;
        if (overwrite)
            expected = std::nullopt;
        else if (change.written)
            expected = repository.versionHolding(target, replaced);
        else
            expected = change.versionBefore;
        for (const auto &[earlier, version] : std::as_const(leftByThisBatch)) {
            if (!overwrite && !change.written && earlier->scope == change.scope
                && earlier->period == change.period)
                expected = version;
        }
        const std::int64_t version = amount ? repository.setChecked(target, expected).version
                                            : repository.removeChecked(target, expected).version;
        leftByThisBatch.append({ &change, version });
    };
    if (undo) {
        // Not std::views::reverse: clang 14 cannot compile libstdc++ 12's ranges.
        for (auto change = changes.crbegin(); change != changes.crend();
             ++change) // NOLINT(modernize-loop-convert)
            write(*change, change->before, change->after);
    } else {
        for (const BudgetChange &change : std::as_const(changes))
            write(change, change.after, change.before);
    }
    transaction.commit();
    for (BudgetChange &change : changes)
        change.written = true;
}

FiscalYearBudgets::FiscalYearBudgets(const QList<Budget> &budgets, const FiscalCalendar &calendar,
                                     const QDate &yearStart, const QString &currency)
    : m_yearStart(yearStart)
    , m_currency(currency)
    , m_book(budgets, calendar, currency)
{
    for (const Budget &budget : budgets) {
        if (budget.amount.currency() == currency && overlaps(budget, yearStart, yearEnd()))
            m_budgets << budget;
    }
}

FiscalYearBudgets FiscalYearBudgets::read(Database &database, const QDate &date)
{
    const DatabaseSettings settings(database);
    const FiscalCalendar calendar = settings.calendar();
    const DayRange year = calendar.year(date);
    return FiscalYearBudgets(BudgetRepository(database).overlapping(year.first, year.last), calendar,
                             year.first, settings.reportingCurrency());
}

QList<Budget> FiscalYearBudgets::scopeBudgets(const BudgetScope &scope) const
{
    QList<Budget> found;
    for (const Budget &budget : m_budgets) {
        if (scope.matches(budget))
            found << budget;
    }
    return found;
}

std::optional<BudgetPeriodKind> FiscalYearBudgets::granularity(const BudgetScope &scope) const
{
    return m_book.ownGranularity(scope, m_yearStart);
}

QList<Budget> FiscalYearBudgets::effectiveBudgets(const BudgetScope &scope) const
{
    const std::optional<BudgetPeriodKind> kind = granularity(scope);
    QList<Budget> found = scopeBudgets(scope);
    found.removeIf([&](const Budget &budget) { return budget.periodKind != kind; });
    return found;
}

std::optional<std::int64_t> FiscalYearBudgets::amount(const BudgetScope &scope,
                                                      const BudgetPeriod &period) const
{
    if (!granularity(scope))
        return std::nullopt;
    return m_book.budgetOf(scope, period.days());
}

bool FiscalYearBudgets::isEntered(const BudgetScope &scope, const BudgetPeriod &period) const
{
    return granularity(scope) == period.kind && stored(scope, period).has_value();
}

std::optional<Money> FiscalYearBudgets::stored(const BudgetScope &scope, const BudgetPeriod &period) const
{
    for (const Budget &budget : m_budgets) {
        if (scope.matches(budget) && budget.periodKind == period.kind && budget.periodStart == period.start)
            return budget.amount;
    }
    return std::nullopt;
}

QList<BudgetChange> FiscalYearBudgets::planSet(const BudgetScope &scope, const BudgetPeriod &period,
                                               const std::optional<Money> &amount) const
{
    QList<BudgetChange> changes;
    const auto change = [&](const BudgetPeriod &target, const std::optional<Money> &after) {
        const std::optional<Money> before = stored(scope, target);
        const std::optional<Money> wanted = withoutZero(after);
        if (before != wanted)
            changes << BudgetChange { scope, target, before, wanted, std::nullopt, false };
    };

    const std::optional<BudgetPeriodKind> kind = granularity(scope);
    if (!kind || *kind == period.kind) {
        change(period, amount);
    } else if (isFiner(period.kind, *kind)) {
        for (const Budget &budget : effectiveBudgets(scope)) {
            changes << BudgetChange { scope,         BudgetPeriod { budget.periodKind, budget.periodStart },
                                      budget.amount, std::nullopt,
                                      std::nullopt,  false };
            for (const BudgetPeriod &part : partsOf(budget.periodStart, budget.periodEnd(), period.kind)) {
                // Parts outside the year (a budget left straddling it by a change of fiscal start
                // month) are not this year's to write.
                if (part == period || part.start < m_yearStart || part.end() > yearEnd())
                    continue;
                change(
                    part,
                    Money(shareOfDays(budget.amount.minorUnits(), budget.days(), part.days()), m_currency));
            }
        }
        change(period, amount);
    } else {
        const QList<BudgetPeriod> parts = partsOf(period.start, period.end(), *kind);
        const QList<std::int64_t> shares
            = splitEvenly(amount ? amount->minorUnits() : 0, static_cast<int>(parts.size()));
        for (qsizetype i = 0; i < parts.size(); ++i)
            change(parts.at(i), amount ? std::optional(Money(shares.at(i), m_currency)) : std::nullopt);
    }
    return changes;
}

QList<BudgetChange> FiscalYearBudgets::planSpreadEvenly(const BudgetScope &scope, const Money &annual) const
{
    QList<BudgetChange> changes;
    for (const Budget &budget : scopeBudgets(scope)) {
        if (budget.periodKind != BudgetPeriodKind::Month && budget.periodStart >= m_yearStart
            && budget.periodStart <= yearEnd())
            changes << BudgetChange { scope,         BudgetPeriod { budget.periodKind, budget.periodStart },
                                      budget.amount, std::nullopt,
                                      std::nullopt,  false };
    }
    const QList<BudgetPeriod> months = fiscalPeriods(m_yearStart, BudgetPeriodKind::Month);
    const QList<std::int64_t> shares = splitEvenly(annual.minorUnits(), static_cast<int>(months.size()));
    for (qsizetype i = 0; i < months.size(); ++i) {
        const std::optional<Money> before = stored(scope, months.at(i));
        const std::optional<Money> after = withoutZero(Money(shares.at(i), annual.currency()));
        if (before != after)
            changes << BudgetChange { scope, months.at(i), before, after, std::nullopt, false };
    }
    return changes;
}

QList<BudgetChange> planCopyPrevious(const FiscalYearBudgets &source, const FiscalYearBudgets &target,
                                     const QList<BudgetScope> &scopes, const BudgetPeriod &targetPeriod)
{
    const BudgetPeriod from = targetPeriod.previous();
    QList<BudgetChange> changes;
    for (const BudgetScope &scope : scopes) {
        if (target.amount(scope, targetPeriod))
            continue;
        const std::optional<std::int64_t> value = source.amount(scope, from);
        if (!value || *value <= 0)
            continue;
        changes << target.planSet(scope, targetPeriod, Money(*value, target.currency()));
    }
    return changes;
}

std::optional<BudgetEntryRefusal> checkBudgetAmount(const Money &amount)
{
    BudgetEntryRefusal refusal;
    refusal.amount = amount;
    if (amount.isNegative()) {
        refusal.error = BudgetEntryError::Negative;
        return refusal;
    }
    if (amount.minorUnits() > Money::MaxInputMinorUnits) {
        refusal.error = BudgetEntryError::TooLarge;
        refusal.limit = Money(Money::MaxInputMinorUnits, amount.currency());
        return refusal;
    }
    return std::nullopt;
}

TypedBudget readTypedBudget(QStringView typed, const QString &currency, const QLocale &locale)
{
    TypedBudget result;
    const QString text = withoutCurrency(typed, currency);
    if (text.isEmpty())
        return result;
    Money parsed;
    if (!Money::parseTyped(text, currency, locale, parsed)) {
        BudgetEntryRefusal refusal;
        refusal.error = BudgetEntryError::NotAnAmount;
        refusal.typed = typed.trimmed().toString();
        result.refusal = refusal;
        return result;
    }
    result.refusal = checkBudgetAmount(parsed);
    if (result.refusal)
        result.refusal->typed = typed.trimmed().toString();
    else if (!parsed.isZero())
        result.amount = parsed;
    return result;
}

BudgetGrid BudgetGrid::compute(Database &database, const QDate &referenceDate, int fiscalYear,
                               std::optional<PeriodKind> granularity, bool splitByCategory)
{
    // Everything is read first, then put together: the caller's grid stays as it was on failure.
    const DatabaseSettings settings(database);
    BudgetGrid grid;
    grid.currency = settings.reportingCurrency();
    grid.calendar = settings.calendar();
    const int currentYear = grid.calendar.yearNumber(referenceDate);
    grid.year
        = grid.calendar.year(QDate(fiscalYear > 0 ? fiscalYear : currentYear, grid.calendar.startMonth(), 1));
    grid.asOf = std::min(reportingDayOf(referenceDate), grid.year.last);
    grid.splitByCategory = splitByCategory;

    const QList<Budget> allBudgets = BudgetRepository(database).list();
    const FiscalYearBudgets budgets(allBudgets, grid.calendar, grid.year.first, grid.currency);

    QSet<int> years;
    for (int year = currentYear - yearsBack; year <= currentYear + yearsAhead; ++year)
        years.insert(year);
    years.insert(grid.fiscalYear());
    std::optional<PeriodKind> finest;
    for (const Budget &budget : allBudgets) {
        years.insert(grid.calendar.yearNumber(budget.periodStart));
        if (budget.amount.currency() == grid.currency && budget.days().intersects(grid.year)
            && (!finest || isFiner(budget.periodKind, *finest)))
            finest = budget.periodKind;
    }
    grid.availableYears = QList<int>(years.cbegin(), years.cend());
    grid.budgets = allBudgets;
    std::sort(grid.availableYears.begin(), grid.availableYears.end());
    grid.granularity = granularity.value_or(finest.value_or(PeriodKind::Month));
    grid.periods = fiscalPeriods(grid.year.first, grid.granularity);

    QList<Project> projects = ProjectRepository(database).list(true);
    projects.removeIf([](const Project &project) { return project.archived; });
    std::stable_sort(projects.begin(), projects.end(), [](const Project &a, const Project &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const auto addRows
        = [&](const std::optional<ProjectId> &project, const QString &name, const QString &code) {
              grid.rows << BudgetGridRow { BudgetScope { project, std::nullopt }, name, code, {}, {} };
              if (!splitByCategory)
                  return;
              for (const CategoryInfo &info : CostCategories::all())
                  grid.rows << BudgetGridRow { BudgetScope { project, info.category }, name, code, {}, {} };
          };
    addRows(std::nullopt, QString(), QString());
    for (const Project &project : std::as_const(projects))
        addRows(project.id, project.name, project.code);

    // The periods, then the year: its figures come from the same read, so that its forecast is
    // the sum of its periods' to the cent.
    QList<DayRange> ranges;
    for (const BudgetPeriod &period : std::as_const(grid.periods))
        ranges << period.days();
    ranges << grid.year;
    const QList<QList<ScopeFigures>> figures = scopeFigures(database, grid.scopes(), ranges, grid.asOf);

    const BudgetPeriod wholeYear { PeriodKind::Year, grid.year.first };
    const auto cellOf = [&](const BudgetScope &scope, const BudgetPeriod &period, const ScopeFigures &shown) {
        BudgetGridCell cell;
        cell.figures = shown;
        cell.ownKind = budgets.granularity(scope);
        if (!shown.budget)
            cell.source = BudgetCellSource::None;
        else if (!cell.ownKind)
            cell.source = BudgetCellSource::Aggregate;
        else if (budgets.isEntered(scope, period))
            cell.source = BudgetCellSource::Entered;
        else
            cell.source = BudgetCellSource::Derived;
        return cell;
    };
    for (qsizetype r = 0; r < grid.rows.size(); ++r) {
        BudgetGridRow &row = grid.rows[r];
        for (qsizetype p = 0; p < grid.periods.size(); ++p)
            row.periods << cellOf(row.scope, grid.periods.at(p), figures.at(r).at(p));
        row.year = cellOf(row.scope, wholeYear, figures.at(r).constLast());
    }

    for (const BudgetPeriod &period : std::as_const(grid.periods))
        grid.periodPositions << budgets.book().portfolioPosition(period.days());
    grid.yearPosition = budgets.book().portfolioPosition(grid.year);
    return grid;
}

QList<BudgetScope> BudgetGrid::scopes() const
{
    QList<BudgetScope> all;
    all.reserve(rows.size());
    for (const BudgetGridRow &row : rows)
        all << row.scope;
    return all;
}

int BudgetGrid::rowOf(const BudgetScope &scope) const
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).scope == scope)
            return static_cast<int>(i);
    }
    return -1;
}

int BudgetGrid::periodOf(const QDate &date) const
{
    for (qsizetype i = 0; i < periods.size(); ++i) {
        if (periods.at(i).days().contains(date))
            return static_cast<int>(i);
    }
    return -1;
}

BudgetCellEdit BudgetGrid::edit(int row, int period, QStringView typed, const QLocale &locale) const
{
    const BudgetGridCell &cell = rows.at(row).periods.at(period);
    BudgetCellEdit edit;
    const TypedBudget read = readTypedBudget(typed, currency, locale);
    if (read.refusal) {
        edit.refusal = read.refusal;
        return edit;
    }
    // Emptying a grey cell has nothing of its own to remove: the amount belongs to a budget of
    // another period or to the rows below, and cutting a share out of those would change them.
    if (!read.amount
        && (cell.source == BudgetCellSource::Derived || cell.source == BudgetCellSource::Aggregate)) {
        BudgetEntryRefusal refusal;
        refusal.error = cell.source == BudgetCellSource::Derived
            ? BudgetEntryError::DerivedCellCannotBeEmptied
            : BudgetEntryError::AggregateCellCannotBeEmptied;
        refusal.typed = typed.trimmed().toString();
        refusal.budgetedBy = cell.ownKind;
        edit.refusal = refusal;
        return edit;
    }
    edit.amount = read.amount;
    const std::optional<std::int64_t> typedMinor
        = read.amount ? std::optional<std::int64_t>(read.amount->minorUnits()) : std::nullopt;
    edit.changesNothing = typedMinor == cell.budget();
    return edit;
}

} // namespace costboard
