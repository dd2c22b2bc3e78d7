// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace costboard {

// One all-day event of the committee's calendar: a session or a milestone.
struct CalendarEvent
{
    QString uid; // stable across exports, so that a calendar updates the event instead of adding one
    QDate day;
    QString summary;
    QString description;
};

// The events as an iCalendar file (RFC 5545): CRLF lines folded at 75 octets without splitting a
// character, text escaped, all-day events, stamped with `stamp` (UTC).
QByteArray iCalendarFile(const QList<CalendarEvent> &events, const QString &calendarName,
                         const QDateTime &stamp);

} // namespace costboard
