// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Estimator page's Own GPUs and Total cost tabs, on a demo database, in English or
// French:
//
//   screens_estimator DEMO_DB OUTDIR en|fr [WIDTHxHEIGHT]
//
// writes OUTDIR/estimator-gpus-LANG.png, OUTDIR/estimator-tco-LANG.png and
// OUTDIR/estimate-actual-LANG.png (the demo's saved estimate of SUP against its actuals, the
// Projects page's dialog), working on a copy of DEMO_DB (`costboard-cli demo --db FILE` makes one). The
// Inference tab is the main window's page 10: `costboard --db DB --lang LANG --screenshot FILE --page 10`.
// Not a test: run by hand.

#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

#include "dialogs/savedestimatedialogs.h"
#include "pages/estimatorpage.h"
#include "settings/language.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "widgets/ownershippanels.h"
#include "workspace.h"

using namespace costboard;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: screens_estimator DEMO_DB OUTDIR en|fr [WIDTHxHEIGHT]\n");
        return 2;
    }
    const QDir out(arguments.at(2));
    const Translators translators(arguments.at(3));
    QSize size(1190, 700);
    if (arguments.size() > 4) {
        const QStringList parts = arguments.at(4).split(QLatin1Char('x'));
        size = QSize(parts.value(0).toInt(), parts.value(1).toInt());
    }
    QTemporaryDir directory;
    const QString copy = directory.filePath(QStringLiteral("demo.sqlite"));
    if (!QFile::copy(arguments.at(1), copy)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    ui::Workspace workspace(Database::openSqlite(copy));
    ui::EstimatorPage page(workspace);
    page.resize(size);
    page.show();
    page.refresh();
    // The README's case: a health-data assistant, 20,000 requests a day, on one private H100.
    page.setModel(0, QStringLiteral("openai/gpt-4o"));
    page.setWorkload(20'000, 3'000, 500, false, pricing::TextLanguage::English, 3.0);
    page.selfHostingPanel()->setInstance(QStringLiteral("scaleway/h100-1-80g"), 2'500, 60, 25.0);
    const QStringList names { QString(), QStringLiteral("gpus"), QStringLiteral("tco") };
    for (int tab = 1; tab < names.size(); ++tab) {
        page.tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        const QString path
            = out.filePath(QStringLiteral("estimator-%1-%2.png").arg(names.at(tab), translators.language()));
        page.grab().save(path);
        std::printf("%s\n", qPrintable(path));
    }
    // The demo's support assistant: its saved estimate against its actuals.
    if (const std::optional<Project> support
        = ProjectRepository(workspace.database()).findByCode(QStringLiteral("SUP"))) {
        ui::EstimateAgainstActualDialog dialog(workspace.database(), *support, QDate::currentDate());
        dialog.resize(720, 520);
        dialog.show();
        QApplication::processEvents();
        const QString path
            = out.filePath(QStringLiteral("estimate-actual-%1.png").arg(translators.language()));
        dialog.grab().save(path);
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}
