#include "shapes.h"

#include <algorithm>
#include <cmath>

namespace demos {

namespace {

double maxOf(const Vec3& v) { return std::max(v.x, std::max(v.y, v.z)); }

// The ray in a shape's local space: origin, direction scaled to unit length,
// and how much longer a local unit is than a world one along the ray.
struct LocalRay {
  Vec3 o, d;
  double scale;
};

LocalRay toLocal(const Prim& p, const Vec3& o, const Vec3& d) {
  if (p.plain) return {o, d, 1};
  const Mat3 inv = p.axes.transposed();
  const Vec3 lo = mul(inv * (o - p.origin), p.invScale);
  const Vec3 ld = mul(inv * d, p.invScale);
  const double l = length(ld);
  return {lo, ld / l, l};
}

Vec3 normalToWorld(const Prim& p, const Vec3& n) {
  if (p.plain) return n;
  return normalize(p.axes * mul(n, p.invScale));
}

// Inigo Quilez's analytic ray / round cone intersection (iquilezles.org,
// "intersectors"), with unit direction.
bool roundCone(const Vec3& ro, const Vec3& rd, const Vec3& pa, const Vec3& pb, double ra, double rb, double& t,
               Vec3& n) {
  const Vec3 ba = pb - pa, oa = ro - pa, ob = ro - pb;
  const double rr = ra - rb;
  const double m0 = dot(ba, ba), m1 = dot(ba, oa), m2 = dot(ba, rd), m3 = dot(rd, oa), m5 = dot(oa, oa);
  const double m6 = dot(ob, rd), m7 = dot(ob, ob);
  const double d2 = m0 - rr * rr;
  const double k2 = d2 - m2 * m2;
  const double k1 = d2 * m3 - m1 * m2 + m2 * rr * ra;
  const double k0 = d2 * m5 - m1 * m1 + m1 * rr * ra * 2 - m0 * ra * ra;
  const double h = k1 * k1 - k0 * k2;
  if (h < 0) return false;
  if (std::fabs(k2) > 1e-12) {
    const double tb = (-std::sqrt(h) - k1) / k2;
    const double y = m1 - ra * rr + tb * m2;
    if (y > 0 && y < d2) {
      t = tb;
      n = normalize((oa + rd * tb) * d2 - ba * y);
      return true;
    }
  }
  const double h1 = m3 * m3 - m5 + ra * ra;
  const double h2 = m6 * m6 - m7 + rb * rb;
  if (std::max(h1, h2) < 0) return false;
  bool found = false;
  double best = 1e30;
  if (h1 > 0) {
    const double tc = -m3 - std::sqrt(h1);
    best = tc;
    n = (oa + rd * tc) / ra;
    found = true;
  }
  if (h2 > 0) {
    const double tc = -m6 - std::sqrt(h2);
    if (tc < best) {
      best = tc;
      n = (ob + rd * tc) / rb;
      found = true;
    }
  }
  t = best;
  return found;
}

}  // namespace

Prim cone(Material m, int group, const Vec3& a, const Vec3& b, double ra, double rb) {
  Prim p;
  p.shape = Shape::Cone;
  p.material = m;
  p.group = group;
  p.a = a;
  p.b = b;
  p.ra = ra;
  p.rb = rb;
  p.boundCentre = (a + b) * 0.5;
  p.boundRadius = length(b - a) * 0.5 + std::max(ra, rb);
  p.worldA = a;
  p.worldB = b;
  p.worldRadius = std::max(ra, rb);
  return p;
}

Prim ovalCone(Material m, int group, const Vec3& a, const Vec3& b, double ra, double rb, const Mat3& axes,
              int squashAxis, double factor) {
  Prim p = cone(m, group, a, b, ra, rb);
  p.plain = false;
  p.origin = a;
  p.axes = axes;
  p.invScale = {squashAxis == 0 ? 1 / factor : 1, squashAxis == 1 ? 1 / factor : 1, squashAxis == 2 ? 1 / factor : 1};
  const Mat3 inv = axes.transposed();
  p.a = Vec3{0, 0, 0};
  p.b = mul(inv * (b - a), p.invScale);
  return p;
}

Prim ellipsoid(Material m, int group, const Vec3& centre, const Mat3& axes, const Vec3& radii) {
  Prim p;
  p.shape = Shape::Ellipsoid;
  p.material = m;
  p.group = group;
  p.plain = false;
  p.origin = centre;
  p.axes = axes;
  p.invScale = {1 / radii.x, 1 / radii.y, 1 / radii.z};
  p.boundCentre = centre;
  p.boundRadius = maxOf(radii);
  return p;
}

Prim box(Material m, int group, const Vec3& centre, const Mat3& axes, const Vec3& half) {
  Prim p;
  p.shape = Shape::Box;
  p.material = m;
  p.group = group;
  p.plain = false;
  p.origin = centre;
  p.axes = axes;
  p.half = half;
  p.boundCentre = centre;
  p.boundRadius = length(half);
  return p;
}

bool intersect(const Prim& p, const Vec3& o, const Vec3& d, double tMin, Hit& hit) {
  const LocalRay r = toLocal(p, o, d);
  double t = 0;
  Vec3 n;
  switch (p.shape) {
    case Shape::Cone:
      if (!roundCone(r.o, r.d, p.a, p.b, p.ra, p.rb, t, n)) return false;
      break;
    case Shape::Ellipsoid: {
      const double b = dot(r.o, r.d), c = dot(r.o, r.o) - 1, h = b * b - c;
      if (h < 0) return false;
      t = -b - std::sqrt(h);
      n = r.o + r.d * t;
      break;
    }
    case Shape::Box: {
      double tNear = -1e30, tFar = 1e30;
      int axis = 0;
      double sign = 1;
      const double ro[3] = {r.o.x, r.o.y, r.o.z}, rd[3] = {r.d.x, r.d.y, r.d.z}, h[3] = {p.half.x, p.half.y, p.half.z};
      for (int i = 0; i < 3; ++i) {
        if (std::fabs(rd[i]) < 1e-12) {
          if (std::fabs(ro[i]) > h[i]) return false;
          continue;
        }
        double t0 = (-h[i] - ro[i]) / rd[i], t1 = (h[i] - ro[i]) / rd[i];
        double s = -1;
        if (t0 > t1) {
          std::swap(t0, t1);
          s = 1;
        }
        if (t0 > tNear) {
          tNear = t0;
          axis = i;
          sign = s;
        }
        tFar = std::min(tFar, t1);
      }
      if (tNear > tFar || tFar < 0) return false;
      t = tNear;
      n = Vec3{axis == 0 ? sign : 0, axis == 1 ? sign : 0, axis == 2 ? sign : 0};
      break;
    }
  }
  t /= r.scale;
  if (t < tMin) return false;
  hit.t = t;
  hit.normal = p.shape == Shape::Box ? normalize(p.axes * n) : normalToWorld(p, n);
  return true;
}

}  // namespace demos
