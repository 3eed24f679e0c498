// The demo renderer's checks over every packaged exercise (demos/src/checks.h),
// and the rig's own invariants.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <string>

#include "checks.h"
#include "library.h"
#include "solver.h"
#include "trig.h"

namespace demos {
namespace {

const Library& library() {
  static const Library lib = loadLibrary(std::string(LIMBER_SOURCE_DIR) + "/packs");
  return lib;
}

std::vector<std::string> jobIds(bool leftOnly = false) {
  std::vector<std::string> ids;
  for (const Job& job : library().jobs) {
    if (!leftOnly || job.side == limber::Side::Left) ids.push_back(job.id);
  }
  return ids;
}

const Job& jobOf(const std::string& id) {
  const auto& jobs = library().jobs;
  return *std::find_if(jobs.begin(), jobs.end(), [&](const Job& j) { return j.id == id; });
}

std::string joined(const std::vector<std::string>& lines) {
  return std::accumulate(lines.begin(), lines.end(), std::string(),
                         [](std::string a, const std::string& b) { return a + "\n  " + b; });
}

TEST(Library, EveryPackagedExerciseHasADemoRenderedFromAMotion) {
  EXPECT_TRUE(library().problems.empty()) << joined(library().problems);
  std::size_t exercises = 0, outputs = 0;
  for (const auto& pack : library().packs) exercises += pack.exercises.size();
  for (const Job& job : library().jobs) outputs += job.outputs.size();
  EXPECT_EQ(outputs, exercises);
  EXPECT_GE(exercises, 86u);
}

class EveryDemo : public testing::TestWithParam<std::string> {};

TEST_P(EveryDemo, StaysAboveTheFloorOutOfThePropsWithinHumanRangesAndHoldsItsContacts) {
  const Job& job = jobOf(GetParam());
  const Demo demo(job.motion, 64, 48);
  const std::vector<std::string> problems = checkMotion(demo, job.side);
  EXPECT_TRUE(problems.empty()) << job.id << ":" << joined(problems);
}

std::string testName(const testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Packs, EveryDemo, testing::ValuesIn(jobIds()), testName);

// A right-side exercise's video is its left partner's in a mirror; the rig must
// agree: the mirrored motion, solved on its own, is the mirror image.
class EveryLeftDemo : public testing::TestWithParam<std::string> {};

TEST_P(EveryLeftDemo, SolvedMirroredIsTheExactMirrorImage) {
  const Job& job = jobOf(GetParam());
  EXPECT_LT(mirrorError(job.motion), 1e-9) << job.id;
}

INSTANTIATE_TEST_SUITE_P(Packs, EveryLeftDemo, testing::ValuesIn(jobIds(true)), testName);

TEST(Rig, AWristAngleReadsBackAsItWasSet) {
  for (int side = 0; side < 2; ++side) {
    for (double twist : {-70.0, 0.0, 45.0}) {
      for (double flex : {-60.0, 0.0, 50.0}) {
        for (double deviation : {-20.0, 10.0}) {
          Angles a{};
          at(a, sided(Channel::LeftForearmTwist, side)) = twist;
          at(a, sided(Channel::LeftWristFlex, side)) = flex;
          at(a, sided(Channel::LeftWristSide, side)) = deviation;
          const Root root{{0, 1, 0}, Mat3{}};
          const Skeleton s = buildSkeleton(root, a);
          const Angles m = measureAngles(s, a);
          EXPECT_NEAR(at(m, sided(Channel::LeftWristFlex, side)), flex, 1e-6);
          EXPECT_NEAR(at(m, sided(Channel::LeftWristSide, side)), deviation, 1e-6);
          EXPECT_NEAR(at(m, sided(Channel::LeftForearmTwist, side)), twist, 1e-6);
        }
      }
    }
  }
}

TEST(Rig, AMirroredPoseGivesTheMirrorImageOfTheSkeleton) {
  Angles a{};
  at(a, Channel::SpineTwist) = 30;
  at(a, Channel::NeckSide) = 20;
  at(a, Channel::LeftArmRaise) = 80;
  at(a, Channel::LeftArmPlane) = 40;
  at(a, Channel::RightHipRaise) = 60;
  at(a, Channel::LeftFingersCurl) = 70;
  Angles b{};
  for (std::size_t c = 0; c < a.size(); ++c) {
    const auto ch = static_cast<Channel>(c);
    const auto rule = limber::channelRanges()[c].mirror;
    at(b, limber::mirrorOf(ch)) = rule == limber::Mirror::Negate ? -a[c] : a[c];
  }
  const Root root{{0, 1, 0}, Mat3{}};
  const Skeleton s = buildSkeleton(root, a), m = buildSkeleton(root, b);
  for (int side = 0; side < 2; ++side) {
    const Vec3 p = mirrored(palmCentre(s, side)), q = palmCentre(m, 1 - side);
    EXPECT_NEAR(length(p - q), 0, 1e-12);
    EXPECT_NEAR(length(mirrored(knee(s, side)) - knee(m, 1 - side)), 0, 1e-12);
  }
  EXPECT_NEAR(length(mirrored(noseTip(s)) - noseTip(m)), 0, 1e-12);
}

TEST(Trig, TheRigsOwnSineAndCosineAgreeWithTheLibrary) {
  for (double x = -20; x < 20; x += 0.37) {
    EXPECT_NEAR(sinRad(x), std::sin(x), 1e-14);
    EXPECT_NEAR(cosRad(x), std::cos(x), 1e-14);
    EXPECT_NEAR(atanRad(x), std::atan(x), 1e-14);
  }
  for (double x = -1; x <= 1; x += 0.05) EXPECT_NEAR(acosRad(x), std::acos(x), 1e-12);
}

}  // namespace
}  // namespace demos
