// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the welcome page and the user guide for the README, in English or French:
//
//   screens_firstrun OUTDIR en|fr [WIDTHxHEIGHT]
//
// writes OUTDIR/welcome-LANG.png and OUTDIR/user-guide-LANG.png. The Audit log page is the main
// window's last page: `costboard --db DB --lang LANG --screenshot FILE --page 8`. Not a test.

#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

#include "dialogs/userguidedialog.h"
#include "pages/welcomepage.h"
#include "settings/language.h"

using namespace costboard;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: screens_firstrun OUTDIR en|fr [WIDTHxHEIGHT]\n");
        return 2;
    }
    const QDir out(arguments.at(1));
    const Translators translators(arguments.at(2));
    QSize size(1024, 768);
    if (arguments.size() > 3) {
        const QStringList parts = arguments.at(3).split(QLatin1Char('x'));
        size = QSize(parts.value(0).toInt(), parts.value(1).toInt());
    }
    const auto save = [&](QWidget &widget, const QString &name) {
        widget.resize(size);
        widget.show();
        QApplication::processEvents();
        const QString path = out.filePath(name.arg(translators.language()));
        widget.grab().save(path);
        std::printf("%s\n", qPrintable(path));
    };
    ui::WelcomePage welcome;
    save(welcome, QStringLiteral("welcome-%1.png"));
    ui::UserGuideDialog guide(translators.language());
    save(guide, QStringLiteral("user-guide-%1.png"));
    return 0;
}
