// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing/pricerepository.h"

#include <spdlog/spdlog.h>

#include "errors.h"
#include "pricing/pricelistfile.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/sqlvalues.h"
#include "storage/validation.h"

namespace costboard::pricing {
namespace {

const QString priceEntity = QStringLiteral("price");

std::int64_t insertEntry(Database &database, const PriceEntry &entry, const QString &recordedAt)
{
    SqlStatement insert(
        database,
        QStringLiteral("INSERT INTO model_prices (provider, model, meter, micros_per_million,"
                       " currency, effective_from, source, origin, recorded_at)"
                       " VALUES (:provider, :model, :meter, :price, :currency, :from, :source,"
                       " :origin, :at) RETURNING id"));
    insert.bind(QStringLiteral(":provider"), entry.provider)
        .bind(QStringLiteral(":model"), entry.model)
        .bind(QStringLiteral(":meter"), meterKey(entry.meter))
        .bind(QStringLiteral(":price"),
              entry.microsPerMillion ? QVariant(qlonglong(*entry.microsPerMillion)) : sql::nullInt64())
        .bind(QStringLiteral(":currency"), entry.currency)
        .bind(QStringLiteral(":from"), sql::dateValue(entry.effectiveFrom))
        .bind(QStringLiteral(":source"), entry.source)
        .bind(QStringLiteral(":origin"), priceOriginKey(entry.origin))
        .bind(QStringLiteral(":at"), recordedAt);
    return insert.scalar().toLongLong();
}

// "openai/gpt-4o output from 2024-10-01: 10.00 USD per 1M tokens (source)": what the audit log
// keeps of an entry, in English like the rest of the log.
QString auditText(const PriceEntry &entry)
{
    const QString price = entry.microsPerMillion
        ? QStringLiteral("%1 %2 per %3")
              .arg(meterDisplayUnits(entry.meter) == 1'000'000
                       ? formatPricePerMillion(*entry.microsPerMillion, QLocale::c())
                       : formatScaledDecimal(*entry.microsPerMillion, 12, 2, QLocale::c()),
                   entry.currency,
                   meterDisplayUnits(entry.meter) == 1'000'000 ? QStringLiteral("1M tokens")
                                                               : meterUnit(entry.meter))
        : QStringLiteral("withdrawn");
    return QStringLiteral("%1/%2 %3 from %4: %5 (%6)")
        .arg(entry.provider, entry.model, meterKey(entry.meter), entry.effectiveFrom.toString(Qt::ISODate),
             price, entry.source);
}

PriceEntry normalized(PriceEntry entry)
{
    entry.provider = catalogName(entry.provider);
    entry.model = catalogName(entry.model);
    entry.currency = entry.currency.trimmed().toUpper();
    entry.source = entry.source.trimmed();
    return entry;
}

} // namespace

void validatePriceEntry(const PriceEntry &entry)
{
    validation::requireText(QStringLiteral("provider"), entry.provider, MaxProviderLength);
    validation::requireText(QStringLiteral("model"), entry.model, MaxModelLength);
    validation::requireCurrency(QStringLiteral("currency"), entry.currency);
    validation::requireDate(QStringLiteral("effective from"), entry.effectiveFrom);
    validation::requireText(QStringLiteral("source"), entry.source, MaxPriceSourceLength);
    if (entry.microsPerMillion
        && (*entry.microsPerMillion < 0 || *entry.microsPerMillion > MaxMicrosPerMillion)) {
        throw ValidationError(QStringLiteral("price"), ErrorCode::ValueOutOfRange,
                              { QStringLiteral("0"), formatPricePerMillion(MaxMicrosPerMillion) });
    }
}

PriceRepository::PriceRepository(Database &database)
    : m_database(database)
{ }

PriceCatalog PriceRepository::catalog() const
{
    SqlStatement query(m_database,
                       QStringLiteral("SELECT id, provider, model, meter, micros_per_million, currency,"
                                      " effective_from, source, origin, recorded_at FROM model_prices"));
    query.exec();
    QList<PriceEntry> entries;
    while (query.next()) {
        PriceEntry entry;
        entry.id = query.int64(0);
        entry.provider = query.text(1);
        entry.model = query.text(2);
        entry.meter = meterFromKey(query.text(3)).value_or(Meter::InputToken);
        if (!query.value(4).isNull())
            entry.microsPerMillion = query.int64(4);
        entry.currency = query.text(5);
        entry.effectiveFrom = sql::toDate(query.value(6));
        entry.source = query.text(7);
        entry.origin = priceOriginFromKey(query.text(8)).value_or(PriceOrigin::User);
        entry.recordedAt = QDateTime::fromString(query.text(9), Qt::ISODate);
        entries << entry;
    }
    return PriceCatalog(std::move(entries));
}

std::int64_t PriceRepository::add(PriceEntry entry)
{
    entry = normalized(std::move(entry));
    validatePriceEntry(entry);
    Transaction transaction(m_database);
    const std::int64_t id = insertEntry(m_database, entry, sql::nowUtc());
    AuditLog(m_database)
        .record(entry.microsPerMillion ? QStringLiteral("set") : QStringLiteral("withdraw"), priceEntity,
                QString::number(id), auditText(entry));
    transaction.commit();
    spdlog::info("price {} added", id);
    return id;
}

std::int64_t PriceRepository::withdraw(const QString &provider, const QString &model, Meter meter,
                                       const QDate &effectiveFrom, const QString &source)
{
    PriceEntry entry;
    entry.provider = provider;
    entry.model = model;
    entry.meter = meter;
    entry.effectiveFrom = effectiveFrom;
    entry.source = source;
    entry.origin = PriceOrigin::User;
    // The currency of the price withdrawn, so the entry reads in its own terms.
    const auto inForce = catalog().entryOn(provider, model, meter, effectiveFrom, ModelMatch::Exact);
    entry.currency = inForce ? inForce->currency : QStringLiteral("USD");
    return add(entry);
}

void PriceRepository::withdrawModel(const QString &provider, const QString &model, const QDate &effectiveFrom,
                                    const QString &source)
{
    const PriceCatalog before = catalog();
    Transaction transaction(m_database);
    for (const Meter meter : allMeters()) {
        if (before.entryOn(provider, model, meter, effectiveFrom, ModelMatch::Exact))
            withdraw(provider, model, meter, effectiveFrom, source);
    }
    transaction.commit();
}

PriceListImport PriceRepository::addAll(const QList<PriceEntry> &entries, const QString &listName)
{
    QList<PriceEntry> checked;
    checked.reserve(entries.size());
    for (const PriceEntry &entry : entries) {
        checked << normalized(entry);
        validatePriceEntry(checked.constLast());
    }
    Transaction transaction(m_database);
    const PriceCatalog before = catalog();
    const QString recordedAt = sql::nowUtc();
    PriceListImport result;
    for (const PriceEntry &entry : std::as_const(checked)) {
        const auto inForce = before.entryOn(entry.provider, entry.model, entry.meter, entry.effectiveFrom,
                                            ModelMatch::Exact);
        if (inForce && inForce->microsPerMillion == entry.microsPerMillion
            && inForce->currency == entry.currency) {
            ++result.unchanged;
            continue;
        }
        insertEntry(m_database, entry, recordedAt);
        ++result.added;
    }
    AuditLog(m_database)
        .record(QStringLiteral("import"), priceEntity, listName,
                QStringLiteral("%1 prices added, %2 unchanged").arg(result.added).arg(result.unchanged));
    transaction.commit();
    spdlog::info("price list imported: {} added, {} unchanged", result.added, result.unchanged);
    return result;
}

namespace {
const QString englishFactorKey = QStringLiteral("tokens_per_word_milli.en");
const QString frenchFactorKey = QStringLiteral("tokens_per_word_milli.fr");
} // namespace

TokensPerWord PriceRepository::tokensPerWord() const
{
    const DatabaseSettings settings(m_database);
    TokensPerWord factors;
    bool ok = false;
    if (const std::int64_t milli = settings.value(englishFactorKey).toLongLong(&ok); ok)
        factors.englishMilli = milli;
    if (const std::int64_t milli = settings.value(frenchFactorKey).toLongLong(&ok); ok)
        factors.frenchMilli = milli;
    return factors;
}

void PriceRepository::setTokensPerWord(const TokensPerWord &factors)
{
    factors.validate();
    Transaction transaction(m_database);
    DatabaseSettings settings(m_database);
    settings.setValue(englishFactorKey, QString::number(factors.englishMilli));
    settings.setValue(frenchFactorKey, QString::number(factors.frenchMilli));
    // Each key's change is audited by DatabaseSettings, inside this one transaction.
    transaction.commit();
    spdlog::info("tokens per word set");
}

void PriceRepository::seedShipped(Database &database)
{
    const QString recordedAt = sql::nowUtc();
    for (const PriceEntry &entry : shippedPriceList().entries)
        insertEntry(database, normalized(entry), recordedAt);
}

} // namespace costboard::pricing
