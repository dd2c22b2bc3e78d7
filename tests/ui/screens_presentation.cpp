// SPDX-License-Identifier: GPL-3.0-or-later
// Renders presentation slides for the README and for looking at them, in English or French:
//
//   screens_presentation OUTDIR en|fr [SLIDE...]
//
// builds a demo portfolio ending this week, opens presentation mode on it as F11 does on the
// dashboard's default view, and writes OUTDIR/presentation-SLIDE-WIDTHxHEIGHT-LANG.png at
// 1024x768 and 1920x1080, the two projector sizes the slides are laid out for. SLIDE is one of
// kpis, weekly, cumulative, categories, projects, project (the first project over its threshold)
// and alerts; kpis and weekly when none is given. Not a test: run by hand.

#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "analytics/weeklyreportcontent.h"
#include "demo/demoportfolio.h"
#include "presentation/presentationwindow.h"
#include "settings/language.h"
#include "storage/database.h"

using namespace costboard;
using render::slides::SlideKind;

namespace {

QString slideName(SlideKind kind)
{
    switch (kind) {
    case SlideKind::Kpis:
        return QStringLiteral("kpis");
    case SlideKind::WeeklySpend:
        return QStringLiteral("weekly");
    case SlideKind::CumulativeSpend:
        return QStringLiteral("cumulative");
    case SlideKind::CategoryBreakdown:
        return QStringLiteral("categories");
    case SlideKind::ProjectBreakdown:
        return QStringLiteral("projects");
    case SlideKind::Project:
        return QStringLiteral("project");
    case SlideKind::OpenAlerts:
        return QStringLiteral("alerts");
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CostBoardScreens"));
    QCoreApplication::setApplicationName(QStringLiteral("screens_presentation"));
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: screens_presentation OUTDIR en|fr [SLIDE...]\n");
        return 2;
    }
    const QDir out(arguments.at(1));
    const QString language = arguments.at(2);
    QStringList wanted = arguments.mid(3);
    if (wanted.isEmpty())
        wanted = { QStringLiteral("kpis"), QStringLiteral("weekly") };
    const Translators translators(language);

    QTemporaryDir directory;
    auto database = Database::openSqlite(directory.filePath(QStringLiteral("screens.sqlite")));
    generateDemoPortfolio(*database, DemoOptions {});
    AlertStore(*database).ensureDefaultRules();
    AlertEngine(*database).evaluate(IsoWeek::current());

    ui::PresentationWindow window(gatherWeeklyReport(*database, DashboardQuery {}));
    for (const QSize size : { QSize(1024, 768), QSize(1920, 1080) }) {
        window.resize(size);
        window.show();
        QApplication::processEvents();
        QList<QString> done;
        for (int i = 0; i < window.slideCount(); ++i) {
            const QString name = slideName(window.slides().at(i).kind);
            if (!wanted.contains(name) || done.contains(name))
                continue;
            done << name;
            window.showSlide(i);
            // Twice: the slide lays out, then its charts place their labels for the laid-out width.
            QApplication::processEvents();
            QApplication::processEvents();
            const QString path = out.filePath(QStringLiteral("presentation-%1-%2x%3-%4.png")
                                                  .arg(name)
                                                  .arg(size.width())
                                                  .arg(size.height())
                                                  .arg(language));
            window.grab().save(path);
            std::printf("%s\n", qPrintable(path));
        }
    }
    return 0;
}
