#include "render.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "trig.h"

namespace demos {

namespace {

constexpr int kTile = 8;
constexpr double kShadowSoftness = 9;      // larger is harder
constexpr double kPenumbraDistance = 1.1;  // metres beyond which a shadow softens no further
constexpr double kAoRange = 0.22;          // metres a shape darkens around it

// Colours in linear light (the sRGB value squared, as the output takes a square root).
Vec3 albedo(Material m) {
  const auto c = [](double r, double g, double b) { return Vec3{r * r, g * g, b * b} / (255.0 * 255.0); };
  switch (m) {
    case Material::Skin:
      return c(236, 192, 160);
    case Material::Shirt:
      return c(40, 158, 132);
    case Material::Trousers:
      return c(74, 88, 118);
    case Material::Hair:
      return c(86, 60, 44);
    case Material::Shoe:
      return c(66, 68, 76);
    case Material::Brow:
      return c(70, 50, 38);
    case Material::Lip:
      return c(196, 128, 114);
    case Material::EyeWhite:
      return c(246, 246, 242);
    case Material::Wood:
      return c(214, 172, 112);
    case Material::Metal:
      return c(128, 134, 146);
    case Material::Desk:
      return c(238, 238, 233);
    case Material::Wall:
      return c(222, 226, 232);
    case Material::Mat:
      return c(150, 176, 228);
  }
  return {0.5, 0.5, 0.5};
}

struct Lights {
  Vec3 key, fill;
};

// A shape as ambient occlusion sees it, in the world: a capsule from a to a + u
// whose radius runs from ra to rb (a sphere when u is zero), or a box.
struct Occluder {
  int group;
  bool isBox;
  Vec3 a, u;
  double uu, ra, rb;
  PropPart box;
};

struct Grid2 {
  Vec3 u, v;
  double u0 = 0, v0 = 0, cell = 1;
  int nu = 1, nv = 1;
  std::vector<std::vector<int>> cells;
  const std::vector<int>& at(const Vec3& p) const {
    static const std::vector<int> none;
    const int i = static_cast<int>(std::floor((dot(p, u) - u0) / cell));
    const int j = static_cast<int>(std::floor((dot(p, v) - v0) / cell));
    if (i < 0 || j < 0 || i >= nu || j >= nv) return none;
    return cells[static_cast<std::size_t>(j * nu + i)];
  }
};

struct Grid3 {
  Vec3 lo;
  double cell = 0.1;
  int nx = 1, ny = 1, nz = 1;
  std::vector<std::vector<int>> cells;
  const std::vector<int>& at(const Vec3& p) const {
    static const std::vector<int> none;
    const int i = static_cast<int>(std::floor((p.x - lo.x) / cell));
    const int j = static_cast<int>(std::floor((p.y - lo.y) / cell));
    const int k = static_cast<int>(std::floor((p.z - lo.z) / cell));
    if (i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= nz) return none;
    return cells[static_cast<std::size_t>((k * ny + j) * nx + i)];
  }
};

class Tracer {
 public:
  Tracer(const Scene& scene, const Camera& camera) : scene_(scene), cam_(camera) {
    lights_.key = normalize(cam_.right * -0.55 + Vec3{0, 1.15, 0} - cam_.forward * 0.45);
    lights_.fill = normalize(cam_.right * 0.8 + Vec3{0, 0.25, 0} - cam_.forward * 0.5);
    buildShadowGrid();
    buildAoGrid();
  }

