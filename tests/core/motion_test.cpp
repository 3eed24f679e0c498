// The 3D motion format (limber/motion.h): what the validator refuses, what it
// reads, how a motion mirrors, and that packs/schema.json names the same
// channels, ranges and words as the core.
#include "limber/motion.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "limber/pack_loader.h"
#include "pack_fixtures.h"

using fixtures::json;

namespace {

json motion() {
  return {
      {"base", "sitting"},
      {"props", {"chair"}},
      {"camera", {{"yaw", 30}, {"pitch", 10}, {"frame", "body"}}},
      {"contacts", {"seat", "left-foot", "right-foot"}},
      {"keys",
       {{{"hold", 0.5}, {"reach", {{"left-hand", "left-thigh"}}}},
        {{"in", 1.5}, {"hold", 2}, {"pose", {{"spineSide", 25}, {"leftArmRaise", 90}}}, {"reach", json::object()}}}},
      {"moves", {{"spineSide", {0, 25}}}}};
}

std::string packWith(const json& m) {
  json e = fixtures::exercise("bend");
  e["motion"] = m;
  return fixtures::pack("p", json::array({e})).dump();
}

limber::PackLoad loadWith(const json& m) { return limber::loadPack(packWith(m)); }

limber::Motion motionOf(const json& m) {
  auto motions = limber::loadMotions(packWith(m));
  return motions.empty() ? limber::Motion{} : motions[0].second;
}

bool refusedAt(const limber::PackLoad& load, const std::string& path) {
  return std::any_of(load.problems.begin(), load.problems.end(),
                     [&](const limber::Problem& p) { return p.path == path; });
}

TEST(Motion, ReadsAWholeMotion) {
  ASSERT_TRUE(loadWith(motion()).pack);
  ASSERT_EQ(limber::loadMotions(packWith(motion())).size(), 1u);
  const limber::Motion m = motionOf(motion());
  EXPECT_EQ(m.base, limber::MotionBase::Sitting);
  EXPECT_EQ(m.contacts.size(), 3u);
  ASSERT_EQ(m.keys.size(), 2u);
  EXPECT_DOUBLE_EQ(m.seconds(), 0.5 + 1.5 + 2 + 1.0);  // the first key's "in" (1 by default) closes the loop
  EXPECT_TRUE(m.keys[1].setsReach);
  EXPECT_TRUE(m.keys[1].reach.empty());
  EXPECT_EQ(m.moves[0].channel, limber::Channel::SpineSide);
}

TEST(Motion, RefusesWhatTheRendererCannotDoWithTheFieldNamed) {
  json m = motion();
  m["keys"][1]["pose"]["spineSide"] = 80;  // beyond the human range
  EXPECT_TRUE(refusedAt(loadWith(m), "exercises[0].motion.keys[1].pose.spineSide"));
  m = motion();
  m["keys"][1]["in"] = 6;
  m["keys"][1]["hold"] = 6;  // a loop longer than twelve seconds
  EXPECT_TRUE(refusedAt(loadWith(m), "exercises[0].motion.keys"));
  m = motion();
  m["moves"]["spineSide"] = {25, 0};  // a sweep must run from low to high
  EXPECT_TRUE(refusedAt(loadWith(m), "exercises[0].motion.moves.spineSide"));
  m = motion();
  m["keys"] = {{{"hold", 1}}};  // one key is not a movement
  EXPECT_TRUE(refusedAt(loadWith(m), "exercises[0].motion.keys"));
  m = motion();
  m["keys"][0]["reach"] = {{"left-elbow", "left-knee"}};
  EXPECT_TRUE(refusedAt(loadWith(m), "exercises[0].motion.keys[0].reach.left-elbow"));
  m = motion();
  m["camera"]["frame"] = "feet";
  EXPECT_TRUE(refusedAt(loadWith(m), "exercises[0].motion.camera.frame"));
}

TEST(Motion, AMirroredMotionSwapsSidesAndTurnsTheOtherWay) {
  const limber::Motion m = motionOf(motion()).mirrored();
  EXPECT_DOUBLE_EQ(m.camera.yaw, -30);
  const auto valueOf = [&](limber::Channel c) {
    for (const auto& [channel, value] : m.keys[1].pose) {
      if (channel == c) return value;
    }
    return 999.0;
  };
  EXPECT_DOUBLE_EQ(valueOf(limber::Channel::SpineSide), -25);
  EXPECT_DOUBLE_EQ(valueOf(limber::Channel::RightArmRaise), 90);
  EXPECT_DOUBLE_EQ(valueOf(limber::Channel::LeftArmRaise), 999);
  EXPECT_EQ(m.keys[0].reach[0].first, limber::Effector::RightHand);
  EXPECT_EQ(m.keys[0].reach[0].second, limber::Landmark::RightThigh);
  EXPECT_EQ(limber::mirrorOf(limber::Landmark::SeatLeft), limber::Landmark::SeatRight);
  EXPECT_EQ(limber::mirrorOf(limber::Prop::DeskRight), limber::Prop::DeskLeft);
  EXPECT_DOUBLE_EQ(m.moves[0].from, -0.0);
}

// One list in the core: the schema an editor checks packs against must not
// drift from what the validator and the renderer accept.
TEST(Motion, TheSchemaNamesTheCoresChannelsRangesAndWords) {
  const json schema = json::parse(fixtures::readFile("packs/schema.json"));
  const json& defs = schema["definitions"];
  const json& pose = defs["pose"]["properties"];
  ASSERT_EQ(pose.size(), limber::kChannelCount);
  for (std::size_t i = 0; i < limber::kChannelCount; ++i) {
    const std::string name(limber::Names<limber::Channel>::list[i]);
    ASSERT_TRUE(pose.contains(name)) << name;
    EXPECT_FLOAT_EQ(pose[name]["minimum"].get<float>(), limber::channelRanges()[i].min) << name;
    EXPECT_FLOAT_EQ(pose[name]["maximum"].get<float>(), limber::channelRanges()[i].max) << name;
    EXPECT_EQ(defs["channel"]["enum"][i].get<std::string>(), name);
  }
  const auto same = [](const json& list, const auto& names) {
    std::vector<std::string> expected(names.begin(), names.end());
    return list.get<std::vector<std::string>>() == expected;
  };
  const json& m = defs["motion"]["properties"];
  EXPECT_TRUE(same(m["base"]["enum"], limber::Names<limber::MotionBase>::list));
  EXPECT_TRUE(same(m["props"]["items"]["enum"], limber::Names<limber::Prop>::list));
  EXPECT_TRUE(same(m["camera"]["properties"]["frame"]["enum"], limber::Names<limber::Framing>::list));
  EXPECT_TRUE(same(m["contacts"]["items"]["enum"], limber::Names<limber::Contact>::list));
  const json& reach = m["keys"]["items"]["properties"]["reach"];
  EXPECT_TRUE(same(reach["propertyNames"]["enum"], limber::Names<limber::Effector>::list));
  EXPECT_TRUE(same(reach["additionalProperties"]["enum"], limber::Names<limber::Landmark>::list));
}

}  // namespace
