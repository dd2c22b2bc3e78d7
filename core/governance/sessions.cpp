// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/sessions.h"

#include <spdlog/spdlog.h>

#include "errors.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/sqlvalues.h"
#include "storage/validation.h"

namespace costboard {
namespace {

// "weekday/every weeks" in one setting, so that a cadence change is one audit entry.
const QString cadenceKey = QStringLiteral("committee_cadence");

const QString selectSessions = QStringLiteral("SELECT id, held_on, minutes, held FROM committee_sessions");

CommitteeSession readSession(const SqlStatement &query)
{
    CommitteeSession session;
    session.id = query.int64(0);
    session.heldOn = sql::toDate(query.value(1));
    session.minutes = query.text(2);
    session.held = query.int64(3) != 0;
    return session;
}

} // namespace

QDate SessionCadence::nextOnOrAfter(const QDate &from, const QDate &previous) const
{
    QDate day = previous.isValid() ? previous.addDays(7LL * everyWeeks) : from;
    if (day < from)
        day = from;
    return day.addDays((weekday - day.dayOfWeek() + 7) % 7);
}

SessionRepository::SessionRepository(Database &database)
    : m_database(database)
{ }

SessionCadence SessionRepository::cadence() const
{
    const QStringList parts = DatabaseSettings(m_database).value(cadenceKey).split(QLatin1Char('/'));
    SessionCadence cadence;
    if (parts.size() == 2) {
        const int weekday = parts.at(0).toInt();
        const int weeks = parts.at(1).toInt();
        if (weekday >= 1 && weekday <= 7 && weeks >= 1 && weeks <= SessionCadence::MostWeeks)
            cadence = { weekday, weeks };
    }
    return cadence;
}

void SessionRepository::setCadence(const SessionCadence &cadence)
{
    if (cadence.weekday < 1 || cadence.weekday > 7)
        throw ValidationError(QStringLiteral("weekday"), ErrorCode::ValueOutOfRange,
                              { QStringLiteral("1"), QStringLiteral("7") });
    if (cadence.everyWeeks < 1 || cadence.everyWeeks > SessionCadence::MostWeeks)
        throw ValidationError(QStringLiteral("weeks"), ErrorCode::ValueOutOfRange,
                              { QStringLiteral("1"), QString::number(SessionCadence::MostWeeks) });
    DatabaseSettings(m_database)
        .setValue(cadenceKey, QStringLiteral("%1/%2").arg(cadence.weekday).arg(cadence.everyWeeks));
}

QList<CommitteeSession> SessionRepository::list() const
{
    SqlStatement query(m_database, selectSessions + QStringLiteral(" ORDER BY held_on"));
    query.exec();
    QList<CommitteeSession> sessions;
    while (query.next())
        sessions << readSession(query);
    return sessions;
}

std::optional<CommitteeSession> SessionRepository::find(SessionId id) const
{
    SqlStatement query(m_database, selectSessions + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    if (!query.next())
        return std::nullopt;
    return readSession(query);
}

void SessionRepository::requireFree(const QDate &day, SessionId except) const
{
    SqlStatement query(
        m_database,
        QStringLiteral("SELECT COUNT(*) FROM committee_sessions WHERE held_on = :day AND id <> :id"));
    query.bind(QStringLiteral(":day"), sql::dateValue(day)).bind(QStringLiteral(":id"), qlonglong(except));
    if (query.scalar().toLongLong() > 0)
        throw ValidationError(QStringLiteral("date"), ErrorCode::SessionDateTaken,
                              { day.toString(Qt::ISODate) });
}

SessionId SessionRepository::schedule(const QDate &day)
{
    Transaction transaction(m_database);
    validation::requireDate(QStringLiteral("date"), day);
    requireFree(day, 0);
    SqlStatement insert(m_database,
                        QStringLiteral("INSERT INTO committee_sessions (held_on) VALUES (:day)"
                                       " RETURNING id"));
    insert.bind(QStringLiteral(":day"), sql::dateValue(day));
    const SessionId id = insert.scalar().toLongLong();
    AuditLog(m_database)
        .record(QStringLiteral("create"), QStringLiteral("session"), QString::number(id),
                QStringLiteral("planned on %1").arg(day.toString(Qt::ISODate)));
    transaction.commit();
    spdlog::info("committee session {} planned on {}", id, day.toString(Qt::ISODate).toStdString());
    return id;
}

int SessionRepository::planUntil(const QDate &today, const QDate &until)
{
    Transaction transaction(m_database);
    validation::requireDate(QStringLiteral("date"), until);
    const SessionCadence rhythm = cadence();
    const QList<CommitteeSession> held = list();
    QDate day = rhythm.nextOnOrAfter(today, held.isEmpty() ? QDate() : held.constLast().heldOn);
    QList<QDate> planned;
    for (; day <= until; day = day.addDays(7LL * rhythm.everyWeeks)) {
        SqlStatement insert(m_database,
                            QStringLiteral("INSERT INTO committee_sessions (held_on) VALUES (:day)"));
        insert.bind(QStringLiteral(":day"), sql::dateValue(day)).exec();
        planned << day;
    }
    if (!planned.isEmpty())
        AuditLog(m_database)
            .record(QStringLiteral("create"), QStringLiteral("session"), QString(),
                    QStringLiteral("%1 session(s) planned from %2 to %3")
                        .arg(planned.size())
                        .arg(planned.constFirst().toString(Qt::ISODate),
                             planned.constLast().toString(Qt::ISODate)));
    transaction.commit();
    return int(planned.size());
}

void SessionRepository::reschedule(SessionId id, const QDate &day)
{
    Transaction transaction(m_database);
    const std::optional<CommitteeSession> before = find(id);
    if (!before)
        throw ValidationError(QStringLiteral("session"), ErrorCode::SessionNotFound, { QString::number(id) });
    validation::requireDate(QStringLiteral("date"), day);
    requireFree(day, id);
    SqlStatement update(m_database,
                        QStringLiteral("UPDATE committee_sessions SET held_on = :day WHERE id = :id"));
    update.bind(QStringLiteral(":day"), sql::dateValue(day))
        .bind(QStringLiteral(":id"), qlonglong(id))
        .exec();
    AuditLog(m_database)
        .recordChange(QStringLiteral("update"), QStringLiteral("session"), QString::number(id),
                      before->heldOn.toString(Qt::ISODate), day.toString(Qt::ISODate));
    transaction.commit();
}

void SessionRepository::saveMinutes(SessionId id, const QString &minutes, bool held)
{
    Transaction transaction(m_database);
    const std::optional<CommitteeSession> before = find(id);
    if (!before)
        throw ValidationError(QStringLiteral("session"), ErrorCode::SessionNotFound, { QString::number(id) });
    validation::requireLength(QStringLiteral("minutes"), minutes, CommitteeSession::MaxMinutesLength);
    SqlStatement update(
        m_database,
        QStringLiteral("UPDATE committee_sessions SET minutes = :minutes, held = :held WHERE id = :id"));
    update.bind(QStringLiteral(":minutes"), minutes)
        .bind(QStringLiteral(":held"), held ? 1 : 0)
        .bind(QStringLiteral(":id"), qlonglong(id))
        .exec();
    // The audit keeps who changed the minutes and when; their text stays in the session.
    AuditLog(m_database)
        .recordChange(QStringLiteral("update"), QStringLiteral("session"), QString::number(id),
                      QStringLiteral("%1 characters of minutes%2")
                          .arg(before->minutes.size())
                          .arg(before->held ? QStringLiteral(", held") : QString()),
                      QStringLiteral("%1 characters of minutes%2")
                          .arg(minutes.size())
                          .arg(held ? QStringLiteral(", held") : QString()));
    transaction.commit();
}

void SessionRepository::remove(SessionId id)
{
    Transaction transaction(m_database);
    const std::optional<CommitteeSession> before = find(id);
    if (!before)
        throw ValidationError(QStringLiteral("session"), ErrorCode::SessionNotFound, { QString::number(id) });
    SqlStatement decisions(m_database,
                           QStringLiteral("SELECT COUNT(*) FROM decisions WHERE session_id = :id"));
    decisions.bind(QStringLiteral(":id"), qlonglong(id));
    const qint64 count = decisions.scalar().toLongLong();
    if (count > 0)
        throw ValidationError(QStringLiteral("session"), ErrorCode::SessionHasDecisions,
                              { before->heldOn.toString(Qt::ISODate), QString::number(count) });
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM committee_sessions WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    AuditLog(m_database)
        .record(QStringLiteral("delete"), QStringLiteral("session"), QString::number(id),
                QStringLiteral("planned on %1").arg(before->heldOn.toString(Qt::ISODate)));
    transaction.commit();
}

CommitteeSession SessionRepository::next(const QDate &today) const
{
    SqlStatement query(m_database,
                       selectSessions
                           + QStringLiteral(" WHERE held_on >= :day AND held = 0"
                                            " ORDER BY held_on LIMIT 1"));
    query.bind(QStringLiteral(":day"), sql::dateValue(today)).exec();
    if (query.next())
        return readSession(query);
    // Past the stored calendar: the cadence's next day after the last session held.
    const std::optional<CommitteeSession> last = previousHeld(today.addDays(1));
    CommitteeSession proposed;
    proposed.heldOn = cadence().nextOnOrAfter(last && last->heldOn == today ? today.addDays(1) : today,
                                              last ? last->heldOn : QDate());
    return proposed;
}

std::optional<CommitteeSession> SessionRepository::previousHeld(const QDate &day) const
{
    SqlStatement query(m_database,
                       selectSessions
                           + QStringLiteral(" WHERE held_on < :day AND held = 1"
                                            " ORDER BY held_on DESC LIMIT 1"));
    query.bind(QStringLiteral(":day"), sql::dateValue(day)).exec();
    if (!query.next())
        return std::nullopt;
    return readSession(query);
}

} // namespace costboard
