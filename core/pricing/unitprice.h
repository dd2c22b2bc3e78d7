// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QLocale>
#include <QString>
#include <QStringView>

#include "domain/money.h"

namespace costboard::pricing {

// Amounts finer than a cent, exact: pico-units (10^-12) of a currency's major unit. A token costs
// a few millionths of a dollar and a year of them is billions of tokens, so a product can pass
// 64 bits; sums are held in 128 bits and rounded to cents only when they become Money.
__extension__ typedef __int128 Picos;

// A price per unit (token, image, hour), as integer micro-units of the currency per million
// units: $2.50 per million tokens is 2,500,000. The same integer is the price of one unit in
// pico-units. Nano-units per token would not do: Gemini's cached input at $0.01875 per million is
// 18.75 nano-dollars a token, and published price lists hold such prices.
struct UnitPrice
{
    std::int64_t microsPerMillion = 0;
    QString currency;

    friend bool operator==(const UnitPrice &, const UnitPrice &) = default;
};

// The highest price a unit may have: a million of the currency's major units (a GPU-hour is a
// few units, a token a millionth), so that a year of any volume stays far inside 128 bits.
inline constexpr std::int64_t MaxMicrosPerMillion = 1'000'000'000'000'000'000LL;
// The largest quantity one estimate or usage row may carry (tokens in a year of heavy use are
// about 10^12).
inline constexpr std::int64_t MaxQuantity = 1'000'000'000'000'000LL;

// An exact cost in one currency.
class ExactAmount final
{
public:
    ExactAmount() = default; // zero, no currency: the neutral start of a sum
    ExactAmount(Picos picos, QString currency);

    static ExactAmount zero(const QString &currency) { return ExactAmount(0, currency); }

    Picos picos() const noexcept { return m_picos; }
    const QString &currency() const noexcept { return m_currency; }
    bool isZero() const noexcept { return m_picos == 0; }

    // Sums of two currencies throw MoneyError, as Money's do.
    ExactAmount &operator+=(const ExactAmount &other);
    friend ExactAmount operator+(ExactAmount left, const ExactAmount &right) { return left += right; }
    friend bool operator==(const ExactAmount &, const ExactAmount &) = default;
    // `numerator / denominator` of the amount, rounded half away from zero to a pico-unit (a
    // share of volume, a monthly growth factor).
    ExactAmount scaled(std::int64_t numerator, std::int64_t denominator) const;

    // Rounded half away from zero to the currency's minor units (cents): what a budget or a cost
    // line holds. Throws MoneyError when it does not fit Money's limits.
    Money toMoney() const;
    enum class Precision
    {
        Cents, // rounded to the currency's minor unit, as a budget holds it: "$2.40", "1 234,56 €"
        Exact, // every decimal it has, at least the currency's: "$0.075", "$0.000405", "$2.50"
    };
    // The amount as people read it, with the currency placed the locale's way.
    QString format(const QLocale &locale = QLocale(), Precision precision = Precision::Cents) const;

private:
    Picos m_picos = 0;
    QString m_currency;
};

// quantity × price, exact. Throws ValidationError for a negative or too large quantity.
ExactAmount costOf(std::int64_t quantity, const UnitPrice &price);

// A decimal number written in a price list or typed ("2.50", "0,01875", "1.875e-08") as an
// integer count of 10^-`scaleDigits` units, exactly: empty when it is negative, not a number,
// finer than the scale or larger than 64 bits.
std::optional<std::int64_t> parseScaledDecimal(QStringView text, int scaleDigits);
// A price per million units ("2.50") as micro-units per million units.
std::optional<std::int64_t> parsePricePerMillion(QStringView text);
// A price per single unit ("2.5e-06", what LiteLLM's map holds) as micro-units per million units.
std::optional<std::int64_t> parsePricePerUnit(QStringView text);

// An integer count of 10^-`scaleDigits` units written out with at least `minimumDecimals`
// decimals and no trailing zeros beyond them, in `locale` ("2.50", "0.01875", "0,01875").
QString formatScaledDecimal(std::int64_t value, int scaleDigits, int minimumDecimals, const QLocale &locale);
// Micro-units per million as the price per million units people read ("2.50", "0.01875").
QString formatPricePerMillion(std::int64_t microsPerMillion, const QLocale &locale = QLocale());

} // namespace costboard::pricing
