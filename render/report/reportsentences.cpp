// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportsentences.h"

#include <QCoreApplication>

#include "kpis.h"
#include "labels.h"

namespace costboard::render {
namespace {

QString weekOverWeekSentence(const DashboardSnapshot &snapshot)
{
    const DashboardKpis &kpis = snapshot.kpis;
    // Who spent: the whole portfolio, or the projects the report was asked about.
    const bool portfolio = snapshot.query.projects.isEmpty();
    const QString week = weekLabel(kpis.week);
    if (!kpis.weekChangeRatio) {
        return (portfolio ? QCoreApplication::translate(
                    "ReportSentences", "In %1 the portfolio spent %2, after nothing the week before.")
                          : QCoreApplication::translate(
                              "ReportSentences",
                              "In %1 the selected projects spent %2, after nothing the week before."))
            .arg(week, kpis.thisWeek.toString());
    }
    if (kpis.weekChange.isZero()) {
        return (portfolio ? QCoreApplication::translate(
                    "ReportSentences", "In %1 the portfolio spent %2, the same as the week before.")
                          : QCoreApplication::translate(
                              "ReportSentences",
                              "In %1 the selected projects spent %2, the same as the week before."))
            .arg(week, kpis.thisWeek.toString());
    }
    const Money change = kpis.weekChange.isNegative() ? -kpis.weekChange : kpis.weekChange;
    if (kpis.weekChange.isNegative())
        return (portfolio ? QCoreApplication::translate(
                    "ReportSentences", "In %1 the portfolio spent %2: down %3 (%4) on the week before (%5).")
                          : QCoreApplication::translate(
                              "ReportSentences",
                              "In %1 the selected projects spent %2: down %3 (%4) on the week before (%5)."))
            .arg(week, kpis.thisWeek.toString(), ratioLabel(-*kpis.weekChangeRatio), change.toString(),
                 kpis.previousWeek.toString());
    return (portfolio ? QCoreApplication::translate(
                "ReportSentences", "In %1 the portfolio spent %2: up %3 (%4) on the week before (%5).")
                      : QCoreApplication::translate(
                          "ReportSentences",
                          "In %1 the selected projects spent %2: up %3 (%4) on the week before (%5)."))
        .arg(week, kpis.thisWeek.toString(), ratioLabel(*kpis.weekChangeRatio), change.toString(),
             kpis.previousWeek.toString());
}

QString budgetSentence(const DashboardSnapshot &snapshot)
{
    const DashboardKpis &kpis = snapshot.kpis;
    const QString period = periodLabel(snapshot.calendar, kpis.forecastPeriodKind, kpis.forecastPeriod.first);
    if (!kpis.budgetAtHorizon || !kpis.periodConsumedRatio || !kpis.forecastRatio) {
        return QCoreApplication::translate(
                   "ReportSentences", "There is no %1 budget for this selection; the forecast for %1 is %2.")
            .arg(period, kpis.forecast.toString());
    }
    QString verdict;
    switch (kpis.health) {
    case BudgetHealth::Red:
        verdict = QCoreApplication::translate("ReportSentences", "over budget");
        break;
    case BudgetHealth::Amber:
        verdict = QCoreApplication::translate("ReportSentences", "at risk");
        break;
    default:
        verdict = QCoreApplication::translate("ReportSentences", "on track");
        break;
    }
    return QCoreApplication::translate(
               "ReportSentences",
               "%1 of the %2 budget (%3) is consumed (%4); the forecast for %2 is %5, "
               "%6 of the budget: %7.")
        .arg(ratioLabel(*kpis.periodConsumedRatio), period, kpis.budgetAtHorizon->toString(),
             kpis.forecastPeriodToDate.toString(), kpis.forecast.toString(), ratioLabel(*kpis.forecastRatio),
             verdict);
}

QString alertsSentence(const WeeklyReportContent &content)
{
    const QList<Alert> open = content.openAlerts();
    if (open.isEmpty())
        return QCoreApplication::translate("ReportSentences", "No alert is open.");
    int critical = 0;
    for (const Alert &alert : open)
        critical += alert.severity == AlertSeverity::Critical ? 1 : 0;
    QString sentence = critical > 0
        ? QCoreApplication::translate("ReportSentences", "%n alert(s) open, %1 critical.", nullptr,
                                      int(open.size()))
              .arg(critical)
        : QCoreApplication::translate("ReportSentences", "%n alert(s) open, none critical.", nullptr,
                                      int(open.size()));
    // The two worst say what needs a decision; the alerts page lists the rest.
    QStringList worst;
    for (const Alert &alert : open.mid(0, 2))
        worst << alertSentence(alert, alertScopeName(alert, content.projectsById));
    if (open.size() == 1)
        sentence
            += u' ' + QCoreApplication::translate("ReportSentences", "It reads: %1.").arg(worst.constFirst());
    else
        sentence += u' '
            + QCoreApplication::translate("ReportSentences", "The worst: %1; %2.")
                  .arg(worst.at(0), worst.at(1));
    return sentence;
}

} // namespace

QString alertScopeName(const Alert &alert, const QHash<ProjectId, Project> &projects)
{
    if (!alert.projectId)
        return {};
    const auto found = projects.constFind(*alert.projectId);
    return found == projects.cend() ? QString() : projectName(*found);
}

ReportSentences reportSentences(const WeeklyReportContent &content)
{
    return { weekOverWeekSentence(content.snapshot), budgetSentence(content.snapshot),
             alertsSentence(content) };
}

} // namespace costboard::render
