// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QHash>
#include <QList>
#include <QString>

#include "domain/entities.h"
#include "domain/fiscalcalendar.h"

namespace costboard {

class Database;

// When a cost counts: on the accrual basis over the days of its service period (what a CFO
// expects, the default), on the cash basis on its invoice date.
enum class CostBasis
{
    Accrual,
    Cash
};

QString toKey(CostBasis basis);
// The days a line counts on under `basis`: its service days on the accrual basis, its date on the
// cash basis. The roll-ups spread a line's amount over these; unit costs spread its tokens too.
DayRange countedDays(const CostLine &line, CostBasis basis);
std::optional<CostBasis> costBasisFromKey(QStringView key);

// One project's spend in one category, one value per day of a LedgerWindow, in minor units of
// the reporting currency.
struct LedgerSeries
{
    ProjectId projectId = 0;
    CostCategory category = CostCategory::Inference;
    QList<std::int64_t> amount; // everything booked on that day
    QList<std::int64_t> recurring; // the part from lines of a month or longer (CostLine::isRecurring)
    QList<std::int64_t> unconverted; // lines starting that day with no exchange rate
};

// The day-grain roll-ups of a range of days, per project × category, read in one grouped query.
// Every figure of the dashboard, the budget grid, the projects page and the alerts is a sum over
// some of these days, so any partition of a period (weeks, months, quarters) adds up exactly.
class LedgerWindow final
{
public:
    LedgerWindow() = default;
    // `projects` / `categories` empty: all of them.
    static LedgerWindow read(Database &database, CostBasis basis, const DayRange &days,
                             const QList<ProjectId> &projects = {},
                             const QList<CostCategory> &categories = {});

    const DayRange &days() const { return m_days; }
    CostBasis basis() const { return m_basis; }
    const QList<LedgerSeries> &series() const { return m_series; }

    // Index of `day` in the series' lists; -1 outside the window.
    int indexOf(const QDate &day) const;
    // Sum of a series (or of all) over the days of `range` that lie in the window.
    std::int64_t total(const LedgerSeries &series, const DayRange &range) const;
    std::int64_t total(const DayRange &range) const;
    std::int64_t unconvertedLines(const DayRange &range) const;

    // Spend per vendor over `range` (vendor names as stored, "" for none): a second small
    // grouped query, since the series do not keep vendors.
    static QHash<QString, std::int64_t> vendorTotals(Database &database, CostBasis basis,
                                                     const DayRange &range,
                                                     const QList<ProjectId> &projects = {},
                                                     const QList<CostCategory> &categories = {});

private:
    CostBasis m_basis = CostBasis::Accrual;
    DayRange m_days;
    QList<LedgerSeries> m_series;
};

} // namespace costboard