  // The nearest shape along the ray, or -1.
  int trace(const Vec3& o, const Vec3& d, const std::vector<int>& candidates, Hit& hit, int hint = -1) const {
    int best = -1;
    hit.t = 1e30;
    // The shape the previous pixel saw is likely this one's too: a near hit
    // first lets the rest be skipped by depth.
    if (hint >= 0 && intersect(scene_.prims[static_cast<std::size_t>(hint)], o, d, 1e-4, hit)) best = hint;
    for (int i : candidates) {
      const Prim& prim = scene_.prims[static_cast<std::size_t>(i)];
      // Candidates come nearest first: once one starts beyond the hit, all do.
      if (nearDepth_[static_cast<std::size_t>(i)] > hit.t) break;
      if (i == hint) continue;
      if (prim.shape == Shape::Cone) {
        // Most candidates miss: the ray's distance from the cone's axis first.
        const Vec3 u = prim.worldB - prim.worldA, w = o - prim.worldA;
        const double uu = dot(u, u), ud = dot(u, d), wu = dot(w, u), wd = dot(w, d);
        const double den = uu - ud * ud;
        double s = den > 1e-12 ? clamp((wu - ud * wd) / den, 0.0, 1.0) : 0.0;
        const double t = std::max(0.0, dot(prim.worldA + u * s - o, d));
        s = clamp(dot(o + d * t - prim.worldA, u) / uu, 0.0, 1.0);
        const Vec3 gap = o + d * t - (prim.worldA + u * s);
        if (dot(gap, gap) > prim.worldRadius * prim.worldRadius) continue;
      } else {
        const Vec3 oc = prim.boundCentre - o;
        const double along = dot(oc, d);
        const double r2 = prim.boundRadius * prim.boundRadius;
        const double miss = dot(oc, oc) - along * along;
        if (miss > r2 || along + prim.boundRadius < 0) continue;
      }
      Hit h;
      if (intersect(prim, o, d, 1e-4, h) && h.t < hit.t) {
        hit = h;
        best = i;
      }
    }
    return best;
  }

  // The two expensive terms of a point's light: how open it is to the sky
  // (1 - occlusion) and how much of the key light reaches it.
  struct Light {
    double open = 1, lit = 1;
  };
  Light lightAt(const Vec3& p, const Vec3& n, int group) const {
    Light l;
    l.open = 1 - occlusion(p, n, group);
    l.lit = dot(n, lights_.key) > 0 ? visibility(p + n * 1.5e-3, group) : 0;
    return l;
  }

  // Premultiplied colour and coverage of the floor's shadow under light l.
  static std::array<double, 4> floorColour(const Light& l) {
    const double a = clamp(0.32 * (1 - l.lit) + 0.7 * (1 - l.open), 0.0, 0.85);
    const Vec3 c{0.004, 0.006, 0.009};
    return {c.x * a, c.y * a, c.z * a, a};
  }

  // Premultiplied colour of a shape's surface at p, seen along d.
  std::array<double, 4> surface(const Vec3& d, int index, const Vec3& p, const Vec3& n, const Light& l) const {
    const Prim& prim = scene_.prims[static_cast<std::size_t>(index)];
    Vec3 base = albedo(prim.material);
    if (prim.eye >= 0) base = eyeColour(prim, p);
    const double ao = l.open;
    const double nl = dot(n, lights_.key);
    const double lit = nl > 0 ? nl * l.lit : 0;
    const double sky = 0.5 + 0.5 * n.y;
    const double ambient = (0.36 * sky + 0.16 * (1 - sky)) * ao;
    const double fill = std::max(0.0, dot(n, lights_.fill)) * 0.22 * (0.4 + 0.6 * ao);
    // A soft rim from behind keeps the silhouette readable on a dark page.
    const double edgeOn = 1 - std::max(0.0, dot(n, -d));
    const double rim = edgeOn * edgeOn * edgeOn * 0.12 * ao;
    const double light = ambient + 0.78 * lit + fill + rim;
    Vec3 c = base * light;
    if (prim.material == Material::EyeWhite || prim.material == Material::Desk) {
      const Vec3 h = normalize(lights_.key - d);
      const double spec = std::max(0.0, dot(n, h));
      const double s2 = spec * spec, s4 = s2 * s2, s8 = s4 * s4, s16 = s8 * s8;
      c += Vec3{1, 1, 1} * (s16 * s16 * 0.35 * (lit > 0 ? 1 : 0));
    }
    return {c.x, c.y, c.z, 1};
  }

