// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/talent.h"

#include <algorithm>
#include <numeric>

#include <QHash>
#include <QSet>

#include <spdlog/spdlog.h>

#include "domain/keytable.h"
#include "errors.h"
#include "storage/auditlog.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"
#include "storage/validation.h"

namespace costboard {
namespace {

constexpr KeyTable<TalentLevel, 5> levelKeys { {
    { TalentLevel::Junior, "junior" },
    { TalentLevel::Confirmed, "confirmed" },
    { TalentLevel::Senior, "senior" },
    { TalentLevel::Expert, "expert" },
    { TalentLevel::Strategic, "strategic" },
} };

const QString selectMembers
    = QStringLiteral("SELECT id, name, role, level, external, firm, monthly_cost_minor, currency,"
                     " first_month, last_month FROM team_members");

// Basis points as percent text, "100" or "100.5": for messages, never for arithmetic.
QString percentText(std::int64_t basisPoints)
{
    if (basisPoints % 100 == 0)
        return QString::number(basisPoints / 100);
    return QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

QDate monthStart(const QDate &day)
{
    return day.isValid() ? FiscalCalendar::month(day).first : QDate();
}

// The member as stored: trimmed texts, months as their first day, a firm only when external.
TeamMember normalised(const TeamMember &member)
{
    TeamMember stored = member;
    stored.name = member.name.trimmed();
    stored.role = member.role.trimmed();
    stored.firm = member.external ? member.firm.trimmed() : QString();
    stored.firstMonth = monthStart(member.firstMonth);
    stored.lastMonth = monthStart(member.lastMonth);
    return stored;
}

// How a member reads in the audit log: who, at what level, what share of which projects. The
// cost is business data the audit table may hold (as cost lines' amounts).
QString memberText(const TeamMember &member)
{
    QStringList shares;
    for (const Allocation &allocation : member.allocations)
        shares
            << QStringLiteral("project %1 %2 bp").arg(allocation.projectId).arg(allocation.shareBasisPoints);
    return QStringLiteral("%1 (%2, %3%4), %5 %6 a month from %7%8: %9")
        .arg(member.name, member.role, toKey(member.level),
             member.external ? QStringLiteral(", external ") + member.firm : QString(),
             member.monthlyCost.toPlainString(), member.monthlyCost.currency(),
             member.firstMonth.toString(QStringLiteral("yyyy-MM")),
             member.lastMonth.isValid()
                 ? QStringLiteral(" to ") + member.lastMonth.toString(QStringLiteral("yyyy-MM"))
                 : QString(),
             shares.isEmpty() ? QStringLiteral("no project") : shares.join(QStringLiteral(", ")));
}

// "2026-03/member 4/project 7": one line per member, project and month, so that a posting can
// never write the same line twice (cost_lines' unique source and reference).
QString salaryReference(const QDate &month, TeamMemberId member, ProjectId project)
{
    return QStringLiteral("%1/member %2/project %3")
        .arg(FiscalCalendar::monthKey(month))
        .arg(member)
        .arg(project);
}

} // namespace

QString toKey(TalentLevel level)
{
    return levelKeys.keyOf(level);
}

std::optional<TalentLevel> talentLevelFromKey(QStringView key)
{
    return levelKeys.valueOf(key);
}

QList<TalentLevel> allTalentLevels()
{
    return levelKeys.values();
}

bool TeamMember::isActiveIn(const QDate &day) const
{
    if (!day.isValid() || !firstMonth.isValid())
        return false;
    const QDate month = FiscalCalendar::month(day).first;
    return FiscalCalendar::month(firstMonth).first <= month
        && (!lastMonth.isValid() || month <= FiscalCalendar::month(lastMonth).first);
}

int TeamMember::allocatedBasisPoints() const
{
    return std::accumulate(
        allocations.cbegin(), allocations.cend(), 0,
        [](int total, const Allocation &allocation) { return total + allocation.shareBasisPoints; });
}

QList<std::int64_t> splitByShares(std::int64_t amount, const QList<int> &sharesBasisPoints)
{
    const std::int64_t scale = TeamMember::FullTimeBasisPoints;
    const std::int64_t totalShare
        = std::accumulate(sharesBasisPoints.cbegin(), sharesBasisPoints.cend(), std::int64_t(0));
    // The one rounding: the whole the parts must add up to.
    const std::int64_t whole = Money(amount, QString()).scaled(totalShare, scale).minorUnits();
    QList<std::int64_t> parts;
    QList<std::int64_t> remainders;
    std::int64_t floors = 0;
    for (const int share : sharesBasisPoints) {
        // amount ≤ Money::MaxInputMinorUnits and share ≤ 10^4: the product fits in 64 bits.
        const std::int64_t exact = amount * share;
        parts << exact / scale;
        remainders << exact % scale;
        floors = Money::addMinorUnits(floors, exact / scale);
    }
    // Each part is the floor of its exact share, so what is left over is below one minor unit
    // per part: it goes to the largest remainders.
    std::int64_t leftOver = whole - floors;
    QList<qsizetype> order(parts.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders.at(a) > remainders.at(b); });
    for (qsizetype index = 0; index < order.size() && leftOver > 0; ++index, --leftOver)
        ++parts[order.at(index)];
    return parts;
}

QString RosterRepository::salarySource()
{
    return QStringLiteral("roster");
}

RosterRepository::RosterRepository(Database &database)
    : m_database(database)
{ }

QList<TeamMember> RosterRepository::list() const
{
    SqlStatement allocations(m_database,
                             QStringLiteral("SELECT member_id, project_id, share_bp FROM team_allocations"
                                            " ORDER BY member_id, share_bp DESC, project_id"));
    allocations.exec();
    QHash<TeamMemberId, QList<Allocation>> byMember;
    while (allocations.next())
        byMember[allocations.int64(0)] << Allocation { allocations.int64(1), int(allocations.int64(2)) };

    SqlStatement query(m_database, selectMembers + QStringLiteral(" ORDER BY name, id"));
    query.exec();
    QList<TeamMember> members;
    while (query.next()) {
        TeamMember member;
        member.id = query.int64(0);
        member.name = query.text(1);
        member.role = query.text(2);
        member.level = talentLevelFromKey(query.text(3)).value_or(TalentLevel::Confirmed);
        member.external = query.int64(4) != 0;
        member.firm = query.text(5);
        member.monthlyCost = Money(query.int64(6), query.text(7));
        member.firstMonth = sql::toDate(query.value(8));
        member.lastMonth = sql::toDate(query.value(9));
        member.allocations = byMember.value(member.id);
        members << member;
    }
    return members;
}

std::optional<TeamMember> RosterRepository::find(TeamMemberId id) const
{
    // The roster holds tens of people: one listing is simpler than a second reader.
    for (const TeamMember &member : list()) {
        if (member.id == id)
            return member;
    }
    return std::nullopt;
}

QList<TeamMember> RosterRepository::activeIn(const QDate &day) const
{
    QList<TeamMember> members = list();
    members.removeIf([&day](const TeamMember &member) { return !member.isActiveIn(day); });
    return members;
}

void RosterRepository::validate(const TeamMember &member) const
{
    validation::requireText(QStringLiteral("name"), member.name, TeamMember::MaxNameLength);
    validation::requireLength(QStringLiteral("role"), member.role.trimmed(), TeamMember::MaxRoleLength);
    validation::requireLength(QStringLiteral("firm"), member.firm.trimmed(), TeamMember::MaxFirmLength);
    validation::requireCurrency(QStringLiteral("monthly cost"), member.monthlyCost.currency());
    if (member.monthlyCost.isNegative())
        throw ValidationError(QStringLiteral("monthly cost"), ErrorCode::AmountNegative);
    validation::requireWithinInputLimit(QStringLiteral("monthly cost"), member.monthlyCost);
    validation::requireDate(QStringLiteral("first month"), member.firstMonth);
    validation::requireOptionalDate(QStringLiteral("last month"), member.lastMonth);
    if (member.lastMonth.isValid() && monthStart(member.lastMonth) < monthStart(member.firstMonth))
        throw ValidationError(QStringLiteral("last month"), ErrorCode::EndBeforeStart);
    ProjectRepository projects(m_database);
    QSet<ProjectId> named;
    std::int64_t total = 0;
    for (const Allocation &allocation : member.allocations) {
        if (allocation.shareBasisPoints <= 0)
            throw ValidationError(QStringLiteral("share"), ErrorCode::AmountNotPositive);
        if (!projects.exists(allocation.projectId))
            throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound,
                                  { QString::number(allocation.projectId) });
        if (named.contains(allocation.projectId))
            throw ValidationError(QStringLiteral("allocations"), ErrorCode::AllocationProjectTwice,
                                  { QString::number(allocation.projectId) });
        named.insert(allocation.projectId);
        total += allocation.shareBasisPoints;
    }
    if (total > TeamMember::FullTimeBasisPoints)
        throw ValidationError(QStringLiteral("allocations"), ErrorCode::AllocationsExceedFullTime,
                              { percentText(total) });
}

