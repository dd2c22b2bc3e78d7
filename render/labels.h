// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QLocale>
#include <QString>

#include "alerts/alertrule.h"
#include "alerts/alertsentence.h" // alertSentence(), for the pages, the report and the slides
#include "analytics/budgetrule.h"
#include "analytics/dashboardsnapshot.h"
#include "analytics/ledger.h"
#include "analytics/unitcosts.h"
#include "domain/category.h"
#include "domain/entities.h"
#include "domain/isoweek.h"
#include "governance/criteria.h"
#include "governance/decisions.h"
#include "governance/routing.h"

namespace costboard::render {

// Translated, user-facing names of domain values: one place, so every page, the PDF report and
// the presentation slides say the same.
QString statusLabel(ProjectStatus status);
QString decisionLevelLabel(DecisionLevel level);
// The short form for dense tables and charts: "Committee", "CIO", "CFO" ("Comité", "DSI", "DAF").
QString decisionLevelShortLabel(DecisionLevel level);
// The colour a decision level is drawn in (the value × cost matrix, the routing table's marks).
QColor decisionLevelColour(DecisionLevel level);
QString dataSensitivityLabel(DataSensitivity sensitivity);
// A criterion as the committee reads it: its own name, or the shipped criterion's in the user's
// language.
QString criterionName(const Criterion &criterion);
QString criterionSenseLabel(CriterionSense sense);
// A weighted score out of 100 ("72"), or "—" before any score.
QString weightedScoreLabel(const WeightedScore &score);
QString decisionKindLabel(DecisionKind kind);
// What a decision did, as the log, the agenda and the report read it: "Routing accepted:
// Committee → CIO".
QString decisionSummary(const Decision &decision);
// A routing rule as a sentence: "Budget of the year ≥ €500,000.00 and personal or health data →
// Committee (CEO)". `criteria` names the criterion a rule reads; budgets are in `currency`.
QString routingRuleConditions(const RoutingRule &rule, const QList<Criterion> &criteria,
                              const QString &currency);
// Why a proposal: "rule 2: infrastructure only", or that no rule matched and the committee keeps it.
QString routingProposalReason(const RoutingProposal &proposal, const QList<RoutingRule> &rules,
                              const QList<Criterion> &criteria, const QString &currency);
QString categoryLabel(CostCategory category);
QString basisLabel(CostBasis basis); // "accrual" / "cash", lower case for use inside sentences
// A project's name as shown: the Unallocated project's in the user's language.
QString projectName(const Project &project);
// What a week-over-week mover is: its category, its project, or the Unallocated project.
QString moverLabel(const Mover &mover);
// What a breakdown entry is: its category, its project (the Unallocated one translated) or vendor.
QString breakdownLabel(const BreakdownEntry &entry);
QColor categoryColour(CostCategory category);

// A percentage as `locale` writes it: "92.8%" in English, "92,8 %" in French (non-breaking
// space, as the French typographic rule and CLDR have it). `percent` is already ×100; a display
// value, never money. `withSign` puts "+" before a positive value (for changes and variances).
QString percentLabel(double percent, int decimals, const QLocale &locale, bool withSign = false);
QString percentLabel(double percent, int decimals, bool withSign = false);

// A calendar period as people read it, from its key (FiscalCalendar::periodKey): "Q4 2026",
// "Q1 FY 2026" for a fiscal year not starting in January, "FY 2026", "Nov 2026"; in French
// "T4 2026", "T1 exercice 2026", "exercice 2026", "nov. 2026".
QString periodKeyLabel(const QString &key);
// The fiscal year holding `day`: "FY 2026", or "FY 2026–27" when it does not start in January
// ("exercice 2026", "exercice 2026-2027").
QString fiscalYearName(const FiscalCalendar &calendar, const QDate &day);
QString periodLabel(const FiscalCalendar &calendar, PeriodKind kind, const QDate &day);

// `text` with its first letter in upper case: a name that starts a heading, a list entry or a
// sentence ("exercice 2026" heads a column as "Exercice 2026").
QString capitalized(QString text);

// An ISO week as people read it: "2026-W48" in English, "2026-S48" in French ("semaine"). Files,
// JSON and settings keep IsoWeek::toString(); everything shown on screen or in a report asks here.
QString weekLabel(const IsoWeek &week);
// The short form for dense chart axes: "W48" / "S48", the whole label on week 1 or `withYear`.
QString shortWeekLabel(const IsoWeek &week, bool withYear = false);
// A range of weeks: "2026-W37 – W49" within one year, "2025-W49 – 2026-W48" across years, so that a
// range over a new year never reads backwards.
QString weekRangeLabel(const WeekRange &range);
// A range of days: "7 Sep – 6 Dec" within one year, "1 Dec 2025 – 27 Nov 2026" across years.
QString dayRangeLabel(const QDate &first, const QDate &last);

// Counts of open alerts by severity: "1 critical, 3 warnings" ("1 critique, 3 avertissements").
// Zero counts are left out; empty when both are zero.
QString alertCountsLabel(int critical, int warning);

// Text that says "over budget", readable on a light background (WCAG AA on white).
QColor overBudgetTextColour();

// The portfolio's envelope, the sum of its projects' budgets and the difference for `period`:
// "Q4 2026: portfolio envelope €1,427,000 · sum of the project budgets €1,359,000 · unallocated
// reserve €68,000"; the overcommitment in red when `html`. Amounts whole (`compact`) or to the cent.
QString portfolioPositionText(const QString &period, const BudgetBook::PortfolioPosition &position,
                              const QString &currency, bool compact, bool html);

// The reporting week's unit costs in one line: "Unit costs 2026-W49: €2.31 per 1M tokens (+4% on
// the week before) · €0.0081 per request · 1.2B tokens". The change in the bad tone when dearer,
// the good one when cheaper, when `html`. Empty when the period has no tokens.
QString unitCostSummaryText(const UnitCostReport &report, bool html);

// A rule's name as shown: a built-in rule that keeps its default name is named from its key and
// scope in the interface language ("SUP: Budget exceeded", "Portefeuille : pic hebdomadaire");
// `projectCode` is the code of the rule's project (unused for the portfolio). A name the user
// typed is shown as typed.
QString alertRuleName(const AlertRule &rule, const QString &projectCode);

// A cost line's quantity with its unit in the interface language: "1.5 requests", "1,5 requête";
// a unit that is not a known key as typed (domain/unit.h).
QString quantityLabel(double quantity, const QString &unit, const QLocale &locale = QLocale());
// A unit's name in lists: "GPU-hours", "heures GPU"; a free unit as typed.
QString unitName(const QString &unit);

// "Budget consumed", "Forecast over budget"…; "Info", "Warning", "Critical"; "Open", "Acknowledged",
// "Resolved".
QString alertKindLabel(AlertKind kind);
QString alertSeverityLabel(AlertSeverity severity);
QString alertStateLabel(AlertState state);

} // namespace costboard::render

namespace costboard::ui {
// The screens name things with the same labels as the report and the slides.
using namespace costboard::render;
} // namespace costboard::ui
