#pragma once

#include "domain/entities.h"

#include <QList>
#include <QString>

namespace costboard {

class Database;

// Who changed what, when. Writers call record() inside their own transaction, so an audit entry
// exists exactly when its change does.
class AuditLog final
{
public:
    explicit AuditLog(Database &database);

    void record(const QString &action, const QString &entity, const QString &entityId, const QString &details);
    QList<AuditEntry> entriesFor(const QString &entity, const QString &entityId = QString()) const;
    QList<AuditEntry> latest(int limit) const;

    // The name recorded as actor: the operating-system user unless set (tests, a future login).
    static QString actor();
    static void setActor(const QString &name);

private:
    Database &m_database;
};

} // namespace costboard