  const std::vector<int>& tile(int tx, int ty) const { return tiles_[static_cast<std::size_t>(ty * tilesX_ + tx)]; }
  void buildTiles() {
    tilesX_ = (cam_.width + kTile - 1) / kTile;
    tilesY_ = (cam_.height + kTile - 1) / kTile;
    tiles_.assign(static_cast<std::size_t>(tilesX_ * tilesY_), {});
    nearDepth_.assign(scene_.prims.size(), 0);
    for (std::size_t i = 0; i < scene_.prims.size(); ++i) {
      const Prim& p = scene_.prims[i];
      nearDepth_[i] = dot(p.boundCentre - cam_.eye, cam_.forward) - p.boundRadius;
      double x0, x1, y0, y1;
      if (p.shape == Shape::Cone) {
        double ax0, ax1, ay0, ay1, bx0, bx1, by0, by1;
        const bool a = screenRect(p.worldA, p.worldRadius, ax0, ax1, ay0, ay1);
        const bool b = screenRect(p.worldB, p.worldRadius, bx0, bx1, by0, by1);
        if (a && b) {
          // A limb seen on a slant covers a band, not its whole rectangle:
          // only the tiles near the band's middle line take it.
          const double pax = (ax0 + ax1) / 2, pay = (ay0 + ay1) / 2, pbx = (bx0 + bx1) / 2, pby = (by0 + by1) / 2;
          const double reach = std::max(ax1 - ax0, bx1 - bx0) / 2 + kTile * 0.71;
          addBand(static_cast<int>(i), pax, pay, pbx, pby, reach);
          continue;
        }
        if (!a && !b) continue;
        if (!screenRect(p.boundCentre, p.boundRadius, x0, x1, y0, y1)) continue;
      } else if (!screenRect(p.boundCentre, p.boundRadius, x0, x1, y0, y1)) {
        continue;
      }
      addRect(static_cast<int>(i), x0, x1, y0, y1);
    }
    for (auto& list : tiles_) {
      std::sort(list.begin(), list.end(), [&](int a, int b) {
        const double da = nearDepth_[static_cast<std::size_t>(a)], db = nearDepth_[static_cast<std::size_t>(b)];
        return da < db || (da == db && a < b);
      });
    }
    // The floor's shadow can fall anywhere under and behind the shapes.
    floorX0_ = floorY0_ = 1e30;
    floorX1_ = floorY1_ = -1e30;
    for (const Prim& p : scene_.prims) {
      const double up = std::max(0.0, p.boundCentre.y - scene_.floorTop);
      const Vec3 below{p.boundCentre.x, scene_.floorTop, p.boundCentre.z};
      const Vec3 cast = p.boundCentre - lights_.key * (up / lights_.key.y);
      for (const Bound& b :
           {Bound{below, p.boundRadius + kAoRange}, Bound{cast, p.boundRadius / lights_.key.y * 1.3 + 0.2}}) {
        double x0, x1, y0, y1;
        if (!screenRect(b.centre, b.radius, x0, x1, y0, y1)) continue;
        floorX0_ = std::min(floorX0_, x0);
        floorX1_ = std::max(floorX1_, x1);
        floorY0_ = std::min(floorY0_, y0);
        floorY1_ = std::max(floorY1_, y1);
      }
    }
  }
  bool inFloorRect(double x, double y) const {
    return x >= floorX0_ && x <= floorX1_ && y >= floorY0_ && y <= floorY1_;
  }

 private:
  bool screenRect(const Vec3& c, double r, double& x0, double& x1, double& y0, double& y1) const {
    double x, y, depth;
    if (!cam_.project(c, x, y, depth)) return false;
    if (depth <= r) {
      x0 = y0 = -1e9;
      x1 = y1 = 1e9;
      return true;
    }
    const double pr = cam_.focal * r / std::sqrt(depth * depth - r * r) + 1.5;
    x0 = x - pr;
    x1 = x + pr;
    y0 = y - pr;
    y1 = y + pr;
    return x1 >= 0 && y1 >= 0 && x0 < cam_.width && y0 < cam_.height;
  }

  void addBand(int index, double ax, double ay, double bx, double by, double reach) {
    const int tx0 = std::max(0, static_cast<int>(std::floor((std::min(ax, bx) - reach) / kTile)));
    const int tx1 = std::min(tilesX_ - 1, static_cast<int>(std::floor((std::max(ax, bx) + reach) / kTile)));
    const int ty0 = std::max(0, static_cast<int>(std::floor((std::min(ay, by) - reach) / kTile)));
    const int ty1 = std::min(tilesY_ - 1, static_cast<int>(std::floor((std::max(ay, by) + reach) / kTile)));
    const double ux = bx - ax, uy = by - ay, uu = ux * ux + uy * uy;
    for (int ty = ty0; ty <= ty1; ++ty) {
      for (int tx = tx0; tx <= tx1; ++tx) {
        const double cx = (tx + 0.5) * kTile - ax, cy = (ty + 0.5) * kTile - ay;
        const double s = uu > 0 ? clamp((cx * ux + cy * uy) / uu, 0.0, 1.0) : 0.0;
        const double dx = cx - ux * s, dy = cy - uy * s;
        if (dx * dx + dy * dy > reach * reach) continue;
        tiles_[static_cast<std::size_t>(ty * tilesX_ + tx)].push_back(index);
      }
    }
  }

