// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertsentence.h"

#include <QCoreApplication>
#include <QLocale>

#include "domain/displaynames.h"
#include "domain/money.h"

namespace costboard {

// The "Labels" context: the window worded these first, and its translations stay with them.
QString alertSentence(const Alert &alert, const QString &scopeName)
{
    const QLocale locale;
    QString scope = scopeName.isEmpty() ? QCoreApplication::translate("Labels", "The portfolio") : scopeName;
    if (alert.category)
        scope += QStringLiteral(" (%1)").arg(names::category(*alert.category).toLower());
    const auto money = [&](std::int64_t minor) {
        return Money(minor, alert.currency).toShortString(locale);
    };
    // Basis points to a whole percentage, rounded half up, on integers.
    const QString percent = names::percent(double((alert.value + 50) / 100), 0, locale);
    const QString period = names::periodKey(alert.periodKey);
    const QString week = names::week(alert.week);
    switch (alert.kind) {
    case AlertKind::BudgetConsumed:
        return QCoreApplication::translate("Labels", "%1 has consumed %2 of its %3 budget (%4 of %5)")
            .arg(scope, percent, period, money(alert.amountMinor), money(alert.referenceMinor));
    case AlertKind::Forecast:
        return QCoreApplication::translate("Labels", "%1 is forecast to reach %2 of its %3 budget (%4 of %5)")
            .arg(scope, percent, period, money(alert.amountMinor), money(alert.referenceMinor));
    case AlertKind::WeeklySpend:
        return QCoreApplication::translate("Labels", "%1 spent %2 in %3, above the weekly limit of %4")
            .arg(scope, money(alert.amountMinor), week, money(alert.referenceMinor));
    case AlertKind::WeekOverWeek:
        return QCoreApplication::translate("Labels", "%1 spend grew %2 in %3 (%4 against %5 the week before)")
            .arg(scope, percent, week, money(alert.amountMinor), money(alert.referenceMinor));
    case AlertKind::Spike:
        return QCoreApplication::translate("Labels",
                                           "%1 spent %2 in %3, %4 times its recent weekly average of %5")
            .arg(scope, money(alert.amountMinor), week, locale.toString(alert.value / 100.0, 'f', 1),
                 money(alert.referenceMinor));
    }
    return QString();
}

} // namespace costboard
