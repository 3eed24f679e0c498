// An organisation's policy (chrome.storage.managed): presets fill what the user
// has not set, locks win over what the user set, conditions stay the user's
// own, and every broken value or pack is reported by its key while the rest applies.
#include "limber/managed_policy.h"

#include <gtest/gtest.h>

#include "limber/engine.h"
#include "pack_fixtures.h"

using fixtures::exercise;
using fixtures::json;

namespace {

json ask(const std::string& answer) {
  json parsed = json::parse(answer, nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << answer;
  return parsed;
}

std::string described(const limber::Problems& problems) {
  std::string out;
  for (const auto& problem : problems) out += (out.empty() ? "" : "\n") + problem.describe();
  return out;
}

limber::ManagedPolicy policyOf(const json& managed) {
  const limber::PolicyRead read = limber::readPolicy(managed.dump());
  EXPECT_TRUE(read.problems.empty()) << described(read.problems);
  return read.policy;
}

TEST(ManagedPolicy, PresetsFillWhatTheUserHasNotSetAndTheUsersOwnChoicesStand) {
  const auto policy = policyOf({{"settings", {{"intervalMinutes", 30}, {"workStart", "08:00"}, {"dailyGoal", 6}}}});
  const auto fresh = limber::applyPolicy(policy, "{}");
  EXPECT_EQ(fresh.settings.intervalMinutes, 30);
  EXPECT_EQ(fresh.settings.workStart, 8 * 60);
  EXPECT_EQ(fresh.settings.dailyGoal, 6);
  EXPECT_EQ(fresh.settings.breakSeconds, 120);  // not preset: the default

  const auto chosen = limber::applyPolicy(policy, R"({"version": 1, "intervalMinutes": 60})");
  EXPECT_EQ(chosen.settings.intervalMinutes, 60);
  EXPECT_EQ(chosen.settings.dailyGoal, 6);
  EXPECT_TRUE(chosen.problems.empty());
}

TEST(ManagedPolicy, ALockedFieldIsThePolicysWhateverTheUserStored) {
  const auto policy = policyOf({{"settings", {{"intervalMinutes", 30}, {"reminders", true}}},
                                {"locked", {"intervalMinutes", "reminders", "theme"}}});
  const auto read =
      limber::applyPolicy(policy, R"({"version": 1, "intervalMinutes": 90, "reminders": false, "theme": "dark",
                                      "breakSeconds": 300})");
  EXPECT_EQ(read.settings.intervalMinutes, 30);
  EXPECT_TRUE(read.settings.reminders);
  // Locked without a preset: the default.
  EXPECT_EQ(read.settings.theme, limber::Theme::System);
  EXPECT_EQ(read.settings.breakSeconds, 300);
  EXPECT_EQ(policy.locked, (std::vector<std::string>{"intervalMinutes", "reminders", "theme"}));
}

TEST(ManagedPolicy, AnUnreadableUserFieldFallsBackToThePresetAndIsReportedAsTheUsers) {
  const auto policy = policyOf({{"settings", {{"intervalMinutes", 30}}}});
  const auto read = limber::applyPolicy(policy, R"({"intervalMinutes": "soon"})");
  EXPECT_EQ(read.settings.intervalMinutes, 30);
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(read.problems[0].path, "settings.intervalMinutes");
}

TEST(ManagedPolicy, AUsersWorkEndBeforeALockedStartGivesWayToThePolicy) {
  const auto policy = policyOf({{"settings", {{"workStart", "10:00"}}}, {"locked", {"workStart"}}});
  const auto read = limber::applyPolicy(policy, R"({"workStart": "07:00", "workEnd": "09:30"})");
  EXPECT_EQ(read.settings.workStart, 10 * 60);
  EXPECT_EQ(read.settings.workEnd, 18 * 60);
}

TEST(ManagedPolicy, ConditionsAreNeverPresetOrLockedTheyAreTheUsersOwn) {
  const auto read =
      limber::readPolicy(R"({"settings": {"avoid": ["pregnancy"], "dailyGoal": 4}, "locked": ["avoid", "dailyGoal"]})");
  EXPECT_EQ(described(read.problems),
            "managed.settings.avoid: is each person's own choice: an organisation cannot preset or lock it\n"
            "managed.locked[0]: is each person's own choice: an organisation cannot preset or lock it");
  const auto applied = limber::applyPolicy(read.policy, R"({"avoid": ["disc-injury"]})");
  EXPECT_EQ(applied.settings.avoid, std::vector<limber::Condition>{limber::Condition::DiscInjury});
  EXPECT_EQ(applied.settings.dailyGoal, 4);
}

TEST(ManagedPolicy, EveryBrokenValueIsReportedByItsKeyAndTheRestApplies) {
  const auto read = limber::readPolicy(R"({
    "settings": {"intervalMinutes": 5, "workDays": ["mon", "someday"], "dailyGoal": 5, "colour": "red"},
    "locked": ["dailyGoal", "breakLength", 3, "dailyGoal"],
    "skipWelcome": "yes",
    "customPacks": false,
    "packs": "all of them",
    "extra": 1
  })");
  const std::string words = described(read.problems);
  for (const char* expected :
       {"managed.extra: is not a field Limber knows",
        "managed.settings.intervalMinutes: expected a time between breaks of 10 to 240 minutes, got 5",
        "managed.settings.workDays[1]: expected one of", "managed.settings.colour: is not a field Limber knows",
        "managed.locked[1]: expected one of \"breakSeconds\"", "managed.locked[2]: expected one of",
        "managed.locked[3]: \"dailyGoal\" is listed twice", "managed.skipWelcome: expected true or false, got \"yes\"",
        "managed.packs: expected a list of packs, each as its JSON text, got \"all of them\""}) {
    EXPECT_NE(words.find(expected), std::string::npos) << expected << " in\n" << words;
  }
  EXPECT_EQ(read.policy.locked, std::vector<std::string>{"dailyGoal"});
  EXPECT_FALSE(read.policy.skipWelcome);
  EXPECT_FALSE(read.policy.customPacks);
  const auto applied = limber::applyPolicy(read.policy, R"({"intervalMinutes": 50, "dailyGoal": 9})");
  EXPECT_EQ(applied.settings.intervalMinutes, 50);  // the broken preset is not one
  EXPECT_EQ(applied.settings.dailyGoal, 5);         // locked at its preset
  EXPECT_EQ(applied.settings.workDays.size(), 5u);  // a list is preset whole or not at all
}

