// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging/processclock.h"

#include <QElapsedTimer>
#include <QFile>

#if defined(Q_OS_LINUX)
#include <ctime>
#include <unistd.h>
#endif

namespace costboard::processclock {
namespace {

QElapsedTimer &mainTimer()
{
    static QElapsedTimer timer;
    return timer;
}

#if defined(Q_OS_LINUX)
// The process's start, in ms since boot; negative when /proc/self/stat cannot be read.
double startSinceBootMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1.0;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const qsizetype nameEnd = line.lastIndexOf(')');
    if (nameEnd < 0)
        return -1.0;
    const QList<QByteArray> fields = line.mid(nameEnd + 2).split(' ');
    // Fields after the name start at field 3 (state); the start time is field 22.
    constexpr int startTimeField = 22 - 3;
    if (fields.size() <= startTimeField)
        return -1.0;
    bool ok = false;
    const qulonglong ticks = fields.at(startTimeField).toULongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (!ok || ticksPerSecond <= 0)
        return -1.0;
    return double(ticks) * 1000.0 / double(ticksPerSecond);
}

// Now, on the clock the kernel's start time is counted on (boot time, suspend included).
double nowSinceBootMs()
{
    timespec now {};
    if (clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1.0;
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}
#endif

} // namespace

void markMainEntered()
{
    mainTimer().start();
}

double millisecondsSinceMain()
{
    return mainTimer().isValid() ? double(mainTimer().nsecsElapsed()) / 1e6 : 0.0;
}

double millisecondsSinceStart()
{
#if defined(Q_OS_LINUX)
    const double start = startSinceBootMs();
    const double now = nowSinceBootMs();
    if (start >= 0.0 && now >= start)
        return now - start;
#endif
    return millisecondsSinceMain();
}

} // namespace costboard::processclock
