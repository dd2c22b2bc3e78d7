// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/followup.h"

#include <spdlog/spdlog.h>

#include "domain/fiscalcalendar.h"
#include "domain/isoweek.h"
#include "domain/keytable.h"
#include "errors.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"
#include "storage/validation.h"

namespace costboard {
namespace {

constexpr KeyTable<MilestoneKind, 4> milestoneKeys { {
    { MilestoneKind::Pilot, "pilot" },
    { MilestoneKind::GoNoGo, "go_no_go" },
    { MilestoneKind::Production, "production" },
    { MilestoneKind::Review, "review" },
} };

constexpr KeyTable<KpiDirection, 2> directionKeys { {
    { KpiDirection::AtLeast, "at_least" },
    { KpiDirection::AtMost, "at_most" },
} };

constexpr KeyTable<KpiCadence, 2> cadenceKeys { {
    { KpiCadence::Week, "week" },
    { KpiCadence::Month, "month" },
} };

const QString selectMilestones
    = QStringLiteral("SELECT id, project_id, kind, due_on, done_on, note FROM milestones");
const QString selectKpis
    = QStringLiteral("SELECT id, project_id, name, unit, direction, cadence, target FROM kpis");

Milestone readMilestone(const SqlStatement &query)
{
    Milestone milestone;
    milestone.id = query.int64(0);
    milestone.projectId = query.int64(1);
    milestone.kind = milestoneKindFromKey(query.text(2)).value_or(MilestoneKind::Review);
    milestone.dueOn = sql::toDate(query.value(3));
    milestone.doneOn = sql::toDate(query.value(4));
    milestone.note = query.text(5);
    return milestone;
}

Kpi readKpi(const SqlStatement &query)
{
    Kpi kpi;
    kpi.id = query.int64(0);
    kpi.projectId = query.int64(1);
    kpi.name = query.text(2);
    kpi.unit = query.text(3);
    kpi.direction = kpiDirectionFromKey(query.text(4)).value_or(KpiDirection::AtLeast);
    kpi.cadence = kpiCadenceFromKey(query.text(5)).value_or(KpiCadence::Month);
    kpi.target = query.int64(6);
    return kpi;
}

KpiValue readValue(const SqlStatement &query)
{
    KpiValue value;
    value.kpiId = query.int64(0);
    value.periodStart = sql::toDate(query.value(1));
    value.actual = query.int64(2);
    if (!query.value(3).isNull())
        value.target = query.int64(3);
    return value;
}

void requireKpiMillis(const QString &field, KpiMillis value)
{
    if (value < -Kpi::MaxMillis || value > Kpi::MaxMillis)
        throw ValidationError(
            field, ErrorCode::ValueOutOfRange,
            { QString::number(-Kpi::MaxMillis / 1000), QString::number(Kpi::MaxMillis / 1000) });
}

void requireProject(Database &database, ProjectId project)
{
    if (!ProjectRepository(database).exists(project))
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound,
                              { QString::number(project) });
}

QString describe(const Milestone &milestone)
{
    return QStringLiteral("%1 due %2%3")
        .arg(toKey(milestone.kind), milestone.dueOn.toString(Qt::ISODate),
             milestone.doneOn.isValid() ? QStringLiteral(", done ") + milestone.doneOn.toString(Qt::ISODate)
                                        : QString());
}

QString describe(const Kpi &kpi)
{
    return QStringLiteral("%1 (%2, %3 per %4, target %5)")
        .arg(kpi.name, kpi.unit, toKey(kpi.direction), toKey(kpi.cadence))
        .arg(kpi.target);
}

} // namespace

QString toKey(MilestoneKind kind)
{
    return milestoneKeys.keyOf(kind);
}

std::optional<MilestoneKind> milestoneKindFromKey(QStringView key)
{
    return milestoneKeys.valueOf(key);
}

QList<MilestoneKind> allMilestoneKinds()
{
    return milestoneKeys.values();
}

QString toKey(KpiDirection direction)
{
    return directionKeys.keyOf(direction);
}

std::optional<KpiDirection> kpiDirectionFromKey(QStringView key)
{
    return directionKeys.valueOf(key);
}

QString toKey(KpiCadence cadence)
{
    return cadenceKeys.keyOf(cadence);
}

std::optional<KpiCadence> kpiCadenceFromKey(QStringView key)
{
    return cadenceKeys.valueOf(key);
}

MilestoneState milestoneState(const Milestone &milestone, const QDate &today)
{
    if (milestone.doneOn.isValid())
        return MilestoneState::Done;
    if (milestone.dueOn < today)
        return MilestoneState::Late;
    if (milestone.dueOn <= IsoWeek::fromDate(today).addWeeks(1).sunday())
        return MilestoneState::Due;
    return MilestoneState::Upcoming;
}

