// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demotalent.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "governance/talent.h"
#include "governance/upskilling.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"

namespace costboard {
namespace {

// The history every offset below is written for (the demo's default 78 weeks); longer histories
// stretch them as the demo stretches its projects' starts.
constexpr double referenceHistoryWeeks = 78;

struct Share
{
    const char *code;
    int basisPoints;
};

struct MemberProfile
{
    const char *name;
    const char *role;
    TalentLevel level;
    const char *firm; // external consultants only
    std::int64_t monthlyCostEuros; // loaded cost of the whole person
    int joinsWeeksAfterStart; // after the latest start of their projects
    std::array<Share, 2> shares;
};

// Sized so that each project's monthly salaries stay close to the payroll the demo used to
// model per project (full-time equivalents × a loaded cost, growing over its first months): the
// people who start with a project carry its first months, those who join later its growth. The
// level mix is the organisation half-way out of its pyramid: juniors still many, a hollow
// confirmed level, seniors and experts hired in; the committee's target is the diamond.
// clang-format off
constexpr std::array<MemberProfile, 16> memberProfiles { {
    { "Inès Moreau", "Cheffe de projet IA", TalentLevel::Senior, nullptr, 10'400, 0, { { { "SUP", 10'000 }, {} } } },
    { "Hugo Lambert", "Prompt engineer", TalentLevel::Junior, nullptr, 6'000, 0, { { { "SUP", 10'000 }, {} } } },
    { "Clara Vasseur", "Experte LLM", TalentLevel::Expert, "Néria Conseil", 18'000, 20,
      { { { "SUP", 7'000 }, { "MED", 3'000 } } } },
    { "Julien Roussel", "Ingénieur MLOps", TalentLevel::Senior, nullptr, 10'400, 0, { { { "MED", 10'000 }, {} } } },
    { "Mathilde Perrin", "Médecin conseil IA", TalentLevel::Expert, nullptr, 13'600, 0, { { { "MED", 8'000 }, {} } } },
    { "Sarah Benhamou", "Data scientist", TalentLevel::Confirmed, nullptr, 8'000, 0,
      { { { "MED", 4'000 }, { "CLM", 6'000 } } } },
    { "Lucas Fontaine", "Data engineer", TalentLevel::Junior, nullptr, 6'000, 24, { { { "MED", 4'000 }, { "RAG", 6'000 } } } },
    { "Thomas Nguyen", "Data scientist", TalentLevel::Senior, nullptr, 11'000, 0, { { { "CLM", 10'000 }, {} } } },
    { "Emma Leroy", "Data analyst", TalentLevel::Junior, nullptr, 6'000, 20, { { { "CLM", 10'000 }, {} } } },
    { "Nadia Cherif", "Ingénieure recherche IA", TalentLevel::Expert, nullptr, 13'600, 0,
      { { { "RAG", 9'000 }, { "DEV", 1'000 } } } },
    { "Romain Petitjean", "Développeur IA", TalentLevel::Junior, nullptr, 6'000, 0, { { { "RAG", 10'000 }, {} } } },
    { "Baptiste Robin", "Ingénieur plateforme IA", TalentLevel::Senior, nullptr, 10'400, 0, { { { "DEV", 10'000 }, {} } } },
    { "Pierre Aubert", "Architecte IA", TalentLevel::Strategic, nullptr, 16'000, 20, { { { "DEV", 5'000 }, {} } } },
    { "Manon Lefort", "Prompt engineer contenus", TalentLevel::Confirmed, nullptr, 8'000, 0, { { { "MKT", 9'000 }, {} } } },
    { "Sofiane Belkacem", "Chef de produit IA", TalentLevel::Senior, nullptr, 10'400, 0, { { { "SAL", 8'000 }, {} } } },
    { "Alexandre Simon", "Consultant IA générative", TalentLevel::Senior, "Kairos Conseil", 15'600, 10,
      { { { "MKT", 2'500 }, { "SAL", 2'500 } } } },
} };
// clang-format on

struct TrainingProfile
{
    const char *name;
    const char *code;
    int daysBeforeLastDay;
    int heads;
    std::int64_t costPerHeadEuros;
    const char *vendor;
};

constexpr std::array<TrainingProfile, 2> trainingProfiles { {
    { "Formation prompt engineering – service client", "SUP", 24, 40, 350, "Académie Data & IA" },
    { "Sensibilisation IA et secret médical – gestionnaires santé", "MED", 10, 25, 280, "Orsay Formation" },
} };

// The hours of repetitive work a project automates in a month once it runs at full use, and what
// they are.
struct AutomationProfile
{
    const char *code;
    std::int64_t matureHours;
    const char *note;
};

