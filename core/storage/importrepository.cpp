// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/importrepository.h"

#include <sqlite3.h>

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDriver>

#include "errors.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

namespace costboard {
namespace {

const QString batchColumns
    = QStringLiteral("SELECT id, format, provider, file_name, fingerprint, file_size, imported_at, actor, "
                     "row_count, rejected_count,"
                     " duplicate_count, replaced_count, line_count, first_day, last_day, "
                     "reporting_total_minor, unallocated_minor,"
                     " first_row_id, last_row_id, status, undone_at FROM import_batches");

ImportBatch readBatch(const SqlStatement &query)
{
    ImportBatch batch;
    batch.id = query.int64(0);
    batch.format = importFormatFromKey(query.text(1)).value_or(ImportFormat::Csv);
    batch.provider = query.text(2);
    batch.fileName = query.text(3);
    batch.fingerprint = query.text(4);
    batch.fileSize = query.int64(5);
    batch.importedAt = QDateTime::fromString(query.text(6), Qt::ISODate);
    batch.actor = query.text(7);
    batch.rowCount = query.int64(8);
    batch.rejectedCount = query.int64(9);
    batch.duplicateCount = query.int64(10);
    batch.replacedCount = query.int64(11);
    batch.lineCount = query.int64(12);
    batch.firstDay = sql::toDate(query.value(13));
    batch.lastDay = sql::toDate(query.value(14));
    batch.reportingTotalMinor = query.int64(15);
    batch.unallocatedMinor = query.int64(16);
    if (!query.value(17).isNull())
        batch.firstRowId = query.int64(17);
    if (!query.value(18).isNull())
        batch.lastRowId = query.int64(18);
    batch.status = query.text(19) == QLatin1String("undone") ? ImportBatchStatus::Undone
        : query.text(19) == QLatin1String("replaced")        ? ImportBatchStatus::Replaced
                                                             : ImportBatchStatus::Active;
    batch.undoneAt = QDateTime::fromString(query.text(20), Qt::ISODate);
    return batch;
}

const char *const insertGroupSql
    = "INSERT INTO import_row_groups (batch_id, slice, project_id, category_id, allocated_by, currency, "
      "vendor, description,"
      " unit, account, workspace, service_category, service_name, sku, charge_category, tags, usage_provider,"
      " usage_model, usage_meter)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)";

const char *const insertRowSql
    = "INSERT INTO import_rows (batch_id, group_id, line_no, row_key, incurred_on, service_start, "
      "service_end, amount_nanos,"
      " quantity, external_ref, resource_id, tokens, requests, price_id)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";

const QString selectGroupsSql = QStringLiteral(
    "SELECT id, batch_id, slice, project_id, category_id, allocated_by, currency, vendor, description, unit, "
    "account,"
    " workspace, service_category, service_name, sku, charge_category, tags, usage_provider, usage_model,"
    " usage_meter FROM import_row_groups");

// The group's shared fields as bound values, in insertGroupSql's order from ?2.
QList<QVariant> groupValues(const ImportRowGroup &group)
{
    const ImportedRow &a = group.attributes;
    return { a.slice,
             qlonglong(group.projectId),
             static_cast<int>(group.category),
             group.placedBy,
             a.currency,
             a.vendor,
             a.description,
             a.unit,
             a.account,
             a.workspace,
             a.serviceCategory,
             a.serviceName,
             a.sku,
             a.chargeCategory,
             a.tags,
             a.usage ? QVariant(a.usage->provider) : QVariant(QMetaType::fromType<QString>()),
             a.usage ? QVariant(a.usage->model) : QVariant(QMetaType::fromType<QString>()),
             a.usage ? QVariant(pricing::meterKey(a.usage->meter))
                     : QVariant(QMetaType::fromType<QString>()) };
}

// "2026-11-03" into `buffer` without going through QString.
int formatIsoDate(const QDate &date, char *buffer)
{
    if (!date.isValid())
        return 0;
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    buffer[0] = static_cast<char>('0' + year / 1000 % 10);
    buffer[1] = static_cast<char>('0' + year / 100 % 10);
    buffer[2] = static_cast<char>('0' + year / 10 % 10);
    buffer[3] = static_cast<char>('0' + year % 10);
    buffer[4] = '-';
    buffer[5] = static_cast<char>('0' + month / 10);
    buffer[6] = static_cast<char>('0' + month % 10);
    buffer[7] = '-';
    buffer[8] = static_cast<char>('0' + day / 10);
    buffer[9] = static_cast<char>('0' + day % 10);
    return 10;
}

// SQLite's own prepared statements: Qt's per-value QVariant binding costs more than the insert.
class SqliteRowWriter final : public ImportRepository::RowWriter
{
public:
    explicit SqliteRowWriter(sqlite3 *handle)
        : m_handle(handle)
    {
        // A large import would otherwise spill its pages to the WAL a little at a time.
        sqlite3_exec(m_handle, "PRAGMA cache_size = -131072", nullptr, nullptr, nullptr);
        m_group = prepare(insertGroupSql);
        m_row = prepare(insertRowSql);
    }
    ~SqliteRowWriter() override
    {
        sqlite3_finalize(m_group);
        sqlite3_finalize(m_row);
        sqlite3_exec(m_handle, "PRAGMA cache_size = -2000", nullptr, nullptr, nullptr);
    }

