#include "report/IsoWeek.h"

#include <cstdio>

namespace rd {
namespace {

constexpr std::int64_t kDayMs = 86'400'000;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// The civil year of a day number (the inverse above, year only).
int yearFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return static_cast<int>(y + (m <= 2 ? 1 : 0));
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// 0 = Monday ... 6 = Sunday; 1970-01-01 was a Thursday.
int weekdayOf(std::int64_t days)
{
    return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

// Day number of the Monday of week 1 of ISO year `year`: the Monday of the week of 4 January.
std::int64_t week1Monday(int year)
{
    const std::int64_t jan4 = daysFromCivil(year, 1, 4);
    return jan4 - weekdayOf(jan4);
}

} // namespace

int IsoWeek::weeksInYear(int year)
{
    return static_cast<int>((week1Monday(year + 1) - week1Monday(year)) / 7);
}

std::optional<IsoWeek> IsoWeek::parse(std::string_view text, std::string* error)
{
    auto fail = [&](const std::string& reason) -> std::optional<IsoWeek> {
        if (error) {
            *error = reason;
        }
        return std::nullopt;
    };
    auto digits = [&](std::size_t from, std::size_t count, int& out) {
        out = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') {
                return false;
            }
            out = out * 10 + (text[i] - '0');
        }
        return true;
    };
    // Built by appending: GCC 12 warns falsely (-Wrestrict) about "literal" + std::string&&.
    std::string quoted = "'";
    quoted += text;
    quoted += "'";
    IsoWeek w;
    if (text.size() != 8 || text[4] != '-' || (text[5] != 'W' && text[5] != 'w') ||
        !digits(0, 4, w.year) || !digits(6, 2, w.week)) {
        return fail(quoted + " is not an ISO week such as 2026-W47");
    }
    if (w.year < 1000) {
        return fail(quoted + ": the year must have four digits");
    }
    if (w.week < 1 || w.week > weeksInYear(w.year)) {
        return fail(quoted + ": " + std::to_string(w.year) + " has weeks 1 to " +
                    std::to_string(weeksInYear(w.year)));
    }
    return w;
}

IsoWeek IsoWeek::containing(Timestamp t)
{
    const std::int64_t days = floorDiv(t, kDayMs);
    const std::int64_t thursday = days - weekdayOf(days) + 3;
    IsoWeek w;
    w.year = yearFromDays(thursday);
    w.week = static_cast<int>((thursday - week1Monday(w.year)) / 7 + 1);
    return w;
}

Timestamp IsoWeek::start() const
{
    return (week1Monday(year) + std::int64_t(week - 1) * 7) * kDayMs;
}

Timestamp IsoWeek::end() const
{
    return start() + 7 * kDayMs;
}

IsoWeek IsoWeek::plusWeeks(int weeks) const
{
    return containing(start() + std::int64_t(weeks) * 7 * kDayMs);
}

std::string IsoWeek::toString() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-W%02d", year, week);
    return buffer;
}

} // namespace rd
