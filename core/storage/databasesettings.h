// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "domain/fiscalcalendar.h"

namespace costboard {

class Database;

// Settings that belong to the data, not to one user's machine: everyone sharing a database must
// see the same reporting currency and fiscal year.
class DatabaseSettings final
{
public:
    explicit DatabaseSettings(Database &database);

    QString reportingCurrency() const;
    // Re-converts every cost line and rebuilds the roll-ups, in one transaction. Refused while
    // budgets exist in another currency (budgets are amounts the CFO typed, never converted).
    void setReportingCurrency(const QString &currency);
    int fiscalYearStartMonth() const;
    FiscalCalendar calendar() const { return FiscalCalendar(fiscalYearStartMonth()); }
    void setFiscalYearStartMonth(int month);
    // The organisation named on the cover of the weekly report; empty until someone sets it.
    static constexpr int MaxCompanyNameLength = 200;
    QString companyName() const;
    void setCompanyName(const QString &name);

    QString value(const QString &key, const QString &fallback = QString()) const;
    void setValue(const QString &key, const QString &value);

private:
    Database &m_database;
};

} // namespace costboard
