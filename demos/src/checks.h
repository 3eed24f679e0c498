// What every demo must get right, checked over every frame of its loop: no part
// below the floor or inside a prop, the declared contacts holding, joints within
// human ranges, the declared main joints sweeping their range, a left exercise
// moving the left side more, and a mirrored motion giving the exact mirror image.
#pragma once

#include <string>
#include <vector>

#include "demo.h"

namespace demos {

// Every channel's value as the solved skeleton shows it: the pelvis, the limbs
// the solver turned (knees, elbows, shoulders, hips, wrists, ankles), and for
// the rest the value the motion gave.
Angles measureAngles(const Skeleton& s, const Angles& authored);

struct CheckOptions {
  double floorTolerance = 0.015;  // metres below the floor or mat a part may dip
  double propTolerance = 0.02;    // metres a part may sink into a prop
  double contactTolerance = 0.015;
  double angleTolerance = 3;  // degrees beyond a human range, or short of a declared sweep
  int frames = 0;             // 0: every frame of the video
};

// Problems found, each "what: detail"; empty when the demo passes.
std::vector<std::string> checkMotion(const Demo& demo, limber::Side side, const CheckOptions& options = {});
// The largest distance between a joint of the mirrored motion's skeleton and
// the mirror image of the original's, over the loop.
double mirrorError(const limber::Motion& motion, int samples = 24);

}  // namespace demos
