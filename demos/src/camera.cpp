#include "camera.h"

#include <algorithm>
#include <cmath>

#include "trig.h"

namespace demos {

namespace {

constexpr double kFieldOfView = 30;  // degrees, vertical: a mild telephoto, like a product shot
constexpr double kMargin = 0.06;     // of the picture, kept free on every side

}  // namespace

Vec3 Camera::ray(double x, double y) const {
  return normalize(forward + right * ((x - width * 0.5) / focal) - up * ((y - height * 0.5) / focal));
}

bool Camera::project(const Vec3& p, double& x, double& y, double& depth) const {
  const Vec3 d = p - eye;
  depth = dot(d, forward);
  if (depth <= 1e-6) return false;
  x = width * 0.5 + focal * dot(d, right) / depth;
  y = height * 0.5 - focal * dot(d, up) / depth;
  return true;
}

Camera aimCamera(const limber::CameraAim& aim, const std::vector<Bound>& bounds, int width, int height) {
  Camera cam;
  cam.width = width;
  cam.height = height;
  cam.focal = height * 0.5 / std::tan(kFieldOfView * 0.5 * kDegree);
  const Vec3 toCamera{sinDeg(aim.yaw) * cosDeg(aim.pitch), sinDeg(aim.pitch), cosDeg(aim.yaw) * cosDeg(aim.pitch)};
  cam.forward = -toCamera;
  cam.right = normalize(cross(cam.forward, {0, 1, 0}));
  cam.up = cross(cam.right, cam.forward);

  Vec3 target{0, 0, 0};
  for (const Bound& b : bounds) target += b.centre;
  target = target / static_cast<double>(std::max<std::size_t>(bounds.size(), 1));

  // How much of the picture the bounds take from distance dist, as the larger
  // of their width and height shares, and the offset of their middle.
  const auto extent = [&](double dist, double& midX, double& midY) {
    cam.eye = target + toCamera * dist;
    double x0 = 1e30, x1 = -1e30, y0 = 1e30, y1 = -1e30;
    for (const Bound& b : bounds) {
      double x, y, depth;
      if (!cam.project(b.centre, x, y, depth) || depth <= b.radius) return 1e9;
      const double r = cam.focal * b.radius / std::sqrt(depth * depth - b.radius * b.radius);
      x0 = std::min(x0, x - r);
      x1 = std::max(x1, x + r);
      y0 = std::min(y0, y - r);
      y1 = std::max(y1, y + r);
    }
    midX = (x0 + x1) * 0.5 - width * 0.5;
    midY = (y0 + y1) * 0.5 - height * 0.5;
    return std::max((x1 - x0) / (width * (1 - 2 * kMargin)), (y1 - y0) / (height * (1 - 2 * kMargin)));
  };
  double dist = 3;
  for (int round = 0; round < 4; ++round) {
    double lo = 0.2, hi = 40, mx = 0, my = 0;
    for (int i = 0; i < 50; ++i) {
      const double mid = (lo + hi) * 0.5;
      if (extent(mid, mx, my) > 1)
        lo = mid;
      else
        hi = mid;
    }
    dist = hi;
    extent(dist, mx, my);
    // Move the target so the bounds sit in the middle of the picture.
    double x, y, depth;
    cam.project(target, x, y, depth);
    target += (cam.right * mx - cam.up * my) * (depth / cam.focal);
  }
  double mx = 0, my = 0;
  extent(dist, mx, my);
  return cam;
}

}  // namespace demos
