// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing/savedestimates.h"

#include <map>

#include <spdlog/spdlog.h>

#include "analytics/ledger.h"
#include "domain/fiscalcalendar.h"
#include "errors.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"
#include "storage/validation.h"

namespace costboard::pricing {
namespace {

const QString selectEstimates = QStringLiteral("SELECT id, project_id, name, version, first_month, currency, "
                                               "assumptions, saved_at, actor FROM estimates");

SavedEstimate readEstimate(const SqlStatement &query)
{
    SavedEstimate estimate;
    estimate.id = query.int64(0);
    estimate.projectId = query.int64(1);
    estimate.name = query.text(2);
    estimate.version = int(query.int64(3));
    estimate.firstMonth = sql::toDate(query.value(4));
    estimate.currency = query.text(5);
    estimate.assumptions = query.text(6);
    estimate.savedAt = QDateTime::fromString(query.text(7), Qt::ISODate);
    estimate.actor = query.text(8);
    return estimate;
}

} // namespace

std::optional<double> EstimateAgainstActual::gapRatio() const
{
    if (estimatedToDate == 0)
        return std::nullopt;
    // A ratio, not money.
    return static_cast<double>(actualToDate - estimatedToDate) / static_cast<double>(estimatedToDate);
}

SavedEstimateRepository::SavedEstimateRepository(Database &database)
    : m_database(database)
{ }

SavedEstimate SavedEstimateRepository::save(ProjectId project, const QString &name, const QDate &firstMonth,
                                            const OwnershipEstimate &estimate, const QString &assumptions)
{
    Transaction transaction(m_database);
    if (!ProjectRepository(m_database).exists(project))
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound,
                              { QString::number(project) });
    const QString trimmed
        = validation::requireText(QStringLiteral("name"), name, SavedEstimate::MaxNameLength);
    validation::requireLength(QStringLiteral("assumptions"), assumptions,
                              SavedEstimate::MaxAssumptionsLength);
    validation::requireDate(QStringLiteral("first month"), firstMonth);
    const QString currency = DatabaseSettings(m_database).reportingCurrency();
    if (estimate.currency != currency)
        throw ValidationError(QStringLiteral("currency"), ErrorCode::CurrencyMismatchAdd,
                              { estimate.currency, currency });

    SqlStatement latest(m_database,
                        QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM estimates"
                                       " WHERE project_id = :project AND name = :name"));
    latest.bind(QStringLiteral(":project"), qlonglong(project)).bind(QStringLiteral(":name"), trimmed);
    SavedEstimate saved;
    saved.projectId = project;
    saved.name = trimmed;
    saved.version = int(latest.scalar().toLongLong()) + 1;
    saved.firstMonth = FiscalCalendar::month(firstMonth).first;
    saved.currency = currency;
    saved.assumptions = assumptions;
    saved.actor = AuditLog::actor();
    const QString now = sql::nowUtc();
    saved.savedAt = QDateTime::fromString(now, Qt::ISODate);

    SqlStatement insert(
        m_database,
        QStringLiteral("INSERT INTO estimates (project_id, name, version, first_month, currency,"
                       " assumptions, saved_at, actor) VALUES (:project, :name, :version, :first,"
                       " :currency, :assumptions, :now, :actor) RETURNING id"));
    insert.bind(QStringLiteral(":project"), qlonglong(project))
        .bind(QStringLiteral(":name"), trimmed)
        .bind(QStringLiteral(":version"), saved.version)
        .bind(QStringLiteral(":first"), sql::dateValue(saved.firstMonth))
        .bind(QStringLiteral(":currency"), currency)
        .bindText(QStringLiteral(":assumptions"), assumptions)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":actor"), saved.actor);
    saved.id = insert.scalar().toLongLong();

    // By cost category: two components of one category would add up.
    SqlStatement month(m_database,
                       QStringLiteral("INSERT INTO estimate_months (estimate_id, month_start, category_id,"
                                      " amount_minor) VALUES (:id, :month, :category, :amount)"));
    const QList<OwnershipComponent> components = ownershipComponents();
    Money total = Money::zero(currency);
    for (const OwnershipMonth &entry : estimate.months) {
        std::map<int, Money> byCategory;
        for (int index = 0; index < components.size(); ++index) {
            const int category = static_cast<int>(categoryOf(components.at(index)));
            const auto found = byCategory.find(category);
            if (found == byCategory.end())
                byCategory.emplace(category, entry.byComponent.at(index));
            else
                found->second += entry.byComponent.at(index);
        }
        const QDate monthStart = saved.firstMonth.addMonths(entry.month - 1);
        for (const auto &[category, amount] : byCategory) {
            if (amount.isZero())
                continue;
            month.bind(QStringLiteral(":id"), qlonglong(saved.id))
                .bind(QStringLiteral(":month"), sql::dateValue(monthStart))
                .bind(QStringLiteral(":category"), category)
                .bind(QStringLiteral(":amount"), qlonglong(amount.minorUnits()))
                .exec();
            saved.months << SavedEstimateMonth { monthStart, static_cast<CostCategory>(category), amount };
            total += amount;
        }
    }
    AuditLog(m_database)
        .record(QStringLiteral("create"), QStringLiteral("estimate"), QString::number(saved.id),
                QStringLiteral("project %1, \"%2\" version %3 from %4: %5 %6 over %7 months")
                    .arg(project)
                    .arg(trimmed)
                    .arg(saved.version)
                    .arg(saved.firstMonth.toString(Qt::ISODate), total.toPlainString(), currency)
                    .arg(estimate.months.size()));
    transaction.commit();
    spdlog::info("estimate {} saved for project {} (version {})", saved.id, project, saved.version);
    return saved;
}