constexpr std::array<AutomationProfile, 8> automationProfiles { {
    { "SUP", 2'400, "Réponses aux demandes simples préparées par l'assistant" },
    { "DEV", 900, "Tests unitaires et revues de premier niveau générés" },
    { "LEG", 600, "Synthèses de contrats préparées automatiquement" },
    { "MKT", 300, "Déclinaisons multilingues des contenus" },
    { "RAG", 700, "Recherches dans les procédures et notes internes" },
    { "MED", 500, "Pré-lecture des dossiers médicaux" },
    { "CLM", 1'500, "Tri et routage des déclarations de sinistre" },
    { "SAL", 250, "Premiers jets des e-mails de prospection" },
} };
// A project reaches its mature automation a year after it starts.
constexpr int automationRampMonths = 12;

Money euros(std::int64_t amount)
{
    return Money(amount * 100, QStringLiteral("EUR"));
}

QDate weekday(QDate day)
{
    while (day.dayOfWeek() > 5)
        day = day.addDays(-1);
    return day;
}

// The last day of the last month of `history` that has ended; invalid when none has.
QDate lastEndedMonth(const DayRange &history)
{
    const DayRange month = FiscalCalendar::month(history.last);
    return month.last == history.last ? month.last : month.first.addDays(-1);
}

} // namespace

void writeDemoTalent(Database &database, const QHash<QString, ProjectId> &projects, const DayRange &history)
{
    const AuditLog::ScopedActor hr(QStringLiteral("Aurélie Masson"));
    const double stretch = std::max(1.0, double(history.dayCount()) / 7.0 / referenceHistoryWeeks);
    QHash<ProjectId, QDate> starts;
    for (const Project &project : ProjectRepository(database).list())
        starts.insert(project.id, project.startDate);

    RosterRepository roster(database);
    for (const MemberProfile &profile : memberProfiles) {
        TeamMember member;
        member.name = QString::fromUtf8(profile.name);
        member.role = QString::fromUtf8(profile.role);
        member.level = profile.level;
        member.external = profile.firm != nullptr;
        member.firm = profile.firm ? QString::fromUtf8(profile.firm) : QString();
        member.monthlyCost = euros(profile.monthlyCostEuros);
        QDate latestStart;
        for (const Share &share : profile.shares) {
            if (!share.code)
                continue;
            const ProjectId project = projects.value(QString::fromUtf8(share.code));
            member.allocations << Allocation { project, share.basisPoints };
            latestStart = std::max(latestStart, starts.value(project));
        }
        // Paid from the first whole month on the project: no salary before it starts.
        const QDate joins = latestStart.addDays(std::lround(profile.joinsWeeksAfterStart * 7 * stretch));
        member.firstMonth = FiscalCalendar::month(joins).first;
        if (member.firstMonth < latestStart)
            member.firstMonth = FiscalCalendar::month(joins).endExclusive();
        roster.create(member);
    }
    const QDate postedUntil = lastEndedMonth(history);
    if (postedUntil >= history.first)
        roster.postSalaries(history.first, postedUntil);

    // Held in the quarter in progress, so that the closed quarters' budgets (sized on the
    // history's other costs) are left as they were.
    const QDate quarterStart = DatabaseSettings(database).calendar().quarter(history.last).first;
    TrainingPlanRepository plans(database);
    for (const TrainingProfile &profile : trainingProfiles) {
        TrainingPlan plan;
        plan.name = QString::fromUtf8(profile.name);
        plan.projectId = projects.value(QString::fromUtf8(profile.code));
        plan.heldOn = std::max(weekday(history.last.addDays(-profile.daysBeforeLastDay)), quarterStart);
        plan.heads = profile.heads;
        plan.costPerHead = euros(profile.costPerHeadEuros);
        plan.vendor = QString::fromUtf8(profile.vendor);
        plans.create(plan);
    }

    AutomatedHoursRepository automation(database);
    for (const AutomationProfile &profile : automationProfiles) {
        const ProjectId project = projects.value(QString::fromUtf8(profile.code));
        const QDate start = starts.value(project);
        const int ramp = int(std::lround(automationRampMonths * stretch));
        const QDate firstMonth = std::max(FiscalCalendar::month(start).endExclusive(),
                                          FiscalCalendar::month(history.first).first);
        int monthsIn = int((firstMonth.year() - start.year()) * 12 + firstMonth.month() - start.month());
        for (QDate month = firstMonth; month <= postedUntil;
             month = FiscalCalendar::month(month).endExclusive()) {
            const std::int64_t hours = profile.matureHours * std::min(monthsIn, ramp) / ramp;
            if (hours > 0)
                automation.set(AutomatedHours { project, month, hours, QString::fromUtf8(profile.note) });
            ++monthsIn;
        }
    }
}

} // namespace costboard
