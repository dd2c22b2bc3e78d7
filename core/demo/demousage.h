// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include "domain/entities.h"

namespace costboard {

class Database;

// The marketing project's OpenAI inference of the demo's last four months, as a company would
// have it: imported from OpenAI's usage report (tokens and requests per model and day, priced from
// the catalog) and, for the three closed months, from OpenAI's cost report (the bill). The bill of
// the middle month has images the usage report does not count, so usage against invoice shows a
// gap; a transcription model with no price in the catalog shows tokens counted apart. Replaces the
// generated lines of those months, so nothing is counted twice. Runs inside the demo's transaction.
struct DemoUsageSummary
{
    qint64 usageRows = 0;
    qint64 billRows = 0;
};
DemoUsageSummary writeDemoTokenUsage(Database &database, ProjectId marketingProject, const QDate &lastDay);

// About how many cost lines those imports book (usage of the month not billed yet, and the bills'
// lines): the demo generates that many fewer, so that it holds about the lines asked for.
qint64 expectedDemoUsageLines(const QDate &lastDay);

} // namespace costboard
