// Demands and conditions: the table rules out for each demand exactly what the
// README says; an exercise is withheld for at least what its demands imply, in
// every packaged pack and in a user's own; what the steps of every packaged
// exercise say it asks is declared; and the defects users met are gone.
#include "limber/demands.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "limber/catalog.h"
#include "limber/engine.h"
#include "limber/pack_loader.h"
#include "pack_fixtures.h"

using fixtures::json;
using limber::Condition;
using limber::Demand;

namespace {

// The table as the README's "Conditions and demands" states it: changing one
// without the other is a mistake this catches.
const std::map<Demand, std::set<Condition>> kExpected = {
    {Demand::WeightOnHands, {Condition::WristPain, Condition::ShoulderInjury}},
    {Demand::Kneeling, {Condition::KneePain}},
    {Demand::LyingOnBack, {Condition::Pregnancy}},
    {Demand::LyingFaceDown, {Condition::Pregnancy}},
    {Demand::ArmsRaised, {Condition::ShoulderInjury}},
    {Demand::HandsBehindHead, {Condition::NeckInjury, Condition::ShoulderInjury}},
    {Demand::SpinalTwist, {Condition::DiscInjury, Condition::RadiatingLegPain, Condition::Osteoporosis}},
    {Demand::ForwardBend, {Condition::DiscInjury, Condition::RadiatingLegPain, Condition::Osteoporosis}},
    {Demand::Backbend, {Condition::DiscInjury, Condition::RadiatingLegPain}},
    {Demand::HeadBelowHeart, {Condition::HighBloodPressure, Condition::BalanceProblems, Condition::Glaucoma}},
    {Demand::BreathHolding, {Condition::Pregnancy, Condition::HighBloodPressure, Condition::Glaucoma}},
    {Demand::OneLegBalance, {Condition::BalanceProblems}},
    {Demand::EndRangeStretch, {Condition::RecentInjury}},
    {Demand::NeckUnderPull, {Condition::NeckInjury}},
    {Demand::DeepKneeBend, {Condition::KneePain}},
    {Demand::Squat, {Condition::KneePain}},
    {Demand::DeepHipBend, {Condition::HipReplacement}},
    {Demand::CrossedLeg, {Condition::HipReplacement}},
    {Demand::Momentum, {Condition::RecentInjury}},
    {Demand::StrengthEffort, {Condition::RecentInjury}},
    {Demand::WristEndRange, {Condition::WristPain}},
    {Demand::StraightLegStretch, {Condition::DiscInjury, Condition::RadiatingLegPain}},
};

std::set<Condition> asSet(const std::vector<Condition>& list) { return {list.begin(), list.end()}; }

std::string names(const std::set<Condition>& set) {
  std::string out;
  for (Condition c : set) out += std::string(out.empty() ? "" : ", ") + std::string(limber::nameOf(c));
  return out;
}

TEST(Demands, EachDemandRulesOutWhatTheReadmeSays) {
  ASSERT_EQ(kExpected.size(), limber::Names<Demand>::list.size()) << "every demand has a row";
  for (const auto& [demand, conditions] : kExpected) {
    EXPECT_EQ(asSet(limber::conditionsRuledOutBy(demand)), conditions)
        << limber::nameOf(demand) << " rules out " << names(asSet(limber::conditionsRuledOutBy(demand)));
  }
}

TEST(Demands, EveryConditionIsRuledOutBySomeDemand) {
  std::set<Condition> ruled;
  for (const auto& [demand, conditions] : kExpected) ruled.insert(conditions.begin(), conditions.end());
  EXPECT_EQ(ruled.size(), limber::Names<Condition>::list.size());
}

TEST(Demands, AnExercisesConditionsAreItsDemandsAndItsOwnNeverFewer) {
  EXPECT_EQ(limber::conditionsFor({}, {}), std::vector<Condition>{});
  EXPECT_EQ(limber::conditionsFor({Demand::Kneeling, Demand::WeightOnHands}, {Condition::Pregnancy}),
            (std::vector<Condition>{Condition::Pregnancy, Condition::WristPain, Condition::ShoulderInjury,
                                    Condition::KneePain}));
  // A condition a demand implies, named again, is listed once.
  EXPECT_EQ(limber::conditionsFor({Demand::LyingOnBack}, {Condition::Pregnancy}),
            std::vector<Condition>{Condition::Pregnancy});
}

TEST(Demands, AUsersOwnPackIsWithheldByItsDemandsToo) {
  json e = fixtures::exercise("on-all-fours");
  e["demands"] = {"weight-on-hands", "kneeling"};
  json plain = fixtures::exercise("plain");
  plain["conditions"] = {"glaucoma"};
  const limber::PackLoad load = limber::loadPack(fixtures::pack("mine", json::array({e, plain})).dump());
  ASSERT_TRUE(load.pack) << load.problems.front().describe();
  EXPECT_EQ(load.pack->exercises[0].conditions,
            (std::vector<Condition>{Condition::WristPain, Condition::ShoulderInjury, Condition::KneePain}));
  limber::Catalog catalog;
  ASSERT_TRUE(catalog.add(*load.pack).empty());
  limber::Filter filter;
  filter.avoid = {Condition::KneePain};
  const auto offered = catalog.select(filter);
  ASSERT_EQ(offered.size(), 1u);
  EXPECT_EQ(offered[0]->id, "plain");
  filter.avoid = {Condition::Glaucoma};
  EXPECT_EQ(catalog.select(filter).front()->id, "on-all-fours");
}

// Every packaged pack, as the files say it and as the core reads it.
struct Packaged {
  json file;
  limber::Pack pack;
};

std::vector<Packaged> packagedPacks() {
  std::vector<Packaged> out;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(LIMBER_SOURCE_DIR) + "/packs")) {
    const std::string name = entry.path().filename().string();
    if (name == "schema.json") continue;
    const std::string text = fixtures::readFile("packs/" + name);
    limber::PackLoad load = limber::loadPack(text);
    EXPECT_TRUE(load.pack) << name;
    if (load.pack) out.push_back({json::parse(text, nullptr, false), std::move(*load.pack)});
  }
  return out;
}

