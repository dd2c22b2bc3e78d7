// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdint>
#include <limits>

#include <QLocale>
#include <QObject>
#include <QTest>

#include "domain/money.h"
#include "errors.h"
#include "errortexts.h"

using namespace costboard;

namespace {

constexpr std::int64_t int64Max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t int64Min = std::numeric_limits<std::int64_t>::min();

const QString EUR = QStringLiteral("EUR");
const QString USD = QStringLiteral("USD");
const QString JPY = QStringLiteral("JPY");
const QString KWD = QStringLiteral("KWD");
const QString CHF = QStringLiteral("CHF");

// Locales disagree on which space groups digits and separates the symbol (U+202F, U+00A0, ' '):
// compare digits, separators and symbol order, not the flavour of space.
QString normalisedSpaces(QString text)
{
    text.replace(QChar(0x202F), u' ');
    text.replace(QChar(0x00A0), u' ');
    return text;
}

// CLDR may write the minus sign as U+2212 in some locales: accept either, report ASCII.
QString normalised(QString text)
{
    text = normalisedSpaces(std::move(text));
    text.replace(QChar(0x2212), u'-');
    return text;
}

// Qt 6.4 takes CLDR's accounting pattern for currencies, so fr_FR and en_US write a negative
// amount in parentheses ("(1 234,56 €)") while de_DE writes "-1.234,56 €". Either marks the sign;
// what must hold is that the digits and symbol are those of the magnitude and the sign is shown.
bool isNegativeFormOf(const QString &negative, const QString &magnitude)
{
    return negative == u'-' + magnitude || negative == u'(' + magnitude + u')';
}

QLocale french()
{
    return QLocale(QLocale::French, QLocale::France);
}
QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void construction();
    void arithmetic_data();
    void arithmetic();
    void compoundOperators();
    void defaultIsNeutralForSums();
    void comparisons();
    void mixedCurrencyRefused();
    void overflowRefused_data();
    void overflowRefused();
    void arithmeticAtLimits();
    void scaled_data();
    void scaled();
    void scaledUsesWideIntermediate();
    void scaledRefusesOverflowAndZeroDenominator();
    void parseDecimal_data();
    void parseDecimal();
    void parseDecimalFailureLeavesOutputUntouched();
    void parseTyped_data();
    void parseTyped();
    void decimals_data();
    void decimals();
    void knownCurrencies();
    void toPlainString_data();
    void toPlainString();
    void toStringLocalised_data();
    void toStringLocalised();
    void toShortString_data();
    void toShortString();
};

void TestMoney::construction()
{
    const Money none;
    QCOMPARE(none.minorUnits(), 0);
    QVERIFY(none.isZero());
    QVERIFY(!none.isNegative());
    QVERIFY(!none.hasCurrency());
    QVERIFY(none.currency().isEmpty());

    const Money amount(123456, EUR);
    QCOMPARE(amount.minorUnits(), 123456);
    QCOMPARE(amount.currency(), EUR);
    QVERIFY(amount.hasCurrency());
    QVERIFY(!amount.isZero());
    QVERIFY(!amount.isNegative());

    const Money negative(-1, USD);
    QVERIFY(negative.isNegative());
    QCOMPARE(negative.currency(), USD);

    const Money zero = Money::zero(JPY);
    QVERIFY(zero.isZero());
    QCOMPARE(zero.currency(), JPY);
    QCOMPARE(zero.minorUnits(), 0);
}

void TestMoney::arithmetic_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("sum");
    QTest::addColumn<qint64>("difference");

    QTest::newRow("positive") << qint64(1050) << qint64(250) << qint64(1300) << qint64(800);
    QTest::newRow("to negative") << qint64(100) << qint64(250) << qint64(350) << qint64(-150);
    QTest::newRow("negative operands") << qint64(-100) << qint64(-250) << qint64(-350) << qint64(150);
    QTest::newRow("zero") << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("large") << qint64(900'000'000'000'000'000) << qint64(-1) << qint64(899'999'999'999'999'999)
                           << qint64(900'000'000'000'000'001);
}

