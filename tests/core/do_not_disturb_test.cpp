// Do not disturb: while a window is full screen (or, when the user asks for it,
// a tab plays sound) a due break is held, not shown; when that ends the break is
// due from then, not from before, and nothing is recorded as missed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "limber/engine.h"
#include "limber/schedule.h"

namespace {

using limber::Moment;
using limber::ScheduleState;
using limber::ScheduleStatus;
using limber::Settings;

constexpr std::int64_t kMinute = 60'000;
// 2026-11-23 00:00 local in Berlin (UTC+1), a Monday.
constexpr std::int64_t kMondayMidnight = 1795424400000LL - 10 * 3600000LL;

Moment at(int hour, int minute = 0) { return {kMondayMidnight + (hour * 60 + minute) * kMinute, 60}; }

std::string when(const Moment& now) { return R"("now": {"utc": )" + std::to_string(now.utc) + R"(, "offset": 60})"; }

TEST(DoNotDisturb, ADueBreakIsHeldWhileQuietAndDueFromWhenItEnds) {
  const Settings settings;
  const ScheduleState state = limber::breakTaken(limber::observe({}, at(9)), at(10));
  // Due at 10:45; full screen from 10:40 to 11:20.
  EXPECT_EQ(limber::scheduleAt(settings, state, at(10, 40), true).status, ScheduleStatus::Waiting);
  EXPECT_EQ(limber::scheduleAt(settings, state, at(10, 50), true).status, ScheduleStatus::Held);
  ScheduleState held = state;
  held.heldAt = at(11, 19).utc;  // the last time it was seen held
  const auto after = limber::scheduleAt(settings, held, at(11, 20));
  EXPECT_EQ(after.status, ScheduleStatus::Due);
  EXPECT_EQ(after.dueAt, at(11, 19).utc);
  // A break taken then restarts the interval as usual; the hold is forgotten.
  const auto next = limber::scheduleAt(settings, limber::breakTaken(held, at(11, 25)), at(11, 26));
  EXPECT_EQ(next.status, ScheduleStatus::Waiting);
  EXPECT_EQ(next.dueAt, at(12, 10).utc);
}

TEST(DoNotDisturb, TheEngineHoldsForFullScreenAlwaysAndForSoundOnlyWhenAsked) {
  limber::Engine engine;
  const std::string state = R"("state": {"version": 1, "activityDay": "2026-11-23", "firstActivity": )" +
                            std::to_string(at(9).utc) + R"(, "lastBreakEnd": )" + std::to_string(at(10).utc) + "}";
  const auto ask = [&](const std::string& settings, const std::string& facts) {
    return nlohmann::json::parse(engine.schedule("{" + settings + ", " + state + ", " + when(at(11)) + facts + "}"),
                                 nullptr, false);
  };
  const auto fullscreen = ask(R"("settings": null)", R"(, "fullscreen": true)");
  EXPECT_EQ(fullscreen["schedule"]["status"], "held");
  EXPECT_EQ(fullscreen["state"]["heldAt"], at(11).utc);
  EXPECT_FALSE(fullscreen.contains("record"));
  // Sound holds nothing by default (off until the user turns it on).
  EXPECT_EQ(ask(R"("settings": null)", R"(, "sound": true)")["schedule"]["status"], "due");
  const auto sound = ask(R"("settings": {"version": 1, "holdForSound": true})", R"(, "sound": true)");
  EXPECT_EQ(sound["schedule"]["status"], "held");
  const auto free = ask(R"("settings": {"version": 1, "holdForSound": true})", R"(, "sound": false)");
  EXPECT_EQ(free["schedule"]["status"], "due");
  EXPECT_EQ(free["state"]["heldAt"], 0);
}

TEST(DoNotDisturb, HoldingNeverOverridesAPauseOrTheWorkingDay) {
  const Settings settings;
  const ScheduleState state = limber::breakTaken(limber::observe({}, at(9)), at(10));
  const ScheduleState paused = limber::pause(settings, state, at(10, 50), limber::PauseFor::Hour);
  EXPECT_EQ(limber::scheduleAt(settings, paused, at(11), true).status, ScheduleStatus::Paused);
  EXPECT_EQ(limber::scheduleAt(settings, state, at(19), true).status, ScheduleStatus::OutsideHours);
}

}  // namespace
