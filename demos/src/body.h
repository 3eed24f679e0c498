// The mannequin's body as shapes on its skeleton: one smooth oval chain for the
// torso, round cones for the limbs and fingers, ellipsoids for the head, hair,
// ears, nose, brows and eyes; a short-sleeved shirt, trousers and shoes.
#pragma once

#include <vector>

#include "rig.h"
#include "shapes.h"

namespace demos {

void addBody(const Skeleton& skeleton, std::vector<Prim>& prims);
void addProps(const Stage& stage, std::vector<Prim>& prims);

}  // namespace demos
