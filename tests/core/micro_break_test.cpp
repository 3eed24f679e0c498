// Micro-breaks: a second, quiet tier between the long breaks. The core decides
// when one is due (never near a long break, never while paused, away, in
// do-not-disturb or outside working hours), starts it for the worker, ends it
// after its seconds with a "micro" record, and counts those apart from the goal.
// Long breaks leave the packs' micro exercises out while micro-breaks are on.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "limber/engine.h"
#include "limber/schedule.h"
#include "pack_fixtures.h"

namespace {

using fixtures::json;
using limber::MicroStatus;
using limber::Moment;
using limber::ScheduleState;
using limber::ScheduleStatus;
using limber::Settings;

constexpr std::int64_t kMinute = 60'000;
// 2026-11-23 00:00 local in Berlin (UTC+1), a Monday.
constexpr std::int64_t kMondayMidnight = 1795424400000LL - 10 * 3600000LL;

Moment at(int hour, int minute = 0, int second = 0, int day = 0) {
  return {kMondayMidnight + day * limber::kDayMs + (hour * 60 + minute) * kMinute + second * 1000, 60};
}

ScheduleState seenAt(const Moment& when) { return limber::observe({}, when); }

TEST(MicroBreaks, ComeEveryTwentyMinutesButNeverWithinFiveOfALongBreak) {
  const Settings settings;  // long every 45 minutes, micro every 20 for 20 seconds
  ScheduleState state = seenAt(at(9));
  auto schedule = limber::scheduleAt(settings, state, at(9, 10));
  EXPECT_EQ(schedule.status, ScheduleStatus::Waiting);
  EXPECT_EQ(schedule.dueAt, at(9, 45).utc);
  EXPECT_EQ(schedule.micro, MicroStatus::Waiting);
  EXPECT_EQ(schedule.microAt, at(9, 20).utc);
  EXPECT_EQ(limber::scheduleAt(settings, state, at(9, 21)).micro, MicroStatus::Due);

  // Shown at 9:21, it ends 20 seconds later, recorded on its own.
  state.microAt = at(9, 21).utc;
  EXPECT_EQ(limber::scheduleAt(settings, state, at(9, 21, 10)).micro, MicroStatus::Showing);
  EXPECT_FALSE(limber::microEnded(settings, state, at(9, 21, 19), "m1"));
  const auto ended = limber::microEnded(settings, state, at(9, 21, 25), "m1");
  ASSERT_TRUE(ended);
  EXPECT_EQ(ended->record->outcome, limber::Outcome::Micro);
  EXPECT_EQ(ended->record->start, at(9, 21).utc);
  EXPECT_EQ(ended->record->end, at(9, 21, 20).utc);
  state = ended->state;
  EXPECT_EQ(state.microAt, 0);

  // The next would be 9:41:20, within five minutes of the long break at 9:45: none before it.
  EXPECT_EQ(limber::scheduleAt(settings, state, at(9, 30)).micro, MicroStatus::None);
  // After the long break, a whole micro interval.
  state = limber::breakTaken(state, at(9, 48));
  schedule = limber::scheduleAt(settings, state, at(9, 50));
  EXPECT_EQ(schedule.micro, MicroStatus::Waiting);
  EXPECT_EQ(schedule.microAt, at(10, 8).utc);
  // A snoozed long break moves the limit with it.
  auto snoozed = limber::snooze(settings, state, at(10, 0), 10, "s").state;
  EXPECT_EQ(limber::scheduleAt(settings, snoozed, at(10, 1)).micro, MicroStatus::None);  // 10:08 is near 10:10
  // Nor one before a snoozed break comes back, however long the snooze: it was due already.
  snoozed = limber::snooze(settings, state, at(10, 0), 30, "s").state;
  EXPECT_EQ(limber::scheduleAt(settings, snoozed, at(10, 9)).micro, MicroStatus::None);
}

// A working day as the worker lives it: micro-breaks start when due and end after
// their seconds; long breaks are taken when due and last two minutes. No micro-break
// comes within five minutes of a long one, before or after, for many settings.
TEST(MicroBreaks, AWholeDayKeepsBothTiersApartForManySettings) {
  std::mt19937 random(15);
  for (int run = 0; run < 60; ++run) {
    Settings settings;
    settings.intervalMinutes = 20 + static_cast<int>(random() % 80);
    settings.microMinutes = 10 + static_cast<int>(random() % 51);
    settings.microSeconds = 10 + static_cast<int>(random() % 51);
    settings.workStart = 7 * 60 + static_cast<int>(random() % 180);
    settings.workEnd = settings.workStart + 120 + static_cast<int>(random() % 600);
    ScheduleState state;
    std::vector<std::pair<std::int64_t, std::int64_t>> longs;
    std::vector<std::pair<std::int64_t, std::int64_t>> micros;
    std::int64_t longStart = 0;
    for (std::int64_t t = at(0).utc; t < at(24).utc; t += 5000) {
      const Moment now{t, 60};
      if (limber::insideWorkingHours(settings, now)) state = limber::observe(state, now);
      if (longStart != 0) {
        if (t < longStart + 2 * kMinute) continue;
        state = limber::breakTaken(state, now);
        longs.emplace_back(longStart, t);
        longStart = 0;
      }
      if (auto ended = limber::microEnded(settings, state, now, "m")) {
        micros.emplace_back(ended->record->start, ended->record->end);
        state = ended->state;
      }
      const auto schedule = limber::scheduleAt(settings, state, now);
      if (schedule.micro == MicroStatus::Due) state.microAt = t;
      if (schedule.status == ScheduleStatus::Due && state.microAt == 0) longStart = t;
    }
    // Some settings leave no room between long breaks (micro interval and the gap beyond the long one).
    if (settings.microMinutes * kMinute + limber::kMicroGapMs + 60'000 < settings.intervalMinutes * kMinute) {
      EXPECT_FALSE(micros.empty()) << "run " << run;
    }
    for (const auto& [start, end] : micros) {
      EXPECT_TRUE(limber::insideWorkingHours(settings, {start, 60})) << "run " << run;
      EXPECT_LE(end, at(0).utc + settings.workEnd * kMinute) << "run " << run;
      for (const auto& [from, to] : longs) {
        EXPECT_TRUE(end <= from - limber::kMicroGapMs || start >= to + limber::kMicroGapMs)
            << "run " << run << ": micro at " << (start - at(0).utc) / kMinute << " min, long from "
            << (from - at(0).utc) / kMinute;
      }
    }
  }
}

TEST(MicroBreaks, NoneWhilePausedAwayInDoNotDisturbOrOff) {
  const Settings settings;
  const ScheduleState state = seenAt(at(9));
  // Paused for an hour at 9:10: nothing until 10:10, then a micro interval from there.
  const ScheduleState paused = limber::pause(settings, state, at(9, 10), limber::PauseFor::Hour);
  for (int minute = 11; minute < 70; minute += 7) {
    EXPECT_EQ(limber::scheduleAt(settings, paused, at(9, minute)).micro, MicroStatus::None) << minute;
  }
  EXPECT_EQ(limber::scheduleAt(settings, paused, at(10, 11)).microAt, at(10, 30).utc);
  // Away from the computer: none (coming back is a natural break, and counts from it).
  const ScheduleState away = limber::wentIdle(settings, state, at(9, 25));
  EXPECT_EQ(limber::scheduleAt(settings, away, at(9, 26)).micro, MicroStatus::None);
  const ScheduleState back = limber::cameBack(settings, away, at(9, 40), "n").state;
  EXPECT_EQ(limber::scheduleAt(settings, back, at(9, 41)).microAt, at(10, 0).utc);
  // Full screen: held, not due, so nothing starts.
  EXPECT_EQ(limber::scheduleAt(settings, state, at(9, 21), true).micro, MicroStatus::Held);
  // Off, or reminders off.
  Settings off;
  off.microBreaks = false;
  EXPECT_EQ(limber::scheduleAt(off, state, at(9, 21)).micro, MicroStatus::None);
  Settings silent;
  silent.reminders = false;
  EXPECT_EQ(limber::scheduleAt(silent, state, at(9, 21)).micro, MicroStatus::None);
}

TEST(MicroBreaks, NoneOutsideWorkingHoursAndNoneRunningPastTheirEnd) {
  const Settings settings;  // 09:00 to 18:00, Monday to Friday
  EXPECT_EQ(limber::scheduleAt(settings, {}, at(8, 59)).micro, MicroStatus::None);
  EXPECT_EQ(limber::scheduleAt(settings, {}, at(18, 0)).micro, MicroStatus::None);
  EXPECT_EQ(limber::scheduleAt(settings, {}, at(11, 0, 0, 5)).micro, MicroStatus::None);  // Saturday
  // At 17:30 no long break fits before 18:00; micro-breaks still come, ending by 18:00.
  ScheduleState late = limber::breakTaken(seenAt(at(9)), at(17, 20));
  auto schedule = limber::scheduleAt(settings, late, at(17, 30));
  EXPECT_EQ(schedule.status, ScheduleStatus::OutsideHours);
  EXPECT_EQ(schedule.microAt, at(17, 40).utc);
  late.microEnd = at(17, 40, 20).utc;
  EXPECT_EQ(limber::scheduleAt(settings, late, at(17, 45)).micro, MicroStatus::None);  // 18:00:20 is too late
  Settings edge;
  edge.microSeconds = 10;
  late.microEnd = at(17, 39, 50).utc;  // the next would end at 17:59:50 + 10 s = 18:00 exactly
  EXPECT_EQ(limber::scheduleAt(edge, late, at(17, 45)).microAt, at(17, 59, 50).utc);
  // The first of a day counts from the start of working hours, or from when the user came.
  EXPECT_EQ(limber::scheduleAt(settings, {}, at(9, 5)).microAt, at(9, 20).utc);
  EXPECT_EQ(limber::scheduleAt(settings, seenAt(at(10, 3)), at(10, 5)).microAt, at(10, 23).utc);
}

TEST(MicroBreaks, AcrossMidnightTheDayAndTheIntervalCarryOver) {
  Settings settings;
  settings.workStart = 0;
  settings.workEnd = 24 * 60;
  settings.workDays = {limber::Weekday::Mon, limber::Weekday::Tue};
  ScheduleState state = seenAt(at(23, 0));
  state.lastBreakEnd = at(23, 30).utc;
  state.microEnd = at(23, 50).utc;
  // Monday's working hours end at midnight: 23:50 + 20 min is Tuesday.
  EXPECT_EQ(limber::scheduleAt(settings, state, at(23, 55)).micro, MicroStatus::None);
  // Tuesday's first counts from the start of its working hours, like its first long break.
  EXPECT_EQ(limber::scheduleAt(settings, state, at(0, 5, 0, 1)).microAt, at(0, 20, 0, 1).utc);
  EXPECT_EQ(limber::scheduleAt(settings, state, at(0, 5, 0, 1)).dueAt, at(0, 45, 0, 1).utc);
  // One that began before midnight ends on Tuesday and is recorded for Tuesday.
  state.microAt = at(23, 59, 50).utc;
  const auto ended = limber::microEnded(settings, state, at(0, 0, 30, 1), "m");
  ASSERT_TRUE(ended);
  EXPECT_EQ(ended->record->day, "2026-11-24");
  // Wednesday is no working day: none.
  EXPECT_EQ(limber::scheduleAt(settings, ended->state, at(10, 0, 0, 2)).micro, MicroStatus::None);
}

limber::Engine packagedEngine() {
  limber::Engine engine;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(LIMBER_SOURCE_DIR) + "/packs")) {
    if (entry.path().extension() != ".json" || entry.path().filename() == "schema.json") continue;
    const json added = json::parse(engine.addPack(fixtures::readFile("packs/" + entry.path().filename().string())));
    EXPECT_TRUE(added.contains("pack")) << entry.path();
  }
  return engine;
}