void TestMoney::arithmetic()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, sum);
    QFETCH(qint64, difference);

    const Money left(a, EUR);
    const Money right(b, EUR);
    const Money plus = left + right;
    const Money minus = left - right;
    QCOMPARE(plus.minorUnits(), sum);
    QCOMPARE(plus.currency(), EUR);
    QCOMPARE(minus.minorUnits(), difference);
    QCOMPARE(minus.currency(), EUR);
    QCOMPARE((-left).minorUnits(), -a);
    QCOMPARE((-left).currency(), EUR);
    // Operands are values: untouched.
    QCOMPARE(left.minorUnits(), a);
    QCOMPARE(right.minorUnits(), b);
}

void TestMoney::compoundOperators()
{
    Money total(1000, USD);
    total += Money(234, USD);
    QCOMPARE(total.minorUnits(), 1234);
    total -= Money(2000, USD);
    QCOMPARE(total.minorUnits(), -766);
    QCOMPARE(total.currency(), USD);

    Money &self = (total += Money(66, USD));
    QCOMPARE(&self, &total);
    QCOMPARE(total.minorUnits(), -700);
    Money &self2 = (total -= Money(-700, USD));
    QCOMPARE(&self2, &total);
    QVERIFY(total.isZero());
}

void TestMoney::defaultIsNeutralForSums()
{
    Money sum;
    sum += Money(250, EUR);
    QCOMPARE(sum.currency(), EUR);
    QCOMPARE(sum.minorUnits(), 250);
    sum += Money(50, EUR);
    QCOMPARE(sum.minorUnits(), 300);

    const Money right = Money(7, JPY) + Money();
    QCOMPARE(right.currency(), JPY);
    QCOMPARE(right.minorUnits(), 7);

    const Money difference = Money() - Money(7, JPY);
    QCOMPARE(difference.currency(), JPY);
    QCOMPARE(difference.minorUnits(), -7);
}

void TestMoney::comparisons()
{
    const Money small(100, EUR);
    const Money large(250, EUR);
    const Money same(100, EUR);
    const Money negative(-300, EUR);

    QVERIFY(small == same);
    QVERIFY(!(small != same));
    QVERIFY(small != large);
    QVERIFY(small < large);
    QVERIFY(large > small);
    QVERIFY(small <= same);
    QVERIFY(small >= same);
    QVERIFY(negative < small);
    QVERIFY(!(large < small));
    QVERIFY((small <=> large) == std::strong_ordering::less);
    QVERIFY((large <=> small) == std::strong_ordering::greater);
    QVERIFY((small <=> same) == std::strong_ordering::equal);
}

void TestMoney::mixedCurrencyRefused()
{
    const Money euros(100, EUR);
    const Money dollars(100, USD);

    QVERIFY_THROWS_EXCEPTION(MoneyError, euros + dollars);
    QVERIFY_THROWS_EXCEPTION(MoneyError, euros - dollars);
    QVERIFY_THROWS_EXCEPTION(MoneyError, (void)(euros < dollars));
    QVERIFY_THROWS_EXCEPTION(MoneyError, (void)(euros == dollars));

    Money total(500, EUR);
    QVERIFY_THROWS_EXCEPTION(MoneyError, total += dollars);
    QVERIFY_THROWS_EXCEPTION(MoneyError, total -= dollars);
    QCOMPARE(total.minorUnits(), 500); // a refused operation changes nothing
    QCOMPARE(total.currency(), EUR);

    try {
        (void)(euros + dollars);
        QFAIL("no exception");
    } catch (const MoneyError &error) {
        QCOMPARE(error.code(), ErrorCode::CurrencyMismatchAdd);
        QCOMPARE(error.arguments(), QStringList({ EUR, USD }));
        QVERIFY2(errorText(error).contains(EUR) && errorText(error).contains(USD),
                 qPrintable(errorText(error)));
    }
}

void TestMoney::overflowRefused_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("add"); // else subtract

    QTest::newRow("max + 1") << qint64(int64Max) << qint64(1) << true;
    QTest::newRow("max + max") << qint64(int64Max) << qint64(int64Max) << true;
    QTest::newRow("min + -1") << qint64(int64Min) << qint64(-1) << true;
    QTest::newRow("min - 1") << qint64(int64Min) << qint64(1) << false;
    QTest::newRow("max - -1") << qint64(int64Max) << qint64(-1) << false;
    QTest::newRow("0 - min") << qint64(0) << qint64(int64Min) << false;
}

