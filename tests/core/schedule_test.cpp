#include "limber/schedule.h"

#include <gtest/gtest.h>

namespace {

using limber::Moment;
using limber::ScheduleState;
using limber::ScheduleStatus;
using limber::Settings;

constexpr std::int64_t kMinute = 60'000;
constexpr int kBerlin = 60;
// 2026-11-23 00:00 local in Berlin (UTC+1), a Monday.
constexpr std::int64_t kMondayMidnight = 1795424400000LL - 10 * 3600000LL;

Moment at(int day, int hour, int minute = 0) {
  return {kMondayMidnight + day * limber::kDayMs + (hour * 60 + minute) * kMinute, kBerlin};
}

// The schedule a fresh call sees: the user observed at `now` first.
limber::Schedule firstLook(const Settings& settings, const ScheduleState& state, const Moment& now) {
  return limber::scheduleAt(settings, limber::observe(state, now), now);
}

TEST(Schedule, TheFirstBreakComesOneIntervalAfterTheDayStartsOrTheFirstActivity) {
  const Settings settings;
  ScheduleState early;  // seen at 08:30: the day's start, 09:00, is later
  early = limber::observe(early, at(0, 8, 30));
  EXPECT_EQ(limber::scheduleAt(settings, early, at(0, 9, 10)).dueAt, at(0, 9, 45).utc);
  EXPECT_EQ(limber::scheduleAt(settings, early, at(0, 9, 10)).minutesLeft, 35);
  EXPECT_EQ(limber::scheduleAt(settings, early, at(0, 9, 10)).status, ScheduleStatus::Waiting);
  EXPECT_EQ(limber::scheduleAt(settings, early, at(0, 9, 50)).status, ScheduleStatus::Due);

  const auto late = firstLook(settings, {}, at(0, 10, 30));  // first seen at 10:30
  EXPECT_EQ(late.dueAt, at(0, 11, 15).utc);
  EXPECT_EQ(late.minutesLeft, 45);
}

TEST(Schedule, ABreakRestartsTheInterval) {
  const Settings settings;
  ScheduleState state = limber::observe({}, at(0, 8, 0));
  state = limber::breakTaken(state, at(0, 11, 20));
  EXPECT_EQ(limber::scheduleAt(settings, state, at(0, 11, 21)).dueAt, at(0, 12, 5).utc);
}

TEST(Schedule, NothingIsDueOutsideWorkingHoursAndTheNextDayIsNamed) {
  const Settings settings;
  const auto evening = firstLook(settings, {}, at(0, 19, 0));
  EXPECT_EQ(evening.status, ScheduleStatus::OutsideHours);
  EXPECT_EQ(evening.nextStartDay, limber::Weekday::Tue);
  EXPECT_EQ(evening.nextStartMinute, 9 * 60);
  EXPECT_EQ(evening.nextStartUtc, at(1, 9).utc);
  EXPECT_EQ(evening.dueAt, at(1, 9, 45).utc);

  const auto beforeWork = firstLook(settings, {}, at(0, 7, 0));
  EXPECT_EQ(beforeWork.status, ScheduleStatus::OutsideHours);
  EXPECT_EQ(beforeWork.nextStartUtc, at(0, 9).utc);

  const auto lastMinute = firstLook(settings, {}, at(0, 23, 59));
  EXPECT_EQ(lastMinute.nextStartUtc, at(1, 9).utc) << "across midnight";

  const auto friday = firstLook(settings, {}, at(4, 18, 0));
  EXPECT_EQ(friday.status, ScheduleStatus::OutsideHours);
  EXPECT_EQ(friday.nextStartDay, limber::Weekday::Mon);
  EXPECT_EQ(friday.nextStartUtc, at(7, 9).utc);

  const auto saturday = firstLook(settings, {}, at(5, 11, 0));
  EXPECT_EQ(saturday.status, ScheduleStatus::OutsideHours);
  EXPECT_EQ(saturday.nextStartUtc, at(7, 9).utc);
}

TEST(Schedule, ABreakThatWouldFallAfterWorkingHoursWaitsForTheNextDay) {
  const Settings settings;
  ScheduleState state = limber::observe({}, at(0, 8, 0));
  state = limber::breakTaken(state, at(0, 17, 0));
  EXPECT_EQ(limber::scheduleAt(settings, state, at(0, 17, 5)).dueAt, at(0, 17, 45).utc);
  state = limber::breakTaken(state, at(0, 17, 20));
  const auto after = limber::scheduleAt(settings, state, at(0, 17, 21));
  EXPECT_EQ(after.status, ScheduleStatus::OutsideHours);
  EXPECT_EQ(after.dueAt, at(1, 9, 45).utc);
}

TEST(Schedule, WorkingDaysAndHoursComeFromSettings) {
  Settings settings;
  settings.workDays = {limber::Weekday::Sat};
  settings.workStart = 10 * 60;
  settings.workEnd = 14 * 60;
  settings.intervalMinutes = 30;
  EXPECT_EQ(firstLook(settings, {}, at(0, 11)).nextStartUtc, at(5, 10).utc);
  EXPECT_EQ(firstLook(settings, {}, at(5, 11)).dueAt, at(5, 11, 30).utc);
}

TEST(Schedule, RemindersOffMeansNothingIsScheduled) {
  Settings settings;
  settings.reminders = false;
  const auto off = firstLook(settings, {}, at(0, 11));
  EXPECT_EQ(off.status, ScheduleStatus::Off);
  EXPECT_EQ(off.dueAt, 0);
}

TEST(Schedule, SnoozeMovesTheDueTimeAndIsRecorded) {
  const Settings settings;
  const ScheduleState state = limber::observe({}, at(0, 8, 0));
  ASSERT_EQ(limber::scheduleAt(settings, state, at(0, 9, 50)).status, ScheduleStatus::Due);
  const auto snoozed = limber::snooze(settings, state, at(0, 9, 50), 10, "s1");
  ASSERT_TRUE(snoozed.record);
  EXPECT_EQ(snoozed.record->outcome, limber::Outcome::Snoozed);
  EXPECT_EQ(snoozed.record->day, "2026-11-23");
  const auto during = limber::scheduleAt(settings, snoozed.state, at(0, 9, 55));
  EXPECT_EQ(during.status, ScheduleStatus::Snoozed);
  EXPECT_EQ(during.dueAt, at(0, 10, 0).utc);
  EXPECT_EQ(during.minutesLeft, 5);
  EXPECT_EQ(limber::scheduleAt(settings, snoozed.state, at(0, 10, 0)).status, ScheduleStatus::Due);
  // A break taken while snoozed ends the snooze.
  const auto taken = limber::breakTaken(snoozed.state, at(0, 9, 58));
  EXPECT_EQ(limber::scheduleAt(settings, taken, at(0, 10, 0)).dueAt, at(0, 10, 43).utc);
}

TEST(Schedule, SkipsUseTheDailyBudgetAndRestartTheInterval) {
  const Settings settings;  // three a day
  ScheduleState state = limber::observe({}, at(0, 8, 0));
  for (int i = 0; i < 3; ++i) {
    const auto skipped = limber::skip(settings, state, at(0, 10 + i), "k" + std::to_string(i));
    ASSERT_TRUE(skipped) << i;
    EXPECT_EQ(skipped->record->outcome, limber::Outcome::Skipped);
    state = skipped->state;
    EXPECT_EQ(limber::scheduleAt(settings, state, at(0, 10 + i)).skipsLeft, 2 - i);
  }
  EXPECT_EQ(limber::scheduleAt(settings, state, at(0, 12, 1)).dueAt, at(0, 12, 45).utc);
  EXPECT_FALSE(limber::skip(settings, state, at(0, 13), "k3"));
  EXPECT_EQ(limber::scheduleAt(settings, state, at(1, 10)).skipsLeft, 3) << "a new day, a new budget";
  EXPECT_TRUE(limber::skip(settings, state, at(1, 10), "k4"));
}

TEST(Schedule, TimeAwayCountsAsANaturalBreak) {
  const Settings settings;  // five minutes idle
  ScheduleState state = limber::observe({}, at(0, 8, 0));
  state = limber::wentIdle(settings, state, at(0, 11, 0));
  EXPECT_EQ(state.idleSince, at(0, 10, 55).utc);
  const auto back = limber::cameBack(settings, state, at(0, 11, 20), "n1");
  ASSERT_TRUE(back.record);
  EXPECT_EQ(back.record->outcome, limber::Outcome::Natural);
  EXPECT_EQ(back.record->start, at(0, 10, 55).utc);
  EXPECT_EQ(back.record->end, at(0, 11, 20).utc);
  EXPECT_EQ(back.state.idleSince, 0);
  EXPECT_EQ(limber::scheduleAt(settings, back.state, at(0, 11, 21)).dueAt, at(0, 12, 5).utc);

  const auto neverIdle = limber::cameBack(settings, back.state, at(0, 11, 30), "n2");
  EXPECT_FALSE(neverIdle.record);
  EXPECT_EQ(neverIdle.state.lastBreakEnd, back.state.lastBreakEnd);

  // Back the next morning before work: the interval restarts, nothing is recorded.
  const auto overnight = limber::cameBack(settings, limber::wentIdle(settings, back.state, at(0, 19)), at(1, 7), "n3");
  EXPECT_FALSE(overnight.record);
  EXPECT_EQ(overnight.state.lastBreakEnd, at(1, 7).utc);
}

TEST(Schedule, TimesAfterNowAreAClockThatMovedAndNeverSilenceMoreThanAnInterval) {
  // The clock ran two days fast when the last break and a snooze were stored, then was set right.
  const Settings settings;
  ScheduleState state = limber::observe({}, at(0, 9, 0));
  state.lastBreakEnd = at(2, 10, 0).utc;
  state.snoozedUntil = at(3, 10, 0).utc;
  state.idleSince = at(2, 9, 0).utc;
  const ScheduleState settled = limber::settle(state, settings, at(0, 10, 0));
  const auto schedule = limber::scheduleAt(settings, settled, at(0, 10, 0));
  EXPECT_EQ(schedule.status, ScheduleStatus::Snoozed);
  EXPECT_EQ(schedule.dueAt, at(0, 10, 30).utc) << "at most the longest snooze from now";
  EXPECT_EQ(settled.lastBreakEnd, at(0, 10, 0).utc);
  EXPECT_EQ(settled.idleSince, at(0, 10, 0).utc);
  ScheduleState unsnoozed = settled;
  unsnoozed.snoozedUntil = 0;
  EXPECT_EQ(limber::scheduleAt(settings, unsnoozed, at(0, 10, 0)).dueAt, at(0, 10, 45).utc) << "one interval";
  // Times already past are left alone.
  ScheduleState past = limber::observe({}, at(0, 9, 0));
  past.lastBreakEnd = at(0, 9, 30).utc;
  EXPECT_EQ(limber::settle(past, settings, at(0, 10, 0)).lastBreakEnd, at(0, 9, 30).utc);
}

TEST(Schedule, TheNextWorkingDayStartsAtItsOwnLocalTimeAcrossADaylightSavingChange) {
  // Friday 27 March 2026, 18:30 in Berlin (UTC+1); summer time (UTC+2) begins on Sunday.
  const std::int64_t fridayEvening = 1774632600000LL;  // 2026-03-27T17:30:00Z
  Moment now{fridayEvening, 60};
  now.ahead = {60, 60, 120, 120, 120, 120, 120, 120};  // noon of Fri, Sat, Sun, Mon, ...
  now.aheadDays = 8;
  const Settings settings;
  const auto schedule = firstLook(settings, {}, now);
  EXPECT_EQ(schedule.status, ScheduleStatus::OutsideHours);
  EXPECT_EQ(schedule.nextStartDay, limber::Weekday::Mon);
  EXPECT_EQ(schedule.nextStartUtc, 1774854000000LL) << "Monday 30 March 09:00 local is 07:00 UTC";
  // Without the days ahead (an older shell) it is read with today's offset, as before.
  EXPECT_EQ(firstLook(settings, {}, Moment{fridayEvening, 60}).nextStartUtc, 1774854000000LL + 3600000LL);
}

}  // namespace