  void addRect(int index, double x0, double x1, double y0, double y1) {
    const int tx0 = std::max(0, static_cast<int>(std::floor(x0 / kTile)));
    const int tx1 = std::min(tilesX_ - 1, static_cast<int>(std::floor(x1 / kTile)));
    const int ty0 = std::max(0, static_cast<int>(std::floor(y0 / kTile)));
    const int ty1 = std::min(tilesY_ - 1, static_cast<int>(std::floor(y1 / kTile)));
    for (int ty = ty0; ty <= ty1; ++ty) {
      for (int tx = tx0; tx <= tx1; ++tx) tiles_[static_cast<std::size_t>(ty * tilesX_ + tx)].push_back(index);
    }
  }

  void buildShadowGrid() {
    Grid2& g = shadowGrid_;
    g.u = normalize(cross(lights_.key, std::fabs(lights_.key.y) < 0.9 ? Vec3{0, 1, 0} : Vec3{1, 0, 0}));
    g.v = cross(lights_.key, g.u);
    double u0 = 1e30, u1 = -1e30, v0 = 1e30, v1 = -1e30;
    // Wide enough for the penumbra too (its width is capped at kPenumbraDistance / kShadowSoftness).
    const auto reach = [](const Prim& p) { return p.boundRadius + 0.13; };
    for (const Prim& p : scene_.prims) {
      const double u = dot(p.boundCentre, g.u), v = dot(p.boundCentre, g.v), r = reach(p);
      u0 = std::min(u0, u - r);
      u1 = std::max(u1, u + r);
      v0 = std::min(v0, v - r);
      v1 = std::max(v1, v + r);
    }
    g.cell = std::max((u1 - u0), (v1 - v0)) / 48 + 1e-6;
    g.u0 = u0;
    g.v0 = v0;
    g.nu = static_cast<int>((u1 - u0) / g.cell) + 1;
    g.nv = static_cast<int>((v1 - v0) / g.cell) + 1;
    g.cells.assign(static_cast<std::size_t>(g.nu * g.nv), {});
    for (std::size_t i = 0; i < scene_.prims.size(); ++i) {
      const Prim& p = scene_.prims[i];
      const double u = dot(p.boundCentre, g.u) - g.u0, v = dot(p.boundCentre, g.v) - g.v0, r = reach(p);
      for (int j = std::max(0, static_cast<int>((v - r) / g.cell));
           j <= std::min(g.nv - 1, static_cast<int>((v + r) / g.cell)); ++j) {
        for (int k = std::max(0, static_cast<int>((u - r) / g.cell));
             k <= std::min(g.nu - 1, static_cast<int>((u + r) / g.cell)); ++k) {
          g.cells[static_cast<std::size_t>(j * g.nu + k)].push_back(static_cast<int>(i));
        }
      }
    }
  }

