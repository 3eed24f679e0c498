#include "timeline.h"

#include <algorithm>
#include <cmath>

namespace demos {

namespace {

using limber::Channel;
using limber::MotionBase;

// Smootherstep: starts and stops with no jerk, as a person moves.
double ease(double t) { return t * t * t * (t * (t * 6 - 15) + 10); }

void set(Angles& a, Channel c, double v) { at(a, c) = v; }
void both(Angles& a, Channel left, double v) {
  set(a, left, v);
  set(a, sided(left, 1), v);
}

// Arms resting with the hands on the thighs, palms down.
void handsOnThighs(Angles& a) {
  both(a, Channel::LeftArmRaise, 16);
  both(a, Channel::LeftArmPlane, 12);
  both(a, Channel::LeftElbowFlex, 50);
  both(a, Channel::LeftForearmTwist, 75);
  both(a, Channel::LeftWristFlex, -8);
  both(a, Channel::LeftFingersBase, 12);
  both(a, Channel::LeftFingersCurl, 15);
}

std::vector<Reach> blend(const std::vector<Reach>& from, const std::vector<Reach>& to, double t) {
  std::vector<Reach> out;
  for (const Reach& r : from) {
    double w = r.weight * (1 - t);
    for (const Reach& o : to) {
      if (o.effector == r.effector && o.landmark == r.landmark) w = r.weight * (1 - t) + o.weight * t;
    }
    if (w > 0) out.push_back({r.effector, r.landmark, w});
  }
  for (const Reach& o : to) {
    bool seen = false;
    for (const Reach& r : from) seen = seen || (o.effector == r.effector && o.landmark == r.landmark);
    if (!seen && o.weight * t > 0) out.push_back({o.effector, o.landmark, o.weight * t});
  }
  return out;
}

}  // namespace

Angles baseAngles(MotionBase base) {
  Angles a{};
  both(a, Channel::LeftFingersBase, 10);
  both(a, Channel::LeftFingersCurl, 20);
  both(a, Channel::LeftThumbFlex, 5);
  switch (base) {
    case MotionBase::Sitting:
      both(a, Channel::LeftHipRaise, 86);
      both(a, Channel::LeftHipPlane, 8);
      both(a, Channel::LeftKneeFlex, 86);
      handsOnThighs(a);
      break;
    case MotionBase::Standing:
      both(a, Channel::LeftKneeFlex, 2);
      both(a, Channel::LeftArmRaise, 7);
      both(a, Channel::LeftArmPlane, 80);
      both(a, Channel::LeftElbowFlex, 12);
      both(a, Channel::LeftForearmTwist, 10);
      break;
    case MotionBase::AllFours:
      both(a, Channel::LeftHipRaise, 90);
      both(a, Channel::LeftHipPlane, 3);
      both(a, Channel::LeftKneeFlex, 90);
      both(a, Channel::LeftAnkleFlex, -70);
      both(a, Channel::LeftToesBend, -8);
      both(a, Channel::LeftArmRaise, 90);
      both(a, Channel::LeftArmPlane, 4);
      both(a, Channel::LeftElbowFlex, 3);
      both(a, Channel::LeftForearmTwist, 45);
      both(a, Channel::LeftWristFlex, -80);
      both(a, Channel::LeftFingersBase, 0);
      both(a, Channel::LeftFingersCurl, 5);
      both(a, Channel::LeftThumbFlex, -18);
      set(a, Channel::NeckFlex, -20);
      break;
    case MotionBase::Kneeling:
      both(a, Channel::LeftHipPlane, 4);
      both(a, Channel::LeftHipRaise, 2);
      both(a, Channel::LeftKneeFlex, 90);
      both(a, Channel::LeftAnkleFlex, -70);
      both(a, Channel::LeftToesBend, -8);
      both(a, Channel::LeftArmRaise, 6);
      both(a, Channel::LeftArmPlane, 80);
      both(a, Channel::LeftElbowFlex, 10);
      break;
    case MotionBase::LyingBack:
      both(a, Channel::LeftHipRaise, 50);
      both(a, Channel::LeftHipPlane, 6);
      both(a, Channel::LeftKneeFlex, 100);
      both(a, Channel::LeftAnkleFlex, 10);
      both(a, Channel::LeftArmRaise, 12);
      both(a, Channel::LeftArmPlane, 90);
      both(a, Channel::LeftElbowFlex, 5);
      both(a, Channel::LeftForearmTwist, 60);
      set(a, Channel::NeckFlex, 8);
      break;
    case MotionBase::LyingFront:
      both(a, Channel::LeftHipPlane, 6);
      both(a, Channel::LeftHipRaise, -3);
      both(a, Channel::LeftAnkleFlex, -72);
      both(a, Channel::LeftToesBend, 20);
      both(a, Channel::LeftFingersBase, 0);
      both(a, Channel::LeftFingersCurl, 5);
      both(a, Channel::LeftThumbFlex, -18);
      both(a, Channel::LeftArmRaise, 120);
      both(a, Channel::LeftArmPlane, 40);
      both(a, Channel::LeftElbowFlex, 110);
      both(a, Channel::LeftForearmTwist, 80);
      set(a, Channel::NeckFlex, -15);
      break;
  }
  return a;
}

Timeline::Timeline(const limber::Motion& motion) {
  Moment pose{baseAngles(motion.base), {}};
  double clock = 0;
  for (std::size_t k = 0; k < motion.keys.size(); ++k) {
    const limber::MotionKey& key = motion.keys[k];
    for (const auto& [channel, value] : key.pose) at(pose.angles, channel) = value;
    // A key that names reaches replaces the previous key's; one that names
    // none keeps them.
    if (key.setsReach || k == 0) {
      pose.reaches.clear();
      for (const auto& [effector, landmark] : key.reach) pose.reaches.push_back({effector, landmark, 1.0});
    }
    poses_.push_back(pose);
    if (k == 0) {
      firstIn_ = key.in;
    } else {
      clock += key.in;
    }
    arrivals_.push_back(clock);
    holds_.push_back(key.hold);
    clock += key.hold;
  }
  seconds_ = clock + firstIn_;
}

Moment Timeline::sample(double t) const {
  t = std::fmod(t, seconds_);
  if (t < 0) t += seconds_;
  const std::size_t n = poses_.size();
  // The time key k is reached, counted around the loop.
  const auto when = [&](long k) {
    const long wrapped = ((k % static_cast<long>(n)) + static_cast<long>(n)) % static_cast<long>(n);
    const double loops = std::floor(static_cast<double>(k) / static_cast<double>(n));
    return arrivals_[static_cast<std::size_t>(wrapped)] + loops * seconds_;
  };
  const auto pose = [&](long k) -> const Moment& {
    return poses_[static_cast<std::size_t>(((k % static_cast<long>(n)) + static_cast<long>(n)) % static_cast<long>(n))];
  };
  for (std::size_t k = 0; k < n; ++k) {
    const double reached = arrivals_[k], left = reached + holds_[k];
    if (t < reached) break;
    if (t <= left) return poses_[k];
    const bool last = k + 1 == n;
    const double next = last ? seconds_ : arrivals_[k + 1];
    if (t >= next) continue;
    // Cubic Hermite from key k to the next: a key that holds is reached and left
    // at rest; one that does not is passed through (a swing, a circle) with the
    // Catmull-Rom slope of its neighbours, so the figure flows instead of
    // stopping at every key.
    const long a = static_cast<long>(k), b = a + 1;
    const Moment& from = pose(a);
    const Moment& to = pose(b);
    const double span = next - left, u = (t - left) / span;
    const double h00 = 2 * u * u * u - 3 * u * u + 1, h10 = u * u * u - 2 * u * u + u;
    const double h01 = -2 * u * u * u + 3 * u * u, h11 = u * u * u - u * u;
    const bool restA = holds_[k] > 0, restB = holds_[static_cast<std::size_t>(b % static_cast<long>(n))] > 0;
    const double ta0 = when(a - 1) + (a - 1 >= 0 ? holds_[static_cast<std::size_t>(a - 1)] : holds_[n - 1]);
    const double tb1 = when(b + 1);
    Moment out;
    // Each key's slope: Catmull-Rom's, made monotone (Fritsch and Carlson) so a
    // channel never swings past a key: zero where it turns back, and never
    // more than three times either neighbouring secant.
    const auto slope = [](double before, double here, double after, double t0, double t1, double t2) {
      const double s0 = (here - before) / (t1 - t0), s1 = (after - here) / (t2 - t1);
      if (s0 * s1 <= 0) return 0.0;
      const double m = (after - before) / (t2 - t0);
      const double limit = 3 * std::min(std::fabs(s0), std::fabs(s1));
      return m > 0 ? std::min(m, limit) : std::max(m, -limit);
    };
    for (std::size_t c = 0; c < out.angles.size(); ++c) {
      const double p0 = from.angles[c], p1 = to.angles[c];
      const double ma = restA ? 0 : slope(pose(a - 1).angles[c], p0, p1, ta0, left, next);
      const double mb = restB ? 0 : slope(p0, p1, pose(b + 1).angles[c], left, next, tb1);
      // A curve through the keys may overshoot them a little; never past the
      // channel's human range.
      const limber::ChannelRange range = limber::channelRanges()[c];
      out.angles[c] = clamp(h00 * p0 + h10 * span * ma + h01 * p1 + h11 * span * mb, range.min, range.max);
    }
    out.reaches = blend(from.reaches, to.reaches, ease(u));
    return out;
  }
  return poses_[0];
}

}  // namespace demos
