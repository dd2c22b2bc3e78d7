// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDate>
#include <QObject>
#include <QTest>

#include "domain/isoweek.h"

using namespace costboard;

namespace {

IsoWeek week(int year, int number)
{
    return IsoWeek(year, number);
}

} // namespace

Q_DECLARE_METATYPE(costboard::IsoWeek)

namespace QTest {
template <> inline char *toString(const IsoWeek &value)
{
    return qstrdup(value.isValid() ? qPrintable(value.toString()) : "<invalid week>");
}
} // namespace QTest

class TestIsoWeek : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsInvalid();
    void fromDate_data();
    void fromDate();
    void weeksInYear_data();
    void weeksInYear();
    void construction_data();
    void construction();
    void mondayAndSunday_data();
    void mondayAndSunday();
    void parse_data();
    void parse();
    void roundTrip_data();
    void roundTrip();
    void everyDayRoundTrips();
    void addWeeks_data();
    void addWeeks();
    void weeksTo_data();
    void weeksTo();
    void ordering();
    void shortLabel();
    void weekRange_data();
    void weekRange();
};

void TestIsoWeek::defaultIsInvalid()
{
    const IsoWeek none;
    QVERIFY(!none.isValid());
    QVERIFY(none.toString().isEmpty());
    QVERIFY(!none.monday().isValid());
    QVERIFY(!none.sunday().isValid());
    QVERIFY(!none.addWeeks(1).isValid());
    QVERIFY(!IsoWeek::fromDate(QDate()).isValid());
}

void TestIsoWeek::fromDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("weekYear");
    QTest::addColumn<int>("week");

    QTest::newRow("2020-12-28 Monday of W53") << QDate(2020, 12, 28) << 2020 << 53;
    QTest::newRow("2021-01-03 Sunday of 2020-W53") << QDate(2021, 1, 3) << 2020 << 53;
    QTest::newRow("2021-01-04 first Monday") << QDate(2021, 1, 4) << 2021 << 1;
    QTest::newRow("2026-12-31 Thursday") << QDate(2026, 12, 31) << 2026 << 53;
    QTest::newRow("2027-01-01 belongs to 2026") << QDate(2027, 1, 1) << 2026 << 53;
    QTest::newRow("2027-01-03 Sunday") << QDate(2027, 1, 3) << 2026 << 53;
    QTest::newRow("2027-01-04 Monday") << QDate(2027, 1, 4) << 2027 << 1;
    QTest::newRow("2024-12-30 belongs to 2025") << QDate(2024, 12, 30) << 2025 << 1;
    QTest::newRow("2024-12-29 Sunday") << QDate(2024, 12, 29) << 2024 << 52;
    QTest::newRow("2024-02-29 leap day") << QDate(2024, 2, 29) << 2024 << 9;
    QTest::newRow("2020-02-29 leap day") << QDate(2020, 2, 29) << 2020 << 9;
    QTest::newRow("2026-01-01 Thursday") << QDate(2026, 1, 1) << 2026 << 1;
    QTest::newRow("2025-12-29 Monday") << QDate(2025, 12, 29) << 2026 << 1;
    QTest::newRow("2026-11-23") << QDate(2026, 11, 23) << 2026 << 48;
    QTest::newRow("2022-01-02 Sunday") << QDate(2022, 1, 2) << 2021 << 52;
    QTest::newRow("2000-01-01 Saturday") << QDate(2000, 1, 1) << 1999 << 52;
    QTest::newRow("2100-12-31 Friday") << QDate(2100, 12, 31) << 2100 << 52;
}

void TestIsoWeek::fromDate()
{
    QFETCH(QDate, date);
    QFETCH(int, weekYear);
    QFETCH(int, week);

    const IsoWeek result = IsoWeek::fromDate(date);
    QVERIFY(result.isValid());
    QCOMPARE(result.weekYear(), weekYear);
    QCOMPARE(result.week(), week);
    QVERIFY(result.contains(date));
    QVERIFY(result.monday() <= date);
    QVERIFY(date <= result.sunday());
    QVERIFY(!result.contains(result.monday().addDays(-1)));
    QVERIFY(!result.contains(result.sunday().addDays(1)));
}