    std::int64_t insertGroup(const ImportRowGroup &group) override
    {
        sqlite3_bind_int64(m_group, 1, group.batchId);
        const QList<QVariant> values = groupValues(group);
        QList<QByteArray> texts;
        texts.reserve(values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            const int index = static_cast<int>(i) + 2;
            if (value.isNull()) {
                sqlite3_bind_null(m_group, index);
            } else if (value.typeId() == QMetaType::QString) {
                texts << value.toString().toUtf8();
                sqlite3_bind_text(m_group, index, texts.last().constData(),
                                  static_cast<int>(texts.last().size()), SQLITE_STATIC);
            } else {
                sqlite3_bind_int64(m_group, index, value.toLongLong());
            }
        }
        return step(m_group);
    }

    std::int64_t insertRow(std::int64_t batchId, std::int64_t groupId, const ImportedRow &row,
                           std::int64_t rowKey) override
    {
        sqlite3_bind_int64(m_row, 1, batchId);
        sqlite3_bind_int64(m_row, 2, groupId);
        sqlite3_bind_int64(m_row, 3, row.line);
        sqlite3_bind_int64(m_row, 4, rowKey);
        bindDate(5, row.incurredOn, m_dates[0]);
        bindDate(6, row.serviceStart, m_dates[1]);
        bindDate(7, row.serviceEnd, m_dates[2]);
        sqlite3_bind_int64(m_row, 8, row.amountNanos);
        if (row.quantity)
            sqlite3_bind_double(m_row, 9, *row.quantity);
        else
            sqlite3_bind_null(m_row, 9);
        if (row.externalRef.isEmpty())
            sqlite3_bind_null(m_row, 10);
        else // the QString outlives the step: SQLite may read its UTF-16 in place
            sqlite3_bind_text16(m_row, 10, row.externalRef.utf16(),
                                static_cast<int>(row.externalRef.size() * 2), SQLITE_STATIC);
        if (row.resourceId.isEmpty())
            sqlite3_bind_null(m_row, 11);
        else
            sqlite3_bind_text16(m_row, 11, row.resourceId.utf16(),
                                static_cast<int>(row.resourceId.size() * 2), SQLITE_STATIC);
        if (row.usage) {
            sqlite3_bind_int64(m_row, 12, row.usage->tokens);
            sqlite3_bind_int64(m_row, 13, row.usage->requests);
            if (row.usage->priceId)
                sqlite3_bind_int64(m_row, 14, *row.usage->priceId);
            else
                sqlite3_bind_null(m_row, 14);
        } else {
            for (int index = 12; index <= 14; ++index)
                sqlite3_bind_null(m_row, index);
        }
        return step(m_row);
    }

private:
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) != SQLITE_OK)
            throw StorageError(ErrorCode::ImportPrepareFailed,
                               { QString::fromUtf8(sqlite3_errmsg(m_handle)) });
        return statement;
    }
    std::int64_t step(sqlite3_stmt *statement)
    {
        const int status = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (status != SQLITE_DONE)
            throw StorageError(ErrorCode::ImportRowFailed, { QString::fromUtf8(sqlite3_errmsg(m_handle)) });
        return sqlite3_last_insert_rowid(m_handle);
    }
    void bindDate(int index, const QDate &date, char *buffer)
    {
        const int length = formatIsoDate(date, buffer);
        if (length == 0)
            sqlite3_bind_null(m_row, index);
        else
            sqlite3_bind_text(m_row, index, buffer, length, SQLITE_STATIC);
    }

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_group = nullptr;
    sqlite3_stmt *m_row = nullptr;
    char m_dates[3][10] = {};
};

