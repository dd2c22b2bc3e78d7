// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ISO weeks (IsoWeek::fromString) and the importers' date parser
// (parseDateTime in every date order, dateOrderEvidence, serviceDaysOf). A valid week must print
// and parse back to itself and hold its own Monday; a parsed date must be a real day and read
// back from its ISO text. A broken property traps so that libFuzzer reports the input.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <QDate>
#include <QString>

#include "domain/isoweek.h"
#include "import/importvalues.h"

using namespace costboard;

namespace {

void require(bool property)
{
    if (!property)
        __builtin_trap();
}

void checkWeek(const IsoWeek &week)
{
    if (!week.isValid())
        return;
    require(week.week() >= 1 && week.week() <= IsoWeek::weeksInYear(week.weekYear()));
    const QString text = week.toString();
    require(IsoWeek::fromString(text) == week);
    require(week.contains(week.monday()) && week.contains(week.sunday()));
    require(week.monday().dayOfWeek() == 1 && week.monday().daysTo(week.sunday()) == 6);
    // Weeks stop at 9999-W52 and start at 0001-W01: beyond them next() and previous() are invalid.
    const IsoWeek next = week.next();
    require(!next.isValid() || (next.previous() == week && week.weeksTo(next) == 1 && week < next));
    require(!week.shortLabel().isEmpty());
}

void checkDate(std::string_view text, DateOrder order)
{
    const auto parsed = parseDateTime(text, order);
    if (!parsed)
        return;
    require(parsed->date.isValid());
    require(parsed->secondsOfDay >= 0 && parsed->secondsOfDay < 24 * 3600);
    require(!parsed->atMidnight || parsed->secondsOfDay == 0);
    if (parsed->date.year() >= 1 && parsed->date.year() <= 9999) {
        const std::string iso = parsed->date.toString(Qt::ISODate).toStdString();
        const auto again = parseDateTime(iso, DateOrder::YearMonthDay);
        require(again && again->date == parsed->date && again->atMidnight);
    }
    // A charge from this instant to itself covers no day, or its own day when it ends after midnight.
    const ServiceDays days = serviceDaysOf(*parsed, *parsed);
    require(days.start == parsed->date
            && days.endExclusive == (parsed->atMidnight ? parsed->date : parsed->date.addDays(1)));
    checkWeek(IsoWeek::fromDate(parsed->date));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    const QString text = QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));

    checkWeek(IsoWeek::fromString(text));

    for (const DateOrder order :
         { DateOrder::Unknown, DateOrder::YearMonthDay, DateOrder::DayMonthYear, DateOrder::MonthDayYear })
        checkDate(bytes, order);
    // A slashed date read day first (or month first) is one the evidence allows: otherwise the
    // importer would ask about an order the file could not have.
    const DateOrderEvidence evidence = dateOrderEvidence(bytes);
    if (evidence.isSlashed && !parseDateTime(bytes, DateOrder::YearMonthDay)) {
        if (parseDateTime(bytes, DateOrder::DayMonthYear))
            require(evidence.dayFirstPossible);
        if (parseDateTime(bytes, DateOrder::MonthDayYear))
            require(evidence.monthFirstPossible);
    }
    if (const auto quantity = parseQuantity(bytes))
        require(*quantity >= 0 && *quantity == *quantity);
    return 0;
}
