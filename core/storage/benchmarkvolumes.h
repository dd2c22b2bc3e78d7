// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QList>
#include <QMap>

#include "domain/entities.h"

namespace costboard {

class Database;

// A project's volume of its benchmark unit in one ISO week ("1 240 tickets"). Empty: not entered.
struct WeekVolume
{
    IsoWeek week;
    std::optional<std::int64_t> volume;
    bool operator==(const WeekVolume &) const = default;
};

// The weekly volumes projects count their work in, entered by people: the denominator of a
// project's cost per unit (analytics/unitcosts.h).
class BenchmarkVolumeRepository final
{
public:
    // The largest volume a week may hold: a billion documents or users is already beyond any
    // company's week.
    static constexpr std::int64_t MaxVolume = 1'000'000'000'000;

    explicit BenchmarkVolumeRepository(Database &database);

    // The volumes entered for `project` in `weeks`, by week.
    QMap<IsoWeek, std::int64_t> volumes(ProjectId project, const WeekRange &weeks) const;
    // Enters (or, with an empty volume, clears) each week's volume of `project`, in one
    // transaction with one audit entry per week changed. Returns what the weeks held before, in
    // the same order, for undo. Throws ValidationError naming the week for a volume out of range
    // or an invalid week, ValidationError ("project") for an unknown project; then nothing changes.
    QList<WeekVolume> setVolumes(ProjectId project, const QList<WeekVolume> &weeks);

private:
    Database &m_database;
};

} // namespace costboard
