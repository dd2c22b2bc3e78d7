// SPDX-License-Identifier: GPL-3.0-or-later
// The edit loop that kill-test.sh kills at random moments: real writes through the repositories,
// each round one transaction made of several writes that must land together or not at all.
//
// Round k (1, 2, 3, ...) sets, in one transaction:
//   - the portfolio's staff-training budget for January 2031 to k euros (the round counter);
//   - the USD rate into EUR from 2031-01-01 to 0.9 + k / 10^9 (re-converts every line and
//     rebuilds the roll-ups);
//   - adds the cost line "crash-edit-k": $10,000,000.00 (10^9 cents, so that its converted amount
//     is exactly the rate's nano-units) in January 2031, paying for 1 to 7 days;
//   - edits line k-1 to $20,000,000.00;
//   - deletes line k-2.
// So a database holding round k has exactly the lines k-1 (edited) and k, the budget k and the rate
// of round k, with the converted amounts that rate gives. "committed k" is printed (and flushed)
// after each commit: the database must then hold round k or k+1, never less.
//
// Usage: crash_edit_loop DATABASE [ROUNDS]   (ROUNDS 0 or absent: until killed)

#include <cstdio>
#include <cstdlib>
#include <exception>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <spdlog/spdlog.h>

#include "domain/entities.h"
#include "storage/budgetrepository.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/fxrates.h"
#include "storage/projectrepository.h"

using namespace costboard;

namespace {

constexpr std::int64_t baseRateNanos = 900'000'000;
constexpr std::int64_t lineAmountMinor = 1'000'000'000;
const QDate roundsMonth { 2031, 1, 1 };

CostLine roundLine(ProjectId projectId, qint64 round)
{
    CostLine line;
    line.projectId = projectId;
    line.category = CostCategory::Inference;
    line.incurredOn = roundsMonth.addDays(round % 28);
    line.serviceStart = line.incurredOn;
    line.serviceEnd = line.incurredOn.addDays(1 + round % 7);
    line.amount = Money(lineAmountMinor, QStringLiteral("USD"));
    line.vendor = QStringLiteral("Crash test");
    line.description = QStringLiteral("round %1").arg(round);
    line.externalRef = QStringLiteral("crash-edit-%1").arg(round);
    return line;
}

void writeRound(Database &database, ProjectId projectId, qint64 round, QHash<qint64, CostLineId> &lineIds)
{
    Transaction transaction(database);

    Budget budget;
    budget.category = CostCategory::StaffTraining;
    budget.periodKind = BudgetPeriodKind::Month;
    budget.periodStart = roundsMonth;
    budget.amount = Money(round * 100, QStringLiteral("EUR"));
    BudgetRepository(database).set(budget);

    FxRate rate;
    rate.currency = QStringLiteral("USD");
    rate.quoteCurrency = QStringLiteral("EUR");
    rate.validFrom = roundsMonth;
    rate.rateNanos = baseRateNanos + round;
    FxRateRepository(database).setRate(rate);

    CostLineRepository lines(database);
    lineIds.insert(round, lines.add(roundLine(projectId, round)));
    if (const auto previous = lineIds.constFind(round - 1); previous != lineIds.cend()) {
        CostLine edited = roundLine(projectId, round - 1);
        edited.id = *previous;
        edited.amount = Money(2 * lineAmountMinor, QStringLiteral("USD"));
        edited.description = QStringLiteral("round %1, edited in round %2").arg(round - 1).arg(round);
        lines.update(edited);
    }
    if (const CostLineId older = lineIds.take(round - 2))
        lines.remove(older);

    transaction.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.size() > 3) {
        std::fprintf(stderr, "usage: crash_edit_loop DATABASE [ROUNDS]\n");
        return 2;
    }
    const qint64 rounds = arguments.size() == 3 ? arguments.at(2).toLongLong() : 0;
    spdlog::set_level(spdlog::level::err); // a log line per write would slow the rounds down

    try {
        auto database = Database::openSqlite(arguments.at(1), Database::IfMissing::Refuse);
        const ProjectId projectId = ProjectRepository(*database).unallocatedProjectId();
        QHash<qint64, CostLineId> lineIds;
        for (qint64 round = 1; rounds == 0 || round <= rounds; ++round) {
            writeRound(*database, projectId, round, lineIds);
            std::printf("committed %lld\n", static_cast<long long>(round));
            std::fflush(stdout);
        }
    } catch (const std::exception &error) {
        std::fprintf(stderr, "crash_edit_loop: %s\n", error.what());
        return 1;
    }
    return 0;
}