  void buildAoGrid() {
    for (const Prim& p : scene_.prims) {
      if (p.material == Material::Wall || p.material == Material::Mat || p.material == Material::Desk) continue;
      Occluder o{p.group, p.shape == Shape::Box, {}, {}, 0, 0, 0, {}};
      if (o.isBox) {
        o.box = {p.material, p.origin, p.axes, p.half, {}, {}, 0};
        o.a = p.origin;
        o.ra = o.rb = length(p.half);
      } else if (p.shape == Shape::Ellipsoid) {
        o.a = p.origin;
        o.ra = o.rb = p.boundRadius * 0.8;
      } else {
        o.a = p.worldA;
        o.u = p.worldB - p.worldA;
        o.uu = dot(o.u, o.u);
        o.ra = p.ra * (p.plain ? 1 : 0.85);
        o.rb = p.rb * (p.plain ? 1 : 0.85);
      }
      occluders_.push_back(o);
    }
    Grid3& g = aoGrid_;
    Vec3 lo{1e30, 1e30, 1e30}, hi{-1e30, -1e30, -1e30};
    for (const Occluder& o : occluders_) {
      const double r = std::max(o.ra, o.rb) + kAoRange;
      for (const Vec3& e : {o.a, o.a + o.u}) {
        lo = {std::min(lo.x, e.x - r), std::min(lo.y, e.y - r), std::min(lo.z, e.z - r)};
        hi = {std::max(hi.x, e.x + r), std::max(hi.y, e.y + r), std::max(hi.z, e.z + r)};
      }
    }
    g.lo = lo;
    g.cell = std::max(0.05, std::max(hi.x - lo.x, std::max(hi.y - lo.y, hi.z - lo.z)) / 48);
    g.nx = static_cast<int>((hi.x - lo.x) / g.cell) + 1;
    g.ny = static_cast<int>((hi.y - lo.y) / g.cell) + 1;
    g.nz = static_cast<int>((hi.z - lo.z) / g.cell) + 1;
    g.cells.assign(static_cast<std::size_t>(g.nx * g.ny * g.nz), {});
    const double halfDiagonal = g.cell * 0.8661;
    for (std::size_t i = 0; i < occluders_.size(); ++i) {
      const Occluder& o = occluders_[i];
      const double r = std::max(o.ra, o.rb) + kAoRange;
      const Vec3 b = o.a + o.u;
      const Vec3 mn{std::min(o.a.x, b.x) - r, std::min(o.a.y, b.y) - r, std::min(o.a.z, b.z) - r};
      const Vec3 mx{std::max(o.a.x, b.x) + r, std::max(o.a.y, b.y) + r, std::max(o.a.z, b.z) + r};
      const Vec3 c0 = (mn - g.lo) / g.cell, c1 = (mx - g.lo) / g.cell;
      for (int k = std::max(0, static_cast<int>(c0.z)); k <= std::min(g.nz - 1, static_cast<int>(c1.z)); ++k) {
        for (int j = std::max(0, static_cast<int>(c0.y)); j <= std::min(g.ny - 1, static_cast<int>(c1.y)); ++j) {
          for (int x = std::max(0, static_cast<int>(c0.x)); x <= std::min(g.nx - 1, static_cast<int>(c1.x)); ++x) {
            const Vec3 centre = g.lo + Vec3{x + 0.5, j + 0.5, k + 0.5} * g.cell;
            const double s = o.uu > 0 ? clamp(dot(centre - o.a, o.u) / o.uu, 0.0, 1.0) : 0.0;
            const double reach =
                (o.isBox ? distanceTo(o.box, centre) : length(centre - (o.a + o.u * s)) - mix(o.ra, o.rb, s));
            if (reach > kAoRange + halfDiagonal) continue;
            g.cells[static_cast<std::size_t>((k * g.ny + j) * g.nx + x)].push_back(static_cast<int>(i));
          }
        }
      }
    }
  }

