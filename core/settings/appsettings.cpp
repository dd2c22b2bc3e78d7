#include "settings/appsettings.h"

#include <QDir>
#include <QStandardPaths>

namespace costboard {

QString AppSettings::defaultDatabasePath()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(directory);
    return QDir(directory).filePath(QStringLiteral("costboard.sqlite"));
}

} // namespace costboard
