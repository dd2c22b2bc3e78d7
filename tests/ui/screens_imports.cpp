// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the import dialogs for the README and for looking at them, in English or French:
//
//   screens_imports OUTDIR en|fr [WIDTHxHEIGHT]
//
// writes OUTDIR/import-mapping-LANG.png (a French accounting export in its mapping dialog, with
// the preview), OUTDIR/import-report-LANG.png (a file with wrong rows, as the report shows them)
// OUTDIR/import-usage-report-LANG.png (OpenAI token usage with a model that has no price) and
// OUTDIR/allocation-rules-LANG.png. The Imports page itself is the main window's last page:
// `costboard --db DB --lang LANG --screenshot FILE --page 7`. Not a test: run by hand.

#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "application.h"
#include "dialogs/allocationrulesdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/importreportdialog.h"
#include "import/importer.h"
#include "labels.h"
#include "settings/language.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/fxrates.h"
#include "storage/importrepository.h"
#include "storage/projectrepository.h"
#include "workspace.h"

using namespace costboard;

namespace {

QString fixture(const QString &relativePath)
{
    return QStringLiteral(COSTBOARD_FIXTURES_DIR "/import/") + relativePath;
}

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
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: screens_imports OUTDIR en|fr [WIDTHxHEIGHT]\n");
        return 2;
    }
    const QDir out(arguments.at(1));
    const QString language = arguments.at(2);
    QSize size(1000, 720);
    if (arguments.size() > 3) {
        const QStringList parts = arguments.at(3).split(QLatin1Char('x'));
        size = QSize(parts.value(0).toInt(), parts.value(1).toInt());
    }
    const Translators translators(language);

    QTemporaryDir directory;
    auto database = Database::openSqlite(directory.filePath(QStringLiteral("screens.sqlite")));
    ProjectRepository projects(*database);
    for (const auto &[code, name] :
         { std::pair { "SUP", "Assistant support client" }, std::pair { "LEG", "Synthèse juridique" },
           std::pair { "CLM", "Classification des sinistres" }, std::pair { "MKT", "Contenus marketing" } }) {
        Project project;
        project.code = QLatin1String(code);
        project.name = QString::fromUtf8(name);
        projects.create(project);
    }
    FxRate rate;
    rate.currency = QStringLiteral("USD");
    rate.quoteCurrency = QStringLiteral("EUR");
    rate.validFrom = QDate(2020, 1, 1);
    rate.rateNanos = 920'000'000;
    FxRateRepository(*database).setRate(rate);
    AllocationRule rule;
    rule.match = AllocationMatch::Tag;
    rule.key = QStringLiteral("project");
    rule.pattern = QStringLiteral("sup");
    rule.projectId = projects.findByCode(QStringLiteral("SUP"))->id;
    ImportRepository(*database).addRule(rule);
    rule.pattern = QStringLiteral("clm");
    rule.projectId = projects.findByCode(QStringLiteral("CLM"))->id;
    rule.position = 1;
    ImportRepository(*database).addRule(rule);
    rule.match = AllocationMatch::Workspace;
    rule.key.clear();
    rule.pattern = QStringLiteral("proj_legal*");
    rule.projectId = projects.findByCode(QStringLiteral("LEG"))->id;
    rule.category = CostCategory::Inference;
    rule.position = 2;
    ImportRepository(*database).addRule(rule);
    ui::Workspace workspace(std::move(database));

    {
        ui::ImportDialog dialog(workspace);
        if (!dialog.openFile(fixture(QStringLiteral("valid/generic-fr.csv"))))
            return 1;
        save(dialog, size, out.filePath(QStringLiteral("import-mapping-%1.png").arg(language)));
    }
    {
        ImportOptions options;
        options.dryRun = true;
        options.reader.format = ImportFormat::Csv;
        options.reader.mapping = FormatReader::guessMapping(
            { QStringLiteral("Date"), QStringLiteral("Project"), QStringLiteral("Category"),
              QStringLiteral("Vendor"), QStringLiteral("Description"), QStringLiteral("Amount"),
              QStringLiteral("Currency") });
        const ImportReport report
            = Importer(workspace.database())
                  .importFile(fixture(QStringLiteral("broken/54-several-bad-rows.csv")), options);
        QHash<ProjectId, QString> names;
        for (const Project &project : ProjectRepository(workspace.database()).list())
            names.insert(project.id, ui::projectName(project));
        ui::ImportReportDialog dialog(report, names, ui::ImportReportDialog::Mode::OfferValidRows);
        save(dialog, size, out.filePath(QStringLiteral("import-report-%1.png").arg(language)));
    }
    {
        // Token usage with a model the catalog does not price: what the report says of it.
        ImportOptions options;
        options.dryRun = true;
        const ImportReport report
            = Importer(workspace.database())
                  .importFile(fixture(QStringLiteral("../usage/openai-usage-completions.json")), options);
        ui::ImportReportDialog dialog(report, {}, ui::ImportReportDialog::Mode::Report);
        save(dialog, size, out.filePath(QStringLiteral("import-usage-report-%1.png").arg(language)));
    }
    {
        ui::AllocationRulesDialog dialog(workspace);
        save(dialog, QSize(size.width(), size.height() * 2 / 3),
             out.filePath(QStringLiteral("allocation-rules-%1.png").arg(language)));
    }
    return 0;
}