// Any other database: Qt's prepared statements.
class QtRowWriter final : public ImportRepository::RowWriter
{
public:
    explicit QtRowWriter(const Database &database)
        : m_group(database, namedPlaceholders(insertGroupSql) + QStringLiteral(" RETURNING id"))
        , m_row(database, namedPlaceholders(insertRowSql) + QStringLiteral(" RETURNING id"))
    { }

    std::int64_t insertGroup(const ImportRowGroup &group) override
    {
        m_group.bind(QStringLiteral(":p1"), qlonglong(group.batchId));
        const QList<QVariant> values = groupValues(group);
        for (qsizetype i = 0; i < values.size(); ++i)
            m_group.bind(QStringLiteral(":p%1").arg(i + 2), values.at(i));
        return m_group.scalar().toLongLong();
    }

    std::int64_t insertRow(std::int64_t batchId, std::int64_t groupId, const ImportedRow &row,
                           std::int64_t rowKey) override
    {
        const QVariant values[] = {
            qlonglong(batchId),
            qlonglong(groupId),
            qlonglong(row.line),
            qlonglong(rowKey),
            sql::dateValue(row.incurredOn),
            sql::dateValue(row.serviceStart),
            sql::dateValue(row.serviceEnd),
            qlonglong(row.amountNanos),
            row.quantity ? QVariant(*row.quantity) : QVariant(QMetaType::fromType<double>()),
            row.externalRef.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(row.externalRef),
            row.resourceId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(row.resourceId),
            row.usage ? QVariant(qlonglong(row.usage->tokens)) : sql::nullInt64(),
            row.usage ? QVariant(qlonglong(row.usage->requests)) : sql::nullInt64(),
            row.usage && row.usage->priceId ? QVariant(qlonglong(*row.usage->priceId)) : sql::nullInt64()
        };
        for (int i = 0; i < 14; ++i)
            m_row.bind(QStringLiteral(":p%1").arg(i + 1), values[i]);
        return m_row.scalar().toLongLong();
    }

private:
    static QString namedPlaceholders(const char *sql)
    {
        static const QRegularExpression numbered(QStringLiteral("\\?(\\d+)"));
        return QString::fromLatin1(sql).replace(numbered, QStringLiteral(":p\\1"));
    }

    SqlStatement m_group;
    SqlStatement m_row;
};

