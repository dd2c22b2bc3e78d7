#include "storage/auditlog.h"

#include "storage/database.h"

#include <QMutex>

namespace costboard {
namespace {

QMutex actorMutex;
QString actorOverride;

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

} // namespace

AuditLog::AuditLog(Database &database)
    : m_database(database)
{
}

QString AuditLog::actor()
{
    QMutexLocker lock(&actorMutex);
    if (!actorOverride.isEmpty())
        return actorOverride;
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

void AuditLog::record(const QString &action, const QString &entity, const QString &entityId, const QString &details)
{
    SqlStatement insert(m_database, QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, details)"
                                                   " VALUES (:at, :actor, :action, :entity, :entity_id, :details)"));
    insert.bind(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(QStringLiteral(":actor"), actor())
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":entity_id"), entityId)
        .bind(QStringLiteral(":details"), details)
        .exec();
}

QList<AuditEntry> AuditLog::entriesFor(const QString &entity, const QString &entityId) const
{
    SqlStatement query(m_database, QStringLiteral("SELECT id, at, actor, action, entity, entity_id, details FROM audit_log"
                                                  " WHERE entity = :entity AND (:any = 1 OR entity_id = :entity_id)"
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
    SqlStatement query(m_database, QStringLiteral("SELECT id, at, actor, action, entity, entity_id, details FROM audit_log"
                                                  " ORDER BY id DESC LIMIT :limit"));
    query.bind(QStringLiteral(":limit"), limit).exec();
    QList<AuditEntry> entries;
    while (query.next())
        entries << readEntry(query);
    return entries;
}

} // namespace costboard
