// The mannequin's skeleton: bone lengths, joint frames, and forward kinematics
// from the motion channels (limber/motion.h) to where every joint is. Left and
// right limbs are one formula, the right one its mirror image, so a mirrored
// motion gives a mirrored skeleton exactly.
#pragma once

#include <array>

#include "limber/motion.h"
#include "vec.h"

namespace demos {

using limber::Channel;

// Every channel's value for one moment.
using Angles = std::array<double, limber::kChannelCount>;

inline double at(const Angles& a, Channel c) { return a[static_cast<std::size_t>(c)]; }
inline double& at(Angles& a, Channel c) { return a[static_cast<std::size_t>(c)]; }
// The channel of side 0 (left) or 1 (right): the pairs are listed left first.
inline Channel sided(Channel left, int side) { return static_cast<Channel>(static_cast<int>(left) + side); }

// Lengths in metres, for an adult of about 1.70 m.
namespace bone {
constexpr double kHipWidth = 0.088;  // midline to hip joint
constexpr double kUpperArm = 0.305;
constexpr double kForearm = 0.255;
constexpr double kPalm = 0.085;  // wrist to knuckles
constexpr double kThigh = 0.43;
constexpr double kShin = 0.42;
constexpr double kAnkleHeight = 0.075;  // ankle joint above the sole
constexpr double kHeel = 0.055;         // ankle to the back of the heel
constexpr double kBall = 0.14;          // ankle to the ball of the foot, forward
constexpr double kToes = 0.065;         // ball to toe tip
}  // namespace bone

struct Arm {
  Frame blade;                                 // at the inner end of the collarbone
  Frame upper;                                 // at the shoulder; the bone runs along -y
  Frame fore;                                  // at the elbow; -y toward the wrist
  Frame hand;                                  // at the wrist; -y toward the fingers, -x the palm's side (left hand)
  std::array<std::array<Vec3, 3>, 4> fingers;  // index to little finger: knuckle, middle, tip
  std::array<Vec3, 3> thumb;                   // base, middle, tip
};

struct Leg {
  Frame thigh;  // at the hip; -y toward the knee
  Frame shin;   // at the knee; -y toward the ankle
  Frame foot;   // at the ankle; +z toward the toes, -y toward the sole
  Frame toes;   // at the ball of the foot
};

struct Skeleton {
  Frame pelvis;  // between the hip joints; +y up the spine, +z forward, +x the figure's left
  Mat3 hips;     // the pelvis's orientation without its tilt: what the thighs hang from
  Frame lumbar, thorax, chest, neck, head;
  std::array<Arm, 2> arms;  // 0 left, 1 right
  std::array<Leg, 2> legs;
  Vec3 gaze{0, 0, 1};  // where the eyes look, a unit vector
  double lids = 0;     // 0 open, 1 closed
  double belly = 0;    // 0 breathed out, 1 breathed in
  Angles angles{};     // the channels it was built from (the solver's pelvis included)
};

// The pelvis's place and orientation before the channels move it.
struct Root {
  Vec3 position;
  Mat3 axes;
};

// The skeleton for root and angles: the pelvis channels move the root, every
// other joint follows its parent.
Skeleton buildSkeleton(const Root& root, const Angles& angles);

// Re-places an arm's bones so that the upper arm and forearm point along the
// given directions, keeping the hand's angle to the forearm (or, when handAxes is
// given, the hand's orientation in the world) and the fingers' angles.
void turnArm(Skeleton& skeleton, int side, const Vec3& upperDir, const Vec3& foreDir, const Angles& angles,
             const Mat3* handAxes = nullptr);
// The same for a leg; footAxes, when given, is the foot's orientation in the world.
void turnLeg(Skeleton& skeleton, int side, const Vec3& thighDir, const Vec3& shinDir, const Angles& angles,
             const Mat3* footAxes = nullptr);

// Points used by the contacts, the reaches, the checks and the camera.
Vec3 wrist(const Skeleton& s, int side);
Vec3 palmCentre(const Skeleton& s, int side);
Vec3 palmNormal(const Skeleton& s, int side);  // out of the palm
Vec3 ankle(const Skeleton& s, int side);
Vec3 heel(const Skeleton& s, int side);  // the sole under the heel
Vec3 ball(const Skeleton& s, int side);  // the sole under the ball of the foot
Vec3 toeTip(const Skeleton& s, int side);
Vec3 knee(const Skeleton& s, int side);
Vec3 kneeFront(const Skeleton& s, int side);  // the front of the kneecap
Vec3 sittingBone(const Skeleton& s, int side);
Vec3 underThigh(const Skeleton& s, int side);  // the back of the thigh near the hip (on a seat)
Vec3 elbow(const Skeleton& s, int side);
Vec3 shoulder(const Skeleton& s, int side);
Vec3 hip(const Skeleton& s, int side);
Vec3 headCentre(const Skeleton& s);
Vec3 noseTip(const Skeleton& s);

}  // namespace demos