template <typename E>
std::vector<E> namesIn(const json& list) {
  std::vector<E> out;
  if (!list.is_array()) return out;
  for (const json& name : list) out.push_back(*limber::parseName<E>(name.get<std::string>()));
  return out;
}

std::string english(const json& text) {
  return text.is_string() ? text.get<std::string>() : text["en"].get<std::string>();
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; });
  return text;
}

TEST(Demands, EveryPackagedExerciseIsWithheldForAtLeastWhatItsDemandsImply) {
  std::size_t count = 0;
  for (const Packaged& p : packagedPacks()) {
    EXPECT_FALSE(p.file.contains("conditions")) << p.pack.id << ": a flag belongs on the exercise that needs it";
    for (std::size_t i = 0; i < p.pack.exercises.size(); ++i) {
      const limber::Exercise& exercise = p.pack.exercises[i];
      const json& raw = p.file["exercises"][i];
      const std::set<Condition> withheld = asSet(exercise.conditions);
      for (Demand demand : namesIn<Demand>(raw.value("demands", json::array()))) {
        for (Condition c : limber::conditionsRuledOutBy(demand)) {
          EXPECT_TRUE(withheld.count(c)) << exercise.id << " asks " << limber::nameOf(demand) << " but is offered with "
                                         << limber::nameOf(c);
        }
      }
      for (Condition c : namesIn<Condition>(raw.value("conditions", json::array()))) {
        EXPECT_TRUE(withheld.count(c)) << exercise.id << " adds " << limber::nameOf(c);
      }
      ++count;
    }
  }
  EXPECT_EQ(count, 86u);
}

