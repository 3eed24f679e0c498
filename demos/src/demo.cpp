#include "demo.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "body.h"

namespace demos {

namespace {

using limber::Framing;

// Whether a shape belongs in the picture. For the hands framing, only the hands
// that move (tendon glides show one hand; the other rests out of the picture).
bool inFrame(const Prim& p, Framing framing, const Skeleton& s, const std::array<bool, 2>& handMoves) {
  if (p.group >= kProps)
    return framing == Framing::Body && p.material != Material::Mat && p.material != Material::Wall &&
           p.material != Material::Desk;
  switch (framing) {
    case Framing::Body:
      return true;
    case Framing::Upper:
      return p.group != kLeftLeg && p.group != kRightLeg;
    case Framing::Face:
      return p.group == kHead || ((p.group == kLeftArm || p.group == kRightArm) && p.boundRadius < 0.05 &&
                                  length(p.boundCentre - headCentre(s)) < 0.16);
    case Framing::Hands:
      return (p.group == kLeftArm && handMoves[0]) || (p.group == kRightArm && handMoves[1]) ? p.boundRadius < 0.06
                                                                                             : false;
  }
  return true;
}

}  // namespace

Demo::Demo(const limber::Motion& motion, int width, int height)
    : motion_(motion), stage_(makeStage(motion)), timeline_(motion), solver_(motion, stage_, timeline_) {
  const int samples = 24;
  std::vector<Skeleton> skeletons;
  for (int i = 0; i < samples; ++i) skeletons.push_back(skeletonAt(timeline_.seconds() * i / samples));
  std::array<bool, 2> handMoves{false, false};
  for (int side = 0; side < 2; ++side) {
    for (const Skeleton& s : skeletons) {
      handMoves[static_cast<std::size_t>(side)] = handMoves[static_cast<std::size_t>(side)] ||
                                                  length(palmCentre(s, side) - palmCentre(skeletons[0], side)) > 0.02;
    }
  }
  if (!handMoves[0] && !handMoves[1]) handMoves = {true, true};
  std::vector<Bound> bounds;
  for (std::size_t i = 0; i < skeletons.size(); ++i) {
    std::vector<Prim> prims;
    addBody(skeletons[i], prims);
    if (i == 0) addProps(stage_, prims);
    for (const Prim& p : prims) {
      if (!inFrame(p, motion.camera.frame, skeletons[i], handMoves)) continue;
      if (p.shape == Shape::Cone) {
        bounds.push_back({p.worldA, p.worldRadius});
        bounds.push_back({p.worldB, p.worldRadius});
      } else {
        bounds.push_back({p.boundCentre, p.shape == Shape::Box ? p.boundRadius * 0.7 : p.boundRadius});
      }
    }
  }
  camera_ = aimCamera(motion.camera, bounds, width, height);
}

int Demo::frameCount() const { return std::max(1, static_cast<int>(std::lround(timeline_.seconds() * kFps))); }
double Demo::timeOf(int frame) const { return timeline_.seconds() * frame / frameCount(); }

Skeleton Demo::skeletonAt(double t) const { return solver_.solve(timeline_.sample(t)); }

void Demo::render(double t, Image& out) const {
  Scene scene;
  scene.skeleton = skeletonAt(t);
  scene.floorTop = stage_.floorTop;
  addBody(scene.skeleton, scene.prims);
  addProps(stage_, scene.prims);
  renderFrame(scene, camera_, out);
}

double Demo::posterTime() const {
  const auto& poses = timeline_.keyPoses();
  std::size_t best = 0;
  double most = -1;
  for (std::size_t k = 0; k < poses.size(); ++k) {
    double d = 0;
    for (std::size_t c = 0; c < poses[k].angles.size(); ++c) d += std::fabs(poses[k].angles[c] - poses[0].angles[c]);
    if (d > most + 1e-9) {
      most = d;
      best = k;
    }
  }
  return timeline_.arrival(best) + motion_.keys[best].hold * 0.5;
}

void flip(Image& image) {
  for (int y = 0; y < image.height; ++y) {
    std::uint8_t* row = &image.rgba[static_cast<std::size_t>(y * image.width * 4)];
    for (int x = 0; x < image.width / 2; ++x) {
      for (int k = 0; k < 4; ++k) std::swap(row[x * 4 + k], row[(image.width - 1 - x) * 4 + k]);
    }
  }
}

}  // namespace demos