void RosterRepository::writeAllocations(TeamMemberId id, const QList<Allocation> &allocations)
{
    SqlStatement clear(m_database, QStringLiteral("DELETE FROM team_allocations WHERE member_id = :member"));
    clear.bind(QStringLiteral(":member"), qlonglong(id)).exec();
    SqlStatement insert(m_database,
                        QStringLiteral("INSERT INTO team_allocations (member_id, project_id, share_bp)"
                                       " VALUES (:member, :project, :share)"));
    for (const Allocation &allocation : allocations)
        insert.bind(QStringLiteral(":member"), qlonglong(id))
            .bind(QStringLiteral(":project"), qlonglong(allocation.projectId))
            .bind(QStringLiteral(":share"), allocation.shareBasisPoints)
            .exec();
}

namespace {

void bindMember(SqlStatement &statement, const TeamMember &member)
{
    statement.bind(QStringLiteral(":name"), member.name)
        .bind(QStringLiteral(":role"), member.role)
        .bind(QStringLiteral(":level"), toKey(member.level))
        .bind(QStringLiteral(":external"), member.external ? 1 : 0)
        .bind(QStringLiteral(":firm"), member.firm)
        .bind(QStringLiteral(":cost"), qlonglong(member.monthlyCost.minorUnits()))
        .bind(QStringLiteral(":currency"), member.monthlyCost.currency())
        .bind(QStringLiteral(":first"), sql::dateValue(member.firstMonth))
        .bind(QStringLiteral(":last"), sql::dateValue(member.lastMonth));
}

} // namespace

