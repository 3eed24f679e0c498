#include "body.h"

#include "trig.h"

namespace demos {

namespace {

Vec3 side(const Vec3& left, int s) { return s == 0 ? left : mirrored(left); }

void addArm(const Skeleton& s, int i, std::vector<Prim>& out) {
  const Arm& arm = s.arms[static_cast<std::size_t>(i)];
  const int g = i == 0 ? kLeftArm : kRightArm;
  const Vec3 sh = arm.upper.origin, el = arm.fore.origin, wr = arm.hand.origin;
  // The shoulder's cap belongs to the shirt, so it shades with the torso.
  out.push_back(cone(Material::Shirt, g, arm.blade.point(side({0.07, 0.0, -0.03}, i)), sh, 0.056, 0.053));
  out.push_back(cone(Material::Shirt, g, sh, arm.upper.point({0, -0.13, 0}), 0.053, 0.049));
  out.push_back(cone(Material::Skin, g, sh, el, 0.046, 0.037));
  out.push_back(cone(Material::Skin, g, el, wr, 0.038, 0.026));
  // A flat palm: a cone squashed across the palm (the hand's x axis).
  out.push_back(ovalCone(Material::Skin, g, arm.hand.point({0, -0.014, 0}), arm.hand.point({0, -0.07, 0}), 0.034, 0.04,
                         arm.hand.axes, 0, 0.42));
  for (const auto& finger : arm.fingers) {
    out.push_back(cone(Material::Skin, g, finger[0], finger[1], 0.0095, 0.0085));
    out.push_back(cone(Material::Skin, g, finger[1], finger[2], 0.0085, 0.0074));
  }
  out.push_back(cone(Material::Skin, g, arm.thumb[0], arm.thumb[1], 0.0125, 0.0098));
  out.push_back(cone(Material::Skin, g, arm.thumb[1], arm.thumb[2], 0.0098, 0.0085));
}

void addLeg(const Skeleton& s, int i, std::vector<Prim>& out) {
  const Leg& leg = s.legs[static_cast<std::size_t>(i)];
  const int g = i == 0 ? kLeftLeg : kRightLeg;
  out.push_back(cone(Material::Trousers, g, leg.thigh.origin, leg.shin.origin, 0.084, 0.058));
  out.push_back(cone(Material::Trousers, g, leg.shin.origin, leg.foot.origin, 0.056, 0.039));
  // Shoe: heel to ball, flattened top to bottom, then the toe box.
  out.push_back(ovalCone(Material::Shoe, g, leg.foot.point({0, -0.045, -0.035}), leg.foot.point({0, -0.047, 0.125}),
                         0.043, 0.045, leg.foot.axes, 1, 0.7));
  out.push_back(ovalCone(Material::Shoe, g, leg.toes.point({0, 0.0, 0.0}), leg.toes.point({0, -0.004, 0.05}), 0.044,
                         0.034, leg.toes.axes, 1, 0.62));
}

void addHead(const Skeleton& s, std::vector<Prim>& out) {
  const Frame& h = s.head;
  out.push_back(cone(Material::Skin, kTorso, s.neck.point({0, -0.03, 0}), h.point({0, 0.04, 0.005}), 0.052, 0.047));
  out.push_back(ellipsoid(Material::Skin, kHead, h.point({0, 0.09, 0.015}), h.axes, {0.076, 0.104, 0.092}));
  out.push_back(ellipsoid(Material::Hair, kHead, h.point({0, 0.112, -0.006}), h.axes, {0.0805, 0.093, 0.095}));
  out.push_back(ellipsoid(Material::Skin, kHead, h.point({0, 0.078, 0.1}), h.axes * rotX(-12), {0.011, 0.019, 0.016}));
  out.push_back(ellipsoid(Material::Lip, kHead, h.point({0, 0.04, 0.094}), h.axes, {0.017, 0.004, 0.006}));
  for (int i = 0; i < 2; ++i) {
    out.push_back(
        ellipsoid(Material::Skin, kHead, h.point(side({0.075, 0.085, -0.004}, i)), h.axes, {0.012, 0.027, 0.017}));
    out.push_back(
        ellipsoid(Material::Brow, kHead, h.point(side({0.031, 0.127, 0.09}, i)), h.axes, {0.016, 0.0038, 0.007}));
    Prim eye =
        ellipsoid(Material::EyeWhite, kHead, h.point(side({0.031, 0.1, 0.09}, i)), h.axes, {0.0135, 0.0135, 0.0135});
    eye.eye = i;
    out.push_back(eye);
  }
}

}  // namespace

void addBody(const Skeleton& s, std::vector<Prim>& out) {
  const Frame& p = s.pelvis;
  // The torso: one chain of round cones with an oval cross-section, so it bends
  // as one smooth back; the shirt overlaps the trousers so they never fight.
  out.push_back(ovalCone(Material::Trousers, kTorso, p.point({0, 0.035, -0.012}), s.lumbar.point({0, 0.02, 0.0}), 0.14,
                         0.142, p.axes, 2, 0.68));
  out.push_back(ovalCone(Material::Trousers, kTorso, p.point({-0.05, -0.01, -0.01}), p.point({0.05, -0.01, -0.01}), 0.1,
                         0.1, p.axes, 2, 0.9));
  out.push_back(ovalCone(Material::Shirt, kTorso, s.lumbar.point({0, -0.035, 0.0}), s.thorax.origin, 0.146, 0.152,
                         s.lumbar.axes, 2, 0.68));
  out.push_back(
      ovalCone(Material::Shirt, kTorso, s.thorax.origin, s.chest.origin, 0.152, 0.162, s.thorax.axes, 2, 0.66));
  out.push_back(ovalCone(Material::Shirt, kTorso, s.chest.origin, s.chest.point({0, 0.13, -0.01}), 0.162, 0.13,
                         s.chest.axes, 2, 0.64));
  // The belly rises with a breath in.
  out.push_back(ellipsoid(Material::Shirt, kTorso, s.lumbar.point({0, 0.05, 0.02 + 0.03 * s.belly}), s.lumbar.axes,
                          {0.125, 0.1, 0.08 + 0.045 * s.belly}));
  addHead(s, out);
  for (int i = 0; i < 2; ++i) {
    addArm(s, i, out);
    addLeg(s, i, out);
  }
}

void addProps(const Stage& stage, std::vector<Prim>& out) {
  for (const PropPart& part : stage.parts) {
    if (part.radius > 0) {
      out.push_back(cone(part.material, kProps, part.a, part.b, part.radius, part.radius));
    } else {
      out.push_back(
          box(part.material, kProps + (part.material == Material::Mat ? 1 : 0), part.centre, part.axes, part.half));
    }
  }
}

}  // namespace demos
