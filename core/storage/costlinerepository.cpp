// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/costlinerepository.h"

#include <QHash>
#include <QSet>

#include <spdlog/spdlog.h>

#include "analytics/ledger.h"
#include "domain/unit.h"
#include "errors.h"
#include "pricing/unitprice.h"
#include "storage/auditlog.h"
#include "storage/costlinesearchindex.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"
#include "storage/validation.h"

namespace costboard {
namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, project_id, category_id, incurred_on, amount_minor, currency, reporting_minor, vendor,"
    " description, quantity, unit, source, import_batch_id, external_ref, service_start, service_end,"
    " price_id, model, requests FROM cost_lines");

CostLine readLine(const SqlStatement &query)
{
    CostLine line;
    line.id = query.int64(0);
    line.projectId = query.int64(1);
    line.category = static_cast<CostCategory>(query.int64(2));
    line.incurredOn = sql::toDate(query.value(3));
    line.amount = Money(query.int64(4), query.text(5));
    if (!query.value(6).isNull())
        line.reportingAmount = Money(query.int64(6), QString()); // currency filled by the caller
    line.vendor = query.text(7);
    line.description = query.text(8);
    if (!query.value(9).isNull())
        line.quantity = query.value(9).toDouble();
    line.unit = query.text(10);
    line.source = query.text(11);
    if (!query.value(12).isNull())
        line.importBatchId = query.int64(12);
    line.externalRef = query.text(13);
    line.serviceStart = sql::toDate(query.value(14));
    line.serviceEnd = sql::toDate(query.value(15));
    if (!query.value(16).isNull())
        line.priceId = query.int64(16);
    line.model = query.text(17);
    if (!query.value(18).isNull())
        line.requests = query.int64(18);
    return line;
}

const QString rollupTable = QStringLiteral("daily_rollups");
const QString accrualBasis = QStringLiteral("accrual");
const QString cashBasis = QStringLiteral("cash");

// The change a set of writes makes to `daily_rollups`, gathered in memory and applied once per
// touched row at the end of the operation: a 50,000-line import costs a few thousand upserts,
// not 50,000.
class RollupDelta final
{
public:
    void add(const CostLine &line, int sign)
    {
        const QString vendor = line.vendor.trimmed();
        const std::int64_t reporting = line.reportingAmount ? line.reportingAmount->minorUnits() : 0;
        const bool recurring = line.isRecurring();

        Change &cash = m_changes[Key { cashBasis, line.incurredOn, line.projectId,
                                       static_cast<int>(line.category), vendor }];
        Money::accumulate(cash.reportingMinor, sign * reporting);
        Money::accumulate(cash.recurringMinor, recurring ? sign * reporting : 0);
        count(cash, line, sign);

        const DayRange days = countedDays(line, CostBasis::Accrual);
        for (QDate day = days.first; day <= days.last; day = day.addDays(1)) {
            Change &accrual = m_changes[Key { accrualBasis, day, line.projectId,
                                              static_cast<int>(line.category), vendor }];
            const std::int64_t share = shareOfDays(reporting, days, DayRange::singleDay(day));
            Money::accumulate(accrual.reportingMinor, sign * share);
            Money::accumulate(accrual.recurringMinor, recurring ? sign * share : 0);
            accrual.touched = true;
            if (day == days.first)
                count(accrual, line, sign);
        }
    }