ImportRowGroup readGroup(const SqlStatement &query)
{
    ImportRowGroup group;
    group.id = query.int64(0);
    group.batchId = query.int64(1);
    ImportedRow &a = group.attributes;
    a.slice = query.text(2);
    group.projectId = query.int64(3);
    group.category = static_cast<CostCategory>(query.int64(4));
    group.placedBy = query.text(5);
    a.currency = query.text(6);
    a.vendor = query.text(7);
    a.description = query.text(8);
    a.unit = query.text(9);
    a.account = query.text(10);
    a.workspace = query.text(11);
    a.serviceCategory = query.text(12);
    a.serviceName = query.text(13);
    a.sku = query.text(14);
    a.chargeCategory = query.text(15);
    a.tags = query.text(16);
    if (const std::optional<pricing::Meter> meter = pricing::meterFromKey(query.text(19)); meter)
        a.usage = pricing::TokenUsage { query.text(17), query.text(18), *meter, 0, 0, std::nullopt };
    return group;
}

} // namespace

std::int64_t importRowKeyHash(QStringView text)
{
    std::uint64_t hash = 14695981039346656037ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return static_cast<std::int64_t>(hash);
}

QString importBatchStatusKey(ImportBatchStatus status)
{
    switch (status) {
    case ImportBatchStatus::Undone:
        return QStringLiteral("undone");
    case ImportBatchStatus::Replaced:
        return QStringLiteral("replaced");
    case ImportBatchStatus::Active:
        break;
    }
    return QStringLiteral("active");
}

ImportRepository::ImportRepository(Database &database)
    : m_database(database)
{ }

ImportRepository::~ImportRepository() = default;

std::int64_t ImportRepository::createBatch(const ImportBatch &batch)
{
    SqlStatement insert(
        m_database,
        QStringLiteral("INSERT INTO import_batches (source, file_name, imported_at, line_count, format,"
                       " provider, fingerprint, file_size, actor, status)"
                       " VALUES (:source, :file, :at, 0, :format, :provider, :fingerprint, :size,"
                       " :actor, 'active') RETURNING id"));
    insert.bind(QStringLiteral(":source"), importFormatKey(batch.format))
        .bind(QStringLiteral(":file"), batch.fileName)
        .bind(QStringLiteral(":at"), batch.importedAt.toUTC().toString(Qt::ISODate))
        .bind(QStringLiteral(":format"), importFormatKey(batch.format))
        .bind(QStringLiteral(":provider"), batch.provider)
        .bind(QStringLiteral(":fingerprint"), batch.fingerprint)
        .bind(QStringLiteral(":size"), qlonglong(batch.fileSize))
        .bind(QStringLiteral(":actor"), batch.actor);
    return insert.scalar().toLongLong();
}

void ImportRepository::finishBatch(const ImportBatch &batch)
{
    SqlStatement update(
        m_database,
        QStringLiteral("UPDATE import_batches SET provider = :provider, line_count = :lines,"
                       " row_count = :rows, rejected_count = :rejected, duplicate_count = :duplicates,"
                       " replaced_count = :replaced, first_day = :first_day, last_day = :last_day,"
                       " reporting_total_minor = :total, unallocated_minor = :unallocated,"
                       " first_row_id = :first_row, last_row_id = :last_row WHERE id = :id"));
    update.bind(QStringLiteral(":provider"), batch.provider)
        .bind(QStringLiteral(":lines"), qlonglong(batch.lineCount))
        .bind(QStringLiteral(":rows"), qlonglong(batch.rowCount))
        .bind(QStringLiteral(":rejected"), qlonglong(batch.rejectedCount))
        .bind(QStringLiteral(":duplicates"), qlonglong(batch.duplicateCount))
        .bind(QStringLiteral(":replaced"), qlonglong(batch.replacedCount))
        .bind(QStringLiteral(":first_day"), sql::dateValue(batch.firstDay))
        .bind(QStringLiteral(":last_day"), sql::dateValue(batch.lastDay))
        .bind(QStringLiteral(":total"), qlonglong(batch.reportingTotalMinor))
        .bind(QStringLiteral(":unallocated"), qlonglong(batch.unallocatedMinor))
        .bind(QStringLiteral(":first_row"),
              batch.firstRowId ? QVariant(qlonglong(*batch.firstRowId)) : sql::nullInt64())
        .bind(QStringLiteral(":last_row"),
              batch.lastRowId ? QVariant(qlonglong(*batch.lastRowId)) : sql::nullInt64())
        .bind(QStringLiteral(":id"), qlonglong(batch.id))
        .exec();
}

