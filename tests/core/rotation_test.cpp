#include "limber/rotation.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "limber/planner.h"
#include "limber/pack_loader.h"
#include "pack_fixtures.h"

using fixtures::exercise;
using fixtures::json;

namespace {

struct Fixture {
  limber::Catalog catalog;
  std::vector<const limber::Exercise*> eligible;
  explicit Fixture(const json& exercises) {
    catalog.add(*limber::loadPack(fixtures::pack("p", exercises).dump()).pack);
    eligible = catalog.select({});
  }
};

TEST(Rotation, ShowsEveryEligibleExerciseBeforeRepeatingOne) {
  Fixture f(json::array({exercise("a"), exercise("b"), exercise("c"), exercise("d"), exercise("e")}));
  limber::Rotation rotation;
  std::map<std::string, int> shown;
  for (int round = 0; round < 4; ++round) {
    std::set<std::string> thisRound;
    for (std::size_t i = 0; i < f.eligible.size(); ++i) {
      const limber::Exercise* next = limber::nextExercise(f.eligible, rotation);
      ASSERT_NE(next, nullptr);
      EXPECT_TRUE(thisRound.insert(next->id).second) << next->id << " repeated in round " << round;
      rotation.markSeen(next->id);
    }
  }
}

TEST(Rotation, StartsInCatalogOrderAndTakesTheLeastRecentlySeen) {
  Fixture f(json::array({exercise("a"), exercise("b"), exercise("c")}));
  limber::Rotation rotation;
  EXPECT_EQ(limber::nextExercise(f.eligible, rotation)->id, "a");
  rotation.markSeen("b");
  rotation.markSeen("a");
  EXPECT_EQ(limber::nextExercise(f.eligible, rotation)->id, "c");
  rotation.markSeen("c");
  EXPECT_EQ(limber::nextExercise(f.eligible, rotation)->id, "b");
}

TEST(Rotation, IgnoresExercisesThatAreNoLongerEligible) {
  Fixture f(json::array({exercise("a"), exercise("b")}));
  limber::Rotation rotation;
  rotation.markSeen("gone-from-the-catalog");
  rotation.markSeen("a");
  EXPECT_EQ(limber::nextExercise(f.eligible, rotation)->id, "b");
  EXPECT_EQ(limber::nextExercise({}, rotation), nullptr);
}

TEST(Planner, FillsTheBreakLengthWithWholeExercises) {
  Fixture f(json::array({exercise("a", "both", "", 30), exercise("b", "both", "", 40), exercise("c", "both", "", 30),
                         exercise("d", "both", "", 30), exercise("e", "both", "", 30)}));
  const limber::Plan plan = limber::planBreak(f.catalog, f.eligible, {}, 120);
  EXPECT_GE(plan.totalSeconds, 96);
  EXPECT_LE(plan.totalSeconds, 144);
  int sum = 0;
  for (const auto& item : plan.items) sum += item.seconds;
  EXPECT_EQ(sum, plan.totalSeconds);
}

TEST(Planner, KeepsPairsTogetherLeftFirstAndOpensWithTheShownExercise) {
  Fixture f(json::array({exercise("x", "both", "", 20), exercise("r", "right", "l", 20), exercise("y", "both", "", 20),
                         exercise("l", "left", "r", 20), exercise("z", "both", "", 20)}));
  const limber::Plan plan = limber::planBreak(f.catalog, f.eligible, {}, 60, "r");
  ASSERT_GE(plan.items.size(), 3u);
  EXPECT_EQ(plan.items[0].exercise->id, "l");
  EXPECT_EQ(plan.items[1].exercise->id, "r");
  EXPECT_EQ(plan.items[2].exercise->id, "x");

  // Across many rotations a pair is never split and always runs left, then right.
  limber::Rotation rotation;
  for (int i = 0; i < 50; ++i) {
    const limber::Plan next = limber::planBreak(f.catalog, f.eligible, rotation, 60);
    for (std::size_t k = 0; k < next.items.size(); ++k) {
      const std::string& id = next.items[k].exercise->id;
      if (id == "l") {
        ASSERT_LT(k + 1, next.items.size());
        EXPECT_EQ(next.items[k + 1].exercise->id, "r");
      }
      if (id == "r") {
        ASSERT_GT(k, 0u);
        EXPECT_EQ(next.items[k - 1].exercise->id, "l");
      }
      rotation.markSeen(id);
    }
  }
}

TEST(Planner, LeavesOutAPairWhosePartnerIsNotEligible) {
  json exercises = json::array({exercise("l", "left", "r", 20), exercise("r", "right", "l", 20), exercise("a", "both", "", 20)});
  exercises[1]["conditions"] = {"wrist-pain"};
  Fixture f(exercises);
  limber::Filter filter;
  filter.avoid = {limber::Condition::WristPain};
  const limber::Plan plan = limber::planBreak(f.catalog, f.catalog.select(filter), {}, 60);
  ASSERT_EQ(plan.items.size(), 1u);
  EXPECT_EQ(plan.items[0].exercise->id, "a");
}

}  // namespace