    // `table` is daily_rollups, or the self-check's temporary table of the same shape.
    void apply(const Database &database, const QString &table = rollupTable) const
    {
        if (m_changes.isEmpty())
            return;
        SqlStatement upsert(
            database,
            QStringLiteral("INSERT INTO %1 (basis, day, project_id, category_id, vendor,"
                           " reporting_minor, recurring_minor, line_count, unconverted_count)"
                           " VALUES (:basis, :day, :project, :category, :vendor, :minor, :recurring,"
                           " :lines, :unconverted)"
                           " ON CONFLICT (basis, day, project_id, category_id, vendor) DO UPDATE SET"
                           " reporting_minor = %2.reporting_minor + excluded.reporting_minor,"
                           " recurring_minor = %2.recurring_minor + excluded.recurring_minor,"
                           " line_count = %2.line_count + excluded.line_count,"
                           " unconverted_count = %2.unconverted_count + excluded.unconverted_count")
                .arg(table, table.section(QLatin1Char('.'), -1)));
        bool someRowMayBeEmpty = false;
        for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it) {
            if (it->lines == 0 && it->reportingMinor == 0 && it->recurringMinor == 0 && it->unconverted == 0
                && !it->touched)
                continue;
            someRowMayBeEmpty = someRowMayBeEmpty || it->lines < 0 || it->reportingMinor != 0 || it->touched;
            upsert.bind(QStringLiteral(":basis"), it.key().basis)
                .bind(QStringLiteral(":day"), sql::dateValue(it.key().day))
                .bind(QStringLiteral(":project"), qlonglong(it.key().projectId))
                .bind(QStringLiteral(":category"), it.key().categoryId)
                .bind(QStringLiteral(":vendor"), it.key().vendor)
                .bind(QStringLiteral(":minor"), qlonglong(it->reportingMinor))
                .bind(QStringLiteral(":recurring"), qlonglong(it->recurringMinor))
                .bind(QStringLiteral(":lines"), qlonglong(it->lines))
                .bind(QStringLiteral(":unconverted"), qlonglong(it->unconverted))
                .exec();
        }
        // A day a line no longer pays for, or whose last line left, holds nothing: no row.
        if (someRowMayBeEmpty)
            execSql(database,
                    QStringLiteral("DELETE FROM %1 WHERE line_count = 0 AND reporting_minor = 0"
                                   " AND recurring_minor = 0 AND unconverted_count = 0")
                        .arg(table));
    }

private:
    struct Key
    {
        QString basis;
        QDate day;
        ProjectId projectId;
        int categoryId;
        QString vendor;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.basis, key.day.toJulianDay(), key.projectId, key.categoryId, key.vendor);
    }
    struct Change
    {
        std::int64_t reportingMinor = 0;
        std::int64_t recurringMinor = 0;
        std::int64_t lines = 0;
        std::int64_t unconverted = 0;
        bool touched = false; // a day of a service period, perhaps with a zero share
    };
    static void count(Change &change, const CostLine &line, int sign)
    {
        change.lines += sign;
        if (!line.reportingAmount)
            change.unconverted += sign;
    }
    QHash<Key, Change> m_changes;
};

// Everything a write needs that does not change line to line: loaded once per operation.
struct WriteContext
{
    FxConverter converter;
    QSet<ProjectId> projectIds;

    static WriteContext load(Database &database)
    {
        const QString reportingCurrency = DatabaseSettings(database).reportingCurrency();
        WriteContext context { FxRateRepository(database).converterInto(reportingCurrency), {} };
        SqlStatement projects(database, QStringLiteral("SELECT id FROM projects"));
        projects.exec();
        while (projects.next())
            context.projectIds.insert(projects.int64(0));
        return context;
    }

    CostLine prepared(const CostLine &line) const
    {
        CostLine copy = line;
        copy.vendor = line.vendor.trimmed();
        copy.description = line.description.trimmed();
        // Known units by key, whoever writes: a form, an import, the demo.
        copy.unit = units::canonical(line.unit);
        copy.externalRef = line.externalRef.trimmed();
        copy.reportingAmount = converter.convert(line.amount, line.incurredOn);
        if (copy.reportingAmount)
            validation::requireWithinInputLimit(QStringLiteral("amount"), *copy.reportingAmount);
        return copy;
    }
};

QVariant reportingValue(const CostLine &line)
{
    return line.reportingAmount ? QVariant(qlonglong(line.reportingAmount->minorUnits())) : sql::nullInt64();
}

