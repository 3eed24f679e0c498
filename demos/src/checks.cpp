#include "checks.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "body.h"
#include "trig.h"

namespace demos {

namespace {

using limber::Channel;
using limber::Contact;

double degreesBetween(const Vec3& a, const Vec3& b) { return acosRad(dot(normalize(a), normalize(b))) / kDegree; }

Vec3 side(const Vec3& v, int s) { return s == 0 ? v : mirrored(v); }

// Raise (from hanging) and plane (0 forward, 90 out to its own side) of a limb
// direction given in its parent's frame. A limb clearly behind the body reads
// as a negative raise in a forward plane, as motions write it.
void swingOf(const Vec3& local, int s, double& raise, double& plane) {
  const Vec3 d = side(normalize(local), s);
  raise = acosRad(-d.y) / kDegree;
  plane = atan2Rad(d.x, d.z) / kDegree;
  if (plane < -90) plane += 360;
  if (plane > 135 && raise < 100) {
    raise = -raise;
    plane -= 180;
  }
}

std::string fmt(const char* format, double a, double b = 0) {
  char buffer[160];
  std::snprintf(buffer, sizeof buffer, format, a, b);
  return buffer;
}

std::string partName(const Prim& p) {
  static const char* groups[] = {"torso", "head", "left arm", "right arm", "left leg", "right leg"};
  static const char* materials[] = {"skin", "shirt", "trousers", "hair", "shoe", "brow", "lip",
                                    "eye",  "wood",  "metal",    "desk", "wall", "mat"};
  return p.group < kProps ? std::string(groups[p.group]) + " (" + materials[static_cast<int>(p.material)] + ")"
                          : "prop";
}

// The lowest point of a shape: cones and squashed cones at one of their
// (possibly ellipsoidal) end caps, ellipsoids at their own extent.
double lowest(const Prim& p) {
  const auto halfHeight = [&](double r) {
    if (p.plain) return r;
    const double a = p.axes.c0.y * r / p.invScale.x, b = p.axes.c1.y * r / p.invScale.y,
                 c = p.axes.c2.y * r / p.invScale.z;
    return std::sqrt(a * a + b * b + c * c);
  };
  if (p.shape == Shape::Ellipsoid) return p.origin.y - halfHeight(1);
  return std::min(p.worldA.y - halfHeight(p.ra), p.worldB.y - halfHeight(p.rb));
}

double smallestScale(const Prim& p) {
  return p.plain ? 1 : 1 / std::max(p.invScale.x, std::max(p.invScale.y, p.invScale.z));
}

bool limbChannel(Channel c) {
  return limber::channelRanges()[static_cast<std::size_t>(c)].mirror == limber::Mirror::Swap;
}
int sideOfChannel(Channel c) { return limber::nameOf(c).substr(0, 5) == "right" ? 1 : 0; }

}  // namespace

Angles measureAngles(const Skeleton& s, const Angles& authored) {
  Angles a = authored;
  for (Channel c : {Channel::PelvisX, Channel::PelvisY, Channel::PelvisZ, Channel::PelvisTilt, Channel::PelvisRoll,
                    Channel::PelvisTurn}) {
    at(a, c) = at(s.angles, c);
  }
  for (int i = 0; i < 2; ++i) {
    const Arm& arm = s.arms[static_cast<std::size_t>(i)];
    const Leg& leg = s.legs[static_cast<std::size_t>(i)];
    at(a, sided(Channel::LeftElbowFlex, i)) = degreesBetween(-arm.upper.axes.c1, -arm.fore.axes.c1);
    at(a, sided(Channel::LeftKneeFlex, i)) = degreesBetween(-leg.thigh.axes.c1, -leg.shin.axes.c1);
    double raise, plane;
    swingOf(s.chest.axes.transposed() * -arm.upper.axes.c1, i, raise, plane);
    // The plane of a limb means little when it hangs or points straight up.
    at(a, sided(Channel::LeftArmRaise, i)) = raise;
    if (std::fabs(raise) > 20 && std::fabs(raise) < 150) at(a, sided(Channel::LeftArmPlane, i)) = plane;
    swingOf(s.pelvis.axes.transposed() * -leg.thigh.axes.c1, i, raise, plane);
    at(a, sided(Channel::LeftHipRaise, i)) = raise;
    if (std::fabs(raise) > 20 && std::fabs(raise) < 150) at(a, sided(Channel::LeftHipPlane, i)) = plane;
    // The hand against the forearm as handOn builds it: a further twist, then
    // flexion, then deviation toward the thumb.
    const Mat3 local = arm.fore.axes.transposed() * arm.hand.axes;
    const Mat3 l = i == 0 ? local : mirrored(local);
    // Robust near full flexion: deviation and flexion from the y rows of the
    // hand's axes, then the twist from what is left.
    const Vec3 u = l * Vec3{1, 0, 0}, v = l * Vec3{0, 1, 0}, w = l * Vec3{0, 0, 1};
    const double deviation = atan2Rad(w.y, v.y);
    const double flex = atan2Rad(-u.y, std::sqrt(v.y * v.y + w.y * w.y));
    const Mat3 rest = l * (rotZ(-flex / kDegree) * rotX(-deviation / kDegree)).transposed();
    double twist = -atan2Rad(-rest.c0.z, rest.c0.x) / kDegree, dev = deviation / kDegree;
    // Bent right back or right forward, deviation turns about the forearm's own
    // axis and so does the twist: only their sum (or difference) is seen, so
    // read as much of it as a twist as the deviation's range needs.
    if (std::fabs(std::cos(flex)) < 0.35) {
      const limber::ChannelRange side =
          limber::channelRanges()[static_cast<std::size_t>(sided(Channel::LeftWristSide, i))];
      const double kept = clamp(dev, side.min + 1, side.max - 1);
      twist += (flex < 0 ? 1 : -1) * (dev - kept);
      dev = kept;
    }
    at(a, sided(Channel::LeftWristFlex, i)) = flex / kDegree;
    at(a, sided(Channel::LeftWristSide, i)) = dev;
    double total = authored[static_cast<std::size_t>(sided(Channel::LeftForearmTwist, i))] + twist;
    while (total > 180) total -= 360;
    while (total < -180) total += 360;
    at(a, sided(Channel::LeftForearmTwist, i)) = total;
    const Vec3 toes = (leg.shin.axes.transposed() * leg.foot.axes) * Vec3{0, 0, 1};
    at(a, sided(Channel::LeftAnkleFlex, i)) = atan2Rad(toes.y, toes.z) / kDegree;
  }
  return a;
}

std::vector<std::string> checkMotion(const Demo& demo, limber::Side exerciseSide, const CheckOptions& o) {
  // One problem of each kind, at its worst moment.
  std::map<std::string, std::pair<double, std::string>> worst;
  const auto note = [&](const std::string& kind, double severity, const std::string& what) {
    auto found = worst.find(kind);
    if (found == worst.end() || severity > found->second.first) worst[kind] = {severity, what};
  };
  const auto report = [&](const std::string& what) { note(what, 0, what); };
  const Stage& stage = demo.stage();
  const Solver& solver = demo.solver();
  const Solver::Anchors& an = solver.anchors();
  const int frames = o.frames > 0 ? o.frames : demo.frameCount();
  const auto& ranges = limber::channelRanges();
  std::vector<double> lo(limber::kChannelCount, 1e30), hi(limber::kChannelCount, -1e30);
  Angles first{};
  double lateralLeft = 0, lateralRight = 0;
  std::vector<Vec3> start;

  for (int f = 0; f < frames; ++f) {
    const double t = demo.timeline().seconds() * f / frames;
    const Moment m = demo.timeline().sample(t);
    const Skeleton s = demo.skeletonAt(t);
    const std::string when = fmt("at %.2f s", t);
    std::vector<Prim> prims;
    addBody(s, prims);

    for (const Prim& p : prims) {
      const double below = stage.floorTop - lowest(p);
      if (below > o.floorTolerance) {
        note("floor " + partName(p), below,
             "the " + partName(p) + fmt(" is %.1f cm below the floor", below * 100) + " " + when);
      }
      for (const PropPart& part : stage.parts) {
        if (part.material == Material::Mat) continue;
        const int samples = p.shape == Shape::Ellipsoid ? 1 : 5;
        for (int k = 0; k < samples; ++k) {
          const double u = samples == 1 ? 0 : static_cast<double>(k) / (samples - 1);
          const Vec3 c = p.shape == Shape::Ellipsoid ? p.origin : lerp(p.worldA, p.worldB, u);
          const double r =
              (p.shape == Shape::Ellipsoid ? 1 / std::max(p.invScale.x, std::max(p.invScale.y, p.invScale.z))
                                           : mix(p.ra, p.rb, u) * smallestScale(p));
          const double depth = r - distanceTo(part, c);
          if (depth > o.propTolerance) {
            note("prop " + partName(p), depth,
                 "the " + partName(p) + fmt(" is %.1f cm inside a prop", depth * 100) + " " + when);
            break;
          }
        }
      }
    }

    const auto near = [&](const Vec3& now, const Vec3& anchor, const char* what) {
      const double d = length(now - anchor);
      if (d > o.contactTolerance) {
        note(std::string("contact ") + what, d,
             what + fmt(" moves %.1f cm from where it was planted", d * 100) + " " + when);
      }
    };
    for (int i = 0; i < 2; ++i) {
      const std::size_t k = static_cast<std::size_t>(i);
      const char* sideName = i == 0 ? "left" : "right";
      const std::string foot = std::string("the ") + sideName + " foot",
                        hand = std::string("the ") + sideName + " hand",
                        kneeName = std::string("the ") + sideName + " knee",
                        arm = std::string("the ") + sideName + " forearm";
      if (solver.has(i == 0 ? Contact::LeftFoot : Contact::RightFoot)) near(ankle(s, i), an.ankle[k], foot.c_str());
      if (solver.has(i == 0 ? Contact::LeftBall : Contact::RightBall)) near(ball(s, i), an.ball[k], foot.c_str());
      if (solver.has(i == 0 ? Contact::LeftHand : Contact::RightHand)) near(palmCentre(s, i), an.palm[k], hand.c_str());
      if (solver.has(i == 0 ? Contact::LeftKnee : Contact::RightKnee))
        near(knee(s, i), an.kneeJoint[k], kneeName.c_str());
      if (solver.has(i == 0 ? Contact::LeftForearm : Contact::RightForearm))
        near(elbow(s, i), an.elbow[k], arm.c_str());
      if (f == 0) {
        // Planted means touching: the contacts start on what they rest on.
        const auto touches = [&](double gap, const std::string& what) {
          if (std::fabs(gap) > o.contactTolerance)
            report(what + fmt(" does not touch what it rests on (%.1f cm off)", gap * 100));
        };
        if (solver.has(i == 0 ? Contact::LeftFoot : Contact::RightFoot)) {
          touches(std::min(heel(s, i).y, ball(s, i).y) - surfaceBelow(stage, ankle(s, i)), foot);
        }
        if (solver.has(i == 0 ? Contact::LeftBall : Contact::RightBall))
          touches(ball(s, i).y - surfaceBelow(stage, ball(s, i)), foot);
        if (solver.has(i == 0 ? Contact::LeftHand : Contact::RightHand)) {
          const Surface rest = handRest(stage, palmCentre(s, i));
          touches(dot(palmCentre(s, i) - rest.point, rest.normal) - 0.016, hand);
        }
        if (solver.has(i == 0 ? Contact::LeftKnee : Contact::RightKnee))
          touches(kneeFront(s, i).y - stage.floorTop, kneeName);
      }
    }
    if (solver.has(Contact::Seat)) {
      double lowest = 1e30;
      for (const Vec3& p : {sittingBone(s, 0), sittingBone(s, 1), underThigh(s, 0), underThigh(s, 1)}) {
        lowest = std::min(lowest, p.y - stage.seatTop);
      }
      if (std::fabs(lowest) > o.contactTolerance) {
        note("seat", std::fabs(lowest), fmt("the body is %.1f cm off the seat ", lowest * 100) + when);
      }
    }
    if (solver.has(Contact::Back)) {
      const double gap = s.chest.point({0, 0.11, -0.105}).y - stage.floorTop;
      if (std::fabs(gap) > 2 * o.contactTolerance) {
        note("back", std::fabs(gap), fmt("the shoulder blades are %.1f cm off the mat ", gap * 100) + when);
      }
    }

    const Angles measured = measureAngles(s, m.angles);
    if (f == 0) first = measured;
    for (std::size_t c = 0; c < limber::kChannelCount; ++c) {
      const Channel ch = static_cast<Channel>(c);
      double v = measured[c];
      lo[c] = std::min(lo[c], v);
      hi[c] = std::max(hi[c], v);
      const bool position = ch == Channel::PelvisX || ch == Channel::PelvisY || ch == Channel::PelvisZ;
      const double slack =
          position ? 0.01 : (ch == Channel::EyesClose || ch == Channel::Belly ? 0.01 : o.angleTolerance);
      if (v < ranges[c].min - slack || v > ranges[c].max + slack) {
        note(std::string("range ") + std::string(limber::nameOf(ch)), std::max(ranges[c].min - v, v - ranges[c].max),
             std::string(limber::nameOf(ch)) + fmt(" reaches %.1f, beyond its human range ", v) + when);
      }
    }

    // How far the body moves sideways.
    const std::vector<Vec3> lateral{noseTip(s), s.chest.origin, knee(s, 0), knee(s, 1)};
    if (start.empty()) start = lateral;
    for (std::size_t j = 0; j < lateral.size(); ++j) {
      const double dx = lateral[j].x - start[j].x;
      lateralLeft = std::max(lateralLeft, dx);
      lateralRight = std::max(lateralRight, -dx);
    }
  }

  for (const limber::ChannelSweep& sweep : demo.motion().moves) {
    const std::size_t c = static_cast<std::size_t>(sweep.channel);
    const bool position =
        sweep.channel == Channel::PelvisX || sweep.channel == Channel::PelvisY || sweep.channel == Channel::PelvisZ;
    const double slack =
        position ? 0.01
                 : (sweep.channel == Channel::EyesClose || sweep.channel == Channel::Belly ? 0.05 : o.angleTolerance);
    if (lo[c] > sweep.from + slack || hi[c] < sweep.to - slack) {
      report(std::string(limber::nameOf(sweep.channel)) + fmt(" sweeps %.3g to %.3g", lo[c], hi[c]) +
             fmt(", not the declared %.3g to %.3g", sweep.from, sweep.to));
    }
  }

  if (exerciseSide == limber::Side::Left) {
    // Left against right for the arm, the hand and the leg: the left side moves
    // more when one of them clearly moves more on the left, or when the body
    // itself goes to the left (a side bend, a head turned left, knees dropped left).
    const auto group = [](Channel c) {
      const std::string_view n = limber::nameOf(c).substr(limber::nameOf(c).substr(0, 4) == "left" ? 4 : 5);
      if (n.substr(0, 5) == "Blade" || n.substr(0, 3) == "Arm" || n.substr(0, 5) == "Elbow") return 0;
      if (n.substr(0, 7) == "Forearm" || n.substr(0, 5) == "Wrist" || n.substr(0, 7) == "Fingers" ||
          n.substr(0, 5) == "Thumb")
        return 1;
      return 2;
    };
    std::array<std::array<double, 2>, 3> sweep{};
    for (std::size_t c = 0; c < limber::kChannelCount; ++c) {
      const Channel ch = static_cast<Channel>(c);
      if (!limbChannel(ch)) continue;
      sweep[static_cast<std::size_t>(group(ch))][static_cast<std::size_t>(sideOfChannel(ch))] += hi[c] - lo[c];
    }
    bool leftMore = lateralLeft > 0.03 && lateralLeft > 1.5 * lateralRight;
    std::string detail;
    static const char* names[] = {"arm", "hand", "leg"};
    for (std::size_t g = 0; g < 3; ++g) {
      leftMore = leftMore || (sweep[g][0] > 1.3 * sweep[g][1] && sweep[g][0] - sweep[g][1] > 15);
      detail += fmt(std::string(names[g]).append(" %.0f against %.0f degrees, ").c_str(), sweep[g][0], sweep[g][1]);
    }
    if (!leftMore) {
      report("the left side does not move more than the right: " + detail +
             fmt("the body %.1f cm to the left", lateralLeft * 100));
    }
  }

  std::vector<std::string> problems;
  for (const auto& [kind, entry] : worst) problems.push_back(entry.second);
  return problems;
}

double mirrorError(const limber::Motion& motion, int samples) {
  const Demo original(motion, 64, 48), mirror(motion.mirrored(), 64, 48);
  double worst = 0;
  for (int i = 0; i < samples; ++i) {
    const double t = original.timeline().seconds() * i / samples;
    const Skeleton a = original.skeletonAt(t), b = mirror.skeletonAt(t);
    const auto compare = [&](const Vec3& p, const Vec3& q) { worst = std::max(worst, length(mirrored(p) - q)); };
    compare(a.pelvis.origin, b.pelvis.origin);
    compare(a.head.origin, b.head.origin);
    compare(noseTip(a), noseTip(b));
    for (int s = 0; s < 2; ++s) {
      const int o = 1 - s;
      compare(palmCentre(a, s), palmCentre(b, o));
      compare(elbow(a, s), elbow(b, o));
      compare(knee(a, s), knee(b, o));
      compare(toeTip(a, s), toeTip(b, o));
      for (std::size_t f = 0; f < 4; ++f)
        compare(a.arms[static_cast<std::size_t>(s)].fingers[f][2], b.arms[static_cast<std::size_t>(o)].fingers[f][2]);
      compare(a.arms[static_cast<std::size_t>(s)].thumb[2], b.arms[static_cast<std::size_t>(o)].thumb[2]);
    }
  }
  return worst;
}

}  // namespace demos
