// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/money.h"

#include <limits>

#include <QHash>
#include <QRegularExpression>

#include "errors.h"

namespace costboard {
namespace {

// ISO 4217 codes a GenAI budget plausibly meets, with their minor-unit digits. An explicit list
// (rather than "three capital letters") catches typos such as "EUE" at the door.
struct CurrencyInfo
{
    const char *code;
    int decimals;
};

constexpr CurrencyInfo knownCurrencyTable[] = {
    { "EUR", 2 }, { "USD", 2 }, { "GBP", 2 }, { "CHF", 2 }, { "CAD", 2 }, { "AUD", 2 }, { "NZD", 2 },
    { "JPY", 0 }, { "CNY", 2 }, { "HKD", 2 }, { "SGD", 2 }, { "INR", 2 }, { "KRW", 0 }, { "SEK", 2 },
    { "NOK", 2 }, { "DKK", 2 }, { "PLN", 2 }, { "CZK", 2 }, { "HUF", 2 }, { "RON", 2 }, { "BGN", 2 },
    { "ISK", 0 }, { "TRY", 2 }, { "ILS", 2 }, { "AED", 2 }, { "SAR", 2 }, { "QAR", 2 }, { "KWD", 3 },
    { "BHD", 3 }, { "OMR", 3 }, { "JOD", 3 }, { "TND", 3 }, { "MAD", 2 }, { "DZD", 2 }, { "EGP", 2 },
    { "ZAR", 2 }, { "XOF", 0 }, { "XAF", 0 }, { "BRL", 2 }, { "MXN", 2 }, { "ARS", 2 }, { "CLP", 0 },
    { "COP", 2 }, { "PEN", 2 }, { "TWD", 2 }, { "THB", 2 }, { "MYR", 2 }, { "IDR", 2 }, { "PHP", 2 },
    { "VND", 0 }, { "UAH", 2 }, { "XPF", 0 },
};

const CurrencyInfo *findCurrency(const QString &code)
{
    if (code.size() != 3)
        return nullptr;
    for (const CurrencyInfo &info : knownCurrencyTable) {
        if (code == QLatin1String(info.code))
            return &info;
    }
    return nullptr;
}

// A 128-bit intermediate for multiply-then-divide; GCC and Clang both provide it.
__extension__ typedef __int128 Wide;

std::int64_t powerOfTen(int exponent)
{
    std::int64_t value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

} // namespace

std::int64_t Money::addMinorUnits(std::int64_t a, std::int64_t b)
{
    std::int64_t result = 0;
    if (__builtin_add_overflow(a, b, &result))
        throw MoneyError(ErrorCode::AmountOverflowSum);
    return result;
}

std::int64_t Money::subtractMinorUnits(std::int64_t a, std::int64_t b)
{
    std::int64_t result = 0;
    if (__builtin_sub_overflow(a, b, &result))
        throw MoneyError(ErrorCode::AmountOverflowDifference);
    return result;
}

Money::Money(std::int64_t minorUnits, QString currency)
    : m_minorUnits(minorUnits)
    , m_currency(std::move(currency))
{ }

bool Money::isKnownCurrency(const QString &code)
{
    return findCurrency(code) != nullptr;
}

QStringList Money::knownCurrencies()
{
    QStringList codes;
    for (const CurrencyInfo &info : knownCurrencyTable)
        codes << QLatin1String(info.code);
    codes.sort();
    return codes;
}

int Money::decimalsOf(const QString &currency)
{
    const CurrencyInfo *info = findCurrency(currency);
    return info ? info->decimals : 2;
}

std::int64_t Money::minorPerMajor(const QString &currency)
{
    return powerOfTen(decimalsOf(currency));
}

bool Money::parseTyped(QStringView text, const QString &currency, const QLocale &locale, Money &out)
{
    QString cleaned = text.trimmed().toString();
    const QString group = locale.groupSeparator();
    const QString decimal = locale.decimalPoint();
    // Only '.' and ',' are ambiguous; spaces and apostrophes are grouping for parseDecimal anyway.
    if (group.size() == 1 && group != decimal
        && (group == QLatin1String(",") || group == QLatin1String("."))) {
        const QRegularExpression grouped(
            QStringLiteral("^[+-]?\\d{1,3}(%1\\d{3})+(%2\\d*)?$")
                .arg(QRegularExpression::escape(group), QRegularExpression::escape(decimal)));
        if (grouped.match(cleaned).hasMatch())
            cleaned.remove(group);
    }
    return parseDecimal(cleaned, currency, out);
}

bool Money::parseDecimal(QStringView text, const QString &currency, Money &out)
{
    // Accept what people type and what spreadsheets export: optional sign, digits with optional
    // space/narrow-space/apostrophe grouping, one decimal separator ('.' or ','). When both '.' and
    // ',' appear, the last one is the decimal separator and the other is grouping.
    QString cleaned;
    cleaned.reserve(text.size());
    for (QChar c : text) {
        if (c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == u'\'')
            continue;
        cleaned.append(c);
    }
    if (cleaned.isEmpty())
        return false;

    bool negative = false;
    qsizetype pos = 0;
    if (cleaned.at(0) == u'-' || cleaned.at(0) == u'+') {
        negative = cleaned.at(0) == u'-';
        pos = 1;
    }

    const qsizetype lastDot = cleaned.lastIndexOf(u'.');
    const qsizetype lastComma = cleaned.lastIndexOf(u',');
    const qsizetype decimalPos = std::max(lastDot, lastComma);
    const QChar groupSeparator
        = (lastDot >= 0 && lastComma >= 0) ? (lastDot > lastComma ? u',' : u'.') : QChar();

    const int decimals = decimalsOf(currency);
    std::int64_t integerPart = 0;
    std::int64_t fractionPart = 0;
    int fractionDigits = 0;
    bool sawDigit = false;
    constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max() / 100;

    for (qsizetype i = pos; i < cleaned.size(); ++i) {
        const QChar c = cleaned.at(i);
        if (i == decimalPos)
            continue;
        if (!groupSeparator.isNull() && c == groupSeparator && i < decimalPos)
            continue;
        if (c < u'0' || c > u'9')
            return false;
        sawDigit = true;
        const int digit = c.unicode() - u'0';
        if (decimalPos >= 0 && i > decimalPos) {
            if (++fractionDigits > decimals)
                return false;
            fractionPart = fractionPart * 10 + digit;
        } else {
            if (integerPart > limit)
                return false;
            integerPart = integerPart * 10 + digit;
        }
    }
    if (!sawDigit)
        return false;

    fractionPart *= powerOfTen(decimals - fractionDigits);
    std::int64_t minor = 0;
    if (__builtin_mul_overflow(integerPart, powerOfTen(decimals), &minor)
        || __builtin_add_overflow(minor, fractionPart, &minor))
        return false;
    out = Money(negative ? -minor : minor, currency);
    return true;
}

void Money::requireSameCurrency(const Money &other, ErrorCode mismatch) const
{
    if (m_currency.isEmpty() || other.m_currency.isEmpty() || m_currency == other.m_currency)
        return;
    throw MoneyError(mismatch, { m_currency, other.m_currency });
}

const QString &Money::resultCurrency(const Money &other) const
{
    return m_currency.isEmpty() ? other.m_currency : m_currency;
}

Money Money::operator+(const Money &other) const
{
    requireSameCurrency(other, ErrorCode::CurrencyMismatchAdd);
    return Money(addMinorUnits(m_minorUnits, other.m_minorUnits), resultCurrency(other));
}

Money Money::operator-(const Money &other) const
{
    requireSameCurrency(other, ErrorCode::CurrencyMismatchSubtract);
    return Money(subtractMinorUnits(m_minorUnits, other.m_minorUnits), resultCurrency(other));
}

Money Money::operator-() const
{
    return Money(subtractMinorUnits(0, m_minorUnits), m_currency);
}

Money &Money::operator+=(const Money &other)
{
    *this = *this + other;
    return *this;
}

Money &Money::operator-=(const Money &other)
{
    *this = *this - other;
    return *this;
}

Money Money::scaled(std::int64_t numerator, std::int64_t denominator) const
{
    if (denominator == 0)
        throw MoneyError(ErrorCode::ZeroDenominator);
    Wide product = static_cast<Wide>(m_minorUnits) * numerator;
    Wide quotient = product / denominator;
    const Wide remainder = product % denominator;
    // Round half away from zero: |2r| >= |d| means the dropped part is at least one half.
    const Wide twiceRemainder = remainder < 0 ? -2 * remainder : 2 * remainder;
    const Wide absDenominator = denominator < 0 ? -static_cast<Wide>(denominator) : denominator;
    if (twiceRemainder >= absDenominator)
        quotient += ((product < 0) != (denominator < 0)) ? -1 : 1;
    if (quotient > std::numeric_limits<std::int64_t>::max()
        || quotient < std::numeric_limits<std::int64_t>::min())
        throw MoneyError(ErrorCode::AmountOverflowScaling);
    return Money(static_cast<std::int64_t>(quotient), m_currency);
}

bool Money::operator==(const Money &other) const
{
    if (m_minorUnits == 0 && other.m_minorUnits == 0)
        return true; // zero is zero whatever the currency label
    requireSameCurrency(other, ErrorCode::CurrencyMismatchCompare);
    return m_minorUnits == other.m_minorUnits;
}

std::strong_ordering Money::operator<=>(const Money &other) const
{
    requireSameCurrency(other, ErrorCode::CurrencyMismatchCompare);
    return m_minorUnits <=> other.m_minorUnits;
}

namespace {

QString symbolFor(const QLocale &locale, const QString &currency)
{
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (currency == QLatin1String("JPY"))
        return QStringLiteral("¥");
    if (currency == QLatin1String("USD"))
        return locale.language() == QLocale::English ? QStringLiteral("$") : QStringLiteral("$US");
    return currency;
}

// Formats `magnitude` minor units, already split into whole and fraction, the way `locale` writes
// an amount of `currency`. QLocale::toCurrencyString() only takes double, which must never touch
// money, so ask it for its pattern with a one-unit sentinel and substitute our exact digits.
QString formatWithLocale(const QLocale &locale, const QString &currency, bool negative, const QString &digits)
{
    const QString marker = QStringLiteral("\x01");
    QString text = locale.toCurrencyString(qlonglong(1), marker);
    const QString one = locale.toString(qlonglong(1));
    const qsizetype at = text.indexOf(one);
    if (at >= 0)
        text.replace(at, one.size(), digits);
    text.replace(marker, symbolFor(locale, currency));
    // A plain leading minus, not the accounting parentheses Qt uses for some locales: on a cost
    // dashboard "(1 234 €)" reads as a note, "-1 234 €" as a decrease.
    return negative ? locale.negativeSign() + text : text;
}

struct SplitAmount
{
    bool negative;
    std::uint64_t whole;
    std::uint64_t fraction;
};

SplitAmount split(std::int64_t minorUnits, std::int64_t unit)
{
    const bool negative = minorUnits < 0;
    // Work on the unsigned magnitude so INT64_MIN formats correctly.
    const std::uint64_t magnitude
        = negative ? 0 - static_cast<std::uint64_t>(minorUnits) : static_cast<std::uint64_t>(minorUnits);
    return { negative, magnitude / static_cast<std::uint64_t>(unit),
             magnitude % static_cast<std::uint64_t>(unit) };
}

} // namespace

QString Money::symbolOf(const QString &currency, const QLocale &locale)
{
    return symbolFor(locale, currency);
}

QString Money::toPlainString() const
{
    const int decimals = decimalsOf(m_currency);
    const SplitAmount parts = split(m_minorUnits, powerOfTen(decimals));
    QString text = QString::number(parts.whole);
    if (decimals > 0)
        text += u'.' + QString::number(parts.fraction).rightJustified(decimals, u'0');
    return parts.negative ? u'-' + text : text;
}

QString Money::withCurrency(const QString &digits, bool negative, const QString &currency,
                            const QLocale &locale)
{
    return formatWithLocale(locale, currency, negative, digits);
}

QString Money::toEditableString(const QLocale &locale) const
{
    const std::int64_t perMajor = minorPerMajor(m_currency);
    const std::int64_t magnitude = m_minorUnits < 0 ? -m_minorUnits : m_minorUnits;
    QString text = (m_minorUnits < 0 ? QString(locale.negativeSign()) : QString())
        + locale.toString(qlonglong(magnitude / perMajor));
    const int decimals = decimalsOf(m_currency);
    if (decimals > 0)
        text += locale.decimalPoint() + QString::number(magnitude % perMajor).rightJustified(decimals, u'0');
    return text;
}

QString Money::toString(const QLocale &locale) const
{
    const int decimals = decimalsOf(m_currency);
    const SplitAmount parts = split(m_minorUnits, powerOfTen(decimals));
    QString digits = locale.toString(qulonglong(parts.whole));
    if (decimals > 0)
        digits += locale.decimalPoint() + QString::number(parts.fraction).rightJustified(decimals, u'0');
    return formatWithLocale(locale, m_currency, parts.negative && m_minorUnits != 0, digits);
}

QString Money::toShortString(const QLocale &locale) const
{
    const std::int64_t unit = minorPerMajor(m_currency);
    const Money rounded = scaled(1, unit);
    const SplitAmount parts = split(rounded.m_minorUnits, 1);
    return formatWithLocale(locale, m_currency, parts.negative, locale.toString(qulonglong(parts.whole)));
}

QString Money::toCompactString(const QLocale &locale) const
{
    const std::int64_t unit = minorPerMajor(m_currency);
    const SplitAmount parts = split(m_minorUnits, 1);
    const std::uint64_t major = parts.whole / static_cast<std::uint64_t>(unit);
    const bool french = locale.language() == QLocale::French;
    QString digits;
    if (major >= 1'000'000) {
        // One decimal of millions, computed on integers: 1 250 000 -> "1,3 M".
        const std::uint64_t tenths = (major + 50'000) / 100'000;
        digits = locale.toString(qulonglong(tenths / 10));
        if (tenths % 10 != 0)
            digits += locale.decimalPoint() + QString::number(tenths % 10);
        digits += french ? QStringLiteral("\u00a0M") : QStringLiteral("M");
    } else if (major >= 1'000) {
        digits = locale.toString(qulonglong((major + 500) / 1000))
            + (french ? QStringLiteral("\u00a0k") : QStringLiteral("k"));
    } else {
        digits = locale.toString(qulonglong(major));
    }
    return formatWithLocale(locale, m_currency, parts.negative && m_minorUnits != 0, digits);
}

} // namespace costboard
