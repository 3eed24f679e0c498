#include "limber/engine.h"

#include <gtest/gtest.h>

#include <set>

#include "pack_fixtures.h"

using fixtures::exercise;
using fixtures::json;

namespace {

// 2026-11-23 (a Monday) 10:00 in UTC+1.
const json kMondayTen = {{"utc", 1795424400000LL}, {"offset", 60}};

json ask(const std::string& answer) {
  json parsed = json::parse(answer, nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << answer;
  return parsed;
}

limber::Engine engineWithPack() {
  limber::Engine engine;
  const json answer = ask(engine.addPack(fixtures::readFile("packs/lower-back-tension-release.json")));
  EXPECT_FALSE(answer.contains("error")) << answer.dump();
  return engine;
}

TEST(Engine, ABrokenPackIsAnErrorNamingTheFileAndKeepsTheOthers) {
  limber::Engine engine = engineWithPack();
  json broken = fixtures::pack("broken", json::array({exercise("x")}));
  broken["exercises"][0]["seconds"] = "thirty";
  broken["exercises"][0].erase("steps");
  const json answer = ask(engine.addPack(broken.dump()));
  ASSERT_TRUE(answer.contains("error"));
  const std::string message = fixtures::refusal(answer, "packs/broken.json");
  EXPECT_NE(message.find("packs/broken.json: exercises[0].seconds: expected a whole number of seconds from 5 to 600, "
                         "got \"thirty\""),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("packs/broken.json: exercises[0].steps: missing"), std::string::npos) << message;
  ASSERT_EQ(answer["error"].size(), 2u);
  EXPECT_EQ(answer["error"][0], json::parse(R"({"path": "exercises[0].steps", "code": "missing",
                            "expected": {"code": "texts", "args": ["2", "5"]}})"));
  EXPECT_EQ(answer["error"][1], json::parse(R"({"path": "exercises[0].seconds", "code": "wrong",
                            "expected": {"code": "seconds", "args": ["5", "600"]},
                            "found": {"code": "value", "args": ["\"thirty\""]}})"));
  EXPECT_EQ(ask(engine.packs())["packs"].size(), 1u);
  EXPECT_FALSE(ask(engine.next("{}"))["exercise"].is_null());
}

TEST(Engine, PacksAddedAfterSetLanguageShowTheirTextInIt) {
  limber::Engine engine;
  json e = exercise("a");
  e["name"] = {{"en", "Neck Turns"}, {"de", "Kopfdrehen"}};
  EXPECT_EQ(ask(engine.setLanguage("de-AT"))["language"], "de-at");
  ask(engine.addPack(fixtures::pack("german", json::array({e})).dump()));
  EXPECT_EQ(ask(engine.pack("german"))["pack"]["exercises"][0]["name"], "Kopfdrehen");
  EXPECT_EQ(ask(engine.setLanguage("pt_BR"))["language"], "pt-br");  // as chrome.i18n spells it
  const json wrong = ask(engine.setLanguage("<b>"));
  EXPECT_NE(fixtures::refusal(wrong).find("expected a language tag"), std::string::npos);
  ask(engine.addPack(fixtures::pack("english", json::array({exercise("b")})).dump()));
  EXPECT_EQ(ask(engine.pack("english"))["pack"]["exercises"][0]["name"], "Exercise b");
}

TEST(Engine, NextMovesTheRotationOnThroughTheWholePack) {
  limber::Engine engine = engineWithPack();
  json rotation;
  std::set<std::string> names;
  for (int i = 0; i < 15; ++i) {
    const json answer = ask(engine.next(json{{"rotation", rotation}, {"seed", 9}, {"now", kMondayTen}}.dump()));
    EXPECT_EQ(answer["exercise"]["packId"], "lower-back-tension-release");
    EXPECT_TRUE(answer["problems"].empty());
    names.insert(answer["exercise"]["name"].get<std::string>());
    rotation = answer["rotation"];
  }
  EXPECT_EQ(names.size(), 15u);
}

TEST(Engine, SettingsWithheldConditionsAreNeverOffered) {
  limber::Engine engine = engineWithPack();
  for (const char* condition : {"disc-injury", "high-blood-pressure"}) {
    json rotation;
    std::set<std::string> shown;
    for (int i = 0; i < 30; ++i) {
      const json answer = ask(engine.next(json{{"settings", {{"avoid", {condition}}}}, {"rotation", rotation}}.dump()));
      ASSERT_FALSE(answer["exercise"].is_null());
      const json& flags = answer["exercise"]["conditions"];
      EXPECT_EQ(std::find(flags.begin(), flags.end(), condition), flags.end()) << answer["exercise"]["id"];
      shown.insert(answer["exercise"]["id"].get<std::string>());
      rotation = answer["rotation"];
    }
    EXPECT_GE(shown.size(), std::string(condition) == "disc-injury" ? 1u : 5u) << "what it allows still comes round";
  }
  const json none = ask(engine.next(json{{"settings", {{"positions", {"floor"}}}}}.dump()));
  EXPECT_TRUE(none["exercise"].is_null()) << "a seated pack has nothing on the floor";
  const json home = ask(engine.next(json{{"settings", {{"place", "home"}}}}.dump()));
  EXPECT_TRUE(home["exercise"].is_null()) << "a desk pack is not offered at home";
}

TEST(Engine, SaysHowManyOfEachPacksExercisesTheSettingsOffer) {
  limber::Engine engine = engineWithPack();
  const auto offered = [&](const json& settings) {
    return ask(engine.withheld(json{{"settings", settings}}.dump()))["offered"]["lower-back-tension-release"];
  };
  EXPECT_EQ(offered(json::object()), 15);
  EXPECT_EQ(offered({{"place", "home"}}), 0);
  EXPECT_EQ(offered({{"disabledPacks", {"lower-back-tension-release"}}}), 0);
}

TEST(Engine, SettingsThatLeaveNothingToOfferAreRefusedWithTheChoicesThatDoIt) {
  limber::Engine engine = engineWithPack();
  const auto refused = [&](const json& settings) { return ask(engine.settings(settings.dump()))["refused"]; };
  EXPECT_TRUE(refused(json::object()).empty()) << "the defaults offer something";
  const json floor = refused({{"positions", {"floor"}}});
  ASSERT_EQ(floor.size(), 1u);
  EXPECT_EQ(floor[0]["code"], "nothing-to-offer");
  EXPECT_EQ(floor[0]["args"], json({"positions"}));
  EXPECT_EQ(refused({{"disabledPacks", {"lower-back-tension-release"}}})[0]["args"], json({"disabledPacks"}));
  EXPECT_EQ(refused({{"place", "home"}, {"positions", {"floor"}}})[0]["args"], json({"positions", "place"}))
      << "neither alone set back frees an exercise here: both are named";
  EXPECT_TRUE(ask(limber::Engine{}.settings("{\"positions\": [\"floor\"]}"))["refused"].empty())
      << "before any pack is loaded there is nothing to judge by";
}

TEST(Engine, ACorruptRotationStartsAfreshAndSaysSo) {
  limber::Engine engine = engineWithPack();
  const json answer = ask(engine.next(R"({"rotation": {"version": 2, "clock": "x", "seen": []}})"));
  EXPECT_FALSE(answer["exercise"].is_null());
  ASSERT_FALSE(answer["problems"].empty());
  EXPECT_EQ(answer["problems"][0]["path"], "rotation.clock");
}

TEST(Engine, AVersionOneRotationIsUpgraded) {
  limber::Engine engine = engineWithPack();
  const json v1 = {{"version", 1}, {"clock", 2}, {"lastSeen", {{"forward-leans", 1}, {"leg-hugs", 2}}}};
  const json answer = ask(engine.next(json{{"rotation", v1}}.dump()));
  EXPECT_TRUE(answer["problems"].empty()) << answer["problems"].dump();
  EXPECT_EQ(answer["rotation"]["version"], 2);
  EXPECT_EQ(answer["rotation"]["seen"]["leg-hugs"], json::array({1, 2}));
  EXPECT_NE(answer["exercise"]["id"], "leg-hugs");
  EXPECT_NE(answer["exercise"]["id"], "forward-leans");
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

TEST(Engine, APackPlanHoldsThatPackAloneWhereverTheUserIs) {
  limber::Engine engine = engineWithPack();
  const json answer = ask(engine.plan(R"({"packId": "lower-back-tension-release", "settings": {"place": "home"}})"));
  EXPECT_FALSE(answer["plan"]["exercises"].empty());
  const json seated =
      ask(engine.plan(R"({"packId": "lower-back-tension-release", "settings": {"positions": ["standing"]}})"));
  EXPECT_FALSE(seated["plan"]["exercises"].empty()) << "in the pack's own positions";
  EXPECT_TRUE(ask(engine.plan(R"({"packId": "nope"})")).contains("error"));
}

TEST(Engine, ABreakFinishedAfterTheClockMovedBackIsRecordedWithTimesInOrder) {
  limber::Engine engine = engineWithPack();
  // Started at 10:00 by the wall clock, which was then set back ten minutes.
  const json request = {{"id", "back"},
                        {"start", 1795424400000LL},
                        {"now", {{"utc", 1795424400000LL - 590000}, {"offset", 60}}},
                        {"endedEarly", true},
                        {"done", json::array()}};
  json measured = request;
  measured["elapsed"] = 20000;
  const json answer = ask(engine.finishBreak(measured.dump()));
  ASSERT_FALSE(answer.contains("error")) << answer.dump();
  EXPECT_EQ(answer["record"]["end"], 1795424400000LL - 590000);
  EXPECT_EQ(answer["record"]["start"], 1795424400000LL - 610000) << "twenty seconds before it ended";
  const json unmeasured = ask(engine.finishBreak(request.dump()));
  EXPECT_EQ(unmeasured["record"]["start"], unmeasured["record"]["end"]);
}

TEST(Engine, FinishBreakMakesARecordMovesTheRotationAndRestartsTheInterval) {
  limber::Engine engine = engineWithPack();
  const json request = {{"id", "rec-1"},       {"start", 1795424280000LL}, {"now", kMondayTen},
                        {"endedEarly", false}, {"first", "forward-leans"}, {"done", {"forward-leans", "leg-hugs"}}};
  const json answer = ask(engine.finishBreak(request.dump()));
  ASSERT_FALSE(answer.contains("error")) << answer.dump();
  EXPECT_EQ(answer["record"]["outcome"], "completed");
  EXPECT_EQ(answer["record"]["day"], "2026-11-23");
  EXPECT_EQ(answer["record"]["end"], 1795424400000LL);
  EXPECT_EQ(answer["record"]["packs"], json::array({"lower-back-tension-release"}));
  EXPECT_EQ(answer["record"]["exercises"], json::array({"forward-leans", "leg-hugs"}));
  EXPECT_EQ(answer["rotation"]["seen"]["leg-hugs"][0], 1);
  EXPECT_EQ(answer["rotation"]["seen"]["forward-leans"][0], 0) << "the shown exercise was counted when shown";
  EXPECT_EQ(answer["state"]["lastBreakEnd"], 1795424400000LL);
  EXPECT_EQ(answer["schedule"]["dueAt"], 1795424400000LL + 45 * 60000);

  json early = request;
  early["endedEarly"] = true;
  EXPECT_EQ(ask(engine.finishBreak(early.dump()))["record"]["outcome"], "partial");

  json unknown = request;
  unknown["done"] = {"not-an-exercise"};
  const json refused = ask(engine.finishBreak(unknown.dump()));
  ASSERT_TRUE(refused.contains("error"));
  EXPECT_EQ(fixtures::refusal(refused), "finishBreak.done: \"not-an-exercise\" is not the id of a loaded exercise");
}

TEST(Engine, StatsCountTodaysCompletedBreaksAndNameUnreadableRecords) {
  limber::Engine engine = engineWithPack();
  const json record = {{"version", 1},
                       {"id", "a"},
                       {"start", 0},
                       {"end", 120000},
                       {"day", "2026-11-23"},
                       {"outcome", "completed"},
                       {"exercises", {"leg-hugs"}},
                       {"packs", {"lower-back-tension-release"}}};
  json yesterday = record;
  yesterday["day"] = "2026-11-22";
  json partial = record;
  partial["outcome"] = "partial";
  const json history = json::array({record, yesterday, partial, "garbage", {{"version", 1}}});
  const json loaded = ask(engine.loadHistory(json{{"history", history}}.dump()));
  EXPECT_EQ(loaded["records"], 3);
  EXPECT_EQ(loaded["unreadable"], json::array({3, 4}));
  EXPECT_EQ(loaded["problems"][0]["path"], "history[3]");
  const json answer = ask(engine.stats(json{{"now", kMondayTen}}.dump()));
  ASSERT_FALSE(answer.contains("error")) << answer.dump();
  EXPECT_EQ(answer["stats"]["today"]["completed"], 1);
  EXPECT_EQ(answer["stats"]["today"]["partial"], 1);
  EXPECT_EQ(answer["stats"]["today"]["minutes"], 4);
  EXPECT_EQ(answer["stats"]["goal"], 8);
  EXPECT_EQ(answer["stats"]["exercises"][0], (json{{"id", "leg-hugs"}, {"count", 3}}));
}

TEST(Engine, ExportThenImportIntoAnEmptyStoreGivesTheSameStats) {
  limber::Engine engine = engineWithPack();
  json history = json::array();
  for (int i = 0; i < 5; ++i) {
    history.push_back({{"version", 1},
                       {"id", "r" + std::to_string(i)},
                       {"start", 0},
                       {"end", 60000},
                       {"day", "2026-11-2" + std::to_string(i)},
                       {"outcome", "completed"},
                       {"exercises", {"leg-hugs"}},
                       {"packs", {"lower-back-tension-release"}}});
  }
  const json settings = {{"dailyGoal", 5}, {"breakSeconds", 90}};
  const json exported =
      ask(engine.exportData(json{{"settings", settings}, {"history", history}, {"now", kMondayTen}}.dump()));
  ASSERT_TRUE(exported.contains("backup")) << exported.dump();
  const json imported = ask(engine.importData(
      json{{"text", exported["backup"].dump()}, {"history", json::array()}, {"now", kMondayTen}}.dump()));
  ASSERT_FALSE(imported.contains("error")) << imported.dump();
  EXPECT_EQ(imported["added"], 5);
  EXPECT_EQ(imported["settings"]["dailyGoal"], 5);
  const auto statsOf = [&](const json& records, const json& folded) {
    ask(engine.loadHistory(json{{"history", records}, {"folded", folded}}.dump()));
    return ask(engine.stats(json{{"now", kMondayTen}}.dump()))["stats"];
  };
  EXPECT_EQ(statsOf(imported["add"], imported["folded"]), statsOf(history, nullptr));

  const json again = ask(
      engine.importData(json{{"text", exported["backup"].dump()}, {"history", history}, {"now", kMondayTen}}.dump()));
  EXPECT_EQ(again["added"], 0);
  EXPECT_EQ(again["alreadyThere"], 5);
}

TEST(Engine, ABadImportFileIsRefusedWithWhatIsWrong) {
  limber::Engine engine = engineWithPack();
  const auto importing = [&](const std::string& text) {
    return ask(engine.importData(json{{"text", text}, {"history", json::array()}, {"now", kMondayTen}}.dump()));
  };
  EXPECT_NE(fixtures::refusal(importing("{not json")).find("not valid JSON"), std::string::npos);
  EXPECT_EQ(fixtures::refusal(importing("[1,2]")),
            "is not a Limber backup this version can read:\nexpected an object, got a list of 2 items");
  const json wrongShape = {
      {"format", "limber-backup"}, {"version", 1}, {"settings", json::object()}, {"history", {{{"id", 5}}}}};
  const std::string message = fixtures::refusal(importing(wrongShape.dump()));
  EXPECT_NE(message.find("history[0].id"), std::string::npos) << message;
  EXPECT_NE(fixtures::refusal(importing(R"({"format": "something-else", "version": 1, "settings": {}, "history": []})"))
                .find("format: expected the format \"limber-backup\", got \"something-else\""),
            std::string::npos);
}

TEST(Engine, MalformedRequestsAreErrorsNotCrashes) {
  limber::Engine engine = engineWithPack();
  for (const char* text : {"", "[", "null", "42", "\xff\xfe", R"({"unknown": 1})"}) {
    EXPECT_TRUE(ask(engine.next(text)).contains("error")) << text;
    EXPECT_TRUE(ask(engine.plan(text)).contains("error")) << text;
    EXPECT_TRUE(ask(engine.stats(text)).contains("error")) << text;
    EXPECT_TRUE(ask(engine.loadHistory(text)).contains("error")) << text;
    EXPECT_TRUE(ask(engine.finishBreak(text)).contains("error")) << text;
    EXPECT_TRUE(ask(engine.schedule(text)).contains("error")) << text;
    EXPECT_TRUE(ask(engine.snooze(text)).contains("error")) << text;
    EXPECT_TRUE(ask(engine.skip(text)).contains("error")) << text;
    EXPECT_TRUE(ask(engine.idle(text)).contains("error")) << text;
    EXPECT_TRUE(ask(engine.fold(text)).contains("error")) << text;
    EXPECT_TRUE(ask(engine.summary(text)).contains("error")) << text;
    EXPECT_TRUE(ask(engine.exportData(text)).contains("error")) << text;
    EXPECT_TRUE(ask(engine.importData(text)).contains("error")) << text;
  }
  EXPECT_TRUE(ask(engine.schedule(R"({"now": {"utc": -5, "offset": 60}})")).contains("error"));
  EXPECT_TRUE(ask(engine.pack("nope")).contains("error"));
  EXPECT_FALSE(ask(engine.pack("lower-back-tension-release")).contains("error"));
}

}  // namespace