// Words in an exercise's English steps and the demand they mean it must declare.
const std::vector<std::pair<std::string, Demand>> kStepWords = {
    {"hands and knees", Demand::WeightOnHands},
    {"all fours", Demand::WeightOnHands},
    {"hands and knees", Demand::Kneeling},
    {"kneel", Demand::Kneeling},
    {"on your back", Demand::LyingOnBack},
    {"on your front", Demand::LyingFaceDown},
    {"overhead", Demand::ArmsRaised},
    {"toward the ceiling", Demand::ArmsRaised},
    {"shoulder height", Demand::ArmsRaised},
    {"behind your head", Demand::HandsBehindHead},
    {"twist", Demand::SpinalTwist},
    {"fold forward", Demand::ForwardBend},
    {"fold your trunk", Demand::ForwardBend},
    {"chest fold", Demand::ForwardBend},
    {"from the fold", Demand::ForwardBend},
    {"from the standing fold", Demand::ForwardBend},
    {"round your back", Demand::ForwardBend},
    {"lower back round", Demand::ForwardBend},
    {"curl up", Demand::ForwardBend},
    {"belly sink", Demand::Backbend},
    {"lean your upper body back", Demand::Backbend},
    {"lift your chest, keeping your hips on the floor", Demand::Backbend},
    {"head hang", Demand::HeadBelowHeart},
    {"head hanging", Demand::HeadBelowHeart},
    {"forehead down", Demand::HeadBelowHeart},
    {"hang toward the floor", Demand::HeadBelowHeart},
    {"to your left foot", Demand::HeadBelowHeart},
    {"to your right foot", Demand::HeadBelowHeart},
    {"hold for four", Demand::BreathHolding},
    {"leg back", Demand::OneLegBalance},
    {"ankle behind you", Demand::OneLegBalance},
    {"leg forward and back", Demand::OneLegBalance},
    {"knee up", Demand::OneLegBalance},
    {"hand on your head", Demand::NeckUnderPull},
    {"ankle behind you", Demand::DeepKneeBend},
    {"toward your heels", Demand::DeepKneeBend},
    {"bend your knees and", Demand::Squat},
    {"sink the hips", Demand::Squat},
    {"knee toward your chest", Demand::DeepHipBend},
    {"knees toward your chest", Demand::DeepHipBend},
    {"knee up toward your chest", Demand::DeepHipBend},
    {"over your thighs", Demand::DeepHipBend},
    {"toward your thighs", Demand::DeepHipBend},
    {"draw the right thigh toward you", Demand::DeepHipBend},
    {"draw the left thigh toward you", Demand::DeepHipBend},
    {"ankle over", Demand::CrossedLeg},
    {"ankle on your", Demand::CrossedLeg},
    {"knees fall", Demand::CrossedLeg},
    {"leg forward and back", Demand::Momentum},
    {"arms swing around you", Demand::Momentum},
    {"drive your", Demand::Momentum},
    {"squeeze your knees", Demand::StrengthEffort},
    {"lift your hips", Demand::StrengthEffort},
    {"push your thighs into your hands", Demand::StrengthEffort},
    {"squeezing your glutes", Demand::StrengthEffort},
    {"squeeze your glutes", Demand::StrengthEffort},
    {"fingers down and back", Demand::WristEndRange},
    {"fingers point down", Demand::WristEndRange},
    {"thumb back", Demand::WristEndRange},
    {"keeping the palms together", Demand::WristEndRange},
    {"leg out in front", Demand::StraightLegStretch},
    {"backs of your legs", Demand::StraightLegStretch},
};

TEST(Demands, WhatEveryPackagedExercisesStepsSayItAsksIsDeclared) {
  for (const Packaged& p : packagedPacks()) {
    for (std::size_t i = 0; i < p.pack.exercises.size(); ++i) {
      const json& raw = p.file["exercises"][i];
      std::string steps;
      for (const json& step : raw["steps"]) steps += lower(english(step)) + " ";
      for (const json& caution : raw["cautions"]) steps += lower(english(caution)) + " ";
      const std::vector<Demand> declared = namesIn<Demand>(raw.value("demands", json::array()));
      for (const auto& [words, demand] : kStepWords) {
        if (steps.find(words) == std::string::npos) continue;
        EXPECT_NE(std::find(declared.begin(), declared.end(), demand), declared.end())
            << raw["id"].get<std::string>() << " says \"" << words << "\" but does not declare "
            << limber::nameOf(demand);
      }
    }
  }
}

// The offered exercises of every packaged pack for a user who lists one condition.
std::set<std::string> offeredWith(Condition condition) {
  limber::Catalog catalog;
  for (Packaged& p : packagedPacks()) EXPECT_TRUE(catalog.add(std::move(p.pack)).empty());
  limber::Filter filter;
  filter.avoid = {condition};
  std::set<std::string> ids;
  for (const limber::Exercise* e : catalog.select(filter)) ids.insert(e->id);
  return ids;
}

