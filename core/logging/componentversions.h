// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace costboard::logging {

// CostBoard's licence as an SPDX identifier: the About dialog, the AppStream metainfo and the
// Debian copyright file all name this one.
inline constexpr char licenceSpdxIdentifier[] = "GPL-3.0-or-later";

// The versions a bug report needs. The libraries are asked at run time where they can tell (a
// newer Qt or SQLite may be installed than the one CostBoard was built against); spdlog has no
// run-time query, so its version is the one compiled in.
struct ComponentVersions
{
    QString costboard;
    QString qtRuntime;
    QString qtBuild;
    QString sqlite;
    QString spdlog;
};

ComponentVersions componentVersions();

} // namespace costboard::logging