TeamMemberId RosterRepository::create(const TeamMember &member)
{
    Transaction transaction(m_database);
    validate(member);
    const TeamMember stored = normalised(member);
    SqlStatement insert(m_database,
                        QStringLiteral("INSERT INTO team_members (name, role, level, external, firm,"
                                       " monthly_cost_minor, currency, first_month, last_month) VALUES"
                                       " (:name, :role, :level, :external, :firm, :cost, :currency, :first,"
                                       " :last) RETURNING id"));
    bindMember(insert, stored);
    const TeamMemberId id = insert.scalar().toLongLong();
    writeAllocations(id, stored.allocations);
    AuditLog(m_database)
        .record(QStringLiteral("create"), QStringLiteral("team_member"), QString::number(id),
                memberText(stored));
    transaction.commit();
    spdlog::info("team member {} added to the roster", id);
    return id;
}

TeamMember RosterRepository::update(const TeamMember &member)
{
    Transaction transaction(m_database);
    const std::optional<TeamMember> before = find(member.id);
    if (!before)
        throw ValidationError(QStringLiteral("team member"), ErrorCode::TeamMemberNotFound,
                              { QString::number(member.id) });
    validate(member);
    const TeamMember stored = normalised(member);
    SqlStatement update(m_database,
                        QStringLiteral("UPDATE team_members SET name = :name, role = :role, level = :level,"
                                       " external = :external, firm = :firm, monthly_cost_minor = :cost,"
                                       " currency = :currency, first_month = :first, last_month = :last"
                                       " WHERE id = :id"));
    bindMember(update, stored);
    update.bind(QStringLiteral(":id"), qlonglong(member.id)).exec();
    writeAllocations(member.id, stored.allocations);
    AuditLog(m_database)
        .recordChange(QStringLiteral("update"), QStringLiteral("team_member"), QString::number(member.id),
                      memberText(*before), memberText(stored));
    transaction.commit();
    spdlog::info("team member {} updated", member.id);
    return *before;
}