void SavedEstimateRepository::remove(std::int64_t id)
{
    Transaction transaction(m_database);
    SqlStatement find(m_database, selectEstimates + QStringLiteral(" WHERE id = :id"));
    find.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    if (!find.next())
        throw ValidationError(QStringLiteral("estimate"), ErrorCode::EstimateNotFound,
                              { QString::number(id) });
    const SavedEstimate estimate = readEstimate(find);
    for (const QString &statement : { QStringLiteral("DELETE FROM estimate_months WHERE estimate_id = :id"),
                                      QStringLiteral("DELETE FROM estimates WHERE id = :id") }) {
        SqlStatement remove(m_database, statement);
        remove.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    }
    AuditLog(m_database)
        .record(QStringLiteral("delete"), QStringLiteral("estimate"), QString::number(id),
                QStringLiteral("project %1, \"%2\" version %3")
                    .arg(estimate.projectId)
                    .arg(estimate.name)
                    .arg(estimate.version));
    transaction.commit();
}

QList<SavedEstimate> SavedEstimateRepository::list(std::optional<ProjectId> project) const
{
    SqlStatement query(m_database,
                       selectEstimates
                           + (project ? QStringLiteral(" WHERE project_id = :project") : QString())
                           + QStringLiteral(" ORDER BY saved_at DESC, id DESC"));
    if (project)
        query.bind(QStringLiteral(":project"), qlonglong(*project));
    query.exec();
    QList<SavedEstimate> estimates;
    while (query.next())
        estimates << readEstimate(query);
    for (SavedEstimate &estimate : estimates) {
        SqlStatement months(m_database,
                            QStringLiteral("SELECT month_start, category_id, amount_minor FROM"
                                           " estimate_months WHERE estimate_id = :id"
                                           " ORDER BY month_start, category_id"));
        months.bind(QStringLiteral(":id"), qlonglong(estimate.id)).exec();
        while (months.next())
            estimate.months << SavedEstimateMonth { sql::toDate(months.value(0)),
                                                    static_cast<CostCategory>(months.int64(1)),
                                                    Money(months.int64(2), estimate.currency) };
    }
    return estimates;
}

QList<SavedEstimate> SavedEstimateRepository::latestPerProject() const
{
    QList<SavedEstimate> latest;
    for (const SavedEstimate &estimate : list()) {
        if (std::none_of(latest.cbegin(), latest.cend(),
                         [&](const SavedEstimate &kept) { return kept.projectId == estimate.projectId; }))
            latest << estimate; // newest first: the first seen is the latest
    }
    return latest;
}

EstimateAgainstActual SavedEstimateRepository::againstActual(const SavedEstimate &estimate,
                                                             const QDate &asOf) const
{
    EstimateAgainstActual comparison;
    comparison.estimate = estimate;
    if (!asOf.isValid() || asOf < estimate.firstMonth)
        return comparison;
    QList<CostCategory> categories;
    std::map<qint64, std::int64_t> estimated; // by month start (Julian day)
    for (const SavedEstimateMonth &month : estimate.months) {
        if (!categories.contains(month.category))
            categories << month.category;
        if (month.monthStart <= asOf)
            Money::accumulate(estimated[month.monthStart.toJulianDay()], month.amount.minorUnits());
    }
    const DayRange lastMonthDays = FiscalCalendar::month(asOf);
    const QDate lastMonth = lastMonthDays.first;
    const DayRange days { estimate.firstMonth, lastMonthDays.last };
    const LedgerWindow ledger
        = LedgerWindow::read(m_database, CostBasis::Accrual, days, { estimate.projectId }, categories);
    for (QDate month = estimate.firstMonth; month <= lastMonth;
         month = FiscalCalendar::month(month).endExclusive()) {
        EstimateAgainstActual::Month entry;
        entry.monthStart = month;
        const DayRange monthDays = FiscalCalendar::month(month);
        // The current month to the day compared on, against its whole estimate.
        entry.complete = monthDays.last < asOf;
        entry.actualMinor = ledger.total(DayRange { month, std::min(monthDays.last, asOf) });
        const auto found = estimated.find(month.toJulianDay());
        entry.estimatedMinor = found == estimated.end() ? 0 : found->second;
        Money::accumulate(comparison.estimatedToDate, entry.estimatedMinor);
        Money::accumulate(comparison.actualToDate, entry.actualMinor);
        comparison.months << entry;
    }
    return comparison;
}

} // namespace costboard::pricing
