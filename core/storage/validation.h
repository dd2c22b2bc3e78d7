// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include <QDate>
#include <QString>

#include "domain/money.h"

namespace costboard::validation {

// Each check throws ValidationError naming `field` when the value is not acceptable.
// Dates are limited to 2000-2100: anything else in a cost file is a parsing or typing error.
inline const QDate earliestDate { 2000, 1, 1 };
inline const QDate latestDate { 2100, 12, 31 };

// The limits the repositories enforce, published so that forms bound their editors with the same
// numbers instead of restating them. (Cost lines' limits are CostLine::Max*, amounts'
// Money::MaxInputMinorUnits, the company name's DatabaseSettings::MaxCompanyNameLength.)
namespace limits {
inline constexpr int ProjectCodeLength = 16;
inline constexpr int ProjectNameLength = 120;
// Owner, sponsor and business unit.
inline constexpr int ProjectDetailLength = 120;
inline constexpr int BenchmarkUnitLength = 40; // a noun: "ticket", "dossier traité"
inline constexpr int ProjectDescriptionLength = 2000;
inline constexpr int AlertRuleNameLength = 120;
inline constexpr int AlertNoteLength = 1000;

// Alert thresholds as AlertRule stores them: percentages in basis points (100 = 1 %), spike
// multiples in hundredths (110 = 1.1 times).
inline constexpr std::int64_t BudgetShareLowest = 100;
inline constexpr std::int64_t BudgetShareHighest = 100'000;
inline constexpr std::int64_t GrowthLowest = 100;
inline constexpr std::int64_t GrowthHighest = 1'000'000;
inline constexpr std::int64_t SpikeMultipleLowest = 110;
inline constexpr std::int64_t SpikeMultipleHighest = 10'000;
inline constexpr int TrailingWeeksFewest = 2;
inline constexpr int TrailingWeeksMost = 52;

// 10^-6 .. 10^6 in FxRate::Scale units covers every real pair (VND->KWD to KWD->VND) and catches
// inverted rates.
inline constexpr std::int64_t FxRateLowestNanos = 1'000;
inline constexpr std::int64_t FxRateHighestNanos = 1'000'000'000'000'000;
} // namespace limits

// A project code: 1 to limits::ProjectCodeLength letters, digits, '-' or '_', starting with a
// letter or a digit (files and reports use it as a handle).
bool isProjectCode(const QString &code);

QString requireText(const QString &field, const QString &value, int maxLength);
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
// Within ±Money::MaxInputMinorUnits: a line's amount once converted into the reporting currency
// (a weaker currency turns an accepted amount into more minor units).
void requireWithinInputLimit(const QString &field, const Money &amount);
void requireCategoryId(const QString &field, int categoryId);
// Both dates or neither; `end` (exclusive) after `start`, both within the date limits, at most
// CostLine::MaxServiceDays days.
void requireServicePeriod(const QString &field, const QDate &start, const QDate &endExclusive);

} // namespace costboard::validation
