// A motion's loop as a function of time: every channel's value and every reach's
// weight at a moment, eased between keys and held where a key holds.
#pragma once

#include <vector>

#include "limber/motion.h"
#include "rig.h"

namespace demos {

struct Reach {
  limber::Effector effector;
  limber::Landmark landmark;
  double weight;  // 0 where the limb is as its angles put it, 1 on the landmark
};

struct Moment {
  Angles angles;
  std::vector<Reach> reaches;
};

// The base's angles: the pose a motion starts from before its first key.
Angles baseAngles(limber::MotionBase base);

class Timeline {
 public:
  explicit Timeline(const limber::Motion& motion);

  double seconds() const { return seconds_; }
  // t in seconds, wrapped into the loop.
  Moment sample(double t) const;
  // Each key's full pose (the previous key's with this key's values set).
  const std::vector<Moment>& keyPoses() const { return poses_; }
  // When each key's pose is reached and when it is left, in seconds.
  double arrival(std::size_t key) const { return arrivals_[key]; }

 private:
  std::vector<Moment> poses_;
  std::vector<double> arrivals_;  // key k is reached at arrivals_[k] and held for its hold
  std::vector<double> holds_;
  double firstIn_ = 1;
  double seconds_ = 0;
};

}  // namespace demos
