#pragma once

#include "model/Review.h"

#include <optional>
#include <string>
#include <string_view>

namespace rd {

// Reads the dates review files carry (docs/formats.md, "Dates") into UTC milliseconds:
// ISO 8601 with or without time, zone and fraction ("2024-03-05", "2024-03-05T14:30:00.123Z",
// "2024-03-05 14:30:00+03:00"), YYYY/MM/DD and YYYY.MM.DD, DD.MM.YYYY and DD-MM-YYYY,
// MM/DD/YYYY (US; DD/MM/YYYY when the first number is above 12), "2024年3月5日 14:30",
// month names in English and Russian ("March 5, 2024", "5 марта 2024 г."), YYYYMMDD, and Unix
// time in seconds or milliseconds. A time without a zone is taken as UTC.
class DateParser
{
public:
    // `format` empty = recognise; otherwise a pattern of %Y %m %d %H %M %S and literal text.
    static std::optional<Timestamp> parse(std::string_view text, std::string_view format = {});

    // Milliseconds of a UTC civil date and time, or nullopt when a field is out of range.
    static std::optional<Timestamp> fromCivil(int year, int month, int day, int hour = 0,
                                              int minute = 0, int second = 0, int millis = 0);

    // A publication date more than kFutureToleranceMs after now (rd::Clock) is a data error
    // (a wrong year, a clock, a swapped column): the row is skipped with this reason, empty
    // when the date is fine (docs/formats.md, "Dates"). A day of tolerance covers time zones.
    static std::string futureDateReason(std::optional<Timestamp> publishedAt);
    static constexpr Timestamp kFutureToleranceMs = 24 * 3600 * 1000;
};

} // namespace rd
