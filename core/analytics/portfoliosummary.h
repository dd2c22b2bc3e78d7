// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "domain/entities.h"

namespace costboard {

class Database;

struct CategoryTotal
{
    CostCategory category;
    Money total;
    qint64 lineCount = 0;
};

struct ProjectTotal
{
    Project project;
    Money total;
    qint64 lineCount = 0;
};

// All-time totals from the daily roll-ups (cash basis: each line once, on its date), in the
// reporting currency.
struct PortfolioSummary
{
    QString reportingCurrency;
    QList<CategoryTotal> byCategory; // all ten categories, in category order
    QList<ProjectTotal> byProject; // every project, largest total first
    Money total;
    qint64 lineCount = 0;
    qint64 unconvertedLineCount = 0; // lines in a currency with no FX rate: not in the totals
    WeekRange weeks; // first and last week holding a cost, invalid when empty

    static PortfolioSummary compute(Database &database);
};

} // namespace costboard
