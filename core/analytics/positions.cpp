// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/positions.h"

#include "analytics/forecast.h"

namespace costboard {

QList<QList<ScopeFigures>> scopeFigures(Database &database, const QList<BudgetScope> &scopes,
                                        const QList<DayRange> &periods, const QDate &asOf, CostBasis basis)
{
    QList<QList<ScopeFigures>> figures(scopes.size(), QList<ScopeFigures>(periods.size()));
    if (periods.isEmpty() || scopes.isEmpty())
        return figures;
    DayRange whole = periods.constFirst();
    for (const DayRange &period : periods)
        whole = { std::min(whole.first, period.first), std::max(whole.last, period.last) };
    const DayRange window = forecastWindow(whole, asOf);
    const LedgerWindow ledger
        = LedgerWindow::read(database, basis, { std::min(window.first, whole.first), window.last });
    const BudgetBook budgets = BudgetBook::read(database, whole);

    const auto inScope = [](const BudgetScope &scope, const LedgerSeries &series) {
        return (!scope.projectId || *scope.projectId == series.projectId)
            && (!scope.category || *scope.category == series.category);
    };
    for (qsizetype p = 0; p < periods.size(); ++p) {
        const DayRange &period = periods.at(p);
        QList<SeriesForecast> parts;
        for (const LedgerSeries &series : ledger.series())
            parts << forecastSeries(ledger, series, period, asOf);
        for (qsizetype s = 0; s < scopes.size(); ++s) {
            ScopeFigures &entry = figures[s][p];
            entry.period = period;
            for (qsizetype i = 0; i < parts.size(); ++i) {
                if (!inScope(scopes.at(s), ledger.series().at(i)))
                    continue;
                Money::accumulate(entry.actual, parts.at(i).actual);
                Money::accumulate(entry.forecast, parts.at(i).total());
            }
            entry.budget = budgets.budgetOf(scopes.at(s), period);
            if (asOf >= period.first)
                entry.budgetToDate
                    = budgets.budgetOf(scopes.at(s), { period.first, std::min(asOf, period.last) });
            entry.health
                = BudgetHealthRule::assess(asOf >= period.first ? std::optional(entry.actual) : std::nullopt,
                                           entry.budgetToDate, entry.forecast, entry.budget);
        }
    }
    return figures;
}

ScopeFigures combinedFigures(const QList<ScopeFigures> &parts)
{
    ScopeFigures total;
    if (!parts.isEmpty())
        total.period = parts.constFirst().period;
    for (const ScopeFigures &part : parts) {
        Money::accumulate(total.actual, part.actual);
        Money::accumulate(total.unbudgetedActual, part.budget ? part.unbudgetedActual : part.actual);
        Money::accumulate(total.forecast, part.forecast);
        total.budget = addOptional(total.budget, part.budget);
        total.budgetToDate = addOptional(total.budgetToDate, part.budgetToDate);
    }
    // Without a budget to date (a period not begun) the spend is not judged, as in scopeFigures().
    total.health = BudgetHealthRule::assess(total.actual, total.budgetToDate, total.forecast, total.budget);
    return total;
}

} // namespace costboard