TEST(ManagedPolicy, PolicyTextThatIsNotAnObjectChangesNothing) {
  for (const char* text : {"[1, 2]", "not json", "null"}) {
    const auto read = limber::readPolicy(text);
    ASSERT_FALSE(read.problems.empty()) << text;
    EXPECT_EQ(read.problems[0].path, "managed") << text;
    EXPECT_TRUE(read.policy.empty());
    EXPECT_TRUE(read.policy.customPacks);
  }
}

TEST(ManagedPolicy, TheEngineSaysWhatIsLockedAndAppliesThePolicyToEverySettingsRead) {
  limber::Engine engine;
  const json policy = ask(engine.policy(R"({"settings": {"breakSeconds": 180}, "locked": ["breakSeconds"],
                                            "skipWelcome": true})"))["policy"];
  EXPECT_EQ(policy["locked"], json({"breakSeconds"}));
  EXPECT_EQ(policy["skipWelcome"], true);
  EXPECT_EQ(policy["customPacks"], true);
  const json answer = ask(engine.settings(R"({"breakSeconds": 600})"));
  EXPECT_EQ(answer["settings"]["breakSeconds"], 180);
  EXPECT_EQ(answer["policy"]["locked"], json({"breakSeconds"}));
  EXPECT_TRUE(answer["problems"].empty());
  // A new policy replaces the old one whole.
  ask(engine.policy("{}"));
  EXPECT_EQ(ask(engine.settings(R"({"breakSeconds": 600})"))["settings"]["breakSeconds"], 600);
}

TEST(ManagedPolicy, TheOrganisationsPacksLoadAndABrokenOneIsNamedByItsIndexWhileTheOthersLoad) {
  limber::Engine engine;
  json good = fixtures::pack("acme-stretches", json::array({exercise("acme-reach")}));
  json broken = fixtures::pack("acme-broken", json::array({exercise("acme-twist")}));
  broken["exercises"][0]["seconds"] = "thirty";
  const json managed = {{"packs", {good.dump(), broken.dump(), 42, "{"}}};
  const json policy = ask(engine.policy(managed.dump()))["policy"];
  EXPECT_EQ(policy["packs"], json({"acme-stretches"}));
  std::string words;
  for (const json& problem : policy["problems"]) words += limber::describeProblem(problem) + "\n";
  EXPECT_NE(words.find("managed.packs[1].exercises[0].seconds: expected a whole number of seconds from 5 to 600"),
            std::string::npos)
      << words;
  EXPECT_NE(words.find("managed.packs[2]: expected a pack's JSON text, as a string, got 42"), std::string::npos)
      << words;
  EXPECT_NE(words.find("managed.packs[3]: is not JSON from line 1"), std::string::npos) << words;
  EXPECT_EQ(ask(engine.packs())["packs"].size(), 1u);

  // The policy changed: its old packs go, the new ones come.
  json other = fixtures::pack("acme-eyes", json::array({exercise("acme-look")}));
  const json changed = ask(engine.policy(json({{"packs", {other.dump()}}}).dump()))["policy"];
  EXPECT_EQ(changed["packs"], json({"acme-eyes"}));
  const json packs = ask(engine.packs())["packs"];
  ASSERT_EQ(packs.size(), 1u);
  EXPECT_EQ(packs[0]["id"], "acme-eyes");
}

}  // namespace
