// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/validation.h"

#include <QRegularExpression>

#include "domain/category.h"
#include "domain/entities.h"
#include "errors.h"

namespace costboard::validation {
namespace {

static_assert(limits::FxRateHighestNanos == 1'000'000 * FxRate::Scale);

ValidationError tooLarge(const QString &field, const Money &amount)
{
    return ValidationError(field, ErrorCode::AmountTooLarge,
                           { amount.toPlainString(), amount.currency(),
                             Money(Money::MaxInputMinorUnits, amount.currency()).toPlainString() });
}

} // namespace

bool isProjectCode(const QString &code)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,%1}$").arg(limits::ProjectCodeLength - 1));
    return pattern.match(code).hasMatch();
}

QString requireText(const QString &field, const QString &value, int maxLength)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        throw ValidationError(field, ErrorCode::TextEmpty);
    requireLength(field, trimmed, maxLength);
    return trimmed;
}

void requireLength(const QString &field, const QString &value, int maxLength)
{
    if (value.size() > maxLength)
        throw ValidationError(field, ErrorCode::TextTooLong,
                              { QString::number(value.size()), QString::number(maxLength) });
}

void requireCurrency(const QString &field, const QString &code)
{
    if (!Money::isKnownCurrency(code))
        throw ValidationError(field, ErrorCode::UnknownCurrency, { code });
}

void requireDate(const QString &field, const QDate &date)
{
    if (!date.isValid())
        throw ValidationError(field, ErrorCode::DateInvalid);
    if (date < earliestDate || date > latestDate)
        throw ValidationError(field, ErrorCode::DateOutOfRange,
                              { date.toString(Qt::ISODate), earliestDate.toString(Qt::ISODate),
                                latestDate.toString(Qt::ISODate) });
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
        throw ValidationError(field, ErrorCode::ServicePeriodIncomplete);
    requireDate(field + QStringLiteral(" start"), start);
    requireDate(field + QStringLiteral(" end"), endExclusive);
    if (endExclusive <= start)
        throw ValidationError(field, ErrorCode::ServicePeriodReversed,
                              { start.toString(Qt::ISODate), endExclusive.toString(Qt::ISODate) });
    if (start.daysTo(endExclusive) > CostLine::MaxServiceDays)
        throw ValidationError(
            field, ErrorCode::ServicePeriodTooLong,
            { QString::number(start.daysTo(endExclusive)), QString::number(CostLine::MaxServiceDays) });
}

void requireCostAmount(const QString &field, const Money &amount)
{
    requireCurrency(field + QStringLiteral(" currency"), amount.currency());
    if (amount.isZero())
        throw ValidationError(field, ErrorCode::AmountZero);
    requireWithinInputLimit(field, amount);
}

void requireWithinInputLimit(const QString &field, const Money &amount)
{
    if (amount.minorUnits() > Money::MaxInputMinorUnits || amount.minorUnits() < -Money::MaxInputMinorUnits)
        throw tooLarge(field, amount);
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
        throw ValidationError(field, ErrorCode::AmountNotPositive);
    if (amount.minorUnits() > Money::MaxInputMinorUnits)
        throw tooLarge(field, amount);
}

void requireCategoryId(const QString &field, int categoryId)
{
    if (!CostCategories::isValidId(categoryId))
        throw ValidationError(field, ErrorCode::UnknownCategory, { QString::number(categoryId) });
}

} // namespace costboard::validation
