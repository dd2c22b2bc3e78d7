// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "analytics/weeklyreportcontent.h"

namespace costboard::render {

// The three sentences a CEO reads first, computed from the report's figures and worded in the
// interface language. The report's summary page and anyone else who needs them ask here.
struct ReportSentences
{
    QString weekOverWeek; // this week against last week
    QString budget; // budget consumed and the forecast of the fiscal period
    QString alerts; // the worst open alerts
};

ReportSentences reportSentences(const WeeklyReportContent &content);

// The name of an alert's scope as the report and the alert centre say it: the project's name,
// or empty for the portfolio (alertSentence() then says "The portfolio").
QString alertScopeName(const Alert &alert, const QHash<ProjectId, Project> &projects);

} // namespace costboard::render