void TestMoney::overflowRefused()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, add);

    const Money left(a, EUR);
    const Money right(b, EUR);
    if (add) {
        QVERIFY_THROWS_EXCEPTION(MoneyError, left + right);
        Money compound = left;
        QVERIFY_THROWS_EXCEPTION(MoneyError, compound += right);
        QCOMPARE(compound.minorUnits(), a);
    } else {
        QVERIFY_THROWS_EXCEPTION(MoneyError, left - right);
        Money compound = left;
        QVERIFY_THROWS_EXCEPTION(MoneyError, compound -= right);
        QCOMPARE(compound.minorUnits(), a);
    }
}

void TestMoney::arithmeticAtLimits()
{
    QCOMPARE((Money(int64Max, EUR) + Money(0, EUR)).minorUnits(), int64Max);
    QCOMPARE((Money(int64Max - 1, EUR) + Money(1, EUR)).minorUnits(), int64Max);
    QCOMPARE((Money(int64Min + 1, EUR) - Money(1, EUR)).minorUnits(), int64Min);
    QCOMPARE((Money(int64Min, EUR) + Money(int64Max, EUR)).minorUnits(), -1);
    QCOMPARE((-Money(int64Max, EUR)).minorUnits(), int64Min + 1);
    QVERIFY_THROWS_EXCEPTION(MoneyError, -Money(int64Min, EUR));
}

