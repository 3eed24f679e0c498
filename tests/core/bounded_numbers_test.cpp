// Every count, duration and time read from storage or a backup has a range: a
// hostile backup's numbers are refused or stop at the range's end, and nothing
// the core writes is refused when it reads it back.
#include <gtest/gtest.h>

#include "limber/engine.h"
#include "pack_fixtures.h"

using fixtures::json;

namespace {

// 2026-11-23 (a Monday) 10:00 in UTC+1.
const json kMondayTen = {{"utc", 1795424400000LL}, {"offset", 60}};

json ask(const std::string& answer) {
  json parsed = json::parse(answer, nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << answer;
  return parsed;
}

json backupWith(const json& folded, const json& history = json::array()) {
  return {{"format", "limber-backup"},
          {"version", 1},
          {"settings", json::object()},
          {"history", history},
          {"folded", folded}};
}

json importing(limber::Engine& engine, const json& backup) {
  return ask(engine.importData(json{{"text", backup.dump()}, {"history", json::array()}, {"now", kMondayTen}}.dump()));
}

json statsAfter(limber::Engine& engine, const json& history, const json& folded) {
  const json loaded = ask(engine.loadHistory(json{{"history", history}, {"folded", folded}}.dump()));
  EXPECT_EQ(loaded["problems"], json::array()) << loaded.dump();
  return ask(engine.stats(json{{"now", kMondayTen}}.dump()))["stats"];
}

TEST(BoundedNumbers, ADayCountBeyondTheRangeIsRefusedNamingTheMonth) {
  limber::Engine engine;
  const json folded = {
      {"version", 1},
      {"ids", json::array()},
      {"months",
       {{"2025-01",
         {{"days", {{"1", {1LL << 40, 0, 0, 0, 0, 60}}}}, {"exercises", json::array()}, {"packs", json::array()}}}}}};
  const std::string message = fixtures::refusal(importing(engine, backupWith(folded)));
  EXPECT_NE(message.find("folded.months.2025-01"), std::string::npos) << message;
}

TEST(BoundedNumbers, CountsAtTheRangesEndAddUpWithoutWrappingAndReadBackWhole) {
  limber::Engine engine;
  // Twelve months of days each at the highest count, and one exercise counted
  // at the highest count three times in a month: sums that would wrap an int.
  const long long most = limber::kMaxCount;
  json months = json::object();
  for (int month = 1; month <= 12; ++month) {
    json days = json::object();
    for (int day = 1; day <= 28; ++day) days[std::to_string(day)] = {most, most, most, most, most, limber::kMaxSeconds};
    months[std::string("2025-") + (month < 10 ? "0" : "") + std::to_string(month)] = {
        {"days", days}, {"exercises", {0, most, 0, most, 0, most}}, {"packs", {1, most}}};
  }
  const json folded = {{"version", 1}, {"ids", {"leg-hugs", "lower-back-tension-release"}}, {"months", months}};
  const json imported = importing(engine, backupWith(folded));
  ASSERT_FALSE(imported.contains("error")) << imported.dump();
  EXPECT_EQ(imported["monthOutcomes"], most);

  // What the import would store reads back without a problem, and every figure is the range's end.
  const json stats = statsAfter(engine, json::array(), imported["folded"]);
  EXPECT_EQ(stats["total"]["completed"], most);
  EXPECT_EQ(stats["total"]["natural"], most);
  EXPECT_EQ(stats["total"]["minutes"], limber::kMaxSeconds / 60);
  EXPECT_EQ(stats["exercises"][0], (json{{"id", "leg-hugs"}, {"count", most}}));
  EXPECT_EQ(stats["packs"][0], (json{{"id", "lower-back-tension-release"}, {"count", most}}));
  const json again =
      ask(engine.fold(json{{"history", json::array()}, {"folded", imported["folded"]}, {"now", kMondayTen}}.dump()));
  EXPECT_EQ(again["problems"], json::array()) << again.dump();
}

TEST(BoundedNumbers, ABreakCountsAtMostADayOfTimeMovedHoweverLongItsRecordSays) {
  limber::Engine engine;
  const json record = {{"version", 1},
                       {"id", "long"},
                       {"start", 0},
                       {"end", 1LL << 52},
                       {"day", "2026-11-23"},
                       {"outcome", "completed"},
                       {"exercises", json::array()},
                       {"packs", json::array()}};
  const json stats = statsAfter(engine, json::array({record}), nullptr);
  EXPECT_EQ(stats["today"]["completed"], 1);
  EXPECT_EQ(stats["today"]["minutes"], 24 * 60);
  EXPECT_EQ(stats["total"]["minutes"], 24 * 60);
}

TEST(BoundedNumbers, AFileJustOverTheLimitSaysByHowMuch) {
  limber::Engine engine;
  const std::string backup(16 * 1024 * 1024 + 100 * 1024, ' ');
  const std::string message = fixtures::refusal(
      ask(engine.importData(json{{"text", backup}, {"history", json::array()}, {"now", kMondayTen}}.dump())));
  EXPECT_NE(message.find("16.1 MB"), std::string::npos) << message;
  const std::string pack(512 * 1024 + 1, ' ');
  const std::string packMessage = fixtures::refusal(ask(engine.addPack(pack)));
  EXPECT_NE(packMessage.find("512.1 KB"), std::string::npos) << packMessage;
}

}  // namespace
