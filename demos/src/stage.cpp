#include "stage.h"

#include <algorithm>
#include <cmath>

#include "trig.h"

namespace demos {

namespace {

using limber::MotionBase;
using limber::Prop;

constexpr double kSeatTop = 0.437;
constexpr double kDeskTop = 0.74;
// A desk a standing person rests a hand on: the arm hanging down to 0.74 m does
// not reach a desk top beside it, so standing scenes have a standing desk.
constexpr double kStandingDeskTop = 0.9;
constexpr double kMatThickness = 0.012;

PropPart box(Material m, Vec3 centre, Vec3 half) { return {m, centre, Mat3{}, half, {}, {}, 0}; }
PropPart post(Material m, Vec3 a, Vec3 b, double r) { return {m, (a + b) * 0.5, Mat3{}, {}, a, b, r}; }

void addChair(Stage& s) {
  s.hasSeat = true;
  s.seatTop = kSeatTop;
  s.parts.push_back(box(Material::Wood, {0, kSeatTop - 0.02, -0.07}, {0.22, 0.02, 0.22}));
  s.parts.push_back(box(Material::Wood, {0, kSeatTop + 0.29, -0.295}, {0.2, 0.13, 0.014}));
  for (double x : {-0.19, 0.19}) {
    s.parts.push_back(post(Material::Metal, {x, 0.012, 0.12}, {x, kSeatTop - 0.04, 0.12}, 0.012));
    s.parts.push_back(post(Material::Metal, {x, 0.012, -0.27}, {x, kSeatTop + 0.42, -0.285}, 0.013));
  }
}

// A desk top with four legs; x and z give the top's extent.
void addDesk(Stage& s, double x0, double x1, double z0, double z1, double top) {
  s.hasDesk = true;
  s.deskTop = top;
  s.deskMin = {x0, top, z0};
  s.deskMax = {x1, top, z1};
  s.parts.push_back(
      box(Material::Desk, {(x0 + x1) / 2, top - 0.015, (z0 + z1) / 2}, {(x1 - x0) / 2, 0.015, (z1 - z0) / 2}));
  for (double x : {x0 + 0.04, x1 - 0.04}) {
    for (double z : {z0 + 0.04, z1 - 0.04}) {
      s.parts.push_back(box(Material::Desk, {x, (top - 0.03) / 2, z}, {0.02, (top - 0.03) / 2, 0.02}));
    }
  }
}

void addWall(Stage& s, double z, double facing) {
  s.hasWall = true;
  s.wallZ = z;
  s.wallFacing = facing;
  s.parts.push_back(box(Material::Wall, {0, 1.05, z - facing * 0.02}, {0.75, 1.05, 0.02}));
}

}  // namespace

Stage makeStage(const limber::Motion& motion) {
  Stage s;
  const bool mat = std::find(motion.props.begin(), motion.props.end(), Prop::Mat) != motion.props.end();
  s.floorTop = mat ? kMatThickness : 0;
  switch (motion.base) {
    case MotionBase::Sitting:
      s.root = {{0, 0.525, 0}, Mat3{}};
      break;
    case MotionBase::Standing:
      s.root = {{0, 0.924, 0}, Mat3{}};
      break;
    case MotionBase::AllFours:
      s.root = {{0, 0.50 + s.floorTop, -0.15}, rotX(90)};
      break;
    case MotionBase::Kneeling:
      s.root = {{0, 0.50 + s.floorTop, 0}, Mat3{}};
      break;
    case MotionBase::LyingBack:
      s.root = {{0, 0.105 + s.floorTop, 0.3}, rotX(-90)};
      break;
    case MotionBase::LyingFront:
      s.root = {{0, 0.10 + s.floorTop, -0.3}, rotX(90)};
      break;
  }
  const bool standing = motion.base == MotionBase::Standing;
  for (Prop prop : motion.props) {
    switch (prop) {
      case Prop::Chair:
        addChair(s);
        break;
      case Prop::DeskFront:
        if (standing)
          addDesk(s, -0.6, 0.6, 0.3, 0.95, kStandingDeskTop);
        else
          addDesk(s, -0.6, 0.6, 0.5, 1.15, kDeskTop);
        break;
      case Prop::DeskLeft:
        addDesk(s, 0.27, 0.9, -0.4, 0.4, standing ? kStandingDeskTop : kDeskTop);
        break;
      case Prop::DeskRight:
        addDesk(s, -0.9, -0.27, -0.4, 0.4, standing ? kStandingDeskTop : kDeskTop);
        break;
      case Prop::WallBack:
        addWall(s, -0.19, 1);
        break;
      case Prop::WallFront:
        addWall(s, 0.4, -1);
        break;
      case Prop::Mat:
        s.parts.push_back(box(Material::Mat, {0, kMatThickness / 2, 0}, {0.34, kMatThickness / 2, 0.95}));
        break;
    }
  }
  return s;
}

double surfaceBelow(const Stage& s, const Vec3& p) {
  if (s.hasDesk && p.x >= s.deskMin.x && p.x <= s.deskMax.x && p.z >= s.deskMin.z && p.z <= s.deskMax.z &&
      p.y > s.deskTop - 0.15) {
    return s.deskTop;
  }
  if (s.hasSeat && std::fabs(p.x) <= 0.22 && p.z >= -0.29 && p.z <= 0.15 && p.y > s.seatTop - 0.1) return s.seatTop;
  return s.floorTop;
}

Surface handRest(const Stage& s, const Vec3& p) {
  if (s.hasWall && s.wallFacing < 0 && s.wallZ - p.z < 0.3) return {{p.x, p.y, s.wallZ}, {0, 0, s.wallFacing}};
  return {{p.x, surfaceBelow(s, p), p.z}, {0, 1, 0}};
}

double distanceTo(const PropPart& part, const Vec3& p) {
  if (part.radius > 0) {
    const Vec3 ab = part.b - part.a;
    const double t = clamp(dot(p - part.a, ab) / dot(ab, ab), 0.0, 1.0);
    return length(p - (part.a + ab * t)) - part.radius;
  }
  const Vec3 local = part.axes.transposed() * (p - part.centre);
  const Vec3 q{std::fabs(local.x) - part.half.x, std::fabs(local.y) - part.half.y, std::fabs(local.z) - part.half.z};
  const Vec3 outside{std::max(q.x, 0.0), std::max(q.y, 0.0), std::max(q.z, 0.0)};
  return length(outside) + std::min(std::max(q.x, std::max(q.y, q.z)), 0.0);
}

}  // namespace demos
