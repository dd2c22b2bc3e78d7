#include "labels.h"

#include <QCoreApplication>
#include <QLocale>

#include "domain/money.h"

namespace costboard::render {

QString statusLabel(ProjectStatus status)
{
    switch (status) {
    case ProjectStatus::Proposed:
        return QCoreApplication::translate("Labels", "Proposed");
    case ProjectStatus::Evaluating:
        return QCoreApplication::translate("Labels", "Evaluating");
    case ProjectStatus::Approved:
        return QCoreApplication::translate("Labels", "Approved");
    case ProjectStatus::Active:
        return QCoreApplication::translate("Labels", "Active");
    case ProjectStatus::Paused:
        return QCoreApplication::translate("Labels", "Paused");
    case ProjectStatus::Closed:
        return QCoreApplication::translate("Labels", "Closed");
    case ProjectStatus::Rejected:
        return QCoreApplication::translate("Labels", "Rejected");
    }
    return QString();
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

QString categoryLabel(CostCategory category)
{
    // The category names are data of the core (English and French): pick by interface language.
    return CostCategories::displayName(category, QLocale().name().left(2));
}

QColor categoryColour(CostCategory category)
{
    return QColor(CostCategories::colour(category));
}

QString percentLabel(double percent, int decimals, const QLocale &locale, bool withSign)
{
    QString text = locale.toString(percent, 'f', decimals);
    if (withSign && percent > 0)
        text.prepend(locale.positiveSign());
    // English sticks the sign to the number; French and most continental languages space it.
    if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        text += QChar(0x00A0);
    return text + locale.percent();
}

QString percentLabel(double percent, int decimals, bool withSign)
{
    return percentLabel(percent, decimals, QLocale(), withSign);
}

QString alertRuleName(const AlertRule &rule)
{
    if (!rule.builtIn)
        return rule.name;
    const qsizetype colon = rule.name.indexOf(QLatin1String(": "));
    if (colon < 0)
        return rule.name;
    const QString scope = rule.name.left(colon);
    const QString what = rule.name.mid(colon + 2);
    // The names AlertStore::ensureDefaultRules() writes.
    QString translated;
    if (what == QLatin1String("80% of budget consumed"))
        translated = QCoreApplication::translate("Labels", "80% of budget consumed");
    else if (what == QLatin1String("Budget exceeded"))
        translated = QCoreApplication::translate("Labels", "Budget exceeded");
    else if (what == QLatin1String("Forecast over budget"))
        translated = QCoreApplication::translate("Labels", "Forecast over budget");
    else if (what == QLatin1String("weekly spike"))
        translated = QCoreApplication::translate("Labels", "weekly spike");
    else
        return rule.name;
    const QString shownScope = scope == QLatin1String("Portfolio") ? QCoreApplication::translate("Labels", "Portfolio") : scope;
    return QCoreApplication::translate("Labels", "%1: %2", "scope and default rule name").arg(shownScope, translated);
}

namespace {
// The project imported rows go to when no rule places them: stored in English, shown translated.
QString unallocatedProjectName()
{
    return QCoreApplication::translate("Labels", "Unallocated");
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
    return basis == CostBasis::Cash ? QCoreApplication::translate("Labels", "cash", "cost basis: by invoice date")
                                    : QCoreApplication::translate("Labels", "accrual", "cost basis: by service period");
}

namespace {

// A fiscal year by the calendar year it starts in, and whether it starts in January.
QString fiscalYearNameOf(int startYear, bool startsInJanuary)
{
    if (startsInJanuary)
        return QCoreApplication::translate("Labels", "FY %1", "a fiscal year: FY 2026").arg(startYear);
    return QCoreApplication::translate("Labels", "FY %1–%2", "a fiscal year across two calendar years: FY 2026–27")
        .arg(startYear)
        .arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QString fiscalYearName(const FiscalCalendar &calendar, const QDate &day)
{
    return fiscalYearNameOf(calendar.yearNumber(day), calendar.startsInJanuary());
}

QString periodKeyLabel(const QString &key)
{
    // "2026", "FY2026", "2026-Q4", "FY2026-Q1", "2026-11" (FiscalCalendar::periodKey): "FY" marks
    // a fiscal year that does not start in January.
    const QString yearPart = key.section(u'-', 0, 0);
    const QString rest = key.section(u'-', 1);
    const bool acrossYears = yearPart.startsWith(QLatin1String("FY"));
    const int yearNumber = (acrossYears ? yearPart.mid(2) : yearPart).toInt();
    if (rest.startsWith(u'Q')) {
        const QString year = acrossYears ? fiscalYearNameOf(yearNumber, false) : QString::number(yearNumber);
        return QCoreApplication::translate("Labels", "Q%1 %2", "quarter number and year: Q4 2026").arg(rest.mid(1), year);
    }
    if (!rest.isEmpty()) {
        const QDate month = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
        return month.isValid() ? QLocale().toString(month, QStringLiteral("MMM yyyy")) : key;
    }
    return fiscalYearNameOf(yearNumber, !acrossYears);
}

QString periodLabel(const FiscalCalendar &calendar, PeriodKind kind, const QDate &day)
{
    return periodKeyLabel(calendar.periodKey(kind, day));
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
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
            return QCoreApplication::translate("Labels", "%1: no portfolio envelope and no project budget").arg(name);
        return QCoreApplication::translate("Labels", "%1: no portfolio envelope · sum of the project budgets %2")
            .arg(name, money(*position.projectsTotal));
    }
    const std::int64_t unallocated = *position.unallocated();
    QString difference = unallocated >= 0
        ? QCoreApplication::translate("Labels", "unallocated reserve %1").arg(money(unallocated))
        : QCoreApplication::translate("Labels", "projects over the envelope by %1").arg(money(-unallocated));
    if (html && unallocated < 0)
        difference = QStringLiteral("<span style='color:%1'>%2</span>").arg(overBudgetTextColour().name(), difference);
    return QCoreApplication::translate("Labels", "%1: portfolio envelope %2 · sum of the project budgets %3 · %4")
        .arg(name, money(*position.envelope), money(position.projectsTotal.value_or(0)), difference);
}

QString alertSentence(const Alert &alert, const QString &scopeName)
{
    const QLocale locale;
    QString scope = scopeName.isEmpty() ? QCoreApplication::translate("Labels", "The portfolio") : scopeName;
    if (alert.category)
        scope += QStringLiteral(" (%1)").arg(categoryLabel(*alert.category).toLower());
    const auto money = [&](std::int64_t minor) { return Money(minor, alert.currency).toShortString(locale); };
    // Basis points to a whole percentage, rounded half up, on integers.
    const QString percent = percentLabel(double((alert.value + 50) / 100), 0, locale);
    const QString quarter = periodKeyLabel(alert.periodKey);
    switch (alert.kind) {
    case AlertKind::BudgetConsumed:
        return QCoreApplication::translate("Labels", "%1 has consumed %2 of its %3 budget (%4 of %5)")
            .arg(scope, percent, quarter, money(alert.amountMinor), money(alert.referenceMinor));
    case AlertKind::Forecast:
        return QCoreApplication::translate("Labels", "%1 is forecast to reach %2 of its %3 budget (%4 of %5)")
            .arg(scope, percent, quarter, money(alert.amountMinor), money(alert.referenceMinor));
    case AlertKind::WeeklySpend:
        return QCoreApplication::translate("Labels", "%1 spent %2 in %3, above the weekly limit of %4")
            .arg(scope, money(alert.amountMinor), alert.week.toString(), money(alert.referenceMinor));
    case AlertKind::WeekOverWeek:
        return QCoreApplication::translate("Labels", "%1 spend grew %2 in %3 (%4 against %5 the week before)")
            .arg(scope, percent, alert.week.toString(), money(alert.amountMinor), money(alert.referenceMinor));
    case AlertKind::Spike:
        return QCoreApplication::translate("Labels", "%1 spent %2 in %3, %4 times its recent weekly average of %5")
            .arg(scope, money(alert.amountMinor), alert.week.toString(), locale.toString(alert.value / 100.0, 'f', 1),
                 money(alert.referenceMinor));
    }
    return alert.message;
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
