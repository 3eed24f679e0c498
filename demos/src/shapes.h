// The shapes the ray caster draws: round cones (a capsule whose two ends may
// differ in size), ellipsoids and boxes, each in a frame of its own that may be
// squashed along one axis (an oval torso, a flat palm).
#pragma once

#include <vector>

#include "stage.h"
#include "vec.h"

namespace demos {

enum class Shape { Cone, Ellipsoid, Box };

// Parts of one group never shade one another (where they overlap at a joint
// they would go black); groups 0 to 5 are the body, props come after.
enum Group { kTorso = 0, kHead = 1, kLeftArm = 2, kRightArm = 3, kLeftLeg = 4, kRightLeg = 5, kProps = 6 };

struct Prim {
  Shape shape = Shape::Cone;
  Material material = Material::Skin;
  int group = kTorso;
  int eye = -1;  // 0 or 1 for an eyeball, whose surface draws iris, pupil and lids
  // local = scale^-1 * axes^T * (world - origin); normal = axes * scale^-1 * local normal
  Vec3 origin;
  Mat3 axes;
  Vec3 invScale{1, 1, 1};
  bool plain = true;  // local == world (an unsquashed cone)
  Vec3 a, b;          // a cone's ends, in local space
  double ra = 0, rb = 0;
  Vec3 half;         // a box's half sizes
  Vec3 boundCentre;  // a sphere holding the whole shape, in the world
  double boundRadius = 0;
  Vec3 worldA, worldB;  // a cone's ends in the world (its screen bounds are those of two spheres)
  double worldRadius = 0;
};

Prim cone(Material m, int group, const Vec3& a, const Vec3& b, double ra, double rb);
// A cone whose cross-section is squashed along axes' column `squashAxis` by `factor`.
Prim ovalCone(Material m, int group, const Vec3& a, const Vec3& b, double ra, double rb, const Mat3& axes,
              int squashAxis, double factor);
Prim ellipsoid(Material m, int group, const Vec3& centre, const Mat3& axes, const Vec3& radii);
Prim box(Material m, int group, const Vec3& centre, const Mat3& axes, const Vec3& half);

struct Hit {
  double t;
  Vec3 normal;  // unit, in the world
};

// The nearest hit of the ray (origin o, unit direction d) beyond tMin, if any.
bool intersect(const Prim& p, const Vec3& o, const Vec3& d, double tMin, Hit& hit);

}  // namespace demos