std::string now(const Moment& when) { return R"({"utc": )" + std::to_string(when.utc) + R"(, "offset": 60})"; }

TEST(MicroBreaks, TheEngineStartsOneForTheWorkerAndEndsItWithAMicroRecord) {
  limber::Engine engine = packagedEngine();
  const auto ask = [&](const json& state, const Moment& when, const std::string& extra) {
    return json::parse(
        engine.schedule(R"({"settings": null, "state": )" + state.dump() + R"(, "now": )" + now(when) + extra + "}"));
  };
  const json start = {{"version", 1}, {"activityDay", "2026-11-23"}, {"firstActivity", at(9).utc}};
  // A new tab only looks: nothing starts.
  const json looked = ask(start, at(9, 21), "");
  EXPECT_EQ(looked["schedule"]["micro"]["status"], "due");
  EXPECT_EQ(looked["state"]["microAt"], 0);
  // In full screen the worker starts nothing either.
  const json held = ask(start, at(9, 21), R"(, "micro": true, "id": "a", "fullscreen": true)");
  EXPECT_EQ(held["schedule"]["micro"]["status"], "held");
  EXPECT_EQ(held["state"]["microAt"], 0);
  // The worker starts it: showing, with a micro exercise, until 20 seconds later.
  const json shown = ask(start, at(9, 21), R"(, "micro": true, "id": "a", "device": "d")");
  const json micro = shown["schedule"]["micro"];
  EXPECT_EQ(micro["status"], "showing");
  EXPECT_EQ(micro["endsAt"], at(9, 21, 20).utc);
  EXPECT_EQ(micro["exercise"]["micro"], true);
  EXPECT_FALSE(shown.contains("record"));
  // Still showing at 9:21:10: the same exercise, no record.
  const json still = ask(shown["state"], at(9, 21, 10), R"(, "micro": true, "id": "b", "device": "d")");
  EXPECT_EQ(still["schedule"]["micro"]["exercise"]["id"], micro["exercise"]["id"]);
  EXPECT_FALSE(still.contains("record"));
  // Ended: recorded as a micro outcome with its exercise, and the next is planned.
  const json ended = ask(still["state"], at(9, 21, 30), R"(, "micro": true, "id": "c", "device": "d")");
  EXPECT_EQ(ended["record"]["outcome"], "micro");
  EXPECT_EQ(ended["record"]["id"], "c");
  EXPECT_EQ(ended["record"]["device"], "d");
  EXPECT_EQ(ended["record"]["exercises"], json::array({micro["exercise"]["id"]}));
  EXPECT_EQ(ended["state"]["microAt"], 0);
  EXPECT_EQ(ended["state"]["microEnd"], at(9, 21, 20).utc);
  EXPECT_FALSE(ended["schedule"].contains("micro"));  // 9:41:20 is too near the long break at 9:45
  // The worker must name the record it may make.
  EXPECT_TRUE(ask(start, at(9, 21), R"(, "micro": true)").contains("error"));
}

