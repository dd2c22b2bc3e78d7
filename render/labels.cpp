// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include "domain/displaynames.h"
#include "domain/money.h"
#include "domain/unit.h"
#include "governance/committeetext.h"
#include "kpis.h"

namespace costboard::render {

QString statusLabel(ProjectStatus status)
{
    return names::projectStatus(status);
}

QString decisionLevelLabel(DecisionLevel level)
{
    switch (level) {
    case DecisionLevel::Committee:
        return QCoreApplication::translate("Labels", "Committee (CEO)");
    case DecisionLevel::Cio:
        return QCoreApplication::translate("Labels", "Delegated to CIO");
    case DecisionLevel::Cfo:
        return QCoreApplication::translate("Labels", "Delegated to CFO");
    }
    return QString();
}

QString decisionLevelShortLabel(DecisionLevel level)
{
    return names::decisionLevelShort(level);
}

QColor decisionLevelColour(DecisionLevel level)
{
    switch (level) {
    case DecisionLevel::Committee:
        return QColor(0xc0, 0x39, 0x2b); // the CEO's: the colour that asks for attention
    case DecisionLevel::Cio:
        return QColor(0x1f, 0x78, 0xb4);
    case DecisionLevel::Cfo:
        return QColor(0x2e, 0x8b, 0x57);
    }
    return QColor();
}

QString dataSensitivityLabel(DataSensitivity sensitivity)
{
    switch (sensitivity) {
    case DataSensitivity::Internal:
        return QCoreApplication::translate("Labels", "Internal data");
    case DataSensitivity::Confidential:
        return QCoreApplication::translate("Labels", "Confidential data");
    case DataSensitivity::Personal:
        return QCoreApplication::translate("Labels", "Personal data");
    case DataSensitivity::Health:
        return QCoreApplication::translate("Labels", "Health data");
    }
    return QString();
}

QString criterionName(const Criterion &criterion)
{
    if (!criterion.name.isEmpty())
        return criterion.name;
    static const QHash<QString, const char *> shipped {
        { QStringLiteral("strategic_value"), QT_TRANSLATE_NOOP("Labels", "Strategic value") },
        { QStringLiteral("expected_benefit"), QT_TRANSLATE_NOOP("Labels", "Expected benefit") },
        { QStringLiteral("risk"), QT_TRANSLATE_NOOP("Labels", "Risk") },
        { QStringLiteral("data_sensitivity"), QT_TRANSLATE_NOOP("Labels", "Data sensitivity") },
        { QStringLiteral("cost"), QT_TRANSLATE_NOOP("Labels", "Cost") },
        { QStringLiteral("readiness"), QT_TRANSLATE_NOOP("Labels", "Readiness") },
    };
    const char *source = shipped.value(criterion.key);
    return source ? QCoreApplication::translate("Labels", source) : criterion.key;
}

QString criterionSenseLabel(CriterionSense sense)
{
    return sense == CriterionSense::Benefit ? QCoreApplication::translate("Labels", "Higher is better")
                                            : QCoreApplication::translate("Labels", "Higher is worse");
}

QString weightedScoreLabel(const WeightedScore &score)
{
    return score.isScored() ? QLocale().toString(score.rounded()) : QStringLiteral("—");
}

QString decisionKindLabel(DecisionKind kind)
{
    return names::decisionKind(kind);
}

QString decisionSummary(const Decision &decision)
{
    return names::decisionSummary(decision);
}

QString routingRuleConditions(const RoutingRule &rule, const QList<Criterion> &criteria,
                              const QString &currency)
{
    QStringList conditions;
    if (rule.budgetAtLeast)
        conditions << QCoreApplication::translate("Labels", "budget of the year ≥ %1")
                          .arg(Money(*rule.budgetAtLeast, currency).toString());
    if (rule.budgetBelow)
        conditions << QCoreApplication::translate("Labels", "budget of the year < %1")
                          .arg(Money(*rule.budgetBelow, currency).toString());
    if (rule.sensitivityAtLeast) {
        switch (*rule.sensitivityAtLeast) {
        case DataSensitivity::Internal:
            conditions << QCoreApplication::translate("Labels", "any data");
            break;
        case DataSensitivity::Confidential:
            conditions << QCoreApplication::translate("Labels", "confidential, personal or health data");
            break;
        case DataSensitivity::Personal:
            conditions << QCoreApplication::translate("Labels", "personal or health data");
            break;
        case DataSensitivity::Health:
            conditions << QCoreApplication::translate("Labels", "health data");
            break;
        }
    }
    if (rule.customerFacing)
        conditions << (*rule.customerFacing ? QCoreApplication::translate("Labels", "customer-facing")
                                            : QCoreApplication::translate("Labels", "internal use"));
    if (rule.infrastructureOnly)
        conditions << (*rule.infrastructureOnly ? QCoreApplication::translate("Labels", "infrastructure only")
                                                : QCoreApplication::translate("Labels", "a business use"));
    if (rule.criterion) {
        QString name = QString::number(*rule.criterion);
        for (const Criterion &criterion : criteria) {
            if (criterion.id == *rule.criterion)
                name = criterionName(criterion);
        }
        conditions << QCoreApplication::translate("Labels", "%1 scored %2 or more")
                          .arg(name, QLocale().toString(rule.criterionAtLeast));
    }
    return capitalized(conditions.join(QCoreApplication::translate("Labels", " and ")));
}

QString routingProposalReason(const RoutingProposal &proposal, const QList<RoutingRule> &rules,
                              const QList<Criterion> &criteria, const QString &currency)
{
    if (proposal.ruleIndex < 0 || proposal.ruleIndex >= rules.size())
        return QCoreApplication::translate("Labels", "No rule delegates it: the committee keeps it");
    return QCoreApplication::translate("Labels", "Rule %1: %2")
        .arg(proposal.ruleIndex + 1)
        .arg(routingRuleConditions(rules.at(proposal.ruleIndex), criteria, currency));
}

QString categoryLabel(CostCategory category)
{
    return names::category(category);
}

QColor categoryColour(CostCategory category)
{
    return QColor(CostCategories::colour(category));
}

QString percentLabel(double percent, int decimals, const QLocale &locale, bool withSign)
{
    return names::percent(percent, decimals, locale, withSign);
}

QString percentLabel(double percent, int decimals, bool withSign)
{
    return percentLabel(percent, decimals, QLocale(), withSign);
}

QString alertRuleName(const AlertRule &rule, const QString &projectCode)
{
    if (!rule.hasDefaultName())
        return rule.name;
    QString what;
    switch (*rule.builtIn) {
    case BuiltInRule::BudgetWarning:
        what = QCoreApplication::translate("Labels", "80% of budget consumed");
        break;
    case BuiltInRule::BudgetExceeded:
        what = QCoreApplication::translate("Labels", "Budget exceeded");
        break;
    case BuiltInRule::ForecastOverBudget:
        what = QCoreApplication::translate("Labels", "Forecast over budget");
        break;
    case BuiltInRule::WeeklySpike:
        what = QCoreApplication::translate("Labels", "weekly spike");
        break;
    }
    const QString scope = rule.projectId ? projectCode : names::portfolio();
    return QCoreApplication::translate("Labels", "%1: %2", "scope and default rule name").arg(scope, what);
}

QString quantityLabel(double quantity, const QString &unit, const QLocale &locale)
{
    return units::quantityLabel(quantity, unit, locale);
}

QString unitName(const QString &unit)
{
    return units::name(unit);
}

namespace {
// The project imported rows go to when no rule places them: stored in English, shown translated.
QString unallocatedProjectName()
{
    return names::unallocatedProject();
}
} // namespace

QString projectName(const Project &project)
{
    return project.isUnallocated ? unallocatedProjectName() : project.name;
}

QString moverLabel(const Mover &mover)
{
    if (mover.category)
        return categoryLabel(*mover.category);
    return mover.isUnallocated ? unallocatedProjectName() : mover.label;
}

QString breakdownLabel(const BreakdownEntry &entry)
{
    if (entry.category)
        return categoryLabel(*entry.category);
    return entry.isUnallocated ? unallocatedProjectName() : entry.label;
}

QString basisLabel(CostBasis basis)
{
    return basis == CostBasis::Cash
        ? QCoreApplication::translate("Labels", "cash", "cost basis: by invoice date")
        : QCoreApplication::translate("Labels", "accrual", "cost basis: by service period");
}

QString fiscalYearName(const FiscalCalendar &calendar, const QDate &day)
{
    return names::fiscalYear(calendar.yearNumber(day), calendar.startsInJanuary());
}

QString periodKeyLabel(const QString &key)
{
    // One rule with the exports, which core words without the GUI modules.
    return names::periodKey(key);
}

QString periodLabel(const FiscalCalendar &calendar, PeriodKind kind, const QDate &day)
{
    return periodKeyLabel(calendar.periodKey(kind, day));
}

QString capitalized(QString text)
{
    return names::capitalized(std::move(text));
}

QString weekLabel(const IsoWeek &week)
{
    return names::week(week);
}

QString shortWeekLabel(const IsoWeek &week, bool withYear)
{
    if (!week.isValid())
        return QString();
    if (withYear || week.week() == 1)
        return weekLabel(week);
    //: An ISO week on a chart axis: W48; French writes S48.
    return QCoreApplication::translate("Labels", "W%1").arg(week.week(), 2, 10, QLatin1Char('0'));
}

QString weekRangeLabel(const WeekRange &range)
{
    if (!range.isValid())
        return QString();
    if (range.first == range.last)
        return weekLabel(range.first);
    const bool sameYear = range.first.weekYear() == range.last.weekYear();
    return QCoreApplication::translate("Labels", "%1 – %2")
        .arg(weekLabel(range.first), sameYear ? shortWeekLabel(range.last) : weekLabel(range.last));
}

QString dayRangeLabel(const QDate &first, const QDate &last)
{
    const QLocale locale;
    const QString format
        = first.year() == last.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy");
    return QCoreApplication::translate("Labels", "%1 – %2")
        .arg(locale.toString(first, format), locale.toString(last, format));
}

QString alertCountsLabel(int critical, int warning)
{
    // One count per severity rather than a sentence around them, so that each language inflects
    // the adjective and the noun by number ("2 critiques", "3 avertissements").
    QStringList counts;
    if (critical > 0)
        counts << QCoreApplication::translate("Labels", "%n critical", nullptr, critical);
    if (warning > 0)
        counts << QCoreApplication::translate("Labels", "%n warning(s)", nullptr, warning);
    return counts.join(QCoreApplication::translate("Labels", ", "));
}

QColor overBudgetTextColour()
{
    return QColor(0x9b, 0x1c, 0x1c);
}

QString portfolioPositionText(const QString &period, const BudgetBook::PortfolioPosition &position,
                              const QString &currency, bool compact, bool html)
{
    const auto money = [&](std::int64_t minor) {
        const Money amount(minor, currency);
        const QString text = compact ? amount.toShortString() : amount.toString();
        return html ? text.toHtmlEscaped() : text;
    };
    const QString name = capitalized(html ? period.toHtmlEscaped() : period);
    if (!position.envelope) {
        if (!position.projectsTotal)
            return QCoreApplication::translate("Labels", "%1: no portfolio envelope and no project budget")
                .arg(name);
        return QCoreApplication::translate("Labels",
                                           "%1: no portfolio envelope · sum of the project budgets %2")
            .arg(name, money(*position.projectsTotal));
    }
    const std::int64_t unallocated = *position.unallocated();
    QString difference = unallocated >= 0
        ? QCoreApplication::translate("Labels", "unallocated reserve %1").arg(money(unallocated))
        : QCoreApplication::translate("Labels", "projects over the envelope by %1").arg(money(-unallocated));
    if (html && unallocated < 0)
        difference = QStringLiteral("<span style='color:%1'>%2</span>")
                         .arg(overBudgetTextColour().name(), difference);
    return QCoreApplication::translate("Labels",
                                       "%1: portfolio envelope %2 · sum of the project budgets %3 · %4")
        .arg(name, money(*position.envelope), money(position.projectsTotal.value_or(0)), difference);
}

QString unitCostSummaryText(const UnitCostReport &report, bool html)
{
    if (!report.hasTokens() || report.reportingWeekIndex < 0)
        return QString();
    const int index = report.reportingWeekIndex;
    const TokenTally &week = report.portfolioByWeek.at(index);
    const auto escaped = [html](const QString &text) {
        return html ? text.toHtmlEscaped() : text;
    };
    QStringList parts;
    const auto perMillion = unitCost(week, UnitCostMeasure::PerMillionTokens, report.currency);
    if (perMillion) {
        QString part = QCoreApplication::translate("Labels", "%1 per 1M tokens")
                           .arg(escaped(formatUnitCost(*perMillion)));
        const std::optional<double> change = index > 0
            ? unitCostChange(unitCost(report.portfolioByWeek.at(index - 1), UnitCostMeasure::PerMillionTokens,
                                      report.currency),
                             perMillion)
            : std::nullopt;
        if (change) {
            QString changeText = QCoreApplication::translate("Labels", "%1 on the week before")
                                     .arg(escaped(ratioLabel(*change, true)));
            if (html && (*change >= 0.005 || *change <= -0.005))
                changeText
                    = QStringLiteral("<span style='color:%1'>%2</span>")
                          .arg(toneColour(*change > 0 ? KpiTone::Bad : KpiTone::Good).name(), changeText);
            part += QStringLiteral(" (%1)").arg(changeText);
        }
        parts << part;
    }
    if (const auto perRequest = unitCost(week, UnitCostMeasure::PerRequest, report.currency))
        parts << QCoreApplication::translate("Labels", "%1 per request")
                     .arg(escaped(formatUnitCost(*perRequest)));
    parts << QCoreApplication::translate("Labels", "%1 tokens").arg(escaped(tokenCountLabel(week.tokens)));
    QString heading = QCoreApplication::translate("Labels", "Unit costs %1:")
                          .arg(escaped(weekLabel(report.weeks.at(index).week)));
    if (html)
        heading = QStringLiteral("<b>%1</b>").arg(heading);
    return heading + u' ' + parts.join(QStringLiteral(" · "));
}

// The alert centre named these first: its translation context keeps their translations.
QString alertKindLabel(AlertKind kind)
{
    switch (kind) {
    case AlertKind::BudgetConsumed:
        return QCoreApplication::translate("costboard::ui::AlertsModel", "Budget consumed");
    case AlertKind::Forecast:
        return QCoreApplication::translate("costboard::ui::AlertsModel", "Forecast over budget");
    case AlertKind::WeeklySpend:
        return QCoreApplication::translate("costboard::ui::AlertsModel", "Weekly spend");
    case AlertKind::WeekOverWeek:
        return QCoreApplication::translate("costboard::ui::AlertsModel", "Week-over-week growth");
    case AlertKind::Spike:
        return QCoreApplication::translate("costboard::ui::AlertsModel", "Spike");
    }
    return QString();
}

QString alertSeverityLabel(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QCoreApplication::translate("costboard::ui::AlertsModel", "Info");
    case AlertSeverity::Warning:
        return QCoreApplication::translate("costboard::ui::AlertsModel", "Warning");
    case AlertSeverity::Critical:
        return QCoreApplication::translate("costboard::ui::AlertsModel", "Critical");
    }
    return QString();
}

QString alertStateLabel(AlertState state)
{
    switch (state) {
    case AlertState::Open:
        return QCoreApplication::translate("costboard::ui::AlertsModel", "Open");
    case AlertState::Acknowledged:
        return QCoreApplication::translate("costboard::ui::AlertsModel", "Acknowledged");
    case AlertState::Resolved:
        return QCoreApplication::translate("costboard::ui::AlertsModel", "Resolved");
    }
    return QString();
}

} // namespace costboard::render
