// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QDate>
#include <QList>
#include <QString>

namespace costboard {

class Database;

using SessionId = std::int64_t;

// One meeting of the committee, planned or held.
struct CommitteeSession
{
    static constexpr int MaxMinutesLength = 20'000;

    SessionId id = 0; // 0: proposed by the cadence, not stored yet
    QDate heldOn;
    QString minutes;
    bool held = false;
};

// When the committee meets: every `everyWeeks` weeks on `weekday` (Qt::DayOfWeek, 1 = Monday).
// Weekly on Tuesday until the committee says otherwise.
struct SessionCadence
{
    static constexpr int MostWeeks = 8;

    int weekday = Qt::Tuesday;
    int everyWeeks = 1;

    // The first meeting day on or after `from`, `everyWeeks` after `previous` when there is one.
    QDate nextOnOrAfter(const QDate &from, const QDate &previous = {}) const;
    bool operator==(const SessionCadence &other) const = default;
};

// The committee's calendar. Each write is one transaction with one audit entry.
class SessionRepository final
{
public:
    explicit SessionRepository(Database &database);

    SessionCadence cadence() const;
    void setCadence(const SessionCadence &cadence);

    // Every session, oldest first.
    QList<CommitteeSession> list() const;
    std::optional<CommitteeSession> find(SessionId id) const;
    // Plans a session on `day`. Throws ValidationError when a session already falls on it.
    SessionId schedule(const QDate &day);
    // Plans the cadence's sessions after the last one (from `today` when there is none) up to
    // `until`; returns how many were added.
    int planUntil(const QDate &today, const QDate &until);
    // Moves a planned session to another day.
    void reschedule(SessionId id, const QDate &day);
    // The minutes taken in the session, and whether it was held.
    void saveMinutes(SessionId id, const QString &minutes, bool held);
    // Only a session without decisions can be removed: they keep it.
    void remove(SessionId id);

    // The session the committee prepares on `today`: the first not held on or after it, else the
    // cadence's next day (id 0, not stored).
    CommitteeSession next(const QDate &today) const;
    // The last session held before `day`.
    std::optional<CommitteeSession> previousHeld(const QDate &day) const;

private:
    void requireFree(const QDate &day, SessionId except) const;

    Database &m_database;
};

} // namespace costboard
