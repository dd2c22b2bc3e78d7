// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appsettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace costboard {

QString AppSettings::defaultDatabasePath()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(directory);
    return QDir(directory).filePath(QStringLiteral("costboard.sqlite"));
}

QString AppSettings::databaseScope(const QString &database)
{
    const QFileInfo info(database);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray hash
        = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("dashboard/") + QString::fromLatin1(hash);
}

QString AppSettings::demoDatabasePath()
{
    return QFileInfo(defaultDatabasePath()).dir().filePath(QStringLiteral("costboard-demo.sqlite"));
}

} // namespace costboard
