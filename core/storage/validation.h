#pragma once

#include "domain/money.h"

#include <QDate>
#include <QString>

namespace costboard::validation {

// Each check throws ValidationError naming `field` when the value is not acceptable.
// Dates are limited to 2000-2100: anything else in a cost file is a parsing or typing error.
inline const QDate earliestDate{2000, 1, 1};
inline const QDate latestDate{2100, 12, 31};

QString requireText(const QString &field, const QString &value, int maxLength = 200);
void requireLength(const QString &field, const QString &value, int maxLength);
void requireCurrency(const QString &field, const QString &code);
void requireDate(const QString &field, const QDate &date);
void requireOptionalDate(const QString &field, const QDate &date);
// Non-zero, within ±Money::MaxInputMinorUnits, in a known currency.
void requireCostAmount(const QString &field, const Money &amount);
// As requireCostAmount, but zero is allowed: an imported charge fully offset by a credit, or a
// free-tier row, still records its usage.
void requireImportedAmount(const QString &field, const Money &amount);
// Strictly positive, within Money::MaxInputMinorUnits, in a known currency.
void requirePositiveAmount(const QString &field, const Money &amount);
void requireCategoryId(const QString &field, int categoryId);
// Both dates or neither; `end` (exclusive) after `start`, both within the date limits, at most
// CostLine::MaxServiceDays days.
void requireServicePeriod(const QString &field, const QDate &start, const QDate &endExclusive);

} // namespace costboard::validation