// `now` is the write's one timestamp: every line of a batch is created at the same instant.
void bindLine(SqlStatement &statement, const CostLine &line, const QString &now)
{
    statement.bind(QStringLiteral(":project"), qlonglong(line.projectId))
        .bind(QStringLiteral(":category"), static_cast<int>(line.category))
        .bind(QStringLiteral(":incurred_on"), sql::dateValue(line.incurredOn))
        .bind(QStringLiteral(":week_start"), sql::dateValue(line.week().monday()))
        .bind(QStringLiteral(":amount"), qlonglong(line.amount.minorUnits()))
        .bind(QStringLiteral(":currency"), line.amount.currency())
        .bind(QStringLiteral(":reporting"), reportingValue(line))
        .bindText(QStringLiteral(":vendor"), line.vendor)
        .bindText(QStringLiteral(":description"), line.description)
        .bind(QStringLiteral(":quantity"),
              line.quantity ? QVariant(*line.quantity) : QVariant(QMetaType::fromType<double>()))
        .bindText(QStringLiteral(":unit"), line.unit)
        .bind(QStringLiteral(":source"), line.source.isEmpty() ? QStringLiteral("manual") : line.source)
        .bind(QStringLiteral(":batch"),
              line.importBatchId ? QVariant(qlonglong(*line.importBatchId)) : sql::nullInt64())
        .bindText(QStringLiteral(":external_ref"), line.externalRef, true)
        .bind(QStringLiteral(":service_start"), sql::dateValue(line.serviceStart))
        .bind(QStringLiteral(":service_end"), sql::dateValue(line.serviceEnd))
        .bind(QStringLiteral(":price"), line.priceId ? QVariant(qlonglong(*line.priceId)) : sql::nullInt64())
        .bindText(QStringLiteral(":model"), line.model)
        .bind(QStringLiteral(":requests"),
              line.requests ? QVariant(qlonglong(*line.requests)) : sql::nullInt64())
        .bind(QStringLiteral(":now"), now);
}

const QString insertSql = QStringLiteral(
    "INSERT INTO cost_lines (project_id, category_id, incurred_on, week_start, amount_minor, currency,"
    " reporting_minor, vendor, description, quantity, unit, source, import_batch_id, external_ref,"
    " service_start, service_end, price_id, model, requests, created_at, updated_at) VALUES (:project,"
    " :category, :incurred_on, :week_start, :amount, :currency, :reporting, :vendor, :description,"
    " :quantity, :unit, :source, :batch, :external_ref, :service_start, :service_end, :price, :model,"
    " :requests, :now, :now)");

void validateAgainst(const CostLine &line, const QSet<ProjectId> &projectIds)
{
    validation::requireCategoryId(QStringLiteral("category"), static_cast<int>(line.category));
    if (!projectIds.contains(line.projectId))
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound,
                              { QString::number(line.projectId) });
    validation::requireDate(QStringLiteral("date"), line.incurredOn);
    validation::requireServicePeriod(QStringLiteral("service period"), line.serviceStart, line.serviceEnd);
    if (line.importBatchId)
        validation::requireImportedAmount(QStringLiteral("amount"), line.amount);
    else
        validation::requireCostAmount(QStringLiteral("amount"), line.amount);
    validation::requireLength(QStringLiteral("vendor"), line.vendor, CostLine::MaxVendorLength);
    validation::requireLength(QStringLiteral("description"), line.description,
                              CostLine::MaxDescriptionLength);
    validation::requireLength(QStringLiteral("unit"), line.unit, CostLine::MaxUnitLength);
    validation::requireLength(QStringLiteral("external reference"), line.externalRef,
                              CostLine::MaxExternalRefLength);
    validation::requireLength(QStringLiteral("model"), line.model, CostLine::MaxModelLength);
    if (line.requests && *line.requests < 0)
        throw ValidationError(QStringLiteral("requests"), ErrorCode::QuantityNegative);
    if (line.requests && *line.requests > pricing::MaxQuantity)
        throw ValidationError(QStringLiteral("requests"), ErrorCode::QuantityTooLarge,
                              { QString::number(*line.requests), QString::number(pricing::MaxQuantity) });
    if (line.quantity && !(*line.quantity >= 0 && *line.quantity < 1e18))
        throw ValidationError(QStringLiteral("quantity"), ErrorCode::QuantityNegative);
}

