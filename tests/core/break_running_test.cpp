// A guided break under way: the user is doing what a reminder would ask, so no
// reminder comes (no due notification over the break, no micro-break) until the
// break ends, or until its planned time and a grace pass (its tab was closed).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "limber/engine.h"
#include "limber/schedule.h"

namespace {

using limber::Moment;
using limber::ScheduleState;
using limber::ScheduleStatus;
using limber::Settings;
using nlohmann::json;

constexpr std::int64_t kMinute = 60'000;
// 2026-11-23 00:00 local in Berlin (UTC+1), a Monday.
constexpr std::int64_t kMondayMidnight = 1795424400000LL - 10 * 3600000LL;

Moment at(int hour, int minute = 0, int second = 0) {
  return {kMondayMidnight + (hour * 60 + minute) * kMinute + second * 1000LL, 60};
}

json nowJson(const Moment& now) { return {{"utc", now.utc}, {"offset", 60}}; }

TEST(BreakRunning, ADueBreakStartedIsInBreakUntilItEndsOrItsTimeAndGracePass) {
  const Settings settings;
  const ScheduleState state = limber::breakTaken(limber::observe({}, at(9)), at(10));
  ASSERT_EQ(limber::scheduleAt(settings, state, at(10, 50)).status, ScheduleStatus::Due);
  // A three-minute break started at 10:50.
  const ScheduleState running = limber::breakStarted(state, at(10, 50), 180);
  const auto during = limber::scheduleAt(settings, running, at(10, 52));
  EXPECT_EQ(during.status, ScheduleStatus::InBreak);
  EXPECT_EQ(during.dueAt, at(10, 58).utc) << "three minutes and five of grace";
  EXPECT_EQ(during.micro, limber::MicroStatus::None);
  // Paused for a while, it still holds within the grace.
  EXPECT_EQ(limber::scheduleAt(settings, running, at(10, 57, 59)).status, ScheduleStatus::InBreak);
  // Its tab closed mid-break: the break that was due is due again once the grace is over.
  EXPECT_EQ(limber::scheduleAt(settings, running, at(10, 58)).status, ScheduleStatus::Due);
  // Ended: the interval restarts from its end and nothing runs any more.
  const ScheduleState taken = limber::breakTaken(running, at(10, 54));
  EXPECT_EQ(taken.breakUntil, 0);
  const auto after = limber::scheduleAt(settings, taken, at(10, 55));
  EXPECT_EQ(after.status, ScheduleStatus::Waiting);
  EXPECT_EQ(after.dueAt, at(11, 39).utc);
}

TEST(BreakRunning, APauseAndTheEndOfRemindersStillSayWhatTheyAre) {
  Settings settings;
  const ScheduleState state = limber::breakTaken(limber::observe({}, at(9)), at(10));
  const ScheduleState paused = limber::pause(settings, state, at(10, 20), limber::PauseFor::Hour);
  EXPECT_EQ(limber::scheduleAt(settings, limber::breakStarted(paused, at(10, 30), 120), at(10, 31)).status,
            ScheduleStatus::Paused);
  settings.reminders = false;
  EXPECT_EQ(limber::scheduleAt(settings, limber::breakStarted(state, at(10, 30), 120), at(10, 31)).status,
            ScheduleStatus::Off);
}

TEST(BreakRunning, ABreakSaidToRunPastAnHourOrStoredByAFastClockHoldsNoLongerThanTheLongest) {
  const Settings settings;
  const ScheduleState state = limber::breakTaken(limber::observe({}, at(9)), at(10));
  const std::int64_t longest = limber::kLongestBreakSeconds * 1000LL + limber::kBreakGraceMs;
  EXPECT_EQ(limber::breakStarted(state, at(10), 1'000'000).breakUntil, at(10).utc + longest);
  ScheduleState fast = state;
  fast.breakUntil = at(23).utc;  // written by a clock that ran hours ahead
  EXPECT_EQ(limber::settle(fast, settings, at(10)).breakUntil, at(10).utc + longest);
}

TEST(BreakRunning, TheEngineStartsABreakOnAskingAndFinishBreakEndsIt) {
  limber::Engine engine;
  const json state = {
      {"version", 1}, {"activityDay", "2026-11-23"}, {"firstActivity", at(9).utc}, {"lastBreakEnd", at(10).utc}};
  const json started =
      json::parse(engine.schedule(json{{"state", state}, {"now", nowJson(at(10, 50))}, {"breakRuns", 240}}.dump()));
  ASSERT_FALSE(started.contains("error")) << started.dump();
  EXPECT_EQ(started["schedule"]["status"], "in-break");
  EXPECT_EQ(started["state"]["breakUntil"], at(10, 59).utc);
  // Stored and read back, it holds for every caller that asks (the worker, another tab).
  const json asked =
      json::parse(engine.schedule(json{{"state", started["state"]}, {"now", nowJson(at(10, 53))}}.dump()));
  EXPECT_EQ(asked["schedule"]["status"], "in-break");
  EXPECT_EQ(asked["state"]["breakUntil"], at(10, 59).utc);
  const json finished = json::parse(engine.finishBreak(json{
      {"state", started["state"]},
      {"id", "b-1"},
      {"start", at(10, 50).utc},
      {"now", nowJson(at(10, 54))},
      {"done", json::array()},
      {"endedEarly", true}}.dump()));
  ASSERT_FALSE(finished.contains("error")) << finished.dump();
  EXPECT_FALSE(finished["state"].contains("breakUntil"));
  EXPECT_EQ(finished["schedule"]["status"], "waiting");
  // A length that is not a whole number of seconds up to an hour is refused, by name.
  const json refused =
      json::parse(engine.schedule(json{{"state", state}, {"now", nowJson(at(10, 50))}, {"breakRuns", "long"}}.dump()));
  ASSERT_TRUE(refused.contains("error"));
  EXPECT_NE(refused.dump().find("schedule.breakRuns"), std::string::npos) << refused.dump();
}

TEST(BreakRunning, TheMinuteTickAsksAgainWhenTheBreakCountsAbandoned) {
  const Settings settings;
  const ScheduleState running =
      limber::breakStarted(limber::breakTaken(limber::observe({}, at(9)), at(10)), at(10, 50), 180);
  const auto schedule = limber::scheduleAt(settings, running, at(10, 51));
  const auto ahead = limber::scheduleAhead(settings, running, at(10, 51), false, schedule);
  EXPECT_EQ(ahead.until, at(10, 58).utc);
}

}  // namespace