TEST(MicroBreaks, NoMicroExerciseAllowedMeansNoMicroBreaks) {
  limber::Engine engine;
  json quick = fixtures::exercise("quick", "both", "", 20);
  quick["micro"] = true;
  ASSERT_TRUE(
      json::parse(engine.addPack(fixtures::pack("p", {quick, fixtures::exercise("long")}).dump())).contains("pack"));
  const std::string state =
      R"("state": {"version": 1, "activityDay": "2026-11-23", "firstActivity": )" + std::to_string(at(9).utc) + "}";
  const auto ask = [&](const std::string& settings) {
    return json::parse(engine.schedule("{" + settings + ", " + state + R"(, "now": )" + now(at(9, 21)) + "}"));
  };
  EXPECT_EQ(ask(R"("settings": null)")["schedule"]["micro"]["status"], "due");
  EXPECT_FALSE(ask(R"("settings": {"version": 1, "disabledPacks": ["p"]})")["schedule"].contains("micro"));
}

TEST(MicroBreaks, LongBreaksLeaveMicroExercisesOutOverManySeededPlans) {
  limber::Engine engine = packagedEngine();
  const auto isMicro = [](const json& exercise) { return exercise.value("micro", false); };
  int microsWhenOff = 0;
  json rotation = nullptr;
  for (int seed = 0; seed < 300; ++seed) {
    const std::string common = R"(, "rotation": )" + rotation.dump() + R"(, "seed": )" + std::to_string(seed * 7919) +
                               R"(, "now": )" + now(at(9 + seed % 9)) + "}";
    const json next = json::parse(engine.next(R"({"settings": null)" + common));
    ASSERT_FALSE(next["exercise"].is_null());
    EXPECT_FALSE(isMicro(next["exercise"])) << next["exercise"]["id"];
    rotation = next["rotation"];
    const json on = json::parse(engine.plan(R"({"settings": null, "first": )" + next["exercise"]["id"].dump() +
                                            common.substr(0, common.size() - 1) + "}"));
    for (const json& e : on["plan"]["exercises"]) EXPECT_FALSE(isMicro(e)) << e["id"];
    const json off = json::parse(engine.plan(R"({"settings": {"version": 1, "microBreaks": false})" + common));
    for (const json& e : off["plan"]["exercises"]) microsWhenOff += isMicro(e) ? 1 : 0;
  }
  // With micro-breaks off, they are ordinary exercises again.
  EXPECT_GT(microsWhenOff, 0);
  // "Start this pack" on the eye breaks still gives the pack's own exercises.
  const json eyes = json::parse(engine.plan(R"({"settings": null, "packId": "eye-breaks"})"));
  EXPECT_FALSE(eyes["plan"]["exercises"].empty());
}

