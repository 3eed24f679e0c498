// The schedule ahead is what lets the worker's minute tick show the badge without
// asking the core: at every moment until it ends, the core would answer the same
// but for the minutes left, and those are the entry's.
#include <gtest/gtest.h>

#include <random>

#include "limber/schedule.h"

namespace {

using limber::Moment;
using limber::Schedule;
using limber::ScheduleState;
using limber::ScheduleStatus;
using limber::Settings;

constexpr std::int64_t kMinute = 60'000;
// 2026-11-23 00:00 local in Berlin (UTC+1), a Monday.
constexpr std::int64_t kMondayMidnight = 1795424400000LL - 10 * 3600000LL;

bool sameButMinutes(const Schedule& a, const Schedule& b) {
  return a.day == b.day && a.status == b.status && a.dueAt == b.dueAt && a.skipsLeft == b.skipsLeft &&
         a.nextStartUtc == b.nextStartUtc && a.pausedUntil == b.pausedUntil && a.micro == b.micro &&
         a.microAt == b.microAt && a.microEndsAt == b.microEndsAt;
}

// The entry that holds at `utc`: the last one from at or before it.
int minutesAt(const limber::ScheduleAhead& ahead, std::int64_t utc) {
  int left = -1;
  for (const auto& [from, minutes] : ahead.minutes) {
    if (from <= utc) left = minutes;
  }
  return left;
}

TEST(ScheduleAhead, CountsDownEachMinuteUntilTheBreakIsDue) {
  const Settings settings;
  ScheduleState state = limber::observe({}, {kMondayMidnight + 9 * 60 * kMinute, 60});
  const Moment now{kMondayMidnight + (9 * 60 + 10) * kMinute + 25'000, 60};  // 09:10:25
  const Schedule schedule = limber::scheduleAt(settings, state, now);
  ASSERT_EQ(schedule.status, ScheduleStatus::Waiting);
  const auto ahead = limber::scheduleAhead(settings, state, now, false, schedule);
  // Due at 09:45; a micro-break is due at 09:20, so the schedule changes then.
  EXPECT_EQ(ahead.until, kMondayMidnight + (9 * 60 + 20) * kMinute);
  EXPECT_EQ(ahead.minutes.front().second, 35);
  EXPECT_EQ(minutesAt(ahead, kMondayMidnight + (9 * 60 + 15) * kMinute), 30);
  EXPECT_EQ(minutesAt(ahead, kMondayMidnight + (9 * 60 + 15) * kMinute - 1), 31);

  Settings noMicro;
  noMicro.microBreaks = false;
  const Schedule plain = limber::scheduleAt(noMicro, state, now);
  const auto toDue = limber::scheduleAhead(noMicro, state, now, false, plain);
  EXPECT_EQ(toDue.until, kMondayMidnight + (9 * 60 + 45) * kMinute) << "until the break is due";
  EXPECT_EQ(toDue.minutes.size(), 35u) << "35 min left now, then one entry for each of 34 .. 1";
  EXPECT_EQ(toDue.minutes.back().second, 1);
}

TEST(ScheduleAhead, EveryMomentUntilItEndsAgreesWithTheCore) {
  std::mt19937 random(18);
  const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
  int checkedMoments = 0;
  for (int round = 0; round < 300; ++round) {
    Settings settings;
    settings.intervalMinutes = pick(10, 120);
    settings.workStart = pick(0, 12) * 60 + pick(0, 59);
    settings.workEnd = std::min(24 * 60, settings.workStart + pick(30, 12 * 60));
    settings.microBreaks = pick(0, 1) == 1;
    settings.microMinutes = pick(10, 60);
    const Moment now{kMondayMidnight + pick(0, 6) * limber::kDayMs + pick(0, 24 * 60 - 1) * kMinute + pick(0, 59'999),
                     pick(0, 1) == 1 ? 60 : -300};
    ScheduleState state = limber::observe({}, {now.utc - pick(0, 200) * kMinute, now.offsetMinutes});
    if (pick(0, 1) == 1) state.lastBreakEnd = now.utc - pick(0, 90) * kMinute;
    if (pick(0, 3) == 0) state.snoozedUntil = now.utc + pick(1, 30) * kMinute;
    if (pick(0, 5) == 0) state.pausedUntil = now.utc + pick(1, 120) * kMinute;
    if (pick(0, 7) == 0) state.microAt = now.utc - pick(0, 15'000);
    const bool quiet = pick(0, 4) == 0;
    const Schedule first = limber::scheduleAt(settings, state, now, quiet);
    const auto ahead = limber::scheduleAhead(settings, state, now, quiet, first);
    ASSERT_GT(ahead.until, now.utc);
    ASSERT_LE(ahead.until, now.utc + limber::kDayMs);
    for (std::int64_t t = now.utc; t < ahead.until; t += pick(1, 20'000)) {
      Moment then = now;
      then.utc = t;
      const Schedule live = limber::scheduleAt(settings, state, then, quiet);
      ASSERT_TRUE(sameButMinutes(live, first)) << "round " << round << ": changed " << (t - now.utc)
                                               << " ms in, before " << (ahead.until - now.utc) << " ms";
      ASSERT_EQ(live.minutesLeft, minutesAt(ahead, t)) << "round " << round << ", " << (t - now.utc) << " ms in";
      ++checkedMoments;
    }
  }
  EXPECT_GT(checkedMoments, 10'000);
}

}  // namespace
