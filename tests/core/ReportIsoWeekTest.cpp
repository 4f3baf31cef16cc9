#include "report/IsoWeek.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {
// Mondays 00:00 UTC, from `date -u -d DATE +%s` (and %G-W%V for the week).
constexpr Timestamp kMon2026W47 = 1'794'787'200'000; // 2026-11-16
constexpr Timestamp kMon2026W53 = 1'798'416'000'000; // 2026-12-28
constexpr Timestamp kMon2027W01 = 1'799'020'800'000; // 2027-01-04
constexpr Timestamp kMon2020W53 = 1'609'113'600'000; // 2020-12-28
constexpr Timestamp kMon2021W01 = 1'609'718'400'000; // 2021-01-04
constexpr Timestamp kMon2020W01 = 1'577'664'000'000; // 2019-12-30
constexpr Timestamp kDay = 86'400'000;
} // namespace

TEST(ReportIsoWeek, ParsesAndFormats)
{
    auto w = IsoWeek::parse("2026-W47");
    ASSERT_TRUE(w);
    EXPECT_EQ(w->year, 2026);
    EXPECT_EQ(w->week, 47);
    EXPECT_EQ(w->toString(), "2026-W47");
    EXPECT_EQ(w->start(), kMon2026W47);
    EXPECT_EQ(w->end(), kMon2026W47 + 7 * kDay);
    EXPECT_EQ(IsoWeek::parse("2026-w07")->toString(), "2026-W07");
}

TEST(ReportIsoWeek, RejectsMalformedWeeksWithAReason)
{
    for (const char* bad : {"", "2026-47", "2026W47", "2026-W4", "2026-W470", "26-W01", "2026-W4x",
                            "2026-X47", " 2026-W47", "2026-W00", "0999-W01"}) {
        std::string error;
        EXPECT_FALSE(IsoWeek::parse(bad, &error)) << bad;
        EXPECT_FALSE(error.empty()) << bad;
    }
}

// A year has 53 ISO weeks when it starts on a Thursday (2026, 2015) or is a leap year starting
// on a Wednesday (2020); otherwise 52 (2025, 2021, 2027).
TEST(ReportIsoWeek, KnowsWhichYearsHaveAWeek53)
{
    EXPECT_EQ(IsoWeek::weeksInYear(2020), 53);
    EXPECT_EQ(IsoWeek::weeksInYear(2026), 53);
    EXPECT_EQ(IsoWeek::weeksInYear(2015), 53);
    EXPECT_EQ(IsoWeek::weeksInYear(2021), 52);
    EXPECT_EQ(IsoWeek::weeksInYear(2025), 52);
    EXPECT_EQ(IsoWeek::weeksInYear(2027), 52);
    EXPECT_TRUE(IsoWeek::parse("2020-W53"));
    EXPECT_TRUE(IsoWeek::parse("2026-W53"));
    std::string error;
    EXPECT_FALSE(IsoWeek::parse("2025-W53", &error));
    EXPECT_NE(error.find("1 to 52"), std::string::npos) << error;
    EXPECT_FALSE(IsoWeek::parse("2021-W53"));
    EXPECT_FALSE(IsoWeek::parse("2026-W54"));
}

TEST(ReportIsoWeek, WeeksAroundNewYear)
{
    EXPECT_EQ(IsoWeek::parse("2020-W53")->start(), kMon2020W53);
    EXPECT_EQ(IsoWeek::parse("2021-W01")->start(), kMon2021W01);
    EXPECT_EQ(IsoWeek::parse("2020-W01")->start(), kMon2020W01);
    EXPECT_EQ(IsoWeek::parse("2026-W53")->start(), kMon2026W53);
    EXPECT_EQ(IsoWeek::parse("2027-W01")->start(), kMon2027W01);

    // 2021-01-03 (Sunday) still belongs to 2020-W53; the Monday after starts 2021-W01.
    EXPECT_EQ(IsoWeek::containing(kMon2021W01 - 1).toString(), "2020-W53");
    EXPECT_EQ(IsoWeek::containing(kMon2021W01).toString(), "2021-W01");
    // 2019-12-30 belongs to 2020-W01; the second before it to 2019-W52.
    EXPECT_EQ(IsoWeek::containing(kMon2020W01).toString(), "2020-W01");
    EXPECT_EQ(IsoWeek::containing(kMon2020W01 - 1).toString(), "2019-W52");
    // 2027-01-01 (Friday) belongs to 2026-W53.
    EXPECT_EQ(IsoWeek::containing(kMon2026W53 + 4 * kDay).toString(), "2026-W53");
    // Before 1970: 1969-12-29 is the Monday of 1970-W01.
    EXPECT_EQ(IsoWeek::containing(-3 * kDay).toString(), "1970-W01");
    EXPECT_EQ(IsoWeek::containing(-3 * kDay - 1).toString(), "1969-W52");
}

TEST(ReportIsoWeek, StepsAcrossYears)
{
    EXPECT_EQ(IsoWeek::parse("2021-W01")->plusWeeks(-1).toString(), "2020-W53");
    EXPECT_EQ(IsoWeek::parse("2026-W01")->plusWeeks(-1).toString(), "2025-W52");
    EXPECT_EQ(IsoWeek::parse("2026-W53")->plusWeeks(1).toString(), "2027-W01");
    EXPECT_EQ(IsoWeek::parse("2026-W47")->plusWeeks(-11).toString(), "2026-W36");
    EXPECT_EQ(IsoWeek::parse("2026-W02")->plusWeeks(-8).toString(), "2025-W46");
    EXPECT_LT(*IsoWeek::parse("2025-W52"), *IsoWeek::parse("2026-W01"));
}

TEST(ReportIsoWeek, EveryInstantOfAWeekMapsBackToIt)
{
    for (const char* text : {"2020-W53", "2021-W01", "2026-W53", "2027-W01", "2024-W09"}) {
        const IsoWeek w = *IsoWeek::parse(text);
        EXPECT_EQ(IsoWeek::containing(w.start()), w) << text;
        EXPECT_EQ(IsoWeek::containing(w.start() + 3 * kDay + 12345), w) << text;
        EXPECT_EQ(IsoWeek::containing(w.end() - 1), w) << text;
        EXPECT_EQ(IsoWeek::containing(w.end()), w.plusWeeks(1)) << text;
    }
}
