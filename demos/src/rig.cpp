#include "rig.h"

#include "trig.h"

namespace demos {

namespace {

using limber::Channel;

// The left side's formula, and the right side's as its mirror image.
Mat3 sidedRot(const Mat3& left, int side) { return side == 0 ? left : mirrored(left); }
Vec3 sidedVec(const Vec3& left, int side) { return side == 0 ? left : mirrored(left); }

// Twist about y, bend sideways (positive toward the figure's left), then flex
// forward: the order every spine and neck joint uses.
Mat3 axial(double twist, double side, double flex) { return rotY(twist) * rotZ(-side) * rotX(flex); }

// A limb raised from hanging straight down by `raise` degrees toward the plane
// `plane` (0 forward, 90 out to the left side, 180 behind), for the left side.
Mat3 swing(double raise, double plane) {
  const Vec3 axis{-cosDeg(plane), 0, sinDeg(plane)};
  return rotAxis(axis, raise * kDegree);
}

double channel(const Angles& a, Channel left, int side) { return at(a, sided(left, side)); }

void placeHand(Arm& arm, int side, const Angles& a) {
  static constexpr std::array<double, 4> across{0.027, 0.009, -0.009, -0.025};
  static constexpr std::array<double, 4> shorter{0.004, 0.0, 0.003, 0.011};
  static constexpr std::array<double, 4> spreadShare{1.0, 0.3, -0.3, -0.9};
  static constexpr std::array<std::array<double, 2>, 4> lengths{
      {{0.042, 0.042}, {0.047, 0.045}, {0.044, 0.042}, {0.035, 0.032}}};
  const double base = channel(a, Channel::LeftFingersBase, side);
  const double curl = channel(a, Channel::LeftFingersCurl, side);
  const double spread = channel(a, Channel::LeftFingersSpread, side);
  for (std::size_t i = 0; i < 4; ++i) {
    const Vec3 knuckle = arm.hand.point(sidedVec({-0.002, -(bone::kPalm - shorter[i]), across[i]}, side));
    const Mat3 first =
        arm.hand.axes * sidedRot(rotX(-(spread * spreadShare[i] + 2.0 * spreadShare[i])) * rotZ(-base), side);
    const Vec3 middle = knuckle + first * Vec3{0, -lengths[i][0], 0};
    const Mat3 second = first * sidedRot(rotZ(-curl), side);
    arm.fingers[i] = {knuckle, middle, middle + second * Vec3{0, -lengths[i][1], 0}};
  }
  const double out = channel(a, Channel::LeftThumbOut, side);
  const double flex = channel(a, Channel::LeftThumbFlex, side);
  const Vec3 thumbBase = arm.hand.point(sidedVec({-0.014, -0.026, 0.022}, side));
  const Mat3 first = arm.hand.axes * sidedRot(rotX(-(out + 28)) * rotZ(-(flex + 18)), side);
  const Vec3 middle = thumbBase + first * Vec3{0, -0.042, 0};
  const Mat3 second = first * sidedRot(rotZ(-(flex * 0.7 + 8)), side);
  arm.thumb = {thumbBase, middle, middle + second * Vec3{0, -0.033, 0}};
}

void placeToes(Leg& leg, int side, const Angles& a) {
  leg.toes.origin = leg.foot.point({0, -0.05, bone::kBall});
  leg.toes.axes = leg.foot.axes * sidedRot(rotX(-channel(a, Channel::LeftToesBend, side)), side);
}

void placeArm(Skeleton& s, int side, const Angles& a) {
  Arm& arm = s.arms[static_cast<std::size_t>(side)];
  arm.blade.origin = s.chest.point(sidedVec({0.02, 0.165, 0.03}, side));
  arm.blade.axes = s.chest.axes * sidedRot(rotZ(channel(a, Channel::LeftBladeRaise, side)) *
                                               rotY(-channel(a, Channel::LeftBladeForward, side)),
                                           side);
  arm.upper.origin = arm.blade.point(sidedVec({0.15, 0.0, -0.05}, side));
  arm.upper.axes =
      s.chest.axes * sidedRot(swing(channel(a, Channel::LeftArmRaise, side), channel(a, Channel::LeftArmPlane, side)) *
                                  rotY(-channel(a, Channel::LeftArmTwist, side)),
                              side);
  arm.fore.origin = arm.upper.point({0, -bone::kUpperArm, 0});
  arm.fore.axes = arm.upper.axes * sidedRot(rotX(-channel(a, Channel::LeftElbowFlex, side)) *
                                                rotY(-channel(a, Channel::LeftForearmTwist, side)),
                                            side);
  arm.hand.origin = arm.fore.point({0, -bone::kForearm, 0});
  arm.hand.axes =
      arm.fore.axes *
      sidedRot(rotZ(-channel(a, Channel::LeftWristFlex, side)) * rotX(-channel(a, Channel::LeftWristSide, side)), side);
  placeHand(arm, side, a);
}

void placeLeg(Skeleton& s, int side, const Angles& a) {
  Leg& leg = s.legs[static_cast<std::size_t>(side)];
  leg.thigh.origin = s.pelvis.point(sidedVec({bone::kHipWidth, 0, 0}, side));
  // The legs hang from the pelvis as it turns and rolls, but not as it tilts:
  // tilting is the trunk hinging at the hips (a fold, a hinge), and the thighs
  // stay where the seat or the floor holds them.
  leg.thigh.axes =
      s.hips * sidedRot(swing(channel(a, Channel::LeftHipRaise, side), channel(a, Channel::LeftHipPlane, side)) *
                            rotY(-channel(a, Channel::LeftHipTwist, side)),
                        side);
  leg.shin.origin = leg.thigh.point({0, -bone::kThigh, 0});
  leg.shin.axes = leg.thigh.axes * rotX(channel(a, Channel::LeftKneeFlex, side));
  leg.foot.origin = leg.shin.point({0, -bone::kShin, 0});
  leg.foot.axes = leg.shin.axes * rotX(-channel(a, Channel::LeftAnkleFlex, side));
  placeToes(leg, side, a);
}

// The part of a bone's frame that turns it to point along dir: the smallest
// rotation, so the bone keeps its twist.
Mat3 pointAlong(const Mat3& axes, const Vec3& dir) { return rotBetween(normalize(-axes.c1), normalize(dir)) * axes; }

}  // namespace

Skeleton buildSkeleton(const Root& root, const Angles& a) {
  Skeleton s;
  s.pelvis.origin = root.position + Vec3{at(a, Channel::PelvisX), at(a, Channel::PelvisY), at(a, Channel::PelvisZ)};
  s.hips = root.axes * rotY(at(a, Channel::PelvisTurn)) * rotZ(-at(a, Channel::PelvisRoll));
  s.pelvis.axes = s.hips * rotX(at(a, Channel::PelvisTilt));
  const double flex = at(a, Channel::SpineFlex), side = at(a, Channel::SpineSide), twist = at(a, Channel::SpineTwist);
  s.lumbar.origin = s.pelvis.point({0, 0.085, -0.02});
  s.lumbar.axes =
      s.pelvis.axes * axial(at(a, Channel::LumbarTwist) + 0.10 * twist, at(a, Channel::LumbarSide) + 0.40 * side,
                            at(a, Channel::LumbarFlex) + 0.40 * flex);
  s.thorax.origin = s.lumbar.point({0, 0.12, 0});
  s.thorax.axes =
      s.lumbar.axes * axial(at(a, Channel::ThoraxTwist) + 0.50 * twist, at(a, Channel::ThoraxSide) + 0.35 * side,
                            at(a, Channel::ThoraxFlex) + 0.33 * flex);
  s.chest.origin = s.thorax.point({0, 0.12, 0});
  s.chest.axes =
      s.thorax.axes * axial(at(a, Channel::ChestTwist) + 0.40 * twist, at(a, Channel::ChestSide) + 0.25 * side,
                            at(a, Channel::ChestFlex) + 0.27 * flex);
  s.neck.origin = s.chest.point({0, 0.19, -0.005});
  s.neck.axes = s.chest.axes * axial(at(a, Channel::NeckTurn), at(a, Channel::NeckSide), at(a, Channel::NeckFlex));
  s.head.origin = s.neck.point({0, 0.085, 0.012});
  s.head.axes = s.neck.axes * axial(at(a, Channel::HeadTurn), at(a, Channel::HeadSide), at(a, Channel::HeadFlex));
  s.gaze = normalize(s.head.axes * (rotY(at(a, Channel::EyesTurn)) * rotX(-at(a, Channel::EyesRaise)) * Vec3{0, 0, 1}));
  s.lids = at(a, Channel::EyesClose);
  s.belly = at(a, Channel::Belly);
  s.angles = a;
  for (int i = 0; i < 2; ++i) {
    placeArm(s, i, a);
    placeLeg(s, i, a);
  }
  return s;
}

void turnArm(Skeleton& s, int side, const Vec3& upperDir, const Vec3& foreDir, const Angles& a, const Mat3* handAxes) {
  Arm& arm = s.arms[static_cast<std::size_t>(side)];
  const Mat3 handLocal = arm.fore.axes.transposed() * arm.hand.axes;
  const Mat3 foreLocal = arm.upper.axes.transposed() * arm.fore.axes;
  arm.upper.axes = pointAlong(arm.upper.axes, upperDir);
  arm.fore.origin = arm.upper.point({0, -bone::kUpperArm, 0});
  arm.fore.axes = pointAlong(arm.upper.axes * foreLocal, foreDir);
  arm.hand.origin = arm.fore.point({0, -bone::kForearm, 0});
  arm.hand.axes = handAxes != nullptr ? *handAxes : arm.fore.axes * handLocal;
  placeHand(arm, side, a);
}

void turnLeg(Skeleton& s, int side, const Vec3& thighDir, const Vec3& shinDir, const Angles& a, const Mat3* footAxes) {
  Leg& leg = s.legs[static_cast<std::size_t>(side)];
  const Mat3 footLocal = leg.shin.axes.transposed() * leg.foot.axes;
  const Mat3 shinLocal = leg.thigh.axes.transposed() * leg.shin.axes;
  leg.thigh.axes = pointAlong(leg.thigh.axes, thighDir);
  leg.shin.origin = leg.thigh.point({0, -bone::kThigh, 0});
  leg.shin.axes = pointAlong(leg.thigh.axes * shinLocal, shinDir);
  leg.foot.origin = leg.shin.point({0, -bone::kShin, 0});
  leg.foot.axes = footAxes != nullptr ? *footAxes : leg.shin.axes * footLocal;
  placeToes(leg, side, a);
}

Vec3 wrist(const Skeleton& s, int side) { return s.arms[static_cast<std::size_t>(side)].hand.origin; }
Vec3 palmCentre(const Skeleton& s, int side) {
  return s.arms[static_cast<std::size_t>(side)].hand.point(sidedVec({-0.014, -0.05, 0.002}, side));
}
Vec3 palmNormal(const Skeleton& s, int side) {
  return s.arms[static_cast<std::size_t>(side)].hand.axes * sidedVec({-1, 0, 0}, side);
}
Vec3 ankle(const Skeleton& s, int side) { return s.legs[static_cast<std::size_t>(side)].foot.origin; }
Vec3 heel(const Skeleton& s, int side) {
  return s.legs[static_cast<std::size_t>(side)].foot.point({0, -bone::kAnkleHeight, -bone::kHeel});
}
Vec3 ball(const Skeleton& s, int side) {
  return s.legs[static_cast<std::size_t>(side)].foot.point({0, -bone::kAnkleHeight, bone::kBall});
}
Vec3 toeTip(const Skeleton& s, int side) {
  return s.legs[static_cast<std::size_t>(side)].toes.point({0, -0.022, bone::kToes});
}
Vec3 knee(const Skeleton& s, int side) { return s.legs[static_cast<std::size_t>(side)].shin.origin; }
Vec3 kneeFront(const Skeleton& s, int side) {
  return s.legs[static_cast<std::size_t>(side)].shin.point({0, -0.035, 0.05});
}
Vec3 sittingBone(const Skeleton& s, int side) { return s.pelvis.point(sidedVec({0.055, -0.088, -0.035}, side)); }
Vec3 underThigh(const Skeleton& s, int side) {
  return s.legs[static_cast<std::size_t>(side)].thigh.point({0, -0.08, -0.079});
}
Vec3 elbow(const Skeleton& s, int side) { return s.arms[static_cast<std::size_t>(side)].fore.origin; }
Vec3 shoulder(const Skeleton& s, int side) { return s.arms[static_cast<std::size_t>(side)].upper.origin; }
Vec3 hip(const Skeleton& s, int side) { return s.legs[static_cast<std::size_t>(side)].thigh.origin; }
Vec3 headCentre(const Skeleton& s) { return s.head.point({0, 0.095, 0.015}); }
Vec3 noseTip(const Skeleton& s) { return s.head.point({0, 0.075, 0.108}); }

}  // namespace demos
