// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/displaynames.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include "domain/entities.h"
#include "domain/isoweek.h"

namespace costboard::names {

QString unallocatedProject()
{
    return QCoreApplication::translate("Labels", "Unallocated");
}

QString portfolio()
{
    return QCoreApplication::translate("Labels", "Portfolio");
}

QString teamRole(TeamRole role)
{
    switch (role) {
    case TeamRole::Viewer:
        return QCoreApplication::translate("Labels", "viewer");
    case TeamRole::Controller:
        return QCoreApplication::translate("Labels", "controller");
    case TeamRole::Admin:
        return QCoreApplication::translate("Labels", "admin");
    }
    return {};
}

QString project(const Project &project)
{
    return project.isUnallocated ? unallocatedProject() : project.name;
}

QString category(CostCategory category)
{
    // The category names are data of the core (English and French): pick by interface language.
    return CostCategories::displayName(category, QLocale().name().left(2));
}

QString fiscalYear(int startYear, bool startsInJanuary)
{
    if (startsInJanuary)
        return QCoreApplication::translate("Labels", "FY %1", "a fiscal year: FY 2026").arg(startYear);
    return QCoreApplication::translate("Labels", "FY %1–%2",
                                       "a fiscal year across two calendar years: FY 2026–27")
        .arg(startYear)
        .arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

QString periodKey(const QString &key)
{
    // "FY" marks a fiscal year that does not start in January.
    const QString yearPart = key.section(u'-', 0, 0);
    const QString rest = key.section(u'-', 1);
    const bool acrossYears = yearPart.startsWith(QLatin1String("FY"));
    const int yearNumber = (acrossYears ? yearPart.mid(2) : yearPart).toInt();
    if (rest.startsWith(u'Q')) {
        const QString year = acrossYears ? fiscalYear(yearNumber, false) : QString::number(yearNumber);
        return QCoreApplication::translate("Labels", "Q%1 %2", "quarter number and year: Q4 2026")
            .arg(rest.mid(1), year);
    }
    if (!rest.isEmpty()) {
        const QDate month = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
        return month.isValid() ? QLocale().toString(month, QStringLiteral("MMM yyyy")) : key;
    }
    return fiscalYear(yearNumber, !acrossYears);
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString week(const IsoWeek &week)
{
    if (!week.isValid())
        return QString();
    //: An ISO week as shown: 2026-W48 (%1 the year, %2 the week number); French writes 2026-S48.
    return QCoreApplication::translate("Labels", "%1-W%2")
        .arg(week.weekYear(), 4, 10, QLatin1Char('0'))
        .arg(week.week(), 2, 10, QLatin1Char('0'));
}

QString percent(double percent, int decimals, const QLocale &locale, bool withSign)
{
    QString text = locale.toString(percent, 'f', decimals);
    if (withSign && percent > 0)
        text.prepend(locale.positiveSign());
    // English sticks the sign to the number; French and most continental languages space it.
    if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        text += QChar(0x00A0);
    return text + locale.percent();
}

} // namespace costboard::names
