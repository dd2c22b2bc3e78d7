// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/benchmarkvolumes.h"

#include <spdlog/spdlog.h>

#include "errors.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"

namespace costboard {
namespace {

QString volumeText(const std::optional<std::int64_t> &volume)
{
    return volume ? QString::number(*volume) : QStringLiteral("none");
}

} // namespace

BenchmarkVolumeRepository::BenchmarkVolumeRepository(Database &database)
    : m_database(database)
{ }

QMap<IsoWeek, std::int64_t> BenchmarkVolumeRepository::volumes(ProjectId project,
                                                               const WeekRange &weeks) const
{
    QMap<IsoWeek, std::int64_t> result;
    if (!weeks.isValid())
        return result;
    SqlStatement query(
        m_database,
        QStringLiteral("SELECT week_start, volume FROM benchmark_volumes WHERE project_id = :project"
                       " AND week_start >= :first AND week_start <= :last"));
    query.bind(QStringLiteral(":project"), qlonglong(project))
        .bind(QStringLiteral(":first"), sql::dateValue(weeks.first.monday()))
        .bind(QStringLiteral(":last"), sql::dateValue(weeks.last.monday()))
        .exec();
    while (query.next())
        result.insert(IsoWeek::fromDate(sql::toDate(query.value(0))), query.int64(1));
    return result;
}

QList<WeekVolume> BenchmarkVolumeRepository::setVolumes(ProjectId project, const QList<WeekVolume> &weeks)
{
    Transaction transaction(m_database);
    if (!ProjectRepository(m_database).exists(project))
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound,
                              { QString::number(project) });
    for (const WeekVolume &entry : weeks) {
        if (!entry.week.isValid())
            throw ValidationError(QStringLiteral("week"), ErrorCode::DateInvalid);
        if (entry.volume && (*entry.volume < 0 || *entry.volume > MaxVolume))
            throw ValidationError(entry.week.toString(), ErrorCode::ValueOutOfRange,
                                  { QString::number(0), QString::number(MaxVolume) });
    }

    QList<WeekVolume> before;
    QStringList oldValues;
    QStringList newValues;
    SqlStatement remove(m_database,
                        QStringLiteral("DELETE FROM benchmark_volumes WHERE project_id = :project"
                                       " AND week_start = :week"));
    SqlStatement insert(m_database,
                        QStringLiteral("INSERT INTO benchmark_volumes (project_id, week_start, volume)"
                                       " VALUES (:project, :week, :volume)"));
    for (const WeekVolume &entry : weeks) {
        const QMap<IsoWeek, std::int64_t> held = volumes(project, WeekRange { entry.week, entry.week });
        const std::optional<std::int64_t> old
            = held.isEmpty() ? std::nullopt : std::optional<std::int64_t>(held.first());
        before << WeekVolume { entry.week, old };
        if (old == entry.volume)
            continue;
        remove.bind(QStringLiteral(":project"), qlonglong(project))
            .bind(QStringLiteral(":week"), sql::dateValue(entry.week.monday()))
            .exec();
        if (entry.volume) {
            insert.bind(QStringLiteral(":project"), qlonglong(project))
                .bind(QStringLiteral(":week"), sql::dateValue(entry.week.monday()))
                .bind(QStringLiteral(":volume"), qlonglong(*entry.volume))
                .exec();
        }
        oldValues << entry.week.toString() + u' ' + volumeText(old);
        newValues << entry.week.toString() + u' ' + volumeText(entry.volume);
    }
    // One entry for the weeks entered together, each week on both sides.
    if (!oldValues.isEmpty())
        AuditLog(m_database)
            .recordChange(QStringLiteral("update"), QStringLiteral("benchmark_volume"),
                          QString::number(project), oldValues.join(QStringLiteral(", ")),
                          newValues.join(QStringLiteral(", ")));
    transaction.commit();
    spdlog::info("benchmark volumes of project {} entered for {} week(s)", project, weeks.size());
    return before;
}

} // namespace costboard
