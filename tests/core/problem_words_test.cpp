// The core's problems are codes, worded from extension/_locales: every code has a
// message in every locale with the same substitutions, every such message names a
// code, and what the core reports about broken packs, settings and backups reads
// as whole English sentences (no missing message, no unfilled $1).
#include "limber/problem_words.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "limber/engine.h"
#include "limber/pack_loader.h"
#include "limber/settings.h"
#include "pack_fixtures.h"

using fixtures::json;

namespace {

static_assert(limber::Names<limber::Issue>::list.size() == static_cast<std::size_t>(limber::Issue::NotPresettable) + 1);
static_assert(limber::Names<limber::Expected>::list.size() ==
              static_cast<std::size_t>(limber::Expected::PackTexts) + 1);
static_assert(limber::Names<limber::Found>::list.size() == static_cast<std::size_t>(limber::Found::Megabytes) + 1);

json locale(const std::string& language) {
  return json::parse(fixtures::readFile("extension/_locales/" + language + "/messages.json"), nullptr, false);
}

// "$1 $2": the substitutions a message uses.
std::string substitutions(const std::string& message) {
  std::string out;
  for (char n = '1'; n <= '9'; ++n) {
    if (message.find(std::string("$") + n) != std::string::npos) out += std::string(out.empty() ? "" : " ") + "$" + n;
  }
  return out;
}

template <typename Code>
std::vector<std::string> keysOf(const std::string& prefix) {
  std::vector<std::string> keys;
  for (std::string_view name : limber::Names<Code>::list) {
    if (!name.empty()) keys.push_back(limber::messageKey(prefix, name));
  }
  return keys;
}

std::vector<std::string> everyKey() {
  std::vector<std::string> keys = keysOf<limber::Issue>("problem");
  for (const auto& key : keysOf<limber::Expected>("expected")) keys.push_back(key);
  for (const auto& key : keysOf<limber::Found>("found")) keys.push_back(key);
  return keys;
}

TEST(ProblemWords, EveryCodeHasAMessageInEveryLocaleWithTheSameSubstitutions) {
  const json en = locale("en");
  ASSERT_TRUE(en.is_object());
  for (const std::string language : {"en", "de", "fr", "es"}) {
    const json messages = locale(language);
    ASSERT_TRUE(messages.is_object()) << language;
    for (const std::string& key : everyKey()) {
      ASSERT_TRUE(messages.contains(key)) << language << " has no message " << key;
      EXPECT_EQ(substitutions(messages[key]["message"]), substitutions(en[key]["message"])) << language << ": " << key;
    }
  }
}

TEST(ProblemWords, EveryProblemMessageNamesACode) {
  const std::vector<std::string> keys = everyKey();
  const json en = locale("en");  // kept: items() refers to it
  for (const auto& item : en.items()) {
    const std::string& key = item.key();
    const bool problemKey =
        (key.rfind("problem", 0) == 0 || key.rfind("expected", 0) == 0 || key.rfind("found", 0) == 0);
    if (problemKey) EXPECT_NE(std::find(keys.begin(), keys.end(), key), keys.end()) << key << " names no code";
  }
}

TEST(ProblemWords, AProblemReadsAsAnEnglishSentence) {
  const limber::Problem taken = limber::problemAt("exercises[4].id", limber::Issue::IdTaken, {"neck", "exercises[1]"});
  EXPECT_EQ(taken.describe("packs/x.json"),
            "packs/x.json: exercises[4].id: \"neck\" is already the id of exercises[1]");
  const limber::Problem oversize{"about",
                                 limber::Issue::Wrong,
                                 limber::expect(limber::Expected::Text, 4000),
                                 {limber::Found::Characters, {"4100"}},
                                 {}};
  EXPECT_EQ(oversize.describe(), "about: expected text of 1 to 4000 characters, got 4100 characters");
  EXPECT_EQ(limber::problemAt("", limber::Issue::NotJson).describe("a.json"),
            "a.json: is not valid JSON (check for a missing comma, quote or bracket)");
}

void expectWorded(const json& problems, const std::string& what) {
  ASSERT_TRUE(problems.is_array() && !problems.empty()) << what;
  for (const json& problem : problems) {
    const std::string words = limber::describeProblem(problem);
    for (const char* missing : {"[problem", "[expected", "[found"}) {
      EXPECT_EQ(words.find(missing), std::string::npos) << what << ": a message is missing in " << words;
    }
    EXPECT_EQ(words.find('$'), std::string::npos) << what << ": " << words;
  }
}

TEST(ProblemWords, EveryProblemOfTheInvalidPacksSettingsAndBackupsIsWorded) {
  limber::Engine engine;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(LIMBER_SOURCE_DIR) + "/tests/invalid-packs")) {
    if (entry.path().filename() == "expected.json") continue;
    const json answer =
        json::parse(engine.addPack(fixtures::readFile("tests/invalid-packs/" + entry.path().filename().string())));
    expectWorded(answer["error"], entry.path().filename().string());
  }
  expectWorded(json::parse(engine.settings(R"({"breakSeconds": 5, "workStart": "9", "workEnd": "08:00",
      "workDays": [], "snoozeMinutes": "x", "skipBudget": -1, "idleMinutes": 0, "dailyGoal": 99,
      "positions": ["lying"], "place": 1, "avoid": ["x", "pregnancy", "pregnancy"], "theme": "pink", "color": 1})"))
                   ["problems"],
               "settings");
  const json now = {{"utc", 1795424400000LL}, {"offset", 60}};
  const json backup = {{"format", "other"},
                       {"version", 9},
                       {"settings", {{"dailyGoal", "many"}}},
                       {"history", {{{"id", 5}, {"version", 1}}, {{"version", 7}}}},
                       {"folded", {{"version", 1}, {"ids", json::array()}, {"months", {{"2026-13", 1}}}}}};
  expectWorded(json::parse(engine.importData(
                   json{{"text", backup.dump()}, {"history", json::array()}, {"now", now}}.dump()))["error"],
               "backup");
  expectWorded(json::parse(engine.next(
                   R"({"rotation": {"version": 2, "clock": 1, "seen": {"a": [1, 9]}}, "seed": -1})"))["error"],
               "next");
  expectWorded(
      json::parse(engine.skip(json{{"settings", {{"skipBudget", 0}}}, {"now", now}, {"id", "s"}}.dump()))["error"],
      "skip");
}

}  // namespace
