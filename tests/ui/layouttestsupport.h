// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include "demo/demoportfolio.h"
#include "storage/database.h"

namespace costboard::test {

// What the layout tests share: settings of their own (cleared), and a small demo portfolio in
// `directory` (60 weeks, 3,000 lines: every page has rows, long names and both currencies).
// Returns the database's path.
inline QString prepareLayoutTest(const QString &applicationName, const QTemporaryDir &directory)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CostBoardTests"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
    const QString path = directory.filePath(QStringLiteral("demo.sqlite"));
    auto database = Database::openSqlite(path);
    DemoOptions options;
    options.weeks = 60;
    options.lines = 3000;
    generateDemoPortfolio(*database, options);
    return path;
}

} // namespace costboard::test
