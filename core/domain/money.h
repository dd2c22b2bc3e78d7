// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <cstdint>
#include <limits>
#include <type_traits>

#include <QLocale>
#include <QString>

namespace costboard {

enum class ErrorCode; // errors.h

// An amount of money: a whole number of minor units (cents) in one ISO 4217 currency.
// Arithmetic refuses to mix currencies and to overflow; nothing here ever touches floating point.
class Money final
{
public:
    // The most cost lines a ledger is built to hold (the demo and the benchmarks go this far).
    static constexpr std::int64_t MaxLedgerLines = 10'000'000;
    // Amounts beyond this (9 * 10^11 minor units, nine billion euros) are refused as input, in the
    // currency typed and once converted into the reporting currency: no GenAI cost line is that
    // large, so such a value is a typo or a unit error. It is also small enough that a ledger of
    // MaxLedgerLines lines of that size still sums without overflow.
    static constexpr std::int64_t MaxInputMinorUnits = 900'000'000'000LL;
    static_assert(MaxInputMinorUnits <= std::numeric_limits<std::int64_t>::max() / MaxLedgerLines);

    Money() = default; // zero, no currency: the neutral start of a sum

    // Sums of bare minor units (totals, roll-ups, series, sums read from the database) go through
    // these: they throw MoneyError (AmountOverflowSum, AmountOverflowDifference) instead of wrapping
    // round to a wrong number.
    static std::int64_t addMinorUnits(std::int64_t a, std::int64_t b);
    static std::int64_t subtractMinorUnits(std::int64_t a, std::int64_t b);
    // For std::int64_t and qint64 totals alike (long and long long on 64-bit Linux).
    template <typename Total>
    requires(std::is_integral_v<Total> && sizeof(Total) == sizeof(std::int64_t)) static void accumulate(
        Total &total, std::int64_t value)
    {
        total = addMinorUnits(total, value);
    }

    Money(std::int64_t minorUnits, QString currency);

    static Money zero(const QString &currency) { return Money(0, currency); }

    // Parses a plain decimal amount ("1234.56", "-12,5", "1 234,56") into minor units of
    // `currency`. Rejects more decimals than the currency has, exponents and garbage.
    // Returns false and leaves `out` untouched on failure.
    static bool parseDecimal(QStringView text, const QString &currency, Money &out);
    // Parses what someone types in a form of `locale`: like parseDecimal, and a number grouped by
    // thousands with the locale's separator reads as such ("12,500" is twelve thousand five
    // hundred in English, where parseDecimal alone would read a decimal comma).
    static bool parseTyped(QStringView text, const QString &currency, const QLocale &locale, Money &out);

    std::int64_t minorUnits() const noexcept { return m_minorUnits; }
    const QString &currency() const noexcept { return m_currency; }
    bool isZero() const noexcept { return m_minorUnits == 0; }
    bool isNegative() const noexcept { return m_minorUnits < 0; }
    bool hasCurrency() const noexcept { return !m_currency.isEmpty(); }

    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const;
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);

    // Multiplies by a ratio `numerator / denominator`, rounding half away from zero, through a
    // 128-bit intermediate: used for FX conversion and for spreading budgets over weeks.
    Money scaled(std::int64_t numerator, std::int64_t denominator) const;

    bool operator==(const Money &other) const;
    std::strong_ordering operator<=>(const Money &other) const;

    // "1 234,56 €" in French, "€1,234.56" in English: the locale decides separators and symbol
    // position, the currency decides the number of decimals.
    // The amount as a form shows it for editing, which parseTyped() reads back: digits grouped and
    // the decimal point of `locale`, no currency sign ("1,500.00", "1 500,00").
    QString toEditableString(const QLocale &locale = QLocale()) const;
    QString toString(const QLocale &locale = QLocale()) const;
    // Same, rounded to whole currency units ("1 235 €"): for chart axes and KPI tiles.
    QString toShortString(const QLocale &locale = QLocale()) const;
    // "40 k€" / "€40k", "1,2 M€" / "€1.2M": chart axes and dense labels.
    QString toCompactString(const QLocale &locale = QLocale()) const;
    // "1234.56": locale-independent, for CSV/JSON and the log of a test failure.
    QString toPlainString() const;

    // The symbol `locale` writes for `currency` ("€", "$" in English, "$US" in French), or the
    // ISO code when it has none: what toString() puts beside the digits.
    static QString symbolOf(const QString &currency, const QLocale &locale = QLocale());
    // Digits already written in `locale` ("0,006") placed with the currency's symbol and sign the
    // way toString() places them: for exact amounts finer than a cent (pricing/unitprice.h).
    static QString withCurrency(const QString &digits, bool negative, const QString &currency,
                                const QLocale &locale = QLocale());
    // Number of decimals of an ISO 4217 currency (JPY 0, KWD 3, most 2).
    static int decimalsOf(const QString &currency);
    // 10 ^ decimalsOf(currency).
    static std::int64_t minorPerMajor(const QString &currency);
    static bool isKnownCurrency(const QString &code);
    static QStringList knownCurrencies();

private:
    void requireSameCurrency(const Money &other, ErrorCode mismatch) const;
    const QString &resultCurrency(const Money &other) const;

    std::int64_t m_minorUnits = 0;
    QString m_currency;
};

} // namespace costboard
