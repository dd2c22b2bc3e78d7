// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "analytics/weeklyreportcontent.h"

namespace costboard::render::slides {

// What a slide shows. The deck is made of the dashboard's own views, in the order a committee
// reads them.
enum class SlideKind
{
    Kpis, // the four headline figures and the largest movers
    WeeklySpend, // weekly spend by category against the weekly budget
    CumulativeSpend, // cumulative spend against budget, with the forecast
    CategoryBreakdown, // share of each category
    ProjectBreakdown, // spend per project
    Project, // one project over its threshold
    OpenAlerts, // the alerts still open
};

struct Slide
{
    SlideKind kind = SlideKind::Kpis;
    int projectIndex = -1; // Project slides: the index in WeeklyReportContent::projects
    bool operator==(const Slide &other) const = default;
};

// The indexes (in content.projects) of the projects over their threshold: those the one health
// rule (BudgetHealthRule, over the fiscal period of the forecast) reads amber or red. Red first,
// then in the content's order (largest spend first).
QList<int> projectsOverThreshold(const WeeklyReportContent &content);

// The slides for `content`, in order: KPIs, weekly spend, cumulative spend, the category and
// project breakdowns, one slide per project over its threshold, and the open alerts.
QList<Slide> slideDeck(const WeeklyReportContent &content);

// The slide's heading, in the interface language.
QString slideTitle(const Slide &slide, const WeeklyReportContent &content);

// When the figures were last fed: the last import, or when the content was read when no file
// was ever imported.
QDateTime dataAsOf(const WeeklyReportContent &content);

// The corner of every slide: "3 / 9 · 2026-W49 · data as of 4 Dec 2026 18:02". `index` counts
// from 0.
QString cornerText(int index, int count, const WeeklyReportContent &content);

} // namespace costboard::render::slides
