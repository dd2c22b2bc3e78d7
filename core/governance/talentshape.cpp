// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/talentshape.h"

#include <algorithm>
#include <numeric>

#include <spdlog/spdlog.h>

#include "domain/keytable.h"
#include "errors.h"
#include "storage/auditlog.h"
#include "storage/database.h"

namespace costboard {
namespace {

constexpr KeyTable<TalentShape, 4> shapeKeys { {
    { TalentShape::Empty, "empty" },
    { TalentShape::Pyramid, "pyramid" },
    { TalentShape::Diamond, "diamond" },
    { TalentShape::Mixed, "mixed" },
} };

int sum(const LevelCounts &counts)
{
    return std::accumulate(counts.cbegin(), counts.cend(), 0);
}

QString targetsText(const LevelTargets &targets)
{
    QStringList parts;
    for (const TalentLevel level : allTalentLevels())
        parts << QStringLiteral("%1 %2").arg(toKey(level)).arg(targets.at(std::size_t(indexOf(level))));
    return parts.join(QStringLiteral(", "));
}

} // namespace

int indexOf(TalentLevel level)
{
    return static_cast<int>(level);
}

LevelCounts Headcount::total() const
{
    LevelCounts counts {};
    for (std::size_t level = 0; level < counts.size(); ++level)
        counts.at(level) = internal.at(level) + external.at(level);
    return counts;
}

int Headcount::heads() const
{
    return sum(total());
}

Headcount headcountOf(const QList<TeamMember> &members, const QDate &day)
{
    Headcount headcount;
    headcount.month = day.isValid() ? FiscalCalendar::month(day).first : QDate();
    for (const TeamMember &member : members) {
        if (!member.isActiveIn(day))
            continue;
        LevelCounts &counts = member.external ? headcount.external : headcount.internal;
        ++counts.at(std::size_t(indexOf(member.level)));
    }
    return headcount;
}

QString toKey(TalentShape shape)
{
    return shapeKeys.keyOf(shape);
}

TalentShape classifyShape(const LevelCounts &counts)
{
    if (sum(counts) == 0)
        return TalentShape::Empty;
    const std::size_t top = counts.size() - 1;
    const bool narrowsUpwards
        = std::is_sorted(counts.cbegin(), counts.cend(), [](int a, int b) { return a > b; });
    if (narrowsUpwards && counts.front() > counts.at(top))
        return TalentShape::Pyramid;
    // Up to the first largest level the heads never fall, after it they never rise again.
    const auto peak = std::max_element(counts.cbegin(), counts.cend());
    const bool rises = std::is_sorted(counts.cbegin(), peak + 1);
    const bool falls = std::is_sorted(peak, counts.cend(), [](int a, int b) { return a > b; });
    if (rises && falls && counts.front() < *peak && counts.at(top) < *peak)
        return TalentShape::Diamond;
    return TalentShape::Mixed;
}

int distanceFromTarget(const LevelCounts &counts, const LevelTargets &targets)
{
    const std::int64_t heads = sum(counts);
    if (heads == 0)
        return 10'000;
    // Each level's share of the heads in basis points is counts × 10000 / heads: the differences
    // are summed over the common denominator heads, so that the one rounding is the last.
    std::int64_t differencesTimesHeads = 0;
    for (std::size_t level = 0; level < counts.size(); ++level) {
        const std::int64_t difference
            = std::int64_t(counts.at(level)) * 10'000 - std::int64_t(targets.at(level)) * 100 * heads;
        differencesTimesHeads += difference < 0 ? -difference : difference;
    }
    const std::int64_t denominator = 2 * heads;
    return int((2 * differencesTimesHeads + denominator) / (2 * denominator));
}

LevelTargets TalentTargetRepository::defaultTargets()
{
    return { 10, 25, 35, 25, 5 };
}

TalentTargetRepository::TalentTargetRepository(Database &database)
    : m_database(database)
{ }

LevelTargets TalentTargetRepository::targets() const
{
    SqlStatement query(m_database, QStringLiteral("SELECT level, percent FROM talent_targets"));
    query.exec();
    LevelTargets targets {};
    while (query.next()) {
        if (const auto level = talentLevelFromKey(query.text(0)))
            targets.at(std::size_t(indexOf(*level))) = int(query.int64(1));
    }
    return targets;
}

LevelTargets TalentTargetRepository::setTargets(const LevelTargets &targets)
{
    Transaction transaction(m_database);
    int total = 0;
    for (const TalentLevel level : allTalentLevels()) {
        const int percent = targets.at(std::size_t(indexOf(level)));
        if (percent < 0 || percent > 100)
            throw ValidationError(toKey(level), ErrorCode::ValueOutOfRange,
                                  { QString::number(0), QString::number(100) });
        total += percent;
    }
    if (total != 100)
        throw ValidationError(QStringLiteral("targets"), ErrorCode::TalentTargetsNotHundred,
                              { QString::number(total) });
    const LevelTargets before = this->targets();
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM talent_targets"));
    remove.exec();
    SqlStatement insert(
        m_database, QStringLiteral("INSERT INTO talent_targets (level, percent) VALUES (:level, :percent)"));
    for (const TalentLevel level : allTalentLevels())
        insert.bind(QStringLiteral(":level"), toKey(level))
            .bind(QStringLiteral(":percent"), targets.at(std::size_t(indexOf(level))))
            .exec();
    AuditLog(m_database)
        .recordChange(QStringLiteral("update"), QStringLiteral("talent_targets"), QString(),
                      targetsText(before), targetsText(targets));
    transaction.commit();
    spdlog::info("talent target shape updated");
    return before;
}

} // namespace costboard
