#pragma once

#include "domain/entities.h"
#include "errors.h"
#include "storage/database.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <functional>
#include <memory>

namespace costboard::test {

// A fresh database per test: in memory by default, or a file in a temporary folder when the test
// needs to reopen it.
inline std::unique_ptr<Database> openMemoryDatabase()
{
    return Database::openSqlite(QStringLiteral(":memory:"));
}

// SHA-256 of a file's bytes, empty when it cannot be read: "was this file left untouched?"
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Every row of `sql` as text, one string per row with columns joined by '|' (NULL shown as
// "NULL"): compact to compare and readable when QCOMPARE prints a difference.
inline QStringList queryRows(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        qWarning("query failed: %s (%s)", qPrintable(query.lastError().text()), qPrintable(sql));
        return {QStringLiteral("<query failed>")};
    }
    QStringList rows;
    while (query.next()) {
        QStringList columns;
        const int count = query.record().count();
        for (int i = 0; i < count; ++i) {
            const QVariant value = query.value(i);
            columns << (value.isNull() ? QStringLiteral("NULL") : value.toString());
        }
        rows << columns.join(u'|');
    }
    return rows;
}

inline QStringList queryRows(const Database &database, const QString &sql)
{
    return queryRows(database.connection(), sql);
}

// First column of the first row of `sql`.
inline QVariant queryValue(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning("query failed: %s (%s)", qPrintable(query.lastError().text()), qPrintable(sql));
        return {};
    }
    return query.value(0);
}

inline qint64 rowCount(const Database &database, const QString &table)
{
    return queryValue(database, QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

// The roll-up table as stored, and as it must be: recomputed from scratch from the cost lines.
inline QStringList storedRollups(const Database &database)
{
    return queryRows(database, QStringLiteral("SELECT week_start, project_id, category_id, vendor, reporting_minor,"
                                              " line_count, unconverted_count FROM weekly_rollups"
                                              " ORDER BY week_start, project_id, category_id, vendor"));
}

inline QStringList expectedRollups(const Database &database)
{
    return queryRows(database, QStringLiteral("SELECT week_start, project_id, category_id, vendor,"
                                              " COALESCE(SUM(reporting_minor), 0), COUNT(*),"
                                              " SUM(CASE WHEN reporting_minor IS NULL THEN 1 ELSE 0 END)"
                                              " FROM cost_lines GROUP BY week_start, project_id, category_id, vendor"
                                              " ORDER BY week_start, project_id, category_id, vendor"));
}

// Everything a write can touch, for "the database is exactly as it was" checks.
inline QStringList databaseContents(const Database &database)
{
    QStringList all;
    all << QStringLiteral("[cost_lines]")
        << queryRows(database, QStringLiteral("SELECT id, project_id, category_id, incurred_on, week_start,"
                                              " amount_minor, currency, reporting_minor, vendor, description,"
                                              " source, external_ref FROM cost_lines ORDER BY id"));
    all << QStringLiteral("[weekly_rollups]") << storedRollups(database);
    all << QStringLiteral("[projects]")
        << queryRows(database, QStringLiteral("SELECT id, code, name, archived FROM projects ORDER BY id"));
    all << QStringLiteral("[budgets]")
        << queryRows(database, QStringLiteral("SELECT id, project_id, category_id, period_kind, period_start,"
                                              " amount_minor, currency FROM budgets ORDER BY id"));
    all << QStringLiteral("[fx_rates]")
        << queryRows(database, QStringLiteral("SELECT id, currency, quote_currency, valid_from, rate_nanos"
                                              " FROM fx_rates ORDER BY id"));
    all << QStringLiteral("[audit_log]")
        << queryRows(database, QStringLiteral("SELECT id, action, entity, entity_id, details FROM audit_log ORDER BY id"));
    all << QStringLiteral("[settings]") << queryRows(database, QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    return all;
}

// True when the connection is in autocommit mode, i.e. no transaction or savepoint was left
// open: a plain BEGIN is refused inside one.
inline bool isOutsideTransaction(const Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("BEGIN")))
        return false;
    return query.exec(QStringLiteral("ROLLBACK"));
}

// A valid project that only needs a code to be unique.
inline Project makeProject(const QString &code, const QString &name = QString())
{
    Project project;
    project.code = code;
    project.name = name.isEmpty() ? QStringLiteral("Project ") + code : name;
    project.owner = QStringLiteral("Owner");
    project.status = ProjectStatus::Active;
    project.decisionLevel = DecisionLevel::Cio;
    project.startDate = QDate(2025, 1, 1);
    return project;
}

// A valid cost line: 123.45 EUR of inference for `projectId` on 2026-03-10.
inline CostLine makeLine(ProjectId projectId, std::int64_t minorUnits = 12345,
                         const QString &currency = QStringLiteral("EUR"), QDate incurredOn = QDate(2026, 3, 10),
                         CostCategory category = CostCategory::Inference,
                         const QString &vendor = QStringLiteral("OpenAI"))
{
    CostLine line;
    line.projectId = projectId;
    line.category = category;
    line.incurredOn = incurredOn;
    line.amount = Money(minorUnits, currency);
    line.vendor = vendor;
    line.description = QStringLiteral("test line");
    return line;
}

// Runs `action`, expecting a ValidationError; returns its field ("<no error>" / "<other error>"
// otherwise) so a data-driven test can QCOMPARE the field that was named.
inline QString validationField(const std::function<void()> &action)
{
    try {
        action();
    } catch (const ValidationError &error) {
        return error.field();
    } catch (const std::exception &error) {
        return QStringLiteral("<other error: %1>").arg(QString::fromUtf8(error.what()));
    }
    return QStringLiteral("<no error>");
}

} // namespace costboard::test
