// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>

#include <QString>

#include "domain/isoweek.h"

namespace costboard {

class Database;

struct DemoOptions
{
    // The accepted ranges, which the command line states in its help and checks too.
    static constexpr int FewestWeeks = 4;
    static constexpr int MostWeeks = 520;
    static constexpr std::int64_t FewestLines = 100;
    static constexpr std::int64_t MostLines = 20'000'000;

    int weeks = 78; // history length, ending with `lastWeek`
    // Approximate number of cost lines to generate. The amounts never depend on it: lines only
    // split fixed weekly totals. It is met exactly unless it is below one line per weekly cost
    // (about 1,700 for 78 weeks, ~22 per week of history) or above the number of cents to split.
    std::int64_t lines = 50'000;
    std::uint64_t seed = 2026; // same seed, same options: byte-identical data
    IsoWeek lastWeek = IsoWeek::current(); // the demo's "this week"
};

struct DemoSummary
{
    int projects = 0;
    std::int64_t costLines = 0; // in the database at the end
    std::int64_t generatedLines = 0; // written by the generator (what progress counts)
    int budgets = 0;
    int fxRates = 0;
};

// Fills an empty database with the GenAI portfolio of a mid-size French insurer-like company:
// eight projects, ten categories, budgets per quarter, USD lines with EUR rates, and the shapes a
// committee meets in real life (adoption-driven inference, fine-tuning bursts, monthly salaries,
// cloud steps, one project overrunning, one under-spending), and its talent side: a roster whose
// salaries are posted for each month of the history that has ended, training plans and automated
// hours (demotalent.h). Salaries, subscriptions, seats and quarterly licences carry the month (or
// quarter) they pay for as their service period, so that the accrual basis spreads them over its
// days. All in one transaction.
// Throws ValidationError for bad options (weeks 4..520, lines 100..20,000,000, a valid last week
// leaving the history and its quarters between 2000 and 2100) and StorageError when the database
// already has projects. The current quarter's budgets are sized against the dashboard's
// quarter-to-date view (DashboardSnapshot) of the lines written: that is where the stories must
// show.
// `progress` is called with the number of lines written so far, increasing.
DemoSummary generateDemoPortfolio(Database &database, const DemoOptions &options,
                                  const std::function<void(std::int64_t linesWritten)> &progress = {});

} // namespace costboard
