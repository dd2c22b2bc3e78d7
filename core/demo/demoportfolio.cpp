// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoportfolio.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <spdlog/spdlog.h>

#include "analytics/dashboardquery.h"
#include "analytics/dashboardsnapshot.h"
#include "analytics/ledger.h"
#include "analytics/unitcosts.h"
#include "demo/demogovernance.h"
#include "demo/demotalent.h"
#include "demo/demousage.h"
#include "domain/entities.h"
#include "domain/isoweek.h"
#include "errors.h"
#include "pricing/ownership.h"
#include "pricing/pricerepository.h"
#include "pricing/savedestimates.h"
#include "storage/benchmarkvolumes.h"
#include "storage/budgetrepository.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"
#include "storage/sqlvalues.h"
#include "storage/validation.h"

namespace costboard {
namespace {

// ---------------------------------------------------------------------------------------------
// Randomness
//
// Our own generator and our own distributions: the standard distributions differ between
// standard libraries, and a seed must give the same portfolio everywhere. The doubles below only
// meet +, -, *, / and std::round (all exactly specified by IEEE 754), never exp/log/pow whose
// last bit varies between C libraries. Every random draw is its own statement: the evaluation
// order of operands and arguments is unspecified, and two compilers must draw in the same order.

constexpr std::uint64_t splitMixIncrement = 0x9E3779B97F4A7C15ULL;

constexpr std::uint64_t scramble(std::uint64_t value)
{
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

// Part of every derived seed, so that adding draws for one purpose never shifts another.
enum class RandomPurpose : std::int64_t
{
    Stream = 1,
    FxRates,
    Budgets,
    Lines
};

std::uint64_t deriveSeed(std::uint64_t seed, RandomPurpose purpose,
                         std::initializer_list<std::int64_t> coordinates = {})
{
    std::uint64_t state = scramble(seed + splitMixIncrement);
    state = scramble((state ^ static_cast<std::uint64_t>(purpose)) + splitMixIncrement);
    for (const std::int64_t coordinate : coordinates)
        state = scramble((state ^ static_cast<std::uint64_t>(coordinate)) + splitMixIncrement);
    return state;
}

// xoshiro256** (Blackman and Vigna), seeded through splitmix64 as its authors recommend.
class Random final
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (std::uint64_t &word : m_state) {
            seed += splitMixIncrement;
            word = scramble(seed);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = std::rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t shifted = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= shifted;
        m_state[3] = std::rotl(m_state[3], 45);
        return result;
    }

    // [0, 1) from the top 53 bits: every value is exactly representable.
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double between(double low, double high) { return low + (high - low) * unit(); }
    bool chance(double probability) { return unit() < probability; }
    // [0, bound). The modulo bias (below 1e-12 for our bounds) is invisible in any chart.
    int below(int bound) { return static_cast<int>(next() % static_cast<std::uint64_t>(bound)); }
    // Bell-shaped noise in [-1, 1]: the mean of three uniforms, rescaled.
    double bell()
    {
        const double first = unit();
        const double second = unit();
        const double third = unit();
        return (first + second + third - 1.5) / 1.5;
    }

private:
    std::array<std::uint64_t, 4> m_state {};
};

double smoothStep(double x)
{
    const double t = std::clamp(x, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

// ---------------------------------------------------------------------------------------------
// The portfolio

enum DemoProject : int
{
    Sup,
    Dev,
    Leg,
    Mkt,
    Rag,
    Med,
    Clm,
    Sal,
    ProjectCount
};

// How the current quarter's budget is sized, so that each project tells the committee the story
// it is in the demo for.
enum class BudgetStory
{
    Ordinary, // forecast somewhat under budget
    Overrun, // the quarter's whole budget already spent, forecast 130% or more
    TrendingOver, // forecast 105-110% of budget while the budget-to-date still holds
    Underspend, // forecast ~55% of budget
};

struct ProjectProfile
{
    const char *code;
    const char *name;
    const char *description;
    const char *owner;
    const char *sponsor;
    const char *businessUnit;
    ProjectStatus status;
    DecisionLevel decisionLevel;
    // In the default 78-week history; longer histories stretch it. One project starts before
    // the window, so that every week of the history has costs.
    int startWeeksAgo;
    BudgetStory story;
    // Actual / budget of closed quarters and forecast / budget of the current one, per mille.
    int usePermilleLow;
    int usePermilleHigh;
};

// clang-format off
constexpr std::array<ProjectProfile, ProjectCount> projectProfiles{{
    {"SUP", "Assistant support client",
     "Assistant génératif des conseillers du service client : suggestions de réponses, résumés des "
     "échanges et tri des demandes entrantes.",
     "Camille Lefèvre", "Nathalie Garnier", "Relation client",
     ProjectStatus::Active, DecisionLevel::Committee, 72, BudgetStory::Overrun, 940, 1040},
    {"DEV", "Copilote développeurs",
     "Assistant de code pour les équipes de développement : complétion, revue de code et génération "
     "de tests.",
     "Thomas Bernard", "Marc Rousseau", "Direction des systèmes d'information",
     ProjectStatus::Active, DecisionLevel::Cio, 80, BudgetStory::Ordinary, 820, 950},
    {"LEG", "Synthèse juridique",
     "Synthèse et analyse des contrats, avis et contentieux pour la direction juridique ; extension "
     "en cours au service contentieux.",
     "Sophie Martin", "Hélène Fournier", "Direction juridique",
     ProjectStatus::Active, DecisionLevel::Cfo, 60, BudgetStory::TrendingOver, 880, 980},
    {"MKT", "Contenus marketing",
     "Génération de contenus marketing (articles, visuels, déclinaisons multilingues) avec relecture "
     "humaine systématique.",
     "Léa Girard", "Antoine Mercier", "Marketing et communication",
     ProjectStatus::Active, DecisionLevel::Cio, 56, BudgetStory::Underspend, 500, 600},
    {"RAG", "Recherche documentaire interne",
     "Questions-réponses sur la documentation interne (procédures, notes, référentiels) par "
     "recherche augmentée (RAG), avec citation des sources.",
     "Nicolas Petit", "Marc Rousseau", "Direction des opérations",
     ProjectStatus::Active, DecisionLevel::Cio, 64, BudgetStory::Ordinary, 850, 970},
    {"MED", "Assistant dossiers médicaux",
     "Aide à la lecture des dossiers médicaux des sinistres corporels, sur un cloud privé certifié "
     "HDS (hébergeur de données de santé).",
     "Élodie Roux", "Philippe Blanc", "Indemnisation santé",
     ProjectStatus::Active, DecisionLevel::Committee, 66, BudgetStory::Ordinary, 900, 1000},
    {"CLM", "Classification des sinistres",
     "Modèle affiné de classification et de routage des déclarations de sinistre vers les équipes "
     "de gestion.",
     "Karim Benali", "Philippe Blanc", "Indemnisation",
     ProjectStatus::Active, DecisionLevel::Committee, 70, BudgetStory::Ordinary, 800, 980},
    {"SAL", "Copilote e-mails commerciaux",
     "Rédaction assistée des e-mails de prospection et de relance des équipes commerciales, en "
     "pilote sur deux régions.",
     "Julie Chevalier", "Olivier Lambert", "Direction commerciale",
     ProjectStatus::Evaluating, DecisionLevel::Cfo, 30, BudgetStory::Ordinary, 720, 900},
}};
// clang-format on

// What each project counts its work in, and its volume in its busiest week: the demo's weekly
// volumes follow its requests up to that, so that a cost per unit is populated and plausible.
struct BenchmarkProfile
{
    const char *unit;
    std::int64_t busiestWeekVolume;
};
constexpr std::array<BenchmarkProfile, ProjectCount> benchmarkProfiles { {
    { "ticket traité", 12'000 },
    { "développeur actif", 180 },
    { "contrat analysé", 400 },
    { "contenu publié", 250 },
    { "question", 20'000 },
    { "dossier lu", 1'500 },
    { "déclaration classée", 9'000 },
    { "e-mail envoyé", 6'000 },
} };

// How a stream of costs unfolds over time.
enum class Pattern
{
    Adoption, // weekly, follows an S-curve as users adopt the tool (inference)
    Steps, // weekly, steady with occasional steps up or down (cloud, hosted security)
    Bursts, // a few heavy weeks of GPU jobs, then nothing (fine-tuning)
    PersonDays, // weekly person-day entries, frequent while the project is being built
    Occasional, // rare one-off events (model training; staff training, a course of a few days)
    // Salaries: posted from the demo's roster (demotalent.cpp), never modelled here. The entry
    // keeps its place in streamSpecs so that the streams after it draw the same random numbers.
    Roster,
    Monthly, // an invoice on the first (or last) day of each month, for that month
    Seats, // a per-seat licence invoiced on the first day of each month, for that month
    QuarterStart, // an invoice on the first day of each calendar quarter, for that quarter
    QuarterAudit, // an audit in the middle of each calendar quarter
};

enum class DaySpread
{
    AllWeek,
    BusinessDays,
    BusyWeekdays
};

struct DemoModel
{
    const char *name = nullptr;
    double pricePerMillion = 0;
    int tokensPerRequest = 0;
};

// One project's costs of one category. Amounts are in major units of the stream's currency.
struct StreamSpec
{
    DemoProject project = Sup;
    CostCategory category = CostCategory::Inference;
    Pattern pattern = Pattern::Adoption;
    const char *vendor = "";
    bool billedInUsd = false;
    // Adoption, Steps: per week at maturity. Bursts: per burst week. Occasional, QuarterStart,
    // QuarterAudit: per event. Monthly: per month at maturity. Seats: price of one seat per month.
    // PersonDays: the most person-days booked in one week.
    double level = 0;
    // Adoption, Monthly: share of `level` before and after the ramp. Seats: seats.
    // Steps: share of `level` at the start.
    double scaleFrom = 1;
    double scaleTo = 1;
    double rampStartWeeks = 0; // after the project's start
    double rampWeeks = 26;
    // Bursts, PersonDays, Occasional: chance per week, and during the project's first months.
    double frequency = 0;
    double earlyFrequency = 0;
    double activeWeeks = 0; // Bursts: only in the project's first weeks; 0 = always
    double noise = 0; // relative amplitude of week-to-week noise
    // A second adoption wave, placed relative to the demo's last week: it is "happening now".
    double waveGain = 0;
    double waveStartWeeksAgo = 0;
    double waveWeeks = 1;
    bool atMonthEnd = false; // Monthly: invoiced on the last day of the month
    DaySpread days = DaySpread::AllWeek;
    const char *unit = nullptr; // quantity unit of each line
    double unitPrice = 0; // per unit, or per million tokens
    std::array<const char *, 3> descriptions {}; // Seats: "%1" is the seats
    // Token streams: the model behind each description, its blended price per million tokens (in
    // place of unitPrice) and the tokens a request reads and writes, so that unit costs differ
    // per model as they do in a real portfolio.
    std::array<DemoModel, 3> models {};
};

// Unit keys (domain/unit.h): shown in the interface language.
constexpr const char *tokens = "token";
constexpr const char *personDays = "person_day";
constexpr const char *gpuHours = "gpu_hour";

// The cost structure of the portfolio: one stream per project and category. Vendors billing in
// USD (OpenAI, AWS, Google Cloud, GitHub) exercise the FX conversion.
// clang-format off
const StreamSpec streamSpecs[] = {
    // SUP: the flagship, growing fast on Azure OpenAI; the one that overruns.
    {.project = Sup, .category = CostCategory::Inference, .pattern = Pattern::Adoption, .vendor = "Microsoft Azure",
     .level = 11000, .scaleFrom = 0.05, .rampStartWeeks = 6, .rampWeeks = 72, .noise = 0.07,
     .days = DaySpread::BusyWeekdays, .unit = tokens, .unitPrice = 6.0,
     .descriptions = {"Azure OpenAI GPT-4o — suggestions de réponses aux conseillers",
                      "Azure OpenAI GPT-4o mini — tri et routage des demandes",
                      "Azure OpenAI — résumés des échanges clients"},
     .models = {{{"gpt-4o", 6.0, 2400}, {"gpt-4o-mini", 0.35, 900}, {"gpt-4o-mini", 0.35, 3200}}}},
    {.project = Sup, .category = CostCategory::Cloud, .pattern = Pattern::Steps, .vendor = "Microsoft Azure",
     .level = 2600, .scaleFrom = 0.35, .noise = 0.03,
     .descriptions = {"Azure — hébergement de l'API et des connecteurs CRM",
                      "Azure — stockage et journalisation des conversations"}},
    {.project = Sup, .category = CostCategory::PromptEngineering, .pattern = Pattern::PersonDays,
     .vendor = "Quadrant Conseil", .level = 5, .frequency = 0.35, .earlyFrequency = 0.85,
     .days = DaySpread::BusinessDays, .unit = personDays, .unitPrice = 950,
     .descriptions = {"Ateliers de conception des prompts de réponse",
                      "Évaluation et ajustement des prompts sur le jeu de tests"}},
    {.project = Sup, .category = CostCategory::FineTuning, .pattern = Pattern::Bursts, .vendor = "Microsoft Azure",
     .level = 4500, .rampStartWeeks = 20, .frequency = 0.03,
     .descriptions = {"Affinage de GPT-4o mini sur les réponses validées par les conseillers"}},
    {.project = Sup, .category = CostCategory::Salaries, .pattern = Pattern::Roster},
    {.project = Sup, .category = CostCategory::StaffTraining, .pattern = Pattern::Occasional,
     .vendor = "Académie Data & IA", .level = 6500, .frequency = 0.02, .earlyFrequency = 0.10,
     .descriptions = {"Formation des conseillers à l'assistant",
                      "Formation des superviseurs au contrôle qualité des réponses"}},
    {.project = Sup, .category = CostCategory::Infrastructure, .pattern = Pattern::Monthly, .vendor = "Microsoft Azure",
     .level = 2800, .scaleFrom = 0.5, .rampWeeks = 52, .noise = 0.04,
     .descriptions = {"Passerelle API, supervision et observabilité des appels LLM"}},
    {.project = Sup, .category = CostCategory::DataSecurity, .pattern = Pattern::QuarterAudit,
     .vendor = "Sentinelle Cyber", .level = 7000, .noise = 0.15,
     .descriptions = {"Test d'intrusion et revue des garde-fous de l'assistant"}},
    {.project = Sup, .category = CostCategory::LicencesOther, .pattern = Pattern::QuarterStart, .vendor = "PromptLab",
     .level = 4200, .descriptions = {"Licence de la plateforme d'évaluation et de traçabilité des prompts"}},

    // DEV: a code assistant bought per seat, plus API calls for reviews and tests.
    {.project = Dev, .category = CostCategory::Inference, .pattern = Pattern::Adoption, .vendor = "Mistral AI",
     .level = 3200, .scaleFrom = 0.1, .rampStartWeeks = 2, .rampWeeks = 40, .noise = 0.06,
     .days = DaySpread::BusinessDays, .unit = tokens, .unitPrice = 0.9,
     .descriptions = {"Codestral — complétion de code dans l'IDE",
                      "Mistral Large — revue de code et génération de tests"},
     .models = {{{"codestral-latest", 0.5, 700}, {"mistral-large-latest", 3.5, 5200}}}},
    {.project = Dev, .category = CostCategory::Cloud, .pattern = Pattern::Steps, .vendor = "Microsoft Azure",
     .level = 750, .scaleFrom = 0.5, .noise = 0.03,
     .descriptions = {"Azure — exécution des pipelines de revue automatique"}},
    {.project = Dev, .category = CostCategory::PromptEngineering, .pattern = Pattern::PersonDays,
     .vendor = "Ellipse Consulting", .level = 3, .frequency = 0.2, .earlyFrequency = 0.6,
     .days = DaySpread::BusinessDays, .unit = personDays, .unitPrice = 780,
     .descriptions = {"Bibliothèque de prompts partagée pour la génération de tests",
                      "Ateliers de prompts avec les équipes de développement"}},
    {.project = Dev, .category = CostCategory::FineTuning, .pattern = Pattern::Bursts, .vendor = "Mistral AI",
     .level = 3000, .rampStartWeeks = 16, .frequency = 0.015,
     .descriptions = {"Affinage de Codestral sur le référentiel de code interne"}},
    {.project = Dev, .category = CostCategory::Salaries, .pattern = Pattern::Roster},
    {.project = Dev, .category = CostCategory::StaffTraining, .pattern = Pattern::Occasional,
     .vendor = "Orsay Formation", .level = 4000, .frequency = 0.03, .earlyFrequency = 0.12,
     .descriptions = {"Formation « coder avec un assistant IA »"}},
    {.project = Dev, .category = CostCategory::Infrastructure, .pattern = Pattern::Monthly, .vendor = "OVHcloud",
     .level = 1200, .scaleFrom = 0.6, .rampWeeks = 40, .noise = 0.03,
     .descriptions = {"Passerelle LLM interne et gestion des clés d'API"}},
    {.project = Dev, .category = CostCategory::DataSecurity, .pattern = Pattern::QuarterAudit,
     .vendor = "Sentinelle Cyber", .level = 3200, .noise = 0.15,
     .descriptions = {"Revue de sécurité du code généré et des dépendances"}},
    {.project = Dev, .category = CostCategory::LicencesOther, .pattern = Pattern::Seats, .vendor = "GitHub",
     .billedInUsd = true, .level = 19, .scaleFrom = 60, .scaleTo = 380, .rampWeeks = 45,
     .descriptions = {"GitHub Copilot Business — %1 postes"}},

    // LEG: steady usage, no dedicated payroll (the lawyers' time is not charged), and a second
    // wave now that the litigation team is joining: its forecast runs ahead of its budget.
    {.project = Leg, .category = CostCategory::Inference, .pattern = Pattern::Adoption, .vendor = "Mistral AI",
     .level = 3600, .scaleFrom = 0.08, .rampStartWeeks = 4, .rampWeeks = 30, .noise = 0.04,
     .waveGain = 1.6, .waveStartWeeksAgo = 12, .waveWeeks = 24,
     .days = DaySpread::BusinessDays, .unit = tokens, .unitPrice = 3.8,
     .descriptions = {"Mistral Large — synthèse de contrats", "Mistral Large — analyse des avis juridiques",
                      "Mistral Small — extraction des clauses"},
     .models = {{{"mistral-large-latest", 3.8, 14000}, {"mistral-large-latest", 3.8, 9000},
                 {"mistral-small-latest", 0.45, 4000}}}},
    {.project = Leg, .category = CostCategory::Cloud, .pattern = Pattern::Steps, .vendor = "Microsoft Azure",
     .level = 950, .scaleFrom = 0.9, .noise = 0.02,
     .descriptions = {"Azure — stockage chiffré des documents juridiques", "Azure — OCR et indexation des pièces"}},
    {.project = Leg, .category = CostCategory::PromptEngineering, .pattern = Pattern::PersonDays,
     .vendor = "Quadrant Conseil", .level = 1, .frequency = 0.8, .earlyFrequency = 0.9,
     .days = DaySpread::BusinessDays, .unit = personDays, .unitPrice = 950,
     .descriptions = {"Conception des gabarits de synthèse juridique",
                      "Revue des prompts avec les juristes référents"}},
    {.project = Leg, .category = CostCategory::FineTuning, .pattern = Pattern::Bursts, .vendor = "Mistral AI",
     .level = 3800, .rampStartWeeks = 8, .frequency = 0.08, .activeWeeks = 36,
     .descriptions = {"Affinage sur le corpus de contrats annotés"}},
    {.project = Leg, .category = CostCategory::StaffTraining, .pattern = Pattern::Occasional,
     .vendor = "Académie Data & IA", .level = 3500, .frequency = 0.02, .earlyFrequency = 0.1,
     .descriptions = {"Formation des juristes à la relecture des synthèses"}},
    {.project = Leg, .category = CostCategory::Infrastructure, .pattern = Pattern::Monthly, .vendor = "Microsoft Azure",
     .level = 650, .scaleFrom = 0.8, .rampWeeks = 20, .noise = 0.03, .atMonthEnd = true,
     .descriptions = {"Environnement isolé et sauvegardes"}},
    {.project = Leg, .category = CostCategory::DataSecurity, .pattern = Pattern::Monthly, .vendor = "Sentinelle Cyber",
     .level = 900, .noise = 0.02, .atMonthEnd = true,
     .descriptions = {"Pseudonymisation des documents et contrôle RGPD"}},
    {.project = Leg, .category = CostCategory::LicencesOther, .pattern = Pattern::Monthly, .vendor = "Juris Index",
     .level = 1100, .atMonthEnd = true, .descriptions = {"Accès API à la base de jurisprudence"}},

    // MKT: content generation on OpenAI, used far less than planned.
    {.project = Mkt, .category = CostCategory::Inference, .pattern = Pattern::Adoption, .vendor = "OpenAI",
     .billedInUsd = true, .level = 2100, .scaleFrom = 0.1, .rampStartWeeks = 4, .rampWeeks = 30, .noise = 0.12,
     .days = DaySpread::BusinessDays, .unit = tokens, .unitPrice = 5.0,
     .descriptions = {"GPT-4o — rédaction d'articles et de posts", "GPT Image 1 — génération de visuels",
                      "GPT-4o mini — déclinaisons multilingues"},
     .models = {{{"gpt-4o", 5.0, 1800}, {"gpt-image-1", 30.0, 4500}, {"gpt-4o-mini", 0.4, 1500}}}},
    {.project = Mkt, .category = CostCategory::Cloud, .pattern = Pattern::Steps, .vendor = "Google Cloud",
     .billedInUsd = true, .level = 320, .scaleFrom = 0.6, .noise = 0.03,
     .descriptions = {"Google Cloud — stockage et diffusion des contenus générés"}},
    {.project = Mkt, .category = CostCategory::PromptEngineering, .pattern = Pattern::PersonDays,
     .vendor = "Studio Verbatim", .level = 3, .frequency = 0.3, .earlyFrequency = 0.7,
     .days = DaySpread::BusinessDays, .unit = personDays, .unitPrice = 650,
     .descriptions = {"Ateliers de prompts éditoriaux avec l'agence"}},
    {.project = Mkt, .category = CostCategory::Salaries, .pattern = Pattern::Roster},
    {.project = Mkt, .category = CostCategory::StaffTraining, .pattern = Pattern::Occasional,
     .vendor = "Orsay Formation", .level = 2800, .frequency = 0.02, .earlyFrequency = 0.12,
     .descriptions = {"Formation des rédacteurs à l'IA générative"}},
    {.project = Mkt, .category = CostCategory::LicencesOther, .pattern = Pattern::Seats, .vendor = "Adobe",
     .level = 89.99, .scaleFrom = 6, .scaleTo = 14, .rampWeeks = 30,
     .descriptions = {"Adobe Firefly — %1 licences créatives"}},

    // RAG: search over internal documents on AWS.
    {.project = Rag, .category = CostCategory::Inference, .pattern = Pattern::Adoption, .vendor = "AWS",
     .billedInUsd = true, .level = 2300, .scaleFrom = 0.06, .rampStartWeeks = 10, .rampWeeks = 45, .noise = 0.07,
     .days = DaySpread::BusyWeekdays, .unit = tokens, .unitPrice = 6.0,
     .descriptions = {"Amazon Bedrock (Claude) — réponses aux questions internes",
                      "Amazon Bedrock — calcul des embeddings des documents"},
     .models = {{{"claude-3-5-sonnet", 6.0, 6500}, {"cohere.embed-multilingual-v3", 0.1, 700}}}},
    {.project = Rag, .category = CostCategory::Cloud, .pattern = Pattern::Steps, .vendor = "AWS",
     .billedInUsd = true, .level = 1900, .scaleFrom = 0.3, .noise = 0.03,
     .descriptions = {"AWS OpenSearch — index vectoriel", "AWS — chaîne d'ingestion documentaire"}},
    {.project = Rag, .category = CostCategory::ModelTraining, .pattern = Pattern::Occasional, .vendor = "AWS",
     .billedInUsd = true, .level = 9000, .frequency = 0.03, .unit = gpuHours, .unitPrice = 4.1,
     .descriptions = {"Entraînement du modèle de reclassement (reranker)"}},
    {.project = Rag, .category = CostCategory::PromptEngineering, .pattern = Pattern::PersonDays,
     .vendor = "Ellipse Consulting", .level = 3, .frequency = 0.25, .earlyFrequency = 0.7,
     .days = DaySpread::BusinessDays, .unit = personDays, .unitPrice = 780,
     .descriptions = {"Réglage des prompts de recherche et des citations"}},
    {.project = Rag, .category = CostCategory::Salaries, .pattern = Pattern::Roster},
    {.project = Rag, .category = CostCategory::StaffTraining, .pattern = Pattern::Occasional,
     .vendor = "Académie Data & IA", .level = 2500, .frequency = 0.02, .earlyFrequency = 0.1,
     .descriptions = {"Formation des référents documentaires"}},
    {.project = Rag, .category = CostCategory::Infrastructure, .pattern = Pattern::Monthly, .vendor = "OVHcloud",
     .level = 2100, .scaleFrom = 0.5, .rampWeeks = 40, .noise = 0.03,
     .descriptions = {"Connecteurs documentaires et ordonnancement de l'indexation"}},
    {.project = Rag, .category = CostCategory::DataSecurity, .pattern = Pattern::QuarterAudit,
     .vendor = "Sentinelle Cyber", .level = 2400, .noise = 0.15,
     .descriptions = {"Contrôle des habilitations sur les documents indexés"}},
    {.project = Rag, .category = CostCategory::LicencesOther, .pattern = Pattern::QuarterStart, .vendor = "Connectiv",
     .level = 3000, .descriptions = {"Licence des connecteurs SharePoint et Confluence"}},

    // MED: health data on a private certified cloud, so heavy hosting and security costs.
    {.project = Med, .category = CostCategory::Inference, .pattern = Pattern::Adoption, .vendor = "OVHcloud",
     .level = 1700, .scaleFrom = 0.1, .rampStartWeeks = 14, .rampWeeks = 40, .noise = 0.06,
     .days = DaySpread::BusinessDays, .unit = tokens, .unitPrice = 1.2,
     .descriptions = {"Mistral auto-hébergé — lecture assistée des dossiers médicaux",
                      "Mistral auto-hébergé — extraction des antécédents"},
     .models = {{{"mistral-small-3.1", 1.2, 7000}, {"mistral-small-3.1", 1.2, 3500}}}},
    {.project = Med, .category = CostCategory::Cloud, .pattern = Pattern::Steps, .vendor = "OVHcloud",
     .level = 7200, .scaleFrom = 0.45, .noise = 0.02,
     .descriptions = {"Cloud privé certifié HDS — serveurs GPU dédiés",
                      "Cloud privé certifié HDS — stockage chiffré des dossiers"}},
    {.project = Med, .category = CostCategory::DataSecurity, .pattern = Pattern::Steps, .vendor = "Sentinelle Cyber",
     .level = 2900, .scaleFrom = 0.9, .noise = 0.02,
     .descriptions = {"Supervision SOC et gestion des accès aux données de santé",
                      "Chiffrement HSM et journalisation des accès"}},
    {.project = Med, .category = CostCategory::ModelTraining, .pattern = Pattern::Occasional, .vendor = "OVHcloud",
     .level = 14000, .frequency = 0.025, .unit = gpuHours, .unitPrice = 2.9,
     .descriptions = {"Entraînement du modèle d'extraction d'entités médicales"}},
    {.project = Med, .category = CostCategory::FineTuning, .pattern = Pattern::Bursts, .vendor = "OVHcloud",
     .level = 5000, .rampStartWeeks = 16, .frequency = 0.025, .unit = gpuHours, .unitPrice = 2.9,
     .descriptions = {"Affinage du modèle sur des comptes rendus anonymisés"}},
    {.project = Med, .category = CostCategory::PromptEngineering, .pattern = Pattern::PersonDays,
     .vendor = "Quadrant Conseil", .level = 3, .frequency = 0.25, .earlyFrequency = 0.7,
     .days = DaySpread::BusinessDays, .unit = personDays, .unitPrice = 950,
     .descriptions = {"Conception des prompts avec les médecins conseils"}},
    {.project = Med, .category = CostCategory::Salaries, .pattern = Pattern::Roster},
    {.project = Med, .category = CostCategory::StaffTraining, .pattern = Pattern::Occasional,
     .vendor = "Académie Data & IA", .level = 4200, .frequency = 0.02, .earlyFrequency = 0.1,
     .descriptions = {"Formation des gestionnaires santé et sensibilisation au secret médical"}},
    {.project = Med, .category = CostCategory::Infrastructure, .pattern = Pattern::Monthly, .vendor = "OVHcloud",
     .level = 3600, .scaleFrom = 0.6, .rampWeeks = 40, .noise = 0.02,
     .descriptions = {"Bastion, sauvegardes et journalisation HDS"}},
    {.project = Med, .category = CostCategory::LicencesOther, .pattern = Pattern::QuarterStart, .vendor = "Certi Santé",
     .level = 5200, .descriptions = {"Maintien de la certification HDS et audits de conformité"}},

    // CLM: a fine-tuned classifier on Scaleway, retrained in bursts. All in EUR on purpose: its
    // last-week spike is sized in the reporting currency.
    {.project = Clm, .category = CostCategory::FineTuning, .pattern = Pattern::Bursts, .vendor = "Scaleway",
     .level = 7500, .rampStartWeeks = 6, .frequency = 0.07, .unit = gpuHours, .unitPrice = 2.7,
     .descriptions = {"Réentraînement du classifieur sur les nouveaux sinistres",
                      "Affinage du classifieur après une campagne d'étiquetage"}},
    {.project = Clm, .category = CostCategory::Inference, .pattern = Pattern::Adoption, .vendor = "Scaleway",
     .level = 1150, .scaleFrom = 0.1, .rampStartWeeks = 12, .rampWeeks = 30, .noise = 0.05,
     .unit = tokens, .unitPrice = 0.8,
     .descriptions = {"Classification des déclarations de sinistre", "Routage automatique vers les gestionnaires"},
     .models = {{{"llama-3.1-70b-instruct", 0.8, 1600}, {"llama-3.1-8b-instruct", 0.2, 600}}}},
    {.project = Clm, .category = CostCategory::Cloud, .pattern = Pattern::Steps, .vendor = "Scaleway",
     .level = 1350, .scaleFrom = 0.4, .noise = 0.03,
     .descriptions = {"Scaleway — instances GPU et stockage des jeux de données"}},
    {.project = Clm, .category = CostCategory::ModelTraining, .pattern = Pattern::Occasional, .vendor = "Scaleway",
     .level = 16000, .frequency = 0.025, .unit = gpuHours, .unitPrice = 2.7,
     .descriptions = {"Entraînement d'un modèle de base de classification"}},
    {.project = Clm, .category = CostCategory::PromptEngineering, .pattern = Pattern::PersonDays,
     .vendor = "Ellipse Consulting", .level = 2, .frequency = 0.15, .earlyFrequency = 0.5,
     .days = DaySpread::BusinessDays, .unit = personDays, .unitPrice = 780,
     .descriptions = {"Rédaction des consignes d'étiquetage assisté"}},
    {.project = Clm, .category = CostCategory::Salaries, .pattern = Pattern::Roster},
    {.project = Clm, .category = CostCategory::StaffTraining, .pattern = Pattern::Occasional,
     .vendor = "Orsay Formation", .level = 3000, .frequency = 0.02, .earlyFrequency = 0.1,
     .descriptions = {"Formation des gestionnaires sinistres au routage automatique"}},
    {.project = Clm, .category = CostCategory::Infrastructure, .pattern = Pattern::Monthly, .vendor = "Scaleway",
     .level = 950, .scaleFrom = 0.6, .rampWeeks = 40, .noise = 0.03,
     .descriptions = {"Registre de modèles et supervision"}},
    {.project = Clm, .category = CostCategory::DataSecurity, .pattern = Pattern::QuarterAudit,
     .vendor = "Sentinelle Cyber", .level = 2200, .noise = 0.15,
     .descriptions = {"Audit des biais et de la traçabilité des décisions"}},
    {.project = Clm, .category = CostCategory::LicencesOther, .pattern = Pattern::QuarterStart, .vendor = "Annotix",
     .level = 2500, .descriptions = {"Licence de l'outil d'annotation"}},

    // SAL: the newest project, a pilot on Google Cloud and Microsoft 365 Copilot seats.
    {.project = Sal, .category = CostCategory::Inference, .pattern = Pattern::Adoption, .vendor = "Google Cloud",
     .billedInUsd = true, .level = 1500, .scaleFrom = 0.1, .rampStartWeeks = 2, .rampWeeks = 28, .noise = 0.08,
     .days = DaySpread::BusinessDays, .unit = tokens, .unitPrice = 2.5,
     .descriptions = {"Gemini — rédaction des e-mails de prospection", "Gemini — relances personnalisées"},
     .models = {{{"gemini-1.5-pro", 2.5, 2200}, {"gemini-1.5-flash", 0.3, 1400}}}},
    {.project = Sal, .category = CostCategory::Cloud, .pattern = Pattern::Steps, .vendor = "Google Cloud",
     .billedInUsd = true, .level = 260, .scaleFrom = 0.5, .noise = 0.03,
     .descriptions = {"Google Cloud — intégration CRM et files de traitement"}},
    {.project = Sal, .category = CostCategory::PromptEngineering, .pattern = Pattern::PersonDays,
     .vendor = "Studio Verbatim", .level = 3, .frequency = 0.35, .earlyFrequency = 0.8,
     .days = DaySpread::BusinessDays, .unit = personDays, .unitPrice = 650,
     .descriptions = {"Ateliers de prompts commerciaux avec les équipes de vente"}},
    {.project = Sal, .category = CostCategory::Salaries, .pattern = Pattern::Roster},
    {.project = Sal, .category = CostCategory::StaffTraining, .pattern = Pattern::Occasional,
     .vendor = "Orsay Formation", .level = 3200, .frequency = 0.02, .earlyFrequency = 0.15,
     .descriptions = {"Formation des commerciaux au copilote"}},
    {.project = Sal, .category = CostCategory::LicencesOther, .pattern = Pattern::Seats, .vendor = "Microsoft",
     .level = 28.10, .scaleFrom = 25, .scaleTo = 90, .rampWeeks = 24,
     .descriptions = {"Microsoft 365 Copilot — %1 postes"}},
    {.project = Sal, .category = CostCategory::DataSecurity, .pattern = Pattern::QuarterAudit,
     .vendor = "Sentinelle Cyber", .level = 1800, .noise = 0.1,
     .descriptions = {"Revue RGPD des données de prospection"}},
};
// clang-format on

constexpr int streamCount = static_cast<int>(std::size(streamSpecs));

// Weeks at the start of a project when workshops and training are most frequent.
constexpr double earlyPhaseWeeks = 12;
// The history every profile above is written for; longer histories stretch the timeline.
constexpr int referenceHistoryWeeks = 78;
// Lines handed to the repository at once: large enough to amortise its per-call set-up, small
// enough to keep memory flat and the progress bar moving.
constexpr qsizetype chunkSize = 20'000;

int streamOf(DemoProject project, CostCategory category)
{
    for (int index = 0; index < streamCount; ++index) {
        if (streamSpecs[index].project == project && streamSpecs[index].category == category)
            return index;
    }
    return -1;
}

// ---------------------------------------------------------------------------------------------
// Time

using DayWeights = std::array<std::uint8_t, 7>; // Monday first

constexpr DayWeights allWeek { 10, 10, 10, 10, 10, 10, 10 };
constexpr DayWeights businessDays { 10, 10, 10, 10, 10, 0, 0 };
constexpr DayWeights busyWeekdays { 10, 10, 10, 10, 10, 3, 3 };

DayWeights weightsFor(DaySpread spread)
{
    switch (spread) {
    case DaySpread::AllWeek:
        return allWeek;
    case DaySpread::BusinessDays:
        return businessDays;
    case DaySpread::BusyWeekdays:
        return busyWeekdays;
    }
    return allWeek;
}

DayWeights singleDay(int dayIndex)
{
    DayWeights weights {};
    weights[static_cast<std::size_t>(dayIndex)] = 1;
    return weights;
}

// French offices empty out in August and between Christmas and New Year.
double seasonality(const QDate &monday)
{
    const QDate sunday = monday.addDays(6);
    if (monday.addDays(3).month() == 8)
        return 0.6;
    const QDate christmas(monday.year(), 12, 25);
    if (monday <= christmas && christmas <= sunday)
        return 0.55;
    const QDate newYear(sunday.year(), 1, 1);
    if (monday <= newYear && newYear <= sunday)
        return 0.75;
    return 1.0;
}

// Quarters of the calendar year (invoices follow them whatever the fiscal year): the quarters of a
// fiscal year that starts in January.
QDate calendarQuarterStart(const QDate &date)
{
    return FiscalCalendar(1).quarter(date).first;
}

// The days an invoice of `pattern` dated `invoiced` pays for: the month it is dated in (seats
// booked on the 1st, subscriptions on the 1st or at month end), the calendar quarter
// of a quarterly licence. Usage, jobs, consultants' days and audits pay for their own date: an
// invalid range. On the accrual basis the dashboard spreads an invoice over these days, so that a
// month's subscription shows in each of its weeks instead of as a spike in one.
DayRange servicePeriodOf(Pattern pattern, const QDate &invoiced)
{
    switch (pattern) {
    case Pattern::Monthly:
    case Pattern::Seats:
        return FiscalCalendar::month(invoiced);
    case Pattern::QuarterStart: {
        const QDate quarter = calendarQuarterStart(invoiced);
        return { quarter, quarter.addMonths(3).addDays(-1) };
    }
    default:
        return {};
    }
}

// Weeks are counted as offsets from the demo's last week: 0 is options.lastWeek, -1 the week
// before. Project starts are stretched with the history so that a 10-year demo is not 9 years of
// nothing followed by 78 weeks of GenAI.
struct Timeline
{
    IsoWeek lastWeek;
    QDate lastMonday;
    int weeks = 0;
    double stretch = 1.0;
    int fiscalYearStartMonth = 1;
    int firstWindowOffset = 0; // the first week that gets cost lines
    int firstModelOffset = 0; // the first week modelled: holds the first budgeted quarter's start
    QDate windowStart;
    QDate windowEnd;
    QDate firstQuarterStart; // fiscal quarter holding windowStart
    QDate currentQuarterStart; // fiscal quarter holding windowEnd: the dashboard's "current quarter"
    std::array<int, ProjectCount> startOffset {};

    static Timeline make(const DemoOptions &options, int fiscalYearStartMonth)
    {
        Timeline timeline;
        timeline.lastWeek = options.lastWeek;
        timeline.lastMonday = options.lastWeek.monday();
        timeline.weeks = options.weeks;
        timeline.stretch = std::max(1.0, static_cast<double>(options.weeks) / referenceHistoryWeeks);
        timeline.fiscalYearStartMonth = fiscalYearStartMonth;
        timeline.firstWindowOffset = 1 - options.weeks;
        timeline.windowStart = timeline.mondayAt(timeline.firstWindowOffset);
        timeline.windowEnd = options.lastWeek.sunday();
        timeline.firstQuarterStart = FiscalCalendar(fiscalYearStartMonth).quarter(timeline.windowStart).first;
        timeline.currentQuarterStart = FiscalCalendar(fiscalYearStartMonth).quarter(timeline.windowEnd).first;
        timeline.firstModelOffset = timeline.offsetOf(timeline.firstQuarterStart);
        for (int project = 0; project < ProjectCount; ++project) {
            const double weeksAgo
                = projectProfiles[static_cast<std::size_t>(project)].startWeeksAgo * timeline.stretch;
            timeline.startOffset[static_cast<std::size_t>(project)]
                = -static_cast<int>(std::lround(weeksAgo));
        }
        return timeline;
    }

    QDate mondayAt(int offset) const { return lastMonday.addDays(qint64(7) * offset); }
    int offsetOf(const QDate &date) const
    {
        const qint64 days = lastMonday.daysTo(date);
        return static_cast<int>(days >= 0 ? days / 7 : -((6 - days) / 7));
    }
    int projectStartOffset(int project) const { return startOffset[static_cast<std::size_t>(project)]; }
    QDate projectStart(int project) const { return mondayAt(projectStartOffset(project)); }
    QDate earliestDate() const
    {
        const int earliestStart = *std::min_element(startOffset.cbegin(), startOffset.cend());
        return std::min(mondayAt(earliestStart), windowStart).addDays(-92);
    }
};

// ---------------------------------------------------------------------------------------------
// Exchange rates: one EUR-per-USD rate per month, a bounded random walk around 0.92.

const QString eurCode = QStringLiteral("EUR");
const QString usdCode = QStringLiteral("USD");

class FxSchedule final
{
public:
    FxSchedule(const QDate &from, const QDate &to, std::uint64_t seed)
        : m_firstMonth(from.year(), from.month(), 1)
    {
        Random random(deriveSeed(seed, RandomPurpose::FxRates));
        std::int64_t rateNanos = 915'000'000 + random.below(20'000'001);
        for (QDate month = m_firstMonth; month <= to; month = month.addMonths(1)) {
            m_rateNanos.push_back(rateNanos);
            const std::int64_t move = std::int64_t(random.below(12'000'001)) - 6'000'000;
            rateNanos = std::clamp<std::int64_t>(rateNanos + move, 901'000'000, 949'000'000);
        }
    }

    int count() const { return static_cast<int>(m_rateNanos.size()); }
    QDate monthAt(int index) const { return m_firstMonth.addMonths(index); }
    std::int64_t rateAt(int index) const { return m_rateNanos[static_cast<std::size_t>(index)]; }

    // Dates before the first month (the part of the first quarter before the window, modelled
    // for its budget only) use the first rate.
    std::int64_t rateOn(const QDate &date) const
    {
        const int months = (date.year() - m_firstMonth.year()) * 12 + date.month() - m_firstMonth.month();
        return rateAt(std::clamp(months, 0, count() - 1));
    }

    // FxConverter's arithmetic. A USD part's estimate differs from the sum of its stored lines
    // only by per-line rounding, and by the rate where a week straddles two months: cents, well
    // inside the margins the budget stories keep.
    std::int64_t toReporting(std::int64_t minorUnits, bool usd, const QDate &on) const
    {
        if (!usd)
            return minorUnits;
        return Money(minorUnits, usdCode).scaled(rateOn(on), FxRate::Scale).minorUnits();
    }

private:
    QDate m_firstMonth;
    std::vector<std::int64_t> m_rateNanos;
};

// ---------------------------------------------------------------------------------------------
// The amount model: one total per (week, project, category) cell, independent of the number of
// lines asked for. Lines only split these totals.

struct Cell
{
    int weekOffset = 0;
    int stream = 0;
    DemoProject project = Sup;
    CostCategory category = CostCategory::Inference;
    std::int64_t amountMinor = 0; // in the stream's currency, > 0
    DayWeights dayWeights {}; // a fixed-date invoice has a single non-zero day
    QString description; // empty: each line picks one of the stream's wordings
    DayRange servicePeriod; // of each of its lines (a fixed-date invoice); invalid: none
};

QString formatted(const StreamSpec &spec, const QString &value)
{
    return QString::fromUtf8(spec.descriptions[0]).arg(value);
}

int roundedSeats(double seats)
{
    // Licences are bought by tens in large organisations, one by one in small teams.
    const double step = seats >= 100 ? 10.0 : 1.0;
    return static_cast<int>(std::round(seats / step) * step);
}

double growth(const StreamSpec &spec, double weeksIn, double stretch)
{
    const double span = std::max(1.0, spec.rampWeeks * stretch);
    const double progress = (weeksIn - spec.rampStartWeeks * stretch) / span;
    return spec.scaleFrom + (spec.scaleTo - spec.scaleFrom) * smoothStep(progress);
}

double recentWave(const StreamSpec &spec, int weekOffset)
{
    if (spec.waveGain == 0)
        return 1.0;
    return 1.0 + spec.waveGain * smoothStep((weekOffset + spec.waveStartWeeksAgo) / spec.waveWeeks);
}

class AmountModel final
{
public:
    // `claimsWrittenByWeek`: what lines written outside the model (the roster's salaries) add to
    // the claims project's weeks, by week offset, on the accrual basis.
    AmountModel(const Timeline &timeline, const FxSchedule &fx, std::uint64_t seed,
                const QHash<int, std::int64_t> &claimsWrittenByWeek)
        : m_timeline(timeline)
        , m_fx(fx)
        , m_seed(seed)
        , m_claimsWrittenByWeek(claimsWrittenByWeek)
    {
        for (int stream = 0; stream < streamCount; ++stream)
            generateStream(stream);
        ensureEveryCategoryAppears();
        shapeClaimsSpike();
        std::sort(m_cells.begin(), m_cells.end(), [](const Cell &a, const Cell &b) {
            if (a.weekOffset != b.weekOffset)
                return a.weekOffset < b.weekOffset;
            if (a.project != b.project)
                return a.project < b.project;
            if (a.category != b.category)
                return a.category < b.category;
            return a.stream < b.stream;
        });
    }

    const std::vector<Cell> &cells() const { return m_cells; }

    std::int64_t reportingEstimate(const Cell &cell) const
    {
        return m_fx.toReporting(cell.amountMinor, streamSpecs[cell.stream].billedInUsd,
                                m_timeline.mondayAt(cell.weekOffset));
    }

private:
    void add(int stream, int weekOffset, double amountMajor, const DayWeights &days, QString description = {},
             const DayRange &servicePeriod = {})
    {
        if (weekOffset < m_timeline.firstModelOffset || weekOffset > 0 || !(amountMajor > 0))
            return;
        const StreamSpec &spec = streamSpecs[stream];
        const double minorPerMajor
            = static_cast<double>(Money::minorPerMajor(spec.billedInUsd ? usdCode : eurCode));
        // The one rounding of this cell: from here on everything is whole minor units.
        const std::int64_t minor = std::llround(std::min(amountMajor * minorPerMajor, 1e12));
        if (minor <= 0)
            return;
        m_cells.push_back(Cell { weekOffset, stream, spec.project, spec.category,
                                 std::min(minor, Money::MaxInputMinorUnits), days, std::move(description),
                                 servicePeriod });
    }

    void generateStream(int stream)
    {
        const StreamSpec &spec = streamSpecs[stream];
        Random random(deriveSeed(m_seed, RandomPurpose::Stream, { stream }));
        switch (spec.pattern) {
        case Pattern::Adoption:
        case Pattern::Steps:
        case Pattern::Bursts:
        case Pattern::PersonDays:
        case Pattern::Occasional:
            generateWeekly(stream, random);
            break;
        case Pattern::Monthly:
        case Pattern::Seats:
            generateMonthly(stream, random);
            break;
        case Pattern::Roster:
            break;
        case Pattern::QuarterStart:
        case Pattern::QuarterAudit:
            generateQuarterly(stream, random);
            break;
        }
    }

    void generateWeekly(int stream, Random &random)
    {
        const StreamSpec &spec = streamSpecs[stream];
        const double stretch = m_timeline.stretch;
        const int start = m_timeline.projectStartOffset(spec.project);
        double stepLevel = spec.level * spec.scaleFrom;
        double nextStepAt = stretch * (6 + random.below(10));
        int burstWeeksLeft = 0;
        // From the project's start even when the window begins later: the stateful patterns
        // (steps, bursts) then look the same whatever the window.
        for (int offset = start; offset <= 0; ++offset) {
            const double weeksIn = offset - start;
            const bool early = weeksIn < earlyPhaseWeeks * stretch;
            const QDate monday = m_timeline.mondayAt(offset);
            switch (spec.pattern) {
            case Pattern::Adoption: {
                const double noise = random.bell();
                const double amount = spec.level * growth(spec, weeksIn, stretch) * recentWave(spec, offset)
                    * seasonality(monday) * (1.0 + spec.noise * noise);
                add(stream, offset, amount, weightsFor(spec.days));
                break;
            }
            case Pattern::Steps: {
                if (weeksIn >= nextStepAt) {
                    // Mostly growth (new users, more data), sometimes savings (reserved capacity,
                    // a cleanup); never far above the level the project was sized for.
                    const bool up = stepLevel < spec.level * 1.25 && random.chance(0.8);
                    const double factor = up ? random.between(1.08, 1.40) : random.between(0.78, 0.92);
                    stepLevel *= factor;
                    const int gap = 8 + random.below(13);
                    nextStepAt += stretch * gap;
                }
                const double noise = random.bell();
                add(stream, offset, stepLevel * (1.0 + spec.noise * noise), weightsFor(spec.days));
                break;
            }
            case Pattern::Bursts: {
                const bool active = weeksIn >= spec.rampStartWeeks * stretch
                    && (spec.activeWeeks <= 0 || weeksIn < spec.activeWeeks * stretch);
                if (burstWeeksLeft == 0 && active && random.chance(spec.frequency))
                    burstWeeksLeft = 1 + random.below(3);
                if (burstWeeksLeft > 0) {
                    --burstWeeksLeft;
                    const double size = random.between(0.7, 1.3);
                    add(stream, offset, spec.level * size, weightsFor(spec.days));
                }
                break;
            }
            case Pattern::PersonDays: {
                const double probability
                    = (early ? spec.earlyFrequency : spec.frequency) * seasonality(monday);
                if (random.chance(probability)) {
                    const int days = 1 + random.below(std::max(1, static_cast<int>(spec.level)));
                    add(stream, offset, days * spec.unitPrice, weightsFor(spec.days));
                }
                break;
            }
            case Pattern::Occasional: {
                const double probability
                    = (early ? spec.earlyFrequency : spec.frequency) * seasonality(monday);
                if (random.chance(probability)) {
                    const double size = random.between(0.6, 1.4);
                    if (spec.category == CostCategory::StaffTraining) {
                        // A course of two or three working days, invoiced on its first day.
                        const int courseDays = 2 + random.below(2);
                        const int firstDay = random.below(6 - courseDays);
                        const QDate courseStart = monday.addDays(firstDay);
                        add(stream, offset, spec.level * size, singleDay(firstDay), {},
                            { courseStart, courseStart.addDays(courseDays - 1) });
                    } else {
                        const int weekday = random.below(5);
                        add(stream, offset, spec.level * size, singleDay(weekday));
                    }
                }
                break;
            }
            default:
                break;
            }
        }
    }

    void generateMonthly(int stream, Random &random)
    {
        const StreamSpec &spec = streamSpecs[stream];
        const QDate startDate = m_timeline.projectStart(spec.project);
        const int start = m_timeline.projectStartOffset(spec.project);
        const bool atMonthEnd = spec.atMonthEnd;
        for (QDate month(startDate.year(), startDate.month(), 1); month <= m_timeline.windowEnd;
             month = month.addMonths(1)) {
            const QDate invoiced = atMonthEnd ? month.addMonths(1).addDays(-1) : month;
            if (invoiced < startDate || invoiced > m_timeline.windowEnd)
                continue;
            const int offset = m_timeline.offsetOf(invoiced);
            const double scale = growth(spec, offset - start, m_timeline.stretch);
            const double noise = random.bell();
            const DayWeights day = singleDay(invoiced.dayOfWeek() - 1);
            const DayRange servicePeriod = servicePeriodOf(spec.pattern, invoiced);
            switch (spec.pattern) {
            case Pattern::Seats: {
                const int seats = roundedSeats(scale);
                add(stream, offset, seats * spec.level, day, formatted(spec, QString::number(seats)),
                    servicePeriod);
                break;
            }
            default:
                add(stream, offset, spec.level * scale * (1.0 + spec.noise * noise), day, {}, servicePeriod);
                break;
            }
        }
    }

    void generateQuarterly(int stream, Random &random)
    {
        const StreamSpec &spec = streamSpecs[stream];
        const QDate startDate = m_timeline.projectStart(spec.project);
        for (QDate quarter = calendarQuarterStart(startDate); quarter <= m_timeline.windowEnd;
             quarter = quarter.addMonths(3)) {
            QDate invoiced = quarter;
            if (spec.pattern == Pattern::QuarterAudit) {
                // Mid-quarter, on a working day.
                invoiced = quarter.addMonths(1).addDays(14);
                if (invoiced.dayOfWeek() > 5)
                    invoiced = invoiced.addDays(8 - invoiced.dayOfWeek());
            }
            if (invoiced < startDate || invoiced > m_timeline.windowEnd)
                continue;
            const double noise = random.bell();
            add(stream, m_timeline.offsetOf(invoiced), spec.level * (1.0 + spec.noise * noise),
                singleDay(invoiced.dayOfWeek() - 1), {}, servicePeriodOf(spec.pattern, invoiced));
        }
    }

    // A short window (4 weeks) may miss the rare categories; the legend should still show all ten.
    void ensureEveryCategoryAppears()
    {
        std::array<bool, 10> seen {};
        for (const Cell &cell : m_cells) {
            if (cell.weekOffset >= m_timeline.firstWindowOffset)
                seen[static_cast<std::size_t>(cell.category) - 1] = true;
        }
        for (const CategoryInfo &info : CostCategories::all()) {
            if (seen[static_cast<std::size_t>(info.category) - 1])
                continue;
            int stream = -1;
            for (int index = 0; index < streamCount && stream < 0; ++index) {
                if (streamSpecs[index].category == info.category && streamSpecs[index].project != Clm
                    && streamSpecs[index].pattern != Pattern::Roster)
                    stream = index;
            }
            if (stream < 0)
                continue;
            const StreamSpec &spec = streamSpecs[stream];
            const int offset
                = std::clamp(-(m_timeline.weeks / 2), m_timeline.projectStartOffset(spec.project), -1);
            const DayWeights friday = singleDay(4);
            const DayRange servicePeriod
                = servicePeriodOf(spec.pattern, m_timeline.mondayAt(offset).addDays(4));
            switch (spec.pattern) {
            case Pattern::PersonDays:
                add(stream, offset, 2 * spec.unitPrice, friday);
                break;
            case Pattern::Seats:
                add(stream, offset, spec.level * roundedSeats(spec.scaleTo), friday,
                    formatted(spec, QString::number(roundedSeats(spec.scaleTo))), servicePeriod);
                break;
            default:
                add(stream, offset, spec.level * spec.scaleTo, friday, {}, servicePeriod);
                break;
            }
        }
    }

    // What a cell adds to the week at `offset` on the accrual basis (the dashboard's weekly
    // chart): the share of its service days in that week, or all of it in its own week.
    std::int64_t accruedInWeek(const Cell &cell, int offset) const
    {
        const std::int64_t amount = reportingEstimate(cell);
        if (!cell.servicePeriod.isValid())
            return cell.weekOffset == offset ? amount : 0;
        const IsoWeek week = IsoWeek::fromDate(m_timeline.mondayAt(offset));
        return shareOfDays(amount, cell.servicePeriod, { week.monday(), week.sunday() });
    }

    // The claims classifier's last week is a full retraining: at least 3x (we aim at 3.4x, a
    // visible margin over a 3x alert rule) the average of the four weeks before, which are kept
    // free of GPU jobs so that the spike stands out. Weeks are read as the chart shows them, on
    // the accrual basis: salaries and subscriptions by their days in each week, and only lines
    // written (a month paid before the window is modelled for its quarter's budget, not stored).
    void shapeClaimsSpike()
    {
        const int trailingFirst = std::max(-4, m_timeline.firstWindowOffset);
        std::erase_if(m_cells, [&](const Cell &cell) {
            return cell.project == Clm && cell.weekOffset >= trailingFirst
                && (cell.category == CostCategory::FineTuning
                    || cell.category == CostCategory::ModelTraining);
        });
        std::int64_t trailingTotal = 0;
        std::int64_t lastWeekOthers = m_claimsWrittenByWeek.value(0);
        for (int offset = trailingFirst; offset < 0; ++offset)
            trailingTotal += m_claimsWrittenByWeek.value(offset);
        for (const Cell &cell : m_cells) {
            if (cell.project != Clm || cell.weekOffset < m_timeline.firstWindowOffset)
                continue;
            lastWeekOthers += accruedInWeek(cell, 0);
            for (int offset = trailingFirst; offset < 0; ++offset)
                trailingTotal += accruedInWeek(cell, offset);
        }
        const std::int64_t trailingWeeks = -trailingFirst;
        const std::int64_t wantedWeekTotal
            = (trailingTotal * 34 + 10 * trailingWeeks - 1) / (10 * trailingWeeks);
        const int stream = streamOf(Clm, CostCategory::FineTuning);
        const StreamSpec &spec = streamSpecs[stream];
        const std::int64_t typicalBurst = std::llround(spec.level * 1.5 * 100.0);
        const std::int64_t spike = std::max(wantedWeekTotal - lastWeekOthers, typicalBurst);
        m_cells.push_back(Cell {
            0, stream, Clm, CostCategory::FineTuning, std::min(spike, Money::MaxInputMinorUnits), allWeek,
            QStringLiteral("Réentraînement complet du classifieur (nouvelle nomenclature des sinistres)"),
            DayRange() });
    }

    const Timeline &m_timeline;
    const FxSchedule &m_fx;
    std::uint64_t m_seed;
    QHash<int, std::int64_t> m_claimsWrittenByWeek;
    std::vector<Cell> m_cells;
};

// A cell's share of one fiscal quarter: cells of a week that straddles a quarter start are cut
// in two, by day weights, so that quarter totals (and so budgets) never depend on how many
// lines a cell is split into.
struct Part
{
    std::size_t cell = 0;
    int firstDay = 0;
    int lastDay = 6;
    std::int64_t amountMinor = 0;
    std::int64_t reportingMinor = 0; // estimate in EUR, at the rate of the part's first day
    QDate firstDate;
    bool inWindow = false;
};

std::vector<Part> splitIntoParts(const AmountModel &model, const Timeline &timeline, const FxSchedule &fx)
{
    std::vector<Part> parts;
    parts.reserve(model.cells().size() + model.cells().size() / 8);
    for (std::size_t index = 0; index < model.cells().size(); ++index) {
        const Cell &cell = model.cells()[index];
        const QDate monday = timeline.mondayAt(cell.weekOffset);
        int boundary = 7;
        for (int day = 1; day < 7; ++day) {
            const QDate date = monday.addDays(day);
            if (FiscalCalendar(timeline.fiscalYearStartMonth).quarter(date).first == date)
                boundary = day;
        }
        std::int64_t weightBefore = 0;
        std::int64_t weightTotal = 0;
        for (int day = 0; day < 7; ++day) {
            weightTotal += cell.dayWeights[static_cast<std::size_t>(day)];
            if (day < boundary)
                weightBefore += cell.dayWeights[static_cast<std::size_t>(day)];
        }
        const std::int64_t amountBefore = cell.amountMinor * weightBefore / weightTotal;
        const std::array<std::pair<int, int>, 2> ranges { { { 0, boundary - 1 }, { boundary, 6 } } };
        const std::array<std::int64_t, 2> amounts { amountBefore, cell.amountMinor - amountBefore };
        for (std::size_t segment = 0; segment < 2; ++segment) {
            if (amounts[segment] <= 0)
                continue;
            Part part;
            part.cell = index;
            part.firstDay = ranges[segment].first;
            part.lastDay = ranges[segment].second;
            part.amountMinor = amounts[segment];
            part.firstDate = monday.addDays(part.firstDay);
            part.reportingMinor
                = fx.toReporting(part.amountMinor, streamSpecs[cell.stream].billedInUsd, part.firstDate);
            part.inWindow = cell.weekOffset >= timeline.firstWindowOffset;
            parts.push_back(part);
        }
    }
    return parts;
}

// What the lines already written add to each of the claims project's last five weeks, by week
// offset: what its spike is shaped over besides the model's own cells.
QHash<int, std::int64_t> claimsWeeks(const LedgerWindow &written, const Timeline &timeline, ProjectId claims)
{
    QHash<int, std::int64_t> weeks;
    for (const LedgerSeries &series : written.series()) {
        if (series.projectId != claims)
            continue;
        for (int offset = -4; offset <= 0; ++offset) {
            const IsoWeek week = IsoWeek::fromDate(timeline.mondayAt(offset));
            Money::accumulate(weeks[offset], written.total(series, { week.monday(), week.sunday() }));
        }
    }
    return weeks;
}

// ---------------------------------------------------------------------------------------------
// Budgets

enum class Rounding
{
    Nearest,
    Down,
    Up
};

// Budgets are typed in by a CFO: whole thousands of euros, or hundreds for small amounts.
std::int64_t budgetStep(std::int64_t minor)
{
    return minor >= 2'000'000 ? 100'000 : minor >= 20'000 ? 10'000 : 100;
}

std::int64_t roundBudget(std::int64_t minor, Rounding rounding)
{
    if (minor <= 0)
        return 0;
    const std::int64_t step = budgetStep(minor);
    std::int64_t rounded = 0;
    switch (rounding) {
    case Rounding::Nearest:
        rounded = (minor + step / 2) / step * step;
        break;
    case Rounding::Down:
        rounded = minor / step * step;
        break;
    case Rounding::Up:
        rounded = (minor + step - 1) / step * step;
        break;
    }
    return rounded > 0 ? rounded : minor;
}

// The roundest amount within [low, high], or `wanted` itself when no round amount fits.
std::int64_t roundBudgetWithin(std::int64_t wanted, std::int64_t low, std::int64_t high)
{
    for (const std::int64_t step : { std::int64_t(100'000), std::int64_t(10'000), std::int64_t(100) }) {
        const std::int64_t candidate = (wanted + step / 2) / step * step;
        if (candidate >= low && candidate <= high && candidate > 0)
            return candidate;
    }
    return wanted;
}

std::int64_t scaledMinor(std::int64_t minor, std::int64_t numerator, std::int64_t denominator)
{
    return Money(minor, eurCode).scaled(numerator, denominator).minorUnits();
}

struct PlannedBudget
{
    int project = -1; // -1: the whole portfolio
    QDate quarterStart;
    std::int64_t amountMinor = 0;
};

// Where a project stands in the current quarter on the dashboard (its quarter-to-date view, on
// the accrual basis): what the quarter's budget is sized against.
struct QuarterPosition
{
    std::int64_t toDate = 0; // spend from the quarter's first day to the demo's last day
    std::int64_t forecast = 0; // expected over the whole quarter
};

// Budgets of closed quarters follow their totals in the amount model, on the accrual basis: a
// line paying for days of two quarters counts in each by its days. The current quarter's budget
// is sized against the dashboard's own figures for the lines written (spend to date, and the
// forecast with its scheduled payroll, committed subscriptions and projected usage), with
// budgets spread evenly by day, so that each project's story holds on screen and in the alerts
// without a second copy of the forecast's rules here.
class BudgetPlanner final
{
public:
    BudgetPlanner(const Timeline &timeline, const AmountModel &model, const std::vector<Part> &parts,
                  std::uint64_t seed)
        : m_timeline(timeline)
        , m_calendar(timeline.fiscalYearStartMonth)
        , m_random(deriveSeed(seed, RandomPurpose::Budgets))
    {
        for (QDate quarter = timeline.firstQuarterStart; quarter <= timeline.currentQuarterStart;
             quarter = quarter.addMonths(3))
            m_quarters.push_back(quarter);
        m_quarterTotals.assign(m_quarters.size(), {});
        for (const Part &part : parts) {
            const Cell &cell = model.cells()[part.cell];
            if (!cell.servicePeriod.isValid()) {
                addToQuarter(part.firstDate, cell.project, part.reportingMinor);
                continue;
            }
            // A cell with a service period is one invoice on one day: a single part.
            for (const DayRange &quarter :
                 m_calendar.periodsOverlapping(PeriodKind::Quarter, cell.servicePeriod)) {
                const std::int64_t share = shareOfDays(part.reportingMinor, cell.servicePeriod, quarter);
                addToQuarter(quarter.first, cell.project, share);
            }
        }
    }

    // Costs written outside the amount model (the roster's salaries, training plans), as the
    // ledger holds them on the accrual basis, count in their quarters too.
    void addWritten(const LedgerWindow &written, const std::array<ProjectId, ProjectCount> &projectIds)
    {
        for (const LedgerSeries &series : written.series()) {
            const auto project = std::find(projectIds.cbegin(), projectIds.cend(), series.projectId);
            if (project == projectIds.cend())
                continue;
            for (const QDate &quarter : m_quarters)
                addToQuarter(quarter, static_cast<DemoProject>(project - projectIds.cbegin()),
                             written.total(series, m_calendar.quarter(quarter)));
        }
    }

    std::vector<PlannedBudget> plan(const std::array<QuarterPosition, ProjectCount> &currentQuarter)
    {
        std::vector<PlannedBudget> budgets;
        for (std::size_t quarter = 0; quarter < m_quarters.size(); ++quarter) {
            const QDate start = m_quarters[quarter];
            const QDate end = start.addMonths(3).addDays(-1);
            const bool current = start == m_timeline.currentQuarterStart;
            std::int64_t portfolio = 0;
            for (int project = 0; project < ProjectCount; ++project) {
                const ProjectProfile &profile = projectProfiles[static_cast<std::size_t>(project)];
                // Drawn for every project and quarter, used or not, so one project's history
                // never shifts another's budgets.
                const int use = profile.usePermilleLow
                    + m_random.below(profile.usePermilleHigh - profile.usePermilleLow + 1);
                if (m_timeline.projectStart(project) > end)
                    continue;
                const std::int64_t amount = current
                    ? currentQuarterBudget(project, use, currentQuarter[static_cast<std::size_t>(project)])
                    : roundBudget(
                        scaledMinor(m_quarterTotals[quarter][static_cast<std::size_t>(project)], 1000, use),
                        Rounding::Nearest);
                if (amount <= 0)
                    continue;
                budgets.push_back(PlannedBudget { project, start, amount });
                portfolio += amount;
            }
            if (portfolio > 0) {
                // The committee keeps a 5% reserve above the sum of the projects' envelopes.
                budgets.push_back(PlannedBudget {
                    -1, start, roundBudget(scaledMinor(portfolio, 105, 100), Rounding::Nearest) });
            }
        }
        return budgets;
    }

private:
    void addToQuarter(const QDate &day, DemoProject project, std::int64_t amount)
    {
        const QDate quarter = m_calendar.quarter(day).first;
        if (quarter < m_timeline.firstQuarterStart || quarter > m_timeline.currentQuarterStart)
            return;
        const int months = (quarter.year() - m_timeline.firstQuarterStart.year()) * 12 + quarter.month()
            - m_timeline.firstQuarterStart.month();
        m_quarterTotals[static_cast<std::size_t>(months / 3)][static_cast<std::size_t>(project)] += amount;
    }

    std::int64_t currentQuarterBudget(int project, int usePermille, const QuarterPosition &position) const
    {
        if (position.forecast <= 0)
            return 0;
        const DayRange quarter = m_calendar.quarter(m_timeline.currentQuarterStart);
        const std::int64_t quarterDays = quarter.dayCount();
        const std::int64_t elapsedDays
            = std::clamp<std::int64_t>(quarter.first.daysTo(m_timeline.windowEnd) + 1, 1, quarterDays);
        // The budget whose share to date (spread evenly by day) the spend to date is the given
        // share of: the dashboard's "of the budget to date".
        const auto budgetForConsumed = [&](std::int64_t numerator, std::int64_t denominator) {
            return scaledMinor(scaledMinor(position.toDate, numerator, denominator), quarterDays,
                               elapsedDays);
        };
        // The budget the spend to date is the given share of: what the "budget consumed" alert reads.
        const auto budgetForSpent = [&](std::int64_t numerator, std::int64_t denominator) {
            return scaledMinor(position.toDate, numerator, denominator);
        };
        const auto budgetForForecast = [&](std::int64_t numerator, std::int64_t denominator) {
            return scaledMinor(position.forecast, numerator, denominator);
        };

        switch (projectProfiles[static_cast<std::size_t>(project)].story) {
        case BudgetStory::Overrun: {
            // The whole quarter's budget already spent (103%, a margin over the critical "budget
            // exceeded" alert at 100%) whatever week the demo ends in, and the forecast at 130% of
            // it or more: whichever is the smaller budget.
            const std::int64_t budget = std::min(budgetForForecast(100, 130), budgetForSpent(100, 103));
            return roundBudget(budget > 0 ? budget : budgetForForecast(100, 130), Rounding::Down);
        }
        case BudgetStory::TrendingOver: {
            // Forecast over budget (107.5% if possible, at most 110%) while the spend to date
            // stays under the budget spread to date: possible because the project is growing and
            // its month-end invoices are still to come, so the forecast runs ahead of the pace so
            // far. First with comfortable margins, then with thin ones; in the last days of a
            // quarter forecast and actual meet and both cannot hold: the actual under budget wins.
            const std::int64_t wanted = budgetForForecast(1000, 1075);
            const std::int64_t ceilingForForecast = budgetForForecast(100, 110) + 1;
            struct Margins
            {
                std::int64_t consumedPermille;
                std::int64_t forecastPermille;
            };
            for (const Margins margins : { Margins { 970, 1030 }, Margins { 995, 1005 } }) {
                const std::int64_t low
                    = std::max(ceilingForForecast, budgetForConsumed(1000, margins.consumedPermille) + 1);
                const std::int64_t high = budgetForForecast(1000, margins.forecastPermille);
                if (low <= high)
                    return roundBudgetWithin(std::clamp(wanted, low, high), low, high);
            }
            return roundBudget(budgetForConsumed(100, 97), Rounding::Up);
        }
        case BudgetStory::Underspend:
            return withinConsumed(budgetForForecast(1000, usePermille), budgetForConsumed(100, 65),
                                  budgetForForecast(100, 35));
        case BudgetStory::Ordinary:
            break;
        }
        return withinConsumed(budgetForForecast(1000, usePermille), budgetForConsumed(100, 88),
                              budgetForForecast(100, 60));
    }

    // The budget for the forecast story, raised when the spend to date runs ahead of the days
    // (a training course or a fine-tuning burst early in the quarter) and would otherwise show
    // the budget to date as spent; but never above `ceiling`, where the forecast would look
    // implausibly small.
    static std::int64_t withinConsumed(std::int64_t forForecast, std::int64_t forConsumed,
                                       std::int64_t ceiling)
    {
        const std::int64_t raised = std::max(forForecast, std::min(forConsumed, ceiling));
        return roundBudget(raised, Rounding::Up);
    }

    const Timeline &m_timeline;
    FiscalCalendar m_calendar;
    Random m_random;
    std::vector<QDate> m_quarters;
    std::vector<std::array<std::int64_t, ProjectCount>> m_quarterTotals;
};

// The current quarter as the dashboard shows each project, read back from the lines written.
std::array<QuarterPosition, ProjectCount>
currentQuarterPositions(Database &database, const Timeline &timeline,
                        const std::array<ProjectId, ProjectCount> &projectIds)
{
    std::array<QuarterPosition, ProjectCount> positions {};
    for (std::size_t project = 0; project < positions.size(); ++project) {
        DashboardQuery query; // on the accrual basis, the dashboard's default
        query.preset = PeriodPreset::QuarterToDate;
        query.referenceWeek = timeline.lastWeek;
        query.projects = { projectIds[project] };
        const DashboardKpis kpis = DashboardSnapshot::compute(database, query).kpis;
        positions[project]
            = QuarterPosition { kpis.forecastPeriodToDate.minorUnits(), kpis.forecast.minorUnits() };
    }
    return positions;
}

// ---------------------------------------------------------------------------------------------
// Lines

bool isGranular(CostCategory category)
{
    return category == CostCategory::Inference || category == CostCategory::Cloud
        || category == CostCategory::FineTuning || category == CostCategory::PromptEngineering;
}

// Usage exports are finer-grained for API calls than for hosting, GPU jobs or consultants' time.
std::int64_t lineDensity(CostCategory category)
{
    switch (category) {
    case CostCategory::Inference:
        return 10;
    case CostCategory::Cloud:
        return 5;
    case CostCategory::FineTuning:
        return 4;
    default:
        return 2;
    }
}

// One line per part at least; the lines left over go to the granular categories in proportion
// to their amounts, never more lines than minor units so that no line is zero.
std::vector<std::int64_t> allocateLines(const AmountModel &model, const std::vector<Part> &parts,
                                        std::int64_t requested)
{
    std::vector<std::int64_t> counts(parts.size(), 0);
    std::int64_t minimum = 0;
    std::int64_t totalWeight = 0;
    std::vector<std::int64_t> weights(parts.size(), 0);
    for (std::size_t index = 0; index < parts.size(); ++index) {
        const Part &part = parts[index];
        if (!part.inWindow)
            continue;
        counts[index] = 1;
        ++minimum;
        const CostCategory category = model.cells()[part.cell].category;
        if (isGranular(category)) {
            weights[index] = std::max<std::int64_t>(1, part.reportingMinor / 100) * lineDensity(category);
            totalWeight += weights[index];
        }
    }
    std::int64_t extra = std::max<std::int64_t>(0, requested - minimum);
    for (std::size_t index = 0; index < parts.size() && totalWeight > 0; ++index) {
        if (weights[index] == 0)
            continue;
        // Sequential proportional split: the last granular part takes what is left, so the
        // total is exact. extra <= 2e7 and weight <= 1e11, so the product fits in 64 bits.
        const std::int64_t share = extra * weights[index] / totalWeight;
        extra -= share;
        totalWeight -= weights[index];
        counts[index] = std::min(1 + share, parts[index].amountMinor);
    }
    return counts;
}

struct StreamText
{
    QString vendor;
    QString currency;
    QString unit;
    QStringList descriptions;
};

std::vector<StreamText> streamTexts()
{
    std::vector<StreamText> texts;
    texts.reserve(static_cast<std::size_t>(streamCount));
    for (const StreamSpec &spec : streamSpecs) {
        StreamText text { QString::fromUtf8(spec.vendor),
                          spec.billedInUsd ? usdCode : eurCode,
                          spec.unit ? QString::fromUtf8(spec.unit) : QString(),
                          {} };
        for (const char *description : spec.descriptions) {
            if (description)
                text.descriptions << QString::fromUtf8(description);
        }
        texts.push_back(std::move(text));
    }
    return texts;
}

// Feeds the repository in chunks, all inside the caller's transaction.
class LineWriter final
{
public:
    LineWriter(Database &database, const std::function<void(std::int64_t)> &progress)
        : m_repository(database)
        , m_progress(progress)
    {
        m_chunk.reserve(chunkSize);
    }

    void add(CostLine &&line)
    {
        m_chunk.append(std::move(line));
        if (m_chunk.size() >= chunkSize)
            flush();
    }

    void flush()
    {
        if (m_chunk.isEmpty())
            return;
        std::function<void(qint64)> withinChunk;
        if (m_progress)
            withinChunk = [this](qint64 linesInChunk) {
                report(m_written + linesInChunk);
            };
        const CostLineRepository::BatchResult result = m_repository.addAll(m_chunk, withinChunk);
        m_written += result.inserted;
        m_chunk.clear(); // keeps the capacity: the next chunk allocates nothing
        report(m_written);
    }

    std::int64_t written() const { return m_written; }

private:
    void report(std::int64_t linesWritten)
    {
        if (m_progress && linesWritten > m_reported) {
            m_reported = linesWritten;
            m_progress(linesWritten);
        }
    }

    CostLineRepository m_repository;
    const std::function<void(std::int64_t)> &m_progress;
    QList<CostLine> m_chunk;
    std::int64_t m_written = 0;
    std::int64_t m_reported = 0;
};

void writeLines(LineWriter &writer, const Timeline &timeline, const AmountModel &model,
                const std::vector<Part> &parts, const std::vector<std::int64_t> &lineCounts,
                const std::array<ProjectId, ProjectCount> &projectIds, std::uint64_t seed)
{
    const std::vector<StreamText> texts = streamTexts();
    const QString source = QStringLiteral("demo");
    std::vector<std::int64_t> weights;
    for (std::size_t index = 0; index < parts.size(); ++index) {
        const std::int64_t count = lineCounts[index];
        if (count <= 0)
            continue;
        const Part &part = parts[index];
        const Cell &cell = model.cells()[part.cell];
        const StreamSpec &spec = streamSpecs[cell.stream];
        const StreamText &text = texts[static_cast<std::size_t>(cell.stream)];
        Random random(
            deriveSeed(seed, RandomPurpose::Lines, { cell.weekOffset, cell.stream, part.firstDay }));

        // Skewed line sizes, as in a usage export: many small lines, a few large ones.
        weights.resize(static_cast<std::size_t>(count));
        std::int64_t remainingWeight = 0;
        for (std::int64_t &weight : weights) {
            const int first = random.below(32);
            const int second = random.below(32);
            weight = 1 + first * second;
            remainingWeight += weight;
        }
        // Each line gets one minor unit, then the rest in proportion to its weight; the last line
        // takes what is left, so the lines add up to the part exactly.
        std::int64_t remainingAmount = part.amountMinor - count;

        // Lines per day, in proportion to the cell's day weights.
        std::array<std::int64_t, 7> perDay {};
        std::int64_t daysWeight = 0;
        for (int day = part.firstDay; day <= part.lastDay; ++day)
            daysWeight += cell.dayWeights[static_cast<std::size_t>(day)];
        std::int64_t linesLeft = count;
        for (int day = part.firstDay; day <= part.lastDay; ++day) {
            const std::int64_t dayWeight = cell.dayWeights[static_cast<std::size_t>(day)];
            if (dayWeight == 0)
                continue;
            const std::int64_t lines = linesLeft * dayWeight / daysWeight;
            perDay[static_cast<std::size_t>(day)] = lines;
            linesLeft -= lines;
            daysWeight -= dayWeight;
        }

        const QDate monday = timeline.mondayAt(cell.weekOffset);
        std::size_t line = 0;
        for (int day = part.firstDay; day <= part.lastDay; ++day) {
            const QDate date = monday.addDays(day);
            for (std::int64_t k = 0; k < perDay[static_cast<std::size_t>(day)]; ++k, ++line) {
                const std::int64_t weight = weights[line];
                const std::int64_t extra = remainingAmount * weight / remainingWeight;
                remainingAmount -= extra;
                remainingWeight -= weight;
                const std::int64_t share = 1 + extra;

                CostLine costLine;
                costLine.projectId = projectIds[static_cast<std::size_t>(cell.project)];
                costLine.category = cell.category;
                costLine.incurredOn = date;
                if (cell.servicePeriod.isValid()) {
                    costLine.serviceStart = cell.servicePeriod.first;
                    costLine.serviceEnd = cell.servicePeriod.endExclusive();
                }
                costLine.amount = Money(share, text.currency);
                costLine.vendor = text.vendor;
                int variant = 0;
                if (!cell.description.isEmpty()) {
                    costLine.description = cell.description;
                } else if (!text.descriptions.isEmpty()) {
                    variant = text.descriptions.size() > 1
                        ? random.below(static_cast<int>(text.descriptions.size()))
                        : 0;
                    costLine.description = text.descriptions.at(variant);
                }
                const DemoModel &lineModel = spec.models[static_cast<std::size_t>(variant)];
                if (spec.unit) {
                    costLine.unit = text.unit;
                    const double amount = static_cast<double>(share);
                    // Tokens are priced per million; person-days and GPU-hours to the hundredth.
                    if (spec.unit == tokens) {
                        const double price = lineModel.name ? lineModel.pricePerMillion : spec.unitPrice;
                        costLine.quantity = std::round(amount * 10'000.0 / price);
                    } else {
                        costLine.quantity = std::round(amount / spec.unitPrice) / 100.0;
                    }
                }
                if (lineModel.name && costLine.quantity) {
                    costLine.model = QString::fromUtf8(lineModel.name);
                    costLine.requests = std::max<std::int64_t>(
                        1, std::llround(*costLine.quantity / lineModel.tokensPerRequest));
                }
                costLine.source = source;
                writer.add(std::move(costLine));
            }
        }
    }
    writer.flush();
}

// ---------------------------------------------------------------------------------------------

void validateOptions(const DemoOptions &options)
{
    if (options.weeks < DemoOptions::FewestWeeks || options.weeks > DemoOptions::MostWeeks)
        throw ValidationError(QStringLiteral("weeks"), ErrorCode::DemoWeeksOutOfRange,
                              { QString::number(options.weeks), QString::number(DemoOptions::FewestWeeks),
                                QString::number(DemoOptions::MostWeeks) });
    if (options.lines < DemoOptions::FewestLines || options.lines > DemoOptions::MostLines)
        throw ValidationError(QStringLiteral("lines"), ErrorCode::DemoLinesOutOfRange,
                              { QString::number(options.lines), QString::number(DemoOptions::FewestLines),
                                QString::number(DemoOptions::MostLines) });
    if (!options.lastWeek.isValid())
        throw ValidationError(QStringLiteral("last week"), ErrorCode::DemoLastWeekInvalid);
    // Projects start before the window and budgets cover whole quarters around it.
    const Timeline timeline = Timeline::make(options, 1);
    if (timeline.earliestDate() < validation::earliestDate
        || timeline.windowEnd.addDays(92) > validation::latestDate)
        throw ValidationError(QStringLiteral("last week"), ErrorCode::DemoWindowOutOfRange,
                              { options.lastWeek.toString(), QString::number(options.weeks),
                                QString::number(validation::earliestDate.year()),
                                QString::number(validation::latestDate.year()) });
}

std::array<ProjectId, ProjectCount> createProjects(Database &database, const Timeline &timeline)
{
    ProjectRepository projects(database);
    std::array<ProjectId, ProjectCount> ids {};
    for (int index = 0; index < ProjectCount; ++index) {
        const ProjectProfile &profile = projectProfiles[static_cast<std::size_t>(index)];
        Project project;
        project.code = QString::fromUtf8(profile.code);
        project.name = QString::fromUtf8(profile.name);
        project.description = QString::fromUtf8(profile.description);
        project.owner = QString::fromUtf8(profile.owner);
        project.sponsor = QString::fromUtf8(profile.sponsor);
        project.businessUnit = QString::fromUtf8(profile.businessUnit);
        project.status = profile.status;
        project.decisionLevel = profile.decisionLevel;
        project.startDate = timeline.projectStart(index);
        project.benchmarkUnit = QString::fromUtf8(benchmarkProfiles[static_cast<std::size_t>(index)].unit);
        applyDemoRoutingFacts(project);
        ids[static_cast<std::size_t>(index)] = projects.create(project);
    }
    return ids;
}

// Each project's weekly volume, in proportion to the requests it made that week, as unit costs
// count them (billed usage included).
void writeBenchmarkVolumes(Database &database, const std::array<ProjectId, ProjectCount> &projectIds,
                           const Timeline &timeline)
{
    DashboardQuery whole;
    whole.preset = PeriodPreset::Custom;
    whole.customRange = { IsoWeek::fromDate(timeline.windowStart), IsoWeek::fromDate(timeline.windowEnd) };
    whole.referenceWeek = whole.customRange.last;
    const UnitCostReport report = UnitCostReport::compute(database, whole);
    BenchmarkVolumeRepository volumes(database);
    for (int index = 0; index < ProjectCount; ++index) {
        const ProjectId project = projectIds[static_cast<std::size_t>(index)];
        const auto row = std::find_if(
            report.projects.cbegin(), report.projects.cend(),
            [project](const UnitCostRow &candidate) { return candidate.projectId == project; });
        if (row == report.projects.cend())
            continue;
        std::int64_t busiest = 0;
        for (const TokenTally &week : row->byWeek)
            busiest = std::max(busiest, week.requests);
        const std::int64_t top = benchmarkProfiles[static_cast<std::size_t>(index)].busiestWeekVolume;
        QList<WeekVolume> weeks;
        for (int week = 0; week < row->byWeek.size(); ++week) {
            // requests / busiest of the top volume, rounded half up: a count, not money.
            const std::int64_t volume = (2 * row->byWeek.at(week).requests * top + busiest) / (2 * busiest);
            if (volume > 0)
                weeks << WeekVolume { report.weeks.at(week).week, volume };
        }
        volumes.setVolumes(project, weeks);
    }
}

// The support assistant's estimate as the committee approved it six months ago, so that the
// Projects page and the weekly report have an estimate to set against the actuals.
void writeDemoEstimate(Database &database, ProjectId support, const Timeline &timeline)
{
    // Five months before the last, or the first whole month of a shorter history; priced two weeks
    // before it starts, within the history (its exchange rates start with it).
    const QDate afterStart = FiscalCalendar::month(timeline.windowStart).endExclusive();
    const QDate firstMonth
        = std::max(FiscalCalendar::month(timeline.windowEnd.addMonths(-5)).first, afterStart);
    const QDate pricedOn = std::max(firstMonth.addDays(-14), timeline.windowStart);
    pricing::OwnershipAssumptions assumptions;
    assumptions.inference.model = { QStringLiteral("openai"), QStringLiteral("gpt-4o") };
    assumptions.inference.requestsPerDay = 60'000;
    assumptions.inference.inputTokensPerRequest = 2'400;
    assumptions.inference.outputTokensPerRequest = 600;
    assumptions.inference.monthlyGrowthBasisPoints = 300;
    const Money rate(80'000, eurCode);
    assumptions.people.roles
        = { { QStringLiteral("Ingénieur prompts"), 20, 6, rate },
            { QStringLiteral("Expert métier (relectures)"), 10, 4, Money(60'000, eurCode) } };
    assumptions.people.trainedHeads = 120;
    assumptions.people.trainingPerHead = Money(25'000, eurCode);
    const pricing::PriceRepository prices(database);
    const pricing::OwnershipEstimate estimate
        = pricing::estimateOwnership(assumptions, prices.catalog(), prices.tokensPerWord(),
                                     FxRateRepository(database).converterInto(eurCode), pricedOn);
    pricing::SavedEstimateRepository(database).save(
        support, QStringLiteral("Déploiement 2026"), firstMonth, estimate,
        QStringLiteral(
            "openai/gpt-4o : 60 000 requêtes par jour de 2 400 jetons lus et 600 générés, +3 % par mois ; "
            "2 rôles ; 120 personnes formées"));
}

int writeFxRates(Database &database, const FxSchedule &fx)
{
    FxRateRepository rates(database);
    for (int index = 0; index < fx.count(); ++index) {
        FxRate rate;
        rate.currency = usdCode;
        rate.quoteCurrency = eurCode;
        rate.validFrom = fx.monthAt(index);
        rate.rateNanos = fx.rateAt(index);
        rates.setRate(rate);
    }
    return fx.count();
}

int writeBudgets(Database &database, const std::vector<PlannedBudget> &planned,
                 const std::array<ProjectId, ProjectCount> &projectIds)
{
    BudgetRepository budgets(database);
    for (const PlannedBudget &entry : planned) {
        Budget budget;
        if (entry.project >= 0)
            budget.projectId = projectIds[static_cast<std::size_t>(entry.project)];
        budget.periodKind = BudgetPeriodKind::Quarter;
        budget.periodStart = entry.quarterStart;
        budget.amount = Money(entry.amountMinor, eurCode);
        budgets.set(budget);
    }
    return static_cast<int>(planned.size());
}

} // namespace

DemoSummary generateDemoPortfolio(Database &database, const DemoOptions &options,
                                  const std::function<void(std::int64_t linesWritten)> &progress)
{
    validateOptions(options);

    Transaction transaction(database);
    const QList<Project> existing = ProjectRepository(database).list(true);
    if (std::any_of(existing.cbegin(), existing.cend(),
                    [](const Project &project) { return !project.isUnallocated; }))
        throw StorageError(ErrorCode::DemoDatabaseNotEmpty);
    DatabaseSettings settings(database);
    // Budgets and rates of the demo are in euros: make the (still empty) database report in euros.
    if (settings.reportingCurrency() != eurCode)
        settings.setReportingCurrency(eurCode);
    settings.setCompanyName(QStringLiteral("Mutuelle Horizon (demo)"));

    const Timeline timeline = Timeline::make(options, settings.fiscalYearStartMonth());
    const FxSchedule fx(timeline.windowStart, timeline.windowEnd, options.seed);

    spdlog::info("writing demo portfolio: {} weeks to {}, about {} cost lines, seed {}", options.weeks,
                 options.lastWeek.toString().toStdString(), options.lines, options.seed);
    DemoSummary summary;
    const std::array<ProjectId, ProjectCount> projectIds = createProjects(database, timeline);
    summary.projects = ProjectCount;
    QHash<QString, ProjectId> byCode;
    for (int index = 0; index < ProjectCount; ++index)
        byCode.insert(QString::fromUtf8(projectProfiles[static_cast<std::size_t>(index)].code),
                      projectIds[static_cast<std::size_t>(index)]);
    // Rates first, so that every USD line is converted as it is written.
    summary.fxRates = writeFxRates(database, fx);
    // The roster's salaries (the demo's only ones), training plans and automated hours come before
    // the modelled costs: the claims spike and the closed quarters' budgets are sized over them.
    writeDemoTalent(database, byCode, { timeline.windowStart, timeline.windowEnd });
    const LedgerWindow written = LedgerWindow::read(database, CostBasis::Accrual,
                                                    { timeline.firstQuarterStart, timeline.windowEnd });
    const std::int64_t writtenLines = CostLineRepository(database).count();

    const AmountModel model(timeline, fx, options.seed, claimsWeeks(written, timeline, projectIds[Clm]));
    const std::vector<Part> parts = splitIntoParts(model, timeline, fx);
    // The marketing project's imported OpenAI months bring lines of their own (writeDemoTokenUsage).
    const std::int64_t generated = std::max<std::int64_t>(
        options.lines - expectedDemoUsageLines(timeline.windowEnd) - writtenLines, options.lines / 2);
    const std::vector<std::int64_t> lineCounts = allocateLines(model, parts, generated);
    LineWriter writer(database, progress);
    writeLines(writer, timeline, model, parts, lineCounts, projectIds, options.seed);
    summary.generatedLines = writer.written();
    // The marketing project's OpenAI spend of the last months comes as imported usage and bills.
    writeDemoTokenUsage(database, projectIds[Mkt], timeline.windowEnd);
    writeBenchmarkVolumes(database, projectIds, timeline);
    writeDemoEstimate(database, projectIds[Sup], timeline);
    summary.costLines = CostLineRepository(database).count();
    // Once the lines are written: the current quarter's budgets are sized on the dashboard's figures.
    BudgetPlanner planner(timeline, model, parts, options.seed);
    planner.addWritten(written, projectIds);
    const std::vector<PlannedBudget> budgets
        = planner.plan(currentQuarterPositions(database, timeline, projectIds));
    summary.budgets = writeBudgets(database, budgets, projectIds);
    // The committee's scores, routing rules and decisions, once the budgets the rules read exist.
    writeDemoGovernance(database, byCode, timeline.windowEnd);
    transaction.commit();
    spdlog::info("demo portfolio written: {} projects, {} cost lines, {} budgets, {} FX rates",
                 summary.projects, summary.costLines, summary.budgets, summary.fxRates);
    return summary;
}

} // namespace costboard
