// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the money parsers. Money::parseDecimal and Money::parseTyped (French and
// English forms) and the importers' amount parsers (machine and human decimals). Beyond "no crash,
// no sanitizer finding", each accepted value must print and parse back to the same amount: a
// broken round trip traps so that libFuzzer reports the input.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <QLocale>
#include <QString>

#include "domain/money.h"
#include "import/importvalues.h"

using namespace costboard;

namespace {

// Currencies with 0, 2 and 3 decimals, and one Money does not know (read with 2).
const QString &currencyFor(std::uint8_t selector)
{
    static const QString currencies[]
        = { QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("JPY"),
            QStringLiteral("KWD"), QStringLiteral("GBP"), QStringLiteral("XYZ") };
    return currencies[selector % std::size(currencies)];
}

void require(bool property)
{
    if (!property)
        __builtin_trap();
}

// A parsed amount printed as plain text must read back, by both parsers and both locales, as the
// same minor units; so must its opposite.
void checkMoneyRoundTrip(const Money &parsed, const QLocale &french, const QLocale &english)
{
    const QString plain = parsed.toPlainString();
    for (const QString &text : { plain, (-parsed).toPlainString() }) {
        Money again;
        require(Money::parseDecimal(text, parsed.currency(), again));
        const std::int64_t expected = text == plain ? parsed.minorUnits() : -parsed.minorUnits();
        require(again.minorUnits() == expected && again.currency() == parsed.currency());
        for (const QLocale &locale : { french, english }) {
            Money typed;
            require(Money::parseTyped(text, parsed.currency(), locale, typed));
            require(typed.minorUnits() == expected);
        }
    }
    // Formatting for people must not fail either (it is shown beside every parsed amount).
    require(!parsed.toString(french).isEmpty() && !parsed.toString(english).isEmpty());
}

// "[-]whole.fraction" with nine decimals: the exact text of a nano-unit amount.
std::string nanosText(std::int64_t nanoUnits)
{
    const bool negative = nanoUnits < 0;
    const std::uint64_t magnitude
        = negative ? 0 - static_cast<std::uint64_t>(nanoUnits) : static_cast<std::uint64_t>(nanoUnits);
    std::string fraction = std::to_string(magnitude % static_cast<std::uint64_t>(nanos::PerUnit));
    fraction.insert(0, 9 - fraction.size(), '0');
    return (negative ? "-" : "") + std::to_string(magnitude / static_cast<std::uint64_t>(nanos::PerUnit))
        + '.' + fraction;
}

void checkNanosRoundTrip(std::int64_t nanoUnits)
{
    constexpr std::int64_t limit = nanos::MaxUnits * nanos::PerUnit;
    require(nanoUnits >= -limit && nanoUnits <= limit);
    const std::string text = nanosText(nanoUnits);
    std::int64_t again = 0;
    require(parseMachineDecimal(text, again) == ValueStatus::Ok && again == nanoUnits);
    require(parseHumanDecimal(text, '.', again) == ValueStatus::Ok && again == nanoUnits);
    // Rounding to minor units stays within half a minor unit of the exact amount.
    const std::int64_t minor = nanosToMinor(nanoUnits, 100);
    const WideNanos error = static_cast<WideNanos>(minor) * (nanos::PerUnit / 100) - nanoUnits;
    require(error * 2 <= nanos::PerUnit / 100 && -error * 2 <= nanos::PerUnit / 100);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    static const QLocale french(QLocale::French, QLocale::France);
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString &currency = currencyFor(data[0]);
    const std::string_view bytes(reinterpret_cast<const char *>(data + 1), size - 1);
    const QString text = QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));

    Money parsed;
    if (Money::parseDecimal(text, currency, parsed))
        checkMoneyRoundTrip(parsed, french, english);
    for (const QLocale &locale : { french, english }) {
        Money typed;
        if (Money::parseTyped(text, currency, locale, typed))
            checkMoneyRoundTrip(typed, french, english);
    }

    std::int64_t nanoUnits = 0;
    if (parseMachineDecimal(bytes, nanoUnits) == ValueStatus::Ok)
        checkNanosRoundTrip(nanoUnits);
    for (const char separator : { '.', ',' }) {
        if (parseHumanDecimal(bytes, separator, nanoUnits) == ValueStatus::Ok)
            checkNanosRoundTrip(nanoUnits);
    }
    const char detected = decimalSeparatorOf(bytes);
    require(detected == 0 || detected == '.' || detected == ',');
    return 0;
}
