// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <optional>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSize>
#include <QStringList>
#include <QTemporaryDir>
#include <QWidget>

// What the screens programs (not tests: renderings for the README and docs/, run by hand) share:
//
//   PROGRAM DEMO_DB OUTDIR en|fr [WIDTHxHEIGHT]
//
// each works on a copy of DEMO_DB in a temporary folder, so the demo file stays as it was.
namespace costboard::screens {

struct Arguments
{
    QDir out;
    QString language;
    QSize size;
    QString database; // the copy
};

// Reads the command line and copies the database into `folder`; prints the usage or the problem
// and returns nothing when it cannot.
inline std::optional<Arguments> parseArguments(const char *program, QTemporaryDir &folder,
                                               const QSize &defaultSize)
{
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: %s DEMO_DB OUTDIR en|fr [WIDTHxHEIGHT]\n", program);
        return std::nullopt;
    }
    Arguments parsed { QDir(arguments.at(2)), arguments.at(3), defaultSize,
                       folder.filePath(QStringLiteral("demo.sqlite")) };
    if (arguments.size() > 4) {
        const QStringList parts = arguments.at(4).split(QLatin1Char('x'));
        parsed.size = QSize(parts.value(0).toInt(), parts.value(1).toInt());
    }
    if (!QFile::copy(arguments.at(1), parsed.database)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(arguments.at(1)));
        return std::nullopt;
    }
    return parsed;
}

// Shows `widget` at `size`, lets it lay out and paint, and saves it to `path`.
inline void save(QWidget &widget, const QSize &size, const QString &path)
{
    widget.resize(size);
    widget.show();
    QApplication::processEvents();
    widget.grab().save(path);
    std::printf("%s\n", qPrintable(path));
}

} // namespace costboard::screens