void TestMoney::scaled_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("5/2 half up") << qint64(5) << qint64(1) << qint64(2) << qint64(3);
    QTest::newRow("-5/2 half away") << qint64(-5) << qint64(1) << qint64(2) << qint64(-3);
    QTest::newRow("4/3 down") << qint64(4) << qint64(1) << qint64(3) << qint64(1);
    QTest::newRow("-4/3 toward zero") << qint64(-4) << qint64(1) << qint64(3) << qint64(-1);
    QTest::newRow("5/3 up") << qint64(5) << qint64(1) << qint64(3) << qint64(2);
    QTest::newRow("-5/3 away") << qint64(-5) << qint64(1) << qint64(3) << qint64(-2);
    QTest::newRow("7/2") << qint64(7) << qint64(1) << qint64(2) << qint64(4);
    QTest::newRow("1/3") << qint64(1) << qint64(1) << qint64(3) << qint64(0);
    QTest::newRow("-1/3") << qint64(-1) << qint64(1) << qint64(3) << qint64(0);
    QTest::newRow("149/100") << qint64(149) << qint64(1) << qint64(100) << qint64(1);
    QTest::newRow("150/100") << qint64(150) << qint64(1) << qint64(100) << qint64(2);
    QTest::newRow("-150/100") << qint64(-150) << qint64(1) << qint64(100) << qint64(-2);
    QTest::newRow("negative denominator") << qint64(5) << qint64(1) << qint64(-2) << qint64(-3);
    QTest::newRow("both negative") << qint64(-5) << qint64(1) << qint64(-2) << qint64(3);
    QTest::newRow("negative numerator") << qint64(5) << qint64(-1) << qint64(2) << qint64(-3);
    QTest::newRow("identity") << qint64(123456) << qint64(1) << qint64(1) << qint64(123456);
    QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(3) << qint64(0);
    // FX: 1.00 USD at 0.925 EUR/USD (nanos) = 92.5 cents -> 93, and -> -93 for a credit note.
    QTest::newRow("fx half") << qint64(100) << qint64(925'000'000) << qint64(1'000'000'000) << qint64(93);
    QTest::newRow("fx half negative")
        << qint64(-100) << qint64(925'000'000) << qint64(1'000'000'000) << qint64(-93);
    QTest::newRow("fx just below half")
        << qint64(100) << qint64(924'999'999) << qint64(1'000'000'000) << qint64(92);
    QTest::newRow("budget spread 100/13") << qint64(10'000) << qint64(1) << qint64(13) << qint64(769);
}

void TestMoney::scaled()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);

    const Money result = Money(minor, USD).scaled(numerator, denominator);
    QCOMPARE(result.minorUnits(), expected);
    QCOMPARE(result.currency(), USD);
}

void TestMoney::scaledUsesWideIntermediate()
{
    // max * 3 overflows 64 bits but the quotient fits.
    QCOMPARE(Money(int64Max, EUR).scaled(3, 3).minorUnits(), int64Max);
    QCOMPARE(Money(int64Min, EUR).scaled(1'000'000'000, 1'000'000'000).minorUnits(), int64Min);
    QCOMPARE(Money(4'000'000'000'000'000'000LL, EUR).scaled(2'000'000'000, 4'000'000'000).minorUnits(),
             2'000'000'000'000'000'000LL);
}

void TestMoney::scaledRefusesOverflowAndZeroDenominator()
{
    QVERIFY_THROWS_EXCEPTION(MoneyError, Money(int64Max, EUR).scaled(2, 1));
    QVERIFY_THROWS_EXCEPTION(MoneyError, Money(int64Min, EUR).scaled(-1, 1));
    QVERIFY_THROWS_EXCEPTION(MoneyError, Money(1, EUR).scaled(1, 0));
}

void TestMoney::parseDecimal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("dot decimal") << QStringLiteral("1234.56") << EUR << true << qint64(123456);
    QTest::newRow("comma decimal") << QStringLiteral("1234,56") << EUR << true << qint64(123456);
    QTest::newRow("space grouping") << QStringLiteral("1 234,56") << EUR << true << qint64(123456);
    QTest::newRow("nbsp grouping") << QStringLiteral("1\u00A0234,56") << EUR << true << qint64(123456);
    QTest::newRow("narrow nbsp grouping") << QStringLiteral("1\u202F234,56") << EUR << true << qint64(123456);
    QTest::newRow("english grouping") << QStringLiteral("1,234.56") << EUR << true << qint64(123456);
    QTest::newRow("german grouping") << QStringLiteral("1.234,56") << EUR << true << qint64(123456);
    QTest::newRow("swiss grouping") << QStringLiteral("1'234.56") << CHF << true << qint64(123456);
    QTest::newRow("millions english") << QStringLiteral("1,234,567.89") << EUR << true << qint64(123456789);
    QTest::newRow("millions german") << QStringLiteral("1.234.567,89") << EUR << true << qint64(123456789);
    QTest::newRow("negative one decimal") << QStringLiteral("-12,5") << EUR << true << qint64(-1250);
    QTest::newRow("explicit plus") << QStringLiteral("+7.05") << EUR << true << qint64(705);
    QTest::newRow("integer") << QStringLiteral("12") << EUR << true << qint64(1200);
    QTest::newRow("leading zeros") << QStringLiteral("0.07") << EUR << true << qint64(7);
    QTest::newRow("surrounding spaces") << QStringLiteral("  42.10 ") << EUR << true << qint64(4210);
    QTest::newRow("JPY integer") << QStringLiteral("12") << JPY << true << qint64(12);
    QTest::newRow("JPY grouped") << QStringLiteral("1 200 000") << JPY << true << qint64(1200000);
    QTest::newRow("KWD three decimals") << QStringLiteral("12.345") << KWD << true << qint64(12345);
    QTest::newRow("KWD one decimal") << QStringLiteral("12.3") << KWD << true << qint64(12300);
    QTest::newRow("largest") << QStringLiteral("92233720368547758.07") << EUR << true << qint64(int64Max);

    QTest::newRow("too many decimals EUR") << QStringLiteral("12.345") << EUR << false << qint64(0);
    QTest::newRow("too many decimals comma") << QStringLiteral("12,345") << EUR << false << qint64(0);
    QTest::newRow("JPY decimals") << QStringLiteral("12.5") << JPY << false << qint64(0);
    QTest::newRow("KWD four decimals") << QStringLiteral("1.2345") << KWD << false << qint64(0);
    QTest::newRow("letters") << QStringLiteral("abc") << EUR << false << qint64(0);
    QTest::newRow("empty") << QString() << EUR << false << qint64(0);
    QTest::newRow("blank") << QStringLiteral("   ") << EUR << false << qint64(0);
    QTest::newRow("exponent") << QStringLiteral("1e5") << EUR << false << qint64(0);
    QTest::newRow("exponent upper") << QStringLiteral("1.5E3") << EUR << false << qint64(0);
    QTest::newRow("sign only") << QStringLiteral("-") << EUR << false << qint64(0);
    QTest::newRow("separator only") << QStringLiteral(".") << EUR << false << qint64(0);
    QTest::newRow("double sign") << QStringLiteral("--5") << EUR << false << qint64(0);
    QTest::newRow("two dots") << QStringLiteral("1.2.3") << EUR << false << qint64(0);
    QTest::newRow("trailing garbage") << QStringLiteral("12.50 EUR") << EUR << false << qint64(0);
    QTest::newRow("currency symbol") << QStringLiteral("€12") << EUR << false << qint64(0);
    QTest::newRow("sign in the middle") << QStringLiteral("12-5") << EUR << false << qint64(0);
    QTest::newRow("overflow") << QStringLiteral("92233720368547758.08") << EUR << false << qint64(0);
    QTest::newRow("huge") << QStringLiteral("99999999999999999999999") << EUR << false << qint64(0);
}

