// Puts the authored pose on the stage: moves the pelvis so the declared
// contacts (seat, knees, back, feet, hands) hold, then turns each planted or
// reaching limb with two-bone inverse kinematics so hands and feet land exactly
// where they belong, their palms and soles facing what they touch.
#pragma once

#include <array>

#include "limber/motion.h"
#include "rig.h"
#include "stage.h"
#include "timeline.h"

namespace demos {

// The hand on a forearm frame (without the forearm's own twist) turned by a
// forearm twist, a wrist flexion and a deviation toward the thumb, all in
// degrees: the one formula the solver chooses hands with and the checks measure.
Mat3 handOn(const Mat3& untwistedFore, int side, double twist, double flex, double deviation);

// A point to reach and the direction out of the surface there.
struct Target {
  Vec3 point;
  Vec3 normal;
};

// Where a reach's landmark is on this skeleton and stage, for a hand or foot of
// the given side.
Target landmarkTarget(const Skeleton& s, const Stage& stage, limber::Landmark landmark, int effectorSide,
                      const Vec3& effectorNow);

class Solver {
 public:
  Solver(const limber::Motion& motion, const Stage& stage, const Timeline& timeline);

  Skeleton solve(const Moment& moment) const;

  // Where each contact was planted at the start of the loop (for the checks).
  struct Anchors {
    std::array<Vec3, 2> ankle, ball, palm, knee, kneeJoint, seat, elbow, wrist;
    std::array<Mat3, 2> foot, hand, shin;
    Vec3 back, hips;
    std::array<Vec3, 2> front;
  };
  const Anchors& anchors() const { return anchors_; }
  bool has(limber::Contact contact) const { return contacts_[static_cast<std::size_t>(contact)]; }

 private:
  Skeleton place(const Angles& angles, bool anchored) const;
  void solveLegs(Skeleton& s, const Angles& a, const Moment& m, bool anchored) const;
  void solveArms(Skeleton& s, const Angles& a, const Moment& m, bool anchored) const;

  const Stage& stage_;
  std::array<bool, 14> contacts_{};
  Anchors anchors_{};
  std::array<double, 2> anchorAnkleFlex_{};  // each ankle's angle when its ball was planted
};

}  // namespace demos
