#pragma once

#include "model/Review.h"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace rd {

// An ISO 8601 week (Monday to Sunday; week 1 is the week with the year's first Thursday), in
// UTC: reports are computed on UTC weeks so that the CLI and the GUI give the same numbers on
// every machine (docs/reports.md, "Time zone").
struct IsoWeek
{
    int year = 1970;
    int week = 1;

    // "2026-W47" (the W may be lower case). Rejects weeks the year does not have, e.g.
    // 2025-W53; on failure writes the reason to `error` when given.
    static std::optional<IsoWeek> parse(std::string_view text, std::string* error = nullptr);
    // The week that contains the UTC instant `t`.
    static IsoWeek containing(Timestamp t);
    // 52 or 53: a year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a
    // leap year.
    static int weeksInYear(int year);

    // Monday 00:00 UTC of this week, and of the next one (the exclusive end).
    Timestamp start() const;
    Timestamp end() const;
    IsoWeek plusWeeks(int weeks) const;
    // "2026-W07".
    std::string toString() const;

    auto operator<=>(const IsoWeek&) const = default;
};

} // namespace rd