QString describeForAudit(const CostLine &line)
{
    // Amounts are business data, not log data: the audit table (inside the database) may hold
    // them, the log file does not.
    QString text = QStringLiteral("project %1, %2, %3, %4 %5, vendor \"%6\"")
                       .arg(line.projectId)
                       .arg(CostCategories::key(line.category), line.incurredOn.toString(Qt::ISODate),
                            line.amount.toPlainString(), line.amount.currency(), line.vendor);
    if (line.hasServicePeriod())
        text += QStringLiteral(", service %1 to %2 (exclusive)")
                    .arg(line.serviceStart.toString(Qt::ISODate), line.serviceEnd.toString(Qt::ISODate));
    return text;
}

} // namespace

CostLineRepository::CostLineRepository(Database &database)
    : m_database(database)
{ }

void CostLineRepository::validate(const CostLine &line) const
{
    validation::requireCategoryId(QStringLiteral("category"), static_cast<int>(line.category));
    if (!ProjectRepository(m_database).exists(line.projectId))
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound,
                              { QString::number(line.projectId) });
    validateAgainst(line, { line.projectId });
}

CostLineId CostLineRepository::add(const CostLine &line)
{
    Transaction transaction(m_database);
    const WriteContext context = WriteContext::load(m_database);
    validateAgainst(line, context.projectIds);
    const CostLine stored = context.prepared(line);
    CostLineSearchIndex::NewLines searchIndex(m_database);
    SqlStatement insert(m_database, insertSql + QStringLiteral(" RETURNING id"));
    bindLine(insert, stored, sql::nowUtc());
    const CostLineId id = insert.scalar().toLongLong();
    RollupDelta delta;
    delta.add(stored, +1);
    delta.apply(m_database);
    searchIndex.finish();
    transaction.commit();
    spdlog::info("cost line {} added to project {}", id, line.projectId);
    return id;
}

