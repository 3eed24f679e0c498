// One exercise's demo from its motion: the stage, the solved skeleton at any
// moment of the loop, the camera framed to the whole loop, and rendered frames.
#pragma once

#include "camera.h"
#include "limber/motion.h"
#include "render.h"
#include "solver.h"
#include "stage.h"
#include "timeline.h"

namespace demos {

constexpr int kWidth = 560;
constexpr int kHeight = 420;
constexpr int kFps = 20;

class Demo {
 public:
  Demo(const limber::Motion& motion, int width = kWidth, int height = kHeight);

  const limber::Motion& motion() const { return motion_; }
  const Stage& stage() const { return stage_; }
  const Timeline& timeline() const { return timeline_; }
  const Solver& solver() const { return solver_; }
  const Camera& camera() const { return camera_; }
  int frameCount() const;
  double timeOf(int frame) const;

  Skeleton skeletonAt(double t) const;
  void render(double t, Image& out) const;
  // The moment the poster shows: the key that differs most from the first.
  double posterTime() const;

 private:
  limber::Motion motion_;
  Stage stage_;
  Timeline timeline_;
  Solver solver_;
  Camera camera_;
};

// The frame seen in a mirror: what a right-side exercise shows from its left one.
void flip(Image& image);

}  // namespace demos
