#include "limber/catalog.h"

#include <gtest/gtest.h>

#include "limber/pack_loader.h"
#include "pack_fixtures.h"

using fixtures::exercise;
using fixtures::json;

namespace {

limber::Pack packFrom(const json& document) {
  auto load = limber::loadPack(document.dump());
  EXPECT_TRUE(load.problems.empty()) << load.problems.front().describe("fixture");
  return *load.pack;
}

std::vector<std::string> ids(const std::vector<const limber::Exercise*>& exercises) {
  std::vector<std::string> out;
  for (const auto* e : exercises) out.push_back(e->id);
  return out;
}

TEST(Catalog, FindsPacksAndExercisesById) {
  limber::Catalog catalog;
  EXPECT_TRUE(catalog.add(packFrom(fixtures::pack("one", json::array({exercise("a"), exercise("b")})))).empty());
  EXPECT_TRUE(catalog.add(packFrom(fixtures::pack("two", json::array({exercise("c")})))).empty());
  ASSERT_NE(catalog.findExercise("c"), nullptr);
  EXPECT_EQ(catalog.findExercise("c")->packId, "two");
  EXPECT_EQ(catalog.findPack("one")->exercises.size(), 2u);
  EXPECT_EQ(catalog.findExercise("zzz"), nullptr);
  EXPECT_EQ(catalog.findPack("zzz"), nullptr);
}

TEST(Catalog, RefusesAPackThatReusesAnId) {
  limber::Catalog catalog;
  catalog.add(packFrom(fixtures::pack("one", json::array({exercise("a")}))));
  const auto sameExercise = catalog.add(packFrom(fixtures::pack("two", json::array({exercise("b"), exercise("a")}))));
  ASSERT_EQ(sameExercise.size(), 1u);
  EXPECT_EQ(sameExercise[0].path, "exercises[1].id");
  EXPECT_EQ(sameExercise[0].issue, limber::Issue::ExerciseTaken);
  EXPECT_EQ(sameExercise[0].describe(), "exercises[1].id: \"a\" is already an exercise of the pack \"one\"");
  EXPECT_EQ(catalog.add(packFrom(fixtures::pack("one", json::array({exercise("x")})))).size(), 1u);
  EXPECT_EQ(catalog.packs().size(), 1u);
  EXPECT_EQ(catalog.findExercise("b"), nullptr);
}

TEST(Catalog, RefusesAPackWhoseTitleReadsTheSameAsOneLoaded) {
  limber::Catalog catalog;
  json first = fixtures::pack("eyes", json::array({exercise("a")}));
  first["title"] = "Eye Breaks";
  EXPECT_TRUE(catalog.add(packFrom(first)).empty());
  // The same words, the same words with a zero-width space, a soft hyphen or
  // other spacing and case: a list would show two packs no one can tell apart.
  for (const std::string title :
       {"Eye Breaks", "Eye Breaks\u200b", "Eye Bre\u00adaks", "eye  breaks ", "\ufeffEYE BREAKS"}) {
    json copy = fixtures::pack("eyes-again", json::array({exercise("b")}));
    copy["title"] = json::parse("\"" + title + "\"");
    const auto problems = catalog.add(packFrom(copy));
    ASSERT_EQ(problems.size(), 1u) << title;
    EXPECT_EQ(problems[0].describe(),
              "title: the pack \"eyes\" has the title \"Eye Breaks\" already; two packs that read the same cannot be "
              "told apart");
  }
  json other = fixtures::pack("eyes-more", json::array({exercise("c")}));
  other["title"] = "Eye Breaks 2";
  EXPECT_TRUE(catalog.add(packFrom(other)).empty());
  EXPECT_EQ(catalog.packs().size(), 2u);
}

TEST(Catalog, FiltersByPositionPlaceTimeAndCondition) {
  json desk = fixtures::pack("desk", json::array({exercise("sit"), exercise("stand", "both", "", 30, "standing")}));
  desk["exercises"][1]["conditions"] = {"pregnancy"};
  json home = fixtures::pack("home", json::array({exercise("floor", "both", "", 30, "floor")}));
  home["places"] = {"home"};
  home["timesOfDay"] = {"evening"};
  json anywhere = fixtures::pack("anywhere", json::array({exercise("eyes")}));
  anywhere["places"] = {"anywhere"};
  anywhere["conditions"] = {"recent-injury"};
  limber::Catalog catalog;
  for (const json& pack : {desk, home, anywhere}) catalog.add(packFrom(pack));

  using limber::Filter;
  EXPECT_EQ(ids(catalog.select(Filter{})), (std::vector<std::string>{"sit", "stand", "floor", "eyes"}));
  Filter seated;
  seated.positions = {limber::Position::Sitting};
  EXPECT_EQ(ids(catalog.select(seated)), (std::vector<std::string>{"sit", "eyes"}));
  Filter atDesk;
  atDesk.places = {limber::Place::Desk};
  EXPECT_EQ(ids(catalog.select(atDesk)), (std::vector<std::string>{"sit", "stand", "eyes"}));
  Filter evening;
  evening.timesOfDay = {limber::TimeOfDay::Evening};
  EXPECT_EQ(ids(catalog.select(evening)), (std::vector<std::string>{"floor"}));
  Filter careful;
  careful.avoid = {limber::Condition::Pregnancy, limber::Condition::RecentInjury};
  EXPECT_EQ(ids(catalog.select(careful)), (std::vector<std::string>{"sit", "floor"}));
  Filter onePack;
  onePack.packIds = {"home"};
  EXPECT_EQ(ids(catalog.select(onePack)), (std::vector<std::string>{"floor"}));
}

}  // namespace