void TestMoney::parseDecimal()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);

    Money out(-999, QStringLiteral("GBP"));
    const bool parsed = Money::parseDecimal(text, currency, out);
    QCOMPARE(parsed, ok);
    if (ok) {
        QCOMPARE(out.minorUnits(), expected);
        QCOMPARE(out.currency(), currency);
    }
}

void TestMoney::parseDecimalFailureLeavesOutputUntouched()
{
    Money out(4242, USD);
    QVERIFY(!Money::parseDecimal(u"12.345", EUR, out));
    QCOMPARE(out.minorUnits(), 4242);
    QCOMPARE(out.currency(), USD);
    QVERIFY(!Money::parseDecimal(u"abc", EUR, out));
    QCOMPARE(out.minorUnits(), 4242);
    QCOMPARE(out.currency(), USD);
}

void TestMoney::parseTyped_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor"); // -1: refused
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("en plain") << english() << QStringLiteral("1234.56") << QStringLiteral("EUR")
                              << qint64(123456);
    QTest::newRow("en grouped") << english() << QStringLiteral("1,234.56") << QStringLiteral("EUR")
                                << qint64(123456);
    QTest::newRow("en thousand") << english() << QStringLiteral("1,234") << QStringLiteral("EUR")
                                 << qint64(123400);
    QTest::newRow("en millions") << english() << QStringLiteral("-2,000,000") << QStringLiteral("EUR")
                                 << qint64(-200000000);
    QTest::newRow("en comma decimal")
        << english() << QStringLiteral("12,5") << QStringLiteral("EUR") << qint64(1250);
    QTest::newRow("en yen thousand") << english() << QStringLiteral("1,234") << QStringLiteral("JPY")
                                     << qint64(1234);
    QTest::newRow("fr decimal comma")
        << french() << QStringLiteral("1 234,56") << QStringLiteral("EUR") << qint64(123456);
    QTest::newRow("fr narrow space") << french() << QStringLiteral("1\u202f234,5") << QStringLiteral("EUR")
                                     << qint64(123450);
    QTest::newRow("fr dot decimal") << french() << QStringLiteral("12.5") << QStringLiteral("EUR")
                                    << qint64(1250);
    QTest::newRow("de grouped") << german << QStringLiteral("1.234,56") << QStringLiteral("EUR")
                                << qint64(123456);
    QTest::newRow("de thousand") << german << QStringLiteral("1.234") << QStringLiteral("EUR")
                                 << qint64(123400);
    QTest::newRow("garbage") << english() << QStringLiteral("12 EUR") << QStringLiteral("EUR") << qint64(-1);
    QTest::newRow("exponent") << english() << QStringLiteral("1e3") << QStringLiteral("EUR") << qint64(-1);
    QTest::newRow("en grouped yuan cents")
        << english() << QStringLiteral("12,500.5") << QStringLiteral("CNY") << qint64(1250050);
    QTest::newRow("en badly grouped")
        << english() << QStringLiteral("1,23,456") << QStringLiteral("EUR") << qint64(-1);
    QTest::newRow("spaces around") << english() << QStringLiteral("  12,500  ") << QStringLiteral("EUR")
                                   << qint64(1250000);
    QTest::newRow("empty") << english() << QString() << QStringLiteral("EUR") << qint64(-1);
}

