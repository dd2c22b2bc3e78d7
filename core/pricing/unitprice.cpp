// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing/unitprice.h"

#include <limits>

#include "errors.h"

namespace costboard::pricing {
namespace {

constexpr int PicoDigits = 12;

Picos powerOfTen(int digits)
{
    Picos power = 1;
    for (int i = 0; i < digits; ++i)
        power *= 10;
    return power;
}

// numerator / denominator, rounded half away from zero (denominator > 0).
Picos roundedQuotient(Picos numerator, Picos denominator)
{
    Picos quotient = numerator / denominator;
    const Picos remainder = numerator % denominator;
    const Picos twiceRemainder = remainder < 0 ? -2 * remainder : 2 * remainder;
    if (twiceRemainder >= denominator)
        quotient += numerator < 0 ? -1 : 1;
    return quotient;
}

// The decimal digits of a non-negative 128-bit number.
QString decimalDigits(Picos value)
{
    if (value == 0)
        return QStringLiteral("0");
    QString digits;
    while (value > 0) {
        digits.prepend(QChar(u'0' + int(value % 10)));
        value /= 10;
    }
    return digits;
}

// `magnitude` in 10^-scaleDigits units, in `locale`, with at least `minimumDecimals` decimals
// and no trailing zero beyond them; the whole part grouped the locale's way.
QString formatMagnitude(Picos magnitude, int scaleDigits, int minimumDecimals, const QLocale &locale)
{
    const Picos unit = powerOfTen(scaleDigits);
    const Picos whole = magnitude / unit;
    QString fraction = decimalDigits(magnitude % unit).rightJustified(scaleDigits, u'0');
    while (fraction.size() > minimumDecimals && fraction.endsWith(u'0'))
        fraction.chop(1);
    QString text = whole <= std::numeric_limits<qulonglong>::max() ? locale.toString(qulonglong(whole))
                                                                   : decimalDigits(whole);
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    return text;
}

} // namespace

ExactAmount::ExactAmount(Picos picos, QString currency)
    : m_picos(picos)
    , m_currency(std::move(currency))
{ }

ExactAmount &ExactAmount::operator+=(const ExactAmount &other)
{
    if (m_currency.isEmpty()) {
        m_currency = other.m_currency;
    } else if (!other.m_currency.isEmpty() && other.m_currency != m_currency) {
        throw MoneyError(ErrorCode::CurrencyMismatchAdd, { m_currency, other.m_currency });
    }
    m_picos += other.m_picos;
    return *this;
}

ExactAmount ExactAmount::scaled(std::int64_t numerator, std::int64_t denominator) const
{
    if (denominator <= 0)
        throw MoneyError(ErrorCode::ZeroDenominator);
    return ExactAmount(roundedQuotient(m_picos * numerator, denominator), m_currency);
}

Money ExactAmount::toMoney() const
{
    const Picos minor = roundedQuotient(m_picos, powerOfTen(PicoDigits - Money::decimalsOf(m_currency)));
    if (minor > std::numeric_limits<std::int64_t>::max() || minor < std::numeric_limits<std::int64_t>::min())
        throw MoneyError(ErrorCode::AmountOverflowScaling);
    return Money(static_cast<std::int64_t>(minor), m_currency);
}

QString ExactAmount::format(const QLocale &locale, Precision precision) const
{
    const int decimals = Money::decimalsOf(m_currency);
    const Picos magnitude = m_picos < 0 ? -m_picos : m_picos;
    const QString digits = precision == Precision::Exact
        ? formatMagnitude(magnitude, PicoDigits, decimals, locale)
        : formatMagnitude(roundedQuotient(magnitude, powerOfTen(PicoDigits - decimals)), decimals, decimals,
                          locale);
    return Money::withCurrency(digits, m_picos < 0, m_currency, locale);
}

ExactAmount costOf(std::int64_t quantity, const UnitPrice &price)
{
    if (quantity < 0)
        throw ValidationError(QStringLiteral("quantity"), ErrorCode::QuantityNegative);
    if (quantity > MaxQuantity)
        throw ValidationError(QStringLiteral("quantity"), ErrorCode::QuantityTooLarge,
                              { QString::number(quantity), QString::number(MaxQuantity) });
    return ExactAmount(Picos(quantity) * price.microsPerMillion, price.currency);
}

std::optional<std::int64_t> parseScaledDecimal(QStringView text, int scaleDigits)
{
    const QStringView trimmed = text.trimmed();
    qsizetype at = 0;
    if (at < trimmed.size() && trimmed[at] == u'+')
        ++at;
    Picos digits = 0; // the significand's digits, as an integer
    int fractionDigits = 0; // how many of them follow the decimal separator
    bool anyDigit = false;
    bool afterSeparator = false;
    constexpr Picos significandLimit = Picos(1) << 100;
    for (; at < trimmed.size(); ++at) {
        const QChar c = trimmed[at];
        if (c.isDigit() && c.unicode() < 128) {
            digits = digits * 10 + (c.unicode() - u'0');
            if (digits > significandLimit)
                return std::nullopt;
            anyDigit = true;
            if (afterSeparator)
                ++fractionDigits;
        } else if ((c == u'.' || c == u',') && !afterSeparator) {
            afterSeparator = true;
        } else {
            break;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    int exponent = 0;
    if (at < trimmed.size() && (trimmed[at] == u'e' || trimmed[at] == u'E')) {
        ++at;
        bool negative = false;
        if (at < trimmed.size() && (trimmed[at] == u'-' || trimmed[at] == u'+'))
            negative = trimmed[at++] == u'-';
        const qsizetype exponentStart = at;
        while (at < trimmed.size() && trimmed[at].isDigit() && trimmed[at].unicode() < 128
               && at - exponentStart < 4)
            exponent = exponent * 10 + (trimmed[at++].unicode() - u'0');
        if (at == exponentStart)
            return std::nullopt;
        if (negative)
            exponent = -exponent;
    }
    if (at != trimmed.size())
        return std::nullopt;
    // value = digits × 10^(exponent - fractionDigits); scaled = value × 10^scaleDigits.
    int shift = scaleDigits + exponent - fractionDigits;
    for (; shift > 0; --shift) {
        digits *= 10;
        if (digits > std::numeric_limits<std::int64_t>::max())
            return std::nullopt;
    }
    for (; shift < 0; ++shift) {
        if (digits % 10 != 0)
            return std::nullopt; // finer than the scale: refused, never rounded
        digits /= 10;
    }
    if (digits > std::numeric_limits<std::int64_t>::max())
        return std::nullopt;
    return static_cast<std::int64_t>(digits);
}

std::optional<std::int64_t> parsePricePerMillion(QStringView text)
{
    const auto micros = parseScaledDecimal(text, 6);
    if (!micros || *micros > MaxMicrosPerMillion)
        return std::nullopt;
    return micros;
}

std::optional<std::int64_t> parsePricePerUnit(QStringView text)
{
    const auto micros = parseScaledDecimal(text, PicoDigits);
    if (!micros || *micros > MaxMicrosPerMillion)
        return std::nullopt;
    return micros;
}

QString formatScaledDecimal(std::int64_t value, int scaleDigits, int minimumDecimals, const QLocale &locale)
{
    const Picos magnitude = value < 0 ? -Picos(value) : Picos(value);
    const QString digits = formatMagnitude(magnitude, scaleDigits, minimumDecimals, locale);
    return value < 0 ? locale.negativeSign() + digits : digits;
}

QString formatPricePerMillion(std::int64_t microsPerMillion, const QLocale &locale)
{
    return formatScaledDecimal(microsPerMillion, 6, 2, locale);
}

} // namespace costboard::pricing