TEST(MicroBreaks, SettingsAreBoundedAndSayWhatWasExpected) {
  limber::Engine engine;
  const json defaults = json::parse(engine.settings("null"))["settings"];
  EXPECT_EQ(defaults["microBreaks"], true);
  EXPECT_EQ(defaults["microMinutes"], 20);
  EXPECT_EQ(defaults["microSeconds"], 20);
  const json read =
      json::parse(engine.settings(R"({"version": 1, "microBreaks": "yes", "microMinutes": 5, "microSeconds": 61})"));
  EXPECT_EQ(read["settings"]["microMinutes"], 20);
  std::string said;
  for (const json& problem : read["problems"]) said += limber::describeProblem(problem) + "\n";
  EXPECT_EQ(said,
            "settings.microBreaks: expected true or false, got \"yes\"\n"
            "settings.microMinutes: expected a time between micro-breaks of 10 to 60 minutes, got 5\n"
            "settings.microSeconds: expected a micro-break of 10 to 60 seconds, got 61\n");
}

TEST(MicroBreaks, PacksMarkOnlyQuickExercisesDoneWhereTheUserIs) {
  for (const auto& [side, position, seconds] :
       {std::tuple{"left", "sitting", 20}, std::tuple{"both", "floor", 20}, std::tuple{"none", "standing", 90}}) {
    json e = fixtures::exercise("e", side, std::string(side) == "left" ? "f" : "", seconds, position);
    e["micro"] = true;
    json exercises = json::array({e});  // not {e}: clang reads that as a copy of e
    if (std::string(side) == "left") exercises.push_back(fixtures::exercise("f", "right", "e"));
    limber::Engine engine;
    const json refused = json::parse(engine.addPack(fixtures::pack("p", exercises).dump()));
    EXPECT_EQ(fixtures::refusal(refused),
              "exercises[0].micro: a micro-break exercise is done sitting or standing, with both sides at once "
              "(side \"none\" or \"both\"), in at most 60 seconds")
        << side << " " << position << " " << seconds;
  }
}

}  // namespace