bool isOnTarget(const Kpi &kpi, const KpiValue &value)
{
    const KpiMillis target = value.targetOf(kpi);
    return kpi.direction == KpiDirection::AtLeast ? value.actual >= target : value.actual <= target;
}

QString plainKpiValue(KpiMillis value)
{
    const std::uint64_t magnitude = value < 0 ? 0 - std::uint64_t(value) : std::uint64_t(value);
    QString fraction = QStringLiteral("%1").arg(magnitude % 1000, 3, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return (value < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 1000)
        + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction);
}

std::optional<KpiMillis> parseKpiMillis(QStringView text, const QLocale &locale)
{
    QString plain;
    for (const QChar c : text.trimmed())
        if (!c.isSpace() && c != QChar(0x202f) && c != locale.groupSeparator().front())
            plain += c;
    const QString point = locale.decimalPoint();
    if (point != QLatin1String("."))
        plain.replace(point, QLatin1String("."));
    const bool negative = plain.startsWith(u'-');
    if (negative)
        plain.remove(0, 1);
    const qsizetype dot = plain.indexOf(u'.');
    const QString whole = dot < 0 ? plain : plain.left(dot);
    const QString fraction = dot < 0 ? QString() : plain.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (fraction.size() > 3 || whole.size() > 16)
        return std::nullopt;
    for (const QString &part : { whole, fraction })
        for (const QChar c : part)
            if (!c.isDigit() || c.unicode() > u'9')
                return std::nullopt;
    const KpiMillis units = whole.isEmpty() ? 0 : whole.toLongLong();
    if (units > Kpi::MaxMillis / 1000)
        return std::nullopt;
    KpiMillis value = units * 1000;
    if (!fraction.isEmpty())
        value += fraction.leftJustified(3, u'0').toLongLong();
    if (value > Kpi::MaxMillis)
        return std::nullopt;
    return negative ? -value : value;
}

QDate kpiPeriodStart(KpiCadence cadence, const QDate &day)
{
    return cadence == KpiCadence::Week ? IsoWeek::fromDate(day).monday() : FiscalCalendar::month(day).first;
}

FollowUpRepository::FollowUpRepository(Database &database)
    : m_database(database)
{ }

QList<Milestone> FollowUpRepository::milestones(std::optional<ProjectId> project) const
{
    SqlStatement query(m_database,
                       selectMilestones
                           + (project ? QStringLiteral(" WHERE project_id = :project") : QString())
                           + QStringLiteral(" ORDER BY due_on, id"));
    if (project)
        query.bind(QStringLiteral(":project"), qlonglong(*project));
    query.exec();
    QList<Milestone> milestones;
    while (query.next())
        milestones << readMilestone(query);
    return milestones;
}

