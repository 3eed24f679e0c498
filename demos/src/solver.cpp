#include "solver.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "trig.h"

namespace demos {

namespace {

using limber::Contact;
using limber::Effector;
using limber::Landmark;

constexpr double kPalmHalf = 0.016;  // palm centre above what the palm rests on
constexpr double kAnkleOnKnee = 0.055;

Vec3 side(const Vec3& left, int s) { return s == 0 ? left : mirrored(left); }

struct TwoBone {
  Vec3 first, second;
};

// The two directions a root-mid-end chain takes to reach target, bending its
// middle joint toward where it bends now.
TwoBone twoBone(const Vec3& root, const Vec3& target, double l1, double l2, const Vec3& midNow, const Vec3& fallback) {
  const Vec3 d = target - root;
  double dist = length(d);
  const Vec3 u = dist > 1e-9 ? d / dist : Vec3{0, -1, 0};
  dist = clamp(dist, std::fabs(l1 - l2) + 1e-4, (l1 + l2) * 0.99995);
  Vec3 v = midNow - root;
  v = v - u * dot(v, u);
  if (length(v) < 1e-6) v = fallback - u * dot(fallback, u);
  v = normalize(v);
  const double cosA = clamp((l1 * l1 + dist * dist - l2 * l2) / (2 * l1 * dist), -1.0, 1.0);
  const double sinA = std::sqrt(1 - cosA * cosA);
  const Vec3 mid = root + (u * cosA + v * sinA) * l1;
  return {normalize(mid - root), normalize(root + u * dist - mid)};
}

// The hand of a forearm frame turned by a further forearm twist and a wrist
// angle: the one formula for choosing and for measuring a hand's orientation.
// The forearm's frame without its authored twist, which facePalm chooses anew.
Mat3 untwisted(const Mat3& fore, int s, const Angles& a) {
  const Mat3 twist = rotY(at(a, sided(Channel::LeftForearmTwist, s)));
  return fore * (s == 0 ? twist : mirrored(twist));
}

// The hand turned, within what a forearm and wrist can do, so its palm faces
// as nearly along want as it can: the grid first, then finer steps near the best.
Mat3 facePalm(const Mat3& fore, int s, const Angles& a, const Vec3& want) {
  const double twist0 = at(a, sided(Channel::LeftForearmTwist, s));
  const double flex0 = at(a, sided(Channel::LeftWristFlex, s)), dev0 = at(a, sided(Channel::LeftWristSide, s));
  const auto& range = limber::channelRanges();
  const auto lim = [&](Channel c) { return range[static_cast<std::size_t>(sided(c, s))]; };
  const double t0 = lim(Channel::LeftForearmTwist).min, t1 = lim(Channel::LeftForearmTwist).max;
  const double f0 = lim(Channel::LeftWristFlex).min + 5, f1 = lim(Channel::LeftWristFlex).max - 5;
  const double d0 = lim(Channel::LeftWristSide).min + 3, d1 = lim(Channel::LeftWristSide).max - 3;
  // Hands keep to the middle of their range when facing allows.
  const auto cost = [&](double t, double f, double d) {
    const Vec3 n = handOn(fore, s, t, f, d) * side({-1, 0, 0}, s);
    return (1 - dot(n, want)) * 400 +
           0.008 * ((t - twist0) * (t - twist0) + (f - flex0) * (f - flex0) + (d - dev0) * (d - dev0));
  };
  double bt = clamp(twist0, t0, t1), bf = clamp(flex0, f0, f1), bd = clamp(dev0, d0, d1), best = cost(bt, bf, bd);
  for (double t = t0; t <= t1 + 1e-9; t += (t1 - t0) / 12) {
    for (double f = f0; f <= f1 + 1e-9; f += (f1 - f0) / 10) {
      for (double d = d0; d <= d1 + 1e-9; d += (d1 - d0) / 4) {
        const double c = cost(t, f, d);
        if (c < best) {
          best = c;
          bt = t;
          bf = f;
          bd = d;
        }
      }
    }
  }
  for (double step = 8; step > 0.2; step *= 0.5) {
    for (int round = 0; round < 3; ++round) {
      for (const auto& [dt, df, dd] : {std::array<double, 3>{step, 0, 0},
                                       {-step, 0, 0},
                                       {0, step, 0},
                                       {0, -step, 0},
                                       {0, 0, step},
                                       {0, 0, -step}}) {
        const double t = clamp(bt + dt, t0, t1), f = clamp(bf + df, f0, f1), d = clamp(bd + dd, d0, d1);
        const double c = cost(t, f, d);
        if (c < best) {
          best = c;
          bt = t;
          bf = f;
          bd = d;
        }
      }
    }
  }
  return handOn(fore, s, bt, bf, bd);
}

// The foot turned so its sole lies flat, heading where it heads now.
Mat3 flatFoot(const Mat3& axes) { return rotBetween(normalize(-axes.c1), {0, -1, 0}) * axes; }

// The part of the pelvis that rests on the mat: its back lying face up, its
// front lying face down.
Vec3 hipsPoint(const Skeleton& s) {
  return s.pelvis.axes.c2.y > 0 ? s.pelvis.point({0, 0.0, -0.105}) : s.pelvis.point({0, 0.03, 0.1});
}

bool isOtherHand(Landmark l) {
  return l == Landmark::LeftFingers || l == Landmark::RightFingers || l == Landmark::LeftThumb ||
         l == Landmark::RightThumb || l == Landmark::LeftHand || l == Landmark::RightHand;
}

// Solves the small dense system (A + lambda I) x = b by Gaussian elimination.
template <std::size_t N>
std::array<double, N> solveLinear(std::array<std::array<double, N>, N> a, std::array<double, N> b) {
  for (std::size_t i = 0; i < N; ++i) a[i][i] += 1e-9;
  for (std::size_t c = 0; c < N; ++c) {
    std::size_t pivot = c;
    for (std::size_t r = c + 1; r < N; ++r) {
      if (std::fabs(a[r][c]) > std::fabs(a[pivot][c])) pivot = r;
    }
    std::swap(a[c], a[pivot]);
    std::swap(b[c], b[pivot]);
    if (std::fabs(a[c][c]) < 1e-15) continue;
    for (std::size_t r = c + 1; r < N; ++r) {
      const double f = a[r][c] / a[c][c];
      for (std::size_t k = c; k < N; ++k) a[r][k] -= f * a[c][k];
      b[r] -= f * b[c];
    }
  }
  std::array<double, N> x{};
  for (std::size_t c = N; c-- > 0;) {
    double sum = b[c];
    for (std::size_t k = c + 1; k < N; ++k) sum -= a[c][k] * x[k];
    x[c] = std::fabs(a[c][c]) < 1e-15 ? 0 : sum / a[c][c];
  }
  return x;
}

constexpr std::array<Channel, 6> kRootChannels{Channel::PelvisX,    Channel::PelvisY,    Channel::PelvisZ,
                                               Channel::PelvisTilt, Channel::PelvisRoll, Channel::PelvisTurn};

}  // namespace

Mat3 handOn(const Mat3& fore, int s, double twist, double flex, double deviation) {
  const Mat3 local = rotY(-twist) * rotZ(-flex) * rotX(-deviation);
  return fore * (s == 0 ? local : mirrored(local));
}

Target landmarkTarget(const Skeleton& s, const Stage& st, Landmark l, int e, const Vec3& now) {
  const auto leg = [&](int i) -> const Leg& { return s.legs[static_cast<std::size_t>(i)]; };
  const auto arm = [&](int i) -> const Arm& { return s.arms[static_cast<std::size_t>(i)]; };
  const std::string_view name = limber::nameOf(l);
  const int sideOf =
      name.substr(0, 5) == "right" || (name.size() > 6 && name.substr(name.size() - 6) == "-right") ? 1 : 0;
  switch (l) {
    case Landmark::LeftKnee:
    case Landmark::RightKnee:
      return {leg(sideOf).thigh.point({0, -bone::kThigh + 0.02, 0.055}), leg(sideOf).thigh.axes.c2};
    case Landmark::LeftKneeOutside:
    case Landmark::RightKneeOutside:
      return {leg(sideOf).thigh.point(side({0.055, -bone::kThigh + 0.03, 0.02}, sideOf)),
              normalize(leg(sideOf).thigh.axes * side({1, 0, 0.3}, sideOf))};
    case Landmark::LeftThigh:
    case Landmark::RightThigh:
      return {leg(sideOf).thigh.point({0, -0.22, 0.07}), leg(sideOf).thigh.axes.c2};
    case Landmark::LeftUnderThigh:
    case Landmark::RightUnderThigh:
      return {leg(sideOf).thigh.point({0, -0.30, -0.065}), -leg(sideOf).thigh.axes.c2};
    case Landmark::LeftShin:
    case Landmark::RightShin:
      return {leg(sideOf).shin.point({0, -0.2, 0.045}), leg(sideOf).shin.axes.c2};
    case Landmark::LeftAnkle:
    case Landmark::RightAnkle:
      return {leg(sideOf).foot.point({0, 0.015, 0.04}), normalize(leg(sideOf).foot.axes * Vec3{0, 0.5, 0.85})};
    case Landmark::LeftToes:
    case Landmark::RightToes:
      return {leg(sideOf).toes.point({0, 0.0, 0.03}), leg(sideOf).foot.axes.c1};
    case Landmark::LeftHip:
    case Landmark::RightHip:
      return {s.pelvis.point(side({0.165, 0.08, 0.0}, sideOf)), s.pelvis.axes * side({1, 0, 0}, sideOf)};
    case Landmark::LowerBack:
      return {s.lumbar.point(side({0.06, 0.0, -0.11}, e)), -s.lumbar.axes.c2};
    case Landmark::Belly:
      return {s.lumbar.point(side({0.05, 0.03, 0.115}, e)), s.lumbar.axes.c2};
    case Landmark::Chest:
      return {s.chest.point({0, 0.06, 0.24}), s.chest.axes * side({1, 0, 0}, e)};
    case Landmark::Navel:
      return {s.lumbar.point({0, 0.07, 0.2}), s.lumbar.axes * side({1, 0, 0}, e)};
    case Landmark::BetweenKnees:
      return {(knee(s, 0) + knee(s, 1)) * 0.5 + (leg(0).thigh.axes.c2 + leg(1).thigh.axes.c2) * 0.01,
              s.pelvis.axes * side({1, 0, 0}, e)};
    case Landmark::HeadBack:
      return {s.head.point(side({0.045, 0.1, -0.1}, e)), normalize(s.head.axes * side({0.3, 0, -1}, e))};
    case Landmark::HeadTop:
      return {s.head.point(side({0.03, 0.19, 0.0}, e)), s.head.axes.c1};
    case Landmark::LeftEar:
    case Landmark::RightEar:
      return {s.head.point(side({0.08, 0.11, 0.0}, sideOf)), normalize(s.head.axes * side({1, 0.6, 0}, sideOf))};
    case Landmark::Eyes:
      return {s.head.point(side({0.034, 0.09, 0.115}, e)), s.head.axes.c2};
    case Landmark::LeftFingers:
    case Landmark::RightFingers:
      return {arm(sideOf).fingers[1][1], palmNormal(s, sideOf)};
    case Landmark::LeftThumb:
    case Landmark::RightThumb:
      return {arm(sideOf).thumb[1], arm(sideOf).hand.axes * Vec3{0, 0, 1}};
    case Landmark::LeftHand:
    case Landmark::RightHand:
      return {palmCentre(s, sideOf) - palmNormal(s, sideOf) * 0.03, -palmNormal(s, sideOf)};
    case Landmark::SeatLeft:
    case Landmark::SeatRight:
      return {side({0.25, st.seatTop - 0.005, -0.02}, sideOf), side({1, 0, 0}, sideOf)};
    case Landmark::UnderSeat:
      return {side({0.04, 0.2, 0.12}, e), {0, 1, 0}};
    case Landmark::Desk:
      return {{clamp(now.x, st.deskMin.x + 0.05, st.deskMax.x - 0.05), st.deskTop,
               clamp(now.z, st.deskMin.z + 0.05, st.deskMax.z - 0.05)},
              {0, 1, 0}};
    case Landmark::Wall:
      return {{now.x, now.y, st.wallZ}, {0, 0, st.wallFacing}};
    case Landmark::Floor:
      return {{now.x, st.floorTop, now.z}, {0, 1, 0}};
    case Landmark::StepLeft:
    case Landmark::StepRight:
      return {side({0.11, st.floorTop, st.root.position.z + 0.5}, sideOf), {0, 1, 0}};
  }
  return {now, {0, 1, 0}};
}

Solver::Solver(const limber::Motion& motion, const Stage& stage, const Timeline& timeline) : stage_(stage) {
  for (Contact c : motion.contacts) contacts_[static_cast<std::size_t>(c)] = true;
  const Moment start = timeline.sample(0);
  for (int i = 0; i < 2; ++i)
    anchorAnkleFlex_[static_cast<std::size_t>(i)] = at(start.angles, sided(Channel::LeftAnkleFlex, i));
  Skeleton s = place(start.angles, false);
  solveLegs(s, start.angles, start, false);
  solveArms(s, start.angles, start, false);
  Anchors& an = anchors_;
  for (int i = 0; i < 2; ++i) {
    const std::size_t k = static_cast<std::size_t>(i);
    an.ankle[k] = ankle(s, i);
    an.ball[k] = ball(s, i);
    an.foot[k] = s.legs[k].foot.axes;
    an.palm[k] = palmCentre(s, i);
    an.hand[k] = s.arms[k].hand.axes;
    an.knee[k] = kneeFront(s, i);
    an.kneeJoint[k] = knee(s, i);
    an.shin[k] = s.legs[k].shin.axes;
    an.seat[k] = sittingBone(s, i);
    an.elbow[k] = elbow(s, i);
    an.wrist[k] = wrist(s, i);
  }
  an.back = s.chest.point({0, 0.11, -0.105});
  an.hips = hipsPoint(s);
  an.front = {s.chest.point({0, 0.06, 0.125}), s.pelvis.point({0, 0.03, 0.1})};
}

Skeleton Solver::solve(const Moment& m) const {
  Skeleton s = place(m.angles, true);
  solveLegs(s, m.angles, m, true);
  solveArms(s, m.angles, m, true);
  return s;
}

Skeleton Solver::place(const Angles& authored, bool anchored) const {
  const Stage& st = stage_;
  const Anchors& an = anchors_;
  const Skeleton asAuthored = buildSkeleton(st.root, authored);
  const auto residuals = [&](const std::array<double, 6>& q, std::vector<double>& r) {
    Angles a = authored;
    for (std::size_t i = 0; i < 6; ++i) at(a, kRootChannels[i]) += q[i];
    const Skeleton s = buildSkeleton(st.root, a);
    r.clear();
    const auto pin = [&](const Vec3& p, double y, const Vec3& anchor, double wy, double wxz) {
      r.push_back(wy * (p.y - y));
      if (anchored) {
        r.push_back(wxz * (p.x - anchor.x));
        r.push_back(wxz * (p.z - anchor.z));
      }
    };
    for (int i = 0; i < 2; ++i) {
      const std::size_t k = static_cast<std::size_t>(i);
      // A planted knee holds the thigh's far end: the hip stays a thigh's length from it.
      if (has(i == 0 ? Contact::LeftKnee : Contact::RightKnee)) {
        if (anchored)
          r.push_back(10 * (length(an.kneeJoint[k] - hip(s, i)) - bone::kThigh));
        else
          r.push_back(10 * (kneeFront(s, i).y - st.floorTop));
      }
      if (has(Contact::Seat) && anchored) {
        r.push_back(3 * (sittingBone(s, i).x - an.seat[k].x));
        r.push_back(3 * (sittingBone(s, i).z - an.seat[k].z));
      }
      const bool foot = has(i == 0 ? Contact::LeftFoot : Contact::RightFoot);
      const bool ballContact = has(i == 0 ? Contact::LeftBall : Contact::RightBall);
      if (foot || ballContact) {
        if (anchored) {
          Vec3 target = an.ankle[k];
          if (ballContact) {
            // On the ball of the foot the ankle rises as the heel does: the leg
            // reaches for the ankle of the foot pivoted about its ball.
            const double lift = at(authored, sided(Channel::LeftAnkleFlex, i)) - anchorAnkleFlex_[k];
            target = an.ball[k] - (an.foot[k] * rotX(-lift)) * Vec3{0, -bone::kAnkleHeight, bone::kBall};
          }
          // The leg only has to reach its planted foot; the knee bends as it must.
          r.push_back(3 * std::max(0.0, length(target - hip(s, i)) - 0.995 * (bone::kThigh + bone::kShin)));
        } else if (foot) {
          r.push_back(10 * (ankle(s, i).y - (surfaceBelow(st, ankle(s, i)) + bone::kAnkleHeight)));
        } else {
          r.push_back(10 * (ball(s, i).y - surfaceBelow(st, ball(s, i))));
        }
      }
      if (anchored && has(i == 0 ? Contact::LeftHand : Contact::RightHand)) {
        const double reach = length(wrist(asAuthored, i) - shoulder(asAuthored, i));
        const Vec3 target = an.palm[k] - an.hand[k] * side({-0.014, -0.05, 0.002}, i);
        r.push_back(5 * (length(target - shoulder(s, i)) - reach));
      }
      if (has(i == 0 ? Contact::LeftForearm : Contact::RightForearm)) {
        if (anchored) {
          r.push_back(5 * (length(an.elbow[k] - shoulder(s, i)) - bone::kUpperArm));
        } else {
          r.push_back(10 * (elbow(s, i).y - (st.floorTop + 0.04)));
        }
      }
    }
    if (has(Contact::Seat)) {
      // The lowest of the sitting bones and the backs of the thighs rests on the
      // seat; the others may lift (rocking, folding) but never sink into it.
      const std::array<Vec3, 4> seated{sittingBone(s, 0), sittingBone(s, 1), underThigh(s, 0), underThigh(s, 1)};
      double lowest = 1e30;
      for (const Vec3& p : seated) lowest = std::min(lowest, p.y - st.seatTop);
      r.push_back(10 * lowest);
      for (const Vec3& p : seated) r.push_back(10 * std::min(0.0, p.y - st.seatTop));
    }
    if (has(Contact::Back)) pin(s.chest.point({0, 0.11, -0.105}), st.floorTop, an.back, 10, 2);
    if (has(Contact::Hips)) pin(hipsPoint(s), st.floorTop, an.hips, 10, 2);
    if (has(Contact::Front)) {
      pin(s.chest.point({0, 0.06, 0.125}), st.floorTop, an.front[0], 10, 2);
      pin(s.pelvis.point({0, 0.03, 0.1}), st.floorTop, an.front[1], 10, 2);
    }
    for (std::size_t i = 0; i < 6; ++i) r.push_back(q[i] * (i < 3 ? 0.3 : 0.003));
  };

  // Levenberg-Marquardt from the authored pelvis: a step is taken only when it
  // lowers the error, so the pelvis moves to the nearest pose that holds the
  // contacts rather than leaping to a far one.
  const auto cost = [](const std::vector<double>& r) {
    double c = 0;
    for (double v : r) c += v * v;
    return c;
  };
  std::array<double, 6> q{};
  std::vector<double> r0, rp, rm;
  residuals(q, r0);
  double current = cost(r0);
  double lambda = 1e-3;
  for (int iteration = 0; iteration < 12 && current > 1e-14; ++iteration) {
    std::vector<std::array<double, 6>> jacobian(r0.size());
    for (std::size_t j = 0; j < 6; ++j) {
      const double h = 1e-4;
      std::array<double, 6> qp = q, qm = q;
      qp[j] += h;
      qm[j] -= h;
      residuals(qp, rp);
      residuals(qm, rm);
      for (std::size_t i = 0; i < r0.size(); ++i) jacobian[i][j] = (rp[i] - rm[i]) / (2 * h);
    }
    std::array<std::array<double, 6>, 6> jtj{};
    std::array<double, 6> jtr{};
    for (std::size_t i = 0; i < r0.size(); ++i) {
      for (std::size_t a = 0; a < 6; ++a) {
        jtr[a] -= jacobian[i][a] * r0[i];
        for (std::size_t b = 0; b < 6; ++b) jtj[a][b] += jacobian[i][a] * jacobian[i][b];
      }
    }
    bool improved = false;
    for (int attempt = 0; attempt < 8 && !improved; ++attempt) {
      std::array<std::array<double, 6>, 6> damped = jtj;
      for (std::size_t a = 0; a < 6; ++a) damped[a][a] += lambda * (jtj[a][a] + 1e-6);
      const std::array<double, 6> step = solveLinear(damped, jtr);
      std::array<double, 6> trial = q;
      for (std::size_t i = 0; i < 6; ++i) trial[i] += step[i];
      residuals(trial, rp);
      const double c = cost(rp);
      if (c < current) {
        q = trial;
        r0 = rp;
        current = c;
        lambda = std::max(lambda / 3, 1e-7);
        improved = true;
      } else {
        lambda *= 5;
      }
    }
    if (!improved) break;
  }
  Angles a = authored;
  for (std::size_t i = 0; i < 6; ++i) at(a, kRootChannels[i]) += q[i];
  return buildSkeleton(st.root, a);
}

void Solver::solveLegs(Skeleton& s, const Angles& a, const Moment& m, bool anchored) const {
  // A foot reaching for the other leg goes second, once that leg is in place.
  const auto reachesOtherLeg = [&](int i) {
    for (const Reach& r : m.reaches) {
      if (r.effector != (i == 0 ? Effector::LeftFoot : Effector::RightFoot)) continue;
      const std::string_view name = limber::nameOf(r.landmark);
      if (name.substr(0, i == 0 ? 5 : 4) == (i == 0 ? "right" : "left")) return true;
    }
    return false;
  };
  for (int pass = 0; pass < 2; ++pass) {
    for (int i = 0; i < 2; ++i) {
      if (reachesOtherLeg(i) != (pass == 1)) continue;
      const std::size_t k = static_cast<std::size_t>(i);
      const Leg& leg = s.legs[k];
      const bool foot = has(i == 0 ? Contact::LeftFoot : Contact::RightFoot);
      const bool ballContact = has(i == 0 ? Contact::LeftBall : Contact::RightBall);
      if (anchored && has(i == 0 ? Contact::LeftKnee : Contact::RightKnee)) {
        // Knee and shin stay where they were planted; the thigh turns to meet them.
        const Mat3 footAxes = anchors_.shin[k] * (leg.shin.axes.transposed() * leg.foot.axes);
        turnLeg(s, i, anchors_.kneeJoint[k] - hip(s, i), -anchors_.shin[k].c1, a, &footAxes);
        continue;
      }
      Vec3 target = ankle(s, i);
      Mat3 footAxes = leg.foot.axes;
      bool turn = false, keepFoot = false;
      if (foot || ballContact) {
        turn = keepFoot = true;
        if (!anchored) {
          footAxes = foot ? flatFoot(leg.foot.axes) : leg.foot.axes;
          const Vec3 sole = foot ? ankle(s, i) : ball(s, i);
          const double y = surfaceBelow(stage_, sole) + (foot ? bone::kAnkleHeight : 0.0);
          target = foot ? Vec3{sole.x, y, sole.z}
                        : Vec3{sole.x, y, sole.z} - footAxes * Vec3{0, -bone::kAnkleHeight, bone::kBall};
        } else if (foot) {
          target = anchors_.ankle[k];
          footAxes = anchors_.foot[k];
        } else {
          // The heel rises as the ankle points: the foot pivots about its ball.
          const double lift = at(a, sided(Channel::LeftAnkleFlex, i)) - anchorAnkleFlex_[k];
          footAxes = anchors_.foot[k] * rotX(-lift);
          target = anchors_.ball[k] - footAxes * Vec3{0, -bone::kAnkleHeight, bone::kBall};
        }
      }
      for (const Reach& r : m.reaches) {
        if (r.effector != (i == 0 ? Effector::LeftFoot : Effector::RightFoot)) continue;
        const Target t = landmarkTarget(s, stage_, r.landmark, i, target);
        // A foot put down stands on its sole; one on a knee rests on its ankle.
        const bool standsOn =
            r.landmark == Landmark::Floor || r.landmark == Landmark::StepLeft || r.landmark == Landmark::StepRight;
        target = lerp(target, t.point + t.normal * (standsOn ? bone::kAnkleHeight : kAnkleOnKnee), r.weight);
        turn = true;
      }
      if (!turn) continue;
      const TwoBone dirs = twoBone(hip(s, i), target, bone::kThigh, bone::kShin, knee(s, i), leg.thigh.axes.c2);
      turnLeg(s, i, dirs.first, dirs.second, a, keepFoot ? &footAxes : nullptr);
    }
  }
}

void Solver::solveArms(Skeleton& s, const Angles& a, const Moment& m, bool anchored) const {
  // Arms reaching for the other hand go second, once that hand is in place.
  for (int pass = 0; pass < 2; ++pass) {
    for (int i = 0; i < 2; ++i) {
      const std::size_t k = static_cast<std::size_t>(i);
      const Effector self = i == 0 ? Effector::LeftHand : Effector::RightHand;
      bool reachesOtherHand = false;
      for (const Reach& r : m.reaches)
        reachesOtherHand = reachesOtherHand || (r.effector == self && isOtherHand(r.landmark));
      if (reachesOtherHand != (pass == 1)) continue;

      const bool planted = has(i == 0 ? Contact::LeftHand : Contact::RightHand);
      const bool forearm = has(i == 0 ? Contact::LeftForearm : Contact::RightForearm);
      Arm& arm = s.arms[k];
      if (forearm) {
        const Vec3 e = anchored ? anchors_.elbow[k] : Vec3{elbow(s, i).x, stage_.floorTop + 0.04, elbow(s, i).z};
        Vec3 w = anchored ? anchors_.wrist[k] : wrist(s, i);
        if (!anchored) w = e + normalize(Vec3{w.x - e.x, 0, w.z - e.z}) * bone::kForearm - Vec3{0, 0.01, 0};
        turnArm(s, i, e - shoulder(s, i), w - e, a);
        const Mat3 hand = anchored ? anchors_.hand[k] : facePalm(untwisted(arm.fore.axes, i, a), i, a, {0, -1, 0});
        turnArm(s, i, e - shoulder(s, i), w - e, a, &hand);
        continue;
      }
      Vec3 palm = palmCentre(s, i);
      Vec3 facing = palmNormal(s, i);
      bool turn = false, fixedHand = false;
      if (planted) {
        turn = true;
        if (anchored) {
          palm = anchors_.palm[k];
          fixedHand = true;
        } else {
          const Surface rest = handRest(stage_, palm);
          palm = rest.point + rest.normal * kPalmHalf;
          facing = -rest.normal;
        }
      }
      for (const Reach& r : m.reaches) {
        if (r.effector != self) continue;
        const Target t = landmarkTarget(s, stage_, r.landmark, i, palm);
        palm = lerp(palm, t.point + t.normal * kPalmHalf, r.weight);
        facing = normalize(lerp(facing, -t.normal, r.weight));
        turn = true;
      }
      if (!turn) continue;
      // A hand resting on something lies flat on it, fingers and thumb too.
      Angles flat = a;
      bool resting = planted;
      for (const Reach& r : m.reaches) {
        resting = resting ||
                  (r.effector == self && r.weight > 0.5 &&
                   (r.landmark == Landmark::Desk || r.landmark == Landmark::Floor || r.landmark == Landmark::Wall));
      }
      if (resting) {
        at(flat, sided(Channel::LeftFingersBase, i)) = 0;
        at(flat, sided(Channel::LeftFingersCurl, i)) = 4;
        at(flat, sided(Channel::LeftThumbFlex, i)) = -18;
      }
      // Reach with the arm, turn the hand to face what it touches, then reach
      // again so the palm's centre, not the wrist, lands on the target.
      for (int pass = 0; pass < 3; ++pass) {
        const Mat3 hand = fixedHand ? anchors_.hand[k] : facePalm(untwisted(arm.fore.axes, i, a), i, a, facing);
        const Vec3 offset = hand * side({-0.014, -0.05, 0.002}, i);
        const TwoBone dirs =
            twoBone(shoulder(s, i), palm - offset, bone::kUpperArm, bone::kForearm, elbow(s, i), -arm.upper.axes.c2);
        turnArm(s, i, dirs.first, dirs.second, flat);
        const Mat3 turned = fixedHand ? anchors_.hand[k] : facePalm(untwisted(arm.fore.axes, i, a), i, a, facing);
        turnArm(s, i, dirs.first, dirs.second, flat, &turned);
      }
    }
  }
}

}  // namespace demos
