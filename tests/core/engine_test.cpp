#include "limber/engine.h"

#include <gtest/gtest.h>

#include "pack_fixtures.h"

using fixtures::exercise;
using fixtures::json;

namespace {

json ask(const std::string& answer) {
  json parsed = json::parse(answer, nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << answer;
  return parsed;
}

limber::Engine engineWithPack() {
  limber::Engine engine;
  const json answer = ask(engine.addPack("packs/lower-back-tension-release.json",
                                         fixtures::readFile("packs/lower-back-tension-release.json")));
  EXPECT_FALSE(answer.contains("error")) << answer.dump();
  return engine;
}

TEST(Engine, ABrokenPackIsAnErrorNamingTheFileAndKeepsTheOthers) {
  limber::Engine engine = engineWithPack();
  json broken = fixtures::pack("broken", json::array({exercise("x")}));
  broken["exercises"][0]["seconds"] = "thirty";
  broken["exercises"][0].erase("steps");
  const json answer = ask(engine.addPack("packs/broken.json", broken.dump()));
  ASSERT_TRUE(answer.contains("error"));
  const std::string message = answer["error"];
  EXPECT_NE(message.find("packs/broken.json: exercises[0].seconds: expected a positive whole number of seconds"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("packs/broken.json: exercises[0].steps: missing"), std::string::npos) << message;
  EXPECT_EQ(answer["problems"].size(), 2u);
  EXPECT_EQ(ask(engine.packs())["packs"].size(), 1u);
  EXPECT_FALSE(ask(engine.next("{}"))["exercise"].is_null());
}

TEST(Engine, NextMovesTheRotationOn) {
  limber::Engine engine = engineWithPack();
  json first = ask(engine.next("{}"));
  EXPECT_EQ(first["exercise"]["name"], "Bent Left Leg Foot Reach");
  EXPECT_EQ(first["exercise"]["packId"], "lower-back-tension-release");
  const json second = ask(engine.next(json{{"rotation", first["rotation"]}}.dump()));
  EXPECT_EQ(second["exercise"]["name"], "Bent Right Leg Foot Reach");
  EXPECT_TRUE(second["problems"].empty());
}

TEST(Engine, SettingsWithheldConditionsAreNeverOffered) {
  limber::Engine engine = engineWithPack();
  json rotation;
  for (int i = 0; i < 30; ++i) {
    const json answer = ask(engine.next(json{{"settings", {{"avoid", {"disc-injury"}}}}, {"rotation", rotation}}.dump()));
    ASSERT_FALSE(answer["exercise"].is_null());
    EXPECT_TRUE(answer["exercise"]["conditions"].empty()) << answer["exercise"]["id"];
    rotation = answer["rotation"];
  }
  const json none = ask(engine.next(json{{"settings", {{"avoid", {"radiating-leg-pain"}}}}}.dump()));
  EXPECT_TRUE(none["exercise"].is_null());
}

TEST(Engine, ACorruptRotationStartsAfreshAndSaysSo) {
  limber::Engine engine = engineWithPack();
  const json answer = ask(engine.next(R"({"rotation": {"version": 1, "clock": "x", "lastSeen": []}})"));
  EXPECT_EQ(answer["exercise"]["name"], "Bent Left Leg Foot Reach");
  EXPECT_FALSE(answer["problems"].empty());
}

TEST(Engine, PlanStartsWithTheShownExerciseAndFillsTheBreak) {
  limber::Engine engine = engineWithPack();
  const json answer = ask(engine.plan(R"({"first": "forward-leans", "settings": {"breakSeconds": 90}})"));
  const json& exercises = answer["plan"]["exercises"];
  ASSERT_FALSE(exercises.empty());
  EXPECT_EQ(exercises[0]["id"], "forward-leans");
  const int total = answer["plan"]["totalSeconds"];
  EXPECT_GE(total, 72);
  EXPECT_LE(total, 108);
}

TEST(Engine, FinishBreakMakesARecordAndMarksTheExercisesSeen) {
  limber::Engine engine = engineWithPack();
  const json request = {{"id", "rec-1"},           {"start", 1000000},  {"end", 1120000},
                        {"day", "2026-11-22"},     {"endedEarly", false}, {"done", {"forward-leans", "leg-hugs"}}};
  const json answer = ask(engine.finishBreak(request.dump()));
  ASSERT_FALSE(answer.contains("error")) << answer.dump();
  EXPECT_EQ(answer["record"]["outcome"], "completed");
  EXPECT_EQ(answer["record"]["packs"], json::array({"lower-back-tension-release"}));
  EXPECT_EQ(answer["record"]["exercises"], json::array({"forward-leans", "leg-hugs"}));
  EXPECT_EQ(answer["rotation"]["lastSeen"]["leg-hugs"], 2);

  json early = request;
  early["endedEarly"] = true;
  EXPECT_EQ(ask(engine.finishBreak(early.dump()))["record"]["outcome"], "partial");

  json badDay = request;
  badDay["day"] = "2026-02-30";
  const json refused = ask(engine.finishBreak(badDay.dump()));
  ASSERT_TRUE(refused.contains("error"));
  EXPECT_NE(refused["error"].get<std::string>().find("finishBreak.day"), std::string::npos);
}

TEST(Engine, StatsCountTodaysCompletedBreaksAndReportUnreadableRecords) {
  limber::Engine engine = engineWithPack();
  const json record = {{"version", 1}, {"id", "a"}, {"start", 0}, {"end", 120000}, {"day", "2026-11-22"},
                       {"outcome", "completed"}, {"exercises", json::array()}, {"packs", json::array()}};
  json yesterday = record;
  yesterday["day"] = "2026-11-21";
  json partial = record;
  partial["outcome"] = "partial";
  const json history = json::array({record, yesterday, partial, "garbage", {{"version", 1}}});
  const json answer = ask(engine.stats(json{{"history", history}, {"today", "2026-11-22"}}.dump()));
  EXPECT_EQ(answer["breaksToday"], 1);
  EXPECT_EQ(answer["secondsToday"], 240);
  EXPECT_EQ(answer["unreadable"], 2);
  EXPECT_NE(answer["problems"][0]["path"].get<std::string>().find("history[3]"), std::string::npos);
}

TEST(Engine, MalformedRequestsAreErrorsNotCrashes) {
  limber::Engine engine = engineWithPack();
  for (const char* text : {"", "[", "null", "42", "\xff\xfe"}) {
    EXPECT_TRUE(ask(engine.next(text)).contains("error")) << text;
    EXPECT_TRUE(ask(engine.plan(text)).contains("error")) << text;
    EXPECT_TRUE(ask(engine.stats(text)).contains("error")) << text;
    EXPECT_TRUE(ask(engine.finishBreak(text)).contains("error")) << text;
  }
  EXPECT_TRUE(ask(engine.pack("nope")).contains("error"));
  EXPECT_FALSE(ask(engine.pack("lower-back-tension-release")).contains("error"));
}

}  // namespace
