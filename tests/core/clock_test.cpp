#include "limber/clock.h"

#include <gtest/gtest.h>

namespace {

using limber::Moment;
using limber::Weekday;

// 2026-11-23T09:00:00Z, a Monday.
constexpr std::int64_t kMondayNineUtc = 1795424400000LL;

TEST(Clock, LocalDayWeekdayAndMinuteFollowTheOffset) {
  const Moment berlin{kMondayNineUtc, 60};
  EXPECT_EQ(berlin.day(), "2026-11-23");
  EXPECT_EQ(berlin.weekday(), Weekday::Mon);
  EXPECT_EQ(berlin.minuteOfDay(), 10 * 60);

  const Moment honolulu{kMondayNineUtc, -600};  // 23:00 the day before
  EXPECT_EQ(honolulu.day(), "2026-11-22");
  EXPECT_EQ(honolulu.weekday(), Weekday::Sun);
  EXPECT_EQ(honolulu.minuteOfDay(), 23 * 60);

  const Moment kiritimati{kMondayNineUtc + 11 * 3600000LL, 840};  // 20:00 UTC + 14 h
  EXPECT_EQ(kiritimati.day(), "2026-11-24");
  EXPECT_EQ(kiritimati.minuteOfDay(), 10 * 60);
}

TEST(Clock, UtcAtReadsALocalMinuteOnAnotherDay) {
  const Moment berlin{kMondayNineUtc, 60};
  EXPECT_EQ(berlin.utcAt(0, 9 * 60), kMondayNineUtc - 3600000LL);
  EXPECT_EQ(berlin.utcAt(1, 10 * 60), kMondayNineUtc + limber::kDayMs);
}

TEST(Clock, DayNamesRoundTripAcrossLeapYearsAndCenturies) {
  for (const char* day : {"1970-01-01", "2000-02-29", "2024-12-31", "2100-03-01", "2026-11-22"}) {
    EXPECT_EQ(limber::dayName(limber::dayNumber(day)), day);
  }
  EXPECT_EQ(limber::dayNumber("1970-01-02"), 1);
  EXPECT_EQ(limber::weekdayOf(limber::dayNumber("2026-11-22")), Weekday::Sun);
  EXPECT_EQ(limber::weekdayOf(limber::dayNumber("2000-01-01")), Weekday::Sat);
}

}  // namespace
