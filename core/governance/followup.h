// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include "domain/entities.h"

namespace costboard {

class Database;

using MilestoneId = std::int64_t;
using KpiId = std::int64_t;

// The committee's calendar of a project: the steps it decides at.
enum class MilestoneKind
{
    Pilot,
    GoNoGo,
    Production,
    Review,
};

QString toKey(MilestoneKind kind);
std::optional<MilestoneKind> milestoneKindFromKey(QStringView key);
QList<MilestoneKind> allMilestoneKinds();

struct Milestone
{
    static constexpr int MaxNoteLength = 500;

    MilestoneId id = 0;
    ProjectId projectId = 0;
    MilestoneKind kind = MilestoneKind::Pilot;
    QDate dueOn;
    QDate doneOn; // null while not reached
    QString note;
};

// Where a milestone stands on a day.
enum class MilestoneState
{
    Done,
    Upcoming, // due after next week
    Due, // due this ISO week or the next
    Late, // its day has passed and it is not done
};

// The one rule for flagging a milestone: late once its day has passed undone, due when it falls
// in `today`'s ISO week or the next one (a weekly committee meets before it).
MilestoneState milestoneState(const Milestone &milestone, const QDate &today);

// How a KPI's actual compares with its target.
enum class KpiDirection
{
    AtLeast, // adoption, hours saved, quality: the higher the better
    AtMost, // cost per request, latency: the lower the better
};

QString toKey(KpiDirection direction);
std::optional<KpiDirection> kpiDirectionFromKey(QStringView key);

enum class KpiCadence
{
    Week, // entered per ISO week (its Monday)
    Month, // entered per calendar month (its first day)
};

QString toKey(KpiCadence cadence);
std::optional<KpiCadence> kpiCadenceFromKey(QStringView key);

// A KPI value: thousandths of the KPI's unit, so that "0.035 € per request" and "92.5 %" are
// exact integers.
using KpiMillis = std::int64_t;

struct Kpi
{
    static constexpr int MaxNameLength = 80;
    static constexpr int MaxUnitLength = 24;
    // A thousand billion of any unit: beyond it a value is a typing error.
    static constexpr KpiMillis MaxMillis = 1'000'000'000'000'000LL;

    KpiId id = 0;
    ProjectId projectId = 0;
    QString name; // "Cost per ticket", "Adoption"
    QString unit; // "€/ticket", "%", "h": shown after the value
    KpiDirection direction = KpiDirection::AtLeast;
    KpiCadence cadence = KpiCadence::Month;
    KpiMillis target = 0; // the target of every period without its own
};

struct KpiValue
{
    KpiId kpiId = 0;
    QDate periodStart; // the Monday (week) or the first day (month)
    KpiMillis actual = 0;
    std::optional<KpiMillis> target; // this period's own target; else the KPI's

    KpiMillis targetOf(const Kpi &kpi) const { return target.value_or(kpi.target); }
};

// A KPI value as an exact decimal with the decimals it needs, locale-free: 192 -> "0.192",
// 72500 -> "72.5", -3000 -> "-3" (JSON, files).
QString plainKpiValue(KpiMillis value);

// What someone typed as a KPI value in a form of `locale` ("0,051", "1 234.5", "-3"): at most three
// decimals, within Kpi::MaxMillis; empty when it does not read as one.
std::optional<KpiMillis> parseKpiMillis(QStringView text, const QLocale &locale);

// The one rule for "on target": at least the target for an AtLeast KPI, at most for an AtMost one.
bool isOnTarget(const Kpi &kpi, const KpiValue &value);
// The start of the period of `kpi`'s cadence holding `day`.
QDate kpiPeriodStart(KpiCadence cadence, const QDate &day);

// A KPI with its latest value up to a day, for the committee's follow-up.
struct KpiStatus
{
    Kpi kpi;
    std::optional<KpiValue> latest;

    bool isOffTarget() const { return latest && !isOnTarget(kpi, *latest); }
};

// Milestones and KPIs. Each write is one transaction with one audit entry; invalid input throws
// ValidationError and leaves the database as it was.
class FollowUpRepository final
{
public:
    explicit FollowUpRepository(Database &database);

    // All projects' milestones (one project's when given), by due date.
    QList<Milestone> milestones(std::optional<ProjectId> project = std::nullopt) const;
    std::optional<Milestone> findMilestone(MilestoneId id) const;
    // Creates (id 0) or updates a milestone; returns its id.
    MilestoneId saveMilestone(const Milestone &milestone);
    void removeMilestone(MilestoneId id);

    QList<Kpi> kpis(std::optional<ProjectId> project = std::nullopt) const;
    std::optional<Kpi> findKpi(KpiId id) const;
    KpiId saveKpi(const Kpi &kpi);
    // Removes the KPI and its values.
    void removeKpi(KpiId id);
    // One KPI's values, oldest first.
    QList<KpiValue> values(KpiId kpi) const;
    // Sets the value of one period (its start is moved to the cadence's), or clears it when
    // `value` is empty.
    void setValue(KpiId kpi, const QDate &period, const std::optional<KpiValue> &value);
    // Every KPI (of a project, when given) with its latest value on or before `asOf`.
    QList<KpiStatus> statuses(const QDate &asOf, std::optional<ProjectId> project = std::nullopt) const;

private:
    void validate(const Milestone &milestone) const;
    void validate(const Kpi &kpi) const;

    Database &m_database;
};

} // namespace costboard
