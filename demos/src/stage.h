// The stage a motion plays on: where the base puts the pelvis, and the props
// (chair, desk, wall, mat, floor) as boxes and posts, with the surfaces the
// body rests on.
#pragma once

#include <array>
#include <vector>

#include "limber/motion.h"
#include "rig.h"
#include "vec.h"

namespace demos {

enum class Material { Skin, Shirt, Trousers, Hair, Shoe, Brow, Lip, EyeWhite, Wood, Metal, Desk, Wall, Mat };

// An oriented box (half sizes along its axes) or, when radius > 0, a post: a
// cylinder with round ends from a to b.
struct PropPart {
  Material material;
  Vec3 centre;
  Mat3 axes;
  Vec3 half;
  Vec3 a, b;
  double radius = 0;
};

struct Stage {
  Root root;  // the pelvis before the channels move it
  std::vector<PropPart> parts;
  double floorTop = 0;  // the mat's top where there is a mat
  bool hasSeat = false;
  double seatTop = 0;
  bool hasDesk = false;
  double deskTop = 0;
  Vec3 deskMin, deskMax;  // the desk top's extent
  bool hasWall = false;
  double wallZ = 0;       // the wall's face
  double wallFacing = 1;  // +1 when the wall's face looks toward +z
};

Stage makeStage(const limber::Motion& motion);

// The height of whatever a point at (x, z) would rest on: desk, seat, mat or floor.
double surfaceBelow(const Stage& stage, const Vec3& point);

// What a planted hand near p rests on: the wall in front when it is within
// reach of the hand, else whatever is below. The point is on the surface.
struct Surface {
  Vec3 point;
  Vec3 normal;
};
Surface handRest(const Stage& stage, const Vec3& p);

// What sits on the seat: the lowest of the sitting bones and the backs of the
// thighs (a fold lifts the sitting bones and rests on the thighs).
double seatGap(const Stage& stage, const std::array<Vec3, 4>& points, double& lowestOther);

// Signed distance from p to a prop part (negative inside).
double distanceTo(const PropPart& part, const Vec3& p);

}  // namespace demos
