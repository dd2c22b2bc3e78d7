// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/slidedeck.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>

#include "labels.h"

namespace costboard::render::slides {

QList<int> projectsOverThreshold(const WeeklyReportContent &content)
{
    QList<int> red;
    QList<int> amber;
    for (int i = 0; i < content.projects.size(); ++i) {
        const BudgetHealth health = content.projects.at(i).figures.health;
        if (health == BudgetHealth::Red)
            red << i;
        else if (health == BudgetHealth::Amber)
            amber << i;
    }
    return red + amber;
}

QList<Slide> slideDeck(const WeeklyReportContent &content)
{
    QList<Slide> deck { { SlideKind::Kpis },
                        { SlideKind::WeeklySpend },
                        { SlideKind::CumulativeSpend },
                        { SlideKind::CategoryBreakdown },
                        { SlideKind::ProjectBreakdown } };
    for (const int index : projectsOverThreshold(content))
        deck << Slide { SlideKind::Project, index };
    deck << Slide { SlideKind::OpenAlerts };
    return deck;
}

QString slideTitle(const Slide &slide, const WeeklyReportContent &content)
{
    switch (slide.kind) {
    case SlideKind::Kpis:
        return QCoreApplication::translate("Slides", "Key figures, week %1")
            .arg(weekLabel(content.snapshot.kpis.week));
    case SlideKind::WeeklySpend:
        return QCoreApplication::translate("Slides", "Weekly spend by category");
    case SlideKind::CumulativeSpend:
        return QCoreApplication::translate("Slides", "Cumulative spend against budget");
    case SlideKind::CategoryBreakdown:
        return QCoreApplication::translate("Slides", "Spend by category");
    case SlideKind::ProjectBreakdown:
        return QCoreApplication::translate("Slides", "Spend by project");
    case SlideKind::Project:
        if (slide.projectIndex >= 0 && slide.projectIndex < content.projects.size())
            return projectName(content.projects.at(slide.projectIndex).project);
        break;
    case SlideKind::OpenAlerts:
        return QCoreApplication::translate("Slides", "Open alerts");
    }
    return {};
}

QDateTime dataAsOf(const WeeklyReportContent &content)
{
    return content.lastImport ? *content.lastImport : content.generatedAt;
}

QString cornerText(int index, int count, const WeeklyReportContent &content)
{
    const QLocale locale;
    const QString asOf = locale.toString(dataAsOf(content).toLocalTime(), QLocale::ShortFormat);
    return QCoreApplication::translate("Slides", "%1 / %2 · %3 · data as of %4")
        .arg(locale.toString(index + 1), locale.toString(count), weekLabel(content.snapshot.kpis.week), asOf);
}

} // namespace costboard::render::slides