namespace {

json microRecord(const std::string& id, const Moment& end, const std::string& outcome = "micro") {
  return {{"version", 2},     {"id", id},           {"start", end.utc - 20'000}, {"end", end.utc},
          {"day", end.day()}, {"outcome", outcome}, {"exercises", {"palming"}},  {"packs", {"eye-breaks"}}};
}

TEST(MicroBreaks, CountedInTheirOwnLineNeverTowardTheGoalAndKeptByFoldsSummariesAndBackups) {
  limber::Engine engine;
  json history = json::array();
  for (int i = 0; i < 12; ++i) history.push_back(microRecord("m" + std::to_string(i), at(9, 20 + i)));
  history.push_back(microRecord("c", at(10), "completed"));
  // Four months ago: folded into daily totals, the micro-breaks with them.
  for (int i = 0; i < 3; ++i) history.push_back(microRecord("old" + std::to_string(i), at(9, i, 0, -120)));
  const std::string when = R"("now": )" + now(at(12));
  const json folded = json::parse(engine.fold(R"({"history": )" + history.dump() + ", " + when + "}"));
  EXPECT_EQ(folded["remove"].size(), 3u);
  const json month = folded["folded"]["months"]["2026-07"]["days"]["26"];
  EXPECT_EQ(month, json::array({0, 0, 0, 0, 0, 0, 3}));
  json kept = json::array();
  for (std::size_t i = 0; i < 13; ++i) kept.push_back(history[i]);

  ASSERT_TRUE(json::parse(engine.loadHistory(R"({"history": )" + kept.dump() + R"(, "folded": )" +
                                             folded["folded"].dump() + "}"))
                  .contains("records"));
  const json stats = json::parse(engine.stats("{" + when + "}"))["stats"];
  EXPECT_EQ(stats["today"]["micro"], 12);
  EXPECT_EQ(stats["today"]["completed"], 1);
  EXPECT_EQ(stats["today"]["minutes"], 0);  // 20 seconds of the one completed break; micro-breaks move no minutes
  EXPECT_EQ(stats["total"]["micro"], 15);
  EXPECT_EQ(stats["currentStreak"], 1);
  // Exercise counts are the long breaks': palming, done in micro-breaks only, is not among them... but the
  // completed record names it too.
  EXPECT_EQ(stats["exercises"][0]["count"], 1);

  // This device's summary for the others carries today's micro-breaks as a seventh count.
  const json summary =
      json::parse(engine.summary(R"({"history": )" + kept.dump() + ", " + when + R"(, "device": "here"})"))["summary"];
  EXPECT_EQ(summary["days"]["2026-11-23"], json::array({1, 0, 0, 0, 0, 20, 12}));

  // A backup keeps them, and an import reads them back as micro outcomes.
  const json backup = json::parse(engine.exportData(R"({"history": )" + kept.dump() + R"(, "folded": )" +
                                                    folded["folded"].dump() + ", " + when + "}"))["backup"];
  const json imported =
      json::parse(engine.importData(R"({"text": )" + json(backup.dump()).dump() + R"(, "history": [], )" + when + "}"));
  ASSERT_TRUE(imported.contains("add")) << imported.dump();
  EXPECT_EQ(imported["add"].size(), 13u);
  EXPECT_EQ(imported["add"][0]["outcome"], "micro");
  EXPECT_EQ(imported["monthOutcomes"], 3);
}

}  // namespace

namespace {

TEST(MicroBreaks, EachShowsAnotherExerciseThanTheOneBefore) {
  limber::Engine engine = packagedEngine();
  json state = {{"version", 1}, {"activityDay", "2026-11-23"}, {"firstActivity", at(9).utc}};
  std::vector<std::string> shown;
  // Sixty micro-breaks over four working days, the long break never due (taken every half hour).
  for (int i = 0; i < 60; ++i) {
    const Moment start = at(9 + i % 16 / 2, (i % 2) * 30 + 20, i % 7, i / 16);
    state["lastBreakEnd"] = start.utc - 20 * kMinute;
    state["activityDay"] = start.day();
    const auto ask = [&](const Moment& when) {
      const json answer = json::parse(engine.schedule(R"({"settings": null, "micro": true, "id": "x", "state": )" +
                                                      state.dump() + R"(, "now": )" + now(when) + "}"));
      state = answer["state"];
      return answer;
    };
    const json started = ask(start);
    ASSERT_EQ(started["schedule"].value("micro", json())["status"], "showing") << i << started.dump();
    shown.push_back(started["schedule"]["micro"]["exercise"]["id"]);
    EXPECT_EQ(ask({start.utc + 20'000, 60})["record"]["exercises"][0], shown.back());
  }
  for (std::size_t i = 1; i < shown.size(); ++i) EXPECT_NE(shown[i], shown[i - 1]) << i;
  std::sort(shown.begin(), shown.end());
  EXPECT_GE(std::unique(shown.begin(), shown.end()) - shown.begin(), 8);
}

}  // namespace

namespace {

TEST(MicroBreaks, TheStateTheyLeaveReadsBackWithoutAProblem) {
  limber::Engine engine = packagedEngine();
  for (const Moment& when : {at(9, 0), at(9, 21), at(9, 21, 30)}) {
    static json state = nullptr;
    const json answer = json::parse(engine.schedule(R"({"settings": null, "micro": true, "id": "x", "state": )" +
                                                    state.dump() + R"(, "now": )" + now(when) + "}"));
    EXPECT_EQ(answer["problems"], json::array()) << answer.dump();
    state = answer["state"];
  }
}

}  // namespace