std::optional<Milestone> FollowUpRepository::findMilestone(MilestoneId id) const
{
    SqlStatement query(m_database, selectMilestones + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    if (!query.next())
        return std::nullopt;
    return readMilestone(query);
}

void FollowUpRepository::validate(const Milestone &milestone) const
{
    requireProject(m_database, milestone.projectId);
    validation::requireDate(QStringLiteral("due"), milestone.dueOn);
    validation::requireOptionalDate(QStringLiteral("done"), milestone.doneOn);
    validation::requireLength(QStringLiteral("note"), milestone.note, Milestone::MaxNoteLength);
}

MilestoneId FollowUpRepository::saveMilestone(const Milestone &milestone)
{
    Transaction transaction(m_database);
    validate(milestone);
    std::optional<Milestone> before;
    if (milestone.id != 0) {
        before = findMilestone(milestone.id);
        if (!before)
            throw ValidationError(QStringLiteral("milestone"), ErrorCode::MilestoneNotFound,
                                  { QString::number(milestone.id) });
    }
    SqlStatement write(m_database,
                       before
                           ? QStringLiteral("UPDATE milestones SET project_id = :project, kind = :kind,"
                                            " due_on = :due, done_on = :done, note = :note WHERE id = :id"
                                            " RETURNING id")
                           : QStringLiteral("INSERT INTO milestones (project_id, kind, due_on, done_on, note)"
                                            " VALUES (:project, :kind, :due, :done, :note) RETURNING id"));
    write.bind(QStringLiteral(":project"), qlonglong(milestone.projectId))
        .bind(QStringLiteral(":kind"), toKey(milestone.kind))
        .bind(QStringLiteral(":due"), sql::dateValue(milestone.dueOn))
        .bind(QStringLiteral(":done"), sql::dateValue(milestone.doneOn))
        .bind(QStringLiteral(":note"), milestone.note.trimmed());
    if (before)
        write.bind(QStringLiteral(":id"), qlonglong(milestone.id));
    const MilestoneId id = write.scalar().toLongLong();
    AuditLog(m_database)
        .recordChange(before ? QStringLiteral("update") : QStringLiteral("create"),
                      QStringLiteral("milestone"), QString::number(id),
                      before ? describe(*before) : QString(), describe(milestone));
    transaction.commit();
    spdlog::info("milestone {} of project {} saved", id, milestone.projectId);
    return id;
}

void FollowUpRepository::removeMilestone(MilestoneId id)
{
    Transaction transaction(m_database);
    const std::optional<Milestone> before = findMilestone(id);
    if (!before)
        throw ValidationError(QStringLiteral("milestone"), ErrorCode::MilestoneNotFound,
                              { QString::number(id) });
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM milestones WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    AuditLog(m_database)
        .recordChange(QStringLiteral("delete"), QStringLiteral("milestone"), QString::number(id),
                      describe(*before), QString());
    transaction.commit();
    spdlog::info("milestone {} removed", id);
}

QList<Kpi> FollowUpRepository::kpis(std::optional<ProjectId> project) const
{
    SqlStatement query(m_database,
                       selectKpis + (project ? QStringLiteral(" WHERE project_id = :project") : QString())
                           + QStringLiteral(" ORDER BY project_id, id"));
    if (project)
        query.bind(QStringLiteral(":project"), qlonglong(*project));
    query.exec();
    QList<Kpi> kpis;
    while (query.next())
        kpis << readKpi(query);
    return kpis;
}

std::optional<Kpi> FollowUpRepository::findKpi(KpiId id) const
{
    SqlStatement query(m_database, selectKpis + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    if (!query.next())
        return std::nullopt;
    return readKpi(query);
}

void FollowUpRepository::validate(const Kpi &kpi) const
{
    requireProject(m_database, kpi.projectId);
    validation::requireText(QStringLiteral("name"), kpi.name, Kpi::MaxNameLength);
    validation::requireLength(QStringLiteral("unit"), kpi.unit, Kpi::MaxUnitLength);
    requireKpiMillis(QStringLiteral("target"), kpi.target);
}

KpiId FollowUpRepository::saveKpi(const Kpi &kpi)
{
    Transaction transaction(m_database);
    validate(kpi);
    std::optional<Kpi> before;
    if (kpi.id != 0) {
        before = findKpi(kpi.id);
        if (!before)
            throw ValidationError(QStringLiteral("kpi"), ErrorCode::KpiNotFound, { QString::number(kpi.id) });
    }
    SqlStatement write(
        m_database,
        before ? QStringLiteral("UPDATE kpis SET project_id = :project, name = :name, unit = :unit,"
                                " direction = :direction, cadence = :cadence, target = :target"
                                " WHERE id = :id RETURNING id")
               : QStringLiteral("INSERT INTO kpis (project_id, name, unit, direction, cadence, target)"
                                " VALUES (:project, :name, :unit, :direction, :cadence, :target)"
                                " RETURNING id"));
    write.bind(QStringLiteral(":project"), qlonglong(kpi.projectId))
        .bind(QStringLiteral(":name"), kpi.name.trimmed())
        .bind(QStringLiteral(":unit"), kpi.unit.trimmed())
        .bind(QStringLiteral(":direction"), toKey(kpi.direction))
        .bind(QStringLiteral(":cadence"), toKey(kpi.cadence))
        .bind(QStringLiteral(":target"), qlonglong(kpi.target));
    if (before)
        write.bind(QStringLiteral(":id"), qlonglong(kpi.id));
    const KpiId id = write.scalar().toLongLong();
    // Values entered per week do not fall on month starts: a cadence change moves each to the start
    // of its new period, the latest of a period winning.
    if (before && before->cadence != kpi.cadence) {
        const QList<KpiValue> held = values(id);
        SqlStatement clear(m_database, QStringLiteral("DELETE FROM kpi_values WHERE kpi_id = :kpi"));
        clear.bind(QStringLiteral(":kpi"), qlonglong(id)).exec();
        for (KpiValue value : held) {
            value.periodStart = kpiPeriodStart(kpi.cadence, value.periodStart);
            SqlStatement insert(m_database,
                                QStringLiteral("INSERT INTO kpi_values (kpi_id, period_start, actual, target)"
                                               " VALUES (:kpi, :period, :actual, :target)"
                                               " ON CONFLICT (kpi_id, period_start) DO UPDATE SET"
                                               " actual = excluded.actual, target = excluded.target"));
            insert.bind(QStringLiteral(":kpi"), qlonglong(id))
                .bind(QStringLiteral(":period"), sql::dateValue(value.periodStart))
                .bind(QStringLiteral(":actual"), qlonglong(value.actual))
                .bind(QStringLiteral(":target"),
                      value.target ? QVariant(qlonglong(*value.target)) : sql::nullInt64())
                .exec();
        }
    }
    AuditLog(m_database)
        .recordChange(before ? QStringLiteral("update") : QStringLiteral("create"), QStringLiteral("kpi"),
                      QString::number(id), before ? describe(*before) : QString(), describe(kpi));
    transaction.commit();
    spdlog::info("kpi {} of project {} saved", id, kpi.projectId);
    return id;
}

void FollowUpRepository::removeKpi(KpiId id)
{
    Transaction transaction(m_database);
    const std::optional<Kpi> before = findKpi(id);
    if (!before)
        throw ValidationError(QStringLiteral("kpi"), ErrorCode::KpiNotFound, { QString::number(id) });
    SqlStatement values(m_database, QStringLiteral("DELETE FROM kpi_values WHERE kpi_id = :id"));
    values.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM kpis WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    AuditLog(m_database)
        .recordChange(QStringLiteral("delete"), QStringLiteral("kpi"), QString::number(id), describe(*before),
                      QString());
    transaction.commit();
    spdlog::info("kpi {} removed", id);
}

QList<KpiValue> FollowUpRepository::values(KpiId kpi) const
{
    SqlStatement query(m_database,
                       QStringLiteral("SELECT kpi_id, period_start, actual, target FROM kpi_values"
                                      " WHERE kpi_id = :kpi ORDER BY period_start"));
    query.bind(QStringLiteral(":kpi"), qlonglong(kpi)).exec();
    QList<KpiValue> values;
    while (query.next())
        values << readValue(query);
    return values;
}

void FollowUpRepository::setValue(KpiId kpiId, const QDate &period, const std::optional<KpiValue> &value)
{
    Transaction transaction(m_database);
    const std::optional<Kpi> kpi = findKpi(kpiId);
    if (!kpi)
        throw ValidationError(QStringLiteral("kpi"), ErrorCode::KpiNotFound, { QString::number(kpiId) });
    validation::requireDate(QStringLiteral("period"), period);
    const QDate start = kpiPeriodStart(kpi->cadence, period);
    QString before;
    for (const KpiValue &held : values(kpiId))
        if (held.periodStart == start)
            before = QString::number(held.actual);
    if (value) {
        requireKpiMillis(QStringLiteral("actual"), value->actual);
        if (value->target)
            requireKpiMillis(QStringLiteral("target"), *value->target);
        SqlStatement write(m_database,
                           QStringLiteral("INSERT INTO kpi_values (kpi_id, period_start, actual, target)"
                                          " VALUES (:kpi, :period, :actual, :target)"
                                          " ON CONFLICT (kpi_id, period_start) DO UPDATE SET"
                                          " actual = excluded.actual, target = excluded.target"));
        write.bind(QStringLiteral(":kpi"), qlonglong(kpiId))
            .bind(QStringLiteral(":period"), sql::dateValue(start))
            .bind(QStringLiteral(":actual"), qlonglong(value->actual))
            .bind(QStringLiteral(":target"),
                  value->target ? QVariant(qlonglong(*value->target)) : sql::nullInt64())
            .exec();
    } else {
        SqlStatement remove(
            m_database,
            QStringLiteral("DELETE FROM kpi_values WHERE kpi_id = :kpi AND period_start = :period"));
        remove.bind(QStringLiteral(":kpi"), qlonglong(kpiId))
            .bind(QStringLiteral(":period"), sql::dateValue(start))
            .exec();
    }
    AuditLog(m_database)
        .recordChange(QStringLiteral("update"), QStringLiteral("kpi"), QString::number(kpiId),
                      QStringLiteral("%1 %2").arg(start.toString(Qt::ISODate), before),
                      QStringLiteral("%1 %2").arg(start.toString(Qt::ISODate),
                                                  value ? QString::number(value->actual) : QString()));
    transaction.commit();
}

QList<KpiStatus> FollowUpRepository::statuses(const QDate &asOf, std::optional<ProjectId> project) const
{
    QList<KpiStatus> statuses;
    for (const Kpi &kpi : kpis(project)) {
        KpiStatus status { kpi, std::nullopt };
        SqlStatement query(m_database,
                           QStringLiteral("SELECT kpi_id, period_start, actual, target FROM kpi_values"
                                          " WHERE kpi_id = :kpi AND period_start <= :day"
                                          " ORDER BY period_start DESC LIMIT 1"));
        query.bind(QStringLiteral(":kpi"), qlonglong(kpi.id))
            .bind(QStringLiteral(":day"), sql::dateValue(asOf))
            .exec();
        if (query.next())
            status.latest = readValue(query);
        statuses << status;
    }
    return statuses;
}

} // namespace costboard