TEST(Demands, WhatUsersMetIsFixed) {
  const auto shoulder = offeredWith(Condition::ShoulderInjury);
  for (const char* id : {"arm-circles", "morning-overhead-reach", "overhead-reach-seated", "cat-cow"}) {
    EXPECT_FALSE(shoulder.count(id)) << id;
  }
  const auto pressure = offeredWith(Condition::HighBloodPressure);
  for (const char* id : {"forward-leans", "standing-fold-over-thighs", "box-breathing", "childs-pose"}) {
    EXPECT_FALSE(pressure.count(id)) << id;
  }
  const auto wrist = offeredWith(Condition::WristPain);
  for (const char* id : {"prayer-stretch", "wrist-flexor-stretch-left", "wrist-extensor-stretch-right",
                         "thumb-stretch-left", "cat-cow"}) {
    EXPECT_FALSE(wrist.count(id)) << id;
  }
  EXPECT_TRUE(wrist.count("tendon-glides")) << "gentle moves stay";
  EXPECT_FALSE(offeredWith(Condition::KneePain).count("cat-cow"));
  const auto pregnancy = offeredWith(Condition::Pregnancy);
  for (const char* id :
       {"supine-twist-left", "supine-twist-right", "knees-to-chest", "glute-bridge", "box-breathing"}) {
    EXPECT_FALSE(pregnancy.count(id)) << id;
  }
  EXPECT_TRUE(pregnancy.count("cat-cow")) << "on all fours is not on the back";
  // No pack-level flag withholds safe moves.
  EXPECT_TRUE(offeredWith(Condition::NeckInjury).count("chin-tucks"));
  EXPECT_FALSE(offeredWith(Condition::NeckInjury).count("upper-trap-stretch-left"));
  EXPECT_TRUE(offeredWith(Condition::DiscInjury).count("seated-sitting-bones-set-up"));
  EXPECT_TRUE(offeredWith(Condition::RecentInjury).count("chin-tucks"));
}

TEST(Demands, TheEngineCountsWhatEachConditionWithholds) {
  limber::Engine engine;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(LIMBER_SOURCE_DIR) + "/packs")) {
    if (entry.path().filename() == "schema.json") continue;
    engine.addPack(fixtures::readFile("packs/" + entry.path().filename().string()));
  }
  const json answer = json::parse(engine.withheld(R"({"settings": {"avoid": ["pregnancy", "wrist-pain"]}})"));
  ASSERT_FALSE(answer.contains("error")) << answer.dump();
  EXPECT_EQ(answer["exercises"], 86);
  // Every condition withholds something from the packaged packs, so each is offered.
  ASSERT_EQ(answer["conditions"].size(), limber::Names<Condition>::list.size());
  for (const json& entry : answer["conditions"]) {
    const Condition c = *limber::parseName<Condition>(entry["condition"].get<std::string>());
    EXPECT_EQ(entry["exercises"], 86 - offeredWith(c).size()) << entry.dump();
    EXPECT_FALSE(entry["packs"].empty());
  }
  const json& pregnancy = answer["conditions"][1];
  EXPECT_EQ(pregnancy["condition"], "pregnancy");
  EXPECT_EQ(std::set<std::string>(pregnancy["packs"].begin(), pregnancy["packs"].end()),
            (std::set<std::string>{"evening-wind-down", "floor-back-relief"}));
  // Together: each withheld exercise once.
  std::size_t together = 0;
  for (const json& pack : answer["withheld"]["packs"]) together += pack["exercises"].get<std::size_t>();
  EXPECT_EQ(answer["withheld"]["exercises"], together);
  const auto pregnancy_ = offeredWith(Condition::Pregnancy);
  const auto wrist = offeredWith(Condition::WristPain);
  std::size_t offeredToBoth = 0;
  for (const std::string& id : pregnancy_) offeredToBoth += wrist.count(id);
  EXPECT_EQ(together, 86 - offeredToBoth);
  EXPECT_EQ(json::parse(engine.withheld("{}"))["withheld"]["exercises"], 0);
}

}  // namespace
