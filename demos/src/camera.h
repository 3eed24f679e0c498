// The camera of one demo: where it stands (the motion's yaw and pitch) and how
// far, so that what the framing names stays in the picture for the whole loop.
#pragma once

#include <vector>

#include "limber/motion.h"
#include "vec.h"

namespace demos {

struct Camera {
  Vec3 eye, right, up, forward;
  double focal = 1;  // pixels
  int width = 0, height = 0;

  // The ray through pixel coordinates (x, y), which may be fractional.
  Vec3 ray(double x, double y) const;
  // Where a point lands on the picture; false when it is behind the camera.
  bool project(const Vec3& p, double& x, double& y, double& depth) const;
};

// A sphere the picture must hold.
struct Bound {
  Vec3 centre;
  double radius;
};

Camera aimCamera(const limber::CameraAim& aim, const std::vector<Bound>& bounds, int width, int height);

}  // namespace demos