CostLineRepository::BatchResult CostLineRepository::addAll(const QList<CostLine> &lines,
                                                           const std::function<void(qint64)> &progress)
{
    Transaction transaction(m_database);
    const WriteContext context = WriteContext::load(m_database);
    SqlStatement insert(m_database, insertSql + QStringLiteral(" ON CONFLICT DO NOTHING"));
    CostLineSearchIndex::NewLines searchIndex(m_database);
    RollupDelta delta;
    BatchResult result;
    qint64 written = 0;
    const QString now = sql::nowUtc();
    for (const CostLine &line : lines) {
        validateAgainst(line, context.projectIds);
        const CostLine stored = context.prepared(line);
        bindLine(insert, stored, now);
        insert.exec();
        if (insert.numRowsAffected() == 1) {
            delta.add(stored, +1);
            ++result.inserted;
        } else {
            ++result.duplicates;
        }
        if (progress && (++written % 10'000) == 0)
            progress(written);
    }
    delta.apply(m_database);
    searchIndex.finish();
    transaction.commit();
    spdlog::info("{} cost lines added in one batch ({} duplicates skipped)", result.inserted,
                 result.duplicates);
    return result;
}

qint64 CostLineRepository::removeBatchLines(std::int64_t batchId)
{
    return removeWhere(QStringLiteral("import_batch_id = :batch"), [batchId](SqlStatement &statement) {
        statement.bind(QStringLiteral(":batch"), qlonglong(batchId));
    });
}

qint64 CostLineRepository::removeGenerated(const QString &source, const DayRange &dated)
{
    if (!dated.isValid())
        return 0;
    return removeWhere(QStringLiteral("source = :source AND incurred_on >= :first AND incurred_on <= :last"),
                       [&](SqlStatement &statement) {
                           statement.bind(QStringLiteral(":source"), source)
                               .bind(QStringLiteral(":first"), sql::dateValue(dated.first))
                               .bind(QStringLiteral(":last"), sql::dateValue(dated.last));
                       });
}

qint64 CostLineRepository::removeGenerated(const QString &source, const QString &externalRef)
{
    return removeWhere(
        QStringLiteral("source = :source AND external_ref = :ref"), [&](SqlStatement &statement) {
            statement.bind(QStringLiteral(":source"), source).bind(QStringLiteral(":ref"), externalRef);
        });
}

qint64 CostLineRepository::removeWhere(const QString &where, const std::function<void(SqlStatement &)> &bind)
{
    Transaction transaction(m_database);
    SqlStatement query(m_database, selectColumns + QStringLiteral(" WHERE ") + where);
    bind(query);
    query.exec();
    RollupDelta delta;
    qint64 removed = 0;
    while (query.next()) {
        delta.add(readLine(query), -1);
        ++removed;
    }
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM cost_lines WHERE ") + where);
    bind(remove);
    remove.exec();
    delta.apply(m_database);
    transaction.commit();
    return removed;
}

void CostLineRepository::update(const CostLine &line)
{
    Transaction transaction(m_database);
    const std::optional<CostLine> before = find(line.id);
    if (!before)
        throw ValidationError(QStringLiteral("cost line"), ErrorCode::CostLineNotFound,
                              { QString::number(line.id) });
    const WriteContext context = WriteContext::load(m_database);
    validateAgainst(line, context.projectIds);
    const CostLine stored = context.prepared(line);
    SqlStatement update(
        m_database,
        QStringLiteral("UPDATE cost_lines SET project_id = :project, category_id = :category,"
                       " incurred_on = :incurred_on, week_start = :week_start, amount_minor = :amount,"
                       " currency = :currency, reporting_minor = :reporting, vendor = :vendor,"
                       " description = :description, quantity = :quantity, unit = :unit,"
                       " source = :source, import_batch_id = :batch, external_ref = :external_ref,"
                       " service_start = :service_start, service_end = :service_end,"
                       " price_id = :price, model = :model, requests = :requests, updated_at = :now"
                       " WHERE id = :id"));
    bindLine(update, stored, sql::nowUtc());
    update.bind(QStringLiteral(":id"), qlonglong(line.id)).exec();
    RollupDelta delta;
    delta.add(*before, -1);
    delta.add(stored, +1);
    delta.apply(m_database);
    AuditLog(m_database)
        .record(QStringLiteral("update"), QStringLiteral("cost_line"), QString::number(line.id),
                describeForAudit(*before) + QStringLiteral(" → ") + describeForAudit(stored));
    transaction.commit();
    spdlog::info("cost line {} updated", line.id);
}

void CostLineRepository::remove(CostLineId id)
{
    removeMany({ id });
}

void CostLineRepository::removeMany(const QList<CostLineId> &ids)
{
    if (ids.isEmpty())
        return;
    Transaction transaction(m_database);
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM cost_lines WHERE id = :id"));
    AuditLog audit(m_database);
    RollupDelta delta;
    for (const CostLineId id : ids) {
        const std::optional<CostLine> line = find(id);
        if (!line)
            throw ValidationError(QStringLiteral("cost line"), ErrorCode::CostLineNotFound,
                                  { QString::number(id) });
        remove.bind(QStringLiteral(":id"), qlonglong(id)).exec();
        delta.add(*line, -1);
        audit.record(QStringLiteral("delete"), QStringLiteral("cost_line"), QString::number(id),
                     describeForAudit(*line));
    }
    delta.apply(m_database);
    transaction.commit();
    spdlog::info("{} cost line(s) deleted", ids.size());
}

std::optional<CostLine> CostLineRepository::find(CostLineId id) const
{
    SqlStatement query(m_database, selectColumns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    if (!query.next())
        return std::nullopt;
    CostLine line = readLine(query);
    if (line.reportingAmount)
        line.reportingAmount
            = Money(line.reportingAmount->minorUnits(), DatabaseSettings(m_database).reportingCurrency());
    return line;
}

qint64 CostLineRepository::count() const
{
    SqlStatement query(m_database, QStringLiteral("SELECT COUNT(*) FROM cost_lines"));
    return query.scalar().toLongLong();
}

void CostLineRepository::reconvertAll()
{
    Transaction transaction(m_database);
    const WriteContext context = WriteContext::load(m_database);
    const QString reportingCurrency = context.converter.quoteCurrency();
    // Lines already in the reporting currency need no rate: one statement does them all.
    SqlStatement same(
        m_database,
        QStringLiteral("UPDATE cost_lines SET reporting_minor = amount_minor WHERE currency = :currency"));
    same.bind(QStringLiteral(":currency"), reportingCurrency).exec();

    SqlStatement foreign(m_database,
                         QStringLiteral("SELECT id, amount_minor, currency, incurred_on FROM cost_lines"
                                        " WHERE currency <> :currency"));
    foreign.bind(QStringLiteral(":currency"), reportingCurrency).exec();
    SqlStatement update(m_database,
                        QStringLiteral("UPDATE cost_lines SET reporting_minor = :reporting WHERE id = :id"));
    while (foreign.next()) {
        const std::optional<Money> converted = context.converter.convert(
            Money(foreign.int64(1), foreign.text(2)), sql::toDate(foreign.value(3)));
        if (converted)
            validation::requireWithinInputLimit(QStringLiteral("amount"), *converted);
        update
            .bind(QStringLiteral(":reporting"),
                  converted ? QVariant(qlonglong(converted->minorUnits())) : sql::nullInt64())
            .bind(QStringLiteral(":id"), qlonglong(foreign.int64(0)))
            .exec();
    }
    rebuildRollups();
    transaction.commit();
    spdlog::info("all cost lines re-converted into {}", reportingCurrency.toStdString());
}

void CostLineRepository::rebuildRollups()
{
    Transaction transaction(m_database);
    execSql(m_database, QStringLiteral("DELETE FROM daily_rollups"));
    writeRollupsFromLines(rollupTable);
    transaction.commit();
    spdlog::info("daily roll-ups rebuilt");
}

void CostLineRepository::writeRollupsFromLines(const QString &table) const
{
    // Lines that pay for their own date sit on one day on both bases: SQL sums those at once.
    execSql(
        m_database,
        QStringLiteral("INSERT INTO %1 (basis, day, project_id, category_id, vendor, reporting_minor,"
                       " recurring_minor, line_count, unconverted_count)"
                       " SELECT b.basis, c.incurred_on, c.project_id, c.category_id, c.vendor,"
                       " COALESCE(SUM(c.reporting_minor), 0), 0, COUNT(*),"
                       " SUM(CASE WHEN c.reporting_minor IS NULL THEN 1 ELSE 0 END)"
                       " FROM cost_lines c CROSS JOIN (SELECT 'accrual' AS basis UNION ALL SELECT 'cash') b"
                       " WHERE c.service_start IS NULL"
                       " GROUP BY b.basis, c.incurred_on, c.project_id, c.category_id, c.vendor")
            .arg(table));
    // Lines with a service period are spread by the one rule that spreads them on every write.
    SqlStatement spread(m_database, selectColumns + QStringLiteral(" WHERE service_start IS NOT NULL"));
    spread.exec();
    const QString currency = DatabaseSettings(m_database).reportingCurrency();
    RollupDelta delta;
    while (spread.next()) {
        CostLine line = readLine(spread);
        if (line.reportingAmount)
            line.reportingAmount = Money(line.reportingAmount->minorUnits(), currency);
        delta.add(line, +1);
    }
    delta.apply(m_database, table);
}

} // namespace costboard
