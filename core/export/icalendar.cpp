// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/icalendar.h"

namespace costboard {
namespace {

QString escapedText(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char(';'), QLatin1String("\\;"));
    text.replace(QLatin1Char(','), QLatin1String("\\,"));
    text.replace(QLatin1String("\r\n"), QLatin1String("\\n"));
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    text.remove(QLatin1Char('\r'));
    return text;
}

// RFC 5545 3.1: a content line longer than 75 octets continues on the next after CRLF and a space;
// a UTF-8 sequence is never cut, so that a French accent survives every reader.
void appendLine(QByteArray &out, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    int limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (static_cast<unsigned char>(bytes.at(end)) & 0xC0) == 0x80)
            --end;
        out += bytes.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = 74; // the leading space counts
    }
    out += bytes.mid(start);
    out += "\r\n";
}

QString dateValue(const QDate &day)
{
    return day.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

QByteArray iCalendarFile(const QList<CalendarEvent> &events, const QString &calendarName,
                         const QDateTime &stamp)
{
    QByteArray out;
    appendLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendLine(out, QStringLiteral("VERSION:2.0"));
    appendLine(out, QStringLiteral("PRODID:-//CostBoard//Committee calendar//EN"));
    appendLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    appendLine(out, QStringLiteral("METHOD:PUBLISH"));
    appendLine(out, QStringLiteral("X-WR-CALNAME:") + escapedText(calendarName));
    const QString stamped = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const CalendarEvent &event : events) {
        appendLine(out, QStringLiteral("BEGIN:VEVENT"));
        appendLine(out, QStringLiteral("UID:") + event.uid);
        appendLine(out, QStringLiteral("DTSTAMP:") + stamped);
        appendLine(out, QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(event.day));
        appendLine(out, QStringLiteral("DTEND;VALUE=DATE:") + dateValue(event.day.addDays(1)));
        appendLine(out, QStringLiteral("SUMMARY:") + escapedText(event.summary));
        if (!event.description.isEmpty())
            appendLine(out, QStringLiteral("DESCRIPTION:") + escapedText(event.description));
        appendLine(out, QStringLiteral("TRANSP:TRANSPARENT"));
        appendLine(out, QStringLiteral("END:VEVENT"));
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace costboard