  // 1 where the key light reaches p, 0 in full shadow, soft in between.
  double visibility(const Vec3& p, int group) const {
    const Vec3 L = lights_.key;
    double vis = 1;
    for (int i : shadowGrid_.at(p)) {
      const Prim& prim = scene_.prims[static_cast<std::size_t>(i)];
      if (prim.group == group) continue;
      // Shapes behind the point, away from the light, cast nothing on it.
      if (dot(prim.boundCentre - p, L) < -prim.boundRadius) continue;
      if (prim.shape == Shape::Box) {
        Hit h;
        if (intersect(prim, p, L, 1e-4, h)) return 0;
        // A box's penumbra: its distance from a few points of the ray where the
        // ray passes it, so a chair's shadow has soft edges like a body's.
        const PropPart part{prim.material, prim.origin, prim.axes, prim.half, {}, {}, 0};
        const double centre = dot(prim.origin - p, L), r = prim.boundRadius;
        for (double k = -1; k <= 1.001; k += 0.5) {
          const double t = centre + k * r;
          if (t < 0.02) continue;
          const double gap = distanceTo(part, p + L * t);
          if (gap <= 0) return 0;
          vis = std::min(vis, kShadowSoftness * gap / clamp(t, 0.04, kPenumbraDistance));
        }
        continue;
      }
      // In the shape's own (unsquashed) space.
      Vec3 o = p, d = L;
      double scale = 1, worldPerLocal = 1;
      if (!prim.plain) {
        const Mat3 inv = prim.axes.transposed();
        o = mul(inv * (p - prim.origin), prim.invScale);
        d = mul(inv * L, prim.invScale);
        scale = length(d);
        d = d / scale;
        worldPerLocal = 1 / std::max(prim.invScale.x, std::max(prim.invScale.y, prim.invScale.z));
      }
      double t, h;
      if (prim.shape == Shape::Ellipsoid) {
        t = -dot(o, d);
        if (t <= 0) continue;
        h = (length(o + d * t) - 1) * worldPerLocal;
      } else {
        const Vec3 u = prim.b - prim.a, w = o - prim.a;
        const double uu = dot(u, u), ud = dot(u, d);
        double s = clamp((dot(w, u) - ud * dot(w, d)) / std::max(uu - ud * ud, 1e-12), 0.0, 1.0);
        t = std::max(0.0, dot(prim.a + u * s - o, d));
        s = clamp(dot(o + d * t - prim.a, u) / uu, 0.0, 1.0);
        if (t <= 0) continue;
        const double r = mix(prim.ra, prim.rb, s);
        h = (length(o + d * t - (prim.a + u * s)) - r) * worldPerLocal;
      }
      if (h <= 0) return 0;
      // Not sharper than at 4 cm: right at a contact, occlusion does the darkening.
      vis = std::min(vis, kShadowSoftness * h / clamp(t / scale, 0.04, kPenumbraDistance));
    }
    const double v = clamp(vis, 0.0, 1.0);
    return v * v * (3 - 2 * v);
  }

  // How much the shapes around p hide the sky from it, 0 to 1.
  double occlusion(const Vec3& p, const Vec3& n, int group) const {
    double occ = 0;
    for (int i : aoGrid_.at(p)) {
      const Occluder& o = occluders_[static_cast<std::size_t>(i)];
      if (o.group == group) continue;
      if (o.isBox) {
        const double dist = distanceTo(o.box, p);
        if (dist > 0.1) continue;
        const Vec3 dir = normalize(o.box.centre - p);
        occ += (1 - dist / 0.1) * std::max(0.0, dot(n, dir)) * 0.35;
        continue;
      }
      const double s = o.uu > 0 ? clamp(dot(p - o.a, o.u) / o.uu, 0.0, 1.0) : 0.0;
      const Vec3 v = o.a + o.u * s - p;
      const double radius = mix(o.ra, o.rb, s);
      const double dist2 = dot(v, v);
      const double far = radius + kAoRange;
      if (dist2 > far * far) continue;
      if (dist2 <= radius * radius) {
        occ += 1;
        continue;
      }
      const double dist = std::sqrt(dist2);
      const double facing = std::max(0.0, dot(n, v) / dist);
      occ += facing * radius * radius / dist2 * 1.1;
    }
    return clamp(occ, 0.0, 0.9);
  }

  Vec3 eyeColour(const Prim& prim, const Vec3& p) const {
    const Skeleton& s = scene_.skeleton;
    const Vec3 v = normalize(p - prim.origin);
    const Vec3 up = s.head.axes.c1;
    const double e = dot(v, up), ge = dot(s.gaze, up);
    const double closed = clamp(s.lids, 0.0, 1.0);
    const double lower = -0.36 + 0.18 * std::min(0.0, ge);
    const double upper = mix(clamp(0.4 + 0.7 * ge, 0.08, 0.62), lower - 0.02, closed);
    const Vec3 skin = albedo(Material::Skin) * 0.9;
    if (e > upper || e < lower) {
      if (e > upper && e < upper + 0.08) return Vec3{0.02, 0.015, 0.01};  // lashes on the lid's edge
      return skin;
    }
    if (e > upper - 0.05) return Vec3{0.03, 0.02, 0.015};
    const double g = dot(v, s.gaze);
    if (g > 0.975) return Vec3{0.004, 0.004, 0.004};
    if (g > 0.83) return Vec3{0.09, 0.05, 0.025};
    return albedo(Material::EyeWhite);
  }

