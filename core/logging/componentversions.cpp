// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging/componentversions.h"

#include <sqlite3.h>

#include <QtGlobal>

#include <spdlog/version.h>

namespace costboard::logging {

ComponentVersions componentVersions()
{
    ComponentVersions versions;
    versions.costboard = QStringLiteral(COSTBOARD_VERSION);
    versions.qtRuntime = QString::fromLatin1(qVersion());
    versions.qtBuild = QStringLiteral(QT_VERSION_STR);
    versions.sqlite = QString::fromLatin1(sqlite3_libversion());
    versions.spdlog
        = QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH);
    return versions;
}

} // namespace costboard::logging
