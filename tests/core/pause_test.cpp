// A pause of reminders: it silences what is due, ends by itself at its time
// (across the working day's edges and midnight), restarts the interval when it
// ends, and is never a break.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "limber/engine.h"
#include "limber/schedule.h"

namespace {

using limber::Moment;
using limber::PauseFor;
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

// Seen at 09:00 on Monday, with the last break at `lastBreak` (hour, minute) that day.
ScheduleState workingMonday(int hour, int minute) {
  ScheduleState state = limber::observe({}, at(0, 9));
  return limber::breakTaken(state, at(0, hour, minute));
}

TEST(Pause, ADueBreakIsSilencedUntilThePauseEndsAndTheIntervalRestartsThen) {
  const Settings settings;  // 09:00 to 18:00, Monday to Friday, every 45 minutes
  const ScheduleState due = workingMonday(12, 0);
  ASSERT_EQ(limber::scheduleAt(settings, due, at(0, 13, 0)).status, ScheduleStatus::Due);

  const ScheduleState paused = limber::pause(settings, due, at(0, 13, 0), PauseFor::Hour);
  const auto during = limber::scheduleAt(settings, paused, at(0, 13, 59));
  EXPECT_EQ(during.status, ScheduleStatus::Paused);
  EXPECT_EQ(during.pausedUntil, at(0, 14).utc);
  EXPECT_EQ(during.minutesLeft, 1);
  EXPECT_EQ(during.dueAt, 0);

  // It ends by itself: nothing had to resume it, and the next break is one interval on.
  const auto after = limber::scheduleAt(settings, paused, at(0, 14, 0));
  EXPECT_EQ(after.status, ScheduleStatus::Waiting);
  EXPECT_EQ(after.dueAt, at(0, 14, 45).utc);
  EXPECT_EQ(limber::scheduleAt(settings, paused, at(0, 14, 45)).status, ScheduleStatus::Due);
}

TEST(Pause, TwoHoursThatRunPastTheWorkingDayLeaveNothingDueUntilTheNextDay) {
  const Settings settings;
  const ScheduleState paused = limber::pause(settings, workingMonday(16, 30), at(0, 17, 0), PauseFor::TwoHours);
  EXPECT_EQ(limber::scheduleAt(settings, paused, at(0, 18, 59)).status, ScheduleStatus::Paused);
  const auto evening = limber::scheduleAt(settings, paused, at(0, 19, 0));
  EXPECT_EQ(evening.status, ScheduleStatus::OutsideHours);
  EXPECT_EQ(evening.nextStartUtc, at(1, 9).utc);
  const auto tuesday = limber::scheduleAt(settings, limber::observe(paused, at(1, 9, 5)), at(1, 9, 10));
  EXPECT_EQ(tuesday.dueAt, at(1, 9, 50).utc);
}

TEST(Pause, APauseBeforeTheDayStartsPushesTheFirstBreakBack) {
  const Settings settings;
  const ScheduleState early = limber::observe({}, at(0, 8, 0));
  const ScheduleState paused = limber::pause(settings, early, at(0, 8, 30), PauseFor::Hour);
  EXPECT_EQ(limber::scheduleAt(settings, paused, at(0, 9, 15)).status, ScheduleStatus::Paused);
  EXPECT_EQ(limber::scheduleAt(settings, paused, at(0, 9, 30)).dueAt, at(0, 10, 15).utc);
}

TEST(Pause, APauseOverMidnightEndsOnTheNextDay) {
  Settings settings;
  settings.workStart = 0;  // a night shift: working at all hours
  settings.workEnd = 24 * 60;
  const ScheduleState late = limber::breakTaken(limber::observe({}, at(0, 22)), at(0, 22, 30));
  const ScheduleState paused = limber::pause(settings, late, at(0, 23, 30), PauseFor::TwoHours);
  const auto midnight = limber::scheduleAt(settings, paused, at(1, 0, 0));
  EXPECT_EQ(midnight.status, ScheduleStatus::Paused);
  EXPECT_EQ(midnight.day, "2026-11-24");
  EXPECT_EQ(midnight.pausedUntil, at(1, 1, 30).utc);
  EXPECT_EQ(midnight.minutesLeft, 90);
  const auto after = limber::scheduleAt(settings, limber::observe(paused, at(1, 0, 0)), at(1, 1, 30));
  EXPECT_EQ(after.status, ScheduleStatus::Waiting);
  EXPECT_EQ(after.dueAt, at(1, 2, 15).utc);
}

TEST(Pause, UntilTheNextWorkingDayEndsWhenItsHoursBegin) {
  const Settings settings;
  // During Monday's hours: until Tuesday 09:00.
  EXPECT_EQ(limber::pause(settings, workingMonday(10, 0), at(0, 11), PauseFor::NextWorkingDay).pausedUntil,
            at(1, 9).utc);
  // Friday afternoon: the weekend is passed over, until Monday 09:00.
  EXPECT_EQ(limber::pause(settings, {}, at(4, 15), PauseFor::NextWorkingDay).pausedUntil, at(7, 9).utc);
  // After midnight, before Tuesday's hours: Tuesday is the next working day.
  const ScheduleState night = limber::pause(settings, {}, at(1, 0, 30), PauseFor::NextWorkingDay);
  EXPECT_EQ(night.pausedUntil, at(1, 9).utc);
  const auto tuesday = limber::scheduleAt(settings, limber::observe(night, at(1, 9)), at(1, 9));
  EXPECT_EQ(tuesday.status, ScheduleStatus::Waiting);
  EXPECT_EQ(tuesday.dueAt, at(1, 9, 45).utc);
  // No working day at all: until resumed.
  Settings never = settings;
  never.workDays.clear();
  EXPECT_EQ(limber::pause(never, {}, at(0, 11), PauseFor::NextWorkingDay).pausedUntil, limber::kUntilResumed);
}

TEST(Pause, UntilResumedLastsAcrossDaysAndResumingRestartsTheInterval) {
  const Settings settings;
  const ScheduleState paused = limber::pause(settings, workingMonday(10, 0), at(0, 11), PauseFor::UntilResumed);
  const auto days = limber::scheduleAt(settings, paused, at(3, 12));
  EXPECT_EQ(days.status, ScheduleStatus::Paused);
  EXPECT_EQ(days.pausedUntil, 0);
  const ScheduleState resumed = limber::pause(settings, paused, at(3, 12), PauseFor::Resume);
  EXPECT_EQ(resumed.pausedUntil, at(3, 12).utc);
  EXPECT_EQ(limber::scheduleAt(settings, resumed, at(3, 12, 1)).dueAt, at(3, 12, 45).utc);
  // Resuming when nothing is paused changes nothing.
  EXPECT_EQ(limber::pause(settings, resumed, at(3, 13), PauseFor::Resume).pausedUntil, at(3, 12).utc);
}

TEST(Pause, APauseClearsASnoozeAndRemindersOffStillWin) {
  Settings settings;
  const auto snoozed = limber::snooze(settings, workingMonday(12, 0), at(0, 13), 10, "s").state;
  const ScheduleState paused = limber::pause(settings, snoozed, at(0, 13, 1), PauseFor::Hour);
  EXPECT_EQ(paused.snoozedUntil, 0);
  EXPECT_EQ(limber::scheduleAt(settings, paused, at(0, 14, 1)).status, ScheduleStatus::Waiting);
  settings.reminders = false;
  EXPECT_EQ(limber::scheduleAt(settings, paused, at(0, 13, 30)).status, ScheduleStatus::Off);
}

TEST(Pause, TheEngineKeepsThePauseInTheStateAndRecordsNothing) {
  limber::Engine engine;
  const std::string request = R"({"settings": null, "state": {"version": 1, "lastBreakEnd": )" +
                              std::to_string(at(0, 12).utc) + R"(}, "now": {"utc": )" + std::to_string(at(0, 13).utc) +
                              R"(, "offset": 60}, "pause": "two-hours"})";
  const auto answer = nlohmann::json::parse(engine.schedule(request), nullptr, false);
  EXPECT_EQ(answer["schedule"]["status"], "paused");
  EXPECT_EQ(answer["schedule"]["pausedUntil"], at(0, 15).utc);
  EXPECT_EQ(answer["state"]["pausedUntil"], at(0, 15).utc);
  EXPECT_FALSE(answer.contains("record"));

  const auto wrong =
      nlohmann::json::parse(engine.schedule(R"({"now": {"utc": 1, "offset": 0}, "pause": "forever"})"), nullptr, false);
  ASSERT_TRUE(wrong.contains("error"));
  EXPECT_EQ(wrong["error"][0]["path"], "schedule.pause");
}

TEST(Pause, APauseWrittenByAClockThatRanFastIsSettledToAtMostAWeek) {
  const Settings settings;
  ScheduleState state;
  state.pausedUntil = at(300, 9).utc;  // a clock that ran a year fast
  EXPECT_EQ(limber::settle(state, settings, at(0, 10)).pausedUntil, at(8, 10).utc);
  state.pausedUntil = limber::kUntilResumed;
  EXPECT_EQ(limber::settle(state, settings, at(0, 10)).pausedUntil, limber::kUntilResumed);
}

}  // namespace