void TestIsoWeek::weeksInYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("weeks");

    QTest::newRow("2015") << 2015 << 53;
    QTest::newRow("2019") << 2019 << 52;
    QTest::newRow("2020 (leap, starts Wednesday)") << 2020 << 53;
    QTest::newRow("2021") << 2021 << 52;
    QTest::newRow("2024 (leap, starts Monday)") << 2024 << 52;
    QTest::newRow("2025") << 2025 << 52;
    QTest::newRow("2026 (starts Thursday)") << 2026 << 53;
    QTest::newRow("2027") << 2027 << 52;
    QTest::newRow("2032 (leap, starts Thursday)") << 2032 << 53;
}

void TestIsoWeek::weeksInYear()
{
    QFETCH(int, year);
    QFETCH(int, weeks);
    QCOMPARE(IsoWeek::weeksInYear(year), weeks);
    QVERIFY(IsoWeek(year, weeks).isValid());
    QVERIFY(!IsoWeek(year, weeks + 1).isValid());
}

void TestIsoWeek::construction_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("week");
    QTest::addColumn<bool>("valid");

    QTest::newRow("2020-W53") << 2020 << 53 << true;
    QTest::newRow("2021-W53") << 2021 << 53 << false;
    QTest::newRow("2021-W52") << 2021 << 52 << true;
    QTest::newRow("2026-W53") << 2026 << 53 << true;
    QTest::newRow("2026-W54") << 2026 << 54 << false;
    QTest::newRow("W1") << 2026 << 1 << true;
    QTest::newRow("W0") << 2026 << 0 << false;
    QTest::newRow("negative week") << 2026 << -1 << false;
    QTest::newRow("year 0") << 0 << 1 << false;
}

void TestIsoWeek::construction()
{
    QFETCH(int, year);
    QFETCH(int, week);
    QFETCH(bool, valid);

    const IsoWeek result(year, week);
    QCOMPARE(result.isValid(), valid);
    if (valid) {
        QCOMPARE(result.weekYear(), year);
        QCOMPARE(result.week(), week);
    }
}

void TestIsoWeek::mondayAndSunday_data()
{
    QTest::addColumn<IsoWeek>("week");
    QTest::addColumn<QDate>("monday");

    QTest::newRow("2020-W53") << week(2020, 53) << QDate(2020, 12, 28);
    QTest::newRow("2020-W01") << week(2020, 1) << QDate(2019, 12, 30);
    QTest::newRow("2021-W01") << week(2021, 1) << QDate(2021, 1, 4);
    QTest::newRow("2025-W01") << week(2025, 1) << QDate(2024, 12, 30);
    QTest::newRow("2026-W01") << week(2026, 1) << QDate(2025, 12, 29);
    QTest::newRow("2026-W48") << week(2026, 48) << QDate(2026, 11, 23);
    QTest::newRow("2026-W53") << week(2026, 53) << QDate(2026, 12, 28);
    QTest::newRow("2024-W09") << week(2024, 9) << QDate(2024, 2, 26);
}

void TestIsoWeek::mondayAndSunday()
{
    QFETCH(IsoWeek, week);
    QFETCH(QDate, monday);

    QCOMPARE(week.monday(), monday);
    QCOMPARE(week.monday().dayOfWeek(), 1);
    QCOMPARE(week.sunday(), monday.addDays(6));
    QCOMPARE(week.sunday().dayOfWeek(), 7);
    QCOMPARE(IsoWeek::fromDate(monday), week);
    QCOMPARE(IsoWeek::fromDate(monday.addDays(6)), week);
}

void TestIsoWeek::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("weekYear");
    QTest::addColumn<int>("week");

    QTest::newRow("canonical") << QStringLiteral("2026-W48") << true << 2026 << 48;
    QTest::newRow("compact") << QStringLiteral("2026W48") << true << 2026 << 48;
    QTest::newRow("lower-case w") << QStringLiteral("2026-w48") << true << 2026 << 48;
    QTest::newRow("leading zero") << QStringLiteral("2026-W01") << true << 2026 << 1;
    QTest::newRow("week 53 exists") << QStringLiteral("2020-W53") << true << 2020 << 53;
    QTest::newRow("2026-W53") << QStringLiteral("2026-W53") << true << 2026 << 53;

    QTest::newRow("2026-W54") << QStringLiteral("2026-W54") << false << 0 << 0;
    QTest::newRow("2021-W53") << QStringLiteral("2021-W53") << false << 0 << 0;
    QTest::newRow("2026-W00") << QStringLiteral("2026-W00") << false << 0 << 0;
    QTest::newRow("no W") << QStringLiteral("2026-48") << false << 0 << 0;
    QTest::newRow("no year") << QStringLiteral("W12") << false << 0 << 0;
    QTest::newRow("empty") << QString() << false << 0 << 0;
    QTest::newRow("date") << QStringLiteral("2026-11-23") << false << 0 << 0;
    QTest::newRow("two-digit year") << QStringLiteral("26-W48") << false << 0 << 0;
    QTest::newRow("three-digit week") << QStringLiteral("2026-W048") << false << 0 << 0;
    QTest::newRow("trailing garbage") << QStringLiteral("2026-W48x") << false << 0 << 0;
    QTest::newRow("day suffix") << QStringLiteral("2026-W48-1") << false << 0 << 0;
}