  const Scene& scene_;
  const Camera& cam_;
  Lights lights_;
  Grid2 shadowGrid_;
  Grid3 aoGrid_;
  std::vector<Occluder> occluders_;
  std::vector<std::vector<int>> tiles_;
  std::vector<double> nearDepth_;  // how near the camera each shape can come
  int tilesX_ = 0, tilesY_ = 0;
  double floorX0_ = 0, floorX1_ = 0, floorY0_ = 0, floorY1_ = 0;
};

std::uint8_t toByte(double v) { return static_cast<std::uint8_t>(clamp(v, 0.0, 1.0) * 255 + 0.5); }

}  // namespace

void renderFrame(const Scene& scene, const Camera& cam, Image& out) {
  Tracer tracer(scene, cam);
  tracer.buildTiles();
  const int w = cam.width, h = cam.height;
  out.width = w;
  out.height = h;
  out.rgba.assign(static_cast<std::size_t>(w * h * 4), 0);
  const std::size_t count = static_cast<std::size_t>(w * h);

  // What one ray sees: a shape (id >= 0), the floor (-2) or nothing (-1).
  struct Seen {
    int id = -1;
    Vec3 d, p, n;
  };
  const auto look = [&](double x, double y, int hint) {
    Seen s;
    const int tx = std::clamp(static_cast<int>(x) / kTile, 0, (w - 1) / kTile);
    const int ty = std::clamp(static_cast<int>(y) / kTile, 0, (h - 1) / kTile);
    const std::vector<int>& candidates = tracer.tile(tx, ty);
    if (candidates.empty() && !tracer.inFloorRect(x, y)) return s;
    s.d = cam.ray(x, y);
    Hit hit;
    s.id = tracer.trace(cam.eye, s.d, candidates, hit, hint);
    if (s.id >= 0) {
      s.p = cam.eye + s.d * hit.t;
      s.n = dot(hit.normal, s.d) > 0 ? -hit.normal : hit.normal;
    } else if (s.d.y < 0 && tracer.inFloorRect(x, y)) {
      const double t = (scene.floorTop - cam.eye.y) / s.d.y;
      if (t > 0) {
        s.id = -2;
        s.p = cam.eye + s.d * t;
        s.n = {0, 1, 0};
      }
    }
    return s;
  };
  const auto groupOf = [&](int id) { return id >= 0 ? scene.prims[static_cast<std::size_t>(id)].group : -1; };
  const auto colourOf = [&](const Seen& s, const Tracer::Light& l) {
    if (s.id == -1) return std::array<double, 4>{0, 0, 0, 0};
    if (s.id == -2) return Tracer::floorColour(l);
    return tracer.surface(s.d, s.id, s.p, s.n, l);
  };

  // Reused from frame to frame: every entry is written before it is read.
  thread_local std::vector<Seen> seen;
  thread_local std::vector<Tracer::Light> cache;
  if (seen.size() != count) {
    seen.resize(count);
    cache.resize(count);
  }
  for (int y = 0; y < h; ++y) {
    int hint = -1;
    for (int x = 0; x < w; ++x) {
      Seen& s = seen[static_cast<std::size_t>(y * w + x)];
      s = look(x + 0.5, y + 0.5, hint);
      hint = s.id;
    }
  }
  // Occlusion and shadow change slowly across a surface: work them out on every
  // other pixel of every other row and blend between those of the same shape.
  for (int y = 0; y < h; y += 2) {
    for (int x = 0; x < w; x += 2) {
      const Seen& s = seen[static_cast<std::size_t>(y * w + x)];
      if (s.id != -1) cache[static_cast<std::size_t>(y * w + x)] = tracer.lightAt(s.p, s.n, groupOf(s.id));
    }
  }
  // A pixel's light, worked out once: blended from the grid where its four
  // corners see its shape, traced otherwise.
  thread_local std::vector<Tracer::Light> light;
  thread_local std::vector<char> known;
  light.resize(count);
  known.assign(count, 0);
  const auto lightOf = [&](int x, int y) {
    const std::size_t i = static_cast<std::size_t>(y * w + x);
    const Seen& s = seen[i];
    if (s.id == -1) return Tracer::Light{};
    if (known[i]) return light[i];
    known[i] = 1;
    const int x0 = x & ~1, y0 = y & ~1, x1 = x0 + 2, y1 = y0 + 2;
    if ((x == x0 && y == y0)) return light[i] = cache[i];
    if (x1 < w && y1 < h) {
      const std::size_t c00 = static_cast<std::size_t>(y0 * w + x0), c10 = c00 + 2,
                        c01 = c00 + 2 * static_cast<std::size_t>(w), c11 = c01 + 2;
      if (seen[c00].id == s.id && seen[c10].id == s.id && seen[c01].id == s.id && seen[c11].id == s.id) {
        const double fx = (x - x0) * 0.5, fy = (y - y0) * 0.5;
        const auto blend = [&](double Tracer::Light::*m) {
          return mix(mix(cache[c00].*m, cache[c10].*m, fx), mix(cache[c01].*m, cache[c11].*m, fx), fy);
        };
        return light[i] = Tracer::Light{blend(&Tracer::Light::open), blend(&Tracer::Light::lit)};
      }
    }
    return light[i] = tracer.lightAt(s.p, s.n, groupOf(s.id));
  };
  // An edge's sub-sample takes the light of the pixel, or of the neighbour,
  // that sees the same shape: light changes far more slowly than the edge.
  const auto sampleLight = [&](int x, int y, const Seen& s) {
    if (s.id == -1) return Tracer::Light{};
    const std::size_t i = static_cast<std::size_t>(y * w + x);
    if (seen[i].id == s.id) return lightOf(x, y);
    if (x > 0 && seen[i - 1].id == s.id) return lightOf(x - 1, y);
    if (x + 1 < w && seen[i + 1].id == s.id) return lightOf(x + 1, y);
    if (y > 0 && seen[i - static_cast<std::size_t>(w)].id == s.id) return lightOf(x, y - 1);
    if (y + 1 < h && seen[i + static_cast<std::size_t>(w)].id == s.id) return lightOf(x, y + 1);
    return tracer.lightAt(s.p, s.n, groupOf(s.id));
  };

  // Where a pixel sees another shape than a neighbour, four rays instead of one.
  static constexpr std::array<std::array<double, 2>, 4> offsets{
      {{0.375, 0.125}, {0.875, 0.375}, {0.625, 0.875}, {0.125, 0.625}}};
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      const std::size_t i = static_cast<std::size_t>(y * w + x);
      const int id = seen[i].id;
      // Extra rays only where the picture would show a stair: a shape against
      // the background or the floor, two colours meeting, or one part in front
      // of another some way behind it. Parts of one colour that merge (a
      // forearm into its hand) and the floor against the background are
      // smooth already.
      const auto differs = [&](std::size_t j) {
        const int other = seen[j].id;
        if (other == id || (id < 0 && other < 0)) return false;
        if (id < 0 || other < 0) return true;
        const Prim& a = scene.prims[static_cast<std::size_t>(id)];
        const Prim& b = scene.prims[static_cast<std::size_t>(other)];
        if (a.material != b.material || a.eye >= 0 || b.eye >= 0) return true;
        return std::fabs(dot(seen[i].p - seen[j].p, cam.forward)) > 0.03;
      };
      const bool edge = (x > 0 && differs(i - 1)) || (x + 1 < w && differs(i + 1)) ||
                        (y > 0 && differs(i - static_cast<std::size_t>(w))) ||
                        (y + 1 < h && differs(i + static_cast<std::size_t>(w)));
      std::array<double, 4> c{0, 0, 0, 0};
      if (edge) {
        for (const auto& o : offsets) {
          const Seen s = look(x + o[0], y + o[1], id);
          const auto part = colourOf(s, sampleLight(x, y, s));
          for (std::size_t k = 0; k < 4; ++k) c[k] += part[k] * 0.25;
        }
      } else {
        c = colourOf(seen[i], lightOf(x, y));
      }
      std::uint8_t* px = &out.rgba[i * 4];
      if (c[3] > 1e-6) {
        px[0] = toByte(std::sqrt(c[0] / c[3]));
        px[1] = toByte(std::sqrt(c[1] / c[3]));
        px[2] = toByte(std::sqrt(c[2] / c[3]));
      }
      px[3] = toByte(c[3]);
    }
  }
}

}  // namespace demos
