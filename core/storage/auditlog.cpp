// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"

#include <algorithm>

#include <QMutex>
#include <QTime>

#include "settings/appsettings.h"
#include "storage/database.h"

namespace costboard {
namespace {

QMutex actorMutex;
QString actorOverride;

const QString selectEntry
    = QStringLiteral("SELECT id, at, actor, action, entity, entity_id, details FROM audit_log");

AuditEntry readEntry(const SqlStatement &query)
{
    AuditEntry entry;
    entry.id = query.int64(0);
    entry.at = QDateTime::fromString(query.text(1), Qt::ISODate);
    entry.actor = query.text(2);
    entry.action = query.text(3);
    entry.entity = query.text(4);
    entry.entityId = query.text(5);
    entry.details = query.text(6);
    return entry;
}

// `at` is UTC ISO 8601 text: the start of a local day, written the same way, compares as text.
QString startOfLocalDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

// A value that itself contains the arrow would make its entry ambiguous to read back.
QString withoutSeparator(const QString &value)
{
    return QString(value).replace(AuditLog::changeSeparator(), QStringLiteral(" -> "));
}

} // namespace

AuditLog::AuditLog(Database &database)
    : m_database(database)
{ }

QString AuditLog::actor()
{
    {
        QMutexLocker lock(&actorMutex);
        if (!actorOverride.isEmpty())
            return actorOverride;
    }
    if (const QString name = AppSettings::userName().get().trimmed(); !name.isEmpty())
        return name.left(MaxActorLength);
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

void AuditLog::setActor(const QString &name)
{
    QMutexLocker lock(&actorMutex);
    actorOverride = name;
}

AuditLog::ScopedActor::ScopedActor(const QString &name)
{
    QMutexLocker lock(&actorMutex);
    m_previous = actorOverride;
    actorOverride = name;
}

AuditLog::ScopedActor::~ScopedActor()
{
    QMutexLocker lock(&actorMutex);
    actorOverride = m_previous;
}

QString AuditLog::changeSeparator()
{
    return QStringLiteral(" → ");
}

void AuditLog::record(const QString &action, const QString &entity, const QString &entityId,
                      const QString &details)
{
    SqlStatement insert(m_database,
                        QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, details)"
                                       " VALUES (:at, :actor, :action, :entity, :entity_id, :details)"));
    insert.bind(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(QStringLiteral(":actor"), actor())
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":entity_id"), entityId)
        .bind(QStringLiteral(":details"), details)
        .exec();
}

void AuditLog::recordChange(const QString &action, const QString &entity, const QString &entityId,
                            const QString &before, const QString &after)
{
    record(action, entity, entityId, withoutSeparator(before) + changeSeparator() + withoutSeparator(after));
}

AuditChange AuditLog::changeOf(const AuditEntry &entry)
{
    const QString separator = changeSeparator();
    const QString &details = entry.details;
    const qsizetype arrows = details.count(separator);
    if (arrows == 1) {
        const qsizetype at = details.indexOf(separator);
        return { details.left(at).trimmed(), details.mid(at + separator.size()).trimmed() };
    }
    if (arrows > 1) {
        // Older project edits listed each field as "name "a" → "b"; status x → y".
        const QStringList parts = details.split(QStringLiteral("; "));
        if (std::all_of(parts.cbegin(), parts.cend(),
                        [&](const QString &part) { return part.count(separator) == 1; })) {
            QStringList before;
            QStringList after;
            for (const QString &part : parts) {
                const qsizetype at = part.indexOf(separator);
                before << part.left(at).trimmed();
                after << part.mid(at + separator.size()).trimmed();
            }
            return { before.join(QStringLiteral("; ")), after.join(QStringLiteral("; ")) };
        }
    }
    const bool removal = entry.action == QLatin1String("delete") || entry.action == QLatin1String("undo");
    return removal ? AuditChange { details, QString() } : AuditChange { QString(), details };
}

QList<AuditEntry> AuditLog::entriesFor(const QString &entity, const QString &entityId) const
{
    SqlStatement query(m_database,
                       selectEntry
                           + QStringLiteral(" WHERE entity = :entity AND (:any = 1 OR entity_id = :entity_id)"
                                            " ORDER BY id"));
    query.bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":any"), entityId.isEmpty() ? 1 : 0)
        .bind(QStringLiteral(":entity_id"), entityId)
        .exec();
    QList<AuditEntry> entries;
    while (query.next())
        entries << readEntry(query);
    return entries;
}

QList<AuditEntry> AuditLog::latest(int limit) const
{
    SqlStatement query(m_database, selectEntry + QStringLiteral(" ORDER BY id DESC LIMIT :limit"));
    query.bind(QStringLiteral(":limit"), limit).exec();
    QList<AuditEntry> entries;
    while (query.next())
        entries << readEntry(query);
    return entries;
}

QList<AuditEntry> AuditLog::entries(const AuditFilter &filter) const
{
    SqlStatement query(m_database,
                       selectEntry
                           + QStringLiteral(" WHERE (:any_entity = 1 OR entity = :entity)"
                                            " AND (:open_from = 1 OR at >= :from)"
                                            " AND (:open_to = 1 OR at < :to)"
                                            " ORDER BY id DESC"));
    query.bind(QStringLiteral(":any_entity"), filter.entity.isEmpty() ? 1 : 0)
        .bind(QStringLiteral(":entity"), filter.entity)
        .bind(QStringLiteral(":open_from"), filter.from.isValid() ? 0 : 1)
        .bind(QStringLiteral(":from"), filter.from.isValid() ? startOfLocalDay(filter.from) : QString())
        .bind(QStringLiteral(":open_to"), filter.to.isValid() ? 0 : 1)
        .bind(QStringLiteral(":to"), filter.to.isValid() ? startOfLocalDay(filter.to.addDays(1)) : QString())
        .exec();
    QList<AuditEntry> entries;
    while (query.next())
        entries << readEntry(query);
    return entries;
}

QStringList AuditLog::entities() const
{
    SqlStatement query(m_database, QStringLiteral("SELECT DISTINCT entity FROM audit_log ORDER BY entity"));
    query.exec();
    QStringList entities;
    while (query.next())
        entities << query.text(0);
    return entities;
}

QDateTime AuditLog::firstEntryTime() const
{
    SqlStatement query(m_database, QStringLiteral("SELECT at FROM audit_log ORDER BY id LIMIT 1"));
    query.exec();
    return query.next() ? QDateTime::fromString(query.text(0), Qt::ISODate) : QDateTime();
}

} // namespace costboard
