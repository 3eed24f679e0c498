#include "limber/settings.h"

#include <gtest/gtest.h>

namespace {

TEST(Settings, MissingSettingsAreTheDefaults) {
  const auto read = limber::readSettings("{}");
  EXPECT_TRUE(read.problems.empty());
  EXPECT_EQ(read.settings.breakSeconds, 120);
  // At a desk, where nothing on the floor is offered, the floor is not ticked either.
  EXPECT_EQ(read.settings.place, limber::Place::Desk);
  EXPECT_EQ(read.settings.positions,
            (std::vector<limber::Position>{limber::Position::Sitting, limber::Position::Standing}));
  EXPECT_TRUE(read.settings.avoid.empty());
}

TEST(Settings, AnInvalidFieldFallsBackAndIsReported) {
  const auto read = limber::readSettings(R"({"version": 1, "breakSeconds": "two minutes", "positions": ["sitting"]})");
  EXPECT_EQ(read.settings.breakSeconds, 120);
  EXPECT_EQ(read.settings.positions, std::vector<limber::Position>{limber::Position::Sitting});
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(read.problems[0].path, "settings.breakSeconds");
  EXPECT_EQ(read.problems[0].describe(),
            "settings.breakSeconds: expected a break length of 30 to 900 seconds, got \"two minutes\"");
}

TEST(Settings, TheSearchBoxIsOnUntilTurnedOff) {
  EXPECT_TRUE(limber::readSettings("{}").settings.searchBox);
  EXPECT_FALSE(limber::readSettings(R"({"version": 1, "searchBox": false})").settings.searchBox);
  const auto read = limber::readSettings(R"({"version": 1, "searchBox": "no"})");
  EXPECT_TRUE(read.settings.searchBox);
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(read.problems[0].path, "settings.searchBox");
}

TEST(Settings, ANewerLimbersSettingsAreReadAsFarAsTheyCanBeAndSaidOnce) {
  const auto read = limber::readSettings(
      R"({"version": 2, "avoid": ["disc-injury", "pelvic-floor-weakness"], "place": "car", "commute": {"minutes": 40}})");
  EXPECT_EQ(read.settings.avoid, std::vector<limber::Condition>{limber::Condition::DiscInjury});
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(read.problems[0].issue, limber::Issue::NewerVersion);
  EXPECT_EQ(read.problems[0].describe(),
            "settings.version: was saved by a newer Limber (version 2); what this version does not know in it is kept "
            "as it is");
}

TEST(Settings, KeepsEveryReadableConditionEvenWhenOneIsUnreadable) {
  const auto read = limber::readSettings(R"({"avoid": ["pregnancy", 12, "disc-injury"]})");
  EXPECT_EQ(read.settings.avoid,
            (std::vector<limber::Condition>{limber::Condition::Pregnancy, limber::Condition::DiscInjury}));
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(read.problems[0].path, "settings.avoid[1]");
}

TEST(Settings, TheToneAtEachChangeIsOffUnlessChosen) {
  EXPECT_FALSE(limber::readSettings("{}").settings.changeSound);
  EXPECT_TRUE(limber::readSettings(R"({"changeSound": true})").settings.changeSound);
  const auto wrong = limber::readSettings(R"({"changeSound": "loud"})");
  EXPECT_FALSE(wrong.settings.changeSound);
  ASSERT_EQ(wrong.problems.size(), 1u);
  EXPECT_EQ(wrong.problems[0].path, "settings.changeSound");
}

TEST(Settings, TheSameSnoozeLengthTwiceIsRefused) {
  const auto read = limber::readSettings(R"({"snoozeMinutes": [5, 5]})");
  EXPECT_EQ(read.settings.snoozeMinutes, (std::vector<int>{10, 30}));
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(read.problems[0].path, "settings.snoozeMinutes");
  EXPECT_EQ(limber::readSettings(R"({"snoozeMinutes": [5, 10]})").settings.snoozeMinutes, (std::vector<int>{5, 10}));
}

TEST(Settings, CorruptTextGivesTheDefaults) {
  const auto read = limber::readSettings("{\"breakSec");
  EXPECT_EQ(read.settings.breakSeconds, 120);
  ASSERT_EQ(read.problems.size(), 1u);
}

TEST(Settings, ThePositionsSettingFiltersTheCatalog) {
  const auto read = limber::readSettings(R"({"positions": ["standing"], "avoid": ["pregnancy"]})");
  const limber::Filter filter = limber::filterFor(read.settings);
  EXPECT_EQ(filter.positions, std::vector<limber::Position>{limber::Position::Standing});
  EXPECT_EQ(filter.avoid, std::vector<limber::Condition>{limber::Condition::Pregnancy});
}

}  // namespace
