// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QList>
#include <QLocale>
#include <QString>

#include "analytics/dashboardquery.h"
#include "domain/entities.h"
#include "pricing/unitprice.h"

namespace costboard {

class Database;

// Tokens, requests and what they cost over some days: the sums every unit cost is a ratio of.
// Only lines counted in tokens (unit "token") with a reporting amount are tallied, so that the
// cost and the tokens it bought are the same lines'.
struct TokenTally
{
    std::int64_t costMinor = 0; // reporting currency
    std::int64_t tokens = 0;
    std::int64_t requests = 0;
    // The cost of the lines that say how many requests they made: a request's cost is this over
    // `requests`, never a cost whose requests are unknown divided by requests of other lines.
    std::int64_t requestCostMinor = 0;

    // Sums checked for overflow (MoneyError).
    TokenTally &operator+=(const TokenTally &other);
    bool isEmpty() const { return tokens == 0 && costMinor == 0; }
};

// A unit cost and what it was measured on.
enum class UnitCostMeasure
{
    PerMillionTokens, // the cost of a million tokens
    PerRequest, // the cost of one request
};

// The tally's unit cost in `currency`, exact to the pico-unit; empty when nothing was counted
// (no tokens, or no request): a unit cost of nothing is unknown, never zero.
std::optional<pricing::ExactAmount> unitCost(const TokenTally &tally, UnitCostMeasure measure,
                                             const QString &currency);
// `cost` spread over `volume` units (a project's benchmark: a ticket, a document); empty for no
// volume.
std::optional<pricing::ExactAmount> costPerUnit(std::int64_t costMinor, std::int64_t volume,
                                                const QString &currency);
// A unit cost as people read it: in cents from one major unit on ("2.31 €"), below that to three
// significant digits ("0.00812 €", "$0.0405"): a request costs a fraction of a cent, and its
// digits past the third are noise.
QString formatUnitCost(const pricing::ExactAmount &cost, const QLocale &locale = QLocale());
// A count of tokens as people read it: "850", "12.4 thousand", "1.2 million", "3.4 billion"
// ("12,4 milliers", "1,2 million", "3,4 milliards"), three significant digits.
QString tokenCountLabel(std::int64_t tokens, const QLocale &locale = QLocale());

// The change of a unit cost from one week to the next, as a ratio (0.04 = 4 % dearer); empty
// when either week has no figure.
std::optional<double> unitCostChange(const std::optional<pricing::ExactAmount> &before,
                                     const std::optional<pricing::ExactAmount> &after);

// One group of lines (a project, or a model at one vendor) week by week.
struct UnitCostRow
{
    std::optional<ProjectId> projectId; // project rows
    QString code; // project rows
    QString label; // the project's name, or the model's ("gpt-4o-mini"); empty: not recorded
    QString vendor; // model rows: who bills it ("OpenAI", "Microsoft Azure")
    QList<TokenTally> byWeek; // aligned with UnitCostReport::weeks
    TokenTally total;
};

// A project's cost per unit of its own benchmark, week by week.
struct BenchmarkRow
{
    ProjectId projectId = 0;
    QString code;
    QString name;
    QString unit; // the project's benchmark unit, singular ("ticket")
    QList<std::optional<std::int64_t>> volumeByWeek; // empty: not entered
    QList<std::int64_t> costByWeek; // the project's whole cost (in the query's categories)

    std::optional<pricing::ExactAmount> costPerUnitOfWeek(int weekIndex, const QString &currency) const;
    // Over the weeks whose volume was entered: their cost over their volume.
    std::optional<pricing::ExactAmount> costPerUnitOverPeriod(const QString &currency) const;
};

struct UnitCostWeek
{
    IsoWeek week;
    DayRange days; // the week's days that lie in the period
};

// Unit costs of a dashboard query: its period, projects, categories and basis. On the accrual
// basis a line's tokens, requests and cost are spread over its service days as its amount is in
// the ledger; on the cash basis they sit on its date.
struct UnitCostReport
{
    QString currency;
    DayRange days;
    QList<UnitCostWeek> weeks;
    int reportingWeekIndex = -1; // the query's reference week, clamped into the period
    QList<TokenTally> portfolioByWeek;
    TokenTally portfolio;
    QList<UnitCostRow> projects; // largest cost first
    QList<UnitCostRow> models; // largest cost first
    QList<BenchmarkRow> benchmarks; // projects with a benchmark unit, by code
    // Token lines in the period without an exchange rate: left out of every tally.
    std::int64_t unconvertedLines = 0;

    // Tokens a week over the period: the tally's tokens over its days, times seven.
    std::int64_t tokensPerWeek(const TokenTally &tally) const;
    bool hasTokens() const { return portfolio.tokens > 0; }

    static UnitCostReport compute(Database &database, const DashboardQuery &query);
};

} // namespace costboard
