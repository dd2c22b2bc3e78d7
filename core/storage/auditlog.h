// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/entities.h"

namespace costboard {

class Database;

// What an audit entry changed, as people read it: the value before and the value after. A
// creation has no "before", a deletion no "after".
struct AuditChange
{
    QString before;
    QString after;
};

// Which entries to list: one entity ("project", "budget"…; every entity when empty), changed
// between two local calendar days, both included (open-ended where a day is invalid).
struct AuditFilter
{
    QString entity;
    QDate from;
    QDate to;
};

// Who changed what, when. Writers call record() inside their own transaction, so an audit entry
// exists exactly when its change does.
class AuditLog final
{
public:
    explicit AuditLog(Database &database);

    // `details` describes the change in one text: what was created, what was removed, or
    // "before → after" (see changeOf()).
    void record(const QString &action, const QString &entity, const QString &entityId,
                const QString &details);
    // A change with its value before and after: stored as "before → after" so that changeOf()
    // gives them back, and so that entries written before this function existed read alike.
    void recordChange(const QString &action, const QString &entity, const QString &entityId,
                      const QString &before, const QString &after);
    QList<AuditEntry> entriesFor(const QString &entity, const QString &entityId = QString()) const;
    QList<AuditEntry> latest(int limit) const;
    // Newest first.
    QList<AuditEntry> entries(const AuditFilter &filter) const;
    // The entities the log has entries for, sorted: what the page offers to filter by.
    QStringList entities() const;
    // When the first entry was written; invalid while the log is empty.
    QDateTime firstEntryTime() const;

    // The old and new values of an entry. The one place that reads the "before → after" form:
    // details without an arrow are what a removal took away ("delete", "undo") or what any
    // other action wrote.
    static AuditChange changeOf(const AuditEntry &entry);
    // The arrow between the old and the new value in `details`.
    static QString changeSeparator();

    // The name recorded as actor (audit entries, acknowledged alerts, import batches): set for
    // this process (tests, a future server login), else the user's name from the preferences
    // (AppSettings::userName), else the operating-system login, else "unknown".
    static QString actor();
    // The longest name recorded; the forms that ask for it stop there.
    static constexpr int MaxActorLength = 100;
    static void setActor(const QString &name);

    // Records under `name` while it lives (the demo's committee secretary), then as before.
    class ScopedActor final
    {
    public:
        explicit ScopedActor(const QString &name);
        ~ScopedActor();
        ScopedActor(const ScopedActor &) = delete;
        ScopedActor &operator=(const ScopedActor &) = delete;

    private:
        QString m_previous;
    };

private:
    Database &m_database;
};

} // namespace costboard