QList<ImportBatch> ImportRepository::batches() const
{
    SqlStatement query(m_database, batchColumns + QStringLiteral(" ORDER BY id DESC"));
    query.exec();
    QList<ImportBatch> list;
    while (query.next())
        list << readBatch(query);
    return list;
}

std::optional<ImportBatch> ImportRepository::batch(std::int64_t id) const
{
    SqlStatement query(m_database, batchColumns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    if (!query.next())
        return std::nullopt;
    return readBatch(query);
}

std::optional<ImportBatch> ImportRepository::activeBatchWithFingerprint(const QString &fingerprint) const
{
    SqlStatement query(m_database,
                       batchColumns
                           + QStringLiteral(" WHERE fingerprint = :fingerprint AND status <> 'undone'"
                                            " ORDER BY id DESC"));
    query.bind(QStringLiteral(":fingerprint"), fingerprint).exec();
    if (!query.next())
        return std::nullopt;
    return readBatch(query);
}

void ImportRepository::markUndone(std::int64_t batchId)
{
    SqlStatement update(
        m_database,
        QStringLiteral("UPDATE import_batches SET status = 'undone', undone_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":now"), sql::nowUtc()).bind(QStringLiteral(":id"), qlonglong(batchId)).exec();
}

void ImportRepository::refreshBatchFigures(std::int64_t batchId)
{
    SqlStatement update(
        m_database,
        QStringLiteral(
            "UPDATE import_batches SET"
            " line_count = (SELECT COUNT(*) FROM cost_lines WHERE import_batch_id = :id),"
            " reporting_total_minor = (SELECT COALESCE(SUM(reporting_minor), 0) FROM cost_lines WHERE "
            "import_batch_id = :id),"
            " unallocated_minor = (SELECT COALESCE(SUM(c.reporting_minor), 0) FROM cost_lines c JOIN "
            "projects p ON p.id = c.project_id"
            " WHERE c.import_batch_id = :id AND p.system_role = 'unallocated'),"
            " status = CASE WHEN status = 'undone' THEN 'undone'"
            " WHEN EXISTS (SELECT 1 FROM import_rows r WHERE r.id BETWEEN import_batches.first_row_id"
            " AND import_batches.last_row_id AND r.replaced_by IS NULL) THEN 'active' ELSE 'replaced' END"
            " WHERE id = :id"));
    update.bind(QStringLiteral(":id"), qlonglong(batchId)).exec();
}

std::unique_ptr<ImportRepository::RowWriter> ImportRepository::rowWriter()
{
    if (sqlite3 *handle = sqliteHandle(m_database))
        return std::make_unique<SqliteRowWriter>(handle);
    return std::make_unique<QtRowWriter>(m_database);
}

QList<ImportRowGroup> ImportRepository::groups(std::int64_t batchId) const
{
    SqlStatement query(m_database, selectGroupsSql + QStringLiteral(" WHERE batch_id = :batch ORDER BY id"));
    query.bind(QStringLiteral(":batch"), qlonglong(batchId)).exec();
    QList<ImportRowGroup> list;
    while (query.next())
        list << readGroup(query);
    return list;
}

void ImportRepository::forEachRow(
    const ImportBatch &batch,
    const std::function<void(const ImportRowGroup &, const ImportedRow &)> &onRow) const
{
    if (!batch.firstRowId || !batch.lastRowId)
        return;
    QHash<std::int64_t, ImportRowGroup> groupsById;
    for (const ImportRowGroup &group : groups(batch.id))
        groupsById.insert(group.id, group);
    SqlStatement query(
        m_database,
        QStringLiteral("SELECT group_id, line_no, incurred_on, service_start, service_end, amount_nanos,"
                       " quantity, external_ref, resource_id, tokens, requests, price_id FROM import_rows"
                       " WHERE id BETWEEN :first AND :last"
                       " AND replaced_by IS NULL ORDER BY id"));
    query.bind(QStringLiteral(":first"), qlonglong(*batch.firstRowId))
        .bind(QStringLiteral(":last"), qlonglong(*batch.lastRowId))
        .exec();
    while (query.next()) {
        const ImportRowGroup &group = groupsById[query.int64(0)];
        ImportedRow row = group.attributes;
        row.line = query.int64(1);
        row.incurredOn = sql::toDate(query.value(2));
        row.serviceStart = sql::toDate(query.value(3));
        row.serviceEnd = sql::toDate(query.value(4));
        row.amountNanos = query.int64(5);
        if (!query.value(6).isNull())
            row.quantity = query.value(6).toDouble();
        row.externalRef = query.text(7);
        row.resourceId = query.text(8);
        if (row.usage) {
            row.usage->tokens = query.int64(9);
            row.usage->requests = query.int64(10);
            row.usage->priceId
                = query.value(11).isNull() ? std::nullopt : std::optional<std::int64_t>(query.int64(11));
        }
        onRow(group, row);
    }
}

QSet<std::int64_t> ImportRepository::activeRowKeys(ImportFormat format) const
{
    QSet<std::int64_t> keys;
    SqlStatement query(
        m_database,
        QStringLiteral("SELECT r.row_key FROM import_batches b JOIN import_rows r"
                       " ON r.id BETWEEN b.first_row_id AND b.last_row_id"
                       " WHERE b.format = :format AND b.status = 'active' AND r.replaced_by IS NULL"));
    query.bind(QStringLiteral(":format"), importFormatKey(format)).exec();
    while (query.next())
        keys.insert(query.int64(0));
    return keys;
}

QHash<std::int64_t, qint64> ImportRepository::replaceSlices(ImportFormat format, const QSet<QString> &slices,
                                                            std::int64_t batchId)
{
    QHash<std::int64_t, qint64> replaced;
    if (slices.isEmpty())
        return replaced;
    SqlStatement earlier(m_database,
                         QStringLiteral("SELECT id, first_row_id, last_row_id FROM import_batches"
                                        " WHERE format = :format AND status = 'active' AND id <> :batch"
                                        " AND first_row_id IS NOT NULL"));
    earlier.bind(QStringLiteral(":format"), importFormatKey(format))
        .bind(QStringLiteral(":batch"), qlonglong(batchId))
        .exec();
    QList<std::tuple<std::int64_t, std::int64_t, std::int64_t>> candidates;
    while (earlier.next())
        candidates.append({ earlier.int64(0), earlier.int64(1), earlier.int64(2) });
    SqlStatement mark(
        m_database,
        QStringLiteral("UPDATE import_rows SET replaced_by = :batch WHERE id BETWEEN :first AND :last"
                       " AND replaced_by IS NULL AND group_id IN (SELECT id FROM import_row_groups"
                       " WHERE batch_id = :earlier AND slice = :slice)"));
    for (const auto &[id, first, last] : candidates) {
        qint64 count = 0;
        for (const QString &slice : slices) {
            mark.bind(QStringLiteral(":batch"), qlonglong(batchId))
                .bind(QStringLiteral(":first"), qlonglong(first))
                .bind(QStringLiteral(":last"), qlonglong(last))
                .bind(QStringLiteral(":earlier"), qlonglong(id))
                .bind(QStringLiteral(":slice"), slice)
                .exec();
            count += mark.numRowsAffected();
        }
        if (count > 0)
            replaced.insert(id, count);
    }
    return replaced;
}

QList<std::int64_t> ImportRepository::restoreReplacedBy(std::int64_t batchId)
{
    SqlStatement affected(
        m_database, QStringLiteral("SELECT DISTINCT batch_id FROM import_rows WHERE replaced_by = :batch"));
    affected.bind(QStringLiteral(":batch"), qlonglong(batchId)).exec();
    QList<std::int64_t> batches;
    while (affected.next())
        batches << affected.int64(0);
    SqlStatement restore(
        m_database, QStringLiteral("UPDATE import_rows SET replaced_by = NULL WHERE replaced_by = :batch"));
    restore.bind(QStringLiteral(":batch"), qlonglong(batchId)).exec();
    return batches;
}

void ImportRepository::deleteRows(const ImportBatch &batch)
{
    if (batch.firstRowId && batch.lastRowId) {
        SqlStatement remove(m_database,
                            QStringLiteral("DELETE FROM import_rows WHERE id BETWEEN :first AND :last"));
        remove.bind(QStringLiteral(":first"), qlonglong(*batch.firstRowId))
            .bind(QStringLiteral(":last"), qlonglong(*batch.lastRowId))
            .exec();
    }
    SqlStatement groups(m_database, QStringLiteral("DELETE FROM import_row_groups WHERE batch_id = :batch"));
    groups.bind(QStringLiteral(":batch"), qlonglong(batch.id)).exec();
}

void ImportRepository::placeGroups(const QList<ImportRowGroup> &groups)
{
    SqlStatement update(
        m_database,
        QStringLiteral("UPDATE import_row_groups SET project_id = :project, category_id = :category,"
                       " allocated_by = :by WHERE id = :id"));
    for (const ImportRowGroup &group : groups) {
        update.bind(QStringLiteral(":project"), qlonglong(group.projectId))
            .bind(QStringLiteral(":category"), static_cast<int>(group.category))
            .bind(QStringLiteral(":by"), group.placedBy)
            .bind(QStringLiteral(":id"), qlonglong(group.id))
            .exec();
    }
}

void ImportRepository::saveMapping(const QString &name, const ColumnMapping &mapping)
{
    Transaction transaction(m_database);
    SqlStatement upsert(
        m_database,
        QStringLiteral(
            "INSERT INTO import_mappings (name, definition, updated_at) VALUES (:name, :definition, :now)"
            " ON CONFLICT (name) DO UPDATE SET definition = excluded.definition,"
            " updated_at = excluded.updated_at"));
    upsert.bind(QStringLiteral(":name"), name.trimmed())
        .bind(QStringLiteral(":definition"),
              QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":now"), sql::nowUtc())
        .exec();
    AuditLog(m_database)
        .record(QStringLiteral("save"), QStringLiteral("import_mapping"), name.trimmed(),
                QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
    transaction.commit();
}

std::optional<ColumnMapping> ImportRepository::mapping(const QString &name) const
{
    SqlStatement query(m_database,
                       QStringLiteral("SELECT definition FROM import_mappings WHERE name = :name"));
    query.bind(QStringLiteral(":name"), name.trimmed()).exec();
    if (!query.next())
        return std::nullopt;
    ColumnMapping mapping = ColumnMapping::fromJson(QJsonDocument::fromJson(query.text(0).toUtf8()).object());
    mapping.name = name.trimmed();
    return mapping;
}

QStringList ImportRepository::mappingNames() const
{
    SqlStatement query(m_database, QStringLiteral("SELECT name FROM import_mappings ORDER BY name"));
    query.exec();
    QStringList names;
    while (query.next())
        names << query.text(0);
    return names;
}

void ImportRepository::removeMapping(const QString &name)
{
    Transaction transaction(m_database);
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM import_mappings WHERE name = :name"));
    remove.bind(QStringLiteral(":name"), name).exec();
    AuditLog(m_database).record(QStringLiteral("delete"), QStringLiteral("import_mapping"), name, QString());
    transaction.commit();
}

namespace {

QString describeRule(const AllocationRule &rule)
{
    return QStringLiteral("%1 %2 \"%3\" → project %4%5")
        .arg(allocationMatchKey(rule.match), rule.key, rule.pattern)
        .arg(rule.projectId)
        .arg(rule.category ? QStringLiteral(", ") + CostCategories::key(*rule.category) : QString());
}

} // namespace

QList<AllocationRule> ImportRepository::rules() const
{
    SqlStatement query(
        m_database,
        QStringLiteral("SELECT id, position, match_kind, match_key, pattern, project_id, category_id"
                       " FROM allocation_rules ORDER BY position, id"));
    query.exec();
    QList<AllocationRule> rules;
    while (query.next()) {
        AllocationRule rule;
        rule.id = query.int64(0);
        rule.position = static_cast<int>(query.int64(1));
        rule.match = allocationMatchFromKey(query.text(2)).value_or(AllocationMatch::Text);
        rule.key = query.text(3);
        rule.pattern = query.text(4);
        rule.projectId = query.int64(5);
        if (!query.value(6).isNull())
            rule.category = static_cast<CostCategory>(query.int64(6));
        rules << rule;
    }
    return rules;
}

std::int64_t ImportRepository::addRule(const AllocationRule &rule)
{
    Transaction transaction(m_database);
    SqlStatement insert(
        m_database,
        QStringLiteral("INSERT INTO allocation_rules (position, match_kind, match_key, pattern, project_id,"
                       " category_id, created_at) VALUES (:position, :kind, :key, :pattern, :project,"
                       " :category, :now) RETURNING id"));
    insert.bind(QStringLiteral(":position"), rule.position)
        .bind(QStringLiteral(":kind"), allocationMatchKey(rule.match))
        .bind(QStringLiteral(":key"), rule.key.trimmed())
        .bind(QStringLiteral(":pattern"), rule.pattern.trimmed())
        .bind(QStringLiteral(":project"), qlonglong(rule.projectId))
        .bind(QStringLiteral(":category"),
              rule.category ? QVariant(static_cast<int>(*rule.category))
                            : QVariant(QMetaType::fromType<int>()))
        .bind(QStringLiteral(":now"), sql::nowUtc());
    const std::int64_t id = insert.scalar().toLongLong();
    AuditLog(m_database)
        .record(QStringLiteral("create"), QStringLiteral("allocation_rule"), QString::number(id),
                describeRule(rule));
    transaction.commit();
    return id;
}

void ImportRepository::updateRule(const AllocationRule &rule)
{
    Transaction transaction(m_database);
    SqlStatement update(m_database,
                        QStringLiteral("UPDATE allocation_rules SET position = :position, match_kind = :kind,"
                                       " match_key = :key, pattern = :pattern, project_id = :project,"
                                       " category_id = :category WHERE id = :id"));
    update.bind(QStringLiteral(":position"), rule.position)
        .bind(QStringLiteral(":kind"), allocationMatchKey(rule.match))
        .bind(QStringLiteral(":key"), rule.key.trimmed())
        .bind(QStringLiteral(":pattern"), rule.pattern.trimmed())
        .bind(QStringLiteral(":project"), qlonglong(rule.projectId))
        .bind(QStringLiteral(":category"),
              rule.category ? QVariant(static_cast<int>(*rule.category))
                            : QVariant(QMetaType::fromType<int>()))
        .bind(QStringLiteral(":id"), qlonglong(rule.id))
        .exec();
    AuditLog(m_database)
        .record(QStringLiteral("update"), QStringLiteral("allocation_rule"), QString::number(rule.id),
                describeRule(rule));
    transaction.commit();
}

void ImportRepository::removeRule(std::int64_t id)
{
    Transaction transaction(m_database);
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM allocation_rules WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    AuditLog(m_database)
        .record(QStringLiteral("delete"), QStringLiteral("allocation_rule"), QString::number(id), QString());
    transaction.commit();
}

} // namespace costboard
