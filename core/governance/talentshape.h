// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>

#include <QDate>
#include <QList>
#include <QString>

#include "governance/talent.h"

namespace costboard {

class Database;

constexpr int TalentLevelCount = 5;

// Heads per level, junior first (the order of allTalentLevels()).
using LevelCounts = std::array<int, TalentLevelCount>;

int indexOf(TalentLevel level);

// The roster's heads by level on one month: internal staff and external consultants apart,
// since the committee reads them apart, and together, which is what the shape is read on.
struct Headcount
{
    QDate month; // first day of the month counted
    LevelCounts internal {};
    LevelCounts external {};

    LevelCounts total() const;
    int heads() const;
};

// Counts the members active in the month holding `day` (TeamMember::isActiveIn()).
Headcount headcountOf(const QList<TeamMember> &members, const QDate &day);

// The shape of a distribution of heads by level, read from junior up:
// - Pyramid: each level has no more heads than the one below it, and the top has fewer than the
//   base (so junior is the largest level);
// - Diamond: the heads rise to a largest level (or a run of equal largest levels) among
//   confirmed, senior and expert, then fall, with both junior and strategic below it;
// - Mixed: anything else (a flat column, an hourglass, a top-heavy team);
// - Empty: nobody to count.
enum class TalentShape
{
    Empty,
    Pyramid,
    Diamond,
    Mixed
};

QString toKey(TalentShape shape);
TalentShape classifyShape(const LevelCounts &counts);

// The committee's target share of each level, in whole percent, junior first; they add up to 100.
using LevelTargets = std::array<int, TalentLevelCount>;

// How far `counts` is from `targets`: half the sum over the levels of the absolute difference
// between the level's share of the heads and its target, in basis points (100 = one percentage
// point), rounded half up. 0 is the target exactly; 10000 shares no level with it. An empty
// distribution is 10000 from any target.
int distanceFromTarget(const LevelCounts &counts, const LevelTargets &targets);

// The committee's target shape, stored.
class TalentTargetRepository final
{
public:
    // Fewer juniors, more confirmed, senior and expert people: what the schema ships with.
    static LevelTargets defaultTargets();

    explicit TalentTargetRepository(Database &database);

    LevelTargets targets() const;
    // One transaction, one audit entry; returns the targets before, for undo. Throws
    // ValidationError naming the level for a share outside 0..100, ("targets") when they do not
    // add up to 100; then nothing changes.
    LevelTargets setTargets(const LevelTargets &targets);

private:
    Database &m_database;
};

} // namespace costboard
