// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Unit costs page's three tables and the weekly volumes dialog, on a demo database,
// in English or French:
//
//   screens_unitcosts DEMO_DB OUTDIR en|fr [WIDTHxHEIGHT]
//
// writes OUTDIR/unitcosts-projects-LANG.png, unitcosts-models-LANG.png,
// unitcosts-benchmarks-LANG.png and unitcosts-volumes-LANG.png, working on a copy of DEMO_DB
// (`costboard-cli demo --db FILE` makes one). The page itself is also the main window's page 12:
// `costboard --db DB --lang LANG --screenshot FILE --page 12`. Not a test: run by hand.

#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include "dialogs/benchmarkvolumesdialog.h"
#include "pages/unitcostspage.h"
#include "settings/language.h"
#include "storage/database.h"
#include "workspace.h"

using namespace costboard;

namespace {

void save(QWidget &widget, const QSize &size, const QString &path)
{
    widget.resize(size);
    widget.show();
    QApplication::processEvents();
    widget.grab().save(path);
    std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: screens_unitcosts DEMO_DB OUTDIR en|fr [WIDTHxHEIGHT]\n");
        return 2;
    }
    const QDir out(arguments.at(2));
    const QString language = arguments.at(3);
    QSize size(1190, 700);
    if (arguments.size() > 4) {
        const QStringList parts = arguments.at(4).split(QLatin1Char('x'));
        size = QSize(parts.value(0).toInt(), parts.value(1).toInt());
    }
    const Translators translators(language);

    QTemporaryDir directory;
    const QString copy = directory.filePath(QStringLiteral("demo.sqlite"));
    if (!QFile::copy(arguments.at(1), copy)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    ui::Workspace workspace(Database::openSqlite(copy));
    ui::UnitCostsPage page(workspace);
    auto *tabs = page.findChild<QTabWidget *>();
    const QStringList names { QStringLiteral("projects"), QStringLiteral("models"),
                              QStringLiteral("benchmarks") };
    for (int tab = 0; tab < names.size(); ++tab) {
        tabs->setCurrentIndex(tab);
        save(page, size, out.filePath(QStringLiteral("unitcosts-%1-%2.png").arg(names.at(tab), language)));
    }

    const BenchmarkRow &row = page.report().benchmarks.constFirst();
    QList<WeekVolume> weeks;
    for (int index = 0; index < page.report().weeks.size(); ++index)
        weeks << WeekVolume { page.report().weeks.at(index).week, row.volumeByWeek.value(index) };
    ui::BenchmarkVolumesDialog dialog(row.code + QStringLiteral(" — ") + row.name, row.unit, weeks);
    save(dialog, QSize(560, 600), out.filePath(QStringLiteral("unitcosts-volumes-%1.png").arg(language)));
    return 0;
}
