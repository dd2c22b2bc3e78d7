// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databasesettings.h"

#include <spdlog/spdlog.h>

#include "domain/money.h"
#include "errors.h"
#include "storage/auditlog.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "storage/validation.h"

namespace costboard {

DatabaseSettings::DatabaseSettings(Database &database)
    : m_database(database)
{ }

QString DatabaseSettings::value(const QString &key, const QString &fallback) const
{
    SqlStatement query(m_database, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key).exec();
    return query.next() ? query.text(0) : fallback;
}

void DatabaseSettings::setValue(const QString &key, const QString &value)
{
    Transaction transaction(m_database);
    const QString before = this->value(key);
    SqlStatement upsert(m_database,
                        QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"
                                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    upsert.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value).exec();
    AuditLog(m_database)
        .record(QStringLiteral("update"), QStringLiteral("setting"), key,
                QStringLiteral("\"%1\" → \"%2\"").arg(before, value));
    transaction.commit();
    spdlog::info("database setting {} changed", key.toStdString());
}

QString DatabaseSettings::reportingCurrency() const
{
    return value(QStringLiteral("reporting_currency"), QStringLiteral("EUR"));
}

void DatabaseSettings::setReportingCurrency(const QString &currency)
{
    validation::requireCurrency(QStringLiteral("reporting currency"), currency);
    Transaction transaction(m_database);
    // Budgets are entered in the reporting currency; converting them silently would change what
    // the CFO typed, so the change waits until they are re-entered (or removed).
    SqlStatement budgets(m_database,
                         QStringLiteral("SELECT COUNT(*) FROM budgets WHERE currency <> :currency"));
    budgets.bind(QStringLiteral(":currency"), currency);
    if (const qint64 count = budgets.scalar().toLongLong(); count > 0)
        throw ValidationError(QStringLiteral("reporting currency"), ErrorCode::ReportingCurrencyHasBudgets,
                              { QString::number(count), reportingCurrency(), currency });
    setValue(QStringLiteral("reporting_currency"), currency);
    CostLineRepository(m_database).reconvertAll();
    transaction.commit();
}

int DatabaseSettings::fiscalYearStartMonth() const
{
    const int month = value(QStringLiteral("fiscal_year_start_month"), QStringLiteral("1")).toInt();
    return (month >= 1 && month <= 12) ? month : 1;
}

void DatabaseSettings::setFiscalYearStartMonth(int month)
{
    if (month < 1 || month > 12)
        throw ValidationError(QStringLiteral("fiscal year start month"), ErrorCode::FiscalMonthOutOfRange);
    setValue(QStringLiteral("fiscal_year_start_month"), QString::number(month));
}

QString DatabaseSettings::companyName() const
{
    return value(QStringLiteral("company_name"));
}

void DatabaseSettings::setCompanyName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.size() > MaxCompanyNameLength)
        throw ValidationError(QStringLiteral("company name"), ErrorCode::CompanyNameTooLong,
                              { QString::number(MaxCompanyNameLength) });
    setValue(QStringLiteral("company_name"), trimmed);
}

} // namespace costboard