void TestMoney::parseTyped()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    Money parsed;
    const bool ok = Money::parseTyped(text, currency, locale, parsed);
    QCOMPARE(ok, minor != -1);
    if (ok)
        QCOMPARE(parsed, Money(minor, currency));
}

void TestMoney::decimals_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<qint64>("perMajor");

    QTest::newRow("EUR") << EUR << 2 << qint64(100);
    QTest::newRow("USD") << USD << 2 << qint64(100);
    QTest::newRow("JPY") << JPY << 0 << qint64(1);
    QTest::newRow("KRW") << QStringLiteral("KRW") << 0 << qint64(1);
    QTest::newRow("KWD") << KWD << 3 << qint64(1000);
    QTest::newRow("BHD") << QStringLiteral("BHD") << 3 << qint64(1000);
}

void TestMoney::decimals()
{
    QFETCH(QString, currency);
    QFETCH(int, decimals);
    QFETCH(qint64, perMajor);
    QCOMPARE(Money::decimalsOf(currency), decimals);
    QCOMPARE(Money::minorPerMajor(currency), perMajor);
}

void TestMoney::knownCurrencies()
{
    QVERIFY(Money::isKnownCurrency(EUR));
    QVERIFY(Money::isKnownCurrency(USD));
    QVERIFY(Money::isKnownCurrency(JPY));
    QVERIFY(Money::isKnownCurrency(KWD));
    QVERIFY(!Money::isKnownCurrency(QStringLiteral("EUE")));
    QVERIFY(!Money::isKnownCurrency(QStringLiteral("EU")));
    QVERIFY(!Money::isKnownCurrency(QStringLiteral("EURO")));
    QVERIFY(!Money::isKnownCurrency(QString()));

    const QStringList codes = Money::knownCurrencies();
    QVERIFY(codes.contains(EUR));
    QVERIFY(codes.contains(USD));
    QVERIFY(codes.contains(JPY));
    QVERIFY(!codes.contains(QStringLiteral("EUE")));
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    for (const QString &code : codes)
        QVERIFY2(Money::isKnownCurrency(code), qPrintable(code));
}

void TestMoney::toPlainString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    QTest::newRow("EUR") << qint64(123456) << EUR << QStringLiteral("1234.56");
    QTest::newRow("EUR negative") << qint64(-123456) << EUR << QStringLiteral("-1234.56");
    QTest::newRow("EUR cents") << qint64(5) << EUR << QStringLiteral("0.05");
    QTest::newRow("EUR negative cents") << qint64(-5) << EUR << QStringLiteral("-0.05");
    QTest::newRow("EUR zero") << qint64(0) << EUR << QStringLiteral("0.00");
    QTest::newRow("EUR whole") << qint64(1200) << EUR << QStringLiteral("12.00");
    QTest::newRow("JPY") << qint64(1234) << JPY << QStringLiteral("1234");
    QTest::newRow("JPY negative") << qint64(-1234) << JPY << QStringLiteral("-1234");
    QTest::newRow("KWD") << qint64(1234567) << KWD << QStringLiteral("1234.567");
    QTest::newRow("KWD negative small") << qint64(-1) << KWD << QStringLiteral("-0.001");
    QTest::newRow("INT64_MAX") << qint64(int64Max) << EUR << QStringLiteral("92233720368547758.07");
    QTest::newRow("INT64_MIN") << qint64(int64Min) << EUR << QStringLiteral("-92233720368547758.08");
    QTest::newRow("INT64_MIN JPY") << qint64(int64Min) << JPY << QStringLiteral("-9223372036854775808");
}

