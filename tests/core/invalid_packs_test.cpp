// Every pack under tests/invalid-packs/ is refused, with a problem at the path
// tests/invalid-packs/expected.json names for it; every pack in packs/ loads.
#include <gtest/gtest.h>

#include <filesystem>

#include "limber/catalog.h"
#include "limber/pack_loader.h"
#include "pack_fixtures.h"

using fixtures::json;

namespace {

TEST(InvalidPacks, EachIsRefusedNamingItsField) {
  const json expected = json::parse(fixtures::readFile("tests/invalid-packs/expected.json"), nullptr, false);
  ASSERT_TRUE(expected.is_object());
  ASSERT_GE(expected.size(), 40u);
  for (const auto& item : expected.items()) {
    const std::string file = item.key();
    const std::string path = item.value().get<std::string>();
    const limber::PackLoad load = limber::loadPack(fixtures::readFile("tests/invalid-packs/" + file));
    EXPECT_FALSE(load.pack) << file << " was accepted";
    const bool named = std::any_of(load.problems.begin(), load.problems.end(),
                                   [&](const limber::Problem& p) { return p.path == path; });
    std::string listed;
    for (const auto& p : load.problems) listed += "\n  " + p.describe(file);
    EXPECT_TRUE(named) << file << " should name " << path << "; it says:" << listed;
  }
}

TEST(InvalidPacks, EveryFileHasAnExpectation) {
  const json expected = json::parse(fixtures::readFile("tests/invalid-packs/expected.json"), nullptr, false);
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(LIMBER_SOURCE_DIR) + "/tests/invalid-packs")) {
    const std::string name = entry.path().filename().string();
    if (name != "expected.json") EXPECT_TRUE(expected.contains(name)) << name;
  }
}

TEST(Packs, EveryPackagedPackLoadsTogetherWithUniqueIdsAndEightyExercises) {
  limber::Catalog catalog;
  std::size_t exercises = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(LIMBER_SOURCE_DIR) + "/packs")) {
    if (entry.path().filename() == "schema.json") continue;
    limber::PackLoad load = limber::loadPack(fixtures::readFile("packs/" + entry.path().filename().string()));
    ASSERT_TRUE(load.pack) << entry.path() << ": " << load.problems.front().describe("");
    for (const auto& exercise : load.pack->exercises) {
      EXPECT_FALSE(exercise.demo.video.empty()) << exercise.id << " has a packaged demo";
      EXPECT_FALSE(exercise.cautions.empty()) << exercise.id;
    }
    exercises += load.pack->exercises.size();
    EXPECT_TRUE(catalog.add(std::move(*load.pack)).empty()) << entry.path();
  }
  EXPECT_GE(catalog.packs().size(), 8u);
  EXPECT_GE(exercises, 80u);
  for (auto position : {limber::Position::Sitting, limber::Position::Standing, limber::Position::Floor}) {
    limber::Filter filter;
    filter.positions = {position};
    EXPECT_FALSE(catalog.select(filter).empty()) << limber::nameOf(position);
  }
  for (auto place : {limber::Place::Desk, limber::Place::Home}) {
    limber::Filter filter;
    filter.places = {place};
    EXPECT_FALSE(catalog.select(filter).empty()) << limber::nameOf(place);
  }
  for (auto time : {limber::TimeOfDay::Morning, limber::TimeOfDay::Mid, limber::TimeOfDay::Evening}) {
    limber::Filter filter;
    filter.timesOfDay = {time};
    EXPECT_FALSE(catalog.select(filter).empty()) << limber::nameOf(time);
  }
}

}  // namespace