TeamMember RosterRepository::remove(TeamMemberId id)
{
    Transaction transaction(m_database);
    const std::optional<TeamMember> before = find(id);
    if (!before)
        throw ValidationError(QStringLiteral("team member"), ErrorCode::TeamMemberNotFound,
                              { QString::number(id) });
    for (const QString &statement : { QStringLiteral("DELETE FROM team_allocations WHERE member_id = :id"),
                                      QStringLiteral("DELETE FROM team_members WHERE id = :id") }) {
        SqlStatement remove(m_database, statement);
        remove.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    }
    AuditLog(m_database)
        .record(QStringLiteral("delete"), QStringLiteral("team_member"), QString::number(id),
                memberText(*before));
    transaction.commit();
    spdlog::info("team member {} removed from the roster", id);
    TeamMember removed = *before;
    removed.id = 0;
    return removed;
}

SalaryPosting RosterRepository::postSalaries(const QDate &from, const QDate &to)
{
    validation::requireDate(QStringLiteral("months"), from);
    validation::requireDate(QStringLiteral("months"), to);
    if (to < from)
        throw ValidationError(QStringLiteral("months"), ErrorCode::EndBeforeStart);
    Transaction transaction(m_database);
    const QList<DayRange> months
        = FiscalCalendar().periodsOverlapping(PeriodKind::Month, DayRange { from, to });
    const QList<TeamMember> members = list();
    CostLineRepository ledger(m_database);
    SalaryPosting posting;
    posting.months = { months.constFirst().first, months.constLast().last };
    posting.linesRemoved = ledger.removeGenerated(salarySource(), posting.months);

    QList<CostLine> lines;
    for (const DayRange &month : months) {
        for (const TeamMember &member : members) {
            if (!member.isActiveIn(month.first) || member.allocations.isEmpty())
                continue;
            QList<int> shares;
            for (const Allocation &allocation : member.allocations)
                shares << allocation.shareBasisPoints;
            const QList<std::int64_t> amounts = splitByShares(member.monthlyCost.minorUnits(), shares);
            for (qsizetype index = 0; index < member.allocations.size(); ++index) {
                if (amounts.at(index) == 0)
                    continue; // a share too small to cost a cent books nothing
                const Allocation &allocation = member.allocations.at(index);
                CostLine line;
                line.projectId = allocation.projectId;
                line.category = CostCategory::Salaries;
                line.incurredOn = month.last;
                line.serviceStart = month.first;
                line.serviceEnd = month.endExclusive();
                line.amount = Money(amounts.at(index), member.monthlyCost.currency());
                line.vendor = member.firm;
                line.description = member.role.isEmpty()
                    ? member.name
                    : QStringLiteral("%1 — %2").arg(member.name, member.role);
                line.source = salarySource();
                line.externalRef = salaryReference(month.first, member.id, allocation.projectId);
                lines << line;
            }
        }
    }
    posting.linesWritten = ledger.addAll(lines).inserted;
    AuditLog(m_database)
        .record(QStringLiteral("post"), QStringLiteral("salaries"),
                QStringLiteral("%1..%2").arg(FiscalCalendar::monthKey(posting.months.first),
                                             FiscalCalendar::monthKey(posting.months.last)),
                QStringLiteral("%1 month(s): %2 salary line(s) written, %3 replaced")
                    .arg(months.size())
                    .arg(posting.linesWritten)
                    .arg(posting.linesRemoved));
    transaction.commit();
    spdlog::info("salaries posted for {} month(s): {} line(s) written, {} replaced", months.size(),
                 posting.linesWritten, posting.linesRemoved);
    return posting;
}

} // namespace costboard