void TestMoney::toPlainString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const Money amount(minor, currency);
    QCOMPARE(amount.toPlainString(), expected);

    // The plain form is what CSV export writes: it must parse back to the same amount.
    if (minor != int64Min) {
        Money back;
        QVERIFY(Money::parseDecimal(amount.toPlainString(), currency, back));
        QCOMPARE(back.minorUnits(), minor);
    }
}

void TestMoney::toStringLocalised_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("magnitude"); // the text of |amount|, after normalising spaces

    QTest::newRow("fr EUR") << french() << qint64(123456) << EUR << QStringLiteral("1 234,56 €");
    QTest::newRow("fr EUR negative") << french() << qint64(-123456) << EUR << QStringLiteral("1 234,56 €");
    QTest::newRow("fr EUR small") << french() << qint64(7) << EUR << QStringLiteral("0,07 €");
    QTest::newRow("fr EUR billions") << french() << qint64(123456789012) << EUR
                                     << QStringLiteral("1 234 567 890,12 €");
    QTest::newRow("en EUR") << english() << qint64(123456) << EUR << QStringLiteral("€1,234.56");
    QTest::newRow("en EUR negative") << english() << qint64(-123456) << EUR << QStringLiteral("€1,234.56");
    QTest::newRow("en EUR negative cents") << english() << qint64(-5) << EUR << QStringLiteral("€0.05");
    QTest::newRow("en EUR zero") << english() << qint64(0) << EUR << QStringLiteral("€0.00");
    QTest::newRow("en USD") << english() << qint64(100000) << USD << QStringLiteral("$1,000.00");
    QTest::newRow("en JPY") << english() << qint64(1234567) << JPY << QStringLiteral("¥1,234,567");
    QTest::newRow("fr JPY") << french() << qint64(1234567) << JPY << QStringLiteral("1 234 567 ¥");
    QTest::newRow("en INT64_MIN") << english() << qint64(int64Min) << EUR
                                  << QStringLiteral("€92,233,720,368,547,758.08");
    QTest::newRow("de EUR negative") << QLocale(QLocale::German, QLocale::Germany) << qint64(-123456) << EUR
                                     << QStringLiteral("1.234,56 €");
}

void TestMoney::toStringLocalised()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, magnitude);
    const QString text = normalised(Money(minor, currency).toString(locale));
    if (minor < 0)
        QVERIFY2(isNegativeFormOf(text, magnitude), qPrintable(text));
    else
        QCOMPARE(text, magnitude);
}

void TestMoney::toShortString_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("negative");
    QTest::addColumn<QString>("magnitude");

    QTest::newRow("fr rounds up") << french() << qint64(123456) << EUR << false << QStringLiteral("1 235 €");
    QTest::newRow("en rounds up") << english() << qint64(123456) << EUR << false << QStringLiteral("€1,235");
    QTest::newRow("en rounds down") << english() << qint64(123449) << EUR << false
                                    << QStringLiteral("€1,234");
    QTest::newRow("en half away") << english() << qint64(123450) << EUR << false << QStringLiteral("€1,235");
    QTest::newRow("en negative half away")
        << english() << qint64(-123450) << EUR << true << QStringLiteral("€1,235");
    QTest::newRow("en negative rounds down")
        << english() << qint64(-123449) << EUR << true << QStringLiteral("€1,234");
    QTest::newRow("fr negative") << french() << qint64(-123456) << EUR << true << QStringLiteral("1 235 €");
    QTest::newRow("en tiny negative is zero")
        << english() << qint64(-49) << EUR << false << QStringLiteral("€0");
    QTest::newRow("en JPY unchanged")
        << english() << qint64(1234) << JPY << false << QStringLiteral("¥1,234");
    QTest::newRow("fr KWD three decimals")
        << french() << qint64(1500) << KWD << false << QStringLiteral("2 KWD");
}

void TestMoney::toShortString()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(bool, negative);
    QFETCH(QString, magnitude);
    const QString text = normalised(Money(minor, currency).toShortString(locale));
    if (negative)
        QVERIFY2(isNegativeFormOf(text, magnitude), qPrintable(text));
    else
        QCOMPARE(text, magnitude);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
