#include "limber/rotation.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "limber/pack_loader.h"
#include "limber/planner.h"
#include "pack_fixtures.h"

using fixtures::exercise;
using fixtures::json;

namespace {

struct Fixture {
  limber::Catalog catalog;
  std::vector<const limber::Exercise*> eligible;
  explicit Fixture(const json& exercises) {
    auto load = limber::loadPack(fixtures::pack("p", exercises).dump());
    EXPECT_TRUE(load.problems.empty()) << load.problems.front().describe("fixture");
    catalog.add(*load.pack);
    eligible = catalog.select({});
  }
};

// What the engine does for a new tab: enroll what is eligible, pick, mark it seen.
const limber::Exercise* pick(const Fixture& f, limber::Rotation& rotation, const limber::Preference& preference = {}) {
  rotation.enroll(f.eligible);
  const limber::Exercise* next = limber::nextExercise(f.eligible, rotation, preference);
  if (next != nullptr) rotation.markSeen(next->id);
  return next;
}

json manyExercises(int count) {
  json list = json::array();
  for (int i = 0; i < count; ++i) list.push_back(exercise("e" + std::to_string(i)));
  return list;
}

TEST(Rotation, ShowsEveryEligibleExerciseBeforeRepeatingOne) {
  Fixture f(manyExercises(5));
  limber::Rotation rotation;
  for (int round = 0; round < 4; ++round) {
    std::set<std::string> thisRound;
    for (std::size_t i = 0; i < f.eligible.size(); ++i) {
      const limber::Exercise* next = pick(f, rotation);
      ASSERT_NE(next, nullptr);
      EXPECT_TRUE(thisRound.insert(next->id).second) << next->id << " repeated in round " << round;
    }
  }
}

TEST(Rotation, OverAThousandPicksCountsDifferByAtMostOneAndNothingComesTwiceInARow) {
  Fixture f(manyExercises(13));
  limber::Rotation rotation;
  std::map<std::string, int> counts;
  std::string previous;
  for (int i = 0; i < 1000; ++i) {
    const limber::Exercise* next = pick(f, rotation, {{}, {}, 7});
    ASSERT_NE(next->id, previous) << "pick " << i;
    previous = next->id;
    counts[next->id] += 1;
  }
  ASSERT_EQ(counts.size(), 13u);
  int most = 0;
  int least = 1000;
  for (const auto& [id, n] : counts) {
    most = std::max(most, n);
    least = std::min(least, n);
  }
  EXPECT_LE(most - least, 1);
}

TEST(Rotation, TheSeedShufflesTiesDeterministically) {
  Fixture f(manyExercises(12));
  const auto orderWith = [&](std::uint32_t seed) {
    std::vector<std::string> ids;
    for (const auto* e : limber::rotationOrder(f.eligible, {}, {{}, {}, seed})) ids.push_back(e->id);
    return ids;
  };
  EXPECT_EQ(orderWith(1), orderWith(1));
  EXPECT_NE(orderWith(1), orderWith(2));
}

TEST(Rotation, LeastRecentlySeenComesFirstAmongEquals) {
  Fixture f(manyExercises(3));
  limber::Rotation rotation;
  rotation.markSeen("e1");
  rotation.markSeen("e0");
  rotation.markSeen("e2");
  EXPECT_EQ(limber::nextExercise(f.eligible, rotation, {})->id, "e1");
  rotation.markSeen("e1");
  EXPECT_EQ(limber::nextExercise(f.eligible, rotation, {})->id, "e0");
}

TEST(Rotation, ANewExerciseJoinsTheRotationInsteadOfTakingItOver) {
  Fixture f(manyExercises(4));
  limber::Rotation rotation;
  for (int i = 0; i < 30; ++i) rotation.markSeen("e" + std::to_string(i % 3));  // e3 is new
  std::map<std::string, int> counts;
  for (int i = 0; i < 8; ++i) counts[pick(f, rotation)->id] += 1;
  EXPECT_EQ(counts["e3"], 2);
}

TEST(Rotation, FocusAreasAndTimeOfDayComeFirstWithoutExcludingTheRest) {
  json exercises = manyExercises(6);
  exercises[4]["bodyAreas"] = {"wrists"};
  limber::Rotation rotation;
  Fixture f(exercises);
  limber::Preference wrists{limber::TimeOfDay::Mid, {limber::BodyArea::Wrists}, 3};
  EXPECT_EQ(limber::nextExercise(f.eligible, rotation, wrists)->id, "e4");
  std::set<std::string> seen;
  for (int i = 0; i < 6; ++i) seen.insert(pick(f, rotation, wrists)->id);
  EXPECT_EQ(seen.size(), 6u) << "the focus weighs the order; every exercise still comes up";

  EXPECT_EQ(limber::timeOfDayAt(8 * 60), limber::TimeOfDay::Morning);
  EXPECT_EQ(limber::timeOfDayAt(13 * 60), limber::TimeOfDay::Mid);
  EXPECT_EQ(limber::timeOfDayAt(20 * 60), limber::TimeOfDay::Evening);
}

TEST(Rotation, IgnoresExercisesThatAreNoLongerEligible) {
  Fixture f(manyExercises(2));
  limber::Rotation rotation;
  rotation.markSeen("gone-from-the-catalog");
  rotation.markSeen("e0");
  EXPECT_EQ(limber::nextExercise(f.eligible, rotation, {})->id, "e1");
  EXPECT_EQ(limber::nextExercise({}, rotation, {}), nullptr);
}

TEST(Planner, FillsTheBreakLengthWithWholeExercisesToWithinTwentyPercent) {
  json exercises = json::array();
  const int lengths[] = {20, 30, 45, 25, 60, 20, 40, 30, 35, 15};
  for (int i = 0; i < 10; ++i) exercises.push_back(exercise("x" + std::to_string(i), "both", "", lengths[i]));
  Fixture f(exercises);
  limber::Rotation rotation;
  for (int target : {60, 90, 120, 180, 300}) {
    for (int run = 0; run < 20; ++run) {
      rotation.enroll(f.eligible);
      const limber::Plan plan = limber::planBreak(f.catalog, f.eligible, rotation, {{}, {}, 5}, target);
      EXPECT_GE(plan.totalSeconds, target * 4 / 5) << "target " << target << " run " << run;
      EXPECT_LE(plan.totalSeconds, target * 6 / 5) << "target " << target << " run " << run;
      int sum = 0;
      for (const auto& item : plan.items) sum += item.seconds;
      EXPECT_EQ(sum, plan.totalSeconds);
      for (const auto& item : plan.items) rotation.markSeen(item.exercise->id);
    }
  }
}

TEST(Planner, KeepsPairsTogetherLeftFirstAndOpensWithTheShownExercise) {
  Fixture f(json::array({exercise("x", "both", "", 20), exercise("r", "right", "l", 20), exercise("y", "both", "", 20),
                         exercise("l", "left", "r", 20), exercise("z", "both", "", 20)}));
  const limber::Plan plan = limber::planBreak(f.catalog, f.eligible, {}, {}, 60, "r");
  ASSERT_GE(plan.items.size(), 3u);
  EXPECT_EQ(plan.items[0].exercise->id, "l");
  EXPECT_EQ(plan.items[1].exercise->id, "r");

  // Over a long run a pair is never split and always runs left, then right, and
  // no break opens with the exercise the previous one ended on.
  limber::Rotation rotation;
  std::string lastOfPrevious;
  for (int i = 0; i < 300; ++i) {
    rotation.enroll(f.eligible);
    const limber::Plan next = limber::planBreak(f.catalog, f.eligible, rotation, {{}, {}, 11}, 60);
    ASSERT_FALSE(next.items.empty());
    EXPECT_NE(next.items.front().exercise->id, lastOfPrevious) << "break " << i;
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
    lastOfPrevious = next.items.back().exercise->id;
  }
}

TEST(Planner, LeavesOutAPairWhosePartnerIsNotEligible) {
  json exercises =
      json::array({exercise("l", "left", "r", 20), exercise("r", "right", "l", 20), exercise("a", "both", "", 20)});
  exercises[1]["conditions"] = {"wrist-pain"};
  Fixture f(exercises);
  limber::Filter filter;
  filter.avoid = {limber::Condition::WristPain};
  const limber::Plan plan = limber::planBreak(f.catalog, f.catalog.select(filter), {}, {}, 60);
  ASSERT_EQ(plan.items.size(), 1u);
  EXPECT_EQ(plan.items[0].exercise->id, "a");
}

}  // namespace
