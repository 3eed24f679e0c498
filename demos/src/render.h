// The ray caster: one ray a pixel, four on the edges of parts; soft shadows
// and ambient occlusion from analytic distances to the shapes; a transparent
// background where only the floor's shadows are drawn, so the page's own light
// or dark background shows through the video.
#pragma once

#include <cstdint>
#include <vector>

#include "camera.h"
#include "rig.h"
#include "shapes.h"

namespace demos {

struct Image {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgba;  // straight (not premultiplied) alpha
};

struct Scene {
  std::vector<Prim> prims;
  Skeleton skeleton;  // the eyes' gaze and lids
  double floorTop = 0;
};

void renderFrame(const Scene& scene, const Camera& camera, Image& out);

}  // namespace demos