void TestIsoWeek::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, weekYear);
    QFETCH(int, week);

    const IsoWeek result = IsoWeek::fromString(text);
    QCOMPARE(result.isValid(), valid);
    if (valid) {
        QCOMPARE(result.weekYear(), weekYear);
        QCOMPARE(result.week(), week);
    } else {
        QVERIFY(result.toString().isEmpty());
    }
}

void TestIsoWeek::roundTrip_data()
{
    QTest::addColumn<IsoWeek>("week");
    QTest::addColumn<QString>("text");

    QTest::newRow("2026-W48") << week(2026, 48) << QStringLiteral("2026-W48");
    QTest::newRow("2026-W01") << week(2026, 1) << QStringLiteral("2026-W01");
    QTest::newRow("2020-W53") << week(2020, 53) << QStringLiteral("2020-W53");
    QTest::newRow("2000-W09") << week(2000, 9) << QStringLiteral("2000-W09");
}

void TestIsoWeek::roundTrip()
{
    QFETCH(IsoWeek, week);
    QFETCH(QString, text);
    QCOMPARE(week.toString(), text);
    QCOMPARE(IsoWeek::fromString(text), week);
    QCOMPARE(IsoWeek::fromString(week.toString()), week);
}

void TestIsoWeek::everyDayRoundTrips()
{
    // Every day 2019..2033: its week holds it, weeks are consecutive, print/parse is lossless.
    IsoWeek previous = IsoWeek::fromDate(QDate(2018, 12, 31));
    for (QDate day(2019, 1, 1); day <= QDate(2033, 12, 31); day = day.addDays(1)) {
        const IsoWeek current = IsoWeek::fromDate(day);
        QVERIFY(current.isValid());
        QVERIFY(current.contains(day));
        if (day.dayOfWeek() == 1) {
            QCOMPARE(current, previous.next());
            QCOMPARE(current.previous(), previous);
            QCOMPARE(current.monday(), day);
        } else {
            QCOMPARE(current, previous);
        }
        QCOMPARE(IsoWeek::fromString(current.toString()), current);
        previous = current;
    }
}

void TestIsoWeek::addWeeks_data()
{
    QTest::addColumn<IsoWeek>("from");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<IsoWeek>("expected");

    QTest::newRow("zero") << week(2026, 10) << 0 << week(2026, 10);
    QTest::newRow("into W53") << week(2020, 52) << 1 << week(2020, 53);
    QTest::newRow("out of W53") << week(2020, 53) << 1 << week(2021, 1);
    QTest::newRow("back into W53") << week(2021, 1) << -1 << week(2020, 53);
    QTest::newRow("52 to next year W01") << week(2021, 52) << 1 << week(2022, 1);
    QTest::newRow("back to W52") << week(2022, 1) << -1 << week(2021, 52);
    QTest::newRow("across W53 2026") << week(2026, 50) << 10 << week(2027, 7);
    QTest::newRow("back across W53 2026") << week(2027, 7) << -10 << week(2026, 50);
    QTest::newRow("one year in a 53-week year") << week(2026, 1) << 53 << week(2027, 1);
    QTest::newRow("one year in a 52-week year") << week(2021, 1) << 52 << week(2022, 1);
    QTest::newRow("many years") << week(2000, 1) << 1000
                                << IsoWeek::fromDate(QDate(2000, 1, 3).addDays(7000));
}

void TestIsoWeek::addWeeks()
{
    QFETCH(IsoWeek, from);
    QFETCH(int, weeks);
    QFETCH(IsoWeek, expected);

    QVERIFY(expected.isValid());
    QCOMPARE(from.addWeeks(weeks), expected);
    QCOMPARE(expected.addWeeks(-weeks), from);
    QCOMPARE(from.weeksTo(expected), weeks);
    if (weeks == 1) {
        QCOMPARE(from.next(), expected);
        QCOMPARE(expected.previous(), from);
    }
}

