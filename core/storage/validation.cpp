#include "storage/validation.h"

#include "domain/entities.h"

#include "domain/category.h"
#include "errors.h"

namespace costboard::validation {

QString requireText(const QString &field, const QString &value, int maxLength)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        throw ValidationError(field, QStringLiteral("must not be empty"));
    requireLength(field, trimmed, maxLength);
    return trimmed;
}

void requireLength(const QString &field, const QString &value, int maxLength)
{
    if (value.size() > maxLength)
        throw ValidationError(field, QStringLiteral("is %1 characters long; at most %2 are allowed")
                                         .arg(value.size())
                                         .arg(maxLength));
}

void requireCurrency(const QString &field, const QString &code)
{
    if (!Money::isKnownCurrency(code))
        throw ValidationError(field, QStringLiteral("\"%1\" is not a known ISO 4217 currency code (e.g. EUR, USD)").arg(code));
}

void requireDate(const QString &field, const QDate &date)
{
    if (!date.isValid())
        throw ValidationError(field, QStringLiteral("is missing or not a valid date (expected YYYY-MM-DD)"));
    if (date < earliestDate || date > latestDate)
        throw ValidationError(field, QStringLiteral("%1 is outside the accepted range 2000-01-01 to 2100-12-31")
                                         .arg(date.toString(Qt::ISODate)));
}

void requireOptionalDate(const QString &field, const QDate &date)
{
    if (!date.isNull())
        requireDate(field, date);
}

void requireServicePeriod(const QString &field, const QDate &start, const QDate &endExclusive)
{
    if (start.isNull() && endExclusive.isNull())
        return;
    if (start.isNull() || endExclusive.isNull())
        throw ValidationError(field, QStringLiteral("needs both a first day and an end day"));
    requireDate(field + QStringLiteral(" start"), start);
    requireDate(field + QStringLiteral(" end"), endExclusive);
    if (endExclusive <= start)
        throw ValidationError(field, QStringLiteral("must end after it starts (%1 to %2, end exclusive)")
                                         .arg(start.toString(Qt::ISODate), endExclusive.toString(Qt::ISODate)));
    if (start.daysTo(endExclusive) > CostLine::MaxServiceDays)
        throw ValidationError(field, QStringLiteral("covers %1 days; at most %2 are accepted")
                                         .arg(start.daysTo(endExclusive))
                                         .arg(CostLine::MaxServiceDays));
}

void requireCostAmount(const QString &field, const Money &amount)
{
    requireCurrency(field + QStringLiteral(" currency"), amount.currency());
    if (amount.isZero())
        throw ValidationError(field, QStringLiteral("must not be zero"));
    if (amount.minorUnits() > Money::MaxInputMinorUnits || amount.minorUnits() < -Money::MaxInputMinorUnits)
        throw ValidationError(field, QStringLiteral("%1 %2 is implausibly large (limit: 10 billion)")
                                         .arg(amount.toPlainString(), amount.currency()));
}

void requireImportedAmount(const QString &field, const Money &amount)
{
    if (amount.isZero()) {
        requireCurrency(field + QStringLiteral(" currency"), amount.currency());
        return;
    }
    requireCostAmount(field, amount);
}

void requirePositiveAmount(const QString &field, const Money &amount)
{
    requireCurrency(field + QStringLiteral(" currency"), amount.currency());
    if (amount.minorUnits() <= 0)
        throw ValidationError(field, QStringLiteral("must be greater than zero"));
    if (amount.minorUnits() > Money::MaxInputMinorUnits)
        throw ValidationError(field, QStringLiteral("%1 %2 is implausibly large (limit: 10 billion)")
                                         .arg(amount.toPlainString(), amount.currency()));
}

void requireCategoryId(const QString &field, int categoryId)
{
    if (!CostCategories::isValidId(categoryId))
        throw ValidationError(field, QStringLiteral("%1 is not a known cost category").arg(categoryId));
}

} // namespace costboard::validation
