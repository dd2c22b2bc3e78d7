// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include "domain/entities.h"

namespace costboard {

class Database;

using TrainingPlanId = std::int64_t;

// Training people for a project: what it costs is one StaffTraining cost line of heads × cost
// per head, dated on the day it is held, kept with the plan.
struct TrainingPlan
{
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxHeads = 100'000;

    TrainingPlanId id = 0; // 0 until stored
    QString name; // "Formation prompt engineering – service client": the line's description
    ProjectId projectId = 0;
    QDate heldOn;
    int heads = 1;
    Money costPerHead;
    QString vendor; // the training organisation, if any: the line's vendor

    bool operator==(const TrainingPlan &) const = default;
};

class TrainingPlanRepository final
{
public:
    // The `source` of the cost lines plans write: how a plan finds its line again.
    static QString lineSource();
    // The external reference of the cost line of plan `id`.
    static QString lineReference(TrainingPlanId id);

    explicit TrainingPlanRepository(Database &database);

    // By date, then id.
    QList<TrainingPlan> list() const;
    std::optional<TrainingPlan> find(TrainingPlanId id) const;

    // Each write is one transaction with one audit entry, the plan and its cost line together.
    // Throws ValidationError naming the field for an empty or too long name ("name"), an unknown
    // project ("project"), an invalid date ("date"), heads outside 1..MaxHeads ("heads"), a cost
    // per head not above zero or in an unknown currency ("cost per head"), a total beyond the
    // input limit ("amount"), an unknown plan ("training plan"); MoneyError when heads × cost
    // overflows. Then nothing changes.
    TrainingPlanId create(const TrainingPlan &plan);
    // Replaces the plan and its line; returns the plan as it was, for undo.
    TrainingPlan update(const TrainingPlan &plan);
    // Deletes the plan and its line; returns the plan removed, for undo (create() it again).
    TrainingPlan remove(TrainingPlanId id);

private:
    void validate(const TrainingPlan &plan) const;
    void writeLine(TrainingPlanId id, const TrainingPlan &plan);

    Database &m_database;
};

// Hours of repetitive work a project automated in one month, as the business counts them.
struct AutomatedHours
{
    static constexpr std::int64_t MaxHours = 10'000'000; // a thousand people working a full year
    static constexpr int MaxNoteLength = 500;

    ProjectId projectId = 0;
    QDate month; // first day of the month
    std::int64_t hours = 0;
    QString note;

    bool operator==(const AutomatedHours &) const = default;
};

class AutomatedHoursRepository final
{
public:
    explicit AutomatedHoursRepository(Database &database);

    // The months entered, by project then month; one project's when given.
    QList<AutomatedHours> list(std::optional<ProjectId> project = std::nullopt) const;
    // Enters (or replaces) one project's hours of the month holding `entry.month`, in one
    // transaction with one audit entry. Returns what the month held before, for undo. Throws
    // ValidationError for an unknown project ("project"), an invalid month ("month"), hours
    // outside 0..MaxHours ("hours") or a note too long ("note"); then nothing changes.
    std::optional<AutomatedHours> set(const AutomatedHours &entry);
    // Clears one project's month; returns what it held.
    std::optional<AutomatedHours> clear(ProjectId project, const QDate &month);

    // Each project's hours over `days`. A month's hours are spread over its days the way cost
    // lines are (shareOfDays(), in whole hours), so that any partition of a period (weeks,
    // months, quarters) adds up to the same total.
    QHash<ProjectId, std::int64_t> totals(const DayRange &days) const;

private:
    std::optional<AutomatedHours> held(ProjectId project, const QDate &month) const;

    Database &m_database;
};

} // namespace costboard