void TestIsoWeek::weeksTo_data()
{
    QTest::addColumn<IsoWeek>("from");
    QTest::addColumn<IsoWeek>("to");
    QTest::addColumn<int>("weeks");

    QTest::newRow("same") << week(2026, 5) << week(2026, 5) << 0;
    QTest::newRow("W53 to W01") << week(2020, 53) << week(2021, 1) << 1;
    QTest::newRow("W01 back to W53") << week(2021, 1) << week(2020, 53) << -1;
    QTest::newRow("53-week year") << week(2026, 1) << week(2027, 1) << 53;
    QTest::newRow("52-week year") << week(2021, 1) << week(2022, 1) << 52;
    QTest::newRow("backwards") << week(2027, 7) << week(2026, 50) << -10;
    QTest::newRow("two years") << week(2020, 1) << week(2022, 1) << 105;
}

void TestIsoWeek::weeksTo()
{
    QFETCH(IsoWeek, from);
    QFETCH(IsoWeek, to);
    QFETCH(int, weeks);
    QCOMPARE(from.weeksTo(to), weeks);
    QCOMPARE(to.weeksTo(from), -weeks);
}

void TestIsoWeek::ordering()
{
    QVERIFY(week(2020, 53) < week(2021, 1));
    QVERIFY(week(2021, 1) > week(2020, 53));
    QVERIFY(week(2026, 9) < week(2026, 10));
    QVERIFY(week(2025, 52) < week(2026, 1));
    QVERIFY(week(2026, 10) == IsoWeek::fromString(u"2026-W10"));
    QVERIFY(week(2026, 10) != week(2027, 10));
}

void TestIsoWeek::shortLabel()
{
    QCOMPARE(week(2026, 48).shortLabel(), QStringLiteral("W48"));
    QCOMPARE(week(2026, 5).shortLabel(), QStringLiteral("W05"));
    QCOMPARE(week(2026, 48).shortLabel(true), QStringLiteral("2026-W48"));
    QCOMPARE(week(2027, 1).shortLabel(), QStringLiteral("2027-W01"));
    QVERIFY(IsoWeek().shortLabel().isEmpty());
}

void TestIsoWeek::weekRange_data()
{
    QTest::addColumn<IsoWeek>("first");
    QTest::addColumn<IsoWeek>("last");
    QTest::addColumn<int>("count");
    QTest::addColumn<IsoWeek>("inside");
    QTest::addColumn<IsoWeek>("outside");

    QTest::newRow("one week") << week(2026, 10) << week(2026, 10) << 1 << week(2026, 10) << week(2026, 11);
    QTest::newRow("across W53") << week(2020, 52) << week(2021, 2) << 4 << week(2020, 53) << week(2021, 3);
    QTest::newRow("across W53 lower edge")
        << week(2020, 52) << week(2021, 2) << 4 << week(2020, 52) << week(2020, 51);
    QTest::newRow("full 53-week year")
        << week(2026, 1) << week(2026, 53) << 53 << week(2026, 53) << week(2027, 1);
    QTest::newRow("quarter") << week(2026, 1) << week(2026, 13) << 13 << week(2026, 7) << week(2025, 52);
    QTest::newRow("reversed is empty") << week(2026, 10) << week(2026, 9) << 0 << IsoWeek() << week(2026, 9);
    QTest::newRow("invalid end") << week(2026, 10) << IsoWeek() << 0 << IsoWeek() << week(2026, 10);
}

void TestIsoWeek::weekRange()
{
    QFETCH(IsoWeek, first);
    QFETCH(IsoWeek, last);
    QFETCH(int, count);
    QFETCH(IsoWeek, inside);
    QFETCH(IsoWeek, outside);

    const WeekRange range { first, last };
    QCOMPARE(range.isValid(), count > 0);
    QCOMPARE(range.weekCount(), count);
    if (inside.isValid())
        QVERIFY(range.contains(inside));
    QVERIFY(!range.contains(outside));
    if (range.isValid()) {
        QVERIFY(range.contains(first));
        QVERIFY(range.contains(last));
        QVERIFY(!range.contains(first.previous()));
        QVERIFY(!range.contains(last.next()));
        // Counting by walking agrees with weekCount().
        int walked = 0;
        for (IsoWeek w = first; w <= last; w = w.next())
            ++walked;
        QCOMPARE(walked, count);
    }
}

QTEST_GUILESS_MAIN(TestIsoWeek)
#include "tst_isoweek.moc"
